from warta.geo.fold import fold, latin_key


def test_fold_strips_diacritics_and_case():
    assert fold("Cəbrayıl") == "cabrayil"
    assert fold("CƏBRAYIL") == "cabrayil"
    assert fold("Şuşa") == "susa"
    assert fold("Khān Yūnis") == "khan yunis"
    assert fold("Łódź") == "lodz"


def test_fold_unifies_hyphens_spaces_and_apostrophes():
    assert fold("Nagorno-Karabakh") == fold("Nagorno Karabakh") == fold("  nagorno   karabakh ")
    assert fold("Be’eri") == fold("Be'eri") == "beeri"
    assert fold("Mar'yinka") == "maryinka"


def test_latin_key_rejects_other_scripts():
    assert latin_key("Барда") is None
    assert latin_key("برده") is None
    assert latin_key("Bərdə") == "barda"
    assert latin_key("123") is None
