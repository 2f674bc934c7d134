"""A sentence as the talks and events stages read it (`Sentence`, with its `Actor` phrases) and its clauses: where
each begins and ends (`clause_ranges`: punctuation, subordinators, „und“ before a verb; not inside an apposition, a
list or between adjectives) and the verb it holds (`clause_particle`, `clause_has_verb`, `verb_keys`). `sentences`
builds the sentences, `actor_phrases` their actors, `prepositions` the preposition governing each; `words` has the
words and their lemmas.

>>> words = words_of("Biden sicherte Selenskyj Unterstützung zu.")
>>> [w.text for w in words][:3]
['Biden', 'sicherte', 'Selenskyj']
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from kg import german
from kg.extract.mentions import Mention
from kg.extract.rules import declare, fired
# the words of a sentence live in `words`; their names are imported from here too
from kg.extract.words import Word, lemma_of, make_word, words_of
from kg.german import (ARTICLES, COORDINATORS, DETERMINERS, LIST_CONJUNCTIONS, PREPOSITIONS, RELATIVES,
                       SEPARABLE_PARTICLES, SUBORDINATORS, THIRD_PERSON_PRONOUNS)
from kg.nlp.memo import Cache

ACTOR_TYPES = frozenset({"State", "Official", "Organization"})
# Words that end a clause or a phrase; quotes and dashes too, since news prose
# uses them for insertions.
BOUNDARY_PUNCT = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "?", "!", "."})


@dataclass(frozen=True)
class Actor:
    """One actor phrase of a sentence: the entity it names and the words it spans."""

    key: str
    type: str
    first: int                  # index of its first word in Sentence.words
    last: int                   # index of its last word
    prep: str | None            # governing preposition, if any ("mit")
    resolved: bool = False      # a pronoun or title resolved to an earlier actor
    of: str | None = None       # the state or body written into the phrase ("Rada-Vizechef X"): X acts for it

    @classmethod
    def referred(cls, key: str, type_: str, at: int, prep: str | None = None) -> Actor:
        """The actor one word at `at` refers to without naming it („er“, „der Minister“, „die Regierung“, „das
        Land“), hence `resolved`."""
        return cls(key, type_, at, at, prep, resolved=True)


@dataclass(frozen=True)
class Sentence:
    """A sentence with its words, actors (in text order), places and clause ranges."""

    index: int
    start: int
    end: int
    text: str
    words: tuple[Word, ...]
    actors: tuple[Actor, ...]
    places: tuple[tuple[Mention, int], ...]          # Place mentions with their word index
    clauses: tuple[tuple[int, int], ...]             # [first, last) word ranges
    persons: tuple[int, ...] = ()                    # first words of Person (non-official) mentions
    named: frozenset[int] = frozenset()              # words wholly inside a name ("UN-Vollversammlung"): no cues
    owners: tuple[Actor, ...] = ()                   # state adjectives on a noun the state owns, not acts
                                                     # through ("die peruanischen Vorschläge")
    renaming: frozenset[int] = frozenset()           # commas opening names that rename the noun phrase before
                                                     # them (`clause-names-apposition`, read by `clause_layout`)
    home: str | None = None                          # the state the article is about so far, where its dateline
                                                     # lies (`Resolver.home_state`)

    def clause_of(self, word: int) -> tuple[int, int]:
        for first, last in self.clauses:
            if first <= word < last:
                return first, last
        return 0, len(self.words)

    def actors_in(self, first: int, last: int) -> list[Actor]:
        return [a for a in self.actors if first <= a.first < last]

    def clause_actors(self, word: int) -> list[Actor]:
        """The actors of the clause `word` stands in."""
        return self.actors_in(*self.clause_of(word))


def clause_ranges(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Clause word ranges: cut at clause punctuation, subordinators and '… und' + verb.

    >>> ws = words_of("Russland bestreitet die Pläne und wirft der Ukraine vor, Soldaten verlegt zu haben.")
    >>> [" ".join(w.text for w in ws[a:b]) for a, b in clause_ranges(ws)]
    ['Russland bestreitet die Pläne', 'und wirft der Ukraine vor', ', Soldaten verlegt zu haben .']
    """
    return clause_layout(words)[0]


def clause_layout(words: Sequence[Word]) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """`clause_ranges`, and the commas that open names renaming the noun phrase before them
    (`Sentence.renaming`): the scan reads them once.

    >>> clause_layout(words_of("Die Chefs der Parteien, Ali Can und Eva Berg, trafen sich."))[1]
    frozenset({4})
    """
    cuts = [0]
    renaming: set[int] = set()      # opening commas of those names
    inserted: set[int] = set()      # closing commas of appositions: the clause around them goes on
    named: set[int] = set()         # closing commas of names renaming the subject: its verb follows
    aside: set[int] = set()         # the dashes around a prepositional phrase inserted in the clause
    for i in [k for k, w in enumerate(words) if w.lower in _CUTTING and k]:     # most words cut nothing
        w = words[i]
        if i in aside:
            continue
        if w.text in DASHES and (end := _dash_aside_end(words, i)) is not None:
            aside.add(end)
            continue
        if w.text in BOUNDARY_PUNCT and w.text not in (".", "?", "!", "(", ")"):
            end = _apposition_end(words, i) if w.text == "," else None
            if end is not None:
                inserted.add(end)
            elif w.text == "," and (i in named or (end := _names_apposition_end(words, i)) is not None):
                if end is not None:
                    renaming.add(i)
                named.add(end or i)
            elif not (w.text == "," and (_list_comma(words, i) or _adjective_comma(words, i)
                                         or (i in inserted and _resumes(words, i)))):
                cuts.append(i)
        elif _opens_subordinate(words, i):
            cuts.append(i)
        elif w.lower in COORDINATORS and i + 1 < len(words) and _verb_like(words[i + 1]):
            cuts.append(i)
    cuts.append(len(words))
    ranges = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            ranges.append((a, b))
    return ranges, frozenset(renaming)


FINAL_PARTICLE = declare("clause-final-particle", "clause", "a subordinator that is also a verb particle, right "
                        "before a punctuation mark, or any subordinator right before the sentence's end, opens no "
                        "clause: it ends its clause as a particle or adverb („Ein Angriff auf Nordland steht "
                        "unmittelbar bevor, warnte der Minister“); not „dass, wenn …“ (a clause inserted after it)")


_SENTENCE_ENDS = frozenset(".!?")


def _opens_subordinate(words: Sequence[Word], i: int) -> bool:
    """Word i is a subordinator that opens a clause: after no punctuation, no „als“/„wie“, no final particle."""
    w = words[i]
    return w.lower in SUBORDINATORS and words[i - 1].text not in BOUNDARY_PUNCT \
        and w.lower not in german.COMPARATIVE_CONJUNCTIONS and not _clause_final_particle(words, i)


def _clause_final_particle(words: Sequence[Word], i: int) -> bool:
    """Word i, a subordinator, ends its clause (`clause-final-particle`)."""
    ends = i + 1 == len(words) or words[i + 1].text in _SENTENCE_ENDS
    if not ends and not (words[i + 1].text in BOUNDARY_PUNCT and words[i].lower in german.SEPARABLE_PARTICLES):
        return False
    fired(FINAL_PARTICLE)
    return True


# the words `clause_ranges` may cut at (punctuation is its own lower case)
_CUTTING = BOUNDARY_PUNCT | SUBORDINATORS | COORDINATORS
APPOSITION = declare("clause-apposition", "clause", "a noun phrase between commas after a noun, opened by an "
                     "article and holding no verb, renames that noun: it stays in the clause around it and takes "
                     "the noun's preposition: „traf mit dem Vorsitzenden der Partei, dem Abgeordneten Deniz Baykal, "
                     "zusammen“")


def _apposition_end(words: Sequence[Word], i: int) -> int | None:
    """The comma (or sentence end) closing an apposition opened by the comma at `i`, else None.

    >>> ws = words_of("traf mit dem Chef der Partei, dem Abgeordneten Ali Can, zusammen.")
    >>> _apposition_end(ws, 6)
    11
    >>> _apposition_end(words_of("traf mit dem Chef der Partei, der ihn empfangen hatte, zusammen."), 6) is None
    True
    """
    if not 0 < i < len(words) - 3 or words[i + 1].lower not in ARTICLES or not words[i - 1].capitalized:
        return None
    start = next((j for j in range(i - 1, -1, -1) if words[j].text in BOUNDARY_PUNCT), -1)
    if any(w.lower in LIST_CONJUNCTIONS for w in words[start + 1:i]):
        return None         # "Russland und Ukraine, dem Besuch …": a list goes on
    for j in range(i + 2, min(len(words), i + 10)):
        if words[j].text in (",", ".") and words[j - 1].capitalized and j > i + 2:
            # ", der Sicherheitsrat, Minister Carter versichern": a list goes on after it
            return j if j + 1 == len(words) or not words[j + 1].capitalized else None
        if not _noun_phrase_word(words, j):
            return None
    return None


DASH_ASIDE = declare("clause-dash-aside", "clause", "a phrase between two dashes that opens with a preposition and "
                     "holds no verb is inserted in the clause around it, which goes on after the second dash: „Die "
                     "Ministerin telefonierte am Montag – mit ihrem Amtskollegen aus Chile – über den Handel“; not a "
                     "clause between dashes („– mit ihr sprach er nie –“)")
DASHES = frozenset({"–", "—", "-"})
_DASH_ASIDE_REACH = 12      # words from the opening dash to the closing one


def _dash_aside_end(words: Sequence[Word], i: int) -> int | None:
    """The dash closing a prepositional phrase without a verb that the dash at `i` opens, else None.

    >>> ws = words_of("Sie sprach – mit dem Chef der Partei – über Geld.")
    >>> _dash_aside_end(ws, 2)
    8
    """
    if i + 2 >= len(words) or words[i + 1].lower not in PREPOSITIONS:
        return None
    for j in range(i + 2, min(len(words) - 1, i + _DASH_ASIDE_REACH)):
        w = words[j]
        if w.text in DASHES:
            if j == i + 2:
                return None
            fired(DASH_ASIDE)
            return j
        if w.text in BOUNDARY_PUNCT or w.lower in SUBORDINATORS or (w.verb_or_auxiliary and not (
                w.lower.endswith(german.ADJECTIVE_ENDINGS) and words[j + 1].capitalized)):
            return None     # a verb ends the phrase; an adjective before its noun does not („dem neuen Chef“)
    return None


NAMES_APPOSITION = declare("clause-names-apposition", "clause", "coordinated names between commas after a "
                          "noun phrase opening the sentence, before its verb, rename it and stay in its clause: „Die "
                          "Außenminister der USA und Russlands, John Kerry und Sergej Lawrow, trafen sich in Genf“")


NAME_APPOSITION = declare("clause-name-apposition", "clause", "one full name (two words or more) between commas after "
                          "a noun phrase opening the sentence, before its verb, renames it and stays in its clause: „Der "
                          "Chef der kurdischen PYD, Salih Muslim, traf in Paris mit Präsident Hollande zusammen“")


def renames_opening_phrase(words: Sequence[Word], i: int) -> bool:
    """The comma at `i` opens names that rename the noun phrase opening the sentence (`clause-name-apposition`):
    they take no preposition from inside that phrase („Die Vorsitzende im Verband, Eva Berger, …“)."""
    return words[i].text == "," and _names_apposition_end(words, i) is not None


def _names_apposition_end(words: Sequence[Word], i: int) -> int | None:
    """The comma closing coordinated names that the comma at `i` opens after an article-led noun phrase,
    where a verb follows it, else None.

    >>> ws = words_of("Die Chefs der beiden Parteien, Ali Can und Eva Berg, trafen sich.")
    >>> _names_apposition_end(ws, 5)
    11
    >>> _names_apposition_end(words_of("Die Partei lehnt ab, Ali Can und Eva Berg, sagte er."), 4) is None
    True
    """
    phrase_end = _acronym_bracket(words, i) if 0 < i else i
    if not (0 < phrase_end and i < len(words) - 5 and words[phrase_end - 1].capitalized and words[i + 1].capitalized
            and words[i + 1].lower not in DETERMINERS):
        return None
    start = next((j for j in range(phrase_end - 1, -1, -1) if words[j].text in BOUNDARY_PUNCT), -1)
    possessive = words[start + 1].lower in german.POSSESSIVES
    if (words[start + 1].lower not in ARTICLES and not possessive) or not all(
            w.lower in LIST_CONJUNCTIONS or _noun_phrase_word(words, j) or _attribute_preposition(words, start, j)
            for j, w in enumerate(words[start + 1:phrase_end], start + 1)):
        return None
    prepositional = any(_attribute_preposition(words, start, j) for j in range(start + 1, phrase_end))
    joined = False
    for j in range(i + 1, min(len(words) - 1, i + 10)):
        w = words[j]
        if w.text == ",":
            # one name renames only as a full name of two words or more („Der Chef der PYD, Salih Muslim, traf …“)
            if not ((joined or j - i > 2) and words[j - 1].capitalized and words[j + 1].verbish):
                return None
            kinds = (NAMES_APPOSITION if joined else NAME_APPOSITION, possessive and POSSESSIVE_APPOSITION,
                     prepositional and PREPOSITIONAL_APPOSITION, phrase_end != i and BRACKET_APPOSITION)
            for kind in filter(None, kinds):
                fired(kind)
            return j
        if w.lower in LIST_CONJUNCTIONS:
            joined = True
        elif not (w.capitalized and w.text.replace("-", "").isalpha()):
            return None
    return None


BRACKET_APPOSITION = declare("clause-name-apposition-bracket", "clause", "the noun phrase a name between commas "
                             "renames may end with its acronym in brackets: „Der Generalsekretär der Nordallianz (NA), "
                             "Tomas Veldrup, kritisierte Russland“ (one clause: Veldrup criticises)")
_ACRONYM_WORDS = 2      # words in a bracket of acronyms: „(UN)“, „(ÖGB, FSG)“


def _acronym_bracket(words: Sequence[Word], i: int) -> int:
    """The index of the opening bracket of a short bracket of capitalised words that closes right before the comma
    at `i` („(UN)“), else `i`."""
    if words[i - 1].text != german.ASIDE_MARKS[german.BRACKET_OPEN]:
        return i
    for j in range(i - 2, max(0, i - 3 - _ACRONYM_WORDS), -1):
        if words[j].text == german.BRACKET_OPEN:
            return j if j < i - 2 else i
        if not (words[j].capitalized and words[j].text.replace("-", "").isalnum()) or words[j].verbish:
            return i
    return i


POSSESSIVE_APPOSITION = declare("clause-name-apposition-possessive", "clause", "the noun phrase a name between "
                                "commas renames may open with a possessive: „Sein Stellvertreter, Vizekanzler Karl "
                                "Obermoser, gibt Landesrat Franz Talhammer die Schuld“ (one clause: Obermoser blames "
                                "Talhammer)")


PREPOSITIONAL_APPOSITION = declare("clause-name-apposition-prepositional", "clause", "the noun phrase a name between "
                                   "commas renames may hold a prepositional attribute after its noun: „Die Vorsitzende "
                                   "im Verband der Bäcker, Eva Berger, kritisiert die ÖVP“, „Der Botschafter in Wien, "
                                   "Ali Can, traf …“ (one clause: Eva Berger criticises)")


def _attribute_preposition(words: Sequence[Word], start: int, j: int) -> bool:
    """A preposition (or contraction) after the article and noun opening the phrase at `start` + 1: „im“ in „Die
    Vorsitzende im Verband“."""
    return j > start + 2 and words[j].lower in PREPOSITIONS and words[j - 1].text.replace("-", "").isalpha() \
        and j + 1 < len(words) and (words[j + 1].capitalized or words[j + 1].lower in DETERMINERS)


def _noun_phrase_word(words: Sequence[Word], j: int) -> bool:
    """A word of a noun phrase: a capitalised word, a determiner, or an inflected adjective before one."""
    w = words[j]
    if not w.text.replace("-", "").isalpha() or w.lower in SUBORDINATORS or w.lower in COORDINATORS:
        return False
    if w.capitalized or w.lower in DETERMINERS:
        return True
    return not w.verbish and w.lower.endswith(german.ADJECTIVE_ENDINGS) and j + 1 < len(words) \
        and (words[j + 1].capitalized or _noun_phrase_word(words, j + 1))


def _resumes(words: Sequence[Word], i: int) -> bool:
    """After an apposition's closing comma the clause around it goes on, unless a verb, a subordinator
    or a relative pronoun opens a new one (", sagte Merkel", ", die …")."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is not None and not (nxt.verbish or nxt.lower in SUBORDINATORS or nxt.lower in RELATIVES)


def apposition_prep(words: Sequence[Word], first: int) -> str | None:
    """The preposition of the noun an apposition before word `first` renames, if the apposition's
    article agrees with the noun's ("mit dem Chef der Partei, dem Abgeordneten Can" → "mit")."""
    comma = next((i for i in range(first - 1, max(0, first - 5), -1) if words[i].text == ","), None)
    if comma is None or _apposition_end(words, comma) is None or _apposition_end(words, comma) < first:
        return None
    article = words[comma + 1].lower
    for j in range(comma - 1, max(-1, comma - 10), -1):
        w = words[j]
        if w.lower in PREPOSITIONS:
            head = words[j + 1].lower
            agrees = head not in DETERMINERS or head[-2:] == article[-2:] or head[-1] == article[-1] == "e"
            if agrees:
                fired(APPOSITION)
            return w.lower if agrees else None
        if w.text in BOUNDARY_PUNCT or w.verbish or w.lower in COORDINATORS or w.lower in THIRD_PERSON_PRONOUNS:
            return None
    return None


def _list_comma(words: Sequence[Word], i: int) -> bool:
    """A comma between items of a noun list, joined by „und“ or by commas alone (`clause-asyndetic-list`)."""
    return _conjoined_list(words, i) or _asyndetic_list(words, i)


def _conjoined_list(words: Sequence[Word], i: int) -> bool:
    """A comma between items of a noun list closed by „und“ ("für Syrien, UN-Organisationen und afrikanische Länder").

    >>> ws = words_of("Hilfe für Syrien, Jordanien und den Libanon")
    >>> _conjoined_list(ws, 3)
    True
    >>> _conjoined_list(words_of("Es trafen sich Putin, Poroschenko, Merkel und Hollande."), 4)
    True
    """
    k = i + 2 if i + 2 < len(words) and words[i + 1].lower in DETERMINERS else i + 1   # ", die Türkei und …"
    if k + 1 >= len(words) or not words[i - 1].capitalized or not words[k].capitalized:
        return False
    articled = False
    for j in range(k + 1, min(len(words), k + 8)):
        if words[j].lower in LIST_CONJUNCTIONS:
            if articled:
                fired(LIST_ARTICLE)
            return True
        if words[j].text == "," and j + 1 < len(words) and words[j + 1].capitalized:
            continue        # "Putin, Poroschenko, Merkel und Hollande": the list goes on
        if words[j].text == "," and _articled_item(words, j):
            articled = True     # "Tschechiens, Polens, der Slowakei und Ungarns": an article opens the next item
            continue
        if not (words[j].capitalized or words[j].text.isalpha() and not words[j].verbish):
            return False
    return False


ASYNDETIC_LIST = declare("clause-asyndetic-list", "clause", "three or more short names listed with commas alone "
                         "(no „und“), each of capitalised words (and a number), the list closed by a comma before a "
                         "lower-case word or by the sentence's end, are one list in one clause: „Die Ministerin traf "
                         "Vertreter von Velda, Nordbund, Grünfeld, um über den Vertrag zu reden“ (three partners); "
                         "not where a name is followed by a lower-case word („Velda, Nordbund sagte, …“)")
_ASYNDETIC_ITEM = 3     # words at most in one name of such a list: „Global 2000“, „Rotes Kreuz Wien“


def _asyndetic_list(words: Sequence[Word], i: int) -> bool:
    """The comma at `i` stands in a list of three or more short names joined by commas alone (`clause-asyndetic-list`).

    >>> ws = words_of("Sie traf Vertreter von Velda, Nordbund, Grünfeld, um zu reden.")
    >>> _asyndetic_list(ws, 5), _asyndetic_list(ws, 7)
    (True, True)
    >>> _asyndetic_list(words_of("Sie traf Vertreter von Velda, Nordbund sagte ab."), 5)
    False
    """
    start = i
    while start > 0 and (_name_word(words[start - 1]) or words[start - 1].text == "," and start - 1 < i):
        start -= 1      # back over the names and commas before it to the list's first name
    if start == 0 or start >= i or words[start - 1].text in BOUNDARY_PUNCT or not words[start].capitalized:
        return False    # the first name goes on from a word of its clause („von Velda“), not from a cut
    items, j = 0, start - 1
    while j < len(words) and (j == start - 1 or words[j].text == ","):
        end = j + 1
        while end < len(words) and _name_word(words[end]):
            end += 1
        if end == j + 1 or end - j - 1 > _ASYNDETIC_ITEM or not words[j + 1].capitalized:
            break
        items, j = items + 1, end
    closed = j >= len(words) or words[j].text in _SENTENCE_ENDS \
        or words[j].text == "," and j + 1 < len(words) and not words[j + 1].capitalized
    if items >= 3 and closed and j > i:
        fired(ASYNDETIC_LIST)
        return True
    return False


def _name_word(w: Word) -> bool:
    """A word of a short listed name: capitalised, or a number after one, and no verb."""
    return (w.capitalized or w.text.isdigit()) and not w.verbish and w.text.replace("-", "").isalnum()


LIST_ARTICLE = declare("clause-list-article", "clause", "a comma list goes on over an item opened by an article: "
                       "„Die Regierungschefs Tschechiens, Polens, der Slowakei und Ungarns trafen sich in Prag“ and "
                       "„Tschechien, Polen, die Slowakei und Ungarn trafen sich“ are one clause with four subjects")


def _articled_item(words: Sequence[Word], j: int) -> bool:
    """The comma at `j` is followed by an article and a capitalised word ("…, der Slowakei und …")."""
    return j + 2 < len(words) and words[j + 1].lower in ARTICLES and words[j + 2].capitalized


ADJECTIVE_COMMA = declare("clause-adjective-comma", "clause", "a comma between adjectives of one noun („eine "
                          "große, ernsthafte Bedrohung“, „sehr, sehr ernsthaft“) cuts no clause: „Merkel hatte Iran "
                          "als sehr, sehr große Bedrohung bezeichnet“")
_NOT_ATTRIBUTIVE = DETERMINERS | SUBORDINATORS | RELATIVES | german.QUANTIFIERS | german.PERSONAL_PRONOUNS | PREPOSITIONS
_ADJECTIVE_REACH = 3        # adjectives after the comma before the noun: „große, ernsthafte militärische Bedrohung“


def _adjective_comma(words: Sequence[Word], i: int) -> bool:
    """A comma between two adjectives of one noun phrase, or between a repeated adverb („sehr, sehr“)."""
    if not 0 < i < len(words) - 2:
        return False
    before, after = words[i - 1], words[i + 1]
    repeated = before.text == after.text and before.text in german.INTENSIFIERS
    if not (repeated or attributive(before) and attributive(after)):
        return False
    for j in range(i + 2, min(len(words), i + 2 + _ADJECTIVE_REACH)):
        if words[j].capitalized and words[j].text.isalpha():
            fired(ADJECTIVE_COMMA)
            return True
        if not attributive(words[j]):
            return False
    return False


def attributive(w: Word) -> bool:
    """A lower-case word that may be an attributive adjective: inflected, no verb, no function word."""
    return w.text.isalpha() and w.text.islower() and not w.verbish and w.lower.endswith(german.ADJECTIVE_ENDINGS) \
        and w.lemma != w.lower and w.lower not in _NOT_ATTRIBUTIVE     # „anwenden“ is its own lemma: no adjective


def _verb_like(w: Word) -> bool:
    return w.verbish


def dateline_end(words: Sequence[Word]) -> int:
    """Index of the first word after a dateline ("Kairo – …", "Kiew/Moskau – …"), else 0."""
    for i, w in enumerate(words[:6]):
        if w.text in german.DATELINE_DASHES and i > 0:
            if all(x.capitalized or x.text == "/" for x in words[:i]):
                return i + 1
            return 0
    return 0


def clause_particle(sentence: Sentence, first: int, last: int) -> tuple[str, int] | None:
    """The separable verb particle closing a clause ("sicherte … zu"), with its word index: asked about each clause
    two or three times (the talks and event cue scans, verb tests), read once."""
    known = answers(sentence, "clause_particle")
    found = known.get((first, last), known)
    if found is known:
        found = known[(first, last)] = _clause_particle(sentence, first, last)
    return found


def answers(sentence: Sentence, question: str) -> dict:
    """The answers to `question` already read from this sentence (a dict to fill): `Sentence` is frozen, so what is
    read from its fields stays true; they live in the object's own dict, and a copy (`dataclasses.replace`) reads
    them again.

    >>> s = Sentence(0, 0, 2, "Ja", tuple(words_of("Ja")), (), (), ((0, 1),))
    >>> answers(s, "example")[1] = "one"
    >>> answers(s, "example"), answers(s, "other")
    ({1: 'one'}, {})
    """
    return sentence.__dict__.setdefault("answers:" + question, {})


def _clause_particle(sentence: Sentence, first: int, last: int) -> tuple[str, int] | None:
    i = last - 1
    while i >= first and not sentence.words[i].text[:1].isalnum():
        i -= 1
    if i > first and sentence.words[i].lower in SEPARABLE_PARTICLES and sentence.words[i].text.islower():
        return sentence.words[i].lower, i
    return _stranded_particle(sentence) if first == 0 and len(sentence.clauses) > 2 else None


def clause_has_verb(sentence: Sentence, first: int, last: int, verbs: frozenset[str]) -> bool:
    """A verb of `verbs` (lemmas, with the clause's particle) among words `first`..`last` of one clause."""
    particle = clause_particle(sentence, first, last)
    return any(key in verbs for w in sentence.words[first:last] if not w.capitalized
               for key in verb_keys(w, particle[0] if particle else None))


STRANDED_PARTICLE = declare("clause-stranded-particle", "clause", "a particle standing alone after an embedded "
                            "clause belongs to the first clause's verb: „X wies den Vorwurf, dass …, zurück“")


def _stranded_particle(sentence: Sentence) -> tuple[str, int] | None:
    """The particle that alone makes the sentence's last clause („…, zurück.“), with its word index."""
    first, last = sentence.clauses[-1]
    core = [k for k in range(first, last) if sentence.words[k].text[:1].isalnum()]
    if len(core) != 1 or sentence.words[first].text != ",":
        return None
    word = sentence.words[core[0]]
    if word.lower in SEPARABLE_PARTICLES and word.text.islower():
        fired(STRANDED_PARTICLE)
        return word.lower, core[0]
    return None


def verb_keys(word: Word, particle: str | None, exclusive: bool = False) -> list[str]:
    """Lexicon keys a verb form may stand for: particle joined to lemma and form first.

    With `exclusive`, a particle closing the clause rules out the bare verb
    ("spricht sich … aus" is not "sprechen").

    >>> verb_keys(make_word("sicherte", "sichern", 0, 8), "zu")
    ['zusichern', 'zusicherte', 'sichern', 'sicherte']
    >>> verb_keys(make_word("spricht", "sprechen", 0, 7), "aus", exclusive=True)
    ['aussprechen', 'ausspricht']
    """
    key = (word.lower, word.lemma, particle, exclusive)
    keys = _KEYS.get(key)
    return keys if keys is not None else _KEYS.put(key, _verb_keys(word, particle, exclusive))


# (lower, lemma, particle, exclusive) → keys: both cue scans ask for every word
_KEYS: Cache[tuple[str, str, str | None, bool], list[str]] = Cache()


def _verb_keys(word: Word, particle: str | None, exclusive: bool) -> list[str]:
    keys = []
    stems = [word.lemma, word.lower]
    weak = _weak_infinitive(word)
    if weak:
        stems.append(weak)
    if particle:
        keys += [particle + stem for stem in stems]
        if exclusive:
            return list(dict.fromkeys(keys))
    keys += stems
    return list(dict.fromkeys(keys))


def _participle_infinitive(lemma: str) -> str | None:
    """The infinitive of a weak participle the table gives as its own lemma, with its separable particle
    („gefordert“ → „fordern“, „angedroht“ → „androhen“).

    >>> _participle_infinitive("gefordert"), _participle_infinitive("angedroht"), _participle_infinitive("gestern")
    ('fordern', 'androhen', None)
    """
    if not lemma.endswith("t") or len(lemma) < 7:
        return None
    for particle in ("", *german.SEPARABLE_PARTICLES):
        if lemma.startswith(particle + german.PARTICIPLE_PREFIX) and len(lemma) - len(particle) > 5:
            stem = lemma[len(particle) + len(german.PARTICIPLE_PREFIX):-1]
            return particle + stem + ("n" if stem.endswith(german.SHORT_INFINITIVE_STEMS) else "en")
    return None


def _weak_infinitive(word: Word) -> str | None:
    """The infinitive of a weak verb form the lookup table misses ("vereinbarten" → "vereinbaren").

    >>> _weak_infinitive(make_word("vereinbarten", "vereinbart", 0, 12))
    'vereinbaren'
    """
    if word.lemma.endswith("n"):
        return None         # the table gave an infinitive: trust it
    participle = _participle_infinitive(word.lemma)
    if participle:
        return participle
    for form in (word.lower, word.lemma):
        if not form.endswith(german.PAST_ENDINGS):
            continue        # most words: one test instead of one per ending
        for ending in german.PAST_ENDINGS:
            if form.endswith(ending) and len(form) > len(ending) + 4:
                return form[:-len(ending)] + "en"
    return None
