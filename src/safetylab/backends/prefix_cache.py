"""Greedy batched generation that computes a shared prompt prefix once (WildGuard-format inference).

Every WildGuard input starts with the same long instruction; only the human/assistant texts differ. Plain
batched generation runs that instruction through the model once per row. Here the prefix's KV cache is
computed once, repeated over the batch, and only the suffixes are run, padded *between* prefix and suffix::

    [ shared prefix | pad pad | suffix tokens ] -> decode

The pads are masked out and the suffix tokens get the positions they would have without padding, so every
row sees exactly what plain generation sees and the greedy tokens are the same (for full-attention models;
sliding-window layers would count the pad slots into their window).

The shared part is the longest common *token* prefix of the fully tokenized texts, not the tokens of the
prefix string alone, so a BPE merge across the prefix/suffix boundary cannot make the outputs differ.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

__all__ = ["common_prefix_length", "eos_token_ids", "generate_on_backend", "generate_with_shared_prefix",
           "greedy_with_shared_prefix"]


def common_prefix_length(sequences: Sequence[Sequence[int]]) -> int:
    """Length of the longest token prefix shared by all sequences, leaving each at least one own token
    (the last prompt token must be run with the batch to give the first next-token logits)."""
    limit = min(len(s) for s in sequences) - 1
    first = sequences[0]
    n = 0
    while n < limit and all(s[n] == first[n] for s in sequences):
        n += 1
    return n


def greedy_with_shared_prefix(model: Any, sequences: Sequence[Sequence[int]], max_new_tokens: int, *,
                              eos_token_ids: Sequence[int] = (), pad_token_id: int = 0,
                              batch_size: int = 32) -> list[list[int]]:
    """Greedy new token ids for each prompt (token id lists sharing a prefix), in input order.

    Rows stop at the first end-of-sequence token (kept in the output) or after `max_new_tokens`.
    Prompts are processed in chunks of `batch_size`, sorted by length so chunks carry little padding;
    the prefix is computed once for all chunks.
    """
    import torch

    if not sequences:
        return []
    if max_new_tokens < 1:
        raise ValueError("max_new_tokens must be >= 1")
    shared = common_prefix_length(sequences)
    if shared == 0:
        raise ValueError("the prompts share no token prefix; use plain batched generation")
    device = next(model.parameters()).device
    with torch.inference_mode():
        prefix = torch.tensor([list(sequences[0][:shared])], device=device)
        prefix_cache = model(input_ids=prefix, use_cache=True, logits_to_keep=1).past_key_values
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
        out: list[list[int]] = [[] for _ in sequences]
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            suffixes = [list(sequences[i][shared:]) for i in chunk]
            for i, new in zip(chunk, _decode_chunk(model, prefix_cache, shared, suffixes, max_new_tokens,
                                                   set(eos_token_ids), pad_token_id, device), strict=True):
                out[i] = new
    return out


def _decode_chunk(model: Any, prefix_cache: Any, shared: int, suffixes: list[list[int]], max_new_tokens: int,
                  eos: set[int], pad_token_id: int, device: Any) -> list[list[int]]:
    import torch

    rows, width = len(suffixes), max(len(s) for s in suffixes)
    ids = torch.full((rows, width), pad_token_id, dtype=torch.long)
    mask = torch.zeros((rows, shared + width), dtype=torch.long)
    mask[:, :shared] = 1
    positions = torch.full((rows, width), shared, dtype=torch.long)  # pad slots: masked, any position
    for r, suffix in enumerate(suffixes):
        n = len(suffix)
        ids[r, width - n:] = torch.tensor(suffix)
        mask[r, shared + width - n:] = 1
        positions[r, width - n:] = torch.arange(shared, shared + n)
    next_pos = torch.tensor([shared + len(s) for s in suffixes])
    ids, mask, positions, next_pos = (t.to(device) for t in (ids, mask, positions, next_pos))

    cache = copy.deepcopy(prefix_cache)
    cache.batch_repeat_interleave(rows)
    logits = model(input_ids=ids, attention_mask=mask, position_ids=positions, past_key_values=cache,
                   use_cache=True, logits_to_keep=1).logits[:, -1]
    alive = list(range(rows))  # original row of each batch row still decoding
    new: list[list[int]] = [[] for _ in suffixes]
    for step in range(max_new_tokens):
        tokens = logits.argmax(-1)
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
        logits = model(input_ids=tokens[:, None], attention_mask=mask, position_ids=next_pos[:, None],
                       past_key_values=cache, use_cache=True, logits_to_keep=1).logits[:, -1]
        next_pos = next_pos + 1
    return new


def generate_with_shared_prefix(model: Any, tokenizer: Any, prefix: str, suffixes: Sequence[str],
                                max_new_tokens: int, *, batch_size: int = 32) -> list[str]:
    """Greedy completions of `prefix + suffix` for each suffix, decoded without special tokens.

    Tokenizes like plain generation (`add_special_tokens=True`), so the outputs equal those of
    `model.generate(do_sample=False)` on the full texts; stops at the tokenizer's / model's EOS ids.
    """
    sequences = [tokenizer(prefix + s, add_special_tokens=True)["input_ids"] for s in suffixes]
    new = greedy_with_shared_prefix(model, sequences, max_new_tokens, eos_token_ids=eos_token_ids(model, tokenizer),
                                    pad_token_id=_pad_id(tokenizer), batch_size=batch_size)
    return tokenizer.batch_decode(new, skip_special_tokens=True)


def eos_token_ids(model: Any, tokenizer: Any) -> list[int]:
    """End-of-sequence ids: the generation config's plus the tokenizer's (as `HFBackend` cuts its text)."""
    eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    ids = list(eos) if isinstance(eos, (list, tuple)) else [] if eos is None else [eos]
    if tokenizer.eos_token_id is not None and tokenizer.eos_token_id not in ids:
        ids.append(tokenizer.eos_token_id)
    return ids


def generate_on_backend(backend: Any, prefix: str, suffixes: Sequence[str], max_new_tokens: int) -> list[str]:
    """`generate_with_shared_prefix` on an `HFBackend`'s model, holding its lock (one forward at a time)."""
    with backend._lock:
        return generate_with_shared_prefix(backend.model, backend.tokenizer, prefix, suffixes, max_new_tokens,
                                           batch_size=backend.batch_size)


def _pad_id(tokenizer: Any) -> int:
    for candidate in (tokenizer.pad_token_id, tokenizer.eos_token_id):
        if candidate is not None:
            return candidate
    return 0
