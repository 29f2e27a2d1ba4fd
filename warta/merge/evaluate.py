"""Measuring the merge: pairwise precision and recall against known same-event groups of gold mentions.

Gold mentions come from a gold file (`{"file", "published", "outlet", "mentions": [...]}` per line, SPEC.md
"Gold annotations"); the groups from a merge-groups file:
`{"groups": [{"name", "event", "members": [[file, mention_index], ...]}], "distinct": [...]}` where each
`distinct` item is one member `[file, index]` (an event reported once), a list of members that are all
different events, or an object holding such a list under `members` or `pair`. Scored pairs are pairs of
annotated members: a pair is positive when both are in one group, negative otherwise.

Two measurements: `evaluate_merge` merges the gold mentions themselves (the merge alone);
`evaluate_extracted_merge` merges the mentions an extractor found in the same articles (end to end): a
gold mention is found when a predicted mention of its article matches it by SPEC's scoring rule
(`warta.eval.scorer.match_article`), and a pair of gold mentions is judged on the events their predicted
mentions landed in. A gold mention nobody found is in no event, so its pairs are missed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from warta.eval.scorer import match_article
from warta.merge.cluster import cluster_mentions
from warta.records import Mention

MemberRef = tuple[str, int]
GOLD_ONLY_KEYS = ("optional", "note")


def gold_article_id(file_name: str) -> str:
    """A stand-in article id for a gold file (gold records carry no cleaned text to hash)."""
    return hashlib.sha256(file_name.encode("utf-8")).hexdigest()


def load_gold_lines(gold_path: str | Path) -> dict[str, dict]:
    """The gold file's lines (one per article), keyed by their `file`."""
    lines = Path(gold_path).read_text(encoding="utf-8").splitlines()
    return {article["file"]: article for article in (json.loads(line) for line in lines if line.strip())}


def load_gold_mentions(gold_path: str | Path, files: Collection[str] | None = None) -> dict[MemberRef, Mention]:
    """Every gold mention as a Mention record, keyed by (file, index in the file's list); only the articles
    named in `files` when given."""
    found: dict[MemberRef, Mention] = {}
    for line_number, line in enumerate(Path(gold_path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        article = json.loads(line)
        file_name = article["file"]
        if files is not None and file_name not in files:
            continue
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
            item = item.get("members") or item.get("pair") or []
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


def _score_events(event_of_mention: Mapping[str, str], ref_of: Mapping[str, MemberRef],
                  groups: Sequence[Sequence[MemberRef]], distinct: Sequence[Sequence[MemberRef]]) -> PairwiseScore:
    event_of = {ref_of[mention_id]: event_id for mention_id, event_id in event_of_mention.items()
                if mention_id in ref_of}
    return pairwise_score(event_of, groups, distinct)


def _event_of_mention(mentions: Iterable[Mention]) -> dict[str, str]:
    return {mention_id: event_id
            for event_id, mention_ids in cluster_mentions(mentions).items() for mention_id in mention_ids}


def evaluate_merge(gold_path: str | Path, groups_path: str | Path, include_optional: bool = True,
                   files: Collection[str] | None = None) -> PairwiseScore:
    """Merge the gold mentions of `gold_path` (of the articles in `files`, when given) and score the events
    against `groups_path`."""
    mentions = load_gold_mentions(gold_path, files)
    if not include_optional:
        optional = _optional_refs(gold_path)
        mentions = {ref: m for ref, m in mentions.items() if ref not in optional}
    ref_of = {m.mention_id: ref for ref, m in mentions.items()}
    return _score_events(_event_of_mention(mentions.values()), ref_of, *load_groups(groups_path))


@dataclass(frozen=True)
class ExtractedMergeScore:
    """The merge measured end to end: pairs judged on the events the predicted mentions landed in."""

    score: PairwiseScore
    found: dict[MemberRef, str]  # annotated gold member -> the predicted mention that matched it
    not_found: list[MemberRef]  # annotated gold members no predicted mention matched

    @property
    def missed_among_found(self) -> list[tuple[MemberRef, MemberRef]]:
        """Missed pairs whose two members were both found: kept apart by the merge, on the fields the
        extractor gave them."""
        return [pair for pair in self.score.missed_merges if pair[0] in self.found and pair[1] in self.found]

    @property
    def found_pair_recall(self) -> float:
        """Recall over the gold pairs whose two members were both found."""
        found_pairs = self.score.gold_pairs - sum(
            1 for a, b in self.score.missed_merges if a not in self.found or b not in self.found)
        return (found_pairs - len(self.missed_among_found)) / found_pairs if found_pairs else 1.0


def evaluate_extracted_merge(gold_path: str | Path, groups_path: str | Path,
                             predicted: Mapping[str, Sequence[Mention]]) -> ExtractedMergeScore:
    """Merge the predicted mentions of every article in `predicted` (keyed by the gold's `file`) and score
    the events against `groups_path`, each gold member standing for the predicted mention matching it."""
    gold = load_gold_lines(gold_path)
    ref_of: dict[str, MemberRef] = {}
    for file_name, mentions in predicted.items():
        gold_mentions = gold.get(file_name, {}).get("mentions", [])
        # Every gold mention takes part (an optional one can be a merge-group member too): the matching is
        # SPEC's one-to-one greedy rule, whatever the gold's optional flags say.
        required = [{k: v for k, v in m.items() if k != "optional"} for m in gold_mentions]
        matched = match_article([m.to_json_dict() for m in mentions], required, file_name)
        for pair in matched.pairs:
            ref_of[mentions[pair.pred_index].mention_id] = (file_name, pair.gold_index)
    all_mentions = [m for mentions in predicted.values() for m in mentions]
    groups, distinct = load_groups(groups_path)
    score = _score_events(_event_of_mention(all_mentions), ref_of, groups, distinct)
    annotated = {m for g in groups for m in g} | {m for d in distinct for m in d}
    found = {ref: mention_id for mention_id, ref in ref_of.items() if ref in annotated}
    return ExtractedMergeScore(score=score, found=found, not_found=sorted(annotated - found.keys()))


def _optional_refs(gold_path: str | Path) -> set[MemberRef]:
    refs = set()
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            refs |= {(article["file"], i) for i, m in enumerate(article.get("mentions", [])) if m.get("optional")}
    return refs
