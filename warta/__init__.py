"""warta: raw online conflict news in, a structured, source-attributed database of events and claims out."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from warta.service import Warta

__version__ = "0.1.0"


def open(db: str | Path = "warta.db") -> Warta:
    """Open (creating and migrating if needed) a warta store: a SQLite path or a postgresql:// URL."""
    from warta.service import Warta

    return Warta(db)
