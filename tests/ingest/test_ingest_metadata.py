"""Metadata read from an article's text: dateline and outlet, title, publication date (never an event date)."""

from __future__ import annotations

from datetime import date

import pytest

from warta.ingest import build_article, missing_pack_reason
from warta.records import Article

# Two more sentences so that every lead below is a realistic, unmistakably Indonesian article.
BODY = (
    "Pasukan pemerintah menambah personel di sekitar lokasi untuk mencegah serangan susulan.\n"
    "Sejumlah warga memilih mengungsi ke rumah kerabat mereka di desa tetangga."
)


def read(text: str) -> Article:
    article = build_article(text, source="test")
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    ("lead", "outlet", "place"),
    [
        ("REPUBLIKA.CO.ID, BAKU - Pasukan", "Republika", "BAKU"),
        ("Penapembaharu.com -Baku- Pasukan", "Penapembaharu", "Baku"),
        ("Jakarta, CNN Indonesia -- Pasukan", "CNN Indonesia", "Jakarta"),
        ("JAKARTA, KOMPAS.com - Pasukan", "Kompas", "JAKARTA"),
        ("TEMPO.CO, Jakarta - Pasukan", "Tempo", "Jakarta"),
        ("Jakarta (ANTARA) - Pasukan", "Antara", "Jakarta"),
        ("Liputan6.com, Jakarta - Pasukan", "Liputan6", "Jakarta"),
        ("TRIBUNNEWS.COM, GAZA - Pasukan", "Tribunnews", "GAZA"),
        ("JAKARTA, iNews.id - Pasukan", "iNews", "JAKARTA"),
        ("jpnn.com, JAKARTA - Pasukan", "JPNN", "JAKARTA"),
        ("Tel Aviv, CNN Indonesia -- Pasukan", "CNN Indonesia", "Tel Aviv"),
        ("VIVA – Pasukan", "VIVA", None),
        ("Merdeka.com - Pasukan", "Merdeka", None),
        ("Jakarta - Pasukan", None, "Jakarta"),
        ("BEIRUT (Kabar Timur) - Pasukan", None, "BEIRUT"),  # an outlet warta does not know still ends a dateline
        ("Pasukan", None, None),
    ],
)
def test_dateline_gives_outlet_and_place(lead, outlet, place):
    article = read(
        f"{lead} keamanan menembaki sebuah truk yang menerobos pos pemeriksaan di pintu masuk kota.\n{BODY}"
    )
    assert (article.outlet, article.dateline) == (outlet, place)
    assert article.text.startswith(lead)  # the dateline stays in the text, as published


def test_title_is_a_short_first_line_set_apart_by_a_blank_line():
    article = read(
        f"Bentrokan Pecah di Perbatasan, Tiga Orang Terluka\n\nJAKARTA, KOMPAS.com - Bentrokan pecah.\n{BODY}"
    )
    assert article.title == "Bentrokan Pecah di Perbatasan, Tiga Orang Terluka"
    assert not article.text.startswith("Bentrokan Pecah")


def test_title_directly_followed_by_the_dateline_is_a_title():
    article = read(f"Gudang Amunisi Meledak?\nJakarta (ANTARA) - Sebuah gudang amunisi meledak.\n{BODY}")
    assert article.title == "Gudang Amunisi Meledak?"
    assert article.text.startswith("Jakarta (ANTARA) -")


def test_a_masthead_date_closes_a_header_with_no_dateline():
    article = read(
        "Milisi Serbu Kota Kecil di Haiti Tengah, Ratusan Warga Mengungsi\nkumparanNEWS\n2 April 2025 10:25 WIB\n\n"
        f"Koalisi geng bersenjata menyerbu kota kecil itu pada Senin (31/3), menurut warga setempat.\n{BODY}"
    )
    assert article.published == date(2025, 4, 2)
    assert article.title == "Milisi Serbu Kota Kecil di Haiti Tengah, Ratusan Warga Mengungsi"
    assert article.text.startswith("Koalisi geng bersenjata")


def test_a_byline_that_ends_in_the_publication_date_gives_the_date():
    article = read(
        "Kelompok Bersenjata Serbu Kamp Militer di Mali\nOleh: Rina Wulandari - 3 Juni 2025\n\n"
        f"tirto.id - Kelompok militan menyerbu sebuah kamp militer di Mali tengah pada Minggu (1/6).\n{BODY}"
    )
    assert article.published == date(2025, 6, 3)
    assert "Oleh:" not in article.text


@pytest.mark.parametrize(
    "text",
    [
        f"Bentrokan pecah di perbatasan.\n\n{BODY}",  # ends like a sentence: the lead paragraph
        f"Bentrokan Pecah di Perbatasan\n{BODY}",  # not set apart from the text
        "Bentrokan Pecah di Perbatasan Dua Negara",  # nothing after it
        "Pasukan pemerintah dan kelompok bersenjata terlibat baku tembak selama hampir tiga jam di sekitar "
        "pasar tradisional di pusat kota, kata saksi mata yang dihubungi melalui telepon\n\n"
        + BODY,  # too long
    ],
)
def test_lines_that_are_not_titles(text):
    assert read(text).title is None


@pytest.mark.parametrize(
    ("sentence", "published", "published_text"),
    [
        (
            "kata juru bicara militer yang dikutip dari Reuters, Jumat (6/3/2020).",
            date(2020, 3, 6),
            "dikutip dari Reuters, Jumat (6/3/2020)",
        ),
        (  # day first: 1/10/2020 is 1 October, not 10 January
            "seperti dilansir Al Jazeera, Kamis (1/10/2020).",
            date(2020, 10, 1),
            "dilansir Al Jazeera, Kamis (1/10/2020)",
        ),
        (
            "dalam rekaman yang didapatkan redaksi, Rabu 30 September 2020.",
            date(2020, 9, 30),
            "didapatkan redaksi, Rabu 30 September 2020",
        ),
        (
            "kata dia kepada wartawan di Makassar, Selasa (13/2/2024).",
            date(2024, 2, 13),
            "kepada wartawan di Makassar, Selasa (13/2/2024)",
        ),
        (
            "ujarnya kepada Tempo pada Jum'at (9/2/2024).",
            date(2024, 2, 9),
            "kepada Tempo pada Jum'at (9/2/2024)",
        ),
        (
            "demikian dilansir kantor berita resmi pada 12 Agu 2023.",
            date(2023, 8, 12),
            "dilansir kantor berita resmi pada 12 Agu 2023",
        ),
    ],
)
def test_publication_date_is_read_from_a_citing_cue(sentence, published, published_text):
    article = read(f"Pasukan keamanan menembaki sebuah truk di pintu masuk kota, {sentence}\n{BODY}")
    assert (article.published, article.published_text) == (published, published_text)
    assert article.warnings == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Serangan itu terjadi pada 27 September 2020 dan menewaskan tujuh orang.",
        "Perang pecah pada hari Minggu pagi, 27 September 2020, menurut laporan sebelumnya.",
        "Data yang dihimpun sejak 27 September 2020 menunjukkan ratusan orang tewas.",
        "Sebagaimana diberitakan sebelumnya, perang pecah pada Minggu (27/9/2020).",
        "Pernyataan itu dikutip dari Reuters, Senin (12/2) malam.",  # no year: never guessed
        "Bantuan yang diterima warga pada 5 Maret 2023 hanya cukup untuk seminggu.",
    ],
)
def test_event_dates_are_never_taken_for_the_publication_date(sentence):
    article = read(f"Pasukan keamanan menembaki sebuah truk di pintu masuk kota. {sentence}\n{BODY}")
    assert article.published is None and article.published_text is None


def test_citing_cue_wins_over_an_earlier_event_date():
    article = read(
        "Kelompok bersenjata menyerang pos pengamanan pada Minggu (11/2/2024) dini hari, kata juru bicara "
        f"militer kepada wartawan, Senin (12/2/2024).\n{BODY}"
    )
    assert article.published == date(2024, 2, 12)


def test_masthead_date_line_is_the_publication_date_and_leaves_the_text():
    article = read(f"Kompas.com - 12/02/2024, 10:15 WIB\n\nJAKARTA, KOMPAS.com - Bentrokan pecah.\n{BODY}")
    assert (article.published, article.published_text) == (
        date(2024, 2, 12),
        "Kompas.com - 12/02/2024, 10:15 WIB",
    )
    assert article.text.startswith("JAKARTA, KOMPAS.com")


def test_update_date_line_is_not_the_publication_date():
    article = read(f"Diperbarui: Selasa, 13 Februari 2024 08:00 WIB\nJakarta - Bentrokan pecah.\n{BODY}")
    assert article.published is None
    assert "Diperbarui" not in article.text


def test_labelled_publication_date_line_is_taken_over_an_update_line():
    article = read(
        f"Diperbarui: Selasa, 13 Februari 2024\nDiterbitkan: Senin, 12 Februari 2024\nJakarta - Bentrokan.\n{BODY}"
    )
    assert article.published == date(2024, 2, 12)


def test_date_in_the_dateline_is_the_publication_date():
    article = read(f"JAKARTA, Senin (12/2/2024) - Bentrokan pecah di perbatasan.\n{BODY}")
    assert (article.dateline, article.published) == ("JAKARTA", date(2024, 2, 12))


def test_weekday_that_does_not_match_the_date_gives_a_warning_but_the_date_stands():
    article = read(f"Pasukan menembaki sebuah truk, seperti dilansir Reuters, Selasa (12/2/2024).\n{BODY}")
    assert article.published == date(2024, 2, 12)
    assert article.warnings == ["publication date 2024-02-12 is not a Selasa as the text says"]


def test_outlet_from_end_tag_when_no_dateline_names_it():
    assert (
        read(f"Pasukan keamanan menembaki sebuah truk di pintu masuk kota.\n{BODY} {{viva}}").outlet == "VIVA"
    )


def test_outlet_from_its_own_citing_cue_when_nothing_else_names_it():
    text = (
        f"Pasukan menembaki truk itu, kata pernyataan yang dikutip VIVA Militer dari Anadolu Agency.\n{BODY}"
    )
    assert read(text).outlet == "VIVA"


def test_a_cited_relay_is_not_taken_for_the_outlet():
    text = f"Pasukan menembaki truk itu, seperti dilansir Reuters dan Kompas.com pada pekan lalu.\n{BODY}"
    assert read(text).outlet is None


def test_article_in_a_language_without_a_pack_is_kept_with_its_language():
    english = (
        "KYIV (Reuters) - Russian forces shelled the southern city overnight, killing two civilians and "
        "wounding five, the regional governor said on Tuesday.\n\nBaca juga: not removed without a pack"
    )
    article = read(english)
    assert article.lang == "en"
    assert article.outlet is None and article.published is None
    assert article.text == english.replace("\n\n", "\n")
    assert missing_pack_reason(article) == "skipped: language 'en' has no language pack"


def test_indonesian_article_has_no_missing_pack_reason():
    assert missing_pack_reason(read(f"Jakarta - Bentrokan pecah.\n{BODY}")) is None


def test_short_indonesian_text_is_not_called_malay():
    # lingua alone scores this one-liner Malay 0.6, Indonesian 0.4; warta prefers the language it has a pack for.
    assert read("Pasukan Azerbaijan menyerang kota itu pada Rabu.").lang == "id"


def test_a_byline_before_the_dateline_is_header_not_the_dateline():
    article = read(
        "Drone Menghantam Gudang Logistik di Perbatasan\nRina Puspita - detikNews\nSelasa, 12 Mar 2024 09:15 WIB\n\n"
        "Jakarta - Sebuah drone menghantam gudang logistik militer di dekat perbatasan pada Senin malam.\n"
        f"{BODY}"
    )
    assert article.dateline == "Jakarta"
    assert article.published == date(2024, 3, 12)
    assert "Rina Puspita" not in article.text
