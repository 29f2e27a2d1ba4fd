"""warta's one schema definition (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Alembic's migrations (warta/store/migrations) create and evolve it; a test checks that the migrated
database and this metadata agree. Full-text search lives outside the metadata, because it differs by
dialect: an FTS5 table kept by triggers on SQLite, GIN expression indexes on PostgreSQL (see the migration).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints, so that Alembic can alter them on SQLite (batch mode) and PostgreSQL alike.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = String(80)  # sha256 hex ids (64) plus an ordinal suffix for mentions


def _actor_columns(prefix: str) -> list[Column]:
    return [
        Column(f"{prefix}_text", Text),
        Column(f"{prefix}_name", String(200), index=True),
        Column(f"{prefix}_country", String(3)),
        Column(f"{prefix}_kind", String(40)),
    ]


def _place_columns() -> list[Column]:
    return [
        Column("location_text", Text),
        Column("location_name", String(200), index=True),
        Column("country", String(3), index=True),
        Column("admin1", String(200)),
        Column("latitude", Float),
        Column("longitude", Float),
        Column("geonames_id", Integer),
        Column("location_precision", String(16)),
    ]


articles = Table(
    "articles",
    metadata,
    Column("article_id", String(64), primary_key=True, comment="sha256 of the cleaned text, hex"),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("seq", Integer, nullable=False, unique=True, comment="ingest order"),
    Column("source", Text, nullable=False),
    Column("external_id", String(200)),
    Column("url", Text),
    Column("outlet", String(200), index=True),
    Column("title", Text),
    Column("dateline", String(200)),
    Column("published", Date, index=True),
    Column("published_text", Text),
    Column("lang", String(16)),
    Column("raw_text", Text),
    Column("text", Text, nullable=False),
    Column("warnings", JSON, nullable=False, default=list),
    Column("minhash", LargeBinary, comment="MinHash signature (uint64 x num_perm) for near-duplicate search"),
    Column("duplicate_of", String(64), ForeignKey("articles.article_id"), index=True,
           comment="the earlier article this one is a near-duplicate copy of"),
    Column("duplicate_similarity", Float),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("mention_id", ID, primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.article_id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("ordinal", Integer, nullable=False),
    Column("seq", Integer, nullable=False, unique=True, comment="ingest order"),
    Column("source", Text, nullable=False),
    Column("outlet", String(200)),
    Column("published", Date),
    Column("event_type", String(40), nullable=False, index=True),
    Column("sub_event_type", String(60), nullable=False),
    Column("date_start", Date, index=True),
    Column("date_end", Date),
    Column("date_precision", String(16), nullable=False),
    Column("date_text", Text),
    *_place_columns(),
    *_actor_columns("actor1"),
    *_actor_columns("actor2"),
    Column("killed_min", Integer),
    Column("killed_max", Integer),
    Column("wounded_min", Integer),
    Column("wounded_max", Integer),
    Column("civilian", Boolean),
    Column("fatalities_text", Text),
    Column("claimant", String(300), index=True),
    Column("claimant_party", String(3)),
    Column("relays", JSON, nullable=False, default=list),
    Column("stance", String(16), nullable=False),
    Column("claim_text", Text),
    Column("confidence", Float, nullable=False),
    UniqueConstraint("article_id", "ordinal", name="uq_mentions_article_ordinal"),
)

mention_evidence = Table(
    "mention_evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", ID, ForeignKey("mentions.mention_id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("start_offset", Integer, comment="character offset into articles.text"),
    Column("end_offset", Integer),
    Column("text", Text, nullable=False),
)

mention_materiel = Table(
    "mention_materiel",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", ID, ForeignKey("mentions.mention_id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("category", String(40), nullable=False),
    Column("side", String(3)),
    Column("count_min", Integer),
    Column("count_max", Integer),
    Column("text", Text),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(20), primary_key=True),
    Column("event_type", String(40), nullable=False, index=True),
    Column("sub_event_type", String(60), nullable=False),
    Column("date_start", Date, index=True),
    Column("date_end", Date),
    Column("date_precision", String(16), nullable=False),
    Column("date_text", Text),
    *_place_columns(),
    *_actor_columns("actor1"),
    *_actor_columns("actor2"),
    Column("killed", Integer, comment="headline: ACLED's lowest credible figure"),
    Column("wounded", Integer),
    Column("civilian", Boolean),
    Column("materiel", JSON, nullable=False, default=list),
    Column("n_mentions", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False, comment="near-duplicate copies counted once"),
    Column("n_outlets", Integer, nullable=False),
    Column("n_claimants", Integer, nullable=False, comment="independent claimants"),
    Column("n_disagreements", Integer, nullable=False),
    Column("outlets", JSON, nullable=False, default=list),
    Column("claimants", JSON, nullable=False, default=list),
    Column("first_published", Date),
    Column("last_published", Date),
    Column("choices", JSON, nullable=False, default=list, comment="per headline field: value, mention, rule"),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("mention_id", ID, ForeignKey("mentions.mention_id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", String(20), ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("position", Integer, nullable=False, comment="merge order: 0 is the anchor"),
    Column("score", Float, nullable=False, comment="mean match score with the event's members"),
)

contradictions = Table(
    "contradictions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(20), ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("kind", String(20), nullable=False, comment="killed | wounded | materiel | actor_roles | denial"),
    Column("subject", String(100), nullable=False),
    Column("headline", Text),
    Column("mention_id", ID, ForeignKey("mentions.mention_id", ondelete="CASCADE"), nullable=False),
    Column("value", Text, nullable=False),
    Column("value_min", Integer),
    Column("value_max", Integer),
    Column("claimant", String(300)),
    Column("stance", String(16)),
    Column("outlet", String(200)),
    Column("evidence", Text),
)

failed_inputs = Table(
    "failed_inputs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("failed_at", DateTime(timezone=True), nullable=False),
)

Index("ix_events_country_date", events.c.country, events.c.date_start)

# Full-text search objects made by the migration for one dialect only; Alembic's comparisons skip them.
FULL_TEXT_NAMES = ("search_fts", "ix_articles_fulltext", "ix_mention_evidence_fulltext")


def is_schema_object(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's include_name hook: False for the dialect-specific full-text objects."""
    return not (name and name.startswith(FULL_TEXT_NAMES))
