"""Entry point: imports every command module (each registers its commands) and maps errors to exit 2."""

from __future__ import annotations

import importlib
import sys

from safetylab.cli.groups import app

# Command modules, each registering onto the app or one of its groups in safetylab.cli.groups.
COMMAND_MODULES = ["generate", "info", "taxonomy_cmd", "synth_cmd", "train_cmd", "serve_model", "serve_guard", "moderate", "guard_cmds", "eval_cmd", "report_cmd", "runs_cmd"]

for _name in COMMAND_MODULES:
    importlib.import_module(f"safetylab.cli.{_name}")


def main() -> None:
    from safetylab.core.errors import SafetylabError

    try:
        app()
    except SafetylabError as e:
        from rich.console import Console

        Console(stderr=True, soft_wrap=True).print(f"[bold red]error:[/] {e}", highlight=False)
        sys.exit(e.exit_code)


if __name__ == "__main__":
    main()
