"""`safetylab moderate`: classify one prompt (and response) or a JSONL file with any guard; resumable."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Annotated, Any

import typer

from safetylab.cli.groups import app


def _file_items(reader: Any) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(key, input object, GuardItem) per good line; bad lines go to `reader.errors` with line and field."""
    from safetylab.core.errors import DataError
    from safetylab.core.hashing import content_key
    from safetylab.guards.base import GuardItem

    for lineno, obj in reader:
        prompt, response = obj.get("prompt"), obj.get("response")
        field = ("prompt" if not isinstance(prompt, str) or not prompt.strip()
                 else "response" if response is not None and not isinstance(response, str) else None)
        if field is not None:
            reader.errors.append(DataError("must be a non-empty string" if field == "prompt"
                                           else "must be a string or null",
                                           path=str(reader.path), line=lineno, field=field))
            continue
        # The line number is part of the key: identical lines each get their own record.
        yield content_key({"line": lineno, "input": obj}), obj, GuardItem(prompt=prompt, response=response)


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
    batch_size: Annotated[int, typer.Option(help="Items per guard call.")] = 16,
) -> None:
    """Moderate with a guard: one JSON object per item (verdict per task + the input fields)."""
    import orjson

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
    if output is not None and output.suffix != ".jsonl":
        raise SafetylabError(f"--output must be a .jsonl file, got {output}")

    if input is not None:
        _moderate_file(guard, guard_model, input, output, batch_size)
        return
    g = load_guard(guard, guard_model, batch_size=batch_size)
    try:
        verdict = g.classify([GuardItem(prompt=prompt, response=response)])[0]
    finally:
        g.close()
    sys.stdout.write(orjson.dumps({"prompt": prompt, "response": response, **verdict.flat()}).decode() + "\n")


def _moderate_file(guard: str, guard_model: str | None, input: Path, output: Path, batch_size: int) -> None:
    from rich.console import Console

    from safetylab.core.hashing import file_hash
    from safetylab.core.jsonl import JsonlReader
    from safetylab.guards.registry import load_guard
    from safetylab.runner.progress import progress_bar
    from safetylab.runner.store import RunStore

    console = Console(stderr=True, soft_wrap=True)
    config = {"command": "moderate", "guard": guard, "guard_model": guard_model, "input": str(input)}
    reader = JsonlReader(input)
    # The store first: it refuses a run with other settings before any model is loaded.
    store = RunStore(output.parent, config, manifest_name=f"{output.stem}.manifest.json")
    store.update("data", {str(input): {"sha256": file_hash(input)}})
    g = load_guard(guard, guard_model, batch_size=batch_size)
    store.update("guard", {"identity": g.identity()})
    stage = store.stage(output.stem)
    written = 0
    todo = ((k, obj, item) for k, obj, item in _file_items(reader) if k not in stage)
    try:
        with progress_bar(f"moderate {guard}", max(0, _count_lines(input) - len(stage.done))) as advance:
            while chunk := list(islice(todo, batch_size)):
                for (key, obj, _), verdict in zip(chunk, g.classify([it for _, _, it in chunk]), strict=True):
                    stage.append({"key": key, **obj, **verdict.flat()})
                written += len(chunk)
                advance(len(chunk))
    finally:
        g.close()
    for err in reader.errors:
        console.print(f"[yellow]skipped[/] {err}", highlight=False)
    store.update("counts", {"records": len(stage.done), "bad_input_lines": len(reader.errors)})
    store.close()
    console.print(f"wrote {written} new verdicts to {output} ({len(stage.done)} in all, "
                  f"{len(reader.errors)} bad input lines)")
