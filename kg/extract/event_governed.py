"""Reading rules for a cue governed by a word of its clause, tried after `kg.extract.event_nouns`:
a hostile act under a threat verb is the subject's THREATEN („Russland drohte, die
Gaslieferungen einzustellen“), a noun cue that is a verb cue's object is no event of its own
(„Russland bestreitet einen Angriff“), a refusal or resignation its subject declares („reichte
seinen Rücktritt ein“), and a noun cue done by its clause's subject („Die USA verhängten
Sanktionen gegen Russland“).
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.clauses import clause_has_verb
from kg.extract.event_active import active_reading
from kg.extract.event_reading import HOSTILE_CODES, NOTHING, At, CueReading
from kg.extract.event_targets import noun_targets
from kg.extract.references import DECLARING     # "erklärte seinen Rücktritt"
from kg.extract.roles import find_subjects, Roles
from kg.extract.rules import Stage
from kg.extract.threats import threat_of


GOVERNED_READINGS = Stage("event reading")


THREATENED_ACT = "event-threatened-act"


@GOVERNED_READINGS.rule(THREATENED_ACT, "a hostile act governed by a threat verb of its subject („drohen“, a negated "
               "„ausschließen“) is that subject's THREATEN of the act's target, no act of its own: „Russland drohte, "
               "die Gaslieferungen an die Ukraine einzustellen“, „Putin schloss einen Atomangriff auf die Ukraine "
               "nicht aus“")
def _threatened_act(at: At) -> CueReading | None:
    hit = at.hit
    if hit.entry.code not in HOSTILE_CODES or at.source is not None:
        return None
    threat = threat_of(at.sentence, hit.index, hit.noun)
    if threat is None:
        return None
    got = _noun_subject(at) if hit.noun else active_reading(at)
    roles = find_subjects(at.sentence, threat.verb, at.prev)
    if roles is None or {a.key for a in got.subjects} != {a.key for a in roles.subjects}:
        return None
    # „drohte, die Grenzen zu schließen“: a threat aimed at no one named, and the act only threatened
    return got if got.targets else NOTHING


@GOVERNED_READINGS.rule("event-noun-object", "a noun cue in a clause with a verb cue is that verb's object, "
               "no event of its own: „Russland bestreitet einen Angriff“")
def _noun_object(at: At) -> CueReading | None:
    return NOTHING if at.hit.noun and at.under_verb else None


DECLARED_CODES = frozenset({"REJECT", "RETREAT", "CONCEDE", "AGREE"})   # acts that need no one to act on


@GOVERNED_READINGS.rule("event-noun-declared", "a noun cue of a refusal, concession, resignation or agreement that its "
               "subject declares is that subject's act also without a named target: „Die Partei MHP hat am Abend "
               "ihren Verzicht auf eine Teilnahme erklärt“, „Der Minister reichte seinen Rücktritt ein“")
def _noun_declared(at: At) -> CueReading | None:
    hit, sentence = at.hit, at.sentence
    if not hit.noun or hit.entry.code not in DECLARED_CODES or at.source is not None or at.under_verb:
        return None
    if not clause_has_verb(sentence, *sentence.clause_of(hit.index), DECLARING):
        return None
    roles = find_subjects(sentence, hit.index, at.prev)
    if roles is None:
        return None
    if noun_targets(at, roles.subjects, (0.8,)).subjects:
        return None         # a named target: `event-noun-subject` reads it („kündigte Widerstand gegen X an“)
    return CueReading(roles.subjects, (), (0.8,), (roles.rule, "event-untargeted"))


@GOVERNED_READINGS.rule("event-noun-subject", "a noun cue's agent is the clause's subject: "
               "„Die USA verhängten Sanktionen gegen Russland“")
def _noun_subject(at: At) -> CueReading | None:
    if not at.hit.noun:
        return None
    roles = find_subjects(at.sentence, at.hit.index, at.prev)
    return NOTHING if roles is None else _with_subject_rule(noun_targets(at, roles.subjects, (0.8,)), roles)


def _with_subject_rule(got: CueReading, roles: Roles) -> CueReading:
    """The reading with the name of the subject rule that found its subjects."""
    return replace(got, rules=(roles.rule, *got.rules)) if got.subjects else got
