"""Lone names: a name beside a verb of saying (`kg.nlp.speakers`), an unknown name that reports news
(a medium) or negotiates (a body, `kg.nlp.negotiators`), a lone word typed by its corpus word class
(`kg.nlp.classes`), and the words that are no lone name („Lange hat …“, „einen tiefen Keil“); mixed into
`kg.nlp.gazetteer.Gazetteer` as `LoneNames`.

>>> _singular_verb(["Müller", "studierte"], 1), _singular_verb(["Fischer", "fangen"], 1)
(True, False)
"""
from __future__ import annotations

from typing import Callable, Collection, Sequence

from kg import german
from kg.nlp.classes import (CLASS_AFTER_ARTICLE, COMPANY_CLASS, COMPANY_GENITIVE, COMPANY_LISTED_UNREAD,
                            COMPANY_OPENS, PLACE_AFTER_ADJECTIVE, PLACE_AFTER_NOUN, PLACE_COMPOUND,
                            SURNAME_COORDINATED_NOUN, SURNAME_EMPLOYER, SURNAME_NOUN_PHRASE, SURNAME_SUBJECT, WORD_CLASS,
                            colours, company_genitives, counted, lone_class_hits, opening)
from kg.nlp.context import LOCATIVES
from kg.nlp.hits import Hit, cover, person_words, token_hit
from kg.nlp.names import NOT_NAMES
from kg.nlp.negotiators import NEGOTIATING, NEGOTIATOR, negotiating_tokens
from kg.nlp.orgheads import is_web_domain
from kg.nlp.speakers import (MEDIA_COINED, MEDIA_NAME_TAILS, MEDIA_REPORT_CLAUSE, MEDIA_SOURCE, MEDIA_SURNAME,
                             NAMED_ELSEWHERE, SPEAKER, named_elsewhere,
                             report_clause_names, source_tokens, speaker_tokens)
from kg.rules import fired


# words before a noun that make a word class's place or surname a common noun: "die Halle", "keine Halle"
_ARTICLE_LIKE = german.DETERMINERS | german.NEGATIVE_ARTICLES | german.DISTRIBUTIVES


# what stands before a sentence's first word: its end marks, a dateline's dash, quotation marks
_OPENERS = frozenset({".", "!", "?", ":", "–", *german.QUOTE_MARKS})

_FIRMS = "company"       # the kind of a firm's noun in org_heads.tsv: „zwei Konzerne“ after a list of firms

_ACRONYM_LENGTH = 5     # letters at most of a body's acronym: „QVX“, „BRNTL“

# the singular finite auxiliaries and modals: „ist“, „wurde“, „kann“ (no plural „sind“, „wurden“)
_SINGULAR_AUXILIARIES = frozenset(v for v in german.AUXILIARIES if not v.endswith("en"))


# what opens a noun phrase whose head is the word after it, or after its adjective: „zum Renner“, „einen tiefen Keil“
_PHRASE_OPENERS = _ARTICLE_LIKE | german.CONTRACTIONS


def _noun_phrase_head(words: Sequence[str], k: int) -> bool:
    """Word k heads a noun phrase: after a contracted article („zum Renner“) or after an article and an
    adjective („einen tiefen Keil“, „ins selbe Horn“), where no person's name stands.

    >>> _noun_phrase_head(["einen", "tiefen", "Keil"], 2), _noun_phrase_head(["warf", "Schwab"], 1)
    (True, False)
    """
    before = words[k - 1]
    if before in german.CONTRACTIONS:
        return True
    return k > 1 and before.isalpha() and before.islower() and before.endswith(german.ADJECTIVE_ENDINGS) \
        and words[k - 2].lower() in _PHRASE_OPENERS


def _feminine_phrase_head(words: Sequence[str], k: int) -> bool:
    """Word k follows an adjective after a determiner no neuter noun takes („die menschenleere Halle“), which
    is no relative pronoun after a comma („…, die über Halle führt“); a town's name is neuter.

    >>> _feminine_phrase_head(["die", "menschenleere", "Halle"], 2), _feminine_phrase_head(["das", "schöne", "Halle"], 2)
    (True, False)
    """
    if k < 2:
        return False
    adjective, determiner = words[k - 1], words[k - 2].lower()
    return adjective.isalpha() and adjective.islower() and adjective.endswith(german.ADJECTIVE_ENDINGS) \
        and adjective not in german.PREPOSITIONS | german.FUNCTION_WORDS \
        and determiner in german.NOT_NEUTER_DETERMINERS and not (k > 2 and words[k - 3] == ",")


def _after_article(words: Sequence[str], k: int) -> bool:
    """Word k follows an article (capitalised too, at a sentence's start), which is no relative pronoun
    after a comma („…, die Spielberg drehte“).

    >>> _after_article(["Der", "Hacker"], 1), _after_article(["Film", ",", "die", "Spielberg"], 3)
    (True, False)
    """
    before = words[k - 1].lower() if k else ""
    return before in _ARTICLE_LIKE and not (before in german.RELATIVES and k > 1 and words[k - 2] == ",")


def _singular_verb(words: list[str], k: int) -> bool:
    """A singular finite verb at k: an auxiliary or modal („ist“, „wurde“) or a weak past („studierte“).

    >>> _singular_verb(["Müller", "studierte"], 1), _singular_verb(["Fischer", "fangen"], 1)
    (True, False)
    """
    if k >= len(words):
        return False
    w = words[k]
    return w in _SINGULAR_AUXILIARIES or (w.islower() and w.endswith(german.PAST_SINGULAR_ENDING) and len(w) > 4)


def _company_verb(words: list[str], k: int) -> bool:
    """A singular finite verb at k after a firm's name: `_singular_verb`, a modal's subjunctive („solle“) or a
    present in „-t“ that is no adverb („verlegt“, not „jetzt“); no copula before an indefinite article, which
    names what a title is („Zentrix ist eine Serie“).

    >>> _company_verb(["Zentrix", "verlegt"], 1), _company_verb(["Zentrix", "ist", "eine", "Serie"], 1)
    (True, False)
    """
    if k >= len(words):
        return False
    w = words[k]
    if w in german.BE_FORMS and k + 1 < len(words) and words[k + 1].lower() in german.INDEFINITE_ARTICLES:
        return False
    return _singular_verb(words, k) or w in german.SUBJUNCTIVE_MODALS and not w.endswith("en") \
        or w.isalpha() and w.islower() and len(w) > 3 and w.endswith("t") and w not in german.CLAUSE_ADVERBS \
        and w not in german.FUNCTION_WORDS and w not in german.NEGATIONS


def _closed_list(words: list[str], k: int) -> bool:
    """Word k stands in a list of capitalised words that „und“, „oder“ or „sowie“ closes after it; a comma
    without one parts clauses („… ein Zentrum, Zentrix baute …“).

    >>> _closed_list(["Zentrix", ",", "Lumo", "und", "Saturn"], 0)
    True
    >>> _closed_list(["Zentrum", ",", "Zentrix", "baute"], 2)
    False
    """
    i = k
    while i + 2 < len(words) and words[i + 1] == "," and words[i + 2][:1].isupper():
        i += 2
    return i + 1 < len(words) and words[i + 1] in german.LIST_CONJUNCTIONS


def _list_end(words: Sequence[str], k: int) -> int:
    """The last word of the list of one-word names that word k stands in („Lumo, Zentrix und Saturn“).

    >>> _list_end(["Lumo", ",", "Zentrix", "und", "Saturn", ",", "drei", "Dienste"], 2)
    4
    """
    while k + 2 < len(words) and (words[k + 1] == "," or words[k + 1] in german.LIST_CONJUNCTIONS) \
            and words[k + 2][:1].isupper():
        k += 2
    return k


def _apposition_noun(words: Sequence[str], k: int) -> str | None:
    """The noun of the plural apposition after word k that says what a list is: „…, drei alte Dienste“.

    >>> _apposition_noun(["Saturn", ",", "drei", "alte", "Dienste", "."], 0), _apposition_noun(["Saturn", "."], 0)
    ('Dienste', None)
    """
    if k + 3 >= len(words) or words[k + 1] != "," or words[k + 2] not in german.PLURAL_QUANTIFIERS:
        return None
    j = k + 3
    while j < len(words) and words[j].isalpha() and words[j].islower():
        j += 1      # adjectives: „zwei wenig genutzte Dienste“
    return words[j] if j < len(words) and words[j][:1].isupper() else None


def _joined_neighbour(words: Sequence[str], k: int, marks: Collection[str], test: Callable[[int], bool]) -> bool:
    """Whether the word before or after word k's list mark (one of `marks`: „und“, „,“) passes `test`."""
    return any(0 <= j < len(words) and words[link] in marks and test(j) for j, link in ((k - 2, k - 1), (k + 2, k + 1)))


def _genitive_firms(text: str, words: list[str], idx: list[int], classes: dict[str, str], taken: list[bool]) -> list[Hit]:
    """The firms by their word class named in the -s genitive before a noun: „Vodafones Netz“ (`company-class-genitive`)."""
    out = []
    for k, firm in company_genitives(words, classes, lambda j: not taken[j]):
        out.append(token_hit(text, words, idx, k, k + 1, "ORG", firm, "class", COMPANY_GENITIVE))
        fired(COMPANY_GENITIVE)
    return out


def _fired(rule: str) -> bool:
    fired(rule)
    return True


class LoneNames:
    """Mixed into `Gazetteer`: lone names read by a verb of saying or reporting, or by their word class."""

    def _speakers(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                  covered: list[bool], opens: frozenset[int]) -> list[Hit]:
        """A lone name next to a verb of saying (`kg.nlp.speakers`)."""
        taken = cover(hits, list(covered))

        def may_name(k: int) -> bool:
            w = words[k]
            if taken[k] or not self.is_name_word(w) or self.title(w) is not None or w.endswith(german.NOUN_SUFFIXES):
                return False
            cls = self.name_classes.get(w)
            if cls == "SURNAME":
                return not self._reporting_surname(words, k, opens)
            return cls is None and self._unknown(words, taken, k) and self._named_elsewhere(words, k, opens)
        out = []
        for k in speaker_tokens(words, self.speech_verbs, may_name):
            taken[k] = True
            out.append(Hit(idx[k], idx[k] + len(words[k]), "PER", words[k], words[k], k, k + 1, "speaker", SPEAKER))
            fired(SPEAKER)
        return out

    def _media_sources(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                       covered: list[bool], opens: frozenset[int]) -> list[Hit]:
        """A lone unknown name that reports news (`kg.nlp.speakers.source_tokens`), or a surname by its class
        that reports news and that the article never introduces (`_reporting_surname`): a medium."""
        taken = cover(hits, list(covered))
        in_names = person_words(words, hits)

        def may_name(k: int) -> bool:
            w = words[k]
            if taken[k] or w in in_names or not self.is_name_word(w) or w.endswith(german.NOUN_SUFFIXES):
                return False
            if self.name_classes.get(w) == "SURNAME":
                return self._reporting_surname(words, k, opens)
            return (self._coined_medium(w) or self.name_classes.get(w) is None and self._unknown(words, taken, k)) \
                and not named_elsewhere(words, k, self._compound_first, lambda v: self.title(v) is not None)
        out = []
        for k in source_tokens(words, self.media_verbs, may_name):
            rule = MEDIA_SURNAME if self.name_classes.get(words[k]) == "SURNAME" else (
                MEDIA_COINED if self._coined_medium(words[k]) else MEDIA_SOURCE)
            taken[k] = True
            out.append(Hit(idx[k], idx[k] + len(words[k]), "ORG", words[k], words[k], k, k + 1, "context:media", rule))
            fired(rule)
        return out + self._report_clause_sources(text, words, idx, taken, in_names)

    def _lone_bodies(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                     covered: list[bool], opens: frozenset[int]) -> list[Hit]:
        """Lone names that are bodies by what they do: media that report, then parties that negotiate."""
        media = self._media_sources(text, words, idx, hits, covered, opens)
        return media + self._negotiators(text, words, idx, hits + media, covered)

    def _negotiators(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                     covered: list[bool]) -> list[Hit]:
        """A lone name no list holds that negotiates (`kg.nlp.negotiators`): an organisation."""
        taken = cover(hits, list(covered))
        in_names = person_words(words, hits)

        def may_name(k: int) -> bool:
            w = words[k]
            if taken[k] or w in in_names or self.title(w) is not None:
                return False
            if w.isupper():     # an acronym no list holds: „QVX verhandelt …“
                return w.isalpha() and 1 < len(w) <= _ACRONYM_LENGTH and w not in self.thing_acronyms
            return self._foreign_word(w) and self.name_classes.get(w) is None \
                and not w.endswith(german.NOUN_SUFFIXES) \
                and not named_elsewhere(words, k, self._compound_first, lambda v: self.title(v) is not None)
        out = []
        for k in negotiating_tokens(words, NEGOTIATING, may_name):
            out.append(Hit(idx[k], idx[k] + len(words[k]), "ORG", words[k], words[k], k, k + 1, "context:company",
                           NEGOTIATOR))
            fired(NEGOTIATOR)
        return out

    def _coined_medium(self, w: str) -> bool:
        """A coined medium's name: no German word, no word class, ending in a medium's word („Kirchpress“)."""
        return w.casefold().endswith(MEDIA_NAME_TAILS) and w not in self.common and w.casefold() not in MEDIA_NAME_TAILS \
            and self.name_classes.get(w) is None

    def _report_clause_sources(self, text: str, words: list[str], idx: list[int], taken: list[bool],
                               in_names: set[str]) -> list[Hit]:
        """The names between „wie“ and a verb of reporting that closes the clause (`media-report-clause`,
        `kg.nlp.speakers.report_clause_names`): „wie Morning Ledger berichtet“, „wie Techblick.de meldete“; a
        one-word name only where the article names it nowhere beside a name word or title."""
        def name_word(k: int) -> bool:
            w = words[k]
            return not taken[k] and w not in in_names and w not in NOT_NAMES and (w.isalnum() or is_web_domain(w)) \
                and not self.is_first_name(w) and self.title(w) is None \
                and self.name_classes.get(w) not in ("FIRST", "SURNAME")

        def foreign(k: int) -> bool:
            return words[k] not in self.common or words[k] in self.brand_words

        out = []
        for i, j in report_clause_names(words, self.media_verbs, name_word, foreign):
            if j == i + 1 and named_elsewhere(words, i, self._compound_first, lambda v: self.title(v) is not None):
                continue        # „Eva Kranich … wie Kranich berichtet“: a person introduced before
            out.append(token_hit(text, words, idx, i, j, "ORG", None, "context:media", MEDIA_REPORT_CLAUSE))
            fired(MEDIA_REPORT_CLAUSE)
        return out

    def _reporting_surname(self, words: list[str], k: int, opens: frozenset[int]) -> bool:
        """Word k, a surname by its class, stands beside a verb of reporting news („berichtet Hanse“) in an
        article that names it nowhere beside a name word or after a title: the medium, no person."""
        media = self.media_verbs
        return (k > 0 and words[k - 1] in media or k + 1 < len(words) and words[k + 1] in media) \
            and sum(0 < o <= k for o in opens) >= 2 \
            and not named_elsewhere(words, k, self._compound_first, lambda v: self.title(v) is not None)

    def _named_elsewhere(self, words: list[str], k: int, opens: frozenset[int]) -> bool:
        """`kg.nlp.speakers.named_elsewhere` by our lists: a name word, a title; only where sentences
        before k could have named it (a lone sentence is no article)."""
        if sum(0 < o <= k for o in opens) < 2 or named_elsewhere(words, k, self._compound_first,
                                                            lambda w: self.title(w) is not None):
            return True
        fired(NAMED_ELSEWHERE)
        return False

    def _classed(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                 covered: list[bool], opens: frozenset[int]) -> list[Hit]:
        """Lone unknown words typed by their word class (`kg.nlp.classes`); `opens`: the sentences'
        first words."""
        taken = cover(hits, list(covered))
        out = []
        n = len(words)

        def loose(k: int) -> bool:
            """A capitalised word next to k (no function word): k is part of a longer name or title."""
            return 0 <= k < n and words[k][:1].isupper() and words[k] not in NOT_NAMES

        # a word of a person's name elsewhere in the text is that person's surname: `extract` links it
        in_names = person_words(words, hits)

        def lone(k: int) -> bool:
            if taken[k] or loose(k + 1) or words[k] in in_names:
                return False
            if self.no_lone_name(words, k, opens):
                return False
            if self._coordinated_noun(words, k, lambda j: not taken[j] and words[j] not in in_names):
                return False
            if self.employer_slot(words, k):
                return False
            if loose(k - 1):    # a place may follow the noun it is named by: "am Standort Koblenz"
                return self._place_after_noun(words, taken, k)
            return self._class_word(words, taken, k)
        for i, j, label in lone_class_hits(words, self.name_classes, lone):
            rule = (COMPANY_OPENS if i == 0 or words[i - 1] in _OPENERS else COMPANY_CLASS) \
                if label == "ORG" and self.name_classes[words[i]] == "COMPANY" else \
                PLACE_AFTER_NOUN if loose(i - 1) else WORD_CLASS if self._unknown(words, taken, i) or \
                label != "PLACE" or words[i] in self.common else PLACE_COMPOUND
            out.append(token_hit(text, words, idx, i, j, label, None, "class", rule))
            fired(rule)
        return out + _genitive_firms(text, words, idx, self.name_classes, cover(out, taken))

    def no_lone_name(self, words: Sequence[str], k: int, opens: frozenset[int]) -> bool:
        """Word k is no name by its class or the learned tagger alone: an adjective or adverb opening a
        sentence („Lange hat …“), colours („Rot und Schwarz“), a common noun after a preposition of place („aus
        Seenot“), a word of the surnames' class heading a noun phrase („einen tiefen Keil“, `_noun_phrase_head`)."""
        w = words[k]
        if w in self.lowercase_names and opening(words, k, opens) or colours(w, self.colour_words) \
                or self.plain_noun_after_preposition(words, k, LOCATIVES):
            return True
        if self.name_classes.get(w) != "SURNAME":
            return False
        if counted(words, k):
            return True
        if w in self.common and _noun_phrase_head(words, k):
            fired(CLASS_AFTER_ARTICLE)     # a place may take one („am Brenner“), an acronym too („der US-FCC“)
            return True
        if w not in self.common and (_after_article(words, k) or _noun_phrase_head(words, k)):
            fired(SURNAME_NOUN_PHRASE)     # „der Hacker“, „der schnittige Sager“: a noun no lexicon holds
            return True
        return False

    def _coordinated_noun(self, words: Sequence[str], k: int, free: Callable[[int], bool]) -> bool:
        """Word k, a surname by its class, is joined by „und“, „oder“, „sowie“ to a German common noun that is
        no name, title or first name, as things are coordinated with things („Sturm und Hagel“), not „der
        Landrat und Kowalczyk“; fires the guard. `free(j)`: word j is in no name read so far („Hanna Vogel und
        Kowalczyk“)."""
        def plain_noun(j: int) -> bool:
            w = words[j]
            return free(j) and w[:1].isupper() and w in self.common and w not in self.name_classes \
                and (w,) not in self.phrases and self.title(w) is None and not self.is_first_name(w)
        if self.name_classes[words[k]] == "SURNAME" and _joined_neighbour(words, k, german.LIST_CONJUNCTIONS,
                                                                          plain_noun):
            fired(SURNAME_COORDINATED_NOUN)
            return True
        return False

    def employer_slot(self, words: Sequence[str], k: int) -> bool:
        """Word k, a surname by its class, stands where an employer does: after „bei“ that follows a job
        title („Filialleiter bei Brodowski“), a firm's slot; fires the guard."""
        if k > 1 and words[k - 1] in german.EMPLOYER_PREPOSITIONS and self.name_classes.get(words[k]) == "SURNAME" \
                and self.title(words[k - 2]) is not None:
            fired(SURNAME_EMPLOYER)
            return True
        return False

    def _listed_with_unread(self, words: list[str], taken: list[bool], k: int) -> bool:
        """Word k, a firm by its class, is listed with a capitalised word that no rule read and that is no firm
        by its class either, and the list's apposition names things, no firms: products or services listed
        („Notes, Apollo und Saturn, drei alte Dienste“); fires the guard. A list of firms with no such
        apposition is one of firms („Netflix, Hulu oder Zentrix“)."""
        marks = german.LIST_CONJUNCTIONS if not _closed_list(words, k) else (",", *german.LIST_CONJUNCTIONS)

        def unread(j: int) -> bool:
            return words[j][:1].isupper() and not taken[j] and self.name_classes.get(words[j]) != "COMPANY" \
                and words[j] not in NOT_NAMES
        noun = _apposition_noun(words, _list_end(words, k))
        return noun is not None and self.org_heads.kind(noun) != _FIRMS \
            and _joined_neighbour(words, k, marks, unread) and _fired(COMPANY_LISTED_UNREAD)

    def _place_after_noun(self, words: list[str], taken: list[bool], k: int) -> bool:
        """A place by its word class after a German noun that is no title and heads no organisation's
        name: 'am Standort Koblenz', not 'das Amtsgericht Wismar', 'Trainer Gruber'."""
        noun = words[k - 1]
        if self.name_classes[words[k]] != "PLACE" or noun not in self.common or self.title(noun) is not None \
                or self._org_noun(noun) or self.org_heads.kind(noun) is not None:
            return False
        return self._class_word(words, taken, k)

    def _class_word(self, words: list[str], taken: list[bool], k: int) -> bool:
        """Whether the lone word k may be a name of its word class."""
        w = words[k]
        cls = self.name_classes[w]
        if cls == "ORG":            # an organisation's class holds acronyms ("SDLP"), and an acronym is no noun
            return w.isupper() and w.isalpha()
        if cls == "COMPANY" and (k == 0 or words[k - 1] in _OPENERS):     # a subject before its verb
            return _company_verb(words, k + 1) and not self._listed_with_unread(words, taken, k)
        if cls == "COMPANY":        # a firm's name takes no article nor adjective; a title of a show may
            return not _after_article(words, k) \
                and not _noun_phrase_head(words, k) and not self._listed_with_unread(words, taken, k)
        if cls in ("PLACE", "SURNAME") and w in self.common:
            # a place that is also a word ("Halle"): a name only without an article before it
            if not (self.is_name_word(w) and self.title(w) is None):
                return False
            if k == 0:      # a bare singular noun is no subject: „Müller studierte …“ names a person
                return cls == "SURNAME" and _singular_verb(words, k + 1) and _fired(SURNAME_SUBJECT)
            if words[k - 1] in _ARTICLE_LIKE:
                fired(CLASS_AFTER_ARTICLE)
                return False
            if cls == "PLACE" and _feminine_phrase_head(words, k):
                fired(PLACE_AFTER_ADJECTIVE)
                return False
            return True
        if cls == "PLACE" and not taken[k] and w not in self.common and self.is_name_word(w) and self.title(w) is None:
            return True         # a place's compound ("Friedrichshafen"): its class outweighs its German parts
        return self._unknown(words, taken, k)
