"""The dashboard in real headless Chromium (Debian's package, driven by Playwright) against a live server
over the samples' store: every page loads, and a reader can click from the map or the table to an event and
on to an article. Also: an article built to attack the dashboard runs nothing."""

from __future__ import annotations

import re

import pytest
from conftest import LiveServer
from hostile import store_hostile_article

from warta.store import Store
from warta.web.app import create_app

# Counts what the page's own code does wrong: a CSP violation means a script or style the policy blocked.
WATCH = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module")
def live(app):
    with LiveServer(app) as server:
        yield server


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    page.add_init_script(WATCH)
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    yield page
    page.close()


def _clean(page) -> None:
    assert page.evaluate("window.__cspViolations") == []
    assert page.errors == []


def _tartar_id(store: Store) -> str:
    from warta.store import EventFilter

    return next(e.event_id for e in store.events(EventFilter(place="tartar", disputed=True)))


def test_the_map_draws_every_placed_event_and_a_click_opens_the_event(page, live, client, store):
    page.goto(live.url + "/")
    page.wait_for_selector("#map[data-ready=true]")
    placed = client.get("/api/map").json()["features"]
    assert page.evaluate("window.warta.markers.length") == len(placed)
    assert page.locator("#map-status").inner_text().startswith(f"{len(placed)} placed event")
    assert page.locator(".leaflet-control-scale-line").is_visible()
    assert page.locator("svg rect.bar").count() > 0
    event_id = _tartar_id(store)
    # Where the Tartar event's marker is drawn on the canvas, in page coordinates.
    # Zoomed in on it, so that markers of other events nearby (the samples have several) do not cover it.
    point = page.evaluate("""id => {
        const found = window.warta.markers.find(m => m.id === id);
        window.warta.map.setView(found.latlng, 11, {animate: false});
        const p = window.warta.map.latLngToContainerPoint(found.latlng);
        const box = document.getElementById('map').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""", event_id)
    page.mouse.move(point["x"], point["y"])
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    assert "Tartar, Azerbaijan" in tooltip.inner_text() and "sources disagree" in tooltip.inner_text()
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(re.compile(rf"/events/{event_id}$"))
    assert page.locator("h1").inner_text().startswith("shelling artillery missile attack")
    _clean(page)


def test_from_the_table_to_an_event_with_its_reports_side_by_side_and_on_to_an_article(page, live, store):
    event_id = _tartar_id(store)
    page.goto(live.url + "/events")
    page.locator(f'a.event-link[href="/events/{event_id}"]').first.click()
    page.wait_for_url(re.compile(rf"/events/{event_id}$"))
    reports = page.locator("article.report")
    assert reports.count() == 2
    outlets = {reports.nth(i).locator(".outlet").inner_text() for i in range(2)}
    assert outlets == {"Warta Uji", "Kabar Contoh"}
    # side by side: the two report columns share a row
    boxes = [reports.nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] != boxes[1]["x"]
    texts = [reports.nth(i).inner_text() for i in range(2)]
    assert any("Ministry of Defence of Azerbaijan" in text for text in texts)
    assert any("Anadolu Agency" in text for text in texts)  # a relay
    assert all("2020-10-04" in text and "disputed" in text for text in texts)
    # the contradiction jumps out: a red-bordered box naming both figures
    box = page.locator("section.contradictions")
    assert box.is_visible() and "killed" in box.inner_text()
    assert {v.strip() for v in box.locator("td.value").all_inner_texts()} == {"7", ">=10"}
    assert page.evaluate("getComputedStyle(document.querySelector('section.contradictions')).borderTopColor") \
        == "rgb(176, 0, 32)"
    # the evidence is highlighted inside the article text, and scrolled into the text box's view
    for index in range(2):
        report = reports.nth(index)
        mark = report.locator(".article-text mark.evidence").first
        assert mark.is_visible()
        assert mark.inner_text().strip() in report.locator(".article-text").inner_text()
    _clean(page)
    reports.nth(0).locator("a.article-link").click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{64}$"))
    assert page.locator("mark.evidence").count() >= 1
    assert page.locator("article.mention").count() >= 1
    assert "Warta Uji" in page.locator("section.article-head").inner_text()
    page.locator(f'article.mention a.event-link[href="/events/{event_id}"]').first.click()
    page.wait_for_url(re.compile(rf"/events/{event_id}$"))
    _clean(page)


def test_filters_and_sorting_narrow_the_table(page, live, client):
    page.goto(live.url + "/events")
    page.fill("input[name=place]", "Stepanakert")
    page.select_option("select[name=type]", "air_drone_strike")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"place=Stepanakert"))
    expected = client.get("/api/events", params={"place": "Stepanakert", "type": "air_drone_strike"}).json()
    rows = page.locator("table.events tbody tr")
    assert rows.count() == expected["total"] >= 1
    assert all("Stepanakert" in text for text in rows.all_inner_texts())
    page.click("th a.sort:has-text('killed')")
    page.wait_for_url(re.compile(r"sort=-killed"))
    assert "place=Stepanakert" in page.url  # sorting keeps the filters
    _clean(page)


def test_a_timeline_bar_opens_the_events_of_its_day(page, live):
    page.goto(live.url + "/")
    bar = page.locator("svg rect.bar").first
    label = bar.locator("title").text_content()
    day = label.split(":")[0].split(" ")[0]
    bar.click()
    page.wait_for_url(re.compile(rf"since={day}"))
    dates = page.locator("table.events tbody tr td:nth-child(2)").all_inner_texts()
    assert dates and all(text.startswith(day) for text in dates)


def test_search_from_the_header(page, live):
    page.goto(live.url + "/articles")
    page.fill("header input[name=q]", "Stepanakert")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Stepanakert"))
    assert page.locator("ol.hits li").count() >= 1
    assert page.locator("ol.hits mark").first.inner_text().lower() == "stepanakert"
    _clean(page)


def test_every_event_and_article_page_of_the_samples_loads_cleanly(page, live, store):
    for event in store.events()[:40]:
        page.goto(f"{live.url}/events/{event.event_id}")
        assert page.locator("article.report").count() == len(event.mention_ids)
    for stored in store.articles(limit=40):
        page.goto(f"{live.url}/articles/{stored.article_id}")
        assert page.locator("div.article-text").inner_text().strip()
    page.goto(live.url + "/articles")
    assert page.locator("table.articles tbody tr").count() == min(50, store.article_count())
    _clean(page)


# ------------------------------------------------------------------ safety
TOKEN = "xss-test-token"
POSTED = {
    "id": "xss-1", "outlet": "<img src=x onerror=\"window.__pwned='outlet'\">", "published": "2020-10-13",
    "title": "<script>window.__pwned='title'</script>", "url": "javascript:window.__pwned='url'", "lang": "id",
    "text": "Pasukan Armenia menembaki kota Tartar pada Senin (12/10/2020), kata Kementerian Pertahanan Azerbaijan. "
            "<script>window.__pwned='text'</script> Dua warga tewas. <img src=x onerror=\"window.__pwned='img'\"> "
            "<a href=\"javascript:window.__pwned='link'\">Baca juga</a>",
}


@pytest.fixture(scope="module")
def hostile_live(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("xss") / "x.db") as store:
        ids = store_hostile_article(store)
        with LiveServer(create_app(store, token=TOKEN, tile_url="")) as server:
            yield server, ids


def test_an_article_built_to_attack_the_dashboard_runs_nothing(page, hostile_live):
    import httpx

    server, (article_id, event_id) = hostile_live
    refused = httpx.post(server.url + "/api/articles", json=POSTED)
    assert refused.status_code == 401
    posted = httpx.post(server.url + "/api/articles", json=POSTED, headers={"Authorization": f"Bearer {TOKEN}"},
                        timeout=120)
    assert posted.status_code == 201 and posted.json()["stored"] == 1, posted.text
    posted_id = posted.json()["articles"][0]["article_id"]
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    paths = ["/", "/events", f"/events/{event_id}", "/articles", f"/articles/{article_id}",
             f"/articles/{posted_id}", "/search?q=Pasukan"]
    for path in paths:
        page.goto(server.url + path)
        if path == "/":
            page.wait_for_selector("#map[data-ready=true]")
            point = page.evaluate("""() => {
                const p = window.warta.map.latLngToContainerPoint(window.warta.markers[0].latlng);
                const box = document.getElementById('map').getBoundingClientRect();
                return {x: box.left + p.x, y: box.top + p.y};
            }""")
            page.mouse.move(point["x"], point["y"])
            page.locator(".leaflet-tooltip").wait_for()
            assert "Lachin <img src=x" in page.locator(".leaflet-tooltip").inner_text()  # shown, as text
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("script:not([src])").count() == 0, path
        assert page.locator("[onerror], [onload], a[href^='javascript:' i]").count() == 0, path
        assert page.locator("main img").count() == 0, path
    page.goto(f"{server.url}/articles/{article_id}")
    body = page.locator("main").inner_text()
    assert "<script>window.__pwned = 'script'</script>" in body  # the hostile text is shown as text
    assert "javascript:window.__pwned='url'" in body
    # clicking the words that would have been a link does nothing
    page.get_by_text("klik di sini").first.click()
    assert page.url.endswith(article_id) and page.evaluate("window.__pwned") is None
    assert dialogs == []
    assert page.evaluate("window.__cspViolations") == []
