"""The gender a role tells: the feminine of a title declined like an adjective („die Vorsitzende“, where
`titles.tsv` lists „Vorsitzender“), and whether a role as written is a woman's or a man's title.

>>> feminine_role("Kanzlerin"), feminine_role("Landtagsabgeordnete"), feminine_role("Verein")
(True, True, False)
>>> masculine_role("Finanzminister"), masculine_role("Vorsitzender"), masculine_role("Premier")
(True, False, False)
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from kg import german, resources
from kg.extract.rules import declare, fired


FEMININE_ADJECTIVE_TITLE = declare("title-role-feminine-adjective", "title role", "a title declined like an "
                                   "adjective („Vorsitzender“, „Abgeordneter“) held by one name, in its -e form after "
                                   "a feminine determiner or after no determiner, names a woman: „die neue "
                                   "Vorsitzende Wiebke Tarrow“, „Landtagsabgeordnete Wiebke Tarrow sagte“ → role "
                                   "„Vorsitzende“, „Landtagsabgeordnete“; not „der Vorsitzende Arno Pelzig“, „weitere "
                                   "Abgeordnete“; „der Abgeordneten Wiebke Tarrow“ → „Abgeordnete“, not „des Abgeordneten Arno Pelzig“")

# the determiners of a feminine singular noun in the nominative or accusative: „die“, „eine“, „ihre“ Vorsitzende
_FEMININE_DETERMINERS = german.FEMININE_NOMINATIVE_ARTICLES | (german.NOMINATIVE_POSSESSIVES
                                                               & german.FEMININE_DETERMINERS)
_ADJECTIVE_REACH = 3        # adjectives between a determiner and its title: „die neue grüne Abgeordnete“


@lru_cache(maxsize=1)
def _adjective_titles() -> tuple[tuple[str, str], ...]:
    """(masculine, feminine) of each title declined like an adjective, lower case: („vorsitzender“, „vorsitzende“)."""
    return tuple((r.title.lower(), r.feminine.lower()) for r in resources.load_titles()
                 if r.declension == "adjective" and r.feminine and r.title.lower().startswith(r.feminine.lower()))


@lru_cache(maxsize=1)
def _gendered_titles() -> tuple[str, ...]:
    """The titles, lower case, whose feminine differs by an ending other than an adjective's: „minister“ (of
    „Ministerin“), „chef“; not „Premier“ (no feminine), „Vorsitzender“ (written „Vorsitzende“ for either)."""
    return tuple(r.title.lower() for r in resources.load_titles()
                 if r.declension != "adjective" and r.feminine and r.feminine.lower() != r.title.lower())


@lru_cache(maxsize=1)
def title_words() -> tuple[str, ...]:
    """Every title of `titles.tsv`, lower case, masculine and feminine: a word ending in one is a title."""
    return tuple({t.lower() for r in resources.load_titles() for t in (r.title, r.feminine) if t})


def feminine_role(role: str) -> bool:
    """The role is a woman's title: „Kanzlerin“ (not „Verein“), or an adjective title's feminine („Vorsitzende“)."""
    low = role.lower()
    if low.endswith(german.FEMININE_ENDING) and not low.endswith(german.FEMININE_LOOKALIKE_ENDINGS):
        return True
    return any(low.endswith(fem) for _, fem in _adjective_titles())


def masculine_role(role: str) -> bool:
    """The role is a man's title: one whose feminine ends otherwise („Finanzminister“, „Rechtsanwälte-Präsident“),
    not a title written alike for both („Premier“) nor one declined like an adjective."""
    low = role.lower()
    return not feminine_role(role) and low.endswith(_gendered_titles())


def feminine_form(role: str, written: str, around: tuple[Sequence[str], Sequence[str]], single: bool) -> str:
    """The role of a title written `written` between the words `around` (those before it, nearest last, and those
    after it): its feminine where it is a title declined like an adjective held by one name (`single`) whose form
    names a woman, else `role`."""
    before, after = around
    low = role.lower()
    pair = next(((m, f) for m, f in _adjective_titles() if low.endswith(m)), None)
    if pair is None or not single:
        return role
    feminine = role[:len(role) - len(pair[0]) + len(pair[1])]
    form = written.lower()
    if form.endswith(feminine.lower()):
        woman = _woman(before)
    else:       # „der Abgeordneten X“: the -n form is a woman's only after a feminine genitive or dative
        woman = form.endswith(feminine.lower() + german.DATIVE_PLURAL_LINK) and _oblique_woman(before) \
            and not any(w.lower() in german.LIST_CONJUNCTIONS for w in after)     # „der Abgeordneten X und Y“
    if not woman:
        return role
    fired(FEMININE_ADJECTIVE_TITLE)
    return feminine


def _woman(before: Sequence[str]) -> bool:
    """The words before an adjective title's -e form make it feminine: a feminine determiner after its adjectives,
    or no determiner, adjective nor count word at all („die neue Vorsitzende“, „. Abgeordnete X“; not „der
    Vorsitzende“, „weitere Abgeordnete“, „zwei Abgeordnete“)."""
    k = len(before) - 1
    adjectives = 0
    while k >= 0 and adjectives < _ADJECTIVE_REACH and _adjective(before[k]):
        k, adjectives = k - 1, adjectives + 1
    word = before[k].lower() if k >= 0 else ""
    if word in _FEMININE_DETERMINERS:
        return True
    if word in german.DETERMINERS or word in german.PLURAL_QUANTIFIERS or word[:1].isdigit():
        return False
    # „weitere Abgeordnete“, „Grüne Abgeordnete“: an adjective without a determiner may open a plural
    return not word.endswith(german.ADJECTIVE_ENDINGS) and not any(w.islower() for w in before[k + 1:])


def _oblique_woman(before: Sequence[str]) -> bool:
    """The words before an adjective title's -n form end with a feminine genitive or dative determiner and its
    adjectives: „der neuen Vorsitzenden“, „zur Vorsitzenden“ (not „den“, „dem“, „des“)."""
    k = len(before) - 1
    while k >= 0 and len(before) - k <= _ADJECTIVE_REACH and _adjective(before[k]):
        k -= 1
    return k >= 0 and before[k].lower() in german.FEMININE_OBLIQUE_DETERMINERS


def _adjective(word: str) -> bool:
    """An attributive adjective before a title: „neue“, „grüne“, or a town's „Wiener“."""
    low = word.lower()
    if not word.replace("-", "").isalpha() or low in german.DETERMINERS or low in german.PLURAL_QUANTIFIERS:
        return False
    return low.endswith(german.ADJECTIVE_ENDINGS) if word.islower() else word.endswith(german.ER_SUFFIX)
