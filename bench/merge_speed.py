"""Merge time for 10,000 and 100,000 synthetic mentions (realistic spread of dates and places), and the ratio.

Near-linear growth means a ratio near 10 for ten times the mentions; the target is 100,000 under 60 s on
one core. Also prints the pairwise precision/recall against the synthetic answer key.
Run: .venv/bin/python bench/merge_speed.py [sizes...]
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from warta.merge import EventMerger, features_of
from warta.merge.synthetic import synthetic_reports


def pairwise(truth: dict[str, int], groups: dict[str, list[str]]) -> tuple[float, float]:
    """Pairwise precision and recall, counted from group sizes (no pair enumeration)."""
    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    predicted = sum(pairs(len(ids)) for ids in groups.values())
    true = sum(pairs(n) for ids in groups.values() for n in Counter(truth[i] for i in ids).values())
    gold = sum(pairs(n) for n in Counter(truth.values()).values())
    return (true / predicted if predicted else 1.0), (true / gold if gold else 1.0)


def measure(size: int) -> float:
    reports = synthetic_reports(size)
    truth = {mention.mention_id: event for event, mention in reports}
    started = time.perf_counter()
    merger = EventMerger()
    for _ in merger.add_all(features_of(mention) for _, mention in reports):
        pass
    seconds = time.perf_counter() - started
    groups = merger.groups()
    precision, recall = pairwise(truth, groups)
    print(f"{size:>8,} mentions -> {len(groups):>7,} events in {seconds:6.2f} s "
          f"({size / seconds:,.0f} mentions/s); synthetic pairwise P {precision:.3f} R {recall:.3f}")
    return seconds


def main() -> None:
    sizes = [int(s) for s in sys.argv[1:]] or [10_000, 100_000]
    times = [measure(size) for size in sizes]
    for (small, t_small), (large, t_large) in zip(zip(sizes, times), zip(sizes[1:], times[1:]), strict=False):
        print(f"ratio {large:,}/{small:,} mentions: time x{t_large / t_small:.1f} for x{large / small:.0f} mentions")


if __name__ == "__main__":
    main()
