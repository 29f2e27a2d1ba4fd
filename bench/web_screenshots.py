"""The dashboard's screenshots in docs/web/: headless Chromium over a store built by `warta ingest` from the
repository's sample articles (samples/articles, plus tests/web/data's own small articles).

Takes one PNG per page: the dashboard (map and timeline), the events table, the event with the most reports
(its disagreements first), the article with the most mentions, and a search. Run it again after the samples
change: .venv/bin/python bench/web_screenshots.py [output folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from warta import service
from warta.store import Store
from warta.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT / "tests" / "web" / "data" / "articles.jsonl", ROOT / "samples" / "articles"]
WIDTH, MAX_HEIGHT = 1280, 1500  # keeps each PNG a few hundred KiB


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "web"
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "tests" / "web"))
    from conftest import LiveServer  # the test suite's in-process server

    from warta.web.browser import launch

    with tempfile.TemporaryDirectory() as workdir:
        db = Path(workdir) / "samples.db"
        os.chdir(ROOT)  # sources are stored as given: relative paths read better in the pictures
        report = service.ingest([str(p.relative_to(ROOT)) for p in INPUTS if p.exists()], db)
        print(f"store: {report.stored} article(s), {report.mentions_stored} mention(s)")
        with Store(db) as store:
            events = store.events()
            busiest = max(events, key=lambda e: (len(e.disagreements) > 0, e.n_articles, e.killed or 0))
            counts = store.mention_counts([a.article_id for a in store.articles()])
            richest = max(counts, key=counts.get)
            search_word = (busiest.location.name or "serangan").split()[0]
            pages = {
                "dashboard": "/",
                "events": "/events?sort=-reports",
                "event": f"/events/{busiest.event_id}",
                "article": f"/articles/{richest}",
                "search": f"/search?q={search_word}",
            }
            from playwright.sync_api import sync_playwright

            with LiveServer(create_app(store, token="", tile_url="")) as server, sync_playwright() as playwright:
                context = launch(playwright, Path(workdir) / "profile")
                page = context.new_page()
                page.set_viewport_size({"width": WIDTH, "height": 900})
                for name, path in pages.items():
                    page.goto(server.url + path)
                    if name == "dashboard":
                        page.wait_for_selector("#map[data-ready=true]")
                    height = min(MAX_HEIGHT, page.evaluate("document.documentElement.scrollHeight"))
                    target = out / f"{name}.png"
                    page.screenshot(path=str(target), full_page=True,
                                    clip={"x": 0, "y": 0, "width": WIDTH, "height": height})
                    print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: {path}")
                context.close()


if __name__ == "__main__":
    main()
