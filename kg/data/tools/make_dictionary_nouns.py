"""Generate `kg/data/dictionary_nouns.txt`: German common nouns and place names that the
rule of `kg.nlp.orgarticle` would otherwise read as an organisation's bare name after an
article („das Dickicht“, „der Spuk“, „die Taiga“, „die Sulm“).

    pip install german-nouns        # only to regenerate the list
    python kg/data/tools/make_dictionary_nouns.py > kg/data/dictionary_nouns.txt

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
_FIRST_FORM = 7     # the columns before it: lemma, pos, genera


def forms() -> set[str]:
    """The capitalised one-word forms of Wiktionary's common nouns and place names."""
    out: set[str] = set()
    with open(CSV_FILE_PATH, encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if any(mark in row[1] for mark in _NOT_NOUNS):
                continue
            out.update(w for w in (row[0], *row[_FIRST_FORM:]) if w[:1].isupper() and " " not in w)
    return out


def main() -> None:
    gazetteer = build_nlp().get_pipe("geokg_gazetteer").gazetteer
    words = sorted(w for w in forms() if gazetteer.article_name_candidate(w))
    sys.stdout.write("# German nouns of Wiktionary DE via the german-nouns package, CC BY-SA 4.0; "
                     "made by kg/data/tools/make_dictionary_nouns.py\n")
    sys.stdout.write("\n".join(words) + "\n")


if __name__ == "__main__":
    main()
