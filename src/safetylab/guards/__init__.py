"""Guards: three-task moderation (prompt harm, response refusal, response harm) behind one protocol.

Moderation and every evaluation judge use this protocol, so any guard can judge any benchmark.
"""
