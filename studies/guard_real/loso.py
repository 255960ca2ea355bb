"""Leave-one-source-out (LOSO) validation of guard designs on real data: train on every source but one,
score the one left out, report per source and pooled over all held-out predictions.

    cd studies/guard_real && python loso.py --encoder minilm --task response_harm

A design is a list of feature blocks over the cached encoder views (see embed.py): `prompt`, `response`,
`opening` (first sentences), each `text:layer` (`response:0` = the first cached layer) or all layers, and
`a*b` products. The head is standardize + class-balanced logistic regression. Thresholds: 0.5 (balanced
classes make 0.5 the natural cut), or nested LOSO (`--threshold nested`: the source-balanced cut of train_compact.py on
the training sources' own LOSO predictions, never on the held-out source).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

import numpy as np
from embed import Store

from data import ROOT, Row, task_rows

sys.path.insert(0, str(ROOT / "tools"))
import train_compact as tc  # noqa: E402

from safetylab.guards.compact.guard import opening  # noqa: E402
from safetylab.guards.keyword import phrase_indicators  # noqa: E402

DESIGNS = {
    "prompt_harm": {"p": ["prompt"], "p_last": ["prompt:1"]},
    "response_harm": {"r": ["response"], "pr": ["prompt", "response"], "ro": ["response", "opening"], "pro": ["prompt", "response", "opening"],
                      "proP": ["prompt", "response", "opening", "phrases(opening)", "phrases(response)"]},
    "response_refusal": {"o": ["opening"], "or": ["opening", "response"], "P": ["phrases(opening)",
                         "phrases(response)"], "orP": ["opening", "response", "phrases(opening)",
                         "phrases(response)"], "porP": ["prompt", "opening", "response", "phrases(opening)",
                         "phrases(response)"], "orP+e5": ["opening", "response", "phrases(opening)",
                         "phrases(response)", "e5.opening", "e5.response"],
                         "e5P": ["e5.opening", "e5.response", "phrases(opening)", "phrases(response)"]},
}


def text_of(row: Row, name: str) -> str:
    return {"prompt": row.prompt, "response": row.response or "", "opening": opening(row.response or "")}[name]


def features(rows: Sequence[Row], design: Sequence[str], store: Store) -> np.ndarray:
    """`e5.opening`: a text's view from the multilingual e5 cache beside the main encoder's."""
    cache: dict[str, np.ndarray] = {}
    stores = {"": store}

    def block(part: str) -> np.ndarray:
        if part.startswith("phrases("):  # the keyword guard's phrases, one 0/1 column each
            return phrase_indicators([text_of(r, part[8:-1]) for r in rows])
        name, _, layer = part.partition(":")
        encoder, _, text = name.rpartition(".")
        if name not in cache:
            if encoder not in stores:
                stores[encoder] = Store(encoder)
            cache[name] = stores[encoder].embed([text_of(r, text) for r in rows])
        v = cache[name]
        return v[:, int(layer)] if layer else v.reshape(len(rows), -1)

    out = []
    for spec in design:
        parts = [block(p) for p in spec.split("*")]
        out.append(np.prod(parts, axis=0) if len(parts) > 1 else parts[0])
    return np.concatenate(out, axis=1)


def fit_predict(x_tr: np.ndarray, y_tr: np.ndarray, x_te: np.ndarray, c: float, seed: int = 0) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=3000,
                                                               random_state=seed))
    model.fit(x_tr, y_tr)
    return model.predict_proba(x_te)[:, 1]


def loso(rows: Sequence[Row], x: np.ndarray, c: float, nested: bool) -> tuple[np.ndarray, np.ndarray]:
    """Held-out probability and threshold for every row, each from a model that never saw its source."""
    y = np.array([r.label for r in rows])
    src = np.array([r.source for r in rows])
    probs, thr = np.zeros(len(rows)), np.full(len(rows), 0.5)
    scored = np.array([r.scored for r in rows])
    for s in sorted(set(src[scored])):  # a training-only source is never held out
        te, tr = src == s, src != s
        probs[te] = fit_predict(x[tr], y[tr], x[te], c)
        if nested:
            inner = np.zeros(tr.sum())
            for s2 in sorted(set(src[tr & scored])):
                te2 = src[tr] == s2
                inner[te2] = fit_predict(x[tr][~te2], y[tr][~te2], x[tr][te2], c)
            thr[te] = tc.source_balanced_threshold(y[tr], inner, src[tr])
    return probs, thr


def report(rows: Sequence[Row], probs: np.ndarray, thr: np.ndarray) -> dict:
    y = np.array([r.label for r in rows])
    scored = np.array([r.scored for r in rows])
    src = np.array([r.source for r in rows])
    pred = probs >= thr
    out = {s: tc.summary_metrics(y[(src == s) & scored], probs[(src == s) & scored], float(thr[src == s][0]))
           for s in sorted(set(src[scored]))}
    for s, m in out.items():
        m["flagged"] = int(pred[(src == s) & scored].sum())
    out["pooled"] = tc.summary_metrics(y[scored], np.where(pred, 1.0, 0.0)[scored], 0.5)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--encoder", default="minilm")
    ap.add_argument("--task", required=True)
    ap.add_argument("--design", nargs="*")
    ap.add_argument("--c", type=float, nargs="*", default=[0.01, 0.1])
    ap.add_argument("--project", action="store_true", help="add the project's written rows (training only)")
    ap.add_argument("--threshold", choices=["half", "nested"], default="half")
    args = ap.parse_args()
    rows = task_rows(args.project)[args.task]
    store = Store(args.encoder)
    for name in args.design or DESIGNS[args.task]:
        x = features(rows, DESIGNS[args.task].get(name, [name]), store)
        for c in args.c:
            res = report(rows, *loso(rows, x, c, args.threshold == "nested"))
            line = "  ".join(f"{s} {m['f1']:.3f}" + (f"/{m['auprc']:.2f}" if m.get("auprc") is not None else
                             f" r{m['recall']:.2f}" if m["positives"] else f" flag{m.get('flagged')}/{m['n']}")
                             for s, m in res.items())
            print(f"{args.encoder}{'+project' if args.project else ''} {args.task} {name} C={c}: {line}", flush=True)
            print(json.dumps({"encoder": args.encoder, "task": args.task, "design": name, "c": c, "res": res}),
                  file=open(f"/tmp/loso_{args.encoder}.jsonl", "a"))


if __name__ == "__main__":
    main()
