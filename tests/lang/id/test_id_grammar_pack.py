"""The function words the extraction code reads from the Indonesian pack load, and are lower case: the code
compares them with lower-cased tokens, so "Dan" in the data would never match."""

import pytest

from warta.lang import load_pack

PACK = load_pack("id")

# (file, key) pairs the extraction code reads, by the kind of value they hold
WORD_LISTS = [("grammar", key) for key in (
    "subject_drop_auxiliaries", "origin_words", "launch_verbs", "launch_source_words", "defensive_verbs",
    "unlisted_place_nouns", "unlisted_place_blockers", "suburb_nouns", "between_joiners", "non_subject_before",
    "demonstratives", "clause_joiners", "subject_joiners", "target_joiners", "verb_prefixes", "not_verbs",
    "done_by_verbs", "times_count_words", "duration_units", "duration_count_words", "reciprocal_starts",
    "name_particles", "list_joiners", "acting_adverbs", "led_by_words", "actor_joiners", "object_after_prefixes",
    "materiel_joiners",
)] + [
    ("casualties", "victims_after_verbs"),
    ("actors", "settlement_target_starts"),
    ("actors", "government_force_words"),
    ("actors", "plural_pronouns"),
    ("dates", "range_joiners"),
    ("dates", "bare_month_cues"),
    ("dates", "date_prepositions"),
    ("dates", "ambiguous_weekday_cues"),
    ("dates", "non_cue_words"),
]
SINGLE_WORDS = [("grammar", key) for key in (
    "possessive_clitic", "and_word", "relative_pronoun", "agent_preposition", "between_word", "times_word",
    "at_preposition", "others_word",
)] + [("dates", key) for key in ("day_word", "month_word", "year_word", "ambiguous_weekday")]


def _is_lower_word(word) -> bool:
    return isinstance(word, str) and word.strip() == word and word != "" and word == word.lower()


@pytest.mark.parametrize(("file", "key"), WORD_LISTS, ids=[f"{f}.{k}" for f, k in WORD_LISTS])
def test_word_lists_load_non_empty_and_lower_case(file, key):
    words = PACK[file].get(key)
    assert isinstance(words, list) and words, f"{file}.yaml: {key} missing or empty"
    assert all(_is_lower_word(w) for w in words), f"{file}.yaml: {key} has {words}"
    assert len(set(words)) == len(words), f"{file}.yaml: {key} repeats a word"


@pytest.mark.parametrize(("file", "key"), SINGLE_WORDS, ids=[f"{f}.{k}" for f, k in SINGLE_WORDS])
def test_single_words_load_and_are_lower_case(file, key):
    assert _is_lower_word(PACK[file].get(key)), f"{file}.yaml: {key} is {PACK[file].get(key)!r}"
