"""The subject of a zu-infinitive for the subject rules (`subject_rules`): the object of a control verb in the clause
before („Kiew warf Moskau vor, … verletzt zu haben“: Moskau), the subject of a subordinate clause right before („…,
dass die Nato bereit sei, die Türkei zu unterstützen“: the Nato), else the sentence's subject.
"""
from __future__ import annotations

from functools import cache
from typing import Literal

from kg import german
from kg.extract.clauses import DETERMINERS, Actor, Sentence, clause_particle, verb_keys
from kg.extract.factuality import signals
from kg.extract.lexicon import control_verbs, plover_cues
from kg.extract.rules import declare, fired
from kg.extract.subjects import main_subject


def controller(sentence: Sentence, first: int) -> Actor | None:
    """The subject of the zu-infinitive clause starting at `first`: the object of a control verb in the
    clause before ("Kiew warf Moskau vor, … verletzt zu haben": Moskau), else the sentence's subject."""
    before = [c for c in sentence.clauses if c[1] <= first]
    if before:
        a, b = before[-1]
        particle = clause_particle(sentence, a, b)
        for i in range(a, b):
            keys = verb_keys(sentence.words[i], particle[0] if particle and particle[1] != i else None)
            if not sentence.words[i].capitalized and control_verbs().intersection(keys):
                return _control_object(sentence, i, b)
            asked = _asked_from(sentence, i, b, keys)
            if asked is not None:
                return asked
        if _impersonal_judgement(sentence, a, b):
            return None
        subordinate = _subordinate_subject(sentence, a, b)
        if subordinate is not None:
            fired(INFINITIVE_AFTER_SUBORDINATE)
            return subordinate or None
    return main_subject(sentence)


CONTROL_OBJECT_INVERTED = declare("subject-control-object-inverted", "subject", "a control verb whose subject "
                                  "follows it („Am Montag forderte Merkel Putin auf, … abzuziehen“) has its object in "
                                  "the next bare actor: the zu-infinitive's subject is Putin, not Merkel")


def _control_object(sentence: Sentence, verb: int, last: int) -> Actor | None:
    """The object of the control verb at `verb`: the first bare actor after it that is not the verb's own
    inverted subject (the sentence's main subject standing right after the verb), None where only that one is."""
    after = [x for x in sentence.actors_in(verb + 1, last) if x.prep is None]
    subject = main_subject(sentence)
    if after and subject is not None and after[0].first == subject.first == verb + 1:
        fired(CONTROL_OBJECT_INVERTED)
        return after[1] if len(after) > 1 else None     # „forderte Merkel auf, …“: an unnamed addressee
    return after[0] if after else None


ASKED_FROM = declare("subject-control-asked-from", "subject", "a demand made „von“ someone („fordern von“, "
                     "„verlangen von“: the lexicon's REQUEST verbs with that slot) has that one as the subject of its "
                     "zu-infinitive: „Die SPÖ verlangt von der ÖVP, endlich einzulenken“ → the ÖVP would yield, not "
                     "the SPÖ")


@cache
def _demanding_from() -> frozenset[str]:
    """REQUEST verbs of the lexicon that name whom they ask with „von“."""
    return frozenset(c.cue for c in plover_cues() if c.code == "REQUEST" and c.pos == "verb"
                     and not german.FROM_PREPOSITIONS.isdisjoint(c.targets))


def _asked_from(sentence: Sentence, verb: int, last: int, keys: list[str]) -> Actor | None:
    """The actor after „von“ in the clause of a demanding verb at `verb` („verlangt von der ÖVP, …“)."""
    if sentence.words[verb].capitalized or _demanding_from().isdisjoint(keys):
        return None
    asked = next((a for a in sentence.actors_in(verb + 1, last) if a.prep in german.FROM_PREPOSITIONS), None)
    if asked is not None:
        fired(ASKED_FROM)
    return asked


INFINITIVE_AFTER_SUBORDINATE = declare("subject-infinitive-subordinate", "subject", "a zu-infinitive right after a "
                                       "subordinate clause belongs to it: its subject is that clause's subject, a named "
                                       "actor right after the subordinator („Merkel sagte, dass die Nato bereit sei, die "
                                       "Türkei zu unterstützen“ → Nato), or none where that is an unnamed noun phrase "
                                       "(„…, dass deren Drohungen bloß ein Anlass seien, um gegen die Rebellen vorzugehen“)")
_SUBORDINATE_SUBJECT_REACH = 3      # words from the subordinator to its subject's first word


def _subordinate_subject(sentence: Sentence, first: int, last: int) -> Actor | Literal[False] | None:
    """The subject of a clause opening with a subordinator („, dass die Nato …“): the bare actor right after it,
    False for an unnamed noun phrase there („, dass deren Angriffe …“), None where the clause opens otherwise."""
    words = sentence.words
    lead = first + 1 if words[first].text == "," else first
    if not (lead + 1 < last and words[lead].lower in german.SUBORDINATORS):
        return None
    named = next((x for x in sentence.actors_in(lead + 1, last)
                  if x.prep is None and x.first <= lead + _SUBORDINATE_SUBJECT_REACH), None)
    if named is not None:
        return named
    if lead + 2 < last and words[lead + 1].lower in DETERMINERS and words[lead + 2].capitalized:
        return False
    return None


IMPERSONAL_JUDGEMENT = declare("subject-infinitive-impersonal", "subject", "a zu-infinitive that an impersonal "
                               "judgement before it governs („es sei nicht sinnvoll, …“, „…, dass es richtig wäre, …“) "
                               "has no named subject: „Lind meinte, es wäre falsch, die Asylbewerber abzuschieben“ "
                               "deports no one of Lind's; not where the judging clause names a bare actor („es sei der "
                               "Armee gelungen, …“, „Lind hält es für richtig, …“) or holds a word of intent that makes "
                               "„es“ an actor's pronoun („Russland erklärte, es sei bereit, … anzugreifen“)")
_JUDGING_COPULAS = german.BE_FORMS


def _impersonal_judgement(sentence: Sentence, first: int, last: int) -> bool:
    """The clause holds „es“ with a form of „sein“ after it and no bare actor (one after a preposition is no
    subject): „…, dass es nicht sinnvoll sei“."""
    words = sentence.words
    at = next((i for i in range(first, last) if words[i].lower in german.CORRELATE_PRONOUNS), None)
    if at is None or not any(w.lower in _JUDGING_COPULAS for w in words[at + 1:last]) \
            or any(a.prep is None for a in sentence.actors_in(first, last)):
        return False
    intent = signals().by_scope["matrix"]
    if any(w.lower in intent or w.lemma in intent for w in words[at + 1:last]):
        return False        # „Russland erklärte, es sei bereit, … anzugreifen“: „es“ is Russland, willing
    fired(IMPERSONAL_JUDGEMENT)
    return True
