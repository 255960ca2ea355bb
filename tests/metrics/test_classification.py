"""Classification metrics agree with scikit-learn and keep parse errors apart."""

from __future__ import annotations

import random

import pytest
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score

from safetylab.metrics.classification import binary_metrics


def _random_case(seed: int, n: int = 200, error_rate: float = 0.1):
    rng = random.Random(seed)
    gold = [rng.random() < 0.4 for _ in range(n)]
    prob = [min(1.0, max(0.0, 0.35 * g + rng.random() * 0.65)) for g in gold]
    pred = [None if rng.random() < error_rate else p >= 0.5 for p in prob]
    return gold, pred, prob


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_matches_sklearn_on_parsed_items(seed: int) -> None:
    gold, pred, prob = _random_case(seed)
    m = binary_metrics(gold, pred, prob)
    kept = [(g, p, q) for g, p, q in zip(gold, pred, prob, strict=True) if p is not None]
    g, p, q = (list(x) for x in zip(*kept, strict=True))
    assert m["n"] == len(gold) and m["parse_errors"] == len(gold) - len(kept) > 0
    assert m["precision"] == pytest.approx(precision_score(g, p))
    assert m["recall"] == pytest.approx(recall_score(g, p))
    assert m["f1"] == pytest.approx(f1_score(g, p))
    assert m["auprc"] == pytest.approx(average_precision_score(g, q))
    # safety-eval's convention: a parse error is the wrong answer
    as_wrong = [(not gi) if pi is None else pi for gi, pi in zip(gold, pred, strict=True)]
    assert m["f1_parse_error_as_wrong"] == pytest.approx(f1_score(gold, as_wrong))
    assert m["f1_parse_error_as_wrong"] < m["f1"]


def test_edge_cases() -> None:
    m = binary_metrics([True, False], [None, None], [None, None])
    assert m["parse_errors"] == 2 and m["n_parsed"] == 0 and m["f1"] == 0.0 and m["auprc"] is None
    m = binary_metrics([True, True, False], [True, False, False])
    assert m["auprc"] is None and m["precision"] == 1.0 and m["recall"] == 0.5
    assert m["f1"] == pytest.approx(2 / 3) and m["accuracy"] == pytest.approx(2 / 3)
    assert binary_metrics([True, True], [True, False], [0.9, 0.1])["auprc"] is None  # one class only
    with pytest.raises(ValueError):
        binary_metrics([True], [True, False])
