"""An organisation's name spelled out before its acronym in brackets: „der Verband Deutscher
Zoodirektoren (VDZ)“, „die Alternative für Deutschland (AfD)“, „die Deutsche Presse-Agentur (DPA)“.

German news introduces an organisation by its full name and gives the acronym it goes by in
brackets after it. Where the initials of the capitalised words right before the bracket (and
of the parts of a hyphenated one) spell the acronym, those words are the organisation's name,
with the joining words inside it („für“, „der“, „und“, „gegen“) where the acronym writes their letter
(„gegen“ also in capitals: „der Verein gegen Lärmfabriken (VGL)“) or skips them. The name is the acronym's organisation: it takes the acronym's key. A place or a
state's adjective inside the name is part of it („Deutscher“). Where the word before the bracket is a
definite noun of an organisation's kind, the acronym is that organisation's whatever its letters spell (another
language's name: „der andine Bauernverband (FENACOLA)“; a short name: „das Forschungsinstitut (Lafo)“).

>>> words = "Laut dem Verband Deutscher Zoodirektoren ( VDZ ) und der Alternative für Deutschland ( AfD )".split()
>>> spelled_before(words, 5), spelled_before(words, 13)
(2, 10)
>>> spelled_before("Das sagte Angela Merkel ( CDU )".split(), 4) is None
True
"""
from __future__ import annotations

import re
from typing import Sequence

from kg import german
from kg.rules import declare

SPELLED_OUT = declare("name-spelled-by-acronym", "orgnames",
                      "the capitalised words before an acronym in brackets whose initials spell it are the "
                      "organisation's name: „der Verband Deutscher Zoodirektoren (VDZ)“, „die Alternative für "
                      "Deutschland (AfD)“, also with what a group is against, whose letter the acronym spells: „der "
                      "Verein gegen Lärmfabriken (VGL)“")

COMPOUND_SPELLED = declare("name-compound-spelled-by-acronym", "orgnames",
                           "one compound ending in an organisation's noun right before an acronym in brackets, "
                           "whose letters hold the acronym's in order from its first, is the organisation's name: "
                           "„der Verwaltungsgerichtshof (VwGH)“, „das Landeskriminalamt (LKA)“; not a thing's noun "
                           "(„das Bruttoinlandsprodukt (BIP)“) nor letters out of order („die Volkspartei (PP)“)")

AFTER_ORG_NOUN = declare("acronym-after-org-noun", "orgnames",
                         "an acronym in brackets right after a definite noun of an organisation's kind is that "
                         "organisation's acronym, also where its letters spell a name in another language: „der "
                         "kolumbianische Bauernverband (FENACOL)“, „die Antidrogenbehörde (DNX)“; not after an "
                         "indefinite noun („eine Aktiengesellschaft (AG)“), a thing's noun („das Bruttoinlandsprodukt "
                         "(BIP)“) or a legal form („die Gesellschaft (GmbH)“)")

# an acronym as organisations write theirs: capitals, maybe a small joining letter („AfD“, „BfV“)
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜa-zäöü&]{1,7}$")
_JOINERS = german.NAME_JOINERS | german.GENITIVE_ARTICLES | german.FOREIGN_NAME_CONNECTORS | {german.AGAINST}
_DETERMINERS = frozenset(w.capitalize() for w in german.DETERMINERS)
_MAX_WORDS = 8
_WORD_INITIAL = re.compile(r"\b\w")


def bracketed_acronym(words: Sequence[str], i: int) -> bool:
    """Whether words[i] opens „( ACRONYM )“ after a capitalised word (cheap tests first)."""
    return words[i] == "(" and i > 0 and i + 2 < len(words) and words[i + 2] == ")" \
        and words[i - 1][:1].isupper() and ACRONYM.match(words[i + 1]) is not None \
        and sum(c.isupper() for c in words[i + 1]) >= 2


def spelled_before(words: Sequence[str], i: int) -> int | None:
    """The first token of the name before the bracket at i whose initials spell the acronym at i + 1,
    or None."""
    letters = words[i + 1].replace("&", "").lower()
    pos = len(letters)
    k = i - 1
    while k >= 0 and i - k <= _MAX_WORDS and pos > 0:
        w = words[k]
        if w[:1].isupper() and w.replace("-", "").isalpha() and w not in _DETERMINERS:
            pos = _consume(w, letters, pos)
            if pos is None:
                return None
            if pos == 0:
                return k
        elif w in _JOINERS:
            if letters[pos - 1] == w[0] and (words[i + 1][pos - 1].islower() or w == german.AGAINST):
                pos -= 1        # „AfD“: the small letter is the joining word's; „VGT“: what the group is against
        else:
            return None
        k -= 1
    return None


def compound_spells(word: str, acronym: str) -> bool:
    """Whether the letters of one compound hold the acronym's in order, the first its first:
    „Verwaltungsgerichtshof“ spells „VwGH“, „Landeskriminalamt“ „LKA“, „Volkspartei“ not „PP“.

    >>> compound_spells("Verwaltungsgerichtshof", "VwGH"), compound_spells("Volkspartei", "PP")
    (True, False)
    """
    letters = acronym.replace("&", "").lower()
    low = word.lower()
    if len(letters) < 2 or not low.startswith(letters[0]) or len(low) < 3 * len(letters):
        return False
    at = 1
    for c in letters[1:]:
        at = low.find(c, at) + 1
        if at == 0:
            return False
    return True


def abbreviates(name: str, acronym: str) -> bool:
    """Whether the acronym's letters stand in the name in order, the first of them a word's initial, as a
    name's acronym takes letters from inside its compounds: „Wiener Handelsgericht“ (HG), „Österreichischer
    Naturschutzbund“ (ÖNB); not „Partei der Einheit“ (PYD).

    >>> abbreviates("Wiener Handelsgericht", "HG"), abbreviates("Kunsthistorisches Museum", "KHM")
    (True, True)
    >>> abbreviates("Partei der Einheit", "PYD"), abbreviates("Verband der Sender", "VÖS")
    (False, False)
    """
    letters = acronym.replace("&", "").lower()
    low = name.lower()
    for start in (m.start() for m in _WORD_INITIAL.finditer(low) if low[m.start()] == letters[:1]):
        at = start + 1
        for c in letters[1:]:
            at = low.find(c, at) + 1
            if at == 0:
                break
        else:
            return True
    return False


def _consume(word: str, letters: str, pos: int) -> int | None:
    """Where the letters still to spell end once `word` is read from the right: the initials of its
    hyphenated parts („Presse-Agentur“: p, a) or its first letter alone; None if neither fits."""
    parts = "".join(p[0].lower() for p in word.split("-") if p)
    if len(parts) > 1 and letters[:pos].endswith(parts):
        return pos - len(parts)
    return pos - 1 if letters[pos - 1] == word[0].lower() else None
