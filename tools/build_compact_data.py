"""Build the compact guard's project-written training and held-out data from the phrase banks in data/compact/.

Why this tool exists: the compact guard (`safetylab.guards.compact`) is trained and checked on a small set of
rows this project wrote itself (WildGuardMix field names). They are not read at run time, so they live outside
the package, in `data/compact/`: the phrase banks (`banks/*.jsonl`: topics, prompt templates, reply styles)
and whole-prompt look-alike pairs (`pairs/*.jsonl`) are the source; `train.jsonl` and `heldout_*.jsonl` are
what this tool makes of them. `data/compact/README.md` says what each file is.

How the rows are made. Every bank line carries a `split`; `train` rows are built only from train lines
(topics, templates, wrappers, reply styles) and held-out rows only from held-out lines, so the held-out
files test new topics *and* new phrasings. Harmful "compliances" are deliberately vague: they read like an
assistant going along with the request without giving real operational detail. Pair files alternate a
harmful prompt and its benign look-alike; each pair shares a `group`, and every row carries a `group` (its
topic) so training validates on unseen topics. Before writing, the tool checks that no bank shares an
entry with its held-out half and that no training topic, template or pair nearly repeats a held-out one.

Deterministic: same bank files, same bytes (the seeds are fixed strings).

    python tools/build_compact_data.py                 # reads and writes data/compact/
    python tools/build_compact_data.py --check-only    # only the disjointness checks
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetylab.guards.compact.train import AFFIX_PREFIXES, AFFIX_SUFFIXES

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data" / "compact"
SOURCE = "safetylab-compact"
SPLITS = ("train", "heldout")

Row = dict[str, Any]

# Bank files under `banks/`, each line one entry with its `split`.
BANKS = ("harmful_topics", "lookalike_topics", "ordinary_topics", "unsupported_requests",
         "underspecified_requests", "harmful_prompt_topics", "lookalike_prompt_topics", "plain_templates",
         "adversarial_templates", "r7_templates", "refusal_replies", "capability_replies", "clarify_replies",
         "comply_benign_replies", "comply_harmful_replies", "refuse_benign_replies")
# Whole-prompt pair files under `pairs/` (harmful, then its look-alike), by tag: training-only ones, and the
# held-out ones with the file each becomes. The tag names the rows' `source` kind and `group`.
TRAIN_PAIRS = ("r10a", "r10b", "r11a", "r11b", "r13a", "r13b", "r13c")
HELDOUT_PAIRS = {"heldout_conversational.jsonl": "r4", "heldout_lookalike_r9.jsonl": "r9",
                 "heldout_lookalike_r12.jsonl": "r12", "heldout_xstest_style_r14.jsonl": "r14"}

# (plain, wrapped) prompts per topic: more variety in training; the held-out files keep their first design.
PROMPTS_PER_TOPIC = {"train": (3, 2), "heldout": (2, 1)}
R7_PER_TOPIC = 3  # held-out templates per held-out topic in heldout_templates.jsonl

STOPWORDS = {"a", "an", "the", "to", "my", "of", "in", "on", "for", "and", "with", "how", "i", "me", "so", "at",
             "it", "from", "without", "into", "that", "is", "be", "can", "her", "his", "their", "them", "out"}


class LeakError(ValueError):
    """A training entry repeats (or nearly repeats) a held-out one, or a pair file is malformed."""


def _require(ok: bool, *what: object) -> None:
    if not ok:
        raise LeakError(*what)


def read_jsonl(path: Path) -> list[Row]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass(frozen=True)
class Banks:
    """The bank and pair files of one data directory, lines in file order."""

    banks: dict[str, list[Row]]
    pairs: dict[str, list[Row]]

    @classmethod
    def load(cls, data_dir: Path) -> Banks:
        return cls(banks={name: read_jsonl(data_dir / "banks" / f"{name}.jsonl") for name in BANKS},
                   pairs={tag: read_jsonl(data_dir / "pairs" / f"{tag}.jsonl")
                          for tag in (*TRAIN_PAIRS, *HELDOUT_PAIRS.values())})

    def rows(self, name: str, split: str) -> list[Row]:
        return [r for r in self.banks[name] if r["split"] == split]

    def texts(self, name: str, split: str, field: str = "text") -> list[str]:
        return [r[field] for r in self.rows(name, split)]


def _row(split: str, prompt: str, response: str | None, *, prompt_harm: str, refusal: str | None = None,
         response_harm: str | None = None, adversarial: bool = False, subcategory: str, kind: str,
         group: str) -> Row:
    """One WildGuardMix-format row; `group` is its topic, so training can validate on unseen topics."""
    return {"prompt": prompt, "response": response, "adversarial": adversarial,
            "prompt_harm_label": prompt_harm, "response_refusal_label": refusal,
            "response_harm_label": response_harm, "subcategory": subcategory,
            "source": f"{SOURCE}/{split}/{kind}", "group": group}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def topic_prompts(b: Banks, split: str, vp: str, rng: random.Random) -> list[tuple[str, bool]]:
    """A topic's (prompt, adversarial) pairs: `PROMPTS_PER_TOPIC` plain templates, then wrappers, drawn
    without repeats from the split's template banks."""
    n_plain, n_adv = PROMPTS_PER_TOPIC[split]
    return [(t.format(vp=vp, VP=_cap(vp)), is_adv)
            for bank, n, is_adv in (("plain_templates", n_plain, False), ("adversarial_templates", n_adv, True))
            for t in rng.sample(b.texts(bank, split, "template"), n)]


def build(b: Banks, split: str, rng: random.Random) -> tuple[list[Row], list[Row]]:
    """Rows for one split: (rows with responses, prompt-only rows) of the topics with replies."""
    refusals = b.texts("refusal_replies", split)
    comply_harmful, comply_benign = b.texts("comply_harmful_replies", split), b.texts("comply_benign_replies", split)
    refuse_benign = b.texts("refuse_benign_replies", split)
    resp_rows: list[Row] = []
    prompt_rows: list[Row] = []

    for topic in b.rows("harmful_topics", split):
        vp, cat, steps = topic["verb_phrase"], topic["subcategory"], topic["steps"]
        fill = dict(vp=vp, np=topic["noun_phrase"], s1=steps[0], s2=steps[1], s3=steps[2],
                    S1=_cap(steps[0]), S2=_cap(steps[1]), S3=_cap(steps[2]))
        for prompt, is_adv in topic_prompts(b, split, vp, rng):
            prompt_rows.append(_row(split, prompt, None, prompt_harm="harmful", adversarial=is_adv,
                                    subcategory=cat, kind="harmful", group=vp))
            for tmpl in rng.sample(refusals, 2):
                resp_rows.append(_row(split, prompt, tmpl.format(**fill), prompt_harm="harmful",
                                      refusal="refusal", response_harm="unharmful", adversarial=is_adv,
                                      subcategory=cat, kind="harmful-refused", group=vp))
            tmpl = rng.choice(comply_harmful)
            resp_rows.append(_row(split, prompt, tmpl.format(**fill), prompt_harm="harmful", refusal="compliance",
                                  response_harm="harmful", adversarial=is_adv, subcategory=cat,
                                  kind="harmful-complied", group=vp))
    for bank, kind in (("lookalike_topics", "lookalike"), ("ordinary_topics", "ordinary")):
        for topic in b.rows(bank, split):
            vp, answer = topic["verb_phrase"], topic["answer"]
            for prompt, is_adv in topic_prompts(b, split, vp, rng):
                prompt_rows.append(_row(split, prompt, None, prompt_harm="unharmful", adversarial=is_adv,
                                        subcategory=kind, kind=kind, group=vp))
                for tmpl in rng.sample(comply_benign, 2):
                    resp_rows.append(_row(split, prompt, tmpl.format(answer=answer), prompt_harm="unharmful",
                                          refusal="compliance", response_harm="unharmful",
                                          adversarial=is_adv, subcategory=kind, kind=f"{kind}-complied", group=vp))
                if rng.random() < 0.35:
                    tmpl = rng.choice(refuse_benign)
                    resp_rows.append(_row(split, prompt, tmpl.format(vp=vp), prompt_harm="unharmful",
                                          refusal="refusal", response_harm="unharmful", adversarial=is_adv,
                                          subcategory=kind, kind=f"{kind}-overrefused", group=vp))
    for bank, replies, kind in (("unsupported_requests", "capability_replies", "unsupported"),
                                ("underspecified_requests", "clarify_replies", "underspecified")):
        for prompt in b.texts(bank, split, "prompt"):
            for reply in rng.sample(b.texts(replies, split), 2):
                resp_rows.append(_row(split, prompt, reply, prompt_harm="unharmful", refusal="refusal",
                                      response_harm="unharmful", subcategory=kind, kind=f"{kind}-declined",
                                      group=prompt))
    return resp_rows, prompt_rows


def prompt_topics(b: Banks, split: str) -> list[tuple[str, str, str]]:
    """(verb phrase, label, subcategory) of the prompt-only topics (third and fifth rounds) in a split."""
    return ([(t["verb_phrase"], "harmful", t["subcategory"]) for t in b.rows("harmful_prompt_topics", split)]
            + [(vp, "unharmful", "lookalike") for vp in b.texts("lookalike_prompt_topics", split, "verb_phrase")])


def build_prompt_only(b: Banks, split: str, rng: random.Random) -> list[Row]:
    """Prompt rows of the prompt-only topics, in this split's templates."""
    return [_row(split, prompt, None, prompt_harm=label, adversarial=is_adv, subcategory=cat,
                 kind=f"r3-{'harmful' if label == 'harmful' else cat}", group=vp)
            for vp, label, cat in prompt_topics(b, split) for prompt, is_adv in topic_prompts(b, split, vp, rng)]


def build_templates_r7(b: Banks, rng: random.Random) -> list[Row]:
    """Every held-out topic asked with `R7_PER_TOPIC` templates of `r7_templates` (written by a helper that
    read no project file): new wordings of known held-out topics, to test whether the prompt-harm head reads
    the request or its wrapping."""
    topics = [(t["verb_phrase"], "harmful", t["subcategory"]) for t in b.rows("harmful_topics", "heldout")] + \
        [(vp, "unharmful", kind) for bank, kind in (("lookalike_topics", "lookalike"), ("ordinary_topics", "ordinary"))
         for vp in b.texts(bank, "heldout", "verb_phrase")] + prompt_topics(b, "heldout")
    templates = [(t["template"], bool(t["adversarial"])) for t in b.banks["r7_templates"]]
    return [_row("heldout", t.format(vp=vp, VP=_cap(vp)), None, prompt_harm=label, adversarial=is_adv,
                 subcategory=cat, kind=f"r7-{'harmful' if label == 'harmful' else cat}", group=vp)
            for vp, label, cat in topics for t, is_adv in rng.sample(templates, R7_PER_TOPIC)]


def build_pairs(split: str, tag: str, pairs: list[Row]) -> list[Row]:
    """Whole-prompt pairs (harmful, then its look-alike); each pair shares a group (its situation)."""
    return [_row(split, p["prompt"], None, prompt_harm=p["prompt_harm_label"], subcategory=p["subcategory"],
                 kind=f"{tag}-{'harmful' if p['prompt_harm_label'] == 'harmful' else 'lookalike'}",
                 group=f"{tag}-pair-{i // 2}")
            for i, p in enumerate(pairs)]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) - STOPWORDS


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def _entry(row: Row) -> str:
    """A bank line without its split and round: what must not appear in both halves."""
    return json.dumps({k: v for k, v in row.items() if k not in ("split", "round")}, sort_keys=True)


def _topic_vps(b: Banks, split: str) -> list[str]:
    return [vp for bank in ("harmful_topics", "lookalike_topics", "ordinary_topics")
            for vp in b.texts(bank, split, "verb_phrase")] + [vp for vp, _, _ in prompt_topics(b, split)]


def check_disjoint(b: Banks) -> None:
    """Raise `LeakError` if any bank shares an entry with its held-out half, or a train topic nearly repeats a held-out one
    (word-set Jaccard >= 0.5 after dropping stop words; >= 0.34 for the sixth round's topics, written by helper
    sessions that could have seen the held-out banks), or an r7 template nearly repeats a train template or
    contains one of the affixes training dresses prompts with; then `check_pairs_disjoint`."""
    for name, rows in b.banks.items():
        if name == "r7_templates":
            continue  # held out as a whole
        train, held = ({_entry(r) for r in rows if r["split"] == split} for split in SPLITS)
        _require(not train & held, name, "entries in both halves", train & held)
    round6 = {r["verb_phrase"] for bank in ("harmful_topics", "lookalike_topics") for r in b.banks[bank]
              if r.get("round") == "r6"}
    topics = [(vp, _words(vp), 0.34 if vp in round6 else 0.5) for vp in _topic_vps(b, "train")]
    for held_vp in _topic_vps(b, "heldout"):
        held = _words(held_vp)
        for vp, w, limit in topics:
            _require(_jaccard(held, w) < limit, "near-duplicate topic", vp, held_vp)
    train_templates = [_words(t) for bank in ("plain_templates", "adversarial_templates")
                       for t in b.texts(bank, "train", "template")]
    for t in b.texts("r7_templates", "heldout", "template"):
        held = _words(t)
        _require(all(_jaccard(held, w) < 0.5 for w in train_templates), "near-duplicate template", t)
        affix = [a for a in AFFIX_PREFIXES + AFFIX_SUFFIXES
                 if re.search(rf"\b{re.escape(a.lower().rstrip('.!?,:'))}\b", t.lower())]
        _require(not affix, "r7 template contains a training affix", t, affix)
    check_pairs_disjoint(b)


def check_pairs_disjoint(b: Banks) -> None:
    """Raise `LeakError` if a pair file does not alternate harmful / look-alike, or a training pair's prompt nearly
    repeats a held-out pair prompt (word-set Jaccard >= 0.34) or holds most of a held-out topic's words
    (>= 60 % of a phrase of three or more words)."""
    for tag, bank in b.pairs.items():
        labels = [p["prompt_harm_label"] for p in bank]
        _require(labels == ["harmful", "unharmful"] * (len(bank) // 2), tag, "pairs must alternate")
    held_prompts = [_words(p["prompt"]) for tag in HELDOUT_PAIRS.values() for p in b.pairs[tag]]
    held_vps = [w for w in map(_words, _topic_vps(b, "heldout")) if len(w) >= 3]
    for prompt in (p["prompt"] for tag in TRAIN_PAIRS for p in b.pairs[tag]):
        words = _words(prompt)
        _require(all(_jaccard(words, h) < 0.34 for h in held_prompts), "near-duplicate prompt", prompt)
        _require(all(len(words & h) / len(h) < 0.6 for h in held_vps), "held-out topic in a training prompt", prompt)


def build_files(b: Banks) -> dict[str, list[Row]]:
    """Every output file's rows, by file name."""
    files: dict[str, list[Row]] = {}
    for split in SPLITS:
        resp_rows, prompt_rows = build(b, split, random.Random(f"safetylab-compact-{split}"))
        r3_rows = build_prompt_only(b, split, random.Random(f"safetylab-compact-r3-{split}"))
        if split == "train":
            pair_rows = [row for tag in TRAIN_PAIRS for row in build_pairs("train", tag, b.pairs[tag])]
            files["train.jsonl"] = resp_rows + prompt_rows + r3_rows + pair_rows
        else:
            files |= {"heldout_responses.jsonl": resp_rows, "heldout_lookalike.jsonl": prompt_rows,
                      "heldout_lookalike_r3.jsonl": r3_rows,
                      "heldout_templates.jsonl": build_templates_r7(b, random.Random("safetylab-compact-r7")),
                      **{name: build_pairs("heldout", tag, b.pairs[tag]) for name, tag in HELDOUT_PAIRS.items()}}
    return files


def write_jsonl(path: Path, rows: Iterable[Row]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="folder with banks/ and pairs/ (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=None, help="where to write the JSONL files (default: --data)")
    ap.add_argument("--check-only", action="store_true", help="run the disjointness checks, write nothing")
    args = ap.parse_args(argv)
    banks = Banks.load(args.data)
    check_disjoint(banks)
    if args.check_only:
        print("banks and pairs are disjoint from their held-out halves")
        return
    out: Path = args.out or args.data
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in build_files(banks).items():
        write_jsonl(out / name, rows)
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
