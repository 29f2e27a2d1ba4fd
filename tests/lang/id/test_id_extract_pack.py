"""The Indonesian pack's extraction data is well formed and agrees with the records it feeds."""

import re
import typing

from warta.extract.frames import CLASS_PRECEDENCE
from warta.extract.typing import CLOSE_WEAPONS, REMOTE_ORDER
from warta.lang import load_pack
from warta.records import MaterielCategory

PACK = load_pack("id")


def test_every_trigger_class_is_one_the_typing_rules_know():
    assert set(PACK["events"]["triggers"]) <= set(CLASS_PRECEDENCE)
    for voices in PACK["events"]["triggers"].values():
        assert set(voices) <= {"active", "passive", "noun", "state"}


def test_materiel_categories_are_the_specs():
    assert set(PACK["materiel"]["materiel"]) == set(typing.get_args(MaterielCategory))


def test_weapon_classes_are_known_to_the_typing_rules():
    known = {weapon for weapon, _ in REMOTE_ORDER} | CLOSE_WEAPONS | {"bomb", "air_defence", "shell", "crowd_control"}
    assert set(PACK["weapons"]["weapons"]) <= known


def test_countries_have_iso3_codes_and_unique_names():
    seen: dict[str, str] = {}
    for country in PACK["countries"]["countries"]:
        assert re.fullmatch(r"[A-Z]{3}", country["iso3"])
        for name in country["names"]:
            assert seen.setdefault(name.lower(), country["iso3"]) == country["iso3"], name


def test_named_groups_use_spec_kinds():
    kinds = {"state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
             "civilians", "external_force", "other"}
    for group in PACK["actors"]["named_groups"]:
        assert group["kind"] in kinds, group["name"]


def test_number_words_read_as_numbers():
    units = PACK["numbers"]["units"]
    assert units["tujuh"] == 7 and units["sebelas"] == 11 and units["seratus"] == 100
    assert PACK["numbers"]["lower_bound_words"]["ratusan"] == 100
    assert PACK["numbers"]["lower_bound_words"]["ribuan"] == 1000


def test_lists_have_no_repeated_entries():
    for file_name in ("events", "attribution", "discourse", "casualties"):
        data = PACK[file_name]
        for key, value in data.items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                lowered = [v.lower() for v in value]
                duplicates = {v for v in lowered if lowered.count(v) > 1}
                assert not duplicates, (file_name, key, duplicates)
