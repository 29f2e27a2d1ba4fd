"""From the mentions of one event to the Event record: headline values, counts of sources, disagreements.

Every headline value records the mention and rule that chose it (`Event.choices`). Casualty and materiel
figures follow ACLED's rule: the most conservative credible figure is the headline, and every other figure
stays visible as a disagreement naming its source, claimant, outlet and sentence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rapidfuzz import fuzz

from warta.merge.compare import PLACE_WEIGHT, PRECISION_RANK, _actor_key, date_window, same_actor
from warta.merge.records import Account, Disagreement, Event, FieldChoice
from warta.records import SUB_EVENT_PARENT, Actor, CountRange, Materiel, Mention

CLAIMANT_FUZZY_MIN = 90
NOT_CREDIBLE_STANCES = {"denied"}  # a figure its own claimant's side denies is shown, not headlined


def _article_group(mention: Mention, article_group: Mapping[str, str] | None) -> str:
    """Near-duplicate copies of one story share a group: the first stored copy's id."""
    if article_group is None:
        return mention.article_id
    return article_group.get(mention.article_id, mention.article_id)


def claimant_identity(mention: Mention, article_group: Mapping[str, str] | None = None) -> str:
    """Who independently stands behind a mention.

    A party's claimant (a ministry) is one voice however many outlets relay it. A claimant without a party
    ("residents", "observers") is only as independent as the report that quotes it; an unattributed report
    belongs to the agency it was taken from, else to the publishing outlet (copies of one story count once).
    """
    claim = mention.claim
    origin = claim.relays[0] if claim.relays else (mention.outlet or _article_group(mention, article_group))
    if claim.claimant and claim.claimant_party:
        return claim.claimant
    if claim.claimant:
        return f"{claim.claimant} (via {origin})"
    return origin


def _fold_names(names: Sequence[str]) -> dict[str, str]:
    """Map each spelling to the first spelling it fuzzily equals, so 'Kemhan' variants count once."""
    canonical: dict[str, str] = {}
    kept: list[str] = []
    for name in names:
        key = " ".join(name.casefold().split())
        match = next((k for k in kept if k == key or fuzz.token_sort_ratio(k, key) >= CLAIMANT_FUZZY_MIN), None)
        if match is None:
            kept.append(key)
            match = key
        canonical[name] = match
    return canonical


def _point(count: CountRange) -> int | None:
    """One source's figure as a single number: its lower bound when it has one ("at least 7" -> 7)."""
    return count.min if count.min is not None else count.max


def format_count(count_min: int | None, count_max: int | None) -> str:
    if count_min is not None and count_max is not None:
        return str(count_min) if count_min == count_max else f"{count_min}-{count_max}"
    if count_min is not None:
        return f">={count_min}"
    if count_max is not None:
        return f"<={count_max}"
    return "?"


def _evidence(mention: Mention) -> str | None:
    return " ".join(e.text for e in mention.evidence) or None


def _account(mention: Mention, value: str, count_min: int | None = None, count_max: int | None = None) -> Account:
    return Account(
        mention_id=mention.mention_id,
        article_id=mention.article_id,
        outlet=mention.outlet,
        published=mention.published,
        claimant=mention.claim.claimant,
        stance=mention.claim.stance,
        value=value,
        value_min=count_min,
        value_max=count_max,
        evidence=_evidence(mention),
    )


def _vote(
    mentions: Sequence[Mention],
    value_of: Callable[[Mention], Any],
    voter_of: Callable[[Mention], str],
    rank_of: Callable[[Mention], Any] = lambda m: 0,
) -> tuple[Any, Mention, int] | None:
    """The best-ranked value, then the one most independent claimants give; ties go to the earlier mention.

    Returns (value, the mention that carries it first, number of voters).
    """
    voters: dict[Any, set[str]] = defaultdict(set)
    first: dict[Any, tuple[int, Mention]] = {}
    best_rank: dict[Any, Any] = {}
    for position, mention in enumerate(mentions):
        value = value_of(mention)
        if value is None:
            continue
        voters[value].add(voter_of(mention))
        first.setdefault(value, (position, mention))
        rank = rank_of(mention)
        if value not in best_rank or rank < best_rank[value]:
            best_rank[value] = rank
    if not voters:
        return None
    value = min(voters, key=lambda v: (best_rank[v], -len(voters[v]), first[v][0]))
    return value, first[value][1], len(voters[value])


def _rule(base: str, votes: int, total_values: int) -> str:
    return base if total_values <= 1 else f"{base}; {votes} independent claimant(s) agree"


def summarize_event(
    event_id: str,
    mentions: Sequence[Mention],
    article_group: Mapping[str, str] | None = None,
) -> Event:
    """The Event of these mentions (given in merge order: the anchor, the most precise report, first)."""
    if not mentions:
        raise ValueError(f"event {event_id}: no mentions")
    voter = {m.mention_id: claimant_identity(m, article_group) for m in mentions}
    voter_fold = _fold_names(list(dict.fromkeys(voter.values())))

    def voter_of(mention: Mention) -> str:
        return voter_fold[voter[mention.mention_id]]

    choices: list[FieldChoice] = []

    # Type: the sub-event type most independent claimants give (the anchor's on a tie).
    sub_type, sub_mention, sub_votes = _vote(mentions, lambda m: m.sub_event_type, voter_of)
    n_sub_values = len({m.sub_event_type for m in mentions})
    choices.append(FieldChoice(field="sub_event_type", value=sub_type, mention_id=sub_mention.mention_id,
                               rule=_rule("majority of independent claimants", sub_votes, n_sub_values)))
    event_type = SUB_EVENT_PARENT.get(sub_type, sub_mention.event_type)

    # Date: the most precise (a stated day over a day taken from the publication date over a range over a
    # month), then the most given, then the earliest report.
    def date_rank(m: Mention) -> tuple:
        window = date_window(m)
        span = (window[1] - window[0]).days if window else 10**6
        return (PRECISION_RANK.get(m.date.precision, 9), span)

    dated = _vote(mentions, lambda m: (m.date.start, m.date.end) if m.date.start else None, voter_of, date_rank)
    date_value = mentions[0].date
    if dated is not None:
        date_value = dated[1].date
        choices.append(FieldChoice(field="date", value=date_value.model_dump(mode="json"),
                                   mention_id=dated[1].mention_id,
                                   rule=_rule("most precise date", dated[2],
                                              len({(m.date.start, m.date.end) for m in mentions}))))

    # Location: the most precise place (town over district over region), then the most given.
    def place_value(m: Mention) -> tuple | None:
        place = m.location
        if place.name is None and place.lat is None:
            return None
        return (place.name, round(place.lat, 2) if place.lat is not None else None,
                round(place.lon, 2) if place.lon is not None else None)

    placed = _vote(mentions, place_value, voter_of, lambda m: -PLACE_WEIGHT.get(m.location.precision, 0.0))
    location = mentions[0].location
    if placed is not None:
        location = placed[1].location
        choices.append(FieldChoice(field="location", value=location.name, mention_id=placed[1].mention_id,
                                   rule=_rule("most precise location", placed[2],
                                              len({place_value(m) for m in mentions} - {None}))))

    actor1, actor2, flipped_ids = _choose_actors(mentions, voter_of, choices)
    killed = _headline_count("killed", mentions, choices)
    wounded = _headline_count("wounded", mentions, choices)
    civilian_flags = [m.fatalities.civilian for m in mentions if m.fatalities.civilian is not None]
    civilian = True if True in civilian_flags else (False if civilian_flags else None)
    materiel = _headline_materiel(mentions, choices)

    groups = {_article_group(m, article_group) for m in mentions}
    outlets = list(dict.fromkeys(m.outlet for m in mentions if m.outlet))
    claimants = list(dict.fromkeys(voter_of(m) for m in mentions))
    claimant_names = {voter_of(m): voter[m.mention_id] for m in reversed(mentions)}
    published = sorted(m.published for m in mentions if m.published)

    disagreements = _disagreements(mentions, killed, wounded, materiel, actor1, actor2, flipped_ids)
    return Event(
        event_id=event_id,
        event_type=event_type,
        sub_event_type=sub_type,
        date=date_value,
        location=location,
        actor1=actor1,
        actor2=actor2,
        killed=killed,
        wounded=wounded,
        civilian=civilian,
        materiel=materiel,
        mention_ids=[m.mention_id for m in mentions],
        n_mentions=len(mentions),
        n_articles=len(groups),
        n_outlets=len({o.casefold() for o in outlets}),
        n_claimants=len(claimants),
        outlets=outlets,
        claimants=[claimant_names[c] for c in claimants],
        first_published=published[0] if published else None,
        last_published=published[-1] if published else None,
        choices=choices,
        disagreements=disagreements,
    )


def _choose_actors(
    mentions: Sequence[Mention], voter_of: Callable[[Mention], str], choices: list[FieldChoice]
) -> tuple[Actor, Actor, set[str]]:
    """actor1 is the attacker most independent claimants name; actor2 the side most of them name against it."""
    picked1 = _vote(mentions, lambda m: m.actor1.name, voter_of)
    if picked1 is None:
        return Actor(), Actor(), set()
    _actor1_name, actor1_mention, actor1_votes = picked1
    actor1 = actor1_mention.actor1
    key1 = _actor_key(actor1)

    def is_actor1(actor: Actor) -> bool:
        key = _actor_key(actor)
        return key is not None and key1 is not None and same_actor(key, key1)

    def opponent(m: Mention) -> Actor | None:
        if is_actor1(m.actor1) and m.actor2.name:
            return m.actor2
        if is_actor1(m.actor2) and m.actor1.name:
            return m.actor1
        return None

    picked2 = _vote(mentions, lambda m: opponent(m).name if opponent(m) else None, voter_of)
    actor2 = Actor()
    if picked2 is not None:
        actor2 = opponent(picked2[1]) or Actor()
    key2 = _actor_key(actor2)
    flipped = set()
    for m in mentions:
        k1, k2 = _actor_key(m.actor1), _actor_key(m.actor2)
        says_target_attacked = key2 is not None and k1 is not None and same_actor(k1, key2)
        says_attacker_hit = k2 is not None and same_actor(k2, key1)
        if says_target_attacked or says_attacker_hit:
            flipped.add(m.mention_id)
    n_orientations = len({(m.actor1.name, m.actor2.name) for m in mentions})
    choices.append(FieldChoice(field="actor1", value=actor1.name, mention_id=actor1_mention.mention_id,
                               rule=_rule("attacker named by most independent claimants", actor1_votes,
                                          n_orientations)))
    if picked2 is not None:
        choices.append(FieldChoice(field="actor2", value=actor2.name, mention_id=picked2[1].mention_id,
                                   rule=_rule("opponent of actor1 named by most independent claimants",
                                              picked2[2], n_orientations)))
    return actor1, actor2, flipped


def _headline_count(kind: str, mentions: Sequence[Mention], choices: list[FieldChoice]) -> int | None:
    """ACLED: when sources differ, the lowest credible figure; a denied claim is not credible."""
    figures = [(_point(getattr(m.fatalities, kind)), m) for m in mentions]
    figures = [(value, m) for value, m in figures if value is not None]
    credible = [(value, m) for value, m in figures if m.claim.stance not in NOT_CREDIBLE_STANCES] or figures
    if not credible:
        return None
    value, mention = min(credible, key=lambda pair: pair[0])
    rule = "the only figure" if len({v for v, _ in figures}) == 1 else "ACLED: lowest credible figure"
    choices.append(FieldChoice(field=kind, value=value, mention_id=mention.mention_id, rule=rule))
    return value


def _headline_materiel(mentions: Sequence[Mention], choices: list[FieldChoice]) -> list[Materiel]:
    by_item: dict[tuple, list[tuple[Materiel, Mention]]] = defaultdict(list)
    for m in mentions:
        for item in m.materiel:
            by_item[(item.category, item.side)].append((item, m))
    headline: list[Materiel] = []
    for (category, side), items in by_item.items():
        counted = [(_point(CountRange(min=i.min, max=i.max)), i, m) for i, m in items]
        counted_known = [c for c in counted if c[0] is not None]
        if counted_known:
            _, item, mention = min(counted_known, key=lambda c: c[0])
            rule = "ACLED: lowest credible figure" if len({c[0] for c in counted_known}) > 1 else "the only figure"
        else:
            _, item, mention = counted[0]
            rule = "named without a count"
        headline.append(item)
        choices.append(FieldChoice(field=f"materiel:{category}:{side or '?'}",
                                   value=format_count(item.min, item.max), mention_id=mention.mention_id, rule=rule))
    return headline


def _count_disagreement(kind: str, subject: str, pairs: list[tuple[CountRange, Mention]],
                        headline: int | None) -> Disagreement | None:
    values = {(c.min, c.max) for c, _ in pairs}
    if len(values) < 2:
        return None
    return Disagreement(
        kind=kind,  # type: ignore[arg-type]
        subject=subject,
        headline=str(headline) if headline is not None else None,
        accounts=[_account(m, format_count(c.min, c.max), c.min, c.max) for c, m in pairs],
    )


def _disagreements(
    mentions: Sequence[Mention],
    killed: int | None,
    wounded: int | None,
    materiel: list[Materiel],
    actor1: Actor,
    actor2: Actor,
    flipped_ids: set[str],
) -> list[Disagreement]:
    found: list[Disagreement] = []
    for kind, headline in (("killed", killed), ("wounded", wounded)):
        pairs = [(getattr(m.fatalities, kind), m) for m in mentions]
        pairs = [(c, m) for c, m in pairs if c.min is not None or c.max is not None]
        disagreement = _count_disagreement(kind, kind, pairs, headline)
        if disagreement:
            found.append(disagreement)
    headline_by_item = {(i.category, i.side): i for i in materiel}
    items: dict[tuple, list[tuple[CountRange, Mention]]] = defaultdict(list)
    for m in mentions:
        for item in m.materiel:
            if item.min is not None or item.max is not None:
                items[(item.category, item.side)].append((CountRange(min=item.min, max=item.max), m))
    for (category, side), pairs in items.items():
        chosen = headline_by_item.get((category, side))
        disagreement = _count_disagreement(
            "materiel", f"materiel:{category}:{side or '?'}", pairs,
            None if chosen is None else _point(CountRange(min=chosen.min, max=chosen.max)),
        )
        if disagreement:
            found.append(disagreement)
    if flipped_ids:
        named = [m for m in mentions if m.actor1.name or m.actor2.name]
        found.append(Disagreement(
            kind="actor_roles",
            subject="actor1/actor2",
            headline=f"{actor1.name or '?'} -> {actor2.name or '?'}",
            accounts=[_account(m, f"{m.actor1.name or '?'} -> {m.actor2.name or '?'}") for m in named],
        ))
    stances = Counter(m.claim.stance for m in mentions)
    if stances["denied"] or stances["disputed"]:
        found.append(Disagreement(
            kind="denial",
            subject="stance",
            headline=None,
            accounts=[_account(m, m.claim.stance) for m in mentions],
        ))
    return found
