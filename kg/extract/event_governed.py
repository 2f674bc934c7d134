"""Reading rules for a cue governed by a word of its clause, tried after `kg.extract.event_nouns`:
a hostile act under a threat verb is the subject's THREATEN („Russland drohte, die
Gaslieferungen einzustellen“), a noun cue that is a verb cue's object is no event of its own
(„Russland bestreitet einen Angriff“), a refusal or resignation its subject declares („reichte
seinen Rücktritt ein“), and a noun cue done by its clause's subject („Die USA verhängten
Sanktionen gegen Russland“).
"""
from __future__ import annotations

from dataclasses import replace

from kg import german, resources
from kg.extract.clauses import clause_has_verb, clause_particle, Sentence, verb_keys
from kg.extract.event_cues import CueHit
from kg.extract.event_active import active_reading
from kg.extract.event_reading import HOSTILE_CODES, NOTHING, At, CueReading
from kg.extract.event_targets import noun_targets
from kg.extract.prepositions import word_before_modifiers
from kg.extract.references import DECLARING     # "erklärte seinen Rücktritt"
from kg.extract.roles import find_subjects, Roles
from kg.extract.rules import Stage
from kg.extract.threats import looms, threat_of


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


@GOVERNED_READINGS.rule("event-looming-not-threat", "a threat verb that says a thing looms over an actor (its "
               "subject a noun phrase, the actor its dative: `looming_verbs.tsv`) is no threat of that actor's: "
               "„Nun droht Tarvonien eine Strafe der EU“, „Der Firma Brantel droht die Pleite“; not „Tarvonien droht "
               "der EU mit einer Klage“")
def _looming(at: At) -> CueReading | None:
    return NOTHING if not at.hit.noun and at.hit.entry.code == "THREATEN" and looms(at.sentence, at.hit.index) \
        else None


AGREED_ACT = "event-noun-agreed"
_AGREEING = resources.listed_words("agreeing_verbs.tsv")
_AGREEMENT_CODES = frozenset({"AGREE", "COOPERATE"})    # agreeing to cooperate is PLOVER's AGREE itself


@GOVERNED_READINGS.rule(AGREED_ACT, "a noun cue of another act than agreeing or cooperating that is the object "
               "of a verb of agreeing or consenting in its clause (`agreeing_verbs.tsv`: „sich einigen auf“, „vereinbaren“, "
               "„zustimmen“), with no agent written on it, is the planned act of that verb's subject: „Die Nordländer "
               "einigten sich auf neue Kredite für Borlanien“ → AID Nordländer → Borlanien, intended; not a noun with "
               "an agent of its own („stimmte der Forderung der Südpartei zu“), nor an agreement or cooperation "
               "(„vereinbarten ein Abkommen“, „eine engere Zusammenarbeit“: the verb's AGREE)")
def _noun_agreed(at: At) -> CueReading | None:
    hit = at.hit
    if not hit.noun or at.source is not None or not at.under_verb or hit.entry.code in _AGREEMENT_CODES \
            or not _agreed(at.sentence, hit):
        return None
    got = _noun_subject(at)
    return got if got.subjects else None


def _agreed(sentence: Sentence, hit: CueHit) -> bool:
    """A verb of agreeing (`agreeing_verbs.tsv`) stands in the noun cue's clause."""
    first, last = sentence.clause_of(hit.index)
    particle = clause_particle(sentence, first, last)
    return any(key in _AGREEING for w in sentence.words[first:last] if not w.capitalized
               for key in verb_keys(w, particle[0] if particle else None, exclusive=True))


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


# verb lemma → the codes of the noun cues it performs: "übte Kritik", "leitete ein Verfahren ein", "stellt Forderungen"
PERFORMING = {verb: frozenset(codes.split(",")) for verb, codes in resources.commented_rows("performing_verbs.tsv")}


@GOVERNED_READINGS.rule("event-noun-performed", "a noun cue of criticism, accusation, a legal act, a demand, an "
               "agreement or a protest that its clause's subject performs with a light verb (`performing_verbs.tsv`) is "
               "that subject's act also without a named target, as its verb would be („kritisierte“): „Die Partei Neue "
               "Mitte übte am Montag scharfe Kritik“, „Die Behörde Kalvor leitete eine Untersuchung ein“, „Die "
               "Gewerkschaft Tarvik weitete ihre Proteste aus“; not „erntete Kritik“, not a "
               "noun in a phrase of its own („äußerte sich nicht zu den Vorwürfen“, „bei einer Prüfung der Anzeigen“)")
def _noun_performed(at: At) -> CueReading | None:
    hit, sentence = at.hit, at.sentence
    if not hit.noun or at.source is not None or at.under_verb or not _performed(sentence, hit):
        return None
    roles = find_subjects(sentence, hit.index, at.prev)
    if roles is None or noun_targets(at, roles.subjects, (0.8,)).subjects:
        return None         # a named target: `event-noun-subject` reads it („übte Kritik an X“)
    return CueReading(roles.subjects, (), (0.8,), (roles.rule, "event-untargeted"))


def _performed(sentence: Sentence, hit: CueHit) -> bool:
    """The noun cue is the object of a verb of its clause that performs its code („übte Kritik“), not inside a
    prepositional phrase or a genitive attribute („zu den Vorwürfen“, „Prüfung der Anzeigen“); a verb with its
    particle is read as the particle verb only („stellte … fest“ is no „stellen“)."""
    words, first, last = sentence.words, *sentence.clause_of(hit.index)
    k = word_before_modifiers(words, hit.index, over_determiners=True, floor=first)
    if words[k].lower in german.PREPOSITIONS or (words[k].capitalized and words[hit.index - 1].lower in
                                                 german.GENITIVE_ARTICLES):
        return False
    particle = clause_particle(sentence, first, last)
    return any(hit.entry.code in PERFORMING.get(key, ()) for w in words[first:last] if not w.capitalized
               for key in verb_keys(w, particle[0] if particle else None, exclusive=True))


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
