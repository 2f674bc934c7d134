"""Negotiators: a lone name no list holds that negotiates is an organisation, a company most often („Die Stadt
verhandelt seit einem Jahr mit Quorvex“, „QVX verhandelt mit der Behörde“). A news text introduces a person in full
(a first name, a title), so a lone word it never introduces so, that negotiates, names a body.

The words of negotiating are in `kg/data/negotiation_words.tsv`, as the forms a token shows.

>>> words = "Die Stadt verhandelt seit Monaten mit Quorvex . QVX verhandelt mit ihr .".split()
>>> negotiating_tokens(words, {"verhandelt"}, lambda k: words[k] in ("Quorvex", "QVX"))
[6, 8]
"""
from __future__ import annotations

from typing import Callable, Sequence

from kg import german, resources
from kg.nlp.tokens import positions
from kg.rules import declare

NEGOTIATOR = declare("negotiating-party", "speakers", "a lone capitalised word that no list, word class or German "
                     "lexicon holds and the article names nowhere beside a name word or after a title, or an acronym "
                     "no list holds, that negotiates (the partner after „mit“ of a form of „verhandeln“ or of "
                     "„Verhandlungen“ in its clause, or the subject right before a finite „verhandelt“) is an "
                     "organisation: „Der Bürgermeister verhandelt seit einem Jahr mit Quorvex“, „QVX verhandelt mit "
                     "der Behörde“; not „verhandelt mit Kowalczyk“ after „Anna Kowalczyk“, not „mit Quorvex Holding“")

NEGOTIATING = resources.listed_words("negotiation_words.tsv")

_REACH = 6              # words between „mit X“ and its verb: „seit einem Jahr mit Quorvex verhandelt“
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "–", "(", ")", "„", "“", "\""})
# what may stand before a subject that opens its clause: „QVX verhandelt“, „…, und QVX verhandelt“
_BEFORE_SUBJECT = _CLAUSE_ENDS | german.AND_CONJUNCTIONS | german.BUT_CONJUNCTIONS


def negotiating_tokens(words: Sequence[str], negotiating: set[str] | frozenset[str],
                       may_name: Callable[[int], bool]) -> list[int]:
    """Tokens k of a one-word name that negotiates: after „mit“ (and an article) in a clause with a word of
    `negotiating`, or right before a finite verb of it as the clause's first word.

    `may_name(k)`: word k may be a body's lone name.
    """
    n = len(words)
    out = set()
    for k in positions(words, german.WITH_PREPOSITIONS):
        j = k + 2 if k + 2 < n and words[k + 1] in german.DATIVE_ARTICLES else k + 1
        if j < n and _lone_capitalised(words, j) and _negotiates(words, k, j, negotiating) and may_name(j):
            out.add(j)
    for v in (v for v in positions(words, negotiating) if words[v].islower()):
        j = v - 1
        if j >= 0 and _lone_capitalised(words, j) and (j == 0 or words[j - 1] in _BEFORE_SUBJECT) and may_name(j):
            out.add(j)
    return sorted(out)


def _lone_capitalised(words: Sequence[str], j: int) -> bool:
    """Word j is capitalised and no capitalised word follows it (a longer name: „Quorvex Holding“)."""
    after = words[j + 1] if j + 1 < len(words) else ""
    return words[j][:1].isupper() and not (after[:1].isupper() and after.isalpha())


def _negotiates(words: Sequence[str], k: int, j: int, negotiating: set[str] | frozenset[str]) -> bool:
    """A word of negotiating stands within `_REACH` words before „mit“ at k or after its name at j, in one clause."""
    for step, start in ((-1, k - 1), (1, j + 1)):
        for i in range(start, start + step * _REACH, step):
            if not 0 <= i < len(words) or words[i] in _CLAUSE_ENDS:
                break
            if words[i] in negotiating:
                return True
    return False
