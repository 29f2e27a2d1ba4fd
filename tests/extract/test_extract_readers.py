"""Readers that no library provides: Indonesian number words, quantifiers, dates against publication."""

from datetime import date

import pytest

from warta.extract.dates import DateReader
from warta.extract.lexicon import get_lexicon
from warta.extract.numbers import NumberReader, read_quantities
from warta.extract.segment import split_sentences

LEXICON = get_lexicon("id")
NUMBERS = NumberReader(LEXICON.pack)
DATES = DateReader(LEXICON.pack, NUMBERS)


def quantities(text):
    doc = LEXICON.nlp(text)
    return [(q.min, q.max) for q in read_quantities(doc, 0, len(doc), LEXICON.match(doc), NUMBERS)]


@pytest.mark.parametrize("text, expected", [
    ("hingga 250 tank", [(None, 250)]),
    ("lebih dari 2.000 tentara", [(2000, None)]),
    ("setidaknya tujuh orang", [(7, None)]),
    ("tujuh orang", [(7, 7)]),
    ("ribuan warga", [(1000, None)]),
    ("ratusan tentara", [(100, None)]),
    ("dua puluh tiga korban", [(23, 23)]),
    ("seratus lima puluh rumah", [(150, 150)]),
    ("1,5 juta pengungsi", [(1500000, 1500000)]),
    ("sejumlah prajurit", [(None, None)]),
    ("mendekati 130 orang", [(None, 130)]),
])
def test_counts_and_their_bounds(text, expected):
    assert quantities(text) == expected


def test_a_part_of_a_count_is_read_as_that_part():
    # "17 dari 20 drone": what the clause is about is the 17; the noun after the 20 is theirs
    assert quantities("menembak jatuh 17 dari 20 drone") == [(17, 17)]


def test_an_age_after_a_name_is_not_a_count():
    assert quantities("tukang ojek Lukas (35) tewas ditembak") == []
    assert quantities("korban berinisial AS (34) dan RM (28)") == []
    assert quantities("menewaskan (3) orang") == [(3, 3)]


def test_positions_and_unit_numbers_are_not_counts():
    assert quantities("rudal menghantam lantai dua gedung sekolah") == []
    assert quantities("Komandan Korem 173 dan Batalyon 753") == []


def test_model_names_dates_and_years_are_not_counts():
    assert quantities("sistem rudal S-300 dan jet F-16 pada 27 September 2020") == []


def resolve(text, published=date(2020, 10, 1)):
    return [DATES.resolve(e, published) for e in DATES.find(text)]


def test_weekday_is_the_latest_such_day_on_or_before_publication():
    (value,) = resolve("pada hari Kamis")  # 2020-10-01 is a Thursday
    assert value.start == date(2020, 10, 1)
    (value,) = resolve("pada Rabu pagi")
    assert value.start == date(2020, 9, 30)


def test_a_weekday_of_last_week_is_in_the_week_before_publication():
    (value,) = resolve("pada Kamis pekan lalu")  # published Thursday 2020-10-01
    assert value.start == date(2020, 9, 24)
    (value,) = resolve("Senin minggu lalu", published=date(2024, 6, 21))  # a Friday
    assert value.start == date(2024, 6, 10)


def test_a_day_told_right_before_a_speech_verb_is_when_it_was_said():
    (said,) = DATES.find("Kementerian Pertahanan pada Jumat mengklaim pasukannya menghantam gudang")
    assert said.statement
    # after "menurut ...," a new clause tells the event and its own day
    (happened,) = DATES.find("Menurut kementerian itu, serangan pada Kamis juga menghancurkan gudang")
    assert not happened.statement
    (said,) = DATES.find("kata juru bicara itu pada Kamis")
    assert said.statement
    # the wire services set the day apart by commas: "Kepala Operasi ... di Timika, Senin, mengatakan ..."
    (said,) = DATES.find("Kepala Operasi Damai Cartenz di Timika, Senin, mengatakan korban dibawa paksa")
    assert said.statement
    (happened,) = DATES.find("Serangan terjadi di Ilaga, Senin, dan menewaskan dua warga")
    assert not happened.statement


def test_days_counted_from_the_event_told_before_wait_for_that_event():
    (before,) = DATES.find("Sehari sebelumnya, kelompok itu membakar sekolah")
    assert before.kind == "anchored" and DATES.resolve(before, date(2020, 10, 1)).start is None
    assert DATES.resolve_from(before, date(2020, 9, 30)).start == date(2020, 9, 29)
    (after,) = DATES.find("dua hari kemudian pasukan tiba")
    assert DATES.resolve_from(after, date(2020, 9, 30)).start == date(2020, 10, 2)
    (same,) = DATES.find("Pada hari yang sama, sebuah drone jatuh")
    assert DATES.resolve_from(same, date(2020, 9, 30)).start == date(2020, 9, 30)


def test_a_weekend_is_the_last_one_and_one_to_come_is_no_date():
    monday, saturday = date(2025, 4, 14), date(2025, 4, 19)
    (bare,) = DATES.find("polisi menangkap 30 orang selama akhir pekan")
    assert (DATES.resolve(bare, monday).start, DATES.resolve(bare, monday).end) == (date(2025, 4, 12),
                                                                                   date(2025, 4, 13))
    assert DATES.resolve(bare, saturday).start == date(2025, 4, 19)
    (last,) = DATES.find("pada akhir pekan lalu")
    assert DATES.resolve(last, saturday).start == date(2025, 4, 12)
    assert DATES.find("konferensi itu akan digelar akhir pekan ini") == []
    assert DATES.resolve(bare, None).precision == "unknown"


def test_relative_days_and_nights():
    (three_days,) = resolve("sejak tiga hari lalu")
    assert three_days.start == date(2020, 9, 28)
    (night,) = resolve("pada tengah malam")
    assert (night.start, night.end, night.precision) == (date(2020, 9, 30), date(2020, 10, 1), "range")


def test_day_month_year_numeric_and_ranges():
    (numeric,) = resolve("dilansir The New Arab, Kamis (1/10/2020)")
    assert numeric.start == date(2020, 10, 1)
    (either,) = resolve("pada malam 7 Oktober 2020 atau pagi 8 Oktober 2020")
    assert (either.start, either.end, either.precision) == (date(2020, 10, 7), date(2020, 10, 8), "range")
    (decade,) = resolve("sejak tahun 1990an")
    assert (decade.start, decade.end) == (date(1990, 1, 1), date(1999, 12, 31))
    (middle,) = resolve("sejak pertengahan September lalu")
    assert (middle.start, middle.end, middle.precision) == (date(2020, 9, 11), date(2020, 9, 20), "range")


def test_parts_of_a_month_and_of_a_year_are_their_days_and_months():
    (late,) = resolve("pada akhir Juni lalu")
    assert (late.start, late.end, late.precision) == (date(2020, 6, 21), date(2020, 6, 30), "range")
    (early,) = resolve("pada awal Mei")
    assert (early.start, early.end) == (date(2020, 5, 1), date(2020, 5, 10))
    (late_year,) = resolve("pada akhir 2018")
    assert (late_year.start, late_year.end, late_year.precision) == (date(2018, 10, 1), date(2018, 12, 31), "range")
    (month,) = resolve("pada Juni")
    assert (month.start, month.end, month.precision) == (date(2020, 6, 1), date(2020, 6, 30), "month")


def test_a_month_of_that_year_and_hours_later_count_from_the_event_before():
    (that_year,) = DATES.find("mereka merebut kembali kota itu pada Agustus tahun itu")
    value = DATES.resolve_from(that_year, date(2021, 7, 9))
    assert (value.start, value.end, value.precision) == (date(2021, 8, 1), date(2021, 8, 31), "month")
    (hours,) = DATES.find("Beberapa jam kemudian, roket menghantam sebuah pom bensin")
    assert DATES.resolve_from(hours, date(2020, 9, 24)).start == date(2020, 9, 24)


def test_without_publication_relative_dates_stay_unknown():
    (value,) = resolve("pada Rabu", published=None)
    assert value.start is None and value.precision == "unknown"
    (absolute,) = resolve("pada 27 September 2020", published=None)
    assert absolute.start == date(2020, 9, 27)


def test_sunday_and_week_are_told_apart():
    assert [v.start for v in resolve("serangan minggu pagi itu")] == [date(2020, 9, 27)]
    assert resolve("perang yang berlangsung dua minggu") == []


def test_sentences_keep_offsets_and_abbreviations():
    text = "Serangan terjadi di Jl. Merdeka. Warga panik.\nParagraf baru di sini."
    spans = split_sentences(text, LEXICON.pack)
    assert [text[s.start:s.end] for s in spans] == ["Serangan terjadi di Jl. Merdeka.", "Warga panik.",
                                                     "Paragraf baru di sini."]
    assert [s.paragraph for s in spans] == [0, 0, 1]


def test_a_district_the_text_names_is_not_a_foreign_town_of_that_name(extract):
    text = ("JAYAPURA - Situasi keamanan di Kenyam, ibu kota Kabupaten Nduga, kembali memanas. Kelompok bersenjata "
            "pimpinan Egianus Kogoya menyandera seorang pilot asal Selandia Baru di Distrik Paro pada Selasa "
            "(7/2/2023).")
    mention = extract(text)[0]
    assert mention.location.country == "IDN"  # not Paro in Bhutan
    assert mention.actor1.name == "Unidentified Armed Group (Indonesia)"


def test_a_village_placed_in_a_named_region_is_where_it_happened(extract):
    text = ("BAMAKO - Pada Jumat (23/5/2025), militan JNIM menyerang pos militer di Dioura, wilayah Mopti, dan "
            "menewaskan sedikitnya 41 tentara.")
    mention = extract(text)[0]
    assert mention.location.name == "Dioura"
    assert mention.location.country == "MLI"
    assert mention.location.lat is not None  # placed at the region it is said to lie in


def test_an_unlisted_district_with_a_compass_word_is_named_the_english_way(extract):
    text = ("ISLAMABAD - Militan TTP menyerbu pos pemeriksaan militer di distrik Waziristan Utara, Pakistan, pada "
            "Sabtu (21/12/2024) dan menewaskan 16 tentara.")
    mention = extract(text)[0]
    assert mention.location.name == "North Waziristan"
    assert mention.location.country == "PAK"


def test_an_unlisted_village_in_an_unlisted_district_is_coded_at_the_district(extract):
    text = ("TIMIKA - Tim gabungan TNI-Polri terlibat kontak tembak dengan kelompok kriminal bersenjata di Kampung "
            "Tuniki, Distrik Sinak, Kabupaten Puncak, pada Minggu (8/6/2025).")
    mention = extract(text)[0]
    assert mention.location.name == "Sinak"
    assert "Tuniki" in mention.location.text  # the village the text names is kept as what it says
    assert mention.location.country == "IDN"
