"""Negotiations over a trade agreement that their clause names only by the agreement's name are held between the
agreement's parties (`agreement_parties.tsv`, general facts: „TTIP“ is the EU's and the USA's), where the article
names every party: „Die Verhandlungen zum Abkommen TTIP gehen in die nächste Runde“ in an article that names the EU
and the USA is a negotiation of the EU and the USA.

>>> sorted(agreement_parties()["TTIP"])
['org:eu', 'state:usa']
"""
from __future__ import annotations

from functools import lru_cache

from kg import resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import Cue

NAMED_AGREEMENT = declare("talks-named-agreement-parties", "talks participants", "negotiations over a trade agreement "
                            "that the cue names right after it („TTIP“, „CETA“) or in its compound („TTIP-Verhandlungen“) "
                            "are held between its parties where the article names them all: „Die EU und die USA … Die "
                            "Verhandlungen zum Abkommen TTIP gehen weiter“ → EU and USA; not where it names only one, "
                            "nor talks over an agreement with partners of their own: „Die Firma Brantel verhandelt mit "
                            "der Stadt über TTIP-Regeln“, nor a compound of another noun: „Die Ministerin traf TTIP-Gegner, um zu "
                            "verhandeln“")
NEGOTIATION = "Negotiation"         # the kind of talks an agreement is negotiated in (`talks_lexicon.tsv`)
_COMPOUND = "-"                     # „TTIP-Verhandlungen“: the agreement's name opens a hyphen compound
REACH = 9       # words at most from the cue to the name: „Verhandlungen über den Vertrag der EU mit Kanada (CETA)“


@lru_cache(maxsize=1)
def agreement_parties() -> dict[str, tuple[str, ...]]:
    """An agreement's name → the entity keys of its parties."""
    return {name: tuple(parties.split()) for name, parties in resources.commented_rows("agreement_parties.tsv")}


def with_agreement_parties(sentence: Sentence, cue: Cue, people: list[Actor], rules: tuple[str, ...],
                           reading: EntityReading) -> tuple[list[Actor], tuple[str, ...]]:
    """The cue's negotiation with the parties of the agreement its clause names, where it has no two partners."""
    if cue.entry.kind != NEGOTIATION or len(people) >= 2:
        return people, rules
    parties = _named_agreement(sentence, cue.index)
    entities = [reading.entity(k) for k in parties]
    if not parties or any(e is None for e in entities):
        return people, rules
    read = {a.key for a in people}
    added = [Actor.referred(e.key, e.type, cue.index) for e in entities if e is not None and e.key not in read]
    if not added:
        return people, rules
    fired(NAMED_AGREEMENT)
    return people + added, (*rules, NAMED_AGREEMENT)


def _named_agreement(sentence: Sentence, at: int) -> tuple[str, ...]:
    """The parties of the agreement the cue at `at` names: opening its compound („TTIP-Verhandlungen“), or as a word
    of its clause at most `REACH` words after it („die Verhandlungen zum Abkommen TTIP“), not inside another word
    („die TTIP-Gegner“: no talks)."""
    table = agreement_parties()
    words = sentence.words
    own = table.get(words[at].text.partition(_COMPOUND)[0]) if _COMPOUND in words[at].text else None
    if own:
        return own
    _, last = sentence.clause_of(at)
    return next((table[w.text] for w in words[at + 1:min(last, at + 1 + REACH)] if w.text in table), ())
