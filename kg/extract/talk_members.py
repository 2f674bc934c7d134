"""A group spelled out by its members in an aside: „die Regierungschefs der Nordallianz – Estland, Lettland und
Litauen – trafen sich“. The members, not the group's name, take part in the talks; states coordinated with the
group after the aside („… – sowie Finnlands“) take part too.

>>> from kg.extract.clauses import Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Die Staaten – Estland, Lettland und Litauen – trafen sich."))
>>> sides = tuple(Actor(f"state:{k}", "State", i, i, None) for k, i in (("ee", 3), ("lv", 5), ("lt", 7)))
>>> members, close = _aside(Sentence(0, 0, 0, "", ws, sides, (), tuple(clause_ranges(ws))), 1)
>>> [a.key for a in members], close
(['state:ee', 'state:lv', 'state:lt'], 8)
"""
from __future__ import annotations

from dataclasses import replace

from kg import german
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import Cue

ASIDE_MEMBERS = declare("talks-aside-members", "talks participants", "a group among a talks cue's participants, "
                        "or the noun phrase opening the sentence before the talks verb, spelled out right after it "
                        "between dashes or brackets as a list of two or more states takes part by those states, and "
                        "states coordinated with it after the aside („sowie“) take part too: „Die Außenminister der "
                        "Nordallianz – Estland, Lettland und Litauen – sowie Finnlands trafen sich in Riga“; not an "
                        "aside naming one state („Die Nordallianz – ohne Estland – tagte“)")
_CLOSERS = {close: opener for opener, close in german.ASIDE_MARKS.items()}


def _state_at(sentence: Sentence, i: int) -> Actor | None:
    return next((a for a in sentence.actors if a.first == i and a.type == "State"), None)


def _aside(sentence: Sentence, before: int) -> tuple[list[Actor], int]:
    """The states listed in an aside opening right after word `before` (a dash or a bracket), two or more joined only
    by list words, and the index of the mark closing it (or of the sentence's end); ([], -1) otherwise."""
    words = sentence.words
    at = before + 1
    if at >= len(words) or words[at].text not in german.ASIDE_MARKS:
        return [], -1
    close = german.ASIDE_MARKS[words[at].text]
    found: list[Actor] = []
    i = at + 1
    while i < len(words) and words[i].text != close and words[i].text not in german.SENTENCE_END_MARKS:
        actor = _state_at(sentence, i)
        if actor is None and words[i].lower not in german.ENUMERATION_WORDS:
            return [], -1
        found += [actor] if actor is not None else []
        i = actor.last + 1 if actor is not None else i + 1
    return (found, i) if len(found) >= 2 else ([], -1)


def _coordinated_after(sentence: Sentence, close: int) -> list[Actor]:
    """The states right after the aside's closing mark at word `close` and an additive conjunction, joined by list
    words: „… – sowie Mazedoniens und Bulgariens“."""
    words = sentence.words
    i = close + 1
    if i >= len(words) or words[i].lower not in german.ADDITIVE_CONJUNCTIONS:
        return []
    found: list[Actor] = []
    i += 1
    while i < len(words):
        actor = _state_at(sentence, i)
        if actor is not None:
            found.append(actor)
            i = actor.last + 1
        elif words[i].lower in german.ENUMERATION_WORDS:
            i += 1
        else:
            break
    return found


def _members(sentence: Sentence, head: int) -> list[Actor]:
    """The aside's states after word `head` and the states coordinated after it."""
    members, close = _aside(sentence, head)
    return members + _coordinated_after(sentence, close) if members else []


def with_aside_members(sentence: Sentence, cue: Cue, people: list[Actor],
                       rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants with each organisation that an aside spells out replaced by its members; where a verb found
    none, the members of an aside closing right before it („Die Staaten – X, Y und Z – trafen sich“)."""
    out: list[Actor] = []
    for actor in people:
        members = _members(sentence, actor.last) if actor.type == "Organization" else []
        out += [replace(a, prep=actor.prep) for a in members] or [actor]
    if not people and cue.entry.match == "verb":
        out = _members_before_verb(sentence, cue.index)
    if len(out) == len(people):
        return people, rules
    fired(ASIDE_MEMBERS)
    return list({a.key: a for a in out}.values()), (*rules, ASIDE_MEMBERS)


def _members_before_verb(sentence: Sentence, verb: int) -> list[Actor]:
    """The members of an aside whose closing mark stands right before the verb at `verb`, opened after the noun
    phrase that starts the sentence and names no actor („Die drei Nachbarstaaten – …, … und … – trafen sich“)."""
    words = sentence.words
    opener = _CLOSERS.get(words[verb - 1].text) if verb >= 3 else None
    at = next((i for i in range(verb - 2, 0, -1) if words[i].text == opener), None) if opener else None
    if at is None or not words[at - 1].capitalized or any(a.first < at for a in sentence.actors):
        return []
    members, close = _aside(sentence, at - 1)
    return members if close == verb - 1 else []
