"""Date expressions in a sentence, resolved against the publication date (SPEC "Dates").

dateparser reads full dates ("Senin, 28 September 2020", "1/10/2020"); the rules it lacks are here, driven
by the pack's calendar words: a weekday is the latest such day on or before publication, "tiga hari lalu" is
publication minus three, "semalam" is the night before (a two-day range), "pertengahan September" is the
month, "1990an" the decade. Without a publication date, relative expressions stay unresolved.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

from warta.extract.numbers import NumberReader
from warta.lang import LanguagePack
from warta.records import DateValue

# How specific each kind of expression is; a mention keeps its most specific date.
# "sejak April 2023", "sejak 2022": something counted or going on since a month or a year is the war's, not one
# day's event ("sejak Kamis pagi" still is one).
SINCE_TALLY_KINDS = frozenset({"month", "month_that_year", "period", "year", "year_part", "year_range", "decade"})
SATURDAY = 5  # date.weekday() of Saturday, a weekend's first day
SPECIFICITY = {"absolute": 6, "numeric": 6, "weekday": 5, "anchored": 5, "relative": 4, "night": 4, "time_of_day": 2,
               "period": 3, "weekend": 4, "month": 3, "month_that_year": 3, "year_part": 2, "year": 2, "year_range": 2,
               "decade": 1}


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int  # character offsets in the article text
    end: int
    text: str
    kind: str
    parts: tuple  # kind-specific values (see _resolve)
    since: bool = False  # "sejak X": the start of something still going on
    statement: bool = False  # the date of a statement or publication, not of the event

    @property
    def specificity(self) -> int:
        return SPECIFICITY.get(self.kind, 0)


@lru_cache(maxsize=4096)
def _dateparser_day(text: str, languages: tuple[str, ...]) -> date | None:
    parser = _parser(languages)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None or "year" not in (data.locale and _parts(data) or ()):
        return None
    return data.date_obj.date()


def _parts(data) -> tuple:
    return tuple(getattr(data, "parts", ()) or ())


@lru_cache(maxsize=8)
def _parser(languages: tuple[str, ...]) -> DateDataParser:
    # DMY: Indonesian writes 1/10/2020 for 1 October, which dateparser would otherwise read as 10 January.
    return DateDataParser(languages=list(languages), settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                                               "RETURN_AS_TIMEZONE_AWARE": False})


class DateReader:
    """Finds and resolves the date expressions of one language."""

    def __init__(self, pack: LanguagePack, numbers: NumberReader):
        dates = pack["dates"]
        self.languages = (pack.code,)
        self.numbers = numbers
        self.weekdays = {k.lower(): v for k, v in dates["weekdays"].items()}
        self.months = {k.lower(): v for k, v in dates["months"].items()}
        self.week_sense = {w.lower() for w in dates["week_sense_neighbours"]}
        self.relative_days = {k.lower(): v for k, v in dates["relative_days"].items()}
        self.ago_units = {k.lower(): v for k, v in dates["ago_units"].items()}
        self.statement_cues = [c.lower() for c in dates["statement_date_cues"]]
        self.since_words = [w.lower() for w in dates["since_words"]]
        self.ambiguous_weekday = dates.get("ambiguous_weekday")
        self.ambiguous_weekday_cues = [w.lower() for w in dates.get("ambiguous_weekday_cues", ())]
        self.month_word = dates["month_word"].lower()
        day_word, month_word, year_word = (re.escape(dates[key]) for key in ("day_word", "month_word", "year_word"))
        range_joiner = _in_order(dates["range_joiners"])
        preposition = _in_order(dates["date_prepositions"])
        self.bare_month_cue = re.compile(rf"\b(?:{_in_order(dates['bare_month_cues'])})\s*$")
        self.preposition_before = re.compile(rf"\b({preposition})\s+$", re.IGNORECASE)
        self.leading_preposition = re.compile(rf"^({preposition})\s+")
        weekday = _alternation(self.weekdays)
        month = _alternation(self.months)
        tod = _alternation(dates["times_of_day"])
        self.period_parts = {k.lower(): v for k, v in dates["period_parts"].items()}
        parts = _alternation(self.period_parts)
        that_year = _alternation(dates.get("that_year") or ["tahun itu"])
        year_cue = _alternation(dates["year_cues"])
        night = _alternation(dates["night_words"])
        relative = _alternation(self.relative_days)
        ago_unit = _alternation(self.ago_units)
        ago_word = _alternation(dates["ago_words"])
        number_word = _alternation(numbers.units)
        self.last_week = _alternation(dates["last_week"])
        self.last_weekend = _alternation(dates.get("last_weekend") or ["-"])
        self.anchored_words = {k.lower(): v for k, v in (dates.get("anchored_words") or {}).items()}
        self.anchored_phrases = {k.lower(): v for k, v in (dates.get("anchored_phrases") or {}).items()}
        # words without which no pattern can match: sentences lacking all of them are not searched
        generic = {w.lower() for w in dates.get("non_cue_words", ())}
        cue_phrases = [*self.weekdays, *self.months, *dates["night_words"], *self.relative_days, *dates["ago_words"],
                       *dates["last_week"], *dates.get("last_weekend", ()), *dates.get("weekend", ()), *dates["last_month"], *dates["this_month"], *dates["this_year"],
                       *dates["last_year"], *dates["times_of_day"], *self.anchored_words, *self.anchored_phrases]
        self.cue_words = {w for phrase in cue_phrases for w in str(phrase).lower().split()} - generic
        day_month = rf"(?:(?:{tod})\s+)?(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?\s+({month})\.?(?:\s+(\d{{4}}))?"
        self.patterns: list[tuple[str, re.Pattern]] = [
            ("absolute", re.compile(
                rf"(?:(?:{day_word}\s+)?({weekday})(?:\s+(?:{tod}))?\s*,?\s*)?{day_month}"
                rf"(?:\s*(?:{range_joiner}|-|–)\s*(?:(?:{tod})\s+)?(\d{{1,2}})\s+({month})(?:\s+(\d{{4}}))?)?",
                re.IGNORECASE)),
            ("numeric", re.compile(rf"(?:({weekday})\s*,?\s*)?\(?\b(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\b\)?", re.IGNORECASE)),
            ("decade", re.compile(rf"(?:{year_word}\s+)?\b(1[89]\d0|20\d0)\s*-?an\b", re.IGNORECASE)),
            ("year_range", re.compile(r"\b(1[89]\d\d|20\d\d)\s*[-–]\s*(1[89]\d\d|20\d\d)\b")),
            # "pada Agustus tahun itu": a month of the year of the event told before
            ("month_that_year", re.compile(rf"(?:({parts})\s+)?(?:{month_word}\s+)?\b({month})\s+(?:{that_year})\b",
                                           re.IGNORECASE)),
            ("month", re.compile(rf"(?:({parts})\s+)?(?:{month_word}\s+)?\b({month})\b(?:\s+(\d{{4}}))?", re.IGNORECASE)),
            # "selama akhir pekan": read before "pekan lalu" and "akhir ..." take its words
            ("weekend", re.compile(rf"\b(?:({self.last_weekend})|{_alternation(dates.get('weekend') or ['-'])}"
                                   rf"(?!\s+(?:{_alternation(dates.get('weekend_not_before') or ['-'])})\b))\b",
                                   re.IGNORECASE)),
            # "Kamis pekan lalu": that weekday of the week before publication's, read before "pekan lalu" alone
            ("weekday", re.compile(rf"\b(?:{day_word}\s+)?({weekday})\b(?:\s+({tod}))?\s+({self.last_week})\b",
                                   re.IGNORECASE)),
            ("period", re.compile(rf"(?:({parts})\s+)?\b(bulan ini|bulan lalu|tahun ini|tahun lalu|{self.last_week})\b", re.IGNORECASE)),
            ("year_part", re.compile(rf"\b({parts})\s+(?:{year_word}\s+)?(1[89]\d\d|20\d\d)\b", re.IGNORECASE)),
            ("year", re.compile(rf"\b(?:{year_cue})\s+(1[89]\d\d|20\d\d)\b", re.IGNORECASE)),
            ("anchored", re.compile(
                rf"\b(?:(\d+|{number_word}(?:\s+(?:{number_word}|puluh|belas))*)\s+({ago_unit})\s+"
                rf"({_alternation(self.anchored_words)})|({_alternation(self.anchored_phrases)}))\b", re.IGNORECASE)),
            ("ago", re.compile(rf"\b(\d+|{number_word}(?:\s+(?:{number_word}|puluh|belas))*)\s+({ago_unit})\s+(?:{ago_word})\b", re.IGNORECASE)),
            ("weekday", re.compile(rf"\b(?:{day_word}\s+)?({weekday})\b(?:\s+({tod}))?", re.IGNORECASE)),
            ("night", re.compile(rf"\b(?:{night})\b", re.IGNORECASE)),
            ("relative", re.compile(rf"\b(?:{relative})\b", re.IGNORECASE)),
        ]

    # -- finding --------------------------------------------------------------------------------------------
    def may_have_date(self, lowered_words: list[str]) -> bool:
        """Cheap test before the patterns run: a calendar word, a year, or a d/m date."""
        for word in lowered_words:
            if word in self.cue_words or "/" in word or (len(word) >= 4 and word[:4].isdigit()):
                return True
        return False

    def find(self, text: str, offset: int = 0) -> list[DateExpr]:
        """Date expressions in `text` (a sentence), with offsets shifted by `offset`."""
        taken: list[tuple[int, int]] = []
        found: list[DateExpr] = []
        for kind, pattern in self.patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(start < t_end and end > t_start for t_start, t_end in taken):
                    continue
                expr = self._make(kind, match, text)
                if expr is None:
                    continue
                taken.append((start, end))
                found.append(expr)
        found.sort(key=lambda e: e.start)
        return [replace(e, start=e.start + offset, end=e.end + offset) for e in found]

    def _make(self, kind: str, match: re.Match, text: str) -> DateExpr | None:
        groups = match.groups()
        start, end = match.span()
        if kind == "weekday":
            word = match.group(1)
            if word.lower() == self.ambiguous_weekday and not self._is_sunday(match, text):
                return None
            last_week = len(groups) > 2 and bool(groups[2])
            parts: tuple = (self.weekdays[word.lower()], (match.group(2) or "").lower(), last_week)
        elif kind == "absolute":
            parts = groups
        elif kind == "numeric":
            day, month = int(groups[1]), int(groups[2])
            if not (1 <= day <= 31 and 1 <= month <= 12):
                return None
            parts = groups
        elif kind == "month":
            # "Mei" is also a name; a bare month needs a part, "bulan" or a year to be a date.
            if not (groups[0] or groups[2] or match.group(0).lower().startswith(self.month_word)):
                before = text[max(0, start - 8):start].lower()
                if not self.bare_month_cue.search(before):
                    return None
            parts = groups
        elif kind == "anchored":
            if groups[3]:
                parts = (self.anchored_phrases[" ".join(groups[3].lower().split())],)
            else:
                value = self._number(groups[0])
                if value is None:
                    return None
                parts = (value * self.ago_units[groups[1].lower()] * self.anchored_words[groups[2].lower()],)
        elif kind == "ago":
            value = self._number(groups[0])
            if value is None:
                return None
            parts = (value * self.ago_units[groups[1].lower()],)
        else:
            parts = groups
        # Include the preposition a reader would quote with the date ("pada 27 September 2020", "sejak 1991").
        prefix = self.preposition_before.search(text[max(0, start - 12):start])
        since = bool(prefix and prefix.group(1).lower() in self.since_words)
        if prefix:
            start -= len(text[max(0, start - 12):start]) - prefix.start()
        statement = self._is_statement_date(text[:start]) or self._before_speech(text[end:], text[:start])
        return DateExpr(start, end, text[start:end], kind, parts, since=since, statement=statement)

    def _is_sunday(self, match: re.Match, text: str) -> bool:
        before = text[: match.start()].lower().split()[-1:] or [""]
        after = text[match.end(1):].lower().split()[:1] or [""]
        if after[0].strip(",.") in self.week_sense or before[0] in self.week_sense:
            return False
        if self._number(before[0]) is not None or before[0].isdigit():
            return False  # "dua minggu": two weeks
        return bool(match.group(2)) or before[0] in self.ambiguous_weekday_cues or match.group(1)[0].isupper()

    def _before_speech(self, after: str, before: str = "") -> bool:
        """ "Kementerian Pertahanan Rusia pada Jumat mengklaim ...", "Kepala Operasi ... di Timika, Senin,
        mengatakan ...": the day it spoke (set between commas, the wire services' way)."""
        if before.rstrip().endswith(",") and after.lstrip().startswith(","):
            after = after.lstrip()[1:]
        words = after.lower().split()[:1]
        return bool(words) and words[0].strip(",.") in self.statement_cues

    def _is_statement_date(self, before: str) -> bool:
        window = before.lower()[-60:]
        words = window.split()
        tail = " ".join(words[-6:])
        for cue in self.statement_cues:
            found = list(re.finditer(rf"\b{re.escape(cue)}\b", tail))
            if not found:
                continue
            # "Menurut kementerian itu, serangan pada Kamis ...": after the comma a new clause tells the event
            rest = tail[found[-1].end():]
            if "," in rest and rest[rest.rindex(",") + 1:].strip():
                continue
            return True
        return False

    def _number(self, text: str) -> int | None:
        if text.isdigit():
            return int(text)
        words = text.lower().split()
        total = 0
        for word in words:
            if word in self.numbers.units:
                total += self.numbers.units[word]
            elif word == "belas":
                total += 10
            elif word == "puluh":
                total *= 10
            else:
                return None
        return int(total) if words else None

    # -- resolving ------------------------------------------------------------------------------------------
    def resolve(self, expr: DateExpr, reference: date | None) -> DateValue:
        """The date an expression names; relative ones need the reference (publication) date."""
        try:
            start, end, precision = self._resolve(expr, reference)
        except (ValueError, OverflowError):
            start = end = None
            precision = "unknown"
        if start is None:
            return DateValue(start=None, end=None, precision="unknown", text=expr.text)
        return DateValue(start=start, end=end, precision=precision, text=expr.text)

    def resolve_from(self, expr: DateExpr, anchor: date) -> DateValue:
        """An anchored expression ("dua hari sebelumnya") counted from the day of the event told before it;
        "Agustus tahun itu" is a month of that event's year."""
        if expr.kind == "month_that_year":
            start, end, precision = self._month_span(expr.parts[0], anchor.year, self.months[expr.parts[1].lower()])
            return DateValue(start=start, end=end, precision=precision, text=expr.text)
        day = anchor + timedelta(days=expr.parts[0])
        return DateValue(start=day, end=day, precision="day", text=expr.text)

    def _resolve(self, expr: DateExpr, ref: date | None) -> tuple[date | None, date | None, str]:
        kind, g = expr.kind, expr.parts
        if kind in ("anchored", "month_that_year"):
            return None, None, "unknown"  # needs the event it counts from (resolve_from)
        if kind == "absolute":
            # groups: weekday, day, day2 ("7-8"), month, year, then "atau" day3, month3, year3
            _weekday, day1, day2, month1, year1, day3, month3, year3 = g
            first = self._day(day1, month1, year1 or year3, ref)
            if first is None:
                return None, None, "unknown"
            if day2:
                return first, first.replace(day=int(day2)), "range"
            if day3:
                second = self._day(day3, month3, year3 or year1, ref)
                if second and second != first:
                    return min(first, second), max(first, second), "range"
            return first, first, "day"
        if kind == "numeric":
            year = g[3]
            if year is None:
                if ref is None:
                    return None, None, "unknown"
                candidate = date(ref.year, int(g[2]), int(g[1]))
                day = candidate if candidate <= ref else date(ref.year - 1, int(g[2]), int(g[1]))
                return day, day, "day"
            year_value = int(year) + (2000 if len(year) == 2 else 0)
            day = _dateparser_day(f"{int(g[1])}/{int(g[2])}/{year_value}", self.languages)
            day = day or date(year_value, int(g[2]), int(g[1]))
            return day, day, "day"
        if kind == "weekday":
            if ref is None:
                return None, None, "unknown"
            if len(g) > 2 and g[2]:
                day = ref - timedelta(days=ref.weekday() + 7 - g[0])  # in the week before publication's
                return day, day, "day"
            delta = (ref.weekday() - g[0]) % 7
            day = ref - timedelta(days=delta)
            return day, day, "day"
        if kind == "night":
            if ref is None:
                return None, None, "unknown"
            return ref - timedelta(days=1), ref, "range"
        if kind == "relative":
            if ref is None:
                return None, None, "unknown"
            key = " ".join(expr.text.lower().split())
            key = self.leading_preposition.sub("", key)
            offset = self.relative_days.get(key, 0)
            day = ref - timedelta(days=offset)
            return day, day, "day"
        if kind == "ago":
            if ref is None:
                return None, None, "unknown"
            day = ref - timedelta(days=g[0])
            return day, day, "day"
        if kind == "month":
            month = self.months[g[1].lower()]
            if g[2]:
                year = int(g[2])
            elif ref is not None:
                year = ref.year if month <= ref.month else ref.year - 1
            else:
                return None, None, "unknown"
            return self._month_span(g[0], year, month)
        if kind == "weekend":
            if ref is None:
                return None, None, "unknown"
            saturday = ref - timedelta(days=(ref.weekday() - SATURDAY) % 7)
            if g and g[0] and ref.weekday() >= SATURDAY:
                saturday -= timedelta(days=7)  # "akhir pekan lalu" said on a weekend: the one before
            return saturday, min(saturday + timedelta(days=1), ref), "range"
        if kind == "period":
            if ref is None:
                return None, None, "unknown"
            phrase = g[1].lower()
            if phrase in ("bulan ini", "bulan lalu"):
                year, month = ref.year, ref.month
                if phrase == "bulan lalu":
                    year, month = (year, month - 1) if month > 1 else (year - 1, 12)
                last = calendar.monthrange(year, month)[1]
                return date(year, month, 1), min(date(year, month, last), ref), "month"
            if phrase in ("tahun ini", "tahun lalu"):
                year = ref.year - (phrase == "tahun lalu")
                if g[0]:
                    start, end, precision = self._year_span(g[0], year)
                    return start, min(end, ref), precision
                return date(year, 1, 1), min(date(year, 12, 31), ref), "year"
            # last week: the seven days before this week began
            this_monday = ref - timedelta(days=ref.weekday())
            return this_monday - timedelta(days=7), this_monday - timedelta(days=1), "range"
        if kind == "year":
            year = int(g[0])
            return date(year, 1, 1), date(year, 12, 31), "year"
        if kind == "year_part":
            return self._year_span(g[0], int(g[1]))
        if kind == "year_range":
            first, last = sorted((int(g[0]), int(g[1])))
            return date(first, 1, 1), date(last, 12, 31), "range"
        if kind == "decade":
            decade = int(g[0])
            return date(decade, 1, 1), date(decade + 9, 12, 31), "range"
        return None, None, "unknown"

    def _month_span(self, part: str | None, year: int, month: int) -> tuple[date, date, str]:
        """A month, or the part of it "akhir April" names."""
        last = calendar.monthrange(year, month)[1]
        if not part:
            return date(year, month, 1), date(year, month, last), "month"
        first_day, last_day = self.period_parts[part.lower()]["month_days"]
        return date(year, month, first_day), date(year, month, min(last_day, last)), "range"

    def _year_span(self, part: str, year: int) -> tuple[date, date, str]:
        """The months of a year "akhir 2021" names."""
        first_month, last_month = self.period_parts[part.lower()]["year_months"]
        last = calendar.monthrange(year, last_month)[1]
        return date(year, first_month, 1), date(year, last_month, last), "range"

    def _day(self, day: str, month_word: str, year: str | None, ref: date | None) -> date | None:
        month = self.months[month_word.lower().rstrip(".")]
        if year:
            parsed = _dateparser_day(f"{int(day)} {month_word} {year}", self.languages)
            return parsed or date(int(year), month, int(day))
        if ref is None:
            return None
        candidate = date(ref.year, month, int(day))
        return candidate if candidate <= ref + timedelta(days=1) else date(ref.year - 1, month, int(day))


def _in_order(words) -> str:
    """A regex alternation of the pack's words in the pack's order (the first that matches wins)."""
    return "|".join(re.escape(str(w)) for w in words)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted({str(w) for w in words}, key=len, reverse=True))


def today() -> date:
    return datetime.now().date()
