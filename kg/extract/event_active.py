"""The last reading rule of a cue: its subject by word order acts on its object or slot
(„Am Donnerstag kritisierte Merkel die Türkei“), else on a target `kg.extract.event_targets`
finds, else untargeted where the code allows it.
"""
from __future__ import annotations

from kg.extract.event_cues import TARGET_NEEDED
from kg.extract.event_reading import MUTUAL, NEEDS_TARGET, NOTHING, UNTARGETED_OK, At, CueReading
from kg.extract.event_targets import (CLAIMANT, CONDITIONAL_MARK, FROM_MARK, FROM_OWNER, PRONOUN_OBJECT,
                                      RECIPROCAL, RECIPROCAL_HOSTILE, THREATENED, UNTARGETED_VIOLENCE, armed_violence,
                                      claimant_of, conditional_target, hostile_reflexive, object_owner, owner_rule,
                                      owner_target, pronoun_object, reciprocal)
from kg.extract.roles import find_subjects, find_targets
from kg.extract.rules import fired, Stage


ACTIVE_READINGS = Stage("event reading")


@ACTIVE_READINGS.rule("event-active-subject", "the subject by word order acts on the cue's object or slot: "
               "„Am Donnerstag kritisierte Merkel die Türkei“")
def active_reading(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    roles = find_subjects(sentence, hit.index, at.prev)
    if roles is None:
        return NOTHING
    subjects, factors = roles.subjects, (0.8,) if roles.borrowed else ()
    targets = find_targets(sentence, hit.index, subjects, hit.entry.targets)
    if targets:
        return CueReading(subjects, tuple(targets), factors, (roles.rule, "event-target-slot"))
    owner = owner_target(sentence, hit, subjects) or conditional_target(sentence, hit, subjects) \
        or object_owner(sentence, hit, subjects)
    if owner is not None:
        rule = {CONDITIONAL_MARK: THREATENED, FROM_MARK: FROM_OWNER}.get(owner.prep or "", owner_rule(hit))
        return CueReading(subjects, (owner,), factors, (roles.rule, rule))
    if len(subjects) >= 2 and reciprocal(sentence, hit):
        return CueReading(subjects, subjects, factors, (roles.rule, RECIPROCAL))
    if len(subjects) >= 2 and hostile_reflexive(sentence, hit):
        return CueReading(subjects, subjects, factors, (roles.rule, RECIPROCAL_HOSTILE))
    claimant = claimant_of(sentence, hit, subjects)
    if claimant is not None:
        return CueReading(subjects, (claimant,), factors, (roles.rule, CLAIMANT))
    if len(subjects) >= 2 and hit.entry.code in MUTUAL:
        # "Merkel und ich haben übereingestimmt": coordinated subjects act on each other
        return CueReading(subjects[:1], subjects[1:], factors, (roles.rule, "event-target-partner"))
    if hit.entry.code in UNTARGETED_OK and TARGET_NEEDED in hit.entry.targets:
        fired(NEEDS_TARGET)
    elif hit.entry.code in UNTARGETED_OK and pronoun_object(sentence, hit):
        fired(PRONOUN_OBJECT)
    elif hit.entry.code in UNTARGETED_OK:
        return CueReading(subjects, (), factors, (roles.rule, "event-untargeted"))
    elif armed_violence(at, roles):
        return CueReading(subjects, (), factors, (roles.rule, UNTARGETED_VIOLENCE))
    return NOTHING
