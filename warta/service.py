"""warta's use cases, composed: inputs -> ingest -> pipeline -> store -> merge; re-merge; export.

The CLI, the Python API (`warta.open`) and the REST API call these; nothing here parses text or writes SQL.
Each article is stored in one transaction together with its mentions and the events they change, so a
process killed mid-batch loses at most the article in flight, and running the batch again completes it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from warta.merge import EventMerger, features_of, summarize_event
from warta.merge.duplicates import NearDuplicateIndex, minhash_of, signature_bytes, signature_from_bytes
from warta.merge.records import Event
from warta.records import Article, InputFailure, Mention
from warta.store import DEFAULT_DB, EventFilter, SearchHit, Store, StoredArticle
from warta.store.export import export_events

Extractor = Callable[[Article], list[Mention]]
ArticleReader = Callable[[Sequence[str]], Iterable[Article | InputFailure]]


@dataclass
class IngestReport:
    articles_read: int = 0
    stored: int = 0
    already_stored: int = 0
    near_duplicates: int = 0
    failed: int = 0
    mentions_stored: int = 0
    events_created: int = 0
    events_updated: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class MergeReport:
    mentions: int
    events: int
    seconds: float


class MergeState:
    """What an ingest keeps in memory between articles: the event clustering and the near-duplicate index,
    both rebuilt from the store when an ingest starts."""

    def __init__(self, merger: EventMerger, duplicates: NearDuplicateIndex):
        self.merger = merger
        self.duplicates = duplicates

    @classmethod
    def load(cls, store: Store) -> MergeState:
        duplicates = NearDuplicateIndex()
        for article_id, duplicate_of, signature in store.article_signatures():
            duplicates.add(article_id, signature_from_bytes(signature), duplicate_of)
        merger = EventMerger()
        stored = store.mentions()
        features = {m.mention_id: features_of(m) for m in stored}
        for event_id, mention_id, score in store.event_assignments():
            merger.place(features.pop(mention_id), event_id, score=score)
        for _ in merger.add_all(features.values()):  # mentions left without an event (none, normally)
            pass
        return cls(merger, duplicates)

    def article_group(self, article_ids: Iterable[str]) -> dict[str, str]:
        return {article_id: self.duplicates.original_of(article_id) for article_id in article_ids}


def _default_reader() -> ArticleReader:
    from warta.ingest import read_inputs

    return read_inputs


def _default_extractor() -> Extractor:
    from warta.pipeline import extract_mentions

    return extract_mentions


def _open(db: str | Path | Store) -> tuple[Store, bool]:
    """The store and whether this call opened it (and so must close it)."""
    if isinstance(db, Store):
        return db, False
    return Store(db), True


def ingest(
    inputs: Sequence[str],
    db: str | Path | Store = DEFAULT_DB,
    *,
    read: ArticleReader | None = None,
    extract: Extractor | None = None,
    on_article: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Read, extract, store and merge every input; failed inputs go to failed_inputs and the batch goes on."""
    store, opened = _open(db)
    try:
        reader = read or _default_reader()
        return ingest_articles(reader(list(inputs)), store, extract=extract, on_article=on_article)
    finally:
        if opened:
            store.close()


def ingest_articles(
    items: Iterable[Article | InputFailure],
    store: Store,
    *,
    extract: Extractor | None = None,
    on_article: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Store articles (already read) one transaction each; `on_article(source, outcome)` follows progress."""
    started = time.perf_counter()
    extract = extract or _default_extractor()
    state = MergeState.load(store)
    report = IngestReport()
    seen_events: set[str] = set(state.merger.clusters)
    for item in _guarded(items, store, report, on_article):
        report.articles_read += 1
        outcome = _ingest_one(item, store, state, extract, report, seen_events)
        if outcome.startswith("failed"):
            state = MergeState.load(store)  # the in-memory clustering may hold the rolled-back mentions
        if on_article:
            on_article(item.source, outcome)
    report.seconds = time.perf_counter() - started
    return report


def _guarded(items, store: Store, report: IngestReport, on_article) -> Iterable[Article]:
    """The articles of `items`; input failures (and a reader that breaks down) are recorded and skipped."""
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except Exception as error:  # noqa: BLE001 - a broken reader must not lose what was already stored
            _fail(store, report, "<inputs>", f"reading stopped: {type(error).__name__}: {error}", on_article)
            return
        if isinstance(item, InputFailure):
            report.articles_read += 1
            _fail(store, report, item.source, item.reason, on_article)
            continue
        yield item


def _fail(store: Store, report: IngestReport, source: str, reason: str, on_article) -> None:
    store.record_failure(source, reason)
    report.failed += 1
    report.failures.append((source, reason))
    if on_article:
        on_article(source, f"failed: {reason}")


def _ingest_one(article: Article, store: Store, state: MergeState, extract: Extractor, report: IngestReport,
                seen_events: set[str]) -> str:
    article_id = article.article_id
    if store.has_article(article_id):
        report.already_stored += 1
        return "already stored"
    try:
        extracted = extract(article)  # outside the transaction: extraction is the slow part
        for mention in extracted:
            if mention.article_id != article_id:
                raise ValueError(f"mention {mention.mention_id} names article {mention.article_id[:12]}…, "
                                 f"not this article ({article_id[:12]}…)")
        signature = minhash_of(article.text)
        copy_of = state.duplicates.find(signature)
        # The in-memory state runs ahead of the store; on failure it is rebuilt from the store.
        state.duplicates.add(article_id, signature, copy_of[0] if copy_of else None)
        assignments = list(state.merger.add_all(extracted))
        touched = list(dict.fromkeys(a.event_id for a in assignments))
        with store.transaction() as conn:
            store.insert_article(conn, article, minhash=signature_bytes(signature),
                                 duplicate_of=copy_of[0] if copy_of else None,
                                 duplicate_similarity=copy_of[1] if copy_of else None)
            store.insert_mentions(conn, extracted)
            _save_events(store, conn, state, touched)
    except Exception as error:  # noqa: BLE001 - any failure of one article is recorded; the batch goes on
        _fail(store, report, article.source, f"{type(error).__name__}: {error}", None)
        return f"failed: {error}"
    report.stored += 1
    report.mentions_stored += len(extracted)
    report.near_duplicates += bool(copy_of)
    created = [e for e in touched if e not in seen_events]
    report.events_created += len(created)
    report.events_updated += len(touched) - len(created)
    seen_events.update(touched)
    return f"near-duplicate of {copy_of[0][:12]}" if copy_of else f"stored, {len(extracted)} mention(s)"


def _save_events(store: Store, conn, state: MergeState, event_ids: Sequence[str]) -> None:
    """Summarise these events from their members (read inside the transaction) and store them."""
    members = {eid: [m.mention_id for m in state.merger.clusters[eid].members] for eid in event_ids}
    records = {m.mention_id: m for m in store.mentions([i for ids in members.values() for i in ids],
                                                       connection=conn)}
    group = state.article_group({m.article_id for m in records.values()})
    summaries = [summarize_event(eid, [records[i] for i in ids], group) for eid, ids in members.items()]
    store.save_events(conn, summaries, state.merger.score_of)


def remerge(db: str | Path | Store = DEFAULT_DB) -> MergeReport:
    """Merge every stored mention again from scratch (deterministic), keeping event ids where events persist."""
    started = time.perf_counter()
    store, opened = _open(db)
    try:
        old_event_of = {mention_id: event_id for event_id, mention_id, _ in store.event_assignments()}
        records = {m.mention_id: m for m in store.mentions()}
        merger = EventMerger()
        for _ in merger.add_all(records.values()):
            pass
        groups = merger.groups()
        renamed = _keep_old_ids(groups, old_event_of)
        article_group = store.article_groups()
        summaries = [summarize_event(renamed[eid], [records[i] for i in ids], article_group)
                     for eid, ids in groups.items()]
        with store.transaction() as conn:
            store.delete_events(conn)
            store.save_events(conn, summaries, merger.score_of)
        return MergeReport(mentions=len(records), events=len(summaries), seconds=time.perf_counter() - started)
    finally:
        if opened:
            store.close()


def _keep_old_ids(groups: dict[str, list[str]], old_event_of: dict[str, str]) -> dict[str, str]:
    """New event id -> the id to store: the old id most of its members had, when no other event took it."""
    renamed: dict[str, str] = {}
    taken: set[str] = set()
    for new_id, mention_ids in groups.items():
        votes = Counter(old_event_of[m] for m in mention_ids if m in old_event_of)
        for old_id, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if old_id not in taken:
                renamed[new_id] = old_id
                taken.add(old_id)
                break
    for new_id in groups:
        if new_id not in renamed:
            candidate = new_id
            while candidate in taken:
                candidate = "E" + candidate[1:][::-1]  # deterministic and distinct from the taken id
            renamed[new_id] = candidate
            taken.add(candidate)
    return renamed


def export(db: str | Path | Store, fmt: str, out: str | Path | None = None,
           where: EventFilter | None = None) -> int:
    """Write the events (filtered by `where`) as acled-csv, geojson, jsonl or parquet; returns how many."""
    store, opened = _open(db)
    try:
        return export_events(store.events(where), fmt, out)
    finally:
        if opened:
            store.close()


class Warta:
    """The Python API: `warta.open("warta.db")` returns one. Events, mentions and articles as records."""

    def __init__(self, db: str | Path | Store = DEFAULT_DB):
        self.store, self._owns_store = _open(db)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_store:
            self.store.close()

    # reading
    def events(self, **where) -> list[Event]:
        """Events, filtered like `warta events`: since, until, country, type, actor, place, min_sources, limit."""
        return self.store.events(EventFilter(**where))

    def event(self, event_id: str) -> Event | None:
        return self.store.event(event_id)

    def reports(self, event: str | Event) -> list[Mention]:
        """Every mention (report) behind an event, the anchor first."""
        record = self.store.event(event) if isinstance(event, str) else event
        return self.store.mentions(record.mention_ids) if record else []

    def mentions(self, article_id: str | None = None) -> list[Mention]:
        return self.store.mentions(article_id=article_id)

    def articles(self, limit: int | None = None) -> list[StoredArticle]:
        return self.store.articles(limit)

    def article(self, article_id: str) -> StoredArticle | None:
        return self.store.article(article_id)

    def search(self, words: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(words, limit)

    # writing
    def ingest(self, inputs: Sequence[str], **options) -> IngestReport:
        return ingest(inputs, self.store, **options)

    def remerge(self) -> MergeReport:
        return remerge(self.store)

    def export(self, fmt: str, out: str | Path | None = None, **where) -> int:
        return export(self.store, fmt, out, EventFilter(**where))
