"""The state a body's own session is about takes part in it: a body met alone (`talk_summits.body_session`: „Die
Eurogruppe berät am Montag“) with „über“ or „zu“ and a State after the cue in its clause sits with that state:
„Der Währungsrat tagt am Freitag über Moldawien“ is a session of the council and Moldova.

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Der Währungsrat tagt über Moldawien."))
>>> people = (Actor("org:wr", "Organization", 1, 1, None), Actor("state:moldau", "State", 4, 4, "über"))
>>> [a.key for a in agenda_states(Sentence(0, 0, 0, "", ws, people, (), tuple(clause_ranges(ws))), 2)]
['state:moldau']
"""
from __future__ import annotations

from kg import german
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import Cue, travel_cue
from kg.extract.talk_summits import BODY_ALONE

AGENDA_STATE = declare("talks-agenda-state", "talks participants", "a body's own session with „über“ or „zu“ and a "
                       "State after the cue in its clause sits with that state, a Session: „Der Währungsrat berät am Montag über "
                       "Moldawien“; a session about a matter names no state: „Der Währungsrat berät über die Zinsen“, nor does a journey „über“ a state: „Die Delegation reist über Moldawien weiter“")
SESSION = "Session"      # the kind of a body's sitting with a state (`talks_lexicon.tsv`)
SITTING_KINDS = frozenset({"Meeting", SESSION})       # not a call („sprach über …“) nor a negotiation
AGENDA_PREPOSITIONS = german.ABOUT_PREPOSITIONS | german.PLAIN_TO_PREPOSITIONS


def with_agenda_state(sentence: Sentence, cue: Cue, people: list[Actor],
                      rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The body's session with the state its clause says it is about, and the rule."""
    if len(people) != 1 or BODY_ALONE.isdisjoint(rules) or cue.entry.kind not in SITTING_KINDS or travel_cue(cue):
        return people, rules
    states = agenda_states(sentence, cue.index)
    if not states:
        return people, rules
    fired(AGENDA_STATE)
    return people + states, (*rules, AGENDA_STATE)


def agenda_states(sentence: Sentence, at: int) -> list[Actor]:
    """The first State after `at` in its clause that follows „über“ or „zu“."""
    first, last = sentence.clause_of(at)
    return [a for a in sentence.actors_in(at + 1, last) if a.type == "State" and a.prep in AGENDA_PREPOSITIONS][:1]
