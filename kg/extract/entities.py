"""Entities, their relations and mentions, read from the gazetteer hits of a Doc.

The gazetteer (`kg.nlp`) finds typed spans; this module decides what they are
in context: a capital acting as its government (State) or named as a place,
which person a title belongs to and for whom they act, surname-only mentions,
party membership ("Olaf Scholz (SPD)"), advisers ("Berater von Kanzler
Scholz") and state membership ("Nato-Mitglied Türkei").

The rules live in modules with one job each: `reading` (tables, drafts, token
lookups: the state every rule reads and writes), `states` (capitals, government
bodies, which state a passage is about), `persons` (people from name mentions,
Official or Person), `titles` (who holds a title, role, affiliation),
`relations` (parties, memberOf, advisorTo). They are still classes chained by
inheritance (ReaderBase → StateContext → Titles → Persons → Relations →
_Reader), which says nothing of their order: `_Reader.read` below runs them as
typed hits and capitals → bodies → people → titles → parties → people's entities
→ memberships → late bodies, so the titles read the people `persons` found.

>>> from kg.nlp import build_nlp
>>> from kg.facts import Article
>>> text = "Der türkische Präsident Recep Tayyip Erdoğan traf in Moskau Wladimir Putin."
>>> reading = read_entities(build_nlp()(text), Article(id="x", text=text))
>>> sorted((e.type, e.name) for e in reading.entities)[:3]
[('Official', 'Recep Tayyip Erdoğan'), ('Official', 'Wladimir Putin'), ('Place', 'Moskau')]
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.mentions import EntityReading
from kg.extract.reading import PersonDraft
from kg.extract.relations import Relations
from kg.facts import Article
from kg.nlp.hits import Hit


class _Reader(Relations):
    """The reading, in order: typed hits, bodies, people, titles, parties, memberships."""

    def read(self) -> EntityReading:
        people: dict[str, PersonDraft] = {}
        per_hits: list[Hit] = []
        for h in self.hits:
            if h.label == "STATE":
                self._mention(self.state(h.key, h.start), h.start, h.end)
            elif h.label == "CAPITAL":
                self._capital(h)
            elif h.label == "ORG":
                d = self.org(h.key, h.start)
                self._mention(d, h.start, h.end)
                spelled = self._spelled_out(h) if h.form == "context:acronym" else None
                if spelled is not None:
                    self._mention(d, *spelled)
            elif h.label == "PLACE":
                self._mention(self._entity("Place", h.key, h.start), h.start, h.end)
            elif h.label == "PER":
                per_hits.append(h)
        self._bodies(late=False)
        self._people(per_hits, people)
        self._titles(people)
        self._leaders_under()
        self._parties(people)
        self._party_of()
        self._party_leaders()
        self._finish_people(people)
        self._membership()
        self._copula_membership()
        self._inclusion_membership()
        self._bodies(late=True)
        self._org_affiliations()
        entities = sorted(self.drafts.values(), key=lambda d: d.first)
        mentions = sorted(set(self.mentions), key=lambda m: (m.start, m.end))
        return EntityReading(tuple(d.freeze() for d in entities), tuple(dict.fromkeys(self.relations)),
                             tuple(mentions))


def read_entities(doc: Doc, article: Article) -> EntityReading:
    """The entities, relations and mentions of one parsed article (offsets into `article.text`)."""
    return _Reader(doc, article).read()
