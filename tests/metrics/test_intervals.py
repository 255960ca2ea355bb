"""Wilson intervals against an independent computation (the roots of the score-test quadratic)."""

import math

import pytest

from safetylab.metrics.intervals import Z95, wilson_interval


def _roots(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    # The Wilson bounds are the p solving (p_hat - p)^2 = z^2 p (1 - p) / n, a quadratic a p^2 + b p + c = 0.
    p_hat = k / n
    a = 1 + z * z / n
    b = -(2 * p_hat + z * z / n)
    c = p_hat * p_hat
    disc = math.sqrt(b * b - 4 * a * c)
    return (-b - disc) / (2 * a), (-b + disc) / (2 * a)


@pytest.mark.parametrize(("k", "n"), [(8, 10), (1, 3), (50, 100), (0, 20), (20, 20), (7, 1000)])
def test_matches_quadratic_roots(k: int, n: int) -> None:
    lo, hi = wilson_interval(k, n)
    exp_lo, exp_hi = _roots(k, n)
    assert lo == pytest.approx(max(0.0, exp_lo), abs=1e-12)
    assert hi == pytest.approx(min(1.0, exp_hi), abs=1e-12)
    assert lo <= k / n <= hi


def test_published_value_and_edges() -> None:
    # 8/10: the textbook Wilson 95 % interval is about [0.490, 0.943].
    lo, hi = wilson_interval(8, 10)
    assert (round(lo, 3), round(hi, 3)) == (0.490, 0.943)
    assert wilson_interval(0, 0) == (0.0, 1.0)
    assert wilson_interval(0, 5)[0] == 0.0 and wilson_interval(0, 5)[1] > 0.4
    narrow, wide = wilson_interval(500, 1000), wilson_interval(5, 10)
    assert narrow[1] - narrow[0] < wide[1] - wide[0]
    with pytest.raises(ValueError):
        wilson_interval(3, 2)
