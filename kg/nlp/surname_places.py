"""A place's word that ends the full name of a person the article names is that person's surname where it stands
alone: „Ex-Bankchef Tilo Berlin … Grigg und Berlin beteuerten ihre Unschuld“; so is a listed party's one word
(„Senderchef Jan Fortuna … sagt Fortuna“).

A town's or capital's one word read by its name alone names the person again, not the place, unless a place
preposition stands before it („in Berlin“) or it opens a dateline („Berlin –“).

>>> words = "Tilo Berlin klagt . Berlin verlor .".split()
>>> hits = [Hit(0, 11, "PER", "Tilo Berlin", "Tilo Berlin", 0, 2), Hit(19, 25, "CAPITAL", "DE", "Berlin", 4, 5)]
>>> [(h.text, h.label) for h in surname_places(words, hits)]
[('Tilo Berlin', 'PER'), ('Berlin', 'PER')]
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from kg import resources
from kg.german import DETERMINERS, PLACE_PREPOSITIONS
from kg.nlp.gazetteer_words import LISTED_NAME
from kg.nlp.hits import Hit
from kg.nlp.names import AFTER_TITLE
from kg.rules import declare, fired

STAGE = "gazetteer"
SURNAME_PLACE = declare("place-word-named-surname", STAGE, "a town's or capital's one word that ends the full name "
                        "of a person the article names is that person's surname where it stands alone: „Ex-Bankchef "
                        "Tilo Berlin … Grigg und Berlin beteuerten ihre Unschuld“; not after a place preposition („in "
                        "Berlin“) nor opening a dateline („Berlin – Die Regierung …“)")

SURNAME_PARTY = declare("party-word-named-surname", STAGE, "a listed party's one word that ends the full name of a "
                        "person the article names is that person's surname where it stands alone, also in the "
                        "genitive: „Senderchef Jan Fortuna … sagt Fortuna … die Kritik Fortunas“; not after an "
                        "article or another determiner („die Fortuna“)")

UNLISTED_PLACE_PERSON = declare("place-unlisted-person-name", STAGE, "guard: a place no list holds, read by its "
                                "context or form alone, whose one word ends the name of a person the article names "
                                "(a full name, or a surname after a title) is that person's surname, also after a "
                                "preposition: „Finanzminister Velden … Die Pläne stießen bei Velden auf Kritik“; and "
                                "one that is the first name of a person's full name of the article names no place: "
                                "„Rennfahrer Sebastian Kessler … Ich sehe in Sebastian einen Kämpfer“")

_PLACES = frozenset({"PLACE", "CAPITAL"})
_DATELINE_MARKS = frozenset({"–", "-", "/"})


def surname_places(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits, each lone place word that ends a person's full name of the article made that person's surname."""
    hits = _unlisted_person_places(hits)
    people = [h for h in hits if h.label == "PER" and h.tok_end - h.tok > 1]
    if not people:
        return hits
    surnames = {h.text.split()[-1] for h in people}
    inside = {k for h in people for k in range(h.tok, h.tok_end)}
    out = []
    for h in hits:
        if h.label in _PLACES and h.tok_end == h.tok + 1 and h.text in surnames and h.tok not in inside \
                and _alone(words, h):
            fired(SURNAME_PLACE)
            h = replace(h, label="PER", key=h.text, form="surname", rule=SURNAME_PLACE)
        elif (surname := _party_surname(words, h, surnames)) and h.tok not in inside:
            fired(SURNAME_PARTY)
            h = replace(h, label="PER", key=surname, form="surname", rule=SURNAME_PARTY)
        out.append(h)
    return out


def _unlisted_person_places(hits: list[Hit]) -> list[Hit]:
    """The hits, each one-word place no list holds made the surname of a person the article names, or dropped where
    it is the first name of a person's full name."""
    people = [h for h in hits if h.label == "PER" and (h.tok_end - h.tok > 1 or h.rule == AFTER_TITLE)]
    if not people:
        return hits
    surnames = {h.text.split()[-1] for h in people}
    first_names = {h.text.split()[0] for h in people if h.tok_end - h.tok > 1}
    names = surnames | first_names
    inside = {k for h in people for k in range(h.tok, h.tok_end)}
    out = []
    for h in hits:
        if h.label != "PLACE" or h.rule == LISTED_NAME or h.tok_end != h.tok + 1 or h.tok in inside \
                or h.text not in names:
            out.append(h)
            continue
        fired(UNLISTED_PLACE_PERSON)
        if h.text in surnames:
            out.append(replace(h, label="PER", key=h.text, form="surname", rule=UNLISTED_PLACE_PERSON))
    return out


def _party_surname(words: Sequence[str], h: Hit, surnames: set[str]) -> str | None:
    """The surname a listed party's lone word is (also its genitive -s), where no determiner stands before it."""
    if h.label != "ORG" or h.tok_end != h.tok + 1 or h.key not in resources.party_names():
        return None
    if h.tok > 0 and words[h.tok - 1].lower() in DETERMINERS:
        return None
    word = h.text
    return word if word in surnames else word[:-1] if word.endswith("s") and word[:-1] in surnames else None


def _alone(words: Sequence[str], h: Hit) -> bool:
    """No place preposition before the word and no dateline's mark after it."""
    before = words[h.tok - 1].lower() if h.tok > 0 else ""
    after = words[h.tok_end] if h.tok_end < len(words) else ""
    return before not in PLACE_PREPOSITIONS and after not in _DATELINE_MARKS
