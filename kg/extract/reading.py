"""The state of one entity reading: tables, drafts, and what each step found.

`start_reading` tokenises the gazetteer hits of one Doc (as `reading_hits` prepares
them) into the lookups every step uses (`words`, `by_tok`, the sentence of each token)
and returns a `ReadingState`; the steps in `capitals`, `body_states`, `states`, `persons`,
`titles` and `parties` … `advisers` are plain functions of that state, and `entities.STEPS` runs them in order. The
state's methods only create and look up entities (`state`, `org`, `entity`,
`mention`), so a step says what it reads and writes.

The tables it looks words up in are `reading_tables`'s, the drafts of entities and persons `drafts`'s, and an
entity named twice in two forms is joined by `entity_twins`.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Collection, NamedTuple

import numpy
from spacy.tokens import Doc

from kg import resources
from kg.rules import fired
from kg.facts import Article, EntityType, Evidence, Relation, entity_key
from kg.extract.drafts import Draft, PersonDraft
from kg.extract.entity_twins import TWINNED, genitive_twin, legal_twin
from kg.extract.mentions import Mention
from kg.extract.reading_hits import (context_orgs, short_party_acronyms, without_foreign_generic_parties,
                                     without_nation_codes)
from kg.extract.reading_tables import Tables, tables
from kg.extract.state_index import StateIndex
from kg.nlp.hits import Hit
from kg.nlp.tokens import doc_text, doc_words


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
    named_states: dict[int, list[Hit]] | None = None            # affiliation_words: states by name or capital, by sentence
    # affiliation_firms, read once per article: the firms each sentence names, and each organisation's key with the words
    # of its names
    firms_by_sentence: dict[int, set[str]] | None = None
    org_words: list[tuple[str, list[str]]] | None = None
    # title_elsewhere, read once per article: by title, the states its mentions without holder name
    free_title_states: dict[str, set[str]] | None = None
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
    def add_hit(self, hit: Hit) -> None:
        """A name a reading step finds after the NLP stage, indexed by its tokens (the caller sorts `hits` after)."""
        self.hits.append(hit)
        for t in range(hit.tok, hit.tok_end):
            self.by_tok[t].append(hit)

    def entity(self, type_: EntityType, name: str, pos: int, key: str | None = None) -> Draft:
        """The draft of an entity, created at its first mention (`pos`, a character offset)."""
        given = key is not None
        key = key or entity_key(type_, name)
        d = self.drafts.get(key)
        if d is None and not given and type_ in TWINNED:
            d = genitive_twin(self.drafts, type_, name) or (legal_twin(self.drafts, name) if type_ == "Organization"
                                                            else None)
        if d is None:
            d = self.drafts[key] = Draft(key, type_, name, pos)
        d.first = min(d.first, pos)
        return d

    def mention(self, d: Draft, start: int, end: int, *rules: str) -> None:
        """A mention of `d`, read by `rules` (the name rule of its hit, the rule that typed it)."""
        text = self.text[start:end]
        self.mentions.append(Mention(start, end, d.key, d.type, text))
        d.named = True
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
    hits = short_party_acronyms(hits, t, tokens.words)
    by_tok: dict[int, list[Hit]] = defaultdict(list)
    for h in hits:
        for k in range(h.tok, h.tok_end):
            by_tok[k].append(h)
    hits = without_nation_codes(hits, by_tok, tokens.words)
    context_orgs(hits, by_tok, orgs, tokens.words)
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
