"""Articles and their gold mentions for the store's tests: the repo's own samples (samples/articles and
samples/gold.jsonl), and the five seed articles of ../shared when that folder sits beside the repository (it
is on the developers' machines only; the seeds are outlets' texts and never copied into the repo).

The gold mentions stand in for the extractor (`ArticleSet.extract`), so these tests check the store and the
merge on known mentions, whatever the extractor does today.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from warta.records import Article, Mention

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ARTICLES = ROOT / "samples" / "articles"
SAMPLE_GOLD = ROOT / "samples" / "gold.jsonl"
SAMPLE_GROUPS = ROOT / "samples" / "merge_groups.json"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"
SEEDS_MISSING = f"{SEEDS} or {SEED_GOLD} not present (../shared is only in the developers' checkout)"


def read_gold(path: Path) -> dict[str, dict]:
    """The gold file's lines keyed by their `file`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {record["file"]: record for record in (json.loads(line) for line in lines if line.strip())}


@dataclass
class ArticleSet:
    """Articles as `warta ingest` would read them from a folder, with the gold of each (by file name)."""

    articles: list[Article]
    gold: dict[str, dict]

    def by_name(self, file_name: str) -> Article:
        return next(a for a in self.articles if Path(a.source).name == file_name)

    def extract(self, article: Article) -> list[Mention]:
        """Stands in for warta.pipeline.extract_mentions: the gold mentions of the article's file."""
        record = self.gold[Path(article.source).name.split("#")[0]]
        found = []
        for index, raw in enumerate(record["mentions"]):
            fields = {k: v for k, v in raw.items() if k in Mention.model_fields}
            fields.update(article_id=article.article_id, source=article.source, outlet=article.outlet,
                          published=article.published, mention_id=f"{article.article_id}:{index}")
            found.append(Mention.model_validate(fields))
        return found


def _article_set(folder: Path, gold_path: Path) -> ArticleSet:
    gold = read_gold(gold_path)
    articles = [
        Article(source=str(path), text=path.read_text(encoding="utf-8"), outlet=gold[path.name]["outlet"],
                published=gold[path.name]["published"], lang="id")
        for path in sorted(folder.glob("*.txt"))
    ]
    return ArticleSet(articles, gold)


def sample_set() -> ArticleSet:
    """The 36 sample articles (samples/articles/*.txt) with their outlet and date as the gold has them."""
    return _article_set(SAMPLE_ARTICLES, SAMPLE_GOLD)


def seed_set() -> ArticleSet:
    """The five seed articles of ../shared/seeds; skips the calling test when ../shared is not there."""
    if not SEEDS.is_dir() or not SEED_GOLD.is_file():
        pytest.skip(SEEDS_MISSING)
    return _article_set(SEEDS, SEED_GOLD)
