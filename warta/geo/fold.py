"""Name folding: the one key under which a place name is indexed and looked up.

"Cəbrayıl", "CABRAYIL" and "Cabrayil" must meet, and so must "Nagorno-Karabakh" and "Nagorno Karabakh":
fold strips diacritics and case, maps the Latin letters that Unicode does not decompose (ə, ı, ø, ł ...),
drops apostrophes and turns other punctuation into single spaces. A name that still holds non-ASCII
letters afterwards is not Latin script and is not indexed (`latin_key` returns None).
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters with no Unicode decomposition to a base letter; the mapping is the usual transliteration.
_LETTERS = str.maketrans(
    {
        "ə": "a", "Ə": "a", "ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
        "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "ħ": "h", "Ħ": "h", "ŋ": "n", "Ŋ": "n", "ß": "ss", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "",
        "’": "", "‘": "", "'": "", "`": "", "´": "", "ǝ": "a", "ɨ": "i", "ƒ": "f", "ŧ": "t",
    }
)  # fmt: skip
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.,;:/()\[\]\"“”«»]+")


def fold(name: str) -> str:
    """The lookup key of a name: lower case, no diacritics, no apostrophes, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # translate again: NFKD can expose letters (e.g. from ligatures) that the table maps
    return _SEPARATORS.sub(" ", stripped.translate(_LETTERS).casefold()).strip()


def latin_key(name: str) -> str | None:
    """`fold(name)` when the name is in Latin script (only ASCII is left after folding), else None."""
    key = fold(name)
    if not key or not key.isascii() or not any(ch.isalpha() for ch in key):
        return None
    return key
