"""Last words on the state adjectives: where a state's adjective names no state.

- „die Spanische Hofreitschule“, „auf den Britischen Jungferninseln“: inside a sentence
  German writes an attributive adjective in lower case; capitalised before a capitalised
  noun it is the first word of a proper name (an institution, an island group, an epidemic),
  and a state inside a name is no mention of the state. „der Deutsche Sebastian Vettel“ (a
  demonym before a person's name) and the sentence's first word stay.
- „ins Deutsche übersetzt“, „vom Russischen“: the nominalised adjective after an article
  contracted with a preposition, no noun after it, is the language.
- „bei Brantex Italien“, „die Zeitung Kanada Herald“, „bei den Kanada Open“: a state's name joined
  with no article, preposition or comma to a capitalised word that is no German word (a brand, a
  foreign word) is part of that foreign name, no mention of the state; so is a state's or capital's
  name after two English name words („am Kingsley College Madrid“, „The Grand Oslo Hotel“).

Only the declinable -isch adjectives (and „deutsch“) are read so: „der Schweizer Bundesrat“
is written capitalised wherever it stands, and „die US-amerikanischen Behörden“ is no name.

>>> from kg.nlp import build_nlp
>>> [(h.text, h.label) for h in build_nlp()("Wir besuchten die Spanische Hofreitschule.")._.geokg_hits]
[]
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from kg import german
from kg.nlp.hits import Hit
from kg.rules import declare, fired

STAGE = "state guards"
ADJECTIVE_IN_NAME = declare("state-adjective-in-name", STAGE, "guard: a state's adjective capitalised inside a "
                            "sentence before a capitalised noun opens a proper name and names no state: „die "
                            "Spanische Hofreitschule“, „auf den Britischen Jungferninseln“; not „der Deutsche "
                            "Sebastian Vettel“")
NOMINAL_LANGUAGE = declare("nominal-language", STAGE, "guard: a state's adjective as a noun after a contracted "
                           "article („ins“, „im“, „vom“) is the language: „ins Deutsche übersetzt“, „im Ungarischen“")

CURRENCY_ADJECTIVE = declare("state-adjective-currency", STAGE, "guard: a state's adjective right before a currency's "
                             "noun names the currency, no state: „200 australische Dollar“, „in Schweizer Franken“ "
                             "(as „US-Dollar“); not „der australische Premier“")

FOREIGN_NAME = declare("state-in-foreign-name", STAGE, "guard: a state's name (or capital's) right after or "
                      "right before a capitalised word that is no German word (a brand, a foreign word) is part of "
                      "that foreign name, no mention of the state: „der Chef von Brantex Italien“, „die Zeitung "
                      "Kanada Herald“, „bei den Kanada Open“, also after two English name words („am Kingsley "
                      "College Madrid“, „The Grand Oslo Hotel“); not after a preposition („ein Turnier in Marokko "
                      "Kowalski gewann“), not beside a person's name, not the genitive („Kanadas Premier“)")

# a declinable state adjective with its ending: „Spanischen“, „Deutsche“ (not „Schweizer“)
_DECLINED = re.compile(r"(?:isch|deutsch)(?:" + "|".join(german.ADJECTIVE_ENDINGS) + r")$")


def drop_named_adjectives(words: Sequence[str], hits: list[Hit], noun: Callable[[str], bool]) -> list[Hit]:
    """The hits without the state adjectives that open a proper name or name a language.

    `noun(w)`: w is a German noun (a compound too) and no first name or title, so „der Deutsche
    Sebastian Vettel“, „der Deutsche Rießle“ keep their state.
    """
    out = []
    for h in hits:
        if h.label == "STATE" and h.tok_end - h.tok == 1 and h.form in ("adjective", "demonym") \
                and h.tok > 0 and _DECLINED.search(h.text.casefold()) and h.text.rsplit("-", 1)[-1][:1].isupper() \
                and words[h.tok - 1] not in german.SENTENCE_OPENERS:
            rule = _guard(words, h.tok, noun)
            if rule is not None:
                fired(rule)
                continue
        out.append(h)
    return out


def _guard(words: Sequence[str], k: int, noun: Callable[[str], bool]) -> str | None:
    """The rule that takes the state adjective at k for no state's, or None."""
    after = words[k + 1] if k + 1 < len(words) else ""
    if words[k - 1].casefold() in german.CONTRACTIONS and not after[:1].isupper():
        return NOMINAL_LANGUAGE
    if after[:1].isupper() and noun(after):
        return ADJECTIVE_IN_NAME
    return None


def drop_currency_adjectives(words: Sequence[str], hits: list[Hit], currencies: frozenset[str]) -> list[Hit]:
    """The hits without the state adjectives right before a currency's noun („australischen Dollar“)."""
    out = []
    for h in hits:
        if h.label == "STATE" and h.form in ("adjective", "demonym") and h.tok_end < len(words) \
                and words[h.tok_end] in currencies:
            fired(CURRENCY_ADJECTIVE)
            continue
        out.append(h)
    return out


_NAMED = ("STATE", "CAPITAL")
_NEIGHBOURS = ("STATE", "CAPITAL", "PER", "PLACE")     # a word of these is its own mention, no part of a name


def drop_states_in_names(words: Sequence[str], hits: list[Hit], foreign: Callable[[str], bool],
                         unknown: Callable[[str], bool]) -> list[Hit]:
    """The hits without the states and capitals whose name is joined to a foreign word of a longer name.

    `foreign(w)`: w is a capitalised word that is no German word (unknown, a brand or a foreign word of the
    lexicon: „Today“, „Open“), no compound of German nouns, first name or title; `unknown(w)`: w is a
    capitalised word no lexicon holds, with no German noun at its end and of no name's word class
    („Brantex“; not „Heimat“ nor „Kriegsland“, which stand before a state's name as its apposition).
    """
    singles = [h for h in hits if h.label in _NAMED and h.form == "name" and h.tok_end - h.tok == 1]
    if not singles:
        return hits
    taken = {k for h in hits if h.label in _NEIGHBOURS for k in range(h.tok, h.tok_end)}
    dropped = set()
    for h in singles:
        if _in_foreign_name(words, h, taken, foreign, unknown):
            fired(FOREIGN_NAME)
            dropped.add(id(h))
    return [h for h in hits if id(h) not in dropped] if dropped else hits


def _english_word(words: Sequence[str], k: int, taken: set[int], foreign: Callable[[str], bool]) -> bool:
    """Word k is a foreign word or an English article and no mention of its own: an English name's first word
    („University“ in „University College London“, „The“ in „The Grand Lindau Hotel“; not „Im Brantex Berlin“)."""
    return k not in taken and (words[k].lower() in german.ENGLISH_ARTICLES or foreign(words[k]))


def _in_foreign_name(words: Sequence[str], h: Hit, taken: set[int], foreign: Callable[[str], bool],
                     unknown: Callable[[str], bool]) -> bool:
    """An unknown word right before the state's name („Brantex Italien“), a foreign word after another name's
    word right before it („University College London“), or a foreign word right after it where no preposition
    opens the state's phrase („die Kanada Open“, not „in Marokko Kowalski“)."""
    before, after = h.tok - 1, h.tok_end
    if before >= 0 and before not in taken and unknown(words[before]):
        return True
    if before >= 1 and foreign(words[before]) and _english_word(words, before - 1, taken, foreign):
        return True
    return after < len(words) and after not in taken and foreign(words[after]) \
        and not (before >= 0 and words[before].lower() in german.PREPOSITIONS)
