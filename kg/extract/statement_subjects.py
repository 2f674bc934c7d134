"""The actor a reported statement blames or asks where its subject stands after its finite verb: „Seit Jahren
blockiert die ÖVP jede Reform, kritisierte X“ (an adverbial opens the statement), also in a statement opened by a
colon („…, doch: Seit März hat die Kammer nichts vorgelegt, beklagte X“). The statement's subject in first position
is `event_targets.reported_subject`'s.
"""
from __future__ import annotations

from kg import german
from kg.extract.clauses import Actor, Sentence, dateline_end
from kg.extract.event_cues import CueHit
from kg.extract.event_targets import REPORTED_CODES
from kg.extract.rules import declare, fired

COLON = ":"

INVERTED_SUBJECT = declare("event-target-reported-inverted-subject", "event target", "a criticism or demand whose "
                           "verb follows the statement it reports, its speaker after it („…, kritisierte X“), is aimed "
                           "at the named actor right after the statement's finite verb where an adverbial opens the "
                           "statement, at the sentence's start or after a colon: „Seit dem Sommer hat die Kammer "
                           "keinen Brief beantwortet, klagte Verbandschef Jonas Riedl“ → ACCUSE Riedl → Kammer; not "
                           "an actor after a preposition („Mit der Kammer hat niemand gesprochen, klagte X“)")


def _statement_start(sentence: Sentence, end: int) -> int:
    """Where the statement before word `end` begins: after the last colon before it, else after the dateline."""
    words = sentence.words
    colon = next((k for k in range(end - 1, -1, -1) if words[k].text == COLON), None)
    return colon + 1 if colon is not None else dateline_end(words)


def inverted_subject(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The bare actor right after the finite verb of the statement that ends at the comma before the cue („…, klagte
    X“), where no actor and no comma stand before that verb."""
    if hit.noun or hit.entry.code not in REPORTED_CODES or not subjects:
        return None
    first, _ = sentence.clause_of(hit.index)
    words = sentence.words
    if first == 0 or words[first].text != "," or hit.index != first + 1 or subjects[0].first <= hit.index:
        return None
    start = _statement_start(sentence, first)
    verb = next((k for k in range(start + 1, first) if words[k].verb_or_auxiliary and not words[k].capitalized), None)
    if verb is None or any(w.text == "," for w in words[start:verb]) or sentence.actors_in(start, verb):
        return None
    at = verb + 2 if verb + 2 < first and words[verb + 1].lower in german.ARTICLES else verb + 1
    actor = next((a for a in sentence.actors if a.first == at and a.prep is None), None)
    if actor is None or actor.key in {a.key for a in subjects}:
        return None
    fired(INVERTED_SUBJECT)
    return actor
