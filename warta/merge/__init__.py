"""Cross-article consolidation: mentions (one event as one article tells it) in, events out.

Pure functions over records, usable alone (tests, a Dask worker) or from warta.service:
- `merge_mentions(mentions)`: a full, deterministic merge into Event records;
- `EventMerger`: the same clustering, one mention at a time, for incremental ingest;
- `summarize_event(event_id, mentions)`: headline values, source counts and disagreements of one event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from warta.merge.cluster import Assignment, EventMerger, cluster_mentions, event_id_for, merge_order
from warta.merge.compare import Match, MentionFeatures, compare, features_of
from warta.merge.records import Account, Disagreement, Event, FieldChoice
from warta.merge.summarize import claimant_identity, summarize_event
from warta.records import Mention

__all__ = [
    "Account",
    "Assignment",
    "Disagreement",
    "Event",
    "EventMerger",
    "FieldChoice",
    "Match",
    "MentionFeatures",
    "claimant_identity",
    "cluster_mentions",
    "compare",
    "event_id_for",
    "features_of",
    "merge_mentions",
    "merge_order",
    "summarize_event",
]


def merge_mentions(mentions: Iterable[Mention], article_group: Mapping[str, str] | None = None) -> list[Event]:
    """Every event behind these mentions; `article_group` maps near-duplicate articles to their original."""
    by_id = {m.mention_id: m for m in mentions}
    groups = cluster_mentions(by_id.values())
    return [summarize_event(event_id, [by_id[i] for i in ids], article_group) for event_id, ids in groups.items()]
