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


def _split_items(n_items: int, paths: int) -> CorrectionAccumulator:
    """Half the items always correct, half never, at one k."""
    acc = CorrectionAccumulator()
    for i in range(n_items):
        for _ in range(paths):
            acc.add(str(i), 10, "ok", i % 2 == 0)
    return acc


def test_item_bootstrap_holds_the_spread_between_items_that_wilson_leaves_out() -> None:
    res = _split_items(10, 100).result(seed=3)
    boot = res.bootstrap
    assert (boot.resamples, boot.seed, boot.items) == (2000, 3, 10)
    wilson = res.corr_at_k[10]
    assert wilson.value == 0.5 and wilson.ci_high - wilson.ci_low < 0.07  # 1000 paths
    low, high = boot.corr_at_k[10]
    assert low < 0.3 and high > 0.7                                        # but only 10 items
    assert boot.corr_mean == boot.corr_at_k[10]                            # one k: the mean is that rate
    assert _split_items(10, 100).result(seed=3).bootstrap == boot           # seeded
    assert _split_items(10, 100).result(seed=4).bootstrap != boot


def test_item_bootstrap_of_two_items_and_of_alike_items() -> None:
    # resamples of {all, none}: 0, 1/2 or 1 (p = 1/4, 1/2, 1/4), so the 95 % bounds are the extremes
    assert _split_items(2, 5).result().bootstrap.corr_at_k[10] == (0.0, 1.0)
    acc = CorrectionAccumulator()
    for item in "abc":
        for j in range(4):
            acc.add(item, 10, "ok", j == 0)
            acc.add(item, 20, "ok", j < 2)
    boot = acc.result().bootstrap
    assert boot.corr_at_k == {10: (0.25, 0.25), 20: (0.5, 0.5)} and boot.corr_mean == (0.375, 0.375)
    assert CorrectionAccumulator().result().bootstrap.corr_mean is None
