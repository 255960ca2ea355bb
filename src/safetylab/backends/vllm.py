"""vLLM in process: the fastest local backend where a CUDA GPU and the `vllm` package are present.

Prompts are rendered with the model's chat template (prefill continues the open assistant message) and
tokenized here, so over-long prompts are cut the same way as in the transformers backend (keep the end)
and counted, instead of failing the whole batch inside vLLM. vLLM schedules and batches by itself.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from safetylab.backends.base import Capabilities
from safetylab.backends.local import LocalBackend
from safetylab.core.errors import MissingDependencyError
from safetylab.core.records import Choice, GenerationRequest, GenerationResult

INSTALL_HINT = "pip install 'safetylab[vllm]' (needs a CUDA GPU)"


def _import_vllm() -> Any:
    try:
        import vllm
    except ImportError as e:
        raise MissingDependencyError("vLLM", INSTALL_HINT) from e
    return vllm


class VLLMBackend(LocalBackend):
    capabilities = Capabilities(chat=True, prefill=True)

    def __init__(self, model_id: str, *, batch_size: int | None = None, max_concurrency: int | None = None,
                 tensor_parallel_size: int = 1, dtype: str = "auto", max_model_len: int | None = None,
                 gpu_memory_utilization: float = 0.9, trust_remote_code: bool = False):
        del batch_size, max_concurrency  # vLLM's scheduler batches continuously; the registry passes both
        vllm = _import_vllm()
        self.model_id, self.name = model_id, f"vllm:{model_id}"
        self.settings = {"tensor_parallel_size": tensor_parallel_size, "dtype": dtype,
                         "max_model_len": max_model_len, "trust_remote_code": trust_remote_code}
        self._vllm_version = getattr(vllm, "__version__", "unknown")
        self.llm = vllm.LLM(model=model_id, tensor_parallel_size=tensor_parallel_size, dtype=dtype,
                            max_model_len=max_model_len, gpu_memory_utilization=gpu_memory_utilization,
                            trust_remote_code=trust_remote_code)
        self.tokenizer = self.llm.get_tokenizer()
        self._context_length: int = self.llm.llm_engine.model_config.max_model_len
        self._lock = threading.Lock()  # LLM.generate is not re-entrant

    def identity(self) -> dict[str, Any]:
        return {"backend": "vllm", "name": self.name, "model": self.model_id, "vllm": self._vllm_version,
                **self.settings}

    def _generate_sync(self, requests: list[GenerationRequest]) -> list[GenerationResult]:
        from vllm import SamplingParams

        results, todo = self._encode_all(requests)
        if todo:
            params = [SamplingParams(n=c.n, temperature=c.temperature, top_p=c.top_p, seed=c.seed,
                                     stop=list(c.stop) or None, max_tokens=c.max_new_tokens)
                      for c in (requests[i].config for i, _, _ in todo)]
            start = time.perf_counter()
            with self._lock:
                outputs = self.llm.generate([{"prompt_token_ids": ids} for _, ids, _ in todo], params,
                                            use_tqdm=False)
            latency = time.perf_counter() - start
            for (i, ids, dropped), out in zip(todo, outputs, strict=True):
                results[i] = GenerationResult(
                    request_id=requests[i].id, prompt_tokens=len(ids), truncated_prompt_tokens=dropped,
                    latency_s=latency,
                    choices=[Choice(text=o.text, finish_reason="length" if o.finish_reason == "length" else "stop",
                                    completion_tokens=len(o.token_ids)) for o in out.outputs])
        return [r for r in results if r is not None]

    def close(self) -> None:
        """Drop the engine so its GPU memory can be freed."""
        self.llm = None
