"""Peak memory of `safetylab align task-vector` depends on the largest tensor, not on the model's size.

    python perf/task_vector_memory.py [--layers 8,30,90] [--reference] [--keep DIR]

Builds checkpoints of SmolLM2-135M's architecture from the embedded model's real weights, with 8, 30 (the
model itself) and 90 decoder layers (layers tiled), so the largest tensor (the 49152×576 embedding, 113 MB
in float32) stays the same while the files grow from 0.2 to 1.4 GB. θ_ft is each checkpoint plus seeded
Gaussian noise. Each edit (global top-10 %, λ = 3, every tensor included) runs in a fresh process that
samples its own RSS every 10 ms and reports the kernel's peak (VmHWM). `--reference` also runs the reference
code's in-memory arithmetic (flatten everything, one kthvalue) on the 30-layer model for comparison.
Prints one JSON object per run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def build(layers: int, root: Path) -> tuple[Path, Path]:
    """(θ_base, θ_ft) folders of SmolLM2's architecture with `layers` decoder layers."""
    import torch
    from safetensors.torch import save_file

    from safetylab.align.checkpoint import Checkpoint
    from safetylab.train.config import resolve_model_path

    src = Checkpoint(resolve_model_path("smollm2-135m"))
    depth = json.loads((src.folder / "config.json").read_text())["num_hidden_layers"]
    weights = {}
    for name in src.tensors:
        if ".layers." not in name:
            weights[name] = src.get(name)
    for i in range(layers):
        prefix = f"model.layers.{i % depth}."
        for name in src.tensors:
            if name.startswith(prefix):
                weights[f"model.layers.{i}." + name[len(prefix):]] = src.get(name)
    gen = torch.Generator().manual_seed(layers)
    out = []
    for role, noise in (("base", 0.0), ("ft", 0.01)):
        folder = root / f"L{layers}-{role}"
        folder.mkdir(parents=True)
        save_file({n: t + noise * torch.randn(t.shape, generator=gen) for n, t in weights.items()},
                  str(folder / "model.safetensors"), metadata={"format": "pt"})
        config = json.loads((src.folder / "config.json").read_text())
        (folder / "config.json").write_text(json.dumps({**config, "num_hidden_layers": layers}))
        for side in ("tokenizer.json", "tokenizer_config.json"):
            (folder / side).write_bytes((src.folder / side).read_bytes())
        out.append(folder)
    return out[0], out[1]


def measure(base: str, ft: str, out: str, reference: bool) -> None:
    """Runs in a child process: one edit with RSS sampled, then one JSON line."""
    import torch

    torch.set_num_threads(1)
    from safetylab.align.task_vectors import TaskVectorConfig, task_vector

    samples: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append(status_mb("VmRSS"))
            stop.wait(0.01)

    idle = status_mb("VmRSS")
    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    t0 = time.perf_counter()
    if reference:
        in_memory_reference(base, ft)
    else:
        task_vector(TaskVectorConfig(model=base, finetuned=ft, output_dir=Path(out), k=10, lam=3))
    stop.set()
    thread.join()
    size = sum(p.stat().st_size for p in Path(base).glob("*.safetensors"))
    print(json.dumps({"mode": "reference in-memory" if reference else "streamed", "model_mb": round(size / 2**20),
                      "wall_s": round(time.perf_counter() - t0, 1), "rss_before_mb": round(idle),
                      "rss_sampled_max_mb": round(max(samples)), "peak_rss_vmhwm_mb": round(status_mb("VmHWM")),
                      "samples": len(samples)}))


def in_memory_reference(base: str, ft: str) -> None:
    """The reference code's arithmetic (HDR/Ties_Merge.py): whole state dicts, flattened, one kthvalue."""
    import torch
    from safetensors.torch import load_file

    b, f = load_file(f"{base}/model.safetensors"), load_file(f"{ft}/model.safetensors")
    flat_b = torch.cat([t.reshape(-1) for t in b.values()])
    tau = torch.cat([t.reshape(-1) for t in f.values()]) - flat_b
    d = tau.numel()
    kth = tau.abs().kthvalue(d - int(d * 0.1))[0]
    edited = flat_b - 3 * tau * (tau.abs() >= kth)
    del edited


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--layers", default="8,30,90")
    parser.add_argument("--reference", action="store_true", help="also measure the in-memory reference (30)")
    parser.add_argument("--keep", type=Path, help="build the checkpoints here and keep them")
    parser.add_argument("--measure", nargs=3, metavar=("BASE", "FT", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--in-memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure, reference=args.in_memory)
        return
    root = args.keep or Path(tempfile.mkdtemp(prefix="tv-mem-"))
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    for layers in (int(x) for x in args.layers.split(",")):
        base, ft = build(layers, root)
        runs = [[]] + ([["--in-memory"]] if args.reference and layers == 30 else [])
        for extra in runs:
            cmd = [sys.executable, __file__, "--measure", str(base), str(ft), str(root / f"L{layers}-out"), *extra]
            line = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout.strip()
            print(json.dumps({"layers": layers, **json.loads(line.splitlines()[-1])}), flush=True)
        if not args.keep:
            for folder in root.glob(f"L{layers}-*"):
                for f in folder.iterdir():
                    f.unlink()
                folder.rmdir()
    if not args.keep:
        root.rmdir()


if __name__ == "__main__":
    main()
