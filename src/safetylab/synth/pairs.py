"""Training-data formats shared by every synthesiser and by `safetylab train`: TRL's conversational SFT
rows (`messages`) and preference rows (`prompt`, `chosen`, `rejected` as lists of messages).

Plain-string inputs (e.g. CoCoNot's pref file, whose chosen/rejected are strings) are converted, and bad
rows are reported as DataErrors naming the file, line and field.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from safetylab.core.errors import DataError
from safetylab.core.jsonl import JsonlReader, write_jsonl
from safetylab.core.messages import Message, assistant, user

ROLES = ("system", "user", "assistant")


def _messages(value: Any, default_role: str, field: str, where: dict[str, Any]) -> list[Message]:
    """A string becomes one message of `default_role`; a list must hold {role, content} string pairs."""
    if isinstance(value, str):
        if not value.strip():
            raise DataError("is empty", field=field, **where)
        return [{"role": default_role, "content": value}]  # type: ignore[list-item, typeddict-item]
    if not isinstance(value, list) or not value:
        raise DataError("must be a string or a non-empty list of messages", field=field, **where)
    for m in value:
        if not (isinstance(m, dict) and m.get("role") in ROLES and isinstance(m.get("content"), str)):
            raise DataError(f"each message needs a role in {ROLES} and a string content, got {m!r:.80}",
                            field=field, **where)
    return [{"role": m["role"], "content": m["content"]} for m in value]


def sft_row(prompt: str | list[Message], response: str, **extra: Any) -> dict[str, Any]:
    msgs = [user(prompt)] if isinstance(prompt, str) else list(prompt)
    return {"messages": [*msgs, assistant(response)], **extra}


def preference_row(prompt: str | list[Message], chosen: str | list[Message], rejected: str | list[Message],
                   **extra: Any) -> dict[str, Any]:
    """TRL conversational preference row; strings become a user prompt / assistant replies."""
    return {"prompt": _messages(prompt, "user", "prompt", {}),
            "chosen": _messages(chosen, "assistant", "chosen", {}),
            "rejected": _messages(rejected, "assistant", "rejected", {}), **extra}


def normalise_sft(row: dict[str, Any], *, path: str | None = None, line: int | None = None) -> dict[str, Any]:
    """`messages`, or `prompt` + `response`/`completion` strings, → {"messages": [...]} ending with the
    assistant turn (the one trained on)."""
    where = {"path": path, "line": line}
    if "messages" in row:
        msgs = _messages(row["messages"], "user", "messages", where)
    elif "prompt" in row and ("response" in row or "completion" in row):
        field = "response" if "response" in row else "completion"
        msgs = _messages(row["prompt"], "user", "prompt", where) + _messages(row[field], "assistant", field, where)
    else:
        raise DataError("needs 'messages' (or 'prompt' and 'response')", field="messages", **where)
    if msgs[-1]["role"] != "assistant":
        raise DataError("the last message must be the assistant's reply", field="messages", **where)
    return {"messages": msgs}


def normalise_preference(row: dict[str, Any], *, path: str | None = None, line: int | None = None
                         ) -> dict[str, Any]:
    where = {"path": path, "line": line}
    out = {}
    for field, role in (("prompt", "user"), ("chosen", "assistant"), ("rejected", "assistant")):
        if row.get(field) is None:
            raise DataError("missing", field=field, **where)
        out[field] = _messages(row[field], role, field, where)
    return out


def read_rows(path: str | Path, kind: str) -> tuple[list[dict[str, Any]], list[DataError]]:
    """Read a JSONL file of SFT (`kind="sft"`) or preference (`kind="dpo"`) rows: (good rows, errors)."""
    normalise = normalise_sft if kind == "sft" else normalise_preference
    reader = JsonlReader(path)
    rows, errors = [], reader.errors
    for lineno, obj in reader:
        try:
            rows.append(normalise(obj, path=str(path), line=lineno))
        except DataError as e:
            errors.append(e)
    return rows, errors


def export(records: Iterable[dict[str, Any]], sft_path: str | Path | None, pairs_path: str | Path | None,
           meta: tuple[str, ...] = ("key", "kind", "category", "subcategory")) -> tuple[int, int]:
    """Write synthesis records ({prompt, chosen, rejected, ...}) as SFT and preference files."""
    sft, pairs = [], []
    for rec in records:
        if not (rec.get("prompt") and rec.get("chosen")):
            continue
        extra = {k: rec[k] for k in meta if k in rec}
        sft.append(sft_row(rec["prompt"], rec["chosen"], **extra))
        if rec.get("rejected"):
            pairs.append(preference_row(rec["prompt"], rec["chosen"], rec["rejected"], **extra))
    if sft_path:
        write_jsonl(sft_path, sft)
    if pairs_path:
        write_jsonl(pairs_path, pairs)
    return len(sft), len(pairs)

