"""The store's queries for the REST API and the dashboard: paging, sorting, counting, map points, the
timeline, and which event each mention belongs to — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.merge import merge_mentions
from warta.merge.synthetic import make_mention
from warta.records import Article
from warta.store import EventFilter, Store


def _seed(store: Store) -> list[str]:
    """Three articles, four events (one of them disputed, one without coordinates); returns article ids."""
    ids = []
    for body in ("satu", "dua", "tiga"):
        article = Article(source=f"test/{body}.txt", text=body, outlet="VIVA", lang="id")
        with store.transaction() as conn:
            store.insert_article(conn, article)
        ids.append(article.article_id)
    first, second, third = ids
    place = {"name": "Tartar", "country": "AZE", "lat": 40.34, "lon": 46.93, "precision": "town"}
    mentions = [
        make_mention(first, 0, fatalities={"killed": {"min": 3, "max": 3}}, location=place),
        make_mention(second, 0, fatalities={"killed": {"min": 9, "max": 9}}, location=place, outlet="Republika"),
        make_mention(first, 1, event_type="explosions_remote_violence", sub_event_type="air_drone_strike",
                     date={"start": "2020-10-01", "end": "2020-10-01", "precision": "day"}),
        make_mention(second, 1, event_type="strategic_developments", sub_event_type="arrests",
                     date={"start": "2020-10-01", "end": "2020-10-01", "precision": "day"},
                     location={"name": "Baku", "country": "AZE", "precision": "town"}),
        make_mention(third, 0, event_type="battles", sub_event_type="armed_clash",
                     date={"start": "2020-10-05", "end": "2020-10-05", "precision": "day"},
                     fatalities={"killed": {"min": 20, "max": 20}}),
    ]
    with store.transaction() as conn:
        store.insert_mentions(conn, mentions)
        store.save_events(conn, merge_mentions(mentions), {})
    return ids


def test_events_page_through_a_sorted_list(store):
    _seed(store)
    everything = store.events()
    assert [e.date.start for e in everything] == sorted(e.date.start for e in everything)
    first_page = store.events(EventFilter(limit=2))
    second_page = store.events(EventFilter(limit=2, offset=2))
    assert first_page + second_page == everything
    assert store.events(EventFilter(offset=10)) == []


def test_events_sort_by_any_key_with_missing_values_last(store):
    _seed(store)
    by_killed = [e.killed for e in store.events(EventFilter(sort="killed"))]
    assert by_killed == [3, 20, None, None]  # the disputed clash headlines ACLED's lowest figure, 3
    assert [e.killed for e in store.events(EventFilter(sort="-killed"))] == [20, 3, None, None]
    assert store.events(EventFilter(sort="-reports"))[0].n_articles == 2
    with pytest.raises(ValueError, match="unknown sort"):
        store.events(EventFilter(sort="killed; DROP TABLE events"))


def test_event_count_and_disputed_filter(store):
    _seed(store)
    assert store.event_count() == 4
    assert store.event_count(EventFilter(since=dt.date(2020, 10, 1))) == 3
    assert store.event_count(EventFilter(limit=1, offset=3)) == 4  # paging does not change the count
    disputed = store.events(EventFilter(disputed=True))
    assert len(disputed) == 1 and disputed[0].disagreements[0].kind == "killed"


def test_event_points_are_placed_events_only(store):
    _seed(store)
    points = store.event_points()
    assert {p.location_name for p in points} == {"Tartar", "Nagorno-Karabakh"}
    assert all(p.lat is not None and p.lon is not None for p in points)
    tartar = next(p for p in points if p.location_name == "Tartar")
    assert (tartar.killed, tartar.n_articles, tartar.n_disagreements) == (3, 2, 1)
    assert [p.event_type for p in store.event_points(EventFilter(type="air_drone_strike"))] == [
        "explosions_remote_violence"]


def test_timeline_counts_events_per_day_and_type(store):
    _seed(store)
    assert store.event_timeline() == [
        (dt.date(2020, 9, 27), "battles", 1),
        (dt.date(2020, 10, 1), "explosions_remote_violence", 1),
        (dt.date(2020, 10, 1), "strategic_developments", 1),
        (dt.date(2020, 10, 5), "battles", 1),
    ]
    assert store.event_timeline(EventFilter(country="ARM")) == []


def test_articles_page_and_mention_counts(store):
    ids = _seed(store)
    assert store.article_count() == 3
    assert [a.article_id for a in store.articles(limit=2, offset=1)] == ids[1:]
    assert store.mention_counts(ids) == {ids[0]: 2, ids[1]: 2, ids[2]: 1}


def test_events_of_mentions(store):
    ids = _seed(store)
    found = store.events_of_mentions([f"{ids[0]}:0", f"{ids[1]}:0", "no-such-mention"])
    assert found[f"{ids[0]}:0"] == found[f"{ids[1]}:0"]
    assert "no-such-mention" not in found
