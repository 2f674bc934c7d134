"""Statutory chambers and church bodies named by their kind: „die Arbeiterkammer“, „Wirtschaftskammer und
Gewerkschaft“, „die Bischofskonferenz“.

A chamber (Kammer) is the public body of one trade or class; German and Austrian news name it by its kind
alone where the article's country or Land makes clear which one (`kg/data/chamber_kinds.tsv`), or with its
seat after it, a Land or the state („die Arbeiterkammer Niederösterreich“, „die Wirtschaftskammer
Österreich“): one name, no place or state. A church body that a country has one of (`kg/data/church_body_kinds.tsv`:
„die Bischofskonferenz“) is named the same way. A seat that a town names is read earlier (org-seat), and a name spelled
before its acronym in brackets later (orgspelled), so this pass leaves both alone.

>>> chamber_spans(["Die", "Wirtschaftskammer", "Österreich", "und", "die", "Ärztekammer", "."], [False] * 7,
...               frozenset({"Wirtschaftskammer", "Ärztekammer"}), {2})
[(1, 3), (5, 6)]
"""
from __future__ import annotations

from typing import Sequence

from kg.nlp.tokens import positions
from kg.rules import declare

CHAMBER_KIND = declare("org-chamber-kind", "orgnames", "a statutory chamber named by its kind is an organisation, "
                       "with the Land or state of its seat after it: „die Arbeiterkammer“, „die Wirtschaftskammer "
                       "Österreich“, „Ärztekammer und Ministerium“; not another chamber („die Folterkammer“)")
CHURCH_BODY_KIND = declare("org-church-body-kind", "orgnames", "a church body that a country has one of, named by "
                           "its kind (`church_body_kinds.tsv`), is an organisation: „Die katholische "
                           "Bischofskonferenz tagt in Salzburg“; not another conference („die Pressekonferenz“)")


def chamber_spans(words: Sequence[str], covered: Sequence[bool], kinds: frozenset[str],
                  seats: set[int]) -> list[tuple[int, int]]:
    """(first token, end) of each chamber named by its kind that no hit covers, with its seat where a
    one-word Land or state (a token of `seats`) follows it, not before another capitalised word."""
    out = []
    n = len(words)
    for k in positions(words, kinds):     # most words name no chamber
        if covered[k]:
            continue
        seated = k + 1 in seats and not (k + 2 < n and words[k + 2][:1].isupper())
        end = k + 2 if seated else k + 1
        if end < n and words[end] == "(":
            continue        # „die Arbeiterkammer Tirol (AKT)“: a name spelled before its acronym (orgspelled)
        out.append((k, end))
    return out
