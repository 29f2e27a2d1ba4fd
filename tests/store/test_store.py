"""The store on its own: schema, round trips, queries, search, failures — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from warta.merge import merge_mentions
from warta.merge.synthetic import make_mention
from warta.records import Article
from warta.store import EventFilter, Store
from warta.store.schema import is_schema_object, metadata


def _stored_article(store: Store, body: str, **fields) -> Article:
    article = Article(source=f"test/{abs(hash(body))}.txt", text=body, outlet="VIVA", lang="id", **fields)
    with store.transaction() as conn:
        store.insert_article(conn, article)
    return article


def test_migrated_schema_matches_the_one_schema_definition(store):
    with store.engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": is_schema_object}), metadata)
    assert differences == []


def test_sqlite_store_is_one_file_in_wal_mode(tmp_path):
    with Store(tmp_path / "x.db") as store:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert store.integrity_check() == "ok"


def test_article_and_mentions_round_trip(store):
    article = _stored_article(store, "Tentara Armenia menembaki desa Tartar.", raw_text="<p>Tentara</p>",
                              published=dt.date(2020, 10, 7))
    mentions = [
        make_mention(article.article_id, 0, materiel=[{"category": "tank", "side": "ARM", "max": 250,
                                                       "text": "hingga 250 tank"}],
                     evidence=[{"start": 0, "end": 38, "text": "Tentara Armenia menembaki desa Tartar."}],
                     claim={"claimant": "Ministry of Defence of Azerbaijan", "claimant_party": "AZE",
                            "relays": ["Anadolu Agency"], "stance": "asserted", "text": "kata kementerian"},
                     fatalities={"killed": {"min": 7}, "wounded": {"min": 1, "max": 3}, "civilian": True}),
        make_mention(article.article_id, 1, sub_event_type="government_regains_territory"),
    ]
    with store.transaction() as conn:
        store.insert_mentions(conn, mentions)
    assert store.mentions(article_id=article.article_id) == mentions
    assert store.mentions([mentions[1].mention_id, mentions[0].mention_id]) == mentions[::-1]
    stored = store.article(article.article_id)
    assert stored.article == article and stored.article_id == article.article_id
    assert store.has_article(article.article_id)


def test_a_failed_transaction_stores_nothing(store):
    article = Article(source="x.txt", text="teks")
    try:
        with store.transaction() as conn:
            store.insert_article(conn, article)
            raise RuntimeError("killed mid-article")
    except RuntimeError:
        pass
    assert not store.has_article(article.article_id)


def test_events_are_saved_and_filtered(store):
    article = _stored_article(store, "a")
    other = _stored_article(store, "b")
    mentions = [
        make_mention(article.article_id, 0),
        make_mention(other.article_id, 0, outlet="Republika",
                     actor1={"name": "Military Forces of Azerbaijan", "country": "AZE", "kind": "state_forces"},
                     actor2={"name": "Military Forces of Armenia", "country": "ARM", "kind": "state_forces"}),
        make_mention(other.article_id, 1, event_type="explosions_remote_violence",
                     sub_event_type="air_drone_strike", date={"start": "2020-10-01", "precision": "day"},
                     location={"name": "Stepanakert", "country": "AZE", "lat": 39.82, "lon": 46.75,
                               "precision": "town"}),
    ]
    with store.transaction() as conn:
        store.insert_mentions(conn, mentions)
        store.save_events(conn, merge_mentions(mentions), {})
    assert store.event_count() == 2
    clash = store.events(EventFilter(type="armed_clash"))[0]
    assert clash.n_articles == 2 and clash.disagreements[0].kind == "actor_roles"
    assert store.event(clash.event_id[:6]) == clash
    assert [e.sub_event_type for e in store.events(EventFilter(since=dt.date(2020, 9, 30)))] == ["air_drone_strike"]
    assert store.events(EventFilter(until=dt.date(2020, 9, 27)))[0].event_id == clash.event_id
    assert len(store.events(EventFilter(actor="azerbaijan"))) == 2
    assert [e.event_id for e in store.events(EventFilter(place="stepan"))] != [clash.event_id]
    assert [e.event_id for e in store.events(EventFilter(min_sources=2))] == [clash.event_id]
    assert store.events(EventFilter(country="ARM")) == []
    with store.transaction() as conn:
        store.delete_events(conn)
    assert store.event_count() == 0


def test_search_finds_articles_and_evidence_with_any_text(store):
    article = _stored_article(store, "Penduduk mengatakan kota Stepanakert telah diserang oleh drone.")
    with store.transaction() as conn:
        store.insert_mentions(conn, [make_mention(article.article_id, 0, evidence=[
            {"text": "Penduduk mengatakan kota Stepanakert telah diserang oleh drone."}])])
    hits = store.search("stepanakert drone")
    assert {hit.kind for hit in hits} == {"article", "evidence"}
    assert all(hit.article_id == article.article_id for hit in hits)
    assert store.search('drone" OR 1=1 --') == []  # words, all required: no query syntax, no error
    assert len(store.search('"drone" (kota)*')) == 2
    assert store.search("ganja") == []
    assert store.search("   ") == []


def test_a_failure_is_recorded_once(store):
    store.record_failure("seeds/broken.html", "not UTF-8")
    store.record_failure("seeds/broken.html", "not UTF-8")
    store.record_failure("seeds/other.html", "empty")
    assert [(f.input, f.reason) for f in store.failures()] == [("seeds/broken.html", "not UTF-8"),
                                                                ("seeds/other.html", "empty")]
