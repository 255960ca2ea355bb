"""Windows over texts longer than the encoder reads, so the guard judges the whole input.

Why: the encoder truncates at its window (256 tokens for MiniLM), so a harmful request after 2,000
characters of benign text was never read (recall 0.04, issue 18). A long text is cut into overlapping
windows of whole tokens; the guard scores every window and keeps the most harmful one (harm = the max over
windows), which also keeps a short text's score exactly what it was.
"""

from __future__ import annotations

from typing import Any


def split_windows(tokenizer: Any, text: str, size: int, stride: int) -> list[str]:
    """`text` as character spans of at most `size` tokens, each starting `stride` tokens after the last
    (the last window ends at the text's end); a text that fits is returned whole."""
    if size < 1 or not 0 < stride <= size:
        raise ValueError(f"window size {size} / stride {stride}: need 0 < stride <= size")
    offsets = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, truncation=False,
                        verbose=False)["offset_mapping"]
    if len(offsets) <= size:
        return [text]
    starts = list(range(0, len(offsets) - size, stride)) + [len(offsets) - size]
    return [text[offsets[s][0]:offsets[s + size - 1][1]] for s in starts]
