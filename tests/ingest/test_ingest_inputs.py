"""Each input form read_inputs accepts: .txt, .html/.htm, .jsonl, a directory, an http(s) URL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from ingest_samples import ANTARA_STYLE, DETIK_STYLE, KOMPAS_STYLE, UNDATED, VIVA_STYLE

from warta.ingest import build_article, read_inputs
from warta.records import Article, InputFailure


def only_article(results: list) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results[0]
    return results[0]


ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pasukan Gabungan Kuasai Jembatan Strategis - Republika Online</title>
<meta property="og:title" content="Pasukan Gabungan Kuasai Jembatan Strategis">
<meta property="og:site_name" content="Republika Online">
<meta property="article:published_time" content="2024-03-05T08:30:00+07:00">
<link rel="canonical" href="https://news.republika.co.id/berita/abc123/pasukan-gabungan-kuasai-jembatan">
</head><body>
<nav><a href="/">Beranda</a> | <a href="/internasional">Internasional</a></nav>
<article>
<h1>Pasukan Gabungan Kuasai Jembatan Strategis</h1>
<p>REPUBLIKA.CO.ID, KHARTOUM -- Pasukan gabungan menguasai jembatan strategis di pinggiran kota setelah
pertempuran sengit yang berlangsung sejak 2 Maret 2024, kata juru bicara militer.</p>
<p>Menurut juru bicara itu, sedikitnya sepuluh anggota kelompok bersenjata tewas dan beberapa kendaraan
lapis baja dihancurkan dalam operasi tersebut.</p>
<p>Warga sekitar mengatakan suara ledakan terdengar sepanjang malam dan banyak keluarga memilih mengungsi
ke desa-desa di selatan kota.</p>
</article>
<footer>Copyright 2024 Republika</footer>
</body></html>
"""


def test_txt_file_gives_cleaned_article_with_path_as_source(write):
    path = write("viva.txt", VIVA_STYLE)
    article = only_article(list(read_inputs([str(path)])))
    assert article.source == str(path)
    assert article.lang == "id"
    assert article.outlet == "VIVA"
    assert article.title == "Tank Tempur Dikerahkan ke Garis Depan, Warga Diminta Mengungsi"
    assert article.published == date(2024, 2, 13)
    assert article.text.startswith("VIVA – Pasukan pemerintah mengerahkan")
    assert article.raw_text == VIVA_STYLE
    assert article.warnings == []


def test_path_objects_are_accepted_and_reported_as_given(write):
    path = write("kompas.txt", KOMPAS_STYLE)
    article = only_article(list(read_inputs([path])))
    assert article.source == str(path)


def test_html_file_gives_main_text_and_page_metadata(write):
    path = write("page.html", ARTICLE_PAGE)
    article = only_article(list(read_inputs([str(path)])))
    assert article.title == "Pasukan Gabungan Kuasai Jembatan Strategis"
    assert article.published == date(2024, 3, 5)  # from the page's markup, not the event date in the text
    assert article.outlet == "Republika"
    assert article.dateline == "KHARTOUM"
    assert article.url == "https://news.republika.co.id/berita/abc123/pasukan-gabungan-kuasai-jembatan"
    # The <h1> repeats the title: it is not article text. Navigation and footer are gone.
    assert article.text.startswith("REPUBLIKA.CO.ID, KHARTOUM -- Pasukan gabungan")
    assert "Beranda" not in article.text and "Copyright" not in article.text
    assert "sepuluh anggota kelompok bersenjata tewas" in article.text
    assert article.raw_text is not None and "<article>" in article.raw_text


def test_htm_suffix_is_read_as_html(write):
    path = write("page.HTM", ARTICLE_PAGE)
    article = only_article(list(read_inputs([str(path)])))
    assert article.title == "Pasukan Gabungan Kuasai Jembatan Strategis"


def test_jsonl_gives_one_article_per_line_with_id_or_line_number_in_source(write):
    records = [
        {"id": "rep-1", "text": KOMPAS_STYLE},
        {"text": DETIK_STYLE},
        {"id": 77, "text": ANTARA_STYLE},
    ]
    path = write("batch.jsonl", "\n".join(json.dumps(record) for record in records) + "\n")
    results = list(read_inputs([str(path)]))
    assert [result.source for result in results] == [f"{path}#rep-1", f"{path}#2", f"{path}#77"]
    assert all(isinstance(result, Article) for result in results)
    assert results[0].external_id == "rep-1" and results[1].external_id is None
    assert results[2].external_id == "77"


def test_jsonl_metadata_wins_over_what_the_text_says(write):
    record = {
        "id": "x",
        "url": "https://example.org/a",
        "outlet": "Harian Contoh",
        "published": "2024-02-14T07:00:00+07:00",
        "title": "Judul dari Umpan",
        "lang": "ID",
        "text": KOMPAS_STYLE,
    }
    path = write("one.jsonl", json.dumps(record))
    article = only_article(list(read_inputs([str(path)])))
    assert article.outlet == "Harian Contoh"  # not Kompas, which the dateline names
    assert article.published == date(2024, 2, 14)  # not 12 Feb, which the text says
    assert article.title == "Judul dari Umpan"
    assert article.url == "https://example.org/a"
    assert article.lang == "id"
    assert article.dateline == "JAKARTA"  # nothing given: read from the text


def test_jsonl_without_metadata_reads_it_from_the_text(write):
    path = write("one.jsonl", json.dumps({"text": KOMPAS_STYLE}) + "\n\n")
    article = only_article(list(read_inputs([str(path)])))
    assert (article.outlet, article.published, article.lang) == ("Kompas", date(2024, 2, 12), "id")


def test_jsonl_outlet_from_url_domain_when_text_names_none(write):
    path = write("one.jsonl", json.dumps({"url": "https://news.detik.com/berita/d-1/x", "text": DETIK_STYLE}))
    article = only_article(list(read_inputs([str(path)])))
    assert article.outlet == "detikcom"


def test_jsonl_is_streamed_and_limited_per_line_not_per_file(write):
    line = json.dumps({"text": UNDATED}) + "\n"
    path = write("many.jsonl", line * 200)
    assert path.stat().st_size > 20_000
    results = read_inputs([str(path)], max_bytes=2_000)
    assert isinstance(results, Iterator)
    first = next(results)
    assert isinstance(first, Article) and first.source == f"{path}#1"
    rest = list(results)
    assert len(rest) == 199 and all(isinstance(result, Article) for result in rest)


def test_directory_is_read_recursively_in_sorted_order_skipping_other_files(write, tmp_path):
    write("corpus/b.txt", KOMPAS_STYLE)
    write("corpus/a.html", ARTICLE_PAGE)
    write("corpus/sub/c.jsonl", json.dumps({"text": DETIK_STYLE}))
    write("corpus/sub/notes.md", "# not an article")
    write("corpus/.hidden/d.txt", ANTARA_STYLE)
    write("corpus/a2.txt", UNDATED)
    corpus = tmp_path / "corpus"
    sources = [result.source for result in read_inputs([str(corpus)])]
    assert sources == [
        f"{corpus}/a.html",
        f"{corpus}/a2.txt",
        f"{corpus}/b.txt",
        f"{corpus}/sub/c.jsonl#1",
    ]


def test_several_inputs_are_read_in_the_order_given(write):
    first = write("1.txt", KOMPAS_STYLE)
    second = write("2.txt", DETIK_STYLE)
    sources = [result.source for result in read_inputs([str(second), str(first)])]
    assert sources == [str(second), str(first)]


def test_url_is_fetched_and_read_as_html(http_root):
    base, root = http_root
    (root / "berita.html").write_text(ARTICLE_PAGE, encoding="utf-8")
    url = f"{base}/berita.html"
    article = only_article(list(read_inputs([url])))
    assert article.source == url
    assert article.title == "Pasukan Gabungan Kuasai Jembatan Strategis"
    assert article.published == date(2024, 3, 5)
    assert "jembatan strategis" in article.text


def test_plain_text_url_is_read_as_text(http_root):
    base, root = http_root
    (root / "berita.txt").write_text(KOMPAS_STYLE, encoding="utf-8")
    article = only_article(list(read_inputs([f"{base}/berita.txt"])))
    assert article.outlet == "Kompas" and article.published == date(2024, 2, 12)


def test_build_article_reads_text_in_hand():
    article = build_article(ANTARA_STYLE, source="posted")
    assert isinstance(article, Article)
    assert (article.outlet, article.dateline, article.published) == ("Antara", "Jakarta", None)


def test_failures_and_articles_come_in_input_order(write, tmp_path):
    good = write("good.txt", KOMPAS_STYLE)
    results = list(read_inputs([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(results[0], InputFailure) and isinstance(results[1], Article)
