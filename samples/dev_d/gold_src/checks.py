"""Extra checks for the dev_d spec, on top of lib.article()'s substring checks.

- every mention has a note and at least one evidence text;
- dates are ordered and do not start after publication;
- no optional and non-optional mention of one event type share the same evidence;
- the publishing outlet is never a relay;
- articles are 350-700 words (the set's design) and no-event articles have no mentions.
"""
import datetime

NO_EVENT = ("17_", "18_", "19_", "20_")


def run(lib):
    for g in lib.GOLD:
        f = g["file"]
        words = len(lib.txt(f).split())
        if not 350 <= words <= 700:
            lib.PROBLEMS.append(f"{f}: {words} words, outside 350-700")
        if f.startswith(NO_EVENT) and g["mentions"]:
            lib.PROBLEMS.append(f"{f}: a no-event article has mentions")
        pub = datetime.date.fromisoformat(g["published"])
        seen = {}
        for i, m in enumerate(g["mentions"]):
            where = f"{f}#{i}"
            if not m["note"]:
                lib.PROBLEMS.append(f"{where}: no note")
            if not m["evidence"]:
                lib.PROBLEMS.append(f"{where}: no evidence")
            d = m["date"]
            if d["start"] is not None:
                s, e = datetime.date.fromisoformat(d["start"]), datetime.date.fromisoformat(d["end"])
                if e < s or s > pub:
                    lib.PROBLEMS.append(f"{where}: bad date {d}")
            if g["outlet"] in m["claim"]["relays"]:
                lib.PROBLEMS.append(f"{where}: outlet listed as relay")
            key = (m["event_type"], tuple(e["text"] for e in m["evidence"]))
            seen.setdefault(key, set()).add(m["optional"])
        for key, flags in seen.items():
            if len(flags) > 1:
                lib.PROBLEMS.append(f"{f}: optional and non-optional {key[0]} mentions share evidence")
    for p in lib.PROBLEMS:
        if not p.startswith("MISSING"):
            print(p)
