"""A newspaper's masthead written in capitals inside running text: „sagte er dem KURIER“, „DIE ABENDPOST
berichtete“, „wie zum BLICKPUNKT bekannt wurde“.

Many papers print their own title in capitals, and so do the papers citing them as a source. An ordinary German noun
written all in capitals after a definite article is no acronym but such a title: the medium, an organisation. A word
of up to six letters after a lower-case article is left to the acronym rule (`kg.nlp.orgacronyms`: „die NASA“, „die
OMV“), which reads it as an organisation too. Not where it is no citation: a play's or an interview's speaker before
a colon or a bracket („DER MANN: Ja.“, „DIE FRAU (nickt)“), a line written all in capitals, nor the paper's name in
a byline („(Max Muster, DER KURIER, 5.8.2015)“); after an article in capitals, only before a verb of reporting or
saying („DIE FRAU lachte“ is a play's or a heading's).

>>> words = "Das sagte er dem BLICKPUNKT , und DIE ABENDPOST berichtete . DER MANN : Ja .".split()
>>> masthead_spans(words, [False] * len(words), {"Blickpunkt", "Abendpost", "Mann"}.__contains__, set(),
...                {"berichtete"}.__contains__)
[(4, 5), (8, 9)]
"""
from __future__ import annotations

from typing import Callable, Collection, Sequence

from kg.german import CONTRACTIONS, DEFINITE_ARTICLES
from kg.nlp.orgacronyms import ACRONYM
from kg.rules import declare

CAPITALS_MASTHEAD = declare("org-capitals-masthead", "orgnames",
                            "a German noun written all in capitals after a definite article (or a contraction "
                            "holding one) is a newspaper's masthead, an organisation: „sagte er dem KURIER“, „DIE "
                            "ABENDPOST berichtete“; not a speaker's label before a colon or bracket („DER MANN: "
                            "Ja.“), a heading all in capitals, an article in capitals before no verb of reporting "
                            "or saying („DIE FRAU lachte“), nor a byline's paper („(Max Muster, DER KURIER, "
                            "5.8.2015)“)")

_ARTICLES = DEFINITE_ARTICLES | CONTRACTIONS     # „dem KURIER“, „zum KURIER“, „im KURIER“
_LABEL_MARKS = frozenset({":", "("})             # „DER MANN: Ja.“, „DIE FRAU (nickt)“: a speaker's label
_MIN_LETTERS = 4                                 # „DIE UND“: shorter words in capitals are rarely titles


def masthead_spans(words: Sequence[str], covered: Sequence[bool], noun: Callable[[str], bool],
                   byline: Collection[int], reports: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(first token, end) of each masthead: a word all in capitals that `noun` calls a German noun in its
    capitalised spelling („Abendpost“), after a definite article (one in capitals, or a lower-case one before a
    word too long for an acronym), no hit covers, before no colon or bracket,
    beside no other word in capitals (but its article) and outside the `byline` tokens; after an article in
    capitals, only before a verb that `reports` calls one of reporting or saying („DIE RUNDSCHAU berichtete“,
    not „DIE FRAU lachte“: a heading's or a play's words)."""
    out = []
    n = len(words)
    for k in range(1, n):
        w = words[k]
        if len(w) < _MIN_LETTERS or not w.isupper() or not w.isalpha() or covered[k] or k in byline:
            continue
        before = words[k - 1]
        if before.lower() not in _ARTICLES or ACRONYM.match(w) and not before.isupper() \
                or not noun(w[0] + w[1:].lower()):
            continue        # a short word after a lower-case article is the acronym rule's („die NASA“)
        after = words[k + 1] if k + 1 < n else ""
        ahead = words[k - 2] if k > 1 else ""
        if after in _LABEL_MARKS or len(after) > 1 and after.isupper() or len(ahead) > 1 and ahead.isupper() \
                or before.isupper() and not reports(after):
            continue
        out.append((k, k + 1))
    return out
