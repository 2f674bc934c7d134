"""Organisations named in one compound word: names joined to an organisation's noun by
hyphens ("Max-Planck-Institut", "Friedrich-Ebert-Stiftung", "Turnauer-Stiftung"), with a
complement after them ("… für Kernphysik"). After a single name only a noun that heads
names does so; an organ's noun there says whose the organ is („die Berlusconi-Partei“,
„die Pegida-Bewegung“: a name as a part, no organisation's name).

The noun heads organisations' names (`org_name_words.tsv`: Institut, Stiftung, Partei,
not a noun that only describes one, as "Hersteller" does); the first part must be a
name (a first name, a word no lexicon holds), so "Terror-Gruppe", "Online-Dienst" and
"Kunst-Universität" stay nouns. (Federal compounds such as "Bundesverfassungsgericht"
read this way cost GermEval ORG precision more than they gave recall: left out.)

>>> rules = OrgCompounds(lambda w: w in ("Institut", "Stiftung"), lambda w: w in ("Max", "Friedrich"))
>>> words = "Das Max-Planck-Institut für Kernphysik und die Friedrich-Ebert-Stiftung".split()
>>> rules.spans(words, [False] * len(words))
[(1, 4), (6, 7)]
>>> rules.named("Terror-Gruppe"), rules.named("Bundesland")
(False, False)
"""
from __future__ import annotations

from typing import Callable, Sequence

from kg import german
from kg.nlp.memo import Memo
from kg.rules import declare

NAME_COMPOUND = declare("org-name-compound", "orgnames",
                        "a compound of names and an organisation's noun is one organisation: "
                        "„das Max-Planck-Institut“, „die Friedrich-Ebert-Stiftung“, „das Bundesverfassungsgericht“")

_MAX_PARTS = 5


class OrgCompounds:
    """`head(noun)`: the capitalised noun heads organisations' names ("Institut", "Stiftungs");
    `name(part)`: the first part of a hyphen compound is a name ("Max", "Humboldt")."""

    def __init__(self, head: Callable[[str], bool], name: Callable[[str], bool],
                 names: Callable[[str], bool] = lambda noun: True):
        self.head = head
        self.name = name
        # after one name only a noun that is a name's own head ("Turnauer-Stiftung"), not an organ's
        # that says whose it is ("Berlusconi-Partei", "Pegida-Bewegung")
        self.names = names
        self._memo: Memo[str, bool] = Memo(self._named)

    def named(self, word: str) -> bool:
        """Whether the word alone names an organisation."""
        return word[:1].isupper() and "-" in word and len(word) > 8 and self._memo[word]

    def _named(self, word: str) -> bool:
        """`named` for a hyphenated word (the only kind it asks about): capitalised parts, a name first,
        a head last."""
        parts = word.split("-")
        return 2 <= len(parts) <= _MAX_PARTS and all(p[:1].isupper() and p.isalpha() for p in parts) \
            and self.head(parts[-1]) and self.name(parts[0]) and (len(parts) > 2 or self.names(parts[-1]))

    def spans(self, words: Sequence[str], covered: list[bool],
              town: Callable[[int], bool] = lambda k: False) -> list[tuple[int, int]]:
        """(first token, end) of each compound name and the complement or seat after it
        ("… Frankfurt", "… zu Berlin"; `town(k)`: word k is a town)."""
        out = []
        n = len(words)
        for i, w in enumerate(words):
            if covered[i] or "-" not in w or not self.named(w):    # `named` asks for a hyphen first
                continue
            j = i + 1
            # "… für Kernphysik", "… für Migration und Flüchtlinge"
            if j + 1 < n and words[j] in german.FOR_PREPOSITIONS and words[j + 1][:1].isupper() and not covered[j + 1]:
                j += 2
                if j + 1 < n and words[j] in german.AND_CONJUNCTIONS and words[j + 1][:1].isupper() and not covered[j + 1]:
                    j += 2
            elif j < n and town(j) or j + 1 < n and words[j] in german.PLAIN_TO_PREPOSITIONS and town(j + 1):
                j += 1 if town(j) else 2        # "die Goethe-Universität Frankfurt", "… zu Berlin"
            out.append((i, j))
        return out

