"""Shared building blocks: messages, typed records, content keys, errors, JSONL I/O."""
