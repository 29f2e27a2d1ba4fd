"""warta's store: articles, mentions, events and contradictions in SQLite (default) or PostgreSQL.

Persists and queries records; knows nothing of NLP. `Store(db)` opens (and migrates) a database.
"""

from warta.store.store import (
    DEFAULT_DB,
    EVENT_SORTS,
    EventFilter,
    EventPoint,
    FailedInput,
    SearchHit,
    Store,
    StoredArticle,
    database_url,
    migrate,
)

__all__ = [
    "DEFAULT_DB",
    "EVENT_SORTS",
    "EventFilter",
    "EventPoint",
    "FailedInput",
    "SearchHit",
    "Store",
    "StoredArticle",
    "database_url",
    "migrate",
]
