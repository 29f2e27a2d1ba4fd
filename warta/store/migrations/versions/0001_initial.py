"""The first schema: articles, mentions (+ evidence, materiel), events, event_mentions, contradictions,
failed_inputs, and full-text search over articles and evidence.

Revision ID: 0001
Revises:
Create Date: 2026-11-24 14:46:04.478143
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('article_id', sa.String(length=64), nullable=False, comment='sha256 of the cleaned text, hex'),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False, comment='ingest order'),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('dateline', sa.String(length=200), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_text', sa.Text(), nullable=True),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('raw_text', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=True, comment='MinHash signature (uint64 x num_perm) for near-duplicate search'),
    sa.Column('duplicate_of', sa.String(length=64), nullable=True, comment='the earlier article this one is a near-duplicate copy of'),
    sa.Column('duplicate_similarity', sa.Float(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['duplicate_of'], ['articles.article_id'], name=op.f('fk_articles_duplicate_of_articles')),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash')),
    sa.UniqueConstraint('seq', name=op.f('uq_articles_seq'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_duplicate_of'), ['duplicate_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_outlet'), ['outlet'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)

    op.create_table('events',
    sa.Column('event_id', sa.String(length=20), nullable=False),
    sa.Column('event_type', sa.String(length=40), nullable=False),
    sa.Column('sub_event_type', sa.String(length=60), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=False),
    sa.Column('date_text', sa.Text(), nullable=True),
    sa.Column('location_text', sa.Text(), nullable=True),
    sa.Column('location_name', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('geonames_id', sa.Integer(), nullable=True),
    sa.Column('location_precision', sa.String(length=16), nullable=True),
    sa.Column('actor1_text', sa.Text(), nullable=True),
    sa.Column('actor1_name', sa.String(length=200), nullable=True),
    sa.Column('actor1_country', sa.String(length=3), nullable=True),
    sa.Column('actor1_kind', sa.String(length=40), nullable=True),
    sa.Column('actor2_text', sa.Text(), nullable=True),
    sa.Column('actor2_name', sa.String(length=200), nullable=True),
    sa.Column('actor2_country', sa.String(length=3), nullable=True),
    sa.Column('actor2_kind', sa.String(length=40), nullable=True),
    sa.Column('killed', sa.Integer(), nullable=True, comment="headline: ACLED's lowest credible figure"),
    sa.Column('wounded', sa.Integer(), nullable=True),
    sa.Column('civilian', sa.Boolean(), nullable=True),
    sa.Column('materiel', sa.JSON(), nullable=False),
    sa.Column('n_mentions', sa.Integer(), nullable=False),
    sa.Column('n_articles', sa.Integer(), nullable=False, comment='near-duplicate copies counted once'),
    sa.Column('n_outlets', sa.Integer(), nullable=False),
    sa.Column('n_claimants', sa.Integer(), nullable=False, comment='independent claimants'),
    sa.Column('n_disagreements', sa.Integer(), nullable=False),
    sa.Column('outlets', sa.JSON(), nullable=False),
    sa.Column('claimants', sa.JSON(), nullable=False),
    sa.Column('first_published', sa.Date(), nullable=True),
    sa.Column('last_published', sa.Date(), nullable=True),
    sa.Column('choices', sa.JSON(), nullable=False, comment='per headline field: value, mention, rule'),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_actor1_name'), ['actor1_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_actor2_name'), ['actor2_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_country'), ['country'], unique=False)
        batch_op.create_index('ix_events_country_date', ['country', 'date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_date_start'), ['date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_event_type'), ['event_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_location_name'), ['location_name'], unique=False)

    op.create_table('failed_inputs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('input', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('failed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_failed_inputs'))
    )
    op.create_table('mentions',
    sa.Column('mention_id', sa.String(length=80), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False, comment='ingest order'),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('event_type', sa.String(length=40), nullable=False),
    sa.Column('sub_event_type', sa.String(length=60), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=False),
    sa.Column('date_text', sa.Text(), nullable=True),
    sa.Column('location_text', sa.Text(), nullable=True),
    sa.Column('location_name', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('geonames_id', sa.Integer(), nullable=True),
    sa.Column('location_precision', sa.String(length=16), nullable=True),
    sa.Column('actor1_text', sa.Text(), nullable=True),
    sa.Column('actor1_name', sa.String(length=200), nullable=True),
    sa.Column('actor1_country', sa.String(length=3), nullable=True),
    sa.Column('actor1_kind', sa.String(length=40), nullable=True),
    sa.Column('actor2_text', sa.Text(), nullable=True),
    sa.Column('actor2_name', sa.String(length=200), nullable=True),
    sa.Column('actor2_country', sa.String(length=3), nullable=True),
    sa.Column('actor2_kind', sa.String(length=40), nullable=True),
    sa.Column('killed_min', sa.Integer(), nullable=True),
    sa.Column('killed_max', sa.Integer(), nullable=True),
    sa.Column('wounded_min', sa.Integer(), nullable=True),
    sa.Column('wounded_max', sa.Integer(), nullable=True),
    sa.Column('civilian', sa.Boolean(), nullable=True),
    sa.Column('fatalities_text', sa.Text(), nullable=True),
    sa.Column('claimant', sa.String(length=300), nullable=True),
    sa.Column('claimant_party', sa.String(length=3), nullable=True),
    sa.Column('relays', sa.JSON(), nullable=False),
    sa.Column('stance', sa.String(length=16), nullable=False),
    sa.Column('claim_text', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.article_id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', name=op.f('pk_mentions')),
    sa.UniqueConstraint('article_id', 'ordinal', name='uq_mentions_article_ordinal'),
    sa.UniqueConstraint('seq', name=op.f('uq_mentions_seq'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_actor1_name'), ['actor1_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_actor2_name'), ['actor2_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_claimant'), ['claimant'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_date_start'), ['date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_event_type'), ['event_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_location_name'), ['location_name'], unique=False)

    op.create_table('contradictions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False, comment='killed | wounded | materiel | actor_roles | denial'),
    sa.Column('subject', sa.String(length=100), nullable=False),
    sa.Column('headline', sa.Text(), nullable=True),
    sa.Column('mention_id', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('value_min', sa.Integer(), nullable=True),
    sa.Column('value_max', sa.Integer(), nullable=True),
    sa.Column('claimant', sa.String(length=300), nullable=True),
    sa.Column('stance', sa.String(length=16), nullable=True),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.event_id'], name=op.f('fk_contradictions_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.mention_id'], name=op.f('fk_contradictions_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contradictions'))
    )
    with op.batch_alter_table('contradictions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contradictions_event_id'), ['event_id'], unique=False)

    op.create_table('event_mentions',
    sa.Column('mention_id', sa.String(length=80), nullable=False),
    sa.Column('event_id', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False, comment='merge order: 0 is the anchor'),
    sa.Column('score', sa.Float(), nullable=False, comment="mean match score with the event's members"),
    sa.ForeignKeyConstraint(['event_id'], ['events.event_id'], name=op.f('fk_event_mentions_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.mention_id'], name=op.f('fk_event_mentions_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', name=op.f('pk_event_mentions'))
    )
    with op.batch_alter_table('event_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_mentions_event_id'), ['event_id'], unique=False)

    op.create_table('mention_evidence',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('mention_id', sa.String(length=80), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('start_offset', sa.Integer(), nullable=True, comment='character offset into articles.text'),
    sa.Column('end_offset', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.mention_id'], name=op.f('fk_mention_evidence_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mention_evidence'))
    )
    with op.batch_alter_table('mention_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mention_evidence_mention_id'), ['mention_id'], unique=False)

    op.create_table('mention_materiel',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('mention_id', sa.String(length=80), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('side', sa.String(length=3), nullable=True),
    sa.Column('count_min', sa.Integer(), nullable=True),
    sa.Column('count_max', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.mention_id'], name=op.f('fk_mention_materiel_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mention_materiel'))
    )
    with op.batch_alter_table('mention_materiel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mention_materiel_mention_id'), ['mention_id'], unique=False)

    _create_full_text_search()


def downgrade() -> None:
    _drop_full_text_search()
    with op.batch_alter_table('mention_materiel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mention_materiel_mention_id'))

    op.drop_table('mention_materiel')
    with op.batch_alter_table('mention_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mention_evidence_mention_id'))

    op.drop_table('mention_evidence')
    with op.batch_alter_table('event_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_mentions_event_id'))

    op.drop_table('event_mentions')
    with op.batch_alter_table('contradictions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contradictions_event_id'))

    op.drop_table('contradictions')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_location_name'))
        batch_op.drop_index(batch_op.f('ix_mentions_event_type'))
        batch_op.drop_index(batch_op.f('ix_mentions_date_start'))
        batch_op.drop_index(batch_op.f('ix_mentions_country'))
        batch_op.drop_index(batch_op.f('ix_mentions_claimant'))
        batch_op.drop_index(batch_op.f('ix_mentions_article_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_actor2_name'))
        batch_op.drop_index(batch_op.f('ix_mentions_actor1_name'))

    op.drop_table('mentions')
    op.drop_table('failed_inputs')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_location_name'))
        batch_op.drop_index(batch_op.f('ix_events_event_type'))
        batch_op.drop_index(batch_op.f('ix_events_date_start'))
        batch_op.drop_index('ix_events_country_date')
        batch_op.drop_index(batch_op.f('ix_events_country'))
        batch_op.drop_index(batch_op.f('ix_events_actor2_name'))
        batch_op.drop_index(batch_op.f('ix_events_actor1_name'))

    op.drop_table('events')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_outlet'))
        batch_op.drop_index(batch_op.f('ix_articles_duplicate_of'))

    op.drop_table('articles')


# Full-text search differs by dialect, so it is written here and not in schema.py's metadata.
SQLITE_FTS = [
    # FTS5 keeps its own copy of the text; triggers keep it in step inside each article's transaction.
    ("CREATE VIRTUAL TABLE search_fts USING fts5(kind UNINDEXED, ref UNINDEXED, article_id UNINDEXED, body,"
    " tokenize = 'unicode61 remove_diacritics 2')"),
    ("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    " INSERT INTO search_fts (kind, ref, article_id, body)"
    " VALUES ('article', new.article_id, new.article_id, coalesce(new.title, '') || ' ' || new.text); END"),
    ("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    " DELETE FROM search_fts WHERE kind = 'article' AND ref = old.article_id; END"),
    ("CREATE TRIGGER evidence_fts_insert AFTER INSERT ON mention_evidence BEGIN"
    " INSERT INTO search_fts (kind, ref, article_id, body)"
    " VALUES ('evidence', new.mention_id,"
    " (SELECT article_id FROM mentions WHERE mention_id = new.mention_id), new.text); END"),
    ("CREATE TRIGGER evidence_fts_delete AFTER DELETE ON mention_evidence BEGIN"
    " DELETE FROM search_fts WHERE kind = 'evidence' AND ref = old.mention_id; END"),
]
SQLITE_FTS_DROP = [
    "DROP TRIGGER IF EXISTS evidence_fts_delete",
    "DROP TRIGGER IF EXISTS evidence_fts_insert",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]
# PostgreSQL has no Indonesian stemmer: the 'simple' configuration (lower-cased words) serves every language.
POSTGRES_FTS = [
    ("CREATE INDEX ix_articles_fulltext ON articles"
    " USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))"),
    "CREATE INDEX ix_mention_evidence_fulltext ON mention_evidence USING gin (to_tsvector('simple', text))",
]
POSTGRES_FTS_DROP = ["DROP INDEX IF EXISTS ix_mention_evidence_fulltext", "DROP INDEX IF EXISTS ix_articles_fulltext"]


def _create_full_text_search() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(statement)


def _drop_full_text_search() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS_DROP if dialect == "sqlite" else POSTGRES_FTS_DROP if dialect == "postgresql" else []:
        op.execute(statement)
