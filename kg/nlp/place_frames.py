"""Places no list holds, read from the phrase they stand in (`kg.nlp.places_by_context` runs these
after its own rules, on the same `PlacePass`):

- a name after a noun that belongs to a place and „von“: „der Bürgermeister von Zarnowka“;
- a name joined by „und“, „oder“ or a comma to a place: „Berlin und Zarnowka“, „Zarnowka oder Krakau“;
- a place's genitive after a noun: „der Bürgermeister Quellstedts“.

>>> from kg.nlp import build_nlp
>>> doc = build_nlp()("Die Einwohner von Zarnowka protestierten.")
>>> [(h.text, h.rule) for h in doc._.geokg_hits if h.label == "PLACE"]
[('Zarnowka', 'place-of-noun')]
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg import german, resources
from kg.german import LIST_SEPARATORS
from kg.rules import rule

if TYPE_CHECKING:
    from kg.nlp.places_by_context import PlacePass


@lru_cache(maxsize=1)
def place_of_nouns() -> frozenset[str]:
    """Nouns whose „von“ names a place (`place_of_nouns.tsv`): „die Einwohner von“, „der Bürgermeister von“."""
    return resources.load_word_list("place_of_nouns.tsv")


@rule("place-of-noun", "an unknown name after a noun of kg/data/place_of_nouns.tsv and „von“: „der "
      "Bürgermeister von Zarnowka“, „die Einwohner von Zarnowka“", stage="nlp")
def of_nouns(p: "PlacePass") -> None:
    words, nouns = p.words, place_of_nouns()
    for k in p.caps:
        if k > 1 and words[k - 1] in german.PLAIN_FROM_PREPOSITIONS and words[k - 2] in nouns and p.placeable(k):
            p.add(k, k + 1, "context:of-noun", "place-of-noun")


@rule("place-conjunct", "an unknown name joined to a town or region by „und“, „oder“ or a comma: „Berlin "
      "und Zarnowka“, „Zarnowka oder Krakau“ (not to a state, where an unknown name may be a person's)",
      stage="nlp")
def conjuncts(p: "PlacePass") -> None:
    words, n = p.words, len(p.words)
    towns = {i for i, j in p.places.items() if j == i + 1 and i not in p.states}
    for k in p.caps:
        before = k > 1 and words[k - 1] in LIST_SEPARATORS and k - 2 in towns
        after = k + 2 < n and words[k + 1] in LIST_SEPARATORS and k + 2 in towns
        if (before or after) and p.placeable(k):
            p.add(k, k + 1, "context:conjunct", "place-conjunct")


def _place_stem(p: "PlacePass", word: str) -> bool:
    """'Quellstedts', 'Klosterneuburgs': the word minus its genitive -s is a place by a list, its word class or
    its toponym form, and the word itself is no German word and no person's name word."""
    gaz = p.gaz
    if len(word) < 5 or not word.endswith("s") or not word.isalpha() or word in gaz.common \
            or gaz.name_classes.get(word) in ("SURNAME", "FIRST"):
        return False
    stem, entry = word[:-1], gaz.phrases.get((word[:-1],))
    return (entry is not None and entry.label in ("PLACE", "CAPITAL")) or p.facts.place_word[stem] == 2


def _noun_before(p: "PlacePass", k: int) -> bool:
    """Word k - 1 is a German noun (or its compound), no first name: a genitive after it is its attribute."""
    gaz, w = p.gaz, p.words[k - 1] if k else ""
    return w[:1].isupper() and (w in gaz.common or gaz.compound_noun(w)) and not gaz.is_first_name(w) \
        and gaz.name_classes.get(w) != "FIRST"


@rule("place-genitive", "a place's genitive after a noun: the word minus its -s is a place by a list, its word "
      "class or its toponym form: „der Bürgermeister Quellstedts“, „die Identitätskrise Klosterneuburgs“",
      stage="nlp")
def genitives(p: "PlacePass") -> None:
    words = p.words
    for k in p.caps:
        if words[k][-1:] == "s" and p.free(k) and p.ends_name(k) and _place_stem(p, words[k]) and _noun_before(p, k):
            p.add(k, k + 1, "context:genitive", "place-genitive", key=p.words[k][:-1])   # its nominative


# the English word ending a town's name after it, `ambiguous_nouns.tsv`
_TOWN_TAILS = resources.kind_words("ambiguous_nouns.tsv", "town-tail")


@rule("place-city", "„City“ after a town or one to three unknown names ends the town's English name: "
      "„New York City“, „Salt Lake City“ (not after a state: „Vatikan City“ stays as written)", stage="nlp")
def cities(p: "PlacePass") -> None:
    words = p.words
    towns = {end: start for start, end in p.places.items() if start not in p.states}
    for k in p.caps:
        if words[k] not in _TOWN_TAILS or not k or not p.free(k) or not p.ends_name(k):
            continue
        i = towns.get(k)
        if i is None:
            i = k
            while k - i < 3 and i > 0 and (p.gaz._unknown(words, p.covered, i - 1) or (
                    p.free(i - 1) and words[i - 1] in p.gaz.place_prefixes)):      # "Salt Lake City"
                i -= 1
        if i < k:
            p.replace(i, k + 1, "context:city", "place-city")


def frame_places(p: "PlacePass") -> None:
    """The rules of this module, in order."""
    genitives(p)
    cities(p)
    of_nouns(p)
    conjuncts(p)
