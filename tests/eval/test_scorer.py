"""The scorer implements SPEC.md "Scoring": evidence-overlap matching, optional gold, field accuracy."""

from warta.eval.scorer import evidence_overlap, evidence_words, field_agreement, match_article, score


def mention(event_type="battles", evidence="Pasukan A menyerang pasukan B di kota X.", **fields):
    base = {
        "event_type": event_type,
        "sub_event_type": fields.pop("sub_event_type", "armed_clash"),
        "evidence": [{"text": evidence}],
        "date": {"start": fields.pop("start", "2020-09-27")},
        "location": fields.pop("location", {"name": "Ganja", "lat": 40.68, "lon": 46.36}),
        "actor1": {"name": fields.pop("actor1", "Military Forces of Armenia")},
        "actor2": {"name": fields.pop("actor2", None)},
        "fatalities": {"killed": fields.pop("killed", {"min": None, "max": None})},
        "materiel": fields.pop("materiel", []),
        "claim": {"claimant": fields.pop("claimant", None)},
    }
    base.update(fields)
    return base


def test_overlap_is_shared_words_over_the_smaller_set():
    short = evidence_words({"evidence": [{"text": "Tentara Armenia menembaki desa Tartar."}]})
    long = evidence_words({"evidence": [{"text": "Kata kementerian, tentara Armenia menembaki desa Tartar pagi ini."}]})
    assert evidence_overlap(short, long) == 1.0
    assert evidence_overlap(short, frozenset()) == 0.0


def test_match_requires_same_event_type_and_half_overlap():
    gold = [mention(evidence="Tentara Armenia menembaki desa Tartar pada pagi hari.")]
    other_type = [mention(event_type="explosions_remote_violence", evidence=gold[0]["evidence"][0]["text"])]
    assert match_article(other_type, gold).true_positives == 0
    unrelated = [mention(evidence="Presiden menyerukan perundingan damai di Moskow.")]
    assert match_article(unrelated, gold).true_positives == 0
    assert match_article([mention(evidence="tentara Armenia menembaki desa")], gold).true_positives == 1


def test_matching_is_one_to_one_and_greedy_by_overlap():
    gold = [mention(evidence="a b c d"), mention(evidence="a b x y")]
    predicted = [mention(evidence="a b c d")]
    result = match_article(predicted, gold)
    assert result.true_positives == 1
    assert result.pairs[0].gold_index == 0
    assert result.false_negatives == [1]


def test_optional_gold_is_neither_rewarded_nor_penalised():
    gold = [mention(evidence="a b c d", optional=True), mention(evidence="e f g h")]
    predicted = [mention(evidence="a b c d"), mention(evidence="e f g h")]
    report = score({"x": predicted}, {"x": gold})
    assert (report.precision, report.recall, report.predicted, report.required_gold) == (1.0, 1.0, 1, 1)
    only_optional_found = score({"x": predicted[:1]}, {"x": gold})
    assert only_optional_found.predicted == 0 and only_optional_found.recall == 0.0


def test_false_positive_lowers_precision():
    gold = [mention(evidence="a b c d")]
    report = score({"x": [mention(evidence="a b c d"), mention(evidence="p q r s")]}, {"x": gold})
    assert report.precision == 0.5 and report.recall == 1.0
    assert round(report.f1, 4) == 0.6667


def test_field_rules_date_within_a_day_location_within_25_km():
    gold = mention(start="2020-09-27", location={"name": "Stepanakert", "lat": 39.82, "lon": 46.75})
    near = mention(start="2020-09-28", location={"name": "Khankendi", "lat": 39.8177, "lon": 46.7528})
    far = mention(start="2020-09-25", location={"name": "Ganja", "lat": 40.68, "lon": 46.36})
    assert field_agreement(near, gold)["date"] and field_agreement(near, gold)["location"]
    assert not field_agreement(far, gold)["date"] and not field_agreement(far, gold)["location"]
    both_null = mention(start=None)
    assert field_agreement(both_null, mention(start=None))["date"]
    assert not field_agreement(both_null, gold)["date"]


def test_materiel_compares_category_and_count_as_a_set():
    gold = mention(materiel=[{"category": "tank", "min": 1, "max": 1}, {"category": "other", "min": 3, "max": 3}])
    same = mention(materiel=[{"category": "other", "min": 3, "max": 3}, {"category": "tank", "min": 1, "max": 1}])
    wrong_count = mention(materiel=[{"category": "tank", "min": None, "max": 1}, {"category": "other", "min": 3, "max": 3}])
    assert field_agreement(same, gold)["materiel"]
    assert not field_agreement(wrong_count, gold)["materiel"]


def test_killed_and_names_compare_exactly_ignoring_case():
    gold = mention(killed={"min": 7, "max": None}, claimant="Ministry of Defence of Azerbaijan")
    pred = mention(killed={"min": 7, "max": None}, claimant="ministry of defence of azerbaijan")
    agreement = field_agreement(pred, gold)
    assert agreement["killed"] and agreement["claimant"]
    assert not field_agreement(mention(killed={"min": 7, "max": 7}), gold)["killed"]
