"""A subject agrees in number with its finite verb: one named person, or a state named by its singular name, standing
right before a plural finite verb, or after it in an inverted main clause, is not its subject but its object; the
verb's subject is the actors listed after it, or an unnamed noun phrase („Die Türkei kritisierten Kanzlerin Ada Lanz
und Minister Tim Rau“: the two criticise the Türkei; „Im Bericht werfen die Prüfer Ministerin Lanz Versäumnisse vor“:
no named actor blames).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, Word
from kg.facts import entity_key

PERSON_TYPES = frozenset({"Official", "Person"})
# adverbs the lemma table reads as verbs: „Russland dagegen kritisierte …“
_NOT_VERBS = german.CLAUSE_ADVERBS | german.FUNCTION_WORDS
_GENITIVE_MARKS = (german.SHORT_GENITIVE_ENDING, "'", "’")     # „Merkels“, „Lanz'“


@lru_cache(maxsize=1)
def _singular_state_names() -> frozenset[str]:
    """Lower-cased names, other names and capitals of the states whose name is no plural (`plural_states.tsv`:
    „die USA“), without any word that is also a demonym („Ungarn“ names the state and its people)."""
    plural = resources.listed_words("plural_states.tsv")
    states = resources.load_states()
    demonyms = {d.lower() for s in states for d in s.demonyms}
    names = {n.lower() for s in states if s.name not in plural for n in (s.name, *s.aliases, *s.capitals)}
    return frozenset(names - demonyms)


def first_verb(words: Sequence[Word], lead: int, cue: int) -> int | None:
    """The first verb or auxiliary from the clause's first word to the cue, adverbs aside."""
    return next((k for k in range(lead, cue + 1) if words[k].verb_or_auxiliary and words[k].lower not in _NOT_VERBS),
                None)


def plural_finite(word: Word) -> bool:
    """A finite verb of the third person plural by its form: „kritisierten“, „werfen“, „sind“."""
    return word.verb_or_auxiliary and not word.capitalized and (
        word.lower in german.PLURAL_FORMS_NOT_IN_N or word.lower.endswith(german.PLURAL_FINITE_ENDING))


def singular_actor(sentence: Sentence, actor: Actor) -> bool:
    """One named person, or a state named by one word of its singular name or capital („Russland“, „die Türkei“,
    „Moskau“; not „die USA“, „Franzosen“), not one read through a pronoun."""
    if actor.resolved:
        return False
    if actor.type in PERSON_TYPES:
        return True
    return actor.type == "State" and actor.first == actor.last \
        and sentence.words[actor.first].lower in _singular_state_names()


def single_beside_plural_verb(sentence: Sentence, actor: Actor, verb: int) -> bool:
    """A singular actor (`singular_actor`) with the plural finite verb at word `verb` right after it, or before it
    in its clause, and no „und“ after it, nor a noun after a state or a genitive, that it would be part of or act
    through („Lanz und ihr Team“, „Merkels Minister“, „sollen Russland Truppen verlegt haben“)."""
    words = sentence.words
    nxt = actor.last + 1
    if nxt >= len(words) or words[nxt].lower in german.COORDINATORS or not singular_actor(sentence, actor):
        return False
    if words[nxt].capitalized and (actor.type == "State" or words[actor.last].lower.endswith(_GENITIVE_MARKS)):
        return False
    return (verb == nxt or verb < actor.first) and plural_finite(words[verb])
