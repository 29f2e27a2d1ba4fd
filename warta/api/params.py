"""The query parameters the REST API and the dashboard share: event filters (those of `warta events`),
paging and sorting. One definition, so that `/events?country=AZE` and `/api/events?country=AZE` select the
same events and the OpenAPI document describes both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import Depends, Query
from pydantic import AfterValidator, BeforeValidator

from warta.records import EVENT_TYPES, SUB_EVENT_PARENT
from warta.store import EVENT_SORTS, EventFilter

MAX_PAGE = 500  # rows per page of a list; the map and exports take every matching event instead
MAX_OFFSET = 10**9  # far beyond any store, and well inside SQLite's 64-bit integers


def _blank_is_none(value: object) -> object:
    """An HTML form sends empty fields as empty strings: they mean "no filter", not a bad value."""
    return None if isinstance(value, str) and not value.strip() else value


def _no_control_characters(value: str | None) -> str | None:
    # PostgreSQL refuses NUL in text, and no name or place contains a control character.
    if value is not None and any(ord(char) < 32 for char in value):
        raise ValueError("control characters are not allowed")
    return value


def blank_is(default: object) -> BeforeValidator:
    """For a parameter with a default: an empty form field takes the default."""
    return BeforeValidator(lambda value: default if _blank_is_none(value) is None else value)


Blank = BeforeValidator(_blank_is_none)
Clean = AfterValidator(_no_control_characters)
EventTypeSlug = Literal[(*EVENT_TYPES, *SUB_EVENT_PARENT)]  # type: ignore[valid-type]
SortKey = Literal[(*EVENT_SORTS, *(f"-{key}" for key in EVENT_SORTS))]  # type: ignore[valid-type]


def event_filter(
    since: Annotated[dt.date | None, Query(description="events on or after this day (YYYY-MM-DD)"), Blank] = None,
    until: Annotated[dt.date | None, Query(description="events on or before this day (YYYY-MM-DD)"), Blank] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 code, e.g. AZE",
                                         pattern="^[A-Za-z]{3}$"), Blank] = None,
    type: Annotated[EventTypeSlug | None, Query(description="an event type or sub-event type slug"),
                    Blank] = None,
    actor: Annotated[str | None, Query(description="part of an actor's name, any case", max_length=200),
                     Blank, Clean] = None,
    place: Annotated[str | None, Query(description="part of a place name, any case", max_length=200),
                     Blank, Clean] = None,
    min_sources: Annotated[int, Query(description="at least this many distinct articles", ge=0,
                                      le=MAX_OFFSET), blank_is(0)] = 0,
    disputed: Annotated[bool, Query(description="only events whose sources disagree"), blank_is(False)] = False,
) -> EventFilter:
    """The filters of `warta events`, from a query string."""
    return EventFilter(since=since, until=until, country=country.upper() if country else None, type=type,
                       actor=actor, place=place, min_sources=min_sources, disputed=disputed)


Limit = Annotated[int, Query(description=f"rows per page (at most {MAX_PAGE})", ge=1, le=MAX_PAGE),
                  blank_is(50)]
Offset = Annotated[int, Query(description="rows to skip", ge=0, le=MAX_OFFSET), blank_is(0)]
Sort = Annotated[SortKey, Query(description="sort key; a leading '-' sorts descending"), blank_is("date")]


def event_page(where: Annotated[EventFilter, Depends(event_filter)], limit: Limit = 50, offset: Offset = 0,
               sort: Sort = "date") -> EventFilter:
    """The filters of `warta events`, narrowed to one sorted page."""
    return replace(where, limit=limit, offset=offset, sort=sort)
