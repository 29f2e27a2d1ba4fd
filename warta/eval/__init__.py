"""Scoring warta against hand-made gold (SPEC.md "Scoring")."""

from warta.eval.scorer import EvalReport, article_key, group_by_article, match_article, score

__all__ = ["EvalReport", "article_key", "group_by_article", "match_article", "score"]
