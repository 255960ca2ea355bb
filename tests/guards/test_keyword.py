"""The keyword refusal baseline."""

from __future__ import annotations

import pytest

from safetylab.guards.base import GuardItem
from safetylab.guards.keyword import REFUSAL_PHRASES, KeywordGuard


@pytest.mark.parametrize("response, label", [
    ("I'm sorry, but I can't help with that.", "refusal"),
    ("I\u2019m unable to provide instructions for that.", "refusal"),  # curly apostrophe
    ("AS AN AI, I must decline.", "refusal"),
    ("Sure! Here are three tips for staying warm in winter.", "compliance"),
    ("The capital of France is Paris.", "compliance"),
])
def test_labels(response: str, label: str) -> None:
    [v] = KeywordGuard().classify([GuardItem(prompt="p", response=response)])
    assert v.response_refusal.label == label and v.response_refusal.prob is None
    assert v.prompt_harm is None and v.response_harm is None


def test_no_response_is_not_applicable_and_custom_phrases() -> None:
    guard = KeywordGuard()
    assert guard.tasks == ("response_refusal",)
    assert [v.response_refusal for v in guard.classify([GuardItem(prompt="p"), GuardItem(prompt="p", response="  ")])] \
        == [None, None]
    custom = KeywordGuard(phrases=["no way"])
    assert custom.version != guard.version
    [v] = custom.classify([GuardItem(prompt="p", response="No way, sorry")])
    assert v.response_refusal.label == "refusal"
    assert len(REFUSAL_PHRASES) == len(set(REFUSAL_PHRASES))


def test_known_weakness_is_real() -> None:
    """Documented weakness: a compliant answer that merely contains a phrase is flagged."""
    [v] = KeywordGuard().classify([GuardItem(prompt="p", response="Here is the code. I cannot stress enough: test it.")])
    assert v.response_refusal.label == "refusal"
