"""`warta extract` end to end: good inputs give mention records, bad ones a one-line message each, and the
exit status says that some inputs failed (texts written for the test)."""

import json

from typer.testing import CliRunner

from warta.cli import app

REPORT = (
    "Jakarta, CNN Indonesia -- Pasukan Rusia menembakkan rudal ke kota Kharkiv pada Rabu (13/3/2024) malam, "
    "menewaskan sedikitnya tujuh warga sipil, kata Gubernur Kharkiv.\n"
)
ENGLISH = "Russian forces fired missiles at the city of Kharkiv on Wednesday night, killing at least seven civilians.\n"


def run(*args):
    return CliRunner().invoke(app, ["extract", *args])


def test_bad_inputs_are_reported_one_line_each_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a_report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp_path / "d_feed.jsonl").write_text('{"id": "x1", "text": ' + json.dumps(REPORT) + '}\nnot json\n{"id": "x3"}\n',
                                          encoding="utf-8")
    (tmp_path / "e_latin1.txt").write_bytes(REPORT.replace("Rusia", "Rusia\xe9").encode("cp1252"))
    result = run(str(tmp_path))
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    sources = {r["source"].rsplit("/", 1)[-1] for r in records}
    assert {"a_report.txt", "d_feed.jsonl#x1", "e_latin1.txt"} <= sources
    assert all(r["event_type"] == "explosions_remote_violence" for r in records)
    messages = result.stderr.splitlines()
    assert any("b_empty.txt" in m and "empty" in m.lower() for m in messages)
    assert any("c_binary.txt" in m and "binary" in m.lower() for m in messages)
    assert any("d_feed.jsonl#2" in m and "not json" in m.lower() for m in messages)
    assert any("d_feed.jsonl#x3" in m and "text" in m for m in messages)
    assert any("e_latin1.txt" in m and "not UTF-8" in m for m in messages)


def test_an_article_in_a_language_without_a_pack_is_skipped_with_a_message(tmp_path):
    (tmp_path / "english.txt").write_text(ENGLISH * 3, encoding="utf-8")
    result = run(str(tmp_path / "english.txt"))
    assert result.exit_code == 0
    assert result.stdout.strip() == ""
    assert "english.txt" in result.stderr and "no language pack" in result.stderr


def test_show_text_prints_the_text_evidence_offsets_point_into(tmp_path):
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    shown = run(str(tmp_path / "report.txt"), "--show-text").stdout
    record = json.loads(run(str(tmp_path / "report.txt")).stdout.splitlines()[0])
    evidence = record["evidence"][0]
    assert evidence["text"] in shown
    body = shown.split("\n", 1)[1]
    assert body[evidence["start"]:evidence["end"]] == evidence["text"]


def test_table_format_prints_a_readable_table(tmp_path):
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    table = run(str(tmp_path / "report.txt"), "--format", "table").stdout
    assert "Kharkiv" in table and "Military Forces of Russia" in table
