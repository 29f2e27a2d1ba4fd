"""Helpers for extraction tests: build an Article from a short text written for the test and extract it."""

from __future__ import annotations

from datetime import date

import pytest

from warta.ingest import GivenMetadata, build_article
from warta.pipeline import extract_mentions
from warta.records import Article, Mention


def article_of(text: str, published: date | None = date(2024, 3, 14), outlet: str | None = "Contoh") -> Article:
    article = build_article(text, source="test.txt", given=GivenMetadata(published=published, outlet=outlet,
                                                                         lang="id"))
    assert isinstance(article, Article), article
    return article


@pytest.fixture
def extract():
    def run(text: str, published: date | None = date(2024, 3, 14)) -> list[Mention]:
        return extract_mentions(article_of(text, published))

    return run
