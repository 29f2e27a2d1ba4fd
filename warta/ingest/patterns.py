"""Turning language-pack pattern templates into compiled regular expressions, and the outlet index.

Pack files write patterns with named placeholders (`{outlet}`, `{date}`, ...); this module expands them.
Regex quantifiers such as `{2,20}` are left alone: only the known placeholder names are replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def expand(template: str, fragments: Mapping[str, str]) -> str:
    """`template` with every `{name}` whose name is in `fragments` replaced by that regex fragment."""

    def replace(match: re.Match[str]) -> str:
        return fragments.get(match.group(1), match.group(0))

    return _PLACEHOLDER.sub(replace, template)


def alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """A non-capturing alternation, longest first so that "Januari" is preferred to "Jan"."""
    unique = sorted({word for word in words if word}, key=lambda word: (-len(word), word))
    if not unique:
        return "(?!)"  # matches nothing: a pack without the list disables the pattern
    return "(?:" + "|".join(re.escape(word) if escape else word for word in unique) + ")"


def any_of(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    """One compiled pattern matching any of `patterns`, or None when there are none."""
    parts = [f"(?:{pattern})" for pattern in patterns]
    return re.compile("|".join(parts), flags) if parts else None


@dataclass(frozen=True)
class OutletIndex:
    """Canonical outlet names, looked up by the name a text uses, by web domain, or by end tag."""

    canonical_by_name: dict[str, str] = field(default_factory=dict)
    domains: tuple[tuple[str, str, str], ...] = ()  # (host suffix, path prefix, canonical name)
    canonical_by_tag: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_pack_data(cls, data: Mapping | None) -> OutletIndex:
        by_name: dict[str, str] = {}
        domains: list[tuple[str, str, str]] = []
        by_tag: dict[str, str] = {}
        for outlet in (data or {}).get("outlets", []):
            canonical = outlet["name"]
            for name in [canonical, *outlet.get("names", [])]:
                by_name.setdefault(name.casefold(), canonical)
            for domain in outlet.get("domains", []):
                host, _, path = domain.lower().partition("/")
                domains.append((host, "/" + path if path else "", canonical))
            for tag in outlet.get("tags", []):
                by_tag[tag.casefold()] = canonical
        # Longest host first: "news.example.com" before "example.com".
        domains.sort(key=lambda entry: (-len(entry[0]), -len(entry[1])))
        return cls(by_name, tuple(domains), by_tag)

    @property
    def names_pattern(self) -> str:
        """Regex fragment matching any outlet name, case-insensitively, not inside a longer word."""
        if not self.canonical_by_name:
            return "(?!)"
        names = alternation(self.canonical_by_name)
        return rf"(?<![\w.])(?i:{names})(?![\w])"

    def canonical(self, name: str | None) -> str | None:
        """The canonical name of an outlet as a text or a page names it; None when unknown."""
        if not name:
            return None
        return self.canonical_by_name.get(" ".join(name.split()).casefold())

    def by_url(self, url: str | None) -> str | None:
        if not url:
            return None
        parts = urlsplit(url if "//" in url else "//" + url)
        host = (parts.hostname or "").lower()
        for suffix, path_prefix, canonical in self.domains:
            if (host == suffix or host.endswith("." + suffix)) and parts.path.lower().startswith(path_prefix):
                return canonical
        return None

    def by_tag(self, text: str) -> str | None:
        """The outlet whose end tag ("{viva}") occurs in `text`."""
        folded = text.casefold()
        for tag, canonical in self.canonical_by_tag.items():
            if tag in folded:
                return canonical
        return None
