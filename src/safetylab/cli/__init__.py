"""The `safetylab` command line: one module per verb group, heavy imports inside the commands."""
