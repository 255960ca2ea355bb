"""Running stages: the run directory (manifest + resumable JSONL), the generation cache, the executor."""
