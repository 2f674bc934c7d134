"""A criminal charge told by a cue anyone may use to blame: „vorwerfen“, „beschuldigen“ (`kg/data/charge_verbs.tsv`)
report a state's legal act, like „anklagen“, where their clause names a criminal offence
(`kg/data/offence_nouns.tsv`): „Dem Ex-Minister wird Untreue vorgeworfen“, not „Ihm wird Arroganz vorgeworfen“.
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.clauses import Sentence
from kg.extract.event_cues import CueHit


CHARGE_CUES = frozenset(row[0] for row in resources.commented_rows("charge_verbs.tsv"))
OFFENCES = tuple(row[0] for row in resources.commented_rows("offence_nouns.tsv"))
OFFENCE_FORMS = tuple(noun + ending for noun in OFFENCES for ending in ("", *german.NOUN_ENDINGS))


def names_offence(sentence: Sentence, first: int, last: int) -> bool:
    """A capitalised word of words[first:last] ends in an offence's form („Steuerhinterziehung“, „Betrugs“).

    >>> "untreue" in OFFENCES and "betrugs" in OFFENCE_FORMS
    True
    """
    return any(w.capitalized and w.lower.endswith(OFFENCE_FORMS) for w in sentence.words[first:last])


def charged(sentence: Sentence, hit: CueHit) -> bool:
    """An accusation cue of `charge_verbs.tsv` whose clause names an offence: a charge, no mere blame."""
    if hit.entry.code != "ACCUSE" or hit.entry.cue not in CHARGE_CUES:
        return False
    first, last = sentence.clause_of(hit.index)
    return names_offence(sentence, first, last)
