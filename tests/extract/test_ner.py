"""The shipped Indonesian entity recogniser loads and finds people, organisations and places.

Assertions are on behaviour (a name is found with the right type, somewhere over the right words), not on
exact spans, so a retrain may move a boundary without breaking the suite; a missing or broken model fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.extract.ner import (
    ENTITY_LABELS,
    MODEL_DIR,
    Entity,
    NerModelMissing,
    load_ner,
    predict_entities,
    predict_entities_batch,
    predict_entities_in_spans,
)

# Sentences written for this test, in the style of the seed articles (not taken from any training corpus).
PEOPLE = [
    ("Juru bicara militer Israel, Avichay Adraee, mengatakan serangan itu menyasar gudang senjata.", "Avichay"),
    ("Menteri Luar Negeri Armenia Zohrab Mnatsakanyan membantah laporan tersebut pada Selasa.", "Mnatsakanyan"),
    ("Presiden Joko Widodo meminta kedua negara menahan diri, kata juru bicaranya.", "Joko"),
]
ORGANISATIONS = [
    ("Kementerian Pertahanan Azerbaijan menyatakan pasukannya menghancurkan dua tank.", "Kementerian"),
    ("Menurut Palang Merah Internasional, ratusan warga sipil mengungsi dari kota itu.", "Palang"),
    ("Perserikatan Bangsa-Bangsa mendesak gencatan senjata segera di wilayah tersebut.", "Perserikatan"),
    ("Dewan Keamanan PBB menggelar rapat darurat membahas serangan itu.", "PBB"),
    ("Serangan itu dikecam oleh Organisasi Kerja Sama Islam dalam sebuah pernyataan.", "Organisasi"),
    ("Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova menyebut laporan itu palsu.", "Kementerian"),
]
PLACES = [
    ("Dua ledakan terdengar di Stepanakert pada tengah malam saat sirene dibunyikan.", "Stepanakert"),
    ("Tentara Armenia menembaki desa Tartar dan kota Barda pada pagi hari.", "Barda"),
    ("Ribuan warga mengungsi dari Jakarta ke Bandung setelah banjir besar.", "Bandung"),
]


def _found(sentence: str, word: str, label: str) -> bool:
    """True when an entity of `label` covers the first occurrence of `word`."""
    start = sentence.index(word)
    end = start + len(word)
    return any(e.label == label and e.start <= start and e.end >= end for e in predict_entities(sentence))


def test_shipped_model_is_in_the_package_and_loads():
    assert (MODEL_DIR / "config.cfg").is_file(), f"{MODEL_DIR} holds no model: run scripts/train_ner.py"
    nlp = load_ner()
    assert "ner" in nlp.pipe_names
    assert set(ENTITY_LABELS) <= set(nlp.get_pipe("ner").labels)
    assert load_ner() is nlp  # cached: loaded once per process


@pytest.mark.parametrize(
    ("examples", "label"), [(PEOPLE, "PER"), (ORGANISATIONS, "ORG"), (PLACES, "LOC")], ids=["PER", "ORG", "LOC"]
)
def test_finds_most_names_of_each_type(examples: list[tuple[str, str]], label: str):
    # At least half, so a borderline sentence flipping in a retrain does not fail the suite; a broken model
    # finds none. (ORG is the weakest type: sentence-initial organisations without context are often missed.)
    hits = [word for sentence, word in examples if _found(sentence, word, label)]
    assert 2 * len(hits) >= len(examples), f"{label}: found only {hits} of {[w for _, w in examples]}"


def test_entities_carry_offsets_into_the_text():
    text = PEOPLE[0][0]
    entities = predict_entities(text)
    assert entities, "no entity at all in a sentence with a person and a country"
    for entity in entities:
        assert isinstance(entity, Entity)
        assert entity.label in ENTITY_LABELS
        assert text[entity.start : entity.end] == entity.text


def test_batch_gives_the_same_entities_as_one_by_one():
    texts = [sentence for sentence, _ in PEOPLE + ORGANISATIONS + PLACES]
    assert predict_entities_batch(texts) == [predict_entities(text) for text in texts]


def test_spans_are_mapped_back_to_article_offsets():
    article = " ".join(sentence for sentence, _ in PLACES)
    spans = []
    position = 0
    for sentence, _ in PLACES:
        start = article.index(sentence, position)
        spans.append((start, start + len(sentence)))
        position = start + len(sentence)
    per_span = predict_entities_in_spans(article, spans)
    assert len(per_span) == len(spans)
    for (start, end), entities in zip(spans, per_span, strict=True):
        for entity in entities:
            assert start <= entity.start < entity.end <= end
            assert article[entity.start : entity.end] == entity.text


def test_blank_text_has_no_entities():
    assert predict_entities("") == []
    assert predict_entities("   \n") == []


def test_missing_model_names_the_directory(tmp_path: Path):
    with pytest.raises(NerModelMissing, match=str(tmp_path)):
        load_ner(tmp_path)
