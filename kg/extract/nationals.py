"""A singular nationality noun names a person, not the state: „Der 41-jährige Niederländer kritisierte …“,
„Der Österreicher wurde festgenommen“. The names read the demonym as its state (the plural „die Deutschen“ may stand
for the country); the actor of a sentence's events and talks is no state there.

>>> from kg.extract.clauses import Actor, words_of
>>> ws = words_of("Der 41-jährige Niederländer lobte Tschechien.")
>>> national_person(ws, Actor("state:niederlande", "State", 2, 2, None))
True
>>> national_person(words_of("Die Deutschen lehnen das ab."), Actor("state:deutschland", "State", 1, 1, None))
False
"""
from __future__ import annotations

from typing import Sequence

from kg import german
from kg.extract.clauses import BOUNDARY_PUNCT, DETERMINERS, Actor, Word
from kg.extract.rules import declare, fired
from kg.extract.talk_epithets import singular_demonym

NATIONAL_PERSON = declare("actor-nationality-person", "actor", "a singular nationality noun after a singular article "
                          "(adjectives between) names a person of that state, no state actor: „Der 41-jährige "
                          "Niederländer kritisierte die Regierung“, „den Österreicher“, „dem Deutschen“; not the plural "
                          "(„Die Deutschen lehnen ab“, „die Mehrheit der Österreicher“)")
_ADJECTIVE_REACH = 2        # adjectives between the article and the noun: „ein junger, 30-jähriger“
_STRONG_ENDING = "r"        # „ein Deutscher“: an adjectival noun's strong masculine ending
_WEAK_ENDING = "n"          # „dem Deutschen“, „einen Schweden“: singular only after a singular oblique article
_GENITIVE_ENDING = german.SHORT_GENITIVE_ENDING     # „des Österreichers“
_ALWAYS_SINGULAR = german.INDEFINITE_ARTICLES | german.SINGULAR_DEFINITE_ARTICLES - german.CONTRACTIONS   # ein…, dem, des


def national_person(words: Sequence[Word], actor: Actor) -> bool:
    """The State actor is a singular nationality noun after a singular article (`actor-nationality-person`)."""
    if actor.type != "State" or actor.first != actor.last or not words[actor.first].capitalized:
        return False
    low = words[actor.first].lower
    found = _form(low)
    if found is None:
        return False
    base, feminine = found
    k = actor.first - 1
    while k >= 0 and actor.first - k <= _ADJECTIVE_REACH and _adjective(words[k]):
        k -= 1
    if k < 0 or not _singular(words, k, low, base, feminine):
        return False
    fired(NATIONAL_PERSON)
    return True


def _form(low: str) -> tuple[str, bool] | None:
    """(the singular base form, feminine) of a nationality noun as inflected („deutscher“ → „deutsche“)."""
    for base in (low, low.removesuffix(_STRONG_ENDING), low.removesuffix(_WEAK_ENDING),
                 low.removesuffix(_GENITIVE_ENDING)):
        found = singular_demonym(base)
        if found is not None and (base == low or base.endswith(german.MASCULINE_NOUN_E) or low.endswith(_GENITIVE_ENDING)):
            return base, found[1]
    return None


def _adjective(word: Word) -> bool:
    """A lower-case attributive word between article and noun („junge“, „41-jährige“), not the article itself
    (a lower-case „der“ is where the search stops)."""
    return (word.text[:1].islower() and word.lower not in DETERMINERS) or word.text[:1].isdigit() and "-" in word.text


def _singular(words: Sequence[Word], k: int, low: str, base: str, feminine: bool) -> bool:
    """The article at `k` makes the noun `low` (singular form `base`) singular."""
    article = words[k].lower
    if article in _ALWAYS_SINGULAR:
        return True
    if low != base and not low.endswith(_STRONG_ENDING):
        return False        # „der/den Deutschen“: a plural too
    if article in german.APPOSITION_ARTICLES and (feminine or base.endswith(german.MASCULINE_NOUN_E)):
        return low == base          # „der/die Deutsche“, „die Schwedin“, „der Schwede“
    if article in german.OBJECT_ARTICLES:
        return not low.endswith(_WEAK_ENDING)       # „den Österreicher“ (the plural: „den Österreichern“)
    # „Der Österreicher …“ opening a clause: a singular subject; after a noun it is a genitive plural
    return article == german.MASCULINE_NOMINATIVE_ARTICLE and (k == 0 or words[k - 1].text in BOUNDARY_PUNCT)
