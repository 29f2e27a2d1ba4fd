"""A `warta ingest` killed with SIGKILL mid-batch, then run again: every article stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from warta.store import Store
from warta.store.schema import event_mentions, events, mentions

ARTICLES = 150
STUB = Path(__file__).with_name("stubbed_cli.py")


def _batch(tmp_path: Path) -> Path:
    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as out:
        for number in range(ARTICLES):
            out.write(json.dumps({
                "text": f"Artikel nomor {number}: tentara menembaki desa di wilayah perbatasan {number * 7919}.",
                "outlet": ["VIVA", "Republika", "Kompas"][number % 3],
                "published": f"2020-10-{1 + number % 28:02d}",
            }) + "\n")
    return batch


def _ingest(batch: Path, db: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    return subprocess.Popen([sys.executable, str(STUB), "ingest", str(batch), "--db", db, "--quiet"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _stored_articles(store: Store) -> int:
    return store.counts()["articles"]


def test_killed_ingest_loses_at_most_the_article_in_flight_and_a_rerun_completes(db_url, tmp_path):
    batch = _batch(tmp_path)
    with Store(db_url) as store:  # migrate first, so the poll below can read
        process = _ingest(batch, db_url)
        deadline = time.monotonic() + 120
        while _stored_articles(store) < 20:
            assert process.poll() is None, process.stdout.read().decode()
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        killed_at = _stored_articles(store)
        assert 20 <= killed_at < ARTICLES, "the kill must land mid-batch"
        assert store.integrity_check() == "ok"

        rerun = _ingest(batch, db_url)
        output = rerun.communicate(timeout=300)[0].decode()
        assert rerun.returncode == 0, output
        assert f"{ARTICLES - killed_at} article(s) stored, {killed_at} already stored" in output

        assert store.integrity_check() == "ok"
        counts = store.counts()
        assert counts["articles"] == ARTICLES
        assert counts["mentions"] == 3 * ARTICLES == counts["event_mentions"]
        assert counts["failed_inputs"] == 0
        expected_sources = {f"{batch}#{n}" for n in range(1, ARTICLES + 1)}
        assert {a.article.source for a in store.articles()} == expected_sources
        with store.engine.connect() as conn:
            # every mention in exactly one event, and no event without members
            assert conn.execute(select(func.count(func.distinct(event_mentions.c.mention_id)))).scalar() == \
                conn.execute(select(func.count()).select_from(mentions)).scalar()
            empty = select(events.c.event_id).where(~events.c.event_id.in_(select(event_mentions.c.event_id)))
            assert conn.execute(empty).first() is None
