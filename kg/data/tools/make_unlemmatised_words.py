"""Generate `kg/data/unlemmatised_words.txt`: frequent capitalised words that are no German
inflected form: brands, foreign words and names the lexicon holds ("Siemens", "Science").

    python kg/data/tools/make_unlemmatised_words.py > kg/data/unlemmatised_words.txt

`common_words.txt` joins the words of spacy-lookups-data's German lemma table and
frequent capitalised words outside the name clusters. The second part holds German
nouns the lemma table misses ("Mittwochabend") but also brands and foreign words:
after a noun such as "Elektronikhersteller" the rule of `kg.nlp.orgheads` takes these
for a name, a word of the lemma table ("Recht", "Verkehr") never. Words with the
ending of an abstract noun ("Insolvenz"), compounds of a known noun ("Mittwochabend") and
case forms of one ("Vermögenswerte") are left out. No evaluation text is read.
"""
from __future__ import annotations

import sys

from kg import resources
from kg.german import NOUN_SUFFIXES
from kg.nlp import build_nlp
from kg.nlp.orgwords import inflected


def main() -> None:
    lemmas = resources.lemma_words()
    common = resources.common_nouns()
    gazetteer = build_nlp().get_pipe("geokg_gazetteer").gazetteer
    words = sorted(w for w in common - lemmas
                   if w.isalpha() and w[1:2].islower() and not w.endswith(NOUN_SUFFIXES)
                   and not gazetteer.compound_noun(w)
                   and not inflected(w, common))
    sys.stdout.write("\n".join(words) + "\n")
    sys.stderr.write(f"{len(words)} words\n")


if __name__ == "__main__":
    main()
