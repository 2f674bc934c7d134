"""Organisations named after a noun that says what they are: "der Elektronikhersteller Canon",
"die Rockband Motörhead", "der Drittligist Energie Cottbus", "das Fachblatt „Science“".

German news introduces an organisation no reader may know by a noun of its kind
in apposition before the name. The nouns are compound heads
(`kg/data/org_heads.tsv`: head, kind), so every compound ending in one types the
name after it ("Technologiekonzern", "US-Autohersteller", "Zweitligisten"). The
noun itself is no part of the name. Nouns of kind "body" ("Bundesamt", "Wetterdienst")
name no organisation after them, nor do those of kind "seat", an institution named with the town
it sits in; with name adjectives before them they are one (`kg.nlp.orgnames`: „das Statistische
Bundesamt“; a seat's after the town: „das Landgericht Wismar“).

>>> heads = OrgHeads([("hersteller", "company"), ("ligist", "club")])
>>> heads.kind("US-Autoherstellers"), heads.kind("Zweitligist"), heads.kind("Hersteller"), heads.kind("Herstellung")
('company', 'club', 'company', None)
>>> words = "Der Autohersteller Nissan und der Zweitligist Energie Cottbus".split()
>>> no = lambda k: False
>>> tests = WordTests(strong=lambda k: words[k] == "Nissan", foreign=no, weak=lambda k: words[k] == "Energie",
...                   person=no, place_end=lambda k: k + 1 if words[k] == "Cottbus" else 0, inside=no, whole=no)
>>> heads.spans(words, [False] * len(words), tests)
[(2, 3, 'company'), (6, 8, 'club')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from kg import german, resources
from kg.german import CONTRACTIONS, DEFINITE_ARTICLES, FOREIGN_ARTICLES, FOREIGN_NAME_CONNECTORS, INDEFINITE_ARTICLES, NOUN_INFLECTIONS, QUOTE_MARKS
from kg.rules import declare, fired
from kg.nlp.memo import Memo
from kg.nlp.tokens import capitalised

HEAD_NOUN = declare("org-head-noun", "names",
                    "a name after a noun of an organisation's kind is that organisation: 'der Elektronikhersteller "
                    "Canon', 'die Rockband Motörhead'")
LEXICON_NAME = declare("org-head-lexicon-name", "names",
                       "after a noun of an organisation's kind, a word our lexicon holds but no German dictionary "
                       "does is the name: 'das Fachjournal Nature', 'die Gewerkschaft Verdi', 'der Autobauer "
                       "Daimler'; a German noun there is an object ('der Behörde Container übergeben'), and a noun "
                       "after an indefinite article or a name names a kind ('eine Gruppe Banater')")
ADJECTIVE_NAME = declare("org-head-adjective-name", "names",
                         "after a noun of an organisation's kind, a capitalised adjective and a noun are its name "
                         "(inside a sentence an adjective is capitalised only in a name): 'die Gruppe Weiße Falken', "
                         "'der Verband Deutscher Zoodirektoren', 'die Kleinpartei Unabhängige Griechen'")
ORG_ARABIC_ARTICLE = declare("org-arabic-article", "names",
                             "an Arabic article joined to a word goes on an organisation's name after its noun: "
                             "'die Miliz Ahrar al-Sham', 'die Islamistengruppe Ansar al-Scharia'")
FOREIGN_ARTICLE = declare("org-head-foreign-article", "names",
                          "after a noun of an organisation's kind, a foreign article and a capitalised word start "
                          "the name: 'die Zeitung The Times', 'die Band The Slits', 'laut der Zeitung Le Soir'")

PERSON_NAMED_ORG = declare("org-head-person-name", "names",
                           "after a noun of an organisation's kind in the singular, a person's name is the name the "
                           "organisation bears: „der Tourismuskonzern Thomas Cook“, „die Stiftung John W. Kluge“, „die "
                           "Drogeriemarktkette Schlecker“; not in the genitive („im Konzern Frank Stronachs“), not "
                           "after the head's genitive („die Präsidentin des Verbands Eva Beispiel“), a party's noun "
                           "(„überließ die Volkspartei Hans Mayer den Sieg“) or a pool („in der Gruppe Stan Smith“)")
NAME_TAIL = declare("org-head-name-tail", "names",
                    "after a noun of an organisation's kind, an English noun that ends organisations' names "
                    "(org_name_words.tsv, tail) goes on the name before it: „der Spieleentwickler Bungie "
                    "Entertainment“, „das Fachblatt Scientific Reports“; not a German noun after the name („der "
                    "Konzern Bungie Gewinne“)")
PRODUCT_PREFIX = declare("org-head-product-prefix", "names",
                         "a noun of an organisation's kind after a hyphen, behind a product's name written with a "
                         "small letter, types the name after it like a capitalised one: „der eFone-Hersteller "
                         "Quorvo“; not a small word alone („der hersteller Quorvo“ is no head)")
MEDIA_DOMAIN = declare("org-head-media-domain", "names",
                       "after a noun of a medium, a web domain is that medium's name: „das Branchenportal "
                       "meedia.de“, „die Nachrichtenseite Gazeta.ru“; not after other nouns („der Konzern "
                       "siemens.com“ names a site)")
MEDIA_COINED = declare("org-head-media-coined", "names",
                       "after a medium's noun in the singular, a capitalised word no dictionary holds that only ends "
                       "in a German noun is the medium's name: „die Zeitung Protothema“, „das Magazin Artforum“; "
                       "not a word the dictionary holds („der Zeitung Rückendeckung geben“), nor after a plural "
                       "(„den Sendern Werbezeiten“)")
MEDIA_STATE_TITLE = declare("org-head-media-state-title", "names",
                            "after a medium's noun in the singular that a definite article or an adjective "
                            "introduces, a state's name (not its genitive) is the medium's title, with the name words "
                            "after it: „sagte er der Tageszeitung Ostland“, „die Zeitung Ostland Heute“; not a "
                            "state's genitive („die Zeitungen Ostlands“), nor after a plural or an indefinite article")
SUBJECT_NAME = declare("org-head-subject-name", "names",
                       "a word after an organisation's noun in the singular (an association's, a party's, a firm's, a "
                       "medium's, a club's, an armed group's) that opens a clause with its capitalised article in the "
                       "nominative, before a lower-case word or a comma, is the organisation's name whatever its "
                       "form: a German noun, a coined word or a lower-case name with a dot (the subject's one phrase "
                       "before the verb holds no other word): „Die Gewerkschaft Kompass will streiken“, „Die Partei "
                       "Aufbruch kritisierte …“, „Das Wochenblatt Laterne zitierte …“, „Die Gewerkschaft ver.ko hat "
                       "…“; not inside a clause („warf der Gewerkschaft Blockade vor“), not before an article („Die "
                       "Initiative Anfang der Woche“), not a word of two letters („Die Gruppe B ist …“), not after "
                       "„Der“ and a head that is not masculine (a genitive or dative: „Der Partei Mitglieder laufen "
                       "davon“)")
SUCH_AS = declare("org-head-such-as", "names",
                  "the names listed after a noun of an organisation's kind and „wie“ are organisations of that kind: "
                  "„Konzernen wie Brantel, Fabrix und Trovia“, „Anbieter wie Fabrix oder Trovia“; not a person's name "
                  "(„Organisationen wie Anna Muster“), nor after a noun of no organisation's kind („Stars wie "
                  "Trovia“)")
_SUCH_AS = german.COMPARATIVE_CONJUNCTIONS - german.COMPARATIVE_THAN     # „wie“, not „als“
_SUCH_AS_WORDS = 3          # words of one listed name: „LG Display“
# a web domain: a name, a dot and a top-level domain of two to four letters („meedia.de“, „Gazeta.ru“)
_DOMAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*\.[a-z]{2,4}$")

# kinds of organisation whose name a clause's subject may hold whatever its form (`org-head-subject-name`)
_SUBJECT_KINDS = ("other", "party", "company", "media", "club", "armed")
# head nouns that are masculine by their ending (`head_genders.tsv`: „r“): after „Der“ only these are nominative
_MASCULINE_HEADS = tuple(head for head, ending in resources.commented_rows("head_genders.tsv")
                         if ending == german.MASCULINE_STRONG_ENDING)
_CLAUSE_ARTICLES = frozenset(a.capitalize() for a in german.NOMINATIVE_ARTICLES & german.DEFINITE_ARTICLES)
# a name in lower case with a dot inside: „ver.ko“ (not an abbreviation „z.B.“, which ends in its dot)
_DOTTED = re.compile(r"^[a-zäöü]{2,}\.[a-zäöü]{2,}$")
_MIN_SUBJECT_NAME = 3
_DOTTED_KIND = _SUBJECT_KINDS[0]        # an association's: only its name is written so („ver.ko“)

# kinds whose names are often German words or places: "das Magazin Focus", "der Drittligist Energie Cottbus"
_LOOSE_KINDS = {"media", "club", "band"}
_MAX_WORDS = 4
_NAMELESS_KINDS = ("body", "seat")     # nouns after which no name of theirs follows

Test = Callable[[int], bool]


@dataclass(frozen=True)
class WordTests:
    """What the gazetteer knows of the word at token k (or of the noun at token i)."""

    strong: Test        # a name by its form: no German word, an acronym ("Novomatic", "PwC")
    foreign: Test       # a word of the lexicon that is no German word ("Siemens", "Science")
    weak: Test          # a capitalised word that may still be a name ("Falter"), no inflected noun
    person: Test        # a first name or surname: only inside a name ("Lockheed Martin")
    place_end: Callable[[int], int]   # one past a known place starting at k, else 0
    inside: Test        # the noun at i follows a name word ("Raiffeisen Bank Aval") or is a context noun
    whole: Test         # the noun at i is the first word of the name: "Bank Austria", "Stiftung Warentest"
    lexical: Test = lambda k: False     # a word the lexicon holds that is no German word ("Daimler", "Nature")
    adjective: Test = lambda k: False   # a name's capitalised adjective ("Weiße", "Deutscher"), a state's too
    noun: Test = lambda k: False        # a capitalised word no title, a state's demonym too ("Falken", "Griechen")
    heads_name: Test = lambda i: False  # the noun at i heads names itself ("Verband", "Bund", "Verein")
    legal: Test = lambda k: False       # a legal form ("AG", "GmbH"): its rule reads the name before it
    coined: Test = lambda k: False      # no dictionary's word, though it ends in a noun ("Protothema", "Artforum")
    tail: Test = lambda k: False        # an English noun that ends organisations' names ("Entertainment", "Reports")
    state_end: Callable[[int], int] = lambda k: 0   # one past a state's name (not its genitive) starting at k, else 0


class OrgHeads:
    """The head nouns by kind, and the rule that reads the names after them."""

    def __init__(self, rows: Iterable[tuple[str, str]]):
        self.heads = {head.lower(): kind for head, kind in rows}
        self.lengths = sorted({len(h) for h in self.heads}, reverse=True)
        # a stem ends in a head only if it ends in that head's last three letters (`_kind`)
        self.tails = frozenset(h[-3:] for h in self.heads)
        self.shortest = min(self.lengths, default=0)
        self._memo: Memo[str, str | None] = Memo(self._kind)

    def kind(self, word: str) -> str | None:
        """The kind of organisation a noun names ('Autoherstellers' → 'company'), or None."""
        if len(word) < 4 or not word[:1].isupper():
            return None
        return self._memo[word]

    def _kind(self, word: str) -> str | None:
        low = word.lower()
        for end in NOUN_INFLECTIONS:
            base = low[: len(low) - len(end)] if end else low
            if end and not low.endswith(end):
                continue
            if self.shortest >= 3 and base[-3:] not in self.tails:
                continue        # most stems: no head can end them
            for length in self.lengths:     # the longest head first: "verband", not "band"
                if length <= len(base) and base[-length:] in self.heads:
                    return self.heads[base[-length:]]
        return None

    def spans(self, words: Sequence[str], covered: list[bool], tests: WordTests) -> list[tuple[int, int, str]]:
        """(first token, end, kind) of each name after a head noun, and of the names listed
        after the first ("die Autobauer Audi, BMW und Tesla"); marks their tokens covered."""
        out: list[tuple[int, int, str]] = []
        n = len(words)
        kinds = self._memo
        for i in _head_positions(words):
            w = words[i]
            if len(w) < 4 or i == n - 1:
                continue        # `kind` of most words, without a call
            kind = kinds[w]
            if kind == "media" and covered[i + 1] and tests.state_end(i + 1):
                titled = _state_title(words, i, tests)
                if titled is not None:
                    out.append((*titled, kind))
                    for k in range(*titled):
                        covered[k] = True
                continue
            if kind is not None and kind not in _NAMELESS_KINDS and words[i + 1] in _SUCH_AS:
                for k, j in _such_as(words, i + 2, tests, covered):
                    out.append((k, j, kind))
                    for m in range(k, j):
                        covered[m] = True
                continue
            if kind is None or kind in _NAMELESS_KINDS or (covered[i + 1] and not tests.place_end(i + 1) and not tests.adjective(i + 1)) or tests.inside(i) \
                    or (kind == "band" and not _music_band(words, i)):
                continue
            span = _quoted(words, i + 1, covered) or _domain(words[i + 1], i + 1, kind) \
                or _adjective_name(words, i + 1, tests) or _name(words, i + 1, kind, tests)
            while span is not None and not _spelled_out(words, span[1]) \
                    and not (span[1] < n and tests.legal(span[1])):
                # "Bank Austria", but "die Bank VEB": an acronym is the whole name
                start = i if span[0] == i + 1 and (tests.whole(i) and not words[span[0]].isupper()
                                                   or _genitive_adjective(words, span, tests, i)) else span[0]
                out.append((start, span[1], kind))
                if w[:1].islower():
                    fired(PRODUCT_PREFIX)
                covered[start:span[1]] = [True] * (span[1] - start)
                span = _listed(words, span[1], kind, tests)
        return out


def _head_positions(words: list[str]) -> list[int]:
    """The words that may be a head noun: the capitalised ones, and a compound whose part after its last hyphen
    is, behind a product's name with a small letter („eFone-Hersteller“; `org-head-product-prefix`)."""
    caps = capitalised(words)
    small = [k for k, w in enumerate(words) if "-" in w and w[:1].islower() and w[w.rfind("-") + 1:][:1].isupper()]
    return sorted(caps + small) if small else caps


@lru_cache(maxsize=1)
def org_heads() -> OrgHeads:
    """The head nouns of `org_heads.tsv`, read once per process: the gazetteer reads names after
    them, the talks ask whether a name ends in a press noun."""
    return OrgHeads((r["head"], r["kind"]) for r in resources.rows("org_heads.tsv"))


def _singular(noun: str) -> bool:
    """'Zeitung', 'Magazins', 'Fernsehsenders': a head noun in the singular (as written, or with a genitive
    „-s“ or „-es“), not 'Zeitungen', 'Sendern'."""
    low = noun.lower()
    stems = (low, *(low[: len(low) - len(e)] for e in german.GENITIVE_ENDINGS if low.endswith(e)))
    heads = org_heads().heads
    return any(stem.endswith(h) for stem in stems for h in heads)


def _listed(words: Sequence[str], j: int, kind: str, tests: WordTests) -> tuple[int, int] | None:
    """The next name of a list: ', BMW', 'und Tesla'."""
    if j + 1 < len(words) and words[j] in german.LIST_SEPARATORS \
            and (tests.strong(j + 1) or tests.foreign(j + 1)):
        return _name(words, j + 1, kind, tests)
    return None


def _spelled_out(words: Sequence[str], j: int) -> bool:
    """'Radio Free Asia (RFA)', 'Fiat Chrysler Automobiles (FCA)': an acronym in brackets follows,
    also after one more capitalised word, whose rule reads the name it spells out."""
    if j < len(words) and words[j][:1].isupper() and words[j].isalpha():
        j += 1
    return j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")" and words[j + 1].isupper()


def _free(k: int, t: WordTests) -> bool:
    """Word k is capitalised and no hit covers it (each test asks both)."""
    return t.strong(k) or t.foreign(k) or t.weak(k) or t.lexical(k) or t.person(k)


def _introduced(words: Sequence[str], i: int) -> bool:
    """The noun at i follows no indefinite article ('eine Gruppe Banater' names a kind) and no
    capitalised word ('Neo Magazin Royale' is one name): a word of the lexicon after it is a name."""
    before = words[i - 1].lower() if i > 0 else ""
    return before not in INDEFINITE_ARTICLES and (not words[i - 1][:1].isupper() or before in DEFINITE_ARTICLES
                                                  or before in CONTRACTIONS)

# `ambiguous_nouns.tsv`: „Gruppe“ before a person's name is a tournament's pool („in der Gruppe Stan Smith“)
_POOL_NOUNS = resources.kind_words("ambiguous_nouns.tsv", "pool-group")
# `ambiguous_nouns.tsv`: „Band“ names a group after a feminine determiner, „Bandes“ only a volume
_GROUP_NOUNS = resources.kind_words("ambiguous_nouns.tsv", "feminine-group")
_VOLUME_FORMS = resources.kind_words("ambiguous_nouns.tsv", "masculine-only")


def _music_band(words: Sequence[str], i: int) -> bool:
    """'die Band', 'der Band' (genitive), 'Rockband' name a group; 'im Band', 'des Bandes' a volume."""
    return words[i] not in _VOLUME_FORMS and (words[i] not in _GROUP_NOUNS or i > 0 and words[i - 1].lower() in
                                     german.FEMININE_DETERMINERS)


def _quoted(words: Sequence[str], k: int, covered: list[bool]) -> tuple[int, int] | None:
    """'die Zeitung „Die Welt“': the words inside quotes after the noun."""
    if k + 2 >= len(words) or words[k] not in QUOTE_MARKS or not words[k + 1][:1].isupper():
        return None
    j = k + 1
    while j < len(words) and j - k <= _MAX_WORDS + 1 and words[j] not in QUOTE_MARKS and not covered[j]:
        j += 1
    return (k + 1, j) if j < len(words) and words[j] in QUOTE_MARKS else None


def _such_as(words: Sequence[str], k: int, t: WordTests, covered: Sequence[bool]) -> list[tuple[int, int]]:
    """(first token, end) of each name no hit covers in the list at k after „wie“: names by their form or words the
    lexicon holds as no German word, one to three words each, joined by commas and list conjunctions; a listed
    name a hit covers goes on the list, a person's first word or any other word ends it
    (`org-head-such-as`)."""
    out = []
    n = len(words)
    while k < n and words[k][:1].isupper():
        j = k
        while j < n and j - k < _SUCH_AS_WORDS and (t.strong(j) or t.foreign(j) or t.lexical(j)) and not t.person(j):
            j += 1
        if j == k:
            while j < n and j - k < _SUCH_AS_WORDS and covered[j]:
                j += 1              # a name another rule read („Konzernen wie Google und Trovia“): the list goes on
            if j == k:
                return out          # a German word: no list of names
        elif j < n and (words[j][:1].isupper() and words[j].isalpha() or words[j] in FOREIGN_ARTICLES
                        or words[j] in FOREIGN_NAME_CONNECTORS):
            return out              # a longer name („Friends of Trovia“)
        else:
            out.append((k, j))
            fired(SUCH_AS)
        if not (j + 1 < n and words[j] in german.LIST_SEPARATORS):
            return out
        k = j + 1
    return out


def _state_title(words: Sequence[str], i: int, t: WordTests) -> tuple[int, int] | None:
    """'die Tageszeitung Ostland', 'die Zeitung Ostland Heute': a state's name after the medium's noun at i in the
    singular, which a definite article or an adjective introduces, with the name words after it: the medium's
    title (`org-head-media-state-title`)."""
    if not _singular(words[i]) or not _introduced(words, i) or i == 0 or words[i - 1].lower() in INDEFINITE_ARTICLES:
        return None
    j = t.state_end(i + 1)
    while j < len(words) and j - i <= _MAX_WORDS and (t.strong(j) or t.foreign(j)):
        j += 1
    fired(MEDIA_STATE_TITLE)
    return i + 1, j


def is_web_domain(word: str) -> bool:
    """'meedia.de', 'Gazeta.ru': a name, a dot and a top-level domain of two to four letters."""
    return _DOMAIN.match(word) is not None


def _domain(word: str, k: int, kind: str) -> tuple[int, int] | None:
    """'meedia.de', 'Gazeta.ru': a web domain after the noun of a medium is its name."""
    if kind != "media" or not is_web_domain(word):
        return None
    fired(MEDIA_DOMAIN)
    return k, k + 1


def _adjective_name(words: Sequence[str], k: int, t: WordTests) -> tuple[int, int] | None:
    """'Weiße Falken', 'Deutscher Zoodirektoren': one or two name adjectives and a noun after the
    head noun at k - 1, which no indefinite article or name precedes; not before a third
    capitalised word ('der Partei Freie Wähler Stimmen' is no name of three)."""
    j = k
    while j < len(words) and j - k < 2 and t.adjective(j):
        j += 1
    if j == k or j >= len(words) or not t.noun(j) or not _introduced(words, k - 1):
        return None
    j += 1
    if j < len(words) and words[j][:1].isupper() and words[j].isalpha():
        return None
    fired(ADJECTIVE_NAME)
    return k, j


def _genitive_adjective(words: Sequence[str], span: tuple[int, int], t: WordTests, i: int) -> bool:
    """'Verband Deutscher Zoodirektoren', 'Bund Freier Waldorfschulen': a name adjective in „-er“
    before a noun, after a noun that heads names, is a genitive plural: the noun belongs to the name."""
    return span[1] - span[0] == 2 and words[span[0]].endswith(german.ER_SUFFIX) and t.adjective(span[0]) and t.heads_name(i)


def _first_word(words: Sequence[str], k: int, kind: str, t: WordTests) -> tuple[int, bool] | None:
    """One past the first word of a name at k (a club's place, a foreign article and its word: past both) and
    whether more words may follow it, or None: no name starts at k."""
    n = len(words)
    if kind == "club" and t.place_end(k):
        return t.place_end(k), True
    if t.strong(k) or t.foreign(k) or (kind in _LOOSE_KINDS and t.weak(k)):
        return k + 1, True
    if words[k] in FOREIGN_ARTICLES and k + 1 < n and words[k + 1].isalpha() and _free(k + 1, t):
        fired(FOREIGN_ARTICLE)
        return k + 2, True
    if t.lexical(k) and _introduced(words, k - 1):
        fired(LEXICON_NAME)
        return k + 1, True
    if t.person(k) and _names_person_org(words, k, kind, t):
        fired(PERSON_NAMED_ORG)
        return k + 1, True
    if kind == "media" and t.coined(k) and not (k + 1 < n and words[k + 1][:1].isupper()) \
            and _introduced(words, k - 1) and _singular(words[k - 1]):
        fired(MEDIA_COINED)
        return k + 1, False
    if kind in _SUBJECT_KINDS and _subject_name(words, k, kind, t):
        fired(SUBJECT_NAME)
        return k + 1, False
    return None


def _subject_name(words: Sequence[str], k: int, kind: str, t: WordTests) -> bool:
    """„Die Gewerkschaft Kompass will …“, „Die Gewerkschaft ver.ko hat …“: the head noun at k - 1 in the singular after
    a capitalised definite article that opens a clause (after „Der“ a masculine head), the word at k a capitalised word
    no hit covers and no title (of three letters or more) or, after an association's noun, a lower-case name with a
    dot, and a lower-case word other than an article, or a comma, after it (`org-head-subject-name`)."""
    if k < 2 or k + 1 >= len(words) or words[k - 2] not in _CLAUSE_ARTICLES or not _singular(words[k - 1]):
        return False
    head = words[k - 1].lower()
    if words[k - 2].lower() == german.MASCULINE_NOMINATIVE_ARTICLE and not head.endswith(_MASCULINE_HEADS):
        return False        # „Der Partei Mitglieder …“: „der“ before a feminine noun is its genitive or dative
    after = words[k + 1]
    if not (after == "," or after.isalpha() and after.islower() and after not in german.ARTICLES):
        return False
    # a dotted lower-case word names an association („ver.ko“), after a firm's noun a web site („siemens.com“)
    dotted = kind == _DOTTED_KIND and _DOTTED.match(words[k]) is not None
    return dotted or (t.noun(k) and len(words[k]) >= _MIN_SUBJECT_NAME)


def _names_person_org(words: Sequence[str], k: int, kind: str, t: WordTests) -> bool:
    """Whether the person's name at k after the head noun at k - 1 names the organisation („der Tourismuskonzern Thomas
    Cook“): the noun in the singular and not in the genitive, no party's (a party's noun before a name is its object
    or member: „überließ die Volkspartei Hans Mayer den Sieg“) nor a tournament's pool („der Gruppe Stan Smith“),
    no indefinite article before it, and the name in no genitive („im Konzern Frank Stronachs“)."""
    head = words[k - 1]
    if kind == "party" or head in _POOL_NOUNS or _genitive_head(head) or not _introduced(words, k - 1):
        return False
    j = k + 1
    while j < len(words) and j - k < 3 and (t.person(j) or _initial(words[j])):
        j += 1      # „John W. Kluge“
    last = words[j - 1]
    return not last.endswith(german.SHORT_GENITIVE_ENDING) and not (j < len(words) and words[j][:1].isupper())


def _initial(word: str) -> bool:
    """'W.': a name's initial."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _genitive_head(noun: str) -> bool:
    """'Verbands', 'Konzerns': the head noun with a genitive „-s“ or „-es“ (`org_heads().kind` of the stem)."""
    heads = org_heads()
    return any(heads.kind(stem) is not None for stem in german.genitive_stems(noun) if len(stem) > 3)


def _name(words: Sequence[str], k: int, kind: str, t: WordTests) -> tuple[int, int] | None:
    """The name starting at k: name words, a club's place, foreign function words between them.

    A German word alone names only a paper, a club or a band ("das Magazin Focus"); after a
    name it goes on one ("Kaspersky Lab") where the name ends with it.
    """
    n = len(words)
    club = kind == "club"
    first = _first_word(words, k, kind, t)
    if first is None:
        return None
    j, grows = first
    if not grows:
        return k, j
    while j < n and j - k < _MAX_WORDS:
        if club and t.place_end(j):
            j = t.place_end(j)
        elif t.tail(j):
            fired(NAME_TAIL)
            j += 1
        elif t.strong(j) or t.foreign(j) or t.person(j) or t.lexical(j):
            j += 1
        elif _initial(words[j]) and j + 1 < n and t.person(j + 1) and t.person(j - 1):
            j += 1              # „Stiftung John W. Kluge“: a middle name's initial
        elif german.ARABIC_ARTICLE.match(words[j]):
            fired(ORG_ARABIC_ARTICLE)
            j += 1
        elif words[j] in FOREIGN_NAME_CONNECTORS and j + 1 < n and (t.strong(j + 1) or t.foreign(j + 1)):
            j += 2
        elif t.weak(j) and (j + 1 >= n or not words[j + 1][:1].isupper()):
            j += 1
            break
        elif kind in ("club", "media") and words[j].isdigit() and len(words[j]) <= 3:
            j += 1              # "Hannover 96", "Puls 4"
            break
        else:
            break
    # a club named by one word is its town or a German word ("der Verein Mitte") unless a name's form
    return None if club and j == k + 1 and not t.strong(k) else (k, j)
