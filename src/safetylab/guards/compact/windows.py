"""Windows over texts longer than the encoder reads, so the guard judges the whole input.

Why: the encoder truncates at its window (256 tokens for MiniLM), so a harmful request after 2,000
characters of benign text was never read (recall 0.04, issue 18). A long text is cut into overlapping
windows of whole tokens; the guard scores every window and keeps the most harmful one (harm = the max over
windows), which also keeps a short text's score exactly what it was.

Prompts are cut at sentence starts (`sentence_windows`): a token window that starts mid-context holds a short
request beside half a window of benign text, which dilutes it (held-out recall after 2,000 characters of
context: CatQA 0.786 and DangerousQA 0.505 with 64-token windows; 0.972 / 0.954 with sentence windows;
studies/guard_real/context_recall.py).
"""

from __future__ import annotations

import re
from typing import Any

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


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


def sentence_windows(tokenizer: Any, text: str, size: int, stride: int) -> list[str]:
    """`text` as windows that each start at a sentence and hold as many whole sentences as fit in `size`
    tokens (a sentence longer than that is cut by `split_windows`); a text that fits is returned whole."""
    if len(tokenizer(text, add_special_tokens=False, truncation=False, verbose=False)["input_ids"]) <= size:
        return [text]
    cuts = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    bounds = zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(text)], strict=True)
    spans = [(a, b) for a, b in bounds if text[a:b].strip()]
    lengths = [len(ids) for ids in tokenizer([text[a:b] for a, b in spans], add_special_tokens=False,
                                             truncation=False, verbose=False)["input_ids"]]
    out: list[str] = []
    for i, (a, b) in enumerate(spans):
        if lengths[i] > size:
            out += split_windows(tokenizer, text[a:b], size, stride)
            continue
        j, used = i + 1, lengths[i]
        while j < len(spans) and used + lengths[j] <= size:
            used, j = used + lengths[j], j + 1
        out.append(text[a:spans[j - 1][1]])
    return list(dict.fromkeys(out))
