"""Language identification of article text (ISO 639-1 codes), with lingua.

The detector only chooses among the languages warta's readers meet in Indonesian-language news feeds:
a small candidate set keeps it fast (about a millisecond an article) and keeps short Indonesian text from
being called Latin or Swahili. lingua has no Javanese, Sundanese or Minangkabau model, so those are not
candidates.

Close neighbours that lingua confuses (Indonesian and Malay) are told apart by the words a language pack
lists in its `identify.yaml`; this module knows no word of any language.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from warta.lang import available_languages, load_pack

CANDIDATE_LANGUAGES: tuple[Language, ...] = (
    Language.INDONESIAN,
    Language.MALAY,
    Language.ENGLISH,
    Language.TAGALOG,
    Language.DUTCH,
    Language.ARABIC,
    Language.FRENCH,
    Language.GERMAN,
    Language.SPANISH,
    Language.PORTUGUESE,
    Language.CHINESE,
    Language.RUSSIAN,
)
# The opening of an article decides its language; reading more costs time and changes nothing.
SAMPLE_CHARS = 1500
# Confidence values are in 0..1 and sum to 1; a lead of more than this is a clear decision.
PREFER_MARGIN = 0.3


@dataclass(frozen=True)
class _Neighbours:
    """Words that mark language `own` against its close neighbour `other`, from own's pack."""

    own: str
    other: str
    own_words: re.Pattern[str]
    other_words: re.Pattern[str]

    def decide(self, sample: str) -> str | None:
        own_count = len(self.own_words.findall(sample))
        other_count = len(self.other_words.findall(sample))
        if own_count == other_count:
            return None
        return self.own if own_count > other_count else self.other


def _words_pattern(words: Collection[str]) -> re.Pattern[str]:
    if not words:
        return re.compile("(?!)")
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def _neighbour_rules() -> tuple[_Neighbours, ...]:
    rules = []
    for code in available_languages():
        identify = load_pack(code).get("identify") or {}
        for other, words in (identify.get("neighbours") or {}).items():
            rules.append(
                _Neighbours(
                    own=code,
                    other=other,
                    own_words=_words_pattern(words.get("own_words", [])),
                    other_words=_words_pattern(words.get("neighbour_words", [])),
                )
            )
    return tuple(rules)


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*CANDIDATE_LANGUAGES).with_preloaded_language_models().build()


def _code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def detect_language(text: str, *, prefer: Collection[str] = ()) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when it has no letters to judge by.

    When lingua's choice is one of two close neighbours described by a language pack, the neighbours'
    marker words decide. Otherwise, on short texts lingua can hardly tell close languages apart, so when a
    language in `prefer` (those warta has a pack for) comes within `PREFER_MARGIN` of the first choice,
    it is taken instead.
    """
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS:
        # End the sample on a word boundary so that a cut word does not look foreign.
        sample = sample.rsplit(None, 1)[0]
    if not any(character.isalpha() for character in sample):
        return None
    ranked = _detector().compute_language_confidence_values(sample)
    if not ranked:
        return None
    best = _code(ranked[0].language)
    for rule in _neighbour_rules():
        if best in (rule.own, rule.other):
            decided = rule.decide(sample)
            if decided:
                return decided
    for candidate in ranked[1:]:
        if ranked[0].value - candidate.value > PREFER_MARGIN:
            break
        if best not in prefer and _code(candidate.language) in prefer:
            return _code(candidate.language)
    return best
