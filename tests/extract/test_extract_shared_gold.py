"""Scores on the hand-made gold of the five seed articles, when ../shared is there (a user's clone has none)."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "gold" / "seeds.jsonl"
SEEDS = SHARED / "seeds"


@pytest.mark.skipif(not GOLD.exists(), reason=f"{GOLD} not present (../shared is only in the developers' checkout)")
def test_seed_gold_scores_meet_the_bar():
    import json

    from typer.testing import CliRunner

    from warta.cli import app

    result = CliRunner().invoke(app, ["eval", str(GOLD), str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["mentions"]["f1"] >= 0.85
    for field, accuracy in report["field_accuracy"].items():
        assert accuracy is not None and accuracy >= 0.80, (field, accuracy)
