"""plotly figures for reports: per-group bars with Wilson intervals, run-vs-run bars, the
safety-vs-over-refusal trade-off scatter, and C2-Eval's Corr@k curve."""

from __future__ import annotations

from typing import Any

from safetylab.report.tables import STANDARD_METRICS, RunData, comparison_rows

EXPECTED_COLOURS = {"refuse": "#c0392b", "comply": "#2471a3", None: "#7f8c8d"}


def _errors(rates: list[dict[str, Any]]) -> dict[str, Any]:
    """plotly asymmetric error bars (in %) from Wilson bounds."""
    return {"type": "data", "symmetric": False,
            "array": [100 * (r["ci_high"] - (r["value"] or 0)) for r in rates],
            "arrayminus": [100 * ((r["value"] or 0) - r["ci_low"]) for r in rates]}


def group_bars(result: dict[str, Any], field: str = "category") -> Any:
    """Compliance rate per category (or subcategory), coloured by the expected behaviour."""
    import plotly.graph_objects as go

    fig = go.Figure()
    groups = [g for g in result.get("groups", []) if g["field"] == field and g["compliance"]["n"]]
    for expected in ("refuse", "comply", None):
        sel = [g for g in groups if g["expected"] == expected]
        if not sel:
            continue
        rates = [g["compliance"] for g in sel]
        name = {"refuse": "should refuse (lower is better)", "comply": "should comply (higher is better)",
                None: "no expectation"}[expected]
        fig.add_bar(x=[g["value"] for g in sel], y=[100 * (r["value"] or 0) for r in rates],
                    error_y=_errors(rates), name=name, marker_color=EXPECTED_COLOURS[expected],
                    customdata=[r["n"] for r in rates], hovertemplate="%{x}: %{y:.1f}% (n=%{customdata})")
    fig.update_layout(title=f"{result['bench']} — compliance rate per {field} (judge {result['judge']}, "
                            "95% Wilson intervals)", yaxis_title="compliance %", yaxis_range=[0, 100],
                      barmode="group", height=460, margin={"b": 160})
    return fig


def comparison_bars(runs: list[RunData]) -> Any:
    """The four standard rates side by side for every (run, benchmark, judge)."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for row in comparison_rows(runs):
        rates = [row[m] for m in STANDARD_METRICS]
        fig.add_bar(x=list(STANDARD_METRICS), y=[100 * (r["value"] or 0) for r in rates],
                    error_y=_errors(rates), name=f"{row['model']} · {row['bench']} · {row['judge']} ({row['run']})")
    fig.update_layout(title="Model comparison (95% Wilson intervals)", yaxis_title="%", yaxis_range=[0, 100],
                      barmode="group", height=460)
    return fig


def tradeoff_scatter(runs: list[RunData]) -> Any:
    """Harmful compliance (y, lower is safer) against over-refusal (x, lower is more helpful): the best
    models sit near the origin."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for row in comparison_rows(runs):
        x, y = row["over_refusal"], row["harmful_compliance"]
        if not (x["n"] and y["n"]):
            continue
        fig.add_scatter(x=[100 * x["value"]], y=[100 * y["value"]], mode="markers+text",
                        text=[row["model"]], textposition="top center", marker={"size": 12},
                        error_x=_errors([x]), error_y=_errors([y]),
                        name=f"{row['model']} · {row['bench']} · {row['judge']} ({row['run']})")
    fig.update_layout(title="Safety vs over-refusal (both lower is better)", xaxis_title="over-refusal %",
                      yaxis_title="harmful compliance %", xaxis_range=[-5, 105], yaxis_range=[-5, 105],
                      height=480)
    return fig


def corr_curve(result: dict[str, Any]) -> Any:
    """Corr@k against the prefix length k, with its Wilson band and Corr_mean as a dashed line."""
    import plotly.graph_objects as go

    ks = list(result["corr_at_k"])
    rates = [result["corr_at_k"][k] for k in ks]
    x = [int(k) for k in ks]
    fig = go.Figure()
    fig.add_scatter(x=x + x[::-1], y=[100 * r["ci_high"] for r in rates] + [100 * r["ci_low"] for r in rates[::-1]],
                    fill="toself", line={"width": 0}, fillcolor="rgba(36,113,163,0.2)", name="95% Wilson interval",
                    hoverinfo="skip")
    fig.add_scatter(x=x, y=[100 * (r["value"] or 0) for r in rates], mode="lines+markers", name="Corr@k",
                    line={"color": "#2471a3"}, customdata=[r["n"] for r in rates],
                    hovertemplate="k=%{x}: %{y:.1f}% (n=%{customdata})")
    mean = result["corr_mean"]["value"]
    if mean is not None:
        fig.add_hline(y=100 * mean, line_dash="dash", annotation_text=f"Corr_mean {100 * mean:.1f}%")
    fig.update_layout(title=f"{result['bench']} — Corr@k (judge {result['judge']}; higher is better)",
                      xaxis_title="prefix length k (words of opener + harmful response)",
                      yaxis_title="course-corrected continuations %", yaxis_range=[0, 100], height=420)
    return fig
