"""Cleaning: whitespace normalisation and removal of scraped boilerplate, keeping the report intact."""

from __future__ import annotations

import time

import pytest
from ingest_samples import ANTARA_STYLE, DETIK_STYLE, KOMPAS_STYLE, VIVA_STYLE

from warta.ingest import build_article
from warta.ingest.clean import normalize_text
from warta.records import Article

LEAD = (
    "Pasukan penjaga perdamaian tiba di kota perbatasan pada pagi hari dan mulai berpatroli di sekitar "
    "kamp pengungsi. Mereka ditugaskan mengamankan jalur distribusi bantuan kemanusiaan."
)
FOLLOW = "Menurut pejabat setempat, situasi di kota itu berangsur pulih setelah bentrokan pekan lalu."


def cleaned(text: str) -> str:
    article = build_article(text, source="test")
    assert isinstance(article, Article), article
    return article.text


def test_normalize_turns_nbsp_tabs_and_runs_of_spaces_into_one_space():
    assert normalize_text("setidaknya \u00a0tujuh\t\torang  tewas ") == "setidaknya tujuh orang tewas"


def test_normalize_unifies_line_breaks_and_drops_invisible_characters():
    text = "Baris satu\r\nBaris\u200b dua\rBaris\u00ad tiga\u2028Baris empat\ufeff"
    assert normalize_text(text) == "Baris satu\nBaris dua\nBaris tiga\nBaris empat"


def test_normalize_composes_unicode_and_keeps_quotes_and_dashes():
    decomposed = "Bandara Cafe\u0301 \u201cdiserang\u201d \u2013 ‘kata’ mereka"
    assert normalize_text(decomposed) == "Bandara Caf\u00e9 \u201cdiserang\u201d \u2013 ‘kata’ mereka"


def test_caption_with_source_label_and_bullet_is_removed():
    text = cleaned(VIVA_STYLE)
    assert "Tank tempur melintas di jalan desa" not in text
    assert "Sumber" not in text and "Istimewa" not in text and "•" not in text


def test_read_also_link_and_end_tag_are_removed_but_the_paragraph_stays():
    text = cleaned(VIVA_STYLE)
    assert "Baca juga" not in text and "Gencatan Senjata di Perbatasan" not in text
    assert "{viva}" not in text
    assert text.endswith("segera mengungsi ke tempat yang lebih aman.")


def test_paragraphs_are_one_per_line_without_blank_lines():
    text = cleaned(VIVA_STYLE)
    assert "\n\n" not in text
    assert text.split("\n") == [
        (
            "VIVA – Pasukan pemerintah mengerahkan puluhan tank tempur ke garis depan setelah kelompok bersenjata "
            "menyerang tiga pos pengamanan di wilayah perbatasan."
        ),
        (
            "“Kami akan membalas setiap serangan terhadap pos kami,” kata juru bicara militer dalam keterangan "
            "yang dikutip VIVA Militer dari kantor berita setempat, Selasa, 13 Februari 2024."
        ),
        (
            "Menurut laporan, serangan pertama terjadi pada 10 Februari 2024 dan menewaskan setidaknya lima orang "
            "warga sipil."
        ),
        (
            "Pemerintah daerah meminta warga di sekitar garis depan untuk segera mengungsi ke tempat yang lebih "
            "aman."
        ),
    ]


def test_ad_slots_photo_credits_editor_and_copyright_are_removed():
    text = cleaned(KOMPAS_STYLE)
    for boilerplate in ("SCROLL TO CONTINUE", "ADVERTISEMENT", "(Foto:", "Editor:", "Copyright"):
        assert boilerplate not in text
    assert "dini hari. Dua prajurit dilaporkan terluka" in text  # the inline credit left one space
    assert text.endswith("Timika untuk mendapatkan perawatan.")


def test_share_buttons_and_masthead_date_line_are_removed():
    text = cleaned(DETIK_STYLE)
    assert text.split("\n") == [
        (
            "Jakarta - Aparat keamanan terlibat kontak tembak dengan kelompok milisi di kawasan hutan dekat "
            "perbatasan. Satu anggota milisi dilaporkan tewas."
        ),
        "Aparat juga menyita dua pucuk senjata api rakitan dari lokasi kejadian.",
    ]


def test_editor_initials_and_staff_lines_are_removed():
    text = cleaned(ANTARA_STYLE)
    assert text.endswith("diawasi oleh pemantau internasional.")
    for boilerplate in ("(ant/rhm)", "Pewarta", "Editor", "COPYRIGHT"):
        assert boilerplate not in text


@pytest.mark.parametrize(
    "line",
    [
        "Baca Juga : Pasukan Perdamaian Tiba di Perbatasan",
        "BACA JUGA: Tiga Desa Dikosongkan",
        "Foto: Kendaraan lapis baja di pinggir jalan (Dok. Istimewa)",
        "(Foto: Antara/Rahmat)",
        "News",
        "Beranda > Internasional > Timur Tengah",
        "Penulis: Rina Wulandari",
        "(rzy/rzy)",
        "Tags: konflik, perbatasan, militer",
        "Ikuti berita terkini dari kami di Google News",
        "Simak Video: Detik-detik Ledakan di Pelabuhan",
        "© 2024 Contoh Media. Hak cipta dilindungi.",
        "[Gambas:Video CNN]",
        "Pilihan Editor: Menlu Bicara soal Gencatan Senjata di Perbatasan",
    ],
)
def test_boilerplate_lines_are_dropped(line):
    assert cleaned(f"{LEAD}\n{line}\n{FOLLOW}") == f"{LEAD}\n{FOLLOW}"


@pytest.mark.parametrize(
    "paragraph",
    [
        (
            "Editor surat kabar itu mengatakan bahwa laporan tentang serangan tersebut telah diverifikasi oleh "
            "tiga sumber independen di lapangan."
        ),
        "Sumber di kementerian pertahanan mengatakan bahwa pasukan tambahan akan tiba dalam dua hari.",
        "Foto-foto yang beredar di media sosial memperlihatkan kerusakan parah di pusat kota.",
        "Berita tentang serangan itu menyebar cepat di kalangan warga desa.",
        "Seruan untuk Gencatan Senjata",
    ],
)
def test_real_paragraphs_that_look_like_markers_are_kept(paragraph):
    assert cleaned(f"{LEAD}\n{paragraph}\n{FOLLOW}") == f"{LEAD}\n{paragraph}\n{FOLLOW}"


def test_related_stories_block_at_the_end_is_cut():
    text = f"{LEAD}\n{FOLLOW}\nBerita Terkait\nJudul berita lain satu\nJudul berita lain dua"
    assert cleaned(text) == f"{LEAD}\n{FOLLOW}"


def test_a_read_also_label_on_its_own_line_takes_the_titles_listed_under_it():
    text = (f"{LEAD}\n\nBaca Juga\n\n    Menlu Desak Dewan Keamanan Bertindak\n    Harga Minyak Naik Lagi Pekan Ini\n\n"
            f"{FOLLOW}")
    assert cleaned(text) == f"{LEAD}\n{FOLLOW}"


def test_after_a_read_also_label_the_first_line_of_text_is_kept():
    # a line that ends like a sentence is the report again, not a related title
    text = f"Baca juga:\n{FOLLOW}\n{LEAD}"
    assert cleaned(text) == f"{FOLLOW}\n{LEAD}"


def test_cleaning_is_deterministic_and_idempotent():
    first = cleaned(VIVA_STYLE)
    assert cleaned(VIVA_STYLE) == first
    assert build_article(first, source="again").text == first


def test_article_id_is_the_hash_of_the_cleaned_text():
    article = build_article(KOMPAS_STYLE, source="a")
    same_text_other_noise = KOMPAS_STYLE.replace("ADVERTISEMENT", "ADVERTISEMENT\n\n\n")
    assert build_article(same_text_other_noise, source="b").article_id == article.article_id


def test_cleaning_and_metadata_cost_about_a_millisecond_per_article():
    texts = [VIVA_STYLE, KOMPAS_STYLE, DETIK_STYLE, ANTARA_STYLE]
    for text in texts:  # warm up: pack loading, regex compilation, the language model
        build_article(text, source="warm")
    rounds = 25
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            build_article(text, source="timed")
    per_article = (time.perf_counter() - started) / (rounds * len(texts))
    # Typically 1-2 ms including language identification; the bound leaves room for a loaded CI machine.
    assert per_article < 0.015
