"""The state of reading one article's talks sentence by sentence (`kg.extract.talks`): the talks opened so far,
each with the sentence that last extended it (`Open`), and what the sentences before told (`TalksReading`: dated
sentences, offers, travels, the article's sides, mediators); with the two small helpers every talks stage shares
(`unique` keys in order, a sentence's `evidence`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kg.extract.clauses import Sentence
from kg.extract.mentions import EntityReading
from kg.extract.talk_sides import Sides
from kg.facts import Evidence, Talks


@dataclass(frozen=True)
class Open:
    """Talks read so far, with the sentence they were last extended in."""

    talks: Talks
    sentence: int


def unique(keys: list[str]) -> tuple[str, ...]:
    """The keys in their first order, each once."""
    return tuple(dict.fromkeys(keys))


@dataclass
class TalksReading:
    """The state of reading one article's talks, sentence by sentence."""

    entities: EntityReading
    sentences: list[Sentence]
    ref: date | None
    opened: list[Open] = field(default_factory=list)        # talks read so far
    dated: list[Sentence] = field(default_factory=list)      # sentences with a date expression, latest last
    offers: dict[int, int] = field(default_factory=dict)     # offered talks: evidence start → sentence index
    epithets: frozenset[int] = frozenset()                   # the current sentence's words read as a person
    travels: set[int] = field(default_factory=set)           # sentences with a cue of travel (`_traveller` asks)
    sides: Sides = Sides(None, None)                         # the article's state and armed group (`talk_sides`)
    mediators: set[tuple[int, str]] = field(default_factory=set)     # (talks' evidence start, mediator key)


def evidence(sentence: Sentence) -> Evidence:
    """The talks' evidence: the sentence's text and offsets."""
    return Evidence(sentence.text, sentence.start, sentence.end)
