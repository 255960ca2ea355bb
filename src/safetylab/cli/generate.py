"""`safetylab generate`: prompts in, one JSON object per line out; resumable with --out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from safetylab.cli.groups import app


def _file_requests(reader: Any, config: Any, system: str | None) -> Iterator[Any]:
    """One request per good line, keyed by the store from the line (number and content); a bad line goes
    to `reader.errors` with its line and field and the rest of the file is processed."""
    from safetylab.core.errors import DataError
    from safetylab.runner.store import RunStore

    for lineno, obj in reader:
        messages, prompt = obj.get("messages"), obj.get("prompt")
        problem = _check_line(messages, prompt)
        if problem is not None:
            reader.errors.append(DataError(problem[1], path=str(reader.path), line=lineno, field=problem[0]))
            continue
        ident = obj.get("id") if isinstance(obj.get("id"), str | int) else None
        rest = {k: v for k, v in obj.items() if k not in ("prompt", "messages") and (k != "id" or ident is None)}
        yield _chat_request(RunStore.line_key(lineno, obj), prompt, messages, config, system,
                            ident=ident, line=lineno, rest=rest)


def _check_line(messages: Any, prompt: Any) -> tuple[str, str] | None:
    """(field, problem) of a line that cannot be sent, else None."""
    if messages is None:
        if not isinstance(prompt, str) or not prompt.strip():
            return "prompt", "needs a non-empty string 'prompt' or a 'messages' list"
        return None
    if not isinstance(messages, list) or not messages:
        return "messages", "must be a non-empty list of {role, content} objects"
    for i, m in enumerate(messages):
        if not (isinstance(m, dict) and {"role", "content"} <= m.keys()):
            return f"messages[{i}]", "must be a {role, content} object"
        if m["role"] not in ("system", "user", "assistant"):
            return f"messages[{i}].role", f"must be system, user or assistant, got {m['role']!r}"
        if not isinstance(m["content"], str):
            return f"messages[{i}].content", "must be a string"
    if messages[-1]["role"] == "system":
        return "messages", "ends with a system message: nothing to answer"
    return None


def _chat_request(key: str, prompt: str | None, messages: list | None, config: Any, system: str | None, *,
                  ident: Any = None, line: int | None = None, rest: dict[str, Any] | None = None) -> Any:
    from safetylab.runner.generate import request_for
    from safetylab.runner.records import Asked

    msgs = list(messages) if messages is not None else [{"role": "user", "content": prompt}]
    if system and msgs[0]["role"] != "system":
        msgs.insert(0, {"role": "system", "content": system})
    asked = Asked(prompt=prompt if prompt is not None else msgs[-1]["content"],
                  messages=msgs if messages is not None else None,
                  id=ident, line=line, input=rest or None)
    return request_for(key, asked, msgs, config)


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
    batch_size: Annotated[int, typer.Option(help="Local backends: prompts per forward batch.", min=1)] = 32,
    max_concurrency: Annotated[int, typer.Option(help="HTTP backends: requests in flight per endpoint.",
                                                 min=1)] = 16,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Use the shared generation cache.")] = True,
) -> None:
    """Generate with any backend. Prints one JSON object per line with at least `prompt` and `text`."""
    from safetylab.cli.options import from_flags
    from safetylab.core.errors import SafetylabError
    from safetylab.core.jsonl import JsonlReader
    from safetylab.core.records import GenerationConfig

    if (prompt is None) == (input is None):
        raise SafetylabError("give --prompt TEXT or --input FILE.jsonl (one of them)")
    config = from_flags(GenerationConfig, max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p,
                        n=n, seed=seed, stop=tuple(stop or ()))
    from safetylab.core.hashing import content_key

    if prompt is not None and not all(p.strip() for p in prompt):
        raise SafetylabError("--prompt must not be empty")
    reader = JsonlReader(input) if input else None
    requests = (_file_requests(reader, config, system) if reader
                else (_chat_request(content_key({"index": i, "prompt": p}), p, None, config, system)
                      for i, p in enumerate(prompt or [])))
    _run_generate(model, requests, config, out, input, reader, batch_size=batch_size,
                  max_concurrency=max_concurrency, use_cache=cache, system=system)


def _run_generate(model: str, requests: Iterator[Any], config: Any, out: Path | None, input: Path | None,
                  reader: Any, *, batch_size: int, max_concurrency: int, use_cache: bool,
                  system: str | None) -> None:
    import orjson
    from rich.console import Console

    from safetylab.backends.registry import without_options
    from safetylab.core.errors import ItemsFailedError, SafetylabError
    from safetylab.core.hashing import file_hash
    from safetylab.runner.cache import GenerationCache
    from safetylab.runner.generate import generate_records
    from safetylab.runner.models import load_model
    from safetylab.runner.records import GenerationRecord
    from safetylab.runner.store import RunStore

    console = Console(stderr=True, soft_wrap=True)  # no wrapping: paths in messages stay greppable
    store = stage = None
    if out is not None:
        if out.suffix != ".jsonl":
            raise SafetylabError(f"--out must be a .jsonl file, got {out}")
        if out.is_dir():
            raise SafetylabError(f"--out {out} is a directory; give a .jsonl file path")
        run_config = {"command": "generate", "model": without_options(model),
                      "generation": config.model_dump(mode="json"),
                      "system": system, "input": str(input) if input else None}
        store = RunStore(out.parent, run_config, name=out.stem)
        stage = store.output(GenerationRecord)
        todo = (r for r in requests if r.id not in stage)
    else:
        todo = requests

    def sink(rec: GenerationRecord) -> None:
        if stage is not None:
            stage.append(rec)
        else:
            sys.stdout.write(orjson.dumps(rec.model_dump(mode="json", exclude_none=True)).decode() + "\n")
            sys.stdout.flush()

    backend = load_model(model, batch_size=batch_size, max_concurrency=max_concurrency)
    cache = GenerationCache() if use_cache else None
    try:
        if store is not None:
            if input:
                store.update("data", {str(input): {"sha256": file_hash(input)}})
            store.update("model", {"name": model, "identity": backend.identity()})
        stats = generate_records(backend, todo, sink, model=model, cache=cache,
                                 chunk_size=max(batch_size, max_concurrency) * 4)
    finally:
        backend.close()
        if cache:
            cache.close()
    for err in (reader.errors if reader else []):
        console.print(f"[yellow]skipped[/] {err}", highlight=False)
    bad_lines = len(reader.errors) if reader else 0
    if store is not None and stage is not None:
        store.update("counts", {"records": len(stage.done), "failed": stage.failed,
                                "truncated_prompts": store.manifest.counts.get("truncated_prompts", 0)
                                + stats.truncated, "bad_input_lines": bad_lines})
        store.close()
        console.print(f"wrote {stats.done - stats.errors} new records to {out} ({len(stage.done)} in all, "
                      f"{stats.cached} from cache, {stats.errors} failed and will be retried on rerun, "
                      f"{stats.truncated} truncated, {bad_lines} bad input lines)")
    if stats.truncated:
        console.print(f"[yellow]warning:[/] {stats.truncated} prompts were truncated to fit the context "
                      "(policy: keep the end of the prompt, drop tokens from its start)")
    if stats.errors:
        raise ItemsFailedError(f"{stats.errors} of {stats.done} generations failed"
                               + (f" (first error: {stats.first_error})" if stats.first_error else ""))
