"""Page-load times of the dashboard over a store of 10,000 synthetic events (and their ~25,000 reports).

Builds the store (SQLite, in a temp dir) from warta.merge.synthetic's records, starts `warta serve` on a free
loopback port, and prints: the server's response time for the events table, its JSON twin, the map's points
and the dashboard (median of several requests), and — when Debian's Chromium is installed — the time a
real headless browser takes until the events table has loaded and until every marker is drawn on the map.
The target: the events table and the map respond in under a second.
Run: .venv/bin/python bench/web_load.py [number of events]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

from warta.merge import summarize_event
from warta.merge.cluster import event_id_for
from warta.merge.synthetic import synthetic_reports
from warta.records import Article, Mention
from warta.store import Store


def build_store(path: Path, n_events: int) -> tuple[int, int]:
    """A store of `n_events` synthetic events; returns (events, mentions) stored."""
    reports = synthetic_reports(int(n_events * 3.2))
    by_event: dict[int, list[Mention]] = defaultdict(list)
    for event_number, mention in reports:
        if event_number <= n_events:
            by_event[event_number].append(mention)
    articles: dict[str, Article] = {}
    renamed: dict[int, list[Mention]] = {}
    for event_number, members in by_event.items():
        renamed[event_number] = []
        for mention in members:
            # The store keys articles by the hash of their text: give each synthetic article a text.
            article = articles.get(mention.article_id) or Article(
                source=f"synthetic/{mention.article_id[:12]}.txt", outlet=mention.outlet, lang="id",
                published=mention.published, title=f"Synthetic report {mention.article_id[:8]}",
                text=f"Synthetic report {mention.article_id}: {mention.evidence[0].text}.")
            articles[mention.article_id] = article
            ordinal = mention.mention_id.rsplit(":", 1)[1]
            renamed[event_number].append(mention.model_copy(update={
                "article_id": article.article_id, "mention_id": f"{article.article_id}:{ordinal}"}))
    with Store(path) as store, store.transaction() as conn:
        for article in articles.values():
            store.insert_article(conn, article)
        all_mentions = list({m.mention_id: m for ms in renamed.values() for m in ms}.values())
        store.insert_mentions(conn, all_mentions)
        events = [summarize_event(event_id_for(ms[0].mention_id), ms) for ms in renamed.values()]
        store.save_events(conn, events, {})
    return len(events), len(all_mentions)


def median_ms(client: httpx.Client, url: str, repeats: int = 7) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
        size = len(response.content)
    return statistics.median(times), size


def browser_ms(base: str) -> dict[str, float] | None:
    """Median navigation times in headless Chromium, and how many markers the map drew."""
    from warta.web.browser import chromium_path, launch

    if chromium_path() is None:
        return None
    from playwright.sync_api import sync_playwright

    found = {}
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = launch(playwright, profile)
        page = context.new_page()
        page.goto(base + "/events")  # a first visit warms the connection, as a reader's second page would
        for label, path, ready in (("events table", "/events", "table.events tbody tr"),
                                   ("events table, sorted by killed", "/events?sort=-killed", "table.events tbody tr"),
                                   ("dashboard: map with every marker", "/", "#map[data-ready=true]")):
            samples = []
            for _ in range(3):
                started = time.perf_counter()
                page.goto(base + path)
                page.wait_for_selector(ready, timeout=60_000)
                samples.append((time.perf_counter() - started) * 1000)
            found[label] = statistics.median(samples)
        found["markers drawn on the map"] = page.evaluate("window.warta.markers.length")
        context.close()
    return found


def main() -> None:
    n_events = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as workdir:
        db = Path(workdir) / "bench.db"
        started = time.perf_counter()
        events, mentions = build_store(db, n_events)
        print(f"store: {events:,} events from {mentions:,} synthetic reports, built in "
              f"{time.perf_counter() - started:.1f} s")
        from warta.web.browser import chromium_path  # noqa: F401 - fail early if the package is broken

        port = _free_port()
        warta = Path(sys.executable).parent / "warta"
        server = subprocess.Popen([str(warta), "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(timeout=60) as client:
                _wait(client, base, server)
                print("server response (median of 7):")
                for label, path in (("events table (HTML, 50 rows)", "/events"),
                                    ("events table sorted by killed", "/events?sort=-killed"),
                                    ("events table filtered (AZE, disputed)", "/events?country=AZE&disputed=true"),
                                    ("events JSON twin", "/api/events"),
                                    ("map points (GeoJSON, every event)", "/api/map"),
                                    ("dashboard (HTML, timeline SVG)", "/")):
                    elapsed, size = median_ms(client, base + path)
                    print(f"  {label:<42} {elapsed:7.0f} ms  {size / 1024:7.0f} KiB")
            timings = browser_ms(base)
            if timings is None:
                print("headless Chromium: not installed, browser timings skipped")
            else:
                print("headless Chromium, navigation until ready (median of 3):")
                markers = timings.pop("markers drawn on the map")
                for label, elapsed in timings.items():
                    print(f"  {label:<42} {elapsed:7.0f} ms")
                print(f"  ({markers:,} markers drawn on the map)")
        finally:
            server.terminate()
            server.wait(timeout=30)


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(client: httpx.Client, base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            client.get(base + "/api/stats").raise_for_status()
            return
        except httpx.TransportError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("warta serve did not start") from None
            time.sleep(0.2)


if __name__ == "__main__":
    main()
