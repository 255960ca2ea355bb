"""Hub helpers that need no network: quiet loading from local folders."""

from __future__ import annotations

import pytest


def test_quiet_local_load_hides_bars_only_for_local_folders(tmp_path):
    from transformers.utils import logging as hf_logging

    from safetylab.core.hub import quiet_local_load

    assert hf_logging.is_progress_bar_enabled()
    with quiet_local_load(tmp_path):
        assert not hf_logging.is_progress_bar_enabled()
    assert hf_logging.is_progress_bar_enabled()
    with quiet_local_load("org/some-hub-model"):  # a download keeps its progress bar
        assert hf_logging.is_progress_bar_enabled()
    with pytest.raises(RuntimeError), quiet_local_load(tmp_path):
        raise RuntimeError("load failed")
    assert hf_logging.is_progress_bar_enabled()
