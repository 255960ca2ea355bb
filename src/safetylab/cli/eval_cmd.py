"""`safetylab eval` (generate → judge → score → report on benchmarks) and `safetylab list benches`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safetylab.cli.groups import app, list_app


def _csv(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").split(",") if p.strip()]


def _k_values(text: str | None) -> tuple[int, ...] | None:
    from safetylab.core.errors import SafetylabError

    if text is None:
        return None
    try:
        return tuple(int(p) for p in _csv(text))
    except ValueError:
        raise SafetylabError(f"--k-values takes whole numbers separated by commas, got {text!r}") from None


@app.command("eval")
def eval_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="Run directory (rerun the same command to resume).")],
    model: Annotated[str | None, typer.Option("--model", "-m", help="Model name (see `safetylab list models`); "
                                              "needed to start a run or to generate.")] = None,
    bench: Annotated[str | None, typer.Option("--bench", "-b", help="Benchmark(s), comma-separated "
                                              "(see `safetylab list benches`).")] = None,
    judge: Annotated[str | None, typer.Option(help="Guard that judges the responses (default: for refusal "
                                              "benchmarks the guard that measures best on real refusals, keyword "
                                              "or compact, see docs/guards.md; compact where harm is judged; c2eval: "
                                              "c2-cues).")] = None,
    judge_model: Annotated[str | None, typer.Option(help="The judge's model, for model-based judges.")] = None,
    judge_option: Annotated[list[str] | None, typer.Option(help="An option of the judge guard, KEY=VALUE "
                                                           "(repeatable), e.g. prompt_windows=tokens.")] = None,
    data: Annotated[str | None, typer.Option(help="Local JSONL/CSV/Parquet file replacing the benchmark's "
                                             "source (one benchmark only).")] = None,
    columns: Annotated[str | None, typer.Option(help="Column names of --data, e.g. prompt=question,"
                                                "expected=label,category=topic.")] = None,
    stage: Annotated[str, typer.Option(help="Stages to run: all, or a comma list of generate, judge, score, "
                                       "report.")] = "all",
    limit: Annotated[int | None, typer.Option(help="First N samples of each benchmark (after sharding).")] = None,
    seed: Annotated[int, typer.Option(help="Seed for sampled decoding (recorded with every number).")] = 0,
    max_new_tokens: Annotated[int | None, typer.Option(help="Default: each benchmark's own.")] = None,
    temperature: Annotated[float, typer.Option(help="0 = each benchmark's default (greedy for all but c2eval: "
                                               "0.8).")] = 0.0,
    top_p: Annotated[float | None, typer.Option(help="Nucleus sampling; default: each benchmark's (c2eval 0.7).")
                     ] = None,
    paths: Annotated[int | None, typer.Option(help="Sampled continuations per prompt (C2-Eval's b; default 20 "
                                              "for c2eval, 1 elsewhere).")] = None,
    k_values: Annotated[str | None, typer.Option(help="C2-Eval's prefix lengths in words, e.g. 10,40,80 "
                                                 "(default 10,20,...,80).")] = None,
    system_prompt: Annotated[str | None, typer.Option(help="System prompt added to every conversation.")] = None,
    batch_size: Annotated[int, typer.Option(help="Local backends and judges: items per batch.")] = 32,
    max_concurrency: Annotated[int, typer.Option(help="HTTP backends: requests in flight per endpoint.")] = 16,
    shard: Annotated[str | None, typer.Option(help="Run only shard i/N (0-based), split by sample key; "
                                              "merge with `safetylab runs merge`.")] = None,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Use the shared generation cache.")] = True,
    report_format: Annotated[str, typer.Option("--format", help="Report formats.")] = "md,json,html",
) -> None:
    """Evaluate a model: how often it complies with what it should refuse, and refuses what it should answer."""
    from rich.console import Console

    from safetylab.cli.options import from_flags, parse_options
    from safetylab.core.errors import ItemsFailedError, SafetylabError
    from safetylab.runner.config import EvalConfig, default_judge, parse_shard
    from safetylab.runner.eval import STAGES, run_eval
    from safetylab.runner.store import MANIFEST

    console = Console(stderr=True)
    known = (*STAGES, "report")
    stages = list(known) if stage == "all" else _csv(stage)
    unknown = [s for s in stages if s not in known]
    if unknown:
        raise SafetylabError(f"unknown stage(s) {', '.join(unknown)}; choose from all, {', '.join(known)}")
    benches = _csv(bench)
    column_map = {}
    for pair in _csv(columns):
        name, sep, col = pair.partition("=")
        if not sep or not col:
            raise SafetylabError(f"--columns entries look like field=column, got {pair!r}")
        column_map[name.strip()] = col.strip()
    formats = _csv(report_format)
    judge_options = parse_options(judge_option)
    if "report" in stages:
        from safetylab.report.html import check_formats

        check_formats(formats)

    config = None
    if model is not None or not (out / MANIFEST).is_file():
        if model is None or not benches:
            raise SafetylabError("give --model and --bench to start a run")
        config = from_flags(EvalConfig, model=model, benches=tuple(benches), data=data, columns=column_map,
                            judge=judge or default_judge(benches), judge_model=judge_model,
                            judge_options=judge_options, limit=limit,
                            seed=seed, max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p,
                            paths=paths, k_values=_k_values(k_values),
                            system_prompt=system_prompt, batch_size=batch_size,
                            max_concurrency=max_concurrency, shard=parse_shard(shard) if shard else None,
                            cache=cache)
    elif "generate" in stages:
        raise SafetylabError("give --model (and --bench) to generate; without them only judge, score and "
                             "report can run on an existing run")
    override = {k: v for k, v in {"judge": judge, "judge_model": judge_model}.items() if v is not None}
    if judge is not None or judge_option:  # a judge named again takes only the options given with it
        override["judge_options"] = judge_options
    if config is None:
        override.update(batch_size=batch_size)
    done = run_eval(out, config, stages=stages, judge_override=override,
                    notify=lambda msg: console.print(f"[yellow]{msg}[/]", highlight=False))
    if "generate" in done:
        g = done["generate"]
        console.print(f"generate: {g.generated - g.errors} new ({g.cached} from cache, {g.errors} failed and "
                      f"retried on rerun, {g.truncated} truncated prompts)")
    if "judge" in done:
        j = done["judge"]
        console.print(f"judge: {j.judged} judged ({j.neither} NEITHER), {j.parse_error} parse errors, "
                      f"{j.empty} empty, {j.gen_error} generation errors")
    if "scores" in done:
        _print_scores(console, done["scores"].model_dump(mode="json"))
    if "report" in stages:
        from safetylab.report.html import write_run_report

        console.print(f"report: {write_run_report(out, formats)}")
    if "generate" in done and done["generate"].errors:
        g = done["generate"]
        raise ItemsFailedError(f"{g.errors} of {g.generated} generations failed; rerun the same command to "
                               "retry them")


def _print_scores(console: object, scores: dict) -> None:
    from rich.table import Table

    from safetylab.report.tables import STANDARD_METRICS, direction, fmt_rate

    table = Table(title="scores (%, 95% Wilson CI)")
    for col in ("bench", "judge", "metric", "value", "direction"):
        table.add_column(col)
    for r in scores["results"]:
        if r.get("kind") == "correction":
            for k, rate in r["corr_at_k"].items():
                table.add_row(r["bench"], r["judge"], f"Corr@{k}", fmt_rate(rate), direction(True))
            table.add_row(r["bench"], r["judge"], "Corr_mean", fmt_rate(r["corr_mean"]), direction(True))
            continue
        if r.get("kind") != "safety":
            continue
        for name in STANDARD_METRICS:
            rate = r["metrics"][name]
            if rate["n"]:
                table.add_row(r["bench"], r["judge"], name, fmt_rate(rate), direction(rate["higher_is_better"]))
        c = r["counts"]
        table.add_row(r["bench"], r["judge"], "unscored", f"parse errors {c['parse_error']}, empty {c['empty']}, "
                      f"gen errors {c['gen_error']}", "")
    console.print(table)  # type: ignore[attr-defined]


@list_app.command("benches")
def list_benches_cmd() -> None:
    """Known benchmarks: size, licence, source."""
    from rich.console import Console
    from rich.table import Table

    from safetylab.benchmarks.registry import list_benchmarks

    table = Table(title="benchmarks")
    table.add_column("name", no_wrap=True)
    for col in ("size", "licence", "source", "description"):
        table.add_column(col, overflow="fold")
    for b in list_benchmarks():
        table.add_row(b.name, str(b.size or "–"), b.licence, b.source_label(), b.description)
    Console().print(table)
