"""The state of one entity reading: tables, drafts, and what each step found.

`start_reading` tokenises the gazetteer hits of one Doc (as `reading_hits` prepares
them) into the lookups every step uses (`words`, `by_tok`, the sentence of each token)
and returns a `ReadingState`; the steps in `capitals`, `body_states`, `states`, `persons`,
`titles` and `parties` … `advisers` are plain functions of that state, and `entities.STEPS` runs them in order. The
state's methods only create and look up entities (`state`, `org`, `entity`,
`mention`), so a step says what it reads and writes.

>>> d = Draft("state:x", "State", "X", 0)
>>> d.alias("Xs"); d.read_by("listed-name", ""); d.freeze().aliases, d.freeze().rules
(('Xs',), ('listed-name',))
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Collection, NamedTuple

import numpy
from spacy.tokens import Doc

from kg import german, resources
from kg.rules import declare, fired
from kg.facts import Article, Entity, EntityType, Evidence, Relation, entity_key
from kg.extract.mentions import Mention
from kg.extract.reading_hits import (context_orgs, repeat_context_orgs, without_foreign_generic_parties,
                                     without_nation_codes)
from kg.extract.state_index import StateIndex
from kg.nlp.hits import Hit
from kg.nlp.tokens import doc_text, doc_words


GENITIVE_TWIN = declare("entity-genitive-twin", "entities", "an organisation or place no list holds, named once "
                        "in the genitive and once not, is one entity: „das Max-Planck-Institut … des "
                        "Max-Planck-Instituts“, „Puerto Rico … Puerto Ricos Schulden“")
LEGAL_TWIN = declare("org-legal-form-twin", "entities", "an organisation named once with its legal or corporate "
                     "form and once without is one organisation: „die Mediengruppe Koza Ipek … die Koza Ipek "
                     "Holding“, „Energie Steiermark … die Energie Steiermark AG“")
_TWINNED = frozenset({"Organization", "Place"})


@lru_cache(maxsize=1)
def _corporate_forms() -> tuple[str, ...]:
    """Legal forms („AG“, „GmbH“) and the corporate nouns that end a company's name („Holding“, „Group“)."""
    legal = {r["word"] for r in resources.rows("org_name_words.tsv") if r["role"] == "legal"}
    return tuple(sorted(legal | resources.load_word_list("corporate_nouns.tsv")))
_MIN_STEM = 4       # „Mars“ is no genitive of „Mar“


@lru_cache(maxsize=1 << 14)     # an organisation's name recurs across articles; its forms are many
def _legal_twin_keys(name: str) -> tuple[str, ...]:
    """The keys of an organisation's name without its last word, where that is a legal or corporate form, and
    with each such form after it, in that order: „Koza Ipek Holding“ → „Koza Ipek“, „Koza Ipek AG“, …."""
    head, _, last = name.rpartition(" ")
    forms = [head] if head and last in _corporate_forms() else []
    forms += [f"{name} {form}" for form in _corporate_forms()]
    return tuple(entity_key("Organization", form) for form in forms)


@dataclass(frozen=True)
class Tables:
    """The data files, keyed for lookups; built once per process."""

    states: dict[str, resources.StateRecord]
    orgs: dict[str, resources.OrgRecord]
    places: dict[str, resources.PlaceRecord]
    people: dict[str, resources.PersonRecord]
    state_verbs: frozenset[str]
    role_adjectives: frozenset[str]
    party_titles: frozenset[str]
    acting_capitals: dict[str, str]
    parliaments: dict[tuple[str, str], str]   # (body word, ISO code) → the organisation: ("Parlament", "UA") → Rada
    # … the same where the article names that organisation too: ("Parlament", "PL") → Sejm
    named_parliaments: dict[tuple[str, str], str]
    capital_adjectives: dict[str, str]    # "Prager" → CZ: city adjectives in -er do not inflect
    relation_nouns: tuple[str, ...]        # "Verhältnis": a capital after one and "zu" is a government
    seat_words: frozenset[str]             # "Regierung": "die Regierung in Kiew" is the government
    leader_words: frozenset[str]           # "Regierung": "die Regierung unter X" makes X its leader
    municipal_parts: tuple[str, ...]       # "bürgermeister": "Wiens Bürgermeister" is the city's
    member_words: frozenset[str]           # "Mitglied": "Nato-Mitglied Türkei"
    accession_words: frozenset[str]        # "Beitritt": "den Beitritt der Türkei zur EU"
    lead_verbs: frozenset[str]             # "leitet": "X leitet die SPD"
    adviser_endings: tuple[str, ...]       # "berater": "Sicherheitsberater von X" advises X
    spokesperson_endings: tuple[str, ...]  # "sprecher": "der Sprecher von Präsident X" speaks for (advises) X
    staff_titles: frozenset[str]           # "stabschef": "sein Stabschef X" serves (advises) him
    party_adjective_names: frozenset[str]  # "Grüne": before a name an adjective, not the party
    party_nouns: frozenset[str]            # "Partei": "X von der Partei Winaq" (context_nouns.tsv, kind party)


def serves_person(t: Tables, key: str) -> bool:
    """A spokesperson's title („Sprecherin“) or a personal staff title (`staff_titles.tsv`: „Stabschef“): it serves
    the person a genitive, a possessive or „von“ names („Putins Sprecher“, „sein Stabschef“)."""
    folded = key.casefold()
    return folded.endswith(t.spokesperson_endings) or folded in t.staff_titles


def common_nouns() -> frozenset[str]:
    """Capitalised German nouns: a capital after one is a place ("Universität Wien")."""
    return resources.common_nouns()


@lru_cache(maxsize=1)
def tables() -> Tables:
    government = list(resources.rows("government_words.tsv"))
    members = list(resources.rows("member_words.tsv"))
    parliaments = list(resources.rows("parliaments.tsv"))
    return Tables(
        states={s.iso2: s for s in resources.load_states()},
        orgs={o.name: o for o in resources.load_organizations()},
        places={p.name: p for p in resources.load_places()},
        people={p.name: p for p in resources.load_people()},
        state_verbs=resources.load_word_list("state_verbs.tsv"),
        role_adjectives=resources.load_word_list("role_adjectives.tsv"),
        party_titles=resources.load_word_list("party_titles.tsv"),
        acting_capitals={r["place"]: r["organization"] for r in resources.rows("acting_capitals.tsv")},
        parliaments={(r["body"], r["iso2"]): r["organization"] for r in parliaments if r["named"] == "no"},
        named_parliaments={(r["body"], r["iso2"]): r["organization"] for r in parliaments if r["named"] == "yes"},
        capital_adjectives={c + german.ER_SUFFIX: s.iso2 for s in resources.load_states() for c in s.capitals[:1]
                            if " " not in c and not c.endswith(("a", "e", "i", "o"))},
        relation_nouns=tuple(sorted(resources.load_word_list("relation_nouns.tsv"))),
        seat_words=frozenset(r["word"] for r in government if r["seat"] == "yes"),
        leader_words=frozenset(r["word"] for r in government if r["leader"] == "yes"),
        municipal_parts=tuple(sorted(resources.load_word_list("municipal_words.tsv"))),
        member_words=frozenset(r["word"] for r in members if r["kind"] == "member"),
        accession_words=frozenset(r["word"] for r in members if r["kind"] == "accession"),
        lead_verbs=resources.load_word_list("lead_verbs.tsv"),
        adviser_endings=tuple(sorted(resources.load_word_list("adviser_words.tsv"))),
        spokesperson_endings=tuple(sorted(resources.load_word_list("spokesperson_words.tsv"))),
        staff_titles=resources.listed_words("staff_titles.tsv"),
        party_adjective_names=resources.load_word_list("party_adjective_names.tsv"),
        party_nouns=frozenset(r["noun"] for r in resources.rows("context_nouns.tsv") if r["kind"] == "party"),
    )


@dataclass
class Draft:
    """An entity while it is being read (mutable here, frozen on the way out)."""

    key: str
    type: EntityType
    name: str
    first: int
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliations: list[str] = field(default_factory=list)
    kind: str | None = None
    code: str | None = None
    rules: list[str] = field(default_factory=list)        # the rules that read the entity
    role_rules: list[str] = field(default_factory=list)   # … and those that read its role and affiliations

    def alias(self, text: str) -> None:
        if text != self.name and text not in self.aliases:
            self.aliases.append(text)

    def read_by(self, *names: str) -> None:
        """Note the rules that read the entity ("" : none)."""
        self.rules.extend(n for n in names if n)

    def affiliate(self, key: str, rule: str) -> None:
        """Note an affiliation and the rule that read it."""
        self.affiliations.append(key)
        if rule:
            self.role_rules.append(rule)

    def freeze(self) -> Entity:
        return Entity(self.key, self.type, self.name, tuple(self.aliases), self.role,
                      tuple(dict.fromkeys(self.affiliations)), self.kind, self.code,
                      tuple(dict.fromkeys(self.rules + self.role_rules)), tuple(dict.fromkeys(self.role_rules)))


@dataclass
class PersonDraft:
    """A person found in the text, before we know whether they are an Official."""

    name: str
    known: resources.PersonRecord | None
    first: int
    role: str | None = None
    official: bool = False
    affiliation: str | None = None        # key of a State or Organization, from the text
    body: str | None = None               # key of the state's government body the title names, beside its state
    party: str | None = None              # key of a party organisation
    title_tok: int | None = None
    key: str | None = None                # set once the person's entity exists
    party_rule: str | None = None         # the rule that read the party
    party_step: str | None = None         # a step inside it that chose the party (`party_lookup.family_party`)
    office_of: PersonDraft | None = None  # the person whose office this one held before or after („Bans Vorgänger X“)
    rules: list[str] = field(default_factory=list)        # the rules that read the person an official
    role_rules: list[str] = field(default_factory=list)   # the rules that read role and affiliation

    def join(self, party: str, rule: str, official: bool = False) -> None:
        """Note the person's party, unless a rule before named one, and that `rule` fired; `official`: the
        reading also makes the person an official („Max Muster (SPD)“), which a bare party link may not."""
        if self.party is None:
            self.party, self.party_rule = party, rule
        self.rules.append(rule)
        if official:
            self.official = True
        fired(rule)


@dataclass(eq=False)
class ReadingState:
    """Everything one entity reading knows; each step of `entities.STEPS` reads what the steps
    before it filled and adds its own part. Nothing global is changed."""

    # the input, fixed once `start_reading` returns
    text: str                                   # the article's text: offsets point into it
    t: Tables
    orgs: dict[str, resources.OrgRecord]        # the known organisations and those the context named
    words: list[str]                            # the non-space tokens, as the gazetteer's hits count them
    idx: list[int]                              # character offset of each token
    sent_of: list[int]                          # sentence of each token
    sent_spans: list[tuple[int, int]]           # character span of each sentence
    sent_heads: list[int]                       # first token of each sentence
    vocabulary: frozenset[str]                  # the tokens' forms, each once
    hits: list[Hit]                             # the gazetteer's hits, in text order
    by_tok: dict[int, list[Hit]]                # token → the hits covering it
    per_ends: dict[int, list[int]]              # end token of each PER hit → its first tokens
    states: StateIndex                          # the State hits by sentence, and the dateline's state
    # the output, added to by every step
    drafts: dict[str, Draft] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    # what the steps found, for the steps after them
    body_at: dict[int, Draft] = field(default_factory=dict)            # body_states.bodies: token of a body → entity
    # land_bodies.land_bodies: a Land body's noun („Landtag“) → the tokens naming such a body, in text order, and the
    # body each names
    land_bodies: dict[str, tuple[list[int], list[Draft]]] = field(default_factory=dict)
    # persons.chamber_members: each member a chamber's name before his name made an official, and that name's token
    chamber_titles: list[tuple[PersonDraft, int]] = field(default_factory=list)
    people: dict[str, PersonDraft] = field(default_factory=dict)       # person_names.group: name → person
    person_at: dict[int, PersonDraft] = field(default_factory=dict)    # person_names.group: first token → person
    pending: list[tuple[PersonDraft, Hit]] = field(default_factory=list)   # person_names.group: mentions, keyed
                                                                           # once persons.finish types them
    # titles: the holder of a colleague's title („sein Kollege X“), its token and the rule that read the holder
    colleagues: list[tuple[PersonDraft, int, str]] = field(default_factory=list)
    # adviser, advised, title token, the rule that read it (titles, relations: `advise`)
    advisors: list[tuple[PersonDraft, PersonDraft, int, str]] = field(default_factory=list)
    # affiliation_words, read once per article by the affiliation rules: the states of the parties named (None for a
    # party of no one state), and each person's name hits
    party_states: frozenset[str | None] | None = None
    hits_of: dict[int, list[Hit]] | None = None
    bodies_by_sentence: dict[int, list[Hit]] | None = None     # the international organisations' hits by sentence
    orgs_by_sentence: dict[int, set[str]] | None = None        # the keys of the organisations each sentence mentions, media aside
    actor_toks: list[tuple[int, int]] | None = None             # affiliation_words: the actors' tokens, in text order
    orgs_by_name: dict[str, str] | None = None                  # affiliation_words: an organisation's key by its folded names
    # affiliation_context: the persons tied to a state with its ISO code, and the ISO codes of the states the text names
    peer_states: tuple[list[tuple[PersonDraft, str]], set[str]] | None = None
    # party_lookup.fitting_party, read once per article: the parties named, and those a party adjective describes or
    # opens the name of („die sozialdemokratische Smer“, „Sozialdemokratische Partei Albaniens“), by its stem
    party_words: tuple[frozenset[str], dict[str, frozenset[str]]] | None = None

    def advise(self, adviser: PersonDraft, advised: PersonDraft, tok: int, rule: str) -> None:
        """Note that `rule` read `adviser` as advising `advised` at the title's token `tok`."""
        self.advisors.append((adviser, advised, tok, rule))
        fired(rule)

    # -- entities -----------------------------------------------------------------------
    def entity(self, type_: EntityType, name: str, pos: int, key: str | None = None) -> Draft:
        """The draft of an entity, created at its first mention (`pos`, a character offset)."""
        given = key is not None
        key = key or entity_key(type_, name)
        d = self.drafts.get(key)
        if d is None and not given and type_ in _TWINNED:
            d = self._genitive_twin(type_, name) or (self._legal_twin(name) if type_ == "Organization" else None)
        if d is None:
            d = self.drafts[key] = Draft(key, type_, name, pos)
        d.first = min(d.first, pos)
        return d

    def _genitive_twin(self, type_: EntityType, name: str) -> Draft | None:
        """The draft of the same name with or without a genitive ending, where the text wrote both: „das
        Max-Planck-Institut … des Max-Planck-Instituts“ is one institute."""
        forms = [name + german.SHORT_GENITIVE_ENDING]
        for ending in (german.LONG_GENITIVE_ENDING, german.SHORT_GENITIVE_ENDING):
            if name.endswith(ending) and len(name) - len(ending) >= _MIN_STEM:
                forms.append(name[: -len(ending)])
        for form in forms:
            d = self.drafts.get(entity_key(type_, form))
            if d is not None:
                fired(GENITIVE_TWIN)
                return d
        return None

    def _legal_twin(self, name: str) -> Draft | None:
        """The organisation named with or without its legal or corporate form, where the text wrote both: „die
        Mediengruppe Koza Ipek … die Koza Ipek Holding“, „Energie Steiermark … die Energie Steiermark AG“."""
        for key in _legal_twin_keys(name):
            d = self.drafts.get(key)
            if d is not None:
                fired(LEGAL_TWIN)
                return d
        return None

    def mention(self, d: Draft, start: int, end: int, *rules: str) -> None:
        """A mention of `d`, read by `rules` (the name rule of its hit, the rule that typed it)."""
        text = self.text[start:end]
        self.mentions.append(Mention(start, end, d.key, d.type, text))
        d.alias(text)
        d.read_by(*rules)

    def state(self, iso2: str, pos: int) -> Draft:
        rec = self.t.states[iso2]
        d = self.entity("State", rec.name, pos)
        d.code = iso2
        return d

    def named_state(self, iso2: str) -> str | None:
        """The key of the state `iso2` where the article names it (its draft exists), else None."""
        key = entity_key("State", self.t.states[iso2].name)
        return key if key in self.drafts else None

    def named_party_states(self) -> frozenset[str | None]:
        """The states of the parties the article names (None for a party of no one state), read once per article."""
        if self.party_states is None:
            self.party_states = frozenset(self.orgs[h.key].state for h in self.hits
                                          if h.label == "ORG" and self.orgs[h.key].kind == "party")
        return self.party_states

    def org(self, name: str, pos: int) -> Draft:
        rec = self.orgs[name]
        d = self.entity("Organization", rec.name, pos)
        d.kind = rec.kind
        return d

    def org_or_state(self, name: str, pos: int) -> str:
        """A government body's state where known ("Kreml" → Russland), else the organisation."""
        rec = self.orgs[name]
        if rec.kind == "government" and rec.state:
            return self.state(rec.state, pos).key
        return self.org(name, pos).key

    def affiliation_key(self, value: str, pos: int) -> str | None:
        """The key of a data file's affiliation value: an organisation's name or an ISO code (the name first:
        „IS“ in `people.tsv` is the militia, not Iceland)."""
        if value in self.t.orgs:
            return self.org_or_state(value, pos)
        if value in self.t.states:
            return self.state(value, pos).key
        return None

    # -- lookups ------------------------------------------------------------------------
    def evidence(self, tok: int) -> Evidence:
        """The sentence of token `tok`."""
        start, end = self.sent_spans[self.sent_of[tok]] if self.sent_spans else (0, len(self.text))
        return Evidence(self.text[start:end], start, end)

    def tokens_of(self, forms: Collection[str]) -> list[int]:
        """The tokens that are one of `forms`, in text order: one set test where the text holds none of them (most
        rules look for words most articles lack), else a scan of the text."""
        if self.vocabulary.isdisjoint(forms):
            return []
        return [k for k, w in enumerate(self.words) if w in forms]

    def tok_at(self, char: int) -> int:
        """The token at (or right after) a character offset."""
        k = bisect.bisect_left(self.idx, char)
        return min(k, max(0, len(self.idx) - 1))

    def state_at(self, tok: int, *forms: str, starting: bool = False) -> str | None:
        """The key of the first State hit covering token `tok` in one of `forms` (any form where none is given);
        with `starting`, only a hit that begins at `tok`."""
        return next((x.key for x in self.by_tok.get(tok, ()) if x.label == "STATE" and (not forms or x.form in forms)
                     and (not starting or x.tok == tok)), None)

    def party_prefix(self, tok: int) -> str | None:
        """A party named in the token ('SPD-Politiker', 'US-Republikaner')."""
        for x in self.by_tok.get(tok, []):
            if x.label == "ORG" and self.orgs[x.key].kind == "party" and (x.form == "prefix" or
                                                                          "-" in self.words[tok]):
                return x.key
        return None


class Tokens(NamedTuple):
    """The Doc's words, their character offsets, the sentence of each word, the sentences' character spans and
    their first words."""

    words: list[str]
    idx: list[int]
    sent_of: list[int]
    sent_spans: list[tuple[int, int]]
    sent_heads: list[int]


def start_reading(doc: Doc, article: Article) -> ReadingState:
    """The state of a reading of `doc`, before any step: its tokens, hits and tables."""
    text = doc_text(doc)
    tokens = _index_tokens(doc)
    t = tables()
    orgs: dict[str, resources.OrgRecord] = dict(t.orgs)
    hits: list[Hit] = without_foreign_generic_parties(list(getattr(doc._, "geokg_hits", ()) or ()), t)
    by_tok: dict[int, list[Hit]] = defaultdict(list)
    for h in hits:
        for k in range(h.tok, h.tok_end):
            by_tok[k].append(h)
    hits = without_nation_codes(hits, by_tok, tokens.words)
    context_orgs(hits, by_tok, orgs, tokens.words)
    repeat_context_orgs(hits, by_tok, tokens)
    per_ends: dict[int, list[int]] = {}
    for x in hits:
        if x.label == "PER":
            per_ends.setdefault(x.tok_end, []).append(x.tok)
    return ReadingState(
        # offsets point into the article; the tokenizer only made same-length substitutions
        text=article.text if len(article.text) == len(text) else text,
        t=t, orgs=orgs, words=tokens.words, idx=tokens.idx, sent_of=tokens.sent_of,
        sent_spans=tokens.sent_spans, sent_heads=tokens.sent_heads,
        vocabulary=frozenset(tokens.words), hits=hits, by_tok=by_tok, per_ends=per_ends,
        states=StateIndex(hits, tokens.sent_of, tokens.words))


def _index_tokens(doc: Doc) -> Tokens:
    """`words`, `idx` (character offsets), `sent_of`, `sent_spans` and `sent_heads` over the Doc's words (its
    non-space tokens, as the gazetteer's hits count them), from the pipeline's shared word table."""
    table = doc_words(doc)
    words, idx = table.words, table.idx
    if not words:
        return Tokens(words, idx, [], [], [])
    heads = table.opens or [0]      # the first word opens a sentence, whatever the pipeline said
    opens = numpy.zeros(len(words), dtype=numpy.int64)
    opens[heads] = 1
    lasts = [head - 1 for head in heads[1:]] + [len(words) - 1]
    sent_spans = [(idx[head], idx[last] + len(words[last])) for head, last in zip(heads, lasts)]
    return Tokens(words, idx, (numpy.cumsum(opens) - 1).tolist(), sent_spans, heads)
