"""Talks: the lexicon file, a joint body over hand-made entities, the seed article.

The rules' example sentences are in `tests/corpus/talks.jsonl` (tests/test_rule_examples.py)."""
from __future__ import annotations

from datetime import date
from pathlib import Path


from kg.extract.lexicon import TALKS_KINDS, talks_cues
from kg.extract.talks import read_talks
from kg.facts import Article, Talks
from tests.handmade import lemma_nlp, reading

ROOT = Path(__file__).parents[1]

NAMES = [
    ("Biden", "Joe Biden", "Official", "Präsident"), ("Wladimir Putin", "Wladimir Putin", "Official", "Präsident"),
    ("Putin", "Wladimir Putin", "Official", "Präsident"),
    ("Angela Merkel", "Angela Merkel", "Official", "Kanzlerin"), ("Merkel", "Angela Merkel", "Official"),
    ("Macron", "Emmanuel Macron", "Official", "Präsident"),
    ("John Kerry", "John Kerry", "Official", "Außenminister"), ("Kerry", "John Kerry", "Official"),
    ("Shukri", "Sameh Shukri", "Official", "Außenminister"), ("Sisi", "Abdel Fattah al-Sisi", "Official", "Präsident"),
    ("Dmitri Kosak", "Dmitri Kosak", "Official", "Kremlbeamter"), ("Jens Plötner", "Jens Plötner", "Official", "Berater"),
    ("USA", "USA", "State"), ("Russland", "Russland", "State"), ("Deutschland", "Deutschland", "State"),
    ("Frankreich", "Frankreich", "State"), ("Iran", "Iran", "State"), ("Ägypten", "Ägypten", "State"),
    ("Nato-Russland-Rat", "Nato-Russland-Rat", "Organization"), ("Nato", "NATO", "Organization"),
    ("Heinz Fischer", "Heinz Fischer", "Official", "Bundespräsident"), ("Fischer", "Heinz Fischer", "Official"),
    ("Joachim Gauck", "Joachim Gauck", "Official", "Bundespräsident"), ("Schloss Bellevue", "Schloss Bellevue", "Place"),
    ("Papst Franziskus", "Papst Franziskus", "Official", "Papst"), ("Kuba", "Kuba", "State"),
    ("Faymann", "Werner Faymann", "Official", "Bundeskanzler"), ("EU", "EU", "Organization"),
    ("Malta", "Malta", "State"), ("Brüssel", "Brüssel", "Place"),
    ("Genf", "Genf", "Place"), ("Moskau", "Moskau", "Place"), ("Berlin", "Berlin", "Place"), ("Kairo", "Kairo", "Place"),
]


def talks(text: str, on: date | None = None) -> list[Talks]:
    article = Article(id="t", text=text, date=on)
    return read_talks(lemma_nlp()(text), article, reading(text, NAMES))


def test_lexicon_kinds_and_keys_are_valid() -> None:
    cues = talks_cues()
    assert {c.kind for c in cues} <= set(TALKS_KINDS) | {"none"}
    assert {"PhoneCall", "Meeting", "Negotiation", "Summit", "Session", "Conference"} <= {c.kind for c in cues}
    keys = [(c.cue, c.match) for c in cues]
    assert len(keys) == len(set(keys))
    assert all(c.match in ("suffix", "verb") for c in cues)


def test_joint_body_session_has_its_members_as_participants() -> None:
    # the gazetteer does not know this body, so its entities are written by hand
    [session] = talks("Danach ist eine Sitzung des Nato-Russland-Rates angesetzt.")
    assert (session.kind, session.status, session.participants) == ("Session", "planned", ("org:nato", "state:russland"))


def test_seed_article_talks_through_the_real_pipeline() -> None:
    from kg.extract.entities import read_entities
    from kg.nlp import build_nlp
    text = (ROOT / "seeds" / "ukraine-talks-2022-01.txt").read_text(encoding="utf-8")
    article = Article(id="seed", text=text)
    doc = build_nlp()(text)
    found = read_talks(doc, article, read_entities(doc, article))
    by_parts = {frozenset(t.participants): t for t in found}
    geneva = by_parts[frozenset({"state:usa", "state:russland"})]
    assert geneva.place == "place:genf" and geneva.status == "planned"
    assert (geneva.start.iso(), geneva.end.iso()) == ("--01-09", "--01-10")
    call = by_parts[frozenset({"person:joe-biden", "person:wladimir-putin"})]
    assert call.kind == "PhoneCall" and call.status == "held"
    moscow = next(t for t in found if t.place == "place:moskau")
    assert moscow.status == "planned"
    assert {"state:deutschland", "state:frankreich", "person:dmitri-kosak", "person:jens-plotner",
            "person:emmanuel-bonne"} <= set(moscow.participants)
    assert "person:olaf-scholz" not in moscow.participants        # "Berater von Kanzler Scholz"
    for t in found:
        assert text[t.evidence.start:t.evidence.end] == t.evidence.sentence


def test_a_visit_folded_into_a_meeting_is_still_a_consultation_of_the_state() -> None:
    from kg.extract import extract
    from kg.nlp import build_nlp
    text = "Bundeskanzler Olaf Scholz ist zu Besuch in Frankreich. In Paris traf er Präsident Emmanuel Macron."
    facts = extract(build_nlp()(text), Article(id="t", text=text))
    assert [t.participants for t in facts.talks] == [("person:olaf-scholz", "person:emmanuel-macron")]
    consults = {(e.source, e.target) for e in facts.interactions if e.code == "CONSULT"}
    assert ("person:olaf-scholz", "state:frankreich") in consults
    assert ("person:olaf-scholz", "person:emmanuel-macron") in consults


def test_agreement_parties_are_listed_states_and_organisations() -> None:
    """Every party of `agreement_parties.tsv` is the key the pipeline gives a listed state or organisation."""
    from kg.extract import extract
    from kg.extract.talk_agreements import agreement_parties
    from kg.nlp import build_nlp
    text = "Die EU, die USA und Kanada."
    keys = {e.key for e in extract(build_nlp()(text), Article(id="x", text=text)).entities}
    assert {k for parties in agreement_parties().values() for k in parties} <= keys
