"""Posted articles into the store, by the same service function `warta ingest` runs on a JSONL file."""

from __future__ import annotations

from warta import service
from warta.api.models import ArticleIn, IngestedArticle, IngestResult
from warta.ingest import GivenMetadata, build_article
from warta.records import Article, InputFailure
from warta.store import Store


def posted_article(record: ArticleIn, number: int) -> Article | InputFailure:
    """One posted record as a cleaned Article; its source is `api#<id>` (`api#<n>` without an id), like a
    JSONL line's `path#id`."""
    source = f"api#{record.id or number}"
    given = GivenMetadata(external_id=record.id, url=record.url, outlet=record.outlet, title=record.title,
                          published=record.published,
                          published_text=record.published.isoformat() if record.published else None,
                          lang=record.lang)
    return build_article(record.text, source=source, given=given)


def ingest_posted(store: Store, batch: list[ArticleIn]) -> IngestResult:
    items = [posted_article(record, number) for number, record in enumerate(batch, 1)]
    ids = {item.source: item.article_id for item in items if isinstance(item, Article)}
    outcomes: list[IngestedArticle] = []

    def follow(source: str, outcome: str) -> None:
        outcomes.append(IngestedArticle(source=source, article_id=ids.get(source), outcome=outcome))

    report = service.ingest_articles(items, store, on_article=follow)
    return IngestResult(stored=report.stored, already_stored=report.already_stored,
                        near_duplicates=report.near_duplicates, failed=report.failed,
                        mentions_stored=report.mentions_stored, events_created=report.events_created,
                        events_updated=report.events_updated, articles=outcomes)
