"""`SortedTopP` removes exactly the tokens transformers' `TopPLogitsWarper` removes, and seeded sampling with
the backend's processors draws the same tokens as `generate`'s own warpers."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM, TopPLogitsWarper

from safetylab.backends.sampling import SortedTopP, sampling_processors, sort_ascending


def test_sort_ascending_is_a_stable_sort_of_every_float() -> None:
    torch.manual_seed(0)
    scores = torch.randn(5, 3000) * 4
    scores[:, 10:40] = 0.25                      # ties, ordered by index
    scores[0, 5], scores[0, 6] = 0.0, -0.0       # equal zeros
    scores[1, :7] = -float("inf")                # already filtered
    scores[2, 100] = float("inf")
    scores[3] = -scores[3].abs()                 # all negative
    values, indices = sort_ascending(scores)
    want_values, want_indices = torch.sort(scores, dim=-1, stable=True)
    assert torch.equal(values, want_values)
    assert torch.equal(indices, want_indices)
    assert torch.equal(scores.gather(-1, indices), values)


@pytest.mark.parametrize("top_p", [0.1, 0.7, 0.95])
def test_sorted_top_p_matches_transformers(top_p: float) -> None:
    torch.manual_seed(1)
    scores = torch.randn(16, 49152) * torch.linspace(0.5, 8, 16)[:, None]  # flat to peaked rows
    want = TopPLogitsWarper(top_p)(None, scores.clone())
    got = SortedTopP(top_p)(None, scores.clone())
    assert torch.equal(got, want)
    kept = (got > -float("inf")).sum(-1)
    assert kept.min() >= 1 and kept.max() < scores.shape[-1]  # it filtered something, and kept something


def test_sorted_top_p_rejects_a_no_op() -> None:
    with pytest.raises(ValueError, match="top_p"):
        SortedTopP(1.0)
    assert len(sampling_processors(1.0, 1.0)) == 0


def test_seeded_sampling_draws_what_generate_draws(tiny_model_dir: Path) -> None:
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    ids = torch.tensor([[3, 17, 42, 9, 88], [3, 5, 61, 7, 12]])
    runs = []
    for kw in ({"temperature": 0.8, "top_p": 0.7},
               {"temperature": 1.0, "top_p": 1.0, "logits_processor": sampling_processors(0.8, 0.7)}):
        torch.manual_seed(5)
        out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), do_sample=True, top_k=0,
                             max_new_tokens=24, num_return_sequences=6, pad_token_id=0, **kw)
        runs.append(out)
    assert torch.equal(runs[0], runs[1])
    assert len({tuple(r.tolist()) for r in runs[0]}) > 1  # sampled, not one greedy row
