"""Every verb, given bad arguments, prints one `error:` line (or typer's usage error), exits 2 and shows no
Python traceback. Run through `python -m safetylab.cli.app` in a subprocess: only `main()` maps errors to
exit codes, which an in-process CliRunner would skip.

The verbs are read from the typer app itself, so a verb added later is covered without touching this file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

CLI = [sys.executable, "-m", "safetylab.cli.app"]


def _leaves(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    if hasattr(command, "commands"):
        return [leaf for name, sub in sorted(command.commands.items()) for leaf in _leaves(sub, (*path, name))]
    return [(path, command)]


def _verbs() -> list[tuple[tuple[str, ...], Any]]:
    import typer.main

    from safetylab.cli.app import app

    return _leaves(typer.main.get_command(app))


def _bad_value(param: Any, missing: Path) -> str:
    """A value of the right type that names nothing that exists."""
    kind = param.type_descriptor.annotation
    if typing.get_origin(kind) is list:
        kind = typing.get_args(kind)[0]
    if typing.get_origin(kind) is typing.Literal:
        return str(typing.get_args(kind)[0])
    if kind in (int, float):
        return "-1"
    return str(missing / "nothing.jsonl") if kind is Path else "no-such-name"


def _bad_argv(command: Any, missing: Path) -> list[str]:
    """The command's required parameters, each given a bad value; a command without any gets an unknown
    option instead."""
    argv: list[str] = []
    for p in command.params:
        if not p.required:
            continue
        value = _bad_value(p, missing)
        argv += [p.opts[0], value] if p.param_type_name == "option" else [value]
    return argv or ["--no-such-option"]


def run(args: list[str], tmp_path: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "SAFETYLAB_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1",
                **(env or {})}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=full_env, timeout=120,
                          cwd=tmp_path)


def assert_usage_error(res: subprocess.CompletedProcess[str], expected: str = "") -> None:
    assert "Traceback" not in res.stderr, res.stderr
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert "error:" in res.stderr or "Error" in res.stderr, res.stderr  # ours, or typer's usage box
    assert expected in res.stderr, res.stderr


VERBS = _verbs()


def test_the_app_has_every_verb_of_the_design() -> None:
    names = {" ".join(path) for path, _ in VERBS}
    assert {"generate", "moderate", "eval", "report", "guard eval", "guard train", "train sft", "train dpo",
            "serve model", "serve guard", "runs merge", "list models", "synth coconot"} <= names


@pytest.mark.parametrize("path,command", VERBS, ids=[" ".join(p) for p, _ in VERBS])
def test_every_verb_rejects_bad_arguments_cleanly(path: tuple[str, ...], command: Any, tmp_path: Path) -> None:
    assert_usage_error(run([*path, *_bad_argv(command, tmp_path / "missing")], tmp_path))


def test_every_verb_rejects_an_unknown_option(tmp_path: Path) -> None:
    for path, _ in VERBS:
        assert_usage_error(run([*path, "--definitely-not-an-option"], tmp_path), "No such option")


def _read_only_dir(tmp_path: Path) -> Path:
    """A directory this process cannot write into, even as root (which ignores permission bits)."""
    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() != 0:
        ro.chmod(0o555)
        return ro
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(ro)]).returncode != 0:
        pytest.skip("running as root without chattr: no way to make a read-only directory")
    return ro


def test_output_that_cannot_be_written_fails_before_any_work(tiny_model_dir: Path, tmp_path: Path) -> None:
    model = f"hf:{tiny_model_dir}"
    a_file = tmp_path / "a_file.jsonl"
    a_file.write_text("")
    a_dir = tmp_path / "a_dir.jsonl"
    a_dir.mkdir()
    ro = _read_only_dir(tmp_path)
    try:
        cases = [
            (["generate", "-m", model, "-p", "hi", "--out", str(a_file / "x.jsonl")], "is a file"),
            (["eval", "-m", model, "-b", "quick", "--out", str(a_file)], "is a file"),
            (["generate", "-m", model, "-p", "hi", "--out", str(a_dir)], "is a directory"),
            (["generate", "-m", model, "-p", "hi", "--out", str(ro / "x.jsonl")], f"no write permission in {ro}"),
            (["eval", "-m", model, "-b", "quick", "--out", str(ro / "run")], f"no write permission in {ro}"),
            (["moderate", "-g", "keyword", "-i", str(a_file), "-o", str(ro / "m.jsonl")],
             f"no write permission in {ro}"),
            (["guard", "eval", "-g", "keyword", "-d", str(a_file), "-o", str(ro / "m.json")],
             f"no write permission in {ro}"),
        ]
        for args, expected in cases:
            res = run(args, tmp_path)
            assert_usage_error(res, expected)
            assert ".tmp" not in res.stderr  # the cause, not a temporary file's name
        assert list(ro.iterdir()) == []
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(ro)], check=True)


@pytest.mark.parametrize("args,expected", [
    (["generate", "-m", "hf:/nonexistent", "-p", "hi"], "no model folder at /nonexistent"),
    (["generate", "-m", "MODEL", "-p", "hi", "--max-new-tokens", "0"], "--max-new-tokens"),
    (["generate", "-m", "MODEL", "-p", "hi", "--n", "0"], "--n"),
    (["generate", "-m", "MODEL", "-p", "hi", "--temperature", "1", "--seed", str(2**64)], "--seed"),
    (["generate", "-m", "MODEL", "-p", "hi", "--top-p", "0"], "--top-p"),
    (["generate", "-m", "MODEL", "-p", "hi", "--batch-size", "0"], "--batch-size"),
    (["eval", "-m", "MODEL", "-b", "quick", "--limit", "0", "--out", "run"], "--limit"),
    (["eval", "-m", "MODEL", "-b", "quick", "--max-new-tokens", "0", "--out", "run"], "--max-new-tokens"),
    (["eval", "-m", "MODEL", "-b", "quick", "--shard", "2/2", "--out", "run"], "0 <= i < N"),
    (["eval", "-m", "MODEL", "-b", "quick", "--shard", "x", "--out", "run"], "i/N"),
    (["moderate", "-g", "keyword", "-p", "hi", "--batch-size", "0"], "--batch-size"),
    (["moderate", "-g", "keyword", "-p", ""], ""),
    (["guard", "eval", "-g", "keyword", "-d", "missing.jsonl", "--limit", "0"], "--limit"),
    (["serve", "model", "-m", "MODEL", "--api-key-env", "SAFETYLAB_TEST_UNSET_KEY"], "SAFETYLAB_TEST_UNSET_KEY"),
    (["serve", "guard", "-g", "keyword", "--port", "70000"], "--port"),
    (["synth", "coconot", "-g", "MODEL", "-o", "x.jsonl", "--dedup", "nope"], "--dedup"),
    (["train", "sft", "--config", "missing.yaml"], "missing.yaml"),
])
def test_bad_values(args: list[str], expected: str, tiny_model_dir: Path, tmp_path: Path) -> None:
    args = [f"hf:{tiny_model_dir}" if a == "MODEL" else a for a in args]
    res = run(args, tmp_path, env={"SAFETYLAB_TEST_UNSET_KEY": ""})
    assert_usage_error(res, expected)
    assert not (tmp_path / "run").exists()
