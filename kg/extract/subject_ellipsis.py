"""Whether a verb after „und“ or a comma shares a subject named before it (the guards of `subject-elliptic` in
`subject_rules`): the speaker of a clause of saying right before („…, sagte X und kritisierte …“), no one after a
fronted subordinate clause or verbless phrase („Dass es eine Absprache gab, bestreitet die Behörde“), no actor of the
sentence before where the sentence opens with its own unnamed subject or pronoun („Die Demonstranten skandierten
Slogans und verlangten …“).
"""
from __future__ import annotations

from kg import german
from kg.extract.clauses import ACTOR_TYPES, Actor, Sentence, dateline_end
from kg.extract.rules import declare
from kg.extract.subject_relatives import relative_clause
from kg.extract.subject_slot import Slot, noun_first
from kg.extract.subjects import REPORTING


ELLIPTIC_REPORTER = declare("subject-elliptic-reporter", "subject", "a verb after „und“ right after a clause of "
                            "saying („…, sagte X und kritisierte …“) shares that clause's subject, the speaker, not the "
                            "subject of the statement he reports; no one where the speaker is no named actor: „Die "
                            "Nordpartei habe die Reform blockiert, sagte Bürgermeister Max Muster und kritisierte die "
                            "Südpartei“ → Muster criticised")
ELLIPTIC_AFTER_FRONTED = declare("subject-elliptic-after-fronted", "subject", "a verb right after the comma that "
                                 "closes a fronted subordinate clause or a verbless phrase opening the sentence is the "
                                 "main clause's own verb, its subject after it, not an elliptic one sharing an actor "
                                 "of before: „Dass es eine Absprache gab, bestreitet die Behörde“, „Während die "
                                 "Nordpartei die Reform lobte, hatten Aktivisten sie gefordert“ (no act of the "
                                 "Nordpartei); not a verb after a main clause („Russland bestreitet das, wirft der "
                                 "Ukraine aber vor …“) or after a named actor's apposition („Die Nordpartei, Partner der "
                                 "Südpartei, fordert …“)")


def after_fronted(slot: Slot) -> bool:
    """The cue's clause is the sentence's first to open with a verb after a comma, and what stands before it opens
    with a subordinator or holds neither a verb nor a bare actor."""
    words = slot.sentence.words
    start = dateline_end(words)
    if start >= slot.first:
        return False
    for first, last in slot.sentence.clauses:
        lead = first + 1 if words[first].text == "," else first
        if first >= slot.first:
            break
        if first > start and lead < last and words[lead].verb_or_auxiliary:
            return False        # an earlier verb after a comma: the cue's verb may be elliptic
    if words[start].lower in german.SUBORDINATORS:
        return True
    # „In der Liga konkurrenzlos, fordern …“; not a named actor with an apposition („X, Chef der Y, forderte …“)
    return not any(w.verb_or_auxiliary for w in words[start:slot.first]) \
        and not any(a.prep is None for a in slot.sentence.actors_in(start, slot.first))


NO_SPEAKER = Actor("", "", -1, -1, None)       # a clause of saying whose speaker is no named actor


ELLIPTIC_AFTER_RELATIVE = declare("subject-elliptic-after-relative", "subject", "a verb right after the comma that "
                                  "closes a relative clause goes on with the clause the relative clause interrupted: "
                                  "its subject is the relative pronoun's antecedent, none where that is no named actor, "
                                  "not the subject of a clause before it: „Der Landtag beschloss eine Regel: Ein "
                                  "Bürgermeister, der angeklagt ist, darf nicht verhaftet werden“ (no act of the "
                                  "Landtag); „Die Nordpartei, die lange zögerte, kritisiert die Reform“ → the "
                                  "Nordpartei")


def relative_antecedent(slot: Slot) -> Actor | None:
    """Where the clause before the cue's is a relative clause („…, der … soll, darf …“) interrupting a clause with no
    verb yet: the bare actor right before its comma (its antecedent), NO_SPEAKER where an unnamed noun stands
    there, else None."""
    clauses, words = slot.sentence.clauses, slot.sentence.words
    k = clauses.index((slot.first, slot.last))
    if k == 0:
        return None
    first, last = clauses[k - 1]
    if words[first].text != "," or first == 0 or not words[first - 1].capitalized \
            or not relative_clause(words, clauses[k - 1]):
        return None
    start = clauses[k - 2][0] if k > 1 else 0
    if any(w.verb_or_auxiliary for w in words[start:first]):
        return None         # „Wir können Menschen, die …, festnehmen“: the verb closes a clause with its own verb
    antecedent = next((a for a in slot.sentence.actors if a.last == first - 1), None)
    return antecedent if antecedent is not None and antecedent.prep is None else NO_SPEAKER


def reporter_before(slot: Slot) -> Actor | None:
    """The speaker of the clause of saying right before the cue's clause („…, sagte X und …“): its first bare actor,
    NO_SPEAKER where it names none, None where the clause before says nothing."""
    clauses, words = slot.sentence.clauses, slot.sentence.words
    k = clauses.index((slot.first, slot.last))
    if k == 0:
        return None
    first, last = clauses[k - 1]
    lead = first + 1 if words[first].text == "," else first
    if first == 0 or lead >= last or not (words[lead].verbish and words[lead].lemma in REPORTING):
        return None
    return next((a for a in slot.sentence.actors_in(lead + 1, last) if a.prep is None and a.type in ACTOR_TYPES),
                NO_SPEAKER)


ELLIPTIC_UNNAMED = declare("subject-elliptic-unnamed", "subject", "a verb after „und“ sharing the sentence's subject "
                           "takes no actor from the sentence before where the sentence opens with an unnamed noun phrase, "
                           "its own subject: „Die Demonstranten skandierten Slogans und verlangten Entschädigungen“")


ELLIPTIC_PRONOUN = declare("subject-elliptic-pronoun", "subject", "a verb after „und“ sharing the sentence's subject "
                           "takes no actor from the sentence before where the sentence's first clause has a personal "
                           "pronoun no actor was read for, its own subject: „In seinem Brief beklagte er Druck und "
                           "kritisiert die geringe Offenheit seitens der ARD“")
_SUBJECT_PRONOUNS = german.THIRD_PERSON_PRONOUNS | german.FIRST_PERSON_PRONOUNS


def pronoun_subject(sentence: Sentence) -> bool:
    """The sentence's first clause holds „er“, „sie“, „ich“ or „wir“ that no resolved actor stands for."""
    if not sentence.clauses:
        return False
    first, last = sentence.clauses[0]
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    return any(sentence.words[i].lower in _SUBJECT_PRONOUNS and i not in covered for i in range(first, last))


ELLIPTIC_OWN_SENTENCE = declare("subject-elliptic-own-sentence", "subject", "a verb after „und“ or a comma whose "
                                "sentence's subject no rule found takes no actor from the sentence before where its "
                                "own sentence names a bare actor before its clause (the subject in a place the rules "
                                "miss; a pronoun read as an actor is the subject) or its own clause holds a personal "
                                "pronoun no actor was read for: „Bei einer Kundgebung vergangene Woche war auch die "
                                "Ministerin Lea Korn aufgetreten und hatte Ungarn scharf kritisiert“ is no act of the "
                                "sentence before's subject")


def own_subject(slot: Slot) -> Actor | None:
    """Where the cue's sentence has a subject of its own the rules missed (`subject-elliptic-own-sentence`): the
    first bare actor before the cue's clause when it is a resolved pronoun („Andererseits betont er …, und …“),
    NO_SPEAKER for another such actor or an unresolved personal pronoun in the cue's clause, else None."""
    sentence = slot.sentence
    named = [a for a in sentence.actors if a.prep is None and a.type in ACTOR_TYPES and a.last < slot.first]
    if named:
        return named[0] if named[0].resolved else NO_SPEAKER
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    pronoun = any(sentence.words[i].lower in _SUBJECT_PRONOUNS and i not in covered
                  for i in range(slot.lead, slot.cue))
    return NO_SPEAKER if pronoun else None


def unnamed_subject(sentence: Sentence) -> bool:
    """The sentence's first clause opens with an article and an unnamed noun („Die Demonstranten skandierten …“)."""
    return bool(sentence.clauses) and sentence.words[0].lower in german.NOMINATIVE_ARTICLES \
        and noun_first(sentence, 0, sentence.clauses[0][1])
