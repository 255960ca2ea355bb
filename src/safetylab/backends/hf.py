"""Local transformers backend: batched generation, true prefill, scoring and hooks on any causal LM.

It is the backend every white-box feature builds on (steering hooks, task vectors, log-prob scoring), so it
exposes the torch `model`, the `tokenizer` and the decoder `layers` directly. Generation runs in a worker
thread under a lock: one forward at a time on the model, the event loop stays free.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetylab.backends.base import Capabilities
from safetylab.backends.local import LocalBackend
from safetylab.core.errors import BackendError
from safetylab.core.hashing import file_hash
from safetylab.core.hub import quiet_local_load
from safetylab.core.messages import Message
from safetylab.core.records import Choice, GenerationConfig, GenerationRequest, GenerationResult

log = logging.getLogger(__name__)

# New tokens a batch makes before it lets a waiting batch have the model (see `_generate_in_turns`).
TURN_TOKENS = 16


@dataclass
class _Encoded:
    """One request after rendering and tokenization (prompt ids already cut to fit the context)."""

    index: int
    request: GenerationRequest
    ids: list[int]
    truncated: int


class HFBackend(LocalBackend):
    """A transformers causal LM loaded from safetensors (a local folder or a hub id).

    Batches are formed per decoding config from prompts of similar length and left-padded, so batched
    greedy output equals one-prompt-at-a-time output. Sampling with a `seed` is repeatable for the same
    batch composition (the seed is set once per batch, and a batch's rows share the random stream).
    """

    capabilities = Capabilities(chat=True, prefill=True, logprobs=True, hooks=True, weights=True)

    def __init__(self, path_or_id: str | Path, *, batch_size: int = 32, max_concurrency: int | None = None,
                 dtype: str = "float32", device: str = "cpu", revision: str | None = None,
                 trust_remote_code: bool = False, name: str | None = None,
                 context_length: int | None = None, share_prefix: bool = True):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        del max_concurrency  # local forward passes are serialized; batching is the only parallelism
        self.path_or_id = str(path_or_id)
        self.name = name or f"hf:{self.path_or_id}"
        self.batch_size = max(1, batch_size)
        self.share_prefix = share_prefix  # n > 1 samples of a prompt share its KV cache
        self._shareable: bool | None = None
        self.dtype, self.device, self.revision = dtype, device, revision
        torch_dtype = getattr(torch, dtype) if dtype != "auto" else "auto"
        if self.path_or_id.startswith(("/", "./", "../", "~")) and not Path(self.path_or_id).expanduser().is_dir():
            raise BackendError(f"{self.name}: no model folder at {self.path_or_id}")
        try:
            with quiet_local_load(self.path_or_id):
                self.tokenizer = AutoTokenizer.from_pretrained(self.path_or_id, revision=revision,
                                                               trust_remote_code=trust_remote_code)
                self.model = AutoModelForCausalLM.from_pretrained(
                    self.path_or_id, revision=revision, trust_remote_code=trust_remote_code, dtype=torch_dtype,
                    use_safetensors=True).to(device)
        except (OSError, ValueError) as e:  # not found, offline, no safetensors, not a causal LM...
            raise BackendError(f"{self.name}: cannot load the model ({type(e).__name__}: {e})") from None
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.model.eval()
        self._context_length = context_length or getattr(self.model.config, "max_position_embeddings", None)
        self._lock = FairLock()
        self.turn_tokens = TURN_TOKENS
        self._fingerprint: str | None = None

    # --- introspection -------------------------------------------------------------------------------

    @property
    def layers(self) -> Any:
        """The decoder layers (a ModuleList) for forward hooks: steering and activation capture."""
        decoder = self.model.get_decoder() if hasattr(self.model, "get_decoder") else self.model.model
        layers = getattr(decoder, "layers", None) or getattr(decoder, "h", None)
        if layers is None:
            raise BackendError(f"{self.name}: cannot find the decoder layers of {type(self.model).__name__}")
        return layers

    def identity(self) -> dict[str, Any]:
        return {"backend": "hf", "name": self.name, "path": self.path_or_id, "revision": self.revision,
                "dtype": self.dtype, "weights": self.fingerprint()}

    def fingerprint(self) -> str:
        """sha256 over config.json and the safetensors files' names and contents (or the hub commit of a hub
        id): two checkpoints written into one folder one after the other must not share an identity."""
        if self._fingerprint is None:
            h = hashlib.sha256()
            local = Path(self.path_or_id)
            if local.is_dir():
                config = local / "config.json"
                h.update(config.read_bytes() if config.exists() else b"")
                for f in sorted(local.glob("*.safetensors")):
                    stat = f.stat()
                    h.update(f"{f.name}:{_file_sha256(str(f.resolve()), stat.st_size, stat.st_mtime_ns)}".encode())
            else:
                commit = getattr(self.model.config, "_commit_hash", None)
                h.update(f"{self.path_or_id}@{commit or self.revision}".encode())
                h.update(self.model.config.to_json_string().encode())
            self._fingerprint = h.hexdigest()
        return self._fingerprint

    # --- generation ------------------------------------------------------------------------------------

    def _generate_sync(self, requests: list[GenerationRequest]) -> list[GenerationResult]:
        results, todo = self._encode_all(requests)
        groups: dict[GenerationConfig, list[_Encoded]] = {}
        for i, ids, dropped in todo:
            groups.setdefault(requests[i].config, []).append(_Encoded(i, requests[i], ids, dropped))
        with self._lock:
            for config, items in groups.items():
                items.sort(key=lambda e: len(e.ids))
                size = max(1, self.batch_size // _rows(config))  # rows per forward = prompts x samples
                prompts = (_PromptCaches(items, nest=not self._layers_hooked())
                           if _rows(config) > 1 and self._can_share_prefix() else None)
                for start in range(0, len(items), size):
                    batch = items[start:start + size]
                    for enc, res in zip(batch, self._run_batch(config, batch, prompts), strict=True):
                        results[enc.index] = res
        return [r for r in results if r is not None]

    def _generation_kwargs(self, config: GenerationConfig) -> dict[str, Any]:
        kw: dict[str, Any] = {"max_new_tokens": config.max_new_tokens, "num_return_sequences": _rows(config),
                              "pad_token_id": self.tokenizer.pad_token_id}
        if config.greedy:
            # neutral values so a model's own sampling defaults don't trigger "flag is ignored" warnings
            kw.update(do_sample=False, temperature=1.0, top_p=1.0, top_k=50)
        else:
            from safetylab.backends.sampling import sampling_processors

            # the same warpers `generate` would add, with a faster exact top-p sort (backends/sampling.py)
            kw.update(do_sample=True, temperature=1.0, top_p=1.0, top_k=0,
                      logits_processor=sampling_processors(config.temperature, config.top_p))
        if config.stop:
            kw.update(stop_strings=list(config.stop), tokenizer=self.tokenizer)
        return kw

    def _run_batch(self, config: GenerationConfig, batch: list[_Encoded],
                   prompts: _PromptCaches | None = None) -> list[GenerationResult]:
        import torch

        t0 = time.perf_counter()
        try:
            input_ids, mask = _left_padded([e.ids for e in batch], self.tokenizer.pad_token_id, self.device)
            width = input_ids.shape[1]
            # a seeded batch leaves the global random state as it found it; an unseeded one advances it
            seeded = config.seed is not None
            rng = torch.random.fork_rng(devices=self._rng_devices()) if seeded else contextlib.nullcontext()
            with rng, torch.inference_mode():
                if seeded:
                    torch.manual_seed(config.seed)
                if prompts is not None and width > 1:
                    out = self._sample_with_shared_prompt(batch, input_ids, mask, config, prompts)
                else:
                    out = self._generate_in_turns(input_ids, mask, config)
        except Exception as e:
            log.exception("%s: generation failed for a batch of %d", self.name, len(batch))
            return [GenerationResult(request_id=enc.request.id, prompt_tokens=len(enc.ids),
                                     truncated_prompt_tokens=enc.truncated, error=f"{type(e).__name__}: {e}")
                    for enc in batch]
        latency = time.perf_counter() - t0
        new = out[:, width:].tolist()
        return [GenerationResult(
            request_id=enc.request.id, prompt_tokens=len(enc.ids), latency_s=latency,
            truncated_prompt_tokens=enc.truncated,
            choices=[self._choice(row, config) for row in new[k * _rows(config):(k + 1) * _rows(config)]]
            * (config.n // _rows(config)))
            for k, enc in enumerate(batch)]

    def _can_share_prefix(self) -> bool:
        """Sharing is on and the model's cache is the plain full-attention one it is exact for."""
        from safetylab.backends.prefix_cache import supports_shared_prefix

        if self._shareable is None:
            self._shareable = supports_shared_prefix(self.model)
        return self.share_prefix and self._shareable

    def _layers_hooked(self) -> bool:
        """Whether forward hooks sit on the decoder layers (steering): they may read a whole prompt (a CAST
        gate at its last token), so one prompt's cache must not come from a longer prompt's forward."""
        return any(m._forward_hooks or m._forward_pre_hooks for m in self.layers.modules())

    def _generate_in_turns(self, input_ids: Any, mask: Any, config: GenerationConfig, cache: Any = None) -> Any:
        """`model.generate` for one batch that gives the model up to other batches waiting for it (the
        model server runs several at once): once a call has made `turn_tokens` tokens while another batch
        waits, it stops, passes the lock on, and continues from its KV cache when its turn comes back. Alone,
        it is one `generate` call; with company, a short request is not held up by a long one. The tokens are
        the same either way (for seeded sampling too: the batch keeps its own random stream across turns).
        Runs under `self._lock`, in the random state the caller set up for the batch. With a `cache` (of the
        prompt rows, all tokens but the last) the rows are final: one per sample."""
        import torch

        kw = self._generation_kwargs(config)
        if cache is not None:
            kw["num_return_sequences"] = 1
        start, ended = input_ids.shape[1], None  # ended: per row, new tokens made when it ended (0: going on)
        seq, state = input_ids, None
        while True:
            turn = _YieldWhenWaited(self._lock, seq.shape[1], self.turn_tokens)
            if state is not None:
                _set_rng_state(self._rng_devices(), state)
            out = self.model.generate(input_ids=seq, attention_mask=mask, cache=cache, return_dict_in_generate=True,
                                      stopping_criteria=[turn],
                                      **{**kw, "max_new_tokens": config.max_new_tokens - (seq.shape[1] - start)})
            if out.sequences.shape[0] != seq.shape[0]:  # the first call made num_return_sequences rows each
                mask = mask.repeat_interleave(kw["num_return_sequences"], dim=0)
                kw["num_return_sequences"] = 1
            new = out.sequences[:, seq.shape[1]:]
            seq, cache = out.sequences, out.cache
            mask = torch.cat([mask, torch.ones_like(new)], dim=1)
            made = seq.shape[1] - start
            if ended is None:
                ended = [0] * seq.shape[0]
            if not turn.yielded or made >= config.max_new_tokens:
                break
            ended = [e or (made if self._row_ended(row[start:].tolist(), config) else 0)
                     for row, e in zip(seq, ended, strict=True)]
            if all(ended):
                break
            state = _rng_state(self._rng_devices()) if config.seed is not None else None
            self._lock.pass_turn()
        for r, end in enumerate(ended):
            if end:  # what later turns made for a row that had ended is not part of it
                seq[r, start + end:] = self.tokenizer.pad_token_id
        return seq

    def _row_ended(self, tokens: list[int], config: GenerationConfig) -> bool:
        """Whether a row has ended (end of sequence, or a stop string in its text)."""
        if any(t in self._eos_ids() for t in tokens):
            return True
        return bool(config.stop) and any(s in self.tokenizer.decode(tokens) for s in config.stop)

    def _sample_with_shared_prompt(self, batch: list[_Encoded], input_ids: Any, mask: Any, config: GenerationConfig,
                                   prompts: _PromptCaches) -> Any:
        """n samples per prompt with the prompt run at most once: its KV cache (all tokens but the last) comes
        from `prompts` (run once for the call, or taken from a longer prompt it begins) and is copied to the
        prompt's n rows, and `generate` runs only the last prompt token and the new ones. Same rows,
        positions and random stream as `num_return_sequences`, so a seeded batch samples the same tokens
        (perf/c2eval_prefix_sharing.py measures both)."""
        rows = _rows(config)
        cache = prompts.batch_cache(self, batch, input_ids.shape[1] - 1)
        cache.batch_repeat_interleave(rows)
        return self._generate_in_turns(input_ids.repeat_interleave(rows, dim=0),
                                       mask.repeat_interleave(rows, dim=0), config, cache=cache)

    def _rng_devices(self) -> list[Any]:
        """Accelerators whose random state a seeded batch must restore afterwards (CPU's always is)."""
        import torch

        device = torch.device(self.device)
        if device.type != "cuda":
            return []
        return [device.index if device.index is not None else torch.cuda.current_device()]

    def _eos_ids(self) -> set[int]:
        from safetylab.backends.prefix_cache import eos_token_ids

        return set(eos_token_ids(self.model, self.tokenizer))

    def _choice(self, row: list[int], config: GenerationConfig) -> Choice:
        """Decode one generated row: cut at end-of-sequence or the first stop string."""
        eos = self._eos_ids()
        end = next((i for i, t in enumerate(row) if t in eos), None)
        if end is not None:
            tokens, count, reason = row[:end], end + 1, "stop"
        else:
            # rows that ended early (stop string) are padded to the batch's length; a row as long as
            # max_new_tokens may end in pad tokens of its own, unless its text holds a stop string
            kept = len(row)
            while kept and row[kept - 1] == self.tokenizer.pad_token_id:
                kept -= 1
            stopped = any(s in self.tokenizer.decode(row[:kept], skip_special_tokens=True) for s in config.stop)
            count = kept if len(row) < config.max_new_tokens or stopped else len(row)
            tokens = row[:count]
            reason = "length" if count >= config.max_new_tokens else "stop"
        text = self.tokenizer.decode(tokens, skip_special_tokens=True)
        cuts = [i for i in (text.find(s) for s in config.stop) if i >= 0]
        if cuts:
            text, reason = text[:min(cuts)], "stop"
        return Choice(text=text, finish_reason=reason, completion_tokens=count)

    # --- scoring ---------------------------------------------------------------------------------------

    def score(self, messages: list[Message], continuation: str) -> list[float]:
        """Log-prob of each token of `continuation` as the assistant's reply to `messages` (or as the
        continuation of an open assistant message)."""
        import torch

        prompt = self.tokenizer(self.render(messages), add_special_tokens=False)["input_ids"]
        cont = self.tokenizer(continuation, add_special_tokens=False)["input_ids"]
        if not cont:
            return []
        ids = torch.tensor([prompt + cont], device=self.device)
        with self._lock, torch.inference_mode():
            logits = self.model(input_ids=ids).logits[0, len(prompt) - 1:-1].float()
        logprobs = torch.log_softmax(logits, dim=-1)
        return logprobs.gather(1, torch.tensor(cont, device=self.device)[:, None])[:, 0].tolist()

    def close(self) -> None:
        """Drop the model so its memory can be freed."""
        self.model = None


class _PromptCaches:
    """The KV caches of one call's prompts (all tokens but the last, which runs with the samples), kept
    across its batches. A prompt whose tokens begin a longer prompt's (C2-Eval's prefixes of one answer at
    growing k) takes the first positions of the longest such prompt's cache, which runs once; a cache is
    dropped once the last prompt that needs it has had it. With `nest=False` every prompt runs itself, in
    its batch's order, with its batch."""

    def __init__(self, items: list[_Encoded], *, nest: bool = True):
        self.heads = {e.index: e.ids[:-1] for e in items}
        # in lexicographic order a sequence comes right before the sequences that extend it
        order = sorted(self.heads, key=self.heads.__getitem__)
        self.root = {i: i for i in order}
        for j in range(len(order) - 2 if nest else -1, -1, -1):
            shorter, longer = self.heads[order[j]], self.heads[order[j + 1]]
            if longer[:len(shorter)] == shorter:
                self.root[order[j]] = self.root[order[j + 1]]
        self.pending = Counter(self.root.values())
        self.kv: dict[int, list[tuple[Any, Any]]] = {}

    def batch_cache(self, backend: HFBackend, batch: list[_Encoded], width: int) -> Any:
        """The batch's prompt cache, `width` slots, each prompt's right-aligned (runs the roots it lacks)."""
        from safetylab.backends.prefix_cache import left_padded_cache

        self._run(backend, [r for r in dict.fromkeys(self.root[e.index] for e in batch) if r not in self.kv])
        cache = left_padded_cache(backend.model, [(self.kv[self.root[e.index]], len(e.ids) - 1) for e in batch],
                                  width)
        for e in batch:
            root = self.root[e.index]
            self.pending[root] -= 1
            if not self.pending[root]:
                del self.kv[root]
        return cache

    def _run(self, backend: HFBackend, roots: list[int]) -> None:
        heads = [self.heads[r] for r in roots]
        width = max((len(h) for h in heads), default=0)
        if not width:
            self.kv.update((r, []) for r in roots)
            return
        ids, mask = _left_padded(heads, backend.tokenizer.pad_token_id, backend.device)
        positions = mask.cumsum(-1) - 1
        positions.masked_fill_(mask == 0, 1)  # what `generate` gives left-padded rows
        layers = backend.model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True,
                               logits_to_keep=1).cache.layers
        for j, (root, head) in enumerate(zip(roots, heads, strict=True)):
            keep = slice(width - len(head), width)
            self.kv[root] = [(layer.keys[j:j + 1, :, keep].clone(), layer.values[j:j + 1, :, keep].clone())
                             for layer in layers]


def _left_padded(seqs: list[list[int]], pad: int, device: Any) -> tuple[Any, Any]:
    """(input_ids, attention_mask) of token lists padded on the left to the longest, as `generate` wants."""
    import torch

    width = max(len(s) for s in seqs)
    ids = torch.tensor([[pad] * (width - len(s)) + s for s in seqs], device=device)
    mask = torch.tensor([[0] * (width - len(s)) + [1] * len(s) for s in seqs], device=device)
    return ids, mask


@functools.lru_cache(maxsize=256)
def _file_sha256(path: str, size: int, mtime_ns: int) -> str:
    """A weights file's sha256 (~2 GB/s), kept per (path, size, mtime): reloading a model rehashes nothing."""
    return file_hash(path)


def _rows(config: GenerationConfig) -> int:
    """Sequences generated per prompt: greedy decoding is deterministic, so its `n` samples are one
    sequence repeated n times (what n greedy samples are), not n forward rows."""
    return 1 if config.greedy else config.n


class FairLock:
    """The model's lock, handed over in the order it was asked for, that knows whether anyone waits for it
    and lets its holder pass its turn (`pass_turn`: go to the back of the queue and wait)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queue: list[object] = []
        self._local = threading.local()

    @property
    def contended(self) -> bool:
        return len(self._queue) > 1

    @property
    def held(self) -> bool:
        return bool(self._queue)

    def _wait_turn(self, me: object) -> None:
        self._queue.append(me)
        self._cond.wait_for(lambda: self._queue[0] is me)

    def __enter__(self) -> FairLock:
        me = object()
        with self._cond:
            self._wait_turn(me)
        self._local.me = me
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._queue.pop(0)
            self._cond.notify_all()

    def pass_turn(self) -> None:
        """Let every thread waiting now go first, then take the lock back (called by its holder)."""
        with self._cond:
            if len(self._queue) > 1:
                self._queue.pop(0)
                self._cond.notify_all()
                self._wait_turn(self._local.me)


class _YieldWhenWaited:
    """Stopping criterion that ends a `generate` call once it has made `tokens` new tokens and another
    batch waits for the model (the caller then continues from the cache)."""

    def __init__(self, lock: FairLock, start: int, tokens: int):
        self.lock, self.start, self.tokens, self.yielded = lock, start, tokens, False

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        self.yielded = self.yielded or (input_ids.shape[1] - self.start >= self.tokens and self.lock.contended)
        return torch.full((input_ids.shape[0],), self.yielded, dtype=torch.bool, device=input_ids.device)


def _rng_state(devices: list[Any]) -> tuple[Any, list[Any]]:
    import torch

    return torch.get_rng_state(), [torch.cuda.get_rng_state(d) for d in devices]


def _set_rng_state(devices: list[Any], state: tuple[Any, list[Any]]) -> None:
    import torch

    torch.set_rng_state(state[0])
    for d, s in zip(devices, state[1], strict=True):
        torch.cuda.set_rng_state(s, d)
