"""`warta ingest` with the upstream stages stubbed, for the crash test: run as a script, it replaces
warta.ingest.read_inputs (JSON lines in, Articles out) and warta.pipeline.extract_mentions (three made-up
mentions per article, a little slowly) and then runs the real command line with the given arguments.
"""

from __future__ import annotations

import json
import sys
import time
import types

import warta.pipeline
from warta.merge.synthetic import make_mention
from warta.records import Article


def read_inputs(inputs):
    for path in inputs:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                record = json.loads(line)
                yield Article(source=f"{path}#{number}", text=record["text"], outlet=record["outlet"],
                              published=record["published"], lang="id")


def extract_mentions(article):
    time.sleep(0.01)  # slow enough that a kill lands mid-batch
    day = article.published
    return [
        make_mention(article.article_id, ordinal, outlet=article.outlet, source=article.source,
                     date={"start": day.isoformat(), "end": day.isoformat(), "precision": "day"},
                     location={"name": f"Desa {ordinal}", "country": "AZE", "lat": 40.0 + ordinal / 10,
                               "lon": 47.0, "precision": "town"})
        for ordinal in range(3)
    ]


if __name__ == "__main__":
    ingest_module = types.ModuleType("warta.ingest")
    ingest_module.read_inputs = read_inputs
    sys.modules["warta.ingest"] = ingest_module
    warta.pipeline.extract_mentions = extract_mentions
    from warta.cli import app

    app(sys.argv[1:])
