"""A full name no list holds that is a listed person's in the article's own spelling: the same first and last
word, the listed name longer by a middle name („Anders Fogh Rasmussen … Anders Rasmussen“), or the same words in
another transliteration (`kg/data/transliterations.tsv`: „Mosche Jaalon“ and „Moshe Jaalon“, „Seid Ra'ad
al-Hussein“ and „Said Raad al-Hussein“).

>>> fold("Mosche"), fold("Moshe"), fold("Ra'ad"), fold("Zeid"), fold("Heinz"), fold("Hans")
('moshe', 'moshe', 'raad', 'said', 'hains', 'hans')
"""
from __future__ import annotations

from functools import lru_cache

from kg import resources
from kg.extract.rules import declare, fired
from kg.facts import slug

LISTED_VARIANT = declare("person-listed-variant", "person", "a full name no list holds whose first and last word "
                         "are, as spelled or in another transliteration, those of one listed person's name is that "
                         "person: „Zeid Ra'ad al-Hussein“ listed, „Said Raad al-Hussein“ written; „Anders Fogh "
                         "Rasmussen“ listed, „Anders Rasmussen“ written; not „Hans Fischer“ beside a listed „Heinz Fischer“")


def fold(word: str) -> str:
    """A name word folded to ASCII lower case, its transliteration variants to one spelling."""
    text = slug(word).replace("-", "")     # „Ra'ad“ and „Raad“, „al-Hussein“ and „Al Hussein“ alike
    for spelling, folded in _transliterations():
        text = text.replace(spelling, folded)
    return text


def listed_variant(name: str) -> resources.PersonRecord | None:
    """The one listed person whose name, or an alias of two words or more, has this name's first and last word
    folded (`fold`), if just one has: the name itself not listed."""
    words = name.split()
    if len(words) < 2:
        return None
    found = _by_ends().get((fold(words[0]), fold(words[-1])))
    if found is None:
        return None
    fired(LISTED_VARIANT)
    return found


@lru_cache(maxsize=1)
def _transliterations() -> tuple[tuple[str, str], ...]:
    return tuple((r["spelling"], r["folded"]) for r in resources.rows("transliterations.tsv"))


@lru_cache(maxsize=1)
def _by_ends() -> dict[tuple[str, str], resources.PersonRecord]:
    """(folded first word, folded last word) → the one listed person so named; a pair two persons share left out."""
    out: dict[tuple[str, str], resources.PersonRecord] = {}
    clash: set[tuple[str, str]] = set()
    for p in resources.load_people():
        for written in {p.name, *p.aliases}:
            words = written.split()
            if len(words) < 2:
                continue
            key = (fold(words[0]), fold(words[-1]))
            if out.setdefault(key, p) is not p:
                clash.add(key)
    return {k: p for k, p in out.items() if k not in clash}
