"""Utility of a model before and after an edit: perplexity of benign answers and multiple-choice accuracy,
both read from token log-probabilities (`Backend.score`), so a steered model is measured with its hooks on.

Multiple choice is scored as cloze: each choice as the assistant's reply to the question, by mean log-prob
per token, the highest wins (lm-evaluation-harness's `acc_norm` idea, per token instead of per byte).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from safetylab.core.errors import DataError
from safetylab.metrics.safety import Rate

MC_GENERAL = Path(__file__).with_name("mc_general.jsonl")


class MCItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    question: str = Field(min_length=1)
    choices: list[str] = Field(min_length=2)
    answer: int = Field(ge=0)


class Utility(BaseModel):
    """Perplexity (lower is better) and multiple-choice accuracy with its Wilson interval."""

    perplexity: float
    tokens: int
    texts: int
    mc_accuracy: Rate


def read_mc(path: Path) -> list[MCItem]:
    from pydantic import ValidationError

    from safetylab.core.jsonl import JsonlReader

    items = []
    for line, row in JsonlReader(path, required=("question", "choices", "answer"), strict=True):
        try:
            item = MCItem.model_validate({"id": str(row.get("id", line)), **row})
        except ValidationError as e:
            err = e.errors()[0]
            raise DataError(err["msg"], path=str(path), line=line, field=str(err["loc"][0])) from e
        if item.answer >= len(item.choices):
            raise DataError(f"answer {item.answer} but only {len(item.choices)} choices", path=str(path),
                            line=line, field="answer")
        items.append(item)
    return items


def perplexity(backend: Any, texts: list[tuple[str, str]]) -> tuple[float, int]:
    """exp(mean negative log-prob per token) of each answer after its prompt; (perplexity, tokens)."""
    total, count = 0.0, 0
    for prompt, answer in texts:
        logprobs = backend.score([{"role": "user", "content": prompt}], answer)
        total -= sum(logprobs)
        count += len(logprobs)
    if not count:
        raise DataError("no tokens to measure perplexity on")
    return math.exp(total / count), count


def mc_accuracy(backend: Any, items: list[MCItem]) -> Rate:
    correct = 0
    for item in items:
        means = []
        for choice in item.choices:
            lp = backend.score([{"role": "user", "content": item.question}], choice)
            means.append(sum(lp) / max(1, len(lp)))
        correct += int(max(range(len(means)), key=means.__getitem__) == item.answer)
    return Rate.of(correct, len(items), higher_is_better=True)


def utility(backend: Any, texts: list[tuple[str, str]], items: list[MCItem]) -> Utility:
    ppl, tokens = perplexity(backend, texts)
    return Utility(perplexity=round(ppl, 4), tokens=tokens, texts=len(texts), mc_accuracy=mc_accuracy(backend, items))
