"""Safety vectors at run time: forward hooks that push every position of every steered layer along a
vector, and the `steered:` wrapper that puts them on any hookable backend.

Two update rules, for the paper and for its code (Safety Arithmetic §3.3, docs/alignment.md):
- `add` (paper Eq. 9–10): h' = (h + α·v) · ‖h‖ / ‖h + α·v‖, so the state keeps its norm; α = 0 is exact.
- `gated` (reference code, after ICV): h' = ‖h‖ · n(n(h) + 0.1·α·g·n(v)), n = unit vector,
  g = 1 + max(0, cos(h, −v)): the push doubles where the state points away from the vector.
The site is the MLP sub-layer's output (`mlp`, the paper's appendix and the code) or the decoder layer's
output, the residual stream (`resid`). Vectors point from unsafe to safe, one per layer, and are stored as
`vectors.safetensors` (tensors `layer.<i>`) beside `steering.json` (what made them).

A set may carry a condition (after CAST, Lee et al. 2024, arXiv 2409.05907): a linear probe w·h + b on one
decoder layer's output at the input's last token (`condition.weight` in the same file). Each sequence is
steered only when its probe is positive; the gate is set on every multi-token forward (the prompt) and kept
for the tokens generated after it, so on the prompt itself only layers from the probe's on are steered.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safetylab.backends.base import Backend
from safetylab.backends.wrappers import WrapperBackend
from safetylab.core.errors import BackendError, DataError
from safetylab.core.hashing import file_hash

VECTORS_FILE = "vectors.safetensors"
META_FILE = "steering.json"
CONDITION_TENSOR = "condition.weight"
Site = Literal["mlp", "resid"]
Rule = Literal["add", "gated"]


class Condition(BaseModel):
    """A probe on one layer's output at the last token: steer the sequence where w·h + b > 0."""

    model_config = ConfigDict(extra="forbid")

    layer: int
    bias: float
    record: dict[str, Any] = Field(default_factory=dict, description="what trained it: data, sizes, accuracy")


class SteeringMeta(BaseModel):
    """What a set of safety vectors is and what made it (steering.json)."""

    model_config = ConfigDict(extra="forbid")

    model: dict[str, Any] = Field(description="identity of the model the hidden states were read from")
    layers: list[int]
    hidden_size: int
    method: str = Field(description="pca (paper), mean (difference of means) or pca+mean (reference code)")
    read_positions: int = Field(description="hidden states averaged over this many last tokens")
    template: str
    site: Site = Field(description="default injection site")
    rule: Rule = "add"
    alpha: float = Field(description="default strength")
    data: dict[str, Any] = Field(description="path, sha256 and number of demonstration pairs")
    condition: Condition | None = Field(None, description="probe gating the steering per sequence (none: "
                                                          "every input is steered, as in the paper)")
    environment: dict[str, Any] = Field(default_factory=dict)


def save_vectors(folder: Path, vectors: dict[int, Any], meta: SteeringMeta, condition: Any = None) -> None:
    """`condition`: the probe's weight (d), required exactly when meta.condition is set."""
    from safetensors.torch import save_file

    if (condition is None) != (meta.condition is None):
        raise ValueError("a condition needs both its weight and its metadata")
    tensors = {f"layer.{i}": v.detach().float().contiguous() for i, v in sorted(vectors.items())}
    if condition is not None:
        tensors[CONDITION_TENSOR] = condition.detach().float().contiguous()
    folder.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(folder / VECTORS_FILE), metadata={"format": "pt"})
    (folder / META_FILE).write_text(json.dumps(meta.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")


def load_vectors(folder: str | Path) -> tuple[dict[int, Any], SteeringMeta, Any]:
    """(layer → vector, metadata, condition weight or None) of a folder written by `align steer build`."""
    from pydantic import ValidationError
    from safetensors.torch import load_file

    folder = Path(folder)
    for name in (VECTORS_FILE, META_FILE):
        if not (folder / name).is_file():
            raise DataError(f"no {name}: not a safety-vector folder (make one with `safetylab align steer "
                            "build`)", path=str(folder))
    try:
        meta = SteeringMeta.model_validate_json((folder / META_FILE).read_text(encoding="utf-8"))
    except ValidationError as e:
        err = e.errors()[0]
        raise DataError(err["msg"], path=str(folder / META_FILE),
                        field=".".join(str(p) for p in err["loc"])) from e
    tensors = load_file(str(folder / VECTORS_FILE))
    condition = tensors.pop(CONDITION_TENSOR, None)
    if (condition is None) != (meta.condition is None):
        raise DataError(f"{CONDITION_TENSOR} and the condition in {META_FILE} must come together", path=str(folder))
    vectors = {int(name.removeprefix("layer.")): t for name, t in tensors.items()}
    if sorted(vectors) != sorted(meta.layers):
        raise DataError(f"layers {sorted(vectors)} in {VECTORS_FILE} differ from {meta.layers} in {META_FILE}",
                        path=str(folder))
    return vectors, meta, condition


def steer_state(h: Any, v: Any, alpha: Any, rule: Rule) -> Any:
    """One hidden state tensor (…, d) moved along v (d) by the rule; the norm of every position is kept.
    `alpha` is a number or a tensor that broadcasts over h (per-sequence strengths)."""
    import torch.nn.functional as F

    v = v.to(h.dtype)
    norm = h.norm(dim=-1, keepdim=True)
    if rule == "add":
        moved = h + alpha * v
        return moved * (norm / moved.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    gate = 1 + F.cosine_similarity(h, -v.expand_as(h), dim=-1).clamp_min(0).unsqueeze(-1)
    moved = F.normalize(h, dim=-1) + 0.1 * alpha * gate * F.normalize(v, dim=0)
    return norm * F.normalize(moved, dim=-1)


class Steering:
    """Forward hooks on a model's decoder layers (or their MLPs) while active; `remove()` restores the model
    exactly. Use as a context manager or keep it for a backend's life."""

    def __init__(self, layers: Any, vectors: dict[int, Any], *, alpha: float, site: Site = "mlp",
                 rule: Rule = "add", condition: tuple[int, Any, float] | None = None):
        self.alpha, self.site, self.rule = alpha, site, rule
        self.handles: list[Any] = []
        self.gate: Any = None  # (batch, 1, 1) of 0/1 under a condition, None while the prompt is below it
        self.conditional = condition is not None
        if condition is not None:
            layer, weight, bias = condition
            if not 0 <= layer < len(layers):
                raise BackendError(f"condition layer {layer} does not exist (the model has {len(layers)} layers)")
            self.handles.append(layers[0].register_forward_pre_hook(self._reset, with_kwargs=True))
            self.handles.append(layers[layer].register_forward_hook(self._probe(weight, bias)))
        for i, vec in sorted(vectors.items()):
            if not 0 <= i < len(layers):
                raise BackendError(f"steering layer {i} does not exist (the model has {len(layers)} layers)")
            module = layers[i] if site == "resid" else getattr(layers[i], "mlp", None)
            if module is None:
                raise BackendError(f"decoder layer {i} has no `mlp` sub-module; steer the residual stream")
            self.handles.append(module.register_forward_hook(self._hook(vec)))

    def _reset(self, _module: Any, args: Any, kwargs: dict[str, Any]) -> None:
        """A forward that starts sequences (several tokens, or positions from 0) has no gate yet."""
        h = args[0] if args else kwargs["hidden_states"]
        positions = kwargs.get("position_ids")
        if h.shape[1] > 1 or (positions is not None and int(positions.min()) == 0):
            self.gate = None

    def _probe(self, weight: Any, bias: float) -> Any:
        def hook(_module: Any, _args: Any, out: Any) -> None:
            h = out[0] if isinstance(out, tuple) else out
            if self.gate is None:
                score = h[:, -1].float() @ weight.to(h.device) + bias  # left padding: the last token is real
                self.gate = (score > 0).to(h.dtype)[:, None, None]
        return hook

    def _strength(self, h: Any) -> Any:
        if not self.conditional:
            return self.alpha
        if self.gate is None:  # the prompt below the probe's layer
            return 0.0
        gate = self.gate
        if gate.shape[0] != h.shape[0]:  # n samples of one prompt share its forward: rows repeat
            gate = gate.repeat_interleave(h.shape[0] // gate.shape[0], dim=0)
        return self.alpha * gate.to(h.dtype)

    def _hook(self, vec: Any) -> Any:
        def hook(_module: Any, _args: Any, out: Any) -> Any:
            if self.conditional and (self.gate is None or not bool(self.gate.any())):
                return None  # no sequence to steer: the layer's own output, untouched, at no cost
            h = out[0] if isinstance(out, tuple) else out
            moved = steer_state(h, vec.to(h.device), self._strength(h), self.rule)
            return (moved, *out[1:]) if isinstance(out, tuple) else moved  # older transformers: tuples
        return hook

    def remove(self) -> None:
        for handle in self.handles:
            handle.remove()
        self.handles = []

    def __enter__(self) -> Steering:
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()


class SteeredBackend(WrapperBackend):
    """`steered:VECTORS_DIR[@ALPHA]:MODEL` — MODEL with safety vectors hooked into every forward pass
    (generation and scoring alike), so every benchmark and guard runs unchanged on the steered model."""

    prefix = "steered"

    def __init__(self, inner: Backend, vectors_dir: str, *, alpha: float | None = None, site: Site | None = None,
                 rule: Rule | None = None):
        path, _, strength = vectors_dir.rpartition("@")
        if path and _is_float(strength):
            vectors_dir, alpha = path, float(strength) if alpha is None else alpha
        model = inner
        while isinstance(model, WrapperBackend):  # other wrappers only rewrite messages: hook the model
            model = model.inner
        if not model.capabilities.hooks:
            raise BackendError(f"{inner.name} exposes no decoder layers to hook: steering needs a local "
                               "transformers model (smollm2-135m or hf:PATH)")
        super().__init__(inner)
        self.vectors_dir = Path(vectors_dir)
        vectors, self.meta, weight = load_vectors(self.vectors_dir)
        hidden = model.model.config.hidden_size  # type: ignore[attr-defined]
        if self.meta.hidden_size != hidden:
            raise DataError(f"vectors of width {self.meta.hidden_size} for a model of width {hidden}",
                            path=str(self.vectors_dir))
        self.steering = Steering(model.layers, vectors,  # type: ignore[attr-defined]
                                 alpha=self.meta.alpha if alpha is None else alpha,
                                 site=site or self.meta.site, rule=rule or self.meta.rule,
                                 condition=None if self.meta.condition is None else
                                 (self.meta.condition.layer, weight, self.meta.condition.bias))
        self.name = f"steered:{self.vectors_dir}@{self.steering.alpha:g}:{inner.name}"

    def wrapper_identity(self) -> dict[str, Any]:
        return {"vectors": file_hash(self.vectors_dir / VECTORS_FILE), "alpha": self.steering.alpha,
                "site": self.steering.site, "rule": self.steering.rule, "layers": self.meta.layers,
                "method": self.meta.method,
                **({"condition": self.meta.condition.model_dump(mode="json")} if self.meta.condition else {})}

    def close(self) -> None:
        self.steering.remove()
        super().close()


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
