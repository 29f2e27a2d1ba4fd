"""The `warta` command line: a thin layer over the pipeline, the service and the store."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="warta",
    help="Conflict news in, a source-attributed database of events and claims out.",
    no_args_is_help=True,
    add_completion=False,
)

# The store's commands: ingest, merge, events, event, search, export.
from warta.store_cli import register as _register_store_commands

_register_store_commands(app)


def main() -> None:
    app()
