"""Names no list holds, typed by their corpus word class (`kg.nlp.classes`, `name_classes.tsv`).

Every sentence here is invented; the names are not in `kg/data`'s lists.
"""
from __future__ import annotations

import subprocess
import sys

from kg import resources
from kg.extract.entities import read_entities
from kg.facts import Article
from kg.nlp import build_nlp


def typed(text: str) -> dict[str, str]:
    reading = read_entities(build_nlp()(text), Article(id="t", text=text))
    return {m.text: m.type for m in reading.mentions}


def test_the_table_is_what_the_generator_makes() -> None:
    tool = resources.DATA / "tools" / "make_name_classes.py"
    out = subprocess.run([sys.executable, str(tool)], capture_output=True, text=True, check=True).stdout
    assert out == (resources.DATA / "name_classes.tsv").read_text(encoding="utf-8")


def test_the_table_holds_surnames_places_and_acronyms_no_list_holds() -> None:
    classes = resources.load_name_classes()
    assert set(classes.values()) == {"FIRST", "SURNAME", "PLACE", "ORG", "COMPANY"}
    assert classes["Pintarelli"] == "SURNAME" and classes["Ibbenbüren"] == "PLACE" and classes["SDLP"] == "ORG"
    assert classes["Siemens"] == "COMPANY" and "Tatort" not in classes and "Arbeitslosengeld" not in classes
    assert "Pintarelli" not in resources.load_first_names()
    assert not any(p.name == "Ibbenbüren" for p in resources.load_places())


def test_a_lone_surname_is_a_person() -> None:
    assert typed("Nach dem Spiel sagte Pintarelli, er sei zufrieden.")["Pintarelli"] == "Person"


def test_a_lone_place_word_is_a_place() -> None:
    assert typed("Ibbenbüren bekommt einen neuen Bahnhof.")["Ibbenbüren"] == "Place"


def test_a_lone_word_of_the_firms_class_is_a_company_but_not_after_an_article() -> None:
    assert typed("Die Prüfer von Deloitte fanden keine Fehler.")["Deloitte"] == "Organization"
    assert "Deloitte" not in typed("Die Prüfer murrten über den neuen Deloitte.")


def test_an_unknown_acronym_of_the_party_class_is_an_organisation() -> None:
    assert typed("Bei der Wahl verlor die SDLP zwei Sitze.")["SDLP"] == "Organization"


def test_a_class_word_inside_a_longer_capitalised_name_is_no_entity() -> None:
    found = typed("Das Finale des Pintarelli Cup sahen viele Gäste.")
    assert "Pintarelli" not in found


def test_two_unknown_place_words_make_no_person() -> None:
    found = typed("Die Reise führte uns danach weiter über Ibbenbüren Leichlingen zurück.")
    assert not any(t in ("Person", "Official") for t in found.values()), found
