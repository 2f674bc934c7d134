"""Who mediates talks: the actor under whose mediation, auspices or chair they are held („unter Vermittlung der
EU“, „unter UN-Schirmherrschaft“, „unter ägyptischer Vermittlung“) takes part in them (`kg/data/mediation_nouns.tsv`).

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Die Gespräche begannen unter Vermittlung der EU."))
>>> eu = Actor("org:eu", "Organization", 6, 6, "unter")
>>> [a.key for a in mediators(Sentence(0, 0, 0, "", ws, (eu,), (), tuple(clause_ranges(ws))), 1)]
['org:eu']
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import Cue

MEDIATION = tuple(sorted(resources.listed_words("mediation_nouns.tsv")))
KINDS = frozenset({"Negotiation", "Meeting", "Summit", "Conference", "Session"})
NEAR = 3        # words at most between „unter“ and the mediation noun, and between the noun and its genitive

MEDIATOR = declare("talks-mediator", "talks participants", "the actor under whose mediation, auspices or chair talks "
                   "are held takes part in them: „Die Gespräche starteten in Genf unter UN-Schirmherrschaft“, "
                   "„Zwischen Israel und der Hamas wurde unter ägyptischer Vermittlung verhandelt“")


def new_mediators(sentence: Sentence, cue: Cue, people: list[Actor]) -> list[Actor]:
    """The mediators the clause of talks names, not among their `people`, where it names one other participant."""
    if cue.entry.kind not in KINDS or not people:
        return []
    taken = {a.key for a in people}
    more = [a for a in mediators(sentence, cue.index) if a.key not in taken]
    if more:
        fired(MEDIATOR)
    return more


def mediators(sentence: Sentence, cue: int) -> list[Actor]:
    """The actors of a phrase „unter“ + mediation noun in the clause of word `cue`: inside the noun's compound
    („UN-Vermittlung“), as its adjective („ägyptischer Vermittlung“) or in its genitive or „von“ phrase."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    for i in range(first, last):
        if words[i].lower not in german.AUSPICES_PREPOSITIONS:
            continue
        noun = next((j for j in range(i + 1, min(last, i + 1 + NEAR)) if words[j].capitalized
                     and words[j].lower.endswith(MEDIATION)), None)
        if noun is None:
            continue
        found = [a for a in (*sentence.actors, *sentence.owners) if i < a.first <= noun + NEAR and a.first < last
                 and all(not w.capitalized for w in words[noun + 1:a.first])]
        if found:
            return list({a.key: a for a in found}.values())
    return []
