"""Words per second of the entity recogniser, against a bare spaCy blank('id') tokenizer pass on the same text.

Usage:  .venv/bin/python bench/ner_speed.py [--seeds ../shared/seeds] [--repeat 30] [--processes 1 2]
Text: the seed articles split into lines (about one sentence or paragraph each), repeated to ~50k words.
One process is one core (thinc runs single-threaded on CPU); two processes use `nlp.pipe(n_process=2)`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

# One BLAS thread per process, so "1 process" really means one core.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy

from warta.extract.ner import MODEL_DIR, load_ner

DEFAULT_SEEDS = Path("../shared/seeds")


def read_lines(seeds_dir: Path, repeat: int) -> list[str]:
    lines = [
        line.strip()
        for path in sorted(seeds_dir.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if not lines:
        raise SystemExit(f"{seeds_dir}: no .txt articles to time on")
    return lines * repeat


def words_per_second(run, lines: list[str], words: int, rounds: int = 3) -> float:
    """Best of a few rounds: the least disturbed by the rest of the machine."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        run(lines)
        best = min(best, time.perf_counter() - started)
    return words / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)

    lines = read_lines(args.seeds, args.repeat)
    tokenizer = spacy.blank("id").tokenizer
    words = sum(len(tokenizer(line)) for line in lines)
    nlp = load_ner(args.model)
    nlp(lines[0])  # warm up

    print(f"{len(lines)} lines, {words} tokens")
    tok_wps = words_per_second(lambda ls: [tokenizer(line) for line in ls], lines, words)
    print(f"blank('id') tokenizer, 1 process: {tok_wps:,.0f} words/s")
    for processes in args.processes:
        wps = words_per_second(
            lambda ls, n=processes: list(nlp.pipe(ls, batch_size=256, n_process=n)), lines, words, rounds=2
        )
        print(f"ner_id model, {processes} process(es): {wps:,.0f} words/s ({tok_wps / wps:.1f}x the tokenizer's time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
