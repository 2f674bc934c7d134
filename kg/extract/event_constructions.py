"""Events of constructions beyond a cue's own reading, each read from the sentence's cues:
a demand in reported speech („Spanien müsse sich entschuldigen, sagte Scholz“ → REQUEST), a
hostile act reported by hearsay (the source's ACCUSE of its agent), a hostile act announced on a
condition (THREATEN), a request followed („dem Wunsch Frankreichs folgen“: REQUEST and AGREE)
or refused („lehnte Iglesias' Forderung ab“: REQUEST).
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, verb_keys
from kg.extract.demands import (ALLEGED, CONDITIONAL_THREAT, DEMAND_MODAL, QUOTED_DEMAND, UNNAMED_SUBJECT,
                                attributed_to, conditional_clauses, Demand, hearsay, speaker)
from kg.extract.event_cues import CueHit
from kg.extract.event_phrases import noun_source, particle_of
from kg.extract.event_reading import HOSTILE_CODES, TARGET_STAGE, emit
from kg.extract.factuality import intends, read_factuality
from kg.extract.lexicon import construction_verbs, PloverCue
from kg.extract.mentions import EntityReading
from kg.extract.roles import find_subjects, Roles
from kg.extract.rules import declare
from kg.extract.threats import expected_act
from kg.facts import Interaction


# the verbs of constructions without a cue verb of their own (conditional threats, granted wishes)
CONSTRUCTION_VERBS = construction_verbs()


DEMAND_CUE = PloverCue(german.DEMAND_MODAL, "verb", (), "REQUEST", ("obj",), 0.55)
EXPECTED_CUE = PloverCue(german.DEMAND_MODAL, "verb", (), "THREATEN", ("obj",), 0.5)


ALLEGED_CODES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})   # acts one is accused of


ALLEGE_CUE = PloverCue(german.ATTRIBUTION_POSTPOSITION, "verb", (), "ACCUSE", ("obj",), 0.5)


def allegations(sentence: Sentence, hits: list[CueHit], prev: Actor | None,
                reading: EntityReading) -> list[Interaction]:
    """The named source's ACCUSE of the agent of a hostile act it reports by hearsay."""
    alleged = [h for h in hits if h.entry.code in ALLEGED_CODES and hearsay(sentence, *sentence.clause_of(h.index))]
    source = attributed_to(sentence) if alleged else None
    if source is None:
        return []
    out: list[Interaction] = []
    for hit in alleged:
        roles = find_subjects(sentence, hit.index, prev)
        agents = [a for a in roles.subjects if a.key != source.key] if roles else []
        if agents:
            out += emit(sentence, CueHit(hit.index, ALLEGE_CUE, hit.noun), reading, [source], agents,
                        ALLEGE_CUE.confidence, (ALLEGED, roles.rule if roles else ""))
    return out


THREAT_CUE = PloverCue(CONSTRUCTION_VERBS["threat"], "verb", (), "THREATEN", ("obj",), 0.5)


THREATENED_SLOTS = german.THREAT_PREPOSITIONS


def conditional_threats(sentence: Sentence, hits: list[CueHit], reading: EntityReading) -> list[Interaction]:
    """The THREATEN of the target of a hostile act a speaker announces on a condition, or its actor says he
    intends on one."""
    hostile = [h for h in hits if h.entry.code in HOSTILE_CODES]
    conditions = conditional_clauses(sentence) if hostile else []
    if not conditions:
        return []
    who = speaker(sentence)
    out: list[Interaction] = []
    for hit in hostile:
        if sentence.clause_of(hit.index) in conditions:
            continue        # the condition itself ("Sollten die Separatisten angreifen")
        first, last = sentence.clause_of(hit.index)
        roles = find_subjects(sentence, hit.index)
        named = roles is not None and not roles.borrowed
        if who is None and not (named and intends(sentence, first, last)):
            continue
        # the actor of the announced act threatens; where the text names none, the speaker
        actor = roles.subjects[0] if named else who
        # a noun's target follows it („Sanktionen gegen Russland“), a verb's stands anywhere in its clause
        span = (hit.index + 1, min(last, hit.index + 7)) if hit.noun else (first, last)
        target = _announced_target(sentence, hit, span, actor, named)
        rules: tuple[str, ...] = (CONDITIONAL_THREAT,)
        if target is None:
            target, rules = _condition_subject(sentence, conditions, actor), (CONDITIONAL_THREAT, THREAT_CONDITION)
        if target is not None:
            out += emit(sentence, CueHit(hit.index, THREAT_CUE, hit.noun), reading, [actor], [target],
                        THREAT_CUE.confidence, rules)
    return out


def _announced_target(sentence: Sentence, hit: CueHit, span: tuple[int, int], actor: Actor, named: bool) -> Actor | None:
    """The act's target in its slot; with its subject named, also a bare object after the subject („Brüssel will
    Polen die Mittel kürzen“)."""
    obj = named and not hit.noun and "obj" in hit.entry.targets
    return next((a for a in sentence.actors_in(*span) if a.key != actor.key and (
        a.prep in THREATENED_SLOTS or a.prep in hit.entry.targets or (obj and a.prep is None and a.first > actor.last))),
        None)


THREAT_CONDITION = declare("event-conditional-threat-condition", TARGET_STAGE, "a hostile act announced on a "
                           "condition that names no target of its own is aimed at the condition's subject: „Falls "
                           "Griechenland die Reformen nicht umsetzt, werde die EU die Hilfen streichen, sagte "
                           "Juncker“ → EU THREATEN Griechenland")


def _condition_subject(sentence: Sentence, conditions: list[tuple[int, int]], actor: Actor) -> Actor | None:
    """The first bare actor of the sentence's conditional clauses, not the threatening actor."""
    return next((a for first, last in conditions for a in sentence.actors_in(first, last)
                 if a.prep is None and a.key != actor.key), None)


EXPECTED_ACT = declare("event-demand-expected-act", "event from reported speech", "a demand that its named "
                      "addressee expect a hostile act („müsse mit Streiks rechnen“, „müsse sich auf Sanktionen "
                      "einstellen“), made by an official, a body or a state, is the speaker's THREATEN of the "
                      "addressee, not a REQUEST: „Ohne ein Angebot müsse die Brantel AG mit Streiks rechnen, sagte "
                      "Gewerkschafterin Lena Horbach“ → THREATEN Horbach → Brantel AG; not a private person's forecast "
                      "(„…, sagte der Ökonom Max Muster“), nor a demand with no named addressee")
_THREATENING_TYPES = frozenset({"Official", "Organization", "State"})     # who can carry out what he announces


def _demand_cue(sentence: Sentence, demand: Demand, hits: list[CueHit]) -> tuple[PloverCue, tuple[str, ...]]:
    """The demand's cue: a THREATEN where the addressee is told to expect a hostile act, else the REQUEST."""
    if demand.addressee is None or demand.speaker.type not in _THREATENING_TYPES \
            or expected_act(sentence, *demand.clause, hits) is None:
        return DEMAND_CUE, ()
    return EXPECTED_CUE, (EXPECTED_ACT,)


def demand_events(sentence: Sentence, demand: Demand, reading: EntityReading,
                  hits: list[CueHit]) -> list[Interaction]:
    """The speaker's REQUEST to the subject of a demanding modal in his reported speech (his THREATEN where it
    tells the subject to expect a hostile act)."""
    cue, expected = _demand_cue(sentence, demand, hits)
    hit = CueHit(demand.modal, cue, False)
    confidence = cue.confidence * (0.8 if demand.speaker.resolved else 1.0)
    quoted = (QUOTED_DEMAND,) if sentence.words[demand.modal].lower in german.QUOTED_DEMAND_MODALS else ()
    addressees = [demand.addressee] if demand.addressee is not None else []
    unnamed = (demand.rule or UNNAMED_SUBJECT,) if demand.addressee is None else (demand.rule,) if demand.rule else ()
    return emit(sentence, hit, reading, [demand.speaker], addressees, confidence,
                (DEMAND_MODAL, *quoted, *unnamed, *expected))


COMPLYING = resources.load_word_list("compliance_verbs.tsv")     # "dem Wunsch X folgen"


AGREE_CUE = PloverCue(CONSTRUCTION_VERBS["compliance"], "verb", (), "AGREE", ("obj",), 0.5)


def complied_owner(sentence: Sentence, hit: CueHit, prev: Actor | None) -> tuple[Actor, Roles] | None:
    """The owner of a request noun („dem Wunsch Frankreichs“) and the subject of the verb that follows it."""
    if not hit.noun or hit.entry.code != "REQUEST":
        return None
    owner = noun_source(sentence, hit)
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    verb = next((i for i in range(first, last) if i != hit.index and not words[i].capitalized
                 and any(key in COMPLYING for key in verb_keys(words[i], particle_of(sentence, i)))), None)
    roles = find_subjects(sentence, verb, prev) if owner is not None and verb is not None else None
    return (owner, roles) if roles is not None and owner.key not in {a.key for a in roles.subjects} else None


def compliances(sentence: Sentence, hits: list[CueHit], prev: Actor | None,
                reading: EntityReading) -> list[Interaction]:
    """The owner's REQUEST to whoever follows it, and that one's AGREE to the owner."""
    out: list[Interaction] = []
    for hit in hits:
        found = complied_owner(sentence, hit, prev)
        if found is not None:
            owner, roles = found
            told = read_factuality(sentence, hit.index, hit.noun)
            out += emit(sentence, hit, reading, [owner], list(roles.subjects), hit.entry.confidence * 0.8,
                        ("event-cue-noun", "event-noun-complied", roles.rule))
            # deciding or promising to follow is the agreement itself (PLOVER AGREE: "express intent")
            factuality = "asserted" if told.factuality == "intended" else told.factuality
            out += emit(sentence, CueHit(hit.index, AGREE_CUE, hit.noun), reading, list(roles.subjects), [owner],
                        AGREE_CUE.confidence, ("event-noun-complied", roles.rule, *told.rules), factuality)
    return out


REJECTED_REQUEST = declare("event-noun-rejected-request", "event cue", "a request noun whose owner is named, the "
                           "object of a refusal, was made to the one refusing: „Sanchez lehnte Iglesias' Forderung "
                           "nach Verhandlungen ab“ → REQUEST Iglesias → Sanchez (and his REJECT of Iglesias)")


_TITLE_REACH = 3       # words from a genitive article to the named owner: „des bayerischen Finanzministers X“


def _request_owner(sentence: Sentence, hit: CueHit) -> Actor | None:
    """Who made the request a noun names: the agent written on it, a named possessor in the genitive right
    before it („Putins Forderung“, „Iglesias' Forderung“) or a genitive title phrase after it („die Forderung des
    bayerischen Finanzministers X“)."""
    owner = noun_source(sentence, hit)
    if owner is not None:
        return owner
    words, k = sentence.words, hit.index + 1
    if k < len(words) and words[k].lower in german.GENITIVE_ARTICLES:
        return next((a for a in sentence.actors if k < a.first <= k + _TITLE_REACH and a.prep is None
                     and not any(not w.text.isalpha() or w.verbish for w in words[k + 1:a.first])), None)
    return next((a for a in sentence.actors if a.last == hit.index - 1 and a.prep is None
                 and words[a.last].lower.endswith(("s", "'"))), None)


def rejected_requests(sentence: Sentence, hits: list[CueHit], prev: Actor | None,
                      reading: EntityReading) -> list[Interaction]:
    """The owner's REQUEST to whoever refuses it, where a refusal verb has the request noun as object."""
    refusals = [h for h in hits if not h.noun and h.entry.code == "REJECT"]
    out: list[Interaction] = []
    for hit in hits if refusals else ():
        if not hit.noun or hit.entry.code != "REQUEST":
            continue
        clause = sentence.clause_of(hit.index)
        verb = next((r for r in refusals if sentence.clause_of(r.index) == clause and r.index < hit.index), None)
        owner = _request_owner(sentence, hit) if verb is not None else None
        roles = find_subjects(sentence, verb.index, prev) if verb is not None and owner is not None else None
        asked = [a for a in roles.subjects if a.key != owner.key] if roles is not None and owner is not None else []
        if owner is not None and asked and roles is not None:
            out += emit(sentence, hit, reading, [owner], asked, hit.entry.confidence * 0.8,
                        ("event-cue-noun", REJECTED_REQUEST, roles.rule))
    return out


OTHERWISE_THREAT = declare("event-threat-otherwise", "event from reported speech", "a sentence with no speaker of its "
                           "own that opens with „sonst“ or „andernfalls“ and tells in reported speech what follows "
                           "(„werde“, „würde“, „müsse“) goes on with the named speaker of the sentence before: where "
                           "he or his body acted there on one actor, it is his THREATEN of that actor: „Die Brantel AG "
                           "müsse die Löhne erhöhen, sagte Gewerkschaftschef Jan Merk. Sonst werde es keine Ruhe "
                           "geben.“ → THREATEN Merk → Brantel AG; not with two actors acted on, nor in the indicative "
                           "(„Sonst wird es teuer“)")


def otherwise_threats(sentence: Sentence, before: Sentence | None, earlier: list[Interaction],
                      reading: EntityReading) -> list[Interaction]:
    """The THREATEN of the speaker of the sentence before to the one actor he or his body acted on there, where
    this sentence opens with „sonst“ and reports a consequence."""
    words = sentence.words
    if before is None or not words or words[0].lower not in german.OTHERWISE_ADVERBS \
            or not any(w.lower in german.REPORTED_FUTURE or w.lower in german.SUBJUNCTIVE_MODALS for w in words[1:]) \
            or speaker(sentence) is not None:
        return []
    who = speaker(before)
    side = {who.key, who.of} if who is not None else set()
    aimed = {e.target for e in earlier if e.source in side and e.target is not None
             and before.start <= e.evidence.start < before.end} - side
    target = reading.entity(aimed.pop()) if who is not None and len(aimed) == 1 else None
    if who is None or target is None:
        return []
    return emit(sentence, CueHit(0, THREAT_CUE, False), reading, [Actor.referred(who.key, who.type, 0)],
                [Actor.referred(target.key, target.type, 0)], THREAT_CUE.confidence * 0.9, (OTHERWISE_THREAT,))
