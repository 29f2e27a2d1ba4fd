"""Are two mentions reports of the same real-world event? Pairwise evidence, weighed by precision.

Each mention is reduced once to `MentionFeatures` (dates as day numbers, coordinates in radians, actor
keys), so that the comparison in the merge's inner loop is arithmetic. `compare` returns None when the
two cannot be the same event, else a score in 0..1 and whether the actors are flipped between them.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from warta.records import Actor, Mention

# Reported dates of one event differ by a day (time zones, "semalam" = the night before); more is another event.
DAY_TOLERANCE = 1
NEAR_MISS_FACTOR = 0.4  # two dates a day apart (within the tolerance, not overlapping): weak agreement
# A range longer than this ("since 27 September", "in recent days") cannot place an event in time:
# such mentions are merged only with identical ones (see `coarse_key`).
MAX_FINE_SPAN_DAYS = 7
# A day the article does not state (no date text, the publication day taken for it) is the publication day
# or the day before, as the gold guidelines code an unstated date: it is compared as that two-day window.
UNSTATED_DAYS_BEFORE_PUBLICATION = 1
# How much agreeing dates say, by the wider of the two windows, as PLACE_WEIGHT does for places: one shared
# day says most; a day inside "pekan lalu" (a week) says about as much as two precise dates a day apart.
WINDOW_WEIGHT_SLOPE = 0.25  # weight = 1 / (1 + slope * (days - 1)): 2 days 0.8, 3 days 0.67, 7 days 0.4
# Below this a date agreement is vague (a day apart, a day inside a window of four days or more). A vague
# date merges only with a specific place (town or district), or when both reports give about the same span
# (the same days of fighting told twice): a region over several days holds many events of a war.
SPECIFIC_DATE_MIN = 0.6
SPECIFIC_PLACE_PRECISIONS = frozenset({"town", "district"})
SAME_SPAN_MIN = 0.75  # shared days over the longer window's days

# How far apart two reports of one event may put it, by the coarser of the two precisions, in km.
PLACE_RADIUS_KM = {"town": 25.0, "district": 40.0, "region": 150.0, "country": 600.0}
# How much a location match says about sameness: the Nagorno-Karabakh centroid matches everything there.
PLACE_WEIGHT = {"town": 1.0, "district": 0.8, "region": 0.4, "country": 0.2}
PLACE_WEIGHT_NO_COORDS_SAME_COUNTRY = 0.15
PLACE_WEIGHT_UNKNOWN = 0.1

# Sub-event types that one source may code for what another codes differently (an "air strike" in the
# journalist's gloss that the ministry calls artillery; a clash that ended in a capture). Anything else of a
# different sub-event type is another ACLED event.
RELATED_SUB_EVENTS = {
    frozenset({"shelling_artillery_missile_attack", "air_drone_strike"}),
    frozenset({"armed_clash", "government_regains_territory"}),
    frozenset({"armed_clash", "non_state_actor_overtakes_territory"}),
}
RELATED_SUB_EVENT_FACTOR = 0.85

WEIGHT_DATE, WEIGHT_PLACE, WEIGHT_ACTORS = 0.35, 0.35, 0.30
FLIPPED_ACTORS_FACTOR = 0.9  # a flip is a disagreement to show, not a reason to keep two events apart
ACTOR_FUZZY_MIN = 92  # rapidfuzz token_sort_ratio for two spellings of one actor name
EARTH_RADIUS_KM = 6371.0
PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "unknown": 4}


@dataclass(frozen=True, slots=True)
class ActorKey:
    name: str
    kind: str | None
    country: str | None = None


@dataclass(slots=True)
class MentionFeatures:
    """What the comparison needs from one mention, computed once."""

    mention_id: str
    article_id: str
    event_type: str
    sub_event_type: str
    day_start: int | None  # proleptic ordinal; None when the date is coarse
    day_end: int | None
    date_precision: str
    lat: float | None  # radians
    lon: float | None
    place_precision: str
    country: str | None
    place_name: str | None  # folded: case, accents and apostrophes do not tell places apart
    actors: tuple[ActorKey | None, ActorKey | None]
    actor_countries: frozenset[str]
    coarse_key: tuple | None  # set when the date cannot place the event: only identical keys merge
    exact_key: tuple = field(default=())  # equal keys inside one article mean a duplicated mention

    @property
    def is_fine(self) -> bool:
        return self.day_start is not None


def _actor_key(actor: Actor) -> ActorKey | None:
    if not actor.name:
        return None
    return ActorKey(" ".join(actor.name.casefold().split()), actor.kind, actor.country)


def fold_place_name(name: str) -> str:
    """A place name for comparison: "An Nuşayrāt" and "an nusayrat", "Turmus‘ayyā" and "Turmus'ayya" are one."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’‘ʿʾ`")
    return " ".join(letters.casefold().replace("-", " ").split())


def date_window(mention: Mention) -> tuple[dt.date, dt.date] | None:
    """The days a mention's date allows (first, last), or None when it cannot place the event in time."""
    date_value = mention.date
    if date_value.start is None or date_value.precision not in ("day", "range"):
        return None
    start, end = date_value.start, date_value.end or date_value.start
    if (end - start).days > MAX_FINE_SPAN_DAYS:
        return None
    if (date_value.precision == "day" and date_value.text is None and start == end
            and mention.published is not None and start == mention.published):
        start = start - dt.timedelta(days=UNSTATED_DAYS_BEFORE_PUBLICATION)
    return start, end


def features_of(mention: Mention) -> MentionFeatures:
    date_value, place = mention.date, mention.location
    window = date_window(mention)
    day_start, day_end = (window[0].toordinal(), window[1].toordinal()) if window else (None, None)
    has_coords = place.lat is not None and place.lon is not None
    place_precision = place.precision if has_coords or place.country else "unknown"
    place_name = fold_place_name(place.name) if place.name else None
    actors = (_actor_key(mention.actor1), _actor_key(mention.actor2))
    actor_countries = frozenset(c for c in (mention.actor1.country, mention.actor2.country) if c)
    exact_key = (
        mention.sub_event_type,
        date_value.start,
        date_value.end,
        place_name,
        round(place.lat, 2) if place.lat is not None else None,
        round(place.lon, 2) if place.lon is not None else None,
        actors,
    )
    coarse_key = None
    if day_start is None:
        # A coarse date ("1994", "since September") places nothing: identical reports only.
        coarse_key = (mention.event_type,) + exact_key[:1] + (date_value.precision,) + exact_key[1:4] + (
            frozenset(a for a in actors if a),
        )
    return MentionFeatures(
        mention_id=mention.mention_id,
        article_id=mention.article_id,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        day_start=day_start,
        day_end=day_end,
        date_precision=date_value.precision,
        lat=math.radians(place.lat) if has_coords else None,
        lon=math.radians(place.lon) if has_coords else None,
        place_precision=place_precision,
        country=place.country,
        place_name=place_name,
        actors=actors,
        actor_countries=actor_countries,
        coarse_key=coarse_key,
        exact_key=exact_key,
    )


@lru_cache(maxsize=65536)
def _same_name(name_a: str, name_b: str) -> bool:
    return name_a == name_b or fuzz.token_sort_ratio(name_a, name_b) >= ACTOR_FUZZY_MIN


def same_actor(a: ActorKey, b: ActorKey) -> bool:
    if a.kind and b.kind and (a.kind == "civilians") != (b.kind == "civilians"):
        return False  # civilians and armed forces are never one actor, however the names are spelled
    if a.country and b.country and a.country != b.country:
        return False  # "Military Forces of Sudan" and "... of South Sudan" spell alike
    return _same_name(a.name, b.name)


def _orientation(pairs: tuple[tuple[ActorKey | None, ActorKey | None], ...]) -> int | None:
    """Matched slots when every slot named on both sides agrees, else None."""
    matched = 0
    for a, b in pairs:
        if a is None or b is None:
            continue
        if not same_actor(a, b):
            return None
        matched += 1
    return matched


def actor_score(a: MentionFeatures, b: MentionFeatures) -> tuple[float, bool] | None:
    """(score, flipped): flipped when b names a's attacker as the target and vice versa."""
    (a1, a2), (b1, b2) = a.actors, b.actors
    straight = _orientation(((a1, b1), (a2, b2)))
    flipped = _orientation(((a1, b2), (a2, b1)))
    if flipped is not None and flipped >= 1 and (straight is None or flipped > straight):
        return _actor_strength(flipped, a, b) * FLIPPED_ACTORS_FACTOR, True
    if straight is None:
        return None
    return _actor_strength(straight, a, b), False


def _actor_strength(matched: int, a: MentionFeatures, b: MentionFeatures) -> float:
    named = max(sum(x is not None for x in a.actors), sum(x is not None for x in b.actors))
    if matched == 0:
        return 0.3  # nothing to compare: neither for nor against
    if matched >= named:
        return 1.0
    return 0.7  # one side names a target the other leaves out


def window_weight(days: int) -> float:
    """How much two dates agreeing within a window of this many days says about sameness."""
    return 1.0 / (1.0 + WINDOW_WEIGHT_SLOPE * (days - 1))


def date_score(a: MentionFeatures, b: MentionFeatures) -> float | None:
    """Agreement of two date windows, weighed by the wider: shared days over the narrower window's days,
    a near miss (a day apart) at NEAR_MISS_FACTOR; None when they are further apart."""
    if a.day_start is None or b.day_start is None:
        return None
    gap = max(a.day_start, b.day_start) - min(a.day_end, b.day_end)  # <= 0 when they share days
    if gap > DAY_TOLERANCE:
        return None
    days_a, days_b = a.day_end - a.day_start + 1, b.day_end - b.day_start + 1
    weight = window_weight(max(days_a, days_b))
    if gap > 0:
        return NEAR_MISS_FACTOR * weight
    shared = 1 - gap
    return weight * shared / min(days_a, days_b)


def _same_span(a: MentionFeatures, b: MentionFeatures) -> bool:
    shared = min(a.day_end, b.day_end) - max(a.day_start, b.day_start) + 1
    longest = max(a.day_end - a.day_start, b.day_end - b.day_start) + 1
    return shared / longest >= SAME_SPAN_MIN


def haversine_km(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Great-circle distance between two points given in radians."""
    half_dlat, half_dlon = (lat_b - lat_a) / 2, (lon_b - lon_a) / 2
    h = math.sin(half_dlat) ** 2 + math.cos(lat_a) * math.cos(lat_b) * math.sin(half_dlon) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def place_score(a: MentionFeatures, b: MentionFeatures) -> float | None:
    if a.country and b.country and a.country != b.country:
        return None
    if a.place_precision == "unknown" or b.place_precision == "unknown":
        return PLACE_WEIGHT_UNKNOWN
    coarser = min((a.place_precision, b.place_precision), key=lambda p: PLACE_WEIGHT.get(p, 0.0))
    weight = PLACE_WEIGHT.get(coarser, PLACE_WEIGHT_UNKNOWN)
    if a.lat is None or b.lat is None:
        if a.place_name and a.place_name == b.place_name:
            return weight
        return PLACE_WEIGHT_NO_COORDS_SAME_COUNTRY if a.country and a.country == b.country else PLACE_WEIGHT_UNKNOWN
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    radius = PLACE_RADIUS_KM.get(coarser, 25.0)
    if distance > radius:
        return None
    if a.place_name and a.place_name == b.place_name:
        return weight
    return weight * (1.0 - 0.5 * distance / radius)


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    flipped: bool


def compare(a: MentionFeatures, b: MentionFeatures) -> Match | None:
    """None when a and b cannot report one event; else how strongly they look like one."""
    judged = judge(a, b)
    return judged if isinstance(judged, Match) else None


def judge(a: MentionFeatures, b: MentionFeatures) -> Match | str:
    """`compare` with its reason when a and b cannot report one event (for measuring the merge)."""
    if a.event_type != b.event_type:
        return "event types differ"  # ACLED keeps a battle and the shelling of a town as two events
    if a.article_id == b.article_id:
        # One article's mentions were split on purpose; only a duplicated mention joins its twin.
        return Match(1.0, False) if a.exact_key == b.exact_key else "one article's mentions"
    if a.coarse_key is not None or b.coarse_key is not None:
        return Match(0.7, False) if a.coarse_key == b.coarse_key else "a coarse or unknown date, not identical"
    type_factor = 1.0
    if a.sub_event_type != b.sub_event_type:
        if frozenset((a.sub_event_type, b.sub_event_type)) not in RELATED_SUB_EVENTS:
            return "unrelated sub-event types"
        type_factor = RELATED_SUB_EVENT_FACTOR
    when = date_score(a, b)
    if when is None:
        return "dates too far apart"
    where = place_score(a, b)
    if where is None:
        return "places too far apart"
    if when < SPECIFIC_DATE_MIN and not _same_span(a, b) and not (
            a.place_precision in SPECIFIC_PLACE_PRECISIONS and b.place_precision in SPECIFIC_PLACE_PRECISIONS):
        return "a vague date and a vague place"  # a region over several days holds many events
    actors = actor_score(a, b)
    if actors is None:
        return "actors differ"
    who, flipped = actors
    if type_factor < 1.0 and (when < 0.6 or where < 0.8 or flipped or who < 1.0):
        # a different sub-event type is the same event only when all else is clearly equal
        return "related sub-event types, and not all else clearly equal"
    return Match(type_factor * (WEIGHT_DATE * when + WEIGHT_PLACE * where + WEIGHT_ACTORS * who), flipped)
