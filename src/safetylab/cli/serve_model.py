"""`safetylab serve model`: any backend behind an OpenAI-compatible HTTP API, with dynamic batching."""

from __future__ import annotations

from typing import Annotated

import typer

from safetylab.cli.groups import serve_app


@serve_app.command("model")
def serve_model_cmd(
    model: Annotated[str, typer.Option("--model", "-m", help="Model name (see `safetylab list models`).")],
    port: Annotated[int, typer.Option(help="TCP port.", min=0, max=65535)] = 8000,
    host: Annotated[str, typer.Option(help="Interface to bind; keep 127.0.0.1 unless you set a key.")] = "127.0.0.1",
    served_model_name: Annotated[str | None, typer.Option(
        help="Name clients put in 'model' (default: the --model value).")] = None,
    max_batch_size: Annotated[int, typer.Option(help="Most requests per backend batch.", min=1)] = 16,
    batch_wait_ms: Annotated[float, typer.Option(help="How long a batch waits for more requests.", min=0)] = 5.0,
    max_request_bytes: Annotated[int, typer.Option(help="Larger request bodies get 413.", min=1)] = 1_000_000,
    max_tokens: Annotated[int, typer.Option(help="Tokens generated when a request sets no max_tokens.",
                                            min=1)] = 256,
    max_tokens_limit: Annotated[int, typer.Option(help="Most tokens one request may ask for (above: 400).",
                                                  min=1)] = 4096,
    max_stop: Annotated[int, typer.Option(help="Most stop strings in one request.", min=0)] = 16,
    max_prompts: Annotated[int, typer.Option(help="Most prompts in one /v1/completions request.", min=1)] = 64,
    max_inflight: Annotated[int, typer.Option(help="Batches running at once (a short request can start while "
                                              "a long one generates).", min=1)] = 4,
    api_key_env: Annotated[str | None, typer.Option(
        help="Require 'Authorization: Bearer KEY', KEY read from this environment variable.")] = None,
) -> None:
    """Serve a model at /v1/chat/completions, /v1/completions, /v1/models and /health."""
    from safetylab.core.errors import SafetylabError
    from safetylab.runner.models import load_model
    from safetylab.serve.http import serve_forever, server_api_key
    from safetylab.serve.model_server import Limits, create_app

    if max_tokens > max_tokens_limit:
        raise SafetylabError(f"--max-tokens {max_tokens} is above --max-tokens-limit {max_tokens_limit}")
    api_key = server_api_key(api_key_env, host, "model")
    backend = load_model(model, batch_size=max_batch_size, max_concurrency=max_batch_size)
    app = create_app(backend, model_name=served_model_name or model, max_batch_size=max_batch_size,
                     batch_wait_ms=batch_wait_ms, max_request_bytes=max_request_bytes, api_key=api_key,
                     default_max_tokens=max_tokens, max_inflight=max_inflight,
                     limits=Limits(max_tokens=max_tokens_limit, stop_strings=max_stop, prompts=max_prompts))
    serve_forever(app, host, port, f"serving '{served_model_name or model}' at http://{host}:{port}/v1",
                  backend.close)
