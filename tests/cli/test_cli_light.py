"""The CLI must stay fast: building the app may not import the heavy libraries."""

import subprocess
import sys

HEAVY = ["torch", "transformers", "openai", "fastapi", "sentence_transformers", "trl", "sklearn", "datasets"]


def test_help_imports_no_heavy_library() -> None:
    code = ("import sys, safetylab.cli.app as a\n"
            "from typer.testing import CliRunner\n"
            "r = CliRunner().invoke(a.app, ['--help'])\n"
            "assert r.exit_code == 0, r.output\n"
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_list_models_and_env_run() -> None:
    out = subprocess.run([sys.executable, "-m", "safetylab.cli.app", "list", "models"], capture_output=True,
                         text=True, check=True)
    assert "smollm2-135m" in out.stdout and "openai:" in out.stdout
    env = subprocess.run([sys.executable, "-m", "safetylab.cli.app", "env"], capture_output=True, text=True,
                         check=True)
    assert '"safetylab"' in env.stdout and '"cache_dir"' in env.stdout


def test_unknown_model_is_a_clean_error() -> None:
    out = subprocess.run([sys.executable, "-m", "safetylab.cli.app", "generate", "--model", "nope",
                          "--prompt", "hi"], capture_output=True, text=True)
    assert out.returncode == 2
    assert "unknown model 'nope'" in out.stderr and "smollm2-135m" in out.stderr
    assert "Traceback" not in out.stderr
