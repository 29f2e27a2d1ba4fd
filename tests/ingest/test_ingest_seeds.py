"""The five seed articles of shared/seeds (real scraped reports): metadata as the gold annotation has it.

shared/ sits beside the repository for warta's developers only; without it these tests are skipped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from warta.ingest import read_inputs
from warta.records import Article

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

# file prefix: (outlet, dateline, title, published, published_text)
EXPECTED = {
    "000": ("VIVA", None, None, None, None),
    "001": (
        "VIVA",
        None,
        "Tentara Azerbaijan Siapkan Serangan Balasan, Militer Armenia Terancam",
        date(2020, 9, 28),
        "dikutip VIVA Militer dari Anadolu Agency, Senin, 28 September 2020",
    ),
    "002": (
        "VIVA",
        None,
        "Dibombardir Azerbaijan, Tentara Armenia Nangis Di Medan Tempur Nagorno Karabakh",
        date(2020, 9, 30),
        "didapatkan VIVA Militer, Rabu 30 September 2020",
    ),
    "003": ("Penapembaharu", "Baku", None, date(2020, 10, 1), "dilansir The New Arab, Kamis (1/10/2020)"),
    "004": ("Republika", "BAKU", None, None, None),
}


@pytest.fixture(scope="module")
def seed_articles() -> dict[str, Article]:
    if not SEEDS.is_dir():
        pytest.skip("../shared not present (shared/seeds is only on developers' machines)")
    articles = {}
    for result in read_inputs([str(SEEDS)]):
        assert isinstance(result, Article), result
        articles[Path(result.source).name[:3]] = result
    return articles


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_metadata(seed_articles, prefix):
    article = seed_articles[prefix]
    found = (article.outlet, article.dateline, article.title, article.published, article.published_text)
    assert found == EXPECTED[prefix]
    assert article.lang == "id" and article.warnings == []


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_text_has_no_boilerplate_left(seed_articles, prefix):
    text = seed_articles[prefix].text
    for boilerplate in (
        "Baca juga",
        "Baca Juga",
        "Sumber :",
        "{viva}",
        "VIVA Militer: Pasukan sniper",
        "\u00a0",
    ):
        assert boilerplate not in text
    assert "\n\n" not in text and not text.startswith(("News", "Tentara Azerbaijan Siapkan"))


def test_seed_gold_evidence_sentences_survive_cleaning(seed_articles):
    # A few evidence sentences of gold/seeds.jsonl, with NBSP read as a space as cleaning does.
    assert "VIVA – Kementerian Pertahanan Azerbaijan kembali merilis video" in seed_articles["000"].text
    assert "setidaknya tujuh orang warga sipil dikabarkan tewas" in seed_articles["001"].text
    assert "Penapembaharu.com -Baku- Pertempuran hebat" in seed_articles["003"].text
    assert (
        "REPUBLIKA.CO.ID, BAKU - Pasukan Azerbaijan terus memberikan pukulan telak"
        in seed_articles["004"].text
    )
