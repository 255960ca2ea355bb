"""Model backends behind one protocol. Resolve a model name with `load_backend("smollm2-135m")`."""

from safetylab.backends.base import Backend, Capabilities
from safetylab.backends.registry import list_models, load_backend

__all__ = ["Backend", "Capabilities", "list_models", "load_backend"]
