"""Counts in text: digits and number words with their quantifiers, read into SPEC's min/max ranges.

No library reads Indonesian number words ("dua puluh tiga", "ratusan") or the bounds that quantifiers put on
them ("hingga 250" -> max 250, "setidaknya tujuh" -> min 7), so this module does, from the pack's word lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from warta.extract.lexicon import LexMatch
from warta.lang import LanguagePack

_DIGITS = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$|^\d+,\d+$")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # first token (the quantifier when there is one)
    end: int  # token after the number
    min: int | None
    max: int | None
    text: str
    vague: bool = False  # "sejumlah": some, with no number


class NumberReader:
    def __init__(self, pack: LanguagePack):
        numbers = pack["numbers"]
        self.units = {k.lower(): v for k, v in numbers["units"].items()}
        self.multipliers = {k.lower(): v for k, v in numbers["multipliers"].items()}
        self.non_count_followers = {w.lower() for w in numbers["non_count_followers"]}
        self.month_words = {w.lower() for w in pack["dates"]["months"]}
        self.classifiers = {w.lower() for w in numbers["classifiers"]}
        self.label_nouns = {w.lower() for w in numbers.get("label_nouns", [])}
        self.partitive_words = [w.lower().split() for w in numbers.get("partitive_words", [])]

    def value_at(self, doc: Doc, index: int, limit: int) -> tuple[float, int] | None:
        """The number starting at token `index` and the index after it, or None."""
        token = doc[index]
        text = token.text
        if _DIGITS.match(text):
            # "S-300", "F-16", "SU-25": a model designation, not a count.
            if index > 0 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_:
                return None
            if "," in text:
                value = float(text.replace(",", "."))
            else:
                value = float(text.replace(".", ""))
            end = index + 1
            if end < limit and doc[end].lower_ in self.multipliers:
                rule = self.multipliers[doc[end].lower_]
                value = value * rule["times"] if "times" in rule else value + rule["add"]
                end += 1
            return value, end
        return self._words_at(doc, index, limit)

    def _words_at(self, doc: Doc, index: int, limit: int) -> tuple[float, int] | None:
        # thousands and up go to total, hundreds to group, tens and units build small: "seratus lima puluh" = 150
        total = group = small = 0.0
        end = index
        seen = False
        while end < limit:
            word = doc[end].lower_
            if word in self.units:
                value = self.units[word]
                if value >= 1000:
                    total += value
                elif value >= 100:
                    group += value
                else:
                    small += value
            elif word in self.multipliers and seen:
                rule = self.multipliers[word]
                if "add" in rule:
                    small += rule["add"]
                elif rule["times"] >= 1000:
                    total += ((group + small) or 1) * rule["times"]
                    group = small = 0
                elif rule["times"] >= 100:
                    group += (small or 1) * rule["times"]
                    small = 0
                else:
                    small = (small or 1) * rule["times"]
            else:
                break
            seen = True
            end += 1
        if not seen:
            return None
        return total + group + small, end

    def is_count(self, doc: Doc, start: int, end: int, limit: int) -> bool:
        """False for dates, years, durations and sizes: "27 September", "2020", "dua minggu"."""
        if end < limit and doc[end].lower_ in self.non_count_followers:
            return False
        if start > 0 and (doc[start - 1].lower_ in self.month_words or doc[start - 1].lower_ in self.label_nouns):
            return False
        if start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")" \
                and doc[start - 2].text[:1].isupper():
            return False  # "Lukas (35)", "AS (34)": the age after a name, the news's way
        text = doc[start].text
        return not (text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100)


def read_quantities(doc: Doc, start: int, end: int, matches: list[LexMatch], reader: NumberReader,
                    texts: list[str] | None = None, lowers: list[str] | None = None) -> list[Quantity]:
    """Every count between tokens start and end, with its quantifier. `texts`/`lowers` are the tokens' texts
    when the caller has them (cheaper than making Token objects)."""
    if texts is None or lowers is None:
        texts = [t.text for t in doc]
        lowers = [t.lower_ for t in doc]
    by_start: dict[int, list[LexMatch]] = {}
    for match in matches:
        if match.category in ("at_most", "at_least", "approximately", "lower_bound", "vague"):
            by_start.setdefault(match.start, []).append(match)
    quantities: list[Quantity] = []
    index = start
    while index < end:
        # a count starts with a digit, a number word or a quantifier: skip every other token fast
        if index in by_start or texts[index][:1].isdigit() or lowers[index] in reader.units:
            found = _quantity_at(doc, index, end, by_start, reader)
            if found:
                found = _partitive(doc, found, end, by_start, reader, lowers)
                quantities.append(found)
                index = found.end
                continue
        index += 1
    return quantities


def _quantity_at(doc: Doc, index: int, limit: int, by_start: dict[int, list[LexMatch]],
                 reader: NumberReader) -> Quantity | None:
    for match in sorted(by_start.get(index, []), key=lambda m: m.start - m.end):
        if match.category == "lower_bound":
            return Quantity(index, match.end, int(match.payload), None, doc[index:match.end].text)
        if match.category == "vague":
            return Quantity(index, match.end, None, None, doc[index:match.end].text, vague=True)
        after = _skip_space(doc, match.end, limit)
        number = reader.value_at(doc, after, limit) if after < limit else None
        if number is None:
            # "lebih dari ratusan": the plural word carries the bound.
            nested = [m for m in by_start.get(after, []) if m.category == "lower_bound"]
            if nested:
                return Quantity(index, nested[0].end, int(nested[0].payload), None, doc[index:nested[0].end].text)
            continue
        value, number_end = number
        if not reader.is_count(doc, after, number_end, limit):
            continue
        count = int(value)
        text = doc[index:number_end].text
        if match.category == "at_most":
            return Quantity(index, number_end, None, count, text)
        if match.category == "at_least":
            return Quantity(index, number_end, count, None, text)
        return Quantity(index, number_end, count, count, text)
    number = reader.value_at(doc, index, limit)
    if number is None:
        return None
    value, number_end = number
    if not reader.is_count(doc, index, number_end, limit):
        return None
    count = int(value)
    return Quantity(index, number_end, count, count, doc[index:number_end].text)


def _partitive(doc: Doc, part: Quantity, limit: int, by_start: dict[int, list[LexMatch]], reader: NumberReader,
               lowers: list[str]) -> Quantity:
    """ "17 dari 20 drone": the first count is what the clause is about; the span runs to the second so that
    the noun after it is read as the first's."""
    for words in reader.partitive_words:
        after = part.end + len(words)
        if after < limit and lowers[part.end:after] == words and (
                after in by_start or doc[after].text[:1].isdigit() or lowers[after] in reader.units):
            whole = _quantity_at(doc, after, limit, by_start, reader)
            if whole is not None and not whole.vague:
                return Quantity(part.start, whole.end, part.min, part.max, doc[part.start:whole.end].text)
    return part


def _skip_space(doc: Doc, index: int, limit: int) -> int:
    while index < limit and doc[index].is_space:
        index += 1
    return index
