"""The gazetteer's lookup tables from `kg/data/`: listed names by their token tuple with their
declined forms (`PhraseTable`: states, organisations, capitals, places, government bodies, known
people, also without a foreign name's accents), and titles in every form (`title_forms`).

>>> ("Weißen", "Haus") in _inflections(("Weißes", "Haus"))
True
>>> ("Weißen", "Hauses") in _inflections(("Weißes", "Haus"))
True
>>> ("Vereinigten", "Arabischen", "Emirate") in _inflections(("Vereinigte", "Arabische", "Emirate"), agree=True)
True
>>> sorted(_inflections(("Grüne",), genitive=False))
[('Grüne',), ('Grünen',)]
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable

from kg import german, resources
from kg.german import GERMAN_LETTERS
from kg.rules import declare


Tokenize = Callable[[str], list[str]]


_PLAIN = re.compile(r"^[^\W\d_]+( [^\W\d_]+)*$")


_PRIORITY = {"NONE": -1, "STATE": 0, "ORG": 1, "CAPITAL": 2, "PLACE": 3, "BODY": 4, "PER": 5}


STAGE = "gazetteer"
SPACED_NAME = declare("listed-name-spaced", STAGE, "a listed state's or place's name of two capitalised words joined by "
                      "a hyphen, written with a space instead, is that name, not its last word alone: „Saudi Arabien“, "
                      "„Bosnien Herzegowina“, „im Gaza Streifen“; not a name without the hyphen („Saudi-Arabien“)")
# letters of each part of a hyphenated name that is also written spaced („Saudi-Arabien“, not „US-Regierung“)
_MIN_SPACED_PART = 3


@dataclass(frozen=True)
class TitleForm:
    """A surface form of a title: the role it stands for and whether its holder is an Official."""

    role: str
    official: str   # yes | no | colleague


@dataclass(frozen=True)
class Entry:
    label: str
    key: str
    form: str = "name"
    rule: str = ""      # the rule that reads the phrase where not `listed-name` (`listed-name-spaced`)


_GENITIVES = tuple(sorted(german.GENITIVE_ENDINGS, key=len))      # -s, then -es


def _genitives(word: str) -> list[str]:
    """'Russland' → ['Russlands']; acronyms and words ending in a sibilant take no -s."""
    if not word[-1:].isalpha() or word.isupper() or word[-1] in german.SIBILANTS:
        return []
    long = [word + ending for ending in _GENITIVES]
    return long if word[-1] in german.ES_GENITIVE_CONSONANTS and len(word) > 3 else long[:1]


def _head_noun_genitives(word: str) -> list[str]:
    """The genitive of a common noun heading a name after its adjective: 'Haus' → ['Hauses'], 'Rat' →
    ['Rats', 'Rates'] („des Weißen Hauses“, „des Europäischen Rates“). Unlike a name, a common noun ending
    in a sibilant takes -es, and a short one -es too."""
    if not word[1:].islower() or not word[-1:].isalpha():
        return []
    if word[-1] in german.SIBILANTS:
        return [word + _GENITIVES[-1]]
    return [word + ending for ending in _GENITIVES] if word[-1] in german.ES_GENITIVE_CONSONANTS else []


# a name's first word that is in the genitive already or an adjective takes no -s: „Weißes Haus“, „Los Angeles“
_GENITIVE_OR_ADJECTIVE = tuple(german.ADJECTIVE_ENDINGS) + (german.SHORT_GENITIVE_ENDING,)


def _inflections(words: tuple[str, ...], agree: bool = False, genitive: bool = True) -> set[tuple[str, ...]]:
    """Declined variants of a multi-word name: 'Weißes Haus' → 'Weißen Hauses', 'Weiße Haus', …; with
    `agree`, also all its adjectives declined alike: 'Vereinigte Arabische Emirate' → 'Vereinigten Arabischen
    Emirate'; without `genitive`, no -s genitive (a noun made of an adjective: „der Grünen“, never „Grünes“)."""
    variants: set[tuple[str, ...]] = {words}
    stems: dict[int, str] = {}      # the name's adjectives by position
    if len(words) > 1:
        head = list(words[:-1])
        for i, w in enumerate(head):
            for end in german.ADJECTIVE_ENDINGS:      # the two-letter endings first, then "e"
                # a stem of four letters, or of three before „-e“: „Neue Demokratie“ → „Neuen Demokratie“
                if w[:1].isupper() and w.endswith(end) and len(w) > len(end) + (2 if end == "e" else 3):
                    stem = stems[i] = w[: -len(end)]
                    for other in german.ADJECTIVE_ENDINGS:
                        alt = list(words)
                        alt[i] = stem + other
                        variants.add(tuple(alt))
                    break
        if agree and len(stems) > 1:      # adjectives agree: „Vereinigte Arabische Emirate“ → „Vereinigten Arabischen Emirate“
            for other in german.ADJECTIVE_ENDINGS:
                variants.add(tuple(stems[i] + other if i in stems else w for i, w in enumerate(words)))
    if len(words) == 2 and words[1][:1].isupper() and not words[0].endswith(_GENITIVE_OR_ADJECTIVE):
        variants.update((g, words[1]) for g in _genitives(words[0]))     # „des Teams Stronach“: the head noun first
    for v in list(variants):
        for g in (_genitives(v[-1]) + (_head_noun_genitives(v[-1]) if stems else [])) if genitive else ():
            variants.add(v[:-1] + (g,))
        if v[-1][-1:] == "e" and not v[-1].isupper():
            variants.add(v[:-1] + (v[-1] + "n",))   # "Grüne" → "Grünen"
    return variants


def _umlaut_plurals(title: str, official: bool) -> list[str]:
    """The plural of a title whose head noun takes an umlaut: 'Landesrat' → ['Landesräte'], 'Erzbischof' →
    ['Erzbischöfe']; an office's 'Landeshauptmann' → ['Landeshauptleute'] (not 'Ehemann')."""
    heads = german.UMLAUT_PLURAL_HEADS + (german.OFFICE_PLURAL_HEADS if official else ())
    low = title.lower()
    return [title[: len(title) - len(end)] + (plural.capitalize() if len(end) == len(title) else plural)
            for end, plural in heads if low.endswith(end)]


def title_forms(record: resources.TitleRecord) -> dict[str, TitleForm]:
    """Inflected surface forms of one title.

    >>> sorted(title_forms(resources.TitleRecord("Präsident", "Präsidentin", "weak", "yes")))
    ['Präsident', 'Präsidenten', 'Präsidentin', 'Präsidentinnen']
    """
    t, fem, kind = record.title, record.feminine, record.declension
    out: dict[str, TitleForm] = {}
    masc = TitleForm(t, record.official)
    if kind == "adjective":  # "Abgeordneter": der Abgeordnete, des Abgeordneten
        stem = t[:-1] if t.endswith("r") else t
        for form in (stem + "r", stem, stem + "n", stem + "m"):
            out[form] = masc
    elif kind == "weak":
        out[t] = masc
        out[t + ("n" if t.endswith("e") else "en")] = masc
    else:
        out[t] = masc
        out[t + "s"] = masc
        if t.endswith(german.UNSTRESSED_NOUN_ENDINGS):
            out[t + "n"] = masc
        else:
            out[t + "e"] = masc
            out[t + "en"] = masc
        for plural in _umlaut_plurals(t, record.official == "yes"):     # a strong noun's umlaut: „Landesräte“
            out[plural] = out[plural + german.DATIVE_PLURAL_LINK] = masc
    if fem:
        out.setdefault(fem, TitleForm(fem, record.official))
        if fem.endswith(german.FEMININE_ENDING):
            out.setdefault(fem + german.FEMININE_PLURAL_LINK, TitleForm(fem, record.official))
    return out


class PhraseTable:
    """Listed names by their token tuple, with their declined variants."""

    def __init__(self, tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        self.phrases: dict[tuple[str, ...], Entry] = {}

    def add(self, names: Iterable[str], entry: Entry, inflect: bool = True, agree: bool = False,
            adjective_nouns: frozenset[str] = frozenset()) -> None:
        """Each name and (with `inflect`) its declined forms (with `agree`, also with all its adjectives
        declined alike; of `adjective_nouns`, no -s genitive); a form already taken keeps its entry unless this
        one's label ranks first and the form is the name itself."""
        for name in names:
            # plain words split on spaces as the tokenizer would; the rest go through it
            words = tuple(name.split()) if _PLAIN.match(name) else tuple(self.tokenize(name))
            if not words:
                continue
            for v in (_inflections(words, agree, name not in adjective_nouns) if inflect else {words}):
                form = entry.form if v == words else ("genitive" if entry.form == "name" else entry.form)
                old = self.phrases.get(v)
                if old is None or (_PRIORITY[entry.label] < _PRIORITY[old.label] and v == words):
                    self.phrases[v] = Entry(entry.label, entry.key, form, entry.rule)

    def add_spaced(self, names: Iterable[str], entry: Entry) -> None:
        """Each hyphenated name of capitalised parts also as the press misspells it, spaced („Saudi Arabien“), with
        its declined forms, where no listed phrase has those words; read by `listed-name-spaced`."""
        spaced = [" ".join(parts) for parts in (n.split("-") for n in names)
                  if len(parts) > 1 and all(len(p) >= _MIN_SPACED_PART and p[:1].isupper() and p[1:].islower()
                                            and p.isalpha() for p in parts)]
        self.add([n for n in spaced if tuple(n.split()) not in self.phrases],
                 Entry(entry.label, entry.key, entry.form, SPACED_NAME), agree=True)


def add_states(table: PhraseTable) -> dict[str, str]:
    """States by name, alias and demonym; returns the state adjectives' stems (stem → ISO code)."""
    adjectives: dict[str, str] = {}
    for s in resources.load_states():
        table.add((s.name, *s.aliases), Entry("STATE", s.iso2), agree=True)     # „der Vereinigten Arabischen Emirate“
        table.add_spaced((s.name, *s.aliases), Entry("STATE", s.iso2))
        for d in s.demonyms:
            table.add((d, d + "n") if not d.endswith(("n", "s")) else (d,), Entry("STATE", s.iso2, "demonym"),
                      inflect=False)
        for adj in s.adjectives:
            adjectives[adj.casefold()] = s.iso2
    return adjectives


def add_named(table: PhraseTable) -> None:
    """Organisations, capitals, places and government bodies, in this order (an earlier label keeps a form)."""
    classes = resources.load_name_classes()
    people = frozenset(resources.load_first_names()) | {w for w, c in classes.items() if c in ("FIRST", "SURNAME")}
    common = resources.common_nouns()
    # a party named by a noun made of an adjective: „Grünes“, „Linkes“ are the adjective („kein Grünes Licht“)
    adjective_nouns = resources.load_word_list("party_adjective_names.tsv")
    for o in resources.load_organizations():
        table.add((o.name, *o.aliases), Entry("ORG", o.name), adjective_nouns=adjective_nouns)
        table.add(_acronym_words(o, common, people), Entry("ORG", o.name), inflect=False)
    for s in resources.load_states():
        if s.capitals:
            for c in s.capitals:
                table.add((c,), Entry("CAPITAL", s.iso2))
    for p in resources.load_places():
        table.add((p.name, *p.aliases), Entry("PLACE", p.name))
        table.add_spaced((p.name, *p.aliases), Entry("PLACE", p.name))
    for b in resources.load_government_bodies():
        table.add((b.name, *b.aliases), Entry("BODY", b.name), inflect=" " in b.name)


def _acronym_words(o: resources.OrgRecord, common: frozenset[str], people: frozenset[str]) -> tuple[str, ...]:
    """An acronym of four letters or more as the press also writes it, as a word: „Osze“, „Unhcr“, „Oecd“
    beside „OSZE“; not where that word is a German noun or a person's name („Olaf“, „Irena“, „Pace“)."""
    forms = (o.name, *o.aliases)
    words = (f.capitalize() for f in forms if len(f) >= 4 and f.isalpha() and f.isupper())
    return tuple(w for w in words if w not in forms and w not in common and w not in people)


def unaccented(name: str) -> str:
    """The name as the German press often prints a foreign one, without its accents (umlauts stay).

    >>> unaccented("Cristina Fernández de Kirchner"), unaccented("Recep Tayyip Erdoğan"), unaccented("Jürgen")
    ('Cristina Fernandez de Kirchner', 'Recep Tayyip Erdogan', 'Jürgen')
    """
    if name.isascii():
        return name
    return "".join(c if c in GERMAN_LETTERS else "".join(
        d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)) for c in name)


def add_people(table: PhraseTable) -> None:
    """Known people by name (and surname alone where listed so), with the genitive of the last word;
    an accented name also without its accents („Fernández“ printed „Fernandez“)."""
    for person in resources.load_people():
        names = [person.name] + [a for a in person.aliases if " " in a or person.surname_alone]
        names += [bare for bare in map(unaccented, names) if bare not in names]
        table.add(names, Entry("PER", person.name, "known"), inflect=False)
        for n in names:
            words = tuple(table.tokenize(n))
            for g in _genitives(words[-1]):
                table.phrases.setdefault(words[:-1] + (g,), Entry("PER", person.name, "known"))
