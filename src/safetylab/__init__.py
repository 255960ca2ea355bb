"""safetylab: moderate, evaluate and align LLMs for safety.

Heavy libraries (torch, transformers, openai, ...) are imported lazily inside the modules that need them,
so importing this package and running `safetylab --help` stay fast.
"""

__version__ = "0.1.0"
