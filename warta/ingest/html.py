"""HTML pages to article text and page metadata, with trafilatura.

trafilatura keeps the main text and drops navigation, scripts, styles and attributes. What it returns is
then swept for markup that a page showed as visible text (an escaped "<script>", a "javascript:" link
target, an "onerror=" handler): none of it may reach the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import trafilatura

# Tags that carry or load code (as a browser would read them: no space after '<'), inline event handlers
# and script URLs, as they may survive as text.
_MARKUP_RESIDUE = re.compile(
    r"<(script|style|iframe|object|noscript|template)\b[^>]{0,500}>.{0,5000}?</\1\s*>"
    r"|</?(?:script|style|iframe|object|embed|svg|img|form|input|button|link|meta|base|frame|frameset"
    r"|applet|math|template|noscript|a|body|html|head)\b[^>]{0,500}>"
    r"|\bon[a-z]{3,20}\s*=\s*(?:\"[^\"]{0,500}\"|'[^']{0,500}'|[^\s>]{1,500})"
    r"|\b(?:javascript|vbscript|livescript)\s*:[^\s\"'<>]*"
    r"|\bdata\s*:\s*text/html[^\s\"'<>]*",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlDocument:
    """The main text of a page and what its markup says about it."""

    text: str
    title: str | None = None
    published: date | None = None
    published_text: str | None = None
    sitename: str | None = None
    url: str | None = None


def declared_charset(html_bytes: bytes) -> str | None:
    """The charset a page declares in a <meta> tag of its first few kilobytes."""
    match = _META_CHARSET.search(html_bytes[:4096])
    return match.group(1).decode("ascii") if match else None


def strip_markup_residue(text: str) -> str:
    return _MARKUP_RESIDUE.sub(" ", text)


def extract_html(html: str, *, url: str | None = None) -> HtmlDocument:
    """Main text, title, publication date, site name and canonical URL of an HTML page.

    The date comes from the page's markup and URL only (no search through the text), so that an event
    date in the story is never taken for the publication date.
    """
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return HtmlDocument(text="")
    published = None
    if document.date:
        try:
            published = date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    title = strip_markup_residue(document.title or "").strip()
    return HtmlDocument(
        text=strip_markup_residue(document.text or ""),
        title=title or None,
        published=published,
        published_text=f"{document.date} (page metadata)" if published else None,
        sitename=document.sitename or None,
        url=document.url or url,
    )
