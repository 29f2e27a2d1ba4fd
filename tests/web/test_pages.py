"""The dashboard's pages as HTML (no browser): each is rendered from the same bodies as its JSON twin, and
untrusted text reaches the page escaped."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from hostile import PAYLOADS, store_hostile_article

from warta.store import Store
from warta.web.app import create_app


def _event_ids(html: str) -> list[str]:
    return re.findall(r'class="event-link" href="/events/([0-9A-Za-z]+)"', html)


def test_the_events_table_lists_the_same_events_as_its_json_twin(client):
    for query in ("", "?sort=-killed", "?country=AZE&limit=2", "?disputed=true"):
        page = client.get("/events" + query)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        twin = client.get("/api/events" + query).json()
        assert _event_ids(page.text) == [e["event_id"] for e in twin["events"]]
        assert f'href="/api/events{query}"' in page.text.replace("&amp;", "&")


def test_every_page_renders(client, store):
    event = store.events()[0]
    article = store.articles()[0]
    for path in ("/", "/?country=AZE", "/events", f"/events/{event.event_id}", "/articles",
                 f"/articles/{article.article_id}", "/search?q=Tartar", "/search"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "<title>" in response.text and "/static/app.css" in response.text


def test_errors_are_pages_for_people_and_json_for_programs(client):
    page = client.get("/events/Enosuchevent")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"] and "no event" in page.text
    bad = client.get("/events?country=XXXX")
    assert bad.status_code == 422 and "text/html" in bad.headers["content-type"] and "country" in bad.text
    assert client.get("/api/events/Enosuchevent").json()["detail"].startswith("no event")


def test_the_event_page_shows_every_report_and_marks_the_disagreement(client):
    event_id = client.get("/api/events", params={"place": "tartar", "disputed": "true"}).json()["events"][0]["event_id"]
    html = client.get(f"/events/{event_id}").text
    assert html.count('class="report has-disagreement"') == 2
    assert "The sources disagree" in html and "Anadolu Agency" in html
    assert '<mark class="evidence">' in html


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("hostile") / "h.db") as store:
        ids = store_hostile_article(store)
        with TestClient(create_app(store, token="", tile_url="")) as client:
            yield client, ids


def test_untrusted_text_is_escaped_on_every_page(hostile_client):
    client, (article_id, event_id) = hostile_client
    for path in ("/", "/events", f"/events/{event_id}", "/articles", f"/articles/{article_id}",
                 "/search?q=Pasukan+Lachin"):
        html = client.get(path).text
        for payload in PAYLOADS:
            assert payload not in html, (path, payload)
        assert "onerror=" not in html.replace("onerror=&#34;", "").replace("onerror=&quot;", "")
        assert 'href="javascript:' not in html
    article_html = client.get(f"/articles/{article_id}").text
    assert "&lt;script&gt;window.__pwned" in article_html  # shown as text, not dropped
    assert "<code class=\"url\">javascript:window.__pwned=&#39;url&#39;</code>" in article_html  # never a link
