"""The two training sets of Safety Arithmetic from one file of real labelled responses, split by prompt so
no question is in both: (question, compliant harmful answer) rows that fine-tune θ_base into θ_harmful,
and (question, unsafe answer, safe answer) pairs that make the safety vectors.

Built for `../shared/data/real/gptfuzz_response_harm.jsonl` (91 harmful questions, each with human-labelled
jailbroken and non-jailbroken ChatGPT / Vicuna / Llama-2 answers), but any file with the same fields works.
Harmful answers that open with a refusal (GPTFuzz has "[ChatGPT] I'm sorry … [DAN] sure …" mixtures) are
left out; a safe answer is an unharmful one that the keyword judge reads as a refusal. Prompts that occur in
an evaluation file given in `exclude` are dropped from both sets, and the record lists every prompt used.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from safetylab.core.errors import DataError

HARM_SFT = "harm_sft.jsonl"
STEER_PAIRS = "steer_pairs.jsonl"
RECORD = "harm_data.json"


class HarmDataConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: Path = Field(description="JSONL with prompt, response, response_harm_label (harmful|unharmful)")
    output_dir: Path
    steer_prompts: int = Field(30, ge=2, description="questions kept for the safety-vector pairs (paper: ~30); "
                                                     "the rest train θ_harmful")
    per_prompt: int = Field(3, ge=1, description="harmful answers per training question")
    exclude: list[Path] = Field(default_factory=list, description="evaluation files whose prompts are dropped")
    seed: int = 0


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".?!")


def _order(seed: int, text: str) -> str:
    return hashlib.sha256(f"{seed}:{text}".encode()).hexdigest()


def build_harm_data(config: HarmDataConfig) -> dict[str, Any]:
    """Write harm_sft.jsonl, steer_pairs.jsonl and harm_data.json to config.output_dir; returns the record."""
    from safetylab.core.hashing import file_hash
    from safetylab.core.jsonl import JsonlReader, write_jsonl
    from safetylab.guards.keyword import KeywordGuard
    from safetylab.synth.pairs import sft_row

    refusal = KeywordGuard().is_refusal
    harmful: dict[str, list[str]] = {}
    safe: dict[str, list[str]] = {}
    for _, row in JsonlReader(config.source, required=("prompt", "response", "response_harm_label"), strict=True):
        label, prompt, response = row["response_harm_label"], row["prompt"].strip(), row["response"].strip()
        if label == "harmful" and not refusal(response):
            harmful.setdefault(prompt, []).append(response)
        elif label == "unharmful" and refusal(response):
            safe.setdefault(prompt, []).append(response)
    held_out = set()
    for path in config.exclude:
        held_out |= {_norm(str(r.get("prompt", ""))) for _, r in JsonlReader(path, required=("prompt",))}
    dropped = sorted(p for p in harmful if _norm(p) in held_out)
    prompts = sorted((p for p in harmful if _norm(p) not in held_out), key=lambda p: _order(config.seed, p))
    steer = [p for p in prompts if p in safe][:config.steer_prompts]
    train = [p for p in prompts if p not in steer]
    if len(steer) < 2 or not train:
        raise DataError(f"too few usable questions: {len(steer)} for steering, {len(train)} for training "
                        "(need harmful answers, and refusals for the steering ones)", path=str(config.source))

    def pick(answers: list[str], n: int) -> list[str]:
        return sorted(answers, key=lambda a: _order(config.seed, a))[:n]

    config.output_dir.mkdir(parents=True, exist_ok=True)
    write_jsonl(config.output_dir / HARM_SFT,
                [sft_row(p, a) for p in train for a in pick(harmful[p], config.per_prompt)])
    write_jsonl(config.output_dir / STEER_PAIRS,
                [{"prompt": p, "unsafe": pick(harmful[p], 1)[0], "safe": pick(safe[p], 1)[0]} for p in steer])
    record = {"config": config.model_dump(mode="json"), "source_sha256": file_hash(config.source),
              "exclude_sha256": {str(p): file_hash(p) for p in config.exclude},
              "harm_sft": {"prompts": train, "rows": sum(min(len(harmful[p]), config.per_prompt) for p in train),
                           "sha256": file_hash(config.output_dir / HARM_SFT)},
              "steer_pairs": {"prompts": steer, "rows": len(steer),
                              "sha256": file_hash(config.output_dir / STEER_PAIRS)},
              "dropped_as_evaluation_prompts": dropped}
    (config.output_dir / RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record
