"""Last words on the person names of all rules: whose name it is, and in which form.

- „die Villa Kerry“: a building noun right before a name makes it the building's name, even
  where the name is a listed person's („Kerry“). The nouns are in `kg/data/building_nouns.tsv`.
- „der Zerstörer Donald Cook“: a noun of a ship, also as a compound's head („US-Lenkwaffenzerstörer“), right
  before a name makes it the ship's name (`kg/data/vessel_nouns.tsv`).
- „der Film Roter Mond“, „die Band Die Kalten Hände“, „der Thriller „Nordwand““: a noun of a work (film, novel,
  album, song, series, band; `kg/data/work_nouns.tsv`), also as a compound's head („Liebesdrama“), after a determiner
  or a lower-case word makes the capitalised words right after it the work's title: no person, place or state.
- „die Heinrich Böll Stiftung“, „das Robert Koch Institut“: a person's name right before a noun that ends the
  names of institutions (`name_end_nouns.tsv` that `org_name_words.tsv` holds as heads) is part of the
  institution's name, an organisation.
- „Bernd Lichtbergs Buch“, „die Werke Egon Schieles“: a full name in the possessive genitive
  names the person without the -s; the span keeps the whole word (it is the mention).

>>> from kg.nlp import build_nlp
>>> [(h.text, h.label) for h in build_nlp()("Die Villa Kerry steht leer.")._.geokg_hits]
[]
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from kg import resources
from kg.german import (ALL_QUOTE_MARKS, CONTRACTIONS, DETERMINERS, PERSON_NOUN_ENDINGS, S_FINAL_NAME_ENDINGS, SENTENCE_OPENERS,
                       SHORT_GENITIVE_ENDING)
from kg.nlp.hits import Hit, cover
from kg.nlp.names import NAME_END_NOUNS
from kg.nlp.tokens import capitalised
from kg.rules import declare, fired

STAGE = "person guards"
BUILDING_NAME = declare("building-name", STAGE, "guard: a name right after a building noun names the building, "
                        "no person: „die Villa Kerry“, „im Hotel Sacher“")
VESSEL_NAME = declare("vessel-name", STAGE, "guard: a name right after a noun of a ship, also a compound's head, "
                      "names the ship, no person: „der US-Zerstörer Donald Cook“, „der Flugzeugträger Harry "
                      "Truman“; not „der Kapitän Donald Cook“")
WORK_TITLE = declare("work-title-name", STAGE, "guard: the capitalised words right after a noun of a work (film, "
                     "novel, album, song, series, band; `work_nouns.tsv`, also a compound's head: „Liebesdrama“), "
                     "after a determiner or a lower-case word, are the work's title, no person, place or state: „der "
                     "Film Roter Mond“, „im neuen Roman „Paula Sommer““, „die Band Die Kalten Hände“; not a name in "
                     "the genitive („der Roman Hanna Beispiels“), not „Roman Beispiel“ (a first name), not after a "
                     "verb („im Film spielt Paula Sommer“)")
NAMED_INSTITUTION = declare("person-named-institution", STAGE, "a person's name right before a noun that ends an "
                            "institution's name is part of that name, an organisation, no person: „die Heinrich Böll "
                            "Stiftung“, „das Robert Koch Institut“; not a genitive owner: „Hans Meiers Bank“")
GENITIVE_NAME = declare("genitive-full-name", STAGE, "a full name in the possessive genitive, before or after the "
                        "noun it owns, or before a title, names the person without the -s: „Bernd Lichtbergs Buch“, „die "
                        "Werke Egon Schieles“, „Walter Meiers Anwalt Max Muster“; not where the article also writes it owning nothing: „Jimmy Morales gewann … "
                        "Jimmy Morales Wahlkampf“")

_BUILDINGS = resources.load_word_list("building_nouns.tsv")
# nouns of works whose title follows them: „der Film …“; those marked compound also as a compound's head („Liebesdrama“)
_WORKS = resources.load_word_list("work_nouns.tsv")
_WORK_HEADS = tuple(sorted((r["noun"].lower() for r in resources.rows("work_nouns.tsv") if r["compound"] == "yes"),
                           key=len, reverse=True))
_WORK_LABELS = ("PER", "PLACE", "CAPITAL")     # a state after „der Film“ is mostly the state („im Film Kanada die Schuld geben“)
_NOT_NAME_FORMS = ("adjective", "demonym", "prefix")     # „der Film deutscher Regisseure“ names the state
_TITLE_REACH = 3        # capitalised words (and an opening quotation mark) of a title before the name in it
_PHRASE_OPENERS = DETERMINERS | CONTRACTIONS
# nouns that end an institution's name after a person's: „Stiftung“, „Institut“, „Universität“
_INSTITUTIONS = NAME_END_NOUNS & {r["word"] for r in resources.rows("org_name_words.tsv") if r["role"] == "head"}
# compound heads of ship nouns, longest first: „US-Lenkwaffenzerstörer“ ends in „zerstörer“
_VESSELS = tuple(sorted((v.lower() for v in resources.load_word_list("vessel_nouns.tsv")), key=len, reverse=True))


def drop_building_names(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the person names that follow a building noun."""
    return _drop_persons_after(words, hits, _BUILDINGS.__contains__, BUILDING_NAME)


def _drop_persons_after(words: Sequence[str], hits: list[Hit], noun: Callable[[str], bool], rule: str) -> list[Hit]:
    """The hits without the person names right after a word `noun` accepts (each drop fires `rule`)."""
    out = []
    for h in hits:
        if h.label == "PER" and h.tok > 0 and noun(words[h.tok - 1]):
            fired(rule)
            continue
        out.append(h)
    return out


def named_institutions(text: str, words: Sequence[str], idx: Sequence[int], hits: list[Hit]) -> list[Hit]:
    """The hits with each person's name before an institution's noun made that institution's name."""
    ends = {h.tok_end for h in hits if h.label == "PER"}
    if not any(e < len(words) and words[e] in _INSTITUTIONS for e in ends):
        return hits
    taken = {h.tok for h in hits}
    out = []
    for h in hits:
        e = h.tok_end
        if h.label == "PER" and e < len(words) and words[e] in _INSTITUTIONS and e not in taken \
                and h.key == " ".join(h.text.split()) and not _owner(words, h):
            fired(NAMED_INSTITUTION)
            end = idx[e] + len(words[e])
            h = Hit(h.start, end, "ORG", " ".join(text[h.start:end].split()), text[h.start:end], h.tok, e + 1,
                    "form:head", NAMED_INSTITUTION)
        out.append(h)
    return out


def _owner(words: Sequence[str], h: Hit) -> bool:
    """A name in the genitive before the noun it owns („Hans Meiers Bank“), unless an article before it makes
    the noun after it the head of one phrase („der John Hopkins Universität“)."""
    last = words[h.tok_end - 1]
    genitive = last.endswith(SHORT_GENITIVE_ENDING) and not last.endswith(S_FINAL_NAME_ENDINGS)
    return genitive and not (h.tok > 0 and words[h.tok - 1].lower() in _PHRASE_OPENERS)


def drop_vessel_names(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the person names that follow a ship noun (after the learned tagger, which reads
    „US-Zerstörer Donald Cook“ as a person too)."""
    return _drop_persons_after(words, hits, _vessel, VESSEL_NAME)


def drop_work_titles(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the names inside a work's title right after its noun („der Film Roter Mond“), and the
    persons named as one such title elsewhere in the text („das Drama Paula … ein Preis für Paula“).

    >>> [h.text for h in drop_work_titles("Der Film Anna Beispiel".split(), [Hit(9, 22, "PER", "Anna Beispiel",
    ...                                                                          "Anna Beispiel", 2, 4)])]
    []
    """
    titles = _work_titles(words) if any(h.label in _WORK_LABELS for h in hits) else set()
    if not titles:
        return hits
    out = []
    for h in hits:
        if h.label in _WORK_LABELS and h.form not in _NOT_NAME_FORMS and h.tok > 1 and _in_title(words, h.tok) \
                and not (h.label == "PER" and h.key != h.text and h.text.endswith("s")) \
                or h.label == "PER" and tuple(words[h.tok:h.tok_end]) in titles:
            fired(WORK_TITLE)
            continue
        out.append(h)
    return out


def _work_titles(words: Sequence[str]) -> set[tuple[str, ...]]:
    """The capitalised words right after each noun of a work that a determiner or a lower-case word opens (an
    opening quotation mark before them skipped): („Roter“, „Mond“) of „der Film Roter Mond“."""
    titles = set()
    last = len(words) - 1
    for j in capitalised(words):
        if 0 < j < last and _work_noun(words[j]) and _work_opened(words[j - 1]):
            k = j + 1 + (words[j + 1] in ALL_QUOTE_MARKS)
            end = k
            while end < len(words) and end - k < _TITLE_REACH and words[end][:1].isupper():
                end += 1
            if end > k:
                titles.add(tuple(words[k:end]))
    return titles


def _work_opened(before: str) -> bool:
    """The word before a work's noun makes it a noun: a determiner, a contraction or a lower-case word („der
    Film“, „im Film“, „neuer Film“; not the first name „Roman“ at a sentence's start)."""
    return before.islower() or before.lower() in _PHRASE_OPENERS


def _in_title(words: Sequence[str], k: int) -> bool:
    """Token k stands among the first capitalised words (or an opening quotation mark) after a noun of a work,
    which follows a determiner or a lower-case word: „der Film Roter Mond“, „im Roman „Paula““."""
    j = k - 1
    while j > 0 and k - j <= _TITLE_REACH and not _work_noun(words[j]):
        if not (words[j][:1].isupper() or words[j] in ALL_QUOTE_MARKS):
            return False
        j -= 1
    return j >= 1 and _work_noun(words[j]) and _work_opened(words[j - 1])


def _work_noun(word: str) -> bool:
    """A noun of a work, or a compound ending in one marked so: „Film“, „Band“, „Liebesdrama“, „Science-Fiction-Thriller“."""
    return word in _WORKS or word[:1].isupper() and word.lower().endswith(_WORK_HEADS)


def _vessel(word: str) -> bool:
    """A capitalised noun of a ship, or a compound ending in one: „Fregatte“, „US-Lenkwaffenzerstörer“."""
    return word[:1].isupper() and word.lower().endswith(_VESSELS)


def genitive_names(words: Sequence[str], hits: list[Hit], noun: Callable[[str], bool]) -> list[Hit]:
    """The hits with each full name in the genitive keyed without its -s.

    `noun(w)`: w is a capitalised German noun and names no person (no title, no role).
    """
    # a compound that holds a name („im Brantel-Konzern Egon Schieles“) is still a noun that may be owned
    taken = cover([h for h in hits if h.form != "prefix"], [False] * len(words))
    titles = {h.tok for h in hits if h.label == "TITLE"}
    owning = {id(h) for h in hits if _genitive_form(words, h) and (h.tok_end in titles or _owns(words, h, taken, noun))}
    if not owning:
        return hits
    # a name also written where it owns nothing is that name, -s and all: „Jimmy Morales gewann“
    plain = {h.text for h in hits if h.label == "PER" and id(h) not in owning}
    out = []
    for h in hits:
        if id(h) in owning and h.text not in plain:
            fired(GENITIVE_NAME)
            h = replace(h, key=h.key[:-1])
        out.append(h)
    return out


def _genitive_form(words: Sequence[str], h: Hit) -> bool:
    """A full name whose last word may be a genitive: „Bernd Lichtbergs“, not „Markus Harris“."""
    last = words[h.tok_end - 1]
    return h.label == "PER" and h.form != "known" and h.tok_end - h.tok >= 2 and last.endswith("s") \
        and not last.endswith(S_FINAL_NAME_ENDINGS) and len(last) > 3


def _owns(words: Sequence[str], h: Hit, taken: list[bool], noun: Callable[[str], bool]) -> bool:
    """„Lichtbergs Buch“: a noun follows; „Werke Egon Schieles“: a noun, not a sentence's first word nor
    a person's („Schwägerin“, „Landsmann“), before."""
    after, before = h.tok_end, h.tok - 1
    if after < len(words) and not taken[after] and noun(words[after]) and words[after] not in NAME_END_NOUNS:
        return True
    return before > 0 and not taken[before] and noun(words[before]) and words[before - 1] not in SENTENCE_OPENERS \
        and not words[before].endswith(PERSON_NOUN_ENDINGS)   # „Schwägerin Mathilde Lukacs“: an apposition
