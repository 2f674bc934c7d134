"""Loads the data files in `kg/data/` (gazetteers, titles, name lists) into frozen records.

Every loader is cached: the files are read once per process.

>>> states = load_states()
>>> next(s for s in states if s.iso2 == "RU").name
'Russland'
"""
from __future__ import annotations

import csv
import gzip
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import orjson

log = logging.getLogger(__name__)

DATA = Path(str(resources.files("kg") / "data"))


@dataclass(frozen=True)
class StateRecord:
    """A state: ISO code, canonical short German name and the ways texts name it."""

    iso2: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]   # stems without ending: "russisch", "us-amerikanisch"
    capitals: tuple[str, ...]     # first one is the capital's canonical name
    demonyms: tuple[str, ...]     # plural nouns: "Russen", "Briten"


@dataclass(frozen=True)
class OrgRecord:
    """An organisation; `state` is the ISO code of the state a government body or party belongs to."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    state: str | None


@dataclass(frozen=True)
class PlaceRecord:
    """A city, region or site (capitals come from `states.tsv`)."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    state: str | None


@dataclass(frozen=True)
class TitleRecord:
    """A public role; `official` is yes (an Official), no (a Person) or colleague (role of the counterpart)."""

    title: str
    feminine: str | None
    declension: str               # weak (Präsident/-en), strong (Minister/-s), adjective (Abgeordneter)
    official: str


@dataclass(frozen=True)
class PersonRecord:
    """A well-known official of roughly 2014–2023: lets a surname alone resolve to the full name."""

    name: str
    aliases: tuple[str, ...]
    role: str | None
    affiliation: str | None       # ISO code of a state, or the canonical name of an organisation
    party: str | None
    surname_alone: bool


@dataclass(frozen=True)
class BodyRecord:
    """A government body named generically ("Außenministerium"); its state comes from context."""

    name: str
    aliases: tuple[str, ...]


def _split(field: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (field or "").split("|") if p.strip())


def rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of a TSV data file as dicts (header → value), blank rows skipped, values stripped."""
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if any((v or "").strip() for v in row.values()):
                yield {k: (v or "").strip() for k, v in row.items()}


@lru_cache(maxsize=None)
def load_states() -> tuple[StateRecord, ...]:
    return tuple(
        StateRecord(r["iso2"], r["name"], _split(r["aliases"]), _split(r["adjectives"]),
                    _split(r["capitals"]), _split(r["demonyms"]))
        for r in rows("states.tsv"))


@lru_cache(maxsize=None)
def load_organizations() -> tuple[OrgRecord, ...]:
    return tuple(OrgRecord(r["name"], _split(r["aliases"]), r["kind"], r["state"] or None)
                 for r in rows("organizations.tsv"))


@lru_cache(maxsize=1)
def party_names() -> frozenset[str]:
    """The names of the listed parties (`organizations.tsv`, kind party)."""
    return frozenset(r.name for r in load_organizations() if r.kind == "party")


@lru_cache(maxsize=None)
def load_places() -> tuple[PlaceRecord, ...]:
    return tuple(PlaceRecord(r["name"], _split(r["aliases"]), r["kind"], r["state"] or None)
                 for r in rows("places.tsv"))


@lru_cache(maxsize=None)
def load_titles() -> tuple[TitleRecord, ...]:
    return tuple(TitleRecord(r["title"], r["feminine"] or None, r["declension"], r["official"])
                 for r in rows("titles.tsv"))


@lru_cache(maxsize=None)
def load_people() -> tuple[PersonRecord, ...]:
    return tuple(PersonRecord(r["name"], _split(r["aliases"]), r["role"] or None, r["affiliation"] or None,
                              r["party"] or None, r["surname_alone"] == "yes")
                 for r in rows("people.tsv"))


@lru_cache(maxsize=None)
def load_government_bodies() -> tuple[BodyRecord, ...]:
    return tuple(BodyRecord(r["name"], _split(r["aliases"])) for r in rows("government_bodies.tsv"))


@lru_cache(maxsize=None)
def load_first_names() -> frozenset[str]:
    return frozenset(r["name"] for r in rows("first_names.tsv"))


@lru_cache(maxsize=None)
def commented_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of a data file whose `#` lines say what it holds, in file order."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(tuple(f.strip() for f in line.split("\t")) for line in lines
                 if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def kind_words(name: str, kind: str) -> frozenset[str]:
    """The words of one kind in a `#`-commented `kind (tab) word` file.

    >>> sorted(kind_words("ambiguous_nouns.tsv", "town-tail"))
    ['City']
    """
    return frozenset(word for k, word in commented_rows(name) if k == kind)


@lru_cache(maxsize=None)
def listed_words(name: str) -> frozenset[str]:
    """The first field of each row of a `#`-commented data file (`short_title_heads.tsv`)."""
    return frozenset(row[0] for row in commented_rows(name))


@lru_cache(maxsize=None)
def load_word_list(name: str) -> frozenset[str]:
    """A one-column list file in `kg/data/` (e.g. `state_verbs.tsv`)."""
    return frozenset(r[next(iter(r))] for r in rows(name))


def _lines(name: str) -> frozenset[str]:
    """The words of a one-word-a-line text file in `kg/data/` (a `#` line is its header)."""
    return frozenset(_lines_in_order(name))


def _lines_in_order(name: str) -> list[str]:
    """`_lines` in the file's order."""
    with (DATA / name).open(encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def common_nouns() -> frozenset[str]:
    """Capitalised German words that are no names (`common_words.txt`).

    A capitalised token found here is a word, not a name ("Unterstützung", "Haft"),
    unless a first name precedes it ("Heinz Fischer").
    """
    # precomputed from spacy-lookups-data by kg/data/tools/make_common_words.py: its JSON
    # tables take seconds to parse, this list a few milliseconds
    return frozenset(sorted_common_nouns())


@lru_cache(maxsize=None)
def sorted_common_nouns() -> tuple[str, ...]:
    """`common_nouns` in order, for prefix searches (`kg.nlp.orgcompany.opens_compounds`). The file is written
    sorted, so sorting its lines is one pass (2 ms); sorting the set's words took 90 ms of every build's start."""
    return tuple(sorted(_lines_in_order("common_words.txt")))


@lru_cache(maxsize=None)
def unlemmatised_words() -> frozenset[str]:
    """Words of `common_words.txt` that are no German inflected form: brands and foreign words
    ("Siemens", "Science"; `unlemmatised_words.txt`, made by `kg/data/tools/make_unlemmatised_words.py`)."""
    return _lines("unlemmatised_words.txt")


@lru_cache(maxsize=None)
def lexicon_names() -> frozenset[str]:
    """Words of `common_words.txt` that are no German word by Wiktionary: brands, foreign words and
    names („Daimler“, „Nature“, „Verdi“; `lexicon_names.txt`, made by
    `kg/data/tools/make_lexicon_names.py`, CC BY-SA 4.0)."""
    return _lines("lexicon_names.txt")


@lru_cache(maxsize=None)
def country_codes() -> frozenset[str]:
    """Three-letter country codes as sports results and tables print them: ISO 3166-1 alpha-3
    („AUT“, „FRA“, from pycountry) and the Olympic codes that differ from them („GER“, „SUI“;
    `country_codes.tsv`, each with its state)."""
    import pycountry    # only here: its tables load on first use

    return frozenset(c.alpha_3 for c in pycountry.countries) | load_word_list("country_codes.tsv")


@lru_cache(maxsize=None)
def country_code_states() -> dict[str, str]:
    """Each code of `country_codes` with its state's ISO 3166-1 alpha-2 code: „UZB“ → „UZ“, „GER“ → „DE“."""
    import pycountry

    states = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    states.update((r["code"], r["state"]) for r in rows("country_codes.tsv"))
    return states


@lru_cache(maxsize=None)
def plain_nouns() -> frozenset[str]:
    """German common nouns of Wiktionary that are no place's name under any entry and that no other
    list here holds („Seenot“, „Kunstharz“, „Notwehr“; `plain_nouns.txt`, made by
    `kg/data/tools/make_dictionary_nouns.py --no-places`, CC BY-SA 4.0)."""
    return _lines("plain_nouns.txt")


@lru_cache(maxsize=None)
def regional_nouns() -> frozenset[str]:
    """Austrian and Swiss common nouns that `plain_nouns.txt` lacks („in Hinkunft“, „in Karenz“;
    `regional_nouns.txt`, hand-kept)."""
    return _lines("regional_nouns.txt")


@lru_cache(maxsize=None)
def dictionary_nouns() -> frozenset[str]:
    """German common nouns and place names of Wiktionary that no other list here holds („Dickicht“,
    „Taiga“; `dictionary_nouns.txt`, made by `kg/data/tools/make_dictionary_nouns.py`, CC BY-SA 4.0)."""
    return _lines("dictionary_nouns.txt")


def lookups_table(name: str) -> dict:
    """One German table of spacy-lookups-data (`de_lemma_lookup.json.gz`, `de_lexeme_cluster.json.gz`, …), read
    straight from its file; raises ImportError where that package is not installed.

    Reading the file directly takes a fifth of the time `spacy.lookups.load_lookups` needs, and orjson parses the
    lemma table's 355,000 entries in two thirds of the time `json` takes: every build worker reads it once.
    """
    return orjson.loads(gzip.decompress((resources.files("spacy_lookups_data") / "data" / name).read_bytes()))


@lru_cache(maxsize=None)
def lemma_words() -> frozenset[str]:
    """Capitalised words (nouns, mostly) of the spacy-lookups-data German lemma table."""
    try:
        table: dict[str, str] = lookups_table("de_lemma_lookup.json.gz")
    except ImportError:  # the rule pipeline still works, only less careful with names
        log.warning("spacy-lookups-data is not installed; person names are read less carefully")
        return frozenset()
    words = {w for w in table if w[:1].isupper()}
    words.update(w for w in table.values() if w[:1].isupper())
    return frozenset(words)


@lru_cache(maxsize=None)
def load_name_classes() -> dict[str, str]:
    """Word → SURNAME, PLACE or ORG by its distributional word class (`name_classes.tsv`,
    made by `kg/data/tools/make_name_classes.py` from spacy-lookups-data's Brown clusters)."""
    with (DATA / "name_classes.tsv").open(encoding="utf-8") as f:
        next(f)
        return dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)
