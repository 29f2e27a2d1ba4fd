"""Cleaning an article's text: whitespace normalisation (the same for every language) and removal of
scraped boilerplate (captions, "read also" links, ads, credits), whose markers come from the language pack.

Cleaning is deterministic: the same input always gives the same text, because extraction evidence offsets
point into it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from warta.ingest.patterns import alternation, any_of, expand

# Characters that are invisible in a browser and only get in the way of matching: soft hyphen,
# zero-width space/joiners, word joiner, and a byte-order mark left inside the text.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# Line and paragraph separators of every kind become "\n" (before control characters are dropped,
# since some separators are control characters).
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Remaining C0/C1 control characters (tab and newline are handled as spaces and breaks).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Tab, NBSP and the other Unicode spaces count as one plain space: a scraped "setidaknya \u00a0tujuh"
# reads as "setidaknya tujuh".
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def normalize_text(text: str) -> str:
    """NFC text with '\\n' line breaks, single plain spaces, no invisible or control characters, and no
    leading or trailing space on any line. Blank lines are kept (they separate title and body)."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROLS.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def join_paragraphs(lines: list[str]) -> str:
    """The article text: one paragraph per line, no blank lines."""
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Boilerplate:
    """The boilerplate markers of one language pack, compiled once."""

    drop_line: re.Pattern[str] | None
    label_line: re.Pattern[str] | None
    bullet: re.Pattern[str] | None
    bullet_max_chars: int
    header_line: re.Pattern[str] | None
    inline: re.Pattern[str] | None
    tail_marker: re.Pattern[str] | None
    tail_window: int
    link_label: re.Pattern[str] | None = None
    headline_max_chars: int = 160

    @classmethod
    def from_pack_data(cls, data: Mapping | None, outlet_names: str) -> Boilerplate:
        data = data or {}
        fragments = {"outlet": outlet_names}

        def compiled(key: str) -> re.Pattern[str] | None:
            return any_of((expand(pattern, fragments) for pattern in data.get(key, [])), re.IGNORECASE)

        header_line = None
        if data.get("lone_headers"):
            headers = alternation(data["lone_headers"])
            separator = data.get("breadcrumb_separators", "[>/|]")
            # A short crumb of a breadcrumb trail: up to four words, no sentence punctuation.
            crumb = r"[^\s.!?,;:]+(?:\s+[^\s.!?,;:]+){0,3}"
            # Header words alone or side by side ("Facebook Twitter WhatsApp"), or a breadcrumb trail that
            # starts with one ("Beranda > Internasional > Timur Tengah").
            header_line = re.compile(
                rf"{headers}(?:\s+{headers})*|{headers}(?:\s*{separator}\s*{crumb}){{1,6}}", re.IGNORECASE
            )
        bullet = data.get("bullet")
        return cls(
            drop_line=compiled("drop_lines"),
            label_line=compiled("label_lines"),
            bullet=re.compile(bullet) if bullet else None,
            bullet_max_chars=int(data.get("bullet_max_chars", 120)),
            header_line=header_line,
            inline=compiled("inline"),
            tail_marker=compiled("tail_markers"),
            tail_window=int(data.get("tail_window", 15)),
            link_label=compiled("link_labels"),
            headline_max_chars=int(data.get("headline_max_chars", 160)),
        )

    def _is_boilerplate_line(self, line: str) -> bool:
        if self.drop_line and self.drop_line.match(line):
            return True
        return bool(self.header_line and self.header_line.fullmatch(line))

    def clean_lines(self, lines: list[str]) -> list[str]:
        """`lines` (normalised) with boilerplate removed; a removed line becomes '' so that the blank-line
        structure that marks a title survives."""
        cleaned = list(lines)
        # First, so that a footer heading which is also a dropped line ("Berita Terkait") still ends the text.
        self._cut_tail(cleaned)
        skip_bullets = skip_headlines = False
        for index, line in enumerate(cleaned):
            if not line:
                continue
            if skip_headlines and self._is_headline(line):
                cleaned[index] = ""  # a related-story title listed under "Baca Juga"
                continue
            skip_headlines = bool(self.link_label and self.link_label.fullmatch(line))
            if self.inline:
                stripped = self.inline.sub(" ", line)
                if stripped != line:
                    line = _SPACES.sub(" ", stripped).strip()
            if skip_bullets and self.bullet and self.bullet.match(line) and len(line) <= self.bullet_max_chars:
                cleaned[index] = ""
                continue
            skip_bullets = False
            if self.label_line and self.label_line.match(line):
                skip_bullets = True
                cleaned[index] = ""
            elif self._is_boilerplate_line(line):
                cleaned[index] = ""
            else:
                cleaned[index] = line
        return cleaned

    def _is_headline(self, line: str) -> bool:
        """A title line: short and not closed like a sentence."""
        return len(line) <= self.headline_max_chars and not _SENTENCE_END.search(line)

    def _cut_tail(self, lines: list[str]) -> None:
        """Drop a closing block of links ("Berita Terkait" and what follows) near the end, in place."""
        if not self.tail_marker:
            return
        filled = [index for index, line in enumerate(lines) if line]
        for index in filled[-self.tail_window :]:
            if self.tail_marker.match(lines[index]):
                lines[index:] = [""] * (len(lines) - index)
                return
