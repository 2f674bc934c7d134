"""A reading rule for a legal act named by a noun and issued by a procedure verb of its clause
(„Haftbefehl erlassen“, „Ermittlungen einleiten“, „Anklage erheben“: `kg/data/legal_acts.tsv`) where
no actor is the clause's subject: the agentless passive („Gegen X wurde Haftbefehl erlassen“) or an
unnamed authority („Ein Gericht leitete Ermittlungen gegen X ein“). Only a state issues such acts: the
one named where it was done („in Russland“) or, with none named, the one the article is about.
Tried after `kg.extract.event_nouns`, so an agent written on the noun („US-Haftbefehl“) wins. An arrest, raid or
search that „es gab“ reports is likewise the state named where it was done („In Tschechien gab es Festnahmen“).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.words import Word
from kg.extract.event_cues import CueHit
from kg.extract.event_reading import TARGET_STAGE, At, CueReading
from kg.extract.event_targets import noun_targets
from kg.extract.roles import find_subjects
from kg.extract.rules import declare, Stage


LEGAL_READINGS = Stage("event reading")


LEGAL_ACT = "event-noun-legal-act"


@lru_cache(maxsize=1)
def legal_acts() -> dict[str, tuple[str, ...]]:
    """Procedure verb lemma → the endings of the nouns of the legal acts it issues.

    >>> legal_acts()["erlassen"]
    ('haftbefehl', 'haftbefehle')
    """
    return {verb: tuple(nouns.split(",")) for verb, nouns in resources.commented_rows("legal_acts.tsv")}


def issued(sentence: Sentence, hit: CueHit) -> bool:
    """The noun cue names a legal act that a procedure verb of its clause issues („wurde Haftbefehl erlassen“)."""
    low = sentence.words[hit.index].lower
    first, last = sentence.clause_of(hit.index)
    acts = legal_acts()
    return any(w.text.islower() and low.endswith(acts.get(w.lemma, ())) for w in sentence.words[first:last])


@LEGAL_READINGS.rule(LEGAL_ACT, "a legal act named by a noun that a procedure verb issues is done by the clause's "
                     "subject, else by the state where it was done, else by the article's home state, on the actor in "
                     "the noun's slot or, untargeted, on a person the clause names: „Gegen den Oppositionsführer X "
                     "wurden in Russland Ermittlungen eingeleitet“ → Russland ACCUSE X")
def _legal_act(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    if not hit.noun or at.source is not None or at.under_verb or not issued(sentence, hit):
        return None
    roles = find_subjects(sentence, hit.index, at.prev)
    if roles is not None and noun_targets(at, roles.subjects, ()).subjects:
        return None         # `event-noun-subject` reads it: „Ägypten erließ Haftbefehl gegen X“
    first, last = sentence.clause_of(hit.index)
    clause = sentence.actors_in(first, last)
    targets = tuple(a for a in clause if a.prep in hit.entry.targets)[:1]
    described = not targets and not any(first <= p < last for p in sentence.persons)
    if described and not _slot_filled(sentence, hit, first, last):
        return None         # „Ermittlungen wurden eingeleitet“: against whom
    rules = (_target_rule(targets), DESCRIBED_TARGET) if described else (_target_rule(targets),)
    if roles is not None:
        return CueReading(roles.subjects, targets, (0.8,), (roles.rule, *rules))
    agent = _issuer(sentence.words, clause, targets, sentence.home)
    return None if agent is None else CueReading((agent,), targets, (0.8, 0.8), rules)


def _target_rule(targets: tuple[Actor, ...]) -> str:
    return "event-target-slot" if targets else "event-untargeted"


DESCRIBED_TARGET = declare("event-legal-act-described-target", TARGET_STAGE, "a legal act whose slot holds people "
                           "the text describes but does not name is still one, untargeted: „Gegen mehrere Journalisten "
                           "wurde Haftbefehl erlassen“ → the home state COERCE, no target")


def _slot_filled(sentence: Sentence, hit: CueHit, first: int, last: int) -> bool:
    """The noun's slot preposition stands in its clause with a noun after it („gegen mehrere Journalisten“)."""
    words = sentence.words
    for k in range(first, last - 1):
        if words[k].lower in hit.entry.targets:
            if any(w.capitalized for w in words[k + 1:min(last, k + 4)]):
                return True
    return False


def _issuer(words: Sequence[Word], clause: list[Actor], targets: tuple[Actor, ...], home: str | None) -> Actor | None:
    """The state after „in“ in the clause, else the article's home state where the clause names no state."""
    taken = {a.key for a in targets}
    located = next((a for a in clause if a.type == "State" and a.key not in taken and _where(words, a)), None)
    if located is not None:
        return replace(located, prep=None)
    if home is None or home in taken or any(a.type == "State" for a in clause):
        return None
    return Actor.referred(home, "State", 0)


def _where(words: Sequence[Word], actor: Actor) -> bool:
    """The actor says where: after „in“ or „im“, not „in den/die/das“ („eine Reise in den Jemen“)."""
    return actor.prep in german.IN_PREPOSITIONS and words[actor.first - 1].lower not in german.INTO_ARTICLES


REPORTED_CODES = frozenset({"COERCE"})      # arrests, raids, searches: acts only a state's organs do


@LEGAL_READINGS.rule("event-noun-existential-located", "an arrest, raid or search named by a noun that „es gibt“ "
                     "reports, with a state after „in“ in its clause, is that state's act, untargeted: „Am Montag gab es "
                     "in Tschechien mehrere Festnahmen“ → Tschechien COERCE")
def _existential_located(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    if not hit.noun or hit.entry.code not in REPORTED_CODES or at.source is not None:
        return None
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    if not any(w.lower in german.EXISTENTIAL for w in words[first:last]):
        return None
    states = tuple(replace(a, prep=None) for a in sentence.actors_in(first, last)
                   if a.type == "State" and _where(words, a))
    return CueReading(states, (), (0.8, 0.8), ("event-untargeted",)) if states else None
