"""The article's events consolidated: an untargeted REJECT answers the accusation, demand or
threat aimed at its source just before („Moskau wies die Vorwürfe zurück“ → REJECT of the
accuser; „den Vorwurf“ reaches three sentences back), and an untargeted ASSAULT is dropped
where the same source is read assaulting someone.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kg import german, resources
from kg.extract.event_reading import GUARD_STAGE, TARGET_STAGE
from kg.extract.event_targets import UNTARGETED_VIOLENCE
from kg.extract.rules import declare, fired
from kg.facts import Evidence, Interaction


VIOLENCE_COVERED = declare("event-untargeted-violence-covered", GUARD_STAGE, "an untargeted ASSAULT of a source "
                           "the article names as assaulting someone adds nothing: „Der IS eroberte die Stadt. Die "
                           "Dschihadisten griffen dann die Armee Syriens an“ is one ASSAULT, on Syrien")


def uncovered(events: list[Interaction]) -> list[Interaction]:
    """The events without the untargeted violence (`event-untargeted-violence`) that a targeted one covers."""
    loose = [e for e in events if UNTARGETED_VIOLENCE in e.rules]
    if not loose:
        return events
    targeted = {(e.code, e.source) for e in events if e.target is not None}
    covered = {id(e) for e in loose if (e.code, e.source) in targeted}
    for _ in covered:
        fired(VIOLENCE_COVERED)
    return [e for e in events if id(e) not in covered]


ANSWERED = declare("event-target-accuser", TARGET_STAGE, "a rejection without a named target answers the "
                   "accusation, demand or threat aimed at its source in its own or the sentence before: „Die Ukraine "
                   "warf Russland vor, die Waffenruhe zu brechen. Moskau wies die Vorwürfe zurück“ → REJECT "
                   "Russland → Ukraine")


ANSWERED_CODES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


UNTARGETED = "event-untargeted"


_NEXT_SENTENCE_GAP = 2      # characters between one sentence's end and the next one's start


RECALLED = declare("event-target-accuser-recalled", TARGET_STAGE, "a rejection without a named target whose object is "
                    "„den Vorwurf“, „die Anschuldigungen“ or „diese Vorwürfe“ answers the accusation aimed at its "
                    "source up to three sentences before: „Ungarn warf Rumänien vor, die Wahl gefälscht zu haben. "
                    "Budapest verlangte eine Prüfung. Die Opposition schwieg. Bukarest wies den Vorwurf zurück“ → "
                    "REJECT Rumänien → Ungarn")


ACCUSATION_NOUNS = resources.load_word_list("accusation_nouns.tsv")
_RECALLING_DETERMINERS = german.DEFINITE_ARTICLES | german.DEMONSTRATIVES
_RECALL_SENTENCES = 3       # how far back a definite accusation noun still points


def answered(events: list[Interaction], sentence_starts: list[int]) -> list[Interaction]:
    """The events (in text order), each untargeted REJECT aimed at whoever just accused, asked or threatened its source."""
    out: list[Interaction] = []
    for event in events:
        if event.code == "REJECT" and event.target is None:
            event = _aimed(event, out, sentence_starts)
        out.append(event)
    return out


def _aimed(event: Interaction, before: list[Interaction], sentence_starts: list[int]) -> Interaction:
    """The untargeted REJECT with the source of the accusation, demand or threat it answers, where there is one."""
    cause = next((c for c in reversed(before) if c.code in ANSWERED_CODES and c.target == event.source
                  and c.source != event.source and _adjacent(c.evidence, event.evidence)), None)
    rule = ANSWERED
    if cause is None and _recalls_accusation(event.evidence.sentence):
        rule = RECALLED
        here = bisect_right(sentence_starts, event.evidence.start)
        cause = next((c for c in reversed(before) if c.code == "ACCUSE" and c.target == event.source
                      and c.source != event.source
                      and here - bisect_right(sentence_starts, c.evidence.start) <= _RECALL_SENTENCES), None)
    if cause is not None and _demanded(cause, event):
        fired(DEMANDED_REJECTION)
    elif cause is not None:
        rules = tuple(r for r in event.rules if r != UNTARGETED)
        return replace(event, target=cause.source, rules=(*rules, rule))
    return event


def _recalls_accusation(sentence: str) -> bool:
    """The sentence names an accusation already known: a definite or demonstrative accusation noun („den Vorwurf“)."""
    words = [w.strip(",.;:!?„“\"()") for w in sentence.split()]
    return any(w in ACCUSATION_NOUNS and d.lower() in _RECALLING_DETERMINERS for d, w in zip(words, words[1:]))


DEMANDED_REJECTION = declare("event-answer-demanded", GUARD_STAGE, "a rejection that the request of its own sentence "
                             "asks for (a possible act under „auffordern“) answers no one: „Max Muster forderte "
                             "Eva Beispiel auf, sich von den Randalierern zu distanzieren“ is no REJECT of Muster")


def _demanded(cause: Interaction, event: Interaction) -> bool:
    """The REJECT is the possible act the REQUEST of the same sentence asks of its source."""
    return cause.code == "REQUEST" and cause.evidence == event.evidence and event.factuality == "possible"


def _adjacent(before: Evidence, after: Evidence) -> bool:
    """Two pieces of evidence are one sentence, or the second follows the first right away."""
    return before.start == after.start or 0 <= after.start - before.end <= _NEXT_SENTENCE_GAP
