"""Facts → quads: one article's statements in its own named graph. Pure.

Follows "The RDF model" of docs/DESIGN.md. Entities are referred to by key in
the facts; a key that is not among `facts.entities` is skipped (logged at debug
level) rather than turned into an IRI nothing describes. A Talks left without
any known participant, or an Interaction without a known source, is skipped
whole. Numbering of talks and events follows their position in the facts, so
the IRIs are the same on every call.

>>> from kg.facts import Article, ArticleFacts, Entity
>>> facts = ArticleFacts(Article(id="a", text="Russland."),
...                      entities=(Entity("state:russland", "State", "Russland"),))
>>> len(article_quads(facts))
6
"""
from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable

from pyoxigraph import Literal, NamedNode, Quad

from kg import EXTRACTOR_VERSION
from kg.facts import ArticleFacts, Entity, Evidence, PartialDate
from kg.ontology import plover_categories
from kg.vocab import (
    DCTERMS, GKG, RDF, RDFS, SCHEMA, SKOS, XSD,
    article_graph, article_iri, entity_iri, entity_key_of, event_iri, plover, relation_iri,
    role_statement_iri, talks_iri,
)

log = logging.getLogger(__name__)

# Characters XML 1.0 forbids (so RDF/XML and some parsers reject them) and lone
# surrogates (which cannot be encoded as UTF-8 at all).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` with XML-1.0-forbidden characters and lone surrogates replaced by U+FFFD.

    One code point stays one code point, so character offsets keep their meaning.

    >>> clean_text("a\\x00b\\ud800c")
    'a\\ufffdb\\ufffdc'
    """
    return _UNSAFE.sub("\ufffd", text)


def _string(text: str) -> Literal:
    return Literal(clean_text(text))


def _german(text: str) -> Literal:
    return Literal(clean_text(text), language="de")


def _integer(n: int) -> Literal:
    return Literal(str(int(n)), datatype=XSD.integer)


def _confidence(value: float) -> Literal:
    # Clamped to 0…1 and rounded so the decimal's lexical form stays short.
    value = min(max(value, 0.0), 1.0) if math.isfinite(value) else 0.0
    return Literal(str(round(value, 4)), datatype=XSD.decimal)


def _date(value: PartialDate) -> Literal:
    return Literal(value.iso(), datatype=XSD.date if value.year is not None else XSD.gMonthDay)


def article_quads(facts: ArticleFacts) -> list[Quad]:
    """Everything read from one article, as quads in `article_graph(article.id)`.

    Parameters
    ----------
    facts:
        One article's facts, as `kg.extract.extract` returns them.

    Returns
    -------
    The quads, in a stable order, without duplicates.
    """
    article = facts.article
    graph = article_graph(article.id)
    doc = article_iri(article.id)
    out: dict[Quad, None] = {}  # insertion-ordered set

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out[Quad(s, p, o, graph)] = None

    # The article.
    add(doc, RDF.type, GKG.Article)
    add(doc, DCTERMS.identifier, _string(article.id))
    if article.title:
        add(doc, DCTERMS.title, _string(article.title))
    if article.date:
        add(doc, DCTERMS.date, Literal(article.date.isoformat(), datatype=XSD.date))
    if article.source:
        add(doc, DCTERMS.source, _string(article.source))
    if article.url:
        try:
            add(doc, SCHEMA.url, NamedNode(article.url.strip()))
        except ValueError:
            log.debug("article %r: url %r is not an IRI; not written", article.id, article.url)
    for other in article.same_as:       # the same story at other addresses
        try:
            add(doc, SCHEMA.sameAs, NamedNode(other.strip()))
        except ValueError:
            log.debug("article %r: url %r is not an IRI; not written", article.id, other)
    add(doc, GKG.textDigest, _string(article.digest))

    # Entities, merged by key: the first description of a key gives its class and label.
    entities = _merge_by_key(facts.entities)
    known: dict[str, NamedNode] = {key: entity_iri(key) for key in entities}

    def ref(key: str | None, what: str) -> NamedNode | None:
        if key is None:
            return None
        iri = known.get(key)
        if iri is None:
            log.debug("article %r: %s %r is not among its entities; skipped", article.id, what, key)
        return iri

    for key, described in entities.items():
        node = known[key]
        first = described[0]
        if any(e.named for e in described):     # not a state only an affiliation reaches
            add(doc, GKG.mentions, node)
        # the rules that read it here, with its description in this article's graph, as its class
        # is: which rule read X as a person in article A?
        for rule in _rules(e.rules for e in described):
            add(node, GKG.rule, _string(rule))
        add(node, RDF.type, GKG[first.type])
        add(node, RDFS.label, _german(first.name))
        for alias in _aliases(described):
            add(node, SKOS.altLabel, _german(alias))
        for entity in described:
            if entity.role:
                add(node, GKG.role, _german(entity.role))
            for affiliation in entity.affiliations:
                if (target := ref(affiliation, "affiliation")) is not None and target != node:
                    add(node, GKG.affiliatedWith, target)
        if first.kind:
            add(node, GKG.organizationKind, _string(first.kind))
        if first.code:
            add(node, GKG.isoCode, _string(first.code))

    # Roles in time: each distinct statement of a person's role and affiliation, dated by the article.
    for n, ((key, role, affiliations), rules) in enumerate(_role_statements(entities).items(), start=1):
        node = role_statement_iri(article.id, n)
        add(node, RDF.type, GKG.RoleStatement)
        add(node, GKG.holder, known[key])
        if role:
            add(node, GKG.statedRole, _german(role))
        for affiliation in affiliations:
            if (target := ref(affiliation, "affiliation")) is not None and target != known[key]:
                add(node, GKG.roleFor, target)
        add(node, GKG.reportedIn, doc)
        if article.date:
            add(node, DCTERMS.date, Literal(article.date.isoformat(), datatype=XSD.date))
        for rule in rules:
            add(node, GKG.rule, _string(rule))

    for n, relation in enumerate(facts.relations, start=1):
        subject, object_ = ref(relation.subject, "relation subject"), ref(relation.object, "relation object")
        if subject is not None and object_ is not None:
            add(subject, GKG[relation.relation], object_)
            if relation.rules:
                # the rules that read it, on the statement (RDF reification): why is X a member of Y?
                _statement(add, relation_iri(article.id, n), subject, GKG[relation.relation], object_, doc,
                           relation.rules)

    # Talks.
    for n, talks in enumerate(facts.talks, start=1):
        participants = [p for p in (ref(k, "participant") for k in talks.participants) if p is not None]
        if not participants:
            log.debug("article %r: talks %d has no known participant; skipped", article.id, n)
            continue
        node = talks_iri(article.id, n)
        add(node, RDF.type, GKG[talks.kind])
        for participant in participants:
            add(node, GKG.participant, participant)
        if (place := ref(talks.place, "talks location")) is not None:
            add(node, GKG.location, place)
        if talks.start is not None:
            add(node, GKG.startDate, _date(talks.start))
        if talks.end is not None:
            add(node, GKG.endDate, _date(talks.end))
        add(node, GKG.status, _string(talks.status))
        for p, o in _provenance(doc, talks.evidence, talks.confidence, talks.rules):
            add(node, p, o)

    # Interactions (PLOVER events).
    categories = plover_categories()
    for n, event in enumerate(facts.interactions, start=1):
        concept = plover(event.code)  # raises ValueError for a code PLOVER does not have
        source = ref(event.source, "event source")
        if source is None:
            continue
        node = event_iri(article.id, n)
        add(node, RDF.type, GKG.Interaction)
        add(node, GKG.source, source)
        if (target := ref(event.target, "event target")) is not None:
            add(node, GKG.target, target)
        add(node, GKG.eventType, concept)
        add(node, GKG.ploverScore, categories[event.code].score_literal)
        if event.cue:
            add(node, GKG.cue, _german(event.cue))
        add(node, GKG.factuality, _string(event.factuality))
        if event.date is not None:
            add(node, GKG.date, Literal(event.date.isoformat(), datatype=XSD.date))
            if event.date_origin is not None:
                add(node, GKG.dateOrigin, _string(event.date_origin))
        for p, o in _provenance(doc, event.evidence, event.confidence, event.rules):
            add(node, p, o)

    return list(out)


def _merge_by_key(entities: Iterable[Entity]) -> dict[str, list[Entity]]:
    merged: dict[str, list[Entity]] = {}
    for entity in entities:
        merged.setdefault(entity.key, []).append(entity)
    return merged


def _role_statements(entities: dict[str, list[Entity]]) -> dict[tuple[str, str | None, tuple[str, ...]], list[str]]:
    """(person key, role, affiliation keys) once each, for every person described with a role or
    affiliation → the names of the rules that read it."""
    out: dict[tuple[str, str | None, tuple[str, ...]], list[str]] = {}
    for key, described in entities.items():
        for entity in described:
            if entity.type in ("Official", "Person") and (entity.role or entity.affiliations):
                out.setdefault((key, entity.role, tuple(entity.affiliations)), []).extend(entity.role_rules)
    return {statement: _rules([rules]) for statement, rules in out.items()}


def _rules(groups: Iterable[Iterable[str]]) -> list[str]:
    """The rule names of several facts, each once, in order."""
    return list(dict.fromkeys(rule for rules in groups for rule in rules))


def _statement(add: Callable[[NamedNode, NamedNode, NamedNode | Literal], None], node: NamedNode,
               subject: NamedNode, predicate: NamedNode, object_: NamedNode, doc: NamedNode,
               rules: Iterable[str]) -> None:
    """The reification of `subject predicate object` as read from `doc`, with the rules that read it."""
    add(node, RDF.subject, subject)
    add(node, RDF.predicate, predicate)
    add(node, RDF.object, object_)
    add(node, GKG.reportedIn, doc)
    for rule in rules:
        add(node, GKG.rule, _string(rule))


def _aliases(described: list[Entity]) -> list[str]:
    """Every surface form but the label: later names and all aliases, each once."""
    label = described[0].name
    forms = [e.name for e in described[1:]] + [a for e in described for a in e.aliases]
    return [form for form in dict.fromkeys(forms) if form and form != label]


def _provenance(doc: NamedNode, evidence: Evidence, confidence: float,
                rules: tuple[str, ...]) -> list[tuple[NamedNode, NamedNode | Literal]]:
    return [
        (GKG.reportedIn, doc),
        (GKG.evidenceText, _string(evidence.sentence)),
        (GKG.evidenceStart, _integer(evidence.start)),
        (GKG.evidenceEnd, _integer(evidence.end)),
        (GKG.extractorVersion, _string(EXTRACTOR_VERSION)),
        (GKG.confidence, _confidence(confidence)),
        *((GKG.rule, _string(rule)) for rule in rules),
    ]


def split_labels(quads: Iterable[Quad]) -> tuple[list[Quad], list[Quad]]:
    """(the other quads, the entities' `rdfs:label` quads): only the labels need `adopt_labels`,
    so a worker process sends them apart and the writer parses only those.

    >>> e = entity_iri("org:weisses-haus")
    >>> g = NamedNode("http://g")
    >>> [len(part) for part in split_labels([Quad(e, RDFS.label, Literal("W", language="de"), g),
    ...                                      Quad(e, RDF.type, GKG.Organization, g)])]
    [1, 1]
    """
    rest: list[Quad] = []
    labels: list[Quad] = []
    for quad in quads:
        (labels if _entity_label(quad) else rest).append(quad)
    return rest, labels


def _entity_label(quad: Quad) -> bool:
    return quad.predicate == RDFS.label and isinstance(quad.object, Literal) \
        and entity_key_of(quad.subject.value) is not None


def adopt_labels(quads: Iterable[Quad], known: dict[str, str]) -> list[Quad]:
    """Keep one `rdfs:label` per entity across articles: the first one the graph holds.

    Entity keys fold spelling ("Weißes Haus", "Weisses Haus" share an IRI), so two
    articles may label one entity differently; the later spelling becomes a
    `skos:altLabel`. `known` (entity IRI → label) is read and extended in place.

    >>> e = entity_iri("org:weisses-haus")
    >>> q = Quad(e, RDFS.label, Literal("Weisses Haus", language="de"), NamedNode("http://g"))
    >>> [(x.predicate == SKOS.altLabel, x.object.value) for x in adopt_labels([q], {e.value: "Weißes Haus"})]
    [(True, 'Weisses Haus'), (False, 'Weißes Haus')]
    """
    out: dict[Quad, None] = {}   # ordered and duplicate-free
    for quad in quads:
        if _entity_label(quad):
            label = known.setdefault(quad.subject.value, quad.object.value)
            if label != quad.object.value:
                out[Quad(quad.subject, SKOS.altLabel, quad.object, quad.graph_name)] = None
                quad = Quad(quad.subject, RDFS.label, Literal(label, language=quad.object.language),
                            quad.graph_name)
        out[quad] = None
    return list(out)
