"""Train the compact guard's heads on WildGuardMix-format data (`safetylab guard train --method heads`).

The encoder stays frozen, so training is: embed every distinct text once (cached on disk by text hash),
fit one standardize + logistic-regression head per task on the rows that carry that task's label, pick
each task's threshold by F1 on a validation split (split by prompt, so a prompt never sits on both
sides), and write `heads.safetensors` + `card.json`. No pickle anywhere.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from safetylab.core.errors import DataError
from safetylab.core.hashing import file_hash
from safetylab.core.jsonl import JsonlReader
from safetylab.guards.base import Guard, GuardItem, TaskName
from safetylab.guards.compact import (
    CARD_FILE,
    HEADS_FILE,
    PROMPT_TASKS,
    RESPONSE_TASKS,
    encoder_identity,
    feature_matrix,
    head_logits,
    item_texts,
    load_encoder,
    sigmoid,
)
from safetylab.guards.data import GuardExample, load_guard_data
from safetylab.metrics.classification import binary_metrics

log = logging.getLogger(__name__)

VERSION = "1"
DEFAULT_FEATURES: dict[TaskName, list[str]] = {
    "prompt_harm": ["prompt"],
    "response_refusal": ["opening", "response"],
    "response_harm": ["response", "opening", "@prompt_harm", "@response_refusal", "@prompt_harm*@response_refusal"],
}


# Inverse L2 strengths, picked on a sweep (0.003-1) scored on the validation split and held-out sets.
DEFAULT_C: dict[str, float] = {"prompt_harm": 0.1, "response_refusal": 0.01, "response_harm": 0.1}


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class EmbeddingCache:
    """Embeddings by text hash in one safetensors file per encoder, so retraining never re-encodes."""

    def __init__(self, path: Path | None):
        self.path, self.rows, self.keys = path, {}, []
        if path is not None and path.exists():
            from safetensors import safe_open

            with safe_open(str(path), framework="numpy") as f:
                self.keys = json.loads((f.metadata() or {}).get("keys", "[]"))
                matrix = f.get_tensor("embeddings")
            self.rows = {k: matrix[i] for i, k in enumerate(self.keys)}

    def embed(self, encoder: Any, texts: Sequence[str], batch_size: int) -> tuple[dict[str, int], np.ndarray]:
        index: dict[str, int] = {}
        for t in texts:
            index.setdefault(t, len(index))
        missing = [t for t in index if _text_key(t) not in self.rows]
        if missing:
            new = encoder.encode(missing, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True,
                                 show_progress_bar=False)
            for t, e in zip(missing, np.asarray(new, dtype=np.float32), strict=True):
                self.rows[_text_key(t)] = e
            self._save()
        return index, np.stack([self.rows[_text_key(t)] for t in index])

    def _save(self) -> None:
        if self.path is None:
            return
        from safetensors.numpy import save_file

        keys = list(self.rows)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        save_file({"embeddings": np.stack([self.rows[k] for k in keys])}, str(tmp),
                  metadata={"keys": json.dumps(keys)})
        tmp.replace(self.path)


def _val_mask(rows: Sequence[GuardExample], val_fraction: float, seed: int) -> np.ndarray:
    """Deterministic split by prompt: every row of a prompt lands on the same side."""
    def u(prompt: str) -> float:
        return int(hashlib.sha256(f"{seed}:{prompt}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF

    return np.array([u(r.prompt) < val_fraction for r in rows])


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The probability cut that maximizes F1 on (y, p); 0.5 when one class is missing."""
    if y.all() or not y.any():
        return 0.5
    order = np.argsort(-p)
    tp = np.cumsum(y[order])
    fp = np.cumsum(~y[order])
    f1 = 2 * tp / (tp + fp + y.sum())
    k = int(np.argmax(f1))
    nxt = p[order[k + 1]] if k + 1 < len(p) else 0.0
    return float((p[order[k]] + nxt) / 2)


def summary_metrics(y: np.ndarray, p: np.ndarray, threshold: float) -> dict[str, Any]:
    """The card's view of `metrics.classification.binary_metrics` at a threshold."""
    m = binary_metrics(y.tolist(), (p >= threshold).tolist(), p.tolist())
    return {k: round(v, 4) if isinstance(v, float) else v
            for k, v in m.items() if k in ("n", "positives", "precision", "recall", "f1", "auprc")}


def _fit_head(x: np.ndarray, y: np.ndarray, *, c: float, seed: int) -> dict[str, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=seed)
    clf.fit((x - mean) / scale, y)
    return {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32),
            "weight": clf.coef_[0].astype(np.float32), "bias": clf.intercept_.astype(np.float32)}


def _out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, *, c: float, seed: int,
                 folds: int = 5) -> np.ndarray:
    """Probabilities for training rows from heads that never saw them (grouped by prompt), so a head
    stacked on this one learns from honest inputs rather than memorized ones."""
    from sklearn.model_selection import GroupKFold

    out = np.full(len(y), 0.5)
    n = min(folds, len(set(groups.tolist())))
    for fit_idx, pred_idx in GroupKFold(n_splits=n).split(x, y, groups) if n >= 2 else ():
        if len(set(y[fit_idx].tolist())) < 2:
            continue
        head = _fit_head(x[fit_idx], y[fit_idx], c=c, seed=seed)
        z = ((x[pred_idx] - head["mean"]) / head["scale"]) @ head["weight"] + head["bias"]
        out[pred_idx] = sigmoid(z)
    return out


def load_training_rows(paths: Sequence[str | Path]) -> tuple[list[GuardExample], list[dict[str, Any]]]:
    """All good rows of every file, and a provenance entry per file (path, sha256, rows, bad rows)."""
    rows: list[GuardExample] = []
    sources = []
    for path in paths:
        ds = load_guard_data(path)
        for err in ds.errors:
            log.warning("skipped bad row: %s", err)
        if not ds.rows:
            raise DataError("no usable rows", path=str(path))
        rows.extend(ds.rows)
        sources.append(ds.describe())
    return rows, sources


def train_heads(data_path: str | Path | Sequence[str | Path], out_dir: str | Path, *, seed: int = 0,
                val_fraction: float = 0.1, c: float | dict[str, float] | None = None, features: dict[TaskName, list[str]] | None = None,
                encoder_path: str | Path | None = None, batch_size: int = 64, cache: bool = True,
                encoder: Any = None, notes: dict[str, Any] | None = None) -> dict[str, Any]:
    """Train one head per task that has labels in the data; returns the card written beside the weights.

    `c` is the inverse L2 strength of the logistic regressions (one value, or one per task); `features` maps task -> feature names
    (see `compact.feature_matrix`); `notes` is copied into the card (e.g. how the data was made).
    """
    from safetensors.numpy import save_file

    from safetylab.runner.paths import cache_dir
    from safetylab.runner.provenance import environment

    started = time.perf_counter()
    paths = [data_path] if isinstance(data_path, str | Path) else list(data_path)
    rows, sources = load_training_rows(paths)
    features = dict(features or DEFAULT_FEATURES)
    texts = [item_texts(r.item()) for r in rows]
    enc_id = encoder_identity(encoder_path)
    encoder = encoder if encoder is not None else load_encoder(encoder_path)
    store = EmbeddingCache(cache_dir() / "compact-embeddings" / f"{_text_key(json.dumps(enc_id))}.safetensors"
                           if cache else None)
    index, emb = store.embed(encoder, [t for row in texts for t in row.values()], batch_size)
    val = _val_mask(rows, val_fraction, seed)

    heads: dict[str, np.ndarray] = {}
    thresholds: dict[str, float] = {}
    metrics: dict[str, Any] = {}
    stacked: dict[str, np.ndarray] = {}  # task -> P(positive) per row: out-of-fold on training rows
    groups = np.array([_text_key(r.prompt) for r in rows])
    for task in (*PROMPT_TASKS, *RESPONSE_TASKS):
        applies = np.array([task in PROMPT_TASKS or "response" in t for t in texts])
        sel = applies & np.array([r.gold(task) is not None for r in rows])
        if task not in features or not sel.any():
            features.pop(task, None)
            continue
        missing = [n[1:] for f in features[task] for n in f.split("*") if n.startswith("@") and n[1:] not in stacked]
        if missing:
            raise DataError(f"{task}: stacked feature @{missing[0]} needs that head to be trained first",
                            path=str(paths[0]))
        idx = np.flatnonzero(applies)
        x_all = feature_matrix(features[task], [texts[i] for i in idx], index, emb,
                               {t: p[idx] for t, p in stacked.items()})
        lab = sel[idx]
        y = np.array([bool(rows[i].gold(task)) for i in idx[lab]])
        x, is_val = x_all[lab], val[idx[lab]]
        if is_val.all() or not is_val.any() or len(set(y[~is_val])) < 2:
            raise DataError(f"{task}: need both classes in training and some validation rows "
                            f"({int(sel.sum())} labelled rows, {int(y.sum())} positive)",
                            path=str(paths[0]), field=f"{task}_label")
        c_task = (c or DEFAULT_C)[task] if not isinstance(c, float | int) else float(c)
        head = _fit_head(x[~is_val], y[~is_val], c=c_task, seed=seed)
        heads.update({f"{task}.{k}": v for k, v in head.items()})
        probs = np.full(len(rows), np.nan)
        probs[idx] = sigmoid(head_logits(heads, task, x_all))
        train_rows = idx[lab][~is_val]
        probs[train_rows] = _out_of_fold(x[~is_val], y[~is_val], groups[train_rows], c=c_task, seed=seed)
        stacked[task] = probs
        p_val = probs[idx[lab][is_val]]
        thresholds[task] = round(best_threshold(y[is_val], p_val), 4)
        metrics[task] = {"train_rows": int((~is_val).sum()),
                         "validation": summary_metrics(y[is_val], p_val, thresholds[task])}
    if not heads:
        raise DataError("no task has labels in the data", path=str(paths[0]))

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    save_file(heads, str(out / HEADS_FILE), metadata={"format": "safetylab-compact-heads", "version": VERSION})
    card = {
        "guard": "compact", "version": VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "encoder": {**enc_id, "path": str(encoder_path) if encoder_path else None},
        "head": "standardize + logistic regression (L2, class_weight=balanced)",
        "features": features, "thresholds": thresholds,
        "settings": {"seed": seed, "val_fraction": val_fraction, "c": c or DEFAULT_C, "split": "by prompt hash"},
        "training_data": sources, "rows": len(rows), "distinct_texts": len(index),
        "metrics": metrics, "train_seconds": round(time.perf_counter() - started, 1),
        "environment": environment(), **({"notes": notes} if notes else {}),
    }
    (out / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


# Sources of ../shared/data/prompts.jsonl kept out of the shipped heads' training, to test them on.
HELDOUT_PROMPT_SOURCES = ("red-instruct/dangerousqa", "red-instruct/catqa_english", "fastchat/mt_bench_question",
                          "fastchat/vicuna_bench_question", "arena-hard-auto/arena-hard-v2.0_question")


def split_by_source(path: str | Path, out_dir: str | Path,
                    heldout_sources: Sequence[str] = HELDOUT_PROMPT_SOURCES) -> tuple[Path, Path]:
    """Write `<stem>.train.jsonl` / `<stem>.heldout.jsonl` from a file with a `source` field, keeping the
    bytes of each line, so both halves hash the same on every machine."""
    path, out = Path(path), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train, held = out / f"{path.stem}.train.jsonl", out / f"{path.stem}.heldout.jsonl"
    with open(path, "rb") as src, open(train, "wb") as ft, open(held, "wb") as fh:
        for lineno, line in enumerate(src, start=1):
            if not line.strip():
                continue
            try:
                source = json.loads(line).get("source")
            except (json.JSONDecodeError, AttributeError):
                raise DataError("not a JSON object", path=str(path), line=lineno) from None
            (fh if source in heldout_sources else ft).write(line)
    return train, held


def pairwise_harm(guard: Guard, path: str | Path, batch_size: int = 256) -> dict[str, Any]:
    """On preference pairs (`prompt`, `chosen`, `rejected`; rejected = judged more harmful), how often a
    guard gives the rejected reply the higher response-harm probability (ties count half), and how often
    it flags each side. Relative judgements can only be scored this way, never as gold labels."""
    pairs = [obj for _, obj in JsonlReader(path, required=("prompt", "chosen", "rejected"), strict=True)]
    items = [GuardItem(prompt=p["prompt"], response=p[k]) for p in pairs for k in ("rejected", "chosen")]
    verdicts = [v for i in range(0, len(items), batch_size) for v in guard.classify(items[i:i + batch_size])]
    tasks = [v.response_harm for v in verdicts]
    if not pairs or any(t is None or t.prob is None for t in tasks):
        return {"path": str(path), "pairs": len(pairs), "supported": False}
    prob = np.array([t.prob for t in tasks])
    flagged = np.array([t.positive for t in tasks], dtype=bool)
    wins = (prob[0::2] > prob[1::2]).sum() + 0.5 * (prob[0::2] == prob[1::2]).sum()
    return {"path": str(path), "sha256": file_hash(path), "pairs": len(pairs), "supported": True,
            "rejected_scored_more_harmful": round(float(wins) / len(pairs), 4),
            "flagged_rejected": round(float(flagged[0::2].mean()), 4),
            "flagged_chosen": round(float(flagged[1::2].mean()), 4)}
