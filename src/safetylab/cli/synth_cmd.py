"""`safetylab synth ...`: training-data synthesis (CoCoNot noncompliance data; course-correction later)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safetylab.cli.groups import app

synth_app = typer.Typer(help="Synthesise training data (SFT messages and TRL preference pairs).",
                        no_args_is_help=True)
app.add_typer(synth_app, name="synth")


@synth_app.command("coconot")
def synth_coconot_cmd(
    generator: Annotated[str, typer.Option("--generator", "-g", help="Generator model name (any backend).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Records JSONL (stage files and manifest beside it).")],
    per_subcategory: Annotated[int, typer.Option(help="Requests kept per subcategory and kind.", min=1)] = 4,
    subcategory: Annotated[list[str] | None, typer.Option(help="Only these subcategories (repeatable).")]
    = None,
    judge: Annotated[str | None, typer.Option(help="Guard that filters the replies (e.g. rubric, cues).")]
    = None,
    judge_model: Annotated[str | None, typer.Option(help="The judge's model (e.g. for rubric).")] = None,
    seed: Annotated[int, typer.Option(help="Seed for sampling new requests.")] = 0,
    seeds: Annotated[Path | None, typer.Option(help="Seed-request JSON (default: the shipped one).")] = None,
    contrast: Annotated[bool, typer.Option("--contrast/--no-contrast", help="Also make contrast requests.")]
    = True,
    dedup: Annotated[str, typer.Option(help="ngram or embedding.")] = "ngram",
    max_new_tokens: Annotated[int, typer.Option(help="Tokens per reply.", min=1)] = 256,
    sft: Annotated[Path | None, typer.Option(help="SFT export (default: <out>.sft.jsonl).")] = None,
    pairs: Annotated[Path | None, typer.Option(help="Preference export (default: <out>.pairs.jsonl).")]
    = None,
    batch_size: Annotated[int, typer.Option(help="Local backends: prompts per batch.", min=1)] = 16,
    max_concurrency: Annotated[int, typer.Option(help="HTTP backends: requests in flight.", min=1)] = 16,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Use the shared generation cache.")] = True,
) -> None:
    """Generate CoCoNot-style noncompliance data (SFT messages + TRL preference pairs); resumable."""
    from rich.console import Console

    from safetylab.backends.registry import load_backend
    from safetylab.core.errors import SafetylabError
    from safetylab.runner.cache import GenerationCache
    from safetylab.synth.coconot import synthesize_coconot

    if dedup not in ("ngram", "embedding"):
        raise SafetylabError(f"--dedup must be ngram or embedding, got {dedup}")
    guard = None
    if judge:
        from safetylab.guards.registry import load_guard

        guard = load_guard(judge, model=judge_model)
    backend = load_backend(generator, batch_size=batch_size, max_concurrency=max_concurrency)
    gen_cache = GenerationCache() if cache else None
    stem = out.with_suffix("")
    try:
        counts = synthesize_coconot(
            backend, out, per_subcategory=per_subcategory, subcategories=subcategory, judge=guard, seed=seed,
            seeds=seeds, contrast=contrast, dedup=dedup, max_new_tokens=max_new_tokens,  # type: ignore[arg-type]
            sft_path=sft or Path(f"{stem}.sft.jsonl"), pairs_path=pairs or Path(f"{stem}.pairs.jsonl"),
            cache=gen_cache)
    finally:
        backend.close()
        if guard is not None:
            guard.close()
        if gen_cache is not None:
            gen_cache.close()
    Console(stderr=True).print(f"kept {counts['kept']} examples in {out} (dropped: {counts['dropped'] or 'none'}, "
                               f"{counts['duplicates_removed']} near-duplicates removed); "
                               f"{counts['sft_rows']} SFT rows, {counts['preference_pairs']} preference pairs")
