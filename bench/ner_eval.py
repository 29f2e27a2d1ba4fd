"""Score the entity recogniser on every test split and print one markdown table next to published baselines.

Usage:  .venv/bin/python bench/ner_eval.py [--data-dir ../shared/data] [--model warta/models/ner_id]
The published figures are typed in from the papers (sources under the table); they were obtained with
other label sets, other training data and pretrained embeddings, so the comparison is approximate.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warta.extract.ner import MODEL_DIR, load_ner
from warta.extract.ner_train import DEFAULT_DATA_DIR, Score, evaluate, training_data

# Published test F1 by test-set name: (model, F1, where). Only the baselines each paper reports.
PUBLISHED: dict[str, list[tuple[str, float, str]]] = {
    "NER UI (IndoLEM, 5 test folds)": [
        ("BiLSTM-CRF", 82.2, "[2]"),
        ("mBERT", 82.2, "[2]"),
        ("MalayBERT", 87.4, "[2]"),
        ("IndoBERT (IndoLEM)", 90.1, "[2]"),
    ],
    "NER UGM (IndoLEM, 5 test folds)": [
        ("BiLSTM-CRF", 70.9, "[2]"),
        ("mBERT", 71.6, "[2]"),
        ("MalayBERT", 73.2, "[2]"),
        ("IndoBERT (IndoLEM)", 74.9, "[2]"),
    ],
}


def markdown_table(scores: list[Score]) -> str:
    """Our rows and the published rows, one table."""
    lines = [
        "| test set | sentences | gold entities | model | P | R | F1 | PER / ORG / LOC F1 | source |",
        "|---|---:|---:|---|---:|---:|---:|---|---|",
    ]
    for score in scores:
        per_type = " / ".join(str(score.per_type.get(label, "-")) for label in ("PER", "ORG", "LOC"))
        note = f" ({score.note})" if score.note else ""
        lines.append(
            f"| {score.name}{note} | {score.sentences} | {score.gold_entities} | **warta ner_id** | "
            f"{score.precision} | {score.recall} | **{score.f1}** | {per_type} | this repo |"
        )
        for model, f1, source in PUBLISHED.get(score.name, []):
            lines.append(f"| {score.name} | | | {model} | | | {f1} | | {source} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of markdown")
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        parser.error(f"{args.data_dir}: no such data directory")

    nlp = load_ner(args.model)
    meta = json.loads((args.model / "meta.json").read_text(encoding="utf-8"))
    corpora = meta.get("warta_training", {}).get("settings", {}).get("corpora", [])
    # Rebuild what the model was trained on, so no test sentence it has seen is scored.
    trained_on = training_data(args.data_dir, corpora).train if corpora else []
    scores = evaluate(nlp, args.data_dir, trained_on)
    if args.json:
        print(json.dumps([score.__dict__ for score in scores], indent=2))
    else:
        print(markdown_table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
