"""Bytes to text: byte-order marks, UTF-8 with a stated fallback, and refusal of binary data.

Every problem is either an `UnreadableInput` (the input is skipped, with a one-line reason) or a warning
string that travels with the article (the text was read, but not as the file claimed to be).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Longest BOM first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Enough of a file to judge whether it is text; binary formats show themselves in their first block.
_SNIFF_BYTES = 64 * 1024
# Control bytes that plain text may carry: tab, newline, vertical tab, form feed, carriage return, escape.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROL_BYTES = bytes(byte for byte in range(0x20) if byte not in _TEXT_CONTROLS) + b"\x7f"
_BINARY_CONTROL_RATIO = 0.10
FALLBACK_ENCODING = "cp1252"


class UnreadableInput(Exception):
    """The input cannot be read as an article; `str(error)` is the one-line reason."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    warnings: tuple[str, ...] = ()


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the sample looks like mostly-ASCII UTF-16 written without a BOM."""
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.9 and even_nuls < 0.1:
        return "utf-16-le"
    if even_nuls > 0.9 and odd_nuls < 0.1:
        return "utf-16-be"
    return None


def check_not_binary(data: bytes) -> None:
    """Raise UnreadableInput when `data` (without a BOM) is not text: NUL bytes or many control bytes."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        raise UnreadableInput("binary file (contains NUL bytes)")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > _BINARY_CONTROL_RATIO:
        raise UnreadableInput(f"binary file ({controls / len(sample):.0%} control bytes)")


def _normal_codec_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, declared_encoding: str | None = None) -> DecodedText:
    """Decode a whole file or page.

    Order: a byte-order mark decides; then UTF-8; then the encoding the document declared (an HTML meta
    charset or an HTTP header), silently; then cp1252 with a warning naming the first bad byte.
    """
    if not data:
        raise UnreadableInput("empty file")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec))
            except UnicodeDecodeError as error:
                raise UnreadableInput(f"{label} byte-order mark but invalid {label} at byte {error.start}") from None
    utf16_codec = _utf16_without_bom(data[:_SNIFF_BYTES])
    if utf16_codec:
        try:
            text = data.decode(utf16_codec)
        except UnicodeDecodeError:
            pass
        else:
            return DecodedText(text, (f"no byte-order mark; decoded as {utf16_codec.upper()}",))
    check_not_binary(data)
    try:
        return DecodedText(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        first_bad_byte = error.start
    declared = _normal_codec_name(declared_encoding)
    if declared and declared != "utf-8":
        try:
            return DecodedText(data.decode(declared))
        except UnicodeDecodeError:
            pass
    # cp1252 leaves five byte values undefined; 'replace' keeps the rest of the text readable.
    text = data.decode(FALLBACK_ENCODING, errors="replace")
    return DecodedText(text, (f"not UTF-8 at byte {first_bad_byte}; decoded as {FALLBACK_ENCODING}",))
