"""What a reading rule of an event sees and returns, and how its reading becomes interactions.

`At` is one cue with what is known around it; `CueReading` says who acts on whom there, as
one rule read it (`NOTHING`: no event). `emit` turns subjects and targets into `Interaction`s,
one per pair, leaving out an actor acting on itself or for the other (an official and his
state), except a state's legal act against one of its own (`event-domestic-legal-act`:
„Ägypten erließ Haftbefehl gegen Ex-Präsident Mursi“ → Ägypten COERCE Mursi).
"""
from __future__ import annotations

from dataclasses import dataclass

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.event_cues import CueHit
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired
from kg.extract.talk_keys import medium, related_party
from kg.facts import Evidence, Factuality, Interaction


# Codes for which a statement without a named target is still worth an event
# ("Moskau bestreitet solche Pläne"); for the others an untargeted reading is
# more often a misread than a fact. PROTEST is not among them: crowds protest, and a
# named actor "protesting" with no one protested against is a misread subject.
UNTARGETED_OK = frozenset({"REJECT", "CONCEDE", "RETREAT", "REQUEST", "MOBILIZE", "AGREE", "COERCE", "ACCUSE"})


TARGET_STAGE = "event target"      # the stage of the rules that pick an event's target


GUARD_STAGE = "event guard"        # the stage of the rules that keep a reading from becoming an event


MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})     # "X und Y einigten sich": X with Y


def same_side(reading: EntityReading, a: str, b: str) -> bool:
    """One actor acts for the other (an official and his state): not an interaction between two
    (`emit` keeps a state's legal act against one of its own: `event-domestic-legal-act`)."""
    ea, eb = reading.entity(a), reading.entity(b)
    return bool((ea and b in ea.affiliations) or (eb and a in eb.affiliations))


def _domestic(reading: EntityReading, a: str, b: str, code: str) -> bool:
    """State `a` acts by law against `b`, one of its own officials or bodies."""
    ea, eb = reading.entity(a), reading.entity(b)
    return code in DOMESTIC_CODES and ea is not None and ea.type == "State" and eb is not None \
        and eb.type != "State" and a in eb.affiliations


DOMESTIC = declare("event-domestic-legal-act", GUARD_STAGE, "a state's legal or repressive act against one of its "
                   "own officials or bodies is an event between the two: „Ägypten erließ Haftbefehl gegen Ex-Präsident "
                   "Mursi“ → Ägypten COERCE Mursi")


DOMESTIC_CODES = frozenset({"COERCE", "SANCTION", "ACCUSE"})


@dataclass(frozen=True)
class At:
    """One cue where the reading rules look: its sentence and what is known around it."""

    sentence: Sentence
    hit: CueHit
    prev: Actor | None              # the previous sentence's subject, for pronouns
    source: Actor | None            # the agent written on a noun cue ("russischer Angriff")
    under_verb: bool                # the cue's clause also holds a verb cue
    armed: frozenset[str] = frozenset()     # keys of the sentence's armed groups
    reading: EntityReading | None = None    # the article's entities, for who acts for whom


@dataclass(frozen=True)
class CueReading:
    """Who acts on whom at a cue, as one rule read it (no subjects: the rule found no event)."""

    subjects: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    factors: tuple[float, ...]      # applied in turn to the cue's confidence
    rules: tuple[str, ...] = ()     # the subject and target rules that also applied


NOTHING = CueReading((), (), ())


HOSTILE_CODES = frozenset({"SANCTION", "ASSAULT", "COERCE"})


NEEDS_TARGET = declare("event-target-needed", GUARD_STAGE, "a cue the lexicon marks „needed“ is no event without "
                       "a named target: „Obama drängte auf Spannungsabbau“ urges no one")


OWN_SIDE = declare("event-own-side-untargeted", TARGET_STAGE, "an act whose only targets are the actor's own side "
                   "(an official and the state or body he acts for) is still his act, untargeted: „Ministerin Eva "
                   "Kronauer kritisierte Österreich wegen der langsamen Verfahren“ → Kronauer ACCUSE, no target")


MEDIUM_CONSULT = declare("event-consult-medium", GUARD_STAGE, "a conversation with a news medium is an interview, "
                         "no CONSULT (talks leave media out too): „Ministerin Eva Lanz sprach mit der "
                         "Nachrichtenagentur Reuters über den Haushalt“; not „Lanz kritisierte den Spiegel“")
_CONSULT = "CONSULT"


def _between(reading: EntityReading, sentence: Sentence, subject: Actor, target: Actor, code: str) -> bool:
    """The target is another actor than the subject and not on its side, or the subject's state acts by law on it;
    no medium one meets (`event-consult-medium`)."""
    if target.key == subject.key:
        return False
    if code == _CONSULT and medium(reading.entity(target.key)):
        fired(MEDIUM_CONSULT)
        return False
    return _domestic(reading, subject.key, target.key, code) or not same_side(reading, subject.key, target.key) \
        or _party_against_state(reading, sentence, subject, target, code)


PARTY_AGAINST_STATE = declare("event-party-against-state", TARGET_STAGE, "a party, or an official named as one "
                              "who speaks for it, that blames, demands of or refuses the government of its own "
                              "state, named by a word of government (`domestic_organs.tsv`: „der Regierung“, „die "
                              "Armee“, „der Regierung in Ankara“), acts on that state: a party is no side of the "
                              "government it opposes: „Die Grünpartei warf der Regierung in Sofia vor, die Wahl zu "
                              "verschleppen“ → Grünpartei ACCUSE Bulgarien; not „Die Bulgaren müssen dankbar sein, "
                              "sagte der Grünpartei-Chef“, nor „er“ resolved to its chief")
_PARTY_VOICE_CODES = frozenset({"ACCUSE", "REQUEST", "REJECT"})      # verbal acts of a side of domestic politics
_GOVERNMENT_WORDS = resources.listed_words("domestic_organs.tsv")
_PARTY = "party"


def _party_against_state(reading: EntityReading, sentence: Sentence, subject: Actor, target: Actor,
                         code: str) -> bool:
    """The named subject is a party or speaks for one, and the target the state it belongs to, named by a word
    of its government, in a verbal act of domestic politics."""
    if code not in _PARTY_VOICE_CODES or subject.resolved or not _government_word(sentence, target):
        return False
    ea, eb = reading.entity(subject.key), reading.entity(target.key)
    if ea is None or eb is None or eb.type != "State":
        return False
    parties = [ea] if ea.kind == _PARTY else [e for x in ea.affiliations if (e := reading.entity(x)) and e.kind == _PARTY]
    if not any(target.key in p.affiliations for p in parties):
        return False
    fired(PARTY_AGAINST_STATE)
    return True


def _government_word(sentence: Sentence, target: Actor) -> bool:
    """The target's phrase holds a word of government: „der Regierung“ read as its state, „der Regierung in
    Ankara“."""
    return any(w.lower in _GOVERNMENT_WORDS for w in sentence.words[target.first:target.last + 1])


def _own_side_untargeted(reading: EntityReading, subject: Actor, targets: list[Actor], code: str) -> bool:
    """The subject is an official, every target the state he acts for, and the act one worth an event without a
    target; not a body and its member („die Staatsanwaltschaft ermittelt gegen den Chef der HDP“ misread)."""
    official = reading.entity(subject.key)
    if code not in UNTARGETED_OK or official is None or official.type != "Official":
        return False
    return all(t.type == "State" and t.key in official.affiliations for t in targets)


RELATED_PARTY = declare("event-related-party", GUARD_STAGE, "an organisation or state named only as the first part "
                        "of a hyphen compound whose last part names another party tied to it (`related_party_nouns.tsv`: "
                        "„-Aktionär“, „-Tochter“, „-Käufer“) is neither source nor target of that party's act: "
                        "„Brantel-Aktionär Nordfonds verhandelt mit Italien“ is no act of Brantel, „Die Dänemark-Tochter "
                        "des Konzerns Quarvo finanziert zwei Stellen“ none of Dänemark; „Brantel-Chef Max Muster verhandelt "
                        "mit Italien“ still acts for Brantel")


def _unrelated(sentence: Sentence, actors: list[Actor]) -> list[Actor]:
    """The actors without those written as a related party's compound (`event-related-party`)."""
    kept = [a for a in actors if not related_party(sentence, a)]
    if len(kept) < len(actors):
        fired(RELATED_PARTY)
    return kept


def emit(sentence: Sentence, hit: CueHit, reading: EntityReading, subjects: list[Actor], targets: list[Actor],
         confidence: float, rules: tuple[str, ...], factuality: Factuality = "asserted") -> list[Interaction]:
    subjects, targets = _unrelated(sentence, subjects), _unrelated(sentence, targets)
    evidence = Evidence(sentence.text, sentence.start, sentence.end)
    cue = sentence.words[hit.index].text
    out: list[Interaction] = []
    for subject in subjects:
        kept: list[Actor | None] = [t for t in targets if _between(reading, sentence, subject, t, hit.entry.code)]
        own = bool(targets) and not kept and _own_side_untargeted(reading, subject, targets, hit.entry.code)
        for target in [None] if own or not targets else kept:
            domestic = target is not None and _domestic(reading, subject.key, target.key, hit.entry.code)
            conf = confidence * (0.8 if subject.resolved else 1.0) * (0.9 if target is None else 1.0)
            named = (*rules, DOMESTIC) if domestic else (*rules, OWN_SIDE) if own else rules
            if target is not None and same_side(reading, subject.key, target.key) and not domestic:
                named = (*named, PARTY_AGAINST_STATE)       # kept only by `_party_against_state`
            out.append(Interaction(hit.entry.code, subject.key, target.key if target else None,
                                   evidence, round(conf, 3), cue, factuality=factuality, rules=named))
    return out
