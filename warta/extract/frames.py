"""Event frames: one per trigger word, with the clause around it and the roles read from word order.

A frame is what one clause says happened: "Tentara Armenia menembaki desa Tartar ..." gives a `fire` frame
with actor1 "Tentara Armenia", a list of places, and the sentence's date and claim. Frames are later typed
(warta/extract/typing.py) and joined across sentences into mentions (warta/extract/discourse.py).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span

from warta.extract.analysis import (
    PREPOSED_CUE_VERB_GAP,
    ActorRef,
    ArticleAnalysis,
    Casualty,
    MaterielItem,
    PlaceRef,
    SentenceInfo,
)
from warta.extract.dates import SINCE_TALLY_KINDS, DateExpr
from warta.extract.lexicon import LexMatch

VIOLENT_CLASSES = {"attack", "raid", "fire", "bombard", "airstrike", "explosion", "suicide", "clash", "war", "capture",
                   "lose_control", "kill", "abduct", "sexual", "intercept"}
# acts of a government; a country that deploys troops acts through its forces ("Burundi mengerahkan ribuan tentara")
POLITICAL_CLASSES = {"agreement", "declare", "arrest", "base", "transfer"}
# Which frame of a clause speaks for it when several triggers share one clause.
ONE_WAY_CLASSES = {"bombard", "airstrike", "explosion", "suicide", "fire", "attack", "raid"}  # weapons fired at a target, not a fight
CLASS_PRECEDENCE = ["capture", "lose_control", "suicide", "airstrike", "bombard", "clash", "raid", "fire", "abduct",
                    "sexual", "attack", "explosion", "kill", "intercept", "destroy_property", "protest", "riot",
                    "agreement", "declare", "deploy", "arrest", "base", "transfer", "war"]
MILITARY_FACILITIES = {"command_post", "ammunition_depot", "fortification"}
STRIKE_WEAPON_CLASSES = {"air", "drone", "artillery", "rocket", "missile", "mortar", "shell", "bomb"}  # fired or dropped
EVENT_TOLL_CEILING = 1000  # a running toll this high belongs to a war or a campaign, not to one attack on a village
NON_CONFLICT_SUBJECT_GAP = 3  # words between "serangan hama" and its verb ("serangan hama wereng cokelat merusak")


@dataclass
class Frame:
    sentence: int
    trigger: LexMatch
    trigger_class: str
    voice: str
    clause: tuple[int, int]
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    subjects: list[ActorRef] = field(default_factory=list)  # coordinated subjects ("Armenia dan Azerbaijan")
    targets: list[ActorRef] = field(default_factory=list)  # coordinated targets
    place_targets: list[PlaceRef] = field(default_factory=list)  # a place as the object ("menembaki desa ...")
    places: list[PlaceRef] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    weapons: set[str] = field(default_factory=set)
    weapon_order: list[tuple[int, str]] = field(default_factory=list)  # (token, class) in reading order
    materiel: list[MaterielItem] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    symmetric: bool = False  # "antara X dan Y", "saling tembak": no attacker/target order
    anaphoric: bool = False  # "serangan itu": refers back to an event already told
    reaction: bool = False  # "mengecam serangan ...": named again by someone reacting to it
    onset: bool = False  # "pecah", "dimulai": the start of the fighting
    continuing: bool = False  # "terus berlangsung"
    irrealis: bool = False
    habitual: bool = False
    in_quote: bool = False
    facility_target_owner: ActorRef | None = None
    event_type: str | None = None
    sub_event_type: str | None = None

    @property
    def violent(self) -> bool:
        return self.trigger_class in VIOLENT_CLASSES

    @property
    def precedence(self) -> int:
        return CLASS_PRECEDENCE.index(self.trigger_class) if self.trigger_class in CLASS_PRECEDENCE else 99


PURPOSE_REACH_VERB = 1  # words between "untuk" and a verb it governs ("untuk segera menyerang")
PURPOSE_REACH_NOUN = 3  # ... and a noun it governs through a light verb ("untuk melancarkan sebuah serangan")
WEAPON_OPENS_CLAUSE = 2  # tokens before a weapon that still opens its clause ("Sebuah rudal balistik ...")


def build_frames(analysis: ArticleAnalysis, sentence: SentenceInfo) -> list[Frame]:
    """The frames of one sentence: its triggers, minus those that are not events (calls, plans, sport...)."""
    doc = analysis.doc
    matches = sentence.matches
    # "Klub Tahanan Palestina", not a football club: a word inside a named body's name sets no context
    named = _tokens(matches, {"group", "group_claimant", "institution", "outlet", "agency"})
    if any(m.category == "non_event_context" and m.start not in named for m in matches):
        return []
    blocked = _tokens(matches, {"non_conflict", "generic_place"})
    frames: list[Frame] = []
    for trigger in matches:
        if trigger.category != "trigger" or any(t in blocked for t in range(trigger.start, trigger.end)):
            continue
        if _non_conflict_subject(sentence, trigger):
            continue
        if _inside_claim(sentence, trigger):
            continue
        trigger_class, voice = trigger.payload
        clause = _clause(doc, sentence, trigger)
        if trigger_class in ("destroy_property", "riot") and voice == "active" \
                and _struck_by_weapon(sentence, trigger, clause):
            trigger_class = "attack"  # "serpihan drone merusak sejumlah gedung": a strike's damage, not looting
        frame = Frame(sentence.index, trigger, trigger_class, voice, clause, in_quote=sentence.in_quote)
        _flags(doc, sentence, frame, analysis.grammar)
        if frame.irrealis:
            continue
        _roles(doc, sentence, frame, analysis.grammar)
        _arguments(sentence, frame)
        if _release_of_people(sentence, frame, analysis.grammar):
            continue
        if trigger_class == "deploy" and _sent_for_relief(analysis, sentence, frame):
            continue
        if trigger_class == "transfer" and voice == "passive" \
                and not any(clause[0] <= p.start < trigger.start for p in sentence.places):
            continue  # "Barang bukti diserahkan ke BNN": evidence handed over; a territory is named before the verb
        frames.append(frame)
    # "mengerahkan jet tempur untuk menyerang ...": the jets' deployment is how the strike was made, not an event
    sending = [m for m in sentence.matches if m.category == "purpose" and _aircraft_sent_to_strike(sentence, m)
               and any(f.trigger.start > m.start and f.trigger_class != "deploy" for f in frames)]
    if sending:
        frames = [f for f in frames if not (f.trigger_class == "deploy" and f.trigger.end <= sending[0].start)]
    frames = _opened_by(_one_per_clause(frames))
    held = {id(p) for f in frames for p in sentence.places if f.clause[0] <= p.start < f.clause[1]}
    for frame in frames:
        if not any(frame.clause[0] <= p.start < frame.clause[1] for p in sentence.places) and not frame.anaphoric:
            frame.places = [p for p in _outside_asides(sentence, frame) if id(p) not in held]
    return frames


RELIEF_PURPOSE_REACH = 6  # tokens between the deployment verb and "untuk" ("dikerahkan ke lokasi untuk ...")


def _sent_for_relief(analysis: ArticleAnalysis, sentence: SentenceInfo, frame: Frame) -> bool:
    """ "Helikopter TNI dikerahkan untuk mengirimkan logistik": troops sent to bring aid after a flood."""
    purposes = tuple(analysis.grammar.get("relief_purposes", ()))
    if not purposes:
        return False
    for match in sentence.matches:
        if match.category == "purpose" and 0 <= match.start - frame.trigger.end <= RELIEF_PURPOSE_REACH:
            following = " ".join(analysis.token_lower[match.end:min(match.end + 3, sentence.token_end)])
            if following.startswith(purposes):
                return True
    return False


def _aircraft_sent_to_strike(sentence: SentenceInfo, purpose: LexMatch) -> bool:
    """ "mengerahkan jet tempur F-16 untuk menyerang dua sasaran militer": jets sent to strike, as a side reports
    its own operation, struck: the strike is the event, not a plan."""
    sent = [m for m in sentence.matches if m.category == "trigger" and m.payload[0] == "deploy"
            and m.payload[1] == "active" and m.end <= purpose.start]
    if not sent:
        return False
    verb = sent[-1]
    return any(m.category == "weapon" and m.payload in ("air", "drone") and verb.end <= m.start < purpose.start
               for m in sentence.matches)


def _struck_by_weapon(sentence: SentenceInfo, trigger: LexMatch, clause: tuple[int, int]) -> bool:
    """The subject of a damage verb is a weapon ("salah satu peluru artileri merusak rumah sakit"), right before
    it or opening its clause ("Rudal itu meledak di udara ..., menghancurkan sejumlah mobil dan merusak belasan
    bangunan": the verbs share the missile as their subject)."""
    return any(m.category == "weapon" and m.payload in STRIKE_WEAPON_CLASSES and clause[0] <= m.start
               and m.end <= trigger.start and (trigger.start - m.end <= 3 or m.start - clause[0] <= WEAPON_OPENS_CLAUSE)
               for m in sentence.matches)


def _opened_by(frames: list[Frame]) -> list[Frame]:
    """ "Perang di Gaza pecah setelah Hamas menyerang Israel selatan pada 7 Oktober 2023", "Perang terbuka kedua
    negara pecah pada Jumat, ketika Israel melancarkan serangan ke Natanz": the outbreak is the attack the
    sentence tells; the war as a whole is no event of its own."""
    if not any(f.violent and f.trigger_class != "war" for f in frames):
        return frames
    return [f for f in frames if not (f.trigger_class == "war" and f.onset)]


def _non_conflict_subject(sentence: SentenceInfo, trigger: LexMatch) -> bool:
    """ "Serangan hama wereng merusak sawah", "serangan siber melumpuhkan layanan": the verb's subject is a pest,
    a hack or an illness, so the verb tells no armed event."""
    if trigger.payload[1] not in ("active", "passive"):
        return False
    return any(m.category == "non_conflict" and m.end <= trigger.start <= m.end + NON_CONFLICT_SUBJECT_GAP
               and not any(m.end <= b < trigger.start for b in sentence.clause_breaks)
               for m in sentence.matches)


def _tokens(matches: list[LexMatch], categories: set[str]) -> set[int]:
    return {t for m in matches if m.category in categories for t in range(m.start, m.end)}


def _inside_claim(sentence: SentenceInfo, trigger: LexMatch) -> bool:
    return any(start <= trigger.start and trigger.end <= end for start, end in sentence.claim_spans)


def _clause(doc: Doc, sentence: SentenceInfo, trigger: LexMatch) -> tuple[int, int]:
    """Tokens of the clause around a trigger: bounded by clause words, ';', quotes and attributions."""
    left, right = sentence.token_start, sentence.token_end
    for index in sentence.clause_breaks:
        if index < trigger.start:
            left = max(left, index + 1)
        elif index >= trigger.end:
            right = min(right, index)
    for start, end in sentence.claim_spans:
        if end <= trigger.start:
            left = max(left, end)
        elif start >= trigger.end:
            right = min(right, start)
    reaction = _reaction_before(sentence, trigger)
    if reaction is not None:
        left = max(left, reaction.end)  # who condemns an attack is not one of its sides
    return left, right


def _reaction_before(sentence: SentenceInfo, trigger: LexMatch) -> LexMatch | None:
    """ "mengecam keras serangan terhadap tempat ibadah": the reaction verb right before a nominal trigger."""
    if trigger.payload[1] != "noun":
        return None
    return next((m for m in sentence.matches if m.category == "reaction" and 0 <= trigger.start - m.end <= 1), None)


def clause_breaks(doc: Doc, sentence: SentenceInfo, tokens: list[str], grammar: dict) -> list[int]:
    """Token indices where a new clause begins: clause words, ';', and ', dan <actor>'."""
    and_word = grammar.get("and_word")
    clause_joiners = grammar.get("clause_joiners", ())
    dated = {t for d in sentence.dates for t in _char_tokens(doc, d.start, d.end)}
    counted = {t for q in sentence.quantities for t in range(q.start, q.end)}
    breaks: list[int] = []
    for match in sentence.matches:
        if match.category in ("clause_break", "aside") and match.start not in dated and match.start not in counted:
            breaks.append(match.start)
            if match.start == sentence.token_start or tokens[match.start - 1] in (",", ".") \
                    or (match.start - 1) in breaks:
                # "sebelum serangan udara, pasukan PDF menyerang ...": the fronted clause ends at its comma
                comma = next((j for j in range(match.end, sentence.token_end) if tokens[j] == ","), None)
                if comma is not None:
                    breaks.append(comma)
    actor_starts = {a.start for a in sentence.actors}
    actor_ends = {a.end for a in sentence.actors}
    # "pasukan ... (TNLA) dan militer bertempur": two subjects, the first closed by its abbreviation
    actor_ends_bracketed = {a.end for a in sentence.actors if a.end < len(tokens) and tokens[a.end] == ")"}
    for i in range(sentence.token_start, sentence.token_end):
        text = tokens[i]
        semicolon = text in (";", ":", "—", "–") and i not in dated
        comma_and_subject = text == "," and i + 2 < sentence.token_end \
            and tokens[i + 1].lower() in clause_joiners and (i + 2) in actor_starts
        if semicolon or comma_and_subject:
            breaks.append(i)
        elif text == and_word and (i + 1) in actor_starts and i > sentence.token_start and tokens[i - 1] != "," \
                and i not in actor_ends and not (tokens[i - 1] == ")" and (i - 1) in actor_ends_bracketed):
            # "X menyerang Y dan Z membalas": a new subject after "dan" followed by a verb starts a clause
            # (but "Armenia dan Azerbaijan mengumumkan" coordinates two subjects)
            actor = next(a for a in sentence.actors if a.start == i + 1)
            if actor.end < sentence.token_end and any(
                m.category == "trigger" and m.payload[1] in ("active", "passive") and m.start in (actor.end, actor.end + 1)
                for m in sentence.matches
            ):
                breaks.append(i)
    return sorted(set(breaks))


def _char_tokens(doc: Doc, start_char: int, end_char: int) -> range:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _flags(doc: Doc, sentence: SentenceInfo, frame: Frame, grammar: dict) -> None:
    trigger = frame.trigger
    c0, c1 = frame.clause
    following = doc[trigger.end].lower_ if trigger.end < len(doc) else ""
    preceding = doc[trigger.start - 1].lower_ if trigger.start > sentence.token_start else ""
    if frame.voice == "noun" and preceding in grammar.get("label_words", ()):
        # "... mengecam serangan tersebut dan menyebutnya sebagai serangan keji": a name given to an event told
        frame.anaphoric = frame.reaction = True
    elif frame.voice == "noun" and following in grammar.get("demonstratives", ()):
        frame.anaphoric = True  # "serangan itu", "jeda kemanusiaan itu": the event already told
    elif frame.voice == "noun" and _owner_then_demonstrative(doc, sentence, trigger, grammar):
        frame.anaphoric = True  # "serangan AS kali ini", "serangan udara Israel itu"
    elif any(m.category == "weapon" and c0 <= m.start and m.start - c0 <= WEAPON_OPENS_CLAUSE
             and m.end <= trigger.start and m.end < len(doc) and doc[m.end].lower_ in grammar.get("demonstratives", ())
             for m in sentence.matches):
        frame.anaphoric = True  # "Rudal itu meledak di udara ..., menghancurkan ...": the missile already told
    # "Di Bila Tserkva": a function word inside a place's name is part of the name
    named = {t for p in sentence.places for t in range(p.start, p.end)}
    for match in sentence.matches:
        if match.start in named and match.category in ("irrealis", "negation", "habitual", "purpose"):
            continue
        if match.category == "anaphora" and match.start <= trigger.start < match.end + 1:
            frame.anaphoric = True
        elif match.category == "denial" and 0 <= trigger.start - match.end <= 2:
            frame.anaphoric = frame.reaction = True  # "Armenia membantah telah menembakkan rudal": already told
        elif match.category == "reaction" and match is _reaction_before(sentence, trigger):
            frame.anaphoric = frame.reaction = True  # "Presiden X mengecam serangan di Kudumbari": already told
        elif match.category == "reference_prep" and match.end == trigger.start and frame.voice == "noun":
            frame.anaphoric = True  # "usai penembakan", "dalam serangan": the event already told
        elif match.category in ("irrealis", "negation") and c0 <= match.start and match.end <= trigger.start \
                and trigger.start - match.end <= 3 and not any(t.is_punct for t in doc[match.end:trigger.start]):
            frame.irrealis = True
        elif match.category == "habitual" and (sentence.token_start <= match.start < trigger.start
                                               or trigger.end <= match.start < c1):
            frame.habitual = True
        elif match.category == "purpose" and c0 <= match.start < trigger.start \
                and trigger.start - match.end <= (PURPOSE_REACH_NOUN if frame.voice == "noun" else PURPOSE_REACH_VERB) \
                and not _aircraft_sent_to_strike(sentence, match):
            # "untuk menyerang", "untuk melancarkan serangan": wanted, not done; a verb further on ("untuk
            # mencari para sandera terlibat kontak tembak") is the main clause again
            frame.irrealis = True
        elif match.category == "protest_series" and match.end == trigger.start and trigger.payload[0] == "protest":
            frame.irrealis = True  # "gelombang protes": a series told as a whole
        elif match.category == "onset" and c0 <= match.start < c1 and abs(match.start - trigger.start) <= 6:
            frame.onset = True
        elif match.category == "continuing" and c0 <= match.start < c1 and abs(match.start - trigger.start) <= 5:
            frame.continuing = True
    # "Kami lari dari Khartoum karena perang": the war as a cause, the whole war, not an event of it
    if frame.trigger_class == "war" and trigger.start > sentence.token_start \
            and doc[trigger.start - 1].lower_ in grammar.get("cause_words", ()):
        frame.habitual = True
    # "titik yang diduduki tentara Armenia", "wilayah yang dikuasai": a state described, not an event; "puing drone
    # yang ditembak jatuh merusak gedung": where the debris came from, the strike is what the sentence tells
    # "membangun kembali rumah-rumah yang dibakar": houses already burned, described
    if frame.voice == "passive" and frame.trigger_class in ("capture", "abduct", "intercept", "destroy_property"):
        before = [t.lower_ for t in doc[max(c0, trigger.start - 3):trigger.start]]
        if grammar.get("relative_pronoun") in before:
            frame.irrealis = True
    # "42 kali serangan", "puluhan serangan": a tally of attacks, not one event (GUIDELINES 2: aggregate)
    counted = any(q.end == trigger.start for q in sentence.quantities if (q.min or 0) >= 2 or (q.max or 0) >= 2
                  or q.vague)
    times = trigger.start >= 2 and doc[trigger.start - 1].lower_ == grammar.get("times_word") and (
        doc[trigger.start - 2].like_num or doc[trigger.start - 2].lower_ in grammar.get("times_count_words", ()))
    # "setelah enam pekan pertempuran sengit": a duration of fighting, the war as a whole
    duration = trigger.start >= 2 and doc[trigger.start - 1].lower_ in grammar.get("duration_units", ()) \
        and (doc[trigger.start - 2].like_num or doc[trigger.start - 2].lower_ in grammar.get("duration_count_words", ()))
    if frame.voice == "noun" and (counted or times or duration):
        frame.habitual = True
    # a war-wide tally ("sejak 7 Oktober ... telah membunuh lebih dari 30.000") is not one event, unless the
    # clause gives a day of its own ("terjadi pada hari Minggu ..., kematian mendekati 130 hingga hari kelima")
    tally = any(m.category == "cumulative" for m in sentence.matches) or any(
        d.since and d.kind in SINCE_TALLY_KINDS for d in sentence.dates)
    if frame.violent and tally:
        day_dates = [d for d in sentence.dates if not d.since and d.kind in ("absolute", "numeric", "weekday",
                                                                               "relative", "night")]
        event_toll = all(m.text.lower() in grammar.get("event_toll_markers", ()) for m in sentence.matches
                         if m.category == "cumulative")
        # "Jumlah korban tewas akibat serangan Boko Haram ke desa Kudumbari ... bertambah menjadi 61 orang": a
        # toll of one attack on a village or town the text names as such, its day told in the next sentence
        named_town = any(p.place is not None and p.noun is not None and p.place.precision in ("town", "district")
                         and trigger.end <= p.start < c1 for p in sentence.places)
        one_attack = event_toll and named_town and frame.trigger_class != "war" and all(
            (c.min or 0) < EVENT_TOLL_CEILING for c in sentence.casualties if c.kind == "killed")
        if not day_dates and one_attack:
            for casualty in sentence.casualties:
                casualty.aggregate = False
        elif not day_dates:
            frame.habitual = True
        elif not any(d.since and d.kind in SINCE_TALLY_KINDS for d in sentence.dates) and all(
                m.text.lower() in grammar.get("event_toll_markers", ()) for m in sentence.matches
                if m.category == "cumulative"):
            # "Jumlah korban tewas akibat serangan rudal ... bertambah menjadi sembilan orang, kata ... pada
            # Jumat": the running toll of this one dated attack, not of the war
            for casualty in sentence.casualties:
                casualty.aggregate = False
    since_words = set(grammar.get("since_clause_words", ()))
    since_at = next((j for j in range(trigger.start - 1, max(sentence.token_start, trigger.start - 5) - 1, -1)
                     if doc[j].lower_ in since_words), None)
    running = [c for c in sentence.casualties if since_at is not None and c.start < since_at]
    if frame.violent and any(c.kind == "killed" and (c.min or 0) >= 100 for c in running):
        frame.habitual = True  # "41 ribu warga tewas sejak Israel melancarkan agresinya": the war's start
        for casualty in running:
            casualty.aggregate = True  # a running toll, of no one event
    if frame.habitual:
        frame.irrealis = True  # a habit is not one event (GUIDELINES: optional); not extracted
    # "saling tembak", "kedua belah pihak": both sides at once
    if trigger.text.lower().startswith(tuple(grammar.get("reciprocal_starts", ()))):
        frame.symmetric = True


def _owner_then_demonstrative(doc: Doc, sentence: SentenceInfo, trigger: LexMatch, grammar: dict) -> bool:
    """ "serangan AS kali ini", "serangan Israel tersebut": the attacker's name, then "this"/"that"."""
    owner = next((a for a in sentence.actors if a.start == trigger.end), None)
    if owner is None or owner.end >= sentence.token_end:
        return False
    after = doc[owner.end].lower_
    if after in grammar.get("demonstratives", ()):
        return True
    return after == grammar.get("times_word") and owner.end + 1 < sentence.token_end \
        and doc[owner.end + 1].lower_ in grammar.get("demonstratives", ())


def _roles(doc: Doc, sentence: SentenceInfo, frame: Frame, grammar: dict) -> None:
    c0, c1 = frame.clause
    trigger = frame.trigger
    claimed = {t for s, e in sentence.claim_spans for t in range(s, e)}
    # a ministry or a president before an attack noun speaks of it ("Kemlu RI memastikan tidak ada WNI yang
    # menjadi korban dalam serangan"); it does not make it
    usable = [a for a in sentence.actors if c0 <= a.start and a.end <= c1 and a.start not in claimed
              and not (a.role == "institution" and frame.violent)
              and not (a.role == "government" and frame.violent and frame.voice in ("noun", "state")
                       and a.end <= trigger.start)]
    if frame.reaction:
        # "MONUSCO mengecam serangan tersebut": the one condemning the attack did not make it
        reaction = _reaction_before(sentence, trigger)
        if reaction is not None:
            usable = [a for a in usable if a.start >= reaction.end]
    first_verb = min((m.start for m in sentence.matches if m.category == "trigger" and c0 <= m.start < trigger.start
                      and m.payload[1] in ("active", "passive")), default=trigger.start)
    # "pihaknya memukul mundur X dan membunuh Y": coordinated verbs share the subject before the first one
    left = [a for a in usable if a.end <= first_verb]
    right = [a for a in usable if a.start >= trigger.end]
    frame.weapon_order = sorted((m.start, m.payload) for m in sentence.matches
                                if m.category == "weapon" and c0 <= m.start < c1)

    between = _between_pattern(doc, right, trigger, grammar)
    if between:
        frame.actor1, frame.actor2 = between
        frame.symmetric = True
        return
    relative = _relative_subject(doc, sentence, trigger, grammar) if frame.voice == "active" else None
    if frame.voice == "active":
        # "bom meledak di dekat pasar ... dan menewaskan enam warga": a market or a village does not act; "pria
        # itu masuk ke sebuah masjid, melepaskan tembakan": the doer is named before the place he went to
        left = [a for a in left if a.role != "settlement"]
    subjects = [relative] if relative is not None else _subjects(doc, left, c0, grammar)
    if relative is None and frame.voice == "active" \
            and _relative_pronoun_before(doc, sentence, trigger, grammar) is not None:
        # "serangan udara di kamp Jenin ... yang menewaskan enam warga": the attack killed them, not the speaker
        subjects = []
    if not subjects and frame.voice == "active":
        subjects = _speaker_as_subject(doc, sentence, trigger, grammar)
    agents = [a for a in right if _preceded_by(doc, a, {grammar.get("agent_preposition")}, c0)
              or _after_done_by(doc, a, grammar)
              or (frame.voice == "passive" and a.start - trigger.end <= 1)]  # "ditembak KKB": by KKB
    objects = [a for a in right if a not in agents or frame.voice == "active"]
    if frame.voice == "passive":
        if not subjects and c0 > sentence.token_start:
            # "Dua prajurit TNI gugur setelah ditembak KKB": the one shot is the main clause's subject
            # ... but not the speaker: "Juru bicara militer Houthi ... mengatakan kapal itu terbakar setelah
            # dihantam dua rudal" says nothing of who was hit
            floor = max((m.end for m in sentence.matches if m.category == "speech_verb" and m.end <= c0), default=0)
            before = [a for a in sentence.actors if floor <= a.start and a.end <= c0 and a.start not in claimed
                      and a.role not in ("institution",)]
            subjects = before[-1:]
        frame.targets = subjects
        frame.actor2 = subjects[-1] if subjects else None
        frame.actor1 = agents[0] if agents else None
    else:
        genitive = None
        if frame.voice == "noun" and objects and _adjacent_genitive(doc, sentence, trigger, objects[0], grammar):
            genitive = objects.pop(0)
        if genitive is not None:
            frame.actor1 = genitive
        elif agents and frame.voice == "noun":
            frame.actor1 = agents[0]
        elif subjects and frame.voice == "noun" and _casualty_between(sentence, subjects[-1], trigger):
            # "Ratusan tentara Armenia dan Azerbaijan tewas dalam pertempuran": victims, not attackers; a
            # battle's victims on two sides are its two sides
            if frame.trigger_class in ("clash", "war") and len(subjects) > 1:
                frame.actor1, frame.actor2, frame.symmetric = subjects[0], subjects[1], True
        elif subjects:
            frame.actor1 = subjects[0] if len(subjects) > 1 else subjects[-1]
            frame.subjects = subjects
            # "M23 dan tentara Rwanda menembakkan bom-bom ... ke kamp": two subjects of a one-way strike are allies;
            # of a fight ("Armenia dan Azerbaijan bertempur") they are its two sides
            reciprocal = set(grammar.get("reciprocal_words", ()))
            allies = frame.trigger_class in ONE_WAY_CLASSES and frame.voice == "active" \
                and not trigger.text.lower().startswith(tuple(grammar.get("reciprocal_starts", ()))) \
                and not any(t.lower_ in reciprocal for t in doc[c0:c1])
            if len(subjects) > 1 and frame.trigger_class not in ("declare",) and not allies:
                frame.actor2 = subjects[1]
                frame.symmetric = True
        if frame.voice == "noun" and frame.actor2 is None and subjects and frame.trigger_class not in ("clash", "war") \
                and _casualty_between(sentence, subjects[-1], trigger) and (subjects[-1].country or subjects[-1].name):
            # "20 tentara Burkina Faso tewas dalam serangan kelompok bersenjata": the dead were the ones attacked
            frame.actor2 = subjects[-1]
            frame.targets = [subjects[-1]]
        if frame.voice == "noun":
            objects = [a for a in objects if _after_target_preposition(doc, sentence, trigger, a)
                       or _after_destroy_verb(sentence, trigger, a)
                       or (a.role == "civilian" and agents and _right_after(doc, sentence, trigger, a, grammar))]
            if frame.actor1 is None and (trigger.possessive or _has_clitic(doc[trigger.end - 1].lower_, grammar)):
                # "serangan udaranya": their air strike, the speaker's side
                frame.actor1 = ActorRef(trigger.start, trigger.end, trigger.start_char, trigger.end_char,
                                        trigger.text, "pronoun", possessive=True)
        targets = _coordinated(doc, objects, sentence, grammar)
        if targets and frame.actor2 is None:
            frame.targets = targets
            frame.actor2 = targets[0]
        if frame.voice == "active" and frame.actor1 is not None and frame.actor2 is not None \
                and not frame.symmetric and trigger.text.lower() in grammar.get("defensive_verbs", ()) \
                and any(m.category == "trigger" and m.payload[1] == "noun" and trigger.end <= m.start < frame.actor2.start
                        for m in sentence.matches):
            # "memukul mundur serangan mekanis Rusia": the repelled attack was the object's (not "memukul
            # mundur Angkatan Bersenjata Armenia", where the subject drove the object back)
            frame.actor1, frame.actor2 = frame.actor2, frame.actor1
    if frame.actor1 is None and frame.voice != "passive":
        # "sistem pertahanan udaranya menghancurkan ...": their weapon did it
        owned = [m for m in sentence.matches if m.category == "weapon" and m.possessive and c0 <= m.start
                 and m.end <= trigger.start]
        if owned:
            weapon = owned[-1]
            frame.actor1 = ActorRef(weapon.start, weapon.end, weapon.start_char, weapon.end_char, weapon.text,
                                    "pronoun", possessive=True)
    if frame.actor2 is None and frame.voice != "passive":
        _facility_target(doc, sentence, frame, usable, grammar)
    if frame.actor2 is None and frame.voice != "passive":
        # "menembaki desa Tartar, Barda ...": a place as the object of the act; "serangan militan Boko Haram ke
        # desa Kudumbari": counted after the attacker named right after the noun
        anchor = trigger.end
        if frame.actor1 is not None and trigger.end <= frame.actor1.start <= trigger.end + 1:
            anchor = max(anchor, frame.actor1.end)
        near = [p for p in sentence.places
                if trigger.end <= p.start < c1 and not p.generic
                and (p.start - anchor <= 3 or p.list_id is not None)]
        if near and near[0].list_id is not None:
            near = [p for p in sentence.places if p.list_id == near[0].list_id]
        frame.place_targets = near[:1] if near and near[0].list_id is None else near
    elif frame.actor2 is not None and frame.symmetric and not frame.place_targets:
        # "X dan militer bertempur di sekitar kota Kyaukme dan Hsipaw": one event in each listed place
        listed = [p for p in sentence.places if trigger.end <= p.start < c1 and p.list_id is not None
                  and p.preposition and not p.generic]
        if len({p.list_id for p in listed}) == 1 and len(listed) > 1:
            frame.place_targets = listed


def _after_target_preposition(doc: Doc, sentence: SentenceInfo, trigger: LexMatch, actor: ActorRef) -> bool:
    """ "serangan dahsyat terhadap posisi pasukan Armenia": a nominal attack's target follows terhadap/ke/atas."""
    preps = [m for m in sentence.matches if m.category == "target_prep" and trigger.end <= m.start < actor.start]
    if not preps:
        return False
    if any(m.category in ("killed", "wounded", "no_casualty") and trigger.end <= m.start < actor.start
           for m in sentence.matches):
        return False  # "kontak tembak ..., dan tidak ada korban di pihak aparat": whose losses, not the target
    last = max(preps, key=lambda m: m.end)
    return actor.start - last.end <= 3 and not any(t.is_punct for t in doc[last.end:actor.start])


def _casualty_between(sentence: SentenceInfo, actor: ActorRef, trigger: LexMatch) -> bool:
    return any(m.category in ("killed", "wounded") and actor.end <= m.start < trigger.start for m in sentence.matches)


def _after_destroy_verb(sentence: SentenceInfo, trigger: LexMatch, actor: ActorRef) -> bool:
    """ "Hantaman artileri Azerbaijan menghancurkan ... tentara Armenia": the attack noun is the subject of a
    destruction verb whose object names the target."""
    return any(m.category == "destroy" and trigger.end <= m.start < actor.start for m in sentence.matches)


def _subjects(doc: Doc, left: list[ActorRef], clause_start: int, grammar: dict) -> list[ActorRef]:
    """The subject phrase before the verb; coordinated subjects all count ("Armenia dan Azerbaijan").
    Actors after an earlier verb are its objects ("demonstran ... menerobos barikade polisi dan menyerbu")."""
    not_before = set(grammar.get("non_subject_before", ())) - {grammar.get("and_word")}
    candidates = [a for a in left if (not _preceded_by(doc, a, not_before, clause_start)
                                      or _affiliated_with(doc, a, clause_start, grammar))
                  and not _in_relative_clause(doc, a, clause_start, grammar)]
    if candidates:
        # "militan yang berafiliasi dengan kelompok ISIS menyerbu": the affiliation verb is not the clause's verb
        affiliated = {a.start - 2 for a in candidates if _affiliated_with(doc, a, clause_start, grammar)}
        first_verb = next((t.i for t in doc[candidates[0].end:left[-1].start] if _verb_like(t.lower_, grammar)
                           and t.i not in affiliated), None)
        if first_verb is not None:
            candidates = [a for a in candidates if a.end <= first_verb] or candidates
    if not candidates:
        return []
    last = candidates[-1]
    group = [last]
    joiners = (",", *grammar.get("subject_joiners", ()))
    fillers = tuple(grammar.get("subject_fillers", ()))
    for actor in reversed(left):
        # "pasukan ... (TNLA) dan militer": a bracketed abbreviation closes the first subject; "pemerintah Kongo
        # dan kelompok pemberontak M23": a bare "kelompok" before the second is no third party
        between = doc[actor.end:group[0].start].text.strip(" ()").lower()
        for filler in fillers:
            if between.endswith(" " + filler):
                between = between[:-len(filler) - 1]
                break
        if actor.end <= group[0].start and between in joiners:
            group.insert(0, actor)
        elif actor.end <= group[0].start and between in grammar.get("joint_force_joiners", ()) \
                and actor.kind == group[0].kind == "state_forces":
            group[0] = actor
    return group


def _named_in_apposition(doc: Doc, actors: list[ActorRef]) -> ActorRef | None:
    """ "Kelompok pemberontak etnis Kokang, Tentara Aliansi Demokratik Nasional Myanmar (MNDAA), mengklaim": an
    unnamed armed group, then its name set off by commas right before the speech verb, is that group."""
    if len(actors) < 2:
        return None
    vague, named = actors[0], actors[-1]
    if vague.name is not None or vague.kind != "political_militia" or named.role != "group" or named.name is None:
        return None
    after = named.end
    while after < len(doc) and doc[after].text in (")", "]"):
        after += 1
    if after >= len(doc) or doc[after].text != "," or "," not in doc[vague.end:named.start].text:
        return None
    return named


def _affiliated_with(doc: Doc, actor: ActorRef, floor: int, grammar: dict) -> bool:
    """ "seorang pria yang berafiliasi dengan kelompok ISIS masuk ke gereja": the unnamed doer acts for the group
    named after "berafiliasi dengan", which is the subject as far as the event's sides go."""
    j = actor.start - 1
    return actor.role == "group" and j - 1 >= floor and doc[j - 1].lower_ in grammar.get("affiliation_words", ())


def _in_relative_clause(doc: Doc, actor: ActorRef, floor: int, grammar: dict) -> bool:
    """ "jalan yang dipadati warga": the actor after "yang" and a verb belongs to the relative clause that
    describes a noun, and is not the subject of the verbs after it; but "drone yang diluncurkan RSF
    menghantam": whoever launched the weapon struck with it."""
    j = actor.start - 1
    return j - 1 >= floor and _verb_like(doc[j].lower_, grammar) and doc[j - 1].lower_ == grammar.get(
        "relative_pronoun") and doc[j].lower_ not in grammar.get("launch_verbs", ())


def _relative_subject(doc: Doc, sentence: SentenceInfo, trigger: LexMatch, grammar: dict) -> ActorRef | None:
    """ "warga tewas dibunuh anggota geng yang juga membakar rumah-rumah": the verb of a relative clause has
    the noun right before "yang" as its subject."""
    j = _relative_pronoun_before(doc, sentence, trigger, grammar)
    if j is None:
        return None
    head_end = j
    while head_end - 1 > sentence.token_start and doc[head_end - 1].text in (")", "]", ","):
        head_end -= 1  # "kelompok kriminal bersenjata (KKB) yang menyandera", "Burundi, yang menempatkan": the head
    return next((a for a in reversed(sentence.actors) if a.end in (j, head_end)
                 and a.role not in ("civilian", "settlement")), None)


def _relative_pronoun_before(doc: Doc, sentence: SentenceInfo, trigger: LexMatch, grammar: dict) -> int | None:
    """Where the "yang" opening the verb's relative clause stands ("... yang (juga) menewaskan"), if it does."""
    auxiliaries = set(grammar.get("subject_drop_auxiliaries", ()))
    j = trigger.start - 1
    while j >= sentence.token_start and doc[j].lower_ in auxiliaries:
        j -= 1
    return j if j >= sentence.token_start and doc[j].lower_ == grammar.get("relative_pronoun") else None


def _speaker_as_subject(doc: Doc, sentence: SentenceInfo, trigger: LexMatch, grammar: dict) -> list[ActorRef]:
    """ "Kelompok Houthi mengklaim telah menyerang kapal kargo": a verb right after a speech verb, with no
    subject of its own, has the speaker as its subject."""
    auxiliaries = set(grammar.get("subject_drop_auxiliaries", ()))
    for verb in sentence.matches:
        if verb.category != "speech_verb" or not verb.end <= trigger.start <= verb.end + 3:
            continue
        between = " ".join(t.lower_ for t in doc[verb.end:trigger.start] if not t.is_space)
        if between and between not in auxiliaries and not all(w in auxiliaries for w in between.split()):
            continue
        # "Tentara Sudan (SAF) menyatakan berhasil memukul mundur ...": the abbreviation's bracket may close first
        speech_start = verb.start
        # "Hizbullah dalam pernyataan terpisah mengaku ...": the manner of speaking stands between
        cue = next((m for m in sentence.matches if m.category == "preposed_cue" and m.end <= verb.start
                    and verb.start - m.end <= PREPOSED_CUE_VERB_GAP), None)
        if cue is not None:
            speech_start = cue.start
        while speech_start > sentence.token_start and doc[speech_start - 1].text in (")", "]"):
            speech_start -= 1
        if speech_start > sentence.token_start and doc[speech_start - 1].text == ",":
            # "Kelompok pemberontak etnis Kokang, Tentara ... (MNDAA), mengklaim": the name in apposition
            named = _named_in_apposition(doc, [a for a in sentence.actors if a.end <= verb.start])
            if named is not None:
                return [named]
        # "Militer juga melaporkan ...": an adverb may stand between the speaker and the verb
        while speech_start > sentence.token_start and doc[speech_start - 1].lower_ in auxiliaries:
            speech_start -= 1
        speakers = [a for a in sentence.actors if a.end in (verb.start, speech_start)
                    and a.role not in ("civilian", "settlement")]
        return speakers[-1:]
    return []


def _verb_like(word: str, grammar: dict) -> bool:
    """meN-/ber-/di- verb forms ("menerobos", "bergerak", "dikabarkan"); not "menurut" or "melalui"."""
    return len(word) > 4 and word.startswith(tuple(grammar.get("verb_prefixes", ()))) \
        and word not in grammar.get("not_verbs", ())


def _has_clitic(word: str, grammar: dict) -> bool:
    """ "serangan udaranya", "pangkalan militernya": the word carries the possessive clitic."""
    clitic = grammar.get("possessive_clitic")
    return bool(clitic) and word.endswith(clitic)


def _preceded_by(doc: Doc, actor: ActorRef, words: set[str], floor: int) -> bool:
    j = actor.start - 1
    while j >= floor and doc[j].is_space:
        j -= 1
    return j >= floor and doc[j].lower_ in words


def _after_done_by(doc: Doc, actor: ActorRef, grammar: dict) -> bool:
    """ "serangan yang dilakukan (oleh) pasukannya": the doer of a nominal attack."""
    before = doc[max(0, actor.start - 3):actor.start].text.lower()
    return any(verb in before for verb in grammar.get("done_by_verbs", ()))


VERB_CATEGORIES = {"trigger", "destroy", "killed", "wounded"}


def _adjacent_genitive(doc: Doc, sentence: SentenceInfo, trigger: LexMatch, actor: ActorRef, grammar: dict) -> bool:
    """ "serangan Azerbaijan", "serangan udara militer Azerbaijan", "Hantaman artileri Azerbaijan"; not
    "Tembakan artileri menghantam pasar", where a verb between makes the noun its subject; nor "penyerangan
    sekolah", "penculikan seorang pedagang": people and places that do not fight are what it was done to."""
    return actor.role not in OBJECT_ROLES and _right_after(doc, sentence, trigger, actor, grammar)


OBJECT_ROLES = ("civilian", "settlement")  # named right after an event noun, they are what it was done to


def _right_after(doc: Doc, sentence: SentenceInfo, trigger: LexMatch, actor: ActorRef, grammar: dict) -> bool:
    """The actor follows the event noun as its complement, with no verb or punctuation between."""
    gap = doc[trigger.end:actor.start]
    if len(gap) > 2:
        return False
    if any(m.category in VERB_CATEGORIES and trigger.end <= m.start < actor.start for m in sentence.matches):
        return False
    not_before = grammar.get("non_subject_before", ())
    return all(t.lower_ not in not_before and t.text not in (",", "(") and not t.is_punct for t in gap)


def _between_pattern(doc: Doc, right: list[ActorRef], trigger: LexMatch,
                     grammar: dict) -> tuple[ActorRef, ActorRef] | None:
    """ "pertempuran antara X dan Y", "perang antara tentara Sudan pimpinan Jenderal Abdel Fattah al-Burhan dan
    RSF"."""
    joiners = tuple(grammar.get("between_joiners", ()))
    for first, second in pairwise(right):
        if first.start - trigger.end > 4:
            break
        if _preceded_by(doc, first, {grammar.get("between_word")}, trigger.end) and \
                (doc[first.end:second.start].text.strip().lower() in joiners
                 or _leader_then_joiner(doc[first.end:second.start], joiners, grammar)):
            return first, second
    return None


LEADER_NAME_WORDS = 6  # "Jenderal Abdel Fattah al-Burhan": a title and a name


def _leader_then_joiner(gap: Span, joiners: tuple[str, ...], grammar: dict) -> bool:
    """ "pimpinan Jenderal Abdel Fattah al-Burhan dan": the first side's leader named, then the joiner."""
    words = gap.text.split()  # "al-Burhan" is one word of the name, three tokens
    if not words or words[-1].lower() not in joiners:
        return False
    for led_by in grammar.get("led_by_words", ()):
        opener = led_by.split()
        if [w.lower() for w in words[:len(opener)]] == opener:
            name = words[len(opener):-1]
            return 0 < len(name) <= LEADER_NAME_WORDS and all(w[:1].isupper() or "-" in w for w in name)
    return False


def _coordinated(doc: Doc, objects: list[ActorRef], sentence: SentenceInfo, grammar: dict) -> list[ActorRef]:
    """Targets joined by "dan" or commas; "pemukiman sipil Azerbaijan dan pangkalan militernya" names two,
    the second owned by the first's country."""
    if not objects:
        return []
    facility_tokens = {t for m in sentence.matches if m.category == "materiel" for t in range(m.start, m.end)}
    group = [objects[0]]
    joiners = (",", f", {grammar.get('and_word')}", *grammar.get("target_joiners", ()))
    for actor in objects[1:]:
        gap = [t for t in doc[group[-1].end:actor.start] if t.i not in facility_tokens]
        if " ".join(t.lower_ for t in gap) in joiners:
            if actor.possessive and actor.country is None and group[-1].country:
                actor = copy.copy(actor)
                actor.country = group[-1].country
            group.append(actor)
        else:
            break
    return group


def _facility_target(doc: Doc, sentence: SentenceInfo, frame: Frame, usable: list[ActorRef], grammar: dict) -> None:
    """ "menargetkan pemukiman sipil Azerbaijan dan pangkalan militernya": a military facility as target."""
    _c0, c1 = frame.clause
    for match in sentence.matches:
        if match.category != "materiel" or match.payload not in MILITARY_FACILITIES:
            continue
        if not (frame.trigger.end <= match.start < c1 and match.start - frame.trigger.end <= 8):
            continue
        owner = None
        if match.possessive or _has_clitic(doc[match.end - 1].lower_, grammar):
            # "pangkalan militernya": its base, of the actor just named
            previous = [a for a in sentence.actors if a.end <= match.start and a.start >= frame.trigger.end]
            previous = previous or [a for a in sentence.actors if a.end <= match.start]
            owner = previous[-1] if previous else None
        else:
            # "markas besar, ..., gudang senjata dan amunisi unit militer angkatan bersenjata Armenia"
            # "gedung markas besar Kementerian Pertahanan Suriah": a ministry's headquarters is its state's
            owners = usable + [a for a in sentence.actors if a.role == "institution" and a.country
                               and a.end <= c1 and a not in usable]
            following = sorted((a for a in owners if a.start >= match.end and a.role not in ("civilian", "settlement")),
                               key=lambda a: a.start)
            owner = following[0] if following else None
        if owner is None:
            continue
        facility = ActorRef(match.start, match.end, match.start_char, match.end_char, match.text, "facility",
                            country=owner.country, name=owner.name if owner.role == "group" else None)
        frame.facility_target_owner = owner
        frame.targets = [*frame.targets, facility]
        if frame.actor2 is None:
            frame.actor2 = facility
        return


def _outside_asides(sentence: SentenceInfo, frame: Frame) -> list:
    """The sentence's places before any aside after the trigger ("... di tengah pertemuan puncak NATO di Den Haag")."""
    aside = min((m.start for m in sentence.matches if m.category == "aside" and m.start >= frame.trigger.end),
                default=None)
    return [p for p in sentence.places if aside is None or p.start < aside]


def _release_of_people(sentence: SentenceInfo, frame: Frame, grammar: dict) -> bool:
    """ "Kelimanya dibebaskan beberapa jam kemudian", "membebaskan sandera": set free, not a place taken. A
    verb that also means liberating ground takes territory only with a place in its clause."""
    if frame.trigger.text.lower() not in set(grammar.get("release_verbs", ())):
        return False
    c0, c1 = frame.clause
    return not frame.place_targets and not any(c0 <= p.start < c1 for p in sentence.places)


def _arguments(sentence: SentenceInfo, frame: Frame) -> None:
    c0, c1 = frame.clause
    in_clause_places = [p for p in sentence.places if c0 <= p.start < c1]
    # "Serangan ini terjadi dua pekan setelah pertemuan puncak di Alaska": the event already told is not where
    # the sentence's other clauses are
    frame.places = in_clause_places or ([] if frame.anaphoric else _outside_asides(sentence, frame))
    # air defence after the verb was hit ("menghancurkan ... alat pertahanan udara"), not what did the hitting
    frame.weapons = {m.payload for m in sentence.matches if m.category == "weapon" and c0 <= m.start < c1
                     and not (m.payload == "air_defence" and m.start >= frame.trigger.end)}
    if frame.trigger.category == "trigger":
        frame.weapons |= {m.payload for m in sentence.matches
                          if m.category == "weapon" and frame.trigger.start <= m.start < frame.trigger.end}


def _one_per_clause(frames: list[Frame]) -> list[Frame]:
    """Triggers sharing a clause and its actors tell one act ("memukul mundur ... dan membunuh"): keep the
    most telling one and give it the others' roles."""
    kept: list[Frame] = []
    for frame in sorted(frames, key=lambda f: f.trigger.start):
        host = next((k for k in kept if k.clause == frame.clause and _compatible(k, frame)), None)
        if host is None:
            kept.append(frame)
            continue
        leader, other = (host, frame) if host.precedence <= frame.precedence else (frame, host)
        first = host if host.trigger.start < frame.trigger.start else frame
        if first.trigger_class == "deploy":
            leader, other = first, (frame if first is host else host)  # "dikerahkan ikut berperang": deployed
        if leader.trigger_class == "kill" and other.symmetric and other.actor1 and other.actor2:
            # "Perang antara X dan Y ... telah menewaskan puluhan ribu orang": the toll of the pair's fighting
            leader.actor1, leader.actor2 = other.actor1, other.actor2
        leader.actor1 = leader.actor1 or (other.actor1 if other.actor1 is not leader.actor2 else None)
        leader.actor2 = leader.actor2 or (other.actor2 if other.actor2 is not leader.actor1 else None)
        leader.targets = leader.targets or other.targets
        leader.place_targets = leader.place_targets or other.place_targets
        leader.weapons |= other.weapons
        leader.symmetric = leader.symmetric or other.symmetric
        leader.anaphoric = leader.anaphoric or other.anaphoric
        leader.reaction = leader.reaction or other.reaction
        leader.onset = leader.onset or other.onset
        leader.continuing = leader.continuing or other.continuing
        if leader is not host:
            kept[kept.index(host)] = leader
    return kept


def _compatible(a: Frame, b: Frame) -> bool:
    if a.violent != b.violent and not ({a.trigger_class, b.trigger_class} & {"deploy", "war"}):
        return False
    for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)):
        if x is not None and y is not None and (x.country, x.role, x.name) != (y.country, y.role, y.name) \
                and not (a.symmetric or b.symmetric):
            return False
    return True
