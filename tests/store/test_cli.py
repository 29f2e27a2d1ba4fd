"""The store's commands over a store filled from the seeds (the CLI only calls service and store)."""

from __future__ import annotations

import json

import pytest
from store_seeds import gold_extractor, seed_articles
from typer.testing import CliRunner

from warta import service
from warta.cli import app
from warta.store import Store

runner = CliRunner()


@pytest.fixture
def seeded_db(tmp_path) -> str:
    db = str(tmp_path / "warta.db")
    with Store(db) as store:
        service.ingest_articles(seed_articles(), store, extract=gold_extractor)
    return db


def test_events_lists_and_filters(seeded_db):
    result = runner.invoke(app, ["events", "--db", seeded_db, "--type", "armed_clash", "--min-sources", "4",
                                 "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.output.splitlines()]
    assert len(events) == 1 and events[0]["date"]["start"] == "2020-09-27"
    table = runner.invoke(app, ["events", "--db", seeded_db, "--since", "2020-09-27", "--country", "AZE"])
    assert table.exit_code == 0 and "event(s)" in table.output


def test_event_shows_every_report_and_the_disagreements(seeded_db):
    listed = runner.invoke(app, ["events", "--db", seeded_db, "--type", "armed_clash", "--min-sources", "4",
                                 "--format", "jsonl"])
    event_id = json.loads(listed.output)["event_id"]
    shown = runner.invoke(app, ["event", event_id[:7], "--db", seeded_db, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    payload = json.loads(shown.output)
    assert len(payload["reports"]) == payload["n_mentions"] >= 4
    assert {d["kind"] for d in payload["disagreements"]} >= {"actor_roles"}
    text = runner.invoke(app, ["event", event_id, "--db", seeded_db], terminal_width=200)
    assert "disagreement: actor1/actor2" in text.output and "Republika" in text.output
    assert runner.invoke(app, ["event", "Enope", "--db", seeded_db]).exit_code == 1


def test_search_and_export(seeded_db, tmp_path):
    found = runner.invoke(app, ["search", "Talysh", "--db", seeded_db], terminal_width=200)
    assert found.exit_code == 0 and "evidence" in found.output
    out = tmp_path / "events.csv"
    exported = runner.invoke(app, ["export", "--format", "acled-csv", "--out", str(out), "--db", seeded_db])
    assert exported.exit_code == 0 and out.read_text(encoding="utf-8").startswith("data_id,iso,event_id_cnty")
    assert runner.invoke(app, ["export", "--format", "parquet", "--db", seeded_db]).exit_code != 0


def test_merge_command_remerges(seeded_db):
    result = runner.invoke(app, ["merge", "--db", seeded_db])
    assert result.exit_code == 0 and "61 mention(s) -> 46 event(s)" in result.output
