"""Firms named by two names joined with „&“ or „+“: „Procter & Gamble“, „Johnson & Johnson“,
„Gruner + Jahr“, „Saatchi & Saatchi“.

German, like English, joins the names of a firm's founders with an ampersand; a pair of persons
or of things is joined with „und“. So two name words (no German word, or a surname by its corpus
word class; no first name: „Simon & Garfunkel“ may be a duo) joined by „&“ or „+“ name one
organisation, and the person or place hits inside are dropped. Not inside a longer name (a third
name word before or after the pair), and not where an adjective's or a noun's ending shows a word
(„Abgefuckt & Anspruchslos“).

>>> words = "Der Konzern Procter & Gamble und Vegan & Verschmust und Abe Kolb & Merk .".split()
>>> joined_names(words, lambda w: w in ("Procter", "Gamble", "Verschmust", "Abe", "Kolb", "Merk"))
[(2, 5)]
"""
from __future__ import annotations

from typing import Callable, Sequence

from kg.nlp.tokens import positions
from kg.rules import declare

JOINED_NAME = declare("ampersand-name", "orgnames",
                      "two names joined by „&“ or „+“ are one firm: „Procter & Gamble“, „Gruner + Jahr“")

_JOINERS = frozenset({"&", "+"})


def joined_names(words: Sequence[str], name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(first token, end) of each pair of names around „&“ or „+“; `name(w)`: w may be a firm's name."""
    out = []
    n = len(words)
    for k in positions(words, _JOINERS):     # few texts have one
        if 0 < k < n - 1 and name(words[k - 1]) and name(words[k + 1]) \
                and not (k > 1 and name(words[k - 2])) and not (k + 2 < n and name(words[k + 2])):
            out.append((k - 1, k + 2))
    return out
