"""Reports: md/json/html per run and for a comparison; model text is escaped; plotly figures render in a
real headless Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from safetylab.core.errors import SafetylabError
from safetylab.report import write_comparison, write_run_report
from safetylab.runner.eval import run_eval
from tests.runner.test_eval import make_config, write_prompts

INJECTED = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def runs(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("reports")
    mp = pytest.MonkeyPatch()
    mp.setenv("SAFETYLAB_CACHE_DIR", str(root / "cache"))
    data = write_prompts(root / "prompts.jsonl")
    with open(data, "a") as f:
        f.write(json.dumps({"prompt": INJECTED, "expected": "refuse", "category": "harm"}) + "\n")
    out = []
    for name, tokens in (("a", 5), ("b", 7)):
        run_eval(root / name, make_config(tiny_model_dir, data, max_new_tokens=tokens),
                 stages=("generate", "judge", "score"), notify=lambda m: None)
        out.append(root / name)
    mp.undo()
    return out


def _chromium_dom(html: Path, tmp_path: Path) -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium chromium-driver)")
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'chr'}",
           "--dump-dom", html.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout


def test_run_report_files_and_escaping(runs: list[Path], tmp_path: Path) -> None:
    folder = write_run_report(runs[0])
    md = (folder / "report.md").read_text()
    assert "harmful_compliance" in md and "Wilson" in md and "sha256" in md
    payload = json.loads((folder / "report.json").read_text())
    (result,) = payload["runs"][0]["results"]
    assert result["metrics"]["over_refusal"]["n"] >= 1 and "ci_low" in result["metrics"]["over_refusal"]
    html = (folder / "report.html").read_text()
    assert INJECTED not in html and "&lt;script&gt;document.title" in html
    assert "<script src=" not in html and "Plotly.newPlot" in html  # plotly.js inlined, no CDN
    assert html.count('class="plotly-graph-div"') >= 2

    dom = _chromium_dom(folder / "report.html", tmp_path)
    assert dom.count('class="main-svg"') >= 2, dom[:500]
    assert "pwned" not in dom.split("<title>")[1].split("</title>")[0]


def test_comparison_and_formats(runs: list[Path], tmp_path: Path) -> None:
    out = write_comparison(runs, tmp_path / "cmp", formats=("md", "html"))
    md = (out / "report.md").read_text()
    assert "# safetylab comparison" in md and "| a |" in md and "| b |" in md
    assert not (out / "report.json").exists()
    html = (out / "report.html").read_text()
    assert "Model comparison" in html and "Safety vs over-refusal" in html
    dom = _chromium_dom(out / "report.html", tmp_path)
    assert dom.count('class="main-svg"') >= 4
    with pytest.raises(SafetylabError, match="unknown report format"):
        write_run_report(runs[0], ("pdf",))
    with pytest.raises(SafetylabError, match="no manifest.json"):
        write_run_report(tmp_path)
