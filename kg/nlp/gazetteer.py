"""Gazetteer over spaCy tokens: states, capitals, organisations, government bodies,
places, titles and person names, as character-offset `Hit`s. Known words are looked up
here; names no list holds come from the rules of the other modules, in this order:
`orgheads` (an organisation after a noun of its kind), `context` (places and
organisations typed by the words before them), `orgspelled` (a name spelled out before its
acronym), `orgnames` (organisations by their form), `places_by_context`, `names` and
`persons_by_context` (persons), `speakers` (a name beside a verb of saying), `classes` (a lone
word by its corpus word class), `orgjoined` (two names joined by „&“), `orgarticle` (a bare
name after an article), `learned` (the name tagger). Each hit names the
rule that made it (`Hit.rule`, registered in `kg.rules`).

Pure: `Gazetteer.match(doc)` reads a Doc and returns hits; nothing is written.
The tables come from `kg/data/` through `kg.resources`.

>>> import spacy
>>> nlp = spacy.blank("de")
>>> gaz = Gazetteer.from_resources(lambda s: [t.text for t in nlp.make_doc(s)])
>>> sorted((h.start, h.label, h.key) for h in gaz.match(nlp("US-Präsident Joe Biden")))
[(0, 'STATE', 'US'), (0, 'TITLE', 'Präsident'), (13, 'PER', 'Joe Biden')]
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from spacy.tokens import Doc

from kg import german, resources
from kg.german import GERMAN_LETTERS
from kg.nlp.classes import (CLASS_AFTER_ARTICLE, PLACE_AFTER_NOUN, PLACE_COMPOUND, SURNAME_NOUN_PHRASE, SURNAME_SUBJECT,
                            WORD_CLASS, colours, lone_class_hits, opening)
from kg.nlp.context import LOCATIVES, ContextRules
from kg.nlp.bylines import drop_bylines
from kg.nlp.hits import Hit, cover, person_words
from kg.nlp.learned import NameTagger
from kg.nlp.memo import MAX_ENTRIES, Memo
from kg.nlp.names import _NOUN_SUFFIXES, NOT_NAMES
from kg.nlp.orgarticle import DICTIONARY_NOUN, NAME_AFTER_ARTICLE, PERSON_WORD, article_names, name_word
from kg.nlp.orgjoined import JOINED_NAME, joined_names
from kg.nlp.orgspelled import SPELLED_OUT, bracketed_acronym, spelled_before
from kg.nlp.orgacronyms import ACRONYM_AFTER_ARTICLE, ACRONYM_IN_TEXT, acronym_spans, loose_acronyms, spelled_out
from kg.nlp.orgcompounds import NAME_COMPOUND, OrgCompounds
from kg.nlp.orgheads import HEAD_NOUN, org_heads
from kg.nlp.orgwords import word_tests
from kg.nlp.name_types import one_type
from kg.nlp.orgnames import ROLE_RULES, ClubTests, OrgNames, nominative
from kg.nlp.person_guards import drop_building_names, drop_vessel_names, genitive_names, named_institutions
from kg.nlp.persons_by_context import context_persons
from kg.nlp.places_by_context import place_hits
from kg.nlp.branch_places import drop_branch_places
from kg.nlp.speakers import MEDIA_SOURCE, NAMED_ELSEWHERE, SPEAKER, named_elsewhere, source_tokens, speaker_tokens
from kg.nlp.state_guards import drop_named_adjectives
from kg.nlp.tokens import doc_text, doc_words
from kg.rules import declare, fired

Tokenize = Callable[[str], list[str]]

# words before a noun that make a word class's place or surname a common noun: "die Halle", "keine Halle"
_ARTICLE_LIKE = german.DETERMINERS | german.NEGATIVE_ARTICLES | german.DISTRIBUTIVES
_PLAIN = re.compile(r"^[^\W\d_]+( [^\W\d_]+)*$")
# the nouns of authorities a „Bundes-“ compound names one by (`_federal`): „Bundeskriminalamt“
_FEDERAL_HEADS = tuple(sorted(resources.load_word_list("federal_heads.tsv"), key=len, reverse=True))
_PRIORITY = {"NONE": -1, "STATE": 0, "ORG": 1, "CAPITAL": 2, "PLACE": 3, "BODY": 4, "PER": 5}

STAGE = "gazetteer"
# the rules of this module, in the order `match` tries them
LISTED_NAME = declare("listed-name", STAGE, "a name a list holds (state, capital, organisation, place, "
                      "government body, known person), declined too, longest phrase first: „des Weißen Hauses“")
NOT_AN_ENTITY = declare("not-an-entity", STAGE, "guard: a phrase of not_entities.tsv covers its words and "
                        "yields nothing, though they hold a name: „die Deutsche Bank“ names no state")
STATE_ADJECTIVE = declare("state-adjective", STAGE, "a state's adjective in any ending: „die ukrainischen "
                          "Truppen“ → UA")
LANGUAGE_NOT_STATE = declare("language-not-state", STAGE, "guard: a capitalised bare adjective stem is a "
                             "language, no state: „auf Russisch“")
MINISTRY_COMPOUND = declare("ministry-compound", STAGE, "any compound ending in -ministerium is a government "
                            "body: „des Landwirtschaftsministeriums“")
COMPASS_REGION = declare("compass-region", STAGE, "a compass word joined to a listed state or place is a "
                         "region: „in Ostsyrien“, „Nordostbrasiliens“")
TERRITORY_NAME = declare("territory-name", STAGE, "a state's bare adjective, capitalised, a hyphen and a name "
                         "name a territory, a place, not the state the name would be alone: „in Britisch-Kolumbien“, "
                         "„Französisch-Guayana“, „Amerikanisch-Samoa“; not „der Deutsch-Unterricht“")
TEAM_NAME = declare("place-team-name", STAGE, "a listed town and an English plural no lexicon holds after it "
                    "name a team, an organisation, not the town: „die Denver Broncos“, „gegen die New York "
                    "Islanders“; not „in Marokko Kovalik“")
LISTED_TAIL = declare("org-head-listed-tail", STAGE, "a listed organisation's one-word name right after a name "
                      "read by its head noun ends that name: „die Zeitung Premium Times“, „die Privatfirma Walan ICC“ "
                      "are neither The Times nor the court")
TITLE_WORD = declare("title-word", STAGE, "a listed title in any form: „die Präsidentin“, „des Abgeordneten“")
TITLE_COMPOUND = declare("title-compound", STAGE, "a compound whose head is a title is one: "
                         "„Oberbürgermeister“, „Vizeaußenminister“")
HYPHEN_COMPOUND = declare("hyphen-compound", STAGE, "the parts of a hyphenated word: a state or organisation "
                          "before the hyphen, a state adjective, a title at its end: „US-Präsident“, "
                          "„Nato-Generalsekretär“, „deutsch-französischen“")
HYPHEN_NAME = declare("hyphen-compound-name", STAGE, "a state or organisation of several words written as the "
                      "first parts of a hyphen compound: „die Warschauer-Pakt-Truppen“ → Warschauer Pakt")
CONFESSION_NOT_STATE = declare("confession-not-state", STAGE, "guard: a state's adjective joined to a church's "
                               "adjective names that church, no state: „der serbisch-orthodoxe Bischof“, „die "
                               "griechisch-katholische Kirche“")
CURRENCY_NOT_STATE = declare("currency-not-state", STAGE, "guard: a hyphenated currency names no state: "
                             "„in US-Dollar“, „Hongkong-Dollar“")
ORG_BEFORE_ACRONYM = declare("org-name-before-acronym", STAGE, "guard: an organisation's name before its "
                             "acronym in brackets is left to the acronym, which spells it out: "
                             "„die Freie Stiftung Nordland (FSN)“")


@dataclass(frozen=True)
class TitleForm:
    """A surface form of a title: the role it stands for and whether its holder is an Official."""

    role: str
    official: str   # yes | no | colleague


@dataclass(frozen=True)
class Entry:
    label: str
    key: str
    form: str = "name"


# adjectives of a church: a state's adjective joined to one names the church („serbisch-orthodox“)
_CONFESSIONS = tuple(sorted(resources.load_word_list("confession_adjectives.tsv")))
# heads of names that are also common plurals („Nachrichten“: messages), `ambiguous_nouns.tsv`
_COMMON_PLURAL_HEADS = resources.kind_words("ambiguous_nouns.tsv", "common-plural")
_GENITIVES = tuple(sorted(german.GENITIVE_ENDINGS, key=len))      # -s, then -es


def _genitives(word: str) -> list[str]:
    """'Russland' → ['Russlands']; acronyms and words ending in a sibilant take no -s."""
    if not word[-1:].isalpha() or word.isupper() or word[-1] in german.SIBILANTS:
        return []
    long = [word + ending for ending in _GENITIVES]
    return long if word[-1] in german.ES_GENITIVE_CONSONANTS and len(word) > 3 else long[:1]


# a name's first word that is in the genitive already or an adjective takes no -s: „Weißes Haus“, „Los Angeles“
_GENITIVE_OR_ADJECTIVE = tuple(german.ADJECTIVE_ENDINGS) + (german.SHORT_GENITIVE_ENDING,)


def _inflections(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Declined variants of a multi-word name: 'Weißes Haus' → 'Weißen Hauses', 'Weiße Haus', …"""
    variants: set[tuple[str, ...]] = {words}
    if len(words) > 1:
        head = list(words[:-1])
        for i, w in enumerate(head):
            for end in german.ADJECTIVE_ENDINGS:      # the two-letter endings first, then "e"
                if w[:1].isupper() and w.endswith(end) and len(w) > len(end) + 3:
                    stem = w[: -len(end)]
                    for other in german.ADJECTIVE_ENDINGS:
                        alt = list(words)
                        alt[i] = stem + other
                        variants.add(tuple(alt))
                    break
    if len(words) == 2 and words[1][:1].isupper() and not words[0].endswith(_GENITIVE_OR_ADJECTIVE):
        variants.update((g, words[1]) for g in _genitives(words[0]))     # „des Teams Stronach“: the head noun first
    for v in list(variants):
        for g in _genitives(v[-1]):
            variants.add(v[:-1] + (g,))
        if v[-1][-1:] == "e" and not v[-1].isupper():
            variants.add(v[:-1] + (v[-1] + "n",))   # "Grüne" → "Grünen"
    return variants


def title_forms(record: resources.TitleRecord) -> dict[str, TitleForm]:
    """Inflected surface forms of one title.

    >>> sorted(title_forms(resources.TitleRecord("Präsident", "Präsidentin", "weak", "yes")))
    ['Präsident', 'Präsidenten', 'Präsidentin', 'Präsidentinnen']
    """
    t, fem, kind = record.title, record.feminine, record.declension
    out: dict[str, TitleForm] = {}
    masc = TitleForm(t, record.official)
    if kind == "adjective":  # "Abgeordneter": der Abgeordnete, des Abgeordneten
        stem = t[:-1] if t.endswith("r") else t
        for form in (stem + "r", stem, stem + "n", stem + "m"):
            out[form] = masc
    elif kind == "weak":
        out[t] = masc
        out[t + ("n" if t.endswith("e") else "en")] = masc
    else:
        out[t] = masc
        out[t + "s"] = masc
        if t.endswith(german.UNSTRESSED_NOUN_ENDINGS):
            out[t + "n"] = masc
        else:
            out[t + "e"] = masc
            out[t + "en"] = masc
    if fem:
        out.setdefault(fem, TitleForm(fem, record.official))
        if fem.endswith(german.FEMININE_ENDING):
            out.setdefault(fem + german.FEMININE_PLURAL_LINK, TitleForm(fem, record.official))
    return out


_MINISTRY_FORMS = resources.commented_rows("ministry_forms.tsv")


def _ministry(word: str) -> str | None:
    """Any ministry by the compound's head: 'Landwirtschaftsministeriums' → 'Landwirtschaftsministerium'."""
    if not word[:1].isupper() or len(word) < 12:
        return None
    for end, lemma in _MINISTRY_FORMS:
        if word.endswith(end):
            return word[: len(word) - len(end)] + lemma
    return None


class _PhraseTable:
    """Listed names by their token tuple, with their declined variants."""

    def __init__(self, tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        self.phrases: dict[tuple[str, ...], Entry] = {}

    def add(self, names: Iterable[str], entry: Entry, inflect: bool = True) -> None:
        """Each name and (with `inflect`) its declined forms; a form already taken keeps its entry
        unless this one's label ranks first and the form is the name itself."""
        for name in names:
            # plain words split on spaces as the tokenizer would; the rest go through it
            words = tuple(name.split()) if _PLAIN.match(name) else tuple(self.tokenize(name))
            if not words:
                continue
            for v in (_inflections(words) if inflect else {words}):
                form = entry.form if v == words else ("genitive" if entry.form == "name" else entry.form)
                old = self.phrases.get(v)
                if old is None or (_PRIORITY[entry.label] < _PRIORITY[old.label] and v == words):
                    self.phrases[v] = Entry(entry.label, entry.key, form)


def _add_states(table: _PhraseTable) -> dict[str, str]:
    """States by name, alias and demonym; returns the state adjectives' stems (stem → ISO code)."""
    adjectives: dict[str, str] = {}
    for s in resources.load_states():
        table.add((s.name, *s.aliases), Entry("STATE", s.iso2))
        for d in s.demonyms:
            table.add((d, d + "n") if not d.endswith(("n", "s")) else (d,), Entry("STATE", s.iso2, "demonym"),
                      inflect=False)
        for adj in s.adjectives:
            adjectives[adj.casefold()] = s.iso2
    return adjectives


def _add_named(table: _PhraseTable) -> None:
    """Organisations, capitals, places and government bodies, in this order (an earlier label keeps a form)."""
    for o in resources.load_organizations():
        table.add((o.name, *o.aliases), Entry("ORG", o.name))
    for s in resources.load_states():
        if s.capitals:
            for c in s.capitals:
                table.add((c,), Entry("CAPITAL", s.iso2))
    for p in resources.load_places():
        table.add((p.name, *p.aliases), Entry("PLACE", p.name))
    for b in resources.load_government_bodies():
        table.add((b.name, *b.aliases), Entry("BODY", b.name), inflect=" " in b.name)


def unaccented(name: str) -> str:
    """The name as the German press often prints a foreign one, without its accents (umlauts stay).

    >>> unaccented("Cristina Fernández de Kirchner"), unaccented("Recep Tayyip Erdoğan"), unaccented("Jürgen")
    ('Cristina Fernandez de Kirchner', 'Recep Tayyip Erdogan', 'Jürgen')
    """
    if name.isascii():
        return name
    return "".join(c if c in GERMAN_LETTERS else "".join(
        d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)) for c in name)


def _add_people(table: _PhraseTable) -> None:
    """Known people by name (and surname alone where listed so), with the genitive of the last word;
    an accented name also without its accents („Fernández“ printed „Fernandez“)."""
    for person in resources.load_people():
        names = [person.name] + [a for a in person.aliases if " " in a or person.surname_alone]
        names += [bare for bare in map(unaccented, names) if bare not in names]
        table.add(names, Entry("PER", person.name, "known"), inflect=False)
        for n in names:
            words = tuple(table.tokenize(n))
            for g in _genitives(words[-1]):
                table.phrases.setdefault(words[:-1] + (g,), Entry("PER", person.name, "known"))


class Gazetteer(ContextRules):
    """Lookup tables built once per pipeline; `match` is the per-document work."""

    def __init__(self, phrases: dict[tuple[str, ...], Entry], adjectives: dict[str, str],
                 titles: dict[str, TitleForm], first_names: frozenset[str], common: frozenset[str],
                 context: dict[str, tuple[str, str]] | None = None):
        self.phrases = phrases
        self.max_len = max((len(k) for k in phrases), default=1)
        # first word → longest phrase starting with it: most tokens start none
        self.first_words: dict[str, int] = {}
        for k in phrases:
            self.first_words[k[0]] = max(self.first_words.get(k[0], 0), len(k))
        self._make_memos()
        self.adjectives = adjectives
        # every state adjective in every ending (lower case) → its state, so a word costs one lookup
        self.adjective_forms = {stem + end: self._adjective_stem(stem + end) for stem in adjectives
                                for end in (*german.ADJECTIVE_ENDINGS, "")}
        self.titles = titles
        # compound heads: "bürgermeister" in "Oberbürgermeister"
        self.title_suffixes = {t[:1].lower() + t[1:]: tf for t, tf in titles.items()
                               if len(t) >= 6 or t in resources.listed_words("short_title_heads.tsv")}
        # no longer tail can match: a long word costs as many lookups as a short one
        self.longest_title_suffix = max(map(len, self.title_suffixes), default=0)
        # a word ends in a compound head only if it ends in one's last four letters (heads have four or more)
        self.title_tails = frozenset(t[-4:] for t in self.title_suffixes)
        self.name_classes = resources.load_name_classes()   # word classes learned from a corpus (kg.nlp.classes)
        self.speech_verbs = resources.load_word_list("speech_verbs.tsv")
        self.media_verbs = resources.load_word_list("media_verbs.tsv")     # „berichtete“, „meldete“
        self.currencies = resources.load_word_list("currencies.tsv")
        self._org_rules(context or {})
        self.first_names = first_names
        self.common = common
        self.longest_common = max(map(len, common), default=0)
        self.context = context or {}
        self.place_prefixes = resources.load_word_list("place_prefixes.tsv")   # "Stadt" → (PLACE, city), "Nachrichtenagentur" → (ORG, media)
        # adjectives and adverbs that a word class reads as names: „Lange“, „Heuer“ (`kg.nlp.classes`)
        self.lowercase_names = resources.listed_words("lowercase_names.tsv")
        self.colour_words = resources.listed_words("colour_words.tsv")   # „Rot und Schwarz“

    def _make_memos(self) -> None:
        """The per-word memos of the rules: each word's answer computed once per process."""
        self._title_memo: Memo[str, TitleForm | None] = Memo(self._title)
        self._compound_memo: Memo[str, bool] = Memo(self._compound_noun)
        self._unknown_memo: Memo[str, bool] = Memo(self._unknown_word)
        self._demonym_memo: Memo[str, bool] = Memo(self._demonym_noun)
        self._first_pair_memo: Memo[str, bool] = Memo(lambda w: self._pair_word(w, "FIRST"))
        self._surname_pair_memo: Memo[str, bool] = Memo(lambda w: self._pair_word(w, "SURNAME"))
        self._head_memo: Memo[str, tuple[str, str] | None] = Memo(self._place_head)
        self._trigger_memo: Memo[str, bool] = Memo(self._triggers)
        self._word_memo: Memo[str, tuple] = Memo(self._word_hits)
        self._inert: set[str] = set()   # words that start no listed phrase and hold no hit (`_listed`)

    def _org_rules(self, context: dict[str, tuple[str, str]]) -> None:
        """The tables of the organisation-name rules (`kg.nlp.orgheads`, `orgnames`, `orgcompounds`,
        `orgarticle`)."""
        self.org_heads = org_heads()
        self.org_words = OrgNames({r["word"]: r["role"] for r in resources.rows("org_name_words.tsv")},
                                  frozenset(w for w, (label, _) in context.items() if label == "ORG"),
                                  Memo(self._org_compound).__getitem__,   # asked of every word: once per word
                                  Memo(self._seated).__getitem__, Memo(self._federal).__getitem__)
        self.brand_words = resources.unlemmatised_words()
        self.lexicon_names = resources.lexicon_names()     # „Daimler“, „Nature“: names only after a head noun
        self.thing_acronyms = resources.load_word_list("thing_acronyms.tsv")   # "GPS": no organisation's
        self._article_name_memo = self._article_name_rule()
        self.org_compounds = OrgCompounds(self._org_noun, self._compound_first, self._name_noun)

    @classmethod
    def from_resources(cls, tokenize: Tokenize) -> "Gazetteer":
        """The tables of `kg/data/`; `tokenize` splits a listed name as the pipeline splits text."""
        table = _PhraseTable(tokenize)
        adjectives = _add_states(table)
        _add_named(table)
        _add_people(table)
        for phrase in resources.load_word_list("not_entities.tsv"):
            table.phrases[tuple(tokenize(phrase))] = Entry("NONE", phrase)
        titles: dict[str, TitleForm] = {}
        for rec in resources.load_titles():
            for form, tf in title_forms(rec).items():
                titles.setdefault(form, tf)
        context = {r["noun"]: (r["label"], r["kind"]) for r in resources.rows("context_nouns.tsv")}
        return cls(table.phrases, adjectives, titles, resources.load_first_names(), resources.common_nouns(), context)

    # -- single words -------------------------------------------------------------------
    def adjective_state(self, word: str) -> str | None:
        """ISO code of a state adjective in any ending: 'ukrainischen' → 'UA' (one lookup: no memo)."""
        return self.adjective_forms.get(word.casefold())

    def _adjective_stem(self, low: str) -> str | None:
        """The state of the first ending whose stem is a state's adjective: the value of each of
        `adjective_forms` (only a stem and an ending can make one)."""
        for end in (*german.ADJECTIVE_ENDINGS, ""):
            if end and not low.endswith(end):
                continue
            stem = low[: len(low) - len(end)] if end else low
            if stem in self.adjectives:
                return self.adjectives[stem]
        return None

    def title(self, word: str) -> TitleForm | None:
        """A title, also inside a compound ('Oberbürgermeister' → role 'Oberbürgermeister')."""
        return self._title_memo[word]

    def _title(self, word: str) -> TitleForm | None:
        tf = self.titles.get(word)
        if tf is not None:
            return tf
        if not word[:1].isupper() or "-" in word or len(word) < 7 or word[-4:] not in self.title_tails:
            return None
        # look up each tail of the word (longest first) instead of testing every title
        for k in range(max(3, len(word) - self.longest_title_suffix), len(word) - 3):
            base = self.title_suffixes.get(word[k:])
            if base is not None:
                return TitleForm(word[:k] + base.role[:1].lower() + base.role[1:], base.official)
        return None

    def match(self, doc: Doc) -> list[Hit]:
        """All hits of a document, in text order; token indices count non-space tokens only."""
        text, tokens = doc_text(doc), doc_words(doc)
        words, idx = tokens.words, tokens.idx
        covered = [False] * len(words)
        hits = self._listed(text, words, idx, covered)
        hits = self._team_names(text, words, idx, hits, covered)
        hits = self._head_orgs(text, words, idx, hits, covered)
        hits.extend(self._context(text, words, idx, covered))
        hits = self._spelled_names(text, words, idx, hits, covered)
        hits = self._org_names(text, words, idx, hits, covered)
        hits = self._article_acronyms(text, words, idx, hits, covered)
        hits.extend(place_hits(self, text, words, idx, hits, covered))
        hits.extend(self._names(text, words, idx, hits, covered))
        hits = context_persons(self, text, words, idx, hits, covered)
        opens = frozenset(tokens.opens or [0])
        hits.extend(self._speakers(text, words, idx, hits, covered, opens))
        hits.extend(self._media_sources(text, words, idx, hits, covered))
        hits.extend(self._classed(text, words, idx, hits, covered, opens))
        hits = self._joined_names(text, words, idx, hits, covered)
        hits = self._article_names(text, words, idx, hits, covered)
        hits = genitive_names(words, drop_building_names(words, hits), self._plain_noun)
        hits = named_institutions(text, words, idx, hits)
        hits = drop_named_adjectives(words, hits, self._plain_noun)
        hits.extend(self._learned(opens, text, words, idx, hits))
        hits = drop_branch_places(words, drop_vessel_names(words, drop_bylines(words, one_type(hits))))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def _learned(self, opens: frozenset[int], text: str, words: list[str], idx: list[int],
                 hits: list[Hit]) -> list[Hit]:
        """Names no rule read, by the learned tagger (`kg.nlp.learned`), where its model is shipped."""
        tagger = NameTagger.shared()
        return tagger.hits(self, text, words, idx, opens, hits) if tagger else []

    def _article_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                       covered: list[bool]) -> list[Hit]:
        """Organisations named by a bare word after a definite article (`kg.nlp.orgarticle`)."""
        spans = article_names(words, self._article_name_memo.__getitem__)
        if spans:       # the words no hit covers, and no surname of a person the text names
            taken = cover(hits, list(covered))
            spans = [(i, j) for i, j in spans if not taken[i]]
            persons = {words[h.tok_end - 1] for h in hits if h.label == "PER" and h.tok_end - h.tok > 1}   # surnames
            if any(words[i] in persons for i, _ in spans):
                fired(PERSON_WORD)
                spans = [(i, j) for i, j in spans if words[i] not in persons]
        return _with_orgs(text, words, idx, hits, covered, [(i, j, "name") for i, j in spans], "article",
                          NAME_AFTER_ARTICLE) if spans else hits

    def _joined_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                      covered: list[bool]) -> list[Hit]:
        """Firms named by two names joined with „&“ or „+“ (`kg.nlp.orgjoined`): the hits inside are
        dropped; not where a hit reaches over the pair („Müller & Söhne GmbH“ is read already)."""
        spans = joined_names(words, self._firm_word)
        spans = [(i, j, "acronym") for i, j in spans
                 if not any(h.tok < j and h.tok_end > i and (h.tok < i or h.tok_end > j) for h in hits)]
        return _with_orgs(text, words, idx, hits, covered, spans, "form", JOINED_NAME) if spans else hits

    def _firm_word(self, w: str) -> bool:
        """'Procter', 'Johnson': a name, no first name, no word by its ending ('Anspruchslos')."""
        return w.isalpha() and w[:1].isupper() and not self.is_first_name(w) \
            and (self._unknown_memo[w] or self.name_classes.get(w) == "SURNAME") \
            and not w.endswith(_NOUN_SUFFIXES) and not w.endswith(german.ADJECTIVE_WORD_ENDINGS)

    def _article_name_rule(self) -> Memo[str, bool]:
        """`_article_name` memoised per word, and the words that are no organisation's bare name after
        an article: a thing's acronym („die WM“), a river („die Mur“)."""
        self._not_org_words = self.thing_acronyms | resources.load_word_list("rivers.tsv")
        self._dictionary_nouns = resources.dictionary_nouns()
        # an acronym without an article: no thing's and no country's code („GPS“, „AUT“, „GER“)
        self._loose_not_orgs = self.thing_acronyms | resources.country_codes()
        return Memo(self._article_name)

    def _article_name(self, w: str) -> bool:
        """'Öbib', 'Wifo': a word no lexicon holds, of no name class, that may name an organisation; not
        a noun of the dictionary („das Dickicht“, „die Taiga“)."""
        if not self.article_name_candidate(w):
            return False
        if w in self._dictionary_nouns:
            fired(DICTIONARY_NOUN)
            return False
        return True

    def article_name_candidate(self, w: str) -> bool:
        """`_article_name` by our own lists only (`kg/data/tools/make_dictionary_nouns.py` asks it)."""
        if self.name_classes.get(w) in ("PLACE", "SURNAME", "FIRST") or self.is_first_name(w):
            return False
        return name_word(w, self._unknown_memo.__getitem__, self._known_tail, self._not_org_words, _NOUN_SUFFIXES)

    def place_after_preposition_candidate(self, w: str) -> bool:
        """Whether `kg.nlp.context` may read w after a place preposition as a town by our own lists: an unknown
        word, of no place's word class („Elche“, „Malaga“: towns too; `kg/data/tools/make_dictionary_nouns.py
        --no-places` asks it)."""
        return self.is_name_word(w) and self._unknown_memo[w] and self.name_classes.get(w) != "PLACE"

    def _known_tail(self, w: str) -> bool:
        """A known noun ends the word: 'Komfortzone', 'Gitterzaun' (heads of three letters on)."""
        return any(w[k].upper() + w[k + 1:] in self.common for k in range(2, len(w) - 2))

    def _owning_noun(self, w: str) -> bool:
        """A capitalised German noun that names no person: „Buch“, not „Trainer“."""
        return w[:1].isupper() and w in self.common and w not in NOT_NAMES and self.title(w) is None \
            and not self.is_first_name(w)

    def _plain_noun(self, w: str) -> bool:
        """A German noun or compound that names no person: „Grippe“, „Jungferninseln“, not „Trainer“."""
        return self._owning_noun(w) or (w[:1].isupper() and self.compound_noun(w) and self.title(w) is None
                                        and not self.is_first_name(w))

    def _listed(self, text: str, words: list[str], idx: list[int], covered: list[bool]) -> list[Hit]:
        """Listed phrases (longest first) and the hits inside single words; marks what they cover."""
        n = len(words)
        hits: list[Hit] = []
        i = 0
        inert = self._inert
        while i < n:
            w = words[i]
            if w in inert:
                i += 1          # the common case: a word known to start nothing and yield nothing
                continue
            length = self._phrase_at(text, words, idx, i, hits)
            if length:
                for k in range(i, i + length):
                    covered[k] = True
                i += length
                continue
            sub = self._word_cached(w, idx[i], i)
            if sub:
                hits.extend(sub)
                covered[i] = any(h.label != "TITLE" for h in sub)
            elif w not in self.first_words:
                if len(inert) > MAX_ENTRIES:
                    inert.clear()
                inert.add(w)
            i += 1
        return hits

    def _phrase_at(self, text: str, words: list[str], idx: list[int], i: int, hits: list[Hit]) -> int:
        """The length of the longest listed phrase at token i (0: none); its hit goes to `hits`
        unless the phrase is listed as no entity."""
        for length in range(min(self.first_words.get(words[i], 0), len(words) - i), 0, -1):
            entry = self.phrases.get(tuple(words[i:i + length]))
            if entry is not None:
                if entry.label != "NONE":
                    j = i + length
                    start, end = idx[i], idx[j - 1] + len(words[j - 1])
                    hits.append(Hit(start, end, entry.label, entry.key, text[start:end], i, j, entry.form, LISTED_NAME))
                    fired(LISTED_NAME)
                else:
                    fired(NOT_AN_ENTITY)
                return length
        return 0

    def _org_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                   covered: list[bool]) -> list[Hit]:
        """Organisations named by their form (`kg.nlp.orgnames`); the hits inside one are dropped."""
        n = len(words)
        places: set[int] = set()        # tokens of a known place that may end a name ("Universität Wien")
        state_adjectives: set[int] = set()
        for h in hits:
            if h.label in ("PLACE", "CAPITAL") and h.tok_end - h.tok == 1:
                places.add(h.tok)
            elif h.label == "STATE" and (h.form == "adjective" or h.form == "demonym" and h.tok_end - h.tok == 1):
                state_adjectives.add(h.tok)     # "der Deutschen Bank": a demonym's form as an adjective

        def name_at(k: int) -> bool:
            w = words[k]
            return k in places or (not covered[k] and (self._unknown(words, covered, k) or (
                w.isupper() and w.isalpha() and len(w) > 1 and w not in self.common)))

        def cap_at(k: int) -> bool:
            w = words[k]
            return w[:1].isupper() and w not in NOT_NAMES and self.title(w) is None and w.replace("-", "").isalnum()

        def adjective_at(k: int) -> bool:
            # capitalised inside a sentence: a name ("der Brasilianischen Stiftung"), not "die russische Armee"
            if not words[k][:1].isupper() or not words[k].rsplit("-", 1)[-1][:1].isupper():
                return False    # "US-amerikanischen" is no name's
            if k == 0 or words[k - 1] in (".", "!", "?", ":", "„", "\""):
                return self._first_name_adjective(words, k, k in state_adjectives)
            return k in state_adjectives or (not covered[k] and self._form_adjective(words, k))
        # a name before its acronym in brackets is left to the acronym, which it spells out
        acronyms = {h.tok for h in hits if h.form == "context:acronym"}
        spans = []
        club = self._club_tests(words, covered, places, name_at)
        for i, j, role in self.org_words.spans(words, name_at, cap_at, adjective_at, club):
            if any(covered[k] for k in range(i, j) if k not in places and k not in state_adjectives):
                continue
            if j + 1 in acronyms and words[j] == "(":
                fired(ORG_BEFORE_ACRONYM)
                continue
            spans.append((i, j, role))
        return _with_orgs(text, words, idx, hits, covered, spans, adjective=self._name_adjective) if spans else hits

    def _spelled_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                       covered: list[bool]) -> list[Hit]:
        """An organisation's name before its acronym in brackets (`kg.nlp.orgspelled`): the acronym's
        organisation, under the acronym's key; places and state adjectives inside it are dropped."""
        opens = [i for i, w in enumerate(words) if w == "("]
        if not opens:
            return hits
        orgs = {h.tok: h for h in hits if h.label == "ORG" and h.tok_end == h.tok + 1}
        spans, keys = [], {}
        for i in opens:
            if not bracketed_acronym(words, i) or i + 1 not in orgs and covered[i + 1] \
                    or words[i + 1] in self.thing_acronyms:     # „Solid-State-Disk (SSD)“ names a thing
                continue
            start = spelled_before(words, i)
            if start is None or (start == i - 1 and "-" not in words[start]) or self.is_first_name(words[start]) \
                    or any(h.tok < i and h.tok_end > start and h.label in ("ORG", "PER") for h in hits):
                continue
            spans.append((start, i, "acronym"))
            keys[start] = orgs[i + 1].key if i + 1 in orgs else words[i + 1]
            if i + 1 not in orgs:       # an acronym a lexicon holds as a word („BDI“): the name makes it one
                spans.append((i + 1, i + 2, "acronym"))
        if not spans:
            return hits
        hits = _with_orgs(text, words, idx, hits, covered, spans, "form", SPELLED_OUT)
        return [replace(h, key=keys[h.tok]) if h.rule == SPELLED_OUT and h.tok in keys else h for h in hits]

    def _article_acronyms(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                          covered: list[bool]) -> list[Hit]:
        """Organisations named by an acronym after an article (`kg.nlp.orgacronyms`); one whose letters
        spell an organisation named before it is that organisation."""
        spans = acronym_spans(words, covered, self.thing_acronyms)
        if spans:
            hits = _with_orgs(text, words, idx, hits, covered, [(i, j, "article") for i, j in spans], "acronym",
                              ACRONYM_AFTER_ARTICLE)
        loose = loose_acronyms(words, covered, self._loose_not_orgs)
        if loose:
            hits = _with_orgs(text, words, idx, hits, covered, [(i, j, "article") for i, j in loose], "acronym",
                              ACRONYM_IN_TEXT)
        if not spans and not loose:
            return hits
        orgs = sorted((h for h in hits if h.label == "ORG"), key=lambda h: h.tok)
        out = []
        for h in hits:
            key = spelled_out(h.key, [o.key for o in orgs if o.tok < h.tok]) if h.form == "acronym:article" else None
            out.append(replace(h, key=key) if key else h)
        return out

    def _club_tests(self, words: list[str], covered: list[bool], places: set[int],
                    name_at: Callable[[int], bool]) -> ClubTests:
        """What may go on a club's name (`kg.nlp.orgnames.ClubTests`)."""
        n = len(words)

        def town(k: int) -> bool:
            return k in places or not covered[k] and self.name_classes.get(words[k]) == "PLACE" \
                and self.is_name_word(words[k])

        def club_word(k: int) -> bool:
            # after a club's acronym or before its number any name word ("FC Schalke", "Schalke 04"),
            # elsewhere a name or a town ("Borussia Dortmund", not "Real Life")
            if town(k) or name_at(k):
                return True
            w = words[k]
            return not covered[k] and self.is_name_word(w) and self.title(w) is None \
                and not w.endswith(_NOUN_SUFFIXES) and (k + 1 < n and words[k + 1][:1] == "0" or k > 0 and (
                    self.org_words.roles.get(words[k - 1]) == "club" and not words[k - 1][1:].islower()))
        return ClubTests(club_word, town, lambda k: self._town_adjective(words[k]), lambda k: self.is_first_name(words[k]))

    def _form_adjective(self, words: list[str], k: int) -> bool:
        """'Freie', 'Brasilianische'; a town's adjective before a name's noun: 'Frankfurter Rundschau'."""
        return self.org_words.adjective(words[k]) or (
            k + 1 < len(words) and self._town_adjective(words[k]) and self._town_org(words[k + 1]))

    def _town_org(self, noun: str) -> bool:
        """'Rundschau', 'Sparkasse', 'Abendblatt': a noun that a town's adjective makes a name of (a
        name's head, a compound of a paper or a company), not an organ („die Berliner Polizei“)."""
        return self.org_words.roles.get(noun) == "head" or self.org_heads.kind(noun) in ("media", "company")

    def _town_adjective(self, word: str) -> bool:
        """'Hamburger', 'Karlsruher', 'Wiener': a town's adjective, capitalised, in „-er“."""
        if not word.endswith(german.ER_SUFFIX) or not word[:1].isupper() or len(word) < 5:
            return False
        for stem in (word[:-2], word[:-1], word[:-2] + "en", word[:-3] + "en"):   # Dresdner, Münchner
            entry = self.phrases.get((stem,))
            if self.name_classes.get(stem) == "PLACE" or entry is not None and entry.label in ("PLACE", "CAPITAL"):
                return True
        return False

    def _first_name_adjective(self, words: list[str], k: int, state_adjective: bool) -> bool:
        """First in a sentence, an adjective is a name's only before a noun that heads names:
        'Freie Universität meldet', not 'Russische Truppen'."""
        return k + 1 < len(words) and self.org_words.roles.get(words[k + 1]) == "head" and (
            state_adjective or self.org_words.adjective(words[k]))

    def _org_compound(self, word: str) -> bool:
        """'Gewerkschaftsbund', 'Bundesamtes': a compound of an organisation's noun, in the singular
        ('Behörden', 'Unternehmen' are many)."""
        return not word.endswith("n") and self.org_heads.kind(word) is not None

    def _seated(self, word: str) -> bool:
        """'Landgericht', 'Staatsoper', 'Stadtwerke': a compound of an institution's noun (kind
        "seat" in `org_heads.tsv`), not the bare noun („die Oper Wien“ is left to the head rule)."""
        return self.org_heads.kind(word) == "seat" and word.lower() not in self.org_heads.heads

    def _federal(self, word: str) -> bool | None:
        """'Bundeskriminalamt': True, a field between „Bundes“ (role "federal" in `org_name_words.tsv`)
        and the noun of an authority (`federal_heads.tsv`); 'Bundesamtes': False, the noun alone; None
        for others: a title ('Bundesrat' as a person), a court, named with its seat ('Bundesgericht')."""
        prefix = next((p for p in self.org_words.federal_prefixes if word.startswith(p)), None)
        if prefix is None or self.title(word) is not None:
            return None
        rest = word[len(prefix):].lower()
        for stem in (rest, *german.genitive_stems(rest)):
            head = next((h for h in _FEDERAL_HEADS if stem.endswith(h)), None)
            if head is not None:
                return len(stem) > len(head)
        return None

    def _org_noun(self, noun: str) -> bool:
        """'Institut', 'Stiftungs', 'Liga': a noun that heads organisations' names (not one that
        describes them, as 'Hersteller' does), also in the genitive; 'Nachrichten' are also messages."""
        return noun not in _COMMON_PLURAL_HEADS and any(self.org_words.roles.get(n) in ("head", "organ")
                                                        for n in (noun, *german.genitive_stems(noun)))

    def _name_noun(self, noun: str) -> bool:
        """'Stiftung', 'Instituts': a noun that heads a name (role head), also in the genitive."""
        return any(self.org_words.roles.get(n) == "head" for n in (noun, *german.genitive_stems(noun)))

    def _compound_first(self, word: str) -> bool:
        """'Max', 'Bertelsmann': a compound's first part that is a name, no English word ('Online')."""
        return self.is_first_name(word) or self._unknown_memo[word] or self.name_classes.get(word) in ("FIRST", "SURNAME")

    def _name_adjective(self, word: str) -> bool:
        """'Palästinensischen', 'Deutschen': a capitalised adjective, as names use them."""
        return word[:1].isupper() and (self.org_words.adjective(word) or self.adjective_state(word) is not None)


    def _head_orgs(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                   covered: list[bool]) -> list[Hit]:
        """Organisations named in one compound (`kg.nlp.orgcompounds`: 'das Max-Planck-Institut') and
        after a noun of their kind (`kg.nlp.orgheads`: 'der Autobauer Nissan')."""
        towns = {h.tok for h in hits if h.label in ("PLACE", "CAPITAL") and h.tok_end - h.tok == 1}
        named = self.org_compounds.spans(words, covered, lambda k: k in towns or not covered[k] and (
            self.name_classes.get(words[k]) == "PLACE" and self.is_name_word(words[k])))
        if named:
            hits = _with_orgs(text, words, idx, hits, covered, [(i, j, "compound") for i, j in named], "form",
                              NAME_COMPOUND)
        spans = self.org_heads.spans(words, covered, word_tests(self, words, covered, hits))
        return _listed_tails(text, _with_orgs(text, words, idx, hits, covered, spans, "context", HEAD_NOUN)) \
            if spans else hits

    def _speakers(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                  covered: list[bool], opens: frozenset[int]) -> list[Hit]:
        """A lone name next to a verb of saying (`kg.nlp.speakers`)."""
        taken = cover(hits, list(covered))

        def may_name(k: int) -> bool:
            w = words[k]
            if taken[k] or not self.is_name_word(w) or self.title(w) is not None or w.endswith(_NOUN_SUFFIXES):
                return False
            cls = self.name_classes.get(w)
            return cls == "SURNAME" or (
                cls is None and self._unknown(words, taken, k) and self._named_elsewhere(words, k, opens))
        out = []
        for k in speaker_tokens(words, self.speech_verbs, may_name):
            taken[k] = True
            out.append(Hit(idx[k], idx[k] + len(words[k]), "PER", words[k], words[k], k, k + 1, "speaker", SPEAKER))
            fired(SPEAKER)
        return out

    def _media_sources(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                       covered: list[bool]) -> list[Hit]:
        """A lone unknown name that reports news (`kg.nlp.speakers.source_tokens`): a medium."""
        taken = cover(hits, list(covered))
        in_names = person_words(words, hits)

        def may_name(k: int) -> bool:
            w = words[k]
            return not taken[k] and w not in in_names and self.is_name_word(w) and self.name_classes.get(w) is None \
                and self._unknown(words, taken, k) and not w.endswith(_NOUN_SUFFIXES) \
                and not named_elsewhere(words, k, self._compound_first, lambda v: self.title(v) is not None)
        out = []
        for k in source_tokens(words, self.media_verbs, may_name):
            out.append(Hit(idx[k], idx[k] + len(words[k]), "ORG", words[k], words[k], k, k + 1, "context:media",
                           MEDIA_SOURCE))
            fired(MEDIA_SOURCE)
        return out

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
            if loose(k - 1):    # a place may follow the noun it is named by: "am Standort Koblenz"
                return self._place_after_noun(words, taken, k)
            return self._class_word(words, taken, k)
        for i, j, label in lone_class_hits(words, self.name_classes, lone):
            start, end = idx[i], idx[j - 1] + len(words[j - 1])
            rule = PLACE_AFTER_NOUN if loose(i - 1) else WORD_CLASS if self._unknown(words, taken, i) or \
                label != "PLACE" or words[i] in self.common else PLACE_COMPOUND
            out.append(Hit(start, end, label, text[start:end], text[start:end], i, j, "class", rule))
            fired(rule)
        return out

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
        if w in self.common and _noun_phrase_head(words, k):
            fired(CLASS_AFTER_ARTICLE)     # a place may take one („am Brenner“), an acronym too („der US-FCC“)
            return True
        if w not in self.common and (_after_article(words, k) or _noun_phrase_head(words, k)):
            fired(SURNAME_NOUN_PHRASE)     # „der Hacker“, „der schnittige Sager“: a noun no lexicon holds
            return True
        return False

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
        if cls in ("PLACE", "SURNAME") and w in self.common:
            # a place that is also a word ("Halle"): a name only without an article before it
            if not (self.is_name_word(w) and self.title(w) is None):
                return False
            if k == 0:      # a bare singular noun is no subject: „Müller studierte …“ names a person
                return cls == "SURNAME" and _singular_verb(words, k + 1) and _fired(SURNAME_SUBJECT)
            if words[k - 1] in _ARTICLE_LIKE:
                fired(CLASS_AFTER_ARTICLE)
                return False
            return True
        if cls == "PLACE" and not taken[k] and w not in self.common and self.is_name_word(w) and self.title(w) is None:
            return True         # a place's compound ("Friedrichshafen"): its class outweighs its German parts
        return self._unknown(words, taken, k)

    def _word_cached(self, w: str, start: int, i: int) -> list[Hit]:
        """`_word`, remembered per word: most words are seen many times and yield nothing."""
        found = self._word_memo[w]
        if not found:
            return []
        for *_, rule in found:
            fired(rule)
        return [Hit(start + a, start + b, label, key, text, i, i + 1, form, rule)
                for a, b, label, key, text, form, rule in found]

    def _word_hits(self, w: str) -> tuple:
        """`_word` at offset 0, as plain tuples to place at each occurrence."""
        return tuple((h.start, h.end, h.label, h.key, h.text, h.form, h.rule) for h in self._word(w, 0, 0))

    def forget(self) -> None:
        """Empty the per-word memos, so that each rule runs (and fires) anew: the example corpora
        read each row as if it came first."""
        for memo in vars(self).values():
            if isinstance(memo, Memo):
                memo.clear()
        self._inert.clear()

    def _word(self, w: str, start: int, i: int) -> list[Hit]:
        """Hits inside one token that no phrase covered."""
        if "-" in w and not w.startswith("-") and not w.endswith("-"):
            if self._region(w):     # "Ost-Berlin": a compass part of a known place, hyphenated
                joined = self.phrases.get((w.replace("-", "", 1).capitalize(),))     # "Nord-Korea": a state
                if joined is not None and joined.label == "STATE":
                    return [Hit(start, start + len(w), "STATE", joined.key, w, i, i + 1, "name", COMPASS_REGION)]
                return [Hit(start, start + len(w), "PLACE", w, w, i, i + 1, "region", COMPASS_REGION)]
            if self._territory(w):
                return [Hit(start, start + len(w), "PLACE", w, w, i, i + 1, "name", TERRITORY_NAME)]
            return self._compound(w, start, i, whole_known=False)
        # a capitalised bare stem is a language: "auf Russisch", "Deutsch lernen"
        language = w[:1].isupper() and w.casefold() in self.adjectives
        if language:
            fired(LANGUAGE_NOT_STATE)
        iso = self.adjective_state(w) if w[:1].isalpha() and not language else None
        if iso is not None:
            return [Hit(start, start + len(w), "STATE", iso, w, i, i + 1, "adjective", STATE_ADJECTIVE)]
        body = _ministry(w)
        if body is not None:
            return [Hit(start, start + len(w), "BODY", body, w, i, i + 1, "name", MINISTRY_COMPOUND)]
        if self._region(w):
            return [Hit(start, start + len(w), "PLACE", w, w, i, i + 1, "region", COMPASS_REGION)]
        # a word not capitalised is a title only as listed (`_title`): no memo entry for the many that are none
        tf = self.title(w) if w[:1].isupper() else self.titles.get(w)
        if tf is not None:
            rule = TITLE_WORD if w in self.titles else TITLE_COMPOUND
            return [Hit(start, start + len(w), "TITLE", tf.role, w, i, i + 1, tf.official, rule)]
        return []

    def _territory(self, word: str) -> bool:
        """'Britisch-Kolumbien', 'Französisch-Guayana': a state's bare adjective, capitalised, and a name after
        the hyphen (no German noun: „Deutsch-Unterricht“ is a lesson) name a territory, not that state."""
        head, _, tail = word.partition("-")
        if not head[:1].isupper() or head.casefold() not in self.adjectives or "-" in tail:
            return False
        entry = self.phrases.get((tail,))
        # a listed name („Kolumbien“ is a noun of the lexicon too), not a demonym („die Deutsch-Türken“)
        listed = entry is not None and entry.label in ("STATE", "PLACE", "CAPITAL") and entry.form == "name"
        if not listed and (not tail[:1].isupper() or tail in self.common or self.compound_noun(tail)
                           or not self.is_name_word(tail)):
            return False
        fired(TERRITORY_NAME)
        return True

    def _team_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                    covered: list[bool]) -> list[Hit]:
        """A listed town and an English plural no lexicon holds after it are a team's name, an organisation:
        „die Denver Broncos“, „gegen die New York Islanders“; the town is no place there."""
        out = []
        for h in hits:
            e = h.tok_end
            if h.label in ("PLACE", "CAPITAL") and h.form == "name" and e < len(words) and not covered[e] \
                    and self._team_word(words[e]) and not (e + 1 < len(words) and self._team_word(words[e + 1])):
                fired(TEAM_NAME)
                end = idx[e] + len(words[e])
                covered[e] = True
                h = Hit(h.start, end, "ORG", text[h.start:end], text[h.start:end], h.tok, e + 1, "form:team", TEAM_NAME)
            out.append(h)
        return out

    def _team_word(self, w: str) -> bool:
        """'Broncos', 'Canucks': a capitalised English plural that no lexicon, name list or word class holds."""
        return len(w) > 3 and w[:1].isupper() and w.endswith(german.SHORT_GENITIVE_ENDING) and w[1:].islower() \
            and self._unknown_memo[w] and self.name_classes.get(w) is None

    def _region(self, word: str) -> bool:
        """A compass part of a known state or place: 'Ostsyrien', 'Nordostbrasiliens', 'Ost-Berlin'."""
        if not word.startswith(german.COMPASS_PREFIXES):
            return False        # most words: one test of all prefixes at once
        for prefix in german.COMPASS_PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                rest = word[len(prefix) + 1:] if word[len(prefix)] == "-" else word[len(prefix):]
                entry = self.phrases.get((rest[0].upper() + rest[1:],))
                return entry is not None and entry.label in ("STATE", "PLACE", "CAPITAL") \
                    and entry.form in ("name", "genitive")     # not "Ostdeutschen", people
        return False

    def _compound(self, w: str, start: int, i: int, whole_known: bool) -> list[Hit]:
        """'US-Präsident', 'Nato-Generalsekretär', 'deutsch-französischen', 'UN-Schätzungen'."""
        whole_adj = self.adjective_state(w)
        if whole_adj is not None and not whole_known:
            return [Hit(start, start + len(w), "STATE", whole_adj, w, i, i + 1, "adjective", STATE_ADJECTIVE)]
        parts = w.split("-")
        if self._names_no_state(parts):
            return []
        out: list[Hit] = []
        offset = 0
        loose: list[str] = []
        many, inside = self._multipart_names(w, start, i, parts)
        for p_i, part in enumerate(parts):
            p_start = start + offset
            offset += len(part) + 1
            if not part or p_i in inside:
                continue
            last = p_i == len(parts) - 1
            if p_i in many:
                out.append(many[p_i])
                continue
            entry = self.phrases.get((part,))
            if entry is not None and entry.label in ("STATE", "ORG") and not (last and whole_known):
                out.append(Hit(p_start, p_start + len(part), entry.label, entry.key, part, i, i + 1, "prefix", HYPHEN_COMPOUND))
                continue
            iso = self.adjective_state(part) if (not last or not whole_known) else None
            if iso is not None and (last or part.islower()):
                out.append(Hit(p_start, p_start + len(part), "STATE", iso, part, i, i + 1, "adjective",
                               HYPHEN_COMPOUND))
                continue
            if last and not whole_known:
                tf = self.titles.get(part) or self.title(part)
                if tf is not None:
                    role = "-".join(loose + [tf.role]) if loose else tf.role
                    out.append(Hit(start, start + len(w), "TITLE", role, w, i, i + 1, tf.official,
                               HYPHEN_COMPOUND))
                    continue
            loose.append(part)
        return out

    def _names_no_state(self, parts: list[str]) -> bool:
        """A compound whose state part names none: a currency („US-Dollar“, „Hongkong-Dollar“), a church
        („serbisch-orthodox“)."""
        if parts[-1] in self.currencies:
            fired(CURRENCY_NOT_STATE)
            return True
        if len(parts) == 2 and parts[0].islower() and parts[1].startswith(_CONFESSIONS):
            fired(CONFESSION_NOT_STATE)
            return True
        return False

    def _multipart_names(self, w: str, start: int, i: int, parts: list[str]) -> tuple[dict[int, Hit], set[int]]:
        """States and organisations of two or more words written as parts of a hyphen compound, before its
        head ('Warschauer-Pakt-Truppen' → Warschauer Pakt): their hits by first part, and the parts after
        the first that they cover."""
        hits: dict[int, Hit] = {}
        inside: set[int] = set()
        p_i, offset = 0, 0
        while p_i < len(parts) - 2:
            found = self._multipart_name(parts, p_i)
            if found is None:
                offset += len(parts[p_i]) + 1
                p_i += 1
                continue
            entry, j = found
            text = "-".join(parts[p_i:j])
            hits[p_i] = Hit(start + offset, start + offset + len(text), entry.label, entry.key, text, i, i + 1,
                            "prefix", HYPHEN_NAME)
            inside.update(range(p_i + 1, j))
            offset += len(text) + 1
            p_i = j
        return hits, inside

    def _multipart_name(self, parts: list[str], p_i: int) -> tuple[Entry, int] | None:
        """The longest run of parts from `p_i`, not the last, that is a state or organisation, and where it ends."""
        for j in range(len(parts) - 1, p_i + 1, -1):
            entry = self.phrases.get(("-".join(parts[p_i:j]),)) or self.phrases.get(tuple(parts[p_i:j]))
            if entry is not None and entry.label in ("STATE", "ORG"):
                fired(HYPHEN_NAME)
                return entry, j
        return None


def _listed_tails(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with a one-word listed organisation right after a name read by its head noun joined to that
    name: „die Zeitung Premium Times“, „die Privatfirma Walan ICC“ name neither The Times nor the court."""
    heads = {h.tok_end: h for h in hits if h.rule == HEAD_NOUN and h.label == "ORG"}
    tails = {h.tok: h for h in hits if h.tok in heads and h.label == "ORG" and h.rule == LISTED_NAME
             and h.tok_end == h.tok + 1}
    if not tails:
        return hits
    fired(LISTED_TAIL)
    joined = {id(heads[k]): Hit(heads[k].start, t.end, "ORG", text[heads[k].start:t.end], text[heads[k].start:t.end],
                                heads[k].tok, t.tok_end, heads[k].form, LISTED_TAIL) for k, t in tails.items()}
    gone = {id(t) for t in tails.values()}
    return [joined.get(id(h), h) for h in hits if id(h) not in gone]


def _with_orgs(text: str, words: list[str], idx: list[int], hits: list[Hit], covered: list[bool],
               spans: list[tuple[int, int, str]], form: str = "form", rule: str = "",
               adjective: Callable[[str], bool] | None = None) -> list[Hit]:
    """The hits with an ORG hit for each span, and without the hits inside one; with `adjective`,
    a name's key is its nominative (`kg.nlp.orgnames.nominative`)."""
    inside = [False] * (len(words) + 1)
    for i, j, _ in spans:
        for k in range(i, j):
            inside[k] = covered[k] = True
    kept = [h for h in hits if not inside[h.tok]]
    for i, j, role in spans:
        start, end = idx[i], idx[j - 1] + len(words[j - 1])
        surface = text[start:end]
        made_by = rule or ROLE_RULES[role]      # each span its own role's rule
        key = nominative(words, i, j, adjective) if adjective is not None else " ".join(surface.split())
        kept.append(Hit(start, end, "ORG", key, surface, i, j, f"{form}:{role}", made_by))
        fired(made_by)
    return kept


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


def _fired(rule: str) -> bool:
    fired(rule)
    return True
