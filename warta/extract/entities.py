"""The trained entity recogniser where the lexicons are blind: unknown speakers, attackers and places.

Rules and gazetteers know the names in their lists; news is full of names they do not hold ("kata juru
bicara Avichay Adraee", a militia's new name, a village). The recogniser (warta/models/ner_id) runs only on
sentences where a speaker, an attacker or a place is missing after the rules, so its cost stays small, and
what the lexicons found is never overwritten.
"""

from __future__ import annotations

from warta.extract.analysis import ActorRef, ArticleAnalysis, ClaimRef, PlaceRef, SentenceInfo
from warta.extract.ner import Entity, NerModelMissing, load_ner
from warta.extract.readers import Vocabulary, drop_origins, foreign_namesake, place_within, plain_place_name
from warta.geo import Place, fold

SPEECH_CUES = ("postposed_verb", "speech_verb", "preposed_cue")


def needs_entities(analysis: ArticleAnalysis, sentence: SentenceInfo) -> bool:
    frames = [f for f in analysis.frames if f.sentence == sentence.index]
    unknown_speaker = any(m.category in SPEECH_CUES for m in sentence.matches) and (
        sentence.claim is None or sentence.claim.claimant is None and sentence.claim.kind != "pronoun")
    no_attacker = any(f.actor1 is None and f.actor2 is None for f in frames)
    no_place = bool(frames) and not any(p.place is not None for p in sentence.places)
    return unknown_speaker or no_attacker or no_place


def add_entities(analysis: ArticleAnalysis, gazetteer, vocab: Vocabulary) -> None:
    """Fill speakers, attackers and places the rules left empty, from the recogniser's PER/ORG/LOC."""
    wanted = [s for s in analysis.sentences if not s.skip and needs_entities(analysis, s)]
    if not wanted:
        return
    try:
        nlp = load_ner()
    except NerModelMissing:
        return  # an install without the model still extracts, from the rules alone
    texts = [analysis.sentence_text(s.index) for s in wanted]
    for sentence, doc in zip(wanted, nlp.pipe(texts, batch_size=32), strict=True):
        entities = [Entity(e.start_char + sentence.start, e.end_char + sentence.start, e.label_, e.text)
                    for e in doc.ents]
        _speaker(analysis, sentence, entities)
        _places(analysis, sentence, entities, gazetteer, vocab)
        _attackers(analysis, sentence, entities)


def _token_span(analysis: ArticleAnalysis, entity: Entity) -> tuple[int, int] | None:
    span = analysis.doc.char_span(entity.start, entity.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _covered(sentence: SentenceInfo, start: int, end: int) -> bool:
    lexical = {"group", "institution", "group_claimant", "country", "capital", "agency", "outlet",
               "military_noun", "police_noun", "government_noun"}
    return any(m.category in lexical and m.start < end and start < m.end for m in sentence.matches)


def _speaker(analysis: ArticleAnalysis, sentence: SentenceInfo, entities: list[Entity]) -> None:
    if sentence.claim is not None and (sentence.claim.claimant or sentence.claim.kind == "pronoun"):
        return
    cues = [m for m in sentence.matches if m.category in SPEECH_CUES]
    for entity in entities:
        if entity.label not in ("PER", "ORG"):
            continue
        tokens = _token_span(analysis, entity)
        if tokens is None or _covered(sentence, *tokens):
            continue
        for cue in cues:
            before = cue.category == "speech_verb" and 0 <= cue.start - tokens[1] <= 2
            after = cue.category != "speech_verb" and 0 <= tokens[0] - cue.end <= 4
            if before or after:
                start, end = min(cue.start, tokens[0]), max(cue.end, tokens[1])
                doc = analysis.doc
                sentence.claim = ClaimRef(entity.text, None, doc[start:end].text, "explicit",
                                          doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), (start, end),
                                          deniers=sentence.claim.deniers if sentence.claim else [], strength=3)
                return


def _places(analysis: ArticleAnalysis, sentence: SentenceInfo, entities: list[Entity], gazetteer,
            vocab: Vocabulary) -> None:
    known = [(p.start_char, p.end_char) for p in sentence.places]
    located = {m.end for m in sentence.matches if m.category == "place_prep"}
    # "di sekitar Kokorou" says where; "ke arah Jalan X" and "berasal dari X" do not, and "Negara Islam di Sahel
    # Raya" is a group's name
    name_ends = {m.end for m in sentence.matches if m.category == "group"}
    at = {m.end for m in sentence.matches if m.category == "place_prep" and m.start not in name_ends
          and analysis.doc[m.start:m.end].text.lower() in vocab.locative_prepositions}
    added = False
    for entity in entities:
        if entity.label != "LOC" or any(s < entity.end and entity.start < e for s, e in known):
            continue
        tokens = _token_span(analysis, entity)
        if tokens is None or _covered(sentence, *tokens) or tokens[0] < 0:
            continue
        if entity.start < analysis.dateline_end:
            continue
        if not entity.text[:1].isupper():
            continue  # "drone serang", "ke gudang-gudang": a common word, however the recogniser labelled it
        if tokens[0] in located and any(first <= tokens[0] < last for first, last in sentence.claim_spans):
            continue  # "Kepala Penerangan ... di Jayapura, Selasa, mengatakan": where the speaker spoke
        place = gazetteer.lookup(entity.text, near=analysis.near, fuzzy=False)
        if place is None and tokens[0] in at and plain_place_name(analysis, *tokens, vocab):
            # "di sekitar Kokorou": a name the recogniser calls a place, right after a word that says a place
            # follows, is a place the gazetteer lacks; it keeps its name and takes its area's coordinates
            place = Place(name=gazetteer.english_order(entity.text), country=None, admin1=None, lat=None, lon=None,
                          geonames_id=None, precision="town", source="text")  # "Hutan Sambisa": "Sambisa Forest"
        # otherwise a name the recogniser found is trusted only when the gazetteer knows it by that very name
        if place is None or place.source == "geonames" and fold(place.name) != fold(entity.text) \
                or foreign_namesake(place, analysis.named_countries):
            continue
        sentence.places.append(PlaceRef(tokens[0], tokens[1], entity.start, entity.end, entity.text, place,
                                        preposition=tokens[0] in located, recognised=place.source == "text"))
        added = True
    if added:
        sentence.places.sort(key=lambda p: p.start)
        drop_origins(analysis, sentence)  # "korban yang berasal dari Makassar": where they come from
        place_within(analysis, sentence, vocab)
        for frame in analysis.frames:
            if frame.sentence == sentence.index and not any(p.place is not None for p in frame.places):
                frame.places = list(sentence.places)


def _attackers(analysis: ArticleAnalysis, sentence: SentenceInfo, entities: list[Entity]) -> None:
    """An organisation the lexicon does not know, as the subject right before a trigger."""
    for frame in analysis.frames:
        if frame.sentence != sentence.index or frame.actor1 is not None or frame.voice == "passive":
            continue
        for entity in entities:
            if entity.label != "ORG":
                continue
            tokens = _token_span(analysis, entity)
            if tokens is None or _covered(sentence, *tokens):
                continue
            if frame.clause[0] <= tokens[0] and 0 <= frame.trigger.start - tokens[1] <= 2:
                frame.actor1 = ActorRef(tokens[0], tokens[1], entity.start, entity.end, entity.text, "group",
                                        name=entity.text, kind="other")
                break
