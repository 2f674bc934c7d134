"""The extracted facts: plain frozen dataclasses, standard library only.

This is the hand-over point between the NLP stage (which knows spaCy) and the
RDF stage (which knows rdflib/pyoxigraph): neither side imports the other.
Entities refer to each other by `key` ("state:russland", "person:joe-biden"),
which `kg.rdf` turns into stable IRIs.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

EntityType = Literal["State", "Official", "Person", "Organization", "Place"]
TalksKind = Literal["Talks", "PhoneCall", "Meeting", "Negotiation", "Summit", "Session", "Conference"]
TalksStatus = Literal["planned", "held"]
RelationName = Literal["advisorTo", "memberOf"]
# How the text reports an event (ANNOTATION.md): as fact, as the actor's own
# plan, as a conditional/feared/expected act, or as not having happened.
Factuality = Literal["asserted", "intended", "possible", "negated"]
FACTUALITIES: tuple[str, ...] = ("asserted", "intended", "possible", "negated")
# Where an event's date comes from: a day the text fixes, or the article's date.
DateOrigin = Literal["text", "article"]

ENTITY_TYPES: tuple[str, ...] = ("State", "Official", "Person", "Organization", "Place")
PLOVER_CODES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Officials and Persons share one key space, so a person is one node whether or
# not a given article states their role.
_KEY_KIND = {"State": "state", "Official": "person", "Person": "person",
             "Organization": "org", "Place": "place"}


# Latin letters NFKD does not split into base letter + accent.
_UNDECOMPOSABLE = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h",
                                 "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


@lru_cache(maxsize=1 << 16)     # names recur across articles, and entity rules slug many candidate forms
def slug(name: str) -> str:
    """A name folded to a stable ASCII slug.

    >>> slug("Wolodymyr Selenskyj"), slug("Weißes Haus"), slug("Nato-Russland-Rat"), slug("Beata Szydło")
    ('wolodymyr-selenskyj', 'weisses-haus', 'nato-russland-rat', 'beata-szydlo')
    """
    text = name.casefold()
    if not text.isascii():      # ASCII text (most names) has no letter to fold further
        text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NOT_SLUG.sub("-", text).strip("-")
    return text or hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


_NOT_SLUG = re.compile(r"[^0-9a-z]+")     # what a slug keeps: ASCII letters and digits


def entity_key(type_: str, name: str) -> str:
    """The identity of an entity across articles: its kind and slugged canonical name.

    >>> entity_key("Official", "Joe Biden")
    'person:joe-biden'
    """
    return f"{_KEY_KIND[type_]}:{slug(name)}"


@dataclass(frozen=True)
class Article:
    """One input article, exactly as read."""

    id: str
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    source: str | None = None
    # Other URLs of the same story (copies of it found in the same build's web input).
    same_as: tuple[str, ...] = ()

    @property
    def digest(self) -> str:
        """SHA-256 of id, title, date, URLs, source and text: a rebuild with the same digest adds nothing."""
        h = hashlib.sha256()
        # same_as only when there is one, so articles without copies keep the digests they had
        for part in (self.id, self.title or "", self.date.isoformat() if self.date else "",
                     self.url or "", self.source or "", self.text, *self.same_as):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose year may be unknown (rendered as xsd:gMonthDay)."""

    month: int
    day: int
    year: int | None = None

    def iso(self) -> str:
        """'2022-01-09', or '--01-09' without a year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character offsets in `Article.text`."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A State, Official, Person, Organization or Place mentioned by an article."""

    key: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None                 # Officials: the title as written ("Präsident")
    affiliations: tuple[str, ...] = ()      # keys of the States/Organizations acted for
    kind: str | None = None                 # Organizations: international, government, party, …
    code: str | None = None                 # States: ISO 3166-1 alpha-2 where known
    rules: tuple[str, ...] = ()             # names of the rules that read it: its name, kind, role, affiliations
    role_rules: tuple[str, ...] = ()        # those of `rules` that read its role and affiliations
    named: bool = True                      # False: no words of the text name it (a state only an official's or
                                            # body's affiliation reaches): described, not mentioned


@dataclass(frozen=True)
class Relation:
    """advisorTo (Official → Official) or memberOf (Official/State → Organization)."""

    subject: str
    relation: RelationName
    object: str
    evidence: Evidence | None = None
    rules: tuple[str, ...] = ()     # the names of the extraction rules that read it


@dataclass(frozen=True)
class Talks:
    """A meeting, call, negotiation, summit, session or conference."""

    kind: TalksKind
    participants: tuple[str, ...]
    evidence: Evidence
    status: TalksStatus
    place: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    confidence: float = 0.5
    rules: tuple[str, ...] = ()             # names of the extraction rules that read it


@dataclass(frozen=True)
class Interaction:
    """One PLOVER event: source does `code` to target (target may be unknown)."""

    code: str
    source: str
    target: str | None
    evidence: Evidence
    confidence: float = 0.5
    cue: str | None = None                  # the verb or noun that triggered it
    factuality: Factuality = "asserted"
    date: date | None = None                # the day it took place, where known
    date_origin: DateOrigin | None = None   # "text" or "article": where `date` comes from
    rules: tuple[str, ...] = ()             # names of the extraction rules that read it


@dataclass(frozen=True)
class ArticleFacts:
    """Everything read from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    talks: tuple[Talks, ...] = ()
    interactions: tuple[Interaction, ...] = field(default_factory=tuple)
