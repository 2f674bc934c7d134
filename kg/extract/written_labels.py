"""A listed organisation's label in an article that writes only its acronym: the acronym, not the listed name no
word of the text writes („Die EZB senkt den Zins.“ → EZB, not Europäische Zentralbank), and one listed by its acronym
in an article that writes only its name spelled out: that name („Internationaler Währungsfonds“); a listed place's in an
article that writes only another of its listed names: that name („Sankt Pölten“, not St. Pölten); a listed
person's in an article that writes no form of the listed name: the fullest form written („Präsident Talmondo“ →
Talmondo). Every key stays the listed name's, so a node is one across articles. The step
`label_as_written` runs after every entity is read (see `entities.STEPS`).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(e.key, e.name) for e in read("Die EZB senkt den Leitzins.").entities]
[('org:europaische-zentralbank', 'EZB')]
>>> [(e.key, e.name) for e in read("Die Europäische Zentralbank (EZB) senkt den Leitzins.").entities]
[('org:europaische-zentralbank', 'Europäische Zentralbank')]
"""
from __future__ import annotations

import unicodedata

from kg.extract.reading import Draft, ReadingState
from kg.extract.rules import declare
from kg.german import GENITIVE_ENDINGS

WRITTEN_ACRONYM = declare("org-label-written-acronym", "entities", "a listed organisation whose article writes "
                          "its listed acronym (a word of two to five letters with the name's initial: „EZB“, "
                          "„EuGH“, „Fed“) and no form of its listed name is labelled with that acronym, the name the "
                          "text gives it: „Die EZB senkt den Leitzins“ → EZB; not where a form of the name is written "
                          "(„der Europäischen Zentralbank (EZB)“), nor for a name that is itself short („NATO“, "
                          "„Nato“)")

WRITTEN_FULL_NAME = declare("org-label-written-full-name", "entities", "a listed organisation named by its "
                            "acronym whose article writes its listed name spelled out (words with the acronym's initial), "
                            "in any case, and never the acronym is labelled with that name in the nominative: „Der "
                            "Internationale Währungsfonds senkt die Prognose“ → Internationaler Währungsfonds, not IWF; "
                            "not where the acronym is written („Der Internationale Währungsfonds (IWF) …“)")

WRITTEN_PLACE_NAME = declare("place-label-written-name", "entities", "a listed place whose article writes one of "
                             "its other listed names and no form of its listed name is labelled with the name written: "
                             "„in Sankt Pölten“ → Sankt Pölten, not St. Pölten; „über den Brennerpass“ → Brennerpass; "
                             "not where the listed name is written too („St. Pölten, auch Sankt Pölten“)")

WRITTEN_PERSON_NAME = declare("person-label-written-name", "entities", "a listed person whose article writes "
                              "no form of the listed name is labelled with the fullest shorter form of it the article writes, "
                              "without a genitive „s“: „Präsident Talmondo … Talmondos Rede“ → Talmondo, not Rico "
                              "Talmondo; not where the listed name is written too („Rico Talmondo … Talmondo“), nor "
                              "where the whole name is written in another spelling („Baschir al-Hadran“), nor a "
                              "shorter form in another spelling („Hadran“ of al-Haddran)")

PERSON_TYPES = ("Person", "Official")
GENITIVE_PERSON_ENDINGS = ("s", "'")  # „Obamas“, „Sarkozy'“ … a surname in „s“ keeps it („Tsipras“)
ACRONYM_LENGTHS = range(2, 6)        # „KP“ … „EuGH“, „OeNB“
NAME_STEM_REST = 2                   # the letters a case ending may change at a name word's end („Europäische-n“)
NAME_STEM_MIN = 3


def label_as_written(st: ReadingState) -> None:
    """Label each listed organisation the text names only by its acronym with that acronym, each listed place
    the text names only by another of its listed names with that name, and each listed person by a name written."""
    written: dict[str, list[str]] = {}
    for m in st.mentions:
        written.setdefault(m.key, []).append(m.text)
    for d in st.drafts.values():
        texts = written.get(d.key)
        if not texts or any(_name_form(t, d.name) for t in texts):
            continue
        if d.type == "Organization" and d.name in st.orgs:
            names, rule = _organisation_names(st.orgs[d.name].aliases, d.name)
        elif d.type == "Place" and d.name in st.t.places:
            names = {a.casefold(): a for a in st.t.places[d.name].aliases}
            rule = WRITTEN_PLACE_NAME
        else:
            _person_label(st, d, texts)
            continue
        found = next((label for t in texts for key, label in names.items() if key in _folds(t) or _name_form(t, label)),
                     None)
        if found:
            _relabel(d, found, rule)


def _organisation_names(aliases: tuple[str, ...], name: str) -> tuple[dict[str, str], str]:
    """The listed names of an organisation that may label it when the text writes them alone, by their folded form,
    and the rule that reads them: a long name's acronyms, or an acronym's names spelled out in the nominative."""
    if len(name) >= ACRONYM_LENGTHS.stop:
        return {a.casefold(): a for a in aliases if _acronym_of(a, name)}, WRITTEN_ACRONYM
    spelled = [a for a in aliases if " " in a and _acronym_of(name, a)]
    nominative = [a for a in spelled if not any(b != a and len(b) < len(a) and _name_form(a, b) for b in spelled)]
    return {a.casefold(): a for a in nominative}, WRITTEN_FULL_NAME


def _person_label(st: ReadingState, d: Draft, texts: list[str]) -> None:
    """Label a listed person none of whose mentions writes the listed name with the fullest shorter form of it
    written. A spelling variant („Bashar“ of Baschar) is no label: one label serves every article of the person."""
    if d.type not in PERSON_TYPES or d.key not in {p.key for p in st.people.values() if p.known}:
        return
    listed = set(_folded(d.name).split())
    names = [_without_genitive(" ".join(t.split()), d.name) for t in texts]
    if any(len(set(_folded(n).split())) >= len(listed) for n in names):    # the whole name, in any spelling
        return
    names = [n for n in names if set(_folded(n).split()) < listed]        # no variant („Baschar“ of Bashar)
    if names:
        _relabel(d, max(names, key=lambda n: len(n.split())), WRITTEN_PERSON_NAME)   # the first of most words


def _without_genitive(text: str, name: str) -> str:
    """A person's mention without the genitive „s“ its listed surname does not end in: „Obamas“ → Obama."""
    last = name.split()[-1]
    if text.endswith(GENITIVE_PERSON_ENDINGS) and not last.endswith(GENITIVE_PERSON_ENDINGS):
        return text[:-1]
    return text


def _folded(text: str) -> str:
    """A name without case, diacritics, dashes or double spaces („Ban Ki-moon“ → „ban ki moon“)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("-", " ").split())


def _relabel(d: Draft, label: str, rule: str) -> None:
    """Make `label` the draft's name, keeping the listed name as an alias."""
    listed = d.name
    d.aliases = [a for a in d.aliases if a != label]
    d.name = label
    d.alias(listed)
    d.read_by(rule)


def _acronym_of(alias: str, name: str) -> bool:
    """Whether `alias` is a short word of letters with `name`'s initial: „EZB“ of Europäische Zentralbank."""
    return alias.isalpha() and len(alias) in ACRONYM_LENGTHS and any(c.isupper() for c in alias) \
        and alias[0].casefold() == name[0].casefold()


def _folds(text: str) -> list[str]:
    """A mention folded, and without a genitive ending: „EuGHs“ → „eughs“, „eugh“."""
    low = text.casefold()
    return [low, *(low[:-len(e)] for e in GENITIVE_ENDINGS if low.endswith(e))]


def _name_form(text: str, name: str) -> bool:
    """Whether a mention is `name` in some case: as many words, each beginning as the name's word does
    („Europäischen Zentralbank“ of Europäische Zentralbank)."""
    words, parts = text.casefold().split(), name.casefold().split()
    return len(words) == len(parts) and all(w.startswith(p[:max(NAME_STEM_MIN, len(p) - NAME_STEM_REST)])
                                            for w, p in zip(words, parts))
