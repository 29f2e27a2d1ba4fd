"""From one input's text and the metadata it states outright to one Article.

Here the stages of ingest meet: whitespace normalisation, language identification, the language pack's
boilerplate removal and metadata reading, and the precedence between stated and read metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from warta.ingest.clean import Boilerplate, join_paragraphs, normalize_text
from warta.ingest.metadata import MetadataReader, TextMetadata
from warta.ingest.patterns import OutletIndex
from warta.lang import available_languages, load_pack
from warta.lang.detect import detect_language
from warta.records import Article, InputFailure

# What a language code given in an input may look like; anything else is not used to find a pack folder.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?")


@dataclass(frozen=True)
class GivenMetadata:
    """Metadata an input states outright (a JSONL record's fields, an HTML page's markup). It wins over
    what is read from the text."""

    external_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    published_text: str | None = None
    lang: str | None = None
    sitename: str | None = None


@dataclass(frozen=True)
class LanguageRules:
    """A language pack's ingest data, compiled once."""

    code: str
    outlets: OutletIndex
    boilerplate: Boilerplate
    metadata: MetadataReader


def normalize_language_code(code: str | None) -> str | None:
    """A plausible ISO 639 code in lower case ("ID" -> "id"), or None."""
    if not code:
        return None
    folded = code.strip().lower()
    return folded if _LANGUAGE_CODE.fullmatch(folded) else None


@cache
def _languages_with_packs() -> frozenset[str]:
    return frozenset(available_languages())


@cache
def language_rules(code: str) -> LanguageRules | None:
    """The compiled ingest data of the pack for `code`, or None when there is no such pack."""
    if normalize_language_code(code) != code:
        return None
    try:
        pack = load_pack(code)
    except LookupError:
        return None
    outlets = OutletIndex.from_pack_data(pack.get("outlets"))
    return LanguageRules(
        code=code,
        outlets=outlets,
        boilerplate=Boilerplate.from_pack_data(pack.get("boilerplate"), outlets.names_pattern),
        metadata=MetadataReader(code, pack.get("metadata"), outlets),
    )


def missing_pack_reason(article: Article) -> str | None:
    """Why the pipeline cannot extract from `article` ("skipped: language 'en' has no language pack"),
    or None when its language has a pack."""
    if article.lang is None:
        return "skipped: the language could not be identified"
    if language_rules(article.lang) is None:
        return f"skipped: language {article.lang!r} has no language pack"
    return None


def _same_text(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def build_article(
    text: str,
    *,
    source: str,
    given: GivenMetadata | None = None,
    raw_text: str | None = None,
    warnings: tuple[str, ...] | list[str] = (),
) -> Article | InputFailure:
    """Clean `text`, identify its language, read its metadata, and let `given` metadata win.

    `raw_text` is what is stored as read (the HTML of a page); it defaults to `text`.
    """
    given = given or GivenMetadata()
    all_warnings = list(warnings)
    normalized = normalize_text(text)
    if not normalized.strip():
        return InputFailure(source=source, reason="no text (only whitespace)")

    lang = normalize_language_code(given.lang)
    if given.lang and lang is None:
        all_warnings.append(f"language code {given.lang!r} is not an ISO 639 code; detected instead")
    lang = lang or detect_language(normalized, prefer=_languages_with_packs())
    rules = language_rules(lang) if lang else None

    lines = normalized.split("\n")
    meta = TextMetadata()
    url_outlet = site_outlet = tag_outlet = None
    if rules:
        lines = rules.boilerplate.clean_lines(lines)
        meta = rules.metadata.read(lines)
        url_outlet = rules.outlets.by_url(given.url)
        site_outlet = rules.outlets.canonical(given.sitename)
        tag_outlet = rules.outlets.by_tag(normalized)
    header = set(meta.header_lines)
    body_lines = [line for index, line in enumerate(lines) if line and index not in header]
    # A stated title repeated as the first line (trafilatura keeps the page's <h1>) is not article text.
    if given.title and body_lines and _same_text(body_lines[0], given.title):
        body_lines = body_lines[1:]
    cleaned = join_paragraphs(body_lines)
    if not cleaned:
        return InputFailure(source=source, reason="no article text left after removing boilerplate")

    if given.published:
        published, published_text = given.published, given.published_text
    else:
        published, published_text = meta.published, meta.published_text
        all_warnings.extend(meta.warnings)
    outlet = given.outlet or url_outlet or site_outlet or given.sitename or meta.outlet or tag_outlet
    outlet = outlet or meta.cited_outlet
    return Article(
        source=source,
        text=cleaned,
        raw_text=text if raw_text is None else raw_text,
        external_id=given.external_id,
        url=given.url,
        outlet=outlet,
        title=given.title or meta.title,
        dateline=meta.dateline,
        published=published,
        published_text=published_text,
        lang=lang,
        warnings=all_warnings,
    )
