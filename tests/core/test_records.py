import pytest
from pydantic import ValidationError

from safetylab.core.errors import UnknownNameError
from safetylab.core.hashing import content_key
from safetylab.core.messages import assistant, is_prefill, user
from safetylab.core.records import GenerationConfig, GenerationRequest


def test_request_needs_exactly_one_input() -> None:
    with pytest.raises(ValidationError):
        GenerationRequest()
    with pytest.raises(ValidationError):
        GenerationRequest(prompt="a", messages=[user("a")])


def test_request_key_depends_on_content_and_settings_not_metadata() -> None:
    a = GenerationRequest(messages=[user("hi")], metadata={"x": 1})
    b = GenerationRequest(messages=[user("hi")], metadata={"x": 2})
    c = GenerationRequest(messages=[user("hi")], config=GenerationConfig(max_new_tokens=5))
    assert a.id == b.id != c.id
    assert a.id == a.key()


def test_content_key_ignores_dict_order() -> None:
    assert content_key({"a": 1, "b": 2}) == content_key({"b": 2, "a": 1})


def test_prefill_detection() -> None:
    assert is_prefill([user("q"), assistant("Sure,")])
    assert not is_prefill([user("q")])


def test_unknown_model_lists_known_names() -> None:
    from safetylab.backends.registry import load_backend

    with pytest.raises(UnknownNameError) as exc:
        load_backend("gpt-99")
    assert "smollm2-135m" in str(exc.value) and "hf:..." in str(exc.value)
