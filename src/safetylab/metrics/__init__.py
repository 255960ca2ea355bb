"""Metrics: guard classification quality (`classification`) and model safety rates (`safety`, `intervals`).

Every metric function takes plain lists and returns a JSON-able dict with its counts, so a number can
always be traced back to how many items made it.
"""
