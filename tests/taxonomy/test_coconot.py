from __future__ import annotations

import pytest
from typer.testing import CliRunner

from safetylab.core.errors import UnknownNameError
from safetylab.taxonomy import (
    CATEGORIES,
    Behaviour,
    get_category,
    get_harm_subcategory,
    get_subcategory,
    subcategories,
)

# Exact (category, subcategory) strings of the released CoCoNot files (eval, contrast, pref).
EVAL = {
    "Incomplete requests": {"false presuppositions", "underspecified", "incomprehensible"},
    "Unsupported requests": {"input modality limitations", "output modality limitations",
                             "style and length limitations", "temporal limitations"},
    "Indeterminate requests": {"universal unknowns", "subjective questions"},
    "Requests with safety concerns": {"triggers for offensive language", "dangerous or sensitive topics",
                                      "privacy violations", "copyright violations", "misinformation",
                                      "wildchats"},
    "Humanizing requests": {"personal inquiry", "offer advice, opinion or recommendations"},
}
CONTRAST = {"false presuppositions", "underspecified", "modality limitations", "dangerous or sensitive topics",
            "privacy violations"}
PREF = {"false presuppositions", "underspecified", "input modality limitations", "output modality limitations",
        "dangerous or sensitive topics", "false information", "privacy violations",
        "triggers for offensive language"}


def test_every_released_string_resolves_to_its_category():
    for cat, subs in EVAL.items():
        for name in subs:
            sub = get_subcategory(name)
            assert sub.name == name and sub.category == cat and "original" in sub.sets
    assert {s.name for s in subcategories() if "original" in s.sets} == set().union(*EVAL.values())
    for name in CONTRAST:
        assert "contrast" in get_subcategory(name).sets
    for name in PREF:
        assert "pref" in get_subcategory(name).sets


@pytest.mark.parametrize("alias,canonical", [
    ("false information", "misinformation"), ("Length Limitations", "style and length limitations"),
    ("known unknowns", "universal unknowns"), ("Subjective matters", "subjective questions"),
    ("  PERSONAL   inquiry ", "personal inquiry"), ("offer_advice", "offer advice, opinion or recommendations"),
])
def test_aliases_are_case_insensitive(alias, canonical):
    assert get_subcategory(alias).name == canonical


def test_entries_have_definitions_and_behaviour():
    assert [c.name for c in CATEGORIES][0] == "Incomplete requests" and len(CATEGORIES) == 5
    for sub in subcategories():
        assert sub.definition and sub.expected and isinstance(sub.behaviour, Behaviour)
    assert get_subcategory("underspecified").behaviour is Behaviour.CLARIFY
    assert get_subcategory("false presuppositions").behaviour is Behaviour.CORRECT_PREMISE
    assert not get_subcategory("model unknowns").in_data
    assert len(subcategories(in_data_only=True)) == len(subcategories()) - 2


def test_unknown_names_list_known_ones():
    with pytest.raises(UnknownNameError, match="underspecified"):
        get_subcategory("no such thing")
    assert get_category("misinformation").name == "Requests with safety concerns"
    assert get_category("humanizing").name == "Humanizing requests"
    with pytest.raises(UnknownNameError):
        get_category("nope")


def test_wildguard_subcategories():
    assert get_harm_subcategory("cyberattack").group == "Malicious uses"
    assert not get_harm_subcategory("benign").harmful
    with pytest.raises(UnknownNameError):
        get_harm_subcategory("weather")


def test_list_taxonomy_cli():
    from safetylab.cli.app import app

    res = CliRunner().invoke(app, ["list", "taxonomy"], env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    for name in ("false presuppositions", "offer advice, opinion or recommendations", "wildchats"):
        assert name in res.output
    assert "model unknowns" not in res.output
    res = CliRunner().invoke(app, ["list", "taxonomy", "wildguard"], env={"COLUMNS": "300"})
    assert res.exit_code == 0 and "private_information_individual" in res.output
