"""Compile a language pack's word lists into spaCy phrase matchers, and match them over a document.

Every list in the pack becomes a category ("trigger", "weapon", "country", ...). A match carries the category,
the token span and the payload the pack gave the phrase (a trigger's class and voice, a country's ISO3...).
Nothing here knows a language: the words all come from the pack.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from warta.lang import LanguagePack, load_pack

# Categories whose phrases also match with the possessive clitic on the last word ("pasukannya").
CLITIC_CATEGORIES = {
    "trigger", "weapon", "military_noun", "police_noun", "government_noun", "civilian_noun", "settlement_noun",
    "materiel", "institution", "anaphora",
}
# Categories that name things and so must start with a capital letter in running text ("Mali", not "mali").
PROPER_CATEGORIES = {"country", "capital", "agency", "outlet"}


@dataclass(frozen=True, slots=True)
class LexMatch:
    category: str
    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    text: str
    payload: Any
    possessive: bool = False  # matched through the -nya clitic


class Lexicon:
    """A pack's vocabulary, compiled for fast matching."""

    def __init__(self, pack: LanguagePack):
        self.pack = pack
        self.nlp = spacy.blank(pack.code)
        self._lower_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._orth_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._payloads: dict[str, list[tuple[Any, bool]]] = defaultdict(list)
        self._categories: dict[int, str] = {}
        self.clitic = pack["grammar"].get("possessive_clitic")  # "nya" in Indonesian; None: no clitic forms
        # categories whose nouns make a plural by doubling ("rudal-rudal"); empty where the language does not
        self.reduplicated = set(pack["grammar"].get("reduplicated_plural_categories", ()))
        self._build()

    # -- building -------------------------------------------------------------------------------------------
    def add(self, category: str, phrase: str, payload: Any = None) -> None:
        phrase = " ".join(str(phrase).split())
        if not phrase:
            return
        # Short acronyms ("AS", "RI", "IS", "LeT") are words in lower case ("as", "let"): match them exactly.
        compact = phrase.replace(" ", "")
        exact = (phrase.isupper() and len(compact) <= 4) or (
            len(compact) <= 5 and " " not in phrase and any(ch.isupper() for ch in phrase[1:]))
        forms = [phrase]
        first, _, rest = phrase.partition(" ")
        if category in self.reduplicated and not exact and first.isalpha() and first.islower():
            # "drone-drone kamikaze", "pesawat-pesawat tempur": a plural said by doubling the first word
            forms.append(f"{first}-{first} {rest}".strip())
        for form in forms:
            self._register(category, form, payload, possessive=False, exact=exact)
            if self.clitic and category in CLITIC_CATEGORIES and not exact and not form.endswith(self.clitic):
                self._register(category, form + self.clitic, payload, possessive=True, exact=False)

    def _register(self, category: str, phrase: str, payload: Any, *, possessive: bool, exact: bool) -> None:
        doc = self.nlp.make_doc(phrase)
        key = " ".join(t.text if exact else t.lower_ for t in doc)
        # one matcher key per (category, phrase): a match then names its payloads without re-reading the text
        matcher_key = f"{category}\x1f{key}"
        entries = self._payloads[matcher_key]
        if not entries:
            (self._orth_matcher if exact else self._lower_matcher).add(matcher_key, [doc])
            self._categories[self.nlp.vocab.strings[matcher_key]] = category
        if (payload, possessive) not in entries:
            entries.append((payload, possessive))

    def _build(self) -> None:
        pack = self.pack
        for country in pack["countries"]["countries"]:
            for name in country["names"]:
                self.add("country", name, country["iso3"])
            for capital in country.get("capitals") or []:
                self.add("capital", capital, country["iso3"])
        actors = pack["actors"]
        for category in ("military_nouns", "police_nouns", "government_nouns", "civilian_nouns", "settlement_nouns",
                         "unidentified_armed_nouns", "settler_nouns", "protester_nouns", "rioter_nouns"):
            for phrase in actors[category]:
                self.add(category[:-1], phrase)
        for group in actors["named_groups"]:
            for alias in group["aliases"]:
                self.add("group", alias, group["name"])
            # "ADF" is Congo's Allied Democratic Forces or Cameroon's Ambazonia Defence Forces, "AA" the Arakan
            # Army or Anadolu Agency: such an alias names the group only in an article that names its country
            for alias in group.get("context_aliases", ()):
                self.add("group_in_context", alias, group["name"])
        for phrase in actors["pronoun_actors"]:
            self.add("pronoun_actor", phrase)
        for phrase in actors.get("group_anaphora", ()):
            self.add("group_anaphor", phrase)
        for phrase in actors["enemy_words"]:
            self.add("enemy", phrase)
        for phrase in actors["both_sides_words"]:
            self.add("both_sides", phrase)

        events = pack["events"]
        for trigger_class, voices in events["triggers"].items():
            for voice, phrases in voices.items():
                for phrase in phrases:
                    self.add("trigger", phrase, (trigger_class, voice))
        for trigger_class, phrases in events.get("echo_triggers", {}).items():
            for phrase in phrases:
                self.add("echo_trigger", phrase, (trigger_class, "noun"))
        for list_name, category in (("onset_words", "onset"), ("continuing_words", "continuing"),
                                    ("war_event_words", "war_event"), ("destroy_words", "destroy"),
                                    ("target_prepositions", "target_prep"), ("agent_prepositions", "agent_prep"),
                                    ("protest_intervention_words", "protest_intervention"),
                                    ("excessive_force_words", "excessive_force"),
                                    ("protest_violence_words", "protest_violence"), ("mob_words", "mob"),
                                    ("protest_series_words", "protest_series")):
            for phrase in events[list_name]:
                self.add(category, phrase)
        for weapon_class, phrases in pack["weapons"]["weapons"].items():
            for phrase in phrases:
                self.add("weapon", phrase, weapon_class)
        for phrase in pack["weapons"].get("non_use_words", ()):
            self.add("weapon_non_use", phrase)
        for category, phrases in pack["materiel"]["materiel"].items():
            for phrase in phrases:
                self.add("materiel", phrase, category)

        casualties = pack["casualties"]
        for list_name, category in (("killed_words", "killed"), ("wounded_words", "wounded"),
                                    ("civilian_victims", "civilian_victim"), ("combatant_victims", "combatant_victim"),
                                    ("person_words", "person_word"), ("no_casualty_phrases", "no_casualty"),
                                    ("subset_phrases", "casualty_subset"),
                                    ("subset_after_phrases", "casualty_subset_after"),
                                    ("toll_total_verbs", "toll_total"), ("toll_increment_words", "toll_increment")):
            for phrase in casualties[list_name]:
                self.add(category, phrase)

        numbers = pack["numbers"]
        for list_name, category in (("at_most", "at_most"), ("at_least", "at_least"),
                                    ("approximately", "approximately"), ("vague_words", "vague")):
            for phrase in numbers[list_name]:
                self.add(category, phrase)
        for phrase, value in numbers["lower_bound_words"].items():
            self.add("lower_bound", phrase, value)

        attribution = pack["attribution"]
        for list_name, category in (("postposed_verbs", "postposed_verb"), ("speech_verbs", "speech_verb"),
                                    ("preposed_cues", "preposed_cue"), ("denial_verbs", "denial"),
                                    ("unattributed_cues", "unattributed"), ("own_report_cues", "own_report"),
                                    ("pronoun_speakers", "pronoun_speaker"), ("relay_cues", "relay_cue"),
                                    ("responsibility_phrases", "responsibility")):
            for phrase in attribution[list_name]:
                self.add(category, phrase)
        for agency, aliases in attribution["agencies"].items():
            for alias in aliases:
                self.add("agency", alias, agency)
        for entry in attribution["institution_claimants"]:
            for head in entry["heads"]:
                self.add("institution", head, entry["template"])
        for entry in attribution["group_claimants"]:
            for head in entry["heads"]:
                self.add("group_claimant", head, entry["name"])

        # Outlet names ("VIVA Militer", "CNN Indonesia") are not actors or places inside a credit line.
        for outlet in (pack.get("outlets") or {}).get("outlets", []):
            for name in [outlet["name"], *outlet.get("names", [])]:
                distinctive = " " in name or "." in name or any(ch.isupper() for ch in name[1:])
                if distinctive:
                    self.add("outlet", name, outlet["name"])
        discourse = pack["discourse"]
        for list_name, category in (("anaphora", "anaphora"), ("new_event_markers", "new_event"),
                                    ("separate_event_markers", "separate_event"),
                                    ("irrealis", "irrealis"), ("negation", "negation"), ("habitual", "habitual"),
                                    ("non_conflict_phrases", "non_conflict"), ("non_event_contexts", "non_event_context"),
                                    ("cumulative_markers", "cumulative"), ("generic_places", "generic_place"),
                                    ("place_prepositions", "place_prep"), ("clause_breaks", "clause_break"),
                                    ("report_nouns", "report_noun"), ("purpose_words", "purpose"),
                                    ("reference_prepositions", "reference_prep"), ("aside_openers", "aside"),
                                    ("reaction_verbs", "reaction")):
            for phrase in discourse.get(list_name, ()):
                self.add(category, phrase)
        for genre, phrases in (discourse.get("genre_cues") or {}).items():
            for phrase in phrases:
                self.add("genre", phrase, genre)
        for phrase, precision in discourse["place_nouns"].items():
            self.add("place_noun", phrase, precision)

    # -- matching -------------------------------------------------------------------------------------------
    def match(self, doc: Doc, text: str | None = None) -> list[LexMatch]:
        """All matches in the document, longest first within a category where they overlap. `text` is the
        document's text when the caller has it (spaCy rebuilds `doc.text` from the tokens on every access)."""
        found: dict[str, list[LexMatch]] = defaultdict(list)
        strings = self.nlp.vocab.strings
        text = doc.text if text is None else text
        for matcher in (self._lower_matcher, self._orth_matcher):
            for match_id, start, end in matcher(doc):
                category = self._categories[match_id]
                first, last = doc[start], doc[end - 1]
                start_char, end_char = first.idx, last.idx + len(last)
                if category in PROPER_CATEGORIES and not text[start_char].isupper():
                    continue
                for payload, possessive in self._payloads[strings[match_id]]:
                    found[category].append(LexMatch(category, start, end, start_char, end_char,
                                                    text[start_char:end_char], payload, possessive))
        result: list[LexMatch] = []
        for category, matches in found.items():
            result.extend(_longest_non_overlapping(matches))
        result.sort(key=lambda m: (m.start, -m.end, m.category))
        return result


def _longest_non_overlapping(matches: list[LexMatch]) -> list[LexMatch]:
    """Keep the longest of overlapping matches; equal spans with different payloads are all kept."""
    matches.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: list[LexMatch] = []
    occupied: set[int] = set()
    for match in matches:
        tokens = set(range(match.start, match.end))
        if tokens & occupied:
            if any(t.start == match.start and t.end == match.end for t in taken):
                taken.append(match)
            continue
        occupied |= tokens
        taken.append(match)
    return taken


@cache
def get_lexicon(code: str) -> Lexicon:
    """The compiled lexicon of a language pack, built once per process."""
    return Lexicon(load_pack(code))
