"""`safetylab list taxonomy`: the CoCoNot noncompliance taxonomy (or WildGuard's harm subcategories)."""

from __future__ import annotations

from typing import Annotated, Literal

import typer

from safetylab.cli.groups import list_app


@list_app.command("taxonomy")
def list_taxonomy_cmd(
    name: Annotated[Literal["coconot", "wildguard"], typer.Argument(help="Which taxonomy.")] = "coconot",
    all_: Annotated[bool, typer.Option("--all", help="Also show entries kept out of the released data.")]
    = False,
) -> None:
    """Categories, subcategories (exact dataset strings, aliases) and the expected noncompliance."""
    from rich.console import Console
    from rich.table import Table

    if name == "wildguard":
        from safetylab.taxonomy.wildguard import HARM_SUBCATEGORIES

        table = Table("group", "subcategory", "description", title="WildGuardMix harm subcategories")
        for s in HARM_SUBCATEGORIES:
            table.add_row(s.group, s.name, s.description)
    else:
        from safetylab.taxonomy.coconot import CATEGORIES

        table = Table("category", "subcategory", "aliases", "definition", "expected noncompliance", "sets",
                      title="CoCoNot noncompliance taxonomy", show_lines=True)
        table.columns[1].min_width = 18  # dataset strings are the lookup keys: keep them readable
        for cat in CATEGORIES:
            for sub in cat.subcategories:
                if sub.in_data or all_:
                    table.add_row(cat.name, sub.name, ", ".join(sub.aliases), sub.definition, sub.expected,
                                  ", ".join(sub.sets) or "(not in data)")
    Console().print(table)
