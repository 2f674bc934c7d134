"""Organisations named in one hyphen compound of an international body's acronym and the noun of one
of its organs: „das UN-Kriegsverbrechertribunal“, „das UN-Hilfswerk“, „des UN-Hochkommissariats für
Menschenrechte“, „die EU-Grenzagentur“; with a listed organ's own word after the hyphen, that organ
(„das UN-Flüchtlingshochkommissariat“ is the UNHCR, listed as „Flüchtlingshochkommissariat“).

The head nouns (`kg/data/organ_heads.tsv`) end the compound in the singular: plurals
(„UN-Organisationen“) name a kind, and other heads („EU-Gipfel“, „UN-Soldaten“) name no body. A head
ends a word only after a German noun („Kriegsverbrecher|tribunal“, „Minister|rat“) or alone, so
„EU-Apparat“ (appa|rat) is none.

>>> p = OrgPrefixed(["tribunal", "rat", "hilfswerk"], lambda w: w in ("UN", "EU"), lambda w: w in ("Kriegsverbrecher", "Minister"))
>>> p.name("UN-Kriegsverbrechertribunal"), p.name("EU-Ministerrats"), p.name("UN-Hilfswerk")
('UN-Kriegsverbrechertribunal', 'EU-Ministerrat', 'UN-Hilfswerk')
>>> p.name("EU-Apparat"), p.name("UN-Tribunale"), p.name("US-Tribunal")
(None, None, None)
"""
from __future__ import annotations

from typing import Callable, Iterable

from kg import german
from kg.nlp.memo import Memo
from kg.rules import declare

ACRONYM_ORGAN = declare("org-acronym-organ", "names",
                        "an international body's acronym joined by a hyphen to the noun of an organ names that "
                        "organ: „das UN-Kriegsverbrechertribunal“, „das UN-Hilfswerk“, „die EU-Grenzagentur“; "
                        "not a plural („UN-Organisationen“) nor another noun („EU-Gipfel“, „EU-Apparat“)")


class OrgPrefixed:
    """`heads`: organs' nouns, lower case; `body(part)`: the part before the hyphen is an international
    body's acronym; `noun(stem)`: a capitalised German noun, the first part of a head's compound."""

    def __init__(self, heads: Iterable[str], body: Callable[[str], bool], noun: Callable[[str], bool]):
        self.heads = sorted({h.lower() for h in heads}, key=len, reverse=True)
        self.tails = tuple(self.heads)
        self.body = body
        self.noun = noun
        self._memo: Memo[str, str | None] = Memo(self._name)

    def name(self, word: str) -> str | None:
        """The organ's name in the nominative (a genitive -s dropped), or None."""
        return self._memo[word] if "-" in word else None

    def _name(self, word: str) -> str | None:
        first, _, tail = word.partition("-")
        if not tail[:1].isupper() or "-" in tail or not self.body(first):
            return None
        low = tail.lower()
        for end in ("", *german.GENITIVE_ENDINGS):
            base = low[: len(low) - len(end)] if end else low
            if end and not low.endswith(end) or not base.endswith(self.tails):
                continue
            head = next(h for h in self.heads if base.endswith(h))
            stem = tail[: len(base) - len(head)]
            if not stem or self.noun(stem) or stem.endswith(german.SHORT_GENITIVE_ENDING) and self.noun(stem[:-1]):
                return word[: len(word) - len(end)] if end else word
        return None
