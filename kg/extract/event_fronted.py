"""What a clause fronts before its finite verb that a cue acts on: a noun cue's slot phrase opening the clause
(„Gegen die Grünen ritt die FPÖ heftige Attacken“ → the Grünen are attacked), and a proposal phrase opening the
sentence whose content a clause spells out before the verb („Den Plan von X, die Maut zu verdoppeln, lehnte Y ab“
→ Y rejects X's plan). In both the actor stands before the subject, where the slot and object rules do not look.
"""
from __future__ import annotations

from kg.extract.clauses import Actor, Sentence
from kg.extract.event_cues import CueHit
from kg.extract.fronted_proposals import proposal_before_aside
from kg.extract.rules import declare, fired


FRONTED_SLOT = declare("event-target-fronted-slot", "event target", "a noun cue whose slot preposition opens its "
                       "clause, with a named actor, before the finite verb, acts on that actor: „Gegen die Grünen ritt "
                       "die FPÖ am Montag heftige Attacken“ → ACCUSE FPÖ → Grünen, „Für die Ukraine sagte Polen "
                       "Militärhilfe zu“ → AID; not an actor after another preposition („Bei den Grünen übte die FPÖ "
                       "Kritik“)")
_SLOT_OPENING_REACH = 3     # words from the preposition to the actor: an article, an adjective, a title


def fronted_slot_actor(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...],
                       slots: tuple[str, ...]) -> Actor | None:
    """The actor after the cue's slot preposition where that preposition opens the cue's clause and the finite
    verb stands between it and the noun cue."""
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    lead = first + 1 if first and not words[first].text.isalnum() else first
    if lead >= hit.index or words[lead].lower not in slots:
        return None
    verb = next((k for k in range(lead + 1, hit.index) if words[k].verb_or_auxiliary and not words[k].capitalized),
                None)
    taken = {a.key for a in subjects}
    actor = next((a for a in sentence.actors_in(lead, last) if a.prep == words[lead].lower), None)
    if verb is None or actor is None or actor.key in taken or actor.first > lead + _SLOT_OPENING_REACH \
            or actor.last >= verb:
        return None
    fired(FRONTED_SLOT)
    return actor


FRONTED_ASIDE = declare("event-target-fronted-proposal-aside", "event target", "a refusal, criticism or "
                        "endorsement whose object, a proposal phrase, opens the sentence and is spelt out by a clause "
                        "before the verb (a zu-infinitive, a „dass“ or relative clause) acts on the proposal's owner: "
                        "„Den Plan von Minister Karl Obermoser, die Maut zu verdoppeln, wies die Kammer zurück“ → REJECT "
                        "Kammer → Obermoser; not where a verb of its own follows the content („…, ist teuer, sagte X“)")


def proposal_owner(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The owner of the proposal phrase that opens the sentence and is the verb cue's fronted object
    (`kg.extract.fronted_proposals.proposal_before_aside`), not one of the subjects."""
    if hit.noun:
        return None
    found = proposal_before_aside(sentence, sentence.clause_of(hit.index))
    if found is None or found.verb > hit.index:
        return None
    taken = {a.key for a in subjects}
    return next((a for a in found.owners if a.key not in taken), None)


SLOT_BEFORE_NOUN = declare("event-target-slot-before-noun", "event target", "a noun cue whose slot phrase stands "
                           "right before it in the middle field acts on that phrase's actor: „Die Kommission reichte "
                           "gegen Borlanien Klage ein“, „Der Minister übte an der Regierung Tarvoniens scharfe Kritik“; "
                           "not a phrase of another preposition („reichte beim Gerichtshof Klage ein“)")
_SLOT_GAP = 2       # words between the phrase and the noun: an article, an adjective („gegen X eine neue Klage“)


def slot_before_noun(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...],
                     slots: tuple[str, ...]) -> Actor | None:
    """The actor of a slot phrase ending at most `_SLOT_GAP` lower-case words before the noun cue."""
    if not hit.noun:
        return None
    words = sentence.words
    taken = {a.key for a in subjects}
    for actor in sentence.actors:
        gap = words[actor.last + 1:hit.index]
        if actor.prep in slots and actor.key not in taken and actor.last < hit.index and len(gap) <= _SLOT_GAP \
                and all(w.text.islower() for w in gap) and sentence.clause_of(actor.first) == sentence.clause_of(hit.index):
            fired(SLOT_BEFORE_NOUN)
            return actor
    return None
