"""Cutting article text into highlighted pieces, search snippets, and the timeline's bars."""

from __future__ import annotations

import datetime as dt

from warta.records import Evidence
from warta.web.render import Piece, Span, evidence_span, highlight, snippet_pieces, timeline

TEXT = "Pasukan menembaki Tartar. Tujuh orang tewas. Warga mengungsi."


def test_highlight_cuts_the_text_at_span_boundaries_and_loses_nothing():
    pieces = highlight(TEXT, [Span(0, 25, "a"), Span(26, 44, "b")])
    assert "".join(piece.text for piece in pieces) == TEXT
    assert pieces[0] == Piece("Pasukan menembaki Tartar.", ("a",))
    assert pieces[1] == Piece(" ")
    assert pieces[2] == Piece("Tujuh orang tewas.", ("b",))


def test_overlapping_spans_name_every_highlight_on_the_shared_piece():
    pieces = highlight(TEXT, [Span(0, 30, "a"), Span(18, 44, "b")])
    assert "".join(piece.text for piece in pieces) == TEXT
    assert [piece.marks for piece in pieces][:3] == [("a",), ("a", "b"), ("b",)]


def test_spans_outside_the_text_are_ignored():
    assert highlight("abc", [Span(2, 10, "x"), Span(-1, 2, "y"), Span(2, 2, "z")]) == [Piece("abc")]
    assert highlight("", [Span(0, 1, "x")]) == []


def test_evidence_is_found_by_offsets_or_else_by_its_sentence():
    exact = Evidence(start=26, end=44, text="Tujuh orang tewas.")
    assert evidence_span(TEXT, exact, "k") == Span(26, 44, "k")
    shifted = Evidence(start=0, end=18, text="Tujuh orang tewas.")  # offsets of another text version
    assert evidence_span(TEXT, shifted, "k") == Span(26, 44, "k")
    missing = Evidence(start=None, end=None, text="not in the article")
    assert evidence_span(TEXT, missing, "k") is None


def test_snippet_marks_the_words_between_brackets():
    assert snippet_pieces("kota [Tartar] diserang [drone]") == [
        Piece("kota "), Piece("Tartar", ("hit",)), Piece(" diserang "), Piece("drone", ("hit",))]
    assert snippet_pieces("no [closing") == [Piece("no [closing")]


def test_timeline_stacks_types_per_day():
    counts = [(dt.date(2020, 10, 1), "battles", 2), (dt.date(2020, 10, 1), "protests", 1),
              (dt.date(2020, 10, 3), "battles", 3)]
    drawn = timeline(counts, width=300, height=120)
    assert drawn.unit == "day" and drawn.total == 6 and drawn.max_count == 3
    first_day = [bar for bar in drawn.bars if bar.since == dt.date(2020, 10, 1)]
    assert [bar.event_type for bar in first_day] == ["battles", "protests"]
    assert first_day[1].y + first_day[1].height == first_day[0].y  # stacked
    assert max(bar.height for bar in drawn.bars) == 120 - 22 - 8  # the tallest bar fills the plot


def test_a_long_span_is_drawn_by_week_or_month():
    by_week = timeline([(dt.date(2020, 1, 1), "battles", 1), (dt.date(2021, 6, 1), "battles", 1)])
    assert by_week.unit == "week"
    assert all(bar.since.weekday() == 0 and (bar.until - bar.since).days == 6 for bar in by_week.bars)
    by_month = timeline([(dt.date(2010, 1, 1), "riots", 1), (dt.date(2020, 1, 1), "riots", 1)])
    assert by_month.unit == "month" and {bar.since.day for bar in by_month.bars} == {1}
    assert timeline([]).bars == []
