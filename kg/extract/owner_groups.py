"""Group nouns a state adjective does not make the state's: „Kanada legt die Ausbildung libyscher
Rebellen auf Eis“ is no sanction of Libyen.

A state adjective on a noun the state does not act through names the owner of
that noun („die peruanischen Vorschläge“ are Peru's), and an act on the noun is
an act on the state. Rebels, fighters, militias, opposition members and
demonstrators are named by their home, not owned by its state: more often they
are its opponents (`kg/data/nonstate_group_nouns.tsv`).
"""
from __future__ import annotations

from functools import lru_cache

from kg import resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired

OWNER_GROUP = declare("event-target-owner-group", "event target", "a state adjective on a group noun of rebels, "
                      "fighters, militias, the opposition or demonstrators names their home, not the act's target: "
                      "„Kanada legt die Ausbildung libyscher Rebellen auf Eis“ is no SANCTION of "
                      "Libyen; „Iran beschlagnahmte einen britischen Tanker“ still targets Großbritannien")
_NOUN_REACH = 4     # words from the adjective to its noun: more adjectives, „und“ and a second adjective


@lru_cache(maxsize=1)
def _group_endings() -> tuple[str, ...]:
    return tuple(resources.listed_words("nonstate_group_nouns.tsv"))


def names_group(sentence: Sentence, owner: Actor) -> bool:
    """Whether the owner adjective's noun, the first capitalised word after it, is a group noun."""
    words = sentence.words
    noun = next((w for w in words[owner.last + 1:owner.last + 1 + _NOUN_REACH] if w.capitalized), None)
    if noun is None or not noun.lower.endswith(_group_endings()):
        return False
    fired(OWNER_GROUP)
    return True
