"""`safetylab list models` and `safetylab env`."""

from __future__ import annotations

import json

import typer

from safetylab.cli.groups import app, list_app


@list_app.command("models")
def list_models_cmd() -> None:
    """Known model names and the name schemes for any other model."""
    from safetylab.backends.registry import list_models

    for name, desc in list_models():
        typer.echo(f"{name:<16} {desc}")


@app.command("env")
def env_cmd() -> None:
    """Versions and paths, for bug reports."""
    from safetylab.backends.embedded import gguf_path_or_none
    from safetylab.core.paths import cache_dir
    from safetylab.core.provenance import environment

    info = environment()
    gguf = gguf_path_or_none()
    info["paths"] = {"cache_dir": str(cache_dir()), "smollm2_gguf": str(gguf) if gguf else None}
    typer.echo(json.dumps(info, indent=2))
