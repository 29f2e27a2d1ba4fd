"""Per-sentence readers: who (actors), where (places), who says so (claims), how many died (casualties).

Each reader walks one sentence's lexicon matches and tokens and adds typed references to the
SentenceInfo. Language knowledge comes from the pack through the Lexicon; the logic is word-order rules that
hold for head-initial languages such as Indonesian ("tentara Armenia", "kata Kementerian").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from itertools import pairwise

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from warta.extract.analysis import (
    PREPOSED_CUE_VERB_GAP,
    ActorRef,
    ArticleAnalysis,
    Casualty,
    ClaimRef,
    PlaceRef,
    SentenceInfo,
)
from warta.extract.dates import SINCE_TALLY_KINDS
from warta.extract.lexicon import Lexicon, LexMatch
from warta.geo import Place, fold, haversine_km

ACTOR_HEADS = {
    "military_noun": "military",
    "police_noun": "police",
    "government_noun": "government",
    "civilian_noun": "civilian",
    "settlement_noun": "settlement",
    "unidentified_armed_noun": "unidentified",
    "settler_noun": "settler",
    "protester_noun": "protester",
    "rioter_noun": "rioter",
}
# When heads chain ("pemukiman warga sipil", "personil tentara"), the stronger reading wins.
ROLE_PRIORITY = {"settlement": 5, "military": 4, "police": 3, "government": 2, "settler": 1, "unidentified": 1,
                 "protester": 1, "rioter": 1, "civilian": 0}
KIND_OF_ROLE = {
    "military": "state_forces",
    "police": "state_forces",
    "government": "state_forces",
    "civilian": "civilians",
    "settlement": "civilians",
    "unidentified": "political_militia",
    "settler": "identity_militia",
    "protester": "protesters",
    "rioter": "rioters",
}
# Acts that are announced: "mengumumkan keadaan darurat militer" is the act itself.
POLITICAL_TRIGGERS = {"declare", "agreement", "deploy", "arrest", "base", "transfer"}
QUOTES_OPEN = "“\"‘"
# When two readings of a speaker cover the same words, the purpose-made claimant vocabulary wins.
CLAIMANT_PRIORITY = {"group_claimant": 3, "institution": 2, "group": 1}
UNLISTED_PRECISION = {"town": "town", "district": "district", "region": "region", "country": "country"}
UNLISTED_CONTAINER_GAP = 8  # tokens between "desa X" and the listed place it lies in ("..., kota Kanbalu")
SUBURB_RADIUS_KM = 60
# A gazetteer town this small, in a country the text never names, is a namesake, not the place meant.
TINY_PLACE_POPULATION = 5_000
# A town this small, far off in a country the text never names, is not what "distrik X" means there.
NAMED_DIVISION_POPULATION = 100_000
NAMESAKE_DISTANCE_KM = 1_500  # from the story's last town: farther is another country's namesake
PLACE_ANAPHORA_REACH = 3  # sentences back that "kota yang sama" may point to the town named last
QUOTES_CLOSE = "”\"’"


class Vocabulary:
    """Names the readers need from the pack, indexed once."""

    def __init__(self, lexicon: Lexicon):
        pack = lexicon.pack
        self.lexicon = lexicon
        self.country_names = {c["iso3"]: c["name"] for c in pack["countries"]["countries"]}
        # "Military Forces of the United States" but "Civilians (United States)"
        self.actor_country_names = {c["iso3"]: c.get("in_actor", c["name"]) for c in pack["countries"]["countries"]}
        self.no_army = {c["iso3"] for c in pack["countries"]["countries"] if c.get("no_army")}
        actors = pack["actors"]
        self.templates = actors["name_templates"]
        self.groups = {g["name"]: g for g in actors["named_groups"]}
        self.local_group_names = {g["name"]: g["local_name"] for g in actors["named_groups"] if g.get("local_name")}
        self.force_words = {w.split()[-1].lower() for key in ("military_nouns", "police_nouns", "government_nouns")
                            for w in actors[key]}
        self.settlement_target_starts = tuple(w.lower() for w in actors.get("settlement_target_starts", ()))
        self.public_building_starts = tuple(w.lower() for w in actors.get("public_building_starts", ()))
        self.government_force_words = tuple(w.lower() for w in actors.get("government_force_words", ()))
        self.plural_pronouns = {w.lower() for w in actors.get("plural_pronouns", ())}
        self.crowd_nouns = tuple(w.lower() for w in actors.get("crowd_nouns", ()))
        self.settler_country: str | None = actors.get("settler_country")
        grammar = pack["grammar"]
        self.unlisted_place_nouns = {w.lower() for w in grammar.get("unlisted_place_nouns", ())}
        self.unlisted_place_blockers = {w.lower() for w in grammar.get("unlisted_place_blockers", ())}
        self.suburb_nouns = {w.lower() for w in grammar.get("suburb_nouns", ())}
        self.village_nouns = {w.lower() for w in grammar.get("village_nouns", ())}
        self.village_district_nouns = {w.lower() for w in grammar.get("village_district_nouns", ())}
        self.locative_prepositions = {w.lower() for w in grammar.get("locative_prepositions", ())}
        self.name_particles = {w.lower() for w in grammar.get("name_particles", ())}
        self.spaced_name_particles = {w.lower() for w in grammar.get("spaced_name_particles", ())}
        # the word right before a country that names it as a flag or a backer, or a capital as a landmark
        self.border_words = {w.split()[-1] for w in grammar.get("border_words", ())}
        self.mission_words = tuple(w.lower() for w in grammar.get("mission_words", ()))
        self.origin_or_backer_words = set(grammar.get("origin_words", ())) | set(grammar.get("backer_words", ())) \
            | self.border_words
        self.direction_last_words = {w.split()[-1] for w in grammar.get("direction_words", ())}
        self.compass_words = {w.lower() for w in (pack["places"].get("compass_words") or {})}
        self.law_words = {w.lower() for w in grammar.get("law_words", ())}
        self.local_words = {w.lower() for w in grammar.get("local_words", ())}
        self.list_joiners = {w.lower() for w in grammar.get("list_joiners", ())}
        self.and_word = grammar.get("and_word")
        # "pasukan Armenia dan Azerbaijan", "..., dan Azerbaijan", "..., Azerbaijan"
        self.actor_joiners = {",", f", {self.and_word}", *(w.lower() for w in grammar.get("actor_joiners", ()))}
        self.verb_prefixes = tuple(w.lower() for w in grammar.get("verb_prefixes", ()))
        self.acting_adverbs = {w.lower() for w in grammar.get("acting_adverbs", ())}
        self.led_by_words = tuple(w.lower() for w in grammar.get("led_by_words", ()))
        self.possessive_clitic = grammar.get("possessive_clitic")
        self.victims_after_verbs = tuple(w.lower() for w in pack["casualties"].get("victims_after_verbs", ()))
        self.one_side_phrases = tuple(w.lower() for w in pack["casualties"].get("one_side_phrases", ()))
        attribution = pack["attribution"]
        self.claimant_parties = {g["name"]: g["party"] for g in attribution["group_claimants"] if g.get("party")}
        self.local_claimants = {g["name"] for g in attribution["group_claimants"] if g.get("local")}
        self.armed_forces_voices = list(attribution.get("speaks_for_armed_forces") or ())
        self.national_templates = set(attribution.get("national_institutions") or ())
        self.pronoun_speaker_kinds = {k.lower(): v for k, v in (attribution.get("pronoun_speaker_kinds") or {}).items()}
        self.stop_words = {w.lower() for w in STOP_WORDS} if pack.code == "id" else set()
        self.place_noun_words = {w.lower() for w in pack["discourse"]["place_nouns"]}

    def has_clitic(self, word: str) -> bool:
        """ "pasukannya", "ujarnya": the lower-cased word carries the possessive clitic."""
        return bool(self.possessive_clitic) and word.endswith(self.possessive_clitic)

    def actor_name(self, role: str, country: str | None) -> str | None:
        if role == "military" and country in self.no_army:
            role = "unidentified"  # "pejuang Palestina": fighters of a country ACLED gives no state army
        if role in ("civilian", "settlement"):
            key = "civilians"
        elif role == "unidentified":
            key = "unidentified_armed"
        elif role in self.templates:
            key = role
        else:
            return None
        if country is None:
            unknown = self.templates.get(f"{key}_unknown")
            return unknown
        return self.fill(self.templates[key], country)

    def fill(self, template: str, country: str | None) -> str:
        """A name template for a country: "Military Forces of the Democratic Republic of Congo" (the article
        ACLED puts before such names after "of"), "Civilians (Democratic Republic of Congo)" in brackets."""
        if country is None:
            return template
        names = self.country_names if "({country})" in template else self.actor_country_names
        return template.format(country=names.get(country, country))

    def country_name(self, iso3: str | None) -> str | None:
        return self.country_names.get(iso3) if iso3 else None

    def speaks_for_armed_forces(self, claimant: str | None, party: str | None) -> bool:
        if not claimant or not party:
            return False
        names = (self.country_names.get(party), self.actor_country_names.get(party))
        return any(claimant == voice.format(country=name) for voice in self.armed_forces_voices for name in names
                   if name)


def _matches_at(matches: Iterable[LexMatch], categories: set[str]) -> dict[int, list[LexMatch]]:
    index: dict[int, list[LexMatch]] = {}
    for match in matches:
        if match.category in categories:
            index.setdefault(match.start, []).append(match)
    return index


def _is_capitalised(token) -> bool:
    return token.text[:1].isupper()


# ---------------------------------------------------------------------------------------------------- places
def read_places(analysis: ArticleAnalysis, sentence: SentenceInfo, vocab: Vocabulary, gazetteer) -> None:
    """Place names in the sentence, looked up in the gazetteer; lists after a place noun become series."""
    doc = analysis.doc
    start, end = sentence.token_start, sentence.token_end
    place_nouns = _matches_at(sentence.matches, {"place_noun"})
    preps = {m.end for m in sentence.matches if m.category == "place_prep"}
    at_preps = {m.end for m in sentence.matches if m.category == "place_prep"
                and m.text.lower() in vocab.locative_prepositions}
    prep_starts = {m.start for m in sentence.matches if m.category == "place_prep" and m.end - m.start == 1}
    blocked = _blocked_tokens(sentence, {"group", "institution", "agency", "military_noun", "police_noun",
                                         "government_noun", "group_claimant", "trigger", "weapon", "materiel",
                                         "outlet"})
    countries = _matches_at(sentence.matches, {"country", "capital"})
    # "pada 10 Mei": a date's words are not a place ("Mei" is also a town)
    for expr in sentence.dates:
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is not None:
            blocked.update(range(span.start, span.end))
    consumed: set[int] = set()
    list_counter = 0
    i = start
    while i < end:
        if i in consumed:
            i += 1
            continue
        noun = max(place_nouns.get(i, []), key=lambda m: m.end - m.start, default=None)
        if noun is not None:
            names = _name_series(doc, _skip_space(doc, noun.end, end), end, blocked, countries, vocab)
            names = _join_known_names(doc, names, gazetteer, vocab)
            if len(names) > 1 and doc[names[-2][1]:names[-1][0]].text.strip(" ,").lower() not in vocab.list_joiners:
                names = names[:1]  # "Distrik Sugapa, Kabupaten Intan Jaya, Papua Tengah": where it is, not a list
            if names:
                list_id = None
                precision = None
                titled = any(m.category == "institution" and m.start <= noun.start < m.end for m in sentence.matches)
                if len(names) > 1:
                    list_counter += 1
                    list_id = list_counter
                    # "desa Tartar, Barda, ..." names the districts those villages lie in (GUIDELINES 5).
                    if noun.payload == "town":
                        precision = "district"
                for name_start, name_end in names:
                    ref = _place_ref(doc, name_start, name_end, gazetteer, vocab, countries, end,
                                     precision=precision, strong=True, noun=noun, analysis=analysis)
                    while ref is None and name_end - name_start > 1 and titled:
                        # "Wali Kota Kharkiv Ihor Petrenko": the town's name, then the mayor's
                        name_end -= 1
                        ref = _place_ref(doc, name_start, name_end, gazetteer, vocab, countries, end,
                                         precision=precision, noun=noun, analysis=analysis)
                    if ref is not None:
                        ref.list_id = list_id
                        ref.preposition = True
                        sentence.places.append(ref)
                        consumed.update(range(noun.start, ref.end))
                i = max(noun.end, names[-1][1])
                continue
        if analysis.token_text[i][:1].isupper() and i not in blocked and i in prep_starts:
            i += 1  # "Di Kyiv, ...": the capitalised preposition opens the sentence, the name follows
            preps.add(i)
            continue
        if analysis.token_text[i][:1].isupper() and i not in blocked:
            name_end = _name_end(doc, i, end, blocked, vocab)
            # "kantor DPRD Kota Kendari": after an institution's acronym, a place noun starts the place's own name
            inner = min([n for n in place_nouns if i < n < name_end], default=name_end)
            if all(analysis.token_text[j].isupper() for j in range(i, inner) if not doc[j].is_space):
                name_end = inner
            if name_end + 1 < end and analysis.token_text[name_end] == "-" \
                    and analysis.token_text[name_end + 1][:1].isdigit():
                i = name_end + 2  # "Tu-95", "Su-25": a model, not a place
                continue
            if name_end < end and name_end in blocked and analysis.token_text[name_end][:1].isupper():
                # "Badan Pertahanan Sipil": the first word of an institution's name is not a place of its own
                i = name_end
                continue
            if name_end > i:
                cued = i in preps or (i - 1 in preps)
                series = _name_series(doc, i, end, blocked, countries, vocab) if cued else []
                series = _join_known_names(doc, series, gazetteer, vocab)
                joined = len(series) > 1 and doc[series[-2][1]:series[-1][0]].text.strip(" ,").lower() in vocab.list_joiners
                if joined:
                    # "di Mombasa, Kisumu dan Nakuru": one event per listed place (GUIDELINES 1)
                    list_counter += 1
                    refs = [_place_ref(doc, s, e, gazetteer, vocab, countries, end, strong=True, analysis=analysis)
                            for s, e in series]
                    for ref in refs:
                        if ref is not None:
                            ref.list_id, ref.preposition = list_counter, True
                            sentence.places.append(ref)
                    i = series[-1][1]
                    continue
                ref = _compass_region(doc, i, name_end, end, gazetteer, vocab, countries, cued, analysis) or \
                    _place_ref(doc, i, name_end, gazetteer, vocab, countries, end, strong=cued, analysis=analysis)
                if ref is None and i in at_preps:
                    ref = _named_before_its_area(analysis, i, name_end, end, place_nouns, vocab)
                if ref is not None:
                    ref.preposition = cued
                    sentence.places.append(ref)
                    consumed.update(range(i, ref.end))
                    i = ref.end
                    continue
                i = name_end
                continue
        i += 1
    _title_places(analysis, sentence, gazetteer, vocab)
    _drop_dateline_place(analysis, sentence)
    drop_origins(analysis, sentence)
    _drop_reference_points(analysis, sentence, vocab)
    place_within(analysis, sentence, vocab)
    # later names are read near the places already named ("distrik Kyivskyi" after "Kharkiv")
    for ref in sentence.places:
        if ref.place is not None and ref.place.precision in ("town", "district") and ref.place.lat is not None:
            analysis.near = (round(ref.place.lat, 1), round(ref.place.lon, 1))
            analysis.near_city = ref.place.population >= CITY_WITH_DISTRICTS
    anaphora = set(analysis.grammar.get("place_anaphora", ()))
    for match in sentence.matches:
        if match.category == "generic_place" and not any(
            p.start <= match.start < p.end for p in sentence.places
        ):
            # "Kota yang sama dihantam rudal ...": the town just named, not the article's main region
            earlier = _previous_town(analysis, sentence) if match.text.lower() in anaphora else None
            sentence.places.append(PlaceRef(match.start, match.end, match.start_char, match.end_char,
                                            match.text, earlier, generic=earlier is None))
    sentence.places.sort(key=lambda p: p.start)


def _title_places(analysis: ArticleAnalysis, sentence: SentenceInfo, gazetteer, vocab: Vocabulary) -> None:
    """ "Gubernur Borno Babagana Zulum mengatakan": the place in a title runs into the holder's name, so the whole
    capitalised run is no place; its longest known beginning is the title's jurisdiction."""
    doc = analysis.doc
    end = sentence.token_end
    starts = {p.start for p in sentence.places}
    for match in sentence.matches:
        if match.category != "institution" or "{place}" not in match.payload:
            continue
        j = _skip_space(doc, match.end, end)
        if j >= end or j in starts or not _is_capitalised(doc[j]):
            continue
        name_end = _name_end(doc, j, end, set(), vocab)
        for k in range(name_end, j, -1):
            place = gazetteer.lookup(doc[j:k].text, fuzzy=False)
            if place is not None and place.precision in ("region", "town", "district"):
                sentence.title_places[match.end] = (doc[j:k].text, place.country)
                break


def _previous_town(analysis: ArticleAnalysis, sentence: SentenceInfo):
    """The last town or district named in the sentences just before, within PLACE_ANAPHORA_REACH."""
    for previous in range(sentence.index - 1, max(-1, sentence.index - 1 - PLACE_ANAPHORA_REACH), -1):
        named = [p.place for p in analysis.sentences[previous].places
                 if p.place is not None and not p.generic and p.place.precision in ("town", "district")]
        if named:
            return named[-1]
    return None


def dateline_end(analysis: ArticleAnalysis) -> int:
    """Where the dateline ends ("TEMPO.CO, Jakarta - ", "Moskow (ANTARA) - "): names before it say where the
    reporter was, not where anything happened. -1 when the article has no dateline."""
    if not analysis.article.dateline:
        return -1
    separator = re.search(r"\s[-–—]{1,2}\s|\)\s*[-–—]+\s", analysis.text[:100])
    return separator.end() if separator else -1


def drop_origins(analysis: ArticleAnalysis, sentence: SentenceInfo) -> None:
    """ "kapal kargo berbendera Liberia": the flag, the maker or the nationality is not where it happened."""
    origin_words = set(analysis.grammar.get("origin_words", ()))
    if not origin_words:
        return
    lower = analysis.token_lower

    destination_verbs = set(analysis.grammar.get("destination_verbs", ()))
    to_word = analysis.grammar.get("destination_preposition")
    from_word = analysis.grammar.get("source_preposition")
    group_ends = {m.end for m in sentence.matches if m.category == "group"}

    def after_origin_word(ref: PlaceRef) -> bool:
        j = ref.start - 1
        while j >= sentence.token_start and not lower[j].strip():
            j -= 1
        if j > sentence.token_start and lower[j] == to_word:
            # "dievakuasi ke Timika", "melarikan diri ke Kenyam": where they were taken or fled
            before = lower[j - 1]
            two = f"{lower[j - 2]} {before}" if j - 2 >= sentence.token_start else before
            return before in destination_verbs or two in destination_verbs
        if j > sentence.token_start and lower[j] == from_word and lower[j - 1] in origin_words:
            return True  # "para korban yang berasal dari Sulawesi Tenggara": where the victims come from
        if j > sentence.token_start and lower[j] == from_word and ref.place is not None \
                and ref.place.precision == "country":
            before = j - 1
            while before > sentence.token_start and not lower[before].strip():
                before -= 1
            return before + 1 in group_ends  # "Boko Haram dari Nigeria": the group's home, not the venue
        return j >= sentence.token_start and lower[j] in origin_words

    sentence.places = [p for p in sentence.places if not after_origin_word(p)]


def _drop_reference_points(analysis: ArticleAnalysis, sentence: SentenceInfo, vocab: Vocabulary) -> None:
    """ "di distrik Kachhi, sekitar 160 kilometer dari Quetta": the town a distance is measured from is not where
    it happened, when the sentence names another place."""
    lower = analysis.token_lower
    units = set(analysis.grammar.get("distance_units", ()))
    linking = set(analysis.grammar.get("distance_prepositions", ())) | vocab.direction_last_words

    def measured_from(ref: PlaceRef) -> bool:
        words = [lower[j] for j in range(max(sentence.token_start, ref.start - 4), ref.start) if lower[j].strip()]
        # "160 kilometer dari", "30 km barat laut", "50 kilometer di sebelah selatan"
        return bool(words) and words[-1] in linking and any(word in units for word in words[:-1])

    kept = [p for p in sentence.places if not measured_from(p)]
    if kept and len(kept) < len(sentence.places):
        sentence.places = kept


def _drop_dateline_place(analysis: ArticleAnalysis, sentence: SentenceInfo) -> None:
    limit = analysis.dateline_end
    if limit > sentence.start:
        sentence.places = [p for p in sentence.places if p.start_char >= limit]


def _blocked_tokens(sentence: SentenceInfo, categories: set[str]) -> set[int]:
    blocked: set[int] = set()
    for match in sentence.matches:
        if match.category in categories:
            blocked.update(range(match.start, match.end))
    return blocked


def _skip_space(doc: Doc, index: int, end: int) -> int:
    while index < end and doc[index].is_space:
        index += 1
    return index


def _name_end(doc: Doc, start: int, end: int, blocked: set[int], vocab: Vocabulary) -> int:
    """End of a capitalised name starting at `start`: "Nagorno-Karabakh", "Khan Yunis", "Tel Aviv"."""
    i = start
    while i < end and i not in blocked:
        token = doc[i]
        if _is_capitalised(token) and (token.is_alpha or any(ch.isalpha() for ch in token.text)):
            i += 1
        elif token.text in ("-", "'", "’") and not doc[i - 1].whitespace_ and i + 1 < end and (
                _is_capitalised(doc[i + 1]) or _hyphened_particle(doc, i + 1, end)):
            i += 1  # glue inside a name
        elif _hyphened_particle(doc, i, end) and i > start and doc[i - 1].text == "-":
            i += 1  # "Port-au-Prince": a short particle between hyphens
        elif token.lower_ in vocab.name_particles and i + 1 < end and not token.whitespace_:
            i += 1
        elif token.lower_ in vocab.spaced_name_particles and i > start and i + 1 < end \
                and _is_capitalised(doc[i + 1]):
            i += 1  # "Mocímboa da Praia", "Nioro du Sahel": a Romance particle between capitalised words
        else:
            break
        if doc[i - 1].whitespace_ and i < end and doc[i - 1].text.endswith("."):
            break
    return i


def _compass_region(doc: Doc, start: int, name_end: int, end: int, gazetteer, vocab: Vocabulary, countries: dict,
                    cued: bool, analysis: ArticleAnalysis) -> PlaceRef | None:
    """ "ke arah Israel utara", "Lebanon selatan": a name and a lower-case compass word after it name a region
    when the gazetteer knows it ("Northern District", "South Lebanon")."""
    for words in (2, 1):
        wider = name_end + words
        if wider > end or any(not doc[j].is_lower for j in range(name_end, wider)):
            continue
        if " ".join(doc[j].lower_ for j in range(name_end, wider)) not in vocab.compass_words:
            continue
        ref = _place_ref(doc, start, wider, gazetteer, vocab, countries, end, strong=cued, analysis=analysis)
        if ref is not None and ref.place is not None and ref.place.precision in ("region", "district"):
            return ref
    return None


def _hyphened_particle(doc: Doc, index: int, end: int) -> bool:
    """A short lower-case word glued by hyphens between capitalised parts of a name ("au" in Port-au-Prince)."""
    if index + 2 >= end:
        return False
    token = doc[index]
    return token.is_alpha and token.is_lower and len(token.text) <= 3 and not token.whitespace_ \
        and doc[index + 1].text == "-" and not doc[index + 1].whitespace_ and _is_capitalised(doc[index + 2])


def _passive_verb(word: str, analysis: ArticleAnalysis | None) -> bool:
    """ "dibantah", "diakui": a passive verb, whose bare noun after it is its doer."""
    if analysis is None:
        return False
    grammar = analysis.grammar
    prefix = grammar.get("passive_prefix")
    return bool(prefix) and word.startswith(prefix) and word.isalpha() and len(word) > 4 \
        and word not in grammar.get("not_verbs", ())


def _acts(doc: Doc, index: int, limit: int, vocab: Vocabulary) -> bool:
    """Whether the word after a name is a verb (meN-/ber- forms, or a verb the pack lists)."""
    j = _skip_space(doc, index, limit)
    if j >= limit:
        return False
    word = doc[j].lower_
    return word.startswith(vocab.verb_prefixes) and len(word) > 4 or word in vocab.acting_adverbs


def _name_series(doc: Doc, start: int, end: int, blocked: set[int], countries: dict,
                 vocab: Vocabulary) -> list[tuple[int, int]]:
    """Names after a place noun: one, or a list "Tartar, Barda, Agdam, dan Jabrayil"."""
    names: list[tuple[int, int]] = []
    i = start
    while i < end:
        if not _is_capitalised(doc[i]):
            break
        name_end = _name_end(doc, i, end, set(), vocab)
        if name_end == i:
            break
        names.append((i, name_end))
        j = name_end
        # a following "(Artsakh)" gloss belongs to the same name
        if j + 2 < end and doc[j].text == "(" and doc[j + 2].text == ")":
            names[-1] = (i, j + 3)
            j += 3
        if j < end and doc[j].text == ",":
            j += 1
            if j < end and doc[j].lower_ == vocab.and_word:
                j += 1
        elif j < end and doc[j].lower_ in vocab.list_joiners:
            j += 1
        else:
            break
        j = _skip_space(doc, j, end)
        if j >= end or not _is_capitalised(doc[j]) or j in countries:
            break  # "kota Ganja, Azerbaijan": the country says where, it is not another item
        i = j
    return names


def plain_place_name(analysis: ArticleAnalysis, start: int, end: int, vocab: Vocabulary) -> bool:
    """Capitalised words only, none a common word or a place noun, and not an acronym ("di RSUD", "di Gedung"):
    what a name the gazetteer lacks must look like to be taken as a place."""
    words = [analysis.token_text[i] for i in range(start, end) if not analysis.doc[i].is_space]
    return bool(words) and not any(w.isupper() and len(w) > 1 for w in words) and all(
        w[:1].isupper() and (w.isalpha() or "-" in w) and w.lower() not in vocab.stop_words
        and w.lower() not in vocab.place_noun_words for w in words)


def _named_before_its_area(analysis: ArticleAnalysis, start: int, end: int, limit: int, place_nouns: dict,
                           vocab: Vocabulary) -> PlaceRef | None:
    """ "di Dioura, wilayah Mopti", "di Puerto Jordan, Provinsi Arauca": a name the gazetteer lacks, placed by the
    text in a region or district named right after it, is a place there (its coordinates come from that area)."""
    doc = analysis.doc
    if not plain_place_name(analysis, start, end, vocab):
        return None
    after = _skip_space(doc, end, limit)
    if after >= limit or analysis.token_text[after] != ",":
        return None
    area = _skip_space(doc, after + 1, limit)
    if not any(noun.payload in ("region", "district") for noun in place_nouns.get(area, [])):
        return None
    text = doc[start:end].text
    place = Place(name=text, country=None, admin1=None, lat=None, lon=None, geonames_id=None, precision="town",
                  source="text")
    return PlaceRef(start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), text, place)


def _join_known_names(doc: Doc, names: list[tuple[int, int]], gazetteer, vocab: Vocabulary) -> list[tuple[int, int]]:
    """ "distrik Poonch, Jammu dan Kashmir": two items joined by "dan" that the gazetteer knows as one name are
    one place, not the end of a list."""
    joined: list[tuple[int, int]] = []
    for span in names:
        if joined and doc[joined[-1][1]:span[0]].text.strip().lower() == vocab.and_word \
                and gazetteer.lookup(doc[joined[-1][0]:span[1]].text, fuzzy=False) is not None:
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


SHORT_ACRONYM = 3  # letters of an all-capital word that is never read as a place name


def _place_ref(doc: Doc, start: int, end: int, gazetteer, vocab: Vocabulary, countries: dict, limit: int, *,
               precision: str | None = None, strong: bool = False, noun: LexMatch | None = None,
               analysis: ArticleAnalysis | None = None) -> PlaceRef | None:
    # the article read so far: the last town's coordinates, the countries it names, the places it introduced
    near = analysis.near if analysis is not None else None
    known = analysis.named_countries if analysis is not None else None
    seen = analysis.text_places if analysis is not None else None
    span = doc[start:end]
    text = span.text
    words = text.lower().split()
    previous = start - 1
    while previous >= 0 and doc[previous].is_space:
        previous -= 1
    if previous >= 0 and start in countries and doc[previous].lower_ in vocab.force_words:
        return None  # "pasukan Kyiv", "militer Moskow": a capital naming its country's forces
    if not strong:
        # A lone capitalised common word at a sentence start is not a place ("Dalam", "Penduduk").
        if all(w in vocab.stop_words for w in words):
            return None
        if start in countries and countries[start][0].end >= end:
            match = countries[start][0]
            if match.category == "country" or _acts(doc, end, limit, vocab):
                return None  # "Armenia menyerang", "Ankara membantah": a country or capital as an actor
            if previous >= 0 and _passive_verb(doc[previous].lower_, analysis):
                return None  # "tuduhan yang selalu dibantah Kabul": the capital as the government that did it
    country_hint = None
    after = end
    # "kota Ganja, Azerbaijan": the country after the comma says which Ganja.
    if after + 1 < limit and doc[after].text == "," and (after + 1) in countries:
        country_match = countries[after + 1][0]
        if country_match.category == "country":
            country_hint = country_match.payload
            after = country_match.end
    if text.isupper() and len(text.replace(".", "")) <= SHORT_ACRONYM:
        return None  # "berinisial MK", "TPN", "RS": initials and acronyms, not GeoNames' alternate codes
    # near-spellings are tried only where the text says a place follows ("di", "desa"): a capitalised word
    # elsewhere that is not a known name is not a place
    place = gazetteer.lookup(text, country_hint=country_hint, precision=precision, fuzzy=strong, near=near)
    if country_hint is None and foreign_namesake(place, known):
        place = None  # "wilayah Hiran" in a Somalia story is not a hamlet of that name in Iraq
    elif country_hint is None and _far_namesake(place, noun, near, known, vocab):
        place = None  # "Distrik Paro" in a Papua story: a district the text names, not a Bhutanese town
    if place is None:
        place = _unlisted_place(doc, start, end, text, noun, precision, vocab, countries, country_hint)
        if place is not None:
            place = dataclasses.replace(place, name=gazetteer.english_order(place.name))  # "North Waziristan"
        if place is not None and seen is not None:
            seen.setdefault(fold(text), place)
        elif place is None and seen:
            place = seen.get(fold(text))
    if place is None:
        return None
    if noun is not None and noun.payload == "region" and place.precision == "town" and place.source == "geonames" \
            and fold(text) not in (fold(place.name), fold(place.admin1 or "")):
        return None  # "negara bagian Chin" is a state, not a town that once was called Chin
    if noun is not None and noun.payload == "region" and place.precision == "town":
        place = dataclasses.replace(place, precision="region")  # "wilayah Sagaing": the region, at its seat
    if noun is not None and noun.text.lower() in vocab.suburb_nouns and near is not None and place.lat is not None \
            and analysis is not None and analysis.near_city \
            and haversine_km(near, (place.lat, place.lon)) > SUBURB_RADIUS_KM:
        # "distrik Kyivskyi" in a Kharkiv story is Kharkiv's district, not a town of that name far off: the name
        # the text gives, placed by the city (after a small town, "Distrik Homeyo" is the region's district,
        # however far its seat)
        place = _unlisted_place(doc, start, end, text, noun, precision, vocab, countries, country_hint)
        if place is None:
            return None
    if not strong and place.source == "geonames" and place.population < 100_000 and place.precision == "town":
        return None  # an unknown capitalised word matching a small village somewhere: too weak
    quoted_end = after
    quoted_start = noun.start if noun is not None and noun.payload != "region" else start
    if noun is not None and precision == "district":
        quoted_start = start
    return PlaceRef(start, after, doc[quoted_start].idx, doc[quoted_end - 1].idx + len(doc[quoted_end - 1].text),
                    doc[quoted_start:quoted_end].text, place, noun=noun.text.lower() if noun is not None else None)


def _far_namesake(place: Place | None, noun: LexMatch | None, near: tuple[float, float] | None,
                  known: set[str] | None, vocab: Vocabulary) -> bool:
    """ "Distrik Paro" a sentence after Nduga: a district the text names, far from where the story has been, in a
    country it never names, is not the small foreign town of that name."""
    return place is not None and noun is not None and noun.payload == "district" \
        and noun.text.lower() in vocab.unlisted_place_nouns and place.source == "geonames" \
        and place.population < NAMED_DIVISION_POPULATION and bool(known) and place.country not in known \
        and near is not None and place.lat is not None \
        and haversine_km(near, (place.lat, place.lon)) > NAMESAKE_DISTANCE_KM


def foreign_namesake(place: Place | None, known: set[str] | None) -> bool:
    """A gazetteer hamlet in a country the text never names: a namesake of the place meant."""
    return place is not None and bool(known) and place.source == "geonames" \
        and place.population < TINY_PLACE_POPULATION and place.country not in known


def _unlisted_place(doc: Doc, start: int, end: int, text: str, noun: LexMatch | None, precision: str | None,
                    vocab: Vocabulary, countries: dict, country: str | None) -> Place | None:
    """ "desa Pazigyi", "kampung Ilu": a name the text itself calls a village or a district is a place even when
    the gazetteer lacks it. It keeps its name; coordinates come later from the area it is said to lie in."""
    if noun is None or start in countries or noun.text.lower() not in vocab.unlisted_place_nouns:
        return None
    before = noun.start - 1
    if before >= 0 and doc[before].lower_ in vocab.unlisted_place_blockers:
        return None  # "Wali Kota Kharkiv Ihor Petrenko": a title, then a person
    tokens = [t for t in doc[start:end] if not t.is_space]
    if not tokens or not all(t.text[:1].isupper() and (t.is_alpha or "-" in t.text) for t in tokens):
        return None
    if any(t.lower_ in vocab.stop_words or t.lower_ in vocab.place_noun_words for t in tokens):
        return None
    level = precision or UNLISTED_PRECISION.get(noun.payload, "town")
    return Place(name=text, country=country, admin1=None, lat=None, lon=None, geonames_id=None, precision=level,
                 source="text")


CITY_WITH_DISTRICTS = 100_000  # a town this large has districts an article names without naming the town again


def place_within(analysis: ArticleAnalysis, sentence: SentenceInfo, vocab: Vocabulary) -> None:
    """Unlisted places take their country and coordinates from the listed place the text puts them in
    ("desa Pazigyi, kota Kanbalu, wilayah Sagaing": Kanbalu's), from an earlier sentence that located them, or,
    for a city district, from the city just named ("kota Kyiv ... di distrik Solomianskyi")."""
    for index, ref in enumerate(sentence.places):
        if ref.place is None or ref.place.source != "text":
            continue
        district = sentence.places[index + 1] if index + 1 < len(sentence.places) else None
        if ref.noun in vocab.village_nouns and district is not None and district.noun in vocab.village_district_nouns \
                and district.place is not None and district.place.source == "text" \
                and district.start - ref.end <= UNLISTED_CONTAINER_GAP:
            # "Kampung Tuniki, Distrik Sinak": coded at Sinak, the text keeps the village
            ref.place = dataclasses.replace(ref.place, name=district.place.name, precision="district")
        container = next((p for p in sentence.places[index + 1:] if p.place is not None and p.place.source != "text"
                          and p.place.lat is not None and p.start - ref.end <= UNLISTED_CONTAINER_GAP), None)
        if container is None:
            container = _located_before(analysis, ref.place.name)
        if container is None and ref.noun in vocab.suburb_nouns:
            container = next((p for p in reversed(sentence.places[:index]) if p.place is not None
                              and p.place.source != "text" and p.place.precision == "town"
                              and p.place.lat is not None), None)
        if container is None and ref.noun in vocab.suburb_nouns:
            container = _city_told_before(analysis, sentence)  # "distrik Abu Salim" a paragraph after Tripoli
        if container is not None:
            area = container.place
            ref.place = dataclasses.replace(ref.place, country=area.country, admin1=area.admin1, lat=area.lat,
                                            lon=area.lon)
            continue
        # "kota Rubaya di provinsi Kivu Utara, Republik Demokratik Kongo": at least the country
        # ("di negara bagian Chin, ... kota Paletwa, ... menuju India": Chin's country, not the one fled to)
        # ... but not "kota Maungdaw di perbatasan Bangladesh": the country across the border
        country = next((m.payload for m in sentence.matches if m.category == "country"
                        and ref.end <= m.start <= ref.end + UNLISTED_CONTAINER_GAP
                        and analysis.token_lower[m.start - 1] not in vocab.border_words), None)
        if country is None:
            country = next((p.place.country for p in reversed(sentence.places[:index]) if p.place is not None
                            and p.place.source != "text" and p.place.country), None)
        if country is None:
            # "di sekitar Kokorou" with nothing around it: the country the story was last in
            country = _country_told_before(analysis, sentence, vocab)
        if country is not None:
            ref.place = dataclasses.replace(ref.place, country=country)


def _country_told_before(analysis: ArticleAnalysis, sentence: SentenceInfo, vocab: Vocabulary) -> str | None:
    """The country of the last listed place before this sentence, else the home of a group the sentence names
    ("Tentara Arakan ... kota Wetlamaw ... menuju India": Myanmar), else the article's most named country."""
    for earlier in reversed(analysis.sentences[:sentence.index]):
        for ref in reversed(earlier.places):
            if ref.place is not None and ref.place.source != "text" and ref.place.country:
                return ref.place.country
    groups = vocab.groups
    home = next((groups[m.payload].get("country") for m in sentence.matches if m.category == "group"
                 and m.payload in groups and groups[m.payload].get("country")), None)
    return home or analysis.most_named_country


def _city_told_before(analysis: ArticleAnalysis, sentence: SentenceInfo) -> PlaceRef | None:
    """The last city (a town large enough to have districts) named in this paragraph or the one before."""
    for earlier in reversed(analysis.sentences[:sentence.index]):
        if sentence.paragraph - earlier.paragraph > 1:
            break
        for ref in reversed(earlier.places):
            if ref.place is not None and ref.place.source == "geonames" and ref.place.precision == "town" \
                    and ref.place.population >= CITY_WITH_DISTRICTS and ref.place.lat is not None:
                return ref
    return None


def _located_before(analysis: ArticleAnalysis, name: str) -> PlaceRef | None:
    """ "Kampung Titigi, Distrik Sugapa" once, then "di Kampung Titigi": the same village, already located."""
    for sentence in analysis.sentences:
        for ref in sentence.places:
            if ref.place is not None and ref.place.source == "text" and ref.place.name == name \
                    and ref.place.lat is not None:
                return ref
    return None


# ---------------------------------------------------------------------------------------------------- actors
def read_actors(analysis: ArticleAnalysis, sentence: SentenceInfo, vocab: Vocabulary) -> None:
    """Actor phrases: named groups, head noun + country, bare countries and capitals, pronouns."""
    doc = analysis.doc
    place_tokens = {t for p in sentence.places for t in range(p.start, p.end) if not p.generic}
    # "darurat militer", "operasi militer", "VIVA Militer": the head noun is part of another phrase
    # "Myanmar Now", "Kyiv Independent": an outlet's name holds no actor either
    # "Komando Afrika Amerika Serikat (AFRICOM)": a named body's name holds no second party
    # ... but "Kedua pihak menyepakati": a speaker's phrase that names both sides is an actor too
    sides_at = {m.start for m in sentence.matches if m.category == "both_sides"}
    inside = {t for m in sentence.matches if m.category in ("trigger", "outlet", "agency", "group_claimant")
              and m.end - m.start > 1 and not (m.category == "group_claimant" and m.start in sides_at)
              for t in range(m.start, m.end)}
    place_tokens |= {t for t in inside if t not in {g.start for g in sentence.matches if g.category == "group"}}
    heads = _matches_at(sentence.matches, set(ACTOR_HEADS))
    groups = _matches_at(sentence.matches, {"group"})
    countries = _matches_at(sentence.matches, {"country", "capital"})
    institutions = _matches_at(sentence.matches, {"institution"})
    pronouns = _matches_at(sentence.matches, {"pronoun_actor", "both_sides", "enemy"})
    anaphors = _matches_at(sentence.matches, {"group_anaphor"})
    actors: list[ActorRef] = []
    i = sentence.token_start
    end = sentence.token_end
    while i < end and doc[i].idx < analysis.dateline_end:
        i += 1  # "JAKARTA, KOMPAS.com -": the dateline names no actor
    while i < end:
        if i in place_tokens:
            i += 1
            continue
        if i in groups:
            match = max(groups[i], key=lambda m: m.end - m.start)
            group = vocab.groups[match.payload]
            group_end, end_char = match.end, match.end_char
            following = _skip_space(doc, group_end, end)
            if following in countries and countries[following][0].category == "country":
                # "Kelompok Houthi Yaman", "Hamas Palestina": the country says whose group it is
                group_end, end_char = countries[following][0].end, countries[following][0].end_char
            actors.append(ActorRef(i, group_end, match.start_char, end_char, doc[i:group_end].text, "group",
                                   country=group.get("country"), name=group["name"], kind=group.get("kind")))
            i = group_end
            continue
        if i in anaphors:
            match = max(anaphors[i], key=lambda m: m.end - m.start)
            if match.end >= max((m.end for m in heads.get(i, [])), default=i):
                # "kelompok paramiliter itu": the group just named, resolved with the discourse
                actors.append(ActorRef(i, match.end, match.start_char, match.end_char, match.text, "group_anaphor"))
                i = match.end
                continue
        if i in pronouns and not any(i in heads for _ in (0,)):
            match = max(pronouns[i], key=lambda m: m.end - m.start)
            role = {"both_sides": "both_sides", "enemy": "enemy"}.get(match.category, "pronoun")
            actors.append(ActorRef(i, match.end, match.start_char, match.end_char, match.text, role, possessive=True))
            i = match.end
            continue
        longer_institution = i in institutions and max(m.end for m in institutions[i]) > max(
            (m.end for m in heads.get(i, [])), default=i)
        if i in heads and not longer_institution:
            ref, after = _head_actor(doc, i, end, heads, countries, groups, vocab)
            named = _skip_space(doc, after, end)
            if named in groups and ref.country is None and ref.role in ("unidentified", "military", "rioter"):
                # "kelompok bersenjata TPNPB", "milisi Houthi": the kind word and the group's name are one actor
                match = max(groups[named], key=lambda m: m.end - m.start)
                group = vocab.groups[match.payload]
                actors.append(ActorRef(i, match.end, ref.start_char, match.end_char, doc[i:match.end].text, "group",
                                       country=group.get("country"), name=group["name"], kind=group.get("kind")))
                i = match.end
                continue
            if named in groups and ref.country is None and ref.role == "civilian":
                # "mantan kombatan FARC": people named after the group they left are civilians of its country
                match = max(groups[named], key=lambda m: m.end - m.start)
                actors.append(dataclasses.replace(ref, end=match.end, end_char=match.end_char,
                                                  text=doc[i:match.end].text,
                                                  country=vocab.groups[match.payload].get("country")))
                i = match.end
                continue
            actors.append(ref)
            i = after
            continue
        if i in institutions:
            match = max(institutions[i], key=lambda m: m.end - m.start)
            j = _skip_space(doc, match.end, end)
            country = None
            if j in countries:
                country = countries[j][0].payload
                j = countries[j][0].end
            else:
                j = match.end
            actors.append(ActorRef(i, j, match.start_char, doc[j - 1].idx + len(doc[j - 1].text),
                                   doc[i:j].text, "institution", country=country))
            i = j
            continue
        if i in countries:
            match = countries[i][0]
            ref = ActorRef(i, match.end, match.start_char, match.end_char, match.text, "country",
                           country=match.payload, capital=match.category == "capital")
            before = _word_before(analysis, sentence, i)
            if ref.capital and before in vocab.direction_last_words:
                # "timur laut Ramallah", "30 kilometer barat laut Mogadishu": a capital after a direction says where
                # a place lies; no party to the sentence, but it says whose land the story is on. A country there
                # stays a party ("barat laut Nigeria": whose land it is)
                sentence.landmarks.append(ref)
            elif before not in vocab.origin_or_backer_words and not _after_mission(analysis, sentence, i, vocab):
                # not "kapal berbendera Liberia", "pilot asal Selandia Baru", "M23 yang didukung Rwanda", "di
                # perbatasan Bangladesh": a flag, a nationality, a backer or a border is no party to what is told
                actors.append(ref)
            i = match.end
            continue
        i += 1
    # "revisi Undang-Undang TNI", "RUU Polri": a force named in a law's title is the law's subject, not a party
    actors = [a for a in actors if _word_before(analysis, sentence, a.start) not in vocab.law_words]
    _distribute_coordination(doc, actors, vocab)
    sentence.actors = _led_by_groups(doc, actors, vocab)


def _after_mission(analysis: ArticleAnalysis, sentence: SentenceInfo, index: int, vocab: Vocabulary) -> bool:
    """ "Kedutaan Besar RI di Nairobi": a country's embassy speaks and helps its citizens; it is no party."""
    words = [w for w in analysis.token_lower[max(sentence.token_start, index - 3):index] if w.strip()]
    text = " ".join(words)
    return any(text.endswith(mission) for mission in vocab.mission_words)


def _word_before(analysis: ArticleAnalysis, sentence: SentenceInfo, index: int) -> str | None:
    j = index - 1
    while j >= sentence.token_start and not analysis.token_lower[j].strip():
        j -= 1
    return analysis.token_lower[j] if j >= sentence.token_start else None


def _led_by_groups(doc: Doc, actors: list[ActorRef], vocab: Vocabulary) -> list[ActorRef]:
    """ "Pemberontak Suriah yang dipimpin kelompok Hayat Tahrir al-Sham": the rebels are that group."""
    result: list[ActorRef] = []
    skip: set[int] = set()
    for index, actor in enumerate(actors):
        if index in skip:
            continue
        following = actors[index + 1] if index + 1 < len(actors) else None
        between = doc[actor.end:following.start].text.lower() if following is not None else ""
        if following is not None and following.role == "group" and actor.role in ("unidentified", "military") \
                and between.startswith(vocab.led_by_words) and len(between.split()) <= 4:
            result.append(ActorRef(actor.start, following.end, actor.start_char, following.end_char,
                                   doc[actor.start:following.end].text, "group", country=following.country,
                                   name=following.name, kind=following.kind))
            skip.add(index + 1)
            continue
        result.append(actor)
    return result


def _head_actor(doc: Doc, i: int, end: int, heads: dict, countries: dict, groups: dict,
                vocab: Vocabulary) -> tuple[ActorRef, int]:
    """A chain of head nouns and the country that follows: "unit militer angkatan bersenjata Armenia"."""
    start = i
    roles: list[str] = []
    possessive = False
    while i < end and i in heads:
        match = max(heads[i], key=lambda m: m.end - m.start)
        roles.append(ACTOR_HEADS[match.category])
        possessive = possessive or match.possessive or vocab.has_clitic(doc[match.end - 1].lower_)
        i = _skip_space(doc, match.end, end)
        if i in groups:
            break
    country = None
    if i < end and i in countries and not possessive:
        country_match = countries[i][0]
        country = country_match.payload
        i = country_match.end
    elif i > start and doc[i - 1].is_space:
        i -= 1
    role = max(roles, key=lambda r: ROLE_PRIORITY[r]) if roles[0] != "civilian" or "settlement" in roles else "civilian"
    if roles[0] == "civilian" and "military" in roles:
        role = "military"  # "personil tentara": soldiers
    if roles[0] == "civilian" and "unidentified" in roles:
        role = "unidentified"  # "seorang perempuan pelaku bom bunuh diri": the bomber, not a civilian
    last = doc[i - 1]
    return ActorRef(start, i, doc[start].idx, last.idx + len(last.text), doc[start:i].text, role,
                    country=country, kind=KIND_OF_ROLE.get(role), possessive=possessive), i


def _distribute_coordination(doc: Doc, actors: list[ActorRef], vocab: Vocabulary) -> None:
    """ "pasukan Armenia dan Azerbaijan": the bare second country shares the first one's head noun."""
    for left, right in pairwise(actors):
        if right.role != "country" or left.role not in ACTOR_HEADS.values() or left.country is None:
            continue
        between = doc[left.end:right.start]
        if between.text.strip().lower() in vocab.actor_joiners:
            right.role = left.role
            right.kind = left.kind


# ---------------------------------------------------------------------------------------------------- claims
def read_claim(analysis: ArticleAnalysis, sentence: SentenceInfo, vocab: Vocabulary) -> None:
    """Who the sentence says asserts it: "kata Kementerian ...", "Penduduk mengatakan", "menurut ..."."""
    doc = analysis.doc
    end = sentence.token_end
    matches = sentence.matches
    best: ClaimRef | None = None
    for match in matches:
        if match.category == "postposed_verb":
            speaker_start = _skip_space(doc, match.end, end)
            claim = _speaker_claim(doc, speaker_start, min(end, speaker_start + 12), sentence, vocab, match,
                                   pronoun_cue=vocab.has_clitic(match.text.lower()) or " " in match.text)
        elif match.category == "speech_verb":
            if _verb_is_the_act(doc, sentence, match):
                continue
            left = _clause_start(doc, sentence, match.start)
            if left == match.start and match.start > sentence.token_start and doc[match.start - 1].text == ",":
                # "Juru bicara Pertahanan Sipil Gaza, Samir Odeh, mengatakan": the title before the appositive
                # name says whom the speaker speaks for
                name_start = _clause_start(doc, sentence, match.start - 2)
                title_start = _clause_start(doc, sentence, name_start - 2) if name_start - 2 >= sentence.token_start \
                    and doc[name_start - 1].text == "," else name_start
                left = max(sentence.token_start, title_start, match.start - 14)
            claim = _speaker_claim(doc, left, match.start, sentence, vocab, match, before=True)
        elif match.category == "preposed_cue":
            if any(m.category == "speech_verb" and match.end <= m.start <= match.end + PREPOSED_CUE_VERB_GAP
                   for m in matches):
                continue  # "Hizbullah dalam pernyataan terpisah mengaku ...": the verb's subject speaks
            speaker_start = _skip_space(doc, match.end, end)
            claim = _speaker_claim(doc, speaker_start, min(end, speaker_start + 12), sentence, vocab, match)
        else:
            continue
        if claim is not None and (best is None or claim.strength > best.strength):
            best = claim
    for match in matches:
        if match.category in ("own_report",):
            own = ClaimRef(None, None, match.text, "own_report", match.start_char, match.end_char,
                           (match.start, match.end), strength=1)
            if best is None or best.strength <= 1:
                best = own
    if best is None:
        for match in matches:
            if match.category == "unattributed":
                best = ClaimRef(None, None, match.text, "unattributed", match.start_char, match.end_char,
                                (match.start, match.end), strength=1)
                break
    deniers = _deniers(doc, sentence, vocab)
    if deniers:
        if best is None:
            best = ClaimRef(None, None, None, "unattributed", strength=0)
        best.deniers = [name for name, _ in deniers]
        best.denier_parties = {country for _, country in deniers if country}
    sentence.claim = best
    sentence.relays = _relays(doc, sentence, analysis)
    # an attribution phrase with a speaker is its own clause; "dikabarkan" inside a clause is not
    if best is not None and best.token_span[0] >= 0 and best.kind not in ("unattributed", "own_report"):
        sentence.claim_spans.append(best.token_span)
        # "Kepala Penerangan Kodam ... di Jayapura, Selasa, mengatakan": where the speaker spoke, not the event
        first, last = best.token_span
        located = {m.end for m in sentence.matches if m.category == "place_prep"}
        sentence.places = [p for p in sentence.places if not (first <= p.start < last and p.start in located)]
    # a quotation with no speaker of its own takes the next or previous sentence's speaker (resolved later)
    text = analysis.sentence_text(sentence.index).strip()
    sentence.in_quote = bool(text) and text[0] in QUOTES_OPEN and text.rstrip(".")[-1:] in QUOTES_CLOSE


def _verb_is_the_act(doc: Doc, sentence: SentenceInfo, verb: LexMatch) -> bool:
    """ "mengumumkan keadaan darurat militer": announcing is the event itself, not a claim about one
    (but "merilis video serangan" is a claim: a report noun stands between)."""
    for match in sentence.matches:
        if match.category == "trigger" and verb.end <= match.start <= verb.end + 1 \
                and match.payload[0] in POLITICAL_TRIGGERS:
            between = {m.category for m in sentence.matches if verb.end <= m.start < match.start}
            # "menyebut pasukannya dikerahkan": a subject between, the act is what the speaker reports
            return not between & {"report_noun", "military_noun", "police_noun", "government_noun", "pronoun_actor",
                                  "group", "country"}
    return False


def _clause_start(doc: Doc, sentence: SentenceInfo, index: int) -> int:
    start = sentence.token_start
    j = index - 1
    while j >= start:
        token = doc[j]
        if token.text in (",", ";", ":", "“", "”", '"') or j in sentence.clause_breaks:
            return j + 1
        j -= 1
    return start


def _speaker_claim(doc: Doc, start: int, end: int, sentence: SentenceInfo, vocab: Vocabulary, cue: LexMatch, *,
                   before: bool = False, pronoun_cue: bool = False) -> ClaimRef | None:
    if start >= end and not pronoun_cue:
        return None
    in_window = [m for m in sentence.matches if start <= m.start and m.end <= end]
    if before:
        # the speaker is the phrase nearest the verb: "Sejumlah pengamat militer menduga"
        in_window.sort(key=lambda m: (-m.end, m.start))
    else:
        in_window.sort(key=lambda m: (m.start, -m.end))
        # a postposed speaker stops at the first punctuation: "kata X, yang ..."
        stop = next((j for j in range(start, end) if doc[j].text in (",", ".", ";", "(")), end)
        in_window = [m for m in in_window if m.end <= stop] or in_window[:0]
        end = stop

    def make(name, party, kind, strength, s, e):
        claim_start = min(cue.start, s)
        claim_end = max(cue.end, e)
        return ClaimRef(name, party, doc[claim_start:claim_end].text, kind, doc[claim_start].idx,
                        doc[claim_end - 1].idx + len(doc[claim_end - 1].text), (claim_start, claim_end),
                        strength=strength)

    outlets = [m for m in in_window if m.category in ("outlet", "agency")]
    in_window = [m for m in in_window if not any(o.start <= m.start < o.end for o in outlets if o is not m)]
    candidates: list[tuple[int, int, ClaimRef]] = []
    for match in in_window:
        claim = None
        claim_end = match.end
        if match.category == "group_claimant":
            # a named body ("DSNS", "UKMTO") speaks as surely as a ministry; "warga", "sumber medis" less so
            named_body = match.payload[:1].isupper()
            party = vocab.claimant_parties.get(match.payload)
            if party is None and match.payload in vocab.local_claimants:
                # "pejabat setempat": officials of the place the sentence names
                party = next((p.place.country for p in sentence.places if p.place is not None and p.place.country
                              and not p.generic), None)
            claim = make(match.payload, party, "group", 4 if named_body else 3, match.start, match.end)
        elif match.category == "group":
            group = vocab.groups[match.payload]
            # "Kelompok Houthi Yaman mengklaim": the country qualifies the group, it is not a second speaker
            _country, claim_end, _place = _country_after(doc, match.end, end, sentence)
            claim = make(group["name"], group.get("country"), "explicit", 4, match.start, claim_end)
        elif match.category == "institution":
            country, claim_end, place = _country_after(doc, match.end, end, sentence)
            if country is not None and place is None and "{place}" in match.payload:
                place = _capital_after(doc, match.end, end, sentence)  # "gubernur wilayah Kyiv": of Kyiv
            if country is None and match.end in sentence.title_places:
                place, country = sentence.title_places[match.end]  # "Gubernur Borno Babagana Zulum"
            if country is None:
                country, claim_end, place = _local_place(doc, match.end, end, sentence, vocab)
            if country is None:
                claim = make(None, None, "pronoun", 2, match.start, match.end)
                claim.template = match.payload
                claim_end = match.end
            else:
                if match.payload in vocab.national_templates:
                    place = None  # "polisi setempat" in Zamfara are Nigeria's police
                name = institution_name(match.payload, country, place, vocab)
                claim = make(name, country, "explicit", 5, match.start, claim_end)
                claim.template = match.payload  # "kementerian itu" later points back to this ministry
        elif match.category in ("military_noun", "government_noun", "police_noun"):
            country, claim_end, _place = _country_after(doc, match.end, end, sentence)
            if country is not None:
                claim = make(vocab.actor_name(ACTOR_HEADS[match.category], country), country, "explicit", 4,
                             match.start, claim_end)
        elif match.category in ("country", "capital"):
            if any(m.category == "place_prep" and m.end == match.start for m in sentence.matches):
                continue  # "Kementerian Kesehatan Palestina di Ramallah mengatakan": where the speaker sits
            claim = make(vocab.actor_name("government", match.payload), match.payload, "explicit", 4,
                         match.start, match.end)
        elif match.category in ("pronoun_speaker", "pronoun_actor"):
            claim = make(None, None, "pronoun", 2, match.start, match.end)
            # "kementerian itu": the last ministry, not whoever spoke last
            words = match.text.lower().split()
            kind = next((vocab.pronoun_speaker_kinds[w] for w in words if w in vocab.pronoun_speaker_kinds), None)
            if kind is not None:
                claim.template = kind
        elif match.category in ("outlet", "agency"):
            if candidates and not before:
                break  # "menurut sumber militer yang dikutip kantor berita AFP": the source, then its relay
            return None  # an outlet cited as the source is a relay (or the publisher itself)
        if claim is not None:
            candidates.append((match.start, claim_end, claim, CLAIMANT_PRIORITY.get(match.category, 0)))
    if candidates:
        if before:
            # the speaker is the phrase ending nearest the verb, the longest of those
            return max(candidates, key=lambda c: (c[1], -c[0], c[3]))[2]
        return min(candidates, key=lambda c: (c[0], -c[1], -c[3]))[2]
    if pronoun_cue:
        return ClaimRef(None, None, cue.text, "pronoun", cue.start_char, cue.end_char, (cue.start, cue.end), strength=2)
    # a person named without an institution: "kata Avichay Adraee"
    cue_words = {t for m in sentence.matches if m.category == "relay_cue" for t in range(m.start, m.end)}
    names = [j for j in range(start, end) if _is_capitalised(doc[j]) and doc[j].is_alpha
             and doc[j].lower_ not in vocab.stop_words and j not in cue_words]  # "Media lokal melaporkan"
    if names and before:
        # the name nearest the verb: "Kepala desa, Ahmad Rustamov, mengatakan"
        last_run = names[-1]
        while last_run - 1 in names:
            last_run -= 1
        names = [j for j in names if j >= last_run]
    if names and (before or names[0] == start):
        first = names[0]
        last = first
        while last + 1 < end and _is_capitalised(doc[last + 1]) and doc[last + 1].is_alpha:
            last += 1
        return make(doc[first:last + 1].text, None, "explicit", 3, first, last + 1)
    return None


def _country_after(doc: Doc, index: int, end: int, sentence: SentenceInfo) -> tuple[str | None, int, str | None]:
    """The country an institution belongs to, and the place when a place names it: "Kementerian Pertahanan
    Azerbaijan" (AZE), "Kementerian Kesehatan Gaza" (PSE, Gaza), "Gubernur Belgorod" (RUS, Belgorod)."""
    j = _skip_space(doc, index, end)
    for match in sentence.matches:
        if match.category in ("country", "capital") and match.start == j:
            return match.payload, match.end, None
    for place in sentence.places:
        if place.start <= j < place.end and place.place is not None and place.place.country:
            name = doc[j:place.end].text if place.place.precision != "country" else None
            return place.place.country, place.end, name
    return None, index, None


def _capital_after(doc: Doc, index: int, end: int, sentence: SentenceInfo) -> str | None:
    j = _skip_space(doc, index, end)
    match = next((m for m in sentence.matches if m.category == "capital" and m.start == j), None)
    return match.text if match is not None else None


def _local_place(doc: Doc, index: int, end: int, sentence: SentenceInfo,
                 vocab: Vocabulary) -> tuple[str | None, int, str | None]:
    """ "Di wilayah Zaporizhzhia, gubernur setempat mengatakan": "setempat" (local) points at the place the
    sentence names, which gives the institution its country and, for a governor, its region."""
    j = _skip_space(doc, index, end)
    if j >= end or doc[j].lower_ not in vocab.local_words:
        return None, index, None
    for ref in sentence.places:
        if ref.place is not None and ref.place.country and ref.place.precision != "country" and not ref.generic:
            return ref.place.country, j + 1, doc[ref.start:ref.end].text
    return None, index, None


def institution_name(template: str, country: str | None, place: str | None, vocab: Vocabulary) -> str:
    """ "Ministry of Health of {country}" for a country, "Ministry of Health (Gaza)" for a place within one;
    templates naming {place} ("Governor of {place}") take the place, or the country when none is named."""
    if "{place}" in template:
        return template.format(place=place or vocab.country_name(country))
    if place and " of {country}" in template:
        return template.replace(" of {country}", f" ({place})")
    if place and "({country})" in template:
        return template.replace("({country})", f"({place})")
    return vocab.fill(template, country)


def _deniers(doc: Doc, sentence: SentenceInfo, vocab: Vocabulary) -> list[tuple[str, str | None]]:
    """Who denies, as (name, country): "Ankara dan Baku membantah klaim tersebut"."""
    for match in sentence.matches:
        if match.category != "denial":
            continue
        left = _clause_start(doc, sentence, match.start)
        found: list[tuple[str, str | None]] = []
        for actor in sentence.actors:
            if left <= actor.start and actor.end <= match.start:
                if actor.role in ("country",):
                    found.append((vocab.actor_name("government", actor.country), actor.country))
                elif actor.name:
                    found.append((actor.name, actor.country))
                elif actor.country:
                    found.append((vocab.actor_name(actor.role, actor.country) or actor.text, actor.country))
        return [(n, c) for n, c in found if n] or [("unnamed", None)]
    return []


def _relays(doc: Doc, sentence: SentenceInfo, analysis: ArticleAnalysis) -> list[str]:
    relays: list[str] = []
    outlet = (analysis.article.outlet or "").lower()
    cues = [m for m in sentence.matches if m.category == "relay_cue"]
    for agency in sentence.by_category("agency"):
        near_cue = any(0 <= agency.start - cue.end <= 6 for cue in cues)
        if near_cue and agency.payload.lower() != outlet and agency.payload not in relays:
            relays.append(agency.payload)
    return relays


# ---------------------------------------------------------------------------------------------------- casualties
def read_casualties(analysis: ArticleAnalysis, sentence: SentenceInfo, vocab: Vocabulary) -> None:
    """Killed and wounded counts, with whether the victims were civilians and whose side they were on."""
    doc = analysis.doc
    start, end = sentence.token_start, sentence.token_end
    for match in sentence.matches:
        if match.category == "no_casualty":
            # "tidak ada korban di pihak aparat": one side's losses only, the toll stays unknown
            after = doc[match.end:min(end, match.end + 3)].text.lower()
            if after.startswith(vocab.one_side_phrases):
                continue
            # "namun tidak ada laporan korban": the toll is known to be zero
            sentence.casualties.append(Casualty("killed", 0, 0, None, None, match.text, match.start))
    blocked = {t for m in sentence.matches if m.category == "no_casualty" for t in range(m.start, m.end)}
    words = [m for m in sentence.matches if m.category in ("killed", "wounded") and m.start not in blocked]
    if not words:
        return
    # "sejak April 2023 telah menewaskan puluhan ribu orang": a toll counted since a month or a year is the war's
    aggregate = any(m.category == "cumulative" for m in sentence.matches) or any(
        d.since and d.kind in SINCE_TALLY_KINDS for d in sentence.dates)
    victims = [m for m in sentence.matches if m.category in ("civilian_victim", "combatant_victim")]
    countries = {m.start: m.payload for m in sentence.matches if m.category == "country"}
    quantities = sentence.quantities
    used_quantities: set[int] = set()
    seen_words: set[int] = set()
    for word in sorted(words, key=lambda m: m.start):
        if word.start in seen_words:
            continue
        seen_words.update(range(word.start, word.end))
        verb_like = word.text.lower().startswith(vocab.victims_after_verbs)
        quantity = None
        victim_span: tuple[int, int] = (word.start, word.start)
        if verb_like:
            after = [q for q in quantities if word.end <= q.start <= word.end + 3 and id(q) not in used_quantities]
            if after:
                quantity = after[0]
                victim_span = (quantity.end, min(end, quantity.end + 6))
        else:
            # "Seorang pejabat mengatakan bahwa korban tewas ...": a count before a speech verb or a clause
            # break counts the speaker, not the dead
            walls = [m.start for m in sentence.matches if m.category in ("speech_verb", "clause_break")]
            before = [q for q in quantities if word.start - 9 <= q.end <= word.start and q.start >= start
                      and id(q) not in used_quantities
                      and not any(q.end <= w.start < word.start for w in words if w is not word)
                      and not any(q.end <= wall < word.start for wall in walls)]
            # "empat anggota satu keluarga tewas": "satu keluarga" says whose members, the count is four
            collective = set(analysis.grammar.get("collective_nouns", ()))
            counted = [q for q in before if not (q.end < end and doc[q.end].lower_ in collective)]
            before = counted or before
            if before:
                quantity = before[-1]
                aside = [m for m in sentence.matches if m.category == "casualty_subset"
                         and 0 <= quantity.start - m.end <= 1]
                # "sembilan di antaranya anak-anak": a part of the count told before it
                aside += [m for m in sentence.matches if m.category == "casualty_subset_after"
                          and 0 <= m.start - quantity.end <= 1]
                earlier = [q for q in before if aside and q.end <= min(aside[0].start, quantity.start)]
                if earlier:
                    quantity = earlier[-1]  # "Lima orang, termasuk dua anak, tewas": five, of whom two children
                victim_span = (quantity.end, word.start)
            else:
                # "korban tewas mencapai 45 orang", "jumlah korban jiwa menjadi 12"
                after = [q for q in quantities if word.end <= q.start <= word.end + 3 and id(q) not in used_quantities]
                if not after:
                    # "Jumlah korban tewas akibat serangan ... bertambah menjadi sembilan orang"
                    totals = [m.end for m in sentence.matches if m.category == "toll_total" and word.end <= m.start]
                    after = [q for q in quantities if totals and q.start - min(totals) in (0, 1)
                             and id(q) not in used_quantities]
                if after:
                    quantity = after[0]
                    victim_span = (max(start, word.start - 6), word.start)
                else:
                    victim_span = (max(start, word.start - 6), word.start)
        if quantity is not None:
            used_quantities.add(id(quantity))
        civilian, country = _victims(victims, countries, victim_span, word, doc)
        low = high = None
        text_start = word.start
        if quantity is not None:
            low, high = quantity.min, quantity.max
            text_start = min(text_start, quantity.start)
        text_end = max(word.end, quantity.end if quantity is not None else word.end)
        if verb_like and quantity is not None:
            text_end = max(text_end, victim_span[1] if civilian is not None else quantity.end)
        kind = "killed" if word.category == "killed" else "wounded"
        if quantity is None and kind == "wounded" and _singular_victim(doc, sentence, word):
            low = high = 1  # "Presiden ..., terluka parah": one named person
        # "Seorang sopir truk termasuk di antara korban tewas": one of a toll told elsewhere; not when a count
        # follows the marker ("lima orang, termasuk dua anak, tewas"), which is an aside inside the toll
        subset = any(m.category == "casualty_subset" and text_start <= m.start and m.end <= word.start
                     and not any(m.end <= q.start < word.start for q in quantities) for m in sentence.matches)
        # "tiga jenazah lagi": an addition to a toll, not the toll
        subset = subset or any(m.category == "toll_increment" and 0 <= m.start - word.end <= 1
                               for m in sentence.matches)
        sentence.casualties.append(Casualty(kind, low, high, civilian, country, doc[text_start:text_end].text,
                                            word.start, aggregate=aggregate, subset=subset))


def _victims(victims: list[LexMatch], countries: dict[int, str], span: tuple[int, int], word: LexMatch,
             doc: Doc) -> tuple[bool | None, str | None]:
    lo, hi = span
    nearby = [v for v in victims if lo <= v.start < max(hi, lo + 1) + 4 and v.start != word.start]
    if not nearby:
        nearby = [v for v in victims if word.start - 8 <= v.start < word.start]
    civilian = None
    if any(v.category == "civilian_victim" for v in nearby):
        civilian = True
    elif any(v.category == "combatant_victim" for v in nearby):
        civilian = False
    country = None
    for victim in nearby:
        for j in range(victim.end, victim.end + 3):
            if j in countries:
                country = countries[j]
                break
        if country:
            break
    return civilian, country


def _singular_victim(doc: Doc, sentence: SentenceInfo, word: LexMatch) -> bool:
    """A named person is wounded: "Presiden X, Y, terluka parah" (no count, one person)."""
    before = doc[max(sentence.token_start, word.start - 4):word.start]
    return any(t.text == "," for t in before) and any(_is_capitalised(t) for t in before)



# ---------------------------------------------------------------------------------------------------- materiel
def _named_facility(analysis: ArticleAnalysis, sentence: SentenceInfo, match: LexMatch) -> bool:
    """A facility noun followed by a proper name ("Sekolah Al-Karama"), not by a country or a group (its owner),
    nor by another noun of the list."""
    following = match.end
    if following >= sentence.token_end or not analysis.token_text[following][:1].isupper():
        return False
    owners = {"country", "capital", "group", "materiel", "institution", "trigger", "weapon"}
    return not any(m.category in owners and m.start == following for m in sentence.matches)


GENERIC_MATERIEL = "building"  # a category that a following, more telling noun of the same thing replaces


def read_materiel(analysis: ArticleAnalysis, sentence: SentenceInfo) -> list:
    """Equipment and facilities destroyed or struck: the objects of destruction verbs, with counts and owner."""
    from warta.extract.analysis import MaterielItem

    doc = analysis.doc
    start, end = sentence.token_start, sentence.token_end
    materiel = [m for m in sentence.matches if m.category == "materiel"]
    if not materiel:
        return []
    grammar = analysis.grammar
    object_after = tuple(grammar.get("object_after_prefixes", ()))
    joiners = (",", *grammar.get("materiel_joiners", ()))
    others = grammar.get("others_word")
    single_facilities = {w.lower() for w in grammar.get("single_facility_nouns", ())}
    stops = set(sentence.clause_breaks) | {s for s, _ in sentence.claim_spans}
    spans: list[tuple[int, int]] = []
    weapon_only = {w.lower() for w in grammar.get("weapon_only_destroy_words", ())}
    armed = any(m.category == "weapon" for m in sentence.matches)
    for verb in sentence.matches:
        if verb.category != "destroy":
            continue
        if not armed and verb.text.lower() in weapon_only:
            continue  # "militan menyerang pos militer": a raid on the post, nothing said to be destroyed
        first = doc[verb.start].lower_
        # "menghancurkan X", "penghancuran X": the object follows; "X dihancurkan", "X hancur": it comes before
        if first.startswith(object_after):
            spans.append((verb.end, min([s for s in stops if s > verb.end] + [end])))
        else:
            # "kota itu diserang drone dan dua bangunan rusak parah": what broke is named after the attack
            floor = max([s for s in stops if s < verb.start] + [start])
            attack_ends = [m.end for m in sentence.matches if m.category in ("trigger", "weapon", "destroy")
                           and floor <= m.end <= verb.start and m is not verb]
            spans.append((max([floor, *attack_ends]), verb.start))
    # struck targets after "di" in a remote attack's sentence: "Serangan artileri dilakukan ... di markas besar"
    for weapon_trigger in sentence.matches:
        if weapon_trigger.category == "trigger" and weapon_trigger.payload[0] in ("bombard", "airstrike"):
            for prep in sentence.matches:
                if prep.category == "place_prep" and prep.text.lower() == grammar.get("at_preposition") and prep.start > weapon_trigger.end \
                        and any(m.start == prep.end for m in materiel):
                    spans.append((prep.end, min([s for s in stops if s > prep.end] + [end])))
    items: list[MaterielItem] = []
    seen: set[int] = set()
    countries = {m.start: m for m in sentence.matches if m.category == "country"}
    for span_start, span_end in spans:
        in_span = sorted((m for m in materiel if span_start <= m.start and m.end <= span_end and m.start not in seen),
                         key=lambda m: m.start)
        previous: MaterielItem | None = None
        previous_end = -1
        for match in in_span:
            seen.add(match.start)
            quantity = next((q for q in sentence.quantities if q.end <= match.start and match.start - q.end <= 1), None)
            gap = doc[previous_end:match.start].text.strip().lower() if previous is not None else None
            joined = previous is not None and quantity is None and gap in joiners
            after = doc[match.end:min(end, match.end + 1)].text.lower()
            # "250 tank dan kendaraan lapis baja lainnya", "komando dan zona pengamatan": one combined entry
            if joined and (match.payload == previous.category or after == others
                           or (others is not None and others in match.text.lower())):
                previous_end = match.end
                previous.text = doc[previous.start:match.end].text
                continue
            if previous is not None and quantity is None and match.start == previous_end:
                # "gedung sekolah", "gedung markas besar": one thing, named by its more telling noun
                if previous.category == GENERIC_MATERIEL:
                    previous.category = match.payload
                previous_end = match.end
                previous.text = doc[previous.start:match.end].text
                continue
            if previous is not None and quantity is None and match.start > start \
                    and doc[match.start - 1].lower_ == grammar.get("at_preposition"):
                continue  # "sebuah sekolah di kamp Nuseirat": where the school stood, not a second target
            side = None
            for j in range(match.end, min(span_end, match.end + 4)):
                if j in countries:
                    side = countries[j].payload
                    break
            low, high = (quantity.min, quantity.max) if quantity is not None else (None, None)
            if quantity is None and (_named_facility(analysis, sentence, match)
                                     or match.text.lower() in single_facilities):
                low = high = 1  # "Sekolah Al-Karama", "Rumah Sakit Al-Ahli", "gedung sekolah": one facility
            text_start = quantity.start if quantity is not None else match.start
            item = MaterielItem(match.payload, low, high, doc[text_start:match.end].text, side, text_start)
            items.append(item)
            previous, previous_end = item, match.end
    # an owner named once covers the list: "tank dan kendaraan tempur Armenia"
    sides = {item.side for item in items if item.side}
    if len(sides) == 1:
        for item in items:
            item.side = item.side or next(iter(sides))
    return items
