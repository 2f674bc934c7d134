"""The State hits of an article indexed by sentence, so that each question about "the state
near this word" costs a bisection, not a scan of every hit of the article; and the state of
the article's dateline, read from the gazetteer's capital hits before there are sentences (the sentence stage
reads it in `datelines`).

>>> from kg.nlp.hits import Hit
>>> hits = [Hit(0, 2, "STATE", "UA", "UA", 0, 1), Hit(9, 11, "STATE", "RU", "RU", 4, 5)]
>>> index = StateIndex(hits, [0, 0, 0, 0, 0, 0], ["UA", "x", "y", "z", "RU", "."])
>>> index.nearest(3), index.main(), index.main_tied, index.dateline
('RU', ('UA', 1), True, None)
>>> kiew = Hit(0, 4, "CAPITAL", "UA", "Kiew", 0, 1)
>>> StateIndex([kiew], [0, 0, 0], ["Kiew", "–", "Die"]).dateline
'UA'
>>> StateIndex([kiew], [0, 0, 0], ["Kiew", "–", "Die"]).lone_dateline, StateIndex([kiew], [0] * 5, ["Kiew", "/", "Moskau", "–", "Die"]).lone_dateline
('UA', None)
"""
from __future__ import annotations

import bisect
from collections import Counter
from typing import Sequence

from kg.german import DATELINE_DASHES, DATELINE_SENTENCES
from kg.nlp.hits import Hit


class StateIndex:
    """Per sentence, the token and key of each State hit, in the hits' (text) order."""

    def __init__(self, hits: Sequence[Hit], sent_of: Sequence[int], words: Sequence[str]):
        self.sent_of = sent_of
        self.toks: dict[int, list[int]] = {}
        self.keys: dict[int, list[str]] = {}
        for h in hits:          # sorted by start, so the tokens of each sentence are sorted too
            if h.label == "STATE":
                s = sent_of[h.tok]
                self.toks.setdefault(s, []).append(h.tok)
                self.keys.setdefault(s, []).append(h.key)
        counts = Counter(h.key for h in hits if h.label == "STATE")
        top = counts.most_common(2)
        self._main = top[0] if top else None
        # whether another state is named as often as the one named most
        self.main_tied = len(top) == 2 and top[0][1] == top[1][1]
        self.distinct = len(counts)     # how many states the article names
        at, alone = _dateline(hits, sent_of, words)
        self.dateline = at.key if at is not None else None
        # the state of a dateline that names its capital alone („Wien – …“, not „Wien/Moskau – …“), and its token
        self.lone_dateline = self.dateline if alone else None
        self.lone_dateline_tok = at.tok if alone and at is not None else None
        # a dateline that names a town alone („Graz – …“, „Breslau (Wroclaw) – …“): the town's hit
        town, alone = _dateline(hits, sent_of, words, "PLACE")
        self.town_dateline = town if alone else None
        # every place a dateline names, capitals and towns: „Wien/Linz – …“, „Birgitz/Mittelberg – …“
        self.dateline_places = _dateline_places(hits, sent_of, words)

    def nearest(self, tok: int) -> str | None:
        """The state of tok's sentence nearest to it; on a tie the earlier one."""
        s = self.sent_of[tok]
        toks = self.toks.get(s)
        if not toks:
            return None
        right = bisect.bisect_right(toks, tok)
        if right == 0:
            return self.keys[s][0]
        left = bisect.bisect_left(toks, toks[right - 1])      # the first of the hits on that token
        if right < len(toks) and toks[right] - tok < tok - toks[left]:
            return self.keys[s][right]
        return self.keys[s][left]

    def sole(self, sentence: int) -> str | None:
        """The one state a sentence names (none, or several: None)."""
        keys = self.keys.get(sentence)
        return keys[0] if keys and all(k == keys[0] for k in keys) else None

    def main(self) -> tuple[str, int] | None:
        """The state the article names most (ties: the first named), with its count."""
        return self._main


def _dateline(hits: Sequence[Hit], sent_of: Sequence[int], words: Sequence[str],
              label: str = "CAPITAL") -> tuple[Hit | None, bool]:
    """The hit of a dateline capital ("Kiew/Moskau – …"; with `label` PLACE, a town: "Breslau (Wroclaw) – …")
    near the start of the article, and whether the dateline names that capital alone."""
    for h in hits:
        if h.label != label or sent_of[h.tok] >= DATELINE_SENTENCES:
            continue
        k = h.tok_end
        if label != "CAPITAL" and k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
            k += 3      # the town's other name in brackets
        while k + 1 < len(words) and words[k] == "/":
            k += 2
        if k < len(words) and words[k] in DATELINE_DASHES and (h.tok == 0 or sent_of[h.tok - 1] != sent_of[h.tok]
                                                             or words[h.tok - 1] in (".", "\n")):
            return h, "/" not in words[h.tok_end:k]
    return None, False


def _dateline_places(hits: Sequence[Hit], sent_of: Sequence[int], words: Sequence[str]) -> list[Hit]:
    """The capital and town hits of a dateline of several places joined by „/“ („Wien/Linz – …“), in order;
    empty where the dateline names one place only or a word that is neither."""
    places = {h.tok: h for h in hits if h.label in ("CAPITAL", "PLACE") and sent_of[h.tok] < DATELINE_SENTENCES}
    for h in places.values():
        if h.tok and sent_of[h.tok - 1] == sent_of[h.tok] and words[h.tok - 1] not in (".", "\n"):
            continue
        found, k = [h], h.tok_end
        while k + 1 < len(words) and words[k] == "/" and (nxt := places.get(k + 1)) is not None:
            found.append(nxt)
            k = nxt.tok_end
        if len(found) > 1 and k < len(words) and words[k] in DATELINE_DASHES:
            return found
    return []
