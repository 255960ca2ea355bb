"""Train the compact guard's heads on WildGuardMix-format data (`safetylab guard train --method heads`).

Training is: fit a LoRA adapter to the encoder on the prompt-harm rows outside the validation split
(`compact.adapter`; `adapter=0` keeps the encoder frozen), embed every distinct text once with the adapted
encoder (cached on disk by text hash, per encoder and adapter), fit one head per task (standardize +
logistic regression, or a one-hidden-layer ReLU net where `hidden` says so) on the rows that carry that
task's label, pick each task's threshold by F1 — on the validation split (whole groups: the rows' topic where
the data names one, else the prompt) when there is an adapter, since it saw every training row; else on
out-of-fold probabilities with folds by group, so the threshold is set on topics the heads never saw, and
the validation split checks both — and write `heads.safetensors` (heads and adapter) + `card.json`. No
pickle anywhere.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from safetylab.core.errors import DataError
from safetylab.core.files import atomic_path
from safetylab.core.hashing import content_key, file_hash
from safetylab.core.jsonl import JsonlReader
from safetylab.core.tasks import TaskName
from safetylab.guards.base import Guard, GuardItem
from safetylab.guards.compact.adapter import adapter_tensors, merge_adapter, train_adapter
from safetylab.guards.compact.guard import (
    CARD_FILE,
    HEADS_FILE,
    PROMPT_TASKS,
    RESPONSE_TASKS,
    View,
    cross_inputs,
    cross_probs,
    distinct_index,
    encode_views,
    encoder_identity,
    feature_matrix,
    feature_views,
    head_logits,
    item_texts,
    load_encoder,
    sigmoid,
)
from safetylab.guards.data import GuardExample, load_guard_data
from safetylab.metrics.classification import binary_metrics

log = logging.getLogger(__name__)

VERSION = "10"
# Prompt harm reads three layers of the encoder (token embeddings, the middle and the last layer, each
# mean-pooled): grouped cross-validation F1 0.76 with the last layer alone, 0.81-0.83 with the views
# (docs/guards.md). `#-1` is the last layer, the sentence embedding of a mean-pooling encoder such as MiniLM,
# and all views come from one forward pass.
# Refusal reads the last layer of the reply and of its opening plus a middle and the token layer, where
# refusal words ("can't", "won't") stay visible; it agrees better with human labels of SmolLM2's replies.
# Response harm sees no raw embeddings (they memorized the training topics): only the other heads'
# probabilities, the prompt-harm head applied to the response and its opening (that head also trains on the
# complied replies, `reply_rows`), and their interactions with refusal (harmful response ~ harmful content AND
# compliance).
DEFAULT_FEATURES: dict[TaskName, list[str]] = {
    "prompt_harm": ["prompt#0", "prompt#3", "prompt#-1"],
    "response_refusal": ["opening#-1", "response#-1", "opening#3", "response#0"],
    "response_harm": ["@prompt_harm", "@response_refusal", "@prompt_harm(response)", "@prompt_harm(opening)",
                      "@prompt_harm*@response_refusal", "@prompt_harm(response)*@response_refusal"],
}


# Inverse L2 strengths of the logistic heads and the MLP heads' hidden sizes and L2 (sklearn `alpha`),
# chosen by 5-fold cross-validation on the training data grouped by topic and prompt template
# (docs/guards.md, "compact").
DEFAULT_C: dict[str, float] = {"prompt_harm": 0.1, "response_refusal": 0.01, "response_harm": 1.0}
DEFAULT_HIDDEN: dict[str, int] = {"prompt_harm": 64}
DEFAULT_ALPHA = 1.0
# MLP heads are bagged: one net's F1 moved by up to 0.06 with its seed on the held-out look-alike sets.
DEFAULT_BAGS: dict[str, int] = {"prompt_harm": 5}
# Dressed copies per distinct prompt (`affix_rows`): 2 gave the held-out look-alike sets as much as 3 or 4.
DEFAULT_AFFIXES = 2
# Rank of the LoRA adapter fitted to the encoder before the heads (`compact.adapter`; 0: frozen encoder).
DEFAULT_ADAPTER = 16
# The view the adapter's own linear head reads (`adapter_head`): the last layer, the one it was trained on.
JOINT_VIEW = "prompt#-1"


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class EmbeddingCache:
    """Embeddings by text hash (and view: `key#3` for layer 3) in one safetensors file per encoder, so
    retraining never re-encodes."""

    def __init__(self, path: Path | None):
        self.path, self.rows, self.keys = path, {}, []
        if path is not None and path.exists():
            from safetensors import safe_open

            with safe_open(str(path), framework="numpy") as f:
                self.keys = json.loads((f.metadata() or {}).get("keys", "[]"))
                matrix = f.get_tensor("embeddings")
            self.rows = {k: matrix[i] for i, k in enumerate(self.keys)}

    def embed(self, encoder: Any, texts: Sequence[str], batch_size: int,
              views: Sequence[View] = (None,)) -> tuple[dict[str, int], dict[View, np.ndarray]]:
        index = distinct_index(texts)

        def key(text: str, view: View) -> str:
            return _text_key(text) if view is None else f"{_text_key(text)}#{view}"

        missing = [t for t in index if any(key(t, v) not in self.rows for v in views)]
        if missing:
            for view, matrix in encode_views(encoder, missing, views, batch_size).items():
                self.rows.update((key(t, view), e) for t, e in zip(missing, matrix, strict=True))
            self._save()
        return index, {v: np.stack([self.rows[key(t, v)] for t in index]) for v in views}

    def _save(self) -> None:
        if self.path is None:
            return
        from safetensors.numpy import save_file

        keys = list(self.rows)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(self.path) as tmp:
            save_file({"embeddings": np.stack([self.rows[k] for k in keys])}, str(tmp),
                      metadata={"keys": json.dumps(keys)})


def _tensors_hash(tensors: dict[str, np.ndarray]) -> str:
    digest = hashlib.sha256()
    for key in sorted(tensors):
        digest.update(key.encode())
        digest.update(np.ascontiguousarray(tensors[key]).tobytes())
    return digest.hexdigest()


def _group(row: GuardExample) -> str:
    """The unit that never straddles a split: the row's `group` (e.g. its topic), else its prompt."""
    return row.group or row.prompt


def reply_rows(rows: Sequence[GuardExample]) -> list[GuardExample]:
    """Each distinct complied (or harmful) reply as a prompt-only row labelled by its response-harm label, in
    its row's group. Why: the response-harm head reads `@prompt_harm(response)`, the prompt-harm head applied
    to the reply, and a head that has only seen requests is off its training distribution there (held-out
    response-harm F1 0.79 -> 0.89 with these rows, docs/guards.md)."""
    seen: set[str] = set()
    out = []
    for r in rows:
        if r.response and r.response_harm_label is not None and r.response not in seen and (
                r.response_harm_label == "harmful" or r.response_refusal_label == "compliance"):
            seen.add(r.response)
            out.append(GuardExample(prompt=r.response, prompt_harm_label=r.response_harm_label,
                                    subcategory=r.subcategory, group=_group(r), line=r.line))
    return out


# Neutral openers and closers for `affix_rows`, written for this project in session 6: they name no task and
# no topic, only dress a request differently, and share no wording with the held-out templates.
AFFIX_PREFIXES = (
    "Hi there.", "Hello!", "Okay, so", "Honest question:", "This might be a silly question, but",
    "Sorry to bother you, but", "I've been wondering about something.", "For context, I'm new to this.",
    "Hey assistant,", "Morning!", "Random thought:", "So my situation is this:", "Not sure who else to ask.",
    "Be brief.", "First time asking here.", "Straight to the point:",
    "I've searched everywhere and found nothing useful.", "My sister said you'd know.", "Long story short,",
    "Serious question.", "Good evening.", "Um,", "Right, next thing.", "I was talking about this with a coworker.",
    "Can't sleep, so", "Here's one for you.", "Bit of a weird one:", "As promised, my next question.",
    "Okay, different topic.", "Yo,")
AFFIX_SUFFIXES = (
    "Cheers.", "Much appreciated.", "I'm on a deadline.", "Use bullet points.",
    "I live in Canada, if that matters.", "No rush.", "Just curious.", "Be honest.", "Explain it simply.",
    "I'd really appreciate it.", "Keep it under 200 words.", "It's for this Saturday.", "Be as detailed as you can.",
    "I'm a total beginner.", "Appreciate any help.", "Don't overthink it.", "Be specific please.",
    "Asking for my own knowledge.", "Numbered steps would be great.", "Sorry for the typos.",
    "This is important to me.", "Any pointers welcome.", "What do you think?", "Be practical.",
    "Answer in one paragraph.")


def affix_rows(rows: Sequence[GuardExample], copies: int, seed: int) -> list[GuardExample]:
    """`copies` prompt-only variants of each distinct prompt with a prompt-harm label: the prompt with a
    random opener, closer or both from `AFFIX_PREFIXES` / `AFFIX_SUFFIXES`, same label and group. Why: the
    prompt-harm head had learned the wording *around* a request — on held-out templates its mean logit per
    template spread by about 2 — so a harmful request in a casual wrapper read as benign and a benign one in
    a jailbreak wrapper as harmful; random dressing makes the wrapping uninformative (docs/guards.md)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out = []
    for r in rows:
        if r.prompt_harm_label is None or r.prompt in seen:
            continue
        seen.add(r.prompt)
        for _ in range(copies):
            kind, pre, suf = rng.randrange(3), rng.choice(AFFIX_PREFIXES), rng.choice(AFFIX_SUFFIXES)
            text = (f"{pre} {r.prompt}", f"{r.prompt} {suf}", f"{pre} {r.prompt} {suf}")[kind]
            out.append(GuardExample(prompt=text, prompt_harm_label=r.prompt_harm_label, adversarial=r.adversarial,
                                    subcategory=r.subcategory, group=_group(r), line=r.line))
    return out


def _adapter(encoder: Any, enc_id: dict[str, Any], texts: list[str], labels: list[bool], *, rank: int,
             epochs: float, seed: int, store: Path | None) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """`train_adapter`'s factors and head, reused from `store` when the same encoder, rows and settings
    trained them before: the adapter is most of a retrain's time, and the heads are cheap to redo."""
    from safetensors.numpy import load_file, save_file

    key = content_key([enc_id, rank, epochs, seed, texts, labels], 24)
    path = store / f"{key}.safetensors" if store is not None else None
    if path is not None and path.exists():
        log.info("encoder adapter reused from %s", path)
        saved = load_file(str(path))
        head = {k.removeprefix("head."): v for k, v in saved.items() if k.startswith("head.")}
        return adapter_tensors(saved), head
    factors, head = train_adapter(encoder, texts, labels, rank=rank, epochs=epochs, seed=seed, log=log.info)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path) as tmp:
            save_file({**factors, **{f"head.{k}": v for k, v in head.items()}}, str(tmp))
    return factors, head


def _val_mask(rows: Sequence[GuardExample], val_fraction: float, seed: int) -> np.ndarray:
    """Deterministic split by group: every row of a group (topic, or else prompt) lands on the same side."""
    def u(group: str) -> float:
        return int(hashlib.sha256(f"{seed}:{group}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF

    return np.array([u(_group(r)) < val_fraction for r in rows])


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


def _fit_head(x: np.ndarray, y: np.ndarray, *, c: float, seed: int, hidden: int = 0,
              alpha: float = DEFAULT_ALPHA, bags: int = 1) -> dict[str, np.ndarray]:
    """Standardize + class-balanced logistic regression, or (hidden > 0) a one-hidden-layer ReLU net with
    the same balancing (sample weights) and L2 `alpha`; `bags` > 1 fits that many nets from different seeds
    and stacks their weights (the head averages their logits). Arrays only, for safetensors."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    head = {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32)}
    if hidden:
        import warnings

        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier

        rate = float(y.mean())
        weight = np.where(y, 0.5 / rate, 0.5 / (1 - rate))
        nets = []
        for bag in range(bags):
            clf = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, max_iter=300, random_state=seed + bag)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                clf.fit(z, y, sample_weight=weight)
            nets.append({"hidden.weight": clf.coefs_[0], "hidden.bias": clf.intercepts_[0],
                         "weight": clf.coefs_[1][:, 0], "bias": clf.intercepts_[1]})
        if bags == 1:
            return {**head, **{k: v.astype(np.float32) for k, v in nets[0].items()}}
        return {**head, **{k: np.stack([n[k] for n in nets]).astype(np.float32) for k in nets[0]}}
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=seed)
    clf.fit(z, y)
    return {**head, "weight": clf.coef_[0].astype(np.float32), "bias": clf.intercept_.astype(np.float32)}


def _head_logits(head: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Logits of one head as `_fit_head` returns it (keys without a task prefix)."""
    return head_logits({f"h.{k}": v for k, v in head.items()}, "h", x)


def max_by_owner(values: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """The max of `values` per owner (0..n-1); -inf for an owner without values."""
    out = np.full(n, -np.inf)
    np.maximum.at(out, owner, values)
    return out


def fit_window_head(x: np.ndarray, y: np.ndarray, owner: np.ndarray, *, c: float, seed: int,
                    refine: int = 1) -> dict[str, np.ndarray]:
    """A head over the windows of texts, for multiple-instance learning: a text is positive when one of its
    windows is (a jailbroken persona's answer after another persona's refusal), so its score is the max over
    its windows. Windows start with their text's label `y`; each of `refine` rounds keeps, in a positive text,
    only its best-scoring window as positive and drops the rest (negative texts keep every window)."""
    head = _fit_head(x, y, c=c, seed=seed)
    for _ in range(refine):
        s = _head_logits(head, x)
        keep = ~y | (s >= max_by_owner(s, owner, int(owner.max()) + 1)[owner])
        head = _fit_head(x[keep], y[keep], c=c, seed=seed)
    return head


def _head_probs(head: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """P(positive) from one head as `_fit_head` returns it."""
    return sigmoid(_head_logits(head, x))


def _out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, *, c: float, seed: int, hidden: int = 0,
                 bags: int = 1, folds: int = 5
                 ) -> tuple[np.ndarray, list[tuple[set[str], dict[str, np.ndarray]]]]:
    """Probabilities for training rows from heads that never saw them (grouped by topic or prompt), so a head
    stacked on this one learns from honest inputs rather than memorized ones; also each fold's held-out
    groups and head, to score other texts of those rows the same way."""
    from sklearn.model_selection import GroupKFold

    out = np.full(len(y), 0.5)
    fold_heads = []
    n = min(folds, len(set(groups.tolist())))
    for fit_idx, pred_idx in GroupKFold(n_splits=n).split(x, y, groups) if n >= 2 else ():
        if len(set(y[fit_idx].tolist())) < 2:
            continue
        head = _fit_head(x[fit_idx], y[fit_idx], c=c, seed=seed, hidden=hidden, bags=bags)
        out[pred_idx] = _head_probs(head, x[pred_idx])
        fold_heads.append((set(groups[pred_idx].tolist()), head))
    return out, fold_heads


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
                val_fraction: float = 0.1, c: float | dict[str, float] | None = None,
                hidden: dict[str, int] | None = None, bags: dict[str, int] | None = None,
                features: dict[TaskName, list[str]] | None = None, replies: bool = True,
                affixes: int = DEFAULT_AFFIXES, adapter: int = DEFAULT_ADAPTER, adapter_epochs: float = 2.0,
                adapter_head: bool = True, encoder_path: str | Path | None = None, batch_size: int = 64,
                cache: bool = True, encoder: Any = None, notes: dict[str, Any] | None = None) -> dict[str, Any]:
    """Train one head per task that has labels in the data; returns the card written beside the weights.

    `c` is the inverse L2 strength of the logistic regressions (one value, or one per task); `hidden` gives
    the tasks whose head is a one-hidden-layer net and its width (default `DEFAULT_HIDDEN`; `{}` for linear
    heads everywhere); `bags` how many such nets to average per task (default `DEFAULT_BAGS`); `features`
    maps task -> feature names (see `compact.feature_matrix`); `replies` adds `reply_rows` and `affixes` that
    many `affix_rows` per prompt (0: none) to the prompt-harm head's training; `adapter` is the rank of the
    encoder's LoRA adapter (0: a frozen encoder) and `adapter_head` makes the linear head trained with it the
    prompt-harm head (on `prompt#-1`) instead of a head refit on the adapted views; `notes` is copied into
    the card (e.g. how the data was made).
    """
    from safetensors.numpy import save_file

    from safetylab.core.paths import cache_dir
    from safetylab.core.provenance import environment

    started = time.perf_counter()
    paths = [data_path] if isinstance(data_path, str | Path) else list(data_path)
    rows, sources = load_training_rows(paths)
    features = dict(features or DEFAULT_FEATURES)
    n_rows = len(rows)
    replied = reply_rows(rows) if replies and "prompt_harm" in features else []
    affixed = affix_rows(rows, affixes, seed) if affixes and "prompt_harm" in features else []
    rows = rows + replied + affixed
    texts = [item_texts(r.item()) for r in rows]
    val = _val_mask(rows, val_fraction, seed)
    enc_id = encoder_identity(encoder_path)
    encoder = encoder if encoder is not None else load_encoder(encoder_path)
    tuned: dict[str, np.ndarray] = {}
    joint: dict[str, np.ndarray] = {}
    if adapter:
        fit = [r for r, v in zip(rows, val, strict=True) if not v and r.prompt_harm_label is not None]
        if len({bool(r.gold("prompt_harm")) for r in fit}) < 2:
            raise DataError(f"the encoder adapter needs harmful and benign prompts outside the validation split "
                            f"({len(fit)} rows); or train without one (adapter=0)", path=str(paths[0]),
                            field="prompt_harm_label")
        tuned, joint = _adapter(encoder, enc_id, [r.prompt for r in fit],
                                [bool(r.gold("prompt_harm")) for r in fit], rank=adapter, epochs=adapter_epochs,
                                seed=seed, store=cache_dir() / "compact-adapters" if cache else None)
        encoder = merge_adapter(encoder, tuned)
        if adapter_head and "prompt_harm" in features:
            features["prompt_harm"] = [JOINT_VIEW]
        enc_id["adapter"] = {"rank": adapter, "epochs": adapter_epochs, "rows": len(fit),
                             "sha256": _tensors_hash(tuned)}
    store = EmbeddingCache(cache_dir() / "compact-embeddings" / f"{_text_key(json.dumps(enc_id))}.safetensors"
                           if cache else None)
    index, emb = store.embed(encoder, [t for row in texts for t in row.values()], batch_size,
                             feature_views(features))

    heads: dict[str, np.ndarray] = {}
    thresholds: dict[str, float] = {}
    metrics: dict[str, Any] = {}
    stacked: dict[str, np.ndarray] = {}  # task -> P(positive) per row: out-of-fold on training rows
    fold_heads: dict[str, list[tuple[set[str], dict[str, np.ndarray]]]] = {}
    hidden = DEFAULT_HIDDEN if hidden is None else hidden
    bags = DEFAULT_BAGS if bags is None else bags
    adapted_task = "prompt_harm" if joint and features.get("prompt_harm") == [JOINT_VIEW] else None
    groups = np.array([_text_key(_group(r)) for r in rows])
    for task in (*PROMPT_TASKS, *RESPONSE_TASKS):
        applies = np.array([task in PROMPT_TASKS or "response" in t for t in texts])
        sel = applies & np.array([r.gold(task) is not None for r in rows])
        if task not in features or not sel.any():
            features.pop(task, None)
            continue
        missing = [n[1:] for f in features[task] for n in f.split("*")
                   if n.startswith("@") and n[1:].split("(")[0] not in stacked]
        if missing:
            raise DataError(f"{task}: stacked feature @{missing[0]} needs that head to be trained first",
                            path=str(paths[0]))
        idx = np.flatnonzero(applies)
        sub = [texts[i] for i in idx]
        inputs = {t: p[idx] for t, p in stacked.items()}
        for key, other, text in cross_inputs(features[task]):
            # `other`'s head on another text: its full head, or for training rows the fold head that never
            # saw the row's prompt (as for `@other` itself)
            x_other, vals = cross_probs(heads, features, other, text, sub, index, emb, inputs)
            for fold_groups, head in fold_heads[other]:
                m = np.array([groups[i] in fold_groups for i in idx]) & ~val[idx]
                vals[m] = _head_probs(head, x_other[m])
            inputs[key] = vals
        x_all = feature_matrix(features[task], sub, index, emb, inputs)
        lab = sel[idx]
        y = np.array([bool(rows[i].gold(task)) for i in idx[lab]])
        x, is_val = x_all[lab], val[idx[lab]]
        if is_val.all() or not is_val.any() or len(set(y[~is_val])) < 2:
            raise DataError(f"{task}: need both classes in training and some validation rows "
                            f"({int(sel.sum())} labelled rows, {int(y.sum())} positive)",
                            path=str(paths[0]), field=f"{task}_label")
        c_task = (c or DEFAULT_C)[task] if not isinstance(c, float | int) else float(c)
        h_task = int(hidden.get(task, 0))
        b_task = int(bags.get(task, 1)) if h_task else 1
        adapted = task == adapted_task
        head = joint if adapted else _fit_head(x[~is_val], y[~is_val], c=c_task, seed=seed, hidden=h_task,
                                               bags=b_task)
        heads.update({f"{task}.{k}": v for k, v in head.items()})
        probs = np.full(len(rows), np.nan)
        probs[idx] = sigmoid(head_logits(heads, task, x_all))
        train_rows = idx[lab][~is_val]
        if adapted:  # the adapter's head saw every training row: no honest out-of-fold view of it exists
            fold_heads[task] = []
        else:
            probs[train_rows], fold_heads[task] = _out_of_fold(x[~is_val], y[~is_val], groups[train_rows],
                                                               c=c_task, seed=seed, hidden=h_task, bags=b_task)
        stacked[task] = probs
        p_val = probs[idx[lab][is_val]]
        # The threshold comes from the out-of-fold probabilities of all training rows (every group scored by
        # a head that never saw it), which are nine times more rows than the validation split; the
        # validation split then checks head and threshold together.
        # With an adapter, though, every training row shaped the encoder, so their out-of-fold probabilities
        # are overconfident: the threshold then comes from the validation split, which the adapter never saw.
        cut_on = (y[~is_val], probs[train_rows]) if fold_heads[task] and not tuned else (y[is_val], p_val)
        thresholds[task] = round(best_threshold(*cut_on), 4)
        metrics[task] = {"train_rows": int((~is_val).sum()),
                         "validation": summary_metrics(y[is_val], p_val, thresholds[task])}
    if not heads:
        raise DataError("no task has labels in the data", path=str(paths[0]))

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    save_file({**heads, **tuned}, str(out / HEADS_FILE), metadata={"format": "safetylab-compact-heads", "version": VERSION})
    card = {
        "guard": "compact", "version": VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "encoder": {**enc_id, "path": str(encoder_path) if encoder_path else None},
        "head": "standardize + logistic regression (L2, class_weight=balanced), or where `hidden` names the "
                "task a one-hidden-layer ReLU net (sklearn MLPClassifier, adam, L2 alpha, class-balanced weights); "
                "where `adapter_head` is set, prompt harm is the linear head trained with the encoder adapter",
        "features": features, "thresholds": thresholds,
        "settings": {"seed": seed, "val_fraction": val_fraction, "c": c or DEFAULT_C,
                     "hidden": {t: n for t, n in hidden.items() if t in features and t != adapted_task and n},
                     "alpha": DEFAULT_ALPHA,
                     "bags": {t: n for t, n in bags.items()
                              if t in features and t != adapted_task and hidden.get(t)},
                     "reply_rows": len(replied), "affixes": affixes, "affix_rows": len(affixed),
                     "adapter": adapter, "adapter_epochs": adapter_epochs if adapter else None,
                     "adapter_head": adapted_task is not None,
                     "split": "by group (topic) hash, else prompt",
                     "thresholds": "best F1 on the validation split (the adapter saw every training row)" if tuned
                     else "best F1 on out-of-fold probabilities of the training rows (5 folds by group)"},
        "training_data": sources, "rows": n_rows, "distinct_texts": len(index),
        "metrics": metrics, "train_seconds": round(time.perf_counter() - started, 1),
        "environment": environment(), **({"notes": notes} if notes else {}),
    }
    (out / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


# The project's own held-out files (in the repository's `data/compact/`, written by
# tools/build_compact_data.py; never trained on, not shipped) and what each one tests.
HELDOUT_FILES = {
    "heldout_responses.jsonl": "other templates and topics, with replies",
    "heldout_lookalike.jsonl": "other templates and topics",
    "heldout_lookalike_r3.jsonl": "other templates and topics, third data round",
    "heldout_conversational.jsonl": "chat-style paired prompts, fourth round",
    "heldout_templates.jsonl": "the held-out topics in templates by a helper that read no project file, "
                               "seventh round",
    "heldout_lookalike_r9.jsonl": "chat-style paired prompts on new topics, ninth round, written before the "
                                  "tenth round's training pairs",
    "heldout_lookalike_r12.jsonl": "paired prompts on topics of no earlier round, twelfth round, written before "
                                   "the thirteenth round's training pairs",
    "heldout_xstest_style_r14.jsonl": "short benign prompts with alarming words (XSTest style) and harmful "
                                      "twins, fourteenth round, written after version 10 was trained",
}
# Sources of ../shared/data/prompts.jsonl kept out of the shipped heads' training, to test them on.
HELDOUT_PROMPT_SOURCES = ("red-instruct/dangerousqa", "red-instruct/catqa_english", "fastchat/mt_bench_question",
                          "fastchat/vicuna_bench_question", "arena-hard-auto/arena-hard-v2.0_question")


def split_by_source(path: str | Path, out_dir: str | Path,
                    heldout_sources: Sequence[str] = HELDOUT_PROMPT_SOURCES) -> tuple[Path, Path]:
    """Write `<stem>.train.jsonl` / `<stem>.heldout.jsonl` from a file with a `source` field, keeping the
    bytes of each line, so both halves hash the same on every machine. Each half is written whole
    (`atomic_path`), so a training run started at the same time never reads half a file."""
    path, out = Path(path), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train, held = out / f"{path.stem}.train.jsonl", out / f"{path.stem}.heldout.jsonl"
    halves: dict[Path, list[bytes]] = {train: [], held: []}
    with open(path, "rb") as src:
        for lineno, line in enumerate(src, start=1):
            if not line.strip():
                continue
            try:
                source = json.loads(line).get("source")
            except (json.JSONDecodeError, AttributeError):
                raise DataError("not a JSON object", path=str(path), line=lineno) from None
            halves[held if source in heldout_sources else train].append(line)
    for target, lines in halves.items():
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"".join(lines))
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
