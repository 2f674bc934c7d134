"""Unknown names typed by their context: "in der Stadt Dalian", "in Tekoa", "die
Nachrichtenagentur TASR", "Befreiungstiger von Tamil Eelam (LTTE)".
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import Callable, Sequence

from kg import german, resources
from kg.german import (GENITIVE_ARTICLES, GERMAN_PLACE_PARTICLES, LOCATIVE_PREPOSITIONS, NAME_JOINERS,
                       PLACE_NAME_PARTICLES, QUOTE_MARKS, VICINITY_NOUNS)
from kg.nlp.hits import Hit, token_hit
from kg.nlp.names import ACRONYM, NameRules
from kg.nlp.orgheads import NAME_TAIL, ORG_ARABIC_ARTICLE
from kg.nlp.places_by_context import geo_heads, toponym_endings
from kg.nlp.tokens import positions
from kg.rules import declare, fired

# lower-case words inside a quoted name: die Partei „Bund für Umwelt und Naturschutz“, „Partei der Arbeit“
_QUOTED_NAME_JOINERS = NAME_JOINERS | GENITIVE_ARTICLES
# "von" only after a compass adverb or a vicinity noun: „südlich von Aleppo“, „in der Nähe von Tekoa“
_PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | german.PLAIN_FROM_PREPOSITIONS

# letters of a lexicon word read as a town after a preposition: shorter ones are abbreviations („in Pkw“)
_MIN_LEXICON_PLACE = 4
# where such a word is a town: „in Santiago“, „aus Santiago“; not „nach“, which also takes what one looks for
# („nach Chrome suchen“)
_LEXICON_PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS - german.AFTER_PREPOSITIONS

# all that may stand before a town: „in Seenot“, „zur Nuntiatur“, „durch Übersee“
PREPOSITIONS_OF_PLACE = german.PLACE_PREPOSITIONS | german.CONTRACTIONS | german.DIRECTION_PREPOSITIONS
# those that take no person either: „in Seenot“, „zur Nuntiatur“ (but „Kritik von Hacker“, „bei Bunge“)
LOCATIVES = german.LOCATIVE_PREPOSITIONS | german.CONTRACTIONS


# span(first token, end, label, key or None for the surface, form, rule): records a hit and covers its tokens
AddSpan = Callable[[int, int, str, "str | None", str, str], None]

STAGE = "context"
BRACKETED_ACRONYM = declare("bracketed-acronym", STAGE, "an unknown acronym in brackets after a name is an "
                            "organisation: „Befreiungstiger von Tamil Eelam (LTTE)“, „Victor Ponta (PSD)“")
PLACE_PREFIX = declare("place-prefix", STAGE, "a place prefix starts a place's name: „San Pedro Sula“, "
                       "„Santa Cruz de la Sierra“, „Bad Ischl“; not after a capitalised word („Imran Khan“)")
PREFIXED_ADJECTIVE = declare("place-prefix-town-adjective", STAGE, "guard: a place prefix and one word in „-er“ "
                             "before a German noun are a town's adjective, no place, whichever rule read them: „im "
                             "St. Wendlinger Landtag“, „der Bad Hollerer Gemeinderat“; not „in Sankt Wendling“, „in "
                             "Bad Holler“")


def drop_prefixed_town_adjectives(words: Sequence[str], hits: list[Hit], prefixes: frozenset[str],
                                  common: frozenset[str]) -> list[Hit]:
    """The hits but the places of a place prefix and one word in „-er“ before a capitalised German noun: the
    adjective of a town („St. Wendlinger Landtag“), not its name."""
    def adjective(h: Hit) -> bool:
        j = h.tok_end
        return (h.label == "PLACE" and j == h.tok + 2 and words[h.tok] in prefixes and words[j - 1].endswith(german.ER_SUFFIX)
                and j < len(words) and words[j][:1].isupper() and words[j] in common)
    dropped = [h for h in hits if adjective(h)]
    if not dropped:
        return hits
    fired(PREFIXED_ADJECTIVE)
    return [h for h in hits if not adjective(h)]
QUOTED_ORG = declare("quoted-org-name", STAGE, "a quoted name after an organisation noun: "
                     "„die Partei „Einiges Russland““, „des Freiwilligenbataillons „Tornado““")
CONTEXT_NOUN = declare("context-noun", STAGE, "up to three unknown words after a noun that types them: "
                       "„in der Stadt Dalian“, „die Nachrichtenagentur TASR“, „im Küstenort Tekoa“")
ARTICLED_PLACE = declare("place-foreign-article", STAGE, "after a preposition of place, a Romance article and a "
                         "capitalised word name a place: „in Le Bourget“, „bei La Défense“, „nach El Alto“")
CHANNEL_NUMBER = declare("context-noun-channel-number", STAGE, "after a medium's noun, a number of one to three "
                         "digits right after its name is part of that name: „der Sender Rustavi 2“, „der Fernsehsender "
                         "Kanal 5“; not before a capitalised word („der Sender NTW 20 Minuten lang“)")
DIGIT_NAME = declare("context-noun-digit-name", STAGE, "after a noun that types an organisation, a capitalised word "
                     "of letters and digits is its name (no German word has digits): „der Fernsehsender Polsat24“, "
                     "„die Rebellengruppe M23“")
PLACE_PREPOSITION = declare("place-preposition", STAGE, "one or two unknown words after a place preposition: "
                            "„in Tekoa“, „nach Dalian“, „südlich von Aleppo“")
LEXICON_PLACE = declare("place-lexicon-name-preposition", STAGE, "a word of four letters or more that the lexicon "
                        "holds but that is no German word (`lexicon_names.txt`), alone after „in“, „aus“ or „nahe“ "
                        "(not „nach“: „nach Chrome suchen“), is a town: „nach einem kurzen Halt in Santiago am Freitag“; not before a capitalised "
                        "word („in Nature Communications“) or a closing quote, nor after two capitalised words (a title: „Urban Change in Time“), not a genitive („aus Apples "
                        "Zulieferkette“)")
PLAIN_NOUN = declare("plain-noun-no-place", STAGE, "guard: a word the dictionary knows as a common noun and "
                     "under no entry as a place's name is no town after a place preposition: „in Seenot“, „aus "
                     "Kunstharz“, „in Notwehr“, „auf Arabisch“ (`plain_nouns.txt`, Wiktionary), also an Austrian one the "
                     "dictionary lacks: „geht ab Mai in Karenz“, „in Hinkunft“ (`regional_nouns.txt`); but „in Tekoa“")

COMPOUND_NO_PLACE = declare("place-preposition-compound-noun", STAGE, "guard: a word after a place preposition that "
                            "joins two German nouns and ends in no toponym's ending or geographic noun is a thing, no "
                            "town: „blieb in Verspätungszeit stecken“, „kam in Schubhaft“; but „in Feldkirchen“, „nach "
                            "Wolfsberg“")
HYPHEN_NOUN_NO_PLACE = declare("place-preposition-hyphen-noun", STAGE, "guard: a hyphen compound after a place "
                               "preposition whose last part is or ends in a German noun, whose first part is no "
                               "known place and which ends in no toponym's ending is a thing, no town: „der Nachschub kam "
                               "in Retro-Kost“, „Sticker in Zorbel-Bastelform“; but „aus Linz-Sandring“ (a town's quarter), „aus "
                               "Gramstetten-Oberbach“")


@lru_cache(maxsize=1)
def _place_endings() -> tuple[str, ...]:
    """The endings of place names (`toponym_endings.tsv`) and geographic nouns (`geo_heads.tsv`), in lower case."""
    return tuple({ending for ending, _ in toponym_endings()} | {head.lower() for head in geo_heads()})


class ContextRules(NameRules):
    """Mixed into `Gazetteer`; `context` maps nouns like "Stadt" to (PLACE, city)."""

    context: dict[str, tuple[str, str]]
    brand_words: frozenset[str]
    lexicon_names: frozenset[str]
    _head_memo: dict[str, tuple[str, str] | None]
    _trigger_memo: dict[str, bool]

    def _context(self, text: str, words: Sequence[str], idx: Sequence[int], covered: list[bool]) -> list[Hit]:
        """Unknown names that their context types: 'in der Stadt Dalian', 'in Tekoa',
        'die Nachrichtenagentur TASR', 'Befreiungstiger von Tamil Eelam (LTTE)'."""
        n = len(words)
        out: list[Hit] = []

        def span(i: int, j: int, label: str, key: str | None, form: str, rule: str) -> None:
            out.append(token_hit(text, words, idx, i, j, label, key or None, form, rule))
            fired(rule)
            for k in range(i, j):
                covered[k] = True

        self._bracketed_acronyms(words, covered, span)
        self._prefixed_places(words, covered, span)
        # the words that may type the name after them, found in C (most words type nothing)
        for i in compress(range(n - 1), map(self._trigger_memo.__getitem__, words)):
            w = words[i]
            if covered[i + 1]:      # read now: a span found at an earlier trigger covers words
                continue
            nxt = i + 1
            if words[nxt] in ("„", "\"", "»", "“") and nxt + 1 < n:
                nxt += 1
            label_kind = self._context_noun(w)
            if label_kind is not None and nxt > i + 1 and label_kind[0] == "ORG":
                self._quoted_org(words, covered, nxt, label_kind[1], span)
            elif label_kind is not None and not covered[nxt]:
                self._noun_typed(words, covered, nxt, label_kind, span)
            else:               # a context noun before a covered word may still be a preposition ("von")
                self._after_preposition(words, covered, i, span)
        return out

    def _bracketed_acronyms(self, words: Sequence[str], covered: list[bool], span: AddSpan) -> None:
        """'Befreiungstiger von Tamil Eelam (LTTE)', 'Victor Ponta (PSD)': an unknown acronym in
        brackets after a name is an organisation (after a person: the person's party)."""
        for i in range(1, len(words) - 2):
            a = words[i + 1]
            if words[i] == "(" and words[i + 2] == ")" and not covered[i + 1] and ACRONYM.match(a) \
                    and a not in self.common and words[i - 1][:1].isupper():
                span(i + 1, i + 2, "ORG", None, "context:acronym", BRACKETED_ACRONYM)

    def _context_noun(self, w: str) -> tuple[str, str] | None:
        """(label, kind) of a noun that types the name after it: 'Stadt', 'Schwarzmeerort', 'Bundesstaates'."""
        return self.context.get(w) or self._context_head(w) or next(      # "des Bundesstaates"
            (self.context[stem] for stem in german.genitive_stems(w) if stem in self.context), None)

    def _quoted_org(self, words: Sequence[str], covered: list[bool], nxt: int, kind: str, span: AddSpan) -> None:
        """A quoted name after an organisation noun: 'des Freiwilligenbataillons "Tornado"',
        'die Partei "Einiges Russland"'."""
        n = len(words)
        j = nxt
        while j < n and j - nxt < 5 and words[j] not in QUOTE_MARKS and not covered[j] \
                and (words[j][:1].isupper() or words[j] in _QUOTED_NAME_JOINERS):
            j += 1
        if j > nxt and j < n and words[j] in QUOTE_MARKS and words[nxt][:1].isupper():
            span(nxt, j, "ORG", None, f"context:{kind}", QUOTED_ORG)

    def _noun_typed(self, words: Sequence[str], covered: list[bool], nxt: int, label_kind: tuple[str, str],
                    span: AddSpan) -> None:
        """Up to three unknown words after a context noun: 'in der Stadt Dalian', 'die Nachrichtenagentur TASR'."""
        label, kind = label_kind
        ok = (lambda k: self._unknown(words, covered, k)) if label == "PLACE" else \
            (lambda k: not covered[k] and (self._unknown(words, covered, k) or
                                           (words[k].isupper() and len(words[k]) > 1 and words[k].isalpha())
                                           or _digit_name(words[k])))
        n = len(words)
        j = nxt
        while j < n and j - nxt < 3 and (ok(j) or j > nxt and label == "ORG" and self._brand_word(words, covered, j)):
            j += 1
        if j > nxt and kind == "media" and _channel_number(words, j):
            fired(CHANNEL_NUMBER)
            j += 1          # "der Sender Rustavi 2"
        if j > nxt and j < n and label == "ORG" and not covered[j] and german.ARABIC_ARTICLE.match(words[j]):
            fired(ORG_ARABIC_ARTICLE)
            j += 1          # "die Miliz Ahrar al-Sham"
        if j > nxt:
            span(nxt, j, label, None, f"context:{kind}", CONTEXT_NOUN)

    def _brand_word(self, words: Sequence[str], covered: list[bool], k: int) -> bool:
        """A foreign word or brand of the lexicon goes on an organisation's name: „F1 Racing“; so does an English
        noun that ends names („das Studio Platige Films“, `org-head-name-tail`)."""
        if covered[k]:
            return False
        if self.org_words.roles.get(words[k]) == "tail":
            fired(NAME_TAIL)
            return True
        return words[k] in self.brand_words or words[k] in self.lexicon_names

    def _after_preposition(self, words: Sequence[str], covered: list[bool], i: int, span: AddSpan) -> None:
        """'in Tekoa', 'nach Dalian', 'südlich von Aleppo': one or two unknown words after a
        place preposition."""
        n = len(words)
        w = words[i]
        if w in german.PLAIN_FROM_PREPOSITIONS and not (i > 0 and (words[i - 1].endswith(german.LICH_SUFFIX) or words[i - 1] in VICINITY_NOUNS)):
            return
        if w in _PLACE_PREPOSITIONS and words[i + 1] in german.PLACE_ARTICLES and i + 2 < n and not covered[i + 1] and not covered[i + 2] \
                and words[i + 2][:1].isupper() and words[i + 2].replace("-", "").isalpha():
            span(i + 1, i + 3, "PLACE", None, "context:place", ARTICLED_PLACE)     # "in Le Bourget"
            return
        known = self._unknown(words, covered, i + 1) or self._lone_first_name(words, covered, i + 1) \
            or self._place_word(words, covered, i + 1)
        lexicon = not known and self._lexicon_place(words, covered, i)
        if w in _PLACE_PREPOSITIONS and (known or lexicon):
            j = i + 2
            if j < n and self._unknown(words, covered, j):
                j += 1
            nxt_word = words[j] if j < n else ""
            if words[j - 1].endswith("s") or (nxt_word[:1].isupper() and nxt_word.isalpha()):
                return
            if j == i + 2 and self.plain_noun_after_preposition(words, i + 1, LOCATIVES):
                return
            if self._two_nouns(words[j - 1]) and not words[j - 1].lower().endswith(_place_endings()):
                fired(COMPOUND_NO_PLACE)
                covered[j - 1] = True   # „in Schubhaft“: a compound noun the dictionary lacks, no name of any kind
                return
            if j == i + 2 and self._hyphen_noun(words[i + 1]):
                fired(HYPHEN_NOUN_NO_PLACE)
                return
            span(i + 1, j, "PLACE", None, "context:place", LEXICON_PLACE if lexicon else PLACE_PREPOSITION)

    def _hyphen_noun(self, word: str) -> bool:
        """A hyphen compound whose last part is or ends in a German noun and whose first part is no place („Retro-Kost“,
        „Zorbel-Bastelform“), with no toponym's ending; not „Linz-Sandring“ (a town's quarter), „Gramstetten-Oberbach“."""
        first, _, last = word.partition("-")
        tail = word.rpartition("-")[2]
        return bool(last) and (tail in self.common or self._known_tail(tail)) and not self._known_place(first) \
            and not self._known_place(word) and not word.lower().endswith(_place_endings())

    def _known_place(self, word: str) -> bool:
        """A word the gazetteer lists, or a place by its corpus word class („München“, „Wien“)."""
        return (word,) in self.phrases or self.name_classes.get(word) == "PLACE"

    def plain_noun_after_preposition(self, words: Sequence[str], k: int,
                                     prepositions: frozenset[str] = PREPOSITIONS_OF_PLACE) -> bool:
        """Word k, after one of the `prepositions` of place, is a common noun and no place's name („in
        Seenot“, „in Karenz“); fires the guard."""
        if k > 0 and words[k - 1].lower() in prepositions and (
                words[k] in resources.plain_nouns() or words[k] in resources.regional_nouns()):
            fired(PLAIN_NOUN)
            return True
        return False

    def _lexicon_place(self, words: Sequence[str], covered: list[bool], i: int) -> bool:
        """After the preposition at i, a word the lexicon holds that is no German word, of four letters or more
        („in Santiago“; not „in Pkw“), alone: not before another unknown word or a closing quote, not after two
        capitalised words (a title: „Urban Change in Time“)."""
        k = i + 1
        w = words[k]
        if words[i] not in _LEXICON_PLACE_PREPOSITIONS or covered[k] or len(w) < _MIN_LEXICON_PLACE \
                or w not in self.lexicon_names or not self.is_name_word(w):
            return False
        return not (k + 1 < len(words) and (words[k + 1] in QUOTE_MARKS or self._unknown(words, covered, k + 1))) \
            and not _after_title_words(words, i)

    def _place_word(self, words: Sequence[str], covered: list[bool], k: int) -> bool:
        """A word that is a place by its corpus word class, even if also a common word ("in Halle")."""
        return not covered[k] and self.name_classes.get(words[k]) == "PLACE" and self.is_name_word(words[k])

    def _triggers(self, w: str) -> bool:
        """Whether a word may type the name after it (a context noun or a place preposition)."""
        return bool(w in self.context or w in _PLACE_PREPOSITIONS or w[:-1] in self.context
                    or w[:-2] in self.context or self._context_head(w))

    def _prefixed_places(self, words: Sequence[str], covered: list[bool],
                         span: AddSpan) -> None:
        """'San Pedro Sula', 'Santa Cruz de la Sierra', 'Bad Ischl': a place prefix starts a name.

        Not after a capitalised word, where the prefix is a surname ("Imran Khan").
        """
        n = len(words)
        for i in positions(words, self.place_prefixes):
            if covered[i] or i + 1 >= n or covered[i + 1] \
                    or not self.is_name_word(words[i + 1]) or (i > 0 and words[i - 1][:1].isupper()) \
                    or (words[i + 1] in self.common and words[i + 1] not in self.first_names):   # "Bad Bank"
                continue
            j = i + 2
            while j < n and j - i < 7 and not covered[j]:
                k = j
                while k < n and words[k] in PLACE_NAME_PARTICLES:
                    k += 1
                if k > j and k < n and self.is_name_word(words[k]) and not covered[k] \
                        and (words[k] not in self.common or self.name_classes.get(words[k]) == "PLACE"
                             or not GERMAN_PLACE_PARTICLES.intersection(words[j:k])):
                    j = k + 1       # "… de la Sierra": after particles the name goes on, not "am Montag"
                elif k == j and self.is_name_word(words[j]) and (words[j] not in self.common
                                                                 or words[j] in self.first_names):
                    j += 1
                else:
                    break
            span(i, j, "PLACE", None, "context:place", PLACE_PREFIX)

    def _context_head(self, word: str) -> tuple[str, str] | None:
        """'Schwarzmeerort', 'Provinzhauptstadt': a compound whose head is a place noun."""
        if len(word) < 8 or not word[:1].isupper():
            return None
        return self._head_memo[word]

    @staticmethod
    def _place_head(word: str) -> tuple[str, str] | None:
        """("PLACE", kind) of a compound ending in a place noun of `place_heads.tsv`.

        >>> ContextRules._place_head("Küstenprovinz"), ContextRules._place_head("Militärstützpunktes")
        (('PLACE', 'region'), ('PLACE', 'site'))
        """
        # the head alone is capitalised: "Küstenort" as well as "Schwarzmeerküstenort"
        low = word[0].lower() + word[1:]
        if not low.endswith(_place_head_forms()):
            return None         # most words: one test of all heads and their genitives at once
        for head, kind, genitives in _place_heads():
            if low.endswith(head) or low.endswith(genitives):
                return ("PLACE", kind)
        return None


def _after_title_words(words: Sequence[str], i: int) -> bool:
    """The preposition at i follows two capitalised words, as in a title of another language („Urban Change in
    Time“; a German noun has an article or adjective before it: „einem Aufenthalt in Santiago“).

    >>> _after_title_words("Urban Change in Time".split(), 2), _after_title_words("einem Aufenthalt in Santiago".split(), 2)
    (True, False)
    """
    return i >= 2 and words[i - 1][:1].isupper() and words[i - 2][:1].isupper()


def _channel_number(words: Sequence[str], j: int) -> bool:
    """Word j is a number of one to three digits that no capitalised word follows: the number of a channel's
    name („Rustavi 2“, „Kanal 5“), not a count („NTW 20 Minuten lang“).

    >>> _channel_number("der Sender Rustavi 2 meldete".split(), 3), _channel_number("Rustavi 20 Minuten".split(), 1)
    (True, False)
    """
    n = len(words)
    return j < n and words[j].isdigit() and len(words[j]) <= 3 and not (j + 1 < n and words[j + 1][:1].isupper())


def _digit_name(word: str) -> bool:
    """'Polsat24', 'M23', 'Puls4': a capitalised word of letters and digits, fired as its own rule.

    >>> _digit_name("Polsat24"), _digit_name("M23"), _digit_name("2015"), _digit_name("Covid-19")
    (True, True, False, False)
    """
    if not (word[:1].isupper() and word.isalnum() and any(c.isdigit() for c in word)):
        return False
    fired(DIGIT_NAME)
    return True


@lru_cache(maxsize=1)
def _place_heads() -> tuple[tuple[str, str, tuple[str, str]], ...]:
    """(head, kind, genitive endings) of `place_heads.tsv`, longest head first; a genitive
    ("des Militärstützpunktes") keeps its head."""
    rows = sorted(resources.rows("place_heads.tsv"), key=lambda r: -len(r["head"]))
    return tuple((r["head"], r["kind"], tuple(r["head"] + ending for ending in german.GENITIVE_ENDINGS)) for r in rows)


@lru_cache(maxsize=1)
def _place_head_forms() -> tuple[str, ...]:
    """All heads of `_place_heads` and their genitives."""
    return tuple(form for head, _, genitives in _place_heads() for form in (head, *genitives))
