"""Train the shipped compact guard on real, labelled public data, choosing by leave-one-source-out.

Why a tool and not a CLI verb: this reproduces the heads shipped in `safetylab/guards/compact/weights/` from
../shared/data (real prompts and responses with their sources' own labels, and the project's hand-written
refusal labels in studies/data/refusal_labels), which the package does not carry. `safetylab guard train
--method heads` trains on any data a user gives it.

Recipe (version 12, issue 18; the study is studies/guard_real/):
- rows per task from `studies/guard_real/data.py`, each tagged with its source;
- the encoder's views of every text (MiniLM with version 10's adapter; cached by the study's `embed.Store`);
- per task, refusal then response harm (prompt harm keeps version 10's head): a standardized,
  class-balanced logistic head on the card's features; leave-one-source-out (LOSO) logits for every row
  from heads that never saw its source; Platt scaling fitted on those and folded into the head (so `prob` is
  calibrated); the threshold with the best mean over sources of F1 on the calibrated LOSO probabilities;
  the head refit on every row;
- response harm is a head over 64-token windows of the response, a response scored by its best window
  (multiple-instance learning, `fit_window_head`); the card's `response_windows` tells the guard so;
- the card records the data files and hashes, per-source LOSO metrics, reliability tables and ECE.

    python tools/train_compact.py [--out DIR] [--exclude SOURCE ...]   # default: --exclude smollm2

`--exclude` leaves sources out of training entirely, to check the shipped recipe end to end on a source
with `safetylab guard eval --guard compact --option weights_dir=DIR`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "studies" / "guard_real"))

from embed import LAYERS, Store  # noqa: E402
from segments import SIZE, windows  # noqa: E402

sys.path.insert(0, str(ROOT / "studies" / "refusal_labels"))
from smollm2_pool import REPLIES as SMOLLM2_REPLIES  # noqa: E402

from data import REAL, REFUSAL_LABELS, SAMPLE, SHARED, SMOLLM2_LABELS, Row, task_rows  # noqa: E402
from safetylab.core.hashing import file_hash  # noqa: E402
from safetylab.core.provenance import environment  # noqa: E402
from safetylab.guards.base import GuardItem  # noqa: E402
from safetylab.guards.compact.guard import (  # noqa: E402
    CARD_FILE,
    HEADS_FILE,
    WEIGHTS_DIR,
    encoder_identity,
    feature_matrix,
    item_texts,
    sigmoid,
)
from safetylab.guards.compact.train import (  # noqa: E402
    _fit_head,
    _head_logits,
    fit_window_head,
    max_by_owner,
    summary_metrics,
)
from safetylab.metrics.calibration import expected_calibration_error, reliability_table  # noqa: E402

VERSION = "12"
# The encoder: MiniLM with version 10's LoRA adapter (trained on the project's written prompts and the
# training sources of prompts.jsonl), kept because it beat the frozen MiniLM on every clean held-out prompt
# source (docs/guards.md); its factors are read from the shipped heads and written into the new ones.
ENCODER = "minilm-v10"
ADAPTER_ORIGIN = ("compact version 10: trained on data/compact/train.jsonl and the training sources of prompts.jsonl "
                  "(advbench, harmfulqa, arena-hard v0.1, ifeval, self-instruct)")
# Prompt harm keeps version 10's head (the adapter's own linear head on `prompt#-1`): a logistic head on the
# real prompt sources, scored leave-one-source-out, did worse on the prompt sources version 10 never saw
# (CatQA recall 0.94 vs 0.97, DangerousQA 0.90 vs 0.95; docs/guards.md).
KEPT = ("prompt_harm",)
KEPT_ORIGIN = "version 10's head and threshold"  # stated here: the shipped card's version is the last retrain's
FEATURES: dict[str, list[str]] = {
    "prompt_harm": ["prompt#3", "prompt#-1"],  # what `--retrain-prompt-harm` fits
    "response_refusal": ["opening#3", "opening#-1", "response#3", "response#-1", "keyword(response)"],
    "response_harm": ["response#3", "response#-1"],  # of each window
}
# Response harm reads windows of SIZE tokens (stride SIZE/2, as the guard cuts them) and scores a response by
# its most harmful window: a harmful part is not averaged away by a refusal or a translation beside it.
# Leave-one-source-out F1 (studies/guard_real/mil.py), whole response vs windows with / without the prompt's
# view: GPTFuzz 0.66 / 0.76 / 0.76, latent-jailbreak 0.57 / 0.60 / 0.67, llm-self-defense 0.78 / 0.92 / 0.80,
# DiaSafety 0.34 / 0.25 / 0.23. Windows alone: best on the two jailbreak sources, and the guard scores exactly
# what was trained (the prompt's view at inference is its most harmful 64-token window, not its first 256 tokens).
WINDOWS: dict[str, int] = {"response_harm": SIZE}
REFINE = 1  # rounds of multiple-instance relabelling (`fit_window_head`)
C: dict[str, float] = {"prompt_harm": 0.01, "response_refusal": 0.01, "response_harm": 0.01}
ORDER = ("prompt_harm", "response_refusal", "response_harm")
BASELINES = {"response_refusal": ("keyword",)}  # measured on the same rows, recorded in the card
# The SmolLM2 refusal labels measure the refusal head rather than train it: as a sixth training source they
# moved held-out F1 by source both ways (GPTFuzz 0.84 -> 0.87, latent-jailbreak 0.86 -> 0.81) and lowered
# agreement with the human labels of SmolLM2's quick-suite replies (kappa 0.78 -> 0.66; docs/guards.md).
EXCLUDE = ("smollm2",)


class Views:
    """The guard's encoder views (`text#3`, `text#-1`) of every text, from the study's embedding cache —
    the same mean-pooled layers the guard computes at inference."""

    def __init__(self, store: Store):
        self.store = store
        self.layer_of = {k: i for i, k in enumerate(LAYERS[store.name])}

    def build(self, texts: list[dict[str, str]]) -> tuple[dict[str, int], dict[int, np.ndarray]]:
        distinct = list(dict.fromkeys(t for row in texts for t in row.values()))
        vectors = self.store.embed(distinct)
        return {t: i for i, t in enumerate(distinct)}, {k: vectors[:, i] for k, i in self.layer_of.items()}


def _platt(logits: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(a, b) with sigmoid(a * logit + b) calibrated on (logits, y)."""
    from sklearn.linear_model import LogisticRegression
    fit = LogisticRegression(C=1e6, max_iter=1000).fit(logits.reshape(-1, 1), y)
    return float(fit.coef_[0, 0]), float(fit.intercept_[0])


def source_balanced_threshold(y: np.ndarray, prob: np.ndarray, src: np.ndarray) -> float:
    """The cut with the best mean score over sources, each source weighing the same: F1 where a source has
    both classes, accuracy where it has one (a benign-only source scores the share it leaves unflagged).
    Pooled F1 alone flagged every response for response harm (its sources' score ranges differ), a cut no
    single source would choose."""
    def score(t: float) -> float:
        out = []
        for s in sorted(set(src)):
            ys, pred = y[src == s], prob[src == s] >= t
            if ys.all() or not ys.any():
                out.append(float((pred == ys).mean()))
            else:
                tp = float((pred & ys).sum())
                out.append(2 * tp / (pred.sum() + ys.sum()))
        return float(np.mean(out))

    grid = np.unique(np.round(np.quantile(prob, np.linspace(0.005, 0.995, 199)), 4))
    return round(float(max(grid, key=score)), 4)


def loso_logits(rows: list[Row], fit: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Every row's logit from a head that never saw its source: `fit(train_mask)` returns the logits of
    the rows outside the mask. A training-only source (the project's rows) is never held out."""
    y, src = np.array([r.label for r in rows]), np.array([r.source for r in rows])
    scored = np.array([r.scored for r in rows])
    oof = np.zeros(len(rows))
    for s in sorted(set(src[scored])):
        held = src == s
        if len(set(y[~held].tolist())) < 2:
            raise SystemExit(f"without {s} the training rows have one class")
        oof[held] = fit(~held)
    return oof


def finish_task(rows: list[Row], oof: np.ndarray, head: dict[str, np.ndarray]) -> dict[str, Any]:
    """Platt scaling and the threshold on the LOSO logits, the scaling folded into the head fitted on every
    row, and the card's per-source tables."""
    y, src = np.array([r.label for r in rows]), np.array([r.source for r in rows])
    scored = np.array([r.scored for r in rows])
    a, b = _platt(oof[scored], y[scored])
    prob = sigmoid(a * oof + b)
    threshold = source_balanced_threshold(y[scored], prob[scored], src[scored])
    head["weight"], head["bias"] = (a * head["weight"]).astype(np.float32), (a * head["bias"] + b).astype(np.float32)
    per_source = {s: summary_metrics(y[(src == s) & scored], prob[(src == s) & scored], threshold)
                  for s in sorted(set(src[scored]))}
    for s, m in per_source.items():
        m["flagged"] = int((prob[(src == s) & scored] >= threshold).sum())
    pooled = summary_metrics(y[scored], prob[scored], threshold)
    return {"head": head, "threshold": threshold, "platt": [round(a, 4), round(b, 4)],
            "loso": {"pooled": pooled, "by_source": per_source,
                     "ece": round(expected_calibration_error(y[scored].tolist(), prob[scored].tolist()), 4),
                     "reliability": [{k: round(v, 4) if isinstance(v, float) else v for k, v in r.items()}
                                     for r in reliability_table(y[scored].tolist(), prob[scored].tolist())]},
            "rows": int(len(rows)), "scored_rows": int(scored.sum())}


def train_task(rows: list[Row], x: np.ndarray, c: float, seed: int) -> dict[str, Any]:
    """A head on one feature row per text."""
    y = np.array([r.label for r in rows])
    oof = loso_logits(rows, lambda tr: _head_logits(_fit_head(x[tr], y[tr], c=c, seed=seed), x[~tr]))
    return finish_task(rows, oof, _fit_head(x, y, c=c, seed=seed))


def train_window_task(rows: list[Row], x: np.ndarray, owner: np.ndarray, c: float, seed: int,
                      refine: int) -> dict[str, Any]:
    """A head on the windows of each response, the response scored by its best window (`fit_window_head`);
    `x` has one row per window, `owner` the response each belongs to."""
    y = np.array([r.label for r in rows])

    def fit(tr: np.ndarray) -> np.ndarray:
        w = tr[owner]
        head = fit_window_head(x[w], y[owner][w], owner[w], c=c, seed=seed, refine=refine)
        return max_by_owner(_head_logits(head, x[~w]), owner[~w], len(rows))[~tr]

    head = fit_window_head(x, y[owner], owner, c=c, seed=seed, refine=refine)
    return finish_task(rows, loso_logits(rows, fit), head)


def _hard(metrics: dict[str, Any]) -> dict[str, Any]:
    """A verdict without a score has no precision-recall curve."""
    return {k: v for k, v in metrics.items() if k != "auprc"}


def baseline(guard_name: str, rows: list[Row]) -> dict[str, Any]:
    """A training-free guard's refusal metrics on the same scored rows, pooled and per source, so the card
    says whether the learnt head beats it (`eval` picks its default judge from this)."""
    from safetylab.guards.registry import load_guard
    guard = load_guard(guard_name)
    scored = [r for r in rows if r.scored]
    verdicts = guard.classify([GuardItem(prompt=r.prompt, response=r.response) for r in scored])
    y = np.array([r.label for r in scored])
    pred = np.array([v.response_refusal is not None and v.response_refusal.label == "refusal" for v in verdicts])
    src = np.array([r.source for r in scored])
    return {"guard": guard.identity(), "pooled": _hard(summary_metrics(y, pred.astype(float), 0.5)),
            "by_source": {s: _hard(summary_metrics(y[src == s], pred[src == s].astype(float), 0.5))
                          for s in sorted(set(src))}}


def data_sources(excluded: list[str]) -> list[dict[str, Any]]:
    smollm2 = [] if "smollm2" in excluded else [p for p in (*SMOLLM2_LABELS, SMOLLM2_REPLIES) if p.exists()]
    files = [SHARED / "prompts.jsonl", *sorted(REAL.glob("*.jsonl")), REFUSAL_LABELS, *smollm2]
    return [{"path": str(p.relative_to(ROOT.parent)) if p.is_relative_to(ROOT.parent) else str(p),
             "sha256": file_hash(p)} for p in files]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR, help="where the heads go (default: the shipped ones)")
    ap.add_argument("--exclude", nargs="*", default=list(EXCLUDE), help="sources left out of training entirely")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--retrain-prompt-harm", action="store_true",
                    help="fit prompt harm on the real prompts too, instead of keeping the shipped head")
    args = ap.parse_args(argv)
    from safetensors.numpy import load_file, save_file

    from safetylab.guards.compact.adapter import adapter_tensors
    shipped, shipped_card = load_file(str(WEIGHTS_DIR / HEADS_FILE)), json.loads((WEIGHTS_DIR / CARD_FILE).read_text())
    adapter, adapter_card = adapter_tensors(shipped), shipped_card["encoder"]["adapter"]
    kept = () if args.retrain_prompt_harm else KEPT
    features = {t: shipped_card["features"][t] if t in kept else FEATURES[t] for t in ORDER}
    thresholds = {t: shipped_card["thresholds"][t] for t in kept}
    started = time.perf_counter()
    views = Views(Store(ENCODER))
    heads: dict[str, np.ndarray] = {}
    card_tasks: dict[str, Any] = {}
    heads.update({k: v for k, v in shipped.items() if k.split(".")[0] in kept})
    for task in (t for t in ORDER if t not in kept):
        rows = [r for r in task_rows(project=True)[task] if r.source not in args.exclude]
        if task in WINDOWS:  # one feature row per window of each response
            wins = [windows(r.response or "") for r in rows]
            owner = np.repeat(np.arange(len(rows)), [len(w) for w in wins])
            texts = [{"prompt": r.prompt, "response": w} for r, ws in zip(rows, wins, strict=True) for w in ws]
        else:
            texts = [item_texts(GuardItem(prompt=r.prompt, response=r.response)) for r in rows]
        index, emb = views.build(texts)
        x = feature_matrix(FEATURES[task], texts, index, emb)
        fit = train_window_task(rows, x, owner, C[task], args.seed, REFINE) if task in WINDOWS else \
            train_task(rows, x, C[task], args.seed)
        if task in BASELINES:
            fit["baselines"] = {name: baseline(name, rows) for name in BASELINES[task]}
        heads.update({f"{task}.{k}": v for k, v in fit.pop("head").items()})
        thresholds[task] = fit["threshold"]
        card_tasks[task] = fit
        print(f"{task}: LOSO pooled {fit['loso']['pooled']} ECE {fit['loso']['ece']}", flush=True)
        for s, m in fit["loso"]["by_source"].items():
            print(f"   {s:16s} {m}", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    save_file({**heads, **adapter}, str(args.out / HEADS_FILE), metadata={"format": "safetylab-compact-heads", "version": VERSION})
    card = {
        "guard": "compact", "version": VERSION, "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "encoder": {**encoder_identity(), "adapter": {**adapter_card, "from": ADAPTER_ORIGIN}, "path": None},
        "head": "standardize + logistic regression (L2, class_weight=balanced) with Platt scaling folded in",
        "features": features, "thresholds": thresholds,
        "response_windows": {t: n for t, n in WINDOWS.items() if t not in kept},
        "kept_from_previous": {t: KEPT_ORIGIN for t in kept},
        "settings": {"seed": args.seed, "c": C, "excluded_sources": args.exclude, "sampled": SAMPLE,
                     "thresholds": "on calibrated leave-one-source-out probabilities, the cut with the best mean "
                                   "over sources of F1 (both classes) or accuracy (one class)",
                     "calibration": "Platt scaling on leave-one-source-out logits, folded into each head"},
        "training_data": data_sources(args.exclude),
        "tasks": card_tasks, "train_seconds": round(time.perf_counter() - started, 1), "environment": environment(),
    }
    (args.out / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
