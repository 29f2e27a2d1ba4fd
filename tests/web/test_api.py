"""The REST API over a store built from the samples: filters, paging, sorting, one event with its reports and
contradictions, articles with evidence offsets, search, map, timeline, exports — and that writes need a token."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from warta.store.export import ACLED_COLUMNS
from warta.web.app import create_app

TOKEN = "test-token-Zq7"


def _tartar(client) -> dict:
    found = client.get("/api/events", params={"place": "tartar", "type": "shelling_artillery_missile_attack"})
    events = [e for e in found.json()["events"] if e["date"]["start"] == "2020-10-04"]
    assert len(events) == 1
    return events[0]


def test_events_are_filtered_as_by_warta_events(client, store):
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == store.event_count() == len(everything["events"])
    tartar = _tartar(client)
    assert tartar["location"]["country"] == "AZE" and tartar["n_articles"] == 2
    by_country = client.get("/api/events", params={"country": "aze", "limit": 500}).json()["events"]
    assert tartar["event_id"] in {e["event_id"] for e in by_country}
    assert all(e["location"]["country"] == "AZE" for e in by_country)
    later = client.get("/api/events", params={"since": "2020-10-06", "limit": 500}).json()["events"]
    assert tartar["event_id"] not in {e["event_id"] for e in later}
    two_sources = client.get("/api/events", params={"min_sources": 2, "limit": 500}).json()["events"]
    assert all(e["n_articles"] >= 2 for e in two_sources) and tartar["event_id"] in {e["event_id"] for e in two_sources}
    disputed = client.get("/api/events", params={"disputed": "true", "limit": 500}).json()["events"]
    assert disputed and all(e["disagreements"] for e in disputed)


def test_events_page_and_sort_with_a_next_link(client, store):
    total = store.event_count()
    first = client.get("/api/events", params={"limit": 1, "sort": "-date"}).json()
    assert first["total"] == total and len(first["events"]) == 1
    assert (first["next"] is not None) == (total > 1)
    if first["next"]:
        second = client.get(first["next"]).json()
        assert second["offset"] == 1 and second["events"][0]["event_id"] != first["events"][0]["event_id"]
    dates = [e["date"]["start"] for e in client.get("/api/events", params={"sort": "-date", "limit": 500})
             .json()["events"] if e["date"]["start"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("params", [
    {"country": "AZERBAIJAN"}, {"type": "war"}, {"since": "yesterday"}, {"limit": 0}, {"limit": 10_000},
    {"offset": -1}, {"sort": "killed desc"}, {"actor": "a\x00b"}, {"min_sources": "many"},
])
def test_bad_filters_are_refused_with_422(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422, response.text


def test_empty_form_fields_mean_no_filter(client, store):
    blank = {"since": "", "until": "", "country": "", "type": "", "actor": "", "place": "", "min_sources": ""}
    assert client.get("/api/events", params=blank).json()["total"] == store.event_count()


def test_one_event_has_every_report_with_its_article_and_the_contradictions(client):
    tartar = _tartar(client)
    detail = client.get(f"/api/events/{tartar['event_id']}").json()
    assert detail["event"]["event_id"] == tartar["event_id"]
    reports = detail["reports"]
    assert {r["article"]["outlet"] for r in reports} == {"Warta Uji", "Kabar Contoh"}
    killed = next(d for d in detail["event"]["disagreements"] if d["subject"] == "killed")
    assert {a["value"] for a in killed["accounts"]} == {"7", ">=10"}
    assert all("killed" in r["disputed"] for r in reports)
    assert any(r["mention"]["claim"]["relays"] == ["Anadolu Agency"] for r in reports)
    prefix = client.get(f"/api/events/{tartar['event_id'][:7]}")
    assert prefix.status_code == 200 and prefix.json()["event"]["event_id"] == tartar["event_id"]
    assert client.get("/api/events/Enosuchevent").status_code == 404


def test_an_article_has_its_text_and_mentions_whose_offsets_point_into_it(client):
    articles = client.get("/api/articles", params={"limit": 500}).json()
    ours = next(a for a in articles["articles"] if a["title"] == "Tartar diserang artileri")
    assert ours["outlet"] == "Warta Uji" and ours["published"] == "2020-10-05" and ours["n_mentions"] >= 1
    detail = client.get(f"/api/articles/{ours['article_id']}").json()
    assert "Kementerian Pertahanan Azerbaijan" in detail["text"]
    for mention in detail["mentions"]:
        for evidence in mention["evidence"]:
            assert detail["text"][evidence["start"]:evidence["end"]] == evidence["text"]
        assert mention["mention_id"] in detail["event_of_mention"]
    assert client.get("/api/articles/" + "0" * 64).status_code == 404
    assert client.get("/api/articles/not-an-id").status_code == 422


def test_search_finds_evidence_and_names_its_event(client):
    results = client.get("/api/search", params={"q": "Stepanakert drone"}).json()
    assert results["hits"]
    evidence = [hit for hit in results["hits"] if hit["kind"] == "evidence"]
    assert evidence and all(hit["event_id"] for hit in evidence)
    assert client.get("/api/search", params={"q": '" OR 1=1 --'}).json()["hits"] == []
    assert client.get("/api/search").json()["hits"] == []


def test_map_points_carry_country_names_and_the_timeline_counts_per_day(client, store):
    features = client.get("/api/map").json()["features"]
    placed = [e for e in store.events() if e.location.lat is not None]
    assert len(features) == len(placed)
    tartar = next(f for f in features if f["id"] == _tartar(client)["event_id"])
    assert tartar["properties"]["country_name"] == "Azerbaijan"
    assert tartar["geometry"]["coordinates"][0] == pytest.approx(46.9, abs=0.5)  # lon first (GeoJSON)
    timeline = client.get("/api/timeline", params={"place": "tartar"}).json()
    assert {"date": "2020-10-04", "event_type": "explosions_remote_violence", "count": 1} in timeline


def test_exports_are_acled_csv_and_geojson_downloads(client, store):
    response = client.get("/api/export/acled-csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == ACLED_COLUMNS and len(rows) == store.event_count()
    geojson = client.get("/api/export/geojson", params={"country": "AZE"}).json()
    assert geojson["type"] == "FeatureCollection"
    assert all(f["properties"]["country"] == "AZE" for f in geojson["features"])
    lines = client.get("/api/export/jsonl").text.splitlines()
    assert len(lines) == store.event_count() and json.loads(lines[0])["event_id"]
    assert client.get("/api/export/xlsx").status_code == 422


def test_every_response_carries_a_strict_content_security_policy(client):
    for path in ("/", "/api/events", "/static/app.css", "/no/such/page"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert headers["x-content-type-options"] == "nosniff"


def test_the_openapi_document_lists_every_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/search", "/api/map", "/api/timeline", "/api/export/{fmt}", "/api/stats"):
        assert path in paths
    assert "post" in paths["/api/articles"]
    assert client.get("/docs").status_code == 404  # FastAPI's docs page would load scripts from a CDN


# ------------------------------------------------------------------ writes
ARTICLE = {"id": "post-1", "outlet": "Warta Uji", "published": "2020-10-10", "title": "Bentrokan di Fuzuli",
           "lang": "id", "text": "Pasukan Azerbaijan dan Armenia terlibat bentrokan di Fuzuli pada Jumat (9/10/2020), "
                                 "kata Kementerian Pertahanan Azerbaijan. Tiga tentara tewas."}


def test_writes_are_refused_when_no_token_is_configured(client, store):
    before = store.article_count()
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 403
    response = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert store.article_count() == before


def test_writes_need_the_right_bearer_token(tmp_path):
    app = create_app(tmp_path / "w.db", token=TOKEN, tile_url="")
    with TestClient(app) as client:
        assert client.post("/api/articles", json=ARTICLE).status_code == 401
        wrong = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
        assert client.post("/api/articles", json=ARTICLE,
                           headers={"Authorization": f"Basic {TOKEN}"}).status_code == 401
        assert client.get("/api/stats").json()["articles"] == 0
        stored = client.post("/api/articles", json=[ARTICLE], headers={"Authorization": f"Bearer {TOKEN}"})
        assert stored.status_code == 201, stored.text
        result = stored.json()
        assert result["stored"] == 1 and result["articles"][0]["source"] == "api#post-1"
        article_id = result["articles"][0]["article_id"]
        article = client.get(f"/api/articles/{article_id}").json()
        assert article["outlet"] == "Warta Uji" and article["published"] == "2020-10-10"
        again = client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert again["already_stored"] == 1 and again["stored"] == 0
        bad = client.post("/api/articles", json={"title": "no text"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert bad.status_code == 422
        assert client.get("/api/stats").json() | {"writable": True} == client.get("/api/stats").json()
