"""Greedy batched generation that computes a shared prompt prefix once (WildGuard-format inference).

Every WildGuard input starts with the same long instruction; only the human/assistant texts differ. Plain
batched generation runs that instruction through the model once per row, and pads every row to the
longest one. Here the prefix's KV cache is computed once and only the item suffixes are run:

1. **prefill**: the suffixes, sorted by length, go through the model in small length-homogeneous
   sub-batches (at most `prefill_tokens` padded suffix tokens each) on top of the prefix cache, so
   almost no compute goes to padding; each sub-batch gives its rows' first next-token logits;
2. **decode**: the sub-batches' caches are laid out as one batch, padded *between* prefix and suffix::

       [ shared prefix | pad pad | suffix tokens ] -> decode

   and the whole chunk (`batch_size` rows) decodes together, one forward per step; rows that end leave.

The pads are masked out and the suffix tokens get the positions they would have without padding, so every
row sees exactly what plain generation sees and the greedy tokens are the same. Full-attention models
only: `supports_shared_prefix` is False for models with sliding-window layers (they would count the pad
slots into their window) or caches other than transformers' plain dynamic one.

The shared part is the longest common *token* prefix of the fully tokenized texts, not the tokens of the
prefix string alone, so a BPE merge across the prefix/suffix boundary cannot make the outputs differ.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

__all__ = ["common_prefix_length", "eos_token_ids", "generate_on_backend", "generate_requests_on_backend",
           "generate_with_shared_prefix", "greedy_with_shared_prefix", "left_padded_cache", "logits_at",
           "supports_shared_prefix"]

log = logging.getLogger(__name__)

#: Padded suffix tokens per prefill forward. Small sub-batches waste little on padding; on a CPU a
#: forward of a few hundred tokens already runs at full matmul speed.
DEFAULT_PREFILL_TOKENS = 512


def common_prefix_length(sequences: Sequence[Sequence[int]]) -> int:
    """Length of the longest token prefix shared by all sequences, leaving each at least one own token
    (the last prompt token must be run with the batch to give the first next-token logits)."""
    limit = min(len(s) for s in sequences) - 1
    first = sequences[0]
    n = 0
    while n < limit and all(s[n] == first[n] for s in sequences):
        n += 1
    return n


def supports_shared_prefix(model: Any) -> bool:
    """Whether the model's cache is transformers' plain full-attention dynamic cache (every layer a
    `DynamicLayer`), which the shared-prefix path needs to stay exact."""
    try:
        from transformers.cache_utils import DynamicCache, DynamicLayer

        cache = DynamicCache(config=model.config)
    except Exception:  # noqa: BLE001 - an unusual config or transformers version: use plain generation
        return False
    return bool(cache.layers) and all(type(layer) is DynamicLayer for layer in cache.layers)


def greedy_with_shared_prefix(model: Any, sequences: Sequence[Sequence[int]], max_new_tokens: int, *,
                              eos_token_ids: Sequence[int] = (), pad_token_id: int = 0,
                              batch_size: int = 32, prefill_tokens: int = DEFAULT_PREFILL_TOKENS
                              ) -> list[list[int]]:
    """Greedy new token ids for each prompt (token id lists sharing a prefix), in input order.

    Rows stop at the first end-of-sequence token (kept in the output) or after `max_new_tokens`.
    Prompts are sorted by length and decoded in chunks of `batch_size` rows; the prefix is computed once
    for all chunks, and each chunk's suffixes are prefilled in sub-batches of at most `prefill_tokens`
    padded tokens (at least one row each).
    """
    import torch

    if not sequences:
        return []
    if max_new_tokens < 1:
        raise ValueError("max_new_tokens must be >= 1")
    shared = common_prefix_length(sequences)
    if shared == 0:
        raise ValueError("the prompts share no token prefix; use plain batched generation")
    if not supports_shared_prefix(model):
        raise ValueError(f"{type(model).__name__} has sliding-window or non-dynamic cache layers; "
                         "use plain batched generation")
    device = next(model.parameters()).device
    eos = set(eos_token_ids)
    with torch.inference_mode():
        prefix_kv = _prefix_kv(model, sequences[0][:shared], device)
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
        out: list[list[int]] = [[] for _ in sequences]
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            suffixes = [list(sequences[i][shared:]) for i in chunk]
            new = _run_chunk(model, prefix_kv, shared, suffixes, max_new_tokens, eos, pad_token_id, device,
                             max(1, prefill_tokens))
            for i, tokens in zip(chunk, new, strict=True):
                out[i] = tokens
    return out


def _sub_batches(lengths: Sequence[int], budget: int, max_rows: int | None = None) -> list[tuple[int, int]]:
    """Consecutive [start, end) ranges of ascending `lengths` with (rows x longest) <= budget and at most
    `max_rows` rows (at least one row each)."""
    ranges, start = [], 0
    for end in range(1, len(lengths) + 1):
        if (end == len(lengths) or (end + 1 - start) * lengths[end] > budget
                or (max_rows is not None and end - start >= max_rows)):
            ranges.append((start, end))
            start = end
    return ranges


def _new_cache(model: Any, kv: Sequence[tuple[Any, Any]]) -> Any:
    from transformers.cache_utils import DynamicCache

    return DynamicCache(ddp_cache_data=kv, config=model.config)


def left_padded_cache(model: Any, rows: Sequence[tuple[Sequence[tuple[Any, Any]] | None, int]], width: int) -> Any:
    """One batch's `DynamicCache` of `width` slots from per-row caches (each layer's (keys, values), batch
    of one): row i's first n_i positions right-aligned, the pad slots zeros (its attention mask leaves them
    out). At least one row has n_i > 0."""
    template = next(kv for kv, n in rows if n and kv)
    layers = []
    for layer, (k0, v0) in enumerate(template):
        k = k0.new_zeros((len(rows), k0.shape[1], width, k0.shape[3]))
        v = v0.new_zeros((len(rows), v0.shape[1], width, v0.shape[3]))
        for i, (kv, n) in enumerate(rows):
            if n and kv:
                k[i, :, width - n:] = kv[layer][0][0, :, :n]
                v[i, :, width - n:] = kv[layer][1][0, :, :n]
        layers.append((k, v))
    return _new_cache(model, layers)


def _prefix_kv(model: Any, prefix: Sequence[int], device: Any) -> list[tuple[Any, Any]]:
    """Each layer's (keys, values) for the shared prefix, computed once (batch of one)."""
    import torch

    ids = torch.tensor([list(prefix)], device=device)
    cache = model(input_ids=ids, use_cache=True, logits_to_keep=1).past_key_values
    return [(layer.keys, layer.values) for layer in cache.layers]


def _broadcast_cache(model: Any, prefix_kv: Sequence[tuple[Any, Any]], rows: int) -> Any:
    """A cache holding the prefix for `rows` rows without copying it (expand); the first forward on top
    concatenates the rows' own keys and values to it."""
    return _new_cache(model, [(k.expand(rows, -1, -1, -1), v.expand(rows, -1, -1, -1)) for k, v in prefix_kv])


def _run_chunk(model: Any, prefix_kv: list[tuple[Any, Any]], shared: int, suffixes: list[list[int]],
               max_new_tokens: int, eos: set[int], pad_token_id: int, device: Any, prefill_tokens: int
               ) -> list[list[int]]:
    """Prefill a chunk's suffixes (ascending lengths) in sub-batches, then decode them as one batch."""
    import torch

    rows = len(suffixes)
    lengths = [len(s) for s in suffixes]
    width = max(lengths)
    total = shared + width
    # the decode cache, filled sub-batch by sub-batch: prefix, then zeros (masked), then the suffix right-aligned
    kv = []
    for k, v in prefix_kv:
        heads, dim = k.shape[1], k.shape[3]
        big_k = k.new_zeros((rows, heads, total, dim))
        big_v = v.new_zeros((rows, v.shape[1], total, v.shape[3]))
        big_k[:, :, :shared] = k
        big_v[:, :, :shared] = v
        kv.append((big_k, big_v))
    logits = []
    for lo, hi in _sub_batches(lengths, prefill_tokens):
        n_rows, w = hi - lo, lengths[hi - 1]
        ids = torch.full((n_rows, w), pad_token_id, dtype=torch.long)
        mask = torch.zeros((n_rows, shared + w), dtype=torch.long)
        mask[:, :shared] = 1
        positions = torch.full((n_rows, w), shared, dtype=torch.long)  # pad slots: masked, any position
        for r, suffix in enumerate(suffixes[lo:hi]):
            n = len(suffix)
            ids[r, w - n:] = torch.tensor(suffix)
            mask[r, shared + w - n:] = 1
            positions[r, w - n:] = torch.arange(shared, shared + n)
        cache = _broadcast_cache(model, prefix_kv, n_rows)
        result = model(input_ids=ids.to(device), attention_mask=mask.to(device), position_ids=positions.to(device),
                       past_key_values=cache, use_cache=True, logits_to_keep=1)
        logits.append(result.logits[:, -1])
        for (big_k, big_v), layer in zip(kv, result.past_key_values.layers, strict=True):
            big_k[lo:hi, :, total - w:] = layer.keys[:, :, shared:]
            big_v[lo:hi, :, total - w:] = layer.values[:, :, shared:]
        del cache, result
    cache = _new_cache(model, kv)
    del kv
    mask = torch.zeros((rows, total), dtype=torch.long)
    mask[:, :shared] = 1
    for r, n in enumerate(lengths):
        mask[r, total - n:] = 1
    mask = mask.to(device)
    next_pos = torch.tensor([shared + n for n in lengths], device=device)
    logits_now = torch.cat(logits)
    alive = list(range(rows))  # original row of each batch row still decoding
    new: list[list[int]] = [[] for _ in suffixes]
    for step in range(max_new_tokens):
        tokens = logits_now.argmax(-1)
        keep = []
        for b, tok in enumerate(tokens.tolist()):
            new[alive[b]].append(tok)
            if tok not in eos:
                keep.append(b)
        if not keep or step == max_new_tokens - 1:
            break
        if len(keep) < len(alive):  # drop finished rows so later steps cost less
            index = torch.tensor(keep, device=device)
            cache.batch_select_indices(index)
            mask, next_pos, tokens = mask[index], next_pos[index], tokens[index]
            alive = [alive[b] for b in keep]
        mask = torch.cat([mask, mask.new_ones((len(alive), 1))], dim=1)
        logits_now = model(input_ids=tokens[:, None], attention_mask=mask, position_ids=next_pos[:, None],
                           past_key_values=cache, use_cache=True, logits_to_keep=1).logits[:, -1]
        next_pos = next_pos + 1
    return new


def logits_at(model: Any, sequences: Sequence[Sequence[int]], positions: Sequence[Sequence[int]], *,
              pad_token_id: int = 0, batch_size: int = 32, prefill_tokens: int = DEFAULT_PREFILL_TOKENS
              ) -> list[Any]:
    """Next-token logits (float32, one row per position) at `positions[i]` of each sequence `i`, in one
    forward over the sequences with their shared token prefix computed once (scoring, not generation).

    Every position must lie past the shared prefix (ValueError otherwise, as when nothing is shared).
    Same values as a plain forward over the full sequences up to float rounding (~1e-6).
    """
    import torch

    if not sequences:
        return []
    shared = common_prefix_length(sequences)
    if shared == 0:
        raise ValueError("the sequences share no token prefix; use a plain forward")
    if any(p < shared or p >= len(s) for s, ps in zip(sequences, positions, strict=True) for p in ps):
        raise ValueError("a position lies inside the shared prefix or past its sequence; use a plain forward")
    if not supports_shared_prefix(model):
        raise ValueError(f"{type(model).__name__} has sliding-window or non-dynamic cache layers")
    device = next(model.parameters()).device
    out: list[Any] = [None] * len(sequences)
    with torch.inference_mode():
        prefix_kv = _prefix_kv(model, sequences[0][:shared], device)
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
        lengths = [len(sequences[i]) - shared for i in order]
        for lo, hi in _sub_batches(lengths, max(1, prefill_tokens), batch_size):
            rows, w = order[lo:hi], lengths[hi - 1]
            # right padding: with causal attention the real tokens never see the pads
            ids = torch.tensor([list(sequences[i][shared:]) + [pad_token_id] * (w - len(sequences[i]) + shared)
                                for i in rows], device=device)
            mask = torch.ones((len(rows), shared + w), dtype=torch.long)
            for r, i in enumerate(rows):
                mask[r, len(sequences[i]):] = 0
            position_ids = torch.arange(shared, shared + w, device=device).expand(len(rows), -1)
            keep = sorted({p - shared for i in rows for p in positions[i]})
            column = {p: j for j, p in enumerate(keep)}
            batch_cache = _broadcast_cache(model, prefix_kv, len(rows))
            logits = model(input_ids=ids, attention_mask=mask.to(device), position_ids=position_ids,
                           past_key_values=batch_cache, use_cache=True,
                           logits_to_keep=torch.tensor(keep, device=device)).logits.float()
            for r, i in enumerate(rows):
                out[i] = logits[r, [column[p - shared] for p in positions[i]]]
    return out


def generate_with_shared_prefix(model: Any, tokenizer: Any, prefix: str, suffixes: Sequence[str],
                                max_new_tokens: int, *, batch_size: int = 32,
                                prefill_tokens: int = DEFAULT_PREFILL_TOKENS) -> list[str]:
    """Greedy completions of `prefix + suffix` for each suffix, decoded without special tokens.

    Tokenizes like plain generation (`add_special_tokens=True`), so the outputs equal those of
    `model.generate(do_sample=False)` on the full texts; stops at the tokenizer's / model's EOS ids.
    """
    sequences = [tokenizer(prefix + s, add_special_tokens=True)["input_ids"] for s in suffixes]
    new = greedy_with_shared_prefix(model, sequences, max_new_tokens, eos_token_ids=eos_token_ids(model, tokenizer),
                                    pad_token_id=_pad_id(tokenizer), batch_size=batch_size,
                                    prefill_tokens=prefill_tokens)
    return tokenizer.batch_decode(new, skip_special_tokens=True)


def eos_token_ids(model: Any, tokenizer: Any) -> list[int]:
    """End-of-sequence ids: the generation config's plus the tokenizer's (`HFBackend` cuts its text there)."""
    eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    ids = list(eos) if isinstance(eos, (list, tuple)) else [] if eos is None else [eos]
    if tokenizer.eos_token_id is not None and tokenizer.eos_token_id not in ids:
        ids.append(tokenizer.eos_token_id)
    return ids


def generate_on_backend(backend: Any, prefix: str, suffixes: Sequence[str], max_new_tokens: int, *,
                        prefill_tokens: int = DEFAULT_PREFILL_TOKENS) -> list[str]:
    """`generate_with_shared_prefix` on an `HFBackend`'s model, holding its lock (one forward at a time).
    Prompts are not truncated here (see `generate_requests_on_backend`, which is)."""
    with backend._lock:
        return generate_with_shared_prefix(backend.model, backend.tokenizer, prefix, suffixes, max_new_tokens,
                                           batch_size=backend.batch_size, prefill_tokens=prefill_tokens)


def generate_requests_on_backend(backend: Any, requests: Sequence[Any], *,
                                 prefill_tokens: int = DEFAULT_PREFILL_TOKENS) -> list[Any]:
    """`backend.generate(requests)` for greedy single-sample requests on an `HFBackend`, with the shared
    token prefix of the prompts computed once. Same results (texts, finish reasons, token counts).

    Requests the shared-prefix path cannot serve identically go through the backend's plain generation:
    sampled, n > 1 or stop-string configs (and configs other than the first request's), prompts that fail
    to encode, prompts the backend would truncate to fit its context (it keeps their end, so they no longer
    share the prefix), and all of them when fewer than two remain, they share no prefix, or the model is
    not full-attention. Blocking: call it from a worker thread, as the backend generates.
    """
    from safetylab.core.records import GenerationResult

    requests = list(requests)
    results: list[GenerationResult | None] = [None] * len(requests)
    eligible: list[tuple[int, list[int]]] = []
    limit = backend.context_length
    for i, req in enumerate(requests):
        config = req.config
        if not config.greedy or config.n != 1 or config.stop or config != requests[0].config:
            continue
        try:
            ids = backend.encode(req)
        except Exception:  # noqa: BLE001 - the plain path reports the error for this request
            continue
        if ids and (limit is None or len(ids) + config.max_new_tokens <= limit):  # as `_fit`: no truncation
            eligible.append((i, ids))
    usable = (len(eligible) >= 2 and common_prefix_length([ids for _, ids in eligible]) > 0
              and supports_shared_prefix(backend.model))
    if usable:
        config = requests[eligible[0][0]].config
        t0 = time.perf_counter()
        with backend._lock:
            new = greedy_with_shared_prefix(
                backend.model, [ids for _, ids in eligible], config.max_new_tokens,
                eos_token_ids=sorted(backend._eos_ids()), pad_token_id=_pad_id(backend.tokenizer),
                batch_size=backend.batch_size, prefill_tokens=prefill_tokens)
        latency = time.perf_counter() - t0
        for (i, ids), row in zip(eligible, new, strict=True):
            results[i] = GenerationResult(request_id=requests[i].id, prompt_tokens=len(ids), latency_s=latency,
                                          choices=[backend._choice(row, config)])
    rest = [i for i, r in enumerate(results) if r is None]
    if rest:
        if usable:
            log.info("%s: %d of %d prompts generated without the shared-prefix cache (truncated, "
                     "not greedy or not encodable)", getattr(backend, "name", "backend"), len(rest), len(requests))
        for i, res in zip(rest, backend._generate_sync([requests[i] for i in rest]), strict=True):
            results[i] = res
    return results  # type: ignore[return-value]


def _pad_id(tokenizer: Any) -> int:
    for candidate in (tokenizer.pad_token_id, tokenizer.eos_token_id):
        if candidate is not None:
            return candidate
    return 0
