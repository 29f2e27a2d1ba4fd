"""Pairwise merge precision and recall on articles with known same-event groups.

Reads gold mentions and a merge-groups file (format in warta/merge/evaluate.py). Defaults: the samples
engineer's samples/gold.jsonl + samples/merge_groups.json when present, and always the seed groups of
tests/merge. Run: .venv/bin/python bench/merge_quality.py [GOLD.jsonl GROUPS.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

from warta.merge.evaluate import evaluate_merge

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = [
    ("samples", ROOT / "samples" / "gold.jsonl", ROOT / "samples" / "merge_groups.json"),
    ("seeds", ROOT / "tests" / "merge" / "data" / "seeds_gold.jsonl", ROOT / "tests" / "merge" / "seed_groups.json"),
]


def report(name: str, gold: Path, groups: Path) -> None:
    if not gold.exists() or not groups.exists():
        print(f"{name}: skipped ({gold.name if not gold.exists() else groups.name} not found)")
        return
    for include_optional in (True, False):
        score = evaluate_merge(gold, groups, include_optional=include_optional)
        label = "all gold mentions" if include_optional else "without optional"
        print(f"{name} ({label}): pairwise precision {score.precision:.3f} recall {score.recall:.3f} "
              f"F1 {score.f1:.3f} ({score.true_pairs} of {score.predicted_pairs} predicted pairs right, "
              f"{score.gold_pairs} gold pairs)")
        for first, second in score.false_merges[:10]:
            print(f"   false merge: {first} + {second}")
        for first, second in score.missed_merges[:10]:
            print(f"   missed:      {first} + {second}")


def main() -> None:
    if len(sys.argv) == 3:
        report("given", Path(sys.argv[1]), Path(sys.argv[2]))
        return
    for name, gold, groups in DEFAULT_SETS:
        report(name, gold, groups)


if __name__ == "__main__":
    main()
