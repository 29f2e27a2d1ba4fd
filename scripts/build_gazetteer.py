"""Build the gazetteer index ahead of time (e.g. in a Docker image or a CI cache step).

    python scripts/build_gazetteer.py [--cities 500] [--output PATH]

Without --output the index goes where `warta.geo` looks for it ($WARTA_CACHE_DIR, $XDG_CACHE_HOME/warta or
~/.cache/warta), so the first extraction does not spend ~10 s building it. No network is used.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.geo.index import DEFAULT_CITIES, build_builtin_index, build_lock, builtin_index_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", type=int, default=DEFAULT_CITIES, choices=[500, 1000, 5000, 15000])
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    path = args.output or builtin_index_path(args.cities)
    with build_lock(path):
        report = build_builtin_index(path, args.cities)
    print(f"{report.path}: {report.places:,} places, {report.names:,} names, "
          f"{report.bytes / 1e6:.1f} MB, built in {report.seconds:.1f} s")


if __name__ == "__main__":
    main()
