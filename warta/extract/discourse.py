"""From frames to mentions: resolve who "pihaknya" is, type frames, split and join them into events.

An article tells one event over several sentences ("... menyerang ... Dari serangan tersebut, tujuh orang
tewas") and several events in one sentence ("menyerang permukiman sipil dan militer Azerbaijan"). This
module decides which frames are one event (a Draft) and fills each Draft's fields from its frames.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from warta.extract.analysis import ActorRef, ArticleAnalysis, Casualty, ClaimRef, MaterielItem, PlaceRef
from warta.extract.dates import DateExpr, DateReader
from warta.extract.frames import POLITICAL_CLASSES, STRIKE_WEAPON_CLASSES, Frame
from warta.extract.readers import Vocabulary, read_materiel
from warta.extract.typing import CLOSE_WEAPONS, classify
from warta.geo import haversine_km
from warta.records import Actor, DateValue

MARKER_OPENING = 3  # tokens from a sentence's start within which a discourse marker opens it
SAME_PLACE_KM = 40  # two named places this close may be one event's place told two ways
REMOTE_WEAPONS = {"air", "drone", "artillery", "rocket", "missile", "mortar", "shell", "bomb", "ied", "grenade",
                  "suicide", "chemical"}
VIOLENT_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})
CHAIN_DISTANCE = 2  # sentences a continuing report may run on without naming its event again
HISTORY_YEARS = 8  # events this long before publication are background history, not reported


@dataclass
class Draft:
    """One event as this article tells it, while it is being assembled."""

    frames: list[Frame]
    sentences: list[int]
    event_type: str
    sub_event_type: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    symmetric: bool = False
    place: PlaceRef | None = None
    split_groups: set[int] = field(default_factory=set)  # sentences whose split parts this draft holds
    casualties: list[Casualty] = field(default_factory=list)
    materiel: list[MaterielItem] = field(default_factory=list)
    civilian_target: bool = False
    disputed: bool = False  # the article tells two sides' conflicting accounts of it

    @property
    def last_sentence(self) -> int:
        return max(self.sentences)


# ------------------------------------------------------------------------------------------- article context
def resolve_claims(analysis: ArticleAnalysis, vocab: Vocabulary) -> None:
    """Pronoun speakers ("ujarnya", "kementerian itu") take the last speaker named before them."""
    spoken: list[tuple[int, ClaimRef]] = []  # (sentence, claim) of every speaker named so far
    for sentence in analysis.sentences:
        claim = sentence.claim
        if claim is not None and claim.kind == "pronoun":
            earlier = _pronoun_speaker(claim, sentence.index, spoken)
            if earlier is not None:
                claim.claimant, claim.party = earlier.claimant, earlier.party
                claim.kind = "explicit"
            elif (country := _forces_named_before(analysis, sentence.index, claim.template, vocab)) is not None:
                # "kata juru bicara Komando Operasi Keamanan" after "pasukan Thailand": that country's forces speak
                claim.claimant, claim.party = vocab.fill(claim.template, country), country
                claim.kind = "explicit"
            elif (country := _home_body(analysis, sentence.index, claim, vocab)) is not None:
                claim.claimant, claim.party = vocab.fill(claim.template, country), country
                claim.kind = "explicit"
            else:
                claim.kind = "unresolved"
        if claim is not None and claim.kind == "explicit" and claim.claimant and claim.party is None \
                and claim.strength == PERSON_STRENGTH:
            introduced = _introduced_as(analysis, sentence.index, claim.claimant, spoken)
            if introduced is not None:
                # "Menurut Arief" after "Kepala Operasi Damai Cartenz Brigjen Pol Arief Setiadi mengatakan": the
                # person speaks for the body they were introduced with
                claim.claimant, claim.party = introduced.claimant, introduced.party
        if claim is not None and claim.kind in ("explicit", "group") and claim.claimant:
            spoken.append((sentence.index, claim))
    # a bare quotation is spoken by whoever the neighbouring sentence names
    for index, sentence in enumerate(analysis.sentences):
        if sentence.in_quote and (sentence.claim is None or not sentence.claim.claimant):
            for neighbour in (index - 1, index + 1):
                if 0 <= neighbour < len(analysis.sentences):
                    other = analysis.sentences[neighbour].claim
                    if other is not None and other.claimant:
                        sentence.claim = copy.copy(other)
                        sentence.claim.token_span = (-1, -1)
                        break


PERSON_STRENGTH = 3  # the strength of a claim whose speaker is a person the recogniser found by name
PERSON_INTRODUCTION_REACH = 20  # sentences back a person's first, titled mention may be


def _introduced_as(analysis: ArticleAnalysis, index: int, person: str,
                   spoken: list[tuple[int, ClaimRef]]) -> ClaimRef | None:
    """The body an earlier claim named for the speaker whose name this claim repeats."""
    for earlier_index, earlier in reversed(spoken):
        if index - earlier_index > PERSON_INTRODUCTION_REACH:
            break
        if earlier.claimant == person or earlier.strength <= PERSON_STRENGTH:
            continue
        if person in analysis.sentence_text(earlier_index):
            return earlier
    return None


FORCE_COUNTRY_GAP = 2  # tokens between a force's noun and the country after it ("pasukan paramiliter Thailand")


def _forces_named_before(analysis: ArticleAnalysis, index: int, template: str | None,
                         vocab: Vocabulary) -> str | None:
    """The country of the last forces of the speaker's kind named up to its sentence, when it names a national
    force with no country ("juru bicara militer")."""
    if template is None:
        return None
    roles = [role for role, name in vocab.templates.items() if name == template and role in ("military", "police")]
    if not roles:
        return None
    for earlier in range(index, max(-1, index - TITLE_SPEAKER_REACH), -1):
        refs = analysis.sentences[earlier].actors
        for position in range(len(refs) - 1, -1, -1):
            ref = refs[position]
            if ref.role == "group" and ref.country and ref.name == vocab.fill(template, ref.country):
                return ref.country  # "Pasukan Israel", read as the named group Military Forces of Israel
            if ref.role not in roles or ref.possessive:
                continue
            if ref.country:
                return ref.country
            after = refs[position + 1] if position + 1 < len(refs) else None
            if after is not None and after.role == "country" and after.start - ref.end <= FORCE_COUNTRY_GAP:
                return after.country
    return None


HOME_SPEAKER_ROLES = {"military", "police", "government"}  # bodies every state has, named without their country


def _home_body(analysis: ArticleAnalysis, index: int, claim: ClaimRef, vocab: Vocabulary) -> str | None:
    """ "Polisi setempat menyebut ...", "Militer juga melaporkan ...", "menurut pernyataan kantor perdana menteri"
    with no such body named before: the police, army or government of the country the article takes place in,
    when they are said to be local or no other state's forces appear in the article."""
    roles = {role for role, name in vocab.templates.items() if name == claim.template} & HOME_SPEAKER_ROLES
    if not roles:
        return None
    own = [p for p in analysis.sentences[index].places if p.place is not None and not p.generic]
    place = (own[0] if own else None) or paragraph_place(analysis, index) or find_main_place(analysis)
    home = place.place.country if place is not None and place.place is not None else None
    if home is None:
        return None
    local = any(word in vocab.local_words for word in (claim.text or "").lower().split())
    # "Drone Israel menghantam ...": a state that strikes counts as forces in the article
    foreign = any(ref.country and ref.country != home and ref.kind == "state_forces"
                  for s in analysis.sentences for ref in s.actors) \
        or any(f.actor1 is not None and f.actor1.country and f.actor1.country != home for f in analysis.frames)
    return home if local or not foreign else None


PRONOUN_SPEAKER_REACH = 4  # sentences back "ujarnya" may point
TITLE_SPEAKER_REACH = 8  # sentences back a bare title ("Tentara juga mengklaim", "kementerian itu") may point


def _pronoun_speaker(claim: ClaimRef, index: int, spoken: list[tuple[int, ClaimRef]]) -> ClaimRef | None:
    """ "ujarnya" is the last speaker; a bare title ("Tentara juga mengklaim ...") is the last speaker of that kind,
    even with another source quoted in between ("Sumber keamanan yang dikutip Reuters menyebut ...")."""
    if claim.template is None:
        if spoken and index - spoken[-1][0] <= PRONOUN_SPEAKER_REACH:
            return spoken[-1][1]
        return None
    prefix = claim.template.split("{", 1)[0]
    for earlier_index, earlier in reversed(spoken):
        if index - earlier_index > TITLE_SPEAKER_REACH:
            break
        if earlier.template == claim.template or (prefix and earlier.claimant.startswith(prefix)):
            return earlier
    return None


# The weight a side needs: a part in one violent frame, or two mentions as an armed actor or a country
MIN_SIDE_WEIGHT = 1.0


def find_belligerents(analysis: ArticleAnalysis, frames: list[Frame], vocab: Vocabulary) -> list[str]:
    """The two sides of the article's main fight, as ISO3 codes or group names, in order of first mention."""
    first_seen: dict[str, int] = {}
    counts: Counter[str] = Counter()

    backer_words = set(analysis.grammar.get("backer_words", ()))
    agent = analysis.grammar.get("agent_preposition")

    def key_of(ref: ActorRef) -> str | None:
        if ref.role in ("civilian", "settlement", "pronoun", "both_sides", "enemy", "institution", "government"):
            return None
        before = ref.start - 1
        if before >= 0 and analysis.token_lower[before] == agent:
            before -= 1
        if before >= 0 and analysis.token_lower[before] in backer_words:
            return None  # "M23 yang didukung Rwanda": the backer of a side, not one of the two sides
        group = vocab.groups.get(ref.name) if ref.role == "group" and ref.name else None
        if group is not None and group.get("kind") == "external_force" and not group.get("country"):
            return None  # the UN, a mediators' group: present in a war without being one of its sides
        if group is not None and group.get("country") and \
                group["name"] == vocab.actor_name("military", group["country"]):
            return group["country"]  # "FARDC", "tentara Kongo": the state's army, one side with "pasukan Kongo"
        return ref.name if ref.role == "group" and ref.name else ref.country

    allied: set[frozenset[str]] = set()
    for frame in frames:
        if not frame.violent:
            continue
        if not frame.symmetric and len(frame.subjects) > 1:
            # "M23 dan tentara Rwanda menembakkan bom-bom": subjects of one strike fight on one side
            keys = {key_of(ref) for ref in frame.subjects} - {None}
            allied |= {frozenset((a, b)) for a in keys for b in keys if a != b}
        refs = {id(ref): ref for ref in [frame.actor1, frame.actor2, *frame.subjects, *frame.targets] if ref}
        for ref in refs.values():
            key = key_of(ref)
            if key:
                counts[key] += 1
                first_seen.setdefault(key, ref.start)
    # every armed actor the article names counts a little: the sides of a war are named again and again
    for sentence in analysis.sentences:
        for ref in [*sentence.actors, *sentence.landmarks]:
            key = key_of(ref)
            if key and ref.role in ("military", "group", "country"):
                counts[key] += 0.5
                first_seen.setdefault(key, ref.start)
        # "Bukavu, ibu kota Provinsi Kivu Selatan, Republik Demokratik Kongo": a country closing a place's name
        # is named as much as a bare one
        for ref in sentence.places:
            for match in sentence.matches:
                if match.category == "country" and ref.start < match.start < ref.end:
                    counts[match.payload] += 0.5
                    first_seen.setdefault(match.payload, match.start)
    # a country named once in passing (a mediator, a neighbour) is not a side, unless the fighting is on its ground
    ground = {ref.place.country for sentence in analysis.sentences for ref in sentence.places
              if ref.place is not None and ref.place.precision != "country"}
    sides: list[str] = []
    # equal weight: the state on whose ground the fighting is beats a neighbour named as refugees' refuge
    for key, count in sorted(counts.most_common(), key=lambda kc: (-kc[1], kc[0] not in ground)):
        if len(sides) == 2:
            break
        state = state_of(key, vocab)
        if state is not None and any(state in (side, state_of(side, vocab)) for side in sides):
            continue  # a state's police and its army are one side
        if any(frozenset((key, side)) in allied for side in sides):
            continue
        sides.append(key)
    sides = [key for key in sides if counts[key] >= MIN_SIDE_WEIGHT or key in ground]
    return sorted(sides, key=lambda key: first_seen[key])


def interstate(sides: list[str], vocab: Vocabulary) -> bool:
    """Both sides of the article's war are states (Thailand and Cambodia), not a state and a movement."""
    return len(sides) == 2 and all(state_of(key, vocab) is not None for key in sides)


def state_of(key: str, vocab: Vocabulary) -> str | None:
    """The state a side key stands for: a country's own code, a state force's country; None for other groups."""
    group = vocab.groups.get(key)
    if group is None:
        return key
    return group.get("country") if group.get("kind") == "state_forces" else None


def find_main_place(analysis: ArticleAnalysis) -> PlaceRef | None:
    """The area most of the article is about: its most named region, else its most named town."""
    weights: Counter[tuple] = Counter()
    examples: dict[tuple, PlaceRef] = {}
    for sentence in analysis.sentences:
        for ref in sentence.places:
            if ref.place is None or ref.place.precision == "country":
                continue
            key = (ref.place.name, ref.place.country)
            weights[key] += 3 if ref.place.precision == "region" else 1
            examples.setdefault(key, ref)
    if not weights:
        return None
    key, weight = weights.most_common(1)[0]
    example = examples[key]
    if example.place.precision != "region" and weight < 2:
        return None
    return example


def find_onset(analysis: ArticleAnalysis, frames: list[Frame]) -> DateExpr | None:
    """ "sejak tiga hari lalu", "dimulai sejak 27 September": when the article says the fighting began."""
    for frame in frames:
        if frame.trigger_class in ("clash", "war", "attack") and (frame.continuing or frame.onset):
            for expr in analysis.sentences[frame.sentence].dates:
                if expr.since:
                    return expr
    return None


# ------------------------------------------------------------------------------------------- actors
GROUP_ANAPHOR_REACH = 6  # sentences back an anaphor ("kelompok itu") may point
ANAPHOR_SKIPPED_KINDS = {"state_forces", "civilians", "other"}
SPEAKER_TITLE_REACH = 6  # tokens before a named speaker where the title names the group ("Juru bicara M23, ...")


def actor_record(ref: ActorRef | None, frame: Frame, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """An ACLED-style actor for one phrase in one frame (a bare "Armenia" attacks as its military but
    declares martial law as its government)."""
    if ref is None:
        return None
    political = frame.trigger_class in POLITICAL_CLASSES
    role, country = ref.role, ref.country
    if role == "group":
        group = vocab.groups.get(ref.name or "", {})
        return Actor(text=ref.text, name=ref.name, country=ref.country, kind=group.get("kind") or ref.kind)
    if role == "group_anaphor":
        named = _previous_group(analysis, frame, ref, vocab)
        if named is not None:
            return Actor(text=ref.text, name=named["name"], country=named.get("country"), kind=named.get("kind"))
        role = "unidentified"  # "kelompok bersenjata itu" with no group named before: an unnamed armed group
    if role == "facility":
        if country is None:
            return None
        role = "military"  # a base or a command post stands for the forces that hold it
    if role == "military" and country is None and not ref.possessive:
        if any(word in ref.text.lower() for word in vocab.government_force_words) or _faces_armed_group(ref, frame):
            # "pasukan pemerintah", or "tentara" fighting militants: the forces of the place's state
            country = _civilian_country(frame, analysis)
        elif frame.trigger_class == "arrest" or (frame.trigger_class == "capture"
                                                 and not interstate(analysis.belligerents, vocab)):
            # "Tentara menahan dua orang di Nabatieh": that state's; "tentara juga merebut kembali kota Wad
            # Madani" in a war within one state: its army (in a war of two states the soldiers may be either's)
            country = _civilian_country(frame, analysis)
        else:
            country = _speaker_country(analysis, frame) or _rebels_state(ref, frame, vocab)
    if role == "pronoun" and ref.text.lower() in vocab.plural_pronouns:
        previous = _previous_actor(analysis, frame)
        if previous is not None:
            return actor_record(previous, frame, analysis, vocab)  # "Mereka membakar lima mobil ...": the settlers
    if role in ("pronoun", "military") and (ref.possessive or role == "pronoun") and country is None:
        group = _speaker_group(analysis, frame, vocab)
        if group is not None:
            return Actor(text=ref.text, name=group["name"], country=group.get("country"), kind=group.get("kind"))
    if role == "pronoun" or (ref.possessive and country is None and role not in ("civilian", "settlement")):
        # "sopirnya" (the ambulance's driver) is one of the people of the place, not of the speaker's side
        country = _speaker_country(analysis, frame) or _previous_subject_country(analysis, frame)
        if role == "pronoun":
            role = "government" if political else "military"
        if role == "facility":
            role = "military"
        if country is None:
            return None
    if role == "country":
        role = "government" if political else "military"
    if frame.trigger_class == "protest" and role in ("civilian", "rioter"):
        role = "protester"  # "ribuan mahasiswa ... berunjuk rasa": the students are the protesters
    if frame.trigger_class == "riot" and role in ("civilian", "protester"):
        role = "rioter"
    if role == "rioter" and ref.text.lower().startswith(vocab.crowd_nouns) \
            and not any(f.trigger_class in ("riot", "protest") for f in analysis.frames):
        role = "civilian"  # a crowd fired on in a story of no demonstration: people, not rioters
    if role == "settler" and country is None:
        country = vocab.settler_country  # "puluhan pemukim Yahudi": settlers with no nationality said
    if frame.trigger_class == "agreement" and role in ("civilian", "settlement"):
        return None  # "warga Amhara merasa ... diabaikan dalam perjanjian itu": people who sign nothing
    if frame.trigger_class == "destroy_property" and role == "settlement" \
            and ref.text.lower().startswith(vocab.public_building_starts):
        return None  # "membakar gedung sekolah": a building burned, no people hit
    if role in ("police", "protester", "rioter", "civilian", "settlement", "unidentified") and country is None:
        country = _civilian_country(frame, analysis)  # police and crowds are of the place they are in
    if role == "government" and country is None and frame.trigger_class in POLITICAL_CLASSES:
        country = _civilian_country(frame, analysis)  # "pemerintah federal": the government of the place
    if role == "institution":
        role = "government"
    if role in ("both_sides", "enemy"):
        return None  # resolved with the article's belligerents
    name = vocab.actor_name(role, country)
    if name is None:
        return None
    kind = {"military": "state_forces", "police": "state_forces", "government": "state_forces",
            "civilian": "civilians", "settlement": "civilians", "unidentified": "political_militia",
            "settler": "identity_militia", "protester": "protesters", "rioter": "rioters"}.get(role)
    return Actor(text=ref.text, name=name, country=country, kind=kind)


def _faces_armed_group(ref: ActorRef, frame: Frame) -> bool:
    """ "militan menyerang pos gabungan tentara dan polisi", "baku tembak antara pasukan keamanan dan dua militan":
    forces named by no country, against a non-state group, are those of the state where it happens."""
    other = frame.actor2 if ref is frame.actor1 else frame.actor1 if ref is frame.actor2 else None
    if other is None and ref in frame.targets:
        other = frame.actor1
    if other is None:
        return False
    # a group of one country (Hamas) fights forces of another (Israel) on its soil: only stateless groups count
    return other.role in ("unidentified", "group_anaphor") or (other.role == "group" and not other.country)


def _rebels_state(ref: ActorRef, frame: Frame, vocab: Vocabulary) -> str | None:
    """ "Militer melaporkan kontak senjata dengan gerilyawan ELN": unnamed forces fighting a rebel group of a
    state with an army of its own are that state's (not where the group is of a land ACLED gives no army)."""
    other = frame.actor2 if ref is frame.actor1 else frame.actor1 if ref is frame.actor2 else None
    if other is None or other.role != "group" or not other.country or other.kind == "state_forces":
        return None
    return other.country if other.country not in vocab.no_army else None


def _previous_group(analysis: ArticleAnalysis, frame: Frame, ref: ActorRef, vocab: Vocabulary) -> dict | None:
    """The nearest non-state group named before an anaphor ("kelompok paramiliter itu")."""
    for index in range(frame.sentence, max(-1, frame.sentence - GROUP_ANAPHOR_REACH), -1):
        for candidate in reversed(analysis.sentences[index].actors):
            if index == frame.sentence and candidate.start >= ref.start:
                continue
            group = vocab.groups.get(candidate.name or "") if candidate.role == "group" else None
            # "kelompok itu" is an armed or political group: not a state's forces nor the UN that counted the dead
            if group is not None and group.get("kind") not in ANAPHOR_SKIPPED_KINDS \
                    and not (group.get("kind") == "external_force" and not group.get("country")):
                return group
    return None


def _previous_actor(analysis: ArticleAnalysis, frame: Frame) -> ActorRef | None:
    """The nearest acting party named before a pronoun: a group, a force, settlers, a crowd."""
    acting = ("group", "military", "police", "settler", "unidentified", "protester", "rioter")
    for index in range(frame.sentence, max(-1, frame.sentence - 3), -1):
        for ref in reversed(analysis.sentences[index].actors):
            if index == frame.sentence and ref.start >= frame.trigger.start:
                continue
            if ref.role in acting and (ref.country or ref.name):
                return ref
    return None


def _speaker_group(analysis: ArticleAnalysis, frame: Frame, vocab: Vocabulary) -> dict | None:
    """ "Kelompok itu mengatakan pihaknya meluncurkan drone": "pihaknya" is the speaking group."""
    sentence = analysis.sentences[frame.sentence]
    claim = sentence.claim
    if claim is not None and claim.claimant in vocab.groups:
        return vocab.groups[claim.claimant]
    if claim is not None and claim.kind == "explicit" and claim.token_span[0] >= 0:
        # "Juru bicara M23, Lawrence Kanyuka, mengatakan pasukannya ...": the spokesman's group
        first = claim.token_span[0]
        for ref in sentence.actors:
            if ref.role == "group" and first - SPEAKER_TITLE_REACH <= ref.start and ref.end <= first \
                    and vocab.groups.get(ref.name or "", {}).get("kind") not in (None, "state_forces"):
                return vocab.groups[ref.name]
    return None


def _speaker_country(analysis: ArticleAnalysis, frame: Frame) -> str | None:
    claim = analysis.sentences[frame.sentence].claim
    if claim is not None and claim.party and len(claim.party) == 3:
        return claim.party
    return None


def _previous_subject_country(analysis: ArticleAnalysis, frame: Frame) -> str | None:
    for index in range(frame.sentence, max(-1, frame.sentence - 3), -1):
        for ref in reversed(analysis.sentences[index].actors):
            if index == frame.sentence and ref.start >= frame.trigger.start:
                continue
            if ref.country and ref.role in ("military", "government", "country", "institution", "police"):
                return ref.country
    return None


def _civilian_country(frame: Frame, analysis: ArticleAnalysis) -> str | None:
    for ref in frame.targets:
        if ref.country and ref.role not in ("civilian", "settlement"):
            return ref.country  # "permukiman sipil dan militer Azerbaijan"
    # "di kota Ganja" before "dari wilayah Armenia"; the clause's places, else the sentence's
    for pool in (frame.places, analysis.sentences[frame.sentence].places):
        places = sorted((p for p in pool if p.place is not None and not p.generic and p.place.country),
                        key=lambda p: p.place.precision == "country")
        if places:
            return places[0].place.country
    told = paragraph_place(analysis, frame.sentence)
    if told is not None and told.place.country:
        return told.place.country
    if analysis.main_place is not None and analysis.main_place.place is not None:
        return analysis.main_place.place.country
    return analysis.most_named_country


def paragraph_place(analysis: ArticleAnalysis, index: int) -> PlaceRef | None:
    """ "... menyerbu kota Mirebalais ... Sedikitnya 10 warga tewas dibunuh anggota geng": the place the paragraph
    has just named, for a sentence that names none."""
    paragraph = analysis.sentences[index].paragraph
    for previous in range(index - 1, -1, -1):
        sentence = analysis.sentences[previous]
        if sentence.paragraph != paragraph:
            break
        named = [p for p in sentence.places if p.place is not None and not p.generic
                 and p.place.precision != "country"]
        if named:
            return named[0]
    return None


def _as_government(actor: Actor, vocab: Vocabulary) -> Actor:
    if actor.kind != "state_forces" or not actor.country:
        return actor
    name = vocab.actor_name("government", actor.country)
    return actor.model_copy(update={"name": name}) if name else actor


def belligerent_actor(key: str, analysis: ArticleAnalysis, vocab: Vocabulary, text: str | None = None) -> Actor:
    if key in vocab.groups:
        group = vocab.groups[key]
        return Actor(text=text, name=group["name"], country=group.get("country"), kind=group.get("kind"))
    return Actor(text=text, name=vocab.actor_name("military", key), country=key, kind="state_forces")


# ------------------------------------------------------------------------------------------- typing + splitting
def type_and_split(frames: list[Frame], analysis: ArticleAnalysis, vocab: Vocabulary) -> list[tuple[Frame, Actor | None, Actor | None, PlaceRef | None]]:
    """Each frame typed, with its actors resolved; one frame per target kind, per listed place, per
    declaring government."""
    typed: list[tuple[Frame, Actor | None, Actor | None, PlaceRef | None]] = []
    for frame in frames:
        for part, place in _split(frame):
            actor1 = actor_record(part.actor1, part, analysis, vocab)
            actor2 = actor_record(part.actor2, part, analysis, vocab)
            if part.actor1 is not None and part.actor1.role == "both_sides" or (
                    part.actor2 is not None and part.actor2.role == "both_sides"):
                part.symmetric = True
                actor1 = actor2 = None
                if len(analysis.belligerents) == 2:
                    actor1 = belligerent_actor(analysis.belligerents[0], analysis, vocab, part.trigger.text)
                    actor2 = belligerent_actor(analysis.belligerents[1], analysis, vocab)
                    if part.trigger_class == "agreement":
                        # "Kedua pihak menyepakati gencatan senjata": states agree through their governments
                        actor1, actor2 = (_as_government(a, vocab) for a in (actor1, actor2))
            if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
                actor2 = None
            sentence = analysis.sentences[part.sentence]
            place_country = None
            candidate_place = place or _first_place(part) or analysis.main_place
            if candidate_place is not None and candidate_place.place is not None:
                place_country = candidate_place.place.country
            if place_country is None and candidate_place is not None:
                # "Moqokori", a town the gazetteer lacks: in the country the article is about
                place_country = _civilian_country(part, analysis)
            civilian_victims = any(c.civilian for c in sentence.casualties)
            cues = {m.category for m in sentence.matches
                    if m.category in ("protest_intervention", "excessive_force", "protest_violence", "mob")}
            # what was hit or destroyed, not what did the hitting ("pesawat nirawaknya menghancurkan konvoi")
            categories = {item.category for item in struck_materiel(analysis, sentence)}
            target_place = place or (part.place_targets[0] if part.place_targets else None)
            precision = target_place.place.precision if target_place is not None and target_place.place else None
            typed_as = classify(part.trigger_class, part.weapons, actor1, actor2, weapon_order=part.weapon_order,
                                place_precision=precision,
                                place_target=bool(part.place_targets),
                                place_country=place_country, civilian_victims=civilian_victims,
                                protest_cues=cues, materiel_categories=categories,
                                settlement_starts=vocab.settlement_target_starts)
            if typed_as is None:
                continue
            part.event_type, part.sub_event_type = typed_as
            typed.append((part, actor1, actor2, place))
    _strike_kind_carries_on(typed, analysis)
    return typed


def _strike_kind_carries_on(typed: list[tuple[Frame, Actor | None, Actor | None, PlaceRef | None]],
                            analysis: ArticleAnalysis) -> None:
    """ "AS melancarkan gelombang serangan udara ... Serangan paling mematikan menghantam sebuah bangunan": a bare
    "serangan" after strikes of one kind by the same attacker is one of those strikes, not fire of another kind
    (nor a clash when nothing says who was hit)."""
    told: dict[str | None, str] = {}  # attacker -> kind of the strikes it was said to make
    last_kind, last_weapons = None, set()
    for frame, actor1, actor2, _place in typed:
        attacker = actor1.name if actor1 is not None else None
        if _strike_of_known_kind(frame):
            last_kind, last_weapons = frame.sub_event_type, frame.weapons & STRIKE_WEAPON_CLASSES
            if attacker is not None:
                told.setdefault(attacker, frame.sub_event_type)
            continue
        if last_kind and _like_the_last(frame, analysis) and not frame.weapons:
            # "Sehari sebelumnya, serangan serupa di distrik Barda menewaskan lima orang": a strike like the last
            frame.event_type, frame.sub_event_type = "explosions_remote_violence", last_kind
            frame.weapons = frame.weapons | last_weapons
            continue
        if frame.trigger_class not in ("attack", "fire") or frame.weapons or frame.symmetric:
            continue
        if actor1 is None:
            # the attacker left unsaid: the strikes told so far, when only one attacker made them and the
            # target is not that attacker (then the other side fired back)
            kinds = set(told.values())
            if len(told) != 1 or (actor2 is not None and actor2.name in told):
                continue
            kind = kinds.pop()
        else:
            kind = told.get(attacker) or _strike_kind_told_next(frame, attacker, typed)
            if kind is None:
                continue
        if frame.event_type == "explosions_remote_violence" or (
                frame.event_type == "battles" and (actor2 is None or actor2.kind != "civilians")):
            frame.event_type, frame.sub_event_type = "explosions_remote_violence", kind


def _strike_of_known_kind(frame: Frame) -> bool:
    """A remote strike told by its weapon or its verb ("menjatuhkan bom", "serangan udara"), not a bare attack."""
    return frame.event_type == "explosions_remote_violence" and bool(
        frame.weapons & STRIKE_WEAPON_CLASSES or frame.trigger_class in ("airstrike", "bombard"))


STRIKE_DETAIL_SENTENCES = 2  # how far after a bare attack the strikes that made it may be told


def _strike_kind_told_next(frame: Frame, attacker: str, typed: list[tuple[Frame, Actor | None, Actor | None,
                                                                          PlaceRef | None]]) -> str | None:
    """ "Amerika Serikat menyerang tiga fasilitas nuklir Iran ... Menurut Pentagon, pesawat pengebom B-2
    menjatuhkan bom ...": an attack on a country's ground or facilities, then the attacker's strikes told right
    after, was made by those strikes."""
    if frame.actor2 is not None and frame.actor2.role not in ("country", "facility"):
        return None
    for later, actor1, _actor2, _place in typed:
        if not frame.sentence < later.sentence <= frame.sentence + STRIKE_DETAIL_SENTENCES:
            continue
        if _strike_of_known_kind(later) \
                and (actor1 is None or actor1.name == attacker):  # "pesawat pengebom B-2 menjatuhkan bom": theirs
            return later.sub_event_type
    return None


def _like_the_last(frame: Frame, analysis: ArticleAnalysis) -> bool:
    """ "serangan serupa", "serangan sejenis": an event noun said to be like the one told before."""
    after = frame.trigger.end
    return after < len(analysis.doc) and analysis.token_lower[after] in analysis.grammar.get("similar_words", ())


def struck_materiel(analysis: ArticleAnalysis, sentence) -> list[MaterielItem]:
    """The sentence's destroyed or struck equipment, read once per sentence."""
    cache = analysis.__dict__.setdefault("_struck", {})
    if sentence.index not in cache:
        cache[sentence.index] = read_materiel(analysis, sentence)
    return cache[sentence.index]


def _first_place(frame: Frame) -> PlaceRef | None:
    """The frame's most specific named place: "kota Ganja" before "dari wilayah Armenia"."""
    named = [p for p in frame.places if p.place is not None and not p.generic]
    named.sort(key=lambda p: p.place.precision == "country")
    return named[0] if named else None


def _listed_venues(frame: Frame) -> list[PlaceRef]:
    """ "menangkap sedikitnya 15 warga Palestina di Hebron dan Betlehem": one event in each place the act is
    said to happen in, though the act has a target of its own (GUIDELINES 5); so is "menghancurkan 30 drone
    Ukraina di atas wilayah Belgorod, Kursk dan Bryansk", an act against a country or its facilities. An attack
    on named forces "di A dan B" stays one: the places say where those forces were."""
    if frame.actor2 is not None and frame.violent and not frame.symmetric \
            and frame.actor2.role not in ("civilian", "settlement", "group", "country", "facility"):
        return []
    after = sorted((p for p in frame.places if frame.trigger.end <= p.start < frame.clause[1] and not p.generic
                    and p.place is not None), key=lambda p: p.start)
    if not after or after[0].list_id is None or not after[0].preposition:
        return []  # "serangan di Pakistan meningkat, sebagian besar di KP dan Balochistan": where, then a tally
    listed = [p for p in after if p.list_id == after[0].list_id]
    # seas ("di Laut Merah dan Teluk Aden") and whole countries are areas an act spans, not places it happened in
    if any(p.place.country is None or p.place.precision == "country" for p in listed):
        return []
    return listed


def _split(frame: Frame) -> list[tuple[Frame, PlaceRef | None]]:
    parts: list[Frame] = [frame]
    civilian = [t for t in frame.targets if t.role in ("civilian", "settlement")]
    military = [t for t in frame.targets if t.role not in ("civilian", "settlement")]
    # a ground attack on "permukiman sipil dan militer" is two events; one air strike on a school said to house
    # a command post is one, on civilians
    remote = bool(frame.weapons & REMOTE_WEAPONS) or frame.trigger_class in ("bombard", "airstrike", "suicide")
    if civilian and military and frame.violent and remote:
        only = copy.copy(frame)
        only.targets, only.actor2 = civilian, civilian[0]
        parts = [only]
    elif civilian and military and frame.violent:
        # "menyerang permukiman sipil dan militer Azerbaijan": an attack on civilians and a battle (GUIDELINES 1)
        on_civilians = copy.copy(frame)
        on_civilians.targets, on_civilians.actor2 = civilian, civilian[0]
        on_forces = copy.copy(frame)
        on_forces.targets, on_forces.actor2 = military, military[0]
        if civilian[0].country is None and military[0].country:
            civilian[0].country = military[0].country
        parts = [on_civilians, on_forces]
    if frame.trigger_class == "declare" and len(frame.subjects) > 1:
        parts = []
        for subject in frame.subjects:
            single = copy.copy(frame)
            single.actor1, single.actor2, single.subjects, single.symmetric = subject, None, [subject], False
            parts.append(single)
    listed = [p for p in frame.place_targets if p.list_id is not None] or _listed_venues(frame)
    if len(listed) > 1:
        return [(part, place) for part in parts for place in listed]
    return [(part, None) for part in parts]


# ------------------------------------------------------------------------------------------- joining
def join_frames(typed: list[tuple[Frame, Actor | None, Actor | None, PlaceRef | None]],
                analysis: ArticleAnalysis) -> list[Draft]:
    """Frames telling the same event become one Draft; anaphoric and follow-up sentences join the last one."""
    drafts: list[Draft] = []
    denial: tuple[Draft, set[str], int] | None = None  # the denied draft, the deniers' countries, the sentence
    typed_sentences = {frame.sentence for frame, *_ in typed}
    pending = sorted(i for i, s in enumerate(analysis.sentences) if i not in typed_sentences
                     and s.claim is not None and s.claim.deniers)
    for frame, actor1, actor2, place in typed:
        while pending and pending[0] < frame.sentence:
            denial = _attach_denial(pending.pop(0), drafts, analysis) or denial
        draft = Draft([frame], [frame.sentence], frame.event_type, frame.sub_event_type, actor1, actor2,
                      frame.symmetric, place, civilian_target=bool(actor2 and actor2.kind == "civilians"))
        if place is not None or _is_split(frame, typed):
            draft.split_groups = {frame.sentence}
        if _compared_since(draft, analysis) and any(d.event_type in VIOLENT_TYPES for d in drafts):
            continue  # "Serangan ini merupakan yang paling mematikan ... sejak ...": a comment, no new event
        if frame.reaction:
            host = _reacted_to(draft, drafts, analysis)
            if host is None and any(d.event_type in VIOLENT_TYPES for d in drafts):
                continue  # a reaction to an event the article told in a way not recognised: no new event
        else:
            host = _denied_host(draft, denial, analysis) or _host(draft, drafts, analysis) \
                or _referent(draft, drafts, analysis)
            if host is None and draft.actor1 is None and _opens_with_reference(frame, analysis):
                # "Usai penembakan, aparat gabungan melakukan pengejaran": the shooting told paragraphs before
                host = _reacted_to(draft, drafts, analysis)
        if host is None and _points_elsewhere(draft, analysis):
            continue
        if host is None:
            drafts.append(draft)
            continue
        _absorb(host, draft)
        own_place = any(p.place is not None and not p.generic for p in (*frame.places, *frame.place_targets))
        if host.split_groups and (frame.anaphoric or not own_place):
            # "Dari serangan tersebut, ..." follows an attack told as two events: it reports on both; so does a
            # sentence naming no place of its own after "aksi di Eldoret dan Nyeri" (GUIDELINES 7: split
            # mentions share their evidence)
            for sibling in drafts:
                if sibling is not host and sibling.split_groups & host.split_groups \
                        and frame.sentence not in sibling.sentences:
                    sibling.sentences.append(frame.sentence)
    for index in pending:
        _attach_denial(index, drafts, analysis)
    _attach_casualty_sentences(drafts, analysis)
    _attach_dispersal_sentences(drafts, analysis)
    return consolidate(drafts, analysis)


def _points_elsewhere(draft: Draft, analysis: ArticleAnalysis) -> bool:
    """ "Mereka menuntut perdana menteri mundur setelah bentrokan bersenjata selama beberapa hari": a fight named
    only as what came before, by no one, with no event told before it to point at, is told elsewhere in the
    article (or nowhere): it makes no event of its own."""
    frame = draft.frames[0]
    if not (is_generic(frame) or frame.trigger_class == "clash") or draft.actor1 is not None \
            or draft.actor2 is not None or frame.voice != "noun":
        return False
    if any(p.place is not None and not p.generic for p in frame.places):
        return False  # "terlibat dalam penyerangan sekolah di Distrik Anggruk": an event told by where it was
    sentence = analysis.sentences[frame.sentence]
    return any(m.category == "reference_prep" and m.end == frame.trigger.start and m.start > sentence.token_start
               for m in sentence.matches)


def _compared_since(draft: Draft, analysis: ArticleAnalysis) -> bool:
    """ "Serangan ini merupakan yang paling mematikan ... sejak HTS menggulingkan Assad pada 8 Desember 2024": the
    event already told ("serangan ini", no sides or place of its own) measured against the time since another;
    the date after "sejak" is the other event's."""
    frame = draft.frames[0]
    sentence = analysis.sentences[frame.sentence]
    pointed = frame.trigger.end < len(analysis.token_lower) \
        and analysis.token_lower[frame.trigger.end] in analysis.grammar.get("demonstratives", ())
    if not (pointed and is_generic(frame) and draft.actor1 is None and draft.actor2 is None
            and not draft.place and not frame.place_targets):
        return False
    since = set(analysis.grammar.get("since_clause_words", ()))
    after = analysis.token_lower[frame.trigger.end:sentence.token_end]
    return any(word in since for word in after)


def _attach_denial(index: int, drafts: list[Draft], analysis: ArticleAnalysis) -> tuple[Draft, set[str], int] | None:
    """ "Akan tetapi, Staf Umum Ukraina membantah klaim tersebut.": the denial belongs to the claim just told."""
    for draft in reversed(drafts):
        if 0 < index - draft.last_sentence <= CHAIN_DISTANCE:
            draft.sentences.append(index)
            return draft, set(analysis.sentences[index].claim.denier_parties), index
        break
    return None


def _opens_with_reference(frame: Frame, analysis: ArticleAnalysis) -> bool:
    """ "Usai penembakan, ...", "Pascaserangan itu, ...": the sentence opens by naming an event already told."""
    sentence = analysis.sentences[frame.sentence]
    return frame.voice == "noun" and any(
        m.category == "reference_prep" and m.start == sentence.token_start and m.end == frame.trigger.start
        for m in sentence.matches)


def _reacted_to(draft: Draft, drafts: list[Draft], analysis: ArticleAnalysis) -> Draft | None:
    """ "Komnas HAM mengecam penembakan terhadap para pekerja", often the article's last paragraph: the latest
    event it names again, wherever it was told, with the same kind of target."""
    for host in reversed(drafts):
        if host.event_type not in VIOLENT_TYPES or host.split_groups & draft.split_groups:
            continue
        if draft.actor2 is not None and host.actor2 is not None and draft.civilian_target != host.civilian_target:
            continue
        if _actors_agree(host, draft) and _places_agree(host, draft) and _dates_agree(host, draft, analysis):
            return host
    return None


def _denied_host(draft: Draft, denial: tuple[Draft, set[str], int] | None, analysis: ArticleAnalysis) -> Draft | None:
    """The denier's own account right after the denial ("pasukan Kyiv masih bertahan ... pertempuran belum
    berhenti") is the other side of the same event, whatever it calls it."""
    if denial is None:
        return None
    denied, parties, index = denial
    frame = draft.frames[0]
    claim = analysis.sentences[frame.sentence].claim
    if not (0 < frame.sentence - index <= 2) or analysis.sentences[frame.sentence].paragraph - \
            analysis.sentences[index].paragraph > 1:
        return None
    if claim is not None and claim.party in parties and draft.event_type == denied.event_type:
        return denied
    return None


def consolidate(drafts: list[Draft], analysis: ArticleAnalysis) -> list[Draft]:
    """One article tells one event in several places ("... dua prajurit TNI gugur ..." in the lead, "Jenazah dua
    prajurit TNI yang gugur dalam serangan ..." later): drafts of one type, at one named town on one day,
    with no actor in conflict, are one event (ACLED: one event per type, date, place and actor pair)."""
    kept: list[Draft] = []
    for draft in drafts:
        host = next((k for k in kept if _same_event(k, draft, analysis)
                     or (_counter_account(k, draft, analysis, None) and _same_town(k, draft))
                     or _protest_goes_on(k, draft, analysis) or _attack_claimed(k, draft, analysis)), None)
        if host is None:
            kept.append(draft)
        else:
            _absorb(host, draft)
    return _fold_damage_into_violence(_fold_shooting_into_blast(kept))


def _fold_into(drafts: list[Draft], host_of, merge) -> list[Draft]:
    """Drafts that `host_of` finds a host for are merged into it with `merge`; the others are kept."""
    kept: list[Draft] = []
    for draft in drafts:
        host = host_of(draft, drafts)
        if host is None:
            kept.append(draft)
        else:
            merge(host, draft)
    return kept


def _same_attacker(host: Draft, draft: Draft) -> bool:
    """No named attacker of one contradicts the other's."""
    return vague_actor(host.actor1) or vague_actor(draft.actor1) or host.actor1.name == draft.actor1.name


def _fold_shooting_into_blast(drafts: list[Draft]) -> list[Draft]:
    """ "... masuk ke gereja, melepaskan tembakan ke arah jemaat, lalu meledakkan rompi peledak": shots fired by the
    bomber in the sentence of the blast are part of the bombing, not a clash of their own (ACLED codes the
    attack once, by its deadliest means)."""
    def blast_of(draft: Draft, drafts: list[Draft]) -> Draft | None:
        opener = draft.frames[0]
        if draft.event_type not in ("battles", "violence_against_civilians") or opener.trigger_class != "fire" \
                or draft.symmetric or (draft.actor2 is not None and draft.actor2.kind != "civilians"):
            return None
        return next((d for d in drafts if d is not draft and d.event_type == "explosions_remote_violence"
                     and any(f.sentence == opener.sentence and f.trigger.start > opener.trigger.start
                             and f.trigger_class in ("explosion", "suicide") for f in d.frames)
                     and _same_attacker(d, draft)), None)

    return _fold_into(drafts, blast_of, _absorb)


def _fold_damage_into_violence(drafts: list[Draft]) -> list[Draft]:
    """ "Para pemukim menyerbu desa ... dan membakar lima rumah": houses burned by the attackers in the sentence of
    their attack are that attack's damage, not an event of their own (ACLED codes property destruction only when
    no other violence took place)."""
    def violence_of(draft: Draft, drafts: list[Draft]) -> Draft | None:
        if draft.sub_event_type == "arrests":
            # "Dua militan tewas dalam baku tembak dan enam orang lainnya ditangkap": the arrests of a raid that
            # turned into a firefight are that fight's outcome (ACLED codes arrests only with no other event)
            return next((d for d in drafts if d is not draft and d.event_type == "battles"
                         and set(d.sentences) & set(draft.sentences)
                         and (vague_actor(draft.actor1) or (d.actor1 is not None and d.actor1.name == draft.actor1.name))),
                        None)
        if draft.sub_event_type != "looting_property_destruction":
            return None
        # the burning told in the attack's sentence, not only named again there ("pembakaran itu dilakukan
        # ... pelaku penembakan di Kiwirok" names two events told apart)
        host = next((d for d in drafts if d is not draft and d.event_type in VIOLENT_TYPES
                     and set(d.sentences) & _told_in(draft) and _same_attacker(d, draft)), None)
        # "Mereka membakar lima mobil dan sebuah rumah" right after the settlers' attack: the same attackers
        return host or next((d for d in drafts if d is not draft and d.event_type in VIOLENT_TYPES
                             and min(draft.sentences) - max(d.sentences) == 1
                             and not vague_actor(draft.actor1) and not vague_actor(d.actor1)
                             and d.actor1.name == draft.actor1.name), None)

    def add_damage(host: Draft, draft: Draft) -> None:
        host.frames.extend(draft.frames)  # its materiel is read from the frames' sentences
        host.sentences.extend(i for i in draft.sentences if i not in host.sentences)

    return _fold_into(drafts, violence_of, add_damage)


def _told_in(draft: Draft) -> set[int]:
    """The sentences that tell the draft's event (not those that only name it again: "serangan itu")."""
    return {f.sentence for f in draft.frames if not f.anaphoric}


def _opens_with(sentence, categories: tuple[str, ...]) -> bool:
    """The sentence opens (within its first words) with a marker of one of these categories."""
    return any(m.category in categories and m.start - sentence.token_start <= MARKER_OPENING for m in sentence.matches)


def _same_event(host: Draft, draft: Draft, analysis: ArticleAnalysis) -> bool:
    if host.split_groups & draft.split_groups:
        return False
    if _opens_with(analysis.sentences[draft.frames[0].sentence], ("separate_event",)):
        return False  # "Beberapa jam kemudian, ...", "Secara terpisah, ...": said to be another event
    if any(_like_the_last(f, analysis) for f in draft.frames):
        return False  # "serangan serupa": another attack like the one told
    if host.event_type != draft.event_type and not _vague_retelling(host, draft):
        return False
    if host.sub_event_type != draft.sub_event_type and not (
            all(is_generic(f) for f in host.frames) or all(is_generic(f) for f in draft.frames)
            or _mixed_strike_retold(host, draft)):
        return False
    mine, theirs = _named_place(host), _named_place(draft)
    if mine is None or theirs is None or "region" in (mine.precision, theirs.precision) \
            or "country" in (mine.precision, theirs.precision):
        return False  # only a named town or district says it is the same spot
    if not _places_agree(host, draft) or not _actors_agree(host, draft):
        return False
    if host.civilian_target != draft.civilian_target and host.actor2 and draft.actor2:
        return False
    reference = analysis.reference_date
    first, second = choose_date(host, analysis), choose_date(draft, analysis)
    if first.start is None or second.start is None:
        return first.start is None and second.start is None and reference is None
    return abs((first.start - second.start).days) <= 1


def _protest_goes_on(host: Draft, draft: Draft, analysis: ArticleAnalysis) -> bool:
    """ "Ribuan warga berunjuk rasa di pusat kota Tripoli ..." then, a paragraph on, "Petugas keamanan ...
    menembakkan gas air mata untuk membubarkan mereka": the same demonstration, now broken up, told with no
    place or crowd of its own."""
    # (live rounds fired into a crowd, or a riot, are events of their own: ACLED codes them apart)
    if host.event_type != "protests" or draft.sub_event_type != "protest_with_intervention" \
            or host.split_groups & draft.split_groups:
        return False
    if _named_place(draft) is not None or _opens_with(analysis.sentences[draft.frames[0].sentence],
                                                      ("separate_event", "new_event")):
        return False
    if draft.actor1 is not None and draft.actor1.kind != "state_forces":
        return False  # a crowd of its own: another demonstration
    if not any(m.category == "protest_intervention" for i in draft.sentences for m in analysis.sentences[i].matches):
        return False
    first = analysis.sentences[min(draft.sentences)].paragraph
    if not 0 <= first - analysis.sentences[max(host.sentences)].paragraph <= 1:
        return False
    return _dates_agree(host, draft, analysis)


def _mixed_strike_retold(host: Draft, draft: Draft) -> bool:
    """ "serangan drone dan rudal besar-besaran Rusia ke Kyiv" then "gedung apartemen ... runtuh setelah dihantam
    rudal": one combined strike, told again by one of its weapons."""
    if host.event_type != "explosions_remote_violence" or draft.event_type != host.event_type:
        return False
    mine = {w for f in host.frames for w in f.weapons} & STRIKE_WEAPON_CLASSES
    theirs = {w for f in draft.frames for w in f.weapons} & STRIKE_WEAPON_CLASSES
    return bool(theirs) and (len(mine) > 1 and theirs <= mine or len(theirs) > 1 and mine <= theirs and bool(mine))


def _counter_account(host: Draft, draft: Draft, analysis: ArticleAnalysis, distance: int | None) -> bool:
    """ "Kementerian Pertahanan Rusia ... mengklaim pasukannya menghantam fasilitas militer di Kharkiv" then "Namun,
    Wali Kota Kharkiv mengatakan rudal Rusia menghantam gedung permukiman": one strike, told by the attacker as
    hitting forces and by the other side as hitting civilians. Told back ("serangan itu menewaskan warga sipil")
    right there, or by a speaker of another party, it is the same event, disputed."""
    if host.event_type not in VIOLENT_TYPES or draft.event_type not in VIOLENT_TYPES \
            or host.split_groups & draft.split_groups:
        return False
    if draft.actor1 is not None and (vague_actor(host.actor1) or vague_actor(draft.actor1)
                                     or host.actor1.name != draft.actor1.name):
        return False
    civilian_sides = {host.civilian_target, draft.civilian_target}
    military_target = [d.actor2 for d in (host, draft) if not d.civilian_target and d.actor2 is not None]
    if civilian_sides != {True, False} or not military_target:
        return False
    frame = draft.frames[0]
    if frame.anaphoric and distance is not None and distance <= 1:
        return True
    mine = {analysis.sentences[i].claim.party for i in host.sentences
            if analysis.sentences[i].claim is not None and analysis.sentences[i].claim.claimant
            and analysis.sentences[i].claim.party}
    theirs = analysis.sentences[frame.sentence].claim
    return bool(mine) and theirs is not None and bool(theirs.claimant) and theirs.party not in mine


def _attack_claimed(host: Draft, draft: Draft, analysis: ArticleAnalysis) -> bool:
    """ "Kelompok ISIS mengklaim serangan di Komanda melalui Amaq": a group owning "the attack at" a town where a
    violent event was told is owning that event, not telling another one."""
    if host.event_type not in VIOLENT_TYPES or draft.event_type not in VIOLENT_TYPES:
        return False
    frame = draft.frames[0]  # the draft's own telling; what follows it ("mengecam serangan tersebut") retells it
    if frame.voice != "noun":
        return False
    owned = any(m.category == "responsibility" and m.start <= frame.trigger.start < m.end
                for m in analysis.sentences[frame.sentence].matches)
    return owned and _same_town(host, draft)


def _same_town(host: Draft, draft: Draft) -> bool:
    mine, theirs = _named_place(host), _named_place(draft)
    return mine is not None and theirs is not None and mine.precision in ("town", "district") \
        and mine.name == theirs.name


def _vague_retelling(host: Draft, draft: Draft) -> bool:
    """ "Kementerian Pertahanan Rusia ... menyebut pasukannya telah melancarkan serangan presisi terhadap fasilitas
    industri militer di Kharkiv": the same attacker's unspecific attack on the same town is the strike told by
    the other side, whatever type its military target would give it alone."""
    violent = {"battles", "explosions_remote_violence"}
    if not {host.event_type, draft.event_type} <= violent:
        return False
    if not (all(is_generic(f) for f in host.frames) or all(is_generic(f) for f in draft.frames)):
        return False
    if draft.actor1 is None and all(is_generic(f) for f in draft.frames) and _same_town(host, draft):
        return True  # "Serangan di Dnipro terjadi di tengah ...": the strike on that town, named again
    return not vague_actor(host.actor1) and not vague_actor(draft.actor1) and host.actor1.name == draft.actor1.name


def _is_split(frame: Frame, typed: list) -> bool:
    return sum(1 for other, *_ in typed if other.trigger is frame.trigger) > 1


GENERIC_CLASSES = {"attack", "explosion", "war", "kill"}


def is_generic(frame: Frame) -> bool:
    """A frame that says something violent happened but not how: it takes the type of the event it joins."""
    if frame.trigger_class == "kill":
        return True  # "menewaskan 13 warga sipil": what an attack cost, whatever weapon the clause names
    if frame.trigger_class == "fire" and frame.voice in ("passive", "noun") and frame.actor1 is None \
            and not frame.place_targets:
        return True  # "seorang pemuda tewas ditembak", "Penembakan terjadi ...": how a victim died, by no one named
    if _unnamed_shots(frame):
        return True
    specific_weapons = frame.weapons - CLOSE_WEAPONS
    # an attack aimed at civilians says how to type it; a killing of civilians only says what it cost
    on_civilians = frame.trigger_class != "kill" and frame.actor2 is not None \
        and frame.actor2.role in ("civilian", "settlement")
    return frame.trigger_class in GENERIC_CLASSES and not specific_weapons and not on_civilians \
        and not frame.place_targets


def _unnamed_shots(frame: Frame) -> bool:
    """ "sekelompok orang bersenjata api datang ... dan langsung melepaskan tembakan": shots by someone named only by
    kind at no one named say how an attack told just before was carried out, not a clash of their own."""
    return frame.trigger_class == "fire" and frame.actor2 is None and frame.actor1 is not None \
        and frame.actor1.role == "unidentified" and not frame.place_targets


def _referent(draft: Draft, drafts: list[Draft], analysis: ArticleAnalysis) -> Draft | None:
    """ "Kepala administrasi ... mengatakan serangan terjadi sekitar pukul 07.10": a vague attack that names
    no one, no place and no day is the article's last violent event told again, not a new one."""
    frame = draft.frames[0]
    sentence = analysis.sentences[frame.sentence]
    vague = is_generic(frame) and draft.actor1 is None and draft.actor2 is None and not draft.place \
        and not frame.place_targets and not any(p.place is not None for p in sentence.places) \
        and not [d for d in sentence.dates if not d.statement]
    if not vague:
        return None
    return next((d for d in reversed(drafts) if d.event_type in VIOLENT_TYPES), None)


def _shares_actor(host: Draft, draft: Draft) -> bool:
    mine = {a.name for a in (host.actor1, host.actor2) if a is not None and a.name}
    return bool(mine & {a.name for a in (draft.actor1, draft.actor2) if a is not None and a.name})


def _host(draft: Draft, drafts: list[Draft], analysis: ArticleAnalysis) -> Draft | None:
    frame = draft.frames[0]
    if draft.sub_event_type == "agreement":
        # an article's agreement is told several times ("Kesepakatan yang ditandatangani Senin malam itu ...")
        for host in drafts:
            if host.sub_event_type == "agreement" and not host.split_groups & draft.split_groups \
                    and (frame.anaphoric or frame.sentence in host.sentences
                                                       or _dates_agree(host, draft, analysis)):
                return host
    if frame.continuing and not frame.onset:
        # "pertempuran terus berkecamuk" said twice is one running battle, wherever the article says it
        for host in drafts:
            if host.event_type == draft.event_type and any(f.continuing and not f.onset for f in host.frames) \
                    and not host.split_groups & draft.split_groups \
                    and _actors_agree(host, draft) and _places_agree(host, draft) and _dates_agree(host, draft, analysis):
                return host
    sentence = analysis.sentences[frame.sentence]
    new_event = _opens_with(sentence, ("new_event", "separate_event"))
    framed = {f.sentence for f in analysis.frames}
    for host in reversed(drafts):
        distance = frame.sentence - host.last_sentence - _toll_run(analysis, framed, host.last_sentence, frame.sentence)
        same_paragraph = analysis.sentences[frame.sentence].paragraph == analysis.sentences[host.last_sentence].paragraph
        if distance > CHAIN_DISTANCE:
            break
        if host.split_groups & draft.split_groups:
            continue  # parts split from one clause stay apart
        if analysis.sentences[frame.sentence].paragraph - analysis.sentences[host.last_sentence].paragraph > 1:
            continue
        counter = _counter_account(host, draft, analysis, distance)
        if not _same_family(host, draft) and not counter:
            continue
        same_speaker = draft.actor1 is None and _same_speaker(host, draft, analysis)
        if distance > 0 and not same_paragraph and is_generic(frame) and not frame.anaphoric and not same_speaker \
                and not _shares_actor(host, draft) and not (distance == 1 and (draft.actor1 is None or _unnamed_shots(frame))
                                                             and (draft.actor2 is None or host.actor1 is None)):
            continue  # a vague mention in a new paragraph starts a new topic unless it names the same sides
        if new_event and distance > 0 and not frame.anaphoric:
            continue
        open_side = distance == 1 and same_paragraph and _fills_open_side(host, draft)
        if not (_actors_agree(host, draft) or counter or open_side) or not _places_agree(host, draft) \
                or not _dates_agree(host, draft, analysis):
            continue
        if open_side:
            return host
        if counter:
            return host
        # "Juru bicara Pertahanan Sipil Gaza ... mengatakan tiga rudal menghantam sekitar 20 tenda": the same speaker
        # right after, on a strike with no sides of its own, goes on about the strike just told
        speaker_goes_on = same_speaker and (is_generic(frame) or (distance <= 1 and draft.actor2 is None))
        if frame.anaphoric or distance == 0 or _continues(host, draft, distance, same_paragraph) or speaker_goes_on:
            return host
    return None


def _fills_open_side(host: Draft, draft: Draft) -> bool:
    """ "Militan Al-Shabaab menyerbu sebuah hotel ..." then "Baku tembak antara militan dan pasukan keamanan":
    the next sentence's two-sided clash names, beside an unnamed fighter, the side the first left open."""
    if not draft.symmetric or host.actor1 is None or host.actor2 is not None or host.symmetric:
        return False
    sides = (draft.actor1, draft.actor2)
    return sum(vague_actor(a) for a in sides) == 1 and host.actor1.name not in {a.name for a in sides if a}


def _same_speaker(host: Draft, draft: Draft, analysis: ArticleAnalysis) -> bool:
    """ "Menurut kementerian itu, serangan pada Kamis juga menghancurkan gudang ...": the speaker of the event just
    told goes on about it."""
    claim = analysis.sentences[draft.frames[0].sentence].claim
    if claim is None or not claim.claimant:
        return False
    return any(analysis.sentences[i].claim is not None and analysis.sentences[i].claim.claimant == claim.claimant
               for i in host.sentences)


def _toll_run(analysis: ArticleAnalysis, framed: set[int], after: int, before: int) -> int:
    """How many sentences right after `after` only tell the event's toll ("Puluhan lainnya mengalami luka-luka.");
    they join the event later and do not count as distance from it. `framed`: sentences with an event frame."""
    run = 0
    for index in range(after + 1, before):
        sentence = analysis.sentences[index]
        if index in framed or not sentence.casualties or all(c.aggregate for c in sentence.casualties):
            break
        run += 1
    return run


def _same_family(host: Draft, draft: Draft) -> bool:
    if host.event_type == draft.event_type == "strategic_developments":
        return host.sub_event_type == draft.sub_event_type
    if host.event_type == draft.event_type:
        if host.civilian_target != draft.civilian_target and host.actor2 and draft.actor2:
            return False
        if host.event_type == "battles" and host.sub_event_type != draft.sub_event_type \
                and not is_generic(draft.frames[0]) and not all(is_generic(f) for f in host.frames) \
                and draft.frames[0].sentence not in host.sentences:
            # a capture and a clash are one event only where they happen at the same named place
            mine, theirs = _named_place(host), _named_place(draft)
            return mine is not None and theirs is not None and mine.name == theirs.name \
                and mine.precision != "region"
        return True
    if {host.event_type, draft.event_type} <= {"protests", "riots"}:
        return True  # a demonstration that turns violent is one event
    if host.event_type in VIOLENT_TYPES and draft.event_type in VIOLENT_TYPES:
        if draft.frames[0].anaphoric:
            return True  # "serangan itu ditujukan kepada ...": the event already told, however it is worded
        if host.event_type == "battles" and draft.event_type == "violence_against_civilians" \
                and draft.frames[0].trigger_class == "kill" and draft.frames[0].voice == "passive":
            # "Sedikitnya 10 warga tewas dibunuh anggota geng" after the gang's fight with the police: civilians
            # killed by a side of a ground battle are an attack of their own (ACLED)
            return False
        # an explosion is remote violence whatever else it is; a vague "serangan" may be anything
        if draft.frames[0].trigger_class == "explosion":
            return host.event_type == "explosions_remote_violence"
        if all(f.trigger_class == "explosion" for f in host.frames):
            return draft.event_type == "explosions_remote_violence"
        return is_generic(draft.frames[0]) or all(is_generic(f) for f in host.frames)
    return False


def vague_actor(actor: Actor | None) -> bool:
    """An actor named only by kind ("kelompok bersenjata", "teroris"): it does not contradict a named one."""
    return actor is None or not actor.name or actor.name.startswith("Unidentified Armed Group") \
        or actor.name == "Civilians"


def _actors_agree(host: Draft, draft: Draft) -> bool:
    def names(*actors):
        return {a.name for a in actors if not vague_actor(a)}

    if host.symmetric or draft.symmetric:
        a, b = names(host.actor1, host.actor2), names(draft.actor1, draft.actor2)
        return not a or not b or bool(a & b)
    for mine, theirs in ((host.actor1, draft.actor1), (host.actor2, draft.actor2)):
        if not vague_actor(mine) and not vague_actor(theirs) and mine.name != theirs.name:
            return False
    # the attacker of one is not the target of the other
    if host.actor1 is not None and draft.actor2 is not None and host.actor1.name == draft.actor2.name \
            and host.actor2 is None:
        return False
    # "... sebagai balasan": the target firing back is a second event
    return not (host.actor2 is not None and draft.actor1 is not None and host.actor2.name == draft.actor1.name
                and not vague_actor(draft.actor1) and draft.actor2 is None)


def _places_agree(host: Draft, draft: Draft) -> bool:
    mine = _named_place(host)
    theirs = _named_place(draft)
    if mine is None or theirs is None:
        return True
    if "text" in (mine.source, theirs.source) and None in (mine.lat, theirs.lat):
        # a village the gazetteer does not know, nor the text locates: it may lie anywhere near, in its country
        return not (mine.country and theirs.country and mine.country != theirs.country)
    if mine.name == theirs.name or {"region", "country"} & {mine.precision, theirs.precision}:
        return True
    # "Kharkiv" then "distrik Kyivskyi": a district of the same city is the same place
    if None not in (mine.lat, mine.lon, theirs.lat, theirs.lon):
        return haversine_km((mine.lat, mine.lon), (theirs.lat, theirs.lon)) <= SAME_PLACE_KM
    return False


def _named_place(draft: Draft):
    if draft.place is not None:
        return draft.place.place
    for frame in draft.frames:
        place = _first_place(frame)
        if place is not None:
            return place.place
    return None


def _dates_agree(host: Draft, draft: Draft, analysis: ArticleAnalysis) -> bool:
    mine = _own_dates(host, analysis)
    theirs = _own_dates(draft, analysis)
    if not mine or not theirs:
        return True
    reader: DateReader = analysis.date_reader  # type: ignore[attr-defined]
    a = reader.resolve(mine[0], analysis.reference_date)
    b = reader.resolve(theirs[0], analysis.reference_date)
    if a.start is None or b.start is None:
        return True
    return abs((a.start - b.start).days) <= 1 or (a.end is not None and a.start <= b.start <= a.end) or (
        b.end is not None and b.start <= a.start <= b.end)


def _own_dates(draft: Draft, analysis: ArticleAnalysis) -> list[DateExpr]:
    """Event dates of the draft's sentences, most specific first; a sentence without one takes the time its
    paragraph has set ("... sejak tahun 1990an. Ketegangan bermula ketika ...")."""
    found = []
    for sentence_index in sorted(set(draft.sentences)):
        own = [d for d in analysis.sentences[sentence_index].dates if not d.statement]
        found.extend(own or paragraph_dates(analysis, sentence_index))
    return sorted(found, key=lambda d: -d.specificity)


def paragraph_dates(analysis: ArticleAnalysis, index: int) -> list[DateExpr]:
    paragraph = analysis.sentences[index].paragraph
    for previous in range(index - 1, -1, -1):
        sentence = analysis.sentences[previous]
        if sentence.paragraph != paragraph:
            break
        dated = [d for d in sentence.dates if not d.statement]
        if dated:
            return dated
    return []


def _continues(host: Draft, draft: Draft, distance: int, same_paragraph: bool) -> bool:
    """A next sentence continues the event when it names one of its actors again, or when, right after it in
    the same paragraph, one of the two names no one ("terdengar dua ledakan ... Penduduk mengatakan kota itu
    telah diserang oleh drone")."""
    frame = draft.frames[0]
    if frame.onset and any(f.onset for f in host.frames):
        return True
    no_actors = (draft.actor1 is None and draft.actor2 is None) or (host.actor1 is None and host.actor2 is None)
    if no_actors:
        # "... dihantam rudal pada Kamis pagi" opening the next paragraph: the same kind of strike, told on
        return distance <= 1 and (same_paragraph or is_generic(frame) or host.sub_event_type == draft.sub_event_type)
    if distance == 1 and (same_paragraph or _unnamed_shots(frame)) and all(vague_actor(a) for a in (draft.actor1, draft.actor2)):
        # "Militan Al-Shabaab menyerbu sebuah hotel ... Baku tembak antara militan dan pasukan keamanan
        # berlangsung hingga Sabtu pagi": the sides named only by kind are the ones just named
        return True
    return _shares_actor(host, draft)


def _absorb(host: Draft, draft: Draft) -> None:
    if host.civilian_target != draft.civilian_target and host.actor2 is not None and draft.actor2 is not None:
        # two accounts of one strike: the civilians one side says were hit are its target, and it is disputed
        host.disputed = True
        if draft.civilian_target:
            host.actor2, host.civilian_target = draft.actor2, True
    if all(is_generic(f) for f in host.frames) and not is_generic(draft.frames[0]):
        host.event_type, host.sub_event_type = draft.event_type, draft.sub_event_type  # now we know how
    if host.event_type == "protests" and draft.event_type == "riots":
        host.event_type, host.sub_event_type = draft.event_type, draft.sub_event_type  # the crowd turned violent
    host.frames.extend(draft.frames)
    for index in draft.sentences:
        if index not in host.sentences:
            host.sentences.append(index)
    # a directed account ("X menyerang Y") beats a symmetric one ("antara Y dan X")
    if host.symmetric and not draft.symmetric and draft.actor1 is not None:
        host.actor1, host.actor2, host.symmetric = draft.actor1, draft.actor2 or host.actor2, False
    else:
        host.actor1 = draft.actor1 if vague_actor(host.actor1) and not vague_actor(draft.actor1) else host.actor1 or draft.actor1
        host.actor2 = draft.actor2 if vague_actor(host.actor2) and not vague_actor(draft.actor2) else host.actor2 or draft.actor2
    host.place = host.place or draft.place
    host.split_groups |= draft.split_groups
    host.civilian_target = host.civilian_target or draft.civilian_target


def _told_as_background(draft: Draft, index: int, analysis: ArticleAnalysis) -> bool:
    """Whether the draft appears in sentence `index` only inside a time-reference clause ("... sehari setelah
    drone Houthi menewaskan seorang warga di Tel Aviv")."""
    frames = [f for f in draft.frames if f.sentence == index]
    if not frames or index < 0:
        return False
    words = set(analysis.grammar.get("background_subordinators", ()))
    sentence = analysis.sentences[index]
    openers = [j for j in range(sentence.token_start, sentence.token_end) if analysis.token_lower[j] in words]
    return all(any(j < f.trigger.start for j in openers) and not f.anaphoric for f in frames)


def _attach_casualty_sentences(drafts: list[Draft], analysis: ArticleAnalysis) -> None:
    """ "Dari serangan tersebut, tujuh warga sipil tewas": tolls told after the event join it."""
    claimed = {i for d in drafts for i in d.sentences}
    for sentence in analysis.sentences:
        if sentence.index in claimed or not sentence.casualties or sentence.skip:
            continue
        if all(c.aggregate for c in sentence.casualties):
            continue  # the war's toll so far belongs to no one event
        # the sentence right after one of the draft's, or one inside the draft's span (a witness's toll
        # between the lead and "Juru bicara junta membenarkan serangan itu")
        previous = [d for d in drafts if d.event_type != "strategic_developments"
                    and (sentence.index - 1 in d.sentences
                         or min(d.sentences) < sentence.index < max(d.sentences))]
        foreground = [d for d in previous if not _told_as_background(d, sentence.index - 1, analysis)]
        for draft in foreground or previous:
            draft.sentences.append(sentence.index)


def _attach_dispersal_sentences(drafts: list[Draft], analysis: ArticleAnalysis) -> None:
    """ "... ratusan mahasiswa berunjuk rasa di depan Gedung Grahadi. Polisi membubarkan massa dengan water cannon":
    how the police ended a demonstration, told right after it with no event of its own, is part of it."""
    claimed = {i for d in drafts for i in d.sentences}
    for draft in drafts:
        if draft.event_type not in ("protests", "riots"):
            continue
        last = max(draft.sentences)
        following = last + 1
        if following >= len(analysis.sentences) or following in claimed:
            continue
        sentence = analysis.sentences[following]
        if sentence.paragraph != analysis.sentences[last].paragraph or sentence.skip:
            continue
        if any(m.category in ("protest_intervention", "excessive_force") for m in sentence.matches):
            draft.sentences.append(following)
            claimed.add(following)


# ------------------------------------------------------------------------------------------- field choice
def choose_date(draft: Draft, analysis: ArticleAnalysis) -> DateValue:
    """The most specific event date of the draft's sentences; else the onset date for an outbreak; else the
    statement date; else the publication date (news reports the day's events)."""
    reader: DateReader = analysis.date_reader  # type: ignore[attr-defined]
    reference = analysis.reference_date
    own = _own_dates(draft, analysis)
    # "sejak X" with an ongoing verb is a range from X to the report, with an onset verb the day X
    for expr in own:
        value = reader.resolve(expr, reference)
        if expr.kind in ("anchored", "month_that_year"):
            # "Agustus tahun itu" needs only the year of the event before, "sehari kemudian" its day
            anchor = _anchor_day(draft, analysis, any_precision=expr.kind == "month_that_year")
            if anchor is None:
                continue
            value = reader.resolve_from(expr, anchor)
        if value.start is None:
            continue
        if expr.since and reference is not None and not any(f.onset for f in draft.frames) and \
                any(f.continuing for f in draft.frames) and value.precision == "day":
            return DateValue(start=value.start, end=reference, precision="range", text=expr.text)
        return value
    if any(f.onset for f in draft.frames) and analysis.onset_date is not None:
        value = reader.resolve(analysis.onset_date, reference)
        if value.start is not None:
            return DateValue(start=value.start, end=value.start, precision="day", text=analysis.onset_date.text)
    statements = [d for i in sorted(set(draft.sentences)) for d in analysis.sentences[i].dates if d.statement]
    # "Pengumuman itu disampaikan ..., Minggu 8 November 2020": the statement's date in the next sentence
    first = min(draft.sentences)
    statements += [d for s in analysis.sentences[first + 1:first + 3]
                   if s.paragraph == analysis.sentences[first].paragraph for d in s.dates if d.statement]
    for expr in statements:
        value = reader.resolve(expr, reference)
        if value.start is not None and value.precision == "day":
            return DateValue(start=value.start, end=value.end, precision="day", text=None)
    if reference is not None:
        return DateValue(start=reference, end=reference, precision="day", text=None)
    return DateValue()


def _anchor_day(draft: Draft, analysis: ArticleAnalysis, *, any_precision: bool = False) -> date | None:
    """The day of the event told just before this one ("Sehari sebelumnya, KKB membakar ...")."""
    first = min(draft.sentences)
    earlier = [d for d in analysis.drafts if d is not draft and min(d.sentences) < first]
    for previous in sorted(earlier, key=lambda d: -min(d.sentences)):
        if any(e.kind in ("anchored", "month_that_year") for i in previous.sentences
               for e in analysis.sentences[i].dates):
            continue  # counted from another event itself: do not chain guesses
        value = choose_date(previous, analysis)
        if value.start is not None and (value.precision == "day" or any_precision):
            return value.start
    return None


def is_history(value: DateValue, reference: date | None) -> bool:
    if value.end is None or reference is None:
        return False
    return value.end < reference - timedelta(days=365 * HISTORY_YEARS)
