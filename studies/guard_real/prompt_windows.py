"""Prompt harm per real prompt source under both prompt-window schemes (token windows, sentence windows).

Why: sentence windows lift recall after benign context (context_recall.py); this measures what they cost on
the card's own prompt sources, where only prompts longer than one window can change (a prompt that fits is
read whole either way, so only those are scored twice).

    cd studies/guard_real && python prompt_windows.py
"""

from __future__ import annotations

import json

import numpy as np

from data import prompt_rows
from safetylab.guards.base import GuardItem
from safetylab.guards.compact.guard import PROMPT_WINDOWS, CompactGuard, load_encoder


def main() -> None:
    rows = prompt_rows()
    encoder = load_encoder()
    guards = {mode: CompactGuard(prompt_windows=mode, encoder=encoder, batch_size=32) for mode in PROMPT_WINDOWS}
    first = guards[PROMPT_WINDOWS[0]]
    lengths = [len(ids) for ids in first.encoder.tokenizer([r.prompt for r in rows], add_special_tokens=False,
                                                           truncation=False, verbose=False)["input_ids"]]
    long = np.array(lengths) > first.prompt_window
    base = first.probabilities([GuardItem(prompt=r.prompt) for r, lg in zip(rows, long, strict=True) if not lg])
    y = np.array([r.label for r in rows])
    src = np.array([r.source for r in rows])
    out: dict[str, dict] = {"guard": first.identity(), "long_prompts": int(long.sum())}
    for mode, guard in guards.items():
        prob = np.zeros(len(rows))
        prob[~long] = base["prompt_harm"]
        prob[long] = guard.probabilities([GuardItem(prompt=r.prompt) for r, lg in zip(rows, long, strict=True)
                                          if lg])["prompt_harm"]
        pred = prob >= guard.thresholds["prompt_harm"]
        for s in sorted(set(src)):
            m = src == s
            tp, fp, fn = (pred & y & m).sum(), (pred & ~y & m).sum(), (~pred & y & m).sum()
            res = {"n": int(m.sum()), "long": int((long & m).sum()), "flagged": int((pred & m).sum())}
            if y[m].all():
                res["recall"] = round(tp / m.sum(), 4)
            elif y[m].any():
                res["f1"] = round(2 * tp / max(1, 2 * tp + fp + fn), 4)
            out.setdefault(s, {})[mode] = res
            print(f"{s:14s} {mode:9s} {res}", flush=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
