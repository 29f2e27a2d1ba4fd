"""Split cleaned article text into sentences with character offsets (evidence is whole sentences).

Paragraph breaks always end a sentence. Inside a paragraph a sentence ends at . ! ? (with any closing quotes
or brackets) when the next word starts a new sentence, unless the word before the period is a known
abbreviation from the language pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lang import LanguagePack

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]+[\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    index: int
    start: int
    end: int
    paragraph: int


def split_sentences(text: str, pack: LanguagePack) -> list[SentenceSpan]:
    abbreviations = {a.lower().rstrip(".") for a in pack["sentences"]["abbreviations"]}
    spans: list[SentenceSpan] = []
    paragraph = 0
    for para_match in re.finditer(r"[^\n]+", text):
        para_start = para_match.start()
        para_text = para_match.group()
        if not para_text.strip():
            continue
        cursor = 0
        for boundary in _BOUNDARY.finditer(para_text):
            end = boundary.end()
            last_word = _LAST_WORD.search(para_text[cursor:end])
            if last_word:
                word = last_word.group(1).lower().rstrip(".")
                # "Jl." or an initial ("H.") does not end a sentence.
                if word in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue
            _append(spans, text, para_start + cursor, para_start + end, paragraph)
            cursor = end
        _append(spans, text, para_start + cursor, para_start + len(para_text), paragraph)
        paragraph += 1
    return spans


def _append(spans: list[SentenceSpan], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(SentenceSpan(len(spans), start, end, paragraph))
