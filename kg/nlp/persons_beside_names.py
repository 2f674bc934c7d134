"""Person names read beside the names other rules found: another first name before a listed surname is another
person („Jens-Holger Kirchner“ is not the listed Cristina Kirchner), a place's or organisation's one word after a
first name is a surname („Tilo Berlin“), a listed surname that is also a first name opens another name („Abbas
Araghchi“), a pair of unknown words whose one word is another person's is that person's name word alone („Wałęsas
Personalakt“, „sagte Katzian Mittwochfrüh“), and a regnal number joins the name before it („Ludwig XIV.“).

`persons_by_context.context_persons` runs these before the rules of one word.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg import german
from kg.nlp.hits import Hit, person_words
from kg.nlp.names import UNKNOWN_PAIR
from kg.nlp.persons_by_form import STAGE
from kg.nlp.tokens import capitalised
from kg.rules import declare, fired

if TYPE_CHECKING:
    from kg.nlp.persons_by_form import PersonSpans


REGNAL = declare("person-regnal-number", STAGE, "a Roman number after a name word is a regnal number and part "
                 "of the name: „Ludwig XIV.“, „Johannes Paul II.“")
REGNAL_LISTED = declare("regnal-number-listed", STAGE, "a regnal number after a listed person's alias that holds "
                        "a title names that listed person: „König Felipe VI.“ is Felipe VI., no „König Felipe VI.“")

OTHER_FIRST = declare("person-other-first-name", STAGE, "a listed surname after a first name that is not the "
                      "listed person's names another person: „Jens-Holger Kirchner“, and so does the lone "
                      "surname later in the text")
FIRST_NAMES_FIT = declare("person-first-names-fit-listed", STAGE, "first names right before a listed surname, "
                          "one of them the listed person's, name that person, in another spelling too: „Mohammed "
                          "Javad Sarif“ (listed as „Mohammed Jawad Sarif“) is one person, not „Mohammed Javad“ and "
                          "Sarif")
LISTED_AS_FIRST_NAME = declare("person-listed-as-first-name", STAGE, "a listed surname that is also a first name, "
                               "before a name word no list holds, is another person's first name: „Abbas Araghchi“ "
                               "is not Mahmud Abbas; „Abbas Netanjahu“ or „Kim Jong-un“ stay as listed")
FIRST_NAME_PLACE = declare("person-first-name-place", STAGE, "a place's or capital's one word right after a first "
                           "name no rule took, with no name word after it, is that person's surname: „Tilo Berlin“, "
                           "„Nick Ferguson“, „George Washington“; not after a place preposition („in Maria "
                           "Wien“), nor before another name word")
TITLE_NAME_PLACE = declare("person-title-name-place", STAGE, "after a title, a word no list holds and a place's or "
                           "capital's one word (also in the genitive) are a person's first name and surname, for a "
                           "title names a person: „der frühere Regierungschef Kostas Limnos“, „Ex-Finanzchef Dario "
                           "Lugano“; not before another name word, nor a German word before the place („Minister "
                           "Gestern Berlin“)")
FIRST_NAME_ORG = declare("person-first-name-org", STAGE, "a listed organisation's one word right after a first "
                         "name no rule took, with no name word after it, is that person's surname: „Thomas Linke“, "
                         "„Ernst Swoboda“; not after a place preposition, nor before another name word („Ernst "
                         "Linke Partei“)")
GENITIVE_PAIR = declare("pair-genitive-of-named", STAGE, "two unknown words read as a name whose first is a word "
                        "of another person's name of the text with a genitive -s are that person's genitive and what "
                        "the person owns, no name of two words: „Lech Wałęsa … Wałęsas Personalakt“; not where no "
                        "name of the text holds the word („Kebede Ayele“)")
SURNAME_PAIR = declare("pair-surname-of-named", STAGE, "two unknown words read as a name whose first is the last "
                       "word of another person's full name of the text (also another pair's), and no first name, are that "
                       "person's surname and a word after it, no name of two words: „Wolfgang Katzian … konnte Katzian "
                       "Mittwochfrüh nicht bestätigen“, „Jarek Wolanczyk … hatte Wolanczyk Trebnjak geschlagen“; not "
                       "where no full name ends in the word („Kebede Ayele“)")
PAIR_ROLE_COMPOUND = declare("pair-role-compound", STAGE, "guard: two unknown words read as a name whose first is a "
                             "hyphen compound ending in a German noun or a title, no part of it a first name, and whose "
                             "second no full name of the text ends in, are a role and a word, no person's name of two "
                             "words: „Das sieht Kino-Fan Ferdl anders“; not „Marie-Luise Kowalczyk“")
PAIR_GENITIVE_NOUN = declare("pair-genitive-noun", STAGE, "guard: two unknown words read as a name whose first is a "
                             "word the lexicon holds with a genitive -s, and no first name, are an owner and what it "
                             "owns, no person's name: „Am Sonntag fehlt Austrias Kowalczyk gesperrt“; not „Jonas Kowalczyk“")
NOUN_SURNAME_PAIR = declare("pair-noun-and-surname", STAGE, "two unknown words read as a name whose second is the last "
                            "word of another person's full name of the text, after a German noun or a hyphen compound, "
                            "are that noun and the person's surname, no name of two words: „Helmut Hofer … sagt IHS-Mann "
                            "Hofer“, „Thomas Havranek … die Forensiker Havranek“; not „Satya Nadella“ beside "
                            "„Microsoft-CEO Nadella“ (no noun)")
_ROMAN = re.compile(r"^(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_ROMAN_FIRST = frozenset("IVX")

# „in“, „nach“, „aus“, „nahe“, „im“: a place's name may start with a first name after them („in Maria Wien“)
_LOCATIVES = german.LOCATIVE_PREPOSITIONS | german.CONTRACTIONS
# the hits whose one word may be a surname after a first name: „Tilo Berlin“, „Ernst Swoboda“
_SURNAME_LABELS = frozenset({"PLACE", "CAPITAL", "ORG"})


def regnal_numbers(span: PersonSpans, hits: list[Hit]) -> list[Hit]:
    """„Ludwig XIV.“: a name word and a Roman number; a person hit before one takes it in."""
    words, n = span.words, len(span.words)
    ends = {h.tok_end: h for h in hits if h.label == "PER"}
    out = list(hits)
    for k in capitalised(words):        # a Roman number is capitalised
        w = words[k]
        if k == 0 or w[:1] not in _ROMAN_FIRST or not _ROMAN.match(w.removesuffix(".")) or not span.free(k) \
                or not words[k - 1][:1].isupper():
            continue
        stop = span.idx[k] + len(w)
        j = k + 1
        if j < n and words[j] == "." and span.idx[j] == stop:
            stop, j = stop + 1, j + 1      # the ordinal's dot belongs to the name
        before = ends.get(k)
        if before is not None:
            out[out.index(before)] = _with_regnal(span.hit(before.tok, j, "regnal", REGNAL, end=stop), before, w)
        elif span.free(k - 1) and (span.first_name(k - 1) or (k > 1 and span.gaz.title(words[k - 2]) is not None
                                                              and _bare_name_word(span, k - 1))):
            span.found.append(span.hit(k - 1, j, "regnal", REGNAL, end=stop))
            span.covered[k - 1] = True
        else:
            continue
        for t in range(k, j):
            span.covered[t] = True
        fired(REGNAL)
    return out


def _with_regnal(hit: Hit, before: Hit, number: str) -> Hit:
    """The hit a regnal number extends; a listed person's alias that holds a title („König Felipe“ of
    Felipe VI.) keeps the listed name as its key, where the number is the listed one's."""
    if before.form == "known" and before.key.endswith(" " + number.removesuffix(".") + "."):
        fired(REGNAL_LISTED)
        return replace(hit, key=before.key, form="known")
    return hit


def other_first_names(span: PersonSpans, hits: list[Hit]) -> list[Hit]:
    """„Jens-Holger Kirchner“ is not the listed Cristina Kirchner; nor is a later lone „Kirchner“."""
    words = span.words
    others: set[str] = set()
    out = []
    hits = _first_names_before_listed(span, hits, others)
    hits = [_listed_as_first_name(span, h) for h in hits]
    for h in hits:
        k = h.tok
        if h.label == "PER" and h.form == "known" and h.tok_end == k + 1 and k > 0 and span.free(k - 1) \
                and span.first_name(k - 1) and not _same_person(words[k - 1], h.key):
            out.append(span.hit(k - 1, k + 1, "first-name", OTHER_FIRST))
            span.covered[k - 1] = True
            others.add(words[k])
            fired(OTHER_FIRST)
        else:
            out.append(h)
    if not others:
        return out
    # the lone surname later in the text: that person, linked by `extract` to the full name
    return [span.hit(h.tok, h.tok_end, "surname", OTHER_FIRST) if h.label == "PER" and h.form == "known"
            and h.tok_end == h.tok + 1 and (h.text in others or h.text[:-1] in others) else h for h in out]


def first_name_places(span: PersonSpans, hits: list[Hit]) -> list[Hit]:
    """„Tilo Berlin“, „Nick Ferguson“, „Ernst Swoboda“: a place's or organisation's one word right after a free
    first name (not a place's prefix), with no name word after it and no place preposition before the first
    name, is the person's surname; the place's or organisation's hit gives way to the person's."""
    words, n = span.words, len(span.words)
    out = []
    for h in hits:
        k = h.tok
        if h.label in _SURNAME_LABELS and h.tok_end == k + 1 and k > 0 and span.free(k - 1) \
                and span.first_name(k - 1) and words[k - 1] not in span.gaz.place_prefixes \
                and span.idx[k] == span.idx[k - 1] + len(words[k - 1]) + 1 \
                and not (k + 1 < n and words[k + 1][:1].isupper()) \
                and not (k > 1 and words[k - 2].lower() in _LOCATIVES):
            rule = FIRST_NAME_ORG if h.label == "ORG" else FIRST_NAME_PLACE
            out.append(span.hit(k - 1, k + 1, "first-name", rule))
            span.covered[k - 1] = True
            fired(rule)
        else:
            out.append(h)
    return out


def title_name_places(span: PersonSpans, hits: list[Hit]) -> list[Hit]:
    """„Regierungschef Kostas Limnos“: after a title, a word no list holds (free, or read alone as the title's
    holder) and a place's one word with no name word after it are one person's name."""
    words, n = span.words, len(span.words)
    titled = {h.tok_end for h in hits if h.label == "TITLE"}
    holders = {h.tok_end: h for h in hits if h.label == "PER" and h.tok_end == h.tok + 1 and h.tok in titled}
    joined: dict[int, Hit] = {}
    for h in hits:
        k = h.tok
        if h.label in ("PLACE", "CAPITAL") and h.tok_end == k + 1 and k - 1 in titled \
                and (k in holders or span.free(k - 1)) and _bare_name_word(span, k - 1) \
                and span.idx[k] == span.idx[k - 1] + len(words[k - 1]) + 1 \
                and not (k + 1 < n and words[k + 1][:1].isupper()):
            joined[id(h)] = span.hit(k - 1, k + 1, "first-name", TITLE_NAME_PLACE)
            span.covered[k - 1] = True
            fired(TITLE_NAME_PLACE)
    if not joined:
        return hits
    gone = {id(holders[e]) for e in holders if any(j.tok_end == e + 1 for j in joined.values())}
    return [joined.get(id(h), h) for h in hits if id(h) not in gone]


def _bare_name_word(span: PersonSpans, k: int) -> bool:
    """A capitalised word of letters that no list holds and that is no German word or title:
    „Kostas“, also one ending like a noun („Antonis“)."""
    gaz, w = span.gaz, span.words[k]
    return w[:1].isupper() and w.isalpha() and w[1:].islower() and w not in gaz.common \
        and gaz.title(w) is None and gaz.name_classes.get(w) in (None, "SURNAME", "FIRST")


def genitive_pairs(span: PersonSpans, hits: list[Hit]) -> list[Hit]:
    """„Lech Wałęsa … Wałęsas Personalakt“: a pair of unknown words whose first is another person's name word
    plus a genitive -s is that person's genitive alone; the word after it is left to the other rules."""
    words = span.words
    pairs = {id(h) for h in hits if h.label == "PER" and h.rule == UNKNOWN_PAIR and h.tok_end == h.tok + 2
             and words[h.tok].endswith(german.SHORT_GENITIVE_ENDING)}
    if not pairs:
        return hits
    named = person_words(words, [h for h in hits if id(h) not in pairs])
    out = []
    for h in hits:
        if id(h) in pairs and words[h.tok][:-len(german.SHORT_GENITIVE_ENDING)] in named:
            out.append(span.hit(h.tok, h.tok + 1, "genitive", GENITIVE_PAIR))
            span.covered[h.tok + 1] = False
            fired(GENITIVE_PAIR)
        else:
            out.append(h)
    return out


def surname_pairs(span: PersonSpans, hits: list[Hit]) -> list[Hit]:
    """„Wolfgang Katzian … sagte Katzian Mittwochfrüh“: a pair of unknown words whose first is the last word of
    another person's full name, and no first name, is that person's surname alone; „Helmut Hofer … sagt IHS-Mann
    Hofer“: one whose second is, after a noun or a hyphen compound, too. The other word is left to the other rules."""
    words = span.words
    pairs = {id(h) for h in hits if h.label == "PER" and h.rule == UNKNOWN_PAIR and h.tok_end == h.tok + 2}
    if not pairs:
        return hits
    full = [h for h in hits if h.label == "PER" and h.tok_end - h.tok >= 2]
    named: dict[str, set[str]] = {}     # a full name's last word → the full names ending in it
    for h in full:
        named.setdefault(words[h.tok_end - 1], set()).add(h.text)
    out = []
    for h in hits:
        # another full name, also another pair's („Anna Kowalczyk … schlug Kowalczyk Nowak“), ends in the first word
        if id(h) in pairs and named.get(words[h.tok], set()) - {h.text} and not span.first_name(h.tok):
            out.append(span.hit(h.tok, h.tok + 1, "pair", SURNAME_PAIR))
            span.covered[h.tok + 1] = False
            fired(SURNAME_PAIR)
        elif id(h) in pairs and named[words[h.tok + 1]] - {h.text} and _noun_before_name(span, h.tok):
            out.append(span.hit(h.tok + 1, h.tok + 2, "pair", NOUN_SURNAME_PAIR))
            span.covered[h.tok] = False
            fired(NOUN_SURNAME_PAIR)
        elif id(h) in pairs and (guard := _owner_or_role(span, h.tok)) is not None:
            span.covered[h.tok] = span.covered[h.tok + 1] = False
            fired(guard)
        else:
            out.append(h)
    return out


def _owner_or_role(span: PersonSpans, k: int) -> str | None:
    """The guard by which the first word of an unknown pair is no name's: a hyphen compound naming a role
    („Kino-Fan“), a known word's genitive („Austrias“); None where neither is, or it is a first name."""
    w = span.words[k]
    if span.first_name(k):
        return None
    if span.gaz.role_compound(w):
        return PAIR_ROLE_COMPOUND
    return PAIR_GENITIVE_NOUN if span.gaz.genitive_of_word(w) else None


def _noun_before_name(span: PersonSpans, k: int) -> bool:
    """A word before a name that is none of it: a German noun or a hyphen compound („Forensiker“, „IHS-Mann“,
    „Microsoft-CEO“), no first name („Hans-Jörg“)."""
    w = span.words[k]
    return (w in span.gaz.common or "-" in w) and not span.first_name(k)


def _first_names_before_listed(span: PersonSpans, hits: list[Hit], others: set[str]) -> list[Hit]:
    """The hits with each name a first name started right before a listed lone surname („Hans Peter“ before
    „Kirchner“, „Mohammed Javad“ before „Sarif“) read as one name with it."""
    firsts = {h.tok_end: h for h in hits if h.label == "PER" and h.form == "first-name"}
    # only first names before it: „Erwin Pröll Mitterlehner angeschrien“ is a full name, then an object
    pairs = {id(h): firsts[h.tok] for h in hits if h.tok in firsts and h.label == "PER" and h.form == "known"
             and h.tok_end == h.tok + 1 and all(span.first_name(t) for t in range(firsts[h.tok].tok, h.tok))}
    if not pairs:
        return hits
    taken = {id(first) for first in pairs.values()}
    return [_with_first_names(span, pairs[id(h)], h, others) if id(h) in pairs else h
            for h in hits if id(h) not in taken]


def _listed_as_first_name(span: PersonSpans, h: Hit) -> Hit:
    """„Abbas Araghchi“: a listed lone surname that is also a first name, before a name word no list holds
    and that is none of the listed person's names, is that first name of another person."""
    k, words = h.tok, span.words
    if h.label != "PER" or h.form != "known" or h.tok_end != k + 1 or not span.first_name(k) \
            or not span.surname(k + 1) or words[k + 1] in span.gaz.common or _same_person(words[k + 1], h.key):
        return h
    span.covered[k + 1] = True
    fired(LISTED_AS_FIRST_NAME)
    return span.hit(k, k + 2, "first-name", LISTED_AS_FIRST_NAME)


def _with_first_names(span: PersonSpans, first: Hit, known: Hit, others: set[str]) -> Hit:
    """The first names and the listed surname as one name: the listed person's where one of the first
    names is the person's, else another person's (as `other_first_names` reads one first name)."""
    words = span.words
    if any(_same_person(words[t], known.key) for t in range(first.tok, known.tok)):
        fired(FIRST_NAMES_FIT)
        surface = span.text[first.start:known.end]
        return Hit(first.start, known.end, "PER", known.key, surface, first.tok, known.tok_end, "known", FIRST_NAMES_FIT)
    others.add(words[known.tok])
    fired(OTHER_FIRST)
    return span.hit(first.tok, known.tok_end, "first-name", OTHER_FIRST)


def _same_person(first: str, key: str) -> bool:
    """Whether a first name fits a listed person's name („Hans-Jörg“ and „Hans Jörg Schelling“)."""
    names = set(key.replace("-", " ").split())
    return any(part in names for part in first.split("-"))
