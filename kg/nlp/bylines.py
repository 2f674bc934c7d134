"""Bylines: the author a newspaper names in brackets with the day of writing is no person of the story.

„(Hans Mayer, 19.9.2015)“, „(Eva Beispiel-Lindner, Max Muster-Hofmann, 12.3.2016)“, „(Hans
Beispiel aus Genf, 3.5.2016)“, „(Anna Berger; 01.11.2015)“: in brackets, names and the words between
them, a comma or semicolon, then a date, then the
closing bracket (or the text's end, where a feed cut the bracket off). The persons there are dropped; an agency there („(APA/Reuters, 2.8.2015)“) stays an
organisation of the article, for it reported the story.

>>> words = "Er kam . ( Wolfgang Quellberg , 19.9.2015 )".split()
>>> sorted(byline_tokens(words))
[4, 5, 6]
>>> sorted(byline_tokens("Er kam . ( Eva Quellberg , 3.5.2016".split()))
[4, 5, 6]
>>> byline_tokens("Die Partei ( SPÖ , 2015 ) gewann .".split())
set()
"""
from __future__ import annotations

import re
from typing import Sequence

from kg.nlp.hits import Hit
from kg.rules import declare, fired

BYLINE = declare("byline-author-no-person", "bylines", "guard: the author a byline names in brackets with the "
                 "day of writing is no person of the story: „(Wolfgang Quellberg, 19.9.2015)“, also where the text ends "
                 "after the date: „… (Eva Quellberg, 3.5.2016“; an agency there stays "
                 "(„(APA/Reuters, 2.8.2015)“), and a name in brackets with a year only is none: „(SPÖ, 2015)“")

_DAY = re.compile(r"^[0-3]?[0-9]\.[01]?[0-9]\.(19|20)[0-9]{2}$")
_SEPARATORS = (",", ";")   # „(Markus Bernath; 01.11.2015)“
_MAX_WORDS = 12      # a byline is short: two authors, a place, the paper's name


def byline_tokens(words: Sequence[str]) -> set[int]:
    """The tokens inside the brackets of the bylines (most texts have one at most: one test per date)."""
    out: set[int] = set()
    n = len(words)
    for k in range(2, n):
        if (k + 1 < n and words[k + 1] != ")") or not _DAY.match(words[k]) or words[k - 1] not in _SEPARATORS:
            continue        # the closing bracket, or the text's end where a feed cut it off: „(Hans Mayer, 19.9.2015“
        b = k - 1
        while b > 0 and k - b < _MAX_WORDS and words[b - 1] not in ("(", ")"):
            b -= 1
        if b > 0 and words[b - 1] == "(" and words[b][:1].isupper():
            out.update(range(b, k))
    return out


def drop_bylines(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the persons of a byline; fires the guard where it drops one."""
    if "(" not in words:
        return hits
    inside = byline_tokens(words)
    if not inside:
        return hits
    kept = [h for h in hits if not (h.label == "PER" and h.tok in inside)]
    if len(kept) < len(hits):
        fired(BYLINE)
    return kept
