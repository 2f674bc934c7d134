"""Readings that change a cue's PLOVER code by what its clause says: support or consent negated in its own clause
is a REJECT, aid ended („kein … mehr“, „eine Kürzung der Hilfen“) a SANCTION, a conviction for a named offence
also the court's ACCUSE, and support given each other also COOPERATE. `kg.extract.events` applies them to each cue it reads."""
from __future__ import annotations

from dataclasses import replace

from kg import german, resources
from kg.extract.clauses import Sentence
from kg.extract.demands import conditional_clauses
from kg.extract.event_cues import CueHit, verb_readings
from kg.extract.event_reading import GUARD_STAGE, CueReading
from kg.extract.event_targets import RECIPROCAL
from kg.extract.factuality import CONSEQUENT, NEGATION, Reading, announces, intends
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired

SANCTION_CODE = "SANCTION"      # PLOVER SANCTION: „decrease or terminate provision of economic, military or humanitarian aid“


NEGATED_SUPPORT = declare("event-negated-support", "event code", "support denied by a negation in its own "
                          "clause is a refusal, REJECT: „Die USA unterstützen Israel in dieser Frage nicht“")


NEGATED_CONSENT = declare("event-negated-consent", "event code", "consent (`consent_verbs.tsv`: „zustimmen“, "
                          "„einwilligen“) denied by a negation in its own clause is a refusal, REJECT, as PLOVER's "
                          "„refuse, veto“: „Die Nordpartei will dem Haushalt auf keinen Fall zustimmen“; not an "
                          "agreement that failed („Die beiden Parteien einigten sich nicht“: a negated AGREE)")
_CONSENTING = resources.listed_words("consent_verbs.tsv")


REFUSAL_ANNOUNCED = declare("event-refusal-announced", "event factuality", "a refusal read from negated support or "
                            "consent whose clause says an act to come (an intention word, or „werden“ or „sollen“ with "
                            "the infinitive) is the actor's announced refusal, intended: „Die Südpartei werde dem "
                            "Etat auf keinen Fall zustimmen“; „Die Südpartei stimmte dem Etat nicht zu“ stays asserted")


def refusal(sentence: Sentence, hit: CueHit, told: Reading) -> tuple[CueHit, Reading]:
    """A SUPPORT cue, or an AGREE cue of consent, negated in its own clause, read as the REJECT it states: asserted,
    intended where the clause announces it („werde nicht zustimmen“), possible beside a conditional clause
    („Wenn …, werden wir nicht zustimmen“)."""
    if told.factuality != "negated" or NEGATION not in told.rules:
        return hit, told
    if hit.entry.code == "SUPPORT":
        rule = NEGATED_SUPPORT
    elif hit.entry.code == "AGREE" and not hit.noun and hit.entry.cue in _CONSENTING:
        rule = NEGATED_CONSENT
    else:
        return hit, told
    fired(rule)
    first, last = sentence.clause_of(hit.index)
    conditional = any(c != (first, last) for c in conditional_clauses(sentence))
    if conditional:
        told = Reading("possible", (rule, CONSEQUENT))
    elif announces(sentence, hit.index, first, last):
        told = Reading("intended", (rule, REFUSAL_ANNOUNCED))
    else:
        told = Reading("asserted", (rule,))
    return replace(hit, entry=replace(hit.entry, code="REJECT")), told


WITHHELD_AID = declare("event-aid-withheld", "event code", "aid refused from now on („kein … mehr“, „nicht mehr“ in "
                       "the cue's clause) is its termination, SANCTION, not a denied AID: „Die USA zahlen Ägypten keine "
                       "Militärhilfe mehr“ → USA SANCTION Ägypten")


CONVICTION_CHARGE = declare("event-conviction-charge", "event code", "a conviction whose clause names the offence "
                            "after „wegen“ is also the court's charge, ACCUSE (PLOVER: „accuse … or charge, judicially“), "
                            "beside its SANCTION: „X wurde in Nordkorea wegen Spionage zu 15 Jahren Haft verurteilt“")


def charge(sentence: Sentence, hit: CueHit) -> CueHit | None:
    """The ACCUSE reading of a verb cue read as SANCTION (a conviction), where its clause names the offence."""
    if hit.noun or hit.entry.code != SANCTION_CODE:
        return None
    accuse = next((e for e in verb_readings(hit.entry.cue) if e.code == "ACCUSE" and not e.context), None)
    first, last = sentence.clause_of(hit.index)
    if accuse is None or not any(w.lower in german.CAUSE_PREPOSITIONS for w in sentence.words[first:last]):
        return None
    return replace(hit, entry=accuse)


ENDED_AID = declare("event-aid-ended-noun", GUARD_STAGE, "aid named in the genitive of a noun that cuts or stops "
                    "it is what the SANCTION ends, no AID of its own: „kündigte eine Kürzung der Hilfen für Ägypten "
                    "an“ → SANCTION only")


def ended_aid(sentence: Sentence, hits: list[CueHit]) -> list[CueHit]:
    """The cues without an AID noun that stands, after a genitive article, right behind a SANCTION noun."""
    words = sentence.words
    sanctions = {h.index for h in hits if h.noun and h.entry.code == SANCTION_CODE}
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



def withheld(sentence: Sentence, hit: CueHit) -> CueHit:
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
    return replace(hit, entry=replace(hit.entry, code=SANCTION_CODE))


def withheld_factuality(sentence: Sentence, hit: CueHit, told: Reading) -> Reading:
    """The ending of aid is the act itself: its negation read away, what remains is a plan, a condition or a fact."""
    if told.factuality != "negated" or NEGATION not in told.rules:
        return Reading(told.factuality, (*told.rules, WITHHELD_AID))
    first, last = sentence.clause_of(hit.index)
    if any(c != (first, last) for c in conditional_clauses(sentence)):
        return Reading("possible", (WITHHELD_AID, CONSEQUENT))
    if intends(sentence, first, last):
        return Reading("intended", (WITHHELD_AID,))
    return Reading("asserted", (WITHHELD_AID,))


MUTUAL_SUPPORT = declare("event-mutual-support", "event code", "support that coordinated subjects give each other "
                         "(„gegenseitig“, „einander“) is also their cooperation, COOPERATE (PLOVER: „engage in … "
                         "institutional cooperation“): „Die SPD und die FDP unterstützen einander bei jedem Antrag“"
                         " → SUPPORT both ways and COOPERATE")


def mutual_support(hit: CueHit, rules: tuple[str, ...]) -> CueHit | None:
    """The COOPERATE reading of a SUPPORT cue whose subjects act on each other."""
    if hit.entry.code != "SUPPORT" or RECIPROCAL not in rules:
        return None
    return replace(hit, entry=replace(hit.entry, code="COOPERATE"))


STATE_AID_GIVER = declare("event-state-aid-giver", GUARD_STAGE, "aid whose noun names the state as its giver "
                          "(„Staatshilfe“, „Bundeshilfe“: `state_giver_prefixes.tsv`) is given by no company, party or "
                          "other private body the clause names: „Ein Gutachter verglich die Lage der Brantel Bank mit der "
                          "Staatshilfe für die Fluglinie Nordair“ is no AID of the bank; a state, an official or a "
                          "government body still gives it")
_STATE_PREFIXES = tuple(resources.listed_words("state_giver_prefixes.tsv"))
_STATE_KINDS = frozenset({"government"})     # the organisations that may give the state's aid


def state_aid_givers(sentence: Sentence, hit: CueHit, got: CueReading, reading: EntityReading) -> CueReading:
    """The reading of an aid noun that names the state as giver, without the subjects that are private bodies."""
    if not hit.noun or hit.entry.code != "AID" or not sentence.words[hit.index].lower.startswith(_STATE_PREFIXES):
        return got
    givers = tuple(a for a in got.subjects if a.type != "Organization"
                   or getattr(reading.entity(a.key), "kind", None) in _STATE_KINDS)
    if len(givers) == len(got.subjects):
        return got
    fired(STATE_AID_GIVER)
    return replace(got, subjects=givers)
