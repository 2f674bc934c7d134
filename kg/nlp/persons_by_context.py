"""Person names that no list holds, recognised by the form German gives them.

Runs after the name rules of `kg.nlp.names` on the tokens they left uncovered:

- a first name by its corpus word class before a surname („Hannelore Brünnhild“);
- a regnal number after a name („Ludwig XIV.“, „Johannes Paul II.“);
- initials before a surname („J. R. R. Tolkien“, „M. Stankovic“);
- the form of address „Herr“ / „Frau“ („Frau Kowalski“);
- another first name before a listed surname: another person („Jens-Holger Kirchner“ is
  not the listed Cristina Kirchner), and the lone surname later in the text is that person;
- a lone surname after an age („der 20-jährige Schaub“) or coordinated with a person's name
  („Griss, Van der Bellen und Hundstorfer“);
- a lone first name of the word class, or a listed one beside a verb of saying („…, sagt Aysha“).

>>> from kg.nlp import build_nlp
>>> doc = build_nlp()("Ein Brief von Frau Kowalski an Papst Benedikt XVI. kam an.")
>>> [(h.text, h.form) for h in doc._.geokg_hits if h.label == "PER"]
[('Kowalski', 'address'), ('Benedikt XVI.', 'regnal')]
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from kg import german
from kg.german import LIST_SEPARATORS, NOUN_SUFFIXES
from kg.nlp.hits import Hit, cover, person_words
from kg.nlp.names import AGE_ENDINGS, INITIAL, NAME_END_NOUNS, NOT_NAMES, UNKNOWN_PAIR
from kg.rules import declare, fired

if TYPE_CHECKING:
    from kg.nlp.gazetteer import Gazetteer

STAGE = "person names"
CLASS_FIRST = declare("person-class-first-name", STAGE, "a word whose corpus word class is a first name's, "
                      "before a capitalised name word or a particle and a name: „Hannelore Brünnhild“, „Emile de "
                      "Antonio“")
FIRST_NAME_PREPOSITION = declare("first-name-preposition", STAGE, "guard: a first name that is also a "
                                 "preposition, opening a sentence before a German noun or compound of no name's word "
                                 "class, is that preposition, no name of the rules nor of the learned tagger: „Per "
                                 "Telefon sprach sie mit ihm“, „Per Infrarotsender“; not „Per Mertesacker sprach“ "
                                 "nor „Gestern sprach Per Kraft“")
WORD_SURNAME = declare("person-word-surname", STAGE, "after a first name by its word class a German word that "
                       "ends the name is the surname: „Bastian Kraft“, „Margot Rest“, not „bei Basile Themen“")
SHORTENED = declare("person-shortened-surname", STAGE, "a first name no list holds and an initial that ends "
                    "the name: the press shortens a suspect's surname („der festgenommene Fayçal C. wurde …“)")
APPOSITION = declare("person-apposition", STAGE, "a lone name word (unknown, or a surname by its class) opening "
                     "a sentence before a comma and an apposition headed by a title: „Kowalczyk, der Sprecher der "
                     "Polizei, sagte …“")
REGNAL = declare("person-regnal-number", STAGE, "a Roman number after a name word is a regnal number and part "
                 "of the name: „Ludwig XIV.“, „Johannes Paul II.“")
REGNAL_LISTED = declare("regnal-number-listed", STAGE, "a regnal number after a listed person's alias that holds "
                        "a title names that listed person: „König Felipe VI.“ is Felipe VI., no „König Felipe VI.“")
INITIALS = declare("person-initials", STAGE, "initials before a surname: „J. R. R. Tolkien“, „M. Stankovic“")
ADDRESS = declare("person-address", STAGE,
                  "the name after „Herr“, „Herrn“ or „Frau“: „Frau Kowalski“")
COORDINATED = declare("person-coordinated", STAGE, "a lone name word coordinated with a person's name is a "
                      "person too: „Griss, Van der Bellen und Hundstorfer“")
COORDINATED_PAIR = declare("person-coordinated-pair", STAGE, "two name words inside a list, between commas or "
                           "„und“, beside a person's name are a person too: „Susan Philipsz, Theaster Gates und Wael "
                           "Shawky“; not two German words („Meier, Rotes Kreuz“) nor words that open the list („das "
                           "Klavierduo Katia und Marielle Labèque“)")
COORDINATED_NOUN = declare("coordinated-after-article", STAGE, "guard: a word after an article, also one "
                           "contracted with a preposition, is a noun, no name coordinated with a person's: „der "
                           "Sprecher der Generalprokuratur, Martin Ulrich“, „eine andere der Slits, Viv "
                           "Albertine“, „der dritte im NSU-Trio, Uwe Mundlos“")
AGE = declare("person-age-lone", STAGE, "a lone surname after an age adjective: „der 20-jährige Schaub“")
LONE_FIRST = declare("person-lone-first-name", STAGE, "a lone word of the first-name class, listed or not (a "
                     "listed first name of another class, „Bashir“, only beside a verb of saying), not after an article, a title or a place preposition nor inside a noun phrase: "
                     "„Damals regierte Cnut“, „Für seinen Sohn malt Mohammed“, „…, sagt Aysha“")
GENITIVE = declare("person-genitive", STAGE, "a name's possessive genitive before a noun: „Brünnhilds "
                   "Rede“, a surname or first name by its word class plus -s")
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
FIRST_NAME_ORG = declare("person-first-name-org", STAGE, "a listed organisation's one word right after a first "
                         "name no rule took, with no name word after it, is that person's surname: „Thomas Linke“, "
                         "„Ernst Swoboda“; not after a place preposition, nor before another name word („Ernst "
                         "Linke Partei“)")

GENITIVE_PAIR = declare("pair-genitive-of-named", STAGE, "two unknown words read as a name whose first is a word "
                        "of another person's name of the text with a genitive -s are that person's genitive and what "
                        "the person owns, no name of two words: „Lech Wałęsa … Wałęsas Personalakt“; not where no "
                        "name of the text holds the word („Kebede Ayele“)")

SURNAME_PAIR = declare("pair-surname-of-named", STAGE, "two unknown words read as a name whose first is the last "
                       "word of another person's full name of the text, and no first name, are that person's surname "
                       "and a word after it, no name of two words: „Wolfgang Katzian … konnte Katzian Mittwochfrüh "
                       "nicht bestätigen“; not where no full name ends in the word („Kebede Ayele“)")

NOUN_SURNAME_PAIR = declare("pair-noun-and-surname", STAGE, "two unknown words read as a name whose second is the last "
                            "word of another person's full name of the text, after a German noun or a hyphen compound, "
                            "are that noun and the person's surname, no name of two words: „Helmut Hofer … sagt IHS-Mann "
                            "Hofer“, „Thomas Havranek … die Forensiker Havranek“; not „Satya Nadella“ beside "
                            "„Microsoft-CEO Nadella“ (no noun)")

_ROMAN = re.compile(r"^(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_ROMAN_FIRST = frozenset("IVX")
_NAME_CLASSES = frozenset({"SURNAME", "FIRST"})
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "„", "\"", "–"})
_PLACE_PREPOSITIONS = german.PLACE_PREPOSITIONS | german.CONTRACTIONS
_ARTICLE_LIKE = german.DETERMINERS | german.NEGATIVE_ARTICLES
# „der zwölfjährige Dimitri“: an age before a first name keeps it a person's
_AGE_ADJECTIVES = tuple(stem + end for stem in german.AGE_ADJECTIVE_STEMS for end in german.ADJECTIVE_ENDINGS)
# „in“, „nach“, „aus“, „nahe“, „im“: a place's name may start with a first name after them („in Maria Wien“)
_LOCATIVES = german.LOCATIVE_PREPOSITIONS | german.CONTRACTIONS
# the hits whose one word may be a surname after a first name: „Tilo Berlin“, „Ernst Swoboda“
_SURNAME_LABELS = frozenset({"PLACE", "CAPITAL", "ORG"})
_LIST_ENDS = LIST_SEPARATORS | {".", ";", ")", "(", "–", ":"}


def opening_preposition(gaz: "Gazetteer", words: Sequence[str], k: int) -> bool:
    """Word k, a first name that is also a preposition, opens a sentence before a German noun of no name's
    word class: the preposition („Per Telefon sprach sie …“); fires the guard."""
    if words[k].lower() in german.PREPOSITIONS and (not k or words[k - 1] in _SENTENCE_OPENERS) \
            and k + 1 < len(words) and (words[k + 1] in gaz.common or gaz.compound_noun(words[k + 1])) \
            and gaz.name_classes.get(words[k + 1]) not in _NAME_CLASSES:
        fired(FIRST_NAME_PREPOSITION)
        return True
    return False


def context_persons(gaz: "Gazetteer", text: str, words: Sequence[str], idx: Sequence[int],
                    hits: list[Hit], covered: list[bool]) -> list[Hit]:
    """The hits with the persons of these rules added (and listed surnames re-read as other people)."""
    span = _Spans(gaz, text, words, idx, cover(hits, covered))
    span.name_words = person_words(words, hits)
    span.title_ends = {h.tok_end for h in hits if h.label == "TITLE"}
    hits = _other_first_names(span, hits)
    hits = _first_name_places(span, hits)
    hits = _surname_pairs(span, _genitive_pairs(span, hits))
    hits = _regnal_numbers(span, hits)
    classes, first_names = gaz.name_classes, gaz.first_names
    for k, w in enumerate(words):
        if covered[k] or not w[:1].isupper():
            continue
        if w in german.ADDRESS_NOUNS:
            span.address(k)
        elif INITIAL.match(w):
            span.initials(k)
        elif k > 0 and words[k - 1].endswith(AGE_ENDINGS) and span.lone(k) \
                and (classes.get(w) == "SURNAME" or not (w.endswith(german.ER_SUFFIX) or gaz.compound_noun(w))):
            # "der 21-jährige Ghanaer", "der 69-jährige Industriemagnat": nouns
            span.add(k, k + 1, "age", AGE)
        elif w[-1:] == "s" and classes.get(w[:-1]) in _NAME_CLASSES and span.genitive(k):
            span.add(k, k + 1, "genitive", GENITIVE)
        elif classes.get(w) == "FIRST" and w not in first_names:
            span.class_first(k)
            if not covered[k]:
                span.lone_first(k)
        elif w in first_names and (classes.get(w) == "FIRST"
                                   or _beside_speech_verb(words, k, gaz.speech_verbs)):
            span.lone_first(k)
    _appositions(span, {h.tok for h in hits if h.label == "TITLE"})
    _coordinated(span, hits + span.found)
    return hits + span.found


class _Spans:
    """The tokens of one document and the person hits found so far."""

    def __init__(self, gaz: "Gazetteer", text: str, words: Sequence[str], idx: Sequence[int],
                 covered: list[bool]):
        self.gaz, self.text, self.words, self.idx, self.covered = gaz, text, words, idx, covered
        self.found: list[Hit] = []
        self.name_words: set[str] = set()     # the words of the text's person names
        self.title_ends: set[int] = set()

    def hit(self, i: int, j: int, form: str, rule: str, end: int | None = None) -> Hit:
        start, stop = self.idx[i], end if end is not None else self.idx[j - 1] + len(self.words[j - 1])
        surface = self.text[start:stop]
        return Hit(start, stop, "PER", " ".join(surface.split()), surface, i, j, form, rule)

    def add(self, i: int, j: int, form: str, rule: str) -> None:
        self.found.append(self.hit(i, j, form, rule))
        for k in range(i, j):
            self.covered[k] = True
        fired(rule)

    def free(self, k: int) -> bool:
        return 0 <= k < len(self.words) and not self.covered[k]

    def surname(self, k: int) -> bool:
        """A capitalised word that may be a surname: no function word, title, abstract noun or
        organisation head; a German word only if its corpus class is a name's."""
        if not self.free(k):
            return False
        gaz, w = self.gaz, self.words[k]
        if w in NOT_NAMES or not gaz.is_name_word(w) or gaz.title(w) is not None or w in NAME_END_NOUNS \
                or w.endswith(NOUN_SUFFIXES):
            return False
        return w not in gaz.common or gaz.name_classes.get(w) in ("SURNAME", "FIRST") or gaz.is_first_name(w)

    def word_surname(self, k: int) -> bool:
        """A German word as the surname after a first name by its class, where it ends the name: „Bastian
        Kraft“, „Margot Rest“; no plural („Basile Themen“) and not after a genitive („Eugens Gefährte“)."""
        gaz, words = self.gaz, self.words
        if not self.free(k) or k + 1 < len(words) and words[k + 1][:1].isupper():
            return False
        w, first = words[k], words[k - 1]
        if w in NOT_NAMES or not gaz.is_name_word(w) or gaz.title(w) is not None or w in NAME_END_NOUNS \
                or w.endswith(NOUN_SUFFIXES) or w.endswith("en"):
            return False
        if first.endswith("s") and gaz.name_classes.get(first[:-1]) == "FIRST":
            return False
        fired(WORD_SURNAME)
        return True

    def address(self, k: int) -> None:
        """„Frau Kowalski“, „Herrn Dr. Brandlhuber“: the name after the form of address."""
        j = k + 1
        while j < len(self.words) and self.words[j] in german.ACADEMIC_TITLES:
            j += 1
        if self.surname(j):
            self.add(j, max(j + 1, self.gaz._extend(self.words, self.covered, j, "credit")), "address", ADDRESS)

    def initials(self, k: int) -> None:
        """„J. R. R. Tolkien“: one or more initials, then a surname."""
        if k > 0 and (INITIAL.match(self.words[k - 1]) or self.words[k - 1][:1].isupper()):
            self.shortened(k)
            return      # inside a run, or after a first name ("Dwight D. Eisenhower": the name rules)
        j = k
        while j < len(self.words) and INITIAL.match(self.words[j]) and self.free(j):
            j += 1
        if j - k <= 3 and self.surname(j):
            self.add(k, j + 1, "initials", INITIALS)

    def shortened(self, k: int) -> None:
        """„der festgenommene Fayçal C. …“: a first name no list holds and the initial the press shortens
        a suspect's surname to, where the name ends."""
        gaz, words = self.gaz, self.words
        first = words[k - 1]
        if not self.free(k - 1) or (k + 1 < len(words) and words[k + 1][:1].isupper()) or first in NOT_NAMES \
                or not (gaz._unknown(words, self.covered, k - 1) or gaz.name_classes.get(first) == "FIRST"):
            return
        self.add(k - 1, k + 1, "initials", SHORTENED)

    def class_first(self, k: int) -> None:
        """„Hannelore Brünnhild“: a first name by its word class, then a surname."""
        gaz, words = self.gaz, self.words
        if gaz.title(words[k]) is not None or not gaz.is_name_word(words[k]):
            return
        if opening_preposition(gaz, words, k):
            return      # „Per Telefon“: the preposition before a noun
        j = gaz._extend(words, self.covered, k, "credit")
        particle = k + 1 < len(words) and words[k + 1] in german.NAME_PARTICLES and j > k + 2
        if not (self.surname(k + 1) or particle or self.word_surname(k + 1)
                or (k + 2 < len(words) and INITIAL.match(words[k + 1]) and self.surname(k + 2))):
            return      # a surname, a particle and a name („Emile de Antonio“), or an initial and a surname
        j = max(k + 2, j)
        if j < len(words) and words[j] in NAME_END_NOUNS:
            return      # "die Amadeu Antonio Stiftung": an organisation named after a person
        self.add(k, j, "first-name", CLASS_FIRST)

    def lone(self, k: int) -> bool:
        """A single surname standing alone: no name word after it, and unknown or of the surname class."""
        w = self.words[k]
        if not self.surname(k) or (k + 1 < len(self.words) and self.words[k + 1][:1].isupper()):
            return False
        return self.gaz._unknown(self.words, self.covered, k) or self.gaz.name_classes.get(w) == "SURNAME"

    def lone_first(self, k: int) -> None:
        """„Damals regierte Cnut“: a lone word of the first-name class, where no place stands."""
        words = self.words
        before = words[k - 1] if k else "."
        if k in self.title_ends or before.lower() in _ARTICLE_LIKE or before in _PLACE_PREPOSITIONS \
                or before[:1].isupper() or not self.surname(k) or words[k] in self.name_words:
            return      # a word of a longer name in the text ("Ban Ki Moon … Ban klagte"): `extract` links it
        if k + 1 < len(words) and words[k + 1][:1].isupper():
            return
        if (self._in_noun_phrase(k) and not before.endswith(_AGE_ADJECTIVES)) or before in _SENTENCE_OPENERS \
                or before.endswith("."):
            return      # „den ersten Oscar“; „Anders als …“ at a sentence's start
        self.add(k, k + 1, "first-name", LONE_FIRST)

    def genitive(self, k: int) -> bool:
        """„Brünnhilds Rede“: a name word plus -s, no word itself, before a noun it owns."""
        gaz, words = self.gaz, self.words
        w = words[k]
        if not self.free(k) or w in gaz.common or not gaz.is_name_word(w) or k + 1 >= len(words):
            return False
        nxt = words[k + 1]
        return nxt[:1].isupper() and (nxt in gaz.common or gaz.title(nxt) is not None) and nxt not in NOT_NAMES \
            and (k == 0 or words[k - 1] not in german.DETERMINERS)

    def _in_noun_phrase(self, k: int) -> bool:
        """„den lange erstrebten ersten Oscar“: a determiner and lowercase words before: a noun."""
        for b in range(k - 1, max(-1, k - 4), -1):
            w = self.words[b]
            if w.lower() in _ARTICLE_LIKE:    # „Die grüne Mark“, „keine Marie“ at a sentence's start too
                return True
            if not (w.isalpha() and w.islower()):
                return False
        return False

    def first_name(self, k: int) -> bool:
        w = self.words[k]
        return self.gaz.is_first_name(w) or (self.gaz.name_classes.get(w) == "FIRST" and self.gaz.is_name_word(w))


def _regnal_numbers(span: _Spans, hits: list[Hit]) -> list[Hit]:
    """„Ludwig XIV.“: a name word and a Roman number; a person hit before one takes it in."""
    words, n = span.words, len(span.words)
    ends = {h.tok_end: h for h in hits if h.label == "PER"}
    out = list(hits)
    for k in range(1, n):
        w = words[k]
        if w[:1] not in _ROMAN_FIRST or not _ROMAN.match(w.removesuffix(".")) or not span.free(k) \
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
                                                              and span.surname(k - 1))):
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


def _other_first_names(span: _Spans, hits: list[Hit]) -> list[Hit]:
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


def _first_name_places(span: _Spans, hits: list[Hit]) -> list[Hit]:
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


def _genitive_pairs(span: _Spans, hits: list[Hit]) -> list[Hit]:
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


def _surname_pairs(span: _Spans, hits: list[Hit]) -> list[Hit]:
    """„Wolfgang Katzian … sagte Katzian Mittwochfrüh“: a pair of unknown words whose first is the last word of
    another person's full name, and no first name, is that person's surname alone; „Helmut Hofer … sagt IHS-Mann
    Hofer“: one whose second is, after a noun or a hyphen compound, too. The other word is left to the other rules."""
    words = span.words
    pairs = {id(h) for h in hits if h.label == "PER" and h.rule == UNKNOWN_PAIR and h.tok_end == h.tok + 2}
    if not pairs:
        return hits
    full = [h for h in hits if h.label == "PER" and h.tok_end - h.tok >= 2]
    surnames = {words[h.tok_end - 1] for h in full if id(h) not in pairs}
    named: dict[str, set[str]] = {}     # a full name's last word → the full names ending in it
    for h in full:
        named.setdefault(words[h.tok_end - 1], set()).add(h.text)
    out = []
    for h in hits:
        if id(h) in pairs and words[h.tok] in surnames and not span.first_name(h.tok):
            out.append(span.hit(h.tok, h.tok + 1, "pair", SURNAME_PAIR))
            span.covered[h.tok + 1] = False
            fired(SURNAME_PAIR)
        elif id(h) in pairs and named[words[h.tok + 1]] - {h.text} and _noun_before_name(span, h.tok):
            out.append(span.hit(h.tok + 1, h.tok + 2, "pair", NOUN_SURNAME_PAIR))
            span.covered[h.tok] = False
            fired(NOUN_SURNAME_PAIR)
        else:
            out.append(h)
    return out


def _noun_before_name(span: _Spans, k: int) -> bool:
    """A word before a name that is none of it: a German noun or a hyphen compound („Forensiker“, „IHS-Mann“,
    „Microsoft-CEO“), no first name („Hans-Jörg“)."""
    w = span.words[k]
    return (w in span.gaz.common or "-" in w) and not span.first_name(k)


def _first_names_before_listed(span: _Spans, hits: list[Hit], others: set[str]) -> list[Hit]:
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


def _listed_as_first_name(span: _Spans, h: Hit) -> Hit:
    """„Abbas Araghchi“: a listed lone surname that is also a first name, before a name word no list holds
    and that is none of the listed person's names, is that first name of another person."""
    k, words = h.tok, span.words
    if h.label != "PER" or h.form != "known" or h.tok_end != k + 1 or not span.first_name(k) \
            or not span.surname(k + 1) or words[k + 1] in span.gaz.common or _same_person(words[k + 1], h.key):
        return h
    span.covered[k + 1] = True
    fired(LISTED_AS_FIRST_NAME)
    return span.hit(k, k + 2, "first-name", LISTED_AS_FIRST_NAME)


def _with_first_names(span: _Spans, first: Hit, known: Hit, others: set[str]) -> Hit:
    """The first names and the listed surname as one name: the listed person's where one of the first
    names is the person's, else another person's (as `_other_first_names` reads one first name)."""
    words = span.words
    if any(_same_person(words[t], known.key) for t in range(first.tok, known.tok)):
        fired(FIRST_NAMES_FIT)
        surface = span.text[first.start:known.end]
        return Hit(first.start, known.end, "PER", known.key, surface, first.tok, known.tok_end, "known", FIRST_NAMES_FIT)
    others.add(words[known.tok])
    fired(OTHER_FIRST)
    return span.hit(first.tok, known.tok_end, "first-name", OTHER_FIRST)


def _beside_speech_verb(words: Sequence[str], k: int, verbs: frozenset[str]) -> bool:
    """„…, sagt Mohammed.“, „Aysha erzählt“: a verb of saying right before or after."""
    return (k > 0 and words[k - 1] in verbs) or (k + 1 < len(words) and words[k + 1] in verbs)


def _same_person(first: str, key: str) -> bool:
    """Whether a first name fits a listed person's name („Hans-Jörg“ and „Hans Jörg Schelling“)."""
    names = set(key.replace("-", " ").split())
    return any(part in names for part in first.split("-"))


def _appositions(span: _Spans, title_starts: set[int]) -> None:
    """„Kowalczyk, der Sprecher der Polizei, sagte“: a lone name opening its sentence before an apposition
    headed by a title."""
    words = span.words
    for k in range(1, len(words) - 1):
        # the name opens its sentence: after an article, an adjective or a preposition it is a noun
        if words[k] != "," or not (k == 1 or words[k - 2] in _SENTENCE_OPENERS) \
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


def _coordinated_pair(span: _Spans, k: int, step: int) -> None:
    """Two name words on the other side of the list separator at k from a person's name, inside the list (a
    separator before them, a list's end after them): „Susan Philipsz, Theaster Gates und …“
    (`person-coordinated-pair`)."""
    words, n = span.words, len(span.words)
    first = k + 1 if step == 1 else k - 2
    end = first + 2
    if first < 1 or end >= n or words[end] not in _LIST_ENDS or words[first - 1] not in LIST_SEPARATORS \
            or not all(span.surname(x) for x in (first, first + 1)) \
            or all(words[x] in span.gaz.common for x in (first, first + 1)):
        return
    span.add(first, end, "coordinated", COORDINATED_PAIR)


def _coordinated(span: _Spans, hits: list[Hit]) -> None:
    """„Griss, Van der Bellen und Hundstorfer“: lone names in a list beside a person's name."""
    words, n = span.words, len(span.words)
    for h in [h for h in hits if h.label == "PER"]:
        for step, k in ((1, h.tok_end), (-1, h.tok - 1)):
            while 0 <= k < n and words[k] in LIST_SEPARATORS:
                name = k + step
                end = name + 1
                if not (0 <= name < n and (end >= n or words[end] in _LIST_ENDS)
                        and (name == 0 or not words[name - 1][:1].isupper()) and span.lone(name)):
                    _coordinated_pair(span, k, step)
                    break
                if name > 0 and (words[name - 1] in german.DETERMINERS or words[name - 1] in german.CONTRACTIONS):
                    fired(COORDINATED_NOUN)     # „der Sprecher der Generalprokuratur, Martin Ulrich“
                    break
                span.add(name, end, "coordinated", COORDINATED)
                k = name + step
