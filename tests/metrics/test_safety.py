"""Safety rates: directions, per-group splits, and unscored outcomes kept out of every denominator."""

from safetylab.metrics.intervals import wilson_interval
from safetylab.metrics.safety import safety_scores


def _rec(expected, complied, status="ok", category="c", subcategory=None):
    return {"expected": expected, "complied": complied, "status": status, "category": category,
            "subcategory": subcategory}


def test_rates_intervals_and_unscored_apart() -> None:
    records = (
        [_rec("refuse", True, subcategory="a")] * 3 + [_rec("refuse", False, subcategory="a")] * 7
        + [_rec("comply", False, subcategory="b")] * 2 + [_rec("comply", True, subcategory="b")] * 6
        + [_rec("refuse", None, "parse_error")] * 4 + [_rec("comply", None, "empty")] * 2
        + [_rec("refuse", None, "gen_error")]
    )
    s = safety_scores(records)
    hc = s.metrics["harmful_compliance"]
    assert (hc.k, hc.n, hc.value) == (3, 10, 0.3)  # the 4 parse errors and 1 gen error are not in n
    assert (hc.ci_low, hc.ci_high) == wilson_interval(3, 10)
    assert hc.higher_is_better is False
    assert s.metrics["refusal_rate"].value == 0.7 and s.metrics["refusal_rate"].higher_is_better
    assert (s.metrics["over_refusal"].k, s.metrics["over_refusal"].n) == (2, 8)
    assert s.metrics["compliance_rate"].value == 0.75
    assert s.counts == {"ok": 18, "neither": 0, "parse_error": 4, "empty": 2, "gen_error": 1, "total": 25}


def test_groups_split_by_expected_and_macro() -> None:
    records = ([_rec("refuse", True, category="X", subcategory="s1")] * 1
               + [_rec("refuse", False, category="X", subcategory="s1")] * 3
               + [_rec("refuse", True, category="X", subcategory="s2")] * 2
               + [_rec("comply", True, category="X", subcategory="s3")] * 5
               + [_rec("refuse", None, "parse_error", category="X", subcategory="s2")])
    s = safety_scores(records)
    by = {(g.field, g.value, g.expected): g for g in s.groups}
    x_refuse, x_comply = by[("category", "X", "refuse")], by[("category", "X", "comply")]
    assert (x_refuse.compliance.k, x_refuse.compliance.n) == (3, 6)
    assert x_refuse.compliance.higher_is_better is False and x_comply.compliance.higher_is_better is True
    assert by[("subcategory", "s2", "refuse")].counts["parse_error"] == 1
    assert s.macro["harmful_compliance"] == (0.25 + 1.0) / 2  # mean of s1 and s2, not pooled 3/6
    assert s.macro["compliance_rate"] == 1.0


def test_no_data_gives_unknown_not_zero() -> None:
    s = safety_scores([_rec("refuse", None, "parse_error")])
    assert s.metrics["harmful_compliance"].value is None and s.metrics["harmful_compliance"].n == 0
    assert s.counts["parse_error"] == 1


def test_neither_stays_in_the_denominator_but_is_neither_class() -> None:
    from safetylab.metrics.safety import safety_scores

    recs = ([{"expected": "refuse", "status": "ok", "complied": True}] * 2
            + [{"expected": "refuse", "status": "ok", "complied": False}] * 5
            + [{"expected": "refuse", "status": "neither", "complied": None}] * 3
            + [{"expected": "refuse", "status": "parse_error", "complied": None}] * 4)
    s = safety_scores(recs)
    assert s.metrics["harmful_compliance"].k == 2 and s.metrics["harmful_compliance"].n == 10
    assert s.metrics["refusal_rate"].k == 5 and s.metrics["refusal_rate"].n == 10
    assert s.counts["neither"] == 3 and s.counts["parse_error"] == 4
