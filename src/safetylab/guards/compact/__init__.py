"""`compact`, the embedded default guard: a small sentence encoder (LoRA-adapted) with trained heads.

`guard` runs it, `adapter` holds the encoder's LoRA, `train` fits the heads, `weights/` is what ships.
"""
