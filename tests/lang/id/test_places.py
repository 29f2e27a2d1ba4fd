"""The Indonesian pack's places.yaml: well-formed, and every name in it reaches a place."""

from __future__ import annotations

import pytest

from warta.geo.countries import country_names
from warta.geo.fold import fold
from warta.geo.gazetteer import Gazetteer
from warta.geo.index import build_builtin_index
from warta.lang import load_pack

PLACES = load_pack("id")["places"]
PRECISIONS = {"town", "district", "region", "country", None}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return Gazetteer(build_builtin_index(tmp_path_factory.mktemp("cache") / "g.sqlite").path, pack="id")


def test_sections_are_present():
    assert set(PLACES) >= {"exonyms", "countries", "type_words", "not_places", "home_country"}


def test_every_exonym_resolves_to_a_place(gazetteer: Gazetteer):
    for spelling, target in PLACES["exonyms"].items():
        place = gazetteer.lookup(spelling)
        assert place is not None, spelling
        if isinstance(target, dict) and target.get("country"):
            assert place.country == target["country"], spelling


def test_country_words_use_known_iso3_codes():
    names = country_names("id")
    for iso3, words in PLACES["countries"].items():
        assert iso3 in names.by_iso3, iso3
        for word in words:
            assert names.code(word) == iso3, word


def test_type_words_ask_for_known_precisions():
    assert set(PLACES["type_words"].values()) <= PRECISIONS


def test_no_word_is_both_a_place_and_never_a_place():
    never = {fold(word) for word in PLACES["not_places"]}
    assert not never & {fold(name) for name in PLACES["exonyms"]}
    assert not never & {fold(word) for words in PLACES["countries"].values() for word in words}


def test_seed_article_names(gazetteer: Gazetteer):
    assert gazetteer.lookup("Tepi Barat").name == "West Bank"
    assert gazetteer.lookup("Turki").country == "TUR"
    assert gazetteer.country_code("Palestina") == "PSE"
