"""The GeoNames updater, run on the small dumps shipped in tests/geo/data (file:// URLs, no network)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warta.geo import update as geo_update
from warta.geo.gazetteer import Gazetteer

DATA = Path(__file__).parent / "data"


@pytest.fixture()
def mirror(tmp_path: Path) -> str:
    folder = tmp_path / "mirror"
    shutil.copytree(DATA, folder)
    return folder.as_uri() + "/"


def test_update_builds_an_index_from_a_cities_dump(mirror: str, tmp_path: Path):
    target = tmp_path / "cache" / "updated.sqlite"
    report = geo_update.update("cities500", base_url=mirror, index_path=target, download_dir=tmp_path / "dl")
    assert report.path == target and report.places == 11
    assert list((tmp_path / "dl").iterdir()) == []  # downloads removed after the build
    gazetteer = Gazetteer(target, pack="id")
    barda = gazetteer.lookup("Barda")
    assert (barda.country, barda.admin1, barda.feature) == ("AZE", "Barda", "P.PPLA")
    assert gazetteer.lookup("Barda", country_hint="RUS").admin1 == "Perm Krai"  # admin1 names from the dump
    assert gazetteer.lookup("Cəbrayıl").name == "Jabrayil"
    assert gazetteer.country_place("AZE").lat == pytest.approx(40.38, abs=0.01)  # Baku, marked PPLC
    assert gazetteer.lookup("Stepanakert").name == "Stepanakert"  # additions apply over any index


def test_update_from_all_countries_keeps_towns_and_admin_areas(mirror: str, tmp_path: Path):
    target = tmp_path / "all.sqlite"
    report = geo_update.update(
        "allCountries", base_url=mirror, index_path=target, download_dir=tmp_path / "dl", min_population=500
    )
    assert report.places == 13  # 11 towns + 2 ADM1; the river and the hamlet of 120 are left out
    gazetteer = Gazetteer(target, pack=None)
    rayon = gazetteer.lookup("Barda Rayon")
    assert (rayon.precision, rayon.country) == ("region", "AZE")
    assert all(place.name != "Tartar River" for place in gazetteer.candidates("Tartar"))
    assert gazetteer.lookup("Kichik Kend") is None


def test_update_rejects_an_unknown_dataset(tmp_path: Path):
    with pytest.raises(ValueError, match="unknown GeoNames dataset"):
        geo_update.update("cities42", index_path=tmp_path / "x.sqlite")


def test_a_failed_download_leaves_the_index_untouched(tmp_path: Path):
    target = tmp_path / "idx.sqlite"
    empty_mirror = (tmp_path / "empty").as_uri() + "/"
    (tmp_path / "empty").mkdir()
    with pytest.raises(OSError):
        geo_update.update("cities500", base_url=empty_mirror, index_path=target, download_dir=tmp_path / "dl")
    assert not target.exists()
    assert list((tmp_path / "dl").iterdir()) == []


def test_command_line_update_and_remove(mirror: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "cli.sqlite"
    assert geo_update.main(["--dataset", "cities500", "--base-url", mirror, "--index", str(target)]) == 0
    assert "11 places" in capsys.readouterr().out
    assert target.exists()
    assert geo_update.main(["--remove", "--index", str(target)]) == 0
    assert not target.exists()
    assert geo_update.main(["--base-url", (tmp_path / "nowhere").as_uri(), "--index", str(target)]) == 1
    assert "warta.geo.update:" in capsys.readouterr().err
