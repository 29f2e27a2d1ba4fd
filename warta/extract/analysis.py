"""The document object of extraction: one article, tokenised once, with everything the readers found in it.

Like spaCy's Doc, an `ArticleAnalysis` enters a sequence of named steps (warta/extract/__init__.py), each of
which adds to it: sentences, lexicon matches, dates, counts, actors, places, claims, casualties, frames.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc

from warta.extract.dates import DateExpr
from warta.extract.lexicon import LexMatch
from warta.extract.numbers import Quantity
from warta.records import Article

# Words between "dalam pernyataan" and the speech verb it qualifies ("dalam pernyataan terpisah mengaku"): the cue
# is then the verb's manner, and the verb's subject is the speaker.
PREPOSED_CUE_VERB_GAP = 2


@dataclass(slots=True)
class ActorRef:
    """A phrase naming a party to an event: "tentara Armenia", "Hamas", "warga sipil", "pihaknya"."""

    start: int  # tokens
    end: int
    start_char: int
    end_char: int
    text: str
    role: str  # military | police | government | civilian | settlement | unidentified | group | country | pronoun
    # | institution | both_sides | enemy | facility
    country: str | None = None
    name: str | None = None  # fixed name (named groups)
    kind: str | None = None
    possessive: bool = False  # "pasukannya": someone's forces
    capital: bool = False  # a capital standing for its country ("Ankara membantah")


@dataclass(slots=True)
class PlaceRef:
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    place: Any | None  # warta.geo.Place
    generic: bool = False  # "wilayah sengketa": the article's main area
    list_id: int | None = None  # members of one listed series ("desa Tartar, Barda, dan Agdam")
    preposition: bool = False  # preceded by di/ke/dari...
    noun: str | None = None  # the place noun before the name ("desa", "distrik"), lower case
    recognised: bool = False  # found by the entity recogniser, not by the gazetteer or a place noun


@dataclass(slots=True)
class ClaimRef:
    claimant: str | None
    party: str | None
    text: str | None
    kind: str  # explicit | pronoun | unattributed | own_report | group
    start_char: int = -1
    end_char: int = -1
    token_span: tuple[int, int] = (-1, -1)
    deniers: list[str] = field(default_factory=list)
    denier_parties: set[str] = field(default_factory=set)
    strength: int = 0  # explicit institutions beat groups beat "dilaporkan"
    template: str | None = None  # "kementerian itu": an institution named without its country


@dataclass(slots=True)
class Casualty:
    kind: str  # killed | wounded
    min: int | None
    max: int | None
    civilian: bool | None
    country: str | None
    text: str
    start: int  # token of the casualty word
    aggregate: bool = False  # a war-wide tally
    subset: bool = False  # part of a toll told elsewhere ("termasuk di antara korban tewas")


@dataclass(slots=True)
class MaterielItem:
    category: str
    min: int | None
    max: int | None
    text: str
    side: str | None
    start: int


@dataclass(slots=True)
class SentenceInfo:
    index: int
    start: int  # characters
    end: int
    token_start: int
    token_end: int
    paragraph: int
    matches: list[LexMatch] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    landmarks: list[ActorRef] = field(default_factory=list)  # capitals named only to say where ("barat laut Mogadishu")
    # a title's jurisdiction before a person's name ("Gubernur Borno Babagana Zulum"): title end -> (place, country)
    title_places: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    places: list[PlaceRef] = field(default_factory=list)
    claim: ClaimRef | None = None
    claim_spans: list[tuple[int, int]] = field(default_factory=list)  # tokens of attribution phrases
    relays: list[str] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    clause_breaks: list[int] = field(default_factory=list)  # token indices
    in_quote: bool = False  # the whole sentence is a quotation
    skip: bool = False  # title line or boilerplate: read for context only

    def by_category(self, *categories: str) -> list[LexMatch]:
        return [m for m in self.matches if m.category in categories]


@dataclass
class ArticleAnalysis:
    article: Article
    doc: Doc
    reference_date: date | None
    sentences: list[SentenceInfo] = field(default_factory=list)
    frames: list[Any] = field(default_factory=list)
    drafts: list[Any] = field(default_factory=list)
    main_place: Any | None = None  # the area most of the article is about
    belligerents: list[str] = field(default_factory=list)  # the two sides of the main conflict, as actor names
    relays: list[str] = field(default_factory=list)
    onset_date: DateExpr | None = None
    near: tuple[float, float] | None = None
    near_city: bool = False  # the last town named is a city with districts of its own ("distrik Kyivskyi")
    # countries the text names (countries, capitals, armed groups' home countries): a tiny place elsewhere that
    # only shares a name with a word of the text is not where anything happened
    named_countries: set[str] = field(default_factory=set)
    most_named_country: str | None = None  # the country (or capital) the text names most often
    # places the gazetteer lacks that the text itself introduced ("kota Moqokori"), by folded name: named again
    # bare ("Moqokori direbut ..."), they are the same place
    text_places: dict[str, Any] = field(default_factory=dict)
    dateline_end: int = -1  # character where the dateline ends  # coordinates of the last town named: a hint for the next names
    token_text: list[str] = field(default_factory=list)  # the tokens' texts, read once: Token objects are costly
    token_lower: list[str] = field(default_factory=list)
    grammar: dict[str, Any] = field(default_factory=dict)  # the pack's grammar.yaml: function words

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start:sentence.end]
