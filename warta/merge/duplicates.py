"""Near-duplicate articles (a syndicated copy, one agency story on two sites), found with MinHash LSH.

Articles are compared by their sets of word 3-grams; a copy is linked to the earliest stored article it
resembles, so that it is counted once. Signatures are bytes, so the store can keep them and the index can
be rebuilt without re-reading any text.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3
# Stored signatures are only comparable with signatures of the same permutation scheme: pin it.
MINHASH_SCHEME = "affine32"
# Jaccard similarity of 3-gram sets above which two articles are copies of one story: boilerplate, a
# different lead line or a trimmed tail keep a syndicated copy well above it; two reports of one event
# written separately stay far below.
NEAR_DUPLICATE_JACCARD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


def minhash_of(text: str) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME)
    signature.update_batch(list(shingles(text)))
    return signature


def signature_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.astype("<u8").tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype="<u8").astype(np.uint64),
                   scheme=MINHASH_SCHEME)


class NearDuplicateIndex:
    """Stored articles' signatures in an LSH index; `find` names the original a new text copies, if any."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_JACCARD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._original: dict[str, str] = {}  # copy -> the article it copies

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: str, signature: MinHash, duplicate_of: str | None = None) -> None:
        if article_id in self._signatures:
            return
        self._lsh.insert(article_id, signature)
        self._signatures[article_id] = signature
        self._order[article_id] = len(self._order)
        if duplicate_of:
            self._original[article_id] = duplicate_of

    def original_of(self, article_id: str) -> str:
        """The first article of a chain of copies."""
        seen = set()
        while article_id in self._original and article_id not in seen:
            seen.add(article_id)
            article_id = self._original[article_id]
        return article_id

    def find(self, signature: MinHash) -> tuple[str, float] | None:
        """(original article id, estimated Jaccard similarity) of the closest stored copy, or None."""
        best: tuple[float, int, str] | None = None
        for candidate in self._lsh.query(signature):
            similarity = signature.jaccard(self._signatures[candidate])
            if similarity < self.threshold:
                continue
            key = (-similarity, self._order[candidate], candidate)
            if best is None or key < best:
                best = key
        if best is None:
            return None
        return self.original_of(best[2]), -best[0]
