"""Person names that no list holds, recognised by the form German gives them.

Runs after the name rules of `kg.nlp.names` on the tokens they left uncovered:

- a first name by its corpus word class before a surname („Hannelore Brünnhild“);
- a regnal number after a name („Ludwig XIV.“, „Johannes Paul II.“);
- initials before a surname („J. R. R. Tolkien“, „M. Stankovic“);
- the form of address „Herr“ / „Frau“ („Frau Kowalski“);
- another first name before a listed surname: another person („Jens-Holger Kirchner“ is
  not the listed Cristina Kirchner), and the lone surname later in the text is that person;
- a lone surname after an age („der 20-jährige Schaub“) or coordinated with a person's name
  („Brenner, Van der Lind und Wendl“);
- a lone first name of the word class, or a listed one beside a verb of saying („…, sagt Aysha“).

The rules of one word are in `persons_by_form`, those that read the names beside other rules' hits in
`persons_beside_names`, lone names in a list in `person_lists`; here are the order they run in, a lone name
after an age or before an apposition, and a genitive.

>>> from kg.nlp import build_nlp
>>> doc = build_nlp()("Ein Brief von Frau Kowalski an Papst Benedikt XVI. kam an.")
>>> [(h.text, h.form) for h in doc._.geokg_hits if h.label == "PER"]
[('Kowalski', 'address'), ('Benedikt XVI.', 'regnal')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from kg import german
from kg.nlp.hits import Hit, cover, person_words
from kg.nlp.names import AGE_ENDINGS, INITIAL
from kg.nlp.person_lists import coordinated
from kg.nlp.listed_name_words import listed_name_words
from kg.nlp.persons_beside_names import (first_name_places, genitive_pairs, other_first_names, regnal_numbers,
                                         surname_pairs, title_name_places)
from kg.nlp.persons_by_form import NAME_CLASSES, SENTENCE_OPENERS, STAGE, PersonSpans
from kg.nlp.tokens import capitalised
from kg.rules import declare

if TYPE_CHECKING:
    from kg.nlp.gazetteer import Gazetteer


APPOSITION = declare("person-apposition", STAGE, "a lone name word (unknown, or a surname by its class) opening "
                     "a sentence before a comma and an apposition headed by a title: „Kowalczyk, der Sprecher der "
                     "Polizei, sagte …“")

AGE = declare("person-age-lone", STAGE, "a lone surname after an age adjective: „der 20-jährige Schaub“")

GENITIVE = declare("person-genitive", STAGE, "a name's possessive genitive before a noun: „Brünnhilds "
                   "Rede“, a surname or first name by its word class plus -s")


def context_persons(gaz: "Gazetteer", text: str, words: Sequence[str], idx: Sequence[int],
                    hits: list[Hit], covered: list[bool]) -> list[Hit]:
    """The hits with the persons of these rules added (and listed surnames re-read as other people)."""
    span = PersonSpans(gaz, text, words, idx, cover(hits, covered))
    span.name_words = person_words(words, hits)
    span.title_ends = {h.tok_end for h in hits if h.label == "TITLE"}
    hits = other_first_names(span, listed_name_words(span, hits))
    hits = title_name_places(span, first_name_places(span, hits))
    hits = surname_pairs(span, genitive_pairs(span, hits))
    hits = regnal_numbers(span, hits)
    classes, first_names = gaz.name_classes, gaz.first_names
    for k in capitalised(words):
        if covered[k]:
            continue
        w = words[k]
        if w in german.ADDRESS_NOUNS:
            span.address(k)
        elif INITIAL.match(w):
            span.initials(k)
        elif k > 0 and words[k - 1].endswith(AGE_ENDINGS) and span.lone(k) \
                and (classes.get(w) == "SURNAME" or not (w.endswith(german.ER_SUFFIX) or gaz.compound_noun(w))):
            # "der 21-jährige Ghanaer", "der 69-jährige Industriemagnat": nouns
            span.add(k, k + 1, "age", AGE)
        elif w[-1:] == "s" and classes.get(w[:-1]) in NAME_CLASSES and span.genitive(k):
            span.add(k, k + 1, "genitive", GENITIVE)
        elif classes.get(w) == "FIRST" and w not in first_names:
            span.class_first(k)
            if not covered[k]:
                span.lone_first(k)
        elif w in first_names and (classes.get(w) == "FIRST"
                                   or _beside_speech_verb(words, k, gaz.speech_verbs)):
            span.lone_first(k)
    _appositions(span, {h.tok for h in hits if h.label == "TITLE"})
    coordinated(span, hits + span.found)
    return hits + span.found


def _beside_speech_verb(words: Sequence[str], k: int, verbs: frozenset[str]) -> bool:
    """„…, sagt Mohammed.“, „Aysha erzählt“: a verb of saying right before or after."""
    return (k > 0 and words[k - 1] in verbs) or (k + 1 < len(words) and words[k + 1] in verbs)


def _appositions(span: PersonSpans, title_starts: set[int]) -> None:
    """„Kowalczyk, der Sprecher der Polizei, sagte“: a lone name opening its sentence before an apposition
    headed by a title."""
    words = span.words
    for k in range(1, len(words) - 1):
        # the name opens its sentence: after an article, an adjective or a preposition it is a noun
        if words[k] != "," or not (k == 1 or words[k - 2] in SENTENCE_OPENERS) \
                or not _title_apposition(words, k + 1, title_starts):
            continue
        name = k - 1
        if span.free(name) and span.lone(name) and not span.gaz.compound_noun(words[name]):
            span.add(name, name + 1, "apposition", APPOSITION)


def _title_apposition(words: Sequence[str], j: int, title_starts: set[int]) -> bool:
    """Whether an apposition starts at j: a determiner, up to three lowercase words and a title."""
    if j < len(words) and words[j] in german.DETERMINERS:
        j += 1
    for _ in range(3):
        if j < len(words) and words[j].isalpha() and words[j].islower():
            j += 1
    return j in title_starts
