"""`safetylab align task-vector`: harm-direction removal (and plain task arithmetic) on checkpoints."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safetylab.cli.groups import align_app


def _csv(text: str | None) -> list[str] | None:
    return [p.strip() for p in text.split(",") if p.strip()] if text else None


@align_app.command("task-vector")
def task_vector_cmd(
    model: Annotated[str, typer.Option("--model", "-m", help="θ_target, the model to edit: smollm2-135m, "
                                       "hf:PATH or a local folder.")],
    finetuned: Annotated[str, typer.Option(help="θ_ft: a model folder, or a PEFT LoRA adapter folder.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the edited model (load it as hf:OUT).")],
    base: Annotated[str | None, typer.Option(help="θ_base that θ_ft was trained from (default: --model).")] = None,
    method: Annotated[str, typer.Option(help="hdr (trim τ to its top-k %) or task-arithmetic (all of τ).")] = "hdr",
    k: Annotated[float, typer.Option(help="Percent of τ's entries kept by magnitude (hdr).")] = 10.0,
    lam: Annotated[float, typer.Option("--lambda", help="λ in θ' = θ_target − λ·τ_k.")] = 3.0,
    topk_scope: Annotated[str, typer.Option(help="global (one threshold, the reference) or per-tensor.")] = "global",
    exclude: Annotated[str | None, typer.Option(help="Comma list of embeddings, norms, lm_head kept out "
                                                "of τ.")] = None,
    layers: Annotated[str | None, typer.Option(help="Edit area: comma list of decoder layers that take "
                                               "part (e.g. 4,5,6).")] = None,
) -> None:
    """θ' = θ_target − λ·τ_k with τ = θ_ft − θ_base, streamed tensor by tensor; writes an HF checkpoint and
    task_vector.json. Prints one JSON summary line."""
    import json

    from safetylab.align.task_vectors import TaskVectorConfig, task_vector
    from safetylab.cli.options import from_flags

    config = from_flags(TaskVectorConfig, model=model, finetuned=finetuned, base=base, output_dir=out,
                        method=method, k=k, lam=lam, topk_scope=topk_scope, exclude=_csv(exclude) or [],
                        layers=_csv(layers))
    record = task_vector(config)
    typer.echo(json.dumps({"model": f"hf:{out}", "method": config.method, "k": config.k, "lambda": config.lam,
                           "threshold": record.threshold, "entries": record.entries, "kept": record.kept,
                           "tensors_edited": record.tensors_edited, "runtime_s": record.runtime_s}))


steer_app = typer.Typer(help="Safety vectors: build them from demonstration pairs, apply them to a model.",
                        no_args_is_help=True)
align_app.add_typer(steer_app, name="steer")


@steer_app.command("build")
def steer_build_cmd(
    model: Annotated[str, typer.Option("--model", "-m", help="Model to read hidden states from "
                                       "(smollm2-135m or hf:PATH; in the paper, the model after HDR).")],
    data: Annotated[Path, typer.Option(help="JSONL of demonstration pairs: prompt, unsafe, safe.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for vectors.safetensors + steering.json.")],
    method: Annotated[str, typer.Option(help="pca (paper), mean (difference of means) or pca+mean "
                                        "(reference code).")] = "pca",
    read_positions: Annotated[int, typer.Option(help="Average over this many last tokens (code: 4).")] = 1,
    template: Annotated[str, typer.Option(help="chat (the model's template) or plain ('Question: …').")] = "chat",
    layers: Annotated[str | None, typer.Option(help="Comma list of decoder layers (default: all).")] = None,
    site: Annotated[str, typer.Option(help="Default injection site: mlp (MLP output) or resid.")] = "mlp",
    rule: Annotated[str, typer.Option(help="add (paper: add α·v, keep the norm) or gated (reference "
                                      "code).")] = "add",
    alpha: Annotated[float, typer.Option(help="Default strength stored with the vectors.")] = 0.12,
    limit: Annotated[int | None, typer.Option(min=1, help="First N pairs.")] = None,
    condition_data: Annotated[str | None, typer.Option(help="Comma list of JSONL files of prompts with "
                                                       "prompt_harm_label: a probe on them gates the steering.")] = None,
    condition_layer: Annotated[int | None, typer.Option(help="Decoder layer the gating probe reads.")] = None,
    condition_exclude: Annotated[str | None, typer.Option(help="Comma list of JSONL files whose prompts the "
                                                          "probe must not see (evaluation sets).")] = None,
    condition_model: Annotated[str | None, typer.Option(help="Model whose states train the probe (default: "
                                                        "--model).")] = None,
) -> None:
    """Safety vectors from (unsafe, safe) answers to harmful questions; prints one JSON summary line."""
    import json

    from safetylab.align.steering import SteerBuildConfig, build_vectors
    from safetylab.cli.options import from_flags

    config = from_flags(SteerBuildConfig, model=model, data=data, output_dir=out, method=method,
                        read_positions=read_positions, template=template, layers=_csv(layers), site=site,
                        rule=rule, alpha=alpha, limit=limit, condition_data=_csv(condition_data) or [],
                        condition_layer=condition_layer, condition_exclude=_csv(condition_exclude) or [],
                        condition_model=condition_model)
    meta = build_vectors(config)
    typer.echo(json.dumps({"vectors": str(out), "model": f"steered:{out}:{model}", "layers": len(meta.layers),
                           "method": meta.method, "pairs": meta.data["pairs"], "alpha": meta.alpha}))


@steer_app.command("apply")
def steer_apply_cmd(
    vectors: Annotated[Path, typer.Option(help="Folder written by `safetylab align steer build`.")],
    model: Annotated[str, typer.Option("--model", "-m", help="Model to steer (smollm2-135m or hf:PATH).")],
    alpha: Annotated[float | None, typer.Option(help="Strength (default: the one stored with the "
                                                "vectors).")] = None,
    prompt: Annotated[str | None, typer.Option(help="Generate a reply to this prompt with the steered "
                                               "model.")] = None,
    max_new_tokens: Annotated[int, typer.Option(min=1)] = 128,
) -> None:
    """Load the vectors onto the model (checking width and layers) and print the `steered:` model name that
    every other verb takes (eval, generate, serve model, guards' models); with --prompt, also a reply."""
    import json

    from safetylab.backends.registry import load_backend
    from safetylab.core.records import GenerationConfig, GenerationRequest

    spec = f"{vectors}@{alpha}" if alpha is not None else str(vectors)
    with load_backend(f"steered:{spec}:{model}") as backend:
        line = {"model": backend.name, **backend.wrapper_identity()}  # type: ignore[attr-defined]
        if prompt is not None:
            [result] = backend.generate([GenerationRequest(messages=[{"role": "user", "content": prompt}],
                                                           config=GenerationConfig(max_new_tokens=max_new_tokens))])
            line.update(text=result.text, error=result.error)
    typer.echo(json.dumps(line))


@align_app.command("harm-data")
def harm_data_cmd(
    source: Annotated[Path, typer.Option(help="Real labelled responses (e.g. ../shared/data/real/"
                                         "gptfuzz_response_harm.jsonl).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for harm_sft.jsonl, steer_pairs.jsonl and "
                                      "harm_data.json.")],
    exclude: Annotated[list[Path] | None, typer.Option(help="Evaluation file whose prompts are left out "
                                                       "(repeatable).")] = None,
    steer_prompts: Annotated[int, typer.Option(help="Questions kept for the safety-vector pairs.")] = 30,
    per_prompt: Annotated[int, typer.Option(help="Harmful answers per training question.")] = 3,
    seed: Annotated[int, typer.Option(min=0)] = 0,
) -> None:
    """Split harmful questions into θ_harmful training rows and safety-vector pairs (no question in both)."""
    import json

    from safetylab.align.data import HarmDataConfig, build_harm_data
    from safetylab.cli.options import from_flags

    config = from_flags(HarmDataConfig, source=source, output_dir=out, exclude=exclude or [],
                        steer_prompts=steer_prompts, per_prompt=per_prompt, seed=seed)
    record = build_harm_data(config)
    typer.echo(json.dumps({"harm_sft": str(out / "harm_sft.jsonl"), "rows": record["harm_sft"]["rows"],
                           "steer_pairs": str(out / "steer_pairs.jsonl"), "pairs": record["steer_pairs"]["rows"],
                           "dropped": len(record["dropped_as_evaluation_prompts"])}))


@align_app.command("arithmetic")
def arithmetic_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (rerun to resume).")],
    harmful_prompts: Annotated[Path, typer.Option(help="JSONL of harmful prompts (ASR).")],
    benign_prompts: Annotated[Path, typer.Option(help="JSONL of risky-looking benign prompts, CoCoNot pref "
                                                 "(over-refusal).")],
    benign_texts: Annotated[Path, typer.Option(help="JSONL of benign prompt + response (perplexity).")],
    model: Annotated[str, typer.Option("--model", "-m", help="θ_target.")] = "smollm2-135m",
    harmful: Annotated[str | None, typer.Option(help="θ_harmful: model folder or LoRA adapter.")] = None,
    base: Annotated[str | None, typer.Option(help="θ_base of θ_harmful (default: --model).")] = None,
    steer_data: Annotated[Path | None, typer.Option(help="JSONL of (prompt, unsafe, safe) pairs.")] = None,
    variants: Annotated[str, typer.Option(help="Comma list of base, hdr, steer, both, task-arithmetic.")] =
        "base,hdr,steer,both,task-arithmetic",
    k: Annotated[float, typer.Option(help="HDR: percent of τ kept.")] = 10.0,
    lam: Annotated[float, typer.Option("--lambda", help="HDR λ.")] = 3.0,
    topk_scope: Annotated[str, typer.Option(help="global or per-tensor.")] = "global",
    ta_lambda: Annotated[float, typer.Option(help="λ of the untrimmed task-arithmetic baseline.")] = 1.0,
    steer_method: Annotated[str, typer.Option(help="pca, mean or pca+mean.")] = "pca",
    alpha: Annotated[float, typer.Option(help="Steering strength.")] = 0.12,
    site: Annotated[str, typer.Option(help="mlp or resid.")] = "mlp",
    steer_layers: Annotated[str | None, typer.Option(help="Comma list of decoder layers read and steered "
                                                     "(default: all).")] = None,
    condition_data: Annotated[str | None, typer.Option(help="Comma list of JSONL files of prompts with "
                                                       "prompt_harm_label: a probe on them gates the steering "
                                                       "(the evaluation's prompts are left out).")] = None,
    condition_layer: Annotated[int | None, typer.Option(help="Decoder layer the gating probe reads.")] = None,
    condition_on: Annotated[str, typer.Option(help="self (the probe is trained on the model the vectors are "
                                              "read from) or base (on --model, also for both).")] = "self",
    mc: Annotated[Path | None, typer.Option(help="Multiple-choice JSONL (default: the packaged general "
                                            "set).")] = None,
    limit: Annotated[int, typer.Option(help="Prompts of each kind.")] = 50,
    ppl_limit: Annotated[int, typer.Option(help="Benign answers for perplexity.")] = 30,
    judge: Annotated[str, typer.Option(help="Judge guard.")] = "compact",
    judge_model: Annotated[str | None, typer.Option(help="The judge's model: for compact a weights folder "
                                                    "(default: the installed one), for model-based guards a "
                                                    "backend name.")] = None,
    rejudge: Annotated[bool, typer.Option(help="Resume with another judge than the folder's pinned one, "
                                          "judging every variant again.")] = False,
    max_new_tokens: Annotated[int, typer.Option(min=1)] = 128,
    seed: Annotated[int, typer.Option(min=0)] = 0,
) -> None:
    """HDR, then safety vectors, then every variant evaluated the same way: ASR, over-refusal, perplexity
    and multiple-choice accuracy in one report (report.md, report.json). Prints the report's rows. The judge
    (name, version, weights sha256) is pinned to --out: resuming with another one is an error."""
    import json

    from safetylab.align.arithmetic import ArithmeticConfig, run_arithmetic
    from safetylab.cli.options import from_flags

    config = from_flags(ArithmeticConfig, model=model, harmful=harmful, base=base, steer_data=steer_data,
                        output_dir=out, variants=_csv(variants), k=k, lam=lam, topk_scope=topk_scope,
                        ta_lam=ta_lambda, steer_method=steer_method, alpha=alpha, site=site,
                        steer_layers=_csv(steer_layers), condition_data=_csv(condition_data) or [],
                        condition_layer=condition_layer, condition_on=condition_on,
                        harmful_prompts=harmful_prompts, benign_prompts=benign_prompts, benign_texts=benign_texts,
                        limit=limit, ppl_limit=ppl_limit, judge=judge, judge_model=judge_model,
                        max_new_tokens=max_new_tokens, seed=seed, **({"mc": mc} if mc else {}))
    for row in run_arithmetic(config, rejudge=rejudge)["rows"]:
        typer.echo(json.dumps({"variant": row["variant"], "model": row["model"], "asr": row["asr"]["value"],
                               "over_refusal": row["over_refusal"]["value"], "perplexity": row["perplexity"],
                               "mc_accuracy": row["mc_accuracy"]["value"]}))
