"""The ingest stage: inputs (text, HTML, JSONL, directories, URLs) in, cleaned Articles with their metadata out.

`read_inputs` is the one entry point; `build_article` makes an Article from text already in hand (the REST
API's posted text); `missing_pack_reason` says why an Article cannot go on to extraction.
"""

from warta.ingest.article import GivenMetadata, build_article, missing_pack_reason
from warta.ingest.sources import DEFAULT_MAX_BYTES, SUFFIX_KINDS, read_inputs

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIX_KINDS",
    "GivenMetadata",
    "build_article",
    "missing_pack_reason",
    "read_inputs",
]
