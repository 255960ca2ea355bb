"""Course-correction at run time: the `corrected:` wrapper generates in chunks of `every` tokens, asks a
check whether the answer so far is harmful after each chunk and, when it is, cuts the answer back to its
last safe point (then to the end of the last sentence before it) and goes on after a correction trigger.

The check is a callable (`ResponseCheck`), not a guard: backends sit below guards, so whoever resolves
the model name (`safetylab.runner.models.load_model`, which `safetylab eval`, `generate` and `serve` use)
builds it from a guard and hands it down.

On local transformers models (`smollm2-135m`, `hf:`) every row keeps its KV cache across chunks and a cut
crops it, so a chunk runs only its new tokens; on other backends (`openai:`, `vllm:`) each chunk is a
prefill request carrying the answer so far (their prefix caching, where they have it, saves the re-run).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from safetylab.backends.base import Backend
from safetylab.backends.wrappers import WrapperBackend
from safetylab.core.errors import BackendError
from safetylab.core.hashing import content_key
from safetylab.core.messages import Message, assistant, is_prefill
from safetylab.core.records import Choice, GenerationConfig, GenerationRequest, GenerationResult

log = logging.getLogger(__name__)

DEFAULT_EVERY = 32
DEFAULT_TRIGGER = "I'm sorry, but I can't continue with this."
DEFAULT_MAX_CORRECTIONS = 2
SENTENCE_ENDS = (".", "!", "?", "\n")


@dataclass(frozen=True)
class ResponseCheck:
    """Which partial answers are harmful: one answer per (messages, answer so far) — True harmful, False
    not, None where the checker's output could not be parsed (then nothing is cut and the answer is not
    known safe either). `identity` names what checks (guard, version) for caches and reports."""

    classify: Callable[[Sequence[tuple[list[Message], str]]], list[bool | None]]
    identity: dict[str, Any]


@dataclass
class CorrectionStats:
    """Counts over the wrapper's life (the perf script and logs read them)."""

    checks: int = 0
    harmful: int = 0
    parse_errors: int = 0
    corrections: int = 0
    cut_to_end: int = 0  # harmful after the last allowed correction: the answer ended at its safe point


@dataclass
class _Row:
    """One sequence being generated. `units` is the answer after any prefill: token ids on the local path,
    characters on the request path."""

    request: GenerationRequest
    messages: list[Message]
    prefill: str
    units: list[Any] = field(default_factory=list)
    safe: int = 0  # units[:safe] were checked and found not harmful
    checked: bool = False  # checked at least once (an answer that ends at once is checked too)
    floor: int = 0  # a cut never goes below this (the end of the last trigger)
    anchor: int = 0  # the check reads the answer from here (the start of the last trigger)
    corrections: int = 0
    ended: bool = False
    reason: str = "length"
    spent: int = 0  # tokens generated, the cut ones included (max_new_tokens bounds it)
    # local path: token ids of the prompt, the KV cache of everything but `pending`, tokens not yet run
    prompt: list[int] = field(default_factory=list)
    cache: list[tuple[Any, Any]] | None = None
    pending: list[int] = field(default_factory=list)


class CorrectedBackend(WrapperBackend):
    """`corrected:GUARD[@EVERY]:MODEL` — MODEL whose answers are checked every EVERY tokens and corrected:
    a harmful answer is cut back to its last safe sentence and continues after `trigger`. After
    `max_corrections` corrections a harmful answer ends at its safe point.

    `max_new_tokens` counts every generated token, cut ones included: a correction costs no more decoding
    than the plain answer, the answer is shorter instead (the trigger is a whole sentence, so an answer
    may end right after it). After a correction the check reads the answer from the trigger on."""

    prefix = "corrected"

    def __init__(self, inner: Backend, check: ResponseCheck, *, every: int = DEFAULT_EVERY,
                 trigger: str = DEFAULT_TRIGGER, max_corrections: int = DEFAULT_MAX_CORRECTIONS,
                 reuse_cache: bool = True, label: str | None = None):
        if every < 1 or max_corrections < 0 or not trigger.strip():
            raise BackendError("corrected: needs every >= 1, max_corrections >= 0 and a non-empty trigger")
        super().__init__(inner)
        self.check, self.every, self.trigger, self.max_corrections = check, every, trigger.strip(), max_corrections
        self.stats = CorrectionStats()
        self._local = _local_model(inner) if reuse_cache else None
        if self._local is None and not inner.capabilities.prefill:
            raise BackendError(f"{inner.name} cannot continue a prefilled answer, which corrected: needs")
        self.name = f"corrected:{label or check.identity.get('guard', 'check')}@{every}:{inner.name}"

    @classmethod
    def from_spec(cls, inner: Backend, spec: str, *, checks: Callable[[str], ResponseCheck] | None = None
                  ) -> CorrectedBackend:
        """From the name's argument `GUARD[@EVERY]`; `checks` turns the guard name into a check."""
        guard, _, every = spec.partition("@")
        if checks is None:
            raise BackendError("corrected: needs a guard, which this caller cannot load: load the model with "
                               "safetylab.runner.models.load_model (safetylab eval, generate and serve do)")
        if every and not every.isdigit():
            raise BackendError(f"corrected:{spec}: EVERY must be a whole number of tokens, got {every!r}")
        return cls(inner, checks(guard), every=int(every) if every else DEFAULT_EVERY, label=guard)

    def wrapper_identity(self) -> dict[str, Any]:
        return {"check": self.check.identity, "every": self.every, "trigger": content_key(self.trigger),
                "max_corrections": self.max_corrections}

    async def agenerate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        import asyncio
        import time

        results: list[GenerationResult | None] = [None] * len(requests)
        groups: dict[GenerationConfig, list[int]] = {}
        for i, req in enumerate(requests):
            if req.messages is None:
                results[i] = GenerationResult(request_id=req.id, error="corrected: needs chat messages, not a "
                                              "raw prompt", error_kind="request")
            else:
                groups.setdefault(req.config, []).append(i)
        for config, index in groups.items():
            reqs = [requests[i] for i in index]
            t0 = time.perf_counter()
            try:
                rows = await (asyncio.to_thread(self._run_local, reqs, config) if self._local is not None
                              else self._run_requests(reqs, config))
            except BackendError as e:
                for i in index:
                    results[i] = GenerationResult(request_id=requests[i].id, error=str(e))
                continue
            latency, per = time.perf_counter() - t0, len(rows) // len(reqs)
            for j, i in enumerate(index):
                mine = rows[j * per:(j + 1) * per]
                results[i] = GenerationResult(request_id=requests[i].id, latency_s=latency,
                                              prompt_tokens=len(mine[0].prompt),
                                              choices=[self._choice(r) for r in mine] * (config.n // per))
        return [r for r in results if r is not None]

    # --- the correction loop, shared by both paths -------------------------------------------------------

    def _rows(self, reqs: list[GenerationRequest], config: GenerationConfig) -> list[_Row]:
        rows = []
        for req in reqs:
            messages = list(req.messages or [])
            prefill = messages[-1]["content"] if is_prefill(messages) else ""
            rows += [_Row(req, messages, prefill) for _ in range(1 if config.greedy else config.n)]
        return rows

    def _decode(self, units: list[Any]) -> str:
        if self._local is None:
            return "".join(units)
        return self._local.tokenizer.decode(units, skip_special_tokens=True)

    def _text(self, row: _Row) -> str:
        return self._decode(row.units)

    def _trigger_units(self, row: _Row) -> list[Any]:
        at_start = not row.units and not row.prefill
        text = self.trigger if at_start or self._text(row).endswith((" ", "\n")) else " " + self.trigger
        if self._local is None:
            return list(text)
        return self._local.tokenizer(text, add_special_tokens=False)["input_ids"]

    def _check(self, rows: list[_Row], budget: int) -> list[int | None]:
        """Check every row with unchecked units; returns, per row, the unit count cut back to (None: kept)."""
        todo = [r for r in rows if len(r.units) > r.safe or not r.checked]
        cuts: list[int | None] = [None] * len(rows)
        if not todo:
            return cuts
        verdicts = self.check.classify([(r.messages, self._checked_text(r)) for r in todo])
        if len(verdicts) != len(todo):
            raise BackendError(f"the check gave {len(verdicts)} answers for {len(todo)} partial answers")
        self.stats.checks += len(todo)
        position = {id(r): i for i, r in enumerate(rows)}
        for row, harmful in zip(todo, verdicts, strict=True):
            row.checked = True
            if harmful is None:
                self.stats.parse_errors += 1
            elif not harmful:
                row.safe = len(row.units)
            else:
                self.stats.harmful += 1
                cuts[position[id(row)]] = self._cut(row, budget)
        return cuts

    def _checked_text(self, row: _Row) -> str:
        """What the check reads: the prefill and the answer, or after a correction the answer from its last
        trigger on (what came before was found safe, and a harmful prefill cannot be cut)."""
        if row.corrections:
            return self._decode(row.units[row.anchor:]).lstrip()
        return row.prefill + self._text(row)

    def _cut(self, row: _Row, budget: int) -> int:
        """Cut a harmful row back to the end of its last sentence within the safe part (not below the last
        trigger) and go on after a trigger (or end after it, out of tokens), or end at the cut when its
        corrections are used up."""
        cut = row.floor
        for end in range(row.safe, row.floor, -1):
            if self._decode(row.units[:end]).rstrip(" ").endswith(SENTENCE_ENDS):
                cut = end
                break
        del row.units[cut:]
        row.safe = cut
        if row.corrections >= self.max_corrections:
            self.stats.cut_to_end += 1
            row.ended, row.reason = True, "stop"
            return cut
        row.corrections += 1
        self.stats.corrections += 1
        row.anchor = len(row.units)
        row.units += self._trigger_units(row)
        row.safe = row.floor = len(row.units)
        row.ended, row.reason = row.spent >= budget, "stop"
        return cut

    def _choice(self, row: _Row) -> Choice:
        return Choice(text=self._text(row), finish_reason=row.reason,  # type: ignore[arg-type]
                      completion_tokens=row.spent)

    # --- any backend: one prefill request per chunk -------------------------------------------------------

    async def _run_requests(self, reqs: list[GenerationRequest], config: GenerationConfig) -> list[_Row]:
        rows = self._rows(reqs, config)
        step = 0
        while live := [r for r in rows if not r.ended]:
            asks = []
            for r in live:
                text = r.prefill + "".join(r.units)
                messages = r.messages[:-1] if r.prefill else r.messages
                messages = [*messages, assistant(text)] if text else list(messages)
                seed = None if config.seed is None else config.seed + step
                cfg = config.model_copy(update={"n": 1, "seed": seed,
                                                "max_new_tokens": min(self.every, config.max_new_tokens - r.spent)})
                asks.append(GenerationRequest(id=f"{r.request.id}#{step}", messages=messages, config=cfg))
            step += 1
            for r, res in zip(live, await self.inner.agenerate(asks), strict=True):
                if res.error:
                    raise BackendError(f"{self.inner.name}: {res.error}")
                r.units += list(res.text)
                r.spent += res.completion_tokens
                if res.finish_reason == "stop" or r.spent >= config.max_new_tokens:
                    r.ended, r.reason = True, res.finish_reason
            self._check(live, config.max_new_tokens)
        return rows

    # --- local transformers: the KV cache kept across chunks ---------------------------------------------

    def _run_local(self, reqs: list[GenerationRequest], config: GenerationConfig) -> list[_Row]:
        import torch

        hf = self._local
        assert hf is not None
        rows = self._rows(reqs, config)
        for row in rows:
            ids = hf.encode(row.request.model_copy(update={"messages": _transform(self.inner, row.messages)}))
            row.prompt, _ = hf._fit(ids, config.max_new_tokens)
            row.pending = list(row.prompt)
        seeded = config.seed is not None
        rng = torch.random.fork_rng(devices=hf._rng_devices()) if seeded else contextlib.nullcontext()
        with rng, torch.inference_mode():
            if seeded:
                torch.manual_seed(config.seed)
            for start in range(0, len(rows), hf.batch_size):
                batch = rows[start:start + hf.batch_size]
                while live := [r for r in batch if not r.ended]:
                    self._step_local(live, config)
                    for row, cut in zip(live, self._check(live, config.max_new_tokens), strict=True):
                        if cut is not None:  # the cache keeps the prompt and the answer up to the cut
                            keep = len(row.prompt) + cut
                            row.cache = [(k[:, :, :keep], v[:, :, :keep]) for k, v in row.cache or []]
                            row.pending = row.units[cut:]
        return rows

    def _step_local(self, live: list[_Row], config: GenerationConfig) -> None:
        """Generate up to `every` tokens for each live row in one batch: the rows' caches are stacked,
        left-padded (cache, then pending tokens, each aligned right; the gaps are masked and positions
        follow the mask, so every row sees what it would alone), and split again afterwards."""
        import torch

        from safetylab.backends.prefix_cache import left_padded_cache

        hf = self._local
        assert hf is not None
        budget = max(config.max_new_tokens - r.spent for r in live)
        room = min(self.every, budget)
        width = max(_cache_len(r) for r in live)
        block = max(len(r.pending) for r in live)
        pad = hf.tokenizer.pad_token_id
        ids = torch.full((len(live), width + block), pad, dtype=torch.long)
        mask = torch.zeros((len(live), width + block), dtype=torch.long)
        for i, r in enumerate(live):
            mask[i, width - _cache_len(r):width] = 1
            mask[i, width + block - len(r.pending):] = 1
            ids[i, width + block - len(r.pending):] = torch.tensor(r.pending)
        kw = {**hf._generation_kwargs(config), "num_return_sequences": 1, "max_new_tokens": room}
        cache = left_padded_cache(hf.model, [(r.cache, _cache_len(r)) for r in live], width) if width else None
        with hf._lock:
            out = hf.model.generate(input_ids=ids.to(hf.device), attention_mask=mask.to(hf.device), cache=cache,
                                    return_dict_in_generate=True, **kw)
        new = out.sequences[:, width + block:].tolist()
        eos = hf._eos_ids()
        kv = [(layer.keys, layer.values) for layer in out.cache.layers]
        for i, r in enumerate(live):
            row = new[i]
            stop = next((j for j, t in enumerate(row) if t in eos), None)
            take = min(stop if stop is not None else len(row), config.max_new_tokens - r.spent)
            computed = min(take, len(row) - 1)  # the last sampled token has not been run yet
            index = torch.cat([mask[i].nonzero()[:, 0], torch.arange(width + block, width + block + computed)])
            index = index.to(kv[0][0].device)
            r.cache = [(k[i:i + 1, :, index], v[i:i + 1, :, index]) for k, v in kv]
            r.units += row[:take]
            r.pending = row[computed:take]
            r.spent += take
            if stop is not None and stop <= take:
                r.spent += 1  # the end-of-sequence token, counted as plain generation counts it
                r.ended, r.reason = True, "stop"
            elif r.spent >= config.max_new_tokens:
                r.ended, r.reason = True, "length"


def _cache_len(row: _Row) -> int:
    return 0 if not row.cache else row.cache[0][0].shape[2]


def _local_model(backend: Backend) -> Any:
    """The local transformers backend under message-rewriting wrappers (system prompt, steering hooks), or
    None where something in between changes generation itself (another corrected:, a remote model)."""
    from safetylab.backends.hf import HFBackend

    while isinstance(backend, WrapperBackend):
        if type(backend).agenerate is not WrapperBackend.agenerate:
            return None
        backend = backend.inner
    if not isinstance(backend, HFBackend):
        return None
    from safetylab.backends.prefix_cache import supports_shared_prefix

    return backend if supports_shared_prefix(backend.model) else None


def _transform(backend: Backend, messages: list[Message]) -> list[Message]:
    """The messages as the innermost model sees them (every wrapper's rewrite, outermost first)."""
    while isinstance(backend, WrapperBackend):
        messages = backend.transform(list(messages))
        backend = backend.inner
    return messages
