"""Reading an article's own metadata from its text: title, dateline place, outlet and publication date.

The patterns come from the language pack (`metadata.yaml`, `outlets.yaml`). A publication date is only
taken from the masthead, the dateline, or a date attached to the outlet's citing cue ("dikutip ... dari
Anadolu Agency, Senin, 28 September 2020"); dates of events in the story are never taken, and when none
of these is present the date stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from dateparser.date import DateDataParser

from warta.ingest.patterns import OutletIndex, alternation, any_of, expand

# A dateline place: one to four capitalised words ("BAKU", "Jakarta", "Tel Aviv", "KOTA GAZA").
_PLACE = r"(?P<place>[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3})"
# One word of a cue's object ("Anadolu Agency", "The New Arab"): no clause punctuation, no final period.
_OBJECT_WORD = r"[^\s,;:!?()]*[^\s,;:!?().]"


HEADER_SCAN_LINES = 8  # how far down a page's header may reach before its dateline


@dataclass
class TextMetadata:
    """What the text says about itself, and which of its lines only carried that metadata."""

    title: str | None = None
    dateline: str | None = None
    outlet: str | None = None  # named in the dateline
    cited_outlet: str | None = None  # named citing or reporting ("dikutip VIVA Militer dari ...")
    published: date | None = None
    published_text: str | None = None
    header_lines: list[int] = field(default_factory=list)  # line indexes of the title and masthead dates
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _DateFound:
    value: date
    text: str
    warning: str | None


class MetadataReader:
    """The metadata patterns of one language pack, compiled once."""

    def __init__(self, code: str, data: Mapping | None, outlets: OutletIndex):
        data = data or {}
        self.outlets = outlets
        weekdays: list[str] = list(data.get("weekdays", []))
        variants: Mapping[str, list[str]] = data.get("weekday_variants", {}) or {}
        # Monday = 0, as date.weekday() counts.
        self._weekday_number = {name.casefold(): number for number, name in enumerate(weekdays)}
        for name, spellings in variants.items():
            for spelling in spellings:
                self._weekday_number[spelling.casefold()] = self._weekday_number[name.casefold()]
        weekday = f"(?i:{alternation(self._weekday_number)})\\b"
        month = f"(?i:{alternation(data.get('months', []))})"
        self._weekday = re.compile(weekday)

        fragments = {"weekday": weekday, "month": month, "outlet": outlets.names_pattern}
        date_pattern = "(?:" + "|".join(expand(form, fragments) for form in data.get("date_forms", [])) + ")"
        if date_pattern == "(?:)":
            date_pattern = "(?!)"
        fragments["date"] = date_pattern
        fragments["time"] = data.get("time_form", "(?!)")

        captured = {**fragments, "outlet": f"(?P<outlet>{outlets.names_pattern})", "place": _PLACE}
        captured["date"] = f"(?P<date>{date_pattern})"
        self._datelines = [(re.compile(expand(template, captured)), "{outlet}" in template)
                           for template in data.get("datelines", [])]
        self._dateline_min_words = int(data.get("dateline_min_report_words", 0))

        labels_published = list(data.get("published_labels", []))
        self._labels_updated = {label.casefold() for label in data.get("updated_labels", [])}
        captured["label"] = f"(?P<label>(?i:{alternation([*labels_published, *self._labels_updated])}))"
        date_line = data.get("date_line")
        self._date_line = re.compile(expand(date_line, captured)) if date_line else None
        self._date_line_max_index = int(data.get("date_line_max_index", 6))

        # One pattern per group of citing cues, each with the joiners allowed before its date.
        reporting_object = rf"(?:\s+(?P<object>{_OBJECT_WORD}(?:\s+{_OBJECT_WORD}){{0,9}}?))?"
        self._cues = []
        for group in data.get("citing_cues", []):
            cues = "|".join(expand(cue, fragments) for cue in group.get("cues", []))
            joiners = "|".join(group.get("joiners", [r"\s*,\s*"]))
            if cues:
                self._cues.append(
                    re.compile(rf"\b(?i:{cues}){reporting_object}(?:{joiners})(?P<date>{date_pattern})")
                )
        self._cue_stopwords = {word.casefold() for word in data.get("cue_object_stopwords", [])}
        self._self_citations = [
            re.compile(expand(template, captured), re.IGNORECASE) for template in data.get("self_citations", [])
        ]

        self._title_max_chars = int(data.get("title_max_chars", 160))
        self._title_max_words = int(data.get("title_max_words", 25))
        self._title_sentence_end = any_of([data["title_sentence_end"]]) if data.get("title_sentence_end") else None
        # DMY: Indonesian writes 1/10/2020 for 1 October; dateparser would otherwise read 10 January.
        # Only absolute dates reach the parser (the regexes found them), so its relative-date and
        # timestamp parsers are skipped: they cost more than half of each call.
        self._parser = DateDataParser(
            # mastheads may abbreviate months in English ("14 Aug 2024"): the pack says which languages to try
            languages=list(dict.fromkeys([code, *(data.get("date_languages") or [])])),
            settings={
                "DATE_ORDER": "DMY",
                "REQUIRE_PARTS": ["day", "month", "year"],
                "STRICT_PARSING": True,
                "PARSERS": ["absolute-time"],
            },
        )

    # dates

    def parse_date(self, text: str) -> _DateFound | None:
        """A date written as one of the pack's date forms, checked against its weekday when it has one."""
        weekday = self._weekday.search(text)
        core = self._weekday.sub(" ", text) if weekday else text
        core = " ".join(core.replace("(", " ").replace(")", " ").split()).strip(" ,")
        parsed = self._parser.get_date_data(core)
        if parsed.date_obj is None:
            return None
        value = parsed.date_obj.date()
        warning = None
        if weekday:
            named = self._weekday_number.get(weekday.group(0).casefold())
            if named is not None and named != value.weekday():
                warning = f"publication date {value.isoformat()} is not a {weekday.group(0)} as the text says"
        return _DateFound(value, text.strip(), warning)

    def _cue_date(self, text: str) -> tuple[_DateFound, str] | None:
        """The first date attached to a citing cue: ("dilansir The New Arab, Kamis (1/10/2020)")."""
        matches = sorted((match for cue in self._cues for match in cue.finditer(text)), key=lambda m: m.start())
        for match in matches:
            reporting_object = match.group("object") or ""
            last_word = reporting_object.rsplit(None, 1)[-1].casefold() if reporting_object else ""
            if last_word in self._cue_stopwords:
                continue
            found = self.parse_date(match.group("date"))
            if found:
                return found, match.group(0)
        return None

    # lines

    def _title_like(self, line: str) -> bool:
        if len(line) > self._title_max_chars or len(line.split()) > self._title_max_words:
            return False
        if self._title_sentence_end and self._title_sentence_end.search(line):
            return False
        return not self._dateline_match(line)

    def _dateline_match(self, line: str) -> re.Match[str] | None:
        for pattern, names_outlet in self._datelines:
            match = pattern.match(line)
            # "Rita Anggraini - detikNews" is a byline: a bare "Place -" dateline opens the report itself
            if match and (names_outlet or len(line[match.end():].split()) >= self._dateline_min_words):
                return match
        return None

    def _is_date_line(self, line: str) -> re.Match[str] | None:
        return self._date_line.fullmatch(line) if self._date_line else None

    def read(self, lines: list[str]) -> TextMetadata:
        """Metadata of a cleaned article given as lines ('' for blank). `header_lines` names the lines
        that only carried metadata (title, masthead date) and do not belong in the article text."""
        meta = TextMetadata()
        filled = [index for index, line in enumerate(lines) if line]
        masthead_date: _DateFound | None = None
        title_checked = False
        body_start: int | None = None
        for position, index in enumerate(filled):
            line = lines[index]
            if position < self._date_line_max_index:
                date_line = self._is_date_line(line)
                if date_line:
                    meta.header_lines.append(index)
                    label = (date_line.groupdict().get("label") or "").casefold()
                    if masthead_date is None and label not in self._labels_updated:
                        found = self.parse_date(date_line.group("date"))
                        # The whole masthead line is what the date was read from, time and all.
                        masthead_date = replace(found, text=line) if found else None
                    continue
            if not title_checked:
                title_checked = True
                if self._is_title(lines, filled, position):
                    meta.title = line
                    meta.header_lines.append(index)
                    continue
            body_start = index
            break
        if body_start is None:
            return meta
        body_start, header_date = self._skip_header_before_dateline(lines, filled, body_start, meta)
        masthead_date = masthead_date or header_date

        dateline = self._dateline_match(lines[body_start])
        dateline_date = None
        if dateline:
            groups = dateline.groupdict()
            meta.dateline = (groups.get("place") or "").strip() or None
            meta.outlet = self.outlets.canonical(groups.get("outlet"))
            if groups.get("date"):
                dateline_date = self.parse_date(groups["date"])

        header = set(meta.header_lines)
        body = "\n".join(line for index, line in enumerate(lines) if line and index not in header)
        found = masthead_date or dateline_date
        found_text = found.text if found else None
        if found is None:
            cue = self._cue_date(body)
            if cue:
                found, found_text = cue
        if found:
            meta.published, meta.published_text = found.value, found_text
            if found.warning:
                meta.warnings.append(found.warning)
        if meta.outlet is None:
            meta.cited_outlet = self._self_cited_outlet(body)
        return meta

    def _skip_header_before_dateline(self, lines: list[str], filled: list[int], body_start: int,
                                     meta: TextMetadata) -> tuple[int, _DateFound | None]:
        """A scraped page puts title, outlet name, date, share buttons and a photo caption before the dateline
        ("Jakarta, CNN Indonesia --"): when a dateline follows within the first lines, what precedes it is
        page header, not report."""
        if self._dateline_match(lines[body_start]):
            return body_start, None
        start = filled.index(body_start)
        for index in filled[start + 1:start + 1 + HEADER_SCAN_LINES]:
            if not self._dateline_match(lines[index]):
                continue
            before = [i for i in filled[start:] if i < index]
            if meta.title is None and self._title_like(lines[before[0]]):
                meta.title = lines[before[0]]
            meta.header_lines.extend(before)
            for line_index in before:  # the masthead's own date ("Kamis, 13 Jun 2024 17:45 WIB")
                date_line = self._is_date_line(lines[line_index])
                if date_line:
                    found = self.parse_date(date_line.group("date"))
                    if found:
                        return index, replace(found, text=lines[line_index])
            return index, None
        # no dateline: "Judul ... / kumparanNEWS / 2 April 2025 10:25 WIB / Koalisi geng ...": a masthead date line
        # among the first short lines closes the page header
        for index in filled[start + 1:start + 1 + HEADER_SCAN_LINES]:
            date_line = self._is_date_line(lines[index])
            if not date_line:
                continue
            before = [i for i in filled[start:] if i < index]
            if not all(self._title_like(lines[i]) for i in before):
                break  # a report paragraph came first: the date line is not the masthead's
            found = self.parse_date(date_line.group("date"))
            if meta.title is None:
                meta.title = lines[before[0]]
            meta.header_lines.extend([*before, index])
            following = [i for i in filled if i > index]
            if not following:
                break
            return following[0], replace(found, text=lines[index]) if found else None
        return body_start, None

    def _is_title(self, lines: list[str], filled: list[int], position: int) -> bool:
        """A short first line, not ending like a sentence, set apart by a blank line or followed directly
        by the dateline, with more text after it."""
        index = filled[position]
        if position + 1 >= len(filled) or not self._title_like(lines[index]):
            return False
        next_index = filled[position + 1]
        set_apart = next_index > index + 1
        return set_apart or bool(self._dateline_match(lines[next_index]) or self._is_date_line(lines[next_index]))

    def _self_cited_outlet(self, body: str) -> str | None:
        for pattern in self._self_citations:
            match = pattern.search(body)
            if match:
                return self.outlets.canonical(match.group("outlet"))
        return None
