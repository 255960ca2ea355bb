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
) -> None:
    """Safety vectors from (unsafe, safe) answers to harmful questions; prints one JSON summary line."""
    import json

    from safetylab.align.steering import SteerBuildConfig, build_vectors
    from safetylab.cli.options import from_flags

    config = from_flags(SteerBuildConfig, model=model, data=data, output_dir=out, method=method,
                        read_positions=read_positions, template=template, layers=_csv(layers), site=site,
                        rule=rule, alpha=alpha, limit=limit)
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
