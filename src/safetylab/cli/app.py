"""Entry point: imports every command module (each registers its commands) and maps errors to exit 2."""

from __future__ import annotations

import importlib
import sys

from safetylab.cli.groups import app

# Command modules, each registering onto the app or one of its groups in safetylab.cli.groups.
COMMAND_MODULES = ["generate", "info", "taxonomy_cmd", "synth_cmd", "train_cmd", "serve_model", "serve_guard", "moderate", "guard_cmds", "eval_cmd", "report_cmd", "runs_cmd", "align_cmd"]

for _name in COMMAND_MODULES:
    importlib.import_module(f"safetylab.cli.{_name}")


def main() -> None:
    from safetylab.core.errors import SafetylabError

    try:
        app()
    except SafetylabError as e:
        _fail(str(e), e.exit_code)
    except OSError as e:
        if e.filename is None:  # not about a path the user gave: a bug, keep the traceback
            raise
        # a path that cannot be read or written (permissions, a file where a folder must be, disk full)
        _fail(f"{e.filename}: {e.strerror or e}", 2)


def _fail(message: str, code: int) -> None:
    from rich.console import Console

    Console(stderr=True, soft_wrap=True).print(f"[bold red]error:[/] {message}", highlight=False)
    sys.exit(code)


if __name__ == "__main__":
    main()
