"""Regenerate samples/dev_d/gold.jsonl: python3 samples/dev_d/gold_src/run.py (from anywhere).

The helpers are not copied: this imports samples/dev_c/gold_src/lib.py and points its article folder
and output path at dev_d before the spec modules (d1.py to d5.py) are loaded. lib.article() checks that
the title, every evidence text and every non-null *.text field is a byte-exact substring of the article;
gold.jsonl is not written if any check fails.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEV_D = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(DEV_D.parent / "dev_c" / "gold_src"))
import lib  # noqa: E402  (samples/dev_c/gold_src/lib.py)

lib.ROOT = DEV_D
lib.ARTS = DEV_D / "articles"

import checks  # noqa: E402

SPECS = ("d1", "d2", "d3", "d4", "d5")
for g in SPECS:
    if (HERE / f"{g}.py").exists():
        __import__(g)
lib.GOLD.sort(key=lambda g: g["file"])
checks.run(lib)
lib.finish()
