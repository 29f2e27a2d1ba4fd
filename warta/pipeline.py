"""Article -> [Mention]: the one function the CLI, the REST API and a Dask worker call.

Stages are composed here and nowhere else: ingest gives Articles, language id picks the pack, the
extractor reads mentions. Storing and merging happen downstream (warta.service).
"""

from __future__ import annotations

from warta.records import Article, Mention


def extract_mentions(article: Article) -> list[Mention]:
    """Every mention (one event as this article reports it) in one cleaned article."""
    from warta.extract import extract_article
    from warta.lang import load_pack

    return extract_article(article, load_pack(article.lang or "id"))
