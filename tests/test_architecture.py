"""Imports point one way (docs/dev/architecture.md): a package may import only from packages below it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "safetylab"
# Lower rank = lower layer. Same rank: siblings, which do not import each other.
RANK = {"core": 0, "taxonomy": 1, "backends": 2, "metrics": 2, "guards": 3, "benchmarks": 3, "runner": 4,
        "report": 5, "synth": 5, "train": 6, "align": 7, "serve": 8, "cli": 9}


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, safetylab subpackage) of every import in the module, function-level ones included."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
        for name in names:
            parts = name.split(".")
            if parts[0] == "safetylab" and len(parts) > 1:
                out.append((node.lineno, parts[1]))
    return out


def upward_imports() -> list[str]:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if len(rel.parts) == 1:  # safetylab/__init__.py, __main__.py: the top, may import anything
            continue
        own = rel.parts[0]
        for line, target in _imports(path):
            if target != own and RANK[target] >= RANK[own]:
                bad.append(f"{rel}:{line} imports safetylab.{target} ({own} may import only lower layers)")
    return bad


def test_every_package_has_a_layer() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages <= set(RANK), f"give {packages - set(RANK)} a rank here and in docs/dev/architecture.md"


def test_no_upward_or_sideways_imports() -> None:
    assert upward_imports() == []


def test_the_check_sees_function_level_imports(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from safetylab.cli.app import app\n    import safetylab.core.errors\n")
    assert _imports(module) == [(2, "cli"), (3, "core")]
