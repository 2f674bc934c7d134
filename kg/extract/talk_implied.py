"""Talks a sentence implies without naming their parties, told by the next sentence.

„In Washington wird dieser Tage viel telefoniert mit dem Osten Europas. Jetzt hat
US-Präsident Joe Biden seinem ukrainischen Kollegen Wolodymyr Selenskyj Unterstützung
zugesichert.“ The impersonal passive announces calls without saying who made them; the
next sentence, in which one official addresses another with words (an assurance, a
demand, a promise), names the two.

>>> from kg.extract.clauses import words_of
>>> ws = tuple(words_of("Jetzt hat Biden Selenskyj Unterstützung zugesichert."))
>>> [w.text for w in ws][:3]
['Jetzt', 'hat', 'Biden']
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.clauses import Actor, Sentence, clause_particle, verb_keys
from kg.extract.lexicon import plover_cues
from kg.extract.mentions import EntityReading
from kg.extract.roles import main_subject
from kg.extract.rules import declare
from kg.german import PASSIVE_AUXILIARIES

IMPLIED = declare("talks-impersonal-told", "talks participants", "an impersonal talks verb („In Washington wird viel "
                  "telefoniert“) is told by the next sentence, where one official addresses an official of another "
                  "state: „Jetzt hat Biden Selenskyj Unterstützung zugesichert“")
# PLOVER categories of acts done with words: assuring, promising, asking, accusing, refusing, threatening
VERBAL_CODES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})


@lru_cache(maxsize=1)
def _verbal_verbs() -> frozenset[str]:
    """Verbs whose target is the bare actor they address (`plover_lexicon.tsv`, verbal categories)."""
    return frozenset(c.cue for c in plover_cues() if c.pos == "verb" and c.code in VERBAL_CODES
                     and "obj" in c.targets)


def impersonal(sentence: Sentence, cue: int) -> bool:
    """The talks verb at `cue` stands in a passive without a named agent ("wird … telefoniert")."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    return words[cue].text.islower() and any(w.lower in PASSIVE_AUXILIARIES for w in words[first:cue]) \
        and not any(a.prep is None for a in sentence.actors_in(first, last))


def addressed(sentence: Sentence, reading: EntityReading) -> tuple[Actor, Actor] | None:
    """The official who addresses another state's official in words in this sentence, and that official."""
    speaker = main_subject(sentence)
    if speaker is None or speaker.type != "Official":
        return None
    first, last = sentence.clause_of(speaker.first)
    particle = clause_particle(sentence, first, last)
    verbs = _verbal_verbs()
    if not any(key in verbs for w in sentence.words[first:last] if not w.capitalized
               for key in verb_keys(w, particle[0] if particle else None)):
        return None
    own = set(_affiliations(speaker.key, reading))
    for actor in sentence.actors_in(speaker.last + 1, last):
        theirs = set(_affiliations(actor.key, reading))
        if actor.prep is None and actor.type == "Official" and own and theirs and not own & theirs:
            return speaker, actor
    return None


def _affiliations(key: str, reading: EntityReading) -> tuple[str, ...]:
    entity = reading.entity(key)
    return entity.affiliations if entity is not None else ()
