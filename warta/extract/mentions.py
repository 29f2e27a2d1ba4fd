"""Drafts to SPEC mention records: choose each field's value from the draft's frames and sentences.

Also where drafts are dropped: vague statements with neither a date nor a place (GUIDELINES: optional),
background history, and "violence" with no armed actor and no weapon (a football "serangan").
"""

from __future__ import annotations

from warta.extract.analysis import ArticleAnalysis, Casualty, ClaimRef, PlaceRef
from warta.extract.discourse import (
    VIOLENT_TYPES,
    Draft,
    actor_record,
    belligerent_actor,
    choose_date,
    interstate,
    is_generic,
    is_history,
    paragraph_place,
    state_of,
    struck_materiel,
    vague_actor,
)
from warta.extract.readers import Vocabulary
from warta.extract.typing import CLOSE_WEAPONS, protest_sub_type
from warta.geo.gazetteer import haversine_km
from warta.records import (
    Actor,
    Claim,
    CountRange,
    Evidence,
    Fatalities,
    Location,
    Materiel,
    Mention,
)

ARMED_KINDS = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_force"}
EXPLICITLY_ARMED_CLASSES = {"bombard", "airstrike", "suicide", "clash", "capture", "lose_control"}
REMOTE_CLASSES = {"bombard", "airstrike", "suicide"}
PERPETRATOR_REACH = 4  # tokens from "pelaku" to "diduga", and from there to who they are said to be
PERPETRATOR_SENTENCES = 2  # sentences after an event's own where its perpetrators may be named
REGION_REACH_KM = 250  # a town this near a region's centre, in its country, may be read as inside it
DISTRICT_REACH_KM = 60  # ... and this near a district's
# A death toll this large is a war's or a year's, whatever the sentence's wording: single events in the news of
# armed conflict stay far below it (the deadliest single attacks of recent wars killed in the low thousands).
WAR_SCALE_TOLL = 5000


def build_mentions(analysis: ArticleAnalysis, vocab: Vocabulary, gazetteer) -> list[Mention]:
    from warta.geo import to_location

    article = analysis.article
    article_id = article.article_id
    mentions: list[Mention] = []
    materiel_by_sentence: dict[int, list] = {}
    for draft in analysis.drafts:
        draft.sentences.sort()
        if draft.event_type == "protests":
            # how a demonstration ended is told anywhere in its sentences ("Polisi membubarkan massa ...")
            cues = {m.category for i in draft.sentences for m in analysis.sentences[i].matches
                    if m.category in ("protest_intervention", "excessive_force", "protest_violence", "mob")}
            draft.event_type, draft.sub_event_type = protest_sub_type("protest", cues)
            for frame in draft.frames:
                frame.event_type, frame.sub_event_type = draft.event_type, draft.sub_event_type
        actor1, actor2 = _actors(draft, analysis, vocab)
        if not _armed_enough(draft, actor1, actor2):
            continue
        if not _anchored(draft, analysis) or _fighting_goes_on(draft, analysis):
            continue
        date_value = choose_date(draft, analysis)
        if is_history(date_value, analysis.reference_date):
            continue
        location = _location(draft, analysis, actor1, gazetteer, to_location, actor2)
        if draft.event_type == "violence_against_civilians" and actor2 is None and draft.sub_event_type in (
                "attack", "abduction_forced_disappearance") and location.country:
            # "pemukim Israel menyerbu Desa Jit": violence against civilians is against the people of the place
            country = location.country
            name = vocab.actor_name("civilian", country)
            if name is not None:
                actor2 = Actor(text=None, name=name, country=country, kind="civilians")
        actor1, actor2 = (_local_branch(actor, location.country, vocab) for actor in (actor1, actor2))
        fatalities = _fatalities(draft, analysis, actor1)
        if _nothing_known(draft, actor1, actor2, location, fatalities):
            continue
        if location.name is None and (told := _place_told_before(analysis, min(draft.sentences))) is not None:
            # "... di dekat alun-alun kamp" in an article of several towns: the last town the story was in
            location = _rounded(to_location(told.place, location.text))
        actor1, actor2 = _political_actors(draft, actor1, actor2, location.country, vocab)
        if actor1 is None and draft.sub_event_type in UNKNOWN_HAND_TYPES and location.country:
            # a bomb planted, a village raided, people taken by no one the text names: ACLED's "Unidentified
            # Armed Group" of the country it happened in (an attacker inferred, text null)
            actor1 = Actor(text=None, name=vocab.actor_name("unidentified", location.country),
                           country=location.country, kind="political_militia")
        materiel = _materiel(draft, analysis, actor2, materiel_by_sentence)
        claim = _claim(draft, analysis)
        if claim.claimant in vocab.local_group_names and location.country:
            claim = claim.model_copy(update={"claimant": _local_branch(
                Actor(name=claim.claimant), location.country, vocab).name, "claimant_party": None})
        if actor1 is None and draft.sub_event_type == "disrupted_weapons_use" and \
                vocab.speaks_for_armed_forces(claim.claimant, claim.claimant_party):
            # a side reports its own interceptions: "CENTCOM menyatakan kapal perusak USS Carney menembak jatuh"
            actor1 = Actor(text=None, name=vocab.actor_name("military", claim.claimant_party),
                           country=claim.claimant_party, kind="state_forces")
        event_type, sub_event_type = draft.event_type, _sub_event_type(draft, analysis)
        if sub_event_type == "armed_clash" and actor2 is not None and actor2.kind == "civilians" and (
                actor1 is None or actor1.kind not in ("civilians", "state_forces")):
            # a battle needs two armed sides: an armed group killing civilians in a raid attacks them (ACLED);
            # a state's raid told with civilian dead is often a fight whose other side the text leaves unnamed
            event_type, sub_event_type = "violence_against_civilians", "attack"
        evidence = [
            Evidence(start=analysis.sentences[i].start, end=analysis.sentences[i].end, text=analysis.sentence_text(i))
            for i in draft.sentences
        ]
        mentions.append(Mention(
            article_id=article_id,
            source=article.source,
            outlet=article.outlet,
            published=article.published,
            mention_id=f"{article_id}:{len(mentions) + 1}",
            event_type=event_type,
            sub_event_type=sub_event_type,
            date=date_value,
            location=location,
            actor1=actor1 or Actor(),
            actor2=actor2 or Actor(),
            fatalities=fatalities,
            materiel=materiel,
            claim=claim,
            evidence=evidence,
            confidence=_confidence(draft, actor1, actor2, location, claim),
        ))
    return mentions


def _political_actors(draft: Draft, actor1: Actor | None, actor2: Actor | None, country: str | None,
                      vocab: Vocabulary) -> tuple[Actor | None, Actor | None]:
    """ACLED codes a change of a group's activity as that group alone, and a curfew or an emergency as the act
    of the government of the place."""
    if draft.sub_event_type == "change_to_group_activity":
        if actor1 is None and actor2 is not None and actor2.kind == "state_forces":
            return actor2, None  # "Pasukan pemerintah dikerahkan ke Suwayda": the forces sent are who acts
        if actor1 is None and country is not None and any(
                ref.role == "government" and ref.country is None for f in draft.frames for ref in (f.actor1, f.actor2)
                if ref is not None):
            # "pemerintah mengirim ribuan personel tambahan ke provinsi itu": the forces of the place's state
            name = vocab.actor_name("military", country)
            return (Actor(text=None, name=name, country=country, kind="state_forces") if name else None), None
        return actor1, None  # "mengirim pasukan ... untuk operasi melawan ADF": whom they will fight is no target
    if draft.sub_event_type == "other" and actor1 is None and country is not None \
            and all(f.trigger_class == "declare" for f in draft.frames):
        # "Pihak berwenang memberlakukan jam malam di Latakia": only a state declares a curfew or an emergency
        name = vocab.actor_name("government", country)
        return (Actor(text=None, name=name, country=country, kind="state_forces") if name else None), actor2
    return actor1, actor2


def _local_branch(actor: Actor | None, country: str | None, vocab: Vocabulary) -> Actor | None:
    """A movement with branches in many countries, named after the branch of the country of the event."""
    if actor is None or actor.name not in vocab.local_group_names or not country:
        return actor
    name = vocab.fill(vocab.local_group_names[actor.name], country)
    return actor.model_copy(update={"name": name, "country": country})


# ------------------------------------------------------------------------------------------------ filters
def _armed_enough(draft: Draft, actor1: Actor | None, actor2: Actor | None) -> bool:
    if draft.event_type in ("protests", "riots", "strategic_developments"):
        return True
    if any(f.trigger_class in EXPLICITLY_ARMED_CLASSES for f in draft.frames):
        return True
    if any(f.weapons - {"fire"} for f in draft.frames):
        return True
    return any(a is not None and a.kind in ARMED_KINDS for a in (actor1, actor2))


def _anchored(draft: Draft, analysis: ArticleAnalysis) -> bool:
    """Undated and unplaced statements are vague (GUIDELINES 2): a mention needs a date or a place."""
    for index in draft.sentences:
        sentence = analysis.sentences[index]
        # a name only the recogniser calls a place is too weak to make a statement an event
        if sentence.dates or any(not p.recognised for p in sentence.places):
            return True
        # "Beberapa jam kemudian, serangan drone menghantam kompleks istana": the paragraph said when and where
        previous = analysis.sentences[index - 1] if index > 0 else None
        if previous is not None and previous.paragraph == sentence.paragraph and (previous.dates or previous.places):
            return True
    return draft.place is not None or any(f.onset for f in draft.frames) and analysis.onset_date is not None


def _nothing_known(draft: Draft, actor1: Actor | None, actor2: Actor | None, location: Location,
                   fatalities: Fatalities) -> bool:
    """ "Setiap platform berlomba menembak target transaksi": violence with no one doing it, no one suffering it,
    no place and no toll is a figure of speech, not an event ACLED could code."""
    if draft.event_type not in VIOLENT_TYPES or actor1 is not None or actor2 is not None:
        return False
    if location.name is not None or location.country is not None:
        return False
    return fatalities.killed.min is None and fatalities.killed.max is None and not draft.materiel


def _fighting_goes_on(draft: Draft, analysis: ArticleAnalysis) -> bool:
    """ "Di Khartoum, pertempuran juga belum mereda.": fighting said to go on, with no one, no day and no toll
    of its own, is a lead of the war as a whole (GUIDELINES 2: optional), not one event; so is "perang" named
    without its outbreak ("Kami lari dari Khartoum karena perang")."""
    if draft.event_type == "protests":
        return False  # "aksi di Eldoret berlangsung tertib": a demonstration that took place, not one going on
    if not all((f.continuing or f.trigger_class == "war") and not f.onset for f in draft.frames) \
            or draft.actor1 or draft.actor2:
        return False
    sentences = [analysis.sentences[i] for i in draft.sentences]
    present = set(analysis.grammar.get("present_time_words", ()))
    dated = any(not d.statement and d.text.lower() not in present for s in sentences for d in s.dates)
    hurt = any(not c.aggregate for s in sentences for c in s.casualties)
    return not dated and not hurt


# ------------------------------------------------------------------------------------------------ fields
AIR_LAUNCHED = {"missile", "bomb"}  # weapons aircraft and drones fire too: no contradiction with an air strike


def _sub_event_type(draft: Draft, analysis: ArticleAnalysis) -> str:
    """When the journalist's word and the claimant's quote differ, the quote wins (GUIDELINES 3)."""
    same_type = [f for f in draft.frames if f.event_type == draft.event_type and f.sub_event_type
                 and not is_generic(f)] or [f for f in draft.frames if f.event_type == draft.event_type]
    if not same_type:
        return draft.sub_event_type

    def weight(frame) -> tuple:
        claim = analysis.sentences[frame.sentence].claim
        quoted = frame.in_quote or _in_quotation(analysis, frame)
        attributed = claim is not None and claim.claimant is not None
        specific = frame.trigger_class in REMOTE_CLASSES or bool(frame.weapons - CLOSE_WEAPONS)
        return (quoted, specific, attributed)

    chosen = max(same_type, key=weight)
    if chosen.sub_event_type == "shelling_artillery_missile_attack" and chosen.weapons <= AIR_LAUNCHED \
            and any(f.sub_event_type == "air_drone_strike" for f in same_type):
        # "Pesawat tempur Israel membombardir ..." then "tiga rudal menghantam ...": the jets' missiles
        return "air_drone_strike"
    return chosen.sub_event_type


def _in_quotation(analysis: ArticleAnalysis, frame) -> bool:
    text = analysis.text
    sentence = analysis.sentences[frame.sentence]
    before = text[sentence.start:frame.trigger.start_char]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _actors(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary) -> tuple[Actor | None, Actor | None]:
    actor1, actor2 = draft.actor1, draft.actor2
    sides = analysis.belligerents
    violent = draft.event_type in ("battles", "explosions_remote_violence", "violence_against_civilians")
    if violent and (actor1 is None or vague_actor(actor1)):
        # a group owning the attack outranks any attacker inferred from the war's two sides
        actor1 = _responsible_group(draft, analysis, vocab) or actor1
    if actor1 is None and violent:
        actor1 = _announced_by_its_forces(draft, analysis, vocab)
    if violent and len(sides) == 2:
        keys = [_side_key(a, vocab, sides) for a in (actor1, actor2)]
        if actor1 is None and actor2 is not None and keys[1] in sides and actor2.kind != "civilians" \
                and _inferable(draft, sides, vocab):
            # the other side of the war fired at them (GUIDELINES 6: inferred attacker, text null)
            actor1 = belligerent_actor(sides[1 - sides.index(keys[1])], analysis, vocab)
        elif actor1 is not None and actor2 is None and keys[0] in sides and (
                draft.event_type == "battles" or _military_materiel_struck(draft, analysis)):
            # the other side fought them; or its launchers, posts and depots were what the strike hit
            actor2 = belligerent_actor(sides[1 - sides.index(keys[0])], analysis, vocab)
        elif actor1 is None and actor2 is None and draft.event_type == "battles":
            actor1 = belligerent_actor(sides[0], analysis, vocab)
            actor2 = belligerent_actor(sides[1], analysis, vocab)
        elif actor1 is None and actor2 is not None and actor2.kind == "civilians" and actor2.country \
                and draft.event_type == "explosions_remote_violence" and _inferable(draft, sides, vocab):
            # a strike on one side's civilians, in a war of two: the other side's (GUIDELINES 6: inferred)
            actor1 = _other_side(sides, actor2.country, analysis, vocab)
        elif actor1 is None and actor2 is None and draft.event_type == "explosions_remote_violence" \
                and _inferable(draft, sides, vocab):
            # "a drone attack on Stepanakert implies Azerbaijan" (GUIDELINES 6): struck on one side's ground
            place = _best_place(draft, analysis)
            if place is not None and place.place is not None and place.place.country and not place.place.contested:
                actor1 = _other_side(sides, place.place.country, analysis, vocab)
    if draft.sub_event_type == "arrests" and vague_actor(actor2):
        actor2 = _suspected_of(draft, analysis, vocab) or actor2
    if vague_actor(actor1) and violent:
        actor1 = _responsible_group(draft, analysis, vocab) or _named_perpetrator(draft, analysis, vocab) \
            or _accused_group(draft, analysis, vocab) or actor1
    if actor1 is None and draft.event_type == "explosions_remote_violence":
        actor1 = _launched_from(draft, analysis, vocab)
    if actor2 is None and draft.sub_event_type == "disrupted_weapons_use":
        actor2 = _launched_from(draft, analysis, vocab)  # the side whose weapons were shot down
        key = _side_key(actor1, vocab)
        if actor2 is None and len(sides) == 2 and key in sides:
            # "pertahanan udaranya menembak jatuh 30 drone": in a war of two, the other side's drones
            actor2 = belligerent_actor(sides[1 - sides.index(key)], analysis, vocab)
    if draft.event_type in ("protests", "riots"):
        return _crowd_actors(draft, analysis, vocab, actor1, actor2)
    if actor2 is None and draft.event_type == "explosions_remote_violence" and _civilians_hurt(draft, analysis):
        # a strike on a town that kills or wounds civilians is a strike on civilians (ACLED practice)
        country = _where_country(draft, analysis)
        actor2 = Actor(text=None, name=vocab.actor_name("civilian", country), country=country, kind="civilians")
    if actor2 is None and draft.event_type == "explosions_remote_violence":
        # "lima tentara Thailand terluka akibat ledakan ranjau darat": the soldiers hurt were what it struck
        actor2 = _forces_hurt(draft, analysis, vocab)
    if actor1 is not None and actor2 is not None and actor1.name and actor1.name == actor2.name:
        actor2 = None  # a side does not fight itself: the second reading is a misreading of the target
    if actor1 is not None and actor2 is not None and draft.symmetric and actor1.kind == actor2.kind == "state_forces" \
            and actor1.country and actor1.country == actor2.country:
        actor2 = None  # "personel gabungan Polri, TNI ...": one state's forces named together are one side
    return actor1, actor2


# ground attacks and hidden bombs: only armed groups and states do them, and states are named when they do
UNKNOWN_HAND_TYPES = {"remote_explosive_landmine_ied", "suicide_bomb", "attack", "abduction_forced_disappearance"}
MILITARY_MATERIEL = {"tank", "armoured_vehicle", "artillery", "mlrs", "mortar", "air_defence", "aircraft", "helicopter",
                     "command_post", "ammunition_depot", "fortification"}


def _military_materiel_struck(draft: Draft, analysis: ArticleAnalysis) -> bool:
    """ "jet-jet tempurnya menyerang ... ribuan laras peluncur roket": a strike on the other side's arms."""
    if draft.event_type != "explosions_remote_violence":
        return False
    return any(item.category in MILITARY_MATERIEL for index in sorted({f.sentence for f in draft.frames})
               for item in struck_materiel(analysis, analysis.sentences[index]))


def _other_side(sides: list[str], struck: str, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """Of a war's two sides, the one not of the struck country, when the other one is."""
    others = [side for side in sides if _side_country(side, vocab) not in (None, struck)]
    if len(others) == 1 and any(_side_country(side, vocab) == struck for side in sides):
        return belligerent_actor(others[0], analysis, vocab)
    return None


def _side_country(side: str, vocab: Vocabulary) -> str | None:
    """The country of one of the article's sides (an ISO3 code, or a group's country)."""
    group = vocab.groups.get(side)
    return group.get("country") if group is not None else side


def _responsible_group(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """ "JNIM mengklaim bertanggung jawab atas serangan tersebut": the group claiming the attack made it."""
    for index in sorted(set(draft.sentences)):
        sentence = analysis.sentences[index]
        claim = sentence.claim
        if claim is None or claim.claimant not in vocab.groups:
            continue
        if any(m.category == "responsibility" for m in sentence.matches):
            group = vocab.groups[claim.claimant]
            return Actor(text=claim.text, name=group["name"], country=group.get("country"), kind=group.get("kind"))
    return None


def _inferable(draft: Draft, sides: list[str], vocab: Vocabulary) -> bool:
    """Whether a strike no one is named for is the other side's: shells and drones are, in any war of two; a
    hidden bomb or a suicide bomber only between two states (in an insurgency the hand stays unknown, ACLED's
    Unidentified Armed Group)."""
    return draft.sub_event_type not in UNKNOWN_HAND_TYPES or interstate(sides, vocab)


def _announced_by_its_forces(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """ "Komando Afrika AS (AFRICOM) mengumumkan serangan udara di dekat Jilib": forces announcing a strike, named
    right after their verb with no doer of its own, made it."""
    for frame in draft.frames:
        claim = analysis.sentences[frame.sentence].claim
        if frame.voice != "noun" or claim is None or not vocab.speaks_for_armed_forces(claim.claimant, claim.party):
            continue
        if any(m.category == "speech_verb" and m.end == frame.trigger.start
               for m in analysis.sentences[frame.sentence].matches):
            return Actor(text=None, name=vocab.actor_name("military", claim.party), country=claim.party,
                         kind="state_forces")
    return None


def _named_perpetrator(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """ "Para pelaku diduga merupakan militan separatis": who the perpetrators are said to be, in the event's
    sentences or the next ones before another event."""
    grammar = analysis.grammar
    perpetrators = set(grammar.get("perpetrator_nouns", ()))
    suspicions = set(grammar.get("perpetrator_identifiers", ()))
    tokens = analysis.doc
    for index in _perpetrator_window(draft, analysis):
        sentence = analysis.sentences[index]
        for position in range(sentence.token_start, sentence.token_end):
            if tokens[position].lower_ not in perpetrators:
                continue
            window = range(position + 1, min(position + 1 + PERPETRATOR_REACH, sentence.token_end))
            said = next((i for i in window if tokens[i].lower_ in suspicions), None)
            if said is None:
                continue
            ref = next((r for r in sentence.actors if said < r.start <= said + PERPETRATOR_REACH
                        and r.role in ("group", "group_anaphor", "unidentified")), None)
            if ref is not None:
                return actor_record(ref, draft.frames[0], analysis, vocab)
    return None


def _suspected_of(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """ "... menangkap seorang pria berinisial YK. YK diduga memasok amunisi kepada KKB": the group the one arrested
    is said to serve is the arrest's target."""
    suspicions = set(analysis.grammar.get("perpetrator_identifiers", ()))
    for _sentence, ref in _groups_named_after(draft, analysis, suspicions, 2 * PERPETRATOR_REACH):
        return actor_record(ref, draft.frames[0], analysis, vocab)
    return None


def _groups_named_after(draft: Draft, analysis: ArticleAnalysis, cues: set[str], reach: int):
    """(sentence, group) for each sentence of the perpetrator window with a cue word ("diduga", "menuding") and a
    group named within `reach` tokens after its first one."""
    lower = analysis.token_lower
    for index in _perpetrator_window(draft, analysis):
        sentence = analysis.sentences[index]
        cue = next((i for i in range(sentence.token_start, sentence.token_end) if lower[i] in cues), None)
        if cue is None:
            continue
        ref = next((r for r in sentence.actors if cue < r.start <= cue + reach and r.role == "group"), None)
        if ref is not None:
            yield sentence, ref


def _perpetrator_window(draft: Draft, analysis: ArticleAnalysis) -> list[int]:
    """The event's sentences and the next few before another event's: where who did it may be said."""
    own = set(draft.sentences)
    others = {frame.sentence for frame in analysis.frames if frame.violent} - own
    indices = []
    for index in range(min(own), min(max(own) + 1 + PERPETRATOR_SENTENCES, len(analysis.sentences))):
        if index in others:
            if index > max(own):
                break  # the next event's sentence: the perpetrators named after it are its own
            continue
        indices.append(index)
    return indices


def _accused_group(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """ "Otoritas setempat menuding kelompok militan Boko Haram berada di balik serangan tersebut", "Kementerian
    menuding ISGS sebagai pelaku serangan": the group an authority blames, when the text names no attacker."""
    grammar = analysis.grammar
    accusations = set(grammar.get("accusation_verbs", ()))
    culprits = tuple(grammar.get("culprit_words", ()))
    lower = analysis.token_lower
    for sentence, ref in _groups_named_after(draft, analysis, accusations, PERPETRATOR_REACH):
        rest = " ".join(lower[ref.end:sentence.token_end])
        if any(f" {word} " in f" {rest} " for word in culprits):
            return actor_record(ref, draft.frames[0], analysis, vocab)
    return None


def _civilians_hurt(draft: Draft, analysis: ArticleAnalysis) -> bool:
    """People killed or hurt who are not said to be fighters ("enam orang tewas" in a strike on a city)."""
    casualties = [c for i in draft.sentences for c in analysis.sentences[i].casualties if not c.aggregate]
    hurt = [c for c in casualties if (c.min or c.max or 0) > 0 or c.min is None and c.max is None]
    return bool(hurt) and all(c.civilian is not False for c in hurt) and any(
        c.civilian or c.min or c.max for c in hurt)


def _where_country(draft: Draft, analysis: ArticleAnalysis) -> str | None:
    """The country of the draft's best place, else of the article's main place."""
    place = _best_place(draft, analysis) or analysis.main_place
    return place.place.country if place is not None and place.place is not None else None


CASUALTY_NOUN_REACH = 4  # tokens from the forces' noun to the casualty word ("lima tentara Thailand terluka")


def _forces_hurt(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """The state forces named as the ones killed or wounded ("dua tentara tewas akibat ledakan bom rakitan"),
    when everyone hurt is of those forces."""
    hurt = [c for i in draft.sentences for c in analysis.sentences[i].casualties if not c.aggregate]
    if not hurt or any(c.civilian is not False for c in hurt):
        return None
    forces = []
    for index in draft.sentences:
        sentence = analysis.sentences[index]
        for casualty in sentence.casualties:
            forces += [ref for ref in sentence.actors if ref.kind == "state_forces" and ref.role in ("military", "police")
                       and ref.start <= casualty.start and casualty.start - ref.start <= CASUALTY_NOUN_REACH]
    if not forces or len({ref.role for ref in forces}) > 1:
        return None
    ref = forces[0]
    country = ref.country or next((c.country for c in hurt if c.country), None) or _where_country(draft, analysis)
    name = vocab.actor_name(ref.role, country) if country else None
    return Actor(text=ref.text, name=name, country=country, kind="state_forces") if name else None


def _crowd_actors(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary, actor1: Actor | None,
                  actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """A demonstration is coded with the demonstrators first and whoever they faced second (ACLED)."""
    crowd_kind = "rioters" if draft.event_type == "riots" else "protesters"
    role = "rioter" if crowd_kind == "rioters" else "protester"
    actors = [a for a in (actor1, actor2) if a is not None]
    crowd = next((a for a in actors if a.kind in ("protesters", "rioters", "civilians")), None)
    others = [a for a in actors if a is not crowd and a.kind == "state_forces"]
    country = crowd.country if crowd is not None and crowd.country else _where_country(draft, analysis)
    first = Actor(text=crowd.text if crowd else None, name=vocab.actor_name(role, country), country=country,
                  kind=crowd_kind)
    if draft.sub_event_type == "excessive_force_against_protesters" and others:
        return others[0], first  # the force that fired is the actor
    if not others and _sub_event_type(draft, analysis) != "peaceful_protest":
        # "Massa melempari markas dengan batu, sementara polisi membalas dengan gas air mata": the force the crowd
        # faced, named in the event's own sentences
        faced = next((ref for index in sorted(set(draft.sentences)) for ref in analysis.sentences[index].actors
                      if ref.role in ("police", "military") and ref.start not in _claimant_tokens(analysis, index)),
                     None)
        if faced is not None:
            force_country = faced.country or country
            others = [Actor(text=faced.text, name=vocab.actor_name(faced.role, force_country), country=force_country,
                            kind="state_forces")]
    return first, others[0] if others else None


def _claimant_tokens(analysis: ArticleAnalysis, index: int) -> set[int]:
    """Tokens of the sentence's speaker ("kata Kapolres ..."): a force that speaks of an event is not its party."""
    return {t for start, end in analysis.sentences[index].claim_spans for t in range(start, end)}


def _launched_from(draft: Draft, analysis: ArticleAnalysis, vocab: Vocabulary) -> Actor | None:
    """ "rudal yang ditembakkan dari wilayah Armenia": a weapon fired from a country is that country's; from
    a country where one of the article's sides is a group of that country (Houthi, Yemen), that group's."""
    for origin in launch_origins(draft, analysis):
        country = origin.place.country
        if origin.place.precision != "country" or not country:
            continue
        for side in analysis.belligerents:
            group = vocab.groups.get(side)
            if group is not None and group.get("country") == country:
                return Actor(text=None, name=group["name"], country=country, kind=group.get("kind"))
        return Actor(text=None, name=vocab.actor_name("military", country), country=country, kind="state_forces")
    return None


def launch_origins(draft: Draft, analysis: ArticleAnalysis) -> list[PlaceRef]:
    """Places named as where the draft's weapons were fired from."""
    grammar = analysis.grammar
    verbs = set(grammar.get("launch_verbs", ()))
    sources = {tuple(words.split()) for words in grammar.get("launch_source_words", ())}
    found = []
    for index in sorted(set(draft.sentences)):
        sentence = analysis.sentences[index]
        for ref in sentence.places:
            if ref.place is None:
                continue
            for source in sources:
                verb_at = ref.start - len(source) - 1
                if verb_at >= sentence.token_start and tuple(analysis.token_lower[verb_at + 1:ref.start]) == source \
                        and analysis.token_lower[verb_at] in verbs:
                    found.append(ref)
                    break
    return found


def _side_key(actor: Actor | None, vocab: Vocabulary, sides: list[str] | None = None) -> str | None:
    if actor is None:
        return None
    group = vocab.groups.get(actor.name)
    if group is not None and not (group.get("country") and actor.name == vocab.actor_name("military", group["country"])):
        key = actor.name
    else:
        key = actor.country  # a state's army is its country's side (as find_belligerents counts it)
    if sides is not None and key not in sides and key is not None:
        # "tim gabungan TNI-Polri" where the article's side is the police: one state's forces are one side
        state = state_of(key, vocab)
        key = next((side for side in sides if state is not None and state_of(side, vocab) == state), key)
    return key


def _location(draft: Draft, analysis: ArticleAnalysis, actor1: Actor | None, gazetteer, to_location,
              actor2: Actor | None = None) -> Location:
    location = _place_of(draft, analysis, actor1, gazetteer, to_location)
    return _where_agreed_for(draft, location, (actor1, actor2), analysis, gazetteer, to_location) or location


def _where_agreed_for(draft: Draft, location: Location, parties: tuple[Actor | None, ...], analysis: ArticleAnalysis,
                      gazetteer, to_location) -> Location | None:
    """ "Kedua pihak menyepakati gencatan senjata bilateral di Havana, Kuba": an agreement signed abroad is placed
    where it applies (ACLED), the area the article is about in the parties' country, else that country."""
    if draft.sub_event_type != "agreement" or location.country is None:
        return None
    countries = {a.country for a in parties if a is not None and a.country}
    main = analysis.main_place
    if main is not None and main.place is not None and main.place.country != location.country \
            and (not countries or main.place.country in countries):
        return _rounded(to_location(main.place, None))
    if not countries or location.country in countries:
        return None
    home = parties[0].country if parties[0] is not None and parties[0].country else min(countries)
    place = gazetteer.country_place(home)
    return _rounded(to_location(place, None)) if place is not None else None


def _place_of(draft: Draft, analysis: ArticleAnalysis, actor1: Actor | None, gazetteer, to_location) -> Location:
    ref = draft.place
    if ref is None:
        for frame in draft.frames:
            if frame.place_targets:
                ref = frame.place_targets[0]
                if ref.place is not None and not ref.generic:
                    ref = _town_in_region([ref, *_places_told(draft, analysis)]) or ref
                break
    if ref is None:
        ref = _best_place(draft, analysis)
        if ref is None and (draft.sub_event_type == "agreement" or _tells_whole_war(draft, analysis)):
            war_wide = _country_of_war(draft, analysis, gazetteer)
            if war_wide is not None:
                return _rounded(to_location(war_wide, None))
        ref = ref or paragraph_place(analysis, min(draft.sentences))
    if ref is not None and not ref.generic and ref.place is not None:
        return _rounded(to_location(ref.place, ref.text))
    political = draft.event_type == "strategic_developments" and actor1 is not None and actor1.country
    if political and draft.sub_event_type in ("other", "change_to_group_activity", "agreement") and \
            actor1.name and actor1.name.startswith("Government"):
        place = gazetteer.country_place(actor1.country)
        if place is not None:
            return _rounded(to_location(place, None))
    main = analysis.main_place
    if main is not None and main.place is not None:
        return _rounded(to_location(main.place, ref.text if ref is not None and ref.generic else None))
    return Location(text=ref.text if ref is not None else None)


def _tells_whole_war(draft: Draft, analysis: ArticleAnalysis) -> bool:
    """ "Perang antara SAF dan RSF pecah pada April 2023 dan telah menewaskan puluhan ribu orang": the war itself
    and its toll, with no attack of its own."""
    if not all(f.trigger_class in ("war", "kill") for f in draft.frames):
        return False
    return any(m.category == "trigger" and m.payload[0] == "war"
               for index in draft.sentences for m in analysis.sentences[index].matches)


def _country_of_war(draft: Draft, analysis: ArticleAnalysis, gazetteer):
    """ "Junta kemudian memperpanjang gencatan senjata itu hingga akhir Mei", "Perang antara SAF dan RSF pecah pada
    April 2023": a truce or a war told without a place is the whole war's, so it is placed at the country of the
    place the article is about (GUIDELINES: national acts at country precision), not at the day's town."""
    first = min(draft.sentences)
    near = paragraph_place(analysis, first) or analysis.main_place or _place_told_before(analysis, first)
    if near is None or near.place is None or near.place.country is None:
        return None
    return gazetteer.country_place(near.place.country)


def _place_told_before(analysis: ArticleAnalysis, index: int) -> PlaceRef | None:
    """The last located town or district named anywhere before the sentence (unlike paragraph_place, which stops
    at the paragraph): the fallback for an event whose article has no main place."""
    for sentence in reversed(analysis.sentences[:index]):
        for ref in reversed(sentence.places):
            if ref.place is not None and not ref.generic and ref.place.precision in ("town", "district") \
                    and ref.place.lat is not None:
                return ref
    return None


def _places_told(draft: Draft, analysis: ArticleAnalysis) -> list[PlaceRef]:
    """The named places of the draft's frames, else of its sentences; not where a strike was launched from."""
    origins = {id(p) for p in launch_origins(draft, analysis)}  # where it was fired from is not where it hit
    candidates: list[PlaceRef] = []
    for frame in draft.frames:
        candidates.extend(p for p in frame.places if p.place is not None and not p.generic and id(p) not in origins)
    if not candidates:
        for index in draft.sentences:
            candidates.extend(p for p in analysis.sentences[index].places
                              if p.place is not None and not p.generic and id(p) not in origins)
    return candidates


def _best_place(draft: Draft, analysis: ArticleAnalysis) -> PlaceRef | None:
    candidates = _places_told(draft, analysis)
    specific = [p for p in candidates if p.place.precision != "country"]
    if specific:
        return _town_in_region(specific) or specific[0]
    if candidates and draft.event_type == "strategic_developments":
        return candidates[0]
    for index in draft.sentences:
        generic = [p for p in analysis.sentences[index].places if p.generic]
        if generic:
            return generic[0]
    return None


def _town_in_region(places: list[PlaceRef]) -> PlaceRef | None:
    """ "Pertempuran sengit di wilayah Kursk" then "... posisi penjaga perbatasan di dekat kota Sudzha": the
    event told first by its region and then by a town in it happened in the town (ACLED codes the most
    specific place)."""
    first = places[0].place
    finer = {"region": ("town", "district"), "district": ("town",)}.get(first.precision, ())
    reach = REGION_REACH_KM if first.precision == "region" else DISTRICT_REACH_KM
    for ref in places[1:]:
        place = ref.place
        if place.precision not in finer or place.country != first.country:
            continue
        inside = first.admin1 is not None and place.admin1 == first.admin1
        near = None not in (first.lat, first.lon, place.lat, place.lon) and \
            haversine_km((first.lat, first.lon), (place.lat, place.lon)) <= reach
        if inside or near:
            return ref
    return None


def _rounded(location: Location) -> Location:
    if location.lat is not None and location.lon is not None:
        return location.model_copy(update={"lat": round(location.lat, 2), "lon": round(location.lon, 2)})
    return location


# Events that kill no one by what they are (ACLED codes them without fatalities): a toll in their sentences is the
# war's or another event's ("gencatan senjata ... setelah perang yang menewaskan 400.000 orang")
TOLL_FREE_TYPES = {"agreement", "arrests", "change_to_group_activity", "other", "headquarters_or_base_established",
                   "non_violent_transfer_of_territory", "peaceful_protest"}


def _fatalities(draft: Draft, analysis: ArticleAnalysis, attacker: Actor | None = None) -> Fatalities:
    if draft.sub_event_type in TOLL_FREE_TYPES:
        return Fatalities()
    chosen: list[Casualty] = []
    boasts: set[int] = set()  # id() of tolls the attacker itself gives
    for index in draft.sentences:
        claim = analysis.sentences[index].claim
        boasting = attacker is not None and attacker.name is not None and claim is not None \
            and claim.claimant == attacker.name
        for casualty in analysis.sentences[index].casualties:
            if casualty.aggregate or (casualty.kind == "killed" and (casualty.min or 0) >= WAR_SCALE_TOLL):
                continue  # a war-wide tally is not this event's toll (GUIDELINES 2)
            if casualty.civilian is True and not _has_civilian_side(draft) \
                    and _siblings_take_civilians(draft, analysis, index):
                continue
            if casualty.civilian is False and draft.civilian_target and _siblings_take_combatants(draft, analysis, index):
                continue
            chosen.append(casualty)
            if boasting:
                boasts.add(id(casualty))
    # "ADF ... mengklaim bertanggung jawab ... dan menyebut tujuh tentara tewas" after "Empat tentara tewas": the
    # attacker's own count of its victims yields to any other account of the same victims (ACLED keeps the most
    # conservative figure)
    chosen = [c for c in chosen if id(c) not in boasts
              or not any(id(o) not in boasts and o.kind == c.kind and o.civilian == c.civilian for o in chosen)]
    if not any(c.kind == "killed" for c in chosen):
        chosen += _nobody_killed_next(draft, analysis)
    killed = _combine([c for c in chosen if c.kind == "killed"])
    wounded = _combine([c for c in chosen if c.kind == "wounded"])
    chosen = [c for c in chosen if not c.subset or not any(o.kind == c.kind and not o.subset for o in chosen)]
    killed_flags = {c.civilian for c in chosen if c.kind == "killed" and c.civilian is not None}
    civilian = True if True in killed_flags else (False if killed_flags == {False} else None)
    texts = [c.text for c in chosen]
    return Fatalities(killed=killed, wounded=wounded, civilian=civilian, text="; ".join(texts) if texts else None)


def _nobody_killed_next(draft: Draft, analysis: ArticleAnalysis) -> list[Casualty]:
    """ "KKB membakar gedung sekolah dasar ... Kapolres Nduga mengatakan tidak ada korban jiwa dalam peristiwa itu":
    a "no one was killed" in the next sentence of the paragraph, which tells no event of its own, is this event's."""
    following = draft.last_sentence + 1
    if following >= len(analysis.sentences):
        return []
    sentence = analysis.sentences[following]
    if sentence.paragraph != analysis.sentences[draft.last_sentence].paragraph \
            or any(f.sentence == following for f in analysis.frames) \
            or any(following in other.sentences for other in analysis.drafts if other is not draft):
        return []
    return [c for c in sentence.casualties if c.kind == "killed" and c.min == 0 and c.max == 0 and not c.aggregate]


def _has_civilian_side(draft: Draft) -> bool:
    return draft.civilian_target or draft.event_type == "violence_against_civilians"


def _siblings_take_civilians(draft: Draft, analysis: ArticleAnalysis, index: int) -> bool:
    return any(other is not draft and index in other.sentences and _has_civilian_side(other) for other in analysis.drafts)


def _siblings_take_combatants(draft: Draft, analysis: ArticleAnalysis, index: int) -> bool:
    return any(other is not draft and index in other.sentences and not _has_civilian_side(other)
               for other in analysis.drafts)


def _combine(casualties: list[Casualty]) -> CountRange:
    """Tolls of different victim groups add up; repeated tolls of the same group keep the largest; a part of
    the toll ("termasuk di antara korban tewas") only bounds it from below when it is all there is."""
    if not casualties:
        return CountRange()
    whole = [c for c in casualties if not c.subset]
    if not whole:
        return CountRange(min=max((c.min or 0) for c in casualties) or None, max=None)
    # "menewaskan warga sipil" beside "menewaskan tujuh orang": a toll without a number adds nothing to one with
    casualties = [c for c in whole if c.min is not None or c.max is not None] or whole
    by_group: dict[object, Casualty] = {}
    for casualty in casualties:
        key = casualty.civilian
        best = by_group.get(key)
        if best is None or (casualty.min or casualty.max or 0) > (best.min or best.max or 0):
            by_group[key] = casualty
    groups = list(by_group.values())
    if len(groups) == 1:
        return CountRange(min=groups[0].min, max=groups[0].max)
    # "16 warga sipil tewas" and "12 korban tewas" (an earlier count) or "12 orang tewas" (all victims): a toll
    # that does not say who died counts everyone, so it is compared with the named groups, not added to them
    unnamed = by_group.pop(None, None)
    groups = list(by_group.values())
    mins = [g.min for g in groups if g.min is not None]
    maxes = [g.max for g in groups]
    named = CountRange(min=sum(mins) if mins else None,
                       max=sum(maxes) if all(m is not None for m in maxes) else None)
    if unnamed is None or (unnamed.min or unnamed.max or 0) <= (named.min or named.max or 0):
        return named
    return CountRange(min=unnamed.min, max=unnamed.max)


def _materiel(draft: Draft, analysis: ArticleAnalysis, actor2: Actor | None, cache: dict) -> list[Materiel]:
    items = []
    for index in sorted({f.sentence for f in draft.frames}):
        items.extend(struck_materiel(analysis, analysis.sentences[index]))
    owner = actor2.country if actor2 is not None and actor2.kind != "civilians" else None
    result: list[Materiel] = []
    seen: set[tuple] = set()
    for item in items:
        key = (item.start, item.category)  # one phrase read through two verbs is one item
        if key in seen:
            continue
        seen.add(key)
        low, high = item.min, item.max
        if draft.place is not None:
            low = high = None  # "12 drone ... di atas Belgorod dan Kursk": a count for all the places, not for one
        result.append(Materiel(category=item.category, side=item.side or owner, min=low, max=high, text=item.text))
    return result


def _claim(draft: Draft, analysis: ArticleAnalysis) -> Claim:
    claims: list[tuple[int, ClaimRef]] = []
    for index in draft.sentences:
        claim = analysis.sentences[index].claim
        if claim is not None:
            claims.append((index, claim))
    explicit = [(i, c) for i, c in claims if c.claimant]
    if not explicit and not any(c.kind == "own_report" for _, c in claims):
        explicit = _claim_told_after(draft, analysis)
    own_report = any(c.kind == "own_report" for _, c in claims)
    deniers = [name for _, c in claims for name in c.deniers]
    relays = []
    if explicit or any(set(analysis.sentences[i].relays) for i in draft.sentences):
        relays = list(analysis.relays)
    if explicit:
        first_sentence = min(i for i, _ in explicit)
        chosen = next(c for i, c in explicit if i == first_sentence)
        blame = set(analysis.grammar.get("blame_verbs", ()))
        # a later speaker who only lays blame does not outrank the first account of the event
        accounts = [(i, c) for i, c in explicit if i == first_sentence or not blame & set((c.text or "").lower().split())]
        strongest = max(accounts, key=lambda item: (item[1].strength, -item[0]))
        if chosen.strength < 4 and strongest[1].strength >= 4:
            chosen = strongest[1]
        disputed = chosen.claimant == "both sides" or draft.disputed or _countered(explicit, chosen, analysis)
        stance = "denied" if deniers else ("disputed" if disputed else "asserted")
        return Claim(claimant=chosen.claimant, claimant_party=chosen.party if chosen.party and len(chosen.party) == 3
                     else None, relays=relays, stance=stance, text=chosen.text)
    text = next((c.text for _, c in claims if c.text), None)
    if own_report:
        relays = []
    return Claim(claimant=None, claimant_party=None, relays=relays, stance="unattributed", text=text)


def _claim_told_after(draft: Draft, analysis: ArticleAnalysis) -> list[tuple[int, ClaimRef]]:
    """ "Pada Rabu dini hari, sebuah drone Israel menyerang ... Militer Israel menyebut keduanya anggota 'sel
    teroris'": an event told by the outlet, then a speaker on it in the next sentence, which tells no event."""
    after = max(draft.sentences) + 1
    if after >= len(analysis.sentences):
        return []
    sentence = analysis.sentences[after]
    told = {i for d in analysis.drafts for i in d.sentences}
    if after in told or sentence.paragraph != analysis.sentences[after - 1].paragraph or sentence.claim is None \
            or not sentence.claim.claimant or sentence.claim.deniers:
        return []
    return [(after, sentence.claim)]


def _countered(explicit: list[tuple[int, ClaimRef]], chosen: ClaimRef, analysis: ArticleAnalysis) -> bool:
    """ "Namun, Wali Kota Kharkiv mengatakan ...": another party's account set against the claimant's."""
    openers = set(analysis.grammar.get("contrast_openers", ()))
    for index, claim in explicit:
        if claim is chosen or not claim.party or not chosen.party or claim.party == chosen.party:
            continue
        words = analysis.sentence_text(index).lower().replace(",", " ").split()[:2]
        if words and (words[0] in openers or " ".join(words) in openers):
            return True
    return False


def _confidence(draft: Draft, actor1: Actor | None, actor2: Actor | None, location: Location, claim: Claim) -> float:
    score = 0.35
    score += 0.15 if actor1 is not None and actor1.text else 0.0
    score += 0.1 if actor2 is not None else 0.0
    score += 0.15 if location.text else (0.05 if location.name else 0.0)
    score += 0.1 if claim.claimant else 0.0
    score += 0.1 if any(f.trigger_class in EXPLICITLY_ARMED_CLASSES for f in draft.frames) else 0.0
    return round(min(score, 0.95), 2)
