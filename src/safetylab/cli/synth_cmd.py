"""`safetylab synth ...`: training-data synthesis (CoCoNot noncompliance data, C2-Syn course-correction pairs)."""

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
                               f"{counts['duplicates_removed']} near-duplicates removed, "
                               f"{counts['failed_generations']} generations failed and will be retried on rerun); "
                               f"{counts['sft_rows']} SFT rows, {counts['preference_pairs']} preference pairs")
    if counts["failed_generations"]:
        from safetylab.core.errors import ItemsFailedError

        raise ItemsFailedError(f"{counts['failed_generations']} generations failed; rerun the same command to "
                               "retry them")


@synth_app.command("c2syn")
def synth_c2syn_cmd(
    generator: Annotated[str, typer.Option("--generator", "-g", help="Model that writes the corrections.")],
    data: Annotated[Path, typer.Option(help="JSONL of request, harmful_response, safe_response rows, or a "
                                       "response-harm file (prompt, response, response_harm_label).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Ranked lists JSONL (stage files, manifest beside it).")],
    judge: Annotated[str, typer.Option(help="Correction judge that drops corrections that do not correct "
                                       "(c2-cues, c2-keyword, c2-llm), or 'none'.")] = "c2-cues",
    judge_model: Annotated[str | None, typer.Option(help="The judge's model (c2-llm).")] = None,
    per_prompt: Annotated[int, typer.Option(help="Triples per prompt from a response-harm file.", min=1)] = 1,
    limit: Annotated[int | None, typer.Option(help="First N triples.", min=1)] = None,
    seed: Annotated[int, typer.Option(help="Seed for the cut steps and triggers.", min=0)] = 0,
    max_new_tokens: Annotated[int, typer.Option(help="Tokens per correction.", min=1)] = 128,
    exclude: Annotated[Path | None, typer.Option(help="Prompts to leave out (evaluation or labelling sets): "
                                                 "JSONL with request/prompt, or one prompt per line.")] = None,
    pairs: Annotated[Path | None, typer.Option(help="Preference pairs (default: <out>.pairs.jsonl).")] = None,
    batch_size: Annotated[int, typer.Option(help="Local backends: rows per batch.", min=1)] = 16,
    max_concurrency: Annotated[int, typer.Option(help="HTTP backends: requests in flight.", min=1)] = 16,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Use the shared generation cache.")] = True,
) -> None:
    """C2-Syn course-correction preference pairs: six ranks per triple, all ordered pairs (TRL format)."""
    from rich.console import Console

    from safetylab.backends.registry import load_backend
    from safetylab.guards.correction import load_correction_judge
    from safetylab.runner.cache import GenerationCache
    from safetylab.synth.c2syn import synthesize_c2syn

    corr = None if judge == "none" else load_correction_judge(judge, judge_model)
    backend = load_backend(generator, batch_size=batch_size, max_concurrency=max_concurrency)
    gen_cache = GenerationCache() if cache else None
    try:
        counts = synthesize_c2syn(backend, data, out, judge=corr, per_prompt=per_prompt, limit=limit, seed=seed,
                                  max_new_tokens=max_new_tokens, exclude=exclude, pairs_path=pairs,
                                  cache=gen_cache)
    finally:
        backend.close()
        if corr is not None:
            corr.close()
        if gen_cache is not None:
            gen_cache.close()
    rate = counts["drop_rate"]
    Console(stderr=True).print(
        f"{counts['triples']} triples ({counts['excluded']} excluded, {counts['too_few_delimiters']} too short "
        f"to cut, {counts['bad_rows']} bad rows); {counts['corrections']} corrections, dropped "
        f"{counts['dropped'] or 'none'} (drop rate "
        f"{'–' if rate is None else f'{100 * rate:.1f}%'}); {counts['pairs']} preference pairs")
