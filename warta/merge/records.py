"""Records the merge produces: an Event (one real-world event behind many mentions), how each of its
headline values was chosen, and where its sources disagree.

They sit beside warta/records.py's Mention and use its parts; the store persists them as they are.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from pydantic import Field

from warta.records import Actor, DateValue, Location, Materiel, Record

DisagreementKind = Literal["killed", "wounded", "materiel", "actor_roles", "denial"]


class FieldChoice(Record):
    """Which mention gave a headline value, and by which rule (the evidence of the merge's judgement)."""

    field: str
    value: Any = None
    mention_id: str | None = None
    rule: str


class Account(Record):
    """One source's side of a disagreement: its value, who claims it, through which outlet, and the sentence."""

    mention_id: str
    article_id: str
    outlet: str | None = None
    published: datetime.date | None = None
    claimant: str | None = None
    stance: str = "unattributed"
    value: str = Field(description="the value as shown to a reader, e.g. '7..?' or 'Armenia -> Azerbaijan'")
    value_min: int | None = None
    value_max: int | None = None
    evidence: str | None = None


class Disagreement(Record):
    """Sources of one event that say different things about one subject (a count, who attacked whom)."""

    kind: DisagreementKind
    subject: str = Field(description="what is disputed: 'killed', 'materiel:tank:ARM', 'actor1/actor2', ...")
    headline: str | None = Field(default=None, description="the value the event shows (ACLED: lowest credible)")
    accounts: list[Account] = Field(default_factory=list)


class Event(Record):
    """One real-world event: the best value of each field, the reports behind it, and their disagreements."""

    event_id: str
    event_type: str
    sub_event_type: str
    date: DateValue = Field(default_factory=DateValue)
    location: Location = Field(default_factory=Location)
    actor1: Actor = Field(default_factory=Actor)
    actor2: Actor = Field(default_factory=Actor)
    killed: int | None = None
    wounded: int | None = None
    civilian: bool | None = None
    materiel: list[Materiel] = Field(default_factory=list)
    mention_ids: list[str] = Field(default_factory=list)
    n_mentions: int = 0
    n_articles: int = Field(0, description="distinct articles, near-duplicate copies counted once")
    n_outlets: int = 0
    n_claimants: int = Field(0, description="independent claimants: outlets relaying one ministry count once")
    outlets: list[str] = Field(default_factory=list)
    claimants: list[str] = Field(default_factory=list)
    first_published: datetime.date | None = None
    last_published: datetime.date | None = None
    choices: list[FieldChoice] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)

    def choice(self, field: str) -> FieldChoice | None:
        return next((choice for choice in self.choices if choice.field == field), None)
