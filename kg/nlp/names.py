"""Person-name rules: which capitalised words start a name, and where a name ends.

A name starts at a first name ("Olaf"), after a title ("Kanzler Scholz"), in a
photo credit, after an age ("der 45-jährige Ali Demir", "John Kibanga (29)"), or
as two capitalised words that are neither German nouns nor known names ("pair").

>>> NameRules.is_name_word(NameRules, "Scholz"), NameRules.is_name_word(NameRules, "SPD")
(True, False)
"""
from __future__ import annotations

import re
from typing import Sequence

from kg import german, resources
from kg.german import (ARTICLED_PARTICLES, CAPITALISED_FUNCTION_WORDS, MASCULINE_ARTICLES, NAME_PARTICLES,
                       NOUN_COMPLEMENT_OPENERS)
from kg.nlp.hits import Hit, token_hit
from kg.nlp.tokens import capitalised, word_index
from kg.rules import declare, fired

# an acronym that may stand for a name in brackets after it: „(LTTE)“, „(PSD)“
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ\-]{1,6}$")
# an initial inside a person's name: „John F. Kennedy“
INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
_AGE = re.compile(r"^[1-9][0-9]?$")    # an age in brackets: „(29)“; no year („(2007)“) nor score
# a particle is written capitalised too: "Leonardo Di Caprio", "Zine El Abidine Ben Ali"
_CAP_PARTICLES = frozenset(p.capitalize() for p in NAME_PARTICLES)
# an age before a name: "der 45-jährige Ali Demir", "die 29-Jährige"
AGE_ENDINGS = tuple(f"-{stem}{end}" for stem in german.AGE_ADJECTIVE_STEMS for end in german.ADJECTIVE_ENDINGS)
# nouns that end the names of organisations and places, never of persons ("Amadeu Antonio Stiftung")
NAME_END_NOUNS = resources.load_word_list("name_end_nouns.tsv")
_ARABIC_ARTICLE = german.ARABIC_ARTICLE
_NAME = re.compile(r"^[A-ZÄÖÜÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’\-]*$")
# capitalised function words that the noun lexicon does not hold (`kg.german`)
NOT_NAMES = CAPITALISED_FUNCTION_WORDS
_CREDIT = resources.load_word_list("credit_words.tsv")    # "Foto: AFP/…"
# letters of each noun of a compound `_two_nouns` reads: shorter ones end first names („Belinda“)
_MIN_PART = 4
# letters of a dictionary noun that opens no name of two words („Biograf“, „Klavierduo“); shorter nouns are
# first names too („Iris“, „Amber“, „Nora“)
_MIN_PLAIN_NOUN = 6

STAGE = "names"
# what starts a name: the rules, and the form of the hit each makes
AFTER_FIRST_NAME = declare("name-after-first-name", STAGE, "a first name starts a person's name: "
                           "„Olaf Scholz“, „Hans-Jörg Kowalczyk“")
AFTER_TITLE = declare("name-after-title", STAGE, "a name after a title, or after the title's complement: "
                      "„Kanzler Scholz“, „der Vizechef der Präsidialverwaltung Andrej Taranow“")
AFTER_DEMONYM = declare("name-after-demonym", STAGE, "a lone name word (unknown, or a surname by its class) after "
                        "a state's demonym naming one person, after an article or an age: „der Spanier Andujar“, "
                        "„die Brasilianerin Tavares“, „der 33-jährige Franzose Mathieu“; not „der Schweizer "
                        "Einkaufsverkehr“")
TITLE_BEFORE_NAME = declare("title-after-title", STAGE, "guard: a title right after another title is no name "
                            "of its own; the name starts after it: „Synodengeneralsekretär Kardinal Lorenzo "
                            "Baldisseri“, „General Manager Alexander Friedl“; not „Kanzler Scholz“")
LEXICON_NAME_AFTER_TITLE = declare("name-lexicon-word-after-title", STAGE, "a lone word the lexicon holds but "
                                   "that is no German word (`lexicon_names.txt`) is a surname after a title: "
                                   "„Präsident Castro“; not before a capitalised word („seinen Dauerrivalen Raiders "
                                   "Tirol“)")
PHOTO_CREDIT = declare("name-in-photo-credit", STAGE, "a name after the agency in a photo credit: "
                       "„Foto: AFP/Sergei Supinsky“")
AFTER_AGE = declare("name-after-age", STAGE, "two name words after an age adjective are a person, whatever the "
                    "words: „der 45-jährige Ali Demir“")
WITH_AGE = declare("name-with-age", STAGE, "two name words before an age in brackets are a person: "
                   "„John Kibanga (29)“")
CAMEL_CASE_COINED = declare("name-camel-case-coined", STAGE, "a capital after a small letter inside a word opens no "
                            "compound's later noun, for German writes that in lower case: „die Medienbehörde "
                            "TeraStrom“ is a coined name, no compound of „Strom“; the gender-inclusive capital I is "
                            "a noun's ending („die LehrerInnen“)")
UNKNOWN_PAIR = declare("unknown-pair", STAGE, "two capitalised words that are neither German words nor known "
                       "names, nor place or organisation words by their corpus class, are a person: "
                       "„Zbigniew Wrzosek“")
PAIR_PLACE_WORD = declare("pair-place-word", STAGE, "guard: two unknown words of which one is a place or "
                          "organisation word by its corpus class are no person's name: „Santa Ponsa“")
PAIR_AFTER_ARTICLE = declare("pair-after-article", STAGE, "guard: two unknown words after an article, the first no "
                             "first name by its class, are no person's name, for a German name takes no article: "
                             "„die Harley Davidson“")
PAIR_AFTER_FOREIGN_ARTICLE = declare("pair-after-foreign-article", STAGE, "guard: two unknown words after a "
                                     "capitalised article of another language name a title (a paper, a work), no "
                                     "person: „laut La Dernière Heure“, „Het Laatste Nieuws“; not „Marine Le Pen“")
PAIR_WITH_ACRONYM = declare("pair-with-acronym", STAGE, "guard: two unknown words before an acronym in brackets "
                            "that holds their initials name the organisation it stands for, no person: „Tamil "
                            "Eelam (LTTE)“, but „Trayvon Bromell (USA)“")
PAIR_AFTER_THING = declare("pair-after-thing", STAGE, "guard: two unknown words after an article and a noun that "
                           "names no person are that thing's name, no person's: „die Marke Harley Davidson“")
PAIR_COMPOUND_NOUN = declare("pair-compound-noun", STAGE, "guard: two unknown words whose first is a compound of "
                             "two nouns are a thing's class and its name, no person's: „im Musiksaal Bataclan“, "
                             "„die Silbermöwe Larus“; not „Clemens Holzmeister“")
PAIR_PLAIN_NOUN = declare("pair-plain-noun", STAGE, "guard: two unknown words whose first is a common noun of "
                          "the dictionary (six letters or more, no first name nor surname by its class) are a "
                          "noun and a name, no person's name of two words: „der damalige Biograf Kohls“, „das "
                          "Klavierduo Katia“, „Regulator Boltz“; not „Clemens Holzmeister“")
PAIR_BEFORE_FIRST_NAME = declare("pair-before-first-name", STAGE, "guard: an unknown word before a first name and "
                                 "a name is no part of it (a role the lexicon lacks): „Superstar Lionel Messi“")
AGE_NOUN = declare("age-noun", STAGE, "guard: a German noun, role or compound beside an age is no name: „der "
                   "69-jährige Industriemagnat“, „Arlington Park (2007)“")
PAIR_PLACE_PREFIX = declare("pair-place-prefix", STAGE, "two unknown words after a place prefix are a place, no "
                            "person: „Tel Aviv“, „Beit Anon“")
NIS_NAME = declare("name-nis-ending", STAGE, "a word ending in „-nis“ after a vowel or a doubled n has no German "
                   "noun's suffix, which follows a stem's consonant („Ergebnis“), and may start a name of two unknown "
                   "words: „sagt Dovenis Trebnjak“, „Yiannis Kowalczyk“; not „das Ergebnis Kowalczyk“")
KNOWN_SURNAME_FOLLOWS = declare("known-surname-follows", STAGE, "guard: one new name word before a known "
                                "person's name is no name of its own: „Finanzminister Hans-Jörg Schelling“")
_FORMS = {AFTER_FIRST_NAME: "first-name", AFTER_TITLE: "title", AFTER_DEMONYM: "title", PHOTO_CREDIT: "credit", AFTER_AGE: "credit",
          WITH_AGE: "credit", UNKNOWN_PAIR: "pair"}
# how a name goes on (`_extend`)
PARTICLE = declare("name-particle", STAGE, "a particle and the name after it go on a name, after a first name "
                   "also a word that is a noun: „Ursula von der Leyen“, „Mohammed bin Salman“, „Robert de Niro“")
VON_COMPLEMENT = declare("von-opens-complement", STAGE, "guard: after a surname „von“ opens a complement, no "
                         "part of the name: „Bernd Jäckel von der Polizei“")
ARABIC_ARTICLE = declare("arabic-article", STAGE, "an Arabic article joined to a name goes on it: "
                         "„Baschar al-Assad“")
MIDDLE_INITIAL = declare("middle-initial", STAGE, "an initial between name words goes on the name: "
                         "„Dwight D. Eisenhower“")
SHORTENED_SURNAME = declare("shortened-surname", STAGE, "an initial right after a first name is the surname the "
                            "press shortens: „Hasan E.“")
TRUNCATED_COMPOUND = declare("truncated-compound", STAGE, "guard: a word ending in a hyphen is the first part of "
                             "a compound whose head a later word gives, no name: „in Nord- und Mittelamerika“, "
                             "„in Kühl- und Containerschiffe“")
GENITIVE_ENDS_NAME = declare("genitive-ends-name", STAGE, "guard: a surname in the genitive ends the name, the "
                             "German noun after it is what the person owns: „George Millers Actionspektakel“, "
                             "„Rudolf Hundstorfers Wahlkampf“")
TITLE_SURNAME = declare("title-word-surname", STAGE, "a title word in its plain masculine form right after a first "
                        "name, with no capitalised word after it, is the person's surname, no title (surnames such "
                        "as Kaiser, Richter, König, Bischof): „Landeshauptmann Peter Kaiser (SPÖ) sagte“, „laut Anna "
                        "Richter“; not before a capitalised word (a title before the next name), not a feminine "
                        "form („Eva Richterin“), not a title before the first name („Kaiser Max Muster“)")
ORG_HEAD_ENDS_NAME = declare("org-head-ends-name", STAGE, "guard: a noun that ends organisation names is no "
                             "part of a person's name: „Amadeu Antonio Stiftung“")


class NameRules:
    """Mixed into `Gazetteer`, which sets these tables."""

    first_names: frozenset[str]
    common: frozenset[str]
    longest_common: int
    titles: dict
    place_prefixes: frozenset[str]
    name_classes: dict[str, str]    # word → SURNAME, PLACE or ORG (kg.nlp.classes)
    lexicon_names: frozenset[str]   # words of `common` that are no German word: „Castro“, „Daimler“
    _compound_memo: dict[str, bool]
    _unknown_memo: dict[str, bool]
    _demonym_memo: dict[str, bool]
    _first_pair_memo: dict[str, bool]
    _surname_pair_memo: dict[str, bool]

    def title(self, word: str) -> object | None:
        raise NotImplementedError   # the Gazetteer's title lookup

    def is_first_name(self, word: str) -> bool:
        """'Olaf', and hyphenated pairs of first names ('Hans-Jörg')."""
        if word in self.first_names:
            return True
        if "-" in word:
            parts = word.split("-")
            return len(parts) == 2 and parts[0] in self.first_names and parts[1][:1].isupper() \
                and (parts[1] not in self.common or parts[1] in self.first_names)   # „Hans-Stephan“
        return False

    def is_name_word(self, word: str) -> bool:
        """Capitalised, letters only, not an acronym ('SPD'), not a function word ('Die') and not the
        first part of a compound whose head is left to a later word ('Nord-' in „Nord- und Mittelamerika“)."""
        if word in NOT_NAMES or not _NAME.match(word):
            return False
        if word.endswith("-"):
            fired(TRUNCATED_COMPOUND)
            return False
        return not (word.isupper() and len(word) > 1)

    # -- the document ---------------------------------------------------------------------
    def _names(self, text: str, words: Sequence[str], idx: Sequence[int], hits: list[Hit],
               covered: list[bool]) -> list[Hit]:
        """Person names: after a title, after a first name, in photo credits."""
        title_ends = self._title_ends(words, hits)
        demonym_ends = self._demonym_ends(words, hits) - title_ends
        known_starts = {h.tok for h in hits if h.label == "PER"}
        out: list[Hit] = []
        after = 0       # the token after the last name read: none starts before it
        for i in capitalised(words):        # a name starts at a capitalised word
            if i < after or covered[i]:
                continue
            w = words[i]
            trigger = AFTER_DEMONYM if i in demonym_ends and self._lone_name(words, covered, i) \
                else self._trigger(words, covered, i, title_ends)
            if trigger is None or not self.is_name_word(w):
                continue
            hit, after = self._name_at(text, words, idx, covered, i, trigger, known_starts)
            if hit is not None:
                out.append(hit)
        return out

    def _title_ends(self, words: Sequence[str], hits: list[Hit]) -> set[int]:
        """Tokens right after a title, where a name may start; after the title's complement too:
        "der Vizechef der Präsidialverwaltung Andej Taranow"."""
        n = len(words)
        title_ends = {h.tok_end for h in hits if h.label == "TITLE"}
        starts = {h.tok: h for h in hits if h.label in ("STATE", "ORG", "BODY", "CAPITAL") and h.form not in ("adjective", "demonym")}
        for end in list(title_ends):
            k = end
            if k < n and words[k] in NOUN_COMPLEMENT_OPENERS:
                k += 1
                if k < n and words[k] in german.COMPLEMENT_ARTICLES:
                    k += 1
                if k in starts:
                    title_ends.add(starts[k].tok_end)
        return title_ends

    def _demonym_ends(self, words: Sequence[str], hits: list[Hit]) -> set[int]:
        """Tokens right after a state's demonym as a noun for one person, after an article or an age: „der
        Brasilianer Willian“, „die Brasilianerin Marta“, „der 33-jährige Franzose Mathieu“."""
        ends = {h.tok_end for h in hits if h.label == "STATE" and h.form == "demonym" and h.tok_end == h.tok + 1}
        memo = self._demonym_memo
        index = word_index(words)
        found = list(filter(memo.__getitem__, index))     # most texts have none: one test per distinct word
        if found:
            ends.update(k + 1 for w in found for k in index[w])
        return {e for e in ends if e >= 2 and (words[e - 2].lower() in german.DETERMINERS
                                               or words[e - 2].endswith(AGE_ENDINGS))}

    def _lone_name(self, words: Sequence[str], covered: list[bool], i: int) -> bool:
        """One name word that ends the name: unknown, or a surname by its class („der Spanier Andujar“; not
        „der Schweizer Einkaufsverkehr“; longer names are the other rules')."""
        w = words[i]
        if i + 1 < len(words) and words[i + 1][:1].isupper() or self._noun_pair(w):
            return False    # „der Deutschen Rheuma-Liga“
        return self._unknown(words, covered, i) or (self.name_classes.get(w) == "SURNAME" and self.title(w) is None)

    def _demonym_noun(self, w: str) -> bool:
        """The feminine of a demonym („Brasilianerin“), or the singular of a weak one („Franzose“)."""
        return w[:1].isupper() and (w.endswith(german.FEMININE_ENDING) and self._demonym(w[:-len(german.FEMININE_ENDING)])
                                    or w.endswith("e") and self._demonym(w + "n"))

    def _demonym(self, word: str) -> bool:
        entry = self.phrases.get((word,))
        return entry is not None and entry.label == "STATE" and entry.form == "demonym"

    def _trigger(self, words: Sequence[str], covered: list[bool], i: int, title_ends: set[int]) -> str | None:
        """The rule by which a name starts at the capitalised word i, or None."""
        n = len(words)
        w = words[i]
        if i in title_ends and (i + 1 == n or not words[i + 1][:1].isupper()) and self._ruler(words, i):
            return AFTER_TITLE  # a lone name after an office, a first name too: „König Ludwig“
        if self.is_first_name(w):
            return AFTER_FIRST_NAME
        if i in title_ends and i + 1 in title_ends and self.title(w) is not None:
            fired(TITLE_BEFORE_NAME)
            return None         # „Synodengeneralsekretär Kardinal Lorenzo Baldisseri“: the name starts after „Kardinal“
        if i in title_ends:
            return AFTER_TITLE
        if i >= 2 and words[i - 1] in ("/", ":") and self._credit_context(words, i):
            return PHOTO_CREDIT
        if i > 0 and words[i - 1].endswith(AGE_ENDINGS) \
                and i + 1 < n and self.is_name_word(words[i + 1]) and not covered[i + 1] \
                and self._aged_word(w, first=True):
            return AFTER_AGE    # "der 45-jährige Ali Demir": a person, whatever the words
        if i + 4 < n and words[i + 2] == "(" and _AGE.match(words[i + 3]) and words[i + 4] == ")" \
                and self.is_name_word(words[i + 1]) and not covered[i + 1] \
                and self._aged_word(w, first=True) and self._aged_word(words[i + 1], first=False):
            return WITH_AGE     # "John Kibanga (29)": a name with an age
        if i + 1 < n and not covered[i] and self._first_pair_memo[w] \
                and not covered[i + 1] and self._surname_pair_memo[words[i + 1]] \
                and not self._suffix_noun(w) and not self._suffix_noun(words[i + 1]) \
                and self._person_pair(words, covered, i):
            return UNKNOWN_PAIR  # two capitalised words that are neither German words nor known
        return None

    def _suffix_noun(self, w: str) -> bool:
        """A word with a German noun's suffix („Verhandlung“, „Ergebnis“), not a name's „-nis“ after a vowel or a
        doubled n („Dovenis“, „Yiannis“)."""
        if not w.endswith(german.NOUN_SUFFIXES):
            return False
        if w.endswith(german.STEM_SUFFIX) and w[:-len(german.STEM_SUFFIX)][-1:] in german.NOT_STEM_ENDS:
            fired(NIS_NAME)
            return False
        return True

    def _ruler(self, words: Sequence[str], i: int) -> bool:
        """Whether a title that is no relative's stands right before i: its holder may go by a first name
        alone („König Ludwig“, „Stürmer Jonas“); a relative so named is no person of the graph („sein Bruder
        Raul“, „seinem Zwillingsbruder Lech“)."""
        if i == 0 or self.title(words[i - 1]) is None:
            return False
        before = words[i - 1]
        return not any(before.endswith(kin) or before.endswith(kin.lower()) for kin in german.KINSHIP_NOUNS)

    def _first_name_word(self, w: str) -> bool:
        """A listed first name, or a name word of the first-name class."""
        return self.is_first_name(w) or (self.name_classes.get(w) == "FIRST" and self.is_name_word(w))

    def _aged_word(self, w: str, first: bool) -> bool:
        """A word of a name an age stands beside: no German noun, role or compound („der 69-jährige
        Industriemagnat“, „das Schunkelduo Marianne (63)“, „Arlington Park (2007)“), no place or
        organisation word by its class; a listed first name, or a surname by its class in second place."""
        if self.is_first_name(w) or (not first and self.name_classes.get(w) == "SURNAME"):
            return True
        if w in self.common or self.name_classes.get(w) in ("PLACE", "ORG") or self._agent_noun(w):
            fired(AGE_NOUN)
            return False
        return True

    def _agent_noun(self, w: str) -> bool:
        """A title, role or compound noun, also after a hyphen: „Stammkeeper“, „TV-Moderator“."""
        return self.title(w) is not None or self.compound_noun(w) or (
            "-" in w and self.title(w.rsplit("-", 1)[1]) is not None)

    def _name_at(self, text: str, words: Sequence[str], idx: Sequence[int], covered: list[bool], i: int,
                 rule: str, known_starts: set[int]) -> tuple[Hit | None, int]:
        """The name that `rule` starts at token i, if it makes one, and the token to go on at."""
        n = len(words)
        w = words[i]
        form = _FORMS[rule]
        j = self._extend(words, covered, i, form)
        if form == "pair":
            j = max(j, i + 2)   # the second word may be a common word of the surname class
            if j + 2 < n and words[j] == "(" and words[j + 2] == ")" and _spells(words[j + 1], words[i:j]):
                fired(PAIR_WITH_ACRONYM)
                return None, j  # "Tamil Eelam (LTTE)": a name with an acronym is an organisation's
            if w in self.place_prefixes:    # "Beit Anon", "Tel Aviv"
                fired(PAIR_PLACE_PREFIX)
                return token_hit(text, words, idx, i, j, "PLACE", None, "context:place", PAIR_PLACE_PREFIX), j
        if j - i == 1 and j in known_starts:
            fired(KNOWN_SURNAME_FOLLOWS)
            return None, i + 1  # "Finanzminister Hans-Jörg Schelling": the known surname follows
        # after a title a lone surname, also one that is a word („Wildtierbiologin Schmidt“); after an office a
        # lone first name („König Ludwig“, „Prinz Harry“)
        if j - i >= 2 or (form == "title" and not w.endswith(german.NOUN_SUFFIXES) and (
                self._first_name_word(w) and (j == len(words) or not words[j][:1].isupper()) and self._ruler(words, i)
                or self._surname_after_title(words, j, w) and w not in self.first_names)):
            fired(rule)
            return token_hit(text, words, idx, i, j, "PER", None, form, rule), j
        return None, i + 1

    def _surname_after_title(self, words: Sequence[str], end: int, w: str) -> bool:
        """A word that may be a lone surname after a title: no common word, a surname by its class, or a
        word the lexicon holds that is no German word and that no capitalised word follows („Präsident
        Castro“; not „seinen Dauerrivalen Raiders Tirol“)."""
        if w not in self.common or self.name_classes.get(w) == "SURNAME":
            return True
        if w in self.lexicon_names and (end == len(words) or not words[end][:1].isupper()):
            fired(LEXICON_NAME_AFTER_TITLE)
            return True
        return False

    def _pair_word(self, w: str, cls: str) -> bool:
        """An unknown word, or one whose corpus word class fits its place in a name: a first
        name first ("Tobias"), a surname second, even if also a word ("Fischer"); asked through
        `_first_pair_memo` and `_surname_pair_memo` of an uncovered word."""
        if self._unknown_memo[w]:
            return True
        return self.name_classes.get(w) == cls and self.is_name_word(w) \
            and self.title(w) is None and (cls == "SURNAME" or w not in self.common)

    def _person_pair(self, words: Sequence[str], covered: list[bool], i: int) -> bool:
        """Two unknown words at i make a person's name unless the corpus word class makes one a place
        or an organisation word ("Santa Ponsa"), or the first is no first name by its class and an
        article stands before them ("die Harley Davidson": a German name takes no article), or
        before a noun that is no person's („die Marke Harley Davidson“), or a first name and a name
        follow the first ("Superstar Lionel Messi": the name starts at the first name), or the first is a
        compound of two nouns („im Musiksaal Bataclan“)."""
        first, second = self.name_classes.get(words[i]), self.name_classes.get(words[i + 1])
        if first in ("PLACE", "ORG") or second in ("PLACE", "ORG"):
            fired(PAIR_PLACE_WORD)
            return False
        if first != "FIRST" and i > 0 and words[i - 1] in german.DETERMINERS:
            fired(PAIR_AFTER_ARTICLE)
            return False
        if first != "FIRST" and i > 0 and words[i - 1] in german.FOREIGN_ARTICLES and not self.is_first_name(words[i]) \
                and not (i > 1 and self.is_first_name(words[i - 2])):
            fired(PAIR_AFTER_FOREIGN_ARTICLE)
            return False
        if first != "FIRST" and i > 1 and words[i - 2].lower() in german.DETERMINERS and words[i - 1] in self.common \
                and not covered[i - 1] and not self._agent_noun(words[i - 1]) and words[i] not in self.place_prefixes:
            fired(PAIR_AFTER_THING)
            return False
        if first is None and i + 2 < len(words) and self._first_name_word(words[i + 1]) \
                and self.is_name_word(words[i + 2]) and not covered[i + 2]:
            fired(PAIR_BEFORE_FIRST_NAME)
            return False
        if first != "FIRST" and self._two_nouns(words[i]):
            fired(PAIR_COMPOUND_NOUN)
            return False
        if first is None and _plain_noun(words[i]) and not self.is_first_name(words[i]):
            fired(PAIR_PLAIN_NOUN)
            return False
        return True

    def role_compound(self, word: str) -> bool:
        """A hyphen compound whose last part is a German noun or a title and no part a first name: „Comic-Fan“,
        „Ex-Finanzchef“; not „Marie-Luise“, „Jean-Pierre“."""
        if "-" not in word or not word[:1].isupper():
            return False
        parts = word.split("-")
        return (parts[-1] in self.common or self.title(parts[-1]) is not None) \
            and not any(self._first_name_word(part) for part in parts)

    def genitive_of_word(self, word: str) -> bool:
        """A word the lexicon holds with a genitive -s, and no first name: „Austrias“; not „Jonas“."""
        stem = word[:-len(german.SHORT_GENITIVE_ENDING)]
        return word.endswith(german.SHORT_GENITIVE_ENDING) and stem in self.common \
            and not self._first_name_word(word) and not self._first_name_word(stem)

    def _two_nouns(self, word: str) -> bool:
        """A compound of two known nouns of four letters or more, with a link between them: „Musiksaal“
        (Musik-saal), „Rekordjagd“, „Überraschungsmann“ (Überraschung-s-mann); no first name splits so
        („Clemens“, „Raymond“: „Cle“, „Ray“ are no nouns)."""
        for k in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head = word[k].upper() + word[k + 1:]
            if head in self.common and any(word[:k].endswith(link) and len(word) - len(link) - len(head) >= _MIN_PART
                                           and word[:k - len(link) if link else k] in self.common
                                           for link in german.COMPOUND_LINKS):
                return True
        return False

    def _unknown(self, words: Sequence[str], covered: list[bool], k: int) -> bool:
        """A capitalised word that is no German word, no first name and no known entity."""
        return not covered[k] and self._unknown_memo[words[k]]

    def _unknown_word(self, w: str) -> bool:
        return (w[:1].isupper() and not ("-" in w and self.titles.get(w.rsplit("-", 1)[1]) is not None)  # "PYD-Chef"
                and self.is_name_word(w) and w not in self.common and w not in self.first_names
                and not (w.endswith(german.FEMININE_ENDING) and w[:-len(german.FEMININE_ENDING)] in self.common)      # "Astronautin": a noun's feminine
                and self.title(w) is None and w[:1].isalpha() and not self.compound_noun(w))

    def compound_noun(self, word: str) -> bool:
        """A German compound whose head is a known noun: 'Pilotprojekten' (head 'Projekten')."""
        return self._compound_memo[word]

    def _compound_noun(self, word: str) -> bool:
        # only heads as long as a known noun at most: a long word costs as many lookups as a short one
        first = max(2, len(word) - self.longest_common)
        common = self.common
        for k in range(first, len(word) - 4):   # a loop, not any() over a generator: ~15,000 words a text set
            if word[k].upper() + word[k + 1:] in common and compound_joint(word, k):
                return True
        return False

    def _noun_pair(self, word: str) -> bool:
        """'Western-Rachedrama' joins two nouns; 'Weichsler-Hauer' is a double surname."""
        if "-" not in word:
            return False
        head, tail = word.split("-", 1)[0], word.rsplit("-", 1)[-1]
        return self.compound_noun(tail) or (head in self.common and tail in self.common)

    def _lone_first_name(self, words: Sequence[str], covered: list[bool], k: int) -> bool:
        """A first name with no name after it ("nach Santiago am Dienstag"): no person."""
        return not covered[k] and self.is_first_name(words[k]) and not (
            k + 1 < len(words) and words[k + 1][:1].isupper())

    def _credit_context(self, words: Sequence[str], i: int) -> bool:
        """'Foto: AFP/Sergei Supinsky', 'Foto: Reuters/Kevin Lamarque', 'Foto: Jens Meier'."""
        for k in range(max(0, i - 5), i):
            if words[k] in _CREDIT and k + 1 < len(words) and words[k + 1] == ":":
                return True
        return False

    def _extend(self, words: Sequence[str], covered: list[bool], i: int, form: str) -> int:
        """One past the last token of the name starting at i (`form`: how it started)."""
        n = len(words)
        allow_common = self.is_first_name(words[i]) or form == "credit"
        first_name_seen = self.is_first_name(words[i]) or form == "title"
        j = i + 1
        while j < n and j - i < 5:
            w = words[j]
            if covered[j]:
                break
            # "Ursula von der Leyen", but "Bernd Jäckel von der Polizei": after a surname,
            # "von" opens a complement (the Dutch „van“, no German preposition, does not)
            if w in german.PLAIN_FROM_PREPOSITIONS and not self._first_name_word(words[j - 1]):
                fired(VON_COMPLEMENT)
                break
            if (w in NAME_PARTICLES or w in _CAP_PARTICLES) and j + 1 < n and not covered[j + 1]:
                end = self._after_particle(words, covered, j)
                if end is None:
                    break
                fired(PARTICLE)
                j, allow_common = end, False
                continue
            if _ARABIC_ARTICLE.match(w):
                fired(ARABIC_ARTICLE)
                j += 1
                allow_common = False
                continue
            if INITIAL.match(w) and j + 1 < n and self.is_name_word(words[j + 1]):
                fired(MIDDLE_INITIAL)
                j += 1          # "Dwight D. Eisenhower"
                allow_common = True
                continue
            closed = self._closing_surname(words, i, j)
            if closed is not None:
                return closed
            if not self._name_part(w, allow_common, first_name_seen) or (j - 1 > i and self._owned_noun(words, j)):
                break
            allow_common = self._first_name_word(w)     # „Otto Frederick Warmbier“: a first name by its class too
            j += 1
        return j

    def _closing_surname(self, words: Sequence[str], i: int, j: int) -> int | None:
        """One past the surname at j that ends the name starting at i, if it is one: an initial right after a first
        name („Hasan E.“: the press shortens a suspect's surname), a title word („Peter Kaiser“)."""
        if INITIAL.match(words[j]) and j == i + 1 and self.is_first_name(words[i]):
            fired(SHORTENED_SURNAME)
            return j + 1
        if self._title_surname(words, j):
            fired(TITLE_SURNAME)
            return j + 1
        return None

    def _title_surname(self, words: Sequence[str], j: int) -> bool:
        """Whether the word at j is a surname that is a plain title word („Kaiser“, „Richter“): listed as a title in
        its own base form, right after a first name, and no capitalised word after it."""
        w = words[j]
        tf = self.titles.get(w)
        if tf is None or tf.role != w or w.endswith(german.FEMININE_ENDING) or w in NAME_END_NOUNS \
                or not self.is_first_name(words[j - 1]):
            return False
        return j + 1 == len(words) or not words[j + 1][:1].isupper()

    def with_names(self, text: str, words: Sequence[str], idx: Sequence[int], hits: list[Hit],
                   covered: list[bool]) -> list[Hit]:
        """`hits` and the person names (`_names`), without the title hits of the words that names took as their
        surnames („Peter Kaiser“: no title „Kaiser“)."""
        found = self._names(text, words, idx, hits, covered)
        taken = {h.tok_end - 1 for h in found if h.rule == AFTER_FIRST_NAME and h.tok_end - h.tok >= 2
                 and self._title_surname(words, h.tok_end - 1)}
        if taken:
            hits = [h for h in hits if not (h.label == "TITLE" and h.tok in taken)]
        return hits + found

    def _after_particle(self, words: Sequence[str], covered: list[bool], j: int) -> int | None:
        """One past the name after the particle at j ("von der Leyen", "bin Salman"), or None."""
        k = j + 1
        if words[j] in ARTICLED_PARTICLES and words[k] in MASCULINE_ARTICLES and k + 1 < len(words):
            k += 1
        w = words[k]
        # after a first name and a particle, also a word that is a noun: „Robert de Niro“, „Angel di Maria“;
        # „von“ and a first name name the author: „Onkel Wanja von Anton Tschechow“ (not „Emile de Antonio“)
        if self.is_name_word(w) and not covered[k] and (w not in self.common or self._first_name_word(words[j - 1])) \
                and not (words[j] in german.PLAIN_FROM_PREPOSITIONS and self.is_first_name(w)):
            return k + 1
        return None

    def _owned_noun(self, words: Sequence[str], j: int) -> bool:
        """A German noun after a surname in the genitive („George Millers Actionspektakel“, „Thomas Manns
        Zauberberg“: also a compound only its last noun makes one), not after a first name („Markus Wahl“) nor
        before a surname („Hans Peters Müller“)."""
        before, w = words[j - 1], words[j]
        if not before.endswith(german.SHORT_GENITIVE_ENDING) or before.endswith(german.S_FINAL_NAME_ENDINGS) \
                or self.is_first_name(before) or self.name_classes.get(w) in ("SURNAME", "FIRST"):
            return False
        if (w in self.common and not self.is_first_name(w)) or self.compound_noun(w) \
                or (self._known_tail(w) and not w.endswith(german.SHORT_GENITIVE_ENDING)):
            fired(GENITIVE_ENDS_NAME)
            return True
        return False

    def _name_part(self, w: str, allow_common: bool, first_name_seen: bool) -> bool:
        """Whether w goes on the name: a name word, no title, no organisation's head noun, and no
        common noun unless `allow_common` (after a first name or in a credit)."""
        # after a first name a compound is a surname ("Otto Warmbier"), not an abstract noun
        surname = first_name_seen and not w.endswith(german.NOUN_SUFFIXES) and not self._noun_pair(w) \
            and (w not in self.common or self.name_classes.get(w) == "SURNAME")   # "Witold Franke"
        if not (self.is_name_word(w) and (allow_common or w in self.first_names or surname or
                                          (w not in self.common and not self.compound_noun(w)))
                and self.title(w) is None):
            return False
        if w in NAME_END_NOUNS:
            fired(ORG_HEAD_ENDS_NAME)
            return False
        return True


def _spells(acronym: str, words: Sequence[str]) -> bool:
    """Whether an acronym holds the initials of the words, in order: „LTTE“ of „Tamil Eelam“.

    >>> _spells("LTTE", ["Tamil", "Eelam"]), _spells("USA", ["Trayvon", "Bromell"])
    (True, False)
    """
    if not ACRONYM.match(acronym):
        return False
    k = 0
    for w in words:
        k = acronym.find(w[:1].upper(), k) + 1
        if k == 0:
            return False
    return True


def _plain_noun(word: str) -> bool:
    """A common noun of the dictionary of six letters or more, which opens no name of two words: „Biograf“,
    „Regulator“, „Qualifikantin“; shorter ones are first names too („Iris Gerlach“, „Amber Weinber“).

    >>> _plain_noun("Biograf"), _plain_noun("Iris"), _plain_noun("Holzmeister")
    (True, False, False)
    """
    return len(word) >= _MIN_PLAIN_NOUN and word in resources.plain_nouns()


def compound_joint(word: str, k: int) -> bool:
    """Whether a German compound's later noun may start at word[k]: German writes it in lower case
    („Komfortzone“), so a capital there after a small letter marks a coined name („TeraStrom“), no
    compound; the gender-inclusive capital I is a noun's ending („LehrerInnen“).

    >>> compound_joint("Komfortzone", 7), compound_joint("TeraStrom", 4), compound_joint("LehrerInnen", 6)
    (True, False, True)
    """
    if word[k].isupper() and word[k - 1].islower() and word[k:] not in german.INNER_FEMININE_ENDINGS:
        fired(CAMEL_CASE_COINED)
        return False
    return True
