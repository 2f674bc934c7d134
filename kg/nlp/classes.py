"""Lone unknown names typed by their word class: "Kowalczyk sagte", "in Oberwölz", "die KPÖ".

A word no list holds and that is no German word may still be typed by the
contexts it occurs in across a large corpus: `kg/data/name_classes.tsv` gives
the Brown-cluster class of some 79,000 word forms (SURNAME, PLACE, ORG;
see `kg/data/tools/make_name_classes.py`). Here a lone word of a class becomes
a hit; in `names`, two unknown words that are both place or organisation words
make no person.

>>> lone_class_hits("Gestern sprach Kowalczyk in Oberwölz .".split(), {"Kowalczyk": "SURNAME",
...     "Oberwölz": "PLACE"}, lambda k: k in (2, 4))
[(2, 3, 'PER'), (4, 5, 'PLACE')]
"""
from __future__ import annotations

from itertools import compress, repeat
from typing import Callable, Sequence

from kg import german
from kg.rules import declare, fired

STAGE = "classes"
WORD_CLASS = declare("word-class", STAGE, "a lone unknown word typed by its corpus word class (surname, "
                     "place, organisation): „in Oberwölz“")
SURNAME_SUBJECT = declare("surname-opens-sentence", STAGE, "a surname that is also a word opening a sentence before a singular finite verb is a person, for a bare singular noun is no subject: „Müller studierte in Wien“, not „Fischer fangen Fische“")
CLASS_AFTER_ARTICLE = declare("class-word-after-article", STAGE, "guard: a place or surname that is also a "
                              "German word is no name after an article: „die Halle“, but „in Halle“; a surname "
                              "neither after a contracted article or an article and an adjective: „zum Renner "
                              "werden“, „einen tiefen Keil treiben“")
PLACE_AFTER_ADJECTIVE = declare("place-class-after-adjective", STAGE, "guard: a place by its word class that is "
                                "also a German noun is no name after an adjective and a determiner no neuter noun "
                                "takes, for a town's name is neuter: „die menschenleere Halle“, „zur großen Halle“; "
                                "but „das schöne Halle“, „im sonnigen Halle“, „die Route, die über Halle führt“")
SURNAME_NOUN_PHRASE = declare("surname-class-noun-phrase", STAGE, "guard: a word of the surnames' class that no "
                              "lexicon holds is no name after an article, or after an article and an adjective, for "
                              "a German name takes none: „der Hacker betonte“, „der schnittige Sager“, „durch den "
                              "Kordon“; not a relative pronoun after a comma: „…, die Spielberg drehte“")
SURNAME_COORDINATED_NOUN = declare("surname-class-coordinated-noun", STAGE, "guard: a word of the surnames' class "
                                   "joined by „und“, „oder“ or „sowie“ to a German common noun that is no name "
                                   "nor title nor in a name read is a common noun too, or a thing's name: „zogen Sturm und "
                                   "Hagel über das Tal“; but „der Landrat und Kowalczyk“, „Hanna Vogel und Kowalczyk“")
SURNAME_COUNTED = declare("surname-class-counted", STAGE, "guard: a word of the surnames' class right after a "
                          "cardinal number that is no year is a plural noun counted, no person: „rund 3500 Schlepper "
                          "warteten“, „für 120.000 Schlepper“; but „wurde 1998 Kowalczyk Leiter“")
SURNAME_EMPLOYER = declare("surname-class-employer", STAGE, "guard: a lone word of the surnames' class after "
                            "„bei“ that follows a job title is the employer, a firm, no person (the learned "
                            "tagger's one-word person there becomes an organisation): „arbeitet als Filialleiter "
                            "bei Brodowski“; but „suchte Rat bei Brodowski“")

COMPANY_CLASS = declare("company-class-word", STAGE, "a lone word of the firms' word class (COMPANY in "
                        "name_classes.tsv: „Siemens“, „Vodafone“) inside a sentence is a company, not after an "
                        "article, a determiner or an adjective, nor beside another capitalised word: „Der Vorstand "
                        "von Zentrix lehnte das ab“; not „der neue Zentrix“, „Zentrix Mobil“, „Zentrix hat …“ "
                        "opening a sentence")

COMPANY_OPENS = declare("company-class-opens-sentence", STAGE, "a lone word of the firms' word class opening a "
                        "sentence before a singular finite verb (an auxiliary, a modal, a past in „-te“, a present in "
                        "„-t“) is a company, the verb's subject: „Zentrix verlegt ihren Sitz nach Graz“; not „Zentrix "
                        "ist eine Serie …“ (a show's title), „Zentrix Mobil wächst“")

COMPANY_LISTED_UNREAD = declare("company-class-listed-unread", STAGE, "guard: a firm by its word class listed "
                                "beside a capitalised word no rule reads, and no firm by its class, where a plural "
                                "apposition after the list names things, no firms, is a product or service listed: "
                                "„eingestellt wurden Zorbex, Lumo und Saturn, drei alte Dienste“; but „Apple und "
                                "Google“, „Netflix, Hulu oder Amazon“ with no apposition, and „…, zwei große "
                                "Konzerne“")

COMPANY_GENITIVE = declare("company-class-genitive", STAGE, "the -s genitive of a word of the firms' word class "
                           "before a noun, or before one or two words in lower case whose last is an adjective and "
                           "a noun, is that company: „Vodafones Netz“, „Vodafones neue Tarife“, „Vodafones derzeit "
                           "größtes eFone“; not before a verb or a comma („dass Zorbos schlief“)")

COMPANY_COMPOUND_HEAD = declare("company-class-compound", STAGE, "a word of the firms' word class before the "
                                "hyphen of a noun of a firm's services, accounts, staff or business "
                                "(company_class_heads.tsv) is that company: „bei einer Zentrix-Suche“, „durch "
                                "Zentrix-Werbung“, „der Zentrix-Umsatz“; not before a noun a game's, a show's, a "
                                "product's or a weapon's title heads („Zorbex-Spiel“, „Zorbex-Marschflugkörper“)")

PLACE_AFTER_NOUN = declare("place-class-after-noun", STAGE, "a place by its word class right after a German "
                           "noun that heads no organisation's name: „am Standort Koblenz“, „im Nachbarort Gattendorf“ "
                           "(not „das Amtsgericht Wismar“)")
PLACE_COMPOUND = declare("place-class-compound", STAGE, "a place by its word class that also reads as a compound of "
                         "German words, which no other class has: „Friedrichshafen“, „Deutschlandsberg“")

LOWERCASE_OPENS = declare("lowercase-word-opens-sentence", STAGE, "guard: a word class's name that is a German "
                          "adjective or adverb in lower case (lowercase_names.tsv) is no name as a sentence's "
                          "first word, which German capitalises anyway: „Lange hat es gedauert“, „Heuer sollen "
                          "mehr kommen“; but „Er sprach mit Lange“")

COLOUR_WORD = declare("colour-word", STAGE, "guard: a colour noun, alone or hyphenated with others, is a party, a "
                      "coalition or a card, no name by its word class: „in Rot und Schwarz verliebt“, „dass "
                      "Schwarz-Blau die beste Lösung wäre“, „Gelb-Rot: Garmasch“")

_LABELS = {"SURNAME": "PER", "PLACE": "PLACE", "ORG": "ORG", "COMPANY": "ORG"}
# what stands before a sentence's first word inside a line: a dateline's dash, an interview's colon
_OPENING_MARKS = frozenset({"–", ":"})


_YEARS = range(1000, 2100)      # a number in this range may be the year before a name: „wurde 1998 X Leiter“


def counted(words: Sequence[str], k: int) -> bool:
    """Whether word k follows a cardinal number that is no year, as a counted plural noun does; fires the guard.

    >>> counted(["rund", "3500", "Schlepper"], 2), counted(["1998", "Kowalczyk"], 1), counted(["(77.", "Kowalczyk"], 1)
    (True, False, False)
    """
    number = words[k - 1] if k else ""
    digits = number.replace(".", "")
    if digits.isdigit() and not number.endswith(".") and not (number.isdigit() and int(number) in _YEARS):
        fired(SURNAME_COUNTED)
        return True
    return False


def colours(word: str, colour_words: frozenset[str]) -> bool:
    """Whether the word is colour nouns only, hyphenated or not; fires the guard.

    >>> colours("Schwarz-Blau", frozenset({"Schwarz", "Blau"})), colours("Schwarzenegger", frozenset({"Schwarz"}))
    (True, False)
    """
    if all(part in colour_words for part in word.split("-")):
        fired(COLOUR_WORD)
        return True
    return False


def opening(words: Sequence[str], k: int, opens: frozenset[int]) -> bool:
    """Whether word k opens a sentence (or the text after a dateline or colon) before a word in lower
    case, as an adverb does before its verb („Lange hat“), not a name in a list („– Klein, Prödl“);
    fires the guard.

    >>> opening(["Wien", "–", "Lange", "wurde"], 2, frozenset({0})), opening(["–", "Klein", ","], 1, frozenset({0}))
    (True, False)
    """
    if k + 1 < len(words) and words[k + 1][:1].islower() and (k in opens or (k > 0 and words[k - 1] in _OPENING_MARKS)):
        fired(LOWERCASE_OPENS)
        return True
    return False


def lone_class_hits(words: Sequence[str], classes: dict[str, str],
                    unknown: Callable[[int], bool]) -> list[tuple[int, int, str]]:
    """(first token, end, label) of each unknown word whose class names an entity type.

    `unknown(k)`: word k is capitalised, no German word, no known name and not yet covered.
    """
    out: list[tuple[int, int, str]] = []
    for k in compress(range(len(words)), map(classes.__contains__, words)):    # in C: most words have none
        cls = classes[words[k]]
        if cls not in _LABELS or not unknown(k):
            continue
        out.append((k, k + 1, _LABELS[cls]))
    return out


_GENITIVE_GAP = 2       # lower-case words at most between a firm's genitive and its noun: „derzeit größtes“


def company_genitives(words: Sequence[str], classes: dict[str, str], free: Callable[[int], bool]) -> list[tuple[int, str]]:
    """(token, firm) of each -s genitive of a firm by its word class before its noun phrase (`company-class-genitive`);
    `free(k)`: no hit covers word k.

    >>> company_genitives("bei Vodafones neuen Tarifen und Vodafones ,".split(), {"Vodafone": "COMPANY"}, bool)
    [(1, 'Vodafone')]
    """
    out = []
    for k in compress(range(len(words) - 1), map(str.endswith, words, repeat("s"))):    # in C: most words end otherwise
        firm = words[k][:-1]
        if classes.get(firm) == "COMPANY" and free(k) and _before_noun(words, k + 1):
            out.append((k, firm))
    return out


def company_class_compounds(words: Sequence[str], classes: dict[str, str],
                            heads: frozenset[str]) -> list[tuple[int, str]]:
    """(token, firm) of each compound „Firm-Head“ whose first part is of the firms' word class and whose head is one
    of `heads` (`company-class-compound`).

    >>> company_class_compounds(["bei", "Zentrix-Suche", "und", "Zentrix-Spiel"], {"Zentrix": "COMPANY"},
    ...                         frozenset({"Suche"}))
    [(1, 'Zentrix')]
    """
    out = []
    for k in compress(range(len(words)), map(str.__contains__, words, repeat("-"))):    # in C: most words have none
        first, _, head = words[k].partition("-")
        if head in heads and classes.get(first) == "COMPANY":
            out.append((k, first))
    return out


def _before_noun(words: Sequence[str], k: int) -> bool:
    """A noun stands at k („Netz“, „eFone“), or after one or two words in lower case whose last is an adjective."""
    j = k
    while j < len(words) and j - k < _GENITIVE_GAP and words[j].isalpha() and words[j].islower():
        j += 1
    if j > k and not words[j - 1].endswith(german.ADJECTIVE_ENDINGS):
        return False
    return j < len(words) and words[j][:1].isalnum() and any(c.isupper() for c in words[j])
