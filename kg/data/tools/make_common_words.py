"""Generate `kg/data/common_words.txt`: capitalised German words that are no names,
from spacy-lookups-data (lemma table, Brown clusters, word probabilities).

    python kg/data/tools/make_common_words.py > kg/data/common_words.txt

Reading those tables takes seconds (too slow for every pipeline start), so
their useful part is kept here: every capitalised word of the lemma table,
plus the nouns the lemma table misses ("Haft", "Abwesenheit"): capitalised
words more frequent than e^-15 whose cluster is not one where our gazetteers'
place and person names live (a cluster holding three or more of them).
"""
from __future__ import annotations

import sys
from collections import Counter

from kg import resources

MIN_LOG_PROB = -15.0
MIN_NAMES_IN_CLUSTER = 3


def main() -> None:
    clusters: dict[str, int] = resources.lookups_table("de_lexeme_cluster.json.gz")
    probs: dict[str, float] = resources.lookups_table("de_lexeme_prob.json.gz")
    names: set[str] = set(resources.load_first_names())
    for s in resources.load_states():
        names.update((s.name, *s.capitals))
    for p in resources.load_places():
        names.add(p.name)
    for person in resources.load_people():
        names.add(person.name.split()[-1])
    per_cluster = Counter(clusters[w] for w in names if w in clusters)
    name_clusters = {c for c, n in per_cluster.items() if n >= MIN_NAMES_IN_CLUSTER}
    common = resources.lemma_words()
    extra = {w for w, p in probs.items()
             if p > MIN_LOG_PROB and w[:1].isupper() and w.isalpha() and w not in common
             and w in clusters and clusters[w] not in name_clusters and w not in names}
    words = sorted(common | extra)
    sys.stdout.write("\n".join(words) + "\n")


if __name__ == "__main__":
    main()
