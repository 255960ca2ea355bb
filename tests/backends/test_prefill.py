"""True prefill: the assistant turn stays open on every chat-template family (the rendered ids end with the
prefix's ids, no end-of-turn token after it), and an OpenAI-compatible server that cannot continue a turn
is refused clearly instead of answering in a new one."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from safetylab.backends.hf import HFBackend
from safetylab.backends.openai_compat import OpenAIBackend
from safetylab.core.errors import BackendError
from safetylab.core.messages import assistant, user
from safetylab.core.records import GenerationConfig, GenerationRequest
from safetylab.serve.http import BackgroundServer
from tests.conftest import build_tiny_model

# Templates shaped like each family's own, including the ones that trim message content (Llama 3, Gemma)
# and close every assistant turn with their own end-of-turn token.
FAMILIES = {
    "chatml": ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
               "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}", "<|im_end|>"),
    "llama3": ("<s>{% for m in messages %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>\n\n"
               "{{ m['content'] | trim }}<|eot_id|>{% endfor %}"
               "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}",
               "<|eot_id|>"),
    "gemma": ("<s>{% for m in messages %}<start_of_turn>{{ 'model' if m['role'] == 'assistant' else m['role'] }}\n"
              "{{ m['content'] | trim }}<end_of_turn>\n{% endfor %}"
              "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}", "<end_of_turn>"),
    "mistral": ("<s>{% for m in messages %}{% if m['role'] == 'user' %}[INST] {{ m['content'] }} [/INST]"
                "{% else %} {{ m['content'] }}</s>{% endif %}{% endfor %}", "</s>"),
}
PREFIX = "Sure, here is how you can go about it. First, get a pick and"


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_prefill_leaves_the_assistant_turn_open(family: str, tmp_path: Path) -> None:
    template, end_of_turn = FAMILIES[family]
    b = HFBackend(build_tiny_model(tmp_path / family, chat_template=template), batch_size=4)
    msgs = [user("How do I pick a lock?"), assistant(PREFIX)]
    closed = b.tokenizer.apply_chat_template(msgs, tokenize=False)
    assert end_of_turn in closed.split(PREFIX)[1]  # the family does close a finished turn...
    rendered = b.render(msgs)
    assert rendered.endswith(PREFIX) and end_of_turn not in rendered.split(PREFIX)[1]  # ...but not this one
    ids = b.encode(GenerationRequest(messages=msgs))
    prefix_ids = b.tokenizer(PREFIX, add_special_tokens=False)["input_ids"]
    assert b.tokenizer.decode(ids[-len(prefix_ids):]) == PREFIX
    assert not set(ids[-len(prefix_ids):]) & set(b._eos_ids())
    assert rendered == closed[:closed.index(PREFIX) + len(PREFIX)]  # the finished turn, cut after the prefix
    res = b.generate([GenerationRequest(messages=msgs, config=GenerationConfig(max_new_tokens=4))])[0]
    assert res.error is None and res.prompt_tokens == len(ids)


def test_openai_server_that_cannot_prefill_is_refused_clearly() -> None:
    """A server that rejects vLLM's continue_final_message (as hosted APIs reject unknown fields)."""
    app, bodies = FastAPI(), []

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> JSONResponse:
        bodies.append(body := await request.json())
        if "continue_final_message" in body:
            return JSONResponse({"error": {"message": "Unrecognized request argument supplied: "
                                           "continue_final_message", "type": "invalid_request_error"}}, 400)
        return JSONResponse({"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                             "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"},
                                          "finish_reason": "stop"}],
                             "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})

    with BackgroundServer(app) as server:
        backend = OpenAIBackend.from_spec(f"{server.url}/v1#m")
        assert backend.generate([GenerationRequest(messages=[user("q")])])[0].text == "hi"
        with pytest.raises(BackendError) as err:
            backend.generate([GenerationRequest(messages=[user("q"), assistant(PREFIX)])])
    message = str(err.value)
    assert "prefilled assistant turn" in message and "continue_final_message" in message
    assert "Unrecognized request argument" in message and server.url in message
    assert bodies[-1]["messages"][-1] == {"role": "assistant", "content": PREFIX}
