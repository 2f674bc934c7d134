"""Generate `kg/data/lexicon_names.txt`: capitalised words of our lexicon (`common_words.txt`) that
are no German word by Wiktionary: brands, foreign words and names the lexicon holds as words
("Daimler", "Nature", "Verdi", "Time").

    pip install german-nouns        # only to regenerate the list
    python kg/data/tools/make_lexicon_names.py > kg/data/lexicon_names.txt

After a noun of an organisation's kind ("das Fachjournal Nature", "die Gewerkschaft Verdi") the
rule of `kg.nlp.orgheads` reads such a word as the name; a German noun there is the verb's object
("der Behörde Container übergeben"). Left out: every case form of a Wiktionary DE common noun
(german-nouns, CC BY-SA 4.0, so this list is attributed and licensed as it is), every word whose
lemma or lower-case form is an adjective or verb of spacy-lookups-data's lemma table
("Verschiedene", "Daher"), words with capitals inside ("GmbH"), first names, titles, compounds of a known noun, the endings of abstract
nouns, function words and foreign articles, and the words of `unlemmatised_words.txt` (read already). No evaluation text is read.
"""
from __future__ import annotations

import csv
import sys

from german_nouns.config import CSV_FILE_PATH

from kg import resources
from kg.german import FOREIGN_ARTICLES, NOUN_SUFFIXES
from kg.nlp import build_nlp
from kg.nlp.names import NOT_NAMES

# Wiktionary's part-of-speech marks of names and of entries that are no word of their own
_NOT_NOUNS = ("Eigenname", "Abkürzung", "Vorname", "Nachname", "Affix", "Gebundenes", "Buchstabe", "Symbol",
              "Wortverbindung")
_FIRST_FORM = 7     # the columns before it: lemma, pos, genera
# inflectional endings of adjectives, verbs and nominalised infinitives: „Entferntere“, „Bestrafens“
_ENDINGS = ("s", "es", "ens", "e", "er", "en", "em", "n", "ere", "eren", "erer", "ste", "sten", "ster", "stes")


def common_noun_forms() -> set[str]:
    """Every capitalised one-word case form of Wiktionary's common nouns and place names."""
    out: set[str] = set()
    with open(CSV_FILE_PATH, encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if not any(mark in row[1] for mark in _NOT_NOUNS):
                out.update(w for w in (row[0], *row[_FIRST_FORM:]) if w[:1].isupper() and " " not in w)
    return out


def lower_words() -> set[str]:
    """The lower-case words and lemmas of spacy-lookups-data's German lemma table."""
    table: dict[str, str] = resources.lookups_table("de_lemma_lookup.json.gz")
    return {w for w in (*table, *table.values()) if w[:1].islower()}


def main() -> None:
    gazetteer = build_nlp().get_pipe("geokg_gazetteer").gazetteer
    lower = lower_words()

    def lower_form(word: str) -> bool:
        low = word.lower()
        return low in lower or any(low.endswith(e) and (low[:-len(e)] in lower or low[:-len(e)] + "en" in lower
                                                        or low[:-len(e)] + "n" in lower) for e in _ENDINGS)
    candidates = resources.common_nouns() - common_noun_forms() - resources.unlemmatised_words()
    words = sorted(w for w in candidates if w.isalpha() and w[1:].islower() and not w.endswith(NOUN_SUFFIXES)
                   and w not in NOT_NAMES and w not in FOREIGN_ARTICLES and gazetteer.title(w) is None
                   and not gazetteer.is_first_name(w) and gazetteer.name_classes.get(w) != "FIRST"
                   and not gazetteer.compound_noun(w) and not lower_form(w))
    sys.stdout.write("# capitalised words of common_words.txt that no Wiktionary DE common noun form is (via the "
                     "german-nouns package, CC BY-SA 4.0); made by kg/data/tools/make_lexicon_names.py\n")
    sys.stdout.write("\n".join(words) + "\n")
    sys.stderr.write(f"{len(words)} words\n")


if __name__ == "__main__":
    main()
