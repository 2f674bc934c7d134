"""PLOVER interactions: who does what to whom, from German cue words.

Each clause is scanned for cues of `kg/data/plover_lexicon.tsv` (verbs by
lookup lemma, separable particle joined back on; nouns by their ending, so
compounds match). The subject comes from word order (`kg.extract.roles`), the
target from the cue's object slot or preposition. Talks between exactly two
actors are also a CONSULT from the first to the second, unless the same
sentence already yields that CONSULT from a verb.

Each stage in a module beside it: `event_cues` (the cues), `event_nouns`, `event_governed`,
`event_passive`, `event_active` (the reading rules, tried in that order), with `event_reading`
(what they see and return, `emit`), `event_phrases` (the words around a cue) and
`event_targets` (targets the slot does not name); `event_constructions` (demands, allegations,
conditional threats, requests followed or refused) and `event_merge` (the article's events
consolidated).
"""
from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.appeals import APPEAL, appealed
from kg.extract.clauses import Actor, Sentence
from kg.extract.demands import DEMAND_MODAL, read_demands
from kg.extract.event_active import ACTIVE_READINGS
from kg.extract.event_constructions import (THREAT_CUE, allegations, compliances, conditional_threats, demand_events,
                                            rejected_requests)
from kg.extract.event_cues import CueHit, find_cues, verb_readings
from kg.extract.event_governed import GOVERNED_READINGS, THREATENED_ACT
from kg.extract.event_legal import LEGAL_READINGS
from kg.extract.event_merge import answered, uncovered
from kg.extract.event_nouns import NOUN_READINGS
from kg.extract.event_passive import PASSIVE_READINGS
from kg.extract.event_phrases import noun_source
from kg.extract.event_reading import GUARD_STAGE, At, CueReading, emit, same_side
from kg import german
from kg.extract.demands import conditional_clauses
from kg.extract.factuality import CONSEQUENT, NEGATION, intends, read_factuality, Reading, talks_factuality
from kg.extract.mentions import EntityReading
from kg.extract.roles import previous_subject, read_sentences
from kg.extract.rules import declare, fired
from kg.extract.talks import read_consultations
from kg.extract.threats import threat_factuality, threat_of
from kg.facts import Article, Interaction


log = logging.getLogger(__name__)


# Talks that are also a CONSULT between their two participants; a conference
# (often a press conference) is not one actor consulting another.
CONSULT_KINDS = frozenset({"PhoneCall", "Meeting", "Negotiation", "Talks", "Summit", "Session"})


# the reading rules of a cue, tried in this order: the first that applies reads it
READINGS = (NOUN_READINGS, LEGAL_READINGS, GOVERNED_READINGS, PASSIVE_READINGS, ACTIVE_READINGS)


def _read(at: At) -> tuple[str, CueReading] | None:
    """(rule name, reading) of the first reading rule that applies at the cue, or None."""
    for stage in READINGS:
        found = stage.first(at)
        if found is not None:
            return found
    return None


def _events_of(sentence: Sentence, prev: Actor | None, reading: EntityReading) -> list[Interaction]:
    found_cues = _ended_aid(sentence, find_cues(sentence))
    hits = [_withheld(sentence, h) for h in found_cues]
    withheld = {h.index for h, cue in zip(hits, found_cues) if h is not cue}
    verb_clauses = {sentence.clause_of(h.index) for h in hits if not h.noun}
    demands = read_demands(sentence)
    demanded = {d.clause for d in demands}
    out: list[Interaction] = [e for d in demands for e in demand_events(sentence, d, reading)]
    out += allegations(sentence, hits, prev, reading)
    out += conditional_threats(sentence, hits, reading)
    out += compliances(sentence, hits, prev, reading)
    out += rejected_requests(sentence, hits, prev, reading)
    armed = _armed_groups(sentence, reading) if hits else frozenset()
    for hit in hits:
        if sentence.clause_of(hit.index) in demanded:
            fired(DEMAND_MODAL)     # "Mexiko müsse sich entschuldigen": asked for, not done
            continue
        # "wird keinen Vertrag schließen": a negated cooperation, "falls … einmarschiert": a possible attack
        hit, told = _refusal(hit, read_factuality(sentence, hit.index, hit.noun))
        if hit.index in withheld:
            told = _withheld_factuality(sentence, hit, told)
        source = noun_source(sentence, hit) if hit.noun else None
        at = At(sentence, hit, prev, source, sentence.clause_of(hit.index) in verb_clauses, armed, reading)
        found = _read(at)
        if found is None or not found[1].subjects:
            continue
        name, got = found
        if name == THREATENED_ACT:
            hit, told = _threat(sentence, hit)
        hit, got = _appeal(sentence, hit, got)
        cue_rule = "event-cue-noun" if hit.noun else "event-cue-verb"
        confidence = hit.entry.confidence
        for factor in got.factors:
            confidence *= factor
        rules = (cue_rule, name, *got.rules, *told.rules)
        for code_hit, extra in ((hit, ()), (_charge(sentence, hit), (CONVICTION_CHARGE,))):
            if code_hit is not None:
                out += emit(sentence, code_hit, reading, list(got.subjects), list(got.targets), confidence,
                            (*rules, *extra), told.factuality)
    return out


def _armed_groups(sentence: Sentence, reading: EntityReading) -> frozenset[str]:
    """Keys of the sentence's actors that are armed groups („die Taliban“, „die Houthi-Rebellen“)."""
    return frozenset(a.key for a in sentence.actors if a.type == "Organization"
                     and getattr(reading.entity(a.key), "kind", None) == "armed")


NEGATED_SUPPORT = declare("event-negated-support", "event code", "support denied by a negation in its own "
                          "clause is a refusal, REJECT: „Die USA unterstützen Israel in dieser Frage nicht“")


def _refusal(hit: CueHit, told: Reading) -> tuple[CueHit, Reading]:
    """A SUPPORT cue negated in its own clause, read as the asserted REJECT it states."""
    if hit.entry.code != "SUPPORT" or told.factuality != "negated" or NEGATION not in told.rules:
        return hit, told
    return replace(hit, entry=replace(hit.entry, code="REJECT")), Reading("asserted", (NEGATED_SUPPORT,))


WITHHELD_AID = declare("event-aid-withheld", "event code", "aid refused from now on („kein … mehr“, „nicht mehr“ in "
                       "the cue's clause) is its termination, SANCTION, not a denied AID: „Die USA zahlen Ägypten keine "
                       "Militärhilfe mehr“ → USA SANCTION Ägypten")


CONVICTION_CHARGE = declare("event-conviction-charge", "event code", "a conviction whose clause names the offence "
                            "after „wegen“ is also the court's charge, ACCUSE (PLOVER: „accuse … or charge, judicially“), "
                            "beside its SANCTION: „X wurde in Nordkorea wegen Spionage zu 15 Jahren Haft verurteilt“")


def _charge(sentence: Sentence, hit: CueHit) -> CueHit | None:
    """The ACCUSE reading of a verb cue read as SANCTION (a conviction), where its clause names the offence."""
    if hit.noun or hit.entry.code != WITHHELD_CODE:
        return None
    accuse = next((e for e in verb_readings(hit.entry.cue) if e.code == "ACCUSE" and not e.context), None)
    first, last = sentence.clause_of(hit.index)
    if accuse is None or not any(w.lower in german.CAUSE_PREPOSITIONS for w in sentence.words[first:last]):
        return None
    return replace(hit, entry=accuse)


ENDED_AID = declare("event-aid-ended-noun", GUARD_STAGE, "aid named in the genitive of a noun that cuts or stops "
                    "it is what the SANCTION ends, no AID of its own: „kündigte eine Kürzung der Hilfen für Ägypten "
                    "an“ → SANCTION only")


def _ended_aid(sentence: Sentence, hits: list[CueHit]) -> list[CueHit]:
    """The cues without an AID noun that stands, after a genitive article, right behind a SANCTION noun."""
    words = sentence.words
    sanctions = {h.index for h in hits if h.noun and h.entry.code == WITHHELD_CODE}
    if not sanctions:
        return hits
    out = []
    for h in hits:
        if h.noun and h.entry.code == "AID" and h.index - 2 in sanctions \
                and words[h.index - 1].lower in german.GENITIVE_ARTICLES:
            fired(ENDED_AID)
            continue
        out.append(h)
    return out


WITHHELD_CODE = "SANCTION"      # PLOVER SANCTION: „decrease or terminate provision of economic, military or humanitarian aid“


def _withheld(sentence: Sentence, hit: CueHit) -> CueHit:
    """An AID cue with „kein … mehr“ or „nicht mehr“ in its clause, read as the SANCTION of ending that aid."""
    if hit.entry.code != "AID":
        return hit
    words = sentence.words
    first, last = sentence.clause_of(hit.index)
    negation = next((i for i in range(first, last) if words[i].lower in german.NEGATIONS), None)
    if negation is None:
        return hit
    longer = next((j for j in range(negation + 1, last) if words[j].lower in german.NO_LONGER), None)
    if longer is None or (longer + 1 < last and words[longer + 1].lower in german.COMPARATIVE_THAN):
        return hit      # „nicht mehr als 100 Millionen“ compares
    return replace(hit, entry=replace(hit.entry, code=WITHHELD_CODE))


def _withheld_factuality(sentence: Sentence, hit: CueHit, told: Reading) -> Reading:
    """The ending of aid is the act itself: its negation read away, what remains is a plan, a condition or a fact."""
    if told.factuality != "negated" or NEGATION not in told.rules:
        return Reading(told.factuality, (*told.rules, WITHHELD_AID))
    first, last = sentence.clause_of(hit.index)
    if any(c != (first, last) for c in conditional_clauses(sentence)):
        return Reading("possible", (WITHHELD_AID, CONSEQUENT))
    if intends(sentence, first, last):
        return Reading("intended", (WITHHELD_AID,))
    return Reading("asserted", (WITHHELD_AID,))


def _appeal(sentence: Sentence, hit: CueHit, got: CueReading) -> tuple[CueHit, CueReading]:
    """A call whose targets are courts or councils, read as the REQUEST it is (`kg.extract.appeals`)."""
    if not got.targets or not all(appealed(sentence, hit.entry.cue, t) for t in got.targets):
        return hit, got
    return replace(hit, entry=replace(hit.entry, code="REQUEST")), replace(got, rules=(*got.rules, APPEAL))


CONSULT_FROM_TALKS = declare("event-consult-from-talks", "event from talks", "talks between exactly two actors "
                             "are a CONSULT from the first to the second, unless a verb of the sentence said so")


def _threat(sentence: Sentence, hit: CueHit) -> tuple[CueHit, Reading]:
    """The THREATEN at the threat verb governing a hostile act, and how the text reports the threat."""
    threat = threat_of(sentence, hit.index, hit.noun)
    assert threat is not None       # the reading rule found it
    return CueHit(threat.verb, THREAT_CUE, False), threat_factuality(sentence, threat)


UNTARGETED_COVERED = declare("event-untargeted-covered", GUARD_STAGE, "an untargeted event of a sentence that "
                             "also has the same act of the same source with a target adds nothing: „Mexiko müsse "
                             "sich entschuldigen, forderte Ebrard“ is one REQUEST, to Mexiko")


def read_interactions(doc: Doc, article: Article, reading: EntityReading) -> list[Interaction]:
    """All PLOVER interactions of the article, in text order, without repeats per sentence."""
    sentences = read_sentences(doc, article, reading)
    out: list[Interaction] = []
    seen: set[tuple[str, str, str | None, int]] = set()
    consulted: set[tuple[frozenset[str], int]] = set()
    for sentence in sentences:
        found = _events_of(sentence, previous_subject(sentences, sentence.index), reading)
        targeted = {(e.code, e.source) for e in found if e.target is not None}
        for event in found:
            key = (event.code, event.source, event.target, event.evidence.start)
            if key in seen:
                continue
            if event.target is None and (event.code, event.source) in targeted:
                fired(UNTARGETED_COVERED)   # "…, forderte Ebrard" beside his REQUEST to Mexiko
                continue
            seen.add(key)
            if event.code == "CONSULT" and event.target:
                consulted.add((frozenset((event.source, event.target)), event.evidence.start))
            out.append(event)
    acts_for = {(a.key, a.of) for sentence in sentences for a in sentence.actors if a.of}
    for talks in read_consultations(doc, article, reading):
        if len(talks.participants) != 2 or talks.kind not in CONSULT_KINDS:
            continue
        source, target = talks.participants
        if same_side(reading, source, target) or (source, target) in acts_for or (target, source) in acts_for:
            continue        # an official and the body he sits in or the state he serves
        if (frozenset((source, target)), talks.evidence.start) in consulted:
            continue
        consulted.add((frozenset((source, target)), talks.evidence.start))
        told = talks_factuality(talks)
        out.append(Interaction("CONSULT", source, target, talks.evidence, round(talks.confidence * 0.9, 3),
                               None, factuality=told.factuality,
                               rules=(CONSULT_FROM_TALKS, *talks.rules, *told.rules)))
    out = uncovered(answered(out))
    out.sort(key=lambda e: e.evidence.start)
    log.debug("%s: %d interactions", article.id, len(out))
    return out
