"""A reaction one actor's words or acts cause in another: „Der Plan der Nordpartei löste bei der SPÖ Empörung
aus“, „Die Aussagen von Minister X empören die SPÖ“ → SPÖ ACCUSE the plan's or the statement's owner.

German names the one who is outraged, or who criticises or opposes, as the object of a verb of causing
(„empören“, „verärgern“: `outrage_verbs.tsv`) or after „bei“ beside a reaction noun a verb of causing takes
(„löst bei X Kritik aus“, „sorgt bei X für Unmut“: `causing_verbs.tsv`, `reaction_nouns.tsv`). The subject is
what caused it; its owner, the actor whose words or act it is, is the target.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, verb_keys, Word
from kg.extract.event_cues import CueHit
from kg.extract.event_phrases import particle_of
from kg.extract.event_reading import emit
from kg.extract.factuality import read_factuality
from kg.extract.lexicon import PloverCue
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare
from kg.facts import Interaction

OUTRAGE_VERBS = resources.load_word_list("outrage_verbs.tsv")
REACTION_NOUNS = {r["noun"]: r["code"] for r in resources.rows("reaction_nouns.tsv")}
CAUSING_VERBS = {r["lemma"]: r["preposition"] for r in resources.rows("causing_verbs.tsv")}
_LEMMAS = OUTRAGE_VERBS | REACTION_NOUNS.keys()     # a sentence with none of them is passed over at once
_EXPERIENCER = german.OCCASION_PREPOSITIONS         # „bei der SPÖ“: whom the reaction seizes
_CONFIDENCE = 0.5

OUTRAGED = declare("event-outraged-object", "event from a reaction", "the object of a verb of outraging or annoying "
                   "(„empören“, „verärgern“) accuses the owner of what outrages it: „Die Aussagen von Minister Arno "
                   "Pelzig empören die Nordpartei“, „Minister Arno Pelzig hat die Nordpartei verärgert“ → ACCUSE "
                   "Nordpartei → Pelzig; not a reflexive („empörte sich“), not where no actor owns the cause")
CAUSED = declare("event-reaction-caused", "event from a reaction", "a reaction noun a verb of causing takes "
                 "(„löst … Empörung aus“, „sorgt … für Unmut“) is the ACCUSE or REJECT of "
                 "the one named after „bei“, aimed at the owner of the cause: „Der Plan der Nordpartei löste bei der "
                 "SPÖ Empörung aus“ → ACCUSE SPÖ → Nordpartei; not without one named after „bei“ („sorgte für Kritik“)")


@dataclass(frozen=True)
class Reaction:
    """One reaction told by a clause: its word, PLOVER code, who reacts, at whom, and the rule that read it."""

    cue: int
    code: str
    noun: bool
    experiencers: tuple[Actor, ...]
    owner: Actor
    rule: str


def reactions(sentence: Sentence, reading: EntityReading) -> list[Interaction]:
    """The reactions the sentence's clauses tell, each as its experiencer's act on the owner of its cause."""
    if _LEMMAS.isdisjoint(w.lemma for w in sentence.words):
        return []
    out: list[Interaction] = []
    for first, last in sentence.clauses:
        found = _outraged(sentence, first, last) or _caused(sentence, first, last)
        if found is None:
            continue
        entry = PloverCue(sentence.words[found.cue].lower, "noun" if found.noun else "verb", (), found.code, (),
                          _CONFIDENCE)
        told = read_factuality(sentence, found.cue, found.noun)
        out += emit(sentence, CueHit(found.cue, entry, found.noun), reading, list(found.experiencers), [found.owner],
                    _CONFIDENCE, (found.rule, *told.rules), told.factuality)
    return out


def _finite(sentence: Sentence, first: int, last: int) -> int | None:
    """The clause's first verb after at least one word: the verb second of a main clause, whose subject precedes."""
    words = sentence.words
    lead = first + 1 if words[first].text in ",;:" else first
    return next((i for i in range(lead + 1, last) if words[i].verbish and not words[i].capitalized), None)


def _owner(sentence: Sentence, first: int, verb: int) -> Actor | None:
    """The actor whose words or act the subject before the verb is: the subject itself („Minister X hat …“), its
    genitive („Der Plan der Nordpartei“) or its „von“ attribute („Die Aussagen von Minister X“)."""
    words = sentence.words
    for actor in sentence.actors_in(first, verb):
        if actor.prep is None:
            return actor
        at = next((k for k in range(actor.first - 1, max(first, actor.first - 3) - 1, -1)
                   if words[k].lower == actor.prep), None)
        if actor.prep in german.FROM_PREPOSITIONS and at is not None and at > first and words[at - 1].capitalized:
            return actor
    return None


def _outraged(sentence: Sentence, first: int, last: int) -> Reaction | None:
    """The ACCUSE of the objects a verb of outraging in the clause names, aimed at the cause's owner."""
    words = sentence.words
    verb = _finite(sentence, first, last)
    cue = next((i for i in range(verb, last) if words[i].lemma in OUTRAGE_VERBS and not words[i].capitalized),
               None) if verb is not None else None
    if cue is None or any(w.lower == german.REFLEXIVE_PRONOUN for w in words[verb:last]) \
            or (cue != verb and words[verb].lower not in german.HAVE_FORMS):
        return None     # „empörte sich“, „ist verärgert“: the subject is outraged
    owner = _owner(sentence, first, verb)
    objects = [a for a in sentence.actors_in(verb + 1, last) if a.prep is None] if owner is not None else []
    objects = [a for a in objects if a.key != owner.key] if owner is not None else []
    return Reaction(cue, "ACCUSE", False, tuple(objects), owner, OUTRAGED) if objects and owner is not None else None


def _caused(sentence: Sentence, first: int, last: int) -> Reaction | None:
    """The act of those named after „bei“ that a reaction noun a verb of causing takes in the clause names,
    aimed at the cause's owner."""
    words = sentence.words
    verb = _finite(sentence, first, last)
    causing = next((k for k in verb_keys(words[verb], particle_of(sentence, verb)) if k in CAUSING_VERBS),
                   None) if verb is not None else None
    if causing is None:
        return None
    prep = CAUSING_VERBS[causing]
    noun = next((i for i in range(verb + 1, last) if words[i].capitalized and words[i].lemma in REACTION_NOUNS
                 and (not prep or _after(words, i, prep))), None)
    owner = _owner(sentence, first, verb) if noun is not None else None
    seized = [a for a in sentence.actors_in(verb + 1, last) if a.prep in _EXPERIENCER] if owner is not None else []
    seized = [a for a in seized if owner is not None and a.key != owner.key]
    if not seized or noun is None or owner is None:
        return None
    return Reaction(noun, REACTION_NOUNS[words[noun].lemma], True, tuple(seized), owner, CAUSED)


def _after(words: Sequence[Word], noun: int, prep: str) -> bool:
    """The noun stands after `prep`, over lower-case adjectives: „für heftigen Unmut“."""
    k = noun - 1
    while k > 0 and words[k].text.islower() and words[k].lower.endswith(german.ADJECTIVE_ENDINGS) \
            and words[k].lower != prep:
        k -= 1
    return words[k].lower == prep
