"""Ingest -> store -> merge on the seed articles (gold mentions stand in for the extractor)."""

from __future__ import annotations

import csv
import io
import json

import pandas
import polars
import pytest
from store_seeds import gold_extractor, seed_articles

import warta
from warta import service
from warta.records import Article, InputFailure
from warta.store import EventFilter
from warta.store.export import ACLED_COLUMNS

OUTBREAK_FILES = {"001_9c5118ef11857af1.txt", "002_554e571eb0b6f027.txt", "003_15981b2f45500d2b.txt",
                  "004_a489ed01503ab41c.txt"}


def _outbreak(store):
    clashes = store.events(EventFilter(type="armed_clash", since=None))
    return next(e for e in clashes if str(e.date.start) == "2020-09-27" and e.date.precision == "day")


@pytest.fixture
def seeded(store):
    report = service.ingest_articles(seed_articles(), store, extract=gold_extractor)
    assert report.stored == 5 and report.failed == 0
    return store


def test_the_outbreak_is_one_event_reported_by_four_seed_articles(seeded):
    outbreak = _outbreak(seeded)
    reports = seeded.mentions(outbreak.mention_ids)
    files = {m.source.rsplit("/", 1)[-1] for m in reports}
    assert OUTBREAK_FILES <= files  # 000 only names the date in passing (an optional gold mention)
    assert outbreak.n_articles == len(files)
    assert outbreak.actor1.name == "Military Forces of Armenia"
    roles = next(d for d in outbreak.disagreements if d.kind == "actor_roles")
    flipped = [a for a in roles.accounts if a.value.startswith("Military Forces of Azerbaijan")]
    assert [a.outlet for a in flipped] == ["VIVA"] and flipped[0].evidence.startswith("Perlu diketahui")
    assert outbreak.killed == 16 and outbreak.choice("killed").rule


def test_the_outbreaks_shelling_of_civilians_stays_a_separate_event(seeded):
    shelling = [e for e in seeded.events(EventFilter(type="shelling_artillery_missile_attack"))
                if e.actor2.name == "Civilians (Azerbaijan)"]
    assert len(shelling) == 1 and shelling[0].n_articles == 3 and shelling[0].killed == 7
    assert _outbreak(seeded).event_id != shelling[0].event_id


def test_claims_are_attributed_to_their_claimants(seeded):
    ministry = [e for e in seeded.events() if "Ministry of Defence of Azerbaijan" in e.claimants]
    assert ministry
    for event in ministry:
        for mention in seeded.mentions(event.mention_ids):
            if mention.claim.claimant == "Ministry of Defence of Azerbaijan":
                assert mention.claim.claimant_party == "AZE"
    drone = seeded.events(EventFilter(type="air_drone_strike", place="Stepanakert"))[0]
    assert drone.claimants == ["residents (via The New Arab)"]


def test_reingesting_stores_nothing_new(seeded):
    before = seeded.counts()
    report = service.ingest_articles(seed_articles(), seeded, extract=gold_extractor)
    assert report.stored == 0 and report.already_stored == 5
    assert seeded.counts() == before


def test_a_syndicated_copy_is_linked_and_not_double_counted(seeded):
    original = seed_articles()[1]
    copy = Article(source="other-site/copy.txt", outlet="Kompas", published=original.published,
                   text="KOMPAS.com - " + original.text.replace("Baca juga", "Simak juga") + "\nEditor: X")
    mentions_before = _outbreak(seeded).n_articles
    report = service.ingest_articles([copy], seeded, extract=gold_extractor_for(original))
    assert report.near_duplicates == 1
    stored = seeded.article(copy.article_id)
    assert stored.duplicate_of == original.article_id and stored.duplicate_similarity > 0.7
    outbreak = _outbreak(seeded)
    assert outbreak.n_articles == mentions_before  # the copy joined, but counts as the same article
    assert "Kompas" in outbreak.outlets


def gold_extractor_for(original: Article):
    def extract(article: Article):
        return [m.model_copy(update={"article_id": article.article_id, "source": article.source,
                                     "outlet": article.outlet,
                                     "mention_id": f"{article.article_id}:{m.mention_id.rsplit(':', 1)[1]}"})
                for m in gold_extractor(original)]
    return extract


def test_failed_inputs_are_recorded_and_the_batch_goes_on(store):
    articles = seed_articles()

    def flaky(article: Article):
        if article.source.endswith("002_554e571eb0b6f027.txt"):
            raise RuntimeError("extractor broke")
        return gold_extractor(article)

    items = [articles[0], InputFailure(source="seeds/broken.html", reason="not UTF-8 at byte 10"), *articles[1:]]
    report = service.ingest_articles(items, store, extract=flaky)
    assert report.stored == 4 and report.failed == 2
    reasons = {f.input.rsplit("/", 1)[-1]: f.reason for f in store.failures()}
    assert reasons["broken.html"] == "not UTF-8 at byte 10"
    assert "extractor broke" in reasons["002_554e571eb0b6f027.txt"]
    assert not store.has_article(articles[2].article_id)
    # The broken article comes back once the extractor works, and nothing stored before is lost.
    report = service.ingest_articles(articles, store, extract=gold_extractor)
    assert report.stored == 1 and report.already_stored == 4
    assert store.counts()["articles"] == 5


def test_full_remerge_is_deterministic_and_keeps_event_ids(seeded):
    before = {e.event_id: sorted(e.mention_ids) for e in seeded.events()}
    service.remerge(seeded)
    after = {e.event_id: e.mention_ids for e in seeded.events()}
    assert {event_id: sorted(ids) for event_id, ids in after.items()} == before
    service.remerge(seeded)
    assert {e.event_id: e.mention_ids for e in seeded.events()} == after


def test_incremental_ingest_in_another_order_gives_the_same_events(seeded, tmp_path):
    other = warta.open(tmp_path / "reversed.db")
    service.ingest_articles(seed_articles()[::-1], other.store, extract=gold_extractor)
    def groups(store):
        return sorted(sorted(e.mention_ids) for e in store.events())
    assert groups(other.store) == groups(seeded)
    other.close()


def test_exports_load_in_the_tools_analysts_use(seeded, tmp_path):
    count = service.export(seeded, "acled-csv", tmp_path / "events.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "events.csv").read_text(encoding="utf-8"))))
    assert count == len(rows) == seeded.event_count()
    assert list(rows[0]) == ACLED_COLUMNS
    outbreak = _outbreak(seeded)
    row = next(r for r in rows if r["event_id_no_cnty"] == outbreak.event_id)
    assert (row["event_type"], row["sub_event_type"], row["interaction"]) == ("Battles", "Armed clash", "11")
    assert row["country"] == "Azerbaijan" and row["fatalities"] == "16" and row["iso"] == "31"

    service.export(seeded, "geojson", tmp_path / "events.geojson")
    collection = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and collection["features"]
    point = collection["features"][0]["geometry"]
    assert point["type"] == "Point" and -180 <= point["coordinates"][0] <= 180

    service.export(seeded, "parquet", tmp_path / "events.parquet")
    frame = pandas.read_parquet(tmp_path / "events.parquet")
    assert len(frame) == seeded.event_count() and "n_claimants" in frame.columns
    assert polars.read_parquet(tmp_path / "events.parquet").height == len(frame)

    service.export(seeded, "jsonl", tmp_path / "events.jsonl")
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == seeded.event_count() and "disagreements" in json.loads(lines[0])


def test_the_python_api(seeded):
    db = warta.open(seeded.url)
    outbreak = [e for e in db.events(type="armed_clash", min_sources=4)]
    assert len(outbreak) == 1
    reports = db.reports(outbreak[0].event_id)
    assert [r.mention_id for r in reports] == outbreak[0].mention_ids
    article = db.article(reports[0].article_id)
    assert article.article.text and db.mentions(article.article_id)
    assert db.search("Talysh")
    assert len(db.articles()) == 5
