"""Named entities (PER, ORG, LOC) in Indonesian text, from the spaCy model shipped in warta/models/ner_id.

The model finds the names warta's lexicons do not hold: a new spokesperson, a militia, a village. It is a
small CNN trained by `scripts/train_ner.py` (scores in docs/ner.md); nothing is downloaded at run time.
Entities carry character offsets into the text they were found in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner_id"
ENTITY_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class Entity:
    """One recognised name: `text == source[start:end]`; label is PER, ORG or LOC."""

    start: int
    end: int
    label: str
    text: str


class NerModelMissing(RuntimeError):
    """The model directory is absent or unreadable (a broken install or an untrained checkout)."""


@lru_cache(maxsize=4)
def load_ner(model_dir: str | Path | None = None) -> Language:
    """Load the entity recogniser once per directory (default: the model shipped in the package)."""
    path = Path(model_dir) if model_dir is not None else MODEL_DIR
    if not (path / "config.cfg").is_file():
        raise NerModelMissing(
            f"{path}: no trained NER model here (config.cfg missing); "
            "reinstall warta or run scripts/train_ner.py --output " + str(path)
        )
    try:
        nlp = spacy.load(path)
    except Exception as error:  # spaCy raises many kinds; the caller needs one with the path in it
        raise NerModelMissing(f"{path}: cannot load the NER model: {error}") from error
    if "ner" not in nlp.pipe_names:
        raise NerModelMissing(f"{path}: the pipeline has no 'ner' component (it has {nlp.pipe_names})")
    # Only the entity recogniser is needed; anything else a retrain might add would only cost time.
    for name in nlp.pipe_names:
        if name != "ner":
            nlp.disable_pipe(name)
    return nlp


def entities_from_doc(doc: Doc, offset: int = 0) -> list[Entity]:
    """The entities of a processed Doc, with `offset` added to every character position."""
    return [Entity(ent.start_char + offset, ent.end_char + offset, ent.label_, ent.text) for ent in doc.ents]


def predict_entities(text: str) -> list[Entity]:
    """Entities in one text (a sentence or a whole article), in order of appearance."""
    if not text.strip():
        return []
    return entities_from_doc(load_ner()(text))


def predict_entities_batch(texts: Iterable[str], batch_size: int = 64) -> list[list[Entity]]:
    """Entities for many texts at once (one list per text, same order), batched through `nlp.pipe`."""
    nlp = load_ner()
    return [entities_from_doc(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]


def predict_entities_in_spans(
    text: str, spans: Sequence[tuple[int, int]], batch_size: int = 64
) -> list[list[Entity]]:
    """Entities in chosen stretches of `text` (e.g. candidate sentences), with offsets into the whole text.

    Running the model only where an event trigger was seen keeps extraction fast; the offsets stay valid
    for evidence and for matching against the lexicon hits of the same article.
    """
    pieces = (text[start:end] for start, end in spans)
    nlp = load_ner()
    return [
        entities_from_doc(doc, offset=start)
        for doc, (start, _end) in zip(nlp.pipe(pieces, batch_size=batch_size), spans, strict=True)
    ]
