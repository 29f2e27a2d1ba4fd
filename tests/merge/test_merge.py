"""The merge on its own: pairwise evidence, clustering, headline values and disagreements (no database)."""

from __future__ import annotations

import random
from pathlib import Path

from warta.merge import EventMerger, cluster_mentions, compare, features_of, merge_mentions, summarize_event
from warta.merge.duplicates import NearDuplicateIndex, minhash_of, signature_bytes, signature_from_bytes
from warta.merge.evaluate import evaluate_merge, load_gold_mentions, pairwise_score
from warta.merge.synthetic import make_mention, synthetic_reports

DATA = Path(__file__).parent / "data"
GOLD = DATA / "seeds_gold.jsonl"
GROUPS = Path(__file__).parent / "seed_groups.json"
A, B, C = "a" * 64, "b" * 64, "c" * 64
TOWN = {"name": "Tartar", "country": "AZE", "lat": 40.34, "lon": 46.93, "precision": "town"}
ARMENIA = {"name": "Military Forces of Armenia", "country": "ARM", "kind": "state_forces"}
AZERBAIJAN = {"name": "Military Forces of Azerbaijan", "country": "AZE", "kind": "state_forces"}


def _match(first, second):
    return compare(features_of(first), features_of(second))


def test_same_day_same_place_same_actors_match():
    assert _match(make_mention(A), make_mention(B)).score > 0.6


def test_a_battle_and_a_shelling_are_two_events():
    shelling = make_mention(B, event_type="explosions_remote_violence",
                            sub_event_type="shelling_artillery_missile_attack")
    assert _match(make_mention(A), shelling) is None


def test_a_different_sub_event_type_matches_only_when_all_else_is_clearly_equal():
    strike = {"event_type": "explosions_remote_violence", "location": TOWN}
    artillery = make_mention(A, sub_event_type="shelling_artillery_missile_attack", **strike)
    air = make_mention(B, sub_event_type="air_drone_strike", **strike)
    assert _match(artillery, air) is not None
    vague_air = make_mention(B, sub_event_type="air_drone_strike", event_type="explosions_remote_violence")
    assert _match(make_mention(A, sub_event_type="shelling_artillery_missile_attack",
                               event_type="explosions_remote_violence"), vague_air) is None


def test_dates_more_than_a_day_apart_never_match():
    later = make_mention(B, date={"start": "2020-09-29", "end": "2020-09-29", "precision": "day"})
    assert _match(make_mention(A), later) is None


def test_coarse_dates_match_only_identical_reports():
    year = {"start": "2020-01-01", "end": "2020-12-31", "precision": "year"}
    assert _match(make_mention(A), make_mention(B, date=year)) is None
    assert _match(make_mention(A, date=year), make_mention(B, date=year)) is not None
    month = {"start": "2020-09-01", "end": "2020-09-30", "precision": "month"}
    assert _match(make_mention(A, date=month), make_mention(B, date=year)) is None


def test_flipped_actors_still_match_and_are_flagged():
    flipped = make_mention(B, actor1=AZERBAIJAN, actor2=ARMENIA)
    match = _match(make_mention(A), flipped)
    assert match is not None and match.flipped


def test_civilians_and_soldiers_as_targets_are_two_events():
    civilians = make_mention(B, actor2={"name": "Civilians (Azerbaijan)", "country": "AZE", "kind": "civilians"})
    assert _match(make_mention(A), civilians) is None


def test_towns_far_apart_do_not_match():
    ganja = make_mention(B, location={"name": "Ganja", "country": "AZE", "lat": 40.68, "lon": 46.36,
                                      "precision": "town"})
    assert _match(make_mention(A, location=TOWN), ganja) is None


def test_one_articles_mentions_stay_apart_unless_exact_duplicates():
    assert _match(make_mention(A, 0), make_mention(A, 1, location=TOWN)) is None
    assert _match(make_mention(A, 0), make_mention(A, 1)) is not None


def test_region_precision_a_day_apart_is_too_weak_to_merge():
    next_day = make_mention(B, date={"start": "2020-09-28", "end": "2020-09-28", "precision": "day"})
    assert len(cluster_mentions([make_mention(A), next_day])) == 2
    town_next_day = make_mention(B, location=TOWN, date={"start": "2020-09-28", "precision": "day"})
    assert len(cluster_mentions([make_mention(A, location=TOWN), town_next_day])) == 1


def test_a_vague_report_cannot_chain_two_precise_events():
    day27 = make_mention(A, location=TOWN)
    day29 = make_mention(B, location=TOWN, date={"start": "2020-09-29", "end": "2020-09-29", "precision": "day"})
    span = make_mention(C, location=TOWN, date={"start": "2020-09-27", "end": "2020-09-29", "precision": "range"})
    assert _match(day27, span) is not None and _match(day29, span) is not None
    groups = cluster_mentions([span, day27, day29])
    assert not any({day27.mention_id, day29.mention_id} <= set(ids) for ids in groups.values())


def test_full_merge_does_not_depend_on_input_order():
    mentions = list(load_gold_mentions(GOLD).values())
    expected = sorted(sorted(ids) for ids in cluster_mentions(mentions).values())
    for seed in range(3):
        random.Random(seed).shuffle(mentions)
        assert sorted(sorted(ids) for ids in cluster_mentions(mentions).values()) == expected


def test_incremental_adds_join_existing_events():
    merger = EventMerger()
    first = merger.add(make_mention(A))
    second = merger.add(make_mention(B))
    assert first.created and not second.created and second.event_id == first.event_id


def test_seed_groups_are_merged_exactly():
    score = evaluate_merge(GOLD, GROUPS)
    assert (score.precision, score.recall) == (1.0, 1.0), (score.false_merges, score.missed_merges)


def test_pairwise_score_counts_pairs():
    groups = [[("f", 0), ("g", 0), ("h", 0)]]
    predicted = {("f", 0): "E1", ("g", 0): "E1", ("h", 0): "E2", ("i", 0): "E2"}
    score = pairwise_score(predicted, groups, [[("i", 0)]])
    assert (score.true_pairs, score.predicted_pairs, score.gold_pairs) == (1, 2, 3)
    assert score.precision == 0.5 and round(score.recall, 3) == 0.333


def test_synthetic_stream_merges_with_high_precision():
    reports = synthetic_reports(3000)
    truth = {m.mention_id: event for event, m in reports}
    groups = cluster_mentions([m for _, m in reports])
    wrong = sum(len({truth[i] for i in ids}) > 1 for ids in groups.values())
    assert wrong / len(groups) < 0.02


# ------------------------------------------------------------------ the event record
def test_headline_count_is_the_lowest_credible_and_all_figures_stay_visible():
    low = make_mention(A, outlet="VIVA", fatalities={"killed": {"min": 7}},
                       claim={"claimant": "Ministry of Defence of Azerbaijan", "claimant_party": "AZE",
                              "stance": "asserted"}, evidence=[{"text": "setidaknya tujuh orang tewas"}])
    high = make_mention(B, outlet="Republika", fatalities={"killed": {"min": 12, "max": 12}},
                        evidence=[{"text": "12 orang tewas"}])
    denied = make_mention(C, outlet="Kompas", fatalities={"killed": {"min": 2, "max": 2}},
                          claim={"claimant": "Ministry of Defence of Armenia", "claimant_party": "ARM",
                                 "stance": "denied"})
    event = merge_mentions([low, high, denied])[0]
    assert event.killed == 7 and event.choice("killed").mention_id == low.mention_id
    killed = next(d for d in event.disagreements if d.kind == "killed")
    accounts = {a.outlet: a for a in killed.accounts}
    assert accounts["VIVA"].value == ">=7" and accounts["VIVA"].claimant == "Ministry of Defence of Azerbaijan"
    assert accounts["VIVA"].evidence == "setidaknya tujuh orang tewas"
    assert accounts["Republika"].value == "12" and accounts["Kompas"].stance == "denied"
    assert any(d.kind == "denial" for d in event.disagreements)


def test_outlets_relaying_one_ministry_are_one_claimant():
    ministry = {"claimant": "Ministry of Defence of Azerbaijan", "claimant_party": "AZE", "stance": "asserted"}
    event = merge_mentions([make_mention(A, outlet="VIVA", claim=ministry),
                            make_mention(B, outlet="Republika", claim={**ministry, "relays": ["Anadolu Agency"]}),
                            make_mention(C, outlet="Kompas")])[0]
    assert (event.n_articles, event.n_outlets, event.n_claimants) == (3, 3, 2)
    assert event.claimants == ["Ministry of Defence of Azerbaijan", "Kompas"]


def test_near_duplicate_copies_count_as_one_article():
    event = summarize_event("E1", [make_mention(A), make_mention(B, outlet="Kompas")], {B: A})
    assert event.n_articles == 1 and event.n_outlets == 2 and event.n_claimants == 2


def test_headline_values_say_which_mention_and_rule_chose_them():
    vague = make_mention(A, date={"start": "2020-09-27", "end": "2020-09-28", "precision": "range"})
    precise = make_mention(B, location=TOWN)
    event = merge_mentions([vague, precise])[0]
    assert event.location.name == "Tartar" and event.choice("location").mention_id == precise.mention_id
    assert event.date.precision == "day" and event.choice("date").rule.startswith("most precise")
    assert event.choice("actor1").value == "Military Forces of Armenia"


def test_who_attacked_whom_is_a_disagreement():
    event = merge_mentions([make_mention(A), make_mention(B), make_mention(C, actor1=AZERBAIJAN, actor2=ARMENIA,
                                                                          outlet="Kompas")])[0]
    assert event.actor1.name == "Military Forces of Armenia"
    roles = next(d for d in event.disagreements if d.kind == "actor_roles")
    assert {a.value for a in roles.accounts} == {"Military Forces of Armenia -> Military Forces of Azerbaijan",
                                                 "Military Forces of Azerbaijan -> Military Forces of Armenia"}


# ------------------------------------------------------------------ near-duplicate articles
SEED = (Path(__file__).parents[1] / "store" / "data" / "001_9c5118ef11857af1.txt").read_text(encoding="utf-8")


def test_a_syndicated_copy_is_found_and_a_different_story_is_not():
    index = NearDuplicateIndex()
    index.add("original", minhash_of(SEED))
    copy = "KOMPAS.com - " + SEED.replace("Baca juga", "Simak juga") + "\nPenulis: Redaksi"
    found = index.find(signature_from_bytes(signature_bytes(minhash_of(copy))))
    assert found is not None and found[0] == "original" and found[1] > 0.7
    other = (Path(__file__).parents[1] / "store" / "data" / "004_a489ed01503ab41c.txt").read_text(encoding="utf-8")
    assert index.find(minhash_of(other)) is None
