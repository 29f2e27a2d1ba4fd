"""What the dashboard's templates need beyond the store's records: article text cut into highlighted pieces,
the timeline's bars, counts and names as a reader sees them.

Nothing here builds HTML: the templates do, with autoescape on, so every piece of article text reaches the
page escaped. Highlighting is done by cutting the text at evidence offsets here and letting the template wrap
each piece, never by inserting markup into the text.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from warta.api.bodies import country_name
from warta.merge.summarize import format_count
from warta.records import EVENT_TYPES, CountRange, Evidence, Mention

TYPE_LABELS = {slug: slug.replace("_", " ") for slug in EVENT_TYPES}
TYPE_LABELS["explosions_remote_violence"] = "explosions / remote violence"


def place_label(name: str | None, iso3: str | None) -> str:
    """"Tartar, Azerbaijan"; whichever parts are known."""
    return ", ".join(part for part in (name, country_name(iso3) or iso3) if part)


def count_label(count: CountRange) -> str | None:
    if count.min is None and count.max is None:
        return None
    return format_count(count.min, count.max)


def when_label(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return "undated"
    return start.isoformat() if end in (None, start) else f"{start.isoformat()} – {end.isoformat()}"


# -------------------------------------------------------------------- highlighting
@dataclass(frozen=True)
class Piece:
    """A run of article text and the highlights covering it (empty: plain text)."""

    text: str
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    key: str  # what the highlight belongs to (a mention's anchor on the page)


def evidence_span(text: str, evidence: Evidence, key: str) -> Span | None:
    """Where `evidence` sits in `text`: its offsets when they hold its sentence, else the first place the
    sentence occurs, else its offsets if they at least lie inside the text, else nowhere."""
    start, end = evidence.start, evidence.end
    in_range = start is not None and end is not None and 0 <= start < end <= len(text)
    if in_range and text[start:end] == evidence.text:
        return Span(start, end, key)
    found = text.find(evidence.text) if evidence.text else -1
    if found >= 0:
        return Span(found, found + len(evidence.text), key)
    return Span(start, end, key) if in_range else None


def highlight(text: str, spans: Iterable[Span]) -> list[Piece]:
    """`text` cut at every span boundary; each piece names the spans covering it (spans may overlap)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    for left, right in itertools.pairwise(cuts):
        marks = tuple(dict.fromkeys(s.key for s in spans if s.start <= left and right <= s.end))
        pieces.append(Piece(text[left:right], marks))
    return pieces


def mention_spans(text: str, mention: Mention, key: str) -> list[Span]:
    return [span for evidence in mention.evidence if (span := evidence_span(text, evidence, key))]


def snippet_pieces(snippet: str) -> list[Piece]:
    """A search snippet from the store, whose matched words stand between '[' and ']', as pieces."""
    pieces = []
    rest = snippet
    while rest:
        opening = rest.find("[")
        closing = rest.find("]", opening + 1) if opening >= 0 else -1
        if opening < 0 or closing < 0:
            pieces.append(Piece(rest))
            break
        if opening:
            pieces.append(Piece(rest[:opening]))
        pieces.append(Piece(rest[opening + 1:closing], ("hit",)))
        rest = rest[closing + 1:]
    return pieces


# -------------------------------------------------------------------- disagreements per report
def materiel_subject(category: str, side: str | None) -> str:
    """The subject the merge gives a materiel disagreement ('materiel:tank:ARM')."""
    return f"materiel:{category}:{side or '?'}"


# -------------------------------------------------------------------- timeline
@dataclass(frozen=True)
class Bar:
    """One stacked rectangle of the timeline: events of one type in one bucket of days."""

    x: float
    y: float
    width: float
    height: float
    event_type: str
    count: int
    since: dt.date
    until: dt.date


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    unit: str  # "day", "week" or "month": what one bar stands for
    bars: list[Bar]
    ticks: list[tuple[float, str]]  # x and label
    max_count: int
    total: int
    first: dt.date | None = None
    last: dt.date | None = None


def _bucket_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next_bucket(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day + dt.timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=1)


def timeline(counts: Sequence[tuple[dt.date, str, int]], width: int = 960, height: int = 160) -> Timeline:
    """Stacked bars of events per day by type (per week or month when the span is too long to read by day)."""
    if not counts:
        return Timeline(width, height, "day", [], [], 0, 0)
    first, last = counts[0][0], counts[-1][0]
    span_days = (last - first).days + 1
    unit = "day" if span_days <= 400 else "week" if span_days <= 2000 else "month"
    per_bucket: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, event_type, count in counts:
        per_bucket[_bucket_start(day, unit)][event_type] += count
    buckets = []
    day = _bucket_start(first, unit)
    while day <= last:
        buckets.append(day)
        day = _next_bucket(day, unit)
    max_count = max(sum(types.values()) for types in per_bucket.values())
    plot_top, plot_bottom = 8, height - 22  # room for the day labels below
    step = width / len(buckets)
    bar_width = min(max(step - (1 if step > 3 else 0), 0.5), 28)  # a few days: bars, not walls
    order = list(EVENT_TYPES)
    bars = []
    for index, bucket in enumerate(buckets):
        y = float(plot_bottom)
        types = per_bucket.get(bucket, {})
        for event_type in sorted(types, key=lambda t: order.index(t) if t in order else len(order)):
            bar_height = types[event_type] / max_count * (plot_bottom - plot_top)
            y -= bar_height
            until = _next_bucket(bucket, unit) - dt.timedelta(days=1)
            bars.append(Bar(round(index * step, 2), round(y, 2), round(bar_width, 2), round(bar_height, 2),
                            event_type, types[event_type], bucket, until))
    tick_every = max(1, len(buckets) // 8)
    ticks = [(round(index * step, 2), bucket.isoformat() if unit == "day" else bucket.strftime("%Y-%m"))
             for index, bucket in enumerate(buckets) if index % tick_every == 0]
    total = sum(count for _, _, count in counts)
    return Timeline(width, height, unit, bars, ticks, max_count, total, first, last)
