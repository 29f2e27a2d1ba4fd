"""warta: raw online conflict news in, a structured, source-attributed database of events and claims out."""

__version__ = "0.1.0"
