"""The REST API's response and request bodies. Events and mentions are the store's own records (warta.merge
.records.Event, warta.records.Mention); these models only wrap them in pages and add what a client needs to
follow links (an article's metadata beside each report, the event each mention belongs to).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from warta.ingest import DEFAULT_MAX_BYTES
from warta.merge.records import Event
from warta.records import Mention
from warta.store import StoredArticle


class Page(BaseModel):
    total: int = Field(description="how many rows match the filters")
    limit: int
    offset: int
    next: str | None = Field(None, description="the URL of the next page, when there is one")


class EventPage(Page):
    sort: str
    events: list[Event]


class ArticleInfo(BaseModel):
    """An article's metadata (not its text)."""

    article_id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    dateline: str | None
    published: dt.date | None
    lang: str | None
    duplicate_of: str | None = Field(description="the earlier article this one is a near-duplicate copy of")
    duplicate_similarity: float | None
    ingested_at: dt.datetime
    n_mentions: int | None = None

    @classmethod
    def of(cls, stored: StoredArticle, n_mentions: int | None = None) -> ArticleInfo:
        article = stored.article
        return cls(article_id=stored.article_id, source=article.source, url=article.url, outlet=article.outlet,
                   title=article.title, dateline=article.dateline, published=article.published, lang=article.lang,
                   duplicate_of=stored.duplicate_of, duplicate_similarity=stored.duplicate_similarity,
                   ingested_at=stored.ingested_at, n_mentions=n_mentions)


class ArticlePage(Page):
    articles: list[ArticleInfo]


class ArticleDetail(ArticleInfo):
    text: str = Field(description="the cleaned text; evidence offsets are character offsets into it")
    warnings: list[str]
    mentions: list[Mention]
    event_of_mention: dict[str, str] = Field(description="mention id -> the id of its event")


class Report(BaseModel):
    """One report of an event: the mention, its article's metadata, and what of it the sources dispute."""

    mention: Mention
    article: ArticleInfo | None
    disputed: list[str] = Field(description="subjects of the event's disagreements this report takes part in")


class EventDetail(BaseModel):
    event: Event
    reports: list[Report]


class TimelineCount(BaseModel):
    date: dt.date
    event_type: str
    count: int


class SearchResult(BaseModel):
    kind: str = Field(description="'article' (a hit in an article's text) or 'evidence' (in a mention's evidence)")
    ref: str = Field(description="the article id or the mention id")
    article_id: str
    event_id: str | None
    snippet: str = Field(description="the matched words stand between '[' and ']'")
    rank: float


class SearchResults(BaseModel):
    query: str
    hits: list[SearchResult]


class Stats(BaseModel):
    articles: int
    mentions: int
    events: int
    contradictions: int
    failed_inputs: int
    writable: bool = Field(description="whether POST /api/articles is enabled (a token is configured)")


class ArticleIn(BaseModel):
    """One article to ingest: the fields of a JSONL input line (SPEC.md); only `text` is required.
    Metadata given here wins over what is read from the text."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)
    published: dt.date | None = None
    title: str | None = Field(None, max_length=2000)
    text: str = Field(min_length=1, max_length=DEFAULT_MAX_BYTES)
    lang: str | None = Field(None, max_length=16)


class IngestedArticle(BaseModel):
    source: str
    article_id: str | None
    outcome: str


class IngestResult(BaseModel):
    stored: int
    already_stored: int
    near_duplicates: int
    failed: int
    mentions_stored: int
    events_created: int
    events_updated: int
    articles: list[IngestedArticle]
