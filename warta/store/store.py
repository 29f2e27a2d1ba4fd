"""Persisting and querying warta's records: articles, mentions, events, contradictions, failed inputs.

One class, `Store`, over SQLAlchemy Core: SQLite (one file, WAL mode) by default, PostgreSQL by URL.
It knows nothing of NLP: records go in and come out. Writes that belong together take the connection of
one transaction (`with store.transaction() as conn:`), so that the service can store an article, its
mentions and the events they changed atomically.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url

from warta.merge.records import Account, Disagreement, Event, FieldChoice
from warta.records import (
    Actor,
    Article,
    Claim,
    CountRange,
    DateValue,
    Evidence,
    Fatalities,
    Location,
    Materiel,
    Mention,
)
from warta.store import schema
from warta.store.schema import (
    articles,
    contradictions,
    event_mentions,
    events,
    failed_inputs,
    mention_evidence,
    mention_materiel,
    mentions,
)

DEFAULT_DB = "warta.db"
MIGRATIONS = Path(__file__).parent / "migrations"
WRITE_CHUNK = 500  # rows per executemany / IN (...) list: well under SQLite's bound-parameter limit


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from what a user types: a URL as it is, anything else is a SQLite file path."""
    db = str(db)
    if "://" in db:
        if db.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + db.split("://", 1)[1]  # psycopg 3 is the driver warta ships
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; a killed writer loses its txn only
    cursor.execute("PRAGMA synchronous=NORMAL")  # in WAL mode: durable against a process crash
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (Alembic `upgrade head`)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored: the record plus what the store learnt about it."""

    article: Article
    article_id: str
    seq: int
    duplicate_of: str | None
    duplicate_similarity: float | None
    ingested_at: dt.datetime


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "article" or "evidence"
    ref: str  # article id or mention id
    article_id: str
    snippet: str
    rank: float


@dataclass(frozen=True)
class FailedInput:
    input: str
    reason: str
    failed_at: dt.datetime


@dataclass(frozen=True)
class EventFilter:
    """What `warta events` narrows the list by; every field is optional."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    type: str | None = None  # an event type or a sub-event type
    actor: str | None = None  # a substring of actor1 or actor2, any case
    place: str | None = None  # a substring of the location name or admin1
    min_sources: int = 0  # distinct articles (near-duplicate copies counted once)
    limit: int | None = None
    offset: int = 0  # skip this many (a page of a long list: the REST API and the dashboard's table)
    sort: str = "date"  # a key of EVENT_SORTS; a leading "-" sorts descending
    disputed: bool = False  # only events whose sources disagree


# Sort keys of `Store.events`: the columns each orders by; events without a value come last either way.
EVENT_SORTS = {
    "date": (events.c.date_start,),
    "killed": (events.c.killed,),
    "reports": (events.c.n_articles,),
    "claimants": (events.c.n_claimants,),
    "disagreements": (events.c.n_disagreements,),
    "type": (events.c.event_type, events.c.sub_event_type),
    "place": (events.c.country, events.c.location_name),
    "id": (events.c.event_id,),
}


@dataclass(frozen=True)
class EventPoint:
    """What a map draws for one placed event: a light row, not the whole Event record."""

    event_id: str
    event_type: str
    sub_event_type: str
    date_start: dt.date | None
    date_end: dt.date | None
    location_name: str | None
    country: str | None
    lat: float
    lon: float
    killed: int | None
    n_articles: int
    n_disagreements: int


class Store:
    """warta's database. Open with `Store(url_or_path)`; the schema is migrated on open."""

    def __init__(self, db: str | Path = DEFAULT_DB, *, migrate_schema: bool = True):
        self.url = database_url(db)
        url = make_url(self.url)
        self.dialect = url.get_backend_name()
        if self.dialect == "sqlite":
            self.engine = create_engine(self.url)
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True)
        if migrate_schema:
            migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of writes: committed when the block ends, rolled back if it raises."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def _reading(self, connection: Connection | None) -> Iterator[Connection]:
        if connection is not None:
            yield connection
        else:
            with self.engine.connect() as fresh:
                yield fresh

    # ---------------------------------------------------------------- articles
    def has_article(self, article_id: str, connection: Connection | None = None) -> bool:
        with self._reading(connection) as conn:
            found = conn.execute(select(articles.c.article_id).where(articles.c.content_hash == article_id))
            return found.first() is not None

    def insert_article(
        self,
        conn: Connection,
        article: Article,
        *,
        minhash: bytes | None = None,
        duplicate_of: str | None = None,
        duplicate_similarity: float | None = None,
    ) -> str:
        article_id = article.article_id
        seq = conn.execute(select(func.coalesce(func.max(articles.c.seq), 0) + 1)).scalar_one()
        conn.execute(
            insert(articles).values(
                article_id=article_id,
                content_hash=article_id,
                seq=seq,
                source=article.source,
                external_id=article.external_id,
                url=article.url,
                outlet=article.outlet,
                title=article.title,
                dateline=article.dateline,
                published=article.published,
                published_text=article.published_text,
                lang=article.lang,
                raw_text=article.raw_text,
                text=article.text,
                warnings=list(article.warnings),
                minhash=minhash,
                duplicate_of=duplicate_of,
                duplicate_similarity=duplicate_similarity,
                ingested_at=dt.datetime.now(dt.UTC),
            )
        )
        return article_id

    def _article_of(self, row: Any) -> StoredArticle:
        article = Article(
            source=row.source,
            text=row.text,
            raw_text=row.raw_text,
            external_id=row.external_id,
            url=row.url,
            outlet=row.outlet,
            title=row.title,
            dateline=row.dateline,
            published=row.published,
            published_text=row.published_text,
            lang=row.lang,
            warnings=list(row.warnings or []),
        )
        return StoredArticle(article, row.article_id, row.seq, row.duplicate_of, row.duplicate_similarity,
                             row.ingested_at)

    def article(self, article_id: str) -> StoredArticle | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.article_id == article_id)).first()
            return self._article_of(row) if row else None

    def articles(self, limit: int | None = None, offset: int = 0) -> list[StoredArticle]:
        """Articles in ingest order; `limit` and `offset` take one page of them."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles).order_by(articles.c.seq).limit(limit).offset(offset or None))
            return [self._article_of(row) for row in rows]

    def article_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def mention_counts(self, article_ids: Sequence[str]) -> dict[str, int]:
        """Article id -> how many mentions were extracted from it (articles without any are left out)."""
        found: dict[str, int] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(article_ids), WRITE_CHUNK):
                chunk = list(article_ids[start:start + WRITE_CHUNK])
                query = (select(mentions.c.article_id, func.count().label("n"))
                         .where(mentions.c.article_id.in_(chunk)).group_by(mentions.c.article_id))
                found.update({row.article_id: row.n for row in conn.execute(query)})
        return found

    def article_signatures(self) -> Iterator[tuple[str, str | None, bytes]]:
        """(article id, duplicate_of, MinHash signature) of every article, in ingest order."""
        query = select(articles.c.article_id, articles.c.duplicate_of, articles.c.minhash).order_by(articles.c.seq)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                if row.minhash is not None:
                    yield row.article_id, row.duplicate_of, row.minhash

    def article_groups(self, connection: Connection | None = None) -> dict[str, str]:
        """Near-duplicate copies -> the article they copy (only copies are listed)."""
        query = select(articles.c.article_id, articles.c.duplicate_of).where(articles.c.duplicate_of.is_not(None))
        with self._reading(connection) as conn:
            return {row.article_id: row.duplicate_of for row in conn.execute(query)}

    # ---------------------------------------------------------------- mentions
    def insert_mentions(self, conn: Connection, records: Sequence[Mention]) -> None:
        if not records:
            return
        first_seq = conn.execute(select(func.coalesce(func.max(mentions.c.seq), 0) + 1)).scalar_one()
        mention_rows, evidence_rows, materiel_rows = [], [], []
        for offset, mention in enumerate(records):
            mention_rows.append(_mention_row(mention, first_seq + offset))
            for ordinal, evidence in enumerate(mention.evidence):
                evidence_rows.append({"mention_id": mention.mention_id, "ordinal": ordinal,
                                      "start_offset": evidence.start, "end_offset": evidence.end,
                                      "text": evidence.text})
            for ordinal, item in enumerate(mention.materiel):
                materiel_rows.append({"mention_id": mention.mention_id, "ordinal": ordinal,
                                      "category": item.category, "side": item.side, "count_min": item.min,
                                      "count_max": item.max, "text": item.text})
        for table, rows in ((mentions, mention_rows), (mention_evidence, evidence_rows),
                            (mention_materiel, materiel_rows)):
            for start in range(0, len(rows), WRITE_CHUNK):
                conn.execute(insert(table), rows[start:start + WRITE_CHUNK])

    def mentions(
        self,
        mention_ids: Sequence[str] | None = None,
        *,
        article_id: str | None = None,
        connection: Connection | None = None,
    ) -> list[Mention]:
        """Mentions by id (in the order asked), of one article, or all of them (in ingest order)."""
        with self._reading(connection) as conn:
            if mention_ids is not None:
                rows = []
                for start in range(0, len(mention_ids), WRITE_CHUNK):
                    chunk = list(mention_ids[start:start + WRITE_CHUNK])
                    rows.extend(conn.execute(select(mentions).where(mentions.c.mention_id.in_(chunk))))
                position = {mention_id: i for i, mention_id in enumerate(mention_ids)}
                rows.sort(key=lambda row: position[row.mention_id])
            else:
                query = select(mentions).order_by(mentions.c.seq)
                if article_id is not None:
                    query = query.where(mentions.c.article_id == article_id)
                rows = list(conn.execute(query))
            return self._mentions_of(conn, rows)

    def _mentions_of(self, conn: Connection, rows: Sequence[Any]) -> list[Mention]:
        evidence_of: dict[str, list[Evidence]] = defaultdict(list)
        materiel_of: dict[str, list[Materiel]] = defaultdict(list)
        ids = [row.mention_id for row in rows]
        # Everything at once when most mentions are asked for (a full re-merge), by chunks of ids otherwise.
        whole = len(ids) > 5 * WRITE_CHUNK
        chunks = [None] if whole else [ids[i:i + WRITE_CHUNK] for i in range(0, len(ids), WRITE_CHUNK)]
        wanted = set(ids)
        for chunk in chunks:
            evidence_query = select(mention_evidence).order_by(mention_evidence.c.mention_id,
                                                               mention_evidence.c.ordinal)
            materiel_query = select(mention_materiel).order_by(mention_materiel.c.mention_id,
                                                               mention_materiel.c.ordinal)
            if chunk is not None:
                evidence_query = evidence_query.where(mention_evidence.c.mention_id.in_(chunk))
                materiel_query = materiel_query.where(mention_materiel.c.mention_id.in_(chunk))
            for row in conn.execute(evidence_query):
                if row.mention_id in wanted:
                    evidence_of[row.mention_id].append(
                        Evidence(start=row.start_offset, end=row.end_offset, text=row.text))
            for row in conn.execute(materiel_query):
                if row.mention_id in wanted:
                    materiel_of[row.mention_id].append(Materiel(
                        category=row.category, side=row.side, min=row.count_min, max=row.count_max, text=row.text))
        return [_mention_of(row, evidence_of[row.mention_id], materiel_of[row.mention_id]) for row in rows]

    def mention_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(mentions)).scalar_one()

    # ---------------------------------------------------------------- events
    def save_events(self, conn: Connection, new_events: Sequence[Event], scores: dict[str, float]) -> None:
        """Insert or replace these events, their member lists and their contradictions."""
        if not new_events:
            return
        ids = [e.event_id for e in new_events]
        self.delete_events(conn, ids)
        now = dt.datetime.now(dt.UTC)
        event_rows, member_rows, contradiction_rows = [], [], []
        for record in new_events:
            event_rows.append(_event_row(record, now))
            for position, mention_id in enumerate(record.mention_ids):
                member_rows.append({"mention_id": mention_id, "event_id": record.event_id, "position": position,
                                    "score": scores.get(mention_id, 1.0)})
            for disagreement in record.disagreements:
                for account in disagreement.accounts:
                    contradiction_rows.append({
                        "event_id": record.event_id, "kind": disagreement.kind, "subject": disagreement.subject,
                        "headline": disagreement.headline, "mention_id": account.mention_id,
                        "value": account.value, "value_min": account.value_min, "value_max": account.value_max,
                        "claimant": account.claimant, "stance": account.stance, "outlet": account.outlet,
                        "evidence": account.evidence,
                    })
        for table, rows in ((events, event_rows), (event_mentions, member_rows),
                            (contradictions, contradiction_rows)):
            for start in range(0, len(rows), WRITE_CHUNK):
                conn.execute(insert(table), rows[start:start + WRITE_CHUNK])

    def delete_events(self, conn: Connection, event_ids: Sequence[str] | None = None) -> None:
        """Delete these events (all of them when None) with their members and contradictions."""
        if event_ids is None:
            for table in (contradictions, event_mentions, events):
                conn.execute(delete(table))
            return
        for start in range(0, len(event_ids), WRITE_CHUNK):
            chunk = list(event_ids[start:start + WRITE_CHUNK])
            for table in (contradictions, event_mentions, events):
                conn.execute(delete(table).where(table.c.event_id.in_(chunk)))

    def event_assignments(self) -> list[tuple[str, str, float]]:
        """(event id, mention id, score) of every stored membership, events in creation order."""
        query = (select(event_mentions.c.event_id, event_mentions.c.mention_id, event_mentions.c.score)
                 .join(mentions, mentions.c.mention_id == event_mentions.c.mention_id)
                 .order_by(event_mentions.c.event_id, event_mentions.c.position))
        with self.engine.connect() as conn:
            return [(row.event_id, row.mention_id, row.score) for row in conn.execute(query)]

    @staticmethod
    def _filtered(query, where: EventFilter):
        """`query` over the events table narrowed by `where` (not sorted, not paged)."""
        if where.since:
            query = query.where(func.coalesce(events.c.date_end, events.c.date_start) >= where.since)
        if where.until:
            query = query.where(events.c.date_start <= where.until)
        if where.country:
            query = query.where(func.upper(events.c.country) == where.country.upper())
        if where.type:
            kind = where.type.lower()
            query = query.where(or_(events.c.event_type == kind, events.c.sub_event_type == kind))
        if where.actor:
            pattern = f"%{where.actor.lower()}%"
            query = query.where(or_(func.lower(events.c.actor1_name).like(pattern),
                                    func.lower(events.c.actor2_name).like(pattern)))
        if where.place:
            pattern = f"%{where.place.lower()}%"
            query = query.where(or_(func.lower(events.c.location_name).like(pattern),
                                    func.lower(events.c.admin1).like(pattern)))
        if where.min_sources:
            query = query.where(events.c.n_articles >= where.min_sources)
        if where.disputed:
            query = query.where(events.c.n_disagreements > 0)
        return query

    @staticmethod
    def _sorted(query, sort: str):
        descending = sort.startswith("-")
        columns = EVENT_SORTS.get(sort.removeprefix("-"))
        if columns is None:
            raise ValueError(f"unknown sort {sort!r}; one of {', '.join(EVENT_SORTS)} (prefix '-' to reverse)")
        order = []
        for column in columns:
            # NULLs last in both directions and on both dialects (they disagree on where NULL sorts).
            order += [column.is_(None), column.desc() if descending else column]
        if columns[0] is not events.c.date_start:
            order += [events.c.date_start.is_(None), events.c.date_start]
        return query.order_by(*order, events.c.event_id)

    def events(self, where: EventFilter | None = None) -> list[Event]:
        where = where or EventFilter()
        query = self._sorted(self._filtered(select(events), where), where.sort)
        if where.limit:
            query = query.limit(where.limit)
        if where.offset:
            query = query.offset(where.offset)
        with self.engine.connect() as conn:
            return self._events_of(conn, list(conn.execute(query)))

    def event_points(self, where: EventFilter | None = None) -> list[EventPoint]:
        """Every placed event matching `where` (limit and offset apply) as a light row for a map."""
        where = where or EventFilter()
        columns = [events.c.event_id, events.c.event_type, events.c.sub_event_type, events.c.date_start,
                   events.c.date_end, events.c.location_name, events.c.country, events.c.latitude,
                   events.c.longitude, events.c.killed, events.c.n_articles, events.c.n_disagreements]
        query = self._filtered(select(*columns), where).where(events.c.latitude.is_not(None),
                                                              events.c.longitude.is_not(None))
        query = self._sorted(query, where.sort)
        if where.limit:
            query = query.limit(where.limit)
        if where.offset:
            query = query.offset(where.offset)
        with self.engine.connect() as conn:
            return [EventPoint(row.event_id, row.event_type, row.sub_event_type, row.date_start, row.date_end,
                               row.location_name, row.country, row.latitude, row.longitude, row.killed,
                               row.n_articles, row.n_disagreements) for row in conn.execute(query)]

    def event_timeline(self, where: EventFilter | None = None) -> list[tuple[dt.date, str, int]]:
        """(day, event type, number of events) for events matching `where` (limit and offset ignored),
        by the first day of each event; undated events are left out."""
        query = self._filtered(select(events.c.date_start, events.c.event_type, func.count().label("n")),
                               where or EventFilter())
        query = (query.where(events.c.date_start.is_not(None))
                 .group_by(events.c.date_start, events.c.event_type)
                 .order_by(events.c.date_start, events.c.event_type))
        with self.engine.connect() as conn:
            return [(row.date_start, row.event_type, row.n) for row in conn.execute(query)]

    def event(self, event_id: str) -> Event | None:
        """One event by id; a unique prefix of an id is enough (ids are typed by hand)."""
        with self.engine.connect() as conn:
            rows = list(conn.execute(select(events).where(events.c.event_id == event_id)))
            if not rows:
                rows = list(conn.execute(select(events).where(events.c.event_id.like(f"{event_id}%")).limit(2)))
            if len(rows) != 1:
                return None
            return self._events_of(conn, rows)[0]

    def event_of_mention(self, mention_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(event_mentions.c.event_id)
                                .where(event_mentions.c.mention_id == mention_id)).scalar_one_or_none()

    def _events_of(self, conn: Connection, rows: Sequence[Any]) -> list[Event]:
        ids = [row.event_id for row in rows]
        members: dict[str, list[str]] = defaultdict(list)
        found: dict[str, list[Any]] = defaultdict(list)
        for start in range(0, len(ids), WRITE_CHUNK):
            chunk = ids[start:start + WRITE_CHUNK]
            member_query = (select(event_mentions.c.event_id, event_mentions.c.mention_id)
                            .where(event_mentions.c.event_id.in_(chunk))
                            .order_by(event_mentions.c.event_id, event_mentions.c.position))
            for row in conn.execute(member_query):
                members[row.event_id].append(row.mention_id)
            contradiction_query = (select(contradictions, mentions.c.article_id, mentions.c.published)
                                   .join(mentions, mentions.c.mention_id == contradictions.c.mention_id)
                                   .where(contradictions.c.event_id.in_(chunk))
                                   .order_by(contradictions.c.id))
            for row in conn.execute(contradiction_query):
                found[row.event_id].append(row)
        return [_event_of(row, members[row.event_id], _disagreements_of(found[row.event_id])) for row in rows]

    def event_count(self, where: EventFilter | None = None) -> int:
        """How many events match `where` (all of them when None); limit and offset are ignored."""
        query = self._filtered(select(func.count()).select_from(events), where or EventFilter())
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def events_of_mentions(self, mention_ids: Sequence[str]) -> dict[str, str]:
        """Mention id -> the id of the event it belongs to, for those of `mention_ids` in an event."""
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(mention_ids), WRITE_CHUNK):
                chunk = list(mention_ids[start:start + WRITE_CHUNK])
                query = (select(event_mentions.c.mention_id, event_mentions.c.event_id)
                         .where(event_mentions.c.mention_id.in_(chunk)))
                found.update({row.mention_id: row.event_id for row in conn.execute(query)})
        return found

    # ---------------------------------------------------------------- failures
    def record_failure(self, source: str, reason: str) -> None:
        """Note an input that could not be stored; the same failure again only updates its time."""
        now = dt.datetime.now(dt.UTC)
        with self.transaction() as conn:
            updated = conn.execute(update(failed_inputs)
                                   .where(failed_inputs.c.input == source, failed_inputs.c.reason == reason)
                                   .values(failed_at=now))
            if updated.rowcount == 0:
                conn.execute(insert(failed_inputs).values(input=source, reason=reason, failed_at=now))

    def failures(self) -> list[FailedInput]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(failed_inputs).order_by(failed_inputs.c.id))
            return [FailedInput(row.input, row.reason, row.failed_at) for row in rows]

    # ---------------------------------------------------------------- search
    def search(self, words: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over article texts and mention evidence (FTS5 on SQLite, tsvector on PostgreSQL)."""
        terms = re.findall(r"\w+", words, flags=re.UNICODE)
        if not terms:
            return []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                # Every word quoted: the user's text is data, never FTS5 query syntax.
                match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
                rows = conn.execute(text(
                    "SELECT kind, ref, article_id, snippet(search_fts, 3, '[', ']', ' … ', 16) AS snippet,"
                    " bm25(search_fts) AS rank FROM search_fts WHERE search_fts MATCH :match"
                    " ORDER BY rank LIMIT :limit"), {"match": match, "limit": limit})
                return [SearchHit(r.kind, r.ref, r.article_id, r.snippet, -float(r.rank)) for r in rows]
            rows = conn.execute(text(
                "WITH q AS (SELECT plainto_tsquery('simple', :words) AS query)"
                " SELECT * FROM ("
                " SELECT 'article' AS kind, a.article_id AS ref, a.article_id,"
                "  ts_headline('simple', a.text, q.query, 'StartSel=[, StopSel=], MaxWords=24') AS snippet,"
                "  ts_rank(to_tsvector('simple', coalesce(a.title, '') || ' ' || a.text), q.query) AS rank"
                "  FROM articles a, q WHERE to_tsvector('simple', coalesce(a.title, '') || ' ' || a.text) @@ q.query"
                " UNION ALL"
                " SELECT 'evidence', e.mention_id, m.article_id,"
                "  ts_headline('simple', e.text, q.query, 'StartSel=[, StopSel=], MaxWords=24'),"
                "  ts_rank(to_tsvector('simple', e.text), q.query)"
                "  FROM mention_evidence e JOIN mentions m ON m.mention_id = e.mention_id, q"
                "  WHERE to_tsvector('simple', e.text) @@ q.query"
                " ) hits ORDER BY rank DESC, kind, ref LIMIT :limit"), {"words": " ".join(terms), "limit": limit})
            return [SearchHit(r.kind, r.ref, r.article_id, r.snippet, float(r.rank)) for r in rows]

    # ---------------------------------------------------------------- checks
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in schema.metadata.sorted_tables
            }

    def integrity_check(self) -> str:
        """SQLite's PRAGMA integrity_check ('ok' when sound); PostgreSQL keeps its own, so 'ok' there."""
        if self.dialect != "sqlite":
            return "ok"
        with self.engine.connect() as conn:
            return "\n".join(row[0] for row in conn.execute(text("PRAGMA integrity_check")))


# -------------------------------------------------------------------- row <-> record
def _actor_row(prefix: str, actor: Actor) -> dict[str, Any]:
    return {f"{prefix}_text": actor.text, f"{prefix}_name": actor.name, f"{prefix}_country": actor.country,
            f"{prefix}_kind": actor.kind}


def _place_row(place: Location) -> dict[str, Any]:
    return {"location_text": place.text, "location_name": place.name, "country": place.country,
            "admin1": place.admin1, "latitude": place.lat, "longitude": place.lon,
            "geonames_id": place.geonames_id, "location_precision": place.precision}


def _mention_row(mention: Mention, seq: int) -> dict[str, Any]:
    ordinal = mention.mention_id.rsplit(":", 1)[-1]
    return {
        "mention_id": mention.mention_id,
        "article_id": mention.article_id,
        "ordinal": int(ordinal) if ordinal.isdigit() else seq,
        "seq": seq,
        "source": mention.source,
        "outlet": mention.outlet,
        "published": mention.published,
        "event_type": mention.event_type,
        "sub_event_type": mention.sub_event_type,
        "date_start": mention.date.start,
        "date_end": mention.date.end,
        "date_precision": mention.date.precision,
        "date_text": mention.date.text,
        **_place_row(mention.location),
        **_actor_row("actor1", mention.actor1),
        **_actor_row("actor2", mention.actor2),
        "killed_min": mention.fatalities.killed.min,
        "killed_max": mention.fatalities.killed.max,
        "wounded_min": mention.fatalities.wounded.min,
        "wounded_max": mention.fatalities.wounded.max,
        "civilian": mention.fatalities.civilian,
        "fatalities_text": mention.fatalities.text,
        "claimant": mention.claim.claimant,
        "claimant_party": mention.claim.claimant_party,
        "relays": list(mention.claim.relays),
        "stance": mention.claim.stance,
        "claim_text": mention.claim.text,
        "confidence": mention.confidence,
    }


def _actor_of(row: Any, prefix: str) -> Actor:
    return Actor(text=getattr(row, f"{prefix}_text"), name=getattr(row, f"{prefix}_name"),
                 country=getattr(row, f"{prefix}_country"), kind=getattr(row, f"{prefix}_kind"))


def _place_of(row: Any) -> Location:
    return Location(text=row.location_text, name=row.location_name, country=row.country, admin1=row.admin1,
                    lat=row.latitude, lon=row.longitude, geonames_id=row.geonames_id,
                    precision=row.location_precision or "unknown")


def _mention_of(row: Any, evidence: list[Evidence], materiel: list[Materiel]) -> Mention:
    return Mention(
        article_id=row.article_id,
        source=row.source,
        outlet=row.outlet,
        published=row.published,
        mention_id=row.mention_id,
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        date=DateValue(start=row.date_start, end=row.date_end, precision=row.date_precision, text=row.date_text),
        location=_place_of(row),
        actor1=_actor_of(row, "actor1"),
        actor2=_actor_of(row, "actor2"),
        fatalities=Fatalities(killed=CountRange(min=row.killed_min, max=row.killed_max),
                              wounded=CountRange(min=row.wounded_min, max=row.wounded_max),
                              civilian=row.civilian, text=row.fatalities_text),
        materiel=materiel,
        claim=Claim(claimant=row.claimant, claimant_party=row.claimant_party, relays=list(row.relays or []),
                    stance=row.stance, text=row.claim_text),
        evidence=evidence,
        confidence=row.confidence,
    )


def _event_row(record: Event, now: dt.datetime) -> dict[str, Any]:
    return {
        "event_id": record.event_id,
        "event_type": record.event_type,
        "sub_event_type": record.sub_event_type,
        "date_start": record.date.start,
        "date_end": record.date.end,
        "date_precision": record.date.precision,
        "date_text": record.date.text,
        **_place_row(record.location),
        **_actor_row("actor1", record.actor1),
        **_actor_row("actor2", record.actor2),
        "killed": record.killed,
        "wounded": record.wounded,
        "civilian": record.civilian,
        "materiel": [item.model_dump(mode="json") for item in record.materiel],
        "n_mentions": record.n_mentions,
        "n_articles": record.n_articles,
        "n_outlets": record.n_outlets,
        "n_claimants": record.n_claimants,
        "n_disagreements": len(record.disagreements),
        "outlets": record.outlets,
        "claimants": record.claimants,
        "first_published": record.first_published,
        "last_published": record.last_published,
        "choices": [choice.model_dump(mode="json") for choice in record.choices],
        "updated_at": now,
    }


def _event_of(row: Any, mention_ids: list[str], disagreements: list[Disagreement]) -> Event:
    return Event(
        event_id=row.event_id,
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        date=DateValue(start=row.date_start, end=row.date_end, precision=row.date_precision, text=row.date_text),
        location=_place_of(row),
        actor1=_actor_of(row, "actor1"),
        actor2=_actor_of(row, "actor2"),
        killed=row.killed,
        wounded=row.wounded,
        civilian=row.civilian,
        materiel=[Materiel.model_validate(item) for item in row.materiel or []],
        mention_ids=mention_ids,
        n_mentions=row.n_mentions,
        n_articles=row.n_articles,
        n_outlets=row.n_outlets,
        n_claimants=row.n_claimants,
        outlets=list(row.outlets or []),
        claimants=list(row.claimants or []),
        first_published=row.first_published,
        last_published=row.last_published,
        choices=[FieldChoice.model_validate(choice) for choice in row.choices or []],
        disagreements=disagreements,
    )


def _disagreements_of(rows: Iterable[Any]) -> list[Disagreement]:
    grouped: dict[tuple[str, str], Disagreement] = {}
    for row in rows:
        key = (row.kind, row.subject)
        if key not in grouped:
            grouped[key] = Disagreement(kind=row.kind, subject=row.subject, headline=row.headline)
        grouped[key].accounts.append(Account(
            mention_id=row.mention_id, article_id=row.article_id, outlet=row.outlet, published=row.published,
            claimant=row.claimant, stance=row.stance or "unattributed", value=row.value,
            value_min=row.value_min, value_max=row.value_max, evidence=row.evidence,
        ))
    return list(grouped.values())
