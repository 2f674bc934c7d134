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

from collections import Counter, deque
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
    window = _Window(orgs, sentences_ended(words), companies, rivals, asides, tuple(nouns))
    named_after: dict[str, set[str]] = {}       # noun → the keys of the namings right after a word ending in it
    out: list[tuple[int, int, str]] = []
    for k in range(firms[0][0] + 1, len(words)):
        noun = _bare_noun(words, k, taken, nouns)
        if noun is None:
            continue
        key = window.sole_company(k, noun)
        if key is not None and (not nouns[noun][1] or noun in key.lower()
                                or key in _named_after(words, orgs, noun, named_after)):
            out.append((k, k + 1, key))
            window.add(k, key)
    if out:
        fired(FIRM_REFERENCE)
    return out


class _Window:
    """The namings (first token, key) of the last `_REACH` sentences before a token, kept as counts as the token
    moves on through the text, so that each naming is added and dropped once: a noun is tested in constant time."""

    def __init__(self, orgs: Sequence[tuple[int, int, str]], sentence: list[int], companies: Collection[str],
                 rivals: Collection[str], asides: Collection[int], nouns: tuple[str, ...]) -> None:
        self.orgs, self.sentence, self.asides, self.all_nouns = orgs, sentence, asides, nouns
        self.companies, self.rivals = companies, rivals
        self.namings: deque[tuple[int, str]] = deque()
        self.next = 0       # the first of `orgs` not yet added
        self.kinds: Counter[str] = Counter()        # namings of a company or a rival, by key
        self.actors: Counter[str] = Counter()       # namings that are no aside, by key
        self.nouns: dict[str, Counter[str]] = {}    # company noun → namings of other keys that hold it, by key
        self.held: dict[str, tuple[str, ...]] = {}  # key → the company nouns it holds

    def sole_company(self, k: int, noun: str) -> str | None:
        """The one company named in the window before token k, where no other company, no rival and no other
        organisation whose name holds `noun` was named there and the company was named as an actor; else None."""
        self._move_to(k)
        if len(self.kinds) != 1:
            return None
        key = next(iter(self.kinds))
        others = self.nouns.get(noun, ())
        if key not in self.companies or not self.actors[key] or any(o != key for o in others):
            return None
        return key

    def add(self, i: int, key: str) -> None:
        self.namings.append((i, key))
        self._count(i, key, 1)

    def _move_to(self, k: int) -> None:
        orgs = self.orgs
        while self.next < len(orgs) and orgs[self.next][0] < k:
            self.add(orgs[self.next][0], orgs[self.next][2])
            self.next += 1
        while self.namings and self.sentence[k] - self.sentence[self.namings[0][0]] > _REACH:
            self._count(*self.namings.popleft(), -1)

    def _count(self, i: int, key: str, step: int) -> None:
        if key in self.companies or key in self.rivals:
            _tally(self.kinds, key, step)
        else:
            if key not in self.held:
                self.held[key] = tuple(noun for noun in self.all_nouns if noun in key.lower())
            for noun in self.held[key]:
                _tally(self.nouns.setdefault(noun, Counter()), key, step)
        if i not in self.asides:
            _tally(self.actors, key, step)


def _tally(counts: Counter[str], key: str, step: int) -> None:
    """Count `key` up or down, dropping it at zero, so that `len(counts)` is the number of keys counted."""
    counts[key] += step
    if not counts[key]:
        del counts[key]


def _named_after(words: Sequence[str], orgs: Sequence[tuple[int, int, str]], noun: str,
                 known: dict[str, set[str]]) -> set[str]:
    """The keys of `orgs` named right after a word ending in `noun` („die Oligarchenbank KTB“), found once per noun."""
    if noun not in known:
        known[noun] = {o for i, _, o in orgs if i > 0 and words[i - 1].lower().endswith(noun)}
    return known[noun]


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
