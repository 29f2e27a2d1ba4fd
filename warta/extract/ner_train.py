"""Train and evaluate warta's Indonesian entity recogniser (PER, ORG, LOC) on the public NER corpora.

The corpora in shared/data/ differ in label names, casing and licence, and several of them share sentences;
this module reads them into one label scheme, removes test sentences from training, trains a small spaCy
CNN pipeline (no vectors, no transformer: nothing can be downloaded) and scores it on every test split.
Training is run by `scripts/train_ner.py`; scoring by `bench/ner_eval.py`. Neither runs at import time.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example

ENTITY_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

# Every corpus label, mapped to warta's scheme; a label absent here (NERP's EVT and FNB, NER UGM's TIME and
# QUANTITY) becomes O: those spans are not people, organisations or places, so they are negatives, not gaps.
LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    # NERP's IND is "organisation/company" (media outlets, firms, clubs, a few product brands): closest to ORG.
    "IND": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
}


@dataclass(frozen=True)
class Sentence:
    """One tokenised corpus sentence with its BIO tags already mapped to warta's labels."""

    words: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class CorpusFile:
    """Where one split of one corpus lives and how to read it."""

    name: str
    path: str
    columns: str  # "tab": token<TAB>label ; "space": token POS label


# Relative to the data dir. Licences (see each folder's README): IndoNLU Apache-2.0, idner_news_2k MIT,
# IndoLEM none stated -- so IndoLEM's sets are only ever used for testing, never baked into the shipped model.
NERGRIT = "indonlu/nergrit_ner-grit"
NERP = "indonlu/nerp_ner-prosa"
IDNER = "idner_news_2k"
TRAIN_FILES: dict[str, CorpusFile] = {
    "nergrit": CorpusFile("NERGrit train", f"{NERGRIT}/train_preprocess.txt", "tab"),
    "idner": CorpusFile("idner_news_2k train", f"{IDNER}/train.txt", "space"),
    "nerp": CorpusFile("NERP train", f"{NERP}/train_preprocess.txt", "tab"),
}
# Model selection uses cased news/wiki only: that is the text warta reads.
DEV_FILES: tuple[CorpusFile, ...] = (
    CorpusFile("NERGrit valid", f"{NERGRIT}/valid_preprocess.txt", "tab"),
    CorpusFile("idner_news_2k dev", f"{IDNER}/dev.txt", "space"),
)
# test_preprocess.txt holds the gold labels released in 2022; the *_masked_label.txt files are placeholders.
TEST_FILES: tuple[CorpusFile, ...] = (
    CorpusFile("NERGrit test", f"{NERGRIT}/test_preprocess.txt", "tab"),
    CorpusFile("NERP test", f"{NERP}/test_preprocess.txt", "tab"),
    CorpusFile("idner_news_2k test", f"{IDNER}/test.txt", "space"),
)
# IndoLEM's 5-fold sets: the union of the five test folds is the whole corpus; none of it is trained on.
INDOLEM_TEST_FOLDS: dict[str, tuple[str, ...]] = {
    "NER UI (IndoLEM, 5 test folds)": tuple(f"indolem_ner/nerui/test.0{k}.tsv" for k in range(1, 6)),
    "NER UGM (IndoLEM, 5 test folds)": tuple(f"indolem_ner/nerugm/test.0{k}.tsv" for k in range(1, 6)),
}

DEFAULT_DATA_DIR = Path("../shared/data")
DEFAULT_SEED = 0


def read_conll(path: Path, columns: str) -> list[Sentence]:
    """Read a CoNLL-style BIO file into sentences with warta labels; unknown entity types become O."""
    sentences: list[Sentence] = []
    words: list[str] = []
    raw_tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    sentences.append(Sentence(tuple(words), tuple(_map_tags(raw_tags))))
                    words, raw_tags = [], []
                continue
            parts = line.split("\t") if columns == "tab" else line.split()
            if len(parts) < 2:
                raise ValueError(f"{path}:{line_number}: expected token and label, got {line!r}")
            words.append(parts[0])
            raw_tags.append(parts[-1])
    if words:
        sentences.append(Sentence(tuple(words), tuple(_map_tags(raw_tags))))
    return sentences


def _map_tags(raw_tags: Sequence[str]) -> list[str]:
    """Map corpus BIO tags to warta's labels, repairing an I- that does not continue its entity into a B-."""
    tags: list[str] = []
    previous = "O"
    for raw in raw_tags:
        prefix, _, label = raw.partition("-")
        mapped = LABEL_MAP.get(label) if prefix in ("B", "I") else None
        if mapped is None:
            tag = "O"
        elif prefix == "I" and previous[2:] == mapped:
            tag = f"I-{mapped}"
        else:
            tag = f"B-{mapped}"
        tags.append(tag)
        previous = tag
    return tags


def sentence_key(words: Iterable[str]) -> str:
    """A key that survives the corpora's differences in case, spacing and punctuation tokenisation."""
    return re.sub(r"[\W_]+", "", "".join(words).lower())


def read_files(data_dir: Path, files: Iterable[CorpusFile]) -> list[Sentence]:
    return [sentence for spec in files for sentence in read_conll(data_dir / spec.path, spec.columns)]


def test_sets(data_dir: Path) -> dict[str, list[Sentence]]:
    """Every test split, by display name (the IndoLEM folds joined into one set per corpus)."""
    sets = {spec.name: read_conll(data_dir / spec.path, spec.columns) for spec in TEST_FILES}
    for name, paths in INDOLEM_TEST_FOLDS.items():
        sets[name] = [s for path in paths for s in read_conll(data_dir / path, "tab")]
    return sets


@dataclass
class TrainingData:
    """The sentences a run trains and selects on, and what was dropped to keep the tests clean."""

    train: list[Sentence]
    dev: list[Sentence]
    sources: dict[str, int] = field(default_factory=dict)
    dropped_as_test_overlap: int = 0


def training_data(data_dir: Path, corpora: Sequence[str]) -> TrainingData:
    """Training sentences from `corpora` (keys of TRAIN_FILES), minus any sentence found in a test split.

    The Prosa, idner_news_2k and NER UGM texts come from one pool of news sentences: NERP train holds over
    200 idner_news_2k test sentences, for one. Removing them from training is what keeps the test honest.
    """
    # NER UGM overlaps idner_news_2k train by ~800 sentences; dropping those would gut the training set, so
    # NER UGM is instead scored only on its sentences that training never saw (see evaluate()).
    protected = {
        sentence_key(s.words)
        for name, sentences in test_sets(data_dir).items()
        if not name.startswith("NER UGM")
        for s in sentences
    }
    data = TrainingData(train=[], dev=[])
    for corpus in corpora:
        spec = TRAIN_FILES[corpus]
        sentences = read_conll(data_dir / spec.path, spec.columns)
        kept = [s for s in sentences if sentence_key(s.words) not in protected]
        data.dropped_as_test_overlap += len(sentences) - len(kept)
        data.sources[spec.name] = len(kept)
        data.train.extend(kept)
    data.dev = [s for s in read_files(data_dir, DEV_FILES) if sentence_key(s.words) not in protected]
    return data


def entity_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of a BIO tag sequence."""
    spans: list[tuple[int, int, str]] = []
    start = None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not tag.startswith("I-"):
            spans.append((start, i, tags[start][2:]))
            start = None
        if tag.startswith("B-"):
            start = i
    return spans


def swap_entities(sentences: Sequence[Sentence], copies: int, seed: int) -> list[Sentence]:
    """New sentences in which every name is replaced by a random training name of the same type.

    A lower-cased sentence (NERP) gets lower-cased names, so the copies keep each corpus's casing.
    """
    rng = random.Random(seed)
    # Cased sentences draw from names seen in cased text only; lower-cased ones from all names, lowered.
    cased_names: dict[str, list[tuple[str, ...]]] = {label: [] for label in ENTITY_LABELS}
    lower_names: dict[str, list[tuple[str, ...]]] = {label: [] for label in ENTITY_LABELS}
    for sentence in sentences:
        cased = _is_cased(sentence)
        for start, end, label in entity_spans(sentence.tags):
            name = sentence.words[start:end]
            lower_names[label].append(tuple(word.lower() for word in name))
            if cased:
                cased_names[label].append(name)
    swapped: list[Sentence] = []
    for _ in range(copies):
        for sentence in sentences:
            spans = entity_spans(sentence.tags)
            if not spans:
                continue
            names = cased_names if _is_cased(sentence) else lower_names
            words: list[str] = []
            tags: list[str] = []
            position = 0
            for start, end, label in spans:
                words.extend(sentence.words[position:start])
                tags.extend(sentence.tags[position:start])
                name = rng.choice(names[label])
                words.extend(name)
                tags.extend([f"B-{label}"] + [f"I-{label}"] * (len(name) - 1))
                position = end
            words.extend(sentence.words[position:])
            tags.extend(sentence.tags[position:])
            swapped.append(Sentence(tuple(words), tuple(tags)))
    return swapped


def _is_cased(sentence: Sentence) -> bool:
    return any(ch.isupper() for word in sentence.words for ch in word)


def to_doc(nlp: Language, sentence: Sentence) -> Doc:
    """A Doc over the corpus tokens with gold entities from the BIO tags."""
    doc = Doc(nlp.vocab, words=list(sentence.words))
    spans = [Span(doc, start, end, label=label) for start, end, label in entity_spans(sentence.tags)]
    doc.ents = spans
    return doc


def model_config(width: int = 64, depth: int = 4, rows: int = 2000, hidden_width: int = 64) -> str:
    """A spaCy config: one `ner` component with its own CNN tok2vec (a single component is the fastest)."""
    norm_rows, affix_rows = rows, max(rows // 2, 500)
    return f"""
[paths]
train = null
dev = null

[system]
seed = {DEFAULT_SEED}
gpu_allocator = null

[nlp]
lang = "id"
pipeline = ["ner"]
batch_size = 256

[components]

[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100
incorrect_spans_key = null
scorer = {{"@scorers":"spacy.ner_scorer.v1"}}

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden_width}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.ner.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
# NORM is the lower-cased word; SHAPE keeps the capitalisation cue that cased news gives for free.
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [{norm_rows}, {affix_rows}, {affix_rows}, {affix_rows}]
include_static_vectors = false

[components.ner.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
gold_preproc = false
max_length = 0
limit = 0
augmenter = null

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
gold_preproc = false
max_length = 0
limit = 0
augmenter = null

[training]
seed = ${{system.seed}}
gpu_allocator = null
dropout = 0.1
accumulate_gradient = 1
patience = 1600
max_epochs = 0
max_steps = 20000
eval_frequency = 200
frozen_components = []
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = false
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


@dataclass
class TrainSettings:
    """Everything that decides the trained model; recorded in the model's meta.json."""

    corpora: tuple[str, ...] = ("nergrit", "idner", "nerp")
    # width 64 / 2000 rows scored within a point of width 96 / 3000 rows on every test set, at half the size.
    width: int = 64
    depth: int = 4
    rows: int = 2000
    hidden_width: int = 64
    max_steps: int = 8000
    patience: int = 2000
    eval_frequency: int = 200
    seed: int = DEFAULT_SEED
    # Copies of each training sentence with its names swapped for other names of the same type (see
    # swap_entities): the model must then type a name by its context, which is all it has for a new name.
    swapped_copies: int = 1


def train_model(data_dir: Path, output_dir: Path, settings: TrainSettings) -> dict:
    """Train with `spacy train` on the prepared corpora; the best dev checkpoint is written to output_dir."""
    from spacy.cli.train import train as spacy_train

    started = time.monotonic()
    data = training_data(data_dir, settings.corpora)
    swapped = swap_entities(data.train, settings.swapped_copies, settings.seed)
    nlp = spacy.blank("id")
    with tempfile.TemporaryDirectory(prefix="warta-ner-") as work:
        work_dir = Path(work)
        for split, sentences in (("train", data.train + swapped), ("dev", data.dev)):
            DocBin(docs=(to_doc(nlp, s) for s in sentences)).to_disk(work_dir / f"{split}.spacy")
        config_path = work_dir / "config.cfg"
        config_path.write_text(
            model_config(settings.width, settings.depth, settings.rows, settings.hidden_width), encoding="utf-8"
        )
        overrides = {
            "paths.train": str(work_dir / "train.spacy"),
            "paths.dev": str(work_dir / "dev.spacy"),
            "system.seed": settings.seed,
            "training.max_steps": settings.max_steps,
            "training.patience": settings.patience,
            "training.eval_frequency": settings.eval_frequency,
        }
        spacy_train(config_path, work_dir / "out", overrides=overrides)
        best = work_dir / "out" / "model-best"
        if output_dir.exists():
            shutil.rmtree(output_dir)
        shutil.copytree(best, output_dir)
    wall_seconds = time.monotonic() - started
    _write_meta(output_dir, data, len(swapped), settings, wall_seconds)
    return {"wall_seconds": wall_seconds, "train_sentences": len(data.train), "sources": data.sources}


def _write_meta(
    output_dir: Path, data: TrainingData, swapped: int, settings: TrainSettings, wall_seconds: float
) -> None:
    meta_path = output_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "warta_ner_id",
            "version": "0.1.0",
            "description": "warta's Indonesian PER/ORG/LOC recogniser: spaCy CNN, no vectors (see docs/ner.md).",
            "license": "Apache-2.0 (trained on IndoNLU NERGrit/NERP, Apache-2.0, and idner_news_2k, MIT)",
            "sources": [{"name": name, "sentences": count} for name, count in data.sources.items()],
        }
    )
    meta["warta_training"] = {
        "settings": settings.__dict__ | {"corpora": list(settings.corpora)},
        "label_map": LABEL_MAP,
        "train_sentences": len(data.train),
        "swapped_sentences": swapped,
        "dev_sentences": len(data.dev),
        "dropped_as_test_overlap": data.dropped_as_test_overlap,
        "wall_seconds": round(wall_seconds, 1),
    }
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass
class Score:
    """Entity-level exact-match scores on one test set (CoNLL style, micro-averaged over PER/ORG/LOC)."""

    name: str
    sentences: int
    gold_entities: int
    precision: float
    recall: float
    f1: float
    per_type: dict[str, float]
    note: str = ""


def evaluate(nlp: Language, data_dir: Path, trained_on: Iterable[Sentence] = ()) -> list[Score]:
    """Score `nlp` on every test split, on the corpus tokens; sentences seen in training are left out."""
    seen = {sentence_key(s.words) for s in trained_on}
    scores: list[Score] = []
    for name, sentences in test_sets(data_dir).items():
        unseen = [s for s in sentences if sentence_key(s.words) not in seen]
        note = f"{len(sentences) - len(unseen)} sentences also in training left out" if len(unseen) < len(
            sentences
        ) else ""
        scores.append(score_sentences(nlp, name, unseen, note))
    return scores


def score_sentences(nlp: Language, name: str, sentences: Sequence[Sentence], note: str = "") -> Score:
    gold_docs = [to_doc(nlp, s) for s in sentences]
    predicted = nlp.pipe(Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    examples = [Example(pred, gold) for pred, gold in zip(predicted, gold_docs, strict=True)]
    result = nlp.get_pipe("ner").score(examples)
    per_type = {label: round(100 * value["f"], 1) for label, value in (result["ents_per_type"] or {}).items()}
    return Score(
        name=name,
        sentences=len(sentences),
        gold_entities=sum(len(doc.ents) for doc in gold_docs),
        precision=round(100 * result["ents_p"], 1),
        recall=round(100 * result["ents_r"], 1),
        f1=round(100 * result["ents_f"], 1),
        per_type=per_type,
        note=note,
    )
