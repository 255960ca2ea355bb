"""Building safety vectors (Safety Arithmetic §3.3, after ICV): hidden states of every decoder layer at the
last token(s) of (question + unsafe answer) and (question + safe answer); the per-layer direction from
unsafe to safe, as the first principal component of the differences taken jointly over all layers (the
paper), as the difference of means (what the reference code's vector amounts to), or as their sum (the
reference code's literal formula). Applying them is the backends' job (`steered:` and
`safetylab.backends.steering`); this module only reads states and writes the vectors.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safetylab.backends.steering import Condition, Rule, Site, SteeringMeta, save_vectors
from safetylab.core.errors import BackendError, DataError

Method = Literal["pca", "mean", "pca+mean"]
Template = Literal["chat", "plain"]


class SteerBuildConfig(BaseModel):
    """Settings of one set of safety vectors. Defaults follow the paper where it is explicit (last token,
    first principal component, MLP output, α = 0.12 with the norm-keeping add rule)."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(description="the model to read hidden states from (after HDR, in the paper)")
    data: Path = Field(description="JSONL of demonstration pairs: prompt, unsafe, safe")
    output_dir: Path
    method: Method = "pca"
    read_positions: int = Field(1, ge=1, description="average the states of this many last tokens (code: 4)")
    template: Template = Field("chat", description="chat: the model's chat template with the answer as the "
                                                   "assistant turn; plain: 'Question: …\\nAnswer: …' (code)")
    layers: list[int] | None = Field(None, description="decoder layers to read and steer (default: all)")
    site: Site = Field("mlp", description="default injection site stored with the vectors")
    rule: Rule = "add"
    alpha: float = Field(0.12, description="default strength stored with the vectors")
    limit: int | None = Field(None, ge=1, description="first N pairs")
    condition_data: list[Path] = Field(default_factory=list, description="JSONL files of prompts with "
                                       "prompt_harm_label: train a probe that gates the steering (none: steer all)")
    condition_layer: int | None = Field(None, description="decoder layer the probe reads (its output, last "
                                                          "prompt token)")
    condition_model: str | None = Field(None, description="the model whose states train the probe (default: "
                                        "`model`); it gates the model the vectors are applied to either way")
    condition_exclude: list[Path] = Field(default_factory=list, description="JSONL files whose prompts the "
                                          "probe never sees (the evaluation's)")
    condition_limit: int = Field(200, ge=1, description="prompts of each label, a sample fixed by their hashes")
    condition_c: float = Field(0.01, gt=0, description="inverse L2 strength of the logistic-regression probe")


class Pair(BaseModel):
    """One demonstration: a harmful question answered unsafely and safely."""

    model_config = ConfigDict(extra="ignore")

    prompt: str = Field(min_length=1)
    unsafe: str = Field(min_length=1)
    safe: str = Field(min_length=1)


def read_pairs(path: Path, limit: int | None = None) -> list[Pair]:
    """Every pair of a JSONL file; a bad line is an error naming the file, line and field."""
    from pydantic import ValidationError

    from safetylab.core.jsonl import JsonlReader

    pairs = []
    for line, row in JsonlReader(path, required=("prompt", "unsafe", "safe"), strict=True):
        try:
            pairs.append(Pair.model_validate(row))
        except ValidationError as e:
            err = e.errors()[0]
            raise DataError(err["msg"], path=str(path), line=line,
                            field=".".join(str(p) for p in err["loc"])) from e
        if limit and len(pairs) >= limit:
            break
    if not pairs:
        raise DataError("no demonstration pairs", path=str(path))
    return pairs


def text_of(backend: Any, prompt: str, answer: str, template: Template) -> list[int]:
    """Token ids of a question with its answer, ending on the answer's last token."""
    answer = answer.strip().rstrip(".").strip()
    if template == "plain":
        return backend.tokenizer(f"Question: {prompt.strip()}\nAnswer: {answer}")["input_ids"]
    messages = [{"role": "user", "content": prompt}, {"role": "assistant", "content": answer}]
    return backend.tokenizer(backend.render(messages), add_special_tokens=False)["input_ids"]


def layer_states(backend: Any, ids: list[int], layers: list[int], read_positions: int) -> Any:
    """(len(layers), d): each layer's output (the residual stream), averaged over the last tokens."""
    import torch

    captured: dict[int, Any] = {}

    def grab(i: int) -> Any:
        def hook(_m: Any, _a: Any, out: Any) -> None:
            h = out[0] if isinstance(out, tuple) else out
            captured[i] = h[0, -read_positions:].float().mean(dim=0)
        return hook

    handles = [backend.layers[i].register_forward_hook(grab(i)) for i in layers]
    try:
        with torch.inference_mode():
            backend.model(input_ids=torch.tensor([ids], device=backend.device))
    finally:
        for h in handles:
            h.remove()
    return torch.stack([captured[i] for i in layers])


def condition_probe(backend: Any, config: SteerBuildConfig) -> tuple[Any, Condition]:
    """A logistic-regression probe (balanced classes) on the condition layer's output at the last token of
    each prompt as generation renders it: harmful-labelled prompts positive, unharmful negative. Returns
    its weight (d) and the Condition with its record (data hashes, sizes, training and 5-fold balanced
    accuracy)."""
    import hashlib

    import numpy as np
    import torch
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    from safetylab.core.hashing import file_hash
    from safetylab.core.jsonl import JsonlReader
    from safetylab.core.messages import user

    layer = config.condition_layer
    if layer is None or not 0 <= layer < len(backend.layers):
        raise DataError(f"condition layer {layer} does not exist (the model has {len(backend.layers)})",
                        field="condition_layer")
    left_out = {r["prompt"] for p in config.condition_exclude for _, r in JsonlReader(p, required=("prompt",))}
    by_label: dict[str, set[str]] = {"harmful": set(), "unharmful": set()}
    for path in config.condition_data:
        for _, row in JsonlReader(path, required=("prompt", "prompt_harm_label"), strict=True):
            if row["prompt_harm_label"] in by_label and row["prompt"] not in left_out:
                by_label[row["prompt_harm_label"]].add(row["prompt"])
    picked = {label: sorted(ps, key=lambda p: hashlib.sha256(p.encode()).hexdigest())[:config.condition_limit]
              for label, ps in by_label.items()}
    if min(len(ps) for ps in picked.values()) < 5:
        raise DataError(f"a condition probe needs at least 5 prompts of each label: "
                        f"{ {k: len(v) for k, v in picked.items()} }", field="condition_data")
    prompts = picked["harmful"] + picked["unharmful"]
    states = torch.stack([layer_states(backend, backend.tokenizer(backend.render([user(p)]), add_special_tokens=False)
                                       ["input_ids"], [layer], 1)[0] for p in prompts]).double().numpy()
    labels = np.array([1] * len(picked["harmful"]) + [0] * len(picked["unharmful"]))
    probe = LogisticRegression(C=config.condition_c, class_weight="balanced", max_iter=5000)
    cv = cross_val_score(probe, states, labels, cv=5, scoring="balanced_accuracy")
    probe.fit(states, labels)
    predicted = probe.predict(states)
    record = {"files": {str(p): file_hash(p) for p in config.condition_data},
              "excluded_files": {str(p): file_hash(p) for p in config.condition_exclude},
              "harmful": len(picked["harmful"]), "unharmful": len(picked["unharmful"]), "c": config.condition_c,
              "train_flagged_harmful": float(predicted[labels == 1].mean()),
              "train_flagged_unharmful": float(predicted[labels == 0].mean()),
              "cv_balanced_accuracy": float(cv.mean()), "trained_on": backend.identity()}
    return torch.tensor(probe.coef_[0], dtype=torch.float32), Condition(
        layer=layer, bias=float(probe.intercept_[0]), record=record)


def directions(diffs: Any, method: Method) -> Any:
    """(layers, d) vectors from the (pairs, layers, d) differences safe − unsafe.

    pca: the first principal component of the differences flattened over all layers (unit norm over them
    all), signed to agree with their mean; mean: the mean difference per layer; pca+mean: their sum."""
    import torch

    mean = diffs.mean(dim=0)
    if method == "mean":
        return mean
    flat = diffs.reshape(diffs.shape[0], -1)
    if flat.shape[0] < 2:
        raise DataError("a principal component needs at least 2 demonstration pairs")
    _, _, vh = torch.linalg.svd(flat - flat.mean(dim=0), full_matrices=False)
    pc = vh[0]
    if torch.dot(pc, mean.reshape(-1)) < 0:
        pc = -pc
    pc = pc.reshape(mean.shape)
    return pc if method == "pca" else pc + mean


def build_vectors(config: SteerBuildConfig, backend: Any | None = None) -> SteeringMeta:
    """Read the pairs through the model and write vectors.safetensors + steering.json to config.output_dir.
    `backend` (an HFBackend) is loaded from `config.model` when not given."""
    import torch

    from safetylab.backends.registry import load_backend
    from safetylab.core.hashing import file_hash
    from safetylab.core.progress import progress_bar
    from safetylab.core.provenance import environment

    pairs = read_pairs(config.data, config.limit)
    backend = backend or load_backend(config.model)
    if not backend.capabilities.hooks:
        raise BackendError(f"{backend.name} exposes no decoder layers: safety vectors need a local "
                           "transformers model (smollm2-135m or hf:PATH)")
    count = len(backend.layers)
    layers = config.layers if config.layers is not None else list(range(count))
    bad = [i for i in layers if not 0 <= i < count]
    if bad:
        raise DataError(f"layers {bad} do not exist (the model has {count})", field="layers")
    started = time.time()
    diffs = []
    with progress_bar("safety vectors: reading pairs", len(pairs), unit="pairs") as advance:
        for pair in pairs:
            safe = layer_states(backend, text_of(backend, pair.prompt, pair.safe, config.template), layers,
                                config.read_positions)
            unsafe = layer_states(backend, text_of(backend, pair.prompt, pair.unsafe, config.template), layers,
                                  config.read_positions)
            diffs.append(safe - unsafe)
            advance(1)
    vectors = directions(torch.stack(diffs), config.method)
    weight, condition = None, None
    if config.condition_data:
        if config.condition_model in (None, config.model):
            weight, condition = condition_probe(backend, config)
        else:
            with load_backend(config.condition_model) as other:
                weight, condition = condition_probe(other, config)
    meta = SteeringMeta(
        model=backend.identity(), layers=layers, hidden_size=int(vectors.shape[-1]), method=config.method,
        read_positions=config.read_positions, template=config.template, site=config.site, rule=config.rule,
        alpha=config.alpha, condition=condition, environment=environment(),
        data={"path": str(config.data), "sha256": file_hash(config.data), "pairs": len(pairs),
              "seconds": round(time.time() - started, 2)})
    save_vectors(config.output_dir, dict(zip(layers, vectors, strict=True)), meta, weight)
    return meta
