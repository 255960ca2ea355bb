"""Calibration of a guard's probabilities: a reliability table and the expected calibration error.

Why: a guard's `prob` is read as "how likely is this harmful"; a threshold chosen on one data set only
transfers when the probabilities mean the same thing elsewhere. The card reports, per task, how often the
positive class occurs among items scored in each probability bin, and ECE (the bin-weighted mean gap between
confidence and frequency, equal-width bins as in Guo et al. 2017).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def reliability_table(gold: Sequence[bool], prob: Sequence[float], bins: int = 10) -> list[dict[str, Any]]:
    """One row per non-empty equal-width probability bin: its range, items, mean prob, positive rate."""
    if len(gold) != len(prob):
        raise ValueError("gold and prob must have the same length")
    if bins < 1:
        raise ValueError("bins must be >= 1")
    rows: list[list[tuple[bool, float]]] = [[] for _ in range(bins)]
    for g, p in zip(gold, prob, strict=True):
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"probability {p} outside [0, 1]")
        rows[min(int(p * bins), bins - 1)].append((bool(g), float(p)))
    return [{"bin": [b / bins, (b + 1) / bins], "n": len(r), "mean_prob": sum(p for _, p in r) / len(r),
             "positive_rate": sum(g for g, _ in r) / len(r)} for b, r in enumerate(rows) if r]


def expected_calibration_error(gold: Sequence[bool], prob: Sequence[float], bins: int = 10) -> float:
    """sum over bins of (items in bin / items) * |mean prob - positive rate|; 0.0 for no items."""
    table = reliability_table(gold, prob, bins)
    total = sum(r["n"] for r in table)
    return sum(r["n"] / total * abs(r["mean_prob"] - r["positive_rate"]) for r in table) if total else 0.0
