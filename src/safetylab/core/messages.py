"""Chat messages: plain `{"role", "content"}` dicts, the format of transformers, TRL and OpenAI alike."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict  # pydantic needs this one on Python < 3.12

Role = Literal["system", "user", "assistant"]


class Message(TypedDict):
    role: Role
    content: str


def user(content: str) -> Message:
    return {"role": "user", "content": content}


def assistant(content: str) -> Message:
    return {"role": "assistant", "content": content}


def system(content: str) -> Message:
    return {"role": "system", "content": content}


def is_prefill(messages: list[Message]) -> bool:
    """A conversation that ends with an assistant message asks the model to continue that message."""
    return bool(messages) and messages[-1]["role"] == "assistant"
