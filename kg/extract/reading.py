"""The shared state of one entity reading: tables, drafts and the reader's base.

`ReaderBase` tokenises the gazetteer hits of one Doc into the lookups every later
step uses (`words`, `by_tok`, sentence of each token) and creates entities on
demand; the layers in `states`, `titles`, `persons` and `relations` add the
rules, and `entities._Reader` runs them in order.

>>> d = Draft("state:x", "State", "X", 0)
>>> d.alias("Xs"); d.freeze().aliases
('Xs',)
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from kg import resources
from kg.german import DETERMINERS
from kg.facts import Article, Entity, EntityType, Evidence, Relation, entity_key
from kg.extract.mentions import Mention
from kg.nlp.hits import Hit
from kg.nlp.tokens import doc_text, token_table

COMPLEMENT = {"von", "des", "der", "vom"}
_NAME_JOINERS = {"für", "und", "von", "zur", "zum"}


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
    parliaments: dict[str, str]
    capital_adjectives: dict[str, str]    # "Prager" → CZ: city adjectives in -er do not inflect


def common_nouns() -> frozenset[str]:
    """Capitalised German nouns: a capital after one is a place ("Universität Wien")."""
    return resources.common_nouns()


@lru_cache(maxsize=1)
def tables() -> Tables:
    return Tables(
        states={s.iso2: s for s in resources.load_states()},
        orgs={o.name: o for o in resources.load_organizations()},
        places={p.name: p for p in resources.load_places()},
        people={p.name: p for p in resources.load_people()},
        state_verbs=resources.load_word_list("state_verbs.tsv"),
        role_adjectives=resources.load_word_list("role_adjectives.tsv"),
        party_titles=resources.load_word_list("party_titles.tsv"),
        acting_capitals={r["place"]: r["organization"] for r in resources.rows("acting_capitals.tsv")},
        parliaments={r["iso2"]: r["organization"] for r in resources.rows("parliaments.tsv")},
        capital_adjectives={c + "er": s.iso2 for s in resources.load_states() for c in s.capitals[:1]
                            if " " not in c and not c.endswith(("a", "e", "i", "o"))},
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

    def alias(self, text: str) -> None:
        if text != self.name and text not in self.aliases:
            self.aliases.append(text)

    def freeze(self) -> Entity:
        return Entity(self.key, self.type, self.name, tuple(self.aliases), self.role,
                      tuple(dict.fromkeys(self.affiliations)), self.kind, self.code)


@dataclass
class PersonDraft:
    """A person found in the text, before we know whether they are an Official."""

    name: str
    known: resources.PersonRecord | None
    first: int
    role: str | None = None
    official: bool = False
    affiliation: str | None = None        # key of a State or Organization, from the text
    party: str | None = None              # key of a party organisation
    title_tok: int | None = None
    key: str | None = None                # set once the person's entity exists


class ReaderBase:
    """Reads one document; all state lives here, nothing global is changed."""

    def __init__(self, doc: Doc, article: Article):
        self.doc = doc
        text = doc_text(doc)
        # offsets point into the article; the tokenizer only made same-length substitutions
        self.text = article.text if len(article.text) == len(text) else text
        self.article = article
        self.t = tables()
        # the known organisations, and those the context named ("die Nachrichtenagentur TASR")
        self.orgs: dict[str, resources.OrgRecord] = dict(self.t.orgs)
        self._index_tokens(doc)
        self.hits: list[Hit] = list(getattr(doc._, "geokg_hits", ()) or ())
        self.by_tok: dict[int, list[Hit]] = defaultdict(list)
        for h in self.hits:
            for k in range(h.tok, h.tok_end):
                self.by_tok[k].append(h)
        self._context_orgs()
        self._repeat_context_orgs()
        self.drafts: dict[str, Draft] = {}
        self.mentions: list[Mention] = []
        self.relations: list[Relation] = []
        self.person_at: dict[int, PersonDraft] = {}             # first token of a person mention → person
        self._pending: list[tuple[PersonDraft, Hit]] = []       # person mentions, keyed once types are known
        self._advisor: list[tuple[PersonDraft, PersonDraft, int]] = []
        self.body_at: dict[int, Draft] = {}                # token of a government body → its entity
        self._pending_party: list[tuple[int, str]] = []     # (title token, party) from "SPD-Chef"

    def _index_tokens(self, doc: Doc) -> None:
        """`words`, `idx` (character offsets), `sent_of` and `sent_spans` over the non-space tokens."""
        table = token_table(doc)
        # token indices count non-space tokens only, as the gazetteer's hits do
        keep = [k for k, space in enumerate(table.is_space) if not space]
        self.words = [table.words[k] for k in keep]
        self.idx = [table.idx[k] for k in keep]
        # as signed ints: SENT_START's -1 would otherwise become a huge unsigned value, slow to convert
        starts = doc.to_array([SENT_START]).astype("int64").tolist() if len(doc) else []
        self.sent_of: list[int] = []
        self.sent_spans: list[tuple[int, int]] = []
        s_i = -1
        for k in keep:
            if s_i < 0 or starts[k] == 1:
                s_i += 1
                self.sent_spans.append((table.idx[k], table.idx[k]))
            self.sent_of.append(s_i)
            self.sent_spans[s_i] = (self.sent_spans[s_i][0], table.idx[k] + len(table.words[k]))

    def _context_orgs(self) -> None:
        """Organisations the context named ("die Nachrichtenagentur TASR"), typed by their context word."""
        for h in self.hits:
            if h.label == "ORG" and h.key not in self.orgs:
                kind = h.form.split(":", 1)[1] if h.form.startswith("context:") else "other"
                if kind == "acronym":
                    # after a person's name the bracket names the party: "Victor Ponta (PSD)"
                    after_person = any(x.label == "PER" and x.tok_end == h.tok - 1
                                       for x in self.by_tok.get(h.tok - 2, []))
                    kind = "party" if after_person else "other"
                self.orgs[h.key] = resources.OrgRecord(h.key, (), kind, None)

    def _repeat_context_orgs(self) -> None:
        """Later bare mentions of an organisation the context introduced ("… (LTTE) … die LTTE")."""
        new = {h.key for h in self.hits if h.label == "ORG" and h.form.startswith("context:")}
        if not new:
            return
        taken = {k for h in self.hits for k in range(h.tok, h.tok_end)}
        for i, w in enumerate(self.words):
            if w in new and i not in taken:
                start = self.idx[i]
                hit = Hit(start, start + len(w), "ORG", w, w, i, i + 1, "repeat")
                self.hits.append(hit)
                self.by_tok[i].append(hit)
        self.hits.sort(key=lambda h: (h.start, -h.end))

    # -- entities -----------------------------------------------------------------------
    def _entity(self, type_: EntityType, name: str, pos: int, key: str | None = None) -> Draft:
        key = key or entity_key(type_, name)
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = Draft(key, type_, name, pos)
        d.first = min(d.first, pos)
        return d

    def _mention(self, d: Draft, start: int, end: int) -> None:
        text = self.text[start:end]
        self.mentions.append(Mention(start, end, d.key, d.type, text))
        d.alias(text)

    def state(self, iso2: str, pos: int) -> Draft:
        rec = self.t.states[iso2]
        d = self._entity("State", rec.name, pos)
        d.code = iso2
        return d

    def org(self, name: str, pos: int) -> Draft:
        rec = self.orgs[name]
        d = self._entity("Organization", rec.name, pos)
        d.kind = rec.kind
        return d

    def evidence(self, tok: int) -> Evidence:
        start, end = self.sent_spans[self.sent_of[tok]] if self.sent_spans else (0, len(self.text))
        return Evidence(self.text[start:end], start, end)


    def _org_or_state(self, x: Hit) -> str:
        return self._org_or_state_by_name(x.key, x.start)

    def _org_or_state_by_name(self, name: str, pos: int) -> str:
        """A government body's state where known ("Kreml" → Russland), else the organisation."""
        rec = self.orgs[name]
        if rec.kind == "government" and rec.state:
            return self.state(rec.state, pos).key
        return self.org(name, pos).key

    def _affiliation_key(self, value: str, pos: int) -> str | None:
        if value in self.t.states:
            return self.state(value, pos).key
        if value in self.t.orgs:
            return self._org_or_state_by_name(value, pos)
        return None

    def _tok_at(self, char: int) -> int:
        k = bisect.bisect_left(self.idx, char)
        return min(k, max(0, len(self.idx) - 1))

    def _spelled_out(self, h: Hit) -> tuple[int, int] | None:
        """Character span of the name an acronym in brackets spells out, if any.

        "der Kommission für Menschenrechte und Nationale Versöhnung (CCDHRN)": the words
        before the bracket, capitalised or joined by für/und/von, are the organisation's name.
        """
        words = self.words
        if h.tok < 3 or words[h.tok - 1] != "(":
            return None
        end = h.tok - 1
        b = end - 1
        while b >= 0 and end - b <= 8 and not self.by_tok.get(b) and words[b].lower() not in DETERMINERS and (
                words[b][:1].isupper() or (words[b] in _NAME_JOINERS and b > 0 and words[b - 1][:1].isupper())):
            b -= 1
        b += 1
        capitals = sum(1 for w in words[b:end] if w[:1].isupper())
        if capitals < 2 or words[b] in _NAME_JOINERS:
            return None
        return self.idx[b], self.idx[end - 1] + len(words[end - 1])

    def _ends_at(self, start: int, end: int) -> bool:
        """Whether the PER hit starting at token `start` ends right before token `end`."""
        for x in self.by_tok.get(start, []):
            if x.label == "PER" and x.tok == start and x.tok_end == end:
                return True
        return False
