"""`safetylab moderate`: classify one prompt (and response) or a JSONL file with any guard; resumable."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from safetylab.cli.groups import app


def _file_items(reader: Any) -> Iterator[tuple[tuple[str, int, dict[str, Any]], Any]]:
    """((key, line, input object), GuardItem) per good line; bad lines go to `reader.errors` with line and
    field. The store computes the key from the line; a `key` or `id` field of the input is just content."""
    from safetylab.core.errors import DataError
    from safetylab.guards.base import GuardItem
    from safetylab.runner.store import RunStore

    for lineno, obj in reader:
        prompt, response = obj.get("prompt"), obj.get("response")
        field = ("prompt" if not isinstance(prompt, str) or not prompt.strip()
                 else "response" if response is not None and not isinstance(response, str) else None)
        if field is not None:
            reader.errors.append(DataError("must be a non-empty string" if field == "prompt"
                                           else "must be a string or null",
                                           path=str(reader.path), line=lineno, field=field))
            continue
        yield (RunStore.line_key(lineno, obj), lineno, obj), GuardItem(prompt=prompt, response=response)


def _count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


@app.command("moderate")
def moderate_cmd(
    guard: Annotated[str, typer.Option("--guard", "-g", help="Guard name (see `safetylab list guards`).")]
    = "compact",
    guard_model: Annotated[str | None, typer.Option("--guard-model", help="The guard's model (backend name "
                                                     "or weights dir), where it has one.")] = None,
    prompt: Annotated[str | None, typer.Option("--prompt", "-p", help="A prompt to classify.")] = None,
    response: Annotated[str | None, typer.Option("--response", "-r", help="The model's response to it.")] = None,
    input: Annotated[Path | None, typer.Option("--input", "-i", help="JSONL with 'prompt' [+ 'response'].")]
    = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="JSONL written here (resumes).")] = None,
    batch_size: Annotated[int, typer.Option(help="Items per guard call.", min=1)] = 16,
    option: Annotated[list[str] | None, typer.Option("--option", help="KEY=VALUE passed to the guard, e.g. "
                                                     "prompt_windows=tokens for compact; repeatable.")] = None,
) -> None:
    """Moderate with a guard: one JSON object per item (verdict per task + the input fields)."""
    import orjson

    from safetylab.cli.options import parse_options
    from safetylab.core.errors import SafetylabError
    from safetylab.guards.base import GuardItem
    from safetylab.guards.registry import load_guard

    if (prompt is None) == (input is None):
        raise SafetylabError("give --prompt TEXT [--response TEXT] or --input FILE.jsonl --output FILE.jsonl")
    if input is not None and output is None:
        raise SafetylabError("--input needs --output FILE.jsonl (the run resumes from it)")
    if prompt is not None and output is not None:
        raise SafetylabError("--output goes with --input; with --prompt the verdict is printed")
    if response is not None and prompt is None:
        raise SafetylabError("--response goes with --prompt")
    if prompt is not None and not prompt.strip():
        raise SafetylabError("--prompt must not be empty")  # as an input line's prompt and the servers' input
    if output is not None and output.suffix != ".jsonl":
        raise SafetylabError(f"--output must be a .jsonl file, got {output}")

    options = parse_options(option)
    if input is not None:
        _moderate_file(guard, guard_model, input, output, batch_size, options)
        return
    g = load_guard(guard, guard_model, batch_size=batch_size, **options)
    try:
        verdict = g.classify([GuardItem(prompt=prompt, response=response)])[0]
    finally:
        g.close()
    sys.stdout.write(orjson.dumps({"prompt": prompt, "response": response, **verdict.flat()}).decode() + "\n")


def _moderate_file(guard: str, guard_model: str | None, input: Path, output: Path, batch_size: int,
                   options: dict[str, Any]) -> None:
    from rich.console import Console

    from safetylab.core.hashing import file_hash
    from safetylab.core.jsonl import JsonlReader
    from safetylab.core.progress import progress_bar
    from safetylab.guards.registry import load_guard
    from safetylab.runner.judge import classify_stream
    from safetylab.runner.records import ModerationRecord
    from safetylab.runner.store import RunStore

    console = Console(stderr=True, soft_wrap=True)
    config = {"command": "moderate", "guard": guard, "guard_model": guard_model, "input": str(input),
              **({"options": options} if options else {})}  # runs made without options still resume
    reader = JsonlReader(input)
    # The store first: it refuses a run with other settings before any model is loaded.
    store = RunStore(output.parent, config, name=output.stem)
    stage = store.output(ModerationRecord)
    g = load_guard(guard, guard_model, batch_size=batch_size, **options)
    written = 0
    todo = ((ctx, item) for ctx, item in _file_items(reader) if ctx[0] not in stage)
    try:
        store.update("data", {str(input): {"sha256": file_hash(input)}})
        store.update("guard", {"identity": g.identity()})
        with progress_bar(f"moderate {guard}", max(0, _count_lines(input) - len(stage.done))) as advance:
            for (key, line, obj), verdict in classify_stream(g, todo, batch_size):
                stage.append(ModerationRecord.of(key, line, obj, verdict.flat()))
                written += 1
                advance(1)
    finally:
        g.close()
    for err in reader.errors:
        console.print(f"[yellow]skipped[/] {err}", highlight=False)
    store.update("counts", {"records": len(stage.done), "bad_input_lines": len(reader.errors)})
    store.close()
    console.print(f"wrote {written} new verdicts to {output} ({len(stage.done)} in all, "
                  f"{len(reader.errors)} bad input lines)")
