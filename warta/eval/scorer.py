"""SPEC.md "Scoring": match predicted mentions to gold mentions and report P/R/F1 and field accuracies.

A predicted mention matches a gold mention of the same article when their event_type is equal and their
evidence word sets A, B share at least half of the smaller set. Matching is one-to-one, greedy by overlap.
Optional gold mentions are excluded on both sides: a prediction matched to one is neither right nor wrong.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

WORD = re.compile(r"\w+")
FIELDS = ("sub_event_type", "date", "location", "actor1", "actor2", "killed", "materiel", "claimant")
LOCATION_TOLERANCE_KM = 25.0


def evidence_words(mention: Mapping[str, Any]) -> frozenset[str]:
    """Lower-cased word set of all evidence texts of a mention."""
    texts = " ".join((item.get("text") or "") for item in mention.get("evidence") or [])
    return frozenset(WORD.findall(texts.lower()))


def evidence_overlap(words_a: frozenset[str], words_b: frozenset[str]) -> float:
    """|A ∩ B| / min(|A|, |B|); 0 when either side is empty."""
    smaller = min(len(words_a), len(words_b))
    if smaller == 0:
        return 0.0
    return len(words_a & words_b) / smaller


def _km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _name(value: Any) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def _get(mention: Mapping[str, Any], *path: str) -> Any:
    node: Any = mention
    for key in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


def _date_agrees(pred: Mapping, gold: Mapping) -> bool:
    from datetime import date

    pred_start, gold_start = _get(pred, "date", "start"), _get(gold, "date", "start")
    if pred_start is None or gold_start is None:
        return pred_start is None and gold_start is None
    try:
        delta = date.fromisoformat(str(pred_start)) - date.fromisoformat(str(gold_start))
    except ValueError:
        return False
    return abs(delta.days) <= 1


def _location_agrees(pred: Mapping, gold: Mapping) -> bool:
    if _name(_get(pred, "location", "name")) == _name(_get(gold, "location", "name")):
        return True
    coords = [_get(m, "location", k) for m in (pred, gold) for k in ("lat", "lon")]
    if any(value is None for value in coords):
        return False
    return _km_between(*coords) <= LOCATION_TOLERANCE_KM


def _materiel_set(mention: Mapping) -> frozenset[tuple]:
    return frozenset(
        (item.get("category"), item.get("min"), item.get("max")) for item in mention.get("materiel") or []
    )


def field_agreement(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, bool]:
    """Whether each scored field of a matched pair agrees, by SPEC's rule."""
    return {
        "sub_event_type": pred.get("sub_event_type") == gold.get("sub_event_type"),
        "date": _date_agrees(pred, gold),
        "location": _location_agrees(pred, gold),
        "actor1": _name(_get(pred, "actor1", "name")) == _name(_get(gold, "actor1", "name")),
        "actor2": _name(_get(pred, "actor2", "name")) == _name(_get(gold, "actor2", "name")),
        "killed": (
            (_get(pred, "fatalities", "killed", "min"), _get(pred, "fatalities", "killed", "max"))
            == (_get(gold, "fatalities", "killed", "min"), _get(gold, "fatalities", "killed", "max"))
        ),
        "materiel": _materiel_set(pred) == _materiel_set(gold),
        "claimant": _name(_get(pred, "claim", "claimant")) == _name(_get(gold, "claim", "claimant")),
    }


@dataclass
class MatchedPair:
    pred_index: int
    gold_index: int
    overlap: float
    fields: dict[str, bool]


@dataclass
class ArticleScore:
    """The outcome of matching one article's predictions against its gold."""

    key: str
    pairs: list[MatchedPair] = field(default_factory=list)
    true_positives: int = 0
    false_positives: list[int] = field(default_factory=list)  # predicted indices matching nothing
    false_negatives: list[int] = field(default_factory=list)  # required gold indices left unmatched
    neutral_predictions: list[int] = field(default_factory=list)  # matched to optional gold


def match_article(
    predicted: list[Mapping[str, Any]], gold: list[Mapping[str, Any]], key: str = ""
) -> ArticleScore:
    """One-to-one greedy matching of one article's predicted mentions to its gold mentions."""
    pred_words = [evidence_words(m) for m in predicted]
    gold_words = [evidence_words(m) for m in gold]
    candidates: list[tuple[float, int, int, int]] = []
    for p_index, pred in enumerate(predicted):
        for g_index, gold_mention in enumerate(gold):
            if pred.get("event_type") != gold_mention.get("event_type"):
                continue
            overlap = evidence_overlap(pred_words[p_index], gold_words[g_index])
            if overlap >= 0.5:
                shared = len(pred_words[p_index] & gold_words[g_index])
                candidates.append((overlap, shared, p_index, g_index))
    # Greedy by overlap; ties go to the larger shared word count, then to document order.
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    score = ArticleScore(key=key)
    for overlap, _shared, p_index, g_index in candidates:
        if p_index in used_pred or g_index in used_gold:
            continue
        used_pred.add(p_index)
        used_gold.add(g_index)
        if gold[g_index].get("optional"):
            score.neutral_predictions.append(p_index)
            continue
        score.true_positives += 1
        score.pairs.append(
            MatchedPair(p_index, g_index, overlap, field_agreement(predicted[p_index], gold[g_index]))
        )
    score.false_positives = [i for i in range(len(predicted)) if i not in used_pred]
    score.false_negatives = [
        i for i, g in enumerate(gold) if i not in used_gold and not g.get("optional")
    ]
    return score


@dataclass
class EvalReport:
    articles: list[ArticleScore]

    @property
    def true_positives(self) -> int:
        return sum(a.true_positives for a in self.articles)

    @property
    def predicted(self) -> int:
        return sum(a.true_positives + len(a.false_positives) for a in self.articles)

    @property
    def required_gold(self) -> int:
        return sum(a.true_positives + len(a.false_negatives) for a in self.articles)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.required_gold if self.required_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self) -> dict[str, float | None]:
        pairs = [pair for article in self.articles for pair in article.pairs]
        return {
            name: (sum(pair.fields[name] for pair in pairs) / len(pairs) if pairs else None) for name in FIELDS
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "mentions": {
                "predicted": self.predicted,
                "required_gold": self.required_gold,
                "true_positives": self.true_positives,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "field_accuracy": {k: (round(v, 4) if v is not None else None) for k, v in self.field_accuracy().items()},
        }


def score(
    predicted_by_article: Mapping[str, list[Mapping[str, Any]]],
    gold_by_article: Mapping[str, list[Mapping[str, Any]]],
) -> EvalReport:
    """Score every gold article; predictions for articles absent from the gold are ignored."""
    articles = [
        match_article(list(predicted_by_article.get(key, [])), list(gold_mentions), key)
        for key, gold_mentions in gold_by_article.items()
    ]
    return EvalReport(articles)


def article_key(source: str) -> str:
    """The name a gold line uses for an article: a file's base name, or a JSONL record's id."""
    if "#" in source:
        return source.rsplit("#", 1)[1]
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1]


def group_by_article(mentions: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for mention in mentions:
        grouped.setdefault(article_key(str(mention.get("source", ""))), []).append(mention)
    return grouped
