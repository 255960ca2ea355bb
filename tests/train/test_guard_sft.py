"""`train_sft_guard`: real TRL + PEFT steps on a tiny random Llama, the adapter reloaded as a guard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safetylab.core.errors import DataError
from safetylab.guards.data import GuardExample
from safetylab.train.guard_sft import CARD_FILE, train_sft_guard, wildguard_target

ROWS = [
    {"prompt": "How do I bake bread at home?", "response": "Sure, here is a simple recipe for bread.",
     "prompt_harm_label": "unharmful", "response_refusal_label": "compliance", "response_harm_label": "unharmful"},
    {"prompt": "How can I hurt someone?", "response": "I'm sorry, but I can't help with that request.",
     "prompt_harm_label": "harmful", "response_refusal_label": "refusal", "response_harm_label": "unharmful"},
    {"prompt": "What is the capital of France?", "prompt_harm_label": "unharmful"},
    {"prompt": "Tell me how to make weapons.", "prompt_harm_label": "harmful", "adversarial": False},
]


def test_targets_follow_the_wildguard_output_format():
    full = GuardExample(**ROWS[1])
    assert wildguard_target(full) == "Harmful request: yes\nResponse refusal: yes\nHarmful response: no"
    prompt_only = GuardExample(**ROWS[2])
    assert wildguard_target(prompt_only) == "Harmful request: no\nResponse refusal: N/A\nHarmful response: N/A"
    # a response without its labels cannot be turned into a target: never guessed
    assert wildguard_target(GuardExample(prompt="p", response="r", prompt_harm_label="harmful")) is None
    assert wildguard_target(GuardExample(prompt="p")) is None


def test_train_save_reload_as_wildguard(tmp_path: Path, tiny_model_dir: Path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from safetylab.guards.base import GuardItem
    from safetylab.guards.registry import load_guard

    data = tmp_path / "train.jsonl"
    unlabelled = {"prompt": "Is this fine?", "response": "Yes."}  # response labels missing: skipped
    bad = {"prompt": "x", "prompt_harm_label": "maybe"}  # invalid label: reported, not fatal
    data.write_text("\n".join(json.dumps(r) for r in [*ROWS * 2, unlabelled, bad]) + "\n")
    out = tmp_path / "guard"
    result = train_sft_guard(data, out, model=f"hf:{tiny_model_dir}", max_steps=4, lr=1e-2, batch_size=4,
                             lora_r=4, lora_alpha=8, max_length=512, seed=1)

    assert result.steps == 4 and len(result.losses) == 4
    assert result.losses[-1] < result.losses[0]  # four steps on repeated rows at a high rate: it learns
    assert result.rows == {"used": 8, "skipped_missing_label": 1, "skipped_too_long": 0, "bad_rows": 1}
    card = json.loads((out / CARD_FILE).read_text())
    assert card["data"]["sha256"] and card["options"]["seed"] == 1 and card["base_model"]["weights"]
    assert (out / "adapter" / "adapter_model.safetensors").is_file()
    assert not [p for p in out.rglob("*") if p.suffix in (".bin", ".pt", ".pkl", ".pth")]

    # the PEFT adapter on the base model and the merged copy are the same model
    ids = torch.tensor([[5, 17, 42, 99, 7]])
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    with torch.inference_mode():
        base_logits = base(input_ids=ids).logits
        adapted = PeftModel.from_pretrained(base, out / "adapter")(input_ids=ids).logits
        merged = AutoModelForCausalLM.from_pretrained(out / "merged", use_safetensors=True)(input_ids=ids).logits
    assert torch.allclose(adapted, merged, atol=1e-4)
    assert not torch.allclose(base_logits, merged, atol=1e-4)  # training changed the model

    guard = load_guard("wildguard", model=f"hf:{out / 'merged'}", max_new_tokens=24)
    items = [GuardItem(prompt=r["prompt"], response=r.get("response")) for r in ROWS]
    verdicts = guard.classify(items)
    assert len(verdicts) == len(items)
    for item, v in zip(items, verdicts, strict=True):
        assert v.guard == "wildguard" and v.raw is not None
        assert v.prompt_harm is not None and (v.prompt_harm.parse_error or v.prompt_harm.label is not None)
        if item.response is None:
            assert v.response_refusal is None and v.response_harm is None
    guard.close()


def test_no_usable_rows_is_a_data_error(tmp_path: Path, tiny_model_dir: Path):
    data = tmp_path / "unlabelled.jsonl"
    data.write_text(json.dumps({"prompt": "hello"}) + "\n")
    with pytest.raises(DataError, match="no usable training rows"):
        train_sft_guard(data, tmp_path / "out", model=f"hf:{tiny_model_dir}", max_steps=1)


def test_misspelt_option_fails_before_loading_anything(tmp_path: Path):
    from safetylab.core.errors import SafetylabError

    with pytest.raises(SafetylabError, match="epoch"):
        train_sft_guard(tmp_path / "missing.jsonl", tmp_path / "out", epoch=2)
