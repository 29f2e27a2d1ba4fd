"""Grouping mentions into events, incrementally, without comparing all pairs.

A mention is compared only with the events in its block: same event type, a day inside its date window
(plus a day of tolerance), and the same country (or an unknown one). It joins the best event it is
compatible with every (first) member of — complete linkage, so a vague mention cannot chain two precise
events together — or starts a new one. Mentions whose date is coarse (month, year, a long range) only
join identical ones, through a dictionary. Cost: one dictionary look-up per day of the window and a
comparison per candidate, so it grows with the number of mentions times the (bounded) block size.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from warta.merge.compare import DAY_TOLERANCE, PRECISION_RANK, MentionFeatures, compare, features_of
from warta.records import Mention

JOIN_THRESHOLD = 0.6  # mean pair score to join an event; see compare.py for the weights
MAX_COMPARED_MEMBERS = 12  # a big event is represented by its first (most precise) members
UNKNOWN_COUNTRY = "?"


def event_id_for(anchor_mention_id: str) -> str:
    """A short stable id for the event first seeded by this mention."""
    return "E" + hashlib.sha1(anchor_mention_id.encode("utf-8")).hexdigest()[:10]


def merge_order(features: MentionFeatures) -> tuple:
    """Precise mentions first, so that events form around them and vague reports join afterwards."""
    if features.day_start is None:
        return (2, PRECISION_RANK.get(features.date_precision, 9), 0, 0, features.mention_id)
    span = features.day_end - features.day_start
    return (0 if span == 0 else 1, span, features.day_start, 0, features.mention_id)


@dataclass(slots=True)
class Cluster:
    event_id: str
    members: list[MentionFeatures] = field(default_factory=list)
    flipped: set[str] = field(default_factory=set)  # mention ids whose actors are reversed vs the anchor


@dataclass(frozen=True, slots=True)
class Assignment:
    mention_id: str
    event_id: str
    score: float  # mean match score with the event's members; 1.0 for the anchor
    created: bool  # True when this mention started a new event


class EventMerger:
    """Assigns mentions to events one at a time; the same object serves a full merge and an incremental one."""

    def __init__(self, threshold: float = JOIN_THRESHOLD, max_compared_members: int = MAX_COMPARED_MEMBERS):
        self.threshold = threshold
        self.max_compared_members = max_compared_members
        self.clusters: dict[str, Cluster] = {}
        self._order: dict[str, int] = {}  # event id -> creation order, for deterministic ties
        self._fine_blocks: dict[tuple, list[str]] = defaultdict(list)
        self._coarse_blocks: dict[tuple, str] = {}
        self.event_of: dict[str, str] = {}
        self.score_of: dict[str, float] = {}  # mention id -> its mean match score when it joined

    # -- blocking --------------------------------------------------------------------------------
    @staticmethod
    def _index_countries(features: MentionFeatures) -> tuple[str, ...]:
        return (features.country or UNKNOWN_COUNTRY,)

    @staticmethod
    def _lookup_countries(features: MentionFeatures) -> tuple[str, ...]:
        if features.country:
            return (features.country, UNKNOWN_COUNTRY)
        # An unplaced event is most likely in one of its actors' countries.
        return (UNKNOWN_COUNTRY, *sorted(features.actor_countries))

    def _index(self, features: MentionFeatures, event_id: str) -> None:
        if features.day_start is None:
            self._coarse_blocks.setdefault(features.coarse_key, event_id)
            return
        for country in self._index_countries(features):
            for day in range(features.day_start, features.day_end + 1):
                block = self._fine_blocks[(features.event_type, day, country)]
                if event_id not in block:
                    block.append(event_id)

    def candidates(self, features: MentionFeatures) -> list[str]:
        if features.day_start is None:
            found = self._coarse_blocks.get(features.coarse_key)
            return [found] if found else []
        seen: dict[str, None] = {}
        for country in self._lookup_countries(features):
            for day in range(features.day_start - DAY_TOLERANCE, features.day_end + DAY_TOLERANCE + 1):
                for event_id in self._fine_blocks.get((features.event_type, day, country), ()):
                    seen.setdefault(event_id, None)
        return sorted(seen, key=self._order.__getitem__)

    # -- assignment ------------------------------------------------------------------------------
    def _score_against(self, features: MentionFeatures, cluster: Cluster) -> tuple[float, bool] | None:
        total, compared = 0.0, 0
        flipped_vs_anchor = False
        for position, member in enumerate(cluster.members[: self.max_compared_members]):
            match = compare(features, member)
            if match is None:
                return None
            if position == 0:
                flipped_vs_anchor = match.flipped
            total += match.score
            compared += 1
        return total / compared, flipped_vs_anchor

    def place(self, features: MentionFeatures, event_id: str, flipped: bool = False, score: float = 1.0) -> None:
        """Put a mention into a known event without judging it (rebuilding the state from the store)."""
        cluster = self.clusters.get(event_id)
        if cluster is None:
            cluster = self.clusters[event_id] = Cluster(event_id)
            self._order[event_id] = len(self._order)
        cluster.members.append(features)
        if flipped:
            cluster.flipped.add(features.mention_id)
        self.event_of[features.mention_id] = event_id
        self.score_of[features.mention_id] = score
        self._index(features, event_id)

    def add(self, mention: Mention | MentionFeatures) -> Assignment:
        features = mention if isinstance(mention, MentionFeatures) else features_of(mention)
        known = self.event_of.get(features.mention_id)
        if known is not None:
            return Assignment(features.mention_id, known, 1.0, False)
        best: tuple[float, str, bool] | None = None
        for event_id in self.candidates(features):
            scored = self._score_against(features, self.clusters[event_id])
            if scored is None or scored[0] < self.threshold:
                continue
            if best is None or scored[0] > best[0]:
                best = (scored[0], event_id, scored[1])
        if best is None:
            event_id = event_id_for(features.mention_id)
            while event_id in self.clusters:  # a hash clash of 40 bits: vanishingly rare, but stay correct
                event_id = event_id_for(event_id)
            self.place(features, event_id)
            return Assignment(features.mention_id, event_id, 1.0, True)
        score, event_id, flipped = best
        self.place(features, event_id, flipped, score)
        return Assignment(features.mention_id, event_id, score, False)

    def add_all(self, mentions: Iterable[Mention | MentionFeatures]) -> Iterator[Assignment]:
        """Add mentions in merge order (precise first): the result depends on the set, not the input order."""
        features = [m if isinstance(m, MentionFeatures) else features_of(m) for m in mentions]
        features.sort(key=merge_order)
        for one in features:
            yield self.add(one)

    def groups(self) -> dict[str, list[str]]:
        return {event_id: [m.mention_id for m in cluster.members] for event_id, cluster in self.clusters.items()}


def cluster_mentions(mentions: Iterable[Mention | MentionFeatures]) -> dict[str, list[str]]:
    """Full merge: event id -> its mention ids, the anchor (most precise report) first."""
    merger = EventMerger()
    for _ in merger.add_all(mentions):
        pass
    return merger.groups()
