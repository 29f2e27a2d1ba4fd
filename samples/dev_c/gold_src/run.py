"""Regenerate samples/dev_c/gold.jsonl: python3 samples/dev_c/gold_src/run.py (from anywhere)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import lib  # noqa: E402

for g in ("g1", "g2", "g3", "g4", "g5"):
    __import__(g)
lib.finish()
