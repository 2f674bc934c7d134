"""Generate `kg/data/dictionary_nouns.txt`: German common nouns and place names that the
rule of `kg.nlp.orgarticle` would otherwise read as an organisation's bare name after an
article („das Dickicht“, „der Spuk“, „die Taiga“, „die Sulm“); with `--no-places`,
`kg/data/plain_nouns.txt`: German common nouns that are no place name (Wiktionary marks no
sense of the form a toponym) and that the rule of a place after a preposition would otherwise
read as a town („in Seenot“, „aus Kunstharz“, „in Notwehr“; `kg.nlp.context`; not a word of the places’ word class, „Elche“).

    pip install german-nouns        # only to regenerate the lists
    python kg/data/tools/make_dictionary_nouns.py > kg/data/dictionary_nouns.txt
    python kg/data/tools/make_dictionary_nouns.py --no-places > kg/data/plain_nouns.txt

Source: german-nouns (PyPI; Wiktionary DE's German nouns and their case forms, licence
CC BY-SA 4.0, so the generated list is CC BY-SA 4.0 too, attributed in its first line). Kept:
every capitalised case form of a noun that Wiktionary marks neither as a proper name, an
abbreviation, a first name nor a surname (place names, „Toponym“, are kept: a river or a
region is no organisation), and only the forms our own lists do not already make a German
word (`common_words.txt`, the compounds, the noun endings: the article rule's own tests),
which keeps the file small. No evaluation text is read.
"""
from __future__ import annotations

import csv
import sys

from german_nouns.config import CSV_FILE_PATH

from kg.nlp import build_nlp

# Wiktionary's part-of-speech marks of names and of entries that are no word of their own
_NOT_NOUNS = ("Eigenname", "Abkürzung", "Vorname", "Nachname", "Affix", "Gebundenes", "Buchstabe", "Symbol",
              "Wortverbindung")
_TOPONYM = "Toponym"
_FIRST_FORM = 7     # the columns before it: lemma, pos, genera


def forms(places: bool = True) -> set[str]:
    """The capitalised one-word forms of Wiktionary's common nouns and (`places`) place names; without
    them, no form that any toponym's entry has."""
    out: set[str] = set()
    toponyms: set[str] = set()
    with open(CSV_FILE_PATH, encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            words = [w for w in (row[0], *row[_FIRST_FORM:]) if w[:1].isupper() and " " not in w]
            if not places and _TOPONYM in row[1]:
                toponyms.update(words)
            elif not any(mark in row[1] for mark in _NOT_NOUNS):
                out.update(words)
    return out - toponyms


def main(argv: list[str]) -> None:
    gazetteer = build_nlp().get_pipe("geokg_gazetteer").gazetteer
    if "--no-places" in argv:
        words = sorted(w for w in forms(places=False) if gazetteer.place_after_preposition_candidate(w))
    else:
        words = sorted(w for w in forms() if gazetteer.article_name_candidate(w))
    sys.stdout.write("# German nouns of Wiktionary DE via the german-nouns package, CC BY-SA 4.0; "
                     f"made by kg/data/tools/make_dictionary_nouns.py{' --no-places' if '--no-places' in argv else ''}\n")
    sys.stdout.write("\n".join(words) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
