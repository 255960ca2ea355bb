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
from safetylab.guards.compact.train import summary_metrics


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
        t = guard.thresholds["prompt_harm"]
        for s in sorted(set(src)):
            m = src == s
            res = {"n": int(m.sum()), "long": int((long & m).sum()), "flagged": int((prob[m] >= t).sum())}
            if y[m].any():  # recall alone where every row is harmful, F1 where both classes are
                key = "recall" if y[m].all() else "f1"
                res[key] = summary_metrics(y[m], prob[m], t)[key]
            out.setdefault(s, {})[mode] = res
            print(f"{s:14s} {mode:9s} {res}", flush=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
