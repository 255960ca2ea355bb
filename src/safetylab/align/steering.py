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

from safetylab.backends.steering import Rule, Site, SteeringMeta, save_vectors
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
    meta = SteeringMeta(
        model=backend.identity(), layers=layers, hidden_size=int(vectors.shape[-1]), method=config.method,
        read_positions=config.read_positions, template=config.template, site=config.site, rule=config.rule,
        alpha=config.alpha, environment=environment(),
        data={"path": str(config.data), "sha256": file_hash(config.data), "pairs": len(pairs),
              "seconds": round(time.time() - started, 2)})
    save_vectors(config.output_dir, dict(zip(layers, vectors, strict=True)), meta)
    return meta
