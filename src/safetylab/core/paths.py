"""Where safetylab keeps caches: `$SAFETYLAB_CACHE_DIR`, else the per-user cache dir (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    env = os.environ.get("SAFETYLAB_CACHE_DIR")
    if env:
        path = Path(env)
    else:
        from platformdirs import user_cache_dir

        path = Path(user_cache_dir("safetylab"))
    path.mkdir(parents=True, exist_ok=True)
    return path
