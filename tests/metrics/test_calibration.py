from __future__ import annotations

import random

import pytest

from safetylab.metrics.calibration import expected_calibration_error, reliability_table


def test_calibrated_scores_have_small_ece_and_overconfident_large():
    rng = random.Random(0)
    probs = [rng.random() for _ in range(20000)]
    gold = [rng.random() < p for p in probs]
    assert expected_calibration_error(gold, probs) < 0.02
    overconfident = [1.0 if p >= 0.5 else 0.0 for p in probs]
    assert expected_calibration_error(gold, overconfident) > 0.2


def test_reliability_table_bins_and_rates():
    table = reliability_table([True, False, True, True], [0.05, 0.05, 0.95, 1.0], bins=10)
    assert [r["n"] for r in table] == [2, 2]
    assert table[0]["bin"] == [0.0, 0.1] and table[0]["positive_rate"] == 0.5
    assert table[1]["bin"] == [0.9, 1.0] and table[1]["mean_prob"] == pytest.approx(0.975)
    assert expected_calibration_error([True, False, True, True], [0.05, 0.05, 0.95, 1.0], bins=10) == \
        pytest.approx(0.5 * 0.45 + 0.5 * 0.025)
    with pytest.raises(ValueError):
        reliability_table([True], [1.5])
