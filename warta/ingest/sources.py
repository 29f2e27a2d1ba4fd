"""Reading inputs: files (.txt, .html/.htm, .jsonl), directories of them, and http(s) URLs.

Each input yields Articles or InputFailures as it is read; a bad input never stops the batch. Large
inputs are refused before they are read whole, and a JSONL file is read one line at a time.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.message import Message
from functools import cache
from pathlib import Path

from dateparser.date import DateDataParser

from warta.ingest.article import GivenMetadata, build_article
from warta.ingest.decode import FALLBACK_ENCODING, UnreadableInput, decode_bytes
from warta.ingest.html import declared_charset, extract_html
from warta.records import Article, InputFailure

MEGABYTE = 1024 * 1024
DEFAULT_MAX_BYTES = 10 * MEGABYTE
DEFAULT_TIMEOUT_SECONDS = 20.0
SUFFIX_KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_EXPECTED = ".txt, .html, .htm or .jsonl"
_USER_AGENT = "warta/0.1 (news ingest; +https://example.invalid/warta)"

ArticleOrFailure = Article | InputFailure


def _size(size: int, *, measured: bool) -> str:
    """'50.0 MB' for a measured size, '10 MB' for a limit; KB or bytes for small ones."""
    for unit, scale in (("MB", MEGABYTE), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}" if measured else f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def _limit(max_bytes: int) -> str:
    return f"{_size(max_bytes, measured=False)} limit"


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large ({_size(size, measured=True)} > {_limit(max_bytes)})"


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


# files


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path`, refusing a file over `max_bytes` from its size alone."""
    size = path.stat().st_size
    if size > max_bytes:
        raise UnreadableInput(_too_large(size, max_bytes))
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # the file grew while we looked
        raise UnreadableInput(_too_large(len(data), max_bytes))
    return data


def _article_from_text_bytes(data: bytes, source: str, given: GivenMetadata) -> ArticleOrFailure:
    decoded = decode_bytes(data)
    return build_article(decoded.text, source=source, given=given, warnings=decoded.warnings)


def _article_from_html_bytes(
    data: bytes, source: str, given: GivenMetadata, declared_encoding: str | None = None
) -> ArticleOrFailure:
    decoded = decode_bytes(data, declared_encoding=declared_encoding or declared_charset(data))
    page = extract_html(decoded.text, url=given.url)
    if not page.text.strip():
        return InputFailure(source=source, reason="no article text found in the HTML page")
    stated = GivenMetadata(
        url=given.url or page.url,
        title=page.title,
        published=page.published,
        published_text=page.published_text,
        sitename=page.sitename,
    )
    return build_article(page.text, source=source, given=stated, raw_text=decoded.text, warnings=decoded.warnings)


def _read_file(path: Path, source: str, max_bytes: int) -> Iterator[ArticleOrFailure]:
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind is None:
        suffix = path.suffix or "(none)"
        yield InputFailure(source=source, reason=f"unsupported file type {suffix} (expected {_EXPECTED})")
        return
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, source, max_bytes)
            return
        data = _read_limited(path, max_bytes)
        if kind == "html":
            yield _article_from_html_bytes(data, source, GivenMetadata())
        else:
            yield _article_from_text_bytes(data, source, GivenMetadata())
    except UnreadableInput as problem:
        yield InputFailure(source=source, reason=str(problem))
    except OSError as error:
        yield InputFailure(source=source, reason=f"cannot read: {error.strerror or error}")
    except Exception as error:  # noqa: BLE001 - a bug or library failure on one input must not stop the batch
        yield InputFailure(source=source, reason=_unexpected(error))


def _unexpected(error: Exception) -> str:
    return f"could not be read ({type(error).__name__}: {error})"


def _directory_files(directory: Path) -> Iterator[Path]:
    """Supported files under `directory`, recursively, in sorted order; hidden files and folders skipped."""
    for root, folders, files in os.walk(directory):
        folders[:] = sorted(folder for folder in folders if not folder.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIX_KINDS:
                yield Path(root) / name


def _read_path(source: str, max_bytes: int) -> Iterator[ArticleOrFailure]:
    path = Path(source)
    try:
        if path.is_dir():
            found = False
            for file_path in _directory_files(path):
                found = True
                yield from _read_file(file_path, str(file_path), max_bytes)
            if not found:
                yield InputFailure(source=source, reason=f"directory has no {_EXPECTED} files")
            return
        if not path.exists():
            yield InputFailure(source=source, reason="no such file or directory")
            return
        if not path.is_file():
            yield InputFailure(source=source, reason="not a regular file")
            return
    except OSError as error:
        yield InputFailure(source=source, reason=f"cannot read: {error.strerror or error}")
        return
    yield from _read_file(path, source, max_bytes)


# JSONL


@cache
def _any_date_parser() -> DateDataParser:
    return DateDataParser(settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]})


def _given_date(value: object) -> date | None:
    """A JSONL `published` value: ISO 8601 first, then any written date (day before month)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    parsed = _any_date_parser().get_date_data(text)
    return parsed.date_obj.date() if parsed.date_obj else None


def _optional_text(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _jsonl_record(line: str, source: str, number: int, warnings: list[str]) -> ArticleOrFailure:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputFailure(source=f"{source}#{number}", reason=f"not JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return InputFailure(source=f"{source}#{number}", reason="not a JSON object")
    external_id = _optional_text(record, "id")
    record_source = f"{source}#{external_id or number}"
    if "text" not in record:
        return InputFailure(source=record_source, reason="no 'text' field")
    text = record["text"]
    if not isinstance(text, str):
        return InputFailure(source=record_source, reason=f"'text' is a {type(text).__name__}, not a string")
    published = _given_date(record.get("published"))
    published_text = _optional_text(record, "published")
    if published_text and published is None:
        warnings.append(f"'published' value {published_text!r} is not a date; read from the text instead")
        published_text = None
    given = GivenMetadata(
        external_id=external_id,
        url=_optional_text(record, "url"),
        outlet=_optional_text(record, "outlet"),
        title=_optional_text(record, "title"),
        published=published,
        published_text=published_text,
        lang=_optional_text(record, "lang"),
    )
    return build_article(text, source=record_source, given=given, warnings=warnings)


def _decode_line(raw: bytes) -> tuple[str, list[str]]:
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        warning = f"not UTF-8 at byte {error.start} of its line; decoded as {FALLBACK_ENCODING}"
        return raw.decode(FALLBACK_ENCODING, errors="replace"), [warning]


def _read_jsonl(path: Path, source: str, max_bytes: int) -> Iterator[ArticleOrFailure]:
    """One result per non-blank line, read one line at a time; a bad line fails alone."""
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield InputFailure(source=source, reason="JSONL in UTF-16 is not supported; save it as UTF-8")
            return
        # Skip a UTF-8 byte-order mark; otherwise start over.
        handle.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                break
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while (rest := handle.readline(MEGABYTE)) and not rest.endswith(b"\n"):
                    pass  # skip to the end of the oversized line without holding it
                yield InputFailure(source=f"{source}#{number}", reason=f"line too large (over {_limit(max_bytes)})")
                continue
            if not raw.strip():
                continue
            if b"\x00" in raw:
                yield InputFailure(source=f"{source}#{number}", reason="binary data (contains NUL bytes)")
                continue
            line, warnings = _decode_line(raw)
            try:
                yield _jsonl_record(line, source, number, warnings)
            except Exception as error:  # noqa: BLE001 - one bad record must not stop the rest of the file
                yield InputFailure(source=f"{source}#{number}", reason=_unexpected(error))


# URLs


@dataclass(frozen=True)
class _Page:
    data: bytes
    url: str
    media_type: str
    charset: str | None


def _fetch(url: str, max_bytes: int, timeout: float) -> _Page:
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise UnreadableInput(_too_large(int(length), max_bytes))
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise UnreadableInput(f"too large (over {_limit(max_bytes)})")
            headers: Message = response.headers
            return _Page(data, response.geturl(), headers.get_content_type(), headers.get_content_charset())
    except urllib.error.HTTPError as error:
        raise UnreadableInput(f"fetch failed: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise UnreadableInput(f"fetch failed: no answer within {timeout:g} s") from None
        raise UnreadableInput(f"fetch failed: {getattr(reason, 'strerror', None) or reason}") from None
    except TimeoutError:
        raise UnreadableInput(f"fetch failed: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as error:
        raise UnreadableInput(f"fetch failed: {error}") from None


def _read_url(url: str, max_bytes: int, timeout: float) -> ArticleOrFailure:
    try:
        page = _fetch(url, max_bytes, timeout)
        given = GivenMetadata(url=page.url)
        if page.media_type == "text/plain":
            decoded = decode_bytes(page.data, declared_encoding=page.charset)
            return build_article(decoded.text, source=url, given=given, warnings=decoded.warnings)
        return _article_from_html_bytes(page.data, url, given, declared_encoding=page.charset)
    except UnreadableInput as problem:
        return InputFailure(source=url, reason=str(problem))
    except Exception as error:  # noqa: BLE001 - a library failure on one page must not stop the batch
        return InputFailure(source=url, reason=_unexpected(error))


# the entry point


def read_inputs(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> Iterator[Article | InputFailure]:
    """Every article in `inputs` (paths, directories, JSONL files, http(s) URLs), in order, as it is read.

    Yields one Article per text/HTML file, URL and JSONL line, or an InputFailure naming the input and the
    problem; the batch always goes on. `max_bytes` limits one file, page or JSONL line.
    """
    for given_input in inputs:
        source = os.fspath(given_input)
        if is_url(source):
            yield _read_url(source, max_bytes, timeout)
        else:
            yield from _read_path(source, max_bytes)
