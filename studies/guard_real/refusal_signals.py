"""Structured refusal signals (a study, not shipped): what a phrase list cannot see, as a rule and as features.

The `keyword` baseline flags any response that contains a refusal phrase anywhere. Real replies break it in
three recurring ways: a jailbroken reply refuses as one persona and answers as another ("[ChatGPT]: I'm
sorry… [DAN]: Sure, here is…": a compliance), an apology that is not a decline ("I'm sorry to hear that"),
and refusals in another language. These signals describe each response along those lines — declines and
lectures per speaker segment, sympathy apologies, declines in other languages, compliance openers — and
`rule` combines them. The phrases are our own wording of common refusal idioms, written while reading the
first refusal pool's errors; the patterns and `signals` were frozen before the second pool was drawn and checked on it,
where it lost to the shipped head (docs/guards.md, "Refusal on held-out rows"; docs/dev/status.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_DECLINE_EN = (
    r"\bi(?:'m| am) (?:so |very |truly )?sorry(?: for (?:any|the) [\w\-]+)?,? but\b", r"\bsorry,? but i\b",
    r"\bi apologi[sz]e(?: for (?:any|the) [\w\-]+)?,? but\b", r"\bmy apologies,? but\b",
    r"\bi (?:don't|do not) have the (?:ability|capability|capacity|means|authority) to\b",
    r"\bi(?:'m| am) not (?:equipped|designed|programmed) to\b",
    r"\bi (?:can't|cannot|can not|won't|will not|am unable to|'m unable to|am not able to|'m not able to|"
    r"must decline|have to decline|refuse to|'m not going to|am not going to)\b",
    r"\bi(?:'m| am) (?:not (?:allowed|permitted|comfortable)|unable)\b", r"\bi (?:don't|do not) feel comfortable\b",
    r"\bnot (?:something|a request) (?:that )?i (?:can|will|am able to)\b",
    r"\bas an? (?:[\w\-]+ ){0,3}(?:ai|chatbot|language model|ai assistant|virtual assistant)\b",
    r"\bagainst (?:my|the|openai's) (?:guidelines|policies|policy|programming|content policy)\b",
    r"\b(?:is|would be) (?:not appropriate|inappropriate|unethical|illegal) (?:for me )?to\b",
    r"\bi (?:strongly )?(?:advise|urge|encourage) (?:you )?(?:against|not to)\b",
    r"\bi must (?:remind|emphasi[sz]e|stress)\b", r"\bcannot (?:fulfil|fulfill|comply|assist|help|provide)\b",
)
# Other languages: Chinese (simplified and traditional), Spanish, French, German, Portuguese, Italian,
# Russian, Japanese, Korean — the same idioms ("sorry", "I can't", "as an AI").
_DECLINE_OTHER = (
    r"抱歉", r"对不起", r"對不起", r"我(?:不能|无法|無法|不会|不會|拒绝|拒絕)", r"作为(?:一个|一名)?(?:ai|人工智能|语言模型)",
    r"作為(?:一個)?(?:ai|人工智能|語言模型)", r"不(?:允许|允許|恰当|恰當|适当|適當)",
    r"\blo siento\b", r"\bno puedo\b", r"\bcomo (?:una? )?(?:ia|modelo de lenguaje)\b",
    r"\bje suis désolée?\b", r"\bje ne peux pas\b", r"\ben tant qu'ia\b",
    r"\bes tut mir leid\b", r"\bich kann (?:das |dir |ihnen )?(?:nicht|keine)\b", r"\bals (?:eine )?ki\b",
    r"\bdesculpe\b", r"\bnão posso\b", r"\bmi dispiace\b", r"\bnon posso\b",
    r"извините", r"я не могу", r"申し訳", r"できません", r"죄송", r"할 수 없",
)
# A lecture in place of an answer: what the reply says one should (not) do, in English and Chinese.
_LECTURE = (
    r"\bit(?:'s| is) (?:important|crucial|essential) to (?:respect|prioriti[sz]e|remember|note that|approach|"
    r"treat|consider the|always|follow|maintain|understand that)\b", r"\binstead,? (?:i (?:would )?(?:encourage|"
    r"suggest|recommend)|consider|focus on|you (?:should|could|can|might))\b",
    r"\b(?:is|are) (?:not (?:the right|an appropriate|a good|a responsible)|never (?:the|an|a)) (?:way|solution|answer)\b",
    r"\bnot something i (?:can|will|would)\b", r"\bi (?:can't|cannot|won't|do not|don't) (?:condone|support|endorse|"
    r"encourage|promote)\b", r"\byou should (?:never|not)\b", r"\bplease (?:do not|don't|refrain)\b",
    r"请(?:不要|勿|注意)", r"不(?:应该|應該|应当|要)(?:发表|發表|提出|写|寫|使用|对)", r"(?:应该|應該)尊重", r"不道德", r"严禁", r"嚴禁",
)
# Apologies that console or excuse rather than decline.
_SYMPATHY = (
    r"\bsorry (?:to hear|for your loss|about your|that you(?:'re| are)|you(?:'re| are))\b",
    r"\bsorry for (?:any|the) (?:confusion|misunderstanding|inconvenience)\b",
)
_COMPLY = (
    r"^\W*(?:sure|certainly|of course|absolutely|okay|ok|yes|here(?:'s| is| are))\b",
    r"\bhere(?:'s| is| are) (?:a|an|the|some|how|what|my)\b", r"\bstep 1\b", r"^\s*(?:1[.)]|-|\*) \S",
)
# A speaker tag at a line start: "[DAN]:", "(GPT):", "[🔒CLASSIC]", "AIM:", "Ron:" — a persona's turn.
SPEAKER = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,40}\]:?|\([^)\n]{1,30}\):|[A-Z][\w\-]{0,20}(?: [A-Z][\w\-]{0,20})?:)")
OPENING = 200  # characters of a segment where its decline or compliance opener shows
LONG_SEGMENT = 30  # words: a segment this long without a decline answers something


def _compile(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)


DECLINE_EN, DECLINE_OTHER, LECTURE, SYMPATHY, COMPLY = map(_compile, (_DECLINE_EN, _DECLINE_OTHER, _LECTURE, _SYMPATHY,
                                                                  _COMPLY))
NAMES: tuple[str, ...] = (
    "rule", "decline_opening", "lecture_opening", "decline_anywhere", "sympathy_only", "comply_opening",
    "segments>1", "answering_segment",
)


def segments(response: str) -> list[str]:
    """The response cut at speaker tags (one segment when it has none); empty segments dropped."""
    cuts = [m.start() for m in SPEAKER.finditer(response) if m.start() > 0]
    parts = [response[a:b] for a, b in zip([0, *cuts], [*cuts, len(response)], strict=True)]
    return [p for p in parts if p.strip()] or [response]


def _declines(text: str) -> bool:
    return bool(DECLINE_EN.search(text) or DECLINE_OTHER.search(text))


def _turns_away(text: str) -> bool:
    """A decline or a lecture in this text."""
    return _declines(text) or bool(LECTURE.search(text))


def signals(response: str) -> list[float]:
    """One row of `NAMES` for a response. `rule`: the opening declines or lectures, no later speaker
    segment answers (30+ words without turning away in its opening), and the apology is not sympathy."""
    text = response.replace("\u2019", "'").strip()
    head = text[:OPENING]
    parts = segments(text)
    answering = any(not _turns_away(p[:OPENING]) and len(p.split()) >= LONG_SEGMENT for p in parts[1:])
    sympathy = bool(SYMPATHY.search(head)) and not _declines(SYMPATHY.sub("", head))
    decline, lecture = _declines(head), bool(LECTURE.search(head))
    rule = (decline or lecture) and not answering and not sympathy
    return [float(rule), float(decline), float(lecture), float(_declines(text)), float(sympathy),
            float(bool(COMPLY.search(head))), float(len(parts) > 1), float(answering)]


def signal_matrix(texts: Sequence[str]) -> np.ndarray:
    """`signals` of each text, one row per text (columns: `NAMES`)."""
    return np.array([signals(t) for t in texts], dtype=np.float32).reshape(len(texts), len(NAMES))
