"""The API's bodies, composed from the store's queries. The REST routes return them as JSON and the
dashboard's pages render the very same objects, so a page and its JSON twin cannot drift apart."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any

from warta.api.models import (
    ArticleDetail,
    ArticleInfo,
    ArticlePage,
    EventDetail,
    EventPage,
    Report,
    SearchResult,
    SearchResults,
    Stats,
    TimelineCount,
)
from warta.store import EventFilter, EventPoint, Store


@cache
def _country_index() -> dict[str, str]:
    from warta.geo.countries import country_names

    return {iso3: info.name for iso3, info in country_names(None).by_iso3.items()}


def country_name(iso3: str | None) -> str | None:
    """The English name of an ISO 3166-1 alpha-3 code ("AZE" -> "Azerbaijan"), or None when unknown."""
    if not iso3:
        return None
    return _country_index().get(iso3.upper())


def event_page(store: Store, where: EventFilter, next_url: str | None) -> EventPage:
    total = store.event_count(where)
    found = store.events(where)
    has_next = where.offset + len(found) < total
    return EventPage(total=total, limit=where.limit or total, offset=where.offset, sort=where.sort,
                     next=next_url if has_next else None, events=found)


def event_detail(store: Store, event_id: str) -> EventDetail | None:
    """One event with every report behind it (the anchor first) and each report's article metadata."""
    found = store.event(event_id)
    if found is None:
        return None
    mentions = store.mentions(found.mention_ids)
    disputed: dict[str, set[str]] = defaultdict(set)
    for disagreement in found.disagreements:
        for account in disagreement.accounts:
            disputed[account.mention_id].add(disagreement.subject)
    articles: dict[str, ArticleInfo | None] = {}
    for mention in mentions:
        if mention.article_id not in articles:
            stored = store.article(mention.article_id)
            articles[mention.article_id] = ArticleInfo.of(stored) if stored else None
    reports = [Report(mention=m, article=articles[m.article_id], disputed=sorted(disputed[m.mention_id]))
               for m in mentions]
    return EventDetail(event=found, reports=reports)


def article_page(store: Store, limit: int, offset: int, next_url: str | None) -> ArticlePage:
    total = store.article_count()
    found = store.articles(limit=limit, offset=offset)
    counts = store.mention_counts([a.article_id for a in found])
    infos = [ArticleInfo.of(a, counts.get(a.article_id, 0)) for a in found]
    has_next = offset + len(found) < total
    return ArticlePage(total=total, limit=limit, offset=offset, next=next_url if has_next else None,
                       articles=infos)


def article_detail(store: Store, article_id: str) -> ArticleDetail | None:
    stored = store.article(article_id)
    if stored is None:
        return None
    mentions = store.mentions(article_id=article_id)
    info = ArticleInfo.of(stored, len(mentions))
    return ArticleDetail(**info.model_dump(), text=stored.article.text, warnings=stored.article.warnings,
                         mentions=mentions, event_of_mention=store.events_of_mentions([m.mention_id for m in mentions]))


def search(store: Store, words: str, limit: int) -> SearchResults:
    hits = store.search(words, limit)
    events = store.events_of_mentions([hit.ref for hit in hits if hit.kind == "evidence"])
    return SearchResults(query=words, hits=[
        SearchResult(kind=hit.kind, ref=hit.ref, article_id=hit.article_id, event_id=events.get(hit.ref),
                     snippet=hit.snippet, rank=hit.rank) for hit in hits])


def timeline(store: Store, where: EventFilter) -> list[TimelineCount]:
    return [TimelineCount(date=day, event_type=kind, count=count)
            for day, kind, count in store.event_timeline(where)]


def map_features(points: list[EventPoint]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of event points (lon, lat), with what the map's markers and tooltips show."""
    return {"type": "FeatureCollection", "features": [{
        "type": "Feature",
        "id": point.event_id,
        "geometry": {"type": "Point", "coordinates": [point.lon, point.lat]},
        "properties": {
            "event_type": point.event_type,
            "sub_event_type": point.sub_event_type,
            "date_start": point.date_start.isoformat() if point.date_start else None,
            "date_end": point.date_end.isoformat() if point.date_end else None,
            "location": point.location_name,
            "country": point.country,
            "country_name": country_name(point.country),
            "killed": point.killed,
            "n_articles": point.n_articles,
            "n_disagreements": point.n_disagreements,
        },
    } for point in points]}


def stats(store: Store, writable: bool) -> Stats:
    counts = store.counts()
    return Stats(articles=counts["articles"], mentions=counts["mentions"], events=counts["events"],
                 contradictions=counts["contradictions"], failed_inputs=counts["failed_inputs"], writable=writable)
