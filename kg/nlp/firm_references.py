"""A company named again by a bare noun of its kind: „Die Brantel AG meldet Verluste. Der Konzern kündigte an, 500
Stellen zu streichen“, „… müsse das Unternehmen mit Streiks rechnen“.

Economic news names a firm once and then calls it „der Konzern“, „das Unternehmen“, „die Bank“. Such a noun after a
singular definite article of its gender (`company_reference_nouns.tsv`), with no name or complement of its own after
it, is the one company the text named in its sentence or the two before it. Where two companies, an organisation of no known kind
(„KPMG“, which may be a firm too) or, for „die Bank“, any organisation whose name holds the noun („Zentralbank“) were
named there, it stays unread: the noun could be either's.

>>> nouns = {"konzern": ("m", False), "unternehmen": ("n", False), "bank": ("f", True)}
>>> words = "Die Brantel AG wächst . Der Konzern streicht Stellen".split()
>>> firm_references(words, [(1, 3, "Brantel AG")], set(), {"Brantel AG"}, set(), set(), nouns)
[(6, 7, 'Brantel AG')]
>>> firm_references(words[:5] + ["Velmor", "klagt", "."] + words[5:], [(1, 3, "Brantel AG"), (5, 6, "Velmor")],
...                 set(), {"Brantel AG"}, {"Velmor"}, set(), nouns)
[]
>>> firm_references("Die Brantel AG wächst . Die Bank streicht".split(), [(1, 3, "Brantel AG")], set(),
...                 {"Brantel AG"}, set(), set(), nouns)
[]
>>> firm_references("Die Brantel AG wächst . Die Unternehmen streichen".split(), [(1, 3, "Brantel AG")], set(),
...                 {"Brantel AG"}, set(), set(), nouns)
[]
"""
from __future__ import annotations

from typing import Collection, Mapping, Sequence

from kg import german
from kg.nlp.orgreferences import sentences_ended
from kg.rules import declare, fired

FIRM_REFERENCE = declare("org-company-reference", "orgnames",
                         "a bare noun of a company after a singular definite article of its gender („der Konzern“, "
                         "„das Unternehmen“, „die Bank“, „die Fluglinie“; `company_reference_nouns.tsv`) is the one "
                         "company the text named in its sentence or the two before it: „Die Brantel AG meldet Verluste. Der "
                         "Konzern kündigte an, 500 Stellen zu streichen“; not where two companies were named there, or, "
                         "for „die Bank“, another organisation whose name holds the noun („die Nordbank … die "
                         "Zentralbank … Die Bank“), not a plural („die Unternehmen“), not before a name or a complement "
                         "of its own („der Konzern Velmor“, „der Hersteller von Rädern“), not a genitive plural after a "
                         "noun („Sprecher der Hersteller“)")

# sentences from a company's last naming to a noun that refers back to it: further back, firms a text names that no
# rule reads (an unlisted „Apple“) may have come between
_REACH = 2
# words after the noun that give it a complement of its own: „der Hersteller von Rädern“, „die Bank für …“
_COMPLEMENTS = german.FOR_PREPOSITIONS | german.GENITIVE_ARTICLES | german.PLAIN_FROM_PREPOSITIONS


def firm_references(words: Sequence[str], orgs: Sequence[tuple[int, int, str]], taken: set[int],
                    companies: Collection[str], rivals: Collection[str], asides: Collection[int],
                    nouns: Mapping[str, tuple[str, bool]]) -> list[tuple[int, int, str]]:
    """(token, token + 1, key) of each bare company noun (`nouns`: noun → its gender and whether it refers only to a
    company named with it, „die Oligarchenbank KTB“, „die Bank Austria“) after a singular definite article
    that refers to the one company (a key in `companies`) of `orgs` (first token, end, key; in text order) named at
    most `_REACH` sentences before it, where no organisation of `rivals` (of no known kind, which might be a company
    too) was named there; `asides`: the first tokens of namings that make a noun ambiguous but are no actor it
    refers to („auf Facebook“, „die Facebook-Seite“); `taken`: the tokens a hit covers."""
    firms = [(i, key) for i, _, key in orgs if key in companies]
    if not firms:
        return []
    sentence = sentences_ended(words)
    out: list[tuple[int, int, str]] = []
    for k in range(firms[0][0] + 1, len(words)):
        noun = _bare_noun(words, k, taken, nouns)
        if noun is None:
            continue
        named = [(i, key) for i, _, key in (*orgs, *out) if i < k and sentence[k] - sentence[i] <= _REACH
                 and (key in companies or key in rivals or noun in key.lower())]
        keys = {key for _, key in named}
        if len(keys) == 1 and keys <= set(companies) and any(i not in asides for i, _ in named) \
                and (not nouns[noun][1] or _named_with(words, orgs, keys, noun)):
            out.append((k, k + 1, keys.pop()))
    if out:
        fired(FIRM_REFERENCE)
    return out


def _named_with(words: Sequence[str], orgs: Sequence[tuple[int, int, str]], keys: set[str], noun: str) -> bool:
    """Whether the company of `keys` is named with `noun`: in its name, or right before a naming of it."""
    key = next(iter(keys))
    return noun in key.lower() or any(o == key and i > 0 and words[i - 1].lower().endswith(noun) for i, _, o in orgs)


def _bare_noun(words: Sequence[str], k: int, taken: set[int], nouns: Mapping[str, tuple[str, bool]]) -> str | None:
    """The company noun (lower case) words[k] is after a singular definite article of its gender, with no name or
    complement after it and no noun before the article that would make it a genitive plural; else None."""
    if k < 1 or k in taken or not words[k][:1].isupper():
        return None
    noun = next((s.lower() for s in (words[k], *german.genitive_stems(words[k])) if s.lower() in nouns), None)
    if noun is None or words[k - 1].lower() not in german.SINGULAR_DEFINITE_ARTICLES_BY_GENDER[nouns[noun][0]]:
        return None
    if k + 1 < len(words) and (words[k + 1][:1].isupper() or words[k + 1] in _COMPLEMENTS):
        return None
    if words[k - 1] in german.FEMININE_GENITIVE_ARTICLES and k > 1 and words[k - 2][:1].isupper() \
            and nouns[noun][0] != _FEMININE:
        return None     # „Sprecher der Hersteller“: a genitive plural
    return noun


_FEMININE = "f"
