"""Pairwise merge precision and recall on articles with known same-event groups, two ways:

(a) gold input: the gold mentions themselves are merged (the merge alone);
(b) real extraction: warta's extractor reads the same articles and its mentions are merged (end to end). A
    gold mention is found when a predicted mention of its article matches it by SPEC's scoring rule; a pair
    is judged on the events the predicted mentions landed in. Run once with the metadata warta reads from
    the text (what `warta ingest` gets) and once with the gold's publication date and outlet (what a JSONL
    input carrying them gets), so that metadata misses and extraction/merge misses can be told apart.

Sets: the repo's samples (samples/articles, samples/gold.jsonl, samples/merge_groups.json) and, when the
developers' ../shared is beside the repo, the five seed articles (../shared/seeds, ../shared/gold/seeds.jsonl,
tests/merge/seed_groups.json).
Run: .venv/bin/python bench/merge_quality.py [--no-extraction] [ARTICLES_DIR GOLD.jsonl GROUPS.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from warta.eval import article_key
from warta.merge.compare import features_of, judge
from warta.merge.evaluate import (
    ExtractedMergeScore,
    PairwiseScore,
    evaluate_extracted_merge,
    evaluate_merge,
    load_gold_lines,
)
from warta.records import Article, Mention

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_SETS = [
    ("samples", ROOT / "samples" / "articles", ROOT / "samples" / "gold.jsonl", ROOT / "samples" / "merge_groups.json"),
    ("seeds", SHARED / "seeds", SHARED / "gold" / "seeds.jsonl", ROOT / "tests" / "merge" / "seed_groups.json"),
]
SHOWN = 12  # errors listed per kind


def _line(label: str, score: PairwiseScore) -> str:
    return (f"{label}: pairwise precision {score.precision:.3f} recall {score.recall:.3f} F1 {score.f1:.3f} "
            f"({score.true_pairs} of {score.predicted_pairs} predicted pairs right, {score.gold_pairs} gold pairs)")


def _show(kind: str, pairs: Iterable) -> None:
    for first, second in list(pairs)[:SHOWN]:
        print(f"      {kind}: {first[0]}#{first[1]} + {second[0]}#{second[1]}")


def extract(articles_dir: Path, gold_path: Path, gold_metadata: bool) -> tuple[dict[str, list[Mention]], list[str]]:
    """warta's mentions of every article in the folder, keyed by the gold's `file` name, and the articles
    left without a publication date (their unstated dates cannot be resolved)."""
    from warta.pipeline import process_inputs

    gold = load_gold_lines(gold_path)

    def with_gold_metadata(article: Article) -> Article:
        line = gold.get(article_key(article.source))
        if not gold_metadata or line is None:
            return article
        update = {"outlet": line.get("outlet") or article.outlet}
        if line.get("published"):
            update["published"] = dt.date.fromisoformat(line["published"])
        return article.model_copy(update=update)

    found: dict[str, list[Mention]] = {}
    undated: list[str] = []
    for result in process_inputs([str(articles_dir)], adjust=with_gold_metadata):
        if result.failure or result.skipped:
            print(f"   {result.source}: {result.failure or result.skipped}")
            continue
        found[article_key(result.source)] = result.mentions
        if result.article.published is None:
            undated.append(article_key(result.source))
    return found, undated


def _brief(mention: Mention) -> str:
    date_value, place = mention.date, mention.location
    when = "undated" if date_value.start is None else (
        f"{date_value.start}" + (f"..{date_value.end}" if date_value.end not in (None, date_value.start) else "")
        + ("" if date_value.text else " (unstated)"))
    return (f"{mention.sub_event_type} {when} {place.name or '?'}/{place.precision} "
            f"{mention.actor1.name or '?'} -> {mention.actor2.name or '?'}")


def report_extracted(label: str, result: ExtractedMergeScore, predicted: dict[str, list[Mention]]) -> None:
    score = result.score
    annotated = len(result.found) + len(result.not_found)
    print("   " + _line(label, score))
    print(f"      {len(result.found)} of {annotated} annotated gold mentions found by extraction; "
          f"recall over the pairs whose members were both found {result.found_pair_recall:.3f}")
    by_id = {m.mention_id: m for found in predicted.values() for m in found}
    for kind, pairs in (("false merge", score.false_merges), ("found, but apart", result.missed_among_found)):
        for first, second in pairs[:SHOWN]:
            a, b = by_id[result.found[first]], by_id[result.found[second]]
            judged = judge(features_of(a), features_of(b))
            why = judged if isinstance(judged, str) else f"pair score {judged.score:.2f}, apart in the clustering"
            print(f"      {kind}: {first[0]}#{first[1]} + {second[0]}#{second[1]}: {why}\n"
                  f"         {_brief(a)}\n         {_brief(b)}")
    for ref in result.not_found[:SHOWN]:
        print(f"      not found by extraction: {ref[0]}#{ref[1]}")


def report(name: str, articles_dir: Path, gold: Path, groups: Path, with_extraction: bool) -> None:
    missing = [p for p in (articles_dir, gold, groups) if not p.exists()]
    if missing:
        print(f"{name}: skipped ({', '.join(str(p) for p in missing)} not found)")
        return
    files = {p.name for p in articles_dir.iterdir() if p.is_file()}
    print(f"{name}: {len(files)} articles in {articles_dir}")
    for include_optional in (True, False):
        score = evaluate_merge(gold, groups, include_optional=include_optional, files=files)
        label = "(a) gold input, all gold mentions" if include_optional else "(a) gold input, without optional"
        print("   " + _line(label, score))
        _show("false merge", score.false_merges)
        _show("missed", score.missed_merges)
    if not with_extraction:
        return
    for gold_metadata in (False, True):
        predicted, undated_articles = extract(articles_dir, gold, gold_metadata)
        label = ("(b) real extraction, gold's publication date and outlet" if gold_metadata
                 else "(b) real extraction, metadata read from the text")
        mentions = [m for found in predicted.values() for m in found]
        print(f"   {label}: {len(mentions)} mentions extracted, {sum(m.date.start is None for m in mentions)} "
              f"undated; {len(undated_articles)} of {len(predicted)} articles without a publication date")
        report_extracted(label, evaluate_extracted_merge(gold, groups, predicted), predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-extraction", action="store_true", help="only (a), the merge of the gold mentions")
    parser.add_argument("set", nargs="*", metavar="ARTICLES_DIR GOLD GROUPS")
    args = parser.parse_args()
    if args.set:
        if len(args.set) != 3:
            parser.error("give ARTICLES_DIR GOLD.jsonl GROUPS.json, or nothing for the default sets")
        report("given", *map(Path, args.set), not args.no_extraction)
        return
    for name, articles_dir, gold, groups in DEFAULT_SETS:
        report(name, articles_dir, gold, groups, not args.no_extraction)


if __name__ == "__main__":
    main()
