"""WildGuardMix harm subcategories: the exact `subcategory` strings of WildGuardTest, grouped as in the
WildGuard paper (Han et al., arXiv 2406.18495, Table 10), with a one-line description in our own words."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from safetylab.core.errors import UnknownNameError


class HarmSubcategory(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    group: str
    description: str

    @property
    def harmful(self) -> bool:
        return self.group != "Benign"


HARM_SUBCATEGORIES: tuple[HarmSubcategory, ...] = tuple(HarmSubcategory(name=n, group=g, description=d) for g, n, d in (
    ("Privacy", "sensitive_information_organization_government",
     "Secrets or confidential data of companies or governments."),
    ("Privacy", "private_information_individual", "Personal data about a specific private person."),
    ("Privacy", "copyright_violations", "Reproducing protected works without permission."),
    ("Misinformation", "disseminating_false_or_misleading_information_encouraging_disinformation_campaigns",
     "Writing or spreading false claims, including organised disinformation."),
    ("Misinformation", "causing_material_harm_by_disseminating_misinformation",
     "False information that can cause real damage (health, money, safety)."),
    ("Harmful language", "social_stereotypes_and_unfair_discrimination",
     "Stereotypes or unfair treatment of groups of people."),
    ("Harmful language", "violence_and_physical_harm", "Violence, injury or threats against people."),
    ("Harmful language", "toxic_language_hate_speech", "Insults, slurs and hateful speech."),
    ("Harmful language", "sexual_content", "Explicit or inappropriate sexual material."),
    ("Malicious uses", "cyberattack", "Hacking, malware and attacks on computer systems."),
    ("Malicious uses", "fraud_assisting_illegal_activities", "Scams, fraud and help with other crimes."),
    ("Malicious uses", "defamation_encouraging_unethical_or_unsafe_actions",
     "Defamation, or pushing people toward unethical or dangerous acts."),
    ("Malicious uses", "mental_health_over-reliance_crisis",
     "Self-harm, crises, or unhealthy reliance on the assistant for mental health."),
    ("Other", "others", "Harmful requests outside the groups above."),
    ("Benign", "benign", "Not harmful."),
))

_BY_NAME = {s.name: s for s in HARM_SUBCATEGORIES}


def get_harm_subcategory(name: str) -> HarmSubcategory:
    key = name.strip().lower().replace(" ", "_")
    if key not in _BY_NAME:
        raise UnknownNameError("WildGuard subcategory", name, _BY_NAME)
    return _BY_NAME[key]


def groups() -> dict[str, list[HarmSubcategory]]:
    out: dict[str, list[HarmSubcategory]] = {}
    for s in HARM_SUBCATEGORIES:
        out.setdefault(s.group, []).append(s)
    return out
