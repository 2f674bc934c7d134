"""Person names that no list holds, read from a word by the form German gives them: a form of address („Frau
Kowalski“), initials before a surname („J. R. R. Tolkien“), a first name by its corpus word class before a surname
(„Hannelore Brünnhild“), a lone first name („Damals regierte Cnut“), a name's genitive before a noun („Brünnhilds
Rede“). `PersonSpans` holds one document's tokens and the person hits found so far, and these rules as its methods;
`persons_by_context.context_persons` runs them with the rules of `persons_beside_names` and `person_lists`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from kg import german, resources
from kg.german import NOUN_SUFFIXES
from kg.nlp.hits import Hit
from kg.nlp.names import INITIAL, NAME_END_NOUNS, NOT_NAMES
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
ROLE_CHAIN = declare("person-role-chain", STAGE, "guard: a hyphen compound of three parts or more whose last "
                    "is a German noun or a title is a role or a thing („French-Open-Siegerin“, „Grand-Slam-Turnier“), "
                    "no surname after a first name by its class: „bezwang Ilka Grand-Slam-Siegerin Jana Morf“; not "
                    "a double surname („Hannelore Brünnhild-Stolz“)")

INITIALS = declare("person-initials", STAGE, "initials before a surname: „J. R. R. Tolkien“, „M. Stankovic“")
ADDRESS = declare("person-address", STAGE,
                  "the name after „Herr“, „Herrn“ or „Frau“: „Frau Kowalski“")

LONE_FIRST = declare("person-lone-first-name", STAGE, "a lone word of the first-name class, listed or not (a "
                     "listed first name of another class, „Bashir“, only beside a verb of saying), not after an article, a title or a place preposition nor inside a noun phrase: "
                     "„Damals regierte Cnut“, „Für seinen Sohn malt Mohammed“, „…, sagt Aysha“")

FEAST_DAY = declare("first-name-feast-day", STAGE, "guard: a first name that names a feast day (`feast_days.tsv`: "
                    "Silvester, Nikolaus) right after a preposition of time is the day, no person: „zu Silvester "
                    "blieb es ruhig“, „seit Nikolaus liegt Schnee“; not after another word („sagte Silvester“), not "
                    "a full name („mit Nikolaus Muster“)")

NAME_CLASSES = frozenset({"SURNAME", "FIRST"})
# feast days named like a person: „Silvester“, „Nikolaus“
_FEAST_DAYS = resources.load_word_list("feast_days.tsv")
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "„", "\"", "–"})
_PLACE_PREPOSITIONS = german.PLACE_PREPOSITIONS | german.CONTRACTIONS
_ARTICLE_LIKE = german.DETERMINERS | german.NEGATIVE_ARTICLES
# „der zwölfjährige Dimitri“: an age before a first name keeps it a person's
_AGE_ADJECTIVES = tuple(stem + end for stem in german.AGE_ADJECTIVE_STEMS for end in german.ADJECTIVE_ENDINGS)


def opening_preposition(gaz: "Gazetteer", words: Sequence[str], k: int) -> bool:
    """Word k, a first name that is also a preposition, opens a sentence before a German noun of no name's
    word class: the preposition („Per Telefon sprach sie …“); fires the guard."""
    if words[k].lower() in german.PREPOSITIONS and (not k or words[k - 1] in SENTENCE_OPENERS) \
            and k + 1 < len(words) and (words[k + 1] in gaz.common or gaz.compound_noun(words[k + 1])) \
            and gaz.name_classes.get(words[k + 1]) not in NAME_CLASSES:
        fired(FIRST_NAME_PREPOSITION)
        return True
    return False


class PersonSpans:
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
        if words[k + 1].count("-") >= 2 and gaz.role_compound(words[k + 1]):
            fired(ROLE_CHAIN)
            return      # „Ilka Grand-Slam-Siegerin Jana Morf“: a role before the next name
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
        if words[k] in _FEAST_DAYS and before.lower() in german.FEAST_PREPOSITIONS:
            fired(FEAST_DAY)
            return      # „zu Silvester“: the day
        if (self._in_noun_phrase(k) and not before.endswith(_AGE_ADJECTIVES)) or before in SENTENCE_OPENERS \
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
