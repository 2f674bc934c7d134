"""A town's or capital's name that ends another name: „allen voran Quorvo Steyr, wo …“, „die Fluglinie Sky Lyon“.

A place's name right after a capitalised word that is no German word, no first name and no acronym ends that
word's name (a company's, a team's, a person's) and names no place of its own; where an organisation's one-word hit
is that word, the organisation's name takes the town in. German names a place a company is at with a preposition
(„Quorvo in Steyr“).

>>> words = "allen voran Quorvo Steyr , wo".split()
>>> steyr = Hit(19, 24, "PLACE", "Steyr", "Steyr", 3, 4, "name", "listed-name")
>>> [h.text for h in places_in_names("allen voran Quorvo Steyr , wo", words, [steyr], lambda w: w == "Quorvo")]
[]
>>> sky = Hit(14, 17, "ORG", "Sky", "Sky", 2, 3, "context:company", "org-head-noun")
>>> lyon = Hit(18, 22, "PLACE", "Lyon", "Lyon", 3, 4, "name", "listed-name")
>>> [h.text for h in places_in_names("die Fluglinie Sky Lyon fliegt", "die Fluglinie Sky Lyon fliegt".split(),
...                                  [sky, lyon], lambda w: w == "Sky")]
['Sky Lyon']
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from kg.german import PLACE_PREPOSITIONS
from kg.nlp.hits import Hit
from kg.rules import declare, fired

STAGE = "gazetteer"
PLACE_ENDS_NAME = declare("place-ends-foreign-name", STAGE, "guard: a town's or capital's name right after a "
                          "capitalised word that is no German word, no first name and no acronym ends that word's "
                          "name and names no place: „allen voran Quorvo Steyr, wo …“, „Fabrix Lyon gewann“; an "
                          "organisation read from that word takes the town into its name: „die Fluglinie Sky Lyon“; "
                          "not after a German word („die Stadt Steyr“) nor where a place preposition opens the name "
                          "(„in Quorvo Steyr“)")

_PLACES = frozenset({"PLACE", "CAPITAL"})
_NAME_FORMS = frozenset({"name", "known"})      # not „Wiener“ or „Lyons“


def places_in_names(text: str, words: Sequence[str], hits: list[Hit], foreign: Callable[[str], bool]) -> list[Hit]:
    """The hits without the places that end a foreign word's name, an organisation's hit on that word grown over
    the place."""
    covered = {k: h for h in hits for k in range(h.tok, h.tok_end)}
    ended = [h for h in hits if h.label in _PLACES and h.form in _NAME_FORMS and _after_foreign(words, h, covered,
                                                                                                    foreign)]
    if not ended:
        return hits
    grown = {covered[h.tok - 1]: h for h in ended if h.tok - 1 in covered}
    drop = set(map(id, ended))
    out = []
    for h in hits:
        if id(h) in drop:
            fired(PLACE_ENDS_NAME)
        elif h in grown:
            place = grown[h]
            name = text[h.start:place.end]
            out.append(replace(h, end=place.end, key=name, text=name, tok_end=place.tok_end))
        else:
            out.append(h)
    return out


def _after_foreign(words: Sequence[str], h: Hit, covered: dict[int, Hit], foreign: Callable[[str], bool]) -> bool:
    """The word before the place is a foreign word no hit covers, or an organisation's one-word hit, and no place
    preposition stands before that word."""
    k = h.tok - 1
    if k < 0 or not foreign(words[k]) or (k > 0 and words[k - 1].lower() in PLACE_PREPOSITIONS):
        return False
    other = covered.get(k)
    return other is None or other.label == "ORG" and other.tok == k and other.tok_end == k + 1
