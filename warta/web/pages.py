"""The dashboard's pages, server-rendered from the same bodies the REST API returns (warta.api.bodies).

Every page links to its JSON twin under /api. Templates are Jinja2 with autoescape on and no `|safe` on any
stored value: article text, names and titles come from the web and are untrusted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from warta.api import bodies
from warta.api.params import MAX_PAGE
from warta.api.routes import (
    ArticleIdPath,
    EventIdPath,
    Filter,
    Limit,
    Offset,
    PagedFilter,
    StoreDep,
    next_page_url,
)
from warta.api.routes import search as api_search
from warta.records import EVENT_TYPES
from warta.store import EVENT_SORTS
from warta.web import render

TEMPLATES = Path(__file__).parent / "templates"
environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(enabled_extensions=("html", "svg"), default=True),
)
environment.globals.update(
    event_types=EVENT_TYPES,
    type_labels=render.TYPE_LABELS,
    sort_keys=list(EVENT_SORTS),
    country_name=bodies.country_name,
    place_label=render.place_label,
    count_label=render.count_label,
    when_label=render.when_label,
    materiel_subject=render.materiel_subject,
)
templates = Jinja2Templates(env=environment)
router = APIRouter(tags=["pages"], default_response_class=HTMLResponse)


def _url_with(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    url = request.url.remove_query_params([key for key, value in changes.items() if value is None])
    kept = {key: value for key, value in changes.items() if value is not None}
    return str(url.include_query_params(**kept)) if kept else str(url)


def _twin(request: Request, path: str | None = None) -> str:
    """The JSON twin of this page: the same query under /api."""
    query = request.url.query
    return (path or "/api" + request.url.path) + (f"?{query}" if query else "")


def _page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    return templates.TemplateResponse(request, template, {
        "url_with": lambda **changes: _url_with(request, **changes),
        "params": request.query_params,
        "writable": bool(settings.token),
        **context,
    }, status_code=status_code)


def error_page(request: Request, status_code: int, detail: str) -> HTMLResponse:
    return _page(request, "error.html", status_code=status_code, status_code_=status_code, detail=detail,
                 twin=None)


@router.get("/", summary="Dashboard: map, timeline and the latest events")
def dashboard(request: Request, store: StoreDep, where: Filter) -> HTMLResponse:
    settings = request.app.state.settings
    query = request.url.query
    latest = store.events(replace(where, limit=12, sort="-date"))
    disputed = store.events(replace(where, limit=8, sort="-disagreements", disputed=True))
    return _page(request, "dashboard.html", twin=_twin(request, "/api/map"),
                 map_src="/api/map" + (f"?{query}" if query else ""),
                 tile_url=settings.tile_url or "", tile_attribution=settings.tile_attribution or "",
                 timeline=render.timeline(store.event_timeline(where)), total=store.event_count(where),
                 latest=latest, disputed=disputed, stats=bodies.stats(store, bool(settings.token)))


@router.get("/events", summary="The events table")
def events_table(request: Request, store: StoreDep, where: PagedFilter) -> HTMLResponse:
    page = bodies.event_page(store, where, next_page_url(request, where.offset, where.limit or MAX_PAGE))
    previous = max(0, where.offset - (where.limit or MAX_PAGE)) if where.offset else None
    return _page(request, "events.html", twin=_twin(request), page=page, sort=where.sort,
                 previous_offset=previous, timeline=render.timeline(store.event_timeline(where)))


@router.get("/events/{event_id}", summary="One event: every report side by side, disagreements marked")
def event_page(request: Request, store: StoreDep, event_id: EventIdPath) -> HTMLResponse:
    detail = bodies.event_detail(store, event_id)
    if detail is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event {event_id!r} (or the prefix is not unique)")
    texts: dict[str, str] = {}
    columns = []
    for index, report in enumerate(detail.reports):
        mention = report.mention
        if mention.article_id not in texts:
            stored = store.article(mention.article_id)
            texts[mention.article_id] = stored.article.text if stored else ""
        text = texts[mention.article_id]
        columns.append({
            "index": index,
            "report": report,
            "pieces": render.highlight(text, render.mention_spans(text, mention, f"r{index}")),
        })
    anchors = {report.mention.mention_id: f"r{index}" for index, report in enumerate(detail.reports)}
    return _page(request, "event.html", twin=_twin(request), detail=detail, event=detail.event,
                 columns=columns, anchors=anchors)


@router.get("/articles", summary="Stored articles")
def articles_list(request: Request, store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    page = bodies.article_page(store, limit, offset, next_page_url(request, offset, limit))
    previous = max(0, offset - limit) if offset else None
    return _page(request, "articles.html", twin=_twin(request), page=page, previous_offset=previous)


@router.get("/articles/{article_id}", summary="One article with its mentions highlighted in the text")
def article_page(request: Request, store: StoreDep, article_id: ArticleIdPath) -> HTMLResponse:
    detail = bodies.article_detail(store, article_id)
    if detail is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id!r}")
    spans = [span for index, mention in enumerate(detail.mentions)
             for span in render.mention_spans(detail.text, mention, f"m{index + 1}")]
    return _page(request, "article.html", twin=_twin(request), article=detail,
                 pieces=render.highlight(detail.text, spans))


@router.get("/search", summary="Full-text search")
def search_page(request: Request, store: StoreDep,
                results: Annotated[Any, Depends(api_search)]) -> HTMLResponse:
    hits = [(hit, render.snippet_pieces(hit.snippet)) for hit in results.hits]
    return _page(request, "search.html", twin=_twin(request), results=results, hits=hits)

