"""Helpers for the dev_c gold spec (same approach as samples/heldout_b/gold_src/lib.py).

Every mention is built with M(); article() checks that the title, every evidence text and
every non-null *.text field is a byte-exact substring of the article file.
"""
import calendar
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent  # samples/dev_c
ARTS = ROOT / 'articles'


def txt(f):
    return (ARTS / f).read_text(encoding='utf-8')


def A(text, name, country, kind):
    return {"text": text, "name": name, "country": country, "kind": kind}


NOA = A(None, None, None, None)


def L(text, name, country, admin1, lat, lon, prec):
    return {"text": text, "name": name, "country": country, "admin1": admin1, "lat": lat, "lon": lon,
            "geonames_id": None, "precision": prec}


NOL = L(None, None, None, None, None, None, "unknown")


def D(start, end, prec, text):
    return {"start": start, "end": end, "precision": prec, "text": text}


def day(d, text=None):
    return D(d, d, "day", text)


def rng(a, b, text=None):
    return D(a, b, "range", text)


def month(y, m, text=None):
    last = calendar.monthrange(y, m)[1]
    return D(f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}", "month", text)


def year(y, text=None):
    return D(f"{y}-01-01", f"{y}-12-31", "year", text)


NOD = D(None, None, "unknown", None)


def MAT(cat, side, mn, mx, text):
    return {"category": cat, "side": side, "min": mn, "max": mx, "text": text}


def C(claimant, party, relays, stance, text):
    return {"claimant": claimant, "claimant_party": party, "relays": list(relays), "stance": stance, "text": text}


def UN(relays=(), text=None):
    return C(None, None, relays, "unattributed", text)


def M(et, st, date, loc, a1, a2, ev, claim, k=(None, None), w=(None, None), civ=None, ftext=None, mat=(),
      opt=False, note=""):
    return {"event_type": et, "sub_event_type": st, "date": date, "location": loc, "actor1": a1, "actor2": a2,
            "fatalities": {"killed": {"min": k[0], "max": k[1]}, "wounded": {"min": w[0], "max": w[1]},
                           "civilian": civ, "text": ftext},
            "materiel": list(mat), "claim": claim, "evidence": [{"text": e} for e in ev], "optional": opt,
            "note": note}


ER = "explosions_remote_violence"
BA = "battles"
VAC = "violence_against_civilians"
SD = "strategic_developments"
PR = "protests"
RI = "riots"

GOLD = []
PROBLEMS = []


def article(file, published, basis, outlet, title, mentions):
    t = txt(file)
    bad = []
    if title is not None and title not in t:
        bad.append(("title", title))
    for i, m in enumerate(mentions):
        for e in m["evidence"]:
            if e["text"] not in t:
                bad.append((i, "evidence", e["text"]))
        for key in ("date", "location", "actor1", "actor2", "fatalities", "claim"):
            v = m[key].get("text")
            if v is not None and v not in t:
                bad.append((i, key, v))
        for mt in m["materiel"]:
            if mt["text"] is not None and mt["text"] not in t:
                bad.append((i, "materiel", mt["text"]))
    for b in bad:
        msg = f"MISSING {file} {b}"
        print(msg)
        PROBLEMS.append(msg)
    GOLD.append({"file": file, "published": published, "published_basis": basis, "outlet": outlet,
                 "title": title, "mentions": mentions})


def write():
    with open(ROOT / 'gold.jsonl', 'w', encoding='utf-8') as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


def finish():
    """Check that every article has a gold line, then write gold.jsonl and print its counts (or exit with the
    problems found, writing nothing)."""
    GOLD.sort(key=lambda g: g["file"])
    names = sorted(p.name for p in ARTS.glob("*.txt"))
    if names != [g["file"] for g in GOLD]:
        missing = sorted(set(names) - {g["file"] for g in GOLD})
        PROBLEMS.append(f"article files and gold lines differ (no gold for {missing})")
        print(PROBLEMS[-1])
    if PROBLEMS:
        sys.exit(f"{len(PROBLEMS)} problems; gold.jsonl not written")
    write()
    n = sum(len(g["mentions"]) for g in GOLD)
    o = sum(m["optional"] for g in GOLD for m in g["mentions"])
    e = sum(not g["mentions"] for g in GOLD)
    print(len(GOLD), "articles,", n, "mentions,", o, "optional,", n - o, "scored,", e, "with no event")
