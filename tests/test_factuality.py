"""The factuality of events (ANNOTATION.md § factuality), read from invented German sentences.

Each signal counts only where it governs the cue's clause; the sentences here
are made up for the tests, none comes from an evaluation article.
"""
from __future__ import annotations

import pytest

from kg.extract.events import read_interactions
from kg.extract.factuality import signals
from kg.extract.talks import read_talks
from kg.facts import FACTUALITIES, Article, Interaction
from tests.handmade import lemma_nlp, reading

NAMES = [
    ("Russland", "Russland", "State"), ("russisch", "Russland", "State"), ("Moskau", "Russland", "State"),
    ("Ukraine", "Ukraine", "State"), ("USA", "USA", "State"), ("Türkei", "Türkei", "State"),
    ("Israel", "Israel", "State"), ("Ägypten", "Ägypten", "State"), ("Nato", "NATO", "Organization"),
    ("EU", "EU", "Organization"), ("Polen", "Polen", "State"), ("Ankara", "Ankara", "Place"),
    ("Netanjahu", "Benjamin Netanjahu", "Official", "Ministerpräsident"),
    ("Putin", "Wladimir Putin", "Official", "Präsident"),
]


def events(text: str) -> list[Interaction]:
    return read_interactions(lemma_nlp()(text), Article(id="t", text=text), reading(text, NAMES))


def readings(text: str, code: str) -> set[str]:
    """The factualities of the events of one code."""
    return {e.factuality for e in events(text) if e.code == code}


# --- the signals file -------------------------------------------------------------------------

def test_signals_have_known_scopes_and_values() -> None:
    table = signals()
    assert set(table.by_scope) == {"opener", "clause", "aux", "matrix", "noun", "object", "offer", "offer-noun",
                                   "decided", "comment"}
    assert set(table.by_scope["comment"].values()) == {"asserted"}     # the verb's own negation, read away
    for scope in ("opener", "clause", "aux", "matrix", "noun", "object", "decided"):
        assert set(table.by_scope[scope].values()) <= set(FACTUALITIES) - {"asserted"}, scope
        assert all(k == k.lower() for k in table.by_scope[scope]), scope
    assert ("nicht", "nur") in table.exceptions


# --- possible: conditionals, fear, speculation ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die Nato werde reagieren, falls Russland in die Ukraine einmarschiert.",
    "Wenn Russland die Ukraine angreift, drohen harte Folgen.",
    "Polen und die Ukraine fürchten, dass Russland in die Ukraine einmarschieren könnte.",
    "Die Nato befürchtet, dass Russland die Ukraine angreift.",
    "Russland könnte die Ukraine schon bald angreifen.",
    "Russland hat die Ukraine möglicherweise angegriffen.",
    "Die USA sprachen über die Folgen für den Fall eines russischen Angriffs auf die Ukraine.",
    "In Kiew wächst die Sorge vor einem russischen Angriff auf die Ukraine.",
    "Russland kann die Ukraine jederzeit angreifen.",
    "Ein russischer Angriff auf die Ukraine wäre ein Fehler.",
])
def test_conditional_feared_and_speculated_attacks_are_possible(text: str) -> None:
    assert readings(text, "ASSAULT") == {"possible"}


def test_what_must_or_should_happen_has_not() -> None:
    assert readings("Russland muss die Truppen aus der Ukraine abziehen.", "RETREAT") == {"possible"}
    assert readings("Die USA sollten der Ukraine helfen.", "AID") == {"possible"}
    assert readings("Die Nato kennt Pläne für einen russischen Angriff auf die Ukraine.", "ASSAULT") == {"intended"}


def test_a_plan_under_a_condition_is_possible() -> None:
    text = "Sollte Russland weitere Gebiete erobern, werde die EU Sanktionen gegen Russland verhängen."
    assert readings(text, "SANCTION") == {"possible"}


def test_a_threat_with_a_condition_is_an_asserted_threat() -> None:
    # "für den Fall" governs the noun after it, not the clause's verb
    text = "Die USA haben Russland für den Fall eines Angriffs auf die Ukraine mit Sanktionen gedroht."
    assert readings(text, "THREATEN") == {"asserted"}
    assert readings(text, "ASSAULT") <= {"possible"}


@pytest.mark.parametrize("text,code,want", [
    ("Die Nato fürchtet einen russischen Angriff auf die Ukraine.", "ASSAULT", "possible"),
    ("Die Nato schloss einen russischen Angriff auf die Ukraine nicht aus.", "ASSAULT", "possible"),
    ("Die USA kündigten neue Sanktionen gegen Russland an.", "SANCTION", "intended"),
    ("Die USA kündigten keine neuen Sanktionen gegen Russland an.", "SANCTION", "negated"),
    ("Die USA verurteilten den russischen Angriff auf die Ukraine.", "ASSAULT", "asserted"),
])
def test_a_noun_cue_takes_the_reading_of_the_verb_governing_it(text: str, code: str, want: str) -> None:
    assert readings(text, code) == {want}


def test_nicht_ausgeschlossen_makes_a_possible_act() -> None:
    text = "Nicht ausgeschlossen wird, dass Putin von den USA einen hohen Preis fordern wird."
    assert readings(text, "REQUEST") == {"possible"}


# --- intended: the actor's own plan -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die USA wollen der Ukraine mit Waffen helfen.",
    "Die USA würden der Ukraine auch Hilfen gewähren.",
    "Die USA werden die Ukraine unterstützen.",
    "Die USA kündigten an, die Ukraine zu unterstützen.",
    "Die USA planen, die Ukraine zu unterstützen.",
    "Die USA sind bereit, die Ukraine zu unterstützen.",
])
def test_announced_and_planned_acts_are_intended(text: str) -> None:
    assert readings(text, "SUPPORT") | readings(text, "AID") == {"intended"}


def test_an_approved_delivery_is_intended() -> None:
    text = "Der Senat der USA hat Waffenlieferungen an die Ukraine abgesegnet."
    assert {(e.code, e.factuality) for e in events(text)} >= {("AID", "intended")}


def test_agreeing_is_asserted_and_what_it_agrees_to_intended() -> None:
    text = "Putin hat sich bereiterklärt, mit den USA zu kooperieren."
    assert readings(text, "AGREE") == {"asserted"}
    assert readings(text, "COOPERATE") == {"intended"}


# --- negated ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("Russland hat die Ukraine nicht angegriffen.", "ASSAULT"),
    ("Die Nato will die Türkei nicht angreifen.", "ASSAULT"),
    ("Russland werde mit der Ukraine keinen Vertrag schließen.", "AGREE"),
])
def test_denied_and_ruled_out_acts_are_negated(text: str, code: str) -> None:
    assert readings(text, code) == {"negated"}


def test_support_denied_is_a_refusal() -> None:
    # PLOVER REJECT: "refuse to extend assistance"; the refusal itself is a fact, an announced one intended
    # (ANNOTATION: wollen, werden; event-refusal-announced)
    assert readings("Die Nato unterstützte die Türkei nicht.", "REJECT") == {"asserted"}
    assert readings("Die Nato will die Türkei nicht unterstützen.", "REJECT") == {"intended"}
    assert readings("Die Nato will die Türkei nicht unterstützen.", "SUPPORT") == set()


# --- asserted: facts and claims of facts --------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("Russland hat die Ukraine am Montag angegriffen.", "ASSAULT"),
    ("Die Nato lehnte nicht nur die Aufnahme der Ukraine ab.", "REJECT"),
    ("Die USA haben die Ukraine unterstützt.", "SUPPORT"),
    ("Die Ukraine wird von den USA unterstützt.", "SUPPORT"),
    ("Moskau warf der Ukraine vor, Soldaten an die Grenze verlegt zu haben.", "ACCUSE"),
])
def test_facts_and_passives_stay_asserted(text: str, code: str) -> None:
    assert readings(text, code) == {"asserted"}


def test_an_accusation_is_asserted_whatever_it_claims() -> None:
    # "X warf Y vor, … zu haben": the accused act is as X claims it, not made possible by "vorwerfen"
    text = "Die Ukraine warf Russland vor, die Ukraine mit Raketen angegriffen zu haben."
    assert readings(text, "ACCUSE") == {"asserted"}
    assert readings(text, "ASSAULT") <= {"asserted"}


def test_every_event_carries_the_rule_of_its_reading() -> None:
    for e in events("Russland könnte die Ukraine angreifen. Russland hat die Ukraine angegriffen."):
        named = [r for r in e.rules if r.startswith("factuality-")]
        assert named == (["factuality-epistemic"] if e.factuality == "possible" else []), e


# --- talks offered, planned, refused ------------------------------------------------------------

def test_planned_talks_are_an_intended_consult() -> None:
    text = "Am Montag sind Gespräche der USA mit Russland in Genf geplant."
    consults = [e for e in events(text) if e.code == "CONSULT"]
    assert consults and {e.factuality for e in consults} == {"intended"}


def test_offered_talks_are_not_held_and_a_refused_offer_leaves_none() -> None:
    offer = "Die Türkei bot an, Gespräche zwischen Israel und Ägypten in Ankara auszurichten."
    refusal = offer + " Netanjahu lehnte das Angebot ab."
    talks = read_talks(lemma_nlp()(offer), Article(id="t", text=offer), reading(offer, NAMES))
    assert talks and {t.status for t in talks} == {"planned"}
    assert read_talks(lemma_nlp()(refusal), Article(id="t", text=refusal), reading(refusal, NAMES)) == []
    assert {e.factuality for e in events(offer) if e.code == "CONSULT"} == {"possible"}    # not their own plan
    assert not [e for e in events(refusal) if e.code == "CONSULT"]
    welcomed = offer + " Netanjahu begrüßte den Vorschlag."
    assert read_talks(lemma_nlp()(welcomed), Article(id="t", text=welcomed), reading(welcomed, NAMES))
