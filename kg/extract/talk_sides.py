"""The sides of a civil conflict named by common nouns in a talks sentence: „die Regierungsdelegation“ is the
state the article is about (a bare „Regierung“ is read so by `references`), „die Rebellen“ its one armed group,
„die Konfliktparteien“ both (`kg/data/side_nouns.tsv`, the armed group's nouns from `armed_epithets.tsv`).

A government noun is read only beside an armed side in the same sentence: talks between a government
and rebels are the case where the text names the state by neither name nor adjective.

>>> _side_nouns()["rebellen"], _side_nouns()["konfliktparteien"]
('armed', 'both')
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.datelines import read_dateline
from kg.extract.mentions import EntityReading
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare, fired
from kg.extract.talk_places import capital_states

GOVERNMENT_SIDE = declare("talks-side-government", "talks participants", "„die Regierungsdelegation“, "
                          "„Regierungsvertreter“ in a talks sentence that also names an armed side are the state the "
                          "article is about: „Kolumbien … Die Regierungsdelegation und die Rebellen verhandeln in Havanna“")
ARMED_SIDE = declare("talks-side-armed", "talks participants", "„die Rebellen“, „die Aufständischen“ in a talks "
                     "sentence are the article's one armed group: „Die Farc … Die Regierung will mit den Rebellen "
                     "verhandeln“")
BOTH_SIDES = declare("talks-side-parties", "talks participants", "„die Konfliktparteien“ in a talks sentence are the "
                     "state the article names most and its one armed group: „Friedensgespräche der Konfliktparteien“")


@dataclass(frozen=True)
class Sides:
    """The article's state (the one it names most) and its one armed group, as entity keys."""

    state: str | None
    armed: str | None


@lru_cache(maxsize=1)
def _side_nouns() -> dict[str, str]:
    """Lower-case noun → its side: "government", "armed" or "both"."""
    armed = {w.lower(): "armed" for w in resources.load_word_list("armed_epithets.tsv")}
    return {**armed, **{row[0]: row[1] for row in resources.commented_rows("side_nouns.tsv")}}


def article_sides(sentences: list[Sentence], reading: EntityReading) -> Sides:
    """The state of the dateline's capital (`datelines`) where the article names it, else the state named most
    often (strictly more than any other); and the one armed organisation."""
    armed = [e.key for e in reading.entities if e.type == "Organization" and e.kind == "armed"]
    if len(armed) != 1:
        return Sides(None, None)
    counts = Counter(m.key for m in reading.mentions if m.type == "State")
    top = counts.most_common(2)
    dateline = read_dateline(sentences, _capital_state)
    state = dateline.state if dateline is not None else None
    if state is None or state not in counts:
        state = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    return Sides(state, armed[0])


def _capital_state(sentence: Sentence, end: int) -> str | None:
    """The state whose capital is the first place named before word `end` („Sanaa – …“), if it is one."""
    return next((capital_states().get(m.key) for m, i in sentence.places if i < end), None)


def with_sides(sentence: Sentence, sides: Sides) -> Sentence:
    """The sentence with its side nouns read as the article's state and armed group.

    Example: „Die Regierungsdelegation und die Rebellen verhandeln“ in an article about Colombia and the Farc
    gains the actors Kolumbien (at „Regierungsdelegation“) and Farc (at „Rebellen“).
    """
    if sides.armed is None:
        return sentence
    nouns, words = _side_nouns(), sentence.words
    at = [i for i, w in enumerate(words) if w.capitalized and w.lower in nouns]
    if not at:
        return sentence
    covered = {i for a in sentence.actors for i in range(a.first - 1, a.last + 2)}
    found = [(i, nouns[words[i].lower]) for i in at if i not in covered and i > 0]
    kinds = {kind for _, kind in found} | {"armed" for a in sentence.actors if a.key == sides.armed}
    added = [a for i, kind in found for a in _actors(sentence, i, kind, sides, kinds)]
    actors = sorted((*sentence.actors, *added), key=lambda a: a.first)
    return replace(sentence, actors=tuple(_coordinated_preps(sentence, actors, set(at))))


def _coordinated_preps(sentence: Sentence, actors: list[Actor], at: set[int]) -> list[Actor]:
    """Actors joined by „und“ to the actor before them, one of the two a side noun, take its preposition: „zwischen
    der Regierung und den Rebellen“, „zwischen der Regierung und den Taliban“ (the second has none of its own)."""
    out: list[Actor] = []
    for actor in actors:
        prev = out[-1] if out else None
        gap = sentence.words[prev.last + 1:actor.first] if prev is not None else ()
        if prev is not None and actor.prep is None and prev.prep is not None and (actor.first in at or prev.first in at) \
                and 0 < len(gap) <= 2 and gap[0].lower in german.ADDITIVE_CONJUNCTIONS:
            actor = replace(actor, prep=prev.prep)
        out.append(actor)
    return out


def both_sides(sentence: Sentence, people: list[Actor], sides: Sides) -> list[Actor]:
    """The participants with the second side of a „both“ noun among them („der Konfliktparteien“ read as the
    state only, by the genitive): the armed group too."""
    twins = [replace(a, key=sides.armed, type="Organization") for a in people if sides.armed is not None
             and a.key == sides.state and _both_noun(sentence, a)]
    keys = {a.key for a in people}
    if twins:
        fired(BOTH_SIDES)
    return people + [t for t in twins if t.key not in keys]


def both_word(sentence: Sentence, at: int) -> bool:
    """Word `at` is a noun naming both sides of a conflict („die Konfliktparteien“)."""
    word = sentence.words[at]
    return word.capitalized and _side_nouns().get(word.lower) == "both"


def _both_noun(sentence: Sentence, actor: Actor) -> bool:
    """The actor is a „both“ noun read as the state, or the state's adjective right before one („der jemenitischen
    Konfliktparteien“)."""
    words, nouns = sentence.words, _side_nouns()
    at = actor.first if actor.resolved else actor.last + 1
    return at < len(words) and words[at].capitalized and nouns.get(words[at].lower) == "both"


def _actors(sentence: Sentence, i: int, kind: str, sides: Sides, kinds: set[str]) -> list[Actor]:
    """The actors the side noun at `i` stands for (a government only beside an armed side)."""
    prep = governing_prep(sentence.words, i)
    if kind == "armed" and sides.armed is not None:
        fired(ARMED_SIDE)
        return [Actor.referred(sides.armed, "Organization", i, prep)]
    if sides.state is None:
        return []
    if kind == "government" and "armed" in kinds:
        fired(GOVERNMENT_SIDE)
        return [Actor.referred(sides.state, "State", i, prep)]
    if kind == "both" and sides.armed is not None:
        fired(BOTH_SIDES)
        return [Actor.referred(sides.state, "State", i, prep),
                Actor.referred(sides.armed, "Organization", i, prep)]
    return []


_RULES = {"government": GOVERNMENT_SIDE, "armed": ARMED_SIDE, "both": BOTH_SIDES}


def side_rules(sentence: Sentence, people: list[Actor]) -> tuple[str, ...]:
    """The side rules that read participants: those at a side noun, resolved."""
    nouns = _side_nouns()
    kinds = [nouns.get(sentence.words[a.first].lower) for a in people if a.resolved]
    kinds += ["both" for a in people if not a.resolved and _both_noun(sentence, a)]
    return tuple(dict.fromkeys(_RULES[k] for k in kinds if k is not None))
