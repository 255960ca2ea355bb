"""`safetylab serve guard`: a guard behind a moderation HTTP API (native + OpenAI-moderation-shaped)."""

from __future__ import annotations

from typing import Annotated

import typer

from safetylab.cli.groups import serve_app


@serve_app.command("guard")
def serve_guard_cmd(
    guard: Annotated[str, typer.Option("--guard", "-g", help="Guard name (see `safetylab list guards`).")],
    guard_model: Annotated[str | None, typer.Option(
        help="Model behind a model-based guard (e.g. hf:./my-wildguard); default: the guard's own.")] = None,
    port: Annotated[int, typer.Option(help="TCP port.", min=0, max=65535)] = 8001,
    host: Annotated[str, typer.Option(help="Interface to bind; keep 127.0.0.1 unless you set a key.")] = "127.0.0.1",
    max_batch_size: Annotated[int, typer.Option(help="Most items per guard.classify call.", min=1)] = 32,
    batch_wait_ms: Annotated[float, typer.Option(help="How long a batch waits for more items.", min=0)] = 5.0,
    max_request_bytes: Annotated[int, typer.Option(help="Larger request bodies get 413.", min=1)] = 1_000_000,
    api_key_env: Annotated[str | None, typer.Option(
        help="Require 'Authorization: Bearer KEY', KEY read from this environment variable.")] = None,
    max_items: Annotated[int, typer.Option(help="Most items in one request (above: 400).", min=1)] = 2048,
    slice_items: Annotated[int, typer.Option(help="A larger request is classified in slices of this many items, "
                                             "taking turns with other requests.", min=1)] = 8,
) -> None:
    """Serve a guard at /v1/moderate (three tasks with probabilities), /v1/moderations and /health."""
    from safetylab.guards.registry import load_guard
    from safetylab.serve.guard_server import create_guard_app
    from safetylab.serve.http import serve_forever, server_api_key

    api_key = server_api_key(api_key_env, host, "guard")
    g = load_guard(guard, model=guard_model, batch_size=max_batch_size)
    app = create_guard_app(g, max_batch_size=max_batch_size, batch_wait_ms=batch_wait_ms,
                           max_request_bytes=max_request_bytes, api_key=api_key, max_items=max_items,
                           slice_size=slice_items)
    serve_forever(app, host, port, f"serving guard '{g.name}' at http://{host}:{port}/v1/moderate", g.close)
