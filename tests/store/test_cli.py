"""The store's commands over a store filled from the sample articles (the CLI only calls service and store)."""

from __future__ import annotations

import json

import pytest
from store_articles import sample_set
from typer.testing import CliRunner

from warta import service
from warta.cli import app
from warta.merge import merge_mentions
from warta.merge.synthetic import make_mention
from warta.records import Article
from warta.store import Store

runner = CliRunner()
ARMENIA = {"name": "Military Forces of Armenia", "country": "ARM", "kind": "state_forces"}
AZERBAIJAN = {"name": "Military Forces of Azerbaijan", "country": "AZE", "kind": "state_forces"}


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "warta.db")
    samples = sample_set()
    with Store(db) as store:
        service.ingest_articles(samples.articles, store, extract=samples.extract)
    return db


def _sugapa_id(db: str) -> str:
    listed = runner.invoke(app, ["events", "--db", db, "--type", "armed_clash", "--min-sources", "4",
                                 "--format", "jsonl"])
    return json.loads(listed.output)["event_id"]


def test_events_lists_and_filters(seeded_db):
    result = runner.invoke(app, ["events", "--db", seeded_db, "--type", "armed_clash", "--min-sources", "4",
                                 "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.output.splitlines()]
    assert len(events) == 1 and events[0]["date"]["start"] == "2024-09-02"
    assert events[0]["location"]["name"] == "Sugapa"
    table = runner.invoke(app, ["events", "--db", seeded_db, "--since", "2024-09-01", "--country", "IDN"],
                          terminal_width=200)
    assert table.exit_code == 0 and "event(s)" in table.output and "Sugapa" in table.output


def test_event_shows_every_report_and_the_disagreements(seeded_db):
    event_id = _sugapa_id(seeded_db)
    shown = runner.invoke(app, ["event", event_id[:7], "--db", seeded_db, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    payload = json.loads(shown.output)
    assert len(payload["reports"]) == payload["n_mentions"] >= 4
    assert {d["kind"] for d in payload["disagreements"]} >= {"killed", "denial"}
    text = runner.invoke(app, ["event", event_id, "--db", seeded_db], terminal_width=200)
    assert "disagreement: killed (headline 1)" in text.output
    for outlet in ("Kompas", "detik", "Antara", "CNN Indonesia"):
        assert outlet in text.output
    assert runner.invoke(app, ["event", "Enope", "--db", seeded_db]).exit_code == 1


def test_event_shows_who_says_who_attacked_whom(tmp_path):
    db = str(tmp_path / "flip.db")
    articles = [Article(source=f"test/{outlet}.txt", text=f"laporan {outlet}", outlet=outlet, lang="id")
                for outlet in ("VIVA", "Republika")]
    mentions = [make_mention(articles[0].article_id, outlet="VIVA"),
                make_mention(articles[1].article_id, outlet="Republika", actor1=AZERBAIJAN, actor2=ARMENIA)]
    with Store(db) as store, store.transaction() as conn:
        for article in articles:
            store.insert_article(conn, article)
        store.insert_mentions(conn, mentions)
        store.save_events(conn, merge_mentions(mentions), {})
    event_id = merge_mentions(mentions)[0].event_id
    text = runner.invoke(app, ["event", event_id, "--db", db], terminal_width=200)
    assert "disagreement: actor1/actor2" in text.output and "Republika" in text.output
    shown = json.loads(runner.invoke(app, ["event", event_id, "--db", db, "--format", "json"]).output)
    roles = next(d for d in shown["disagreements"] if d["kind"] == "actor_roles")
    assert {(a["outlet"], a["value"]) for a in roles["accounts"]} == {
        ("VIVA", "Military Forces of Armenia -> Military Forces of Azerbaijan"),
        ("Republika", "Military Forces of Azerbaijan -> Military Forces of Armenia")}


def test_search_and_export(seeded_db, tmp_path):
    found = runner.invoke(app, ["search", "Nuseirat", "--db", seeded_db], terminal_width=200)
    assert found.exit_code == 0 and "evidence" in found.output
    out = tmp_path / "events.csv"
    exported = runner.invoke(app, ["export", "--format", "acled-csv", "--out", str(out), "--db", seeded_db])
    assert exported.exit_code == 0 and out.read_text(encoding="utf-8").startswith("data_id,iso,event_id_cnty")
    assert runner.invoke(app, ["export", "--format", "parquet", "--db", seeded_db]).exit_code != 0


def test_merge_command_remerges(seeded_db):
    result = runner.invoke(app, ["merge", "--db", seeded_db])
    assert result.exit_code == 0 and "132 mention(s) -> 120 event(s)" in result.output
