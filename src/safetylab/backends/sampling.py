"""Temperature + top-p filtering for local sampling: transformers' arithmetic, a faster sort on CPU.

transformers' `TopPLogitsWarper` sorts the whole vocabulary every step. On a CPU that sort is the largest
single cost of sampling a short continuation with a small model (SmolLM2-135M, 40 rows: ~30 % of the CPU
time, more than the decode's matmuls), and it is paid per row. `SortedTopP` runs the same steps on the same
sorted values — softmax, cumulative sum, cut at 1 - top_p, keep at least one token — so it removes the
same tokens; only the sort differs: on CPU, float32 scores are sorted as unique int64 keys (the float's
order-preserving bits, then the token index) with numpy's vectorized sort, ~4x faster. Equal scores are
ordered by token index (a stable sort); torch's CPU sort orders them arbitrarily, so the two can differ only
where equal scores straddle the cut (`tests/backends/test_sampling.py` checks both).
"""

from __future__ import annotations

from typing import Any

from transformers import LogitsProcessor, LogitsProcessorList, TemperatureLogitsWarper

__all__ = ["SortedTopP", "sampling_processors", "sort_ascending"]


def sort_ascending(scores: Any) -> tuple[Any, Any]:
    """(values, indices) of each row sorted ascending, equal values in index order (as
    `torch.sort(stable=True)`); float32 CPU rows go through numpy's sort of unique int64 keys."""
    import numpy as np
    import torch

    if scores.device.type != "cpu" or scores.dtype != torch.float32 or scores.dim() != 2:
        return torch.sort(scores, dim=-1, stable=True)
    vocab = scores.shape[-1]
    index_bits = max(1, (vocab - 1).bit_length())
    bits = scores.detach().contiguous().numpy().view(np.int32).astype(np.int64)
    # negative floats order by descending magnitude: map their bits to minus the magnitude
    keys = np.where(bits < 0, -(bits & 0x7FFFFFFF), bits) << index_bits
    keys |= np.arange(vocab, dtype=np.int64)
    keys.sort(axis=-1)
    indices = torch.from_numpy(keys & ((1 << index_bits) - 1))
    return scores.gather(-1, indices), indices


class SortedTopP(LogitsProcessor):
    """Nucleus filtering: keep the most likely tokens whose probabilities sum to `top_p`, as transformers'
    `TopPLogitsWarper` does, with `sort_ascending` for its sort."""

    def __init__(self, top_p: float, min_tokens_to_keep: int = 1):
        if not 0.0 < top_p < 1.0:
            raise ValueError(f"top_p must be in (0, 1) for filtering, got {top_p}")
        self.top_p, self.min_tokens_to_keep = float(top_p), min_tokens_to_keep

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        sorted_scores, sorted_indices = sort_ascending(scores)
        cumulative = sorted_scores.softmax(dim=-1).cumsum(dim=-1)
        remove = cumulative <= (1 - self.top_p)
        remove[..., -self.min_tokens_to_keep:] = False
        remove = remove.scatter(1, sorted_indices, remove)
        return scores.masked_fill(remove, -float("inf"))


def sampling_processors(temperature: float, top_p: float) -> LogitsProcessorList:
    """The warpers `generate` would add for (temperature, top_p), in its order, with `SortedTopP` for its
    top-p; pass them as `logits_processor` with `temperature=1.0, top_p=1.0` so it adds none itself."""
    processors = LogitsProcessorList()
    if temperature != 1.0:
        processors.append(TemperatureLogitsWarper(temperature))
    if top_p < 1.0:
        processors.append(SortedTopP(top_p))
    return processors
