"""Gazetteer over spaCy tokens: states, capitals, organisations, government bodies,
places, titles and person names, as character-offset `Hit`s. Known words are looked up
here; names no list holds come from the rules of the other modules, and guards have the last
word; `match` runs them in order. Each hit names the rule that made it (`Hit.rule`, registered
in `kg.rules`).

Pure: `Gazetteer.match(doc)` reads a Doc and returns hits; nothing is written.
The tables come from `kg/data/` through `kg.resources` (`gazetteer_tables`). The passes of
`match` are methods of mixins (`gazetteer_*`), each in a module with one job; docs/DESIGN.md
("The NLP pipeline") lists every module of the passes by stage, in the order `match` runs them.

>>> import spacy
>>> nlp = spacy.blank("de")
>>> gaz = Gazetteer.from_resources(lambda s: [t.text for t in nlp.make_doc(s)])
>>> sorted((h.start, h.label, h.key) for h in gaz.match(nlp("US-Präsident Joe Biden")))
[(0, 'STATE', 'US'), (0, 'TITLE', 'Präsident'), (13, 'PER', 'Joe Biden')]
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg import german, resources
from kg.nlp.adjective_parties import drop_adjective_parties
from kg.nlp.authorities import authority_hits
from kg.nlp.branch_places import drop_branch_places
from kg.nlp.communities import community_hits
from kg.nlp.bylines import drop_bylines
from kg.nlp.context import ContextRules, drop_prefixed_town_adjectives
from kg.nlp.orgacronyms import drop_slash_spelled
from kg.nlp.english_names import drop_english_inner_names
from kg.nlp.gazetteer_companies import CompanyPasses
from kg.nlp.gazetteer_compounds import HyphenCompounds
from kg.nlp.gazetteer_listed_orgs import ListedOrgPasses
from kg.nlp.gazetteer_lone import LoneNames
from kg.nlp.gazetteer_org_acronyms import OrgAcronymPasses
from kg.nlp.gazetteer_org_forms import OrgFormPasses
from kg.nlp.gazetteer_org_words import OrgWordTests
from kg.nlp.gazetteer_orgs import OrgPasses
from kg.nlp.gazetteer_teams import TeamPasses
from kg.nlp.gazetteer_tables import (add_named, add_people, add_states, Entry, PhraseTable, title_forms, TitleForm,
                                     Tokenize)
from kg.nlp.gazetteer_words import WordHits
from kg.nlp.hits import Hit, cover
from kg.nlp.learned import NameTagger
from kg.nlp.memo import Memo
from kg.nlp.name_types import one_type
from kg.nlp.name_places import places_in_names
from kg.nlp.names import NOT_NAMES, compound_joint
from kg.nlp.brand_guards import drop_camel_case_names, drop_product_names, firm_places, kin_companies
from kg.nlp.person_guards import (drop_building_names, drop_vessel_names, drop_work_titles, genitive_names,
                                  named_institutions)
from kg.nlp.persons_by_context import context_persons
from kg.nlp.places_by_context import place_hits
from kg.nlp.surname_places import surname_places
from kg.nlp.state_guards import drop_currency_adjectives, drop_named_adjectives, drop_states_in_names
from kg.nlp.team_places import team_fixture_names, team_nicknames, team_towns
from kg.nlp.tokens import doc_text, doc_words


class Gazetteer(WordHits, HyphenCompounds, OrgPasses, OrgFormPasses, OrgAcronymPasses, ListedOrgPasses, TeamPasses,
                CompanyPasses, OrgWordTests, LoneNames, ContextRules):
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

    @classmethod
    def from_resources(cls, tokenize: Tokenize) -> "Gazetteer":
        """The tables of `kg/data/`; `tokenize` splits a listed name as the pipeline splits text."""
        table = PhraseTable(tokenize)
        adjectives = add_states(table)
        add_named(table)
        add_people(table)
        for phrase in resources.load_word_list("not_entities.tsv"):
            table.phrases[tuple(tokenize(phrase))] = Entry("NONE", phrase)
        titles: dict[str, TitleForm] = {}
        for rec in resources.load_titles():
            for form, tf in title_forms(rec).items():
                titles.setdefault(form, tf)
        context = {r["noun"]: (r["label"], r["kind"]) for r in resources.rows("context_nouns.tsv")}
        return cls(table.phrases, adjectives, titles, resources.load_first_names(), resources.common_nouns(), context)

    def match(self, doc: Doc) -> list[Hit]:
        """All hits of a document, in text order; token indices count non-space tokens only."""
        text, tokens = doc_text(doc), doc_words(doc)
        words, idx = tokens.words, tokens.idx
        covered = [False] * len(words)
        opens = frozenset(tokens.opens or [0])
        hits, no_entity = self._listed_hits(text, words, idx, covered, opens)
        hits = self._organs_of_bodies(text, words, idx, self._state_bodies(words, hits))
        hits = self._team_names(text, words, idx, hits, covered)
        hits = self._chambers(text, words, idx, self._head_orgs(text, words, idx, hits, covered), covered)
        hits.extend(self._context(text, words, idx, covered))
        hits = self._spelled_names(text, words, idx, hits, covered)
        hits = self._state_genitive_names(text, words, idx, self._org_names(text, words, idx, hits, covered))
        hits = self._article_acronyms(text, words, idx, hits, covered)
        hits.extend(place_hits(self, text, words, idx, hits, covered))
        hits = self.with_names(text, words, idx, hits, covered)
        hits = context_persons(self, text, words, idx, hits, covered)
        hits = self._coordinated_orgs(text, words, idx, self._company_compounds(text, words, idx, hits, covered), covered)
        hits.extend(self._speakers(text, words, idx, hits, covered, opens))
        hits.extend(self._bodies(text, words, idx, hits, covered, opens))
        hits.extend(self._classed(text, words, idx, hits, covered, opens))
        hits = self._joined_names(text, words, idx, hits, covered)
        hits = self._article_names(text, words, idx, hits, covered)
        hits = self._short_references(words, idx, self._bracket_aliases(words, self._associations(text, words, idx, hits)))
        hits = genitive_names(words, drop_building_names(words, hits), self._owned_thing)
        hits = kin_companies(words, named_institutions(text, words, idx, hits), self.is_first_name,
                             lambda w: self.org_heads.kind(w) is not None)
        hits = drop_currency_adjectives(words, drop_named_adjectives(words, hits, self._plain_noun), self.currencies)
        hits = self._names_and_firms(text, words, idx, hits + self._learned(opens, text, words, idx, hits, no_entity), opens)
        hits = drop_slash_spelled(words, drop_prefixed_town_adjectives(words, hits, self.place_prefixes, self.common))
        hits = drop_branch_places(words, drop_vessel_names(words, drop_bylines(words, one_type(hits, words))))
        hits = drop_product_names(words, drop_camel_case_names(drop_work_titles(words, hits), self.is_first_name))
        hits = drop_english_inner_names(words, drop_states_in_names(words, firm_places(words, hits), self._foreign_word,
                                                                    self._unknown_name_word))
        hits = team_nicknames(text, words, idx, hits, self._foreign_plain_word)
        hits = team_towns(words, team_fixture_names(text, words, idx, hits, self._lexicon_foreign_word), sorted(opens))
        hits = places_in_names(text, words, community_hits(words, hits), self._name_word_before_place)
        hits = drop_adjective_parties(words, surname_places(words, hits), self._plain_noun)
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def _bodies(self, text: str, words: list[str], idx: list[int], hits: list[Hit], covered: list[bool],
                opens: frozenset[int]) -> list[Hit]:
        """Lone names that are bodies by what they do (media, negotiators), then the authorities named by their
        compound alone (`kg.nlp.authorities`), once every name the article gives an organisation is read."""
        lone = self._lone_bodies(text, words, idx, hits, covered, opens)
        return lone + authority_hits(text, words, idx, hits + lone, covered, self.common)

    def _listed_hits(self, text: str, words: list[str], idx: list[int], covered: list[bool],
                     opens: frozenset[int]) -> tuple[list[Hit], list[bool]]:
        """The listed phrases' hits (with the Sunday papers of listed media: „der Welt am Sonntag“) and the words of a
        phrase listed as no entity (for the learned tagger)."""
        listed = self._listed(text, words, idx, covered)
        no_entity = _no_entity_words(covered, listed)
        return self._sunday_editions(text, words, idx, self._sentence_start_titles(words, listed, opens), covered), no_entity

    def _learned(self, opens: frozenset[int], text: str, words: list[str], idx: list[int],
                 hits: list[Hit], no_entity: list[bool]) -> list[Hit]:
        """Names no rule read, by the learned tagger (`kg.nlp.learned`), where its model is shipped; not in
        the words of a phrase listed as no entity."""
        tagger = NameTagger.shared()
        return tagger.hits(self, text, words, idx, opens, hits, no_entity) if tagger else []

    def place_after_preposition_candidate(self, w: str) -> bool:
        """Whether `kg.nlp.context` may read w after a place preposition as a town by our own lists: an unknown
        word, of no place's word class („Elche“, „Malaga“: towns too; `kg/data/tools/make_dictionary_nouns.py
        --no-places` asks it)."""
        return self.is_name_word(w) and self._unknown_memo[w] and self.name_classes.get(w) != "PLACE"

    def _foreign_word(self, w: str) -> bool:
        """A capitalised word that is no German word: unknown, or a brand or foreign word of the lexicon
        („Today“, „Daimler“), no compound of German nouns, no first name, title or acronym („EU-Kommission“,
        „Forschungsstandort“, „Marco“, „EZB“ are not)."""
        return self.is_name_word(w) and "-" not in w and (
            self._unknown_memo[w] or (w in self.brand_words or w in self.lexicon_names)
            and not self.compound_noun(w) and not self.is_first_name(w) and self.title(w) is None)

    def _name_word_before_place(self, w: str) -> bool:
        """A foreign word (`_foreign_word`) that no German noun ends, no dictionary holds and no organisation's noun
        is: „Magna“ before a town opens a company's name, „Stadtteil“, „Kunsthaus“ or „Polizei“ do not."""
        return self._foreign_word(w) and not self._known_tail(w) and w not in self._dictionary_nouns \
            and self.org_words.roles.get(w) is None and self.org_heads.kind(w) is None

    def _foreign_plain_word(self, w: str) -> bool:
        """A foreign word (`_foreign_word`) of no first name's or surname's word class: „Panthers“, not „Jones“."""
        return self._foreign_word(w) and self.name_classes.get(w) not in ("FIRST", "SURNAME")

    def _lexicon_foreign_word(self, w: str) -> bool:
        """A brand or foreign word the lexicon holds (`_foreign_plain_word`, not merely unknown): „Red“, „Wings“, not
        „Handtor“ or an unknown surname."""
        return (w in self.brand_words or w in self.lexicon_names) and self._foreign_plain_word(w)

    def _unknown_name_word(self, w: str) -> bool:
        """A capitalised word no lexicon holds, no compound whose last noun is German („Kriegsland“), and of no
        first name's or surname's word class: „Brantex“, not „Steueroase“, „Heimat“, „Junuzovic“."""
        return self.is_name_word(w) and self._unknown_memo[w] and not self._known_tail(w) \
            and self.name_classes.get(w) not in ("FIRST", "SURNAME")

    def _known_tail(self, w: str) -> bool:
        """A known noun ends the word: 'Komfortzone', 'Gitterzaun' (heads of three letters on)."""
        return any(w[k].upper() + w[k + 1:] in self.common and compound_joint(w, k) for k in range(2, len(w) - 2))

    def _owning_noun(self, w: str) -> bool:
        """A capitalised German noun that names no person: „Buch“, not „Trainer“."""
        return w[:1].isupper() and w in self.common and w not in NOT_NAMES and self.title(w) is None \
            and not self.is_first_name(w)

    def _plain_noun(self, w: str) -> bool:
        """A German noun or compound that names no person: „Grippe“, „Jungferninseln“, not „Trainer“."""
        return self._owning_noun(w) or (w[:1].isupper() and self.compound_noun(w) and self.title(w) is None
                                        and not self.is_first_name(w))

    def _owned_thing(self, w: str) -> bool:
        """A plain noun (`_plain_noun`) or a compound only its last noun makes one („Zauberberg“, „Pausenfilm“):
        what a name in the genitive before it owns."""
        return self._plain_noun(w) or (w[:1].isupper() and self._known_tail(w) and self.title(w) is None
                                       and not self.is_first_name(w))

    def forget(self) -> None:
        """Empty the per-word memos, so that each rule runs (and fires) anew: the example corpora
        read each row as if it came first."""
        for memo in vars(self).values():
            if isinstance(memo, Memo):
                memo.clear()
        self._inert.clear()


def _no_entity_words(covered: list[bool], listed: list[Hit]) -> list[bool]:
    """The words a phrase listed as no entity covers: those the listed phrases covered without a hit.

    >>> _no_entity_words([True, True, False], [])
    [True, True, False]
    """
    hit = cover(listed, [False] * len(covered))
    return [c and not h for c, h in zip(covered, hit)]
