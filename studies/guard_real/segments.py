"""Responses as windows of 64 tokens (stride 32), embedded with the study's cache, for multiple-instance
heads: a response is harmful when one part of it is (a jailbroken persona's answer after a refusal, a
toxic sentence after a translation), which a mean over the whole response dilutes.

    python segments.py minilm-v10 0/2 & python segments.py minilm-v10 1/2   # fill the cache (~15 min)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

SIZE, STRIDE = 64, 32


@cache
def _tokenizer() -> Any:
    from safetylab.guards.compact.guard import load_encoder
    return load_encoder().tokenizer


def windows(text: str) -> list[str]:
    from safetylab.guards.compact.windows import split_windows
    return split_windows(_tokenizer(), text, SIZE, STRIDE)


def all_windows(responses: Sequence[str]) -> list[list[str]]:
    return [windows(r) for r in responses]


if __name__ == "__main__":
    import sys

    from embed import Store, _key

    from data import task_rows
    name, part = sys.argv[1], sys.argv[2]
    store = Store(name, "seg" + part.replace("/", "of"))
    rows = task_rows(project=True)
    texts = [w for k in ("response_harm", "response_refusal") for r in rows[k] for w in windows(r.response or "")]
    texts = list(dict.fromkeys(t for t in texts if _key(t) not in store.index))
    i, n = map(int, part.split("/"))
    store.embed(texts[i::n])
