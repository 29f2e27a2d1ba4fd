"""Ingest -> store -> merge on the repo's sample articles (gold mentions stand in for the extractor), on SQLite
and PostgreSQL. The seed articles' own facts are checked in test_seeds.py."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pandas
import polars
import pytest
from store_articles import SAMPLE_GROUPS, ArticleSet, sample_set

import warta
from warta import service
from warta.merge.evaluate import load_groups
from warta.records import Article, InputFailure
from warta.store import EventFilter
from warta.store.export import ACLED_COLUMNS

KHARKIV_FILES = {"01_cnnindonesia_kharkiv_rudal.txt", "02_kompas_kharkiv_korban_bertambah.txt",
                 "03_antara_kharkiv_klaim_rusia.txt", "04_okezone_kilang_volgograd.txt"}


@pytest.fixture(scope="module")
def samples() -> ArticleSet:
    return sample_set()


@pytest.fixture
def seeded(store, samples):
    report = service.ingest_articles(samples.articles, store, extract=samples.extract)
    assert report.stored == len(samples.articles) == 36 and report.failed == 0
    return store


def _kharkiv(store):
    """The missile strike on Kharkiv of Thursday 13 June 2024, which four sample articles report."""
    strikes = store.events(EventFilter(type="shelling_artillery_missile_attack", place="Kharkiv"))
    return next(e for e in strikes if e.date.start == dt.date(2024, 6, 13))


def _file(mention) -> str:
    return Path(mention.source).name


def test_the_kharkiv_strike_is_one_event_reported_by_four_sample_articles(seeded):
    strike = _kharkiv(seeded)
    reports = seeded.mentions(strike.mention_ids)
    assert {_file(m) for m in reports} == KHARKIV_FILES
    assert strike.n_articles == 4 and strike.n_outlets == 4
    assert (strike.actor1.name, strike.actor2.name) == ("Military Forces of Russia", "Civilians (Ukraine)")
    # ACLED's rule: the lowest credible figure ("at least six"); every other figure stays visible.
    assert strike.killed == 6 and strike.choice("killed").rule == "ACLED: lowest credible figure"
    killed = next(d for d in strike.disagreements if d.kind == "killed")
    accounts = {a.outlet: a for a in killed.accounts}
    assert {outlet: a.value for outlet, a in accounts.items()} == {
        "CNN Indonesia": ">=6", "Kompas": "9", "Antara": "7", "Okezone": "9"}
    assert accounts["Antara"].claimant == "Ministry of Defence of Russia" and accounts["Antara"].stance == "disputed"


def test_a_denied_figure_is_shown_but_not_headlined(seeded):
    school = seeded.events(EventFilter(type="air_drone_strike", place="Nuseirat"))
    school = next(e for e in school if e.date.start == dt.date(2024, 8, 14))
    assert school.n_articles == 4
    killed = next(d for d in school.disagreements if d.kind == "killed")
    denied = [a for a in killed.accounts if a.stance == "denied"]
    assert [(a.claimant, a.value) for a in denied] == [("Military Forces of Israel", "17")]
    assert school.killed == 22  # the lowest figure nobody denies
    assert any(d.kind == "denial" for d in school.disagreements)


def test_the_same_event_groups_are_one_event_each_and_look_alikes_stay_apart(seeded, samples):
    groups, distinct = load_groups(SAMPLE_GROUPS)

    def event_of(member):
        file_name, index = member
        mention_id = f"{samples.by_name(file_name).article_id}:{index}"
        return seeded.events_of_mentions([mention_id])[mention_id]

    for group in groups:
        assert len({event_of(member) for member in group}) == 1, group
    for members in distinct:
        assert len({event_of(member) for member in members}) == len(members), members


def test_claims_are_attributed_to_their_claimants(seeded, samples):
    ministry = [e for e in seeded.events() if "Ministry of Defence of Russia" in e.claimants]
    assert ministry
    for event in ministry:
        for mention in seeded.mentions(event.mention_ids):
            if mention.claim.claimant == "Ministry of Defence of Russia":
                assert mention.claim.claimant_party == "RUS"
    # a claimant without a party is as independent as the report quoting it: named with its relay
    village = seeded.events(EventFilter(type="air_drone_strike", place="Kanbalu"))[0]
    assert village.claimants == ["residents (via Reuters)"]
    # one maritime agency's account, carried by two outlets, is one claimant
    first_report = f"{samples.by_name('41_cnnindonesia_houthi_kapal.txt').article_id}:0"
    ship = seeded.event(seeded.events_of_mentions([first_report])[first_report])
    assert (ship.n_articles, ship.n_outlets, ship.claimants) == (2, 2, ["UKMTO"])


def test_reingesting_stores_nothing_new(seeded, samples):
    before = seeded.counts()
    report = service.ingest_articles(samples.articles, seeded, extract=samples.extract)
    assert report.stored == 0 and report.already_stored == 36
    assert seeded.counts() == before


def test_a_syndicated_copy_is_linked_and_not_double_counted(seeded, samples):
    original = samples.by_name("02_kompas_kharkiv_korban_bertambah.txt")
    copy = Article(source="other-site/copy.txt", outlet="Tribunnews", published=original.published,
                   text="TRIBUNNEWS.COM - " + original.text.replace("Baca juga", "Simak juga") + "\nEditor: X")
    articles_before = _kharkiv(seeded).n_articles
    report = service.ingest_articles([copy], seeded, extract=gold_extractor_for(samples, original))
    assert report.near_duplicates == 1
    stored = seeded.article(copy.article_id)
    assert stored.duplicate_of == original.article_id and stored.duplicate_similarity > 0.7
    strike = _kharkiv(seeded)
    assert strike.n_articles == articles_before  # the copy joined, but counts as the same article
    assert "Tribunnews" in strike.outlets and copy.article_id in {m.article_id for m in
                                                                 seeded.mentions(strike.mention_ids)}


def gold_extractor_for(samples: ArticleSet, original: Article):
    """The original's gold mentions, as the extractor would find them again in a copy of it."""
    def extract(article: Article):
        return [m.model_copy(update={"article_id": article.article_id, "source": article.source,
                                     "outlet": article.outlet,
                                     "mention_id": f"{article.article_id}:{m.mention_id.rsplit(':', 1)[1]}"})
                for m in samples.extract(original)]
    return extract


def test_failed_inputs_are_recorded_and_the_batch_goes_on(store, samples):
    articles = samples.articles
    broken = "03_antara_kharkiv_klaim_rusia.txt"

    def flaky(article: Article):
        if article.source.endswith(broken):
            raise RuntimeError("extractor broke")
        return samples.extract(article)

    items = [articles[0], InputFailure(source="samples/broken.html", reason="not UTF-8 at byte 10"), *articles[1:]]
    report = service.ingest_articles(items, store, extract=flaky)
    assert report.stored == 35 and report.failed == 2
    reasons = {f.input.rsplit("/", 1)[-1]: f.reason for f in store.failures()}
    assert reasons["broken.html"] == "not UTF-8 at byte 10"
    assert "extractor broke" in reasons[broken]
    assert not store.has_article(samples.by_name(broken).article_id)
    # The broken article comes back once the extractor works, and nothing stored before is lost.
    report = service.ingest_articles(articles, store, extract=samples.extract)
    assert report.stored == 1 and report.already_stored == 35
    assert store.counts()["articles"] == 36
    assert _kharkiv(store).n_articles == 4


def test_full_remerge_is_deterministic_and_keeps_event_ids(seeded):
    before = {e.event_id: sorted(e.mention_ids) for e in seeded.events()}
    service.remerge(seeded)
    after = {e.event_id: e.mention_ids for e in seeded.events()}
    assert {event_id: sorted(ids) for event_id, ids in after.items()} == before
    service.remerge(seeded)
    assert {e.event_id: e.mention_ids for e in seeded.events()} == after


def test_incremental_ingest_in_another_order_gives_the_same_events(seeded, samples, tmp_path):
    other = warta.open(tmp_path / "reversed.db")
    service.ingest_articles(samples.articles[::-1], other.store, extract=samples.extract)

    def groups(store):
        return sorted(sorted(e.mention_ids) for e in store.events())
    assert groups(other.store) == groups(seeded)
    other.close()


def test_exports_load_in_the_tools_analysts_use(seeded, tmp_path):
    count = service.export(seeded, "acled-csv", tmp_path / "events.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "events.csv").read_text(encoding="utf-8"))))
    assert count == len(rows) == seeded.event_count()
    assert list(rows[0]) == ACLED_COLUMNS
    strike = _kharkiv(seeded)
    row = next(r for r in rows if r["event_id_no_cnty"] == strike.event_id)
    assert (row["event_type"], row["sub_event_type"], row["interaction"]) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack", "17")
    assert row["country"] == "Ukraine" and row["fatalities"] == "6" and row["iso"] == "804"
    assert row["event_date"] == "2024-06-13" and row["actor2"] == "Civilians (Ukraine)"

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
    sugapa = db.events(type="armed_clash", min_sources=4)
    assert len(sugapa) == 1 and sugapa[0].location.name == "Sugapa"
    reports = db.reports(sugapa[0].event_id)
    assert [r.mention_id for r in reports] == sugapa[0].mention_ids
    article = db.article(reports[0].article_id)
    assert article.article.text and db.mentions(article.article_id)
    assert db.search("Nuseirat")
    assert len(db.articles()) == 36
