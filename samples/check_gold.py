#!/usr/bin/env python3
"""Check samples/gold.jsonl against the sample articles (standard library only).

Verifies, for every gold line: the article exists (a .txt file, an .html page whose
visible text is extracted, or a record of articles.jsonl by id); every field of the
mention format is present; event and sub-event types are valid; dates are ISO and
ordered; counts are consistent; and every evidence text and non-null `*.text` field
is an exact substring of the article text. Exit status 1 on any problem.

Usage: python3 samples/check_gold.py [samples_dir]
"""
import datetime
import html.parser
import json
import pathlib
import sys

TYPES = {
    "battles": {"armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"},
    "explosions_remote_violence": {"shelling_artillery_missile_attack", "air_drone_strike",
                                   "remote_explosive_landmine_ied", "suicide_bomb", "grenade", "chemical_weapon"},
    "violence_against_civilians": {"attack", "abduction_forced_disappearance", "sexual_violence"},
    "protests": {"peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"},
    "riots": {"violent_demonstration", "mob_violence"},
    "strategic_developments": {"agreement", "arrests", "change_to_group_activity", "disrupted_weapons_use",
                               "headquarters_or_base_established", "looting_property_destruction",
                               "non_violent_transfer_of_territory", "other"},
}
KINDS = {"state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
         "civilians", "external_force", "other", None}
MATERIEL = {"tank", "armoured_vehicle", "artillery", "mlrs", "mortar", "air_defence", "aircraft", "helicopter",
            "drone", "vehicle", "command_post", "ammunition_depot", "fortification", "building", "other"}
DATE_PREC = {"day", "range", "month", "year", "unknown"}
LOC_PREC = {"town", "district", "region", "country", "unknown"}
STANCES = {"asserted", "denied", "disputed", "unattributed"}
TOP = ["file", "published", "published_basis", "outlet", "title", "mentions"]
MENTION = ["event_type", "sub_event_type", "date", "location", "actor1", "actor2", "fatalities", "materiel",
           "claim", "evidence", "optional", "note"]


class _TextOfArticle(html.parser.HTMLParser):
    """Visible text inside <article>, one line per block element, entities decoded."""
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "figcaption", "div", "br", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth and tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag in ("script", "style"):
            self.skip -= 1
        if self.depth and tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def article_texts(root):
    texts = {}
    for p in sorted((root / "articles").glob("*.txt")):
        texts[p.name] = p.read_text(encoding="utf-8")
    for p in sorted((root / "articles_html").glob("*.htm*")):
        parser = _TextOfArticle()
        parser.feed(p.read_text(encoding="utf-8"))
        texts[p.name] = "".join(parser.parts)
    jl = root / "articles.jsonl"
    if jl.exists():
        for n, line in enumerate(jl.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                rec = json.loads(line)
                texts[rec.get("id") or f"articles.jsonl#{n}"] = rec["text"]
    return texts


def iso(s):
    return datetime.date.fromisoformat(s)


def check(root):
    texts = article_texts(root)
    problems = []
    seen = set()
    stats = {"articles": 0, "mentions": 0, "optional": 0, "empty": 0}
    for n, line in enumerate((root / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        gold = json.loads(line)
        where = f"gold.jsonl:{n}"
        for k in TOP:
            if k not in gold:
                problems.append(f"{where}: missing top-level field {k}")
        name = gold.get("file")
        if name in seen:
            problems.append(f"{where}: duplicate file {name}")
        seen.add(name)
        text = texts.get(name)
        if text is None:
            problems.append(f"{where}: no article for {name}")
            continue
        where = f"{name}"
        if gold.get("published"):
            iso(gold["published"])
        if gold.get("title") and name.endswith((".txt", ".html", ".htm")) and gold["title"] not in text:
            problems.append(f"{where}: title not in text")
        stats["articles"] += 1
        stats["empty"] += not gold["mentions"]

        def sub(label, s):
            if s is not None and s not in text:
                problems.append(f"{where}#{i}: {label} not a substring: {s!r}")

        for i, m in enumerate(gold["mentions"]):
            stats["mentions"] += 1
            stats["optional"] += bool(m.get("optional"))
            for k in MENTION:
                if k not in m:
                    problems.append(f"{where}#{i}: missing field {k}")
            if m["sub_event_type"] not in TYPES.get(m["event_type"], ()):
                problems.append(f"{where}#{i}: bad type {m['event_type']}/{m['sub_event_type']}")
            d = m["date"]
            if set(d) != {"start", "end", "precision", "text"} or d["precision"] not in DATE_PREC:
                problems.append(f"{where}#{i}: bad date {d}")
            if d["start"] is None:
                if d["end"] is not None or d["precision"] != "unknown":
                    problems.append(f"{where}#{i}: null start needs null end and precision unknown")
            else:
                s, e = iso(d["start"]), iso(d["end"])
                if e < s:
                    problems.append(f"{where}#{i}: date end before start")
                if d["precision"] == "day" and s != e:
                    problems.append(f"{where}#{i}: day precision with a range")
                if gold.get("published") and s > iso(gold["published"]):
                    problems.append(f"{where}#{i}: event starts after publication")
            sub("date.text", d["text"])
            loc = m["location"]
            if set(loc) != {"text", "name", "country", "admin1", "lat", "lon", "geonames_id", "precision"}:
                problems.append(f"{where}#{i}: bad location keys")
            if loc["precision"] not in LOC_PREC:
                problems.append(f"{where}#{i}: bad location precision")
            if (loc["lat"] is None) != (loc["lon"] is None):
                problems.append(f"{where}#{i}: lat/lon half null")
            if loc["lat"] is not None and not (-90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180):
                problems.append(f"{where}#{i}: lat/lon out of range")
            if loc["country"] is not None and (len(loc["country"]) != 3 or not loc["country"].isupper()):
                problems.append(f"{where}#{i}: country not ISO alpha-3")
            sub("location.text", loc["text"])
            for a in ("actor1", "actor2"):
                act = m[a]
                if set(act) != {"text", "name", "country", "kind"} or act["kind"] not in KINDS:
                    problems.append(f"{where}#{i}: bad {a} {act}")
                if act["text"] is not None and act["name"] is None:
                    problems.append(f"{where}#{i}: {a} has text but no name")
                sub(f"{a}.text", act["text"])
            f = m["fatalities"]
            for c in ("killed", "wounded"):
                lo, hi = f[c]["min"], f[c]["max"]
                if lo is not None and hi is not None and lo > hi:
                    problems.append(f"{where}#{i}: {c} min > max")
                if any(v is not None and (not isinstance(v, int) or v < 0) for v in (lo, hi)):
                    problems.append(f"{where}#{i}: {c} counts must be non-negative integers")
            if f["civilian"] not in (True, False, None):
                problems.append(f"{where}#{i}: civilian must be true/false/null")
            sub("fatalities.text", f["text"])
            for mt in m["materiel"]:
                if set(mt) != {"category", "side", "min", "max", "text"} or mt["category"] not in MATERIEL:
                    problems.append(f"{where}#{i}: bad materiel {mt}")
                if mt["min"] is not None and mt["max"] is not None and mt["min"] > mt["max"]:
                    problems.append(f"{where}#{i}: materiel min > max")
                sub("materiel.text", mt["text"])
            cl = m["claim"]
            if set(cl) != {"claimant", "claimant_party", "relays", "stance", "text"} or cl["stance"] not in STANCES:
                problems.append(f"{where}#{i}: bad claim {cl}")
            if cl["stance"] == "unattributed" and cl["claimant"] is not None:
                problems.append(f"{where}#{i}: unattributed claim with a claimant")
            if cl["stance"] != "unattributed" and cl["claimant"] is None:
                problems.append(f"{where}#{i}: {cl['stance']} claim without a claimant")
            if gold.get("outlet") in cl["relays"]:
                problems.append(f"{where}#{i}: the publishing outlet is listed as a relay")
            sub("claim.text", cl["text"])
            if not m["evidence"]:
                problems.append(f"{where}#{i}: no evidence")
            for ev in m["evidence"]:
                sub("evidence", ev["text"])
            if not isinstance(m["optional"], bool):
                problems.append(f"{where}#{i}: optional must be a boolean")
        # the matcher cannot tell an optional from a non-optional mention of the same type and evidence
        keyed = {}
        for i, m in enumerate(gold["mentions"]):
            key = (m["event_type"], tuple(e["text"] for e in m["evidence"]))
            keyed.setdefault(key, set()).add(m["optional"])
        for key, flags in keyed.items():
            if len(flags) > 1:
                problems.append(f"{where}: optional and non-optional {key[0]} mentions share evidence")
    for name in texts:
        if name not in seen:
            problems.append(f"{name}: article has no gold line")
    problems += check_merge_groups(root)
    return problems, stats


def check_merge_groups(root):
    """Every member of merge_groups.json must name an existing, non-optional gold mention."""
    path = root / "merge_groups.json"
    if not path.exists():
        return []
    golds = {}
    for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        golds[g["file"]] = g["mentions"]
    groups = json.loads(path.read_text(encoding="utf-8"))
    refs = [m for grp in groups["groups"] for m in grp["members"]]
    refs += [m for d in groups.get("distinct", []) + groups.get("related_cross_type", []) for m in d["pair"]]
    problems = []
    for name, index in refs:
        mentions = golds.get(name)
        if mentions is None or not 0 <= index < len(mentions):
            problems.append(f"merge_groups.json: no gold mention {name}#{index}")
        elif mentions[index]["optional"]:
            problems.append(f"merge_groups.json: {name}#{index} is optional")
    return problems


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
    problems, stats = check(root)
    for p in problems:
        print(p)
    print(f"{stats['articles']} articles, {stats['mentions']} mentions ({stats['optional']} optional), "
          f"{stats['empty']} with no event; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
