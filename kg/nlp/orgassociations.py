"""Associations named by a coined compound of their kind alone: „die Industriellenvereinigung“, „der
Handelsverband“, „laut Brillenverband“.

A country's association of one trade or class is named in its news by a compound of the members or the trade and
an association's noun (`kg/data/association_heads.tsv`: -verband, -vereinigung, -gewerkschaft), with a definite
article and nothing after it, as a ministry is („das Außenministerium“): one body, an organisation. A compound the
lexicon holds as a German word names a kind of association, no body („der Fachverband“, „der Arbeitgeberverband“,
„der Landesverband“ refer back to one named before), and so does the same compound before a name elsewhere in the
article („des Brillenverbands Optica … dem Brillenverband zufolge“ is Optica, read by its name).

>>> words = "Die Brillenvereinigung und der Fachverband lehnten ab ; laut Optikerverband Optica nicht .".split()
>>> article = lambda k: words[k - 1].lower() in ("die", "der")
>>> association_spans(words, [False] * len(words), ("verband", "vereinigung"), lambda w: w != "Fachverband", set(),
...                   article)
[(1, 'Brillenvereinigung')]
>>> association_spans("des Brillenverbands ( BV ) zufolge".split(), [False] * 6, ("verband",), lambda w: True, set(),
...                   lambda k: k == 1)
[(1, 'Brillenverband')]
"""
from __future__ import annotations

from typing import Callable, Collection, Sequence

from kg import german
from kg.nlp.tokens import capitalised
from kg.rules import declare

ASSOCIATION_KIND = declare("org-association-coined-compound", "orgnames",
                           "a compound of an association's noun (-verband, -vereinigung, -gewerkschaft) that the "
                           "lexicon does not hold, after a definite article or „laut“ and before no name, genitive or "
                           "capitalised word, is the one association it was coined for: „die Brillenvereinigung "
                           "lehnte ab“, „laut Optikerverband“; not a compound the lexicon holds („der Fachverband“, "
                           "„der Arbeitgeberverband“), a plural („die Optikerverbände“) nor one that stands before a "
                           "name elsewhere in the article („der Optikerverband Optica … der Optikerverband“)")
_MIN_MODIFIER = 3       # letters before the head: „Brillenverband“, not „Verband“ itself


def association_stem(word: str, heads: Sequence[str]) -> str | None:
    """The nominative singular of a compound ending in one of `heads`, with a modifier of three letters or more
    before it: 'Brillenverbands' → 'Brillenverband'; None for the head alone, a plural or another word.

    >>> association_stem("Brillenverbandes", ("verband",)), association_stem("Verband", ("verband",))
    ('Brillenverband', None)
    >>> association_stem("Brillenverbände", ("verband",))
    """
    if not word[:1].isupper() or not word.isalpha():
        return None
    low = word.lower()
    if not any(head in low for head in heads):
        return None     # most capitalised words: no head, no stem to try
    for stem in (word, *(word[: -len(e)] for e in german.GENITIVE_ENDINGS if low.endswith(e))):
        for head in heads:
            if stem.lower().endswith(head) and len(stem) - len(head) >= _MIN_MODIFIER:
                return stem
    return None


def association_spans(words: Sequence[str], taken: Sequence[bool], heads: Sequence[str],
                      coined: Callable[[str], bool], named: Collection[str],
                      after_article: Callable[[int], bool]) -> list[tuple[int, str]]:
    """(token, name) of each coined association compound (`coined` of its stem: no word the lexicon holds) that no
    hit takes, after a definite article (`after_article`) or an attribution preposition, before no capitalised word
    or genitive article (an acronym in brackets may follow: „der Brillenvereinigung (BV)“), and not one of `named`
    (the stems that name an organisation read by another rule in the article)."""
    out = []
    n = len(words)
    for k in capitalised(words):        # `association_stem` of a capitalised word only
        if taken[k] or k == 0:
            continue
        stem = association_stem(words[k], heads)
        if stem is None or stem in named or not coined(stem):
            continue
        nxt = words[k + 1] if k + 1 < n else ""
        if nxt[:1].isupper() or nxt in german.GENITIVE_ARTICLES or nxt == "(" and not _acronym_after(words, k + 1):
            continue
        if after_article(k) or words[k - 1].lower() in german.ATTRIBUTION_PREPOSITIONS:
            out.append((k, stem))
    return out


def _acronym_after(words: Sequence[str], k: int) -> bool:
    """An acronym in brackets opens at token k: „( BV )“."""
    return k + 2 < len(words) and words[k + 1].isupper() and words[k + 1].isalpha() and words[k + 2] == ")"
