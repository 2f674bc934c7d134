"""Organisations named by an acronym after an article: „die OMV“, „der ÖGB“, „beim VCÖ“.

German gives an acronym the gender of the noun it abbreviates („der Bund“ → „der
DGB“), so an article before an all-capitals word that no list holds makes it a
name; of an organisation, unless the word abbreviates a thing, a law or a unit
(`kg/data/thing_acronyms.tsv`: „das GPS“, „das BIP“, „die WM“) or is a roman numeral
(„Super Bowl XXXI“); after an article in capitals it is a word of a heading („DIE FRAU“).
One capitalised word after it goes on the name („die IG Metall“); before a second one or
a number it is part of a longer name and left alone („die LG G4“). A title word after it
(`titles.tsv`) is a role in the organisation, written apart, no part of its name („der
ÖGB Vertreter“: the ÖGB, and a representative of it).
An acronym whose letters are the initials of an organisation named before it in
the text is that organisation („die Nationale Front … die NF“).

>>> words = "Die OMV und der ÖGB streiten mit der IG Metall über das GPS und die LG G4 .".split()
>>> acronym_spans(words, [False] * len(words), frozenset({"GPS"}))
[(1, 2), (4, 5), (8, 10)]
>>> words = "Dann sprach der VKB Sprecher mit der IG Metall .".split()
>>> acronym_spans(words, [False] * len(words), frozenset(), frozenset({"Sprecher"}))
[(3, 4), (7, 9)]
"""
from __future__ import annotations

import re
from typing import Container, Sequence

from kg.german import CONTRACTIONS, DEFINITE_ARTICLES
from kg.nlp.hits import Hit
from kg.nlp.tokens import positions
from kg.rules import declare, fired

ACRONYM_AFTER_ARTICLE = declare("acronym-after-article", "orgnames",
                                "an acronym no list holds after a definite article is an organisation: "
                                "„die OMV“, „der ÖGB“, „beim VCÖ“; not a thing's („das GPS“)")

ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ&]{1,5}$")
ROMAN = re.compile(r"^[IVXLCDM]+$")
_ARTICLES = DEFINITE_ARTICLES | CONTRACTIONS     # "der ÖGB", "beim VCÖ", "im ZDF"
OPENING_BRACKET = frozenset({"("})     # for `kg.nlp.tokens.positions`


def acronym_spans(words: Sequence[str], covered: Sequence[bool], things: frozenset[str],
                  roles: Container[str] = frozenset()) -> list[tuple[int, int]]:
    """(first token, end) of each organisation's acronym after a definite article, with the word after it
    unless that is a title word of `roles` („der ÖGB Vertreter“)."""
    out = []
    n = len(words)
    for k in range(1, n):
        w = words[k]
        before = words[k - 1]
        if covered[k] or not w.isupper() or not ACRONYM.match(w) or ROMAN.match(w) or w in things \
                or before.lower() not in _ARTICLES or before.isupper():   # "DIE FRAU": a heading in capitals
            continue
        end = k + 1
        role = end < n and words[end] in roles     # "der ÖGB Vertreter": a role in it, no part of the name
        if end < n and words[end][:1].isupper() and words[end].isalpha() and not covered[end] and not role:
            end += 1        # "die IG Metall", "der DDB Group": one word after it goes on the name
        after = words[end] if end < n else ""
        if not role and (after[:1].isupper() or after[:1].isdigit() or after == "-"):
            continue        # "die LG G4 Pro", "die LG G4": part of a longer name
        out.append((k, end))
    return out


ACRONYM_IN_TEXT = declare("acronym-in-text", "orgnames",
                          "an acronym of three or more capitals that no list holds names an organisation also "
                          "without an article: „arbeitete für KPMG“, „laut MDR“; not after a number (a unit: „16 "
                          "GB“), not a thing's („GPS“) or a country's code („AUT“), not in a heading in capitals")
_MIN_LOOSE = 3      # two capitals are too often a thing, a unit or a person's initials („TV“, „KB“, „JR“)


def loose_acronyms(words: Sequence[str], covered: Sequence[bool], things: frozenset[str]) -> list[tuple[int, int]]:
    """(first token, end) of each acronym of three or more capitals inside a sentence that no hit
    covers, with one capitalised word after it („DDB Group“), as `acronym_spans` reads one;
    `things`: the acronyms of things and the codes of countries.

    >>> words = "Er arbeitete für KPMG , dann 16 GBX , laut MDR Sport und DER SPIEGEL , mit GPS .".split()
    >>> loose_acronyms(words, [False] * len(words), frozenset({"GPS"}))
    [(3, 4), (10, 12)]
    """
    out = []
    n = len(words)
    for k in [k for k, w in enumerate(words) if w.isupper() and len(w) >= _MIN_LOOSE]:   # in C speed
        w = words[k]
        before = words[k - 1] if k else ""
        if covered[k] or not ACRONYM.match(w) or ROMAN.match(w) or w in things or before.isupper() \
                or before[:1].isdigit() or out and out[-1][1] > k:
            continue
        end = k + 1
        if end < n and words[end][:1].isupper() and words[end].isalpha() and not covered[end] \
                and not words[end].isupper():
            end += 1
        after = words[end] if end < n else ""
        if not (after[:1].isupper() or after[:1].isdigit() or after == "-"):
            out.append((k, end))
    return out


SLASH_SPELLED = declare("acronym-slash-spelled", "orgnames", "guard: an acronym in brackets right after "
                        "capitalised words joined by „/“ whose initials it spells abbreviates those words (languages, "
                        "subjects), no organisation, there and wherever the article writes it: „Kurse in "
                        "Mathematik/Informatik/Physik (MIP) … Für MIP melden sich viele an“; not „die Kammer der "
                        "Imker (KDI)“")


def slash_spelled(words: Sequence[str]) -> frozenset[str]:
    """The acronyms written in brackets right after capitalised words joined by „/“ whose initials they spell.

    >>> slash_spelled("in Mathematik / Informatik / Physik ( MIP ) und KDI ( KDI )".split())
    frozenset({'MIP'})
    """
    out = set()
    for k in [k for k in positions(words, OPENING_BRACKET) if k + 1 < len(words) and ACRONYM.match(words[k + 1])]:
        parts, b = [], k - 1
        while b >= 0 and words[b][:1].isupper() and words[b].isalpha():
            parts.append(words[b][0])
            if b < 2 or words[b - 1] != "/":
                break
            b -= 2
        if len(parts) >= 2 and "".join(reversed(parts)) == words[k + 1]:
            out.add(words[k + 1])
    return frozenset(out)


def drop_slash_spelled(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits but the organisations named by an acronym that `slash_spelled` finds, whichever rule read them."""
    if "/" not in words:
        return hits
    spelled = slash_spelled(words)
    dropped = [h for h in hits if h.label == "ORG" and h.tok_end == h.tok + 1 and words[h.tok] in spelled]
    if not dropped:
        return hits
    fired(SLASH_SPELLED)
    return [h for h in hits if h not in dropped]


def initials(name: str) -> str:
    """The initials of a name's capitalised words: 'Nationale Front' → 'NF', 'Bund für Umwelt' → 'BU'.

    >>> initials("Deutscher Gewerkschaftsbund"), initials("Verkehrsclub Österreich")
    ('DG', 'VÖ')
    """
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def spelled_out(acronym: str, names: Sequence[str]) -> str | None:
    """The first of `names` (organisations named earlier) whose initials the acronym spells.

    >>> spelled_out("NF", ["Reuters", "Nationale Front"])
    'Nationale Front'
    """
    return next((name for name in names if " " in name and initials(name) == acronym), None)
