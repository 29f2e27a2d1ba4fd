"""Fixtures of the web tests: a store built by `warta ingest`'s service function from the repository's sample
articles (samples/articles, when present, through the real pipeline) and this folder's own small articles, the
application over it, and a live server on a free loopback port for the browser tests.

The own articles' mentions are fixed in data/mentions.jsonl (what the extractor read from them, checked by
hand), so that the tests' assertions about one event's reports and disagreements do not move whenever the
extractor improves; the samples go through the extractor as it is.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import pytest
import uvicorn

from warta import service
from warta.pipeline import extract_mentions
from warta.records import Article, Mention
from warta.store import Store
from warta.web.app import create_app

HERE = Path(__file__).parent
OWN_ARTICLES = HERE / "data" / "articles.jsonl"
OWN_MENTIONS = HERE / "data" / "mentions.jsonl"
SAMPLES = HERE.parents[1] / "samples" / "articles"


def sample_inputs() -> list[str]:
    inputs = [str(OWN_ARTICLES)]
    if SAMPLES.is_dir():
        inputs.append(str(SAMPLES))
    return inputs


def fixed_or_extracted(article: Article) -> list[Mention]:
    """The fixed mentions of one of this folder's articles (by its JSONL id), else the extractor's."""
    source, _, key = article.source.rpartition("#")
    if source != str(OWN_ARTICLES):
        return extract_mentions(article)
    fixed = [json.loads(line) for line in OWN_MENTIONS.read_text(encoding="utf-8").splitlines()]
    found = []
    for index, record in enumerate(r for r in fixed if r["source"] == key):
        for evidence in record["evidence"]:  # offsets into the text as today's ingest cleans it
            start = article.text.find(evidence["text"])
            evidence["start"], evidence["end"] = (start, start + len(evidence["text"])) if start >= 0 else (None, None)
        found.append(Mention.model_validate({**record, "article_id": article.article_id, "source": article.source,
                                             "outlet": article.outlet, "published": article.published,
                                             "mention_id": f"{article.article_id}:{index}"}))
    return found


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    """A SQLite store of the samples, built once per session by `warta ingest`'s service function."""
    path = tmp_path_factory.mktemp("web") / "samples.db"
    report = service.ingest(sample_inputs(), path, extract=fixed_or_extracted)
    assert report.stored >= 3 and report.failed == 0, report.failures
    return path


@pytest.fixture(scope="session")
def store(store_path) -> Iterator[Store]:
    opened = Store(store_path)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def app(store):
    return create_app(store, token="", tile_url="")


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LiveServer:
    """uvicorn in a thread, serving `app` on 127.0.0.1 until stopped."""

    def __init__(self, app) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    """A headless Chromium context (Debian's package, driven by Playwright), or a skip saying why not."""
    from warta.web.browser import chromium_path, launch

    if chromium_path() is None:
        pytest.skip("Chromium is not installed (no /usr/bin/chromium): `make test` installs it with apt-get; "
                    "the browser tests are skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = launch(playwright, tmp_path_factory.mktemp("chromium-profile"))
        context.set_default_timeout(15_000)
        yield context
        context.close()
