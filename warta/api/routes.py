"""The REST API (`/api/...`): events, one event with its reports and contradictions, articles, full-text
search, the map's points, the timeline, exports, and — only with a token — ingesting posted articles.

Every route reads through warta.store's queries (via warta.api.bodies) and writes through warta.service.
"""

from __future__ import annotations

import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request, Response, status

from warta.api import bodies
from warta.api.models import (
    ArticleDetail,
    ArticleIn,
    ArticlePage,
    EventDetail,
    EventPage,
    IngestResult,
    SearchResults,
    Stats,
    TimelineCount,
)
from warta.api.params import MAX_PAGE, Limit, Offset, blank_is, event_filter, event_page
from warta.api.security import check_write_token
from warta.store import EventFilter, Store

router = APIRouter(prefix="/api")

EventIdPath = Annotated[str, Path(description="an event id (a unique prefix is enough)",
                                  pattern="^[0-9A-Za-z]{1,20}$")]
ArticleIdPath = Annotated[str, Path(description="an article id: sha256 of its cleaned text, hex",
                                    pattern="^[0-9a-f]{64}$")]
ExportFormat = Literal["acled-csv", "geojson", "jsonl"]
EXPORT_MEDIA = {"acled-csv": ("text/csv", "csv"), "geojson": ("application/geo+json", "geojson"),
                "jsonl": ("application/x-ndjson", "jsonl")}


def get_store(request: Request) -> Store:
    return request.app.state.settings.store


StoreDep = Annotated[Store, Depends(get_store)]
Filter = Annotated[EventFilter, Depends(event_filter)]
PagedFilter = Annotated[EventFilter, Depends(event_page)]


def next_page_url(request: Request, offset: int, limit: int) -> str:
    return str(request.url.include_query_params(offset=offset + limit, limit=limit))


@router.get("/events", response_model=EventPage, tags=["events"])
def list_events(request: Request, store: StoreDep, where: PagedFilter) -> EventPage:
    """Merged events, filtered as by `warta events`, one sorted page at a time."""
    return bodies.event_page(store, where, next_page_url(request, where.offset, where.limit or MAX_PAGE))


@router.get("/events/{event_id}", response_model=EventDetail, tags=["events"],
            responses={404: {"description": "no such event (or the prefix is not unique)"}})
def get_event(store: StoreDep, event_id: EventIdPath) -> EventDetail:
    """One event: its headline values and how they were chosen, every report, the disagreements."""
    found = bodies.event_detail(store, event_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event {event_id!r} (or the prefix is not unique)")
    return found


@router.get("/map", tags=["events"])
def event_map(store: StoreDep, where: Filter) -> dict[str, Any]:
    """Every placed event matching the filters as a GeoJSON FeatureCollection of light points (the map's data)."""
    return bodies.map_features(store.event_points(where))


@router.get("/timeline", response_model=list[TimelineCount], tags=["events"])
def event_timeline(store: StoreDep, where: Filter) -> list[TimelineCount]:
    """The number of events per day (their first day) and event type, for events matching the filters."""
    return bodies.timeline(store, where)


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def list_articles(request: Request, store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> ArticlePage:
    """Stored articles in ingest order (metadata and how many mentions each gave), one page at a time."""
    return bodies.article_page(store, limit, offset, next_page_url(request, offset, limit))


@router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"],
            responses={404: {"description": "no such article"}})
def get_article(store: StoreDep, article_id: ArticleIdPath) -> ArticleDetail:
    """One article: metadata, cleaned text, and its mentions with evidence offsets into that text."""
    found = bodies.article_detail(store, article_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id!r}")
    return found


@router.get("/search", response_model=SearchResults, tags=["search"])
def search(store: StoreDep,
           q: Annotated[str, Query(description="words, all required (no query syntax)", max_length=500)] = "",
           limit: Annotated[int, Query(ge=1, le=MAX_PAGE), blank_is(20)] = 20) -> SearchResults:
    """Full-text search over article texts and the evidence sentences of mentions."""
    return bodies.search(store, q, limit)


@router.get("/export/{fmt}", tags=["exports"],
            responses={200: {"content": {"text/csv": {}, "application/geo+json": {}, "application/x-ndjson": {}}}})
def export(store: StoreDep, where: Filter,
           fmt: Annotated[ExportFormat, Path(description="acled-csv, geojson or jsonl")]) -> Response:
    """Every event matching the filters as ACLED-style CSV, GeoJSON points or JSON lines (a download)."""
    from warta.store.export import write_acled_csv, write_geojson, write_jsonl

    writer = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl}[fmt]
    buffer = io.StringIO()
    writer(store.events(where), buffer)
    media_type, suffix = EXPORT_MEDIA[fmt]
    return Response(buffer.getvalue(), media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="warta-events.{suffix}"'})


@router.get("/stats", response_model=Stats, tags=["meta"])
def stats(request: Request, store: StoreDep) -> Stats:
    """How much the store holds, and whether this server accepts writes."""
    return bodies.stats(store, bool(request.app.state.settings.token))


@router.post("/articles", response_model=IngestResult, status_code=status.HTTP_201_CREATED, tags=["articles"],
             dependencies=[Depends(check_write_token)],
             responses={401: {"description": "no or a wrong bearer token"},
                        403: {"description": "the server is read-only (no token configured)"}})
def post_articles(request: Request, store: StoreDep,
                  posted: Annotated[ArticleIn | list[ArticleIn], Body(description="one article or a list")]
                  ) -> IngestResult:
    """Ingest one article or a batch, as `warta ingest` does a JSONL file: extract, store, merge.
    Needs `Authorization: Bearer <token>`; enabled only when the server has a token."""
    from warta.api.ingest import ingest_posted

    batch = posted if isinstance(posted, list) else [posted]
    if len(batch) > 1000:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "at most 1000 articles per request")
    with request.app.state.settings.write_lock:  # one writer at a time: ingest keeps merge state in memory
        return ingest_posted(store, batch)
