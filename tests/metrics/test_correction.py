"""Corr@k and Corr_mean: the reference's definitions, unusable judgements out of every denominator."""

from __future__ import annotations

import pytest

from safetylab.metrics.correction import CorrectionAccumulator
from safetylab.metrics.intervals import wilson_interval


def test_corr_at_k_and_mean_overall_and_per_item() -> None:
    acc = CorrectionAccumulator()
    # item a: k=10 -> 1 of 4 corrected, k=20 -> 4 of 4; item b: k=10 -> 0 of 4, k=20 -> 2 of 4
    for item, k, yes in (("a", 10, 1), ("a", 20, 4), ("b", 10, 0), ("b", 20, 2)):
        for j in range(4):
            acc.add(item, k, "ok", j < yes)
    acc.add("b", 20, "parse_error", None)
    acc.add("b", 20, "gen_error", None)
    res = acc.result()
    assert {k: (r.k, r.n) for k, r in res.corr_at_k.items()} == {10: (1, 8), 20: (6, 8)}
    assert res.corr_at_k[10].value == pytest.approx(1 / 8)
    assert res.corr_mean.value == pytest.approx((1 / 8 + 6 / 8) / 2)
    assert (res.corr_mean.ci_low, res.corr_mean.ci_high) == pytest.approx(wilson_interval(7, 16))
    assert res.counts == {"ok": 16, "neither": 0, "parse_error": 1, "empty": 0, "gen_error": 1, "total": 18}
    a, b = res.items
    assert (a.item, a.corr_mean.value) == ("a", pytest.approx((0.25 + 1.0) / 2))
    assert (b.corr_at_k[20].k, b.corr_at_k[20].n) == (2, 4)


def test_items_sort_numerically_and_an_all_error_cell_has_no_value() -> None:
    acc = CorrectionAccumulator()
    for item in ("10", "2", "x"):
        acc.add(item, 10, "ok", True)
    acc.add("2", 20, "parse_error", None)
    res = acc.result()
    assert [i.item for i in res.items] == ["2", "10", "x"]
    assert res.items[0].corr_at_k[20].value is None and res.items[0].corr_mean.value == 1.0
