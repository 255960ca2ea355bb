"""Reports of evaluation runs: Markdown tables, JSON, and one self-contained HTML page (plotly inlined).

    safetylab report RUN [RUN ...] --format md,json,html
"""

from safetylab.report.html import write_comparison, write_run_report

__all__ = ["write_comparison", "write_run_report"]
