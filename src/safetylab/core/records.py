"""Typed records passed between stages: generation settings, requests and results."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from safetylab.core.hashing import content_key
from safetylab.core.messages import Message

FinishReason = Literal["stop", "length", "error"]
MAX_SEED = 2**63 - 1  # seeds are signed 64-bit integers for torch, vLLM and OpenAI's API alike


class GenerationConfig(BaseModel):
    """Decoding settings. `temperature == 0` means greedy; `seed` makes sampling repeatable."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_new_tokens: int = Field(256, ge=1)
    temperature: float = Field(0.0, ge=0.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    n: int = Field(1, ge=1, description="samples per prompt")
    seed: int | None = Field(None, ge=0, le=MAX_SEED)
    stop: tuple[str, ...] = ()

    @property
    def greedy(self) -> bool:
        return self.temperature == 0.0


class GenerationRequest(BaseModel):
    """One prompt: either chat `messages` or a raw completion `prompt` string.

    Chat messages ending with an assistant message are a *prefill*: the backend continues that message
    at token level instead of opening a new turn.
    """

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    messages: list[Message] | None = None
    prompt: str | None = None
    config: GenerationConfig = GenerationConfig()
    metadata: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_input(self) -> GenerationRequest:
        if (self.messages is None) == (self.prompt is None):
            raise ValueError("give exactly one of 'messages' or 'prompt'")
        if not self.id:
            self.id = self.key()
        return self

    @property
    def is_chat(self) -> bool:
        return self.messages is not None

    def key(self) -> str:
        """Content key of what the model sees and how it decodes (metadata excluded)."""
        return content_key({"messages": self.messages, "prompt": self.prompt,
                            "config": self.config.model_dump(mode="json")})


class Choice(BaseModel):
    text: str
    finish_reason: FinishReason = "stop"
    completion_tokens: int = 0


class GenerationResult(BaseModel):
    """What a backend returns for one request; `error` is set (and `choices` empty) when it failed."""

    request_id: str
    choices: list[Choice] = Field(default_factory=list)
    prompt_tokens: int = 0
    latency_s: float = 0.0
    truncated_prompt_tokens: int = 0
    error: str | None = None
    error_kind: Literal["request", "backend"] | None = Field(
        None, description="'request': this request cannot be served as sent (retrying won't help)")
    cached: bool = False

    @property
    def text(self) -> str:
        return self.choices[0].text if self.choices else ""

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.choices]

    @property
    def finish_reason(self) -> FinishReason:
        return self.choices[0].finish_reason if self.choices else "error"

    @property
    def completion_tokens(self) -> int:
        return sum(c.completion_tokens for c in self.choices)
