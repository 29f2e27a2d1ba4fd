"""Article -> [Mention]: the one function the CLI, the REST API and a Dask worker call.

Stages are composed here and nowhere else: ingest gives Articles, language id picks the pack, the
extractor reads mentions. Storing and merging happen downstream (warta.service).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from warta.records import Article, InputFailure, Mention


@dataclass
class Extraction:
    """What one input gave: an article and its mentions, or why it gave nothing."""

    source: str
    article: Article | None = None
    mentions: list[Mention] = field(default_factory=list)
    failure: str | None = None  # the input could not be read
    skipped: str | None = None  # read, but not extracted (no language pack)


def extract_mentions(article: Article, *, disabled: tuple[str, ...] = ()) -> list[Mention]:
    """Every mention (one event as this article reports it) in one cleaned article. `disabled` names
    extraction steps to switch off (e.g. "entities", the trained recogniser) for ablations."""
    from warta.extract import extract_article
    from warta.lang import load_pack

    return extract_article(article, load_pack(article.lang or "id"), disabled=disabled)


def process_inputs(
    inputs: Iterable[str],
    *,
    adjust: Callable[[Article], Article] | None = None,
    disabled: tuple[str, ...] = (),
) -> Iterator[Extraction]:
    """Read every input and extract its mentions, one Extraction per article or failed input.

    `adjust` may replace an article's metadata before extraction (e.g. `warta eval` applying the
    publication dates a gold file records, as a JSONL input would)."""
    from warta.ingest import missing_pack_reason, read_inputs

    for item in read_inputs(inputs):
        if isinstance(item, InputFailure):
            yield Extraction(source=item.source, failure=item.reason)
            continue
        article = adjust(item) if adjust is not None else item
        reason = missing_pack_reason(article)
        if reason is not None:
            yield Extraction(source=article.source, article=article, skipped=reason)
            continue
        yield Extraction(source=article.source, article=article, mentions=extract_mentions(article, disabled=disabled))
