"""Language packs: everything warta knows about a language, kept as data files in `warta/lang/<code>/`.

A pack is a folder of YAML (and TSV) files; `load_pack("id")` reads them all into one object. Algorithms in
ingest/extract/geo ask the pack for vocabulary and never name a language themselves.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PACKS_DIR = Path(__file__).parent


class LanguagePack:
    """The data files of one language, by file stem: `pack["triggers"]` is `triggers.yaml` parsed."""

    def __init__(self, code: str, files: dict[str, Any]):
        self.code = code
        self._files = files

    def __getitem__(self, name: str) -> Any:
        try:
            return self._files[name]
        except KeyError:
            raise KeyError(f"language pack {self.code!r} has no data file {name!r}") from None

    def get(self, name: str, default: Any = None) -> Any:
        return self._files.get(name, default)

    def __contains__(self, name: str) -> bool:
        return name in self._files

    @property
    def names(self) -> list[str]:
        return sorted(self._files)


def _read_data_file(path: Path) -> Any:
    if path.suffix in (".yaml", ".yml"):
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    if path.suffix == ".tsv":
        with path.open(encoding="utf-8", newline="") as handle:
            rows = (line for line in handle if line.strip() and not line.startswith("#"))
            return list(csv.DictReader(rows, delimiter="\t"))
    raise ValueError(f"{path}: unsupported language-pack file type")


def available_languages() -> list[str]:
    return sorted(p.name for p in PACKS_DIR.iterdir() if p.is_dir() and not p.name.startswith("_") and any(p.glob("*.yaml")))


@cache
def load_pack(code: str) -> LanguagePack:
    folder = PACKS_DIR / code
    if not folder.is_dir():
        raise LookupError(f"no language pack for {code!r} (have: {', '.join(available_languages()) or 'none'})")
    files = {
        path.stem: _read_data_file(path)
        for path in sorted(folder.iterdir())
        if path.suffix in (".yaml", ".yml", ".tsv")
    }
    return LanguagePack(code, files)
