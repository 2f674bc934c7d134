"""Generate `kg/data/name_classes.tsv`: capitalised words that distributional word classes
mark as a first name, a surname, a place or an organisation's acronym.

    python kg/data/tools/make_name_classes.py > kg/data/name_classes.tsv

The learned part is not ours: spacy-lookups-data ships Brown clusters of a
million German word forms (`de_lexeme_cluster`, unsupervised, from spaCy's
German training text), in which words that occur in the same contexts share a
cluster. We only name some clusters, with seeds from our own lists in
`kg/data` (first names, the surnames of `people.tsv`, states, capitals and
places, organisations): a cluster gets a class when at least MIN_SEEDS of its
words are seeds and at least SHARE of those seeds have that class. Every
capitalised word of a named cluster is then written with its class, except
words whose ending marks a German abstract noun. No evaluation text is read.

One more cluster is named by seeds given here, not by our lists: the cluster
that holds COMPANY_SEEDS holds firms' and brands' names („Google“, „Siemens“)
beside titles of shows and games. Its words of at least four letters that the
lemma table misses (`unlemmatised_words.txt`), that are no dictionary noun and
that `_company_word` takes as a name get the class COMPANY, except compounds
whose tail is a German noun („Arbeitslosengeld“, the show „Tatort“; also the
firm „Hochtief“, a price paid for precision).
The rule pipeline reads the table in milliseconds; the JSON tables take seconds.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict

from kg import resources

MIN_SEEDS = 40
MIN_SEEDS_SMALL = 9      # … or this many, when they are at least SMALL_DENSITY of the cluster's words
SMALL_DENSITY = 0.01
_PERSON_CLASSES = ("FIRST", "SURNAME")
SHARE = 0.85
MIN_LOG_PROB = -19.0     # rarer forms are mostly typos and OCR noise
COMPANY_SEEDS = ("Google", "Microsoft", "Siemens")
MIN_COMPANY_LENGTH = 4
_ABSTRACT = ("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "ungen", "ität")


def seeds() -> dict[str, str]:
    """Our own list entries by class; the first class given to a word wins."""
    out: dict[str, str] = {}
    for w in resources.load_first_names():
        out[w] = "FIRST"
    for person in resources.load_people():
        for w in person.name.split()[1:]:
            out.setdefault(w, "SURNAME")
    for s in resources.load_states():
        for w in (s.name, *s.capitals):
            out.setdefault(w, "PLACE")
    for p in resources.load_places():
        out.setdefault(p.name, "PLACE")
    for o in resources.load_organizations():
        for w in (o.name, *o.aliases):
            out.setdefault(w, "ORG")
    return out


def named_clusters(clusters: dict[str, int], seed: dict[str, str],
                   sizes: Counter | None = None) -> dict[int, str]:
    """Clusters with enough seeds, most of one class. A small person cluster may have fewer seeds
    if they are a larger share of its words (MIN_SEEDS_SMALL and SMALL_DENSITY)."""
    per: dict[int, Counter] = defaultdict(Counter)
    for w, cls in seed.items():
        if w in clusters:
            per[clusters[w]][cls] += 1
    out = {}
    for cluster, counts in per.items():
        cls, n = counts.most_common(1)[0]
        total = sum(counts.values())
        # a small person cluster ("Dagobert", "Vespasian": regnal names) may have fewer seeds if they are a
        # larger share of its words; a small place cluster mixes places with German compounds
        enough = total >= MIN_SEEDS or (sizes is not None and cls in _PERSON_CLASSES and total >= MIN_SEEDS_SMALL
                                        and total >= SMALL_DENSITY * sizes[cluster])
        # the acronym cluster is dense in listed acronyms; a cluster of shouted words ("ABWÄRTS", "ADVENT")
        # also holds a few dozen of them among twenty thousand capitalised common words
        if cls == "ORG" and sizes is not None and total < SMALL_DENSITY * sizes[cluster]:
            enough = False
        if enough and n >= SHARE * total:
            out[cluster] = cls
    return out


def _shape(word: str, cls: str) -> bool:
    """Names are capitalised words (not shouted ones); the organisation cluster holds acronyms."""
    if cls == "ORG":
        return word.isalpha() and len(word) >= 2
    return word[1:2].islower()


def _german_compound(word: str, words: frozenset[str], german: frozenset[str]) -> bool:
    """A word of the lexicon and a German noun, three letters or more each: „Tatort“, not „Microsoft“."""
    return any(word[:k] in words and word[k].upper() + word[k + 1:] in german for k in range(3, len(word) - 2))


def company_rows(clusters: dict[str, int], probs: dict[str, float]) -> list[tuple[str, str]]:
    """The COMPANY rows: words of the seeds' cluster that name a firm by our gazetteer's tests."""
    from kg.nlp import build_nlp    # the gazetteer reads the table this tool writes: only here
    gaz = build_nlp().get_pipe("geokg_gazetteer").gazetteer
    cluster = {clusters[w] for w in COMPANY_SEEDS}
    assert len(cluster) == 1, "the company seeds must share one cluster"
    german = gaz.common - gaz.brand_words - gaz.lexicon_names
    return [(w, "COMPANY") for w, c in clusters.items()
            if c in cluster and len(w) >= MIN_COMPANY_LENGTH and probs.get(w, -99.0) >= MIN_LOG_PROB
            and w in gaz.brand_words and w not in gaz._dictionary_nouns and gaz._company_word(w) == "name"
            and not _german_compound(w, gaz.common, german)]


def main() -> None:
    clusters: dict[str, int] = resources.lookups_table("de_lexeme_cluster.json.gz")
    probs: dict[str, float] = resources.lookups_table("de_lexeme_prob.json.gz")
    sizes = Counter(c for w, c in clusters.items() if w[:1].isupper() and probs.get(w, -99.0) >= MIN_LOG_PROB)
    named = named_clusters(clusters, seeds(), sizes)
    rows = sorted((w, named[c]) for w, c in clusters.items()
                  if c in named and w[:1].isupper() and probs.get(w, -99.0) >= MIN_LOG_PROB
                  and not w.endswith(_ABSTRACT) and _shape(w, named[c]))
    rows = sorted(rows + company_rows(clusters, probs))
    sys.stdout.write("word\tclass\n" + "".join(f"{w}\t{c}\n" for w, c in rows))
    sys.stderr.write(f"{len(rows)} words; clusters {sorted(named.items())}\n")


if __name__ == "__main__":
    main()
