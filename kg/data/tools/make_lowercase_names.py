"""Generate `kg/data/lowercase_names.tsv`: the words of the corpus name classes (surnames, places,
organisations, `name_classes.tsv`) that are German adjectives, adverbs or verb forms in lower
case („Lange“: lange, „Hart“: hart, „Fix“: fix). At a sentence's start German capitalises any
word, so such a word there is no name by its class alone (`kg.nlp.classes`).

    python kg/data/tools/make_lowercase_names.py > kg/data/lowercase_names.tsv

The lower-case forms come from spacy-lookups-data's German lemma table (its keys and lemmas);
the rows marked `hand` (regional adverbs the table lacks: „heuer“) are kept from the file as
it is. No evaluation text is read.
"""
from __future__ import annotations

import sys

from kg import resources

HEADER = ("# Capitalised words that a corpus word class reads as a name (name_classes.tsv) but that are\n"
          "# German adjectives, adverbs or verb forms in lower case: at a sentence's start no name by their\n"
          "# class alone (kg/nlp/classes.py). word (tab) source: lemma-table (made by\n"
          "# kg/data/tools/make_lowercase_names.py from spacy-lookups-data) or hand (kept by the tool).\n")


def main() -> None:
    table: dict[str, str] = resources.lookups_table("de_lemma_lookup.json.gz")
    lower = {w for w in table if w[:1].islower()} | {w for w in table.values() if w[:1].islower()}
    classes = resources.load_name_classes()
    made = sorted(w for w, c in classes.items() if w[:1].isupper() and w[1:].islower() and w.lower() in lower)
    hand = sorted(w for w, source in resources.commented_rows("lowercase_names.tsv") if source == "hand")
    rows = [f"{w}\tlemma-table" for w in made if w not in hand] + [f"{w}\thand" for w in hand]
    sys.stdout.write(HEADER + "\n".join(rows) + "\n")
    sys.stderr.write(f"{len(rows)} words\n")


if __name__ == "__main__":
    main()
