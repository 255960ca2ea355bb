"""Safety Arithmetic: harm-direction removal on weights (task vectors) and in-context safety vectors."""
