"""The article's dateline as the sentence stage reads it: the place a report was filed from, before the dash
opening one of its first sentences („Istanbul – …“, „Kiew/Moskau – …“), and the state of that place, by a lookup
its reader chooses: the resolver's home state (`Resolver.home_state`) takes any capital or listed place
(`seat_state`), the talks' sides (`talk_sides.article_sides`) a capital only.

(The entity stage reads the dateline's capital from the gazetteer's hits before sentences exist:
`state_index.StateIndex.dateline`.)

>>> from kg.extract.clauses import Sentence, make_word
>>> words = tuple(make_word(t, t, 0, 0) for t in ["Gumpoldskirchen", "/", "Wien", "–", "Die", "Polizei"])
>>> read_dateline([Sentence(0, 0, 0, "", words, (), (), ())])
Dateline(sentence=0, state='state:osterreich', at_capital=True)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from kg import resources
from kg.extract.clauses import Sentence, dateline_end
from kg.facts import entity_key
from kg.german import DATELINE_SENTENCES


@dataclass(frozen=True)
class Dateline:
    """Where the article's dateline stands and the state its place lies in."""

    sentence: int           # index of the sentence it opens
    state: str              # key of the state of its place, by the reader's lookup
    at_capital: bool = False    # the place is that state's capital („Riga – …“): the article is about the state


@lru_cache(maxsize=1)
def seat_states() -> dict[str, str]:
    """Capitals and listed places („Istanbul“) → the key of their state, for a dateline."""
    states = resources.load_states()
    by_iso = {s.iso2: entity_key("State", s.name) for s in states}
    out = {p.name: by_iso[p.state] for p in resources.load_places() if p.state in by_iso}
    out.update({c: by_iso[s.iso2] for s in states for c in s.capitals})
    return out


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """The names of the states' capitals (`states.tsv`)."""
    return frozenset(c for s in resources.load_states() for c in s.capitals)


def seat_state(sentence: Sentence, end: int) -> str | None:
    """The state of the first word before word `end` that is a capital or a listed place („Istanbul“)."""
    seats = seat_states()
    return next((seats[w.text] for w in sentence.words[:end] if w.text in seats), None)


def read_dateline(sentences: Sequence[Sentence],
                  state_of: Callable[[Sentence, int], str | None] = seat_state) -> Dateline | None:
    """The first of the article's first sentences with a dateline whose place `state_of` (given the sentence and
    the index of the word after the dash) puts in a state, with that state."""
    for sentence in sentences[:DATELINE_SENTENCES]:
        end = dateline_end(sentence.words)
        state = state_of(sentence, end) if end else None
        if state is not None:
            seat = next((w.text for w in sentence.words[:end] if w.text in seat_states()), None)
            return Dateline(sentence.index, state, seat in capital_names() and seat_states()[seat] == state)
    return None
