"""Train warta's Indonesian entity recogniser and write it to warta/models/ner_id (or --output).

Usage (from the repo root; 5 min 21 s wall time measured on this 2-core machine, one core busy):
    .venv/bin/python scripts/train_ner.py --data-dir ../shared/data --output warta/models/ner_id
Then score it:  .venv/bin/python bench/ner_eval.py --data-dir ../shared/data
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warta.extract.ner_train import DEFAULT_DATA_DIR, TRAIN_FILES, TrainSettings, train_model

REPO_ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    defaults = TrainSettings()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="shared/data (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=REPO_ROOT / "warta" / "models" / "ner_id")
    parser.add_argument(
        "--corpora", default=",".join(defaults.corpora), help=f"comma list of {', '.join(TRAIN_FILES)}"
    )
    parser.add_argument("--width", type=int, default=defaults.width)
    parser.add_argument("--depth", type=int, default=defaults.depth)
    parser.add_argument("--rows", type=int, default=defaults.rows)
    parser.add_argument("--hidden-width", type=int, default=defaults.hidden_width)
    parser.add_argument("--max-steps", type=int, default=defaults.max_steps)
    parser.add_argument("--patience", type=int, default=defaults.patience)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    args = parser.parse_args(argv)

    if not args.data_dir.is_dir():
        parser.error(f"{args.data_dir}: no such data directory")
    settings = TrainSettings(
        corpora=tuple(c.strip() for c in args.corpora.split(",") if c.strip()),
        width=args.width,
        depth=args.depth,
        rows=args.rows,
        hidden_width=args.hidden_width,
        max_steps=args.max_steps,
        patience=args.patience,
        seed=args.seed,
    )
    unknown = [c for c in settings.corpora if c not in TRAIN_FILES]
    if unknown:
        parser.error(f"unknown corpora {unknown}; choose from {list(TRAIN_FILES)}")
    summary = train_model(args.data_dir, args.output, settings)
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
