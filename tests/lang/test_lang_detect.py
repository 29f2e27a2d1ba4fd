"""Language identification: ISO 639-1 codes from lingua over a small candidate set, fast."""

from __future__ import annotations

import time

import pytest

from warta.lang.detect import CANDIDATE_LANGUAGES, detect_language

INDONESIAN = (
    "Kementerian Pertahanan menyatakan pasukannya berhasil merebut kembali dua desa di dekat perbatasan "
    "setelah pertempuran sengit sepanjang malam. Juru bicara militer mengatakan sedikitnya lima prajurit "
    "terluka dan sebuah kendaraan lapis baja rusak akibat tembakan artileri."
)
ENGLISH = (
    "The defence ministry said its troops had retaken two villages near the border after heavy fighting "
    "through the night. A military spokesman said at least five soldiers were wounded."
)
MALAY = (
    "Kerajaan Malaysia berkata pasukan keselamatan akan ditempatkan di sempadan negeri Sabah minggu ini "
    "bagi memastikan keselamatan rakyat terjamin, kata menteri dalam negeri kepada pemberita semalam."
)


@pytest.mark.parametrize(("text", "code"), [(INDONESIAN, "id"), (ENGLISH, "en"), (MALAY, "ms")])
def test_detects_iso_639_1_code(text, code):
    assert detect_language(text) == code


def test_malay_stays_malay_even_when_indonesian_is_preferred():
    assert detect_language(MALAY, prefer={"id"}) == "ms"


def test_near_tie_goes_to_a_preferred_language():
    one_liner = "Pasukan Azerbaijan menyerang kota itu pada Rabu."
    assert detect_language(one_liner) == "ms"  # lingua's own call on this short text
    assert detect_language(one_liner, prefer={"id"}) == "id"


@pytest.mark.parametrize("text", ["", "   ", "12/10/2020 10:15 — 2.000", "!!! ???"])
def test_no_letters_no_language(text):
    assert detect_language(text) is None


def test_candidate_set_is_small_and_has_indonesian_malay_english():
    codes = {language.iso_code_639_1.name.lower() for language in CANDIDATE_LANGUAGES}
    assert {"id", "ms", "en"} <= codes and len(codes) <= 15


def test_detection_takes_about_a_millisecond_on_a_long_article():
    article = (INDONESIAN + "\n") * 40
    detect_language(article)  # the models load once
    started = time.perf_counter()
    for _ in range(20):
        detect_language(article, prefer={"id"})
    # Only the opening of a long article is read: about 1 ms; the bound leaves room for a busy CI machine.
    assert (time.perf_counter() - started) / 20 < 0.02


@pytest.mark.parametrize(
    "sentence",
    [
        "Polis menahan tiga lelaki selepas kejadian tembakan di bandar itu semalam.",
        "Perdana Menteri berkata kerajaan akan terus memantau keadaan di sempadan.",
        "Seorang askar cedera dalam pertempuran di wilayah selatan pada hari Isnin.",
    ],
)
def test_short_malay_with_malay_words_stays_malay_even_when_indonesian_is_preferred(sentence):
    assert detect_language(sentence, prefer={"id"}) == "ms"


def test_indonesian_words_decide_a_text_lingua_scores_as_malay():
    # lingua alone: Malay 0.88. "sedikitnya" and "kendaraan" are Indonesian (identify.yaml of the id pack).
    assert detect_language(INDONESIAN) == "id"
