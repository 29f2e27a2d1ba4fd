"""Regenerate samples/dev_c/gold.jsonl: python3 samples/dev_c/gold_src/run.py (from anywhere)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import lib  # noqa: E402

for g in ("g1", "g2", "g3", "g4", "g5"):
    __import__(g)
lib.GOLD.sort(key=lambda g: g["file"])
names = sorted(p.name for p in lib.ARTS.glob("*.txt"))
if names != [g["file"] for g in lib.GOLD]:
    lib.PROBLEMS.append("article files and gold lines differ")
    print("article files and gold lines differ")
if lib.PROBLEMS:
    sys.exit(f"{len(lib.PROBLEMS)} problems; gold.jsonl not written")
lib.write()
n = sum(len(g["mentions"]) for g in lib.GOLD)
o = sum(m["optional"] for g in lib.GOLD for m in g["mentions"])
e = sum(not g["mentions"] for g in lib.GOLD)
print(len(lib.GOLD), "articles,", n, "mentions,", o, "optional,", n - o, "scored,", e, "with no event")
