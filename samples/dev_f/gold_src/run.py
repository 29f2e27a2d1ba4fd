"""Regenerate samples/dev_f/gold.jsonl: python3 samples/dev_f/gold_src/run.py (from anywhere).

Nothing is copied: this imports samples/dev_c/gold_src/lib.py (helpers, substring checks) and
samples/dev_d/gold_src/checks.py (note on every mention, dates, optional/required evidence clash,
outlet never a relay, 350-700 words, empty no-event articles), points them at dev_f, then loads the
spec modules f1.py to f4.py. Like dev_e's run.py it adds one check of its own: no article is longer
than 600 words (this set's brief is 350-600 words; dev_d's check already requires at least 350).
gold.jsonl is not written if any check fails.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in dev_c/dev_d/dev_f

HERE = pathlib.Path(__file__).resolve().parent
DEV_F = HERE.parent
SAMPLES = DEV_F.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(SAMPLES / "dev_c" / "gold_src"))
sys.path.insert(2, str(SAMPLES / "dev_d" / "gold_src"))
import lib  # noqa: E402  (samples/dev_c/gold_src/lib.py)

lib.ROOT = DEV_F
lib.ARTS = DEV_F / "articles"

import checks  # noqa: E402  (samples/dev_d/gold_src/checks.py)

checks.NO_EVENT = ("12_", "13_", "14_")

SPECS = ("f1", "f2", "f3", "f4")
for g in SPECS:
    if (HERE / f"{g}.py").exists():
        __import__(g)
lib.GOLD.sort(key=lambda g: g["file"])
checks.run(lib)
for g in lib.GOLD:
    words = len(lib.txt(g["file"]).split())
    if words > 600:
        lib.PROBLEMS.append(f"{g['file']}: {words} words, more than 600")
        print(lib.PROBLEMS[-1])
lib.finish()
