"""Writes a run's (or several runs') report: report.md, report.json and one self-contained report.html.

The HTML inlines plotly.js once (no CDN, works offline and as an e-mail attachment); text from models and
judges goes through Jinja's autoescaping, so a response containing markup cannot inject into the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from safetylab.core.errors import SafetylabError
from safetylab.report.tables import (
    STANDARD_METRICS,
    RunData,
    comparison_markdown,
    comparison_rows,
    direction,
    load_run,
    pct,
    provenance_lines,
    run_markdown,
    sample_rows,
)
from safetylab.runner.store import REPORT_DIR

FORMATS = ("md", "json", "html")


def check_formats(formats: Sequence[str]) -> None:
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise SafetylabError(f"unknown report format(s) {', '.join(bad)}; choose from {', '.join(FORMATS)}")


def _figure_html(fig: Any) -> str:
    return fig.to_html(full_html=False, include_plotlyjs=False, config={"displaylogo": False})


def render_html(runs: list[RunData], title: str, max_samples: int = 200) -> str:
    import jinja2
    from markupsafe import Markup
    from plotly.offline import get_plotlyjs

    from safetylab.report.plots import comparison_bars, corr_curve, group_bars, tradeoff_scatter

    figures: dict[tuple[str, str, str], list[Markup]] = {}
    for run in runs:
        for r in run.safety_results:
            figures[(run.name, r["bench"], r["judge"])] = [
                Markup(_figure_html(group_bars(r, f))) for f in ("category", "subcategory")
                if any(g["field"] == f for g in r.get("groups", []))]
        for r in run.results:
            if r.get("kind") == "correction":
                figures[(run.name, r["bench"], r["judge"])] = [Markup(_figure_html(corr_curve(r)))]
    summary = []
    if comparison_rows(runs):
        summary = [Markup(_figure_html(tradeoff_scatter(runs)))]
        if len(runs) > 1:
            summary.insert(0, Markup(_figure_html(comparison_bars(runs))))
    env = jinja2.Environment(loader=jinja2.PackageLoader("safetylab.report", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.get_template("report.html.jinja")
    return template.render(
        title=title, runs=runs, figures=figures, summary_figures=summary,
        samples={run.name: sample_rows(run, max_samples) for run in runs},
        metric_names=STANDARD_METRICS, pct=pct, direction=direction,
        provenance=lambda run, r: [line.removeprefix("- ").replace("`", "") for line in provenance_lines(run, r)],
        plotly_js=Markup(get_plotlyjs().replace("</script", "<\\/script")))


def _write(out: Path, runs: list[RunData], title: str, markdown: str, formats: Sequence[str],
           max_samples: int) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    if "md" in formats:
        (out / "report.md").write_text(markdown, encoding="utf-8")
    if "json" in formats:
        payload = {"title": title, "runs": [{"run": str(r.root), "model": r.model,
                                             "config": r.manifest.get("config"),
                                             "environment": r.manifest.get("environment"),
                                             "results": r.results} for r in runs]}
        (out / "report.json").write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2))
    if "html" in formats:
        (out / "report.html").write_text(render_html(runs, title, max_samples), encoding="utf-8")
    return out


def write_run_report(root: str | Path, formats: Sequence[str] = FORMATS, max_samples: int = 200) -> Path:
    """Write `<run>/report/report.{md,json,html}`; returns the report folder."""
    check_formats(formats)
    run = load_run(root)
    return _write(run.root / REPORT_DIR, [run], f"safetylab report — {run.name}", run_markdown(run), formats,
                  max_samples)


def write_comparison(roots: Sequence[str | Path], out: str | Path, formats: Sequence[str] = FORMATS,
                     max_samples: int = 50) -> Path:
    """Compare several runs in one folder (bars per model, the trade-off scatter, per-run sections)."""
    check_formats(formats)
    runs = [load_run(r) for r in roots]
    names = [r.name for r in runs]
    if len(set(names)) != len(names):  # same folder names in different places: number them
        for i, r in enumerate(runs, start=1):
            r.label = f"{i}-{r.root.name}"
        names = [r.name for r in runs]
    markdown = comparison_markdown(runs) + "\n" + "\n".join(run_markdown(r) for r in runs)
    return _write(Path(out), runs, "safetylab comparison — " + ", ".join(names), markdown, formats, max_samples)
