"""Mention extraction: one cleaned article in, one Mention per event it describes out.

`extract_article` runs named steps over one ArticleAnalysis (the document object), in the spirit of a spaCy
pipeline: tokenise and match once, read each sentence (dates, counts, places, actors, claims, casualties),
build frames, resolve the article's context, then type, split and join frames into mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from warta.extract.analysis import ArticleAnalysis, SentenceInfo
from warta.extract.dates import DateReader
from warta.extract.discourse import (
    find_belligerents,
    find_main_place,
    find_onset,
    join_frames,
    resolve_claims,
    type_and_split,
)
from warta.extract.entities import add_entities
from warta.extract.frames import build_frames, clause_breaks
from warta.extract.lexicon import Lexicon, LexMatch, get_lexicon
from warta.extract.mentions import build_mentions
from warta.extract.numbers import NumberReader, read_quantities
from warta.extract.readers import (
    Vocabulary,
    dateline_end,
    read_actors,
    read_casualties,
    read_claim,
    read_places,
)
from warta.extract.segment import split_sentences
from warta.lang import LanguagePack
from warta.records import Article, Mention


class Extractor:
    """Everything extraction needs for one language, built once and reused for every article."""

    def __init__(self, pack: LanguagePack):
        self.pack = pack
        self.lexicon: Lexicon = get_lexicon(pack.code)
        self.vocab = Vocabulary(self.lexicon)
        self.numbers = NumberReader(pack)
        self.dates = DateReader(pack, self.numbers)
        self.gazetteer = _RememberingGazetteer(pack.code)
        self.steps: list[tuple[str, Callable[[ArticleAnalysis], None]]] = [
            ("sentences", self.segment),
            ("sentence_readers", self.read_sentences),
            ("frames", self.frames),
            ("entities", self.entities),
            ("claims", lambda analysis: resolve_claims(analysis, self.vocab)),
            ("context", self.context),
            ("drafts", self.drafts),
        ]

    def __call__(self, article: Article, *, disabled: tuple[str, ...] = ()) -> list[Mention]:
        analysis = self.analyse(article, disabled=disabled)
        return build_mentions(analysis, self.vocab, self.gazetteer)

    def analyse(self, article: Article, *, disabled: tuple[str, ...] = ()) -> ArticleAnalysis:
        doc = self.lexicon.nlp(article.text)
        analysis = ArticleAnalysis(article=article, doc=doc, reference_date=article.published,
                                   grammar=self.pack["grammar"])
        analysis.date_reader = self.dates  # type: ignore[attr-defined]
        for name, step in self.steps:
            if name not in disabled:
                step(analysis)
        return analysis

    # -- steps ----------------------------------------------------------------------------------------------
    def segment(self, analysis: ArticleAnalysis) -> None:
        doc = analysis.doc
        matches = self.lexicon.match(doc, analysis.text)
        spans = split_sentences(analysis.text, self.pack)
        token_starts = doc.to_array("IDX").tolist()  # no Token objects: this runs for every article
        strings = doc.vocab.strings
        if len(doc):
            orth_and_lower = doc.to_array(["ORTH", "LOWER"]).tolist()
            analysis.token_text = [strings[orth] for orth, _ in orth_and_lower]
            analysis.token_lower = [strings[lower] for _, lower in orth_and_lower]
        from bisect import bisect_left

        # "memproduksi komponen drone", "gudang yang menyimpan drone": a weapon named as a product or a store's
        # content says neither how anything was struck nor what was struck
        products = {m.end for m in matches if m.category == "weapon_non_use"}
        matches = [m for m in matches if m.category not in ("weapon", "materiel") or m.start not in products]
        groups = self.vocab.groups
        named = Counter(m.payload for m in matches if m.category in ("country", "capital"))
        matches = _groups_in_context(matches, groups, set(named))
        match_index = 0
        matches.sort(key=lambda m: m.start)
        analysis.named_countries = set(named) | {
            groups[m.payload].get("country") for m in matches if m.category == "group" and m.payload in groups}
        analysis.most_named_country = named.most_common(1)[0][0] if named else None
        for span in spans:
            token_start = bisect_left(token_starts, span.start)
            token_end = bisect_left(token_starts, span.end)
            sentence = SentenceInfo(span.index, span.start, span.end, token_start, token_end, span.paragraph)
            while match_index < len(matches) and matches[match_index].start < token_start:
                match_index += 1
            j = match_index
            while j < len(matches) and matches[j].start < token_end:
                if matches[j].end <= token_end:
                    sentence.matches.append(matches[j])
                j += 1
            analysis.sentences.append(sentence)
        analysis.dateline_end = dateline_end(analysis)

    def read_sentences(self, analysis: ArticleAnalysis) -> None:
        doc = analysis.doc
        for sentence in analysis.sentences:
            if self.dates.may_have_date(_WORDS.findall(analysis.sentence_text(sentence.index).lower())):
                sentence.dates = self.dates.find(analysis.sentence_text(sentence.index), sentence.start)
            sentence.quantities = read_quantities(doc, sentence.token_start, sentence.token_end, sentence.matches,
                                                  self.numbers, analysis.token_text, analysis.token_lower)
            read_places(analysis, sentence, self.vocab, self.gazetteer)
            read_actors(analysis, sentence, self.vocab)
            sentence.clause_breaks = clause_breaks(doc, sentence, analysis.token_text, analysis.grammar)
            read_claim(analysis, sentence, self.vocab)
            read_casualties(analysis, sentence, self.vocab)

    def frames(self, analysis: ArticleAnalysis) -> None:
        if self._is_other_genre(analysis):
            return  # a film review, a match report or a drill: its battles are not events
        told: set[str] = set()
        for sentence in analysis.sentences:
            _echo_triggers(analysis, sentence, told)
            told.update(m.payload[0] for m in sentence.matches if m.category == "trigger")
            analysis.frames.extend(build_frames(analysis, sentence))

    def entities(self, analysis: ArticleAnalysis) -> None:
        add_entities(analysis, self.gazetteer, self.vocab)

    def _is_other_genre(self, analysis: ArticleAnalysis) -> bool:
        discourse = self.pack["discourse"]
        sentences_by_genre: dict[str, set[int]] = {}
        named_bodies = {"group", "group_claimant", "institution", "outlet", "agency"}
        for sentence in analysis.sentences:
            named = {t for m in sentence.matches if m.category in named_bodies for t in range(m.start, m.end)}
            for match in sentence.matches:
                if match.category == "genre" and match.start not in named:  # not "Klub Tahanan Palestina"
                    sentences_by_genre.setdefault(match.payload, set()).add(sentence.index)
        total = max(1, len(analysis.sentences))
        return any(len(found) >= discourse["genre_min_sentences"] and len(found) / total >= discourse["genre_min_share"]
                   for found in sentences_by_genre.values())

    def context(self, analysis: ArticleAnalysis) -> None:
        analysis.belligerents = find_belligerents(analysis, analysis.frames, self.vocab)
        analysis.main_place = find_main_place(analysis)
        analysis.onset_date = find_onset(analysis, analysis.frames)
        analysis.relays = list(dict.fromkeys(r for s in analysis.sentences for r in s.relays))

    def drafts(self, analysis: ArticleAnalysis) -> None:
        typed = type_and_split(analysis.frames, analysis, self.vocab)
        analysis.drafts = join_frames(typed, analysis)


_WORDS = re.compile(r"[\w/]+")


class _RememberingGazetteer:
    """The process's gazetteer with a memory: news repeats its place names, and a miss (with its near-spelling
    search) costs as much as a hit. It follows `warta.geo.reset_gazetteer()` (a rebuilt index)."""

    def __init__(self, code: str):
        self._code = code
        self._gazetteer = None
        self._lookup = None

    def _current(self):
        from warta.geo import get_gazetteer

        gazetteer = get_gazetteer(self._code)
        if gazetteer is not self._gazetteer:
            self._gazetteer = gazetteer
            self._lookup = lru_cache(maxsize=50_000)(gazetteer.lookup)
        return gazetteer

    def lookup(self, *args, **kwargs):
        self._current()
        return self._lookup(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._current(), name)


@cache
def get_extractor(code: str) -> Extractor:
    from warta.lang import load_pack

    return Extractor(load_pack(code))


def extract_article(article: Article, pack: LanguagePack, *, disabled: tuple[str, ...] = ()) -> list[Mention]:
    """Every mention in one cleaned article, read with the given language pack."""
    return get_extractor(pack.code)(article, disabled=disabled)


def _groups_in_context(matches: list[LexMatch], groups: dict, named_countries: set[str]) -> list[LexMatch]:
    """An alias shared by groups of several countries (or by a group and a news agency) names the group whose
    country the article names, or that it names by another alias; elsewhere it names nothing."""
    named_groups = {m.payload for m in matches if m.category == "group"}
    kept: list[LexMatch] = []
    taken: set[tuple[int, int]] = set()
    for match in matches:
        if match.category != "group_in_context":
            continue
        group = groups.get(match.payload, {})
        homes = set(group.get("context_countries") or [group.get("country")])
        if (match.start, match.end) not in taken and (homes & named_countries or match.payload in named_groups):
            kept.append(replace(match, category="group"))
            taken.add((match.start, match.end))
    occupied = {t for m in kept for t in range(m.start, m.end)}
    others = [m for m in matches if m.category != "group_in_context" and not (
        m.category in ("group", "agency", "outlet") and any(t in occupied for t in range(m.start, m.end)))]
    return others + kept


def _echo_triggers(analysis: ArticleAnalysis, sentence: SentenceInfo, told: set[str]) -> None:
    """ "Aksi serupa juga digelar di Yogyakarta": a word that names an event only after the article has told one
    of its kind becomes that event's trigger, when the sentence has no trigger of its own."""
    if any(m.category == "trigger" for m in sentence.matches):
        return
    # only as the sentence's subject ("Sementara itu, aksi di Eldoret ..."): "para peserta aksi", "terkait aksi
    # Rabu" name the event already told
    openers = {t for m in sentence.matches if m.category in ("new_event", "separate_event")
               for t in range(m.start, m.end)}
    echoes = [m for m in sentence.matches if m.category == "echo_trigger" and m.payload[0] in told
              and all(t in openers or analysis.doc[t].is_punct for t in range(sentence.token_start, m.start))]
    if echoes:
        sentence.matches = sorted(sentence.matches + [replace(m, category="trigger") for m in echoes],
                                  key=lambda m: m.start)
