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
`event_targets` (targets the slot does not name), `event_codes` (a code changed by its clause: negated
support, ended aid, a conviction's charge); `event_constructions` (demands, allegations,
conditional threats, requests followed or refused) and `event_merge` (the article's events
consolidated).
"""
from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from kg import german
from kg.extract.appeals import APPEAL, appealed
from kg.extract.clauses import Actor, Sentence
from kg.extract.coalitions import coalition_events
from kg.extract.cue_scan import event_cues
from kg.extract.demands import DEMAND_MODAL, obligations, read_demands, run_on_demands
from kg.extract.event_active import ACTIVE_READINGS
from kg.extract.event_constructions import (THREAT_CUE, allegations, compliances, conditional_threats, demand_events,
                                            otherwise_threats, rejected_requests)
from kg.extract.event_codes import (CONVICTION_CHARGE, MUTUAL_SUPPORT, charge, ended_aid, mutual_support, refusal,
                                    state_aid_givers, withheld, withheld_factuality)
from kg.extract.event_cues import CueHit
from kg.extract.event_governed import AGREED_ACT, GOVERNED_READINGS, THREATENED_ACT
from kg.extract.event_legal import LEGAL_READINGS
from kg.extract.event_merge import answered, uncovered
from kg.extract.event_nouns import NOUN_READINGS
from kg.extract.event_passive import ATTRIBUTIVE_AGENT, PASSIVE_READINGS
from kg.extract.event_phrases import attributive_agent, attributive_participle, noun_source
from kg.extract.event_reading import GUARD_STAGE, At, CueReading, emit, same_side
from kg.extract.factuality import agreed, presupposed, read_factuality, Reading, talks_factuality
from kg.extract.mentions import EntityReading
from kg.extract.reactions import reactions
from kg.extract.roles import previous_subject, read_sentences
from kg.extract.rules import declare, fired
from kg.extract.talk_nouns import INVITATION
from kg.extract.talk_status import INVITED_TO
from kg.extract.talk_summits import BODY_ALONE
from kg.extract.talk_groups import JOINT_LINKED
from kg.extract.talk_creditors import COORDINATED as CREDITORS_JOINED, CREDITORS
from kg.extract.talk_links import LINKED_LIST
from kg.extract.talk_participants import INVITER
from kg.extract.talk_verbs import JOINT_SUBJECTS, RECIPROCAL, VERB_BETWEEN
from kg.extract.talks import read_consultations
from kg.extract.threats import threat_factuality, threat_of
from kg.extract.violence_targets import violence_targets
from kg.facts import Article, Interaction, Talks


log = logging.getLogger(__name__)


# Talks that are also a CONSULT between their two participants; a conference
# (often a press conference) is not one actor consulting another.
CONSULT_KINDS = frozenset({"PhoneCall", "Meeting", "Negotiation", "Talks", "Summit", "Session"})


# the reading rules of a cue, tried in this order: the first that applies reads it
READINGS = (NOUN_READINGS, LEGAL_READINGS, GOVERNED_READINGS, PASSIVE_READINGS, ACTIVE_READINGS)


def _read(at: At) -> tuple[str, CueReading] | None:
    """(rule name, reading) of the first reading rule that applies at the cue, or None; violence keeps only the
    targets it strikes (`kg.extract.violence_targets`)."""
    for stage in READINGS:
        found = stage.first(at)
        if found is not None:
            return found[0], violence_targets(at.sentence, at.hit.entry.code, found[1])
    return None


def _events_of(sentence: Sentence, prev: Actor | None, before: Sentence | None,
               reading: EntityReading) -> list[Interaction]:
    found_cues = ended_aid(sentence, event_cues(sentence))
    hits = [withheld(sentence, h) for h in found_cues]
    ended = {h.index for h, cue in zip(hits, found_cues) if h is not cue}    # aid cues read as its end
    verb_clauses = _verb_clauses(sentence, hits)
    demands = read_demands(sentence) or run_on_demands(sentence, before)
    demanded = {d.clause for d in demands} | obligations(sentence)
    out: list[Interaction] = [e for d in demands for e in demand_events(sentence, d, reading, hits)]
    out += allegations(sentence, hits, prev, reading) + conditional_threats(sentence, hits, reading) \
        + compliances(sentence, hits, prev, reading) + rejected_requests(sentence, hits, prev, reading)
    armed = _armed_groups(sentence, reading) if hits else frozenset()
    for hit in hits:
        if sentence.clause_of(hit.index) in demanded:
            fired(DEMAND_MODAL)     # "Mexiko müsse sich entschuldigen": asked for, not done
            continue
        # "wird keinen Vertrag schließen": a negated cooperation, "falls … einmarschiert": a possible attack
        hit, told = refusal(sentence, hit, read_factuality(sentence, hit.index, hit.noun))
        if hit.index in ended:
            told = withheld_factuality(sentence, hit, told)
        source = noun_source(sentence, hit) if hit.noun else None
        at = At(sentence, hit, prev, source, sentence.clause_of(hit.index) in verb_clauses, armed, reading)
        found = _read(at)
        if found is None or not found[1].subjects or _impersonal_untargeted(sentence, found[1]):
            continue
        name, got = found
        hit, told = _as_read(sentence, hit, name, told)
        hit, got = _appeal(sentence, hit, state_aid_givers(sentence, hit, got, reading))
        cue_rule = "event-cue-noun" if hit.noun else "event-cue-verb"
        confidence = hit.entry.confidence
        for factor in got.factors:
            confidence *= factor
        rules = (cue_rule, name, *got.rules, *told.rules)
        for code_hit, extra in ((hit, ()), (charge(sentence, hit), (CONVICTION_CHARGE,)),
                                (mutual_support(hit, got.rules), (MUTUAL_SUPPORT,))):
            if code_hit is not None:
                out += emit(sentence, code_hit, reading, list(got.subjects), list(got.targets), confidence,
                            (*rules, *extra), told.factuality)
    return out


IMPERSONAL_UNTARGETED = declare("event-impersonal-untargeted", GUARD_STAGE, "an act whose only subject is „man“ "
                                "read as the speaker's side (`reference-speaker-side`) needs a named target: "
                                "„Ministerin Eva Lamm betonte, man wolle keine Grenzen schließen“ is no act of hers")


def _impersonal_untargeted(sentence: Sentence, got: CueReading) -> bool:
    """No target, and every subject the impersonal „man“ of reported speech (`IMPERSONAL_UNTARGETED`)."""
    if got.targets or not all(a.resolved and sentence.words[a.first].lower in german.IMPERSONAL_PRONOUNS
                              for a in got.subjects):
        return False
    fired(IMPERSONAL_UNTARGETED)
    return True


ATTRIBUTE_GOVERNS_NOTHING = declare("event-attributive-not-governing", GUARD_STAGE, "a verb cue used as an adjective "
                                    "(„die von der ÖVP geforderte Reform“) is no verb whose object a noun cue of its "
                                    "clause is: „Die Grünen übten Kritik an der von der ÖVP geforderten Reform“ is "
                                    "the Grünen's criticism")


def _verb_clauses(sentence: Sentence, hits: list[CueHit]) -> set[tuple[int, int]]:
    """The clauses with a verb cue that governs their noun cues: not a participle used as an adjective."""
    verbs = [h for h in hits if not h.noun]
    attributive = {h.index for h in verbs if attributive_participle(sentence, h.index)
                   or attributive_agent(sentence, h.index) is not None}
    clauses = {sentence.clause_of(h.index) for h in verbs if h.index not in attributive}
    if attributive and any(h.noun and sentence.clause_of(h.index) not in clauses
                           and any(sentence.clause_of(i) == sentence.clause_of(h.index) for i in attributive)
                           for h in hits):
        fired(ATTRIBUTE_GOVERNS_NOTHING)
    return clauses


def _as_read(sentence: Sentence, hit: CueHit, name: str, told: Reading) -> tuple[CueHit, Reading]:
    """The cue and factuality as the reading rule `name` reads them: a threatened act is its threat, an
    attributive participle's act is presupposed, an act agreed on is planned."""
    if name == ATTRIBUTIVE_AGENT:
        return hit, presupposed(told)
    if name == THREATENED_ACT:
        return _threat(sentence, hit)
    if name == AGREED_ACT:
        return hit, agreed(told)
    return hit, told


def _armed_groups(sentence: Sentence, reading: EntityReading) -> frozenset[str]:
    """Keys of the sentence's actors that are armed groups („die Taliban“, „die Houthi-Rebellen“)."""
    return frozenset(a.key for a in sentence.actors if a.type == "Organization"
                     and getattr(reading.entity(a.key), "kind", None) == "armed")


def _appeal(sentence: Sentence, hit: CueHit, got: CueReading) -> tuple[CueHit, CueReading]:
    """A call whose targets are courts or councils, read as the REQUEST it is (`kg.extract.appeals`)."""
    if not got.targets or not all(appealed(sentence, hit.entry.cue, t) for t in got.targets):
        return hit, got
    return replace(hit, entry=replace(hit.entry, code="REQUEST")), replace(got, rules=(*got.rules, APPEAL))


CONSULT_FROM_TALKS = declare("event-consult-from-talks", "event from talks", "talks between exactly two actors "
                             "are a CONSULT from the first to the second, unless a verb of the sentence said so")

INVITED_CONSULT = declare("event-invitation-planned", "event factuality", "a verb's CONSULT between actors of "
                          "planned talks its sentence invites to is told as those talks: „Ministerin Ilse Brandauer "
                          "lädt die IG Metall und den DGB zu einem Treffen ein“ is her intended CONSULT of both")


def _invitations_planned(events: list[Interaction], consultations: list[Talks]) -> list[Interaction]:
    """The verb CONSULTs of an invitation to planned talks, told as the talks are (intended), not asserted."""
    invited = {t.evidence.start: t for t in consultations
               if t.status == "planned" and {INVITATION, INVITED_TO} & set(t.rules)}
    return [_as_talks(e, invited[e.evidence.start]) if e.code == "CONSULT" and e.factuality == "asserted"
            and e.evidence.start in invited and {e.source, e.target} <= set(invited[e.evidence.start].participants)
            else e for e in events]


def _as_talks(event: Interaction, talks: Talks) -> Interaction:
    fired(INVITED_CONSULT)
    told = talks_factuality(talks)
    return replace(event, factuality=told.factuality, rules=(*event.rules, INVITED_CONSULT, *told.rules))


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """The sentence holding the character offset, found by bisection of their starts: an article of a hundred
    thousand sentences and as many talks must not scan them all for each."""
    i = bisect_right(starts, offset) - 1
    return sentences[i] if i >= 0 and offset < sentences[i].end else None


def _consults_of_talks(consultations: list[Talks], consulted: set[tuple[frozenset[str], int]],
                       acts_for: set[tuple[str, str]], reading: EntityReading,
                       sentences: list[Sentence]) -> list[Interaction]:
    """The CONSULTs of each talks (`_consult_pairs`) that no verb of its sentence already told."""
    out: list[Interaction] = []
    starts = [s.start for s in sentences]
    for talks in consultations:
        at = _sentence_at(sentences, starts, talks.evidence.start)
        for source, target, rule in _consult_pairs(talks, reading, at) if talks.kind in CONSULT_KINDS else ():
            if same_side(reading, source, target) or (source, target) in acts_for or (target, source) in acts_for:
                continue        # an official and the body he sits in or the state he serves
            if (frozenset((source, target)), talks.evidence.start) in consulted:
                continue
            consulted.add((frozenset((source, target)), talks.evidence.start))
            told = talks_factuality(talks)
            out.append(Interaction("CONSULT", source, target, talks.evidence, round(talks.confidence * 0.9, 3),
                                   None, factuality=told.factuality, rules=(rule, *talks.rules, *told.rules)))
    return out


CONSULT_FROM_BODY_SESSION = declare("event-consult-from-body-session", "event from talks", "a body's own session or "
                                    "hosted gathering (`talks-body-session`, `talks-body-hosted-summit`) with more "
                                    "than one other participant is the body's CONSULT with each who does not act for "
                                    "it: „Die Synode tagt am Montag in Linz. An den Beratungen nehmen Eva Kornhuber "
                                    "(Frauenbund) und Paul Wendler (Jugendring) teil.“ → Synode CONSULT each; not its "
                                    "own members, nor where the first participant is a state („Die Visegrád-Staaten "
                                    "treffen sich“: members, no host)")


CONSULT_OF_PARTNERS = declare("event-consult-of-partners", "event from talks", "talks of one actor with several "
                              "partners after „mit“ (or „von“ of a group: „mit Vertretern von A, B und C“) are the "
                              "actor's CONSULT with each partner: „Ministerin Alma Rudberg traf sich mit Vertretern "
                              "von Velda, Nordbund und Grünhaus“, „das Treffen der Ministerin Rudberg mit Velda, "
                              "Nordbund und Grünhaus“ → Rudberg CONSULT each; not where two actors stand beside the "
                              "partners („Lenz und Marbach trafen sich mit Ossel und Krantz“), nor states meeting one "
                              "another („Die Staaten Arvia, Belmor und Cadonien trafen sich“)")
CONSULT_OF_INVITED = declare("event-consult-of-invited", "event from talks", "talks of several guests „auf "
                             "Einladung von“ an inviter (`talks-inviter`, its last participant) are the inviter's "
                             "CONSULT with each guest, as an invitation to talks is the inviter's („Auf Einladung von "
                             "Kanzlerin Vera Holm kommen Präsident Ivo Brask und Premier Lars Odden in Ulm zusammen“ → "
                             "Holm CONSULT each); not talks of one guest (a CONSULT of two)")
CONSULT_OF_CREDITORS = declare("event-consult-of-creditors", "event from talks", "talks of a borrower with its "
                               "lenders named as a group (`talks-creditors-named`, `talks-creditors-coordinated`: the "
                               "borrower first, then the lenders the article lists) are the borrower's CONSULT with "
                               "each lender: „Die Geldgeber Weltbank, IWF und EBRD fordern Reformen. Moldawien "
                               "verhandelt mit den Geldgebern.“ → Moldawien CONSULT each; one lender stays a CONSULT "
                               "of two")
MULTILATERAL = frozenset({JOINT_SUBJECTS, RECIPROCAL, VERB_BETWEEN, JOINT_LINKED, LINKED_LIST})
PARTNER_PREPS = german.WITH_PREPOSITIONS | german.FROM_PREPOSITIONS


def _one_meets_partners(talks: Talks, sentence: Sentence | None) -> bool:
    """Every participant after the first stands in the talks' sentence after „mit“/„von“, the first without a
    preposition or not written there as a name („Die Schwedin traf sich mit …“, resolved by the talks' reading)."""
    if sentence is None or MULTILATERAL & set(talks.rules):
        return False
    preps = {a.key: a.prep for a in sentence.actors}
    host, *partners = talks.participants
    return preps.get(host) is None and all(preps.get(p, "") in PARTNER_PREPS for p in partners)


def _consult_pairs(talks: Talks, reading: EntityReading, sentence: Sentence | None) -> list[tuple[str, str, str]]:
    """(source, target, rule) of the CONSULTs a talks gives: its two participants, or a body's session's host (its
    first participant, an organisation) or one actor meeting partners „mit“ and each other participant."""
    parts = talks.participants
    if len(parts) == 2:
        return [(parts[0], parts[1], CONSULT_FROM_TALKS)]
    if len(parts) > 2 and _one_meets_partners(talks, sentence):
        fired(CONSULT_OF_PARTNERS)
        return [(parts[0], p, CONSULT_OF_PARTNERS) for p in parts[1:]]
    if len(parts) > 2 and {CREDITORS, CREDITORS_JOINED} & set(talks.rules):
        fired(CONSULT_OF_CREDITORS)
        return [(parts[0], p, CONSULT_OF_CREDITORS) for p in parts[1:]]
    if len(parts) > 2 and INVITER in talks.rules:
        fired(CONSULT_OF_INVITED)
        return [(parts[-1], p, CONSULT_OF_INVITED) for p in parts[:-1]]
    host = reading.entity(parts[0]) if parts else None
    if len(parts) > 2 and BODY_ALONE & set(talks.rules) and host is not None and host.type == "Organization":
        fired(CONSULT_FROM_BODY_SESSION)
        return [(parts[0], p, CONSULT_FROM_BODY_SESSION) for p in parts[1:]]
    return []


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
        before = sentences[sentence.index - 1] if sentence.index else None
        found = _events_of(sentence, previous_subject(sentences, sentence.index), before, reading) + \
            coalition_events(sentence, reading) + reactions(sentence, reading) + \
            otherwise_threats(sentence, before, out, reading)
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
    consultations = read_consultations(doc, article, reading)
    out = _invitations_planned(out, consultations) + \
        _consults_of_talks(consultations, consulted, acts_for, reading, sentences)
    out = uncovered(answered(out, [s.start for s in sentences]))
    out.sort(key=lambda e: e.evidence.start)
    log.debug("%s: %d interactions", article.id, len(out))
    return out
