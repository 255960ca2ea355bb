"""`safetylab generate`: prompts in, one JSON object per line out; resumable with --out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from safetylab.cli.groups import app


def _requests_from_file(reader: Any, config: Any, system: str | None) -> Iterator[Any]:
    from safetylab.core.errors import DataError

    for lineno, obj in reader:
        messages = obj.get("messages")
        prompt = obj.get("prompt")
        if messages is None and not isinstance(prompt, str):
            reader.errors.append(DataError("needs a string 'prompt' or a 'messages' list",
                                           path=str(reader.path), line=lineno, field="prompt"))
            continue
        if messages is not None and (not isinstance(messages, list) or not all(
                isinstance(m, dict) and {"role", "content"} <= m.keys() for m in messages)):
            reader.errors.append(DataError("must be a list of {role, content} objects",
                                           path=str(reader.path), line=lineno, field="messages"))
            continue
        yield _chat_request(prompt, messages, config, system, obj.get("id"), lineno)


def _chat_request(prompt: str | None, messages: list | None, config: Any, system: str | None,
                  ident: Any = None, line: int | None = None) -> Any:
    from safetylab.core.records import GenerationRequest

    msgs = list(messages) if messages is not None else [{"role": "user", "content": prompt}]
    if system and msgs[0]["role"] != "system":
        msgs.insert(0, {"role": "system", "content": system})
    meta: dict[str, Any] = {"prompt": prompt if prompt is not None else msgs[-1]["content"]}
    if messages is not None:
        meta["messages"] = msgs
    if ident is not None:
        meta["id"] = ident
    if line is not None:
        meta["line"] = line
    return GenerationRequest(messages=msgs, config=config, metadata=meta)


@app.command("generate")
def generate_cmd(
    model: Annotated[str, typer.Option("--model", "-m", help="Model name (see `safetylab list models`).")],
    prompt: Annotated[list[str] | None, typer.Option("--prompt", "-p", help="A prompt (repeatable).")] = None,
    input: Annotated[Path | None, typer.Option("--input", "-i", help="JSONL with 'prompt' or 'messages'.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSONL here (resumes if it exists).")] = None,
    max_new_tokens: Annotated[int, typer.Option(help="Tokens to generate.")] = 256,
    temperature: Annotated[float, typer.Option(help="0 = greedy.")] = 0.0,
    top_p: Annotated[float, typer.Option()] = 1.0,
    n: Annotated[int, typer.Option(help="Samples per prompt.")] = 1,
    seed: Annotated[int | None, typer.Option(help="Seed for sampling.")] = None,
    stop: Annotated[list[str] | None, typer.Option(help="Stop string (repeatable).")] = None,
    system: Annotated[str | None, typer.Option(help="System prompt added to each conversation.")] = None,
    batch_size: Annotated[int, typer.Option(help="Local backends: prompts per forward batch.")] = 32,
    max_concurrency: Annotated[int, typer.Option(help="HTTP backends: requests in flight per endpoint.")] = 16,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Use the shared generation cache.")] = True,
) -> None:
    """Generate with any backend. Prints one JSON object per line with at least `prompt` and `text`."""
    from safetylab.core.errors import SafetylabError
    from safetylab.core.jsonl import JsonlReader
    from safetylab.core.records import GenerationConfig

    if (prompt is None) == (input is None):
        raise SafetylabError("give --prompt TEXT or --input FILE.jsonl (one of them)")
    config = GenerationConfig(max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p, n=n,
                              seed=seed, stop=tuple(stop or ()))
    reader = JsonlReader(input) if input else None
    requests = (_requests_from_file(reader, config, system) if reader
                else (_chat_request(p, None, config, system) for p in prompt or []))
    _run_generate(model, requests, config, out, input, reader, batch_size=batch_size,
                  max_concurrency=max_concurrency, use_cache=cache, system=system)


def _run_generate(model: str, requests: Iterator[Any], config: Any, out: Path | None, input: Path | None,
                  reader: Any, *, batch_size: int, max_concurrency: int, use_cache: bool,
                  system: str | None) -> None:
    import orjson
    from rich.console import Console

    from safetylab.backends.registry import load_backend
    from safetylab.core.errors import SafetylabError
    from safetylab.core.hashing import file_hash
    from safetylab.runner.cache import GenerationCache
    from safetylab.runner.executor import run_requests
    from safetylab.runner.store import RunStore

    console = Console(stderr=True, soft_wrap=True)  # no wrapping: paths in messages stay greppable
    store = stage = None
    if out is not None:
        if out.suffix != ".jsonl":
            raise SafetylabError(f"--out must be a .jsonl file, got {out}")
        run_config = {"command": "generate", "model": model, "generation": config.model_dump(mode="json"),
                      "system": system, "input": str(input) if input else None}
        store = RunStore(out.parent, run_config, manifest_name=f"{out.stem}.manifest.json")
        if input:
            store.update("data", {str(input): {"sha256": file_hash(input)}})
        stage = store.stage(out.stem)
        todo = (r for r in requests if r.id not in stage)
    else:
        todo = requests

    backend = load_backend(model, batch_size=batch_size, max_concurrency=max_concurrency)
    cache = GenerationCache() if use_cache else None

    def emit(req: Any, res: Any) -> None:
        rec = {"key": req.id, **req.metadata, "text": res.text, "finish_reason": res.finish_reason,
               "prompt_tokens": res.prompt_tokens, "completion_tokens": res.completion_tokens,
               "latency_s": round(res.latency_s, 4), "truncated_prompt_tokens": res.truncated_prompt_tokens,
               "error": res.error, "cached": res.cached, "model": model}
        if config.n > 1:
            rec["texts"] = res.texts
        if stage is not None:
            stage.append(rec)
        else:
            sys.stdout.write(orjson.dumps(rec).decode() + "\n")
            sys.stdout.flush()

    try:
        stats = run_requests(backend, todo, emit, cache=cache, chunk_size=max(batch_size, max_concurrency) * 4)
    finally:
        backend.close()
        if cache:
            cache.close()
    for err in (reader.errors if reader else []):
        console.print(f"[yellow]skipped[/] {err}", highlight=False)
    if store is not None:
        counts = store.manifest.get("counts", {})
        store.update("counts", {
            "records": len(stage.done), "errors": counts.get("errors", 0) + stats.errors,
            "truncated_prompts": counts.get("truncated_prompts", 0) + stats.truncated,
            "bad_input_lines": len(reader.errors) if reader else 0})
        store.update("model", {"identity": backend.identity()})
        store.close()
        console.print(f"wrote {stats.done} new records to {out} ({len(stage.done)} in all, "
                      f"{stats.cached} from cache, {stats.errors} errors, {stats.truncated} truncated)")
    if stats.truncated:
        console.print(f"[yellow]warning:[/] {stats.truncated} prompts were truncated to fit the context "
                      "(policy: keep the end of the prompt, drop tokens from its start)")
