"""The state a loan or rescue package under negotiation is for takes part in the negotiation: the State after
„für“ right after a noun of aid (`aid_nouns.tsv`, an ending: „Hilfspaket“, „Kredit“) in the clause of the cue:
„Die Gespräche über ein Rettungspaket für Moldawien führt der IWF“ is a negotiation of the IMF and Moldova.

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Der IWF verhandelt über einen Kredit für Moldawien."))
>>> people = (Actor("org:iwf", "Organization", 1, 1, None), Actor("state:moldawien", "State", 7, 7, "für"))
>>> [a.key for a in aid_recipients(Sentence(0, 0, 0, "", ws, people, (), tuple(clause_ranges(ws))), 2)]
['state:moldawien']
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import Cue

AID_RECIPIENT = declare("talks-aid-recipient", "talks participants", "the state a loan or rescue package under "
                        "negotiation is for („über ein Hilfspaket für Moldawien“) takes part in it: „Die Gespräche "
                        "über einen Kredit für Moldawien führt der IWF“; aid merely promised names no talks: "
                        "„Der IWF sagte Moldawien einen Kredit zu“")
AID_NOUNS = tuple(sorted(resources.load_word_list("aid_nouns.tsv")))
REACH = 3           # words at most from the noun of aid to the state: „Kredit für die Republik Moldau“
NEGOTIATION = "Negotiation"         # the kind of talks a loan is negotiated in (`talks_lexicon.tsv`)


def with_aid_recipient(sentence: Sentence, cue: Cue, people: list[Actor],
                       rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The cue's negotiation with the states its clause says the loan or package is for, and the rule."""
    if cue.entry.kind != NEGOTIATION:
        return people, rules
    read = {a.key for a in people}
    added = [a for a in aid_recipients(sentence, cue.index) if a.key not in read]
    if not added:
        return people, rules
    fired(AID_RECIPIENT)
    return people + added, (*rules, AID_RECIPIENT)


def aid_recipients(sentence: Sentence, at: int, start: int | None = None) -> list[Actor]:
    """The States after „für“ right after a noun of aid that follows `at` (or `start`) in its clause."""
    first, last = sentence.clause_of(at)
    words = sentence.words
    for j in range(at + 1 if start is None else start, last):
        if not words[j].lower.endswith(AID_NOUNS):
            continue
        return [a for a in sentence.actors_in(j + 1, min(last, j + 1 + REACH))
                if a.type == "State" and a.prep in german.FOR_PREPOSITIONS][:1]
    return []
