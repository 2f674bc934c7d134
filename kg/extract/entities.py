"""Entities, their relations and mentions, read from the gazetteer hits of a Doc.

The gazetteer (`kg.nlp`) finds typed spans; this module decides what they are
in context: a capital acting as its government (State) or named as a place,
which person a title belongs to and for whom they act, surname-only mentions,
party membership ("Olaf Scholz (SPD)"), advisers ("Berater von Kanzler
Scholz") and state membership ("Nato-Mitglied Türkei").

>>> from kg.nlp import build_nlp
>>> from kg.facts import Article
>>> text = "Der türkische Präsident Recep Tayyip Erdoğan traf in Moskau Wladimir Putin."
>>> reading = read_entities(build_nlp()(text), Article(id="x", text=text))
>>> sorted((e.type, e.name) for e in reading.entities)[:3]
[('Official', 'Recep Tayyip Erdoğan'), ('Official', 'Wladimir Putin'), ('Place', 'Moskau')]
"""
from __future__ import annotations

import bisect
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from kg import resources
from kg.facts import Article, Entity, EntityType, Evidence, Relation, entity_key
from kg.extract.mentions import EntityReading, Mention
from kg.nlp.hits import Hit
from kg.nlp.tokens import doc_text, token_table

log = logging.getLogger(__name__)

_GOV_WORDS = {"Regierung", "Führung", "Staatsführung", "Regime", "Machthaber", "Behörden", "Administration"}
_COMPLEMENT = {"von", "des", "der", "vom"}
_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer",
                "sein", "seine", "seinen", "seinem", "seines", "ihr", "ihre", "ihren", "ihrem", "ihres"}
_MEMBER_WORDS = ("Mitglied", "Mitglieder", "Mitgliedern", "Mitgliedsstaat", "Mitgliedsstaaten", "Mitgliedstaat",
                 "Mitgliedstaaten", "Mitgliedsland", "Mitgliedsländer", "Mitgliedsländern", "Staat", "Staaten",
                 "Staates", "Land", "Länder", "Ländern", "Landes", "Partner", "Partnern", "Partnerland")
_ENUM = {",", "und", "sowie", "oder", "die", "der", "den", "das", "wie", "etwa"}
_ADVISOR_BASES = ("berater", "beraterin")
_NAME_PARTICLES = {"le", "la", "de", "van", "von", "der", "di", "da", "del", "al", "el", "bin", "ibn", "dos", "du"}
# verbs that take any subject ("In meinem Herzen wird Wien ...", "Der größte Markt ist Wien")
_AUXILIARIES = {"ist", "war", "sei", "wäre", "wird", "wurde", "werde", "würde", "hat", "hatte", "habe", "hätte",
                "soll", "sollte", "kann", "konnte", "muss", "musste", "will", "wollte", "gibt", "gab"}
# words after a clause-initial capital that show it is not a verb's subject ("Moskau im Winter")
_FUNCTION_WORDS = {"im", "in", "am", "an", "und", "oder", "sowie", "als", "wie", "bei", "nach", "zu", "zur", "zum",
                   "auf", "für", "mit", "von", "vom", "aus", "über", "unter", "vor", "seit", "bis", "gegen",
                   "ohne", "um", "durch", "ins", "ans", "beim", "der", "die", "das", "des", "dem", "den", "ein",
                   "eine", "selbst", "allein", "etwa", "noch", "dagegen", "hingegen", "jedoch", "aber"}
_MUNICIPAL = ("stadt", "bürgermeister", "gemeinde", "bezirk", "kammer", "landes", "spital", "polizei",
              "universität", "bürger", "einwohner")
_COPULA = {"sind", "ist", "seien", "sei", "waren", "war", "als", "wurden", "wurde"}


@dataclass(frozen=True)
class _Tables:
    states: dict[str, resources.StateRecord]
    orgs: dict[str, resources.OrgRecord]
    places: dict[str, resources.PlaceRecord]
    people: dict[str, resources.PersonRecord]
    state_verbs: frozenset[str]
    role_adjectives: frozenset[str]
    party_titles: frozenset[str]
    acting_capitals: dict[str, str]
    parliaments: dict[str, str]


def _tables_common() -> frozenset[str]:
    return resources.common_nouns()


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables(
        states={s.iso2: s for s in resources.load_states()},
        orgs={o.name: o for o in resources.load_organizations()},
        places={p.name: p for p in resources.load_places()},
        people={p.name: p for p in resources.load_people()},
        state_verbs=resources.load_word_list("state_verbs.tsv"),
        role_adjectives=resources.load_word_list("role_adjectives.tsv"),
        party_titles=resources.load_word_list("party_titles.tsv"),
        acting_capitals={r["place"]: r["organization"] for r in resources.rows("acting_capitals.tsv")},
        parliaments={r["iso2"]: r["organization"] for r in resources.rows("parliaments.tsv")},
    )


@dataclass
class _Draft:
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
class _Person:
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


class _Reader:
    """Reads one document; all state lives here, nothing global is changed."""

    def __init__(self, doc: Doc, article: Article):
        self.doc = doc
        text = doc_text(doc)
        # offsets point into the article; the tokenizer only made same-length substitutions
        self.text = article.text if len(article.text) == len(text) else text
        self.article = article
        self.t = _tables()
        # the known organisations, and those the context named ("die Nachrichtenagentur TASR")
        self.orgs: dict[str, resources.OrgRecord] = dict(self.t.orgs)
        table = token_table(doc)
        # token indices count non-space tokens only, as the gazetteer's hits do
        keep = [k for k, space in enumerate(table.is_space) if not space]
        self.words = [table.words[k] for k in keep]
        self.idx = [table.idx[k] for k in keep]
        starts = doc.to_array([SENT_START]).tolist() if len(doc) else []
        self.sent_of: list[int] = []
        self.sent_spans: list[tuple[int, int]] = []
        s_i = -1
        for k in keep:
            if s_i < 0 or starts[k] == 1:
                s_i += 1
                self.sent_spans.append((table.idx[k], table.idx[k]))
            self.sent_of.append(s_i)
            self.sent_spans[s_i] = (self.sent_spans[s_i][0], table.idx[k] + len(table.words[k]))
        self.hits: list[Hit] = list(getattr(doc._, "geokg_hits", ()) or ())
        self.by_tok: dict[int, list[Hit]] = defaultdict(list)
        for h in self.hits:
            for k in range(h.tok, h.tok_end):
                self.by_tok[k].append(h)
        for h in self.hits:
            if h.label == "ORG" and h.key not in self.orgs:
                kind = h.form.split(":", 1)[1] if h.form.startswith("context:") else "other"
                if kind == "acronym":
                    # after a person's name the bracket names the party: "Victor Ponta (PSD)"
                    after_person = any(x.label == "PER" and x.tok_end == h.tok - 1
                                       for x in self.by_tok.get(h.tok - 2, []))
                    kind = "party" if after_person else "other"
                self.orgs[h.key] = resources.OrgRecord(h.key, (), kind, None)
        self._repeat_context_orgs()
        self.drafts: dict[str, _Draft] = {}
        self.mentions: list[Mention] = []
        self.relations: list[Relation] = []
        self.person_at: dict[int, _Person] = {}             # first token of a person mention → person
        self._pending: list[tuple[_Person, Hit]] = []       # person mentions, keyed once types are known
        self._advisor: list[tuple[_Person, _Person, int]] = []
        self.body_at: dict[int, _Draft] = {}                # token of a government body → its entity
        self._pending_party: list[tuple[int, str]] = []     # (title token, party) from "SPD-Chef"

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
    def _entity(self, type_: EntityType, name: str, pos: int, key: str | None = None) -> _Draft:
        key = key or entity_key(type_, name)
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = _Draft(key, type_, name, pos)
        d.first = min(d.first, pos)
        return d

    def _mention(self, d: _Draft, start: int, end: int) -> None:
        text = self.text[start:end]
        self.mentions.append(Mention(start, end, d.key, d.type, text))
        d.alias(text)

    def state(self, iso2: str, pos: int) -> _Draft:
        rec = self.t.states[iso2]
        d = self._entity("State", rec.name, pos)
        d.code = iso2
        return d

    def org(self, name: str, pos: int) -> _Draft:
        rec = self.orgs[name]
        d = self._entity("Organization", rec.name, pos)
        d.kind = rec.kind
        return d

    def evidence(self, tok: int) -> Evidence:
        start, end = self.sent_spans[self.sent_of[tok]] if self.sent_spans else (0, len(self.text))
        return Evidence(self.text[start:end], start, end)

    # -- the reading --------------------------------------------------------------------
    def read(self) -> EntityReading:
        people: dict[str, _Person] = {}
        per_hits: list[Hit] = []
        for h in self.hits:
            if h.label == "STATE":
                self._mention(self.state(h.key, h.start), h.start, h.end)
            elif h.label == "CAPITAL":
                self._capital(h)
            elif h.label == "ORG":
                d = self.org(h.key, h.start)
                self._mention(d, h.start, h.end)
            elif h.label == "PLACE":
                self._mention(self._entity("Place", h.key, h.start), h.start, h.end)
            elif h.label == "PER":
                per_hits.append(h)
        self._bodies(late=False)
        self._people(per_hits, people)
        self._titles(people)
        self._parties(people)
        self._party_of()
        self._finish_people(people)
        self._membership()
        self._copula_membership()
        self._bodies(late=True)
        self._org_affiliations()
        entities = sorted(self.drafts.values(), key=lambda d: d.first)
        mentions = sorted(set(self.mentions), key=lambda m: (m.start, m.end))
        return EntityReading(tuple(d.freeze() for d in entities), tuple(dict.fromkeys(self.relations)),
                             tuple(mentions))

    # capitals: the government (State) when they act, else the city (Place)
    def _capital(self, h: Hit) -> None:
        rec = self.t.states[h.key]
        if self._capital_acts(h):
            # "Brüssel droht": the EU, not Belgium
            org = self.t.acting_capitals.get(rec.capitals[0])
            actor = self.org(org, h.start) if org else self.state(h.key, h.start)
            self._mention(actor, h.start, h.end)
        else:
            d = self._entity("Place", rec.capitals[0], h.start)
            self._mention(d, h.start, h.end)

    def _capital_acts(self, h: Hit) -> bool:
        words = self.words
        nxt = words[h.tok_end] if h.tok_end < len(words) else ""
        if h.form == "genitive":
            # "Moskaus Vorgehen" is the government; "Wiens Bürgermeister" the city
            return not any(w in nxt.lower() for w in _MUNICIPAL)
        prev = words[h.tok - 1] if h.tok > 0 else ""
        if prev[:1].isupper() and prev in _tables_common() and self.sent_of[h.tok - 1] == self.sent_of[h.tok] \
                and not self.by_tok.get(h.tok - 1):
            return False   # "Universität Wien", "Flughafen Moskau", "Hauptstadt Kiew"
        before = [w for w in words[max(0, h.tok - 2):h.tok]]
        if len(before) == 2 and before[1] in ("in", "aus") and before[0] in _GOV_WORDS:
            return True
        # "zwischen Ankara und Moskau": relations between governments
        if before and before[-1] == "zwischen":
            return True
        if len(before) == 2 and before[1] == "und" and h.tok >= 3 and words[h.tok - 3] == "zwischen":
            return True
        if before and before[-1].lower() in ("in", "nach", "aus", "bei", "von", "nahe", "vor", "um", "über", "bis"):
            return False
        k = h.tok_end
        # "Washington und Moskau streiten": look past a coordinated capital
        if k + 1 < len(words) and words[k] == "und" and any(x.label in ("CAPITAL", "STATE")
                                                          for x in self.by_tok.get(k + 1, [])):
            k += 2
        if k < len(words) and words[k] in self.t.state_verbs:
            return True
        # "Zudem warf Moskau Kiew vor": the capital right after a finite verb is its subject,
        # and a capital right after an acting state its object
        if before and before[-1] in self.t.state_verbs and before[-1] not in _AUXILIARIES:
            return True
        if h.tok > 0 and any(x.label in ("STATE", "CAPITAL") and x.tok_end == h.tok for x in self.by_tok.get(h.tok - 1, [])) \
                and h.tok >= 2 and words[h.tok - 2] in self.t.state_verbs:
            return True
        # "Riad wies die Vorwürfe zurück": at a clause start, followed by a lowercase word that
        # is no function word, the capital is the subject of a verb
        clause_start = h.tok == 0 or self.sent_of[h.tok - 1] != self.sent_of[h.tok] or prev in (",", "–", ":", "„")
        return clause_start and k < len(words) and words[k][:1].islower() and words[k] not in _FUNCTION_WORDS

    # government bodies named generically: their state from the words around them
    def _bodies(self, late: bool) -> None:
        """Generic government bodies: first those whose state the words around them name;
        later (`late`) the rest, by an official in the same sentence, the dateline, or
        the state the article names most."""
        for h in self.hits:
            if h.label != "BODY" or h.tok in self.body_at:
                continue
            iso = self._qualifier_state(h.tok, h.tok_end)
            if iso is None and late:
                iso = self._sentence_official_state(h.tok) or self._dateline_state() or \
                    self._sentence_state(h.tok) or self._main_state()
            if iso is not None:
                self._body(h, iso)

    def _body(self, h: Hit, iso: str) -> _Draft:
        known = next((o for o in self.t.orgs.values() if o.state == iso and o.kind == "government"
                      and (o.name.endswith("-" + h.key) or h.key in o.aliases)), None)
        if h.key == "Parlament" and iso in self.t.parliaments:   # the Ukrainian parliament is the Rada
            known = self.t.orgs[self.t.parliaments[iso]]
        if known is not None:
            d = self.org(known.name, h.start)
        else:
            d = self._entity("Organization", h.key, h.start, key=entity_key("Organization", f"{h.key} {iso}"))
            d.kind = "government"
        d.affiliations.append(self.state(iso, h.start).key)
        self._mention(d, h.start, h.end)
        self.body_at[h.tok] = d
        return d

    def _sentence_official_state(self, tok: int) -> str | None:
        """The state of an Official named in the same sentence ("Carter … mit dem Außenministerium")."""
        s = self.sent_of[tok]
        for p_tok, p in self.person_at.items():
            if self.sent_of[p_tok] == s and p.key and p.key in self.drafts:
                for aff in self.drafts[p.key].affiliations:
                    d = self.drafts.get(aff)
                    if d is not None and d.type == "State" and d.code:
                        return d.code
        return None

    def _dateline_state(self) -> str | None:
        """The state of a dateline capital ("Kiew/Moskau – …") near the start of the article."""
        words = self.words
        for h in self.hits:
            if h.label != "CAPITAL" or self.sent_of[h.tok] > 2:
                continue
            k = h.tok_end
            while k + 1 < len(words) and words[k] == "/":
                k += 2
            if k < len(words) and words[k] in ("–", "-", "—") and (h.tok == 0 or self.sent_of[h.tok - 1] != self.sent_of[h.tok]
                                                                 or words[h.tok - 1] in (".", "\n")):
                return h.key
        return None

    def _qualifier_state(self, tok: int, tok_end: int) -> str | None:
        """The state named by an adjective or genitive before, or 'X Russlands'/'in Moskau' after."""
        for k in (tok - 1, tok - 2):
            for x in self.by_tok.get(k, []):
                if x.label == "STATE" and x.form in ("adjective", "genitive"):
                    return x.key
                if x.label == "CAPITAL" and x.form == "genitive":
                    return x.key
            if k >= 0 and self.words[k] not in _DETERMINERS and not self.words[k].islower():
                break
        for k in (tok_end, tok_end + 1):
            for x in self.by_tok.get(k, []):
                if x.label in ("STATE", "CAPITAL") and (x.form == "genitive" or
                                                        self.words[k - 1] in ("in", "der", "des")):
                    return x.key
        return None

    def _sentence_state(self, tok: int) -> str | None:
        s = self.sent_of[tok]
        best: tuple[int, str] | None = None
        for h in self.hits:
            if h.label == "STATE" and self.sent_of[h.tok] == s:
                dist = abs(h.tok - tok)
                if best is None or dist < best[0]:
                    best = (dist, h.key)
        return best[1] if best else None

    def _main_state(self, min_mentions: int = 1) -> str | None:
        """The state the article names most (ties: the first named)."""
        counts = Counter(h.key for h in self.hits if h.label == "STATE")
        if not counts:
            return None
        iso, n = counts.most_common(1)[0]
        return iso if n >= min_mentions else None

    def _state_before(self, tok: int, window: int = 8) -> str | None:
        """A state named in the same sentence at most `window` tokens before `tok`."""
        best = None
        for h in self.hits:
            if h.label == "STATE" and tok - window <= h.tok < tok and self.sent_of[h.tok] == self.sent_of[tok]:
                best = h.key
        return best

    # -- persons ------------------------------------------------------------------------
    def _people(self, per_hits: list[Hit], people: dict[str, _Person]) -> None:
        """Group PER hits into persons: full names first, then single words and surnames."""
        surnames: dict[str, _Person] = {}
        singles: list[Hit] = []
        for h in per_hits:
            known = self.t.people.get(h.key) if h.form == "known" else None
            if known is None and " " not in h.text:
                singles.append(h)
                continue
            name = known.name if known else h.text
            if known is None and name not in people:
                # "Sergej Jurjewitsch Netschajew" after "Sergej Netschajew": the same person
                ends = (name.split()[0], name.split()[-1])
                name = next((q for q in people if " " in q and (q.split()[0], q.split()[-1]) == ends), name)
            p = people.get(name)
            if p is None:
                p = people[name] = _Person(name, known, h.start)
            self.person_at[h.tok] = p
            self._person_mention(p, h)
            for surname in _surnames(name):
                surnames.setdefault(surname, p)
            if known:
                for a in known.aliases:
                    if " " not in a:
                        surnames.setdefault(a, p)
        for h in singles:
            word = h.text
            p = surnames.get(word) or (surnames.get(word[:-1]) if word.endswith("s") else None)
            if p is None:
                p = people.get(word)
                if p is None:
                    p = people[word] = _Person(word, None, h.start)
                    surnames.setdefault(word, p)
            self.person_at[h.tok] = p
            self._person_mention(p, h)
        # surname-only mentions that no rule marked
        taken = {k for h in self.hits for k in range(h.tok, h.tok_end) if h.label != "TITLE"}
        longest = max((len(k.split()) for k in surnames), default=1)
        i = 0
        while i < len(self.words):
            if i in taken or not self.words[i][:1].isupper():
                i += 1
                continue
            for n in range(min(longest, len(self.words) - i), 0, -1):
                if any(k in taken for k in range(i, i + n)):
                    continue
                w = " ".join(self.words[i:i + n])
                p = surnames.get(w) or (surnames.get(w[:-1]) if w.endswith("s") and len(w) > 4 else None)
                if p is not None and len(w) > 2:
                    start, end = self.idx[i], self.idx[i + n - 1] + len(self.words[i + n - 1])
                    self.person_at.setdefault(i, p)
                    self._person_mention(p, Hit(start, end, "PER", p.name, self.text[start:end], i, i + n,
                                                "surname"))
                    i += n - 1
                    break
            i += 1

    def _person_mention(self, p: _Person, h: Hit) -> None:
        p.first = min(p.first, h.start)
        self._pending.append((p, h))

    def _titles(self, people: dict[str, _Person]) -> None:
        """Tie each title to its holder and read role, affiliation and the adviser relation."""
        for h in self.hits:
            if h.label != "TITLE":
                continue
            holder, obj = self._holder(h)
            if holder is None:
                continue
            role = self._role(h)
            if h.form == "no" and not self._party_prefix(h.tok):
                continue
            holder.official = True
            # "seinem ukrainischen Kollegen": the office is the known one, if any
            if h.form != "colleague" and holder.role is None:
                holder.role = role
            aff = self._title_affiliation(h, obj)
            if aff and holder.affiliation is None:
                holder.affiliation = aff
            party = self.drafts.get(aff) if aff else None
            if party is not None and party.kind == "party":
                holder.party = holder.party or party.name     # "Chef der HDP", "Vorsitzende der SPD"
            holder.title_tok = h.tok
            if obj is not None and role.casefold().endswith(_ADVISOR_BASES):
                self._advisor.append((holder, obj, h.tok))

    def _party_prefix(self, tok: int) -> str | None:
        """A party named in the token ('SPD-Politiker', 'US-Republikaner')."""
        for x in self.by_tok.get(tok, []):
            if x.label == "ORG" and self.orgs[x.key].kind == "party" and (x.form == "prefix" or
                                                                          "-" in self.words[tok]):
                return x.key
        return None

    def _holder(self, h: Hit) -> tuple[_Person | None, _Person | None]:
        """Who holds the title at h, and the person of a 'von'-complement ('Berater von X')."""
        words = self.words
        n = len(words)
        k = h.tok_end
        if k in self.person_at:
            return self.person_at[k], None
        obj = None
        aff_end = k
        if k < n and words[k] in _COMPLEMENT:
            j = k + 1
            while j < n and (words[j] in _DETERMINERS or any(x.label == "TITLE" for x in self.by_tok.get(j, []))):
                j += 1
            if j in self.person_at:
                obj = self.person_at[j]
                j2 = j
                while j2 < n and self.by_tok.get(j2) and any(x.label == "PER" for x in self.by_tok[j2]):
                    j2 += 1
                aff_end = j2
            else:
                # "Präsident der Ukraine", "Sprecher des US-Außenministeriums (, ) John Kirby"
                while j < n and self.by_tok.get(j) and any(x.label in ("STATE", "ORG", "BODY", "CAPITAL")
                                                           for x in self.by_tok[j]):
                    j += 1
                if not any(x.label in ("STATE", "ORG", "BODY", "CAPITAL") for x in self.by_tok.get(j - 1, [])):
                    # "der Chef der Internet-Polizei (IIP), Kamal Hadiafar", "der Partei Recht und
                    # Gerechtigkeit, Beata Szydło": a short noun phrase, names taken whole
                    while j < n and j - k <= 6 and j not in self.person_at:
                        spans = [x.tok_end for x in self.by_tok.get(j, []) if x.label in ("STATE", "ORG", "BODY")]
                        if spans:
                            j = max(spans)
                        elif (words[j][:1].isupper() or words[j] in _DETERMINERS or
                              words[j].endswith(("en", "er", "es", "em"))) and words[j] not in (",", "(", "und"):
                            j += 1
                        else:
                            break
                aff_end = j
                if j > k + 1 and j in self.person_at:
                    return self.person_at[j], None
        elif k + 1 < n and words[k] in ("in", "aus", "bei") and any(
                x.label in ("CAPITAL", "PLACE", "STATE") for x in self.by_tok.get(k + 1, [])):
            # "der russische Botschafter in Wien, Sergej Netschajew"
            aff_end = max(x.tok_end for x in self.by_tok[k + 1])
        j = aff_end
        if j < n and words[j] == "(":
            while j < n and words[j] != ")":
                j += 1
            j += 1
        # "... (IIP) des Iran, Kamal Hadiafar": a genitive state or organisation before the name
        if j + 1 < n and words[j] in ("des", "der") and any(x.label in ("STATE", "ORG", "CAPITAL")
                                                             for x in self.by_tok.get(j + 1, [])):
            j = max(x.tok_end for x in self.by_tok[j + 1])
        # "der Berater von Kanzler Scholz (SPD), Jens Plötner, ..."
        if j + 1 < n and words[j] == "," and (j + 1) in self.person_at:
            return self.person_at[j + 1], obj
        # "Emmanuel Bonne, Berater von Präsident Emmanuel Macron"
        b = h.tok - 1
        while b >= 0 and (words[b] in _DETERMINERS or (words[b].islower() and words[b] not in (",",))
                          and b > h.tok - 4):
            b -= 1
        if b >= 1 and words[b] == ",":
            for start, p in self.person_at.items():
                if start < b and self._ends_at(start, b):
                    return p, obj
        return None, obj

    def _ends_at(self, start: int, end: int) -> bool:
        """Whether the PER hit starting at token `start` ends right before token `end`."""
        for x in self.by_tok.get(start, []):
            if x.label == "PER" and x.tok == start and x.tok_end == end:
                return True
        return False

    def _role(self, h: Hit) -> str:
        """The role as written: title in the nominative, with a kept adjective ('außenpolitischer Berater')."""
        role = h.key
        b = h.tok - 1
        if b >= 0:
            w = self.words[b]
            low = w.lower()
            for adj in self.t.role_adjectives:
                if low.startswith(adj) and low[len(adj):] in ("", "e", "er", "en", "es", "em"):
                    feminine = role.endswith("in") and not role.endswith("ein")
                    return f"{adj}{'e' if feminine else 'er'} {role}"
        return role

    def _title_affiliation(self, h: Hit, obj: _Person | None) -> str | None:
        """Key of the State/Organization a title names: prefix, adjective, genitive or 'von'-complement."""
        # prefix in the title's own token: "US-Präsident", "Nato-Generalsekretär", "SPD-Chef"
        for x in self.by_tok.get(h.tok, []):
            if x.label in ("STATE", "ORG") and x.form == "prefix":
                if x.label == "STATE":
                    return self.state(x.key, x.start).key
                rec = self.orgs[x.key]
                if rec.kind == "party":
                    self._pending_party.append((h.tok, x.key))
                    # "AfD-Chefin" acts for her party, "ÖVP-Außenminister" for his state
                    if rec.state and h.key not in self.t.party_titles:
                        return self.state(rec.state, x.start).key
                    return self.org(x.key, x.start).key
                if rec.kind == "government" and rec.state:
                    return self.state(rec.state, x.start).key
                return self.org(x.key, x.start).key
        # before: "der türkische Präsident", "Russlands Präsident", "Kremlbeamter"
        b = h.tok - 1
        steps = 0
        while b >= 0 and steps < 4:
            for x in self.by_tok.get(b, []):
                if x.label == "STATE" and (x.form in ("adjective", "genitive") or x.form == "name"):
                    return self.state(x.key, x.start).key
                if x.label == "CAPITAL" and x.form == "genitive":
                    return self.state(x.key, x.start).key
                if x.label == "ORG" and x.form in ("genitive", "name") and b == h.tok - 1:
                    return self._org_or_state(x)
            w = self.words[b]
            if not (w in _DETERMINERS or w.islower()) or w in (",", "und"):
                break
            b -= 1
            steps += 1
        for x in self.by_tok.get(h.tok, []):
            if x.label == "TITLE" and x.key.startswith("Kreml"):
                return self.state("RU", x.start).key
        # after: "Präsident der Ukraine", "Präsident von Frankreich", "Generalsekretär der Nato"
        k = h.tok_end
        if k < len(self.words) and self.words[k] in _COMPLEMENT and obj is None:
            j = k + 1
            while j < len(self.words) and self.words[j] in _DETERMINERS:
                j += 1
            if not self.by_tok.get(j) and self.words[j][:1].isupper() and j + 1 < len(self.words):
                j += 1      # "der Partei Recht und Gerechtigkeit": past the head noun to the name
            for x in self.by_tok.get(j, []):
                if x.label == "STATE":
                    return self.state(x.key, x.start).key
                if x.label == "ORG":
                    return self._org_or_state(x)
                if x.label == "BODY":
                    body = self.body_at.get(x.tok)
                    iso = None if body else (self._dateline_state() or self._main_state())
                    if body is None and iso:
                        body = self._body(x, iso)
                    if body is not None and body.affiliations:
                        return body.affiliations[0]
        return None

    def _org_or_state(self, x: Hit) -> str:
        rec = self.orgs[x.key]
        if rec.kind == "government" and rec.state:
            return self.state(rec.state, x.start).key
        return self.org(x.key, x.start).key

    def _parties(self, people: dict[str, _Person]) -> None:
        """'Olaf Scholz (SPD)': membership, and a party prefix on a title ('ÖVP-Außenminister Kurz')."""
        words = self.words
        for tok, p in list(self.person_at.items()):
            end = tok
            while end < len(words) and any(x.label == "PER" and x.tok <= end < x.tok_end
                                           for x in self.by_tok.get(end, [])):
                end += 1
            # "Amilcar Pop von der Partei Winaq", "X, Mitglied der CDU"
            k = end + 1 if end < len(words) and words[end] == "," else end
            if k + 2 < len(words) and (words[k:k + 2] in (["von", "der"], ["Mitglied", "der"])):
                j = k + 2
                if j + 1 < len(words) and words[j] == "Partei" and not self.by_tok.get(j):
                    j += 1
                for x in self.by_tok.get(j, []):
                    if x.label == "ORG" and self.orgs[x.key].kind == "party":
                        p.party = p.party or x.key
                        p.official = True
            if end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")":
                for x in self.by_tok.get(end + 1, []):
                    if x.label == "ORG" and self.orgs[x.key].kind == "party":
                        p.party = p.party or x.key
                        p.official = True
        # "der US-Republikaner Marco Rubio", "SPÖ-Chef Faymann": the party right before the name
        for tok, p in list(self.person_at.items()):
            party = self._party_prefix(tok - 1) if tok > 0 else None
            if party is None and tok > 0:
                party = next((x.key for x in self.by_tok.get(tok - 1, []) if x.label == "ORG"
                              and x.tok_end == tok and self.orgs[x.key].kind == "party"
                              and self.words[tok - 1] not in ("Linke", "Grüne", "Grünen")), None)
            if party is not None:
                p.party = p.party or party
                p.official = True
        for tok, party in self._pending_party:
            k = tok + 1
            if k in self.person_at:
                self.person_at[k].party = self.person_at[k].party or party

    def _finish_people(self, people: dict[str, _Person]) -> None:
        drafts: dict[int, _Draft] = {}
        for p in people.values():
            known = p.known
            official = p.official or (known is not None and known.affiliation is not None)
            d = self._entity("Official" if official else "Person", p.name, p.first,
                             key=entity_key("Person", p.name))
            d.type = "Official" if official else "Person"
            if official:
                d.role = p.role or (known.role if known else None)
                aff = p.affiliation
                if aff is None and known and known.affiliation:
                    aff = self._affiliation_key(known.affiliation, p.first)
                if aff is None and p.party and self.orgs[p.party].state:
                    aff = self.state(self.orgs[p.party].state, p.first).key
                if aff is None:
                    tok = p.title_tok if p.title_tok is not None else self._tok_at(p.first)
                    # a state just before ("Aus Frankreich kommt der Diplomat X"), else the
                    # article's own country, else any state of the sentence
                    iso = self._state_before(tok) or self._main_state(min_mentions=2) or \
                        self._dateline_state() or self._sentence_state(tok)
                    if iso:
                        aff = self.state(iso, p.first).key
                if aff:
                    d.affiliations.append(aff)
            if p.party:
                party = self.org(p.party, p.first)
                self.relations.append(Relation(d.key, "memberOf", party.key, self.evidence(self._tok_at(p.first))))
            drafts[id(p)] = d
            p.key = d.key
        for p, h in self._pending:
            d = drafts[id(p)]
            self.mentions.append(Mention(h.start, h.end, d.key, d.type, h.text))
            d.alias(h.text)
        for holder, obj, tok in self._advisor:
            if holder is not obj:
                self.relations.append(Relation(drafts[id(holder)].key, "advisorTo", drafts[id(obj)].key,
                                               self.evidence(tok)))
        # a mention's type must match its entity's final type
        types = {d.key: d.type for d in self.drafts.values()}
        self.mentions = [Mention(m.start, m.end, m.key, types.get(m.key, m.type), m.text)
                         for m in self.mentions if m.key]

    def _affiliation_key(self, value: str, pos: int) -> str | None:
        if value in self.t.states:
            return self.state(value, pos).key
        if value in self.t.orgs:
            return self._org_or_state_by_name(value, pos)
        return None

    def _org_or_state_by_name(self, name: str, pos: int) -> str:
        rec = self.orgs[name]
        if rec.kind == "government" and rec.state:
            return self.state(rec.state, pos).key
        return self.org(name, pos).key

    def _tok_at(self, char: int) -> int:
        k = bisect.bisect_left(self.idx, char)
        return min(k, max(0, len(self.idx) - 1))

    # -- states in organisations --------------------------------------------------------
    def _membership(self) -> None:
        """'Nato-Mitglied Türkei', 'die EU- und Nato-Mitglieder Estland, Lettland und Litauen'."""
        words = self.words
        for i, w in enumerate(words):
            if "-" not in w:
                continue
            tail = w.rsplit("-", 1)[1]
            if tail not in _MEMBER_WORDS:
                continue
            orgs = [x.key for x in self.by_tok.get(i, []) if x.label == "ORG" and x.form == "prefix"]
            j = i - 1   # "EU- und Nato-Mitglieder"
            while j >= 1 and words[j] in ("und", ",", "sowie"):
                orgs += [x.key for x in self.by_tok.get(j - 1, []) if x.label == "ORG"
                         and words[j - 1].endswith("-")]
                j -= 2
            orgs = [o for o in orgs if self.orgs[o].kind == "international"]
            if not orgs:
                continue
            states = self._enumeration(i + 1, +1) or self._enumeration(j if j < i - 1 else i - 1, -1)
            for iso in states:
                for o in orgs:
                    s = self.state(iso, self.idx[i])
                    self.relations.append(Relation(s.key, "memberOf", self.org(o, self.idx[i]).key,
                                                   self.evidence(i)))
        for i, w in enumerate(words):
            if w != "Beitritt":
                continue
            j = i + 1
            while j < len(words) and words[j] in _DETERMINERS:
                j += 1
            states = [x.key for x in self.by_tok.get(j, []) if x.label == "STATE"]
            if states and j + 1 < len(words) and words[j + 1] in ("zum", "zur"):
                orgs = [x.key for x in self.by_tok.get(j + 2, []) if x.label == "ORG"]
                for o in orgs:
                    self.relations.append(Relation(self.state(states[0], self.idx[j]).key, "memberOf",
                                                   self.org(o, self.idx[i]).key, self.evidence(i)))

    def _enumeration(self, k: int, step: int) -> list[str]:
        """States named in an enumeration next to token k.

        To the right the states follow at once ("Nato-Mitglied Türkei"); to the left a
        copula must join them ("Estland und Lettland sind Nato-Mitglieder"), since
        "die USA und die EU-Staaten" names a state that is not one of them.
        """
        words = self.words
        if step < 0:
            if not (0 <= k < len(words) and words[k] in _COPULA):
                return []
            k -= 1
        out: list[str] = []
        gap = 0
        while 0 <= k < len(words):
            xs = [x for x in self.by_tok.get(k, []) if x.label == "STATE" and x.form in ("name", "genitive")]
            if xs:
                if xs[0].key not in out:
                    out.append(xs[0].key)
                gap = 0
            elif words[k] in _ENUM and gap < 2 and (out or step > 0):
                gap += 1
            else:
                break
            k += step
        return out

    def _copula_membership(self) -> None:
        """'Estland, Litauen und Lettland seien ohnehin in der EU und Nato'."""
        words = self.words
        for i, w in enumerate(words):
            if w not in _COPULA or i + 1 >= len(words):
                continue
            j = i + 1
            while j < len(words) and words[j] in ("ohnehin", "bereits", "schon", "längst", "auch"):
                j += 1
            if j >= len(words) or words[j] not in ("in", "im", "Mitglied", "Mitglieder"):
                continue
            j += 1
            orgs: list[str] = []
            while j < len(words):
                xs = [x.key for x in self.by_tok.get(j, []) if x.label == "ORG"
                      and self.orgs[x.key].kind == "international"]
                if xs:
                    orgs += xs
                elif words[j] not in ("der", "des", "und", ","):
                    break
                j += 1
            states = self._enumeration(i, -1)
            for iso in states:
                for o in dict.fromkeys(orgs):
                    self.relations.append(Relation(self.state(iso, self.idx[i]).key, "memberOf",
                                                   self.org(o, self.idx[i]).key, self.evidence(i)))

    def _party_of(self) -> None:
        """'die Nationale Front (NF) von Jazenjuk': the person is a member of the party."""
        words = self.words
        for h in self.hits:
            if h.label != "ORG" or self.orgs[h.key].kind != "party":
                continue
            k = h.tok_end
            if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
                k += 3
            if k + 1 < len(words) and words[k] in ("von", "um") and (k + 1) in self.person_at:
                p = self.person_at[k + 1]
                p.party = p.party or h.key

    def _org_affiliations(self) -> None:
        """Government bodies and state media act for their state, where the article names it."""
        for d in list(self.drafts.values()):
            if d.type != "Organization" or d.affiliations:
                continue
            rec = self.t.orgs.get(d.name)
            if rec and rec.state and rec.kind in ("government", "media", "armed"):
                state_key = entity_key("State", self.t.states[rec.state].name)
                if state_key in self.drafts:
                    d.affiliations.append(state_key)


def _surnames(name: str) -> list[str]:
    """The words a later mention may use alone: the last word, and a particle surname.

    >>> _surnames("Bruno Le Maire"), _surnames("Olaf Scholz")
    (['Le Maire'], ['Scholz'])
    """
    words = name.split()
    if len(words) < 2:
        return words
    for k in range(1, len(words) - 1):
        if words[k].casefold() in _NAME_PARTICLES:
            return [" ".join(words[k:])]
    return [words[-1]]


def read_entities(doc: Doc, article: Article) -> EntityReading:
    """The entities, relations and mentions of one parsed article (offsets into `article.text`)."""
    return _Reader(doc, article).read()
