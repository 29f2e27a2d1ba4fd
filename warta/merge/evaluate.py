"""Measuring the merge: pairwise precision and recall against known same-event groups of gold mentions.

Gold mentions come from a gold file (`{"file", "published", "outlet", "mentions": [...]}` per line, SPEC.md
"Gold annotations"); the groups from a merge-groups file:
`{"groups": [{"name", "event", "members": [[file, mention_index], ...]}], "distinct": [...]}` where each
`distinct` item is either one member `[file, index]` (an event reported once) or a list of members that
are all different events. Scored pairs are pairs of annotated members: a pair is positive when both are in
one group, negative otherwise.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from warta.merge.cluster import cluster_mentions
from warta.records import Mention

MemberRef = tuple[str, int]
GOLD_ONLY_KEYS = ("optional", "note")


def gold_article_id(file_name: str) -> str:
    """A stand-in article id for a gold file (gold records carry no cleaned text to hash)."""
    return hashlib.sha256(file_name.encode("utf-8")).hexdigest()


def load_gold_mentions(gold_path: str | Path) -> dict[MemberRef, Mention]:
    """Every gold mention as a Mention record, keyed by (file, index in the file's list)."""
    found: dict[MemberRef, Mention] = {}
    for line_number, line in enumerate(Path(gold_path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        article = json.loads(line)
        file_name = article["file"]
        article_id = gold_article_id(file_name)
        for index, raw in enumerate(article.get("mentions", [])):
            fields = {k: v for k, v in raw.items() if k not in GOLD_ONLY_KEYS and k in Mention.model_fields}
            fields.setdefault("article_id", article_id)
            fields.setdefault("source", file_name)
            fields.setdefault("outlet", article.get("outlet"))
            fields.setdefault("published", article.get("published"))
            fields.setdefault("mention_id", f"{article_id}:{index}")
            try:
                found[(file_name, index)] = Mention.model_validate(fields)
            except ValueError as error:
                raise ValueError(f"{gold_path}:{line_number}: mention {index} of {file_name}: {error}") from error
    return found


def _member(raw: Sequence) -> MemberRef:
    return (str(raw[0]), int(raw[1]))


def load_groups(groups_path: str | Path) -> tuple[list[list[MemberRef]], list[list[MemberRef]]]:
    """(same-event groups, distinct sets) from a merge-groups file."""
    data = json.loads(Path(groups_path).read_text(encoding="utf-8"))
    groups = [[_member(m) for m in group["members"]] for group in data.get("groups", [])]
    distinct: list[list[MemberRef]] = []
    for item in data.get("distinct", []):
        if isinstance(item, dict):
            item = item.get("members", [])
        if len(item) == 2 and isinstance(item[0], str):
            distinct.append([_member(item)])
        else:
            distinct.append([_member(m) for m in item])
    return groups, distinct


@dataclass(frozen=True)
class PairwiseScore:
    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int
    gold_pairs: int
    false_merges: list[tuple[MemberRef, MemberRef]]
    missed_merges: list[tuple[MemberRef, MemberRef]]


def pairwise_score(
    predicted_event_of: Mapping[MemberRef, str],
    groups: Iterable[Sequence[MemberRef]],
    distinct: Iterable[Sequence[MemberRef]] = (),
) -> PairwiseScore:
    """Pairwise precision/recall of a clustering over the annotated members only."""
    groups, distinct = list(groups), list(distinct)
    annotated = sorted({m for g in groups for m in g} | {m for d in distinct for m in d})
    gold_pairs = {tuple(sorted(pair)) for g in groups for pair in combinations(set(g), 2)}
    predicted_pairs = {
        pair
        for pair in combinations(annotated, 2)
        if pair[0] in predicted_event_of and predicted_event_of[pair[0]] == predicted_event_of.get(pair[1])
    }
    true_pairs = gold_pairs & predicted_pairs
    precision = len(true_pairs) / len(predicted_pairs) if predicted_pairs else 1.0
    recall = len(true_pairs) / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairwiseScore(
        precision=precision,
        recall=recall,
        f1=f1,
        true_pairs=len(true_pairs),
        predicted_pairs=len(predicted_pairs),
        gold_pairs=len(gold_pairs),
        false_merges=sorted(predicted_pairs - gold_pairs),
        missed_merges=sorted(gold_pairs - predicted_pairs),
    )


def evaluate_merge(gold_path: str | Path, groups_path: str | Path, include_optional: bool = True) -> PairwiseScore:
    """Merge the gold mentions of `gold_path` and score the events against `groups_path`."""
    mentions = load_gold_mentions(gold_path)
    if not include_optional:
        optional = _optional_refs(gold_path)
        mentions = {ref: m for ref, m in mentions.items() if ref not in optional}
    ref_of = {m.mention_id: ref for ref, m in mentions.items()}
    event_of: dict[MemberRef, str] = {}
    for event_id, mention_ids in cluster_mentions(mentions.values()).items():
        for mention_id in mention_ids:
            event_of[ref_of[mention_id]] = event_id
    groups, distinct = load_groups(groups_path)
    return pairwise_score(event_of, groups, distinct)


def _optional_refs(gold_path: str | Path) -> set[MemberRef]:
    refs = set()
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            refs |= {(article["file"], i) for i, m in enumerate(article.get("mentions", [])) if m.get("optional")}
    return refs
