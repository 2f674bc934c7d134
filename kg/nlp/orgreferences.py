"""Organisations named again by their head noun after a definite article: „Der Internationale
Strafgerichtshof … Der Strafgerichtshof wirft ihm vor …“, „… der Gerichtshof“, „Die Syrische
Beobachtungsstelle für Menschenrechte … nach Angaben der Beobachtungsstelle“.

German news gives a body's full name once and then shortens it to its noun, or to the last part of
its compound noun. Where exactly one organisation named before in the text has that noun as its head
(or its head ends in it: „Strafgerichtshof“ → „Gerichtshof“), the bare noun after a definite article
is that organisation. Not a noun that names any organisation of its kind (the context nouns:
„die Partei“, „die Organisation“, `context_nouns.tsv`), not where two organisations named before
share the noun, not before a capitalised word or a complement of its own („der Gerichtshof für …“),
and not a noun of another kind of thing. Nor a company's or a medium's noun („die Bank“, „die
Post“): companies go by their names alone, and „Die Zentralbank … Unicredit. Die Bank …“ is Unicredit.

>>> words = "Der Internationale Strafgerichtshof ermittelt . Der Gerichtshof wirft ihm vor".split()
>>> heads = lambda w: w.lower().endswith("gerichtshof")
>>> references(words, [(1, 3, "ICC")], set(range(1, 3)), heads, frozenset())
[(6, 7, 'ICC')]
>>> references(words, [(1, 3, "ICC"), (9, 10, "EGMR")], set(range(1, 3)), heads, frozenset())
[(6, 7, 'ICC')]
>>> references("Die Partei X . Die Partei lobte".split(), [(1, 3, "X")], {1, 2}, lambda w: True, frozenset({"Partei"}))
[]
"""
from __future__ import annotations

from itertools import accumulate
from typing import Callable, Sequence

from kg import german
from kg.rules import declare, fired

SHORT_REFERENCE = declare("org-short-reference", "orgnames",
                          "a bare head noun after a definite article is the one organisation named before in the "
                          "text whose head it is, or whose compound head ends in it: „Der Internationale "
                          "Strafgerichtshof ermittelt … Der Strafgerichtshof wirft ihm vor“, „… Der Gerichtshof "
                          "urteilte“; not a noun of any organisation of its kind („die Partei“), nor where two "
                          "organisations share the noun")

SHORT_REFERENCE_TRADE = declare("org-short-reference-trade", "orgnames",
                                "guard: the bare noun of a company or medium („die Bank“, „die Post“) refers back to no "
                                "organisation by its noun, for companies go by their names alone: in „Die Europäische "
                                "Zentralbank warnte. Kredite von Unicredit … Die Bank erklärte …“ it is Unicredit's")

KIND_REFERENCE = declare("org-kind-reference", "orgnames",
                         "a bare noun of an association's kind after a definite article („die Gewerkschaft“, „die "
                         "Organisation“, „der Verband“), which names any of its kind, is the one organisation the text "
                         "introduced before by that noun, or by a compound ending in it, right before its name: „Die "
                         "Gewerkschaft Kompass rief zum Streik auf. … Die Gewerkschaft fordert mehr Lohn“, „Die "
                         "Umweltorganisation Gartenwacht … erklärte die Organisation“; not where two organisations "
                         "were so introduced, not more than five sentences after it was last named, not before a "
                         "name or a complement of its own („die Organisation für …“), not a compound of the noun („die "
                         "Dachgewerkschaft“)")

_ARTICLES = german.DEFINITE_ARTICLES | german.CONTRACTIONS
_SENTENCE_ENDS = frozenset(".!?")
_REACH = 5      # sentences from an organisation's last naming to a bare noun that refers back to it
# words after the noun that give it a complement of its own: „der Gerichtshof für Menschenrechte“
_COMPLEMENTS = german.FOR_PREPOSITIONS | german.GENITIVE_ARTICLES
_MIN_NOUN = 4


def references(words: Sequence[str], orgs: Sequence[tuple[int, int, str]], taken: set[int],
               head: Callable[[str], bool], generic: frozenset[str],
               trade: Callable[[str], bool] = lambda w: False) -> list[tuple[int, int, str]]:
    """(token, token + 1, key) of each bare head noun after a definite article that refers to one of
    `orgs` (first token, end, key; in text order) named before it; `taken`: the tokens a hit covers,
    `head(w)`: w is a noun of an organisation's kind, `generic`: the nouns of any organisation of a kind,
    `trade(w)`: w names a company or a medium, which a text names often by its name alone: no such noun
    is read."""
    # each organisation's head noun with its genitive stems („strafgerichtshofs“: also „strafgerichtshof“)
    heads = [({noun, *german.genitive_stems(noun)}, i, key) for i, j, key in orgs
             if (noun := _head(words, i, j, head)) is not None]
    if not heads:
        return []
    first = min(i for _, i, _ in heads)
    out = []
    n = len(words)
    for k in range(first + 1, n):
        w = words[k]
        if k in taken or not w[:1].isupper() or len(w) < _MIN_NOUN or words[k - 1].lower() not in _ARTICLES \
                or k + 1 < n and (words[k + 1][:1].isupper() or words[k + 1] in _COMPLEMENTS):
            continue
        stems = {s.lower() for s in (w, *german.genitive_stems(w)) if len(s) >= _MIN_NOUN}
        keys = {key for noun, i, key in heads if i < k and any(a.endswith(s) for a in noun for s in stems)}
        if len(keys) != 1 or w in generic or any(s.capitalize() in generic for s in stems) or not head(w):
            continue
        if trade(w):
            fired(SHORT_REFERENCE_TRADE)   # „Die EZB … Unicredit. Die Bank erklärte …“: Unicredit's
            continue
        out.append((k, k + 1, keys.pop()))
    if out:
        fired(SHORT_REFERENCE)
    return out


def kind_references(words: Sequence[str], orgs: Sequence[tuple[int, int, str]], taken: set[int],
                    kind_noun: Callable[[str], str | None]) -> list[tuple[int, int, str]]:
    """(token, token + 1, key) of each bare noun of an association's kind after a definite article that refers to the
    one organisation of `orgs` (first token, end, key; in text order) the text introduced before by that noun, or by a
    compound ending in it, right before its name, and named again (or so referred to) at most `_REACH` sentences
    before (`org-kind-reference`); `kind_noun(w)`: the association's noun w ends in (lower case), or None.

    >>> nouns = lambda w: "gewerkschaft" if w.lower().endswith("gewerkschaft") else None
    >>> words = "Die Gewerkschaft Kompass streikt . Die Gewerkschaft fordert mehr".split()
    >>> kind_references(words, [(2, 3, "Kompass")], {2}, nouns)
    [(6, 7, 'Kompass')]
    >>> kind_references(words[:5] + ["."] * 6 + words[5:], [(2, 3, "Kompass")], {2}, nouns)
    []
    """
    intros = [(noun, i, key) for i, _, key in orgs if i > 0 and (noun := _intro_noun(words[i - 1], kind_noun))]
    if not intros:
        return []
    sentence = sentences_ended(words)
    introduced = _Introduced(intros)
    last = _LastNamed(orgs, sentence)
    out: list[tuple[int, int, str]] = []
    n = len(words)
    for k in range(min(i for _, i, _ in intros) + 1, n):
        if words[k - 1].lower() not in _ARTICLES or k in taken or k + 1 in taken \
                or k + 1 < n and (words[k + 1][:1].isupper() or words[k + 1] in _COMPLEMENTS):
            continue
        noun = kind_noun(words[k])
        if noun is None or not any(s.lower() == noun for s in (words[k], *german.genitive_stems(words[k]))):
            continue        # the bare noun itself, not a compound of it („die Dachgewerkschaft“)
        keys = introduced.before(k, noun)
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        if sentence[k] - last.before(k, key) <= _REACH:
            out.append((k, k + 1, key))
            last.named[key] = sentence[k]
    if out:
        fired(KIND_REFERENCE)
    return out


class _Introduced:
    """The keys introduced before a token by a noun ending in a given one, gathered per noun as the token moves on
    through the text, so that each introduction is read once per noun asked (the nouns are a closed list)."""

    def __init__(self, intros: Sequence[tuple[str, int, str]]) -> None:
        self.intros = intros
        self.read: dict[str, tuple[int, set[str]]] = {}     # noun → (intros read, keys of those ending in it)

    def before(self, k: int, noun: str) -> set[str]:
        done, keys = self.read.get(noun, (0, set()))
        while done < len(self.intros) and self.intros[done][1] < k and len(keys) < 2:
            intro, _, key = self.intros[done]
            if intro.endswith(noun):
                keys.add(key)
            done += 1
        self.read[noun] = done, keys
        return keys


class _LastNamed:
    """The sentence each organisation was last named in before a token, as the token moves on through the text."""

    def __init__(self, orgs: Sequence[tuple[int, int, str]], sentence: list[int]) -> None:
        self.orgs, self.sentence = orgs, sentence
        self.named: dict[str, int] = {}
        self.next = 0

    def before(self, k: int, key: str) -> int:
        while self.next < len(self.orgs) and self.orgs[self.next][0] < k:
            i, _, o = self.orgs[self.next]
            self.named[o] = self.sentence[i]
            self.next += 1
        return self.named[key]


def sentences_ended(words: Sequence[str]) -> list[int]:
    """The number of sentences ended up to each word, its own end mark counted: „Sie streikt . Die“ →
    [0, 0, 1, 1]."""
    return list(accumulate(w in _SENTENCE_ENDS for w in words))


def _intro_noun(word: str, kind_noun: Callable[[str], str | None]) -> str:
    """The introducing noun, lower-cased and without a genitive ending („Verbandes“ → „verband“), where it is an
    association's; else ''."""
    for stem in (word, *german.genitive_stems(word)):
        if kind_noun(stem) is not None:
            return stem.lower()
    return ""


def _head(words: Sequence[str], i: int, j: int, head: Callable[[str], bool]) -> str | None:
    """The last noun of an organisation's kind in words[i:j] before a complement („Europäische
    Gerichtshof für Menschenrechte“ → „gerichtshof“), lower-cased, or None."""
    found = None
    for k in range(i, j):
        w = words[k]
        if w in _COMPLEMENTS or w in german.CONTRACTIONS:
            break
        if w[:1].isupper() and w.isalpha() and head(w):
            found = w.lower()
    return found
