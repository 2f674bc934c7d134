"""The body a state's accession talks are held with: the body its clause names after the noun of joining
(`member_words.tsv`, kind accession: „Beitritt“) and „zu“ or „in“: „Österreich verhandelte über den Beitritt zur
EU“ is a negotiation of Austria and the EU.

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Österreich verhandelte über den Beitritt zur EU."))
>>> people = (Actor("state:osterreich", "State", 0, 0, None), Actor("org:eu", "Organization", 6, 6, "zur"))
>>> [a.key for a in accession_sides(Sentence(0, 0, 0, "", ws, people, (), tuple(clause_ranges(ws))), 1, [])]
['state:osterreich', 'org:eu']
"""
from __future__ import annotations

from kg import german
from kg.extract.clauses import Actor, Sentence
from kg.extract.reading import tables
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import Cue

ACCESSION_BODY = declare("talks-accession-body", "talks participants", "talks of one side about its joining a body "
                         "(„über den Beitritt zur EU“, „zum Beitritt in die Nato“) are held with that body: „Die "
                         "Verhandlungen Islands zum Beitritt zur Europäischen Union ruhten lange“; talks "
                         "that name two sides already keep them: „Merkel sprach mit Erdogan über den Beitritt der Türkei "
                         "zur EU“")
JOINED_PREPOSITIONS = german.TO_PREPOSITIONS | german.INSIDE_PREPOSITIONS     # „zur EU“, „in die Nato“
REACH = 4           # words at most from the noun of joining to the body: „zum Beitritt Serbiens in die EU“


NEGOTIATION = "Negotiation"         # the kind of talks a state's accession is (`talks_lexicon.tsv`)


def with_accession_body(sentence: Sentence, cue: Cue, people: list[Actor],
                        rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The one side of the cue's negotiation with the body its clause says it joins, and the rule."""
    if len(people) > 1 or cue.entry.kind != NEGOTIATION:
        return people, rules
    sides = accession_sides(sentence, cue.index, people)
    if not sides:
        return people, rules
    fired(ACCESSION_BODY)
    return sides, (*rules, ACCESSION_BODY)


def accession_sides(sentence: Sentence, at: int, people: list[Actor]) -> list[Actor]:
    """The joining side (the one participant read, else the clause's last state before the body that is its subject
    or the genitive of the talks noun or of the noun of joining: „Verhandlungen Österreichs“, „Beitritt Serbiens“) and the organisation after „zu“/„in“ right after a noun of joining, in the clause of `at`."""
    first, last = sentence.clause_of(at)
    joining = tables().accession_words
    words = sentence.words
    for j in range(first, last):
        if words[j].text not in joining:
            continue
        body = next((a for a in sentence.actors_in(j + 1, min(last, j + 1 + REACH))
                     if a.type == "Organization" and a.prep in JOINED_PREPOSITIONS), None)
        if body is None:
            continue
        side = people or [a for a in sentence.actors_in(first, body.first) if a.type == "State"
                          and (a.prep is None or a.first - 1 in (at, j))][-1:]
        if side and side[0].key != body.key:
            return [side[0], body]
    return []
