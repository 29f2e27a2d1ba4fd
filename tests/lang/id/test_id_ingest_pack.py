"""The Indonesian pack's ingest data (boilerplate.yaml, metadata.yaml, outlets.yaml) is well-formed."""

from __future__ import annotations

import re

import pytest

from warta.ingest.article import language_rules
from warta.ingest.patterns import expand
from warta.lang import load_pack

PACK = load_pack("id")


def test_ingest_files_are_present():
    assert {"boilerplate", "metadata", "outlets"} <= set(PACK.names)


@pytest.mark.parametrize("key", ["drop_lines", "label_lines", "inline", "tail_markers"])
def test_every_boilerplate_pattern_compiles(key):
    for pattern in PACK["boilerplate"][key]:
        re.compile(expand(pattern, {"outlet": "VIVA"}), re.IGNORECASE)


def test_whole_pack_compiles_into_ingest_rules():
    rules = language_rules("id")
    assert rules is not None and rules.code == "id"


def test_outlets_have_unique_names_and_domains():
    outlets = PACK["outlets"]["outlets"]
    names = [outlet["name"] for outlet in outlets]
    assert len(names) == len(set(names))
    spellings = [spelling.casefold() for outlet in outlets for spelling in outlet["names"]]
    assert len(spellings) == len(set(spellings)), "one spelling may name only one outlet"
    for outlet in outlets:
        assert outlet["names"] and outlet["domains"], outlet["name"]


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.viva.co.id/militer/1234-judul", "VIVA"),
        ("https://news.detik.com/internasional/d-1234/judul", "detikcom"),
        ("https://www.cnnindonesia.com/internasional/2024/judul", "CNN Indonesia"),
        ("https://internasional.kompas.com/read/2024/02/12/judul", "Kompas"),
        ("https://dunia.tempo.co/read/123/judul", "Tempo"),
        ("https://www.antaranews.com/berita/123/judul", "Antara"),
        ("https://www.bbc.com/indonesia/articles/abc", "BBC News Indonesia"),
        ("https://www.bbc.com/news/world-123", None),
        ("https://notkompas.com/x", None),
    ],
)
def test_outlet_by_url(url, outlet):
    assert language_rules("id").outlets.by_url(url) == outlet


def test_weekdays_are_monday_first_and_months_cover_the_year():
    meta = PACK["metadata"]
    assert meta["weekdays"][0] == "Senin" and len(meta["weekdays"]) == 7
    full_months = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ]
    assert set(full_months) <= set(meta["months"])


@pytest.mark.parametrize(
    "written",
    [
        "Senin, 28 September 2020",
        "Kamis (1/10/2020)",
        "Rabu 30 September 2020",
        "12/2/2024",
        "5 Des 2023",
        "Jum'at (9/2/2024)",
        "Minggu, 3 Agt 2025",
    ],
)
def test_date_forms_match_and_parse(written):
    reader = language_rules("id").metadata
    found = reader.parse_date(written)
    assert found is not None and found.value.year >= 2020


def test_identify_words_do_not_overlap():
    malay = PACK["identify"]["neighbours"]["ms"]
    own = {word.casefold() for word in malay["own_words"]}
    other = {word.casefold() for word in malay["neighbour_words"]}
    assert own and other and not own & other


@pytest.mark.parametrize("month", PACK["metadata"]["months"])
def test_every_listed_month_is_understood_by_dateparser(month):
    found = language_rules("id").metadata.parse_date(f"3 {month} 2023")
    assert found is not None and found.value.year == 2023 and found.value.day == 3
