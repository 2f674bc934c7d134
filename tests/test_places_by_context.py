"""Places no list holds (`kg.nlp.places_by_context`): toponym forms and the data files the rules read."""
from __future__ import annotations

import pytest

from kg import resources
from kg.nlp import build_nlp
from kg.nlp.places_by_context import geo_heads, toponym_endings, toponym_form


@pytest.mark.parametrize("word", ["Gelsenkirchen", "Wolkenhausen", "Brommingen", "Quellstedt", "Sindelfingen"])
def test_a_toponym_form_is_a_place_name(word: str) -> None:
    assert toponym_form(word, resources.common_nouns())


@pytest.mark.parametrize("word", ["Partnerstadt", "Parteivorsitz", "Kinderheim", "Nachbardorf", "Geistesblitz",
                                  "Talkshow", "Flüchtlingsheim", "Stadt", "hausen", "Gelsen-kirchen"])
def test_a_german_compound_noun_is_no_toponym_form(word: str) -> None:
    assert not toponym_form(word, resources.common_nouns())


def test_the_data_files_are_well_formed() -> None:
    endings = [e for e, _ in toponym_endings()]
    assert len(endings) == len(set(endings)) and all(e == e.lower() and e.isalpha() for e in endings)
    heads = [r["head"] for r in resources.rows("geo_heads.tsv")]
    assert len(heads) == len(set(heads)) and all(h[:1].isupper() for h in heads)
    assert geo_heads()["Meeres"] == ("Meer", False) and geo_heads()["Platz"] == ("Platz", True)
    rivers = [r["river"] for r in resources.rows("rivers.tsv")]
    assert len(rivers) == len(set(rivers)) and all(r[:1].isupper() and r.isalpha() for r in rivers)


def test_the_places_become_place_entities() -> None:
    from kg.extract.entities import read_entities
    from kg.facts import Article
    text = "Die Fähre fuhr von Quellstedt über Wolkenhausen zum Tyrrhenischen Meer."
    reading = read_entities(build_nlp()(text), Article(id="x", text=text))
    assert {e.name for e in reading.entities if e.type == "Place"} >= {"Wolkenhausen", "Tyrrhenischen Meer"}
