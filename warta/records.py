"""Typed records that flow between warta's stages: Article in, Mention out (SPEC.md "Mention record").

This is the ground floor: every stage imports from here and nothing here imports a stage.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "battles": ("armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"),
    "explosions_remote_violence": (
        "shelling_artillery_missile_attack",
        "air_drone_strike",
        "remote_explosive_landmine_ied",
        "suicide_bomb",
        "grenade",
        "chemical_weapon",
    ),
    "violence_against_civilians": ("attack", "abduction_forced_disappearance", "sexual_violence"),
    "protests": ("peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"),
    "riots": ("violent_demonstration", "mob_violence"),
    "strategic_developments": (
        "agreement",
        "arrests",
        "change_to_group_activity",
        "disrupted_weapons_use",
        "headquarters_or_base_established",
        "looting_property_destruction",
        "non_violent_transfer_of_territory",
        "other",
    ),
}
SUB_EVENT_PARENT: dict[str, str] = {sub: parent for parent, subs in EVENT_TYPES.items() for sub in subs}

DatePrecision = Literal["day", "range", "month", "year", "unknown"]
PlacePrecision = Literal["town", "district", "region", "country", "unknown"]
ActorKind = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_force",
    "other",
]
MaterielCategory = Literal[
    "tank",
    "armoured_vehicle",
    "artillery",
    "mlrs",
    "mortar",
    "air_defence",
    "aircraft",
    "helicopter",
    "drone",
    "vehicle",
    "command_post",
    "ammunition_depot",
    "fortification",
    "building",
    "other",
]
Stance = Literal["asserted", "denied", "disputed", "unattributed"]


def content_hash(text: str) -> str:
    """The article id: sha256 of the cleaned article text, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Article(Record):
    """One article after ingest: cleaned text plus what is known about where it came from."""

    source: str = Field(description="the input as given: a path, a URL, or path#id for a JSONL record")
    text: str = Field(description="cleaned article text; evidence offsets point into it")
    raw_text: str | None = Field(default=None, description="the text (or HTML) as read, before cleaning")
    external_id: str | None = Field(default=None, description="the id a JSONL record carried")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    dateline: str | None = Field(default=None, description="the place in the dateline, e.g. BAKU")
    published: dt.date | None = None
    published_text: str | None = Field(default=None, description="the words the publication date was read from")
    lang: str | None = Field(default=None, description="ISO 639-1 code, e.g. 'id'")
    warnings: list[str] = Field(
        default_factory=list, description="problems met while reading that did not stop it (e.g. not UTF-8)"
    )

    @property
    def article_id(self) -> str:
        return content_hash(self.text)


class InputFailure(Record):
    """An input that could not be read; the batch goes on without it."""

    source: str
    reason: str


class DateValue(Record):
    start: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision = "unknown"
    text: str | None = None


class Location(Record):
    text: str | None = None
    name: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: PlacePrecision = "unknown"


class Actor(Record):
    text: str | None = None
    name: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    kind: ActorKind | None = None


class CountRange(Record):
    min: int | None = None
    max: int | None = None


class Fatalities(Record):
    killed: CountRange = Field(default_factory=CountRange)
    wounded: CountRange = Field(default_factory=CountRange)
    civilian: bool | None = None
    text: str | None = None


class Materiel(Record):
    category: MaterielCategory
    side: str | None = Field(default=None, description="ISO3 of the owner")
    min: int | None = None
    max: int | None = None
    text: str | None = None


class Claim(Record):
    claimant: str | None = None
    claimant_party: str | None = Field(default=None, description="ISO3 of the claimant's side")
    relays: list[str] = Field(default_factory=list)
    stance: Stance = "unattributed"
    text: str | None = None


class Evidence(Record):
    start: int | None = None
    end: int | None = None
    text: str


class Mention(Record):
    """One event as one article describes it (SPEC.md "Mention record")."""

    article_id: str
    source: str
    outlet: str | None = None
    published: dt.date | None = None
    mention_id: str
    event_type: str
    sub_event_type: str
    date: DateValue = Field(default_factory=DateValue)
    location: Location = Field(default_factory=Location)
    actor1: Actor = Field(default_factory=Actor)
    actor2: Actor = Field(default_factory=Actor)
    fatalities: Fatalities = Field(default_factory=Fatalities)
    materiel: list[Materiel] = Field(default_factory=list)
    claim: Claim = Field(default_factory=Claim)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.5

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")
