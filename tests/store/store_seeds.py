"""The five seed articles and their gold mentions, for the store's tests (gold stands in for the extractor)."""

from __future__ import annotations

import json
from pathlib import Path

from warta.records import Article, Mention

DATA = Path(__file__).parent / "data"
GOLD = Path(__file__).parents[1] / "merge" / "data" / "seeds_gold.jsonl"


def seed_gold() -> dict[str, dict]:
    return {json.loads(line)["file"]: json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()}


def seed_articles() -> list[Article]:
    gold = seed_gold()
    return [
        Article(source=str(path), text=path.read_text(encoding="utf-8"), outlet=gold[path.name]["outlet"],
                published=gold[path.name]["published"], lang="id")
        for path in sorted(DATA.glob("*.txt"))
    ]


def gold_extractor(article: Article) -> list[Mention]:
    """Stands in for warta.pipeline.extract_mentions: the gold mentions of a seed article (by file name)."""
    gold = seed_gold()[Path(article.source).name.split("#")[0]]
    found = []
    for index, raw in enumerate(gold["mentions"]):
        fields = {k: v for k, v in raw.items() if k in Mention.model_fields}
        fields.update(article_id=article.article_id, source=article.source, outlet=article.outlet,
                      published=article.published, mention_id=f"{article.article_id}:{index}")
        found.append(Mention.model_validate(fields))
    return found
