"""Mention records made up for tests and benchmarks: one at a time (`make_mention`) or a realistic stream
(`synthetic_mentions`: events spread over years and a few dozen places, each reported by a few outlets
with the usual noise: a day off, a coarser place, flipped actors, different counts).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Any

from warta.records import Mention

_PLACES = [  # (name, country, lat, lon): a spread of real towns in a few conflict countries
    ("Stepanakert", "AZE", 39.82, 46.75), ("Ganja", "AZE", 40.68, 46.36), ("Tartar", "AZE", 40.34, 46.93),
    ("Barda", "AZE", 40.37, 47.13), ("Fuzuli", "AZE", 39.60, 47.15), ("Goris", "ARM", 39.51, 46.34),
    ("Yerevan", "ARM", 40.18, 44.51), ("Kharkiv", "UKR", 49.99, 36.23), ("Bakhmut", "UKR", 48.60, 38.00),
    ("Kherson", "UKR", 46.64, 32.61), ("Donetsk", "UKR", 48.02, 37.80), ("Zaporizhzhia", "UKR", 47.84, 35.14),
    ("Mariupol", "UKR", 47.10, 37.54), ("Belgorod", "RUS", 50.60, 36.59), ("Idlib", "SYR", 35.93, 36.63),
    ("Aleppo", "SYR", 36.20, 37.13), ("Gaza", "PSE", 31.50, 34.47), ("Rafah", "PSE", 31.30, 34.25),
    ("Khartoum", "SDN", 15.50, 32.56), ("El Fasher", "SDN", 13.63, 25.35), ("Goma", "COD", -1.68, 29.22),
    ("Bunia", "COD", 1.57, 30.25), ("Mogadishu", "SOM", 2.05, 45.32), ("Kismayo", "SOM", -0.36, 42.55),
    ("Maiduguri", "NGA", 11.85, 13.16), ("Gao", "MLI", 16.27, -0.04), ("Sittwe", "MMR", 20.15, 92.90),
    ("Myitkyina", "MMR", 25.38, 97.40), ("Marawi", "PHL", 8.00, 124.29), ("Wamena", "IDN", -4.10, 138.95),
]
_TYPES = [
    ("battles", "armed_clash"), ("explosions_remote_violence", "shelling_artillery_missile_attack"),
    ("explosions_remote_violence", "air_drone_strike"), ("violence_against_civilians", "attack"),
    ("protests", "peaceful_protest"), ("strategic_developments", "arrests"),
]
_OUTLETS = ["VIVA", "Republika", "Kompas", "Detik", "Tempo", "Antara", "CNN Indonesia", "Penapembaharu"]
_CLAIMANTS = [(None, None), ("Ministry of Defence of {a}", "{a}"), ("residents", None), ("officials", None)]


def make_mention(article_id: str = "a" * 64, ordinal: int = 0, **fields: Any) -> Mention:
    """A valid mention with defaults for everything not given; nested parts may be given as dicts."""
    record: dict[str, Any] = {
        "article_id": article_id,
        "source": f"test/{article_id[:8]}.txt",
        "outlet": "VIVA",
        "published": "2020-10-01",
        "mention_id": f"{article_id}:{ordinal}",
        "event_type": "battles",
        "sub_event_type": "armed_clash",
        "date": {"start": "2020-09-27", "end": "2020-09-27", "precision": "day"},
        "location": {"name": "Nagorno-Karabakh", "country": "AZE", "lat": 39.82, "lon": 46.75,
                     "precision": "region"},
        "actor1": {"name": "Military Forces of Armenia", "country": "ARM", "kind": "state_forces"},
        "actor2": {"name": "Military Forces of Azerbaijan", "country": "AZE", "kind": "state_forces"},
        "evidence": [{"text": f"evidence sentence {ordinal} of {article_id[:8]}"}],
    }
    record.update(fields)
    return Mention.model_validate(record)


def _article_id(*parts: object) -> str:
    return hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()


def synthetic_mentions(count: int, seed: int = 7, years: float = 3.0) -> list[Mention]:
    """`count` mentions of about count/2.5 events over `years` years, each event told by 1-6 outlets."""
    return [mention for _, mention in synthetic_reports(count, seed, years)]


def synthetic_reports(count: int, seed: int = 7, years: float = 3.0) -> list[tuple[int, Mention]]:
    """(true event number, mention) pairs: the stream of `synthetic_mentions` with its answer key."""
    rng = random.Random(seed)
    first_day = dt.date(2020, 1, 1)
    days = int(365 * years)
    found: list[tuple[int, Mention]] = []
    event_number = 0
    while len(found) < count:
        event_number += 1
        name, country, lat, lon = rng.choice(_PLACES)
        lat, lon = lat + rng.uniform(-0.3, 0.3), lon + rng.uniform(-0.3, 0.3)  # villages around the town
        event_type, sub_type = rng.choice(_TYPES)
        day = first_day + dt.timedelta(days=rng.randrange(days))
        attacker, target = rng.sample(["ARM", "AZE", "UKR", "RUS", "SYR", "ISR", "SDN", "COD"], 2)
        killed = rng.choice([None, None, rng.randrange(1, 40)])
        for report in range(min(6, 1 + int(rng.expovariate(0.5)))):
            if len(found) >= count:
                break
            article = _article_id(seed, event_number, report)
            reported_day = day + dt.timedelta(days=rng.choice([0, 0, 0, 0, 1, -1]))
            coarse = rng.random() < 0.2
            flipped = rng.random() < 0.1
            a1, a2 = (target, attacker) if flipped else (attacker, target)
            claimant, party = rng.choice(_CLAIMANTS)
            found.append((event_number, make_mention(
                article, rng.randrange(4),
                outlet=rng.choice(_OUTLETS),
                published=(day + dt.timedelta(days=1)).isoformat(),
                event_type=event_type,
                sub_event_type=sub_type,
                date={"start": reported_day.isoformat(), "end": reported_day.isoformat(), "precision": "day"},
                location={"name": f"{name} region" if coarse else name, "country": country,
                          "lat": round(lat, 2), "lon": round(lon, 2),
                          "precision": "region" if coarse else "town"},
                actor1={"name": f"Military Forces of {a1}", "country": a1, "kind": "state_forces"},
                actor2={"name": f"Military Forces of {a2}", "country": a2, "kind": "state_forces"},
                fatalities={"killed": {"min": killed + rng.choice([0, 0, 2]) if killed else None,
                                       "max": None}},
                claim={"claimant": claimant.format(a=a1) if claimant else None,
                       "claimant_party": party.format(a=a1) if party else None,
                       "stance": "asserted" if claimant else "unattributed"},
            )))
    return found
