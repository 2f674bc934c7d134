"""English names: a word after „of“ inside an English name is part of it.

- „die Bank of England“, „Lena Kovačs Film Garden of Dresden“, „der High Court of the Province of
  Utopia“: a capitalised word, then „of“ (and „the“), then a name the lists or rules read as a person,
  place or state. The name after „of“ is the last part of the longer English name (an institution, a
  film, a court), no mention of that person, place or state. An organisation's name there stays
  („eine Analyse der Berichte of IPCC“ is left to the organisation rules).

>>> from kg.nlp.hits import Hit
>>> words = "die Bank of England".split()
>>> drop_english_inner_names(words, [Hit(12, 19, "STATE", "GB", "England", 3, 4)])
[]
"""
from __future__ import annotations

from typing import Sequence

from kg import german
from kg.nlp.hits import Hit
from kg.rules import declare, fired

STAGE = "gazetteer"
ENGLISH_INNER_NAME = declare("english-inner-name", STAGE, "guard: a person's, place's or state's name right after "
                             "„of“ (or „of the“) that follows a capitalised word is the end of a longer English name "
                             "(an institution, a film), no mention of its own: „die Bank of Utopia“, „der Film Bridge "
                             "of Strangers“, „High Court of the Republic of Utopia“; not after a lower-case word "
                             "(„eine Analyse of Kowalski“)")

_INNER = ("PER", "PLACE", "STATE", "CAPITAL")


def drop_english_inner_names(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the persons, places and states that end an English name after „of“."""
    out = []
    for h in hits:
        if h.label in _INNER and _after_of(words, h.tok):
            fired(ENGLISH_INNER_NAME)
            continue
        out.append(h)
    return out


def _after_of(words: Sequence[str], k: int) -> bool:
    """Token k follows „of“ or „of the“, which follows a capitalised word: „Bank of England“."""
    j = k - 1
    if j >= 0 and words[j] in german.ENGLISH_ARTICLES:
        j -= 1
    return j >= 1 and words[j] in german.OF_CONNECTORS and words[j - 1][:1].isupper()
