"""ontology/shapes.ttl through kg.validate: what kg.rdf writes conforms, broken graphs do not."""
from __future__ import annotations

import pytest
import rdflib
from pyoxigraph import RdfFormat, serialize
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from test_rdf import BIDEN, PUTIN, RUS, S1, facts

from kg.facts import Interaction, Talks
from kg.ontology import ontology_quads
from kg.rdf import article_quads
from kg.validate import validate_store_graph
from kg.vocab import GKG, article_iri, entity_iri, event_iri, relation_iri, role_statement_iri, talks_iri

G = rdflib.Namespace(GKG.namespace)
TALKS = URIRef(talks_iri("t-1", 1).value)
EVENT = URIRef(event_iri("t-1", 1).value)
RELATION = URIRef(relation_iri("t-1", 1).value)
ROLE = URIRef(role_statement_iri("t-1", 1).value)


def u(key: str) -> URIRef:
    return URIRef(entity_iri(key).value)


def dataset(quads) -> rdflib.Dataset:  # type: ignore[no-untyped-def]
    """The quads as an rdflib Dataset with their named graphs, as a TriG export reads."""
    data = rdflib.Dataset()
    data.parse(data=serialize(quads, format=RdfFormat.TRIG), format="trig")
    return data


def union(quads) -> rdflib.Graph:  # type: ignore[no-untyped-def]
    """The quads' triples as one rdflib Graph, as a union-graph export reads."""
    return rdflib.Graph().parse(data=serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES),
                                format="nt")


@pytest.fixture
def good() -> rdflib.Graph:
    return union(article_quads(facts()))


def test_what_rdf_writes_conforms(good: rdflib.Graph) -> None:
    conforms, report = validate_store_graph(good)
    assert conforms, report
    assert "Results" not in report or "Warning" not in report


def test_a_dataset_with_the_ontology_graph_conforms_as_a_union() -> None:
    # Entities typed in one article graph, referred to from another graph: fine as a union.
    conforms, report = validate_store_graph(dataset(article_quads(facts()) + ontology_quads()))
    assert conforms, report


def test_the_caller_graph_is_not_changed(good: rdflib.Graph) -> None:
    before = len(good)
    validate_store_graph(good)
    assert len(good) == before


def test_analysis_terms_conform(good: rdflib.Graph) -> None:
    dyad, summary = URIRef("https://w3id.org/geokg/id/dyad/1"), URIRef("https://w3id.org/geokg/id/analysis/network")
    for triple in [
        (u(BIDEN), G.degree, Literal("2", datatype=XSD.integer)),
        (u(BIDEN), G.weightedDegree, Literal("2.5", datatype=XSD.decimal)),
        (u(BIDEN), G.betweenness, Literal("0.5", datatype=XSD.double)),
        (u(BIDEN), G.pageRank, Literal("0.25", datatype=XSD.double)),
        (u(BIDEN), G.community, Literal("0", datatype=XSD.integer)),
        (dyad, RDF.type, G.Dyad),
        (dyad, G.dyadSource, u(BIDEN)), (dyad, G.dyadTarget, u(RUS)),
        (dyad, G.eventCount, Literal("1", datatype=XSD.integer)),
        (dyad, G.scoreSum, Literal("-3.5", datatype=XSD.decimal)),
        (dyad, G.scoreMean, Literal("-3.5", datatype=XSD.decimal)),
        (dyad, G.firstDate, Literal("2022-01-05", datatype=XSD.date)),
        (dyad, G.lastDate, Literal("2022-01-05", datatype=XSD.date)),
        (summary, RDF.type, G.NetworkSummary),
        (summary, G.nodeCount, Literal("3", datatype=XSD.integer)),
        (summary, G.edgeCount, Literal("2", datatype=XSD.integer)),
        (summary, G.communityCount, Literal("1", datatype=XSD.integer)),
        (summary, G.balancedTriadRatio, Literal("1.0", datatype=XSD.double)),
        (summary, G.countedEvents, Literal("asserted")),
    ]:
        good.add(triple)
    conforms, report = validate_store_graph(good)
    assert conforms, report
    good.set((summary, G.countedEvents, Literal("feared")))     # "asserted" or "all" only
    assert not validate_store_graph(good)[0]


def test_one_participant_is_only_a_warning() -> None:
    f = facts(talks=(Talks("Meeting", (BIDEN,), S1, "planned"),))
    conforms, report = validate_store_graph(union(article_quads(f)))
    assert conforms, report
    assert "Warning" in report and "two named participants" in report


def _remove(graph: rdflib.Graph, s, p) -> rdflib.Graph:  # type: ignore[no-untyped-def]
    graph.remove((s, p, None))
    return graph


def _set(graph: rdflib.Graph, s, p, o) -> rdflib.Graph:  # type: ignore[no-untyped-def]
    graph.set((s, p, o))
    return graph


BROKEN = {
    "talks without reportedIn": lambda g: _remove(g, TALKS, G.reportedIn),
    "talks status maybe": lambda g: _set(g, TALKS, G.status, Literal("maybe")),
    "talks without participant": lambda g: _remove(g, TALKS, G.participant),
    "talks date as a plain string": lambda g: _set(g, TALKS, G.startDate, Literal("2022-01-04")),
    "participant nothing describes": lambda g: g.add((TALKS, G.participant, URIRef("https://w3id.org/geokg/id/person/x"))),
    "event type outside PLOVER": lambda g: _set(g, EVENT, G.eventType, URIRef("https://w3id.org/geokg/cameo/04")),
    "two event types": lambda g: g.add((EVENT, G.eventType, URIRef("https://w3id.org/geokg/plover/AID"))),
    "event without source": lambda g: _remove(g, EVENT, G.source),
    "event without evidence": lambda g: _remove(g, EVENT, G.evidenceText),
    "confidence above 1": lambda g: _set(g, EVENT, G.confidence, Literal("1.5", datatype=XSD.decimal)),
    "evidence ends before it starts": lambda g: _set(g, EVENT, G.evidenceEnd, Literal("-1", datatype=XSD.integer)),
    "score as a string": lambda g: _set(g, EVENT, G.ploverScore, Literal("2.5")),
    "two German labels": lambda g: g.add((u(PUTIN), RDFS.label, Literal("Putin", lang="de"))),
    "label without language": lambda g: _set(g, u(PUTIN), RDFS.label, Literal("Putin")),
    "article without identifier": lambda g: _remove(g, URIRef(article_iri("t-1").value), URIRef("http://purl.org/dc/terms/identifier")),
    "dyad without target": lambda g: (g.add((URIRef("urn:d"), RDF.type, G.Dyad)),
                                      g.add((URIRef("urn:d"), G.dyadSource, u(BIDEN))),
                                      g.add((URIRef("urn:d"), G.eventCount, Literal("1", datatype=XSD.integer))),
                                      g.add((URIRef("urn:d"), G.scoreSum, Literal("1", datatype=XSD.decimal))),
                                      g.add((URIRef("urn:d"), G.scoreMean, Literal("1", datatype=XSD.decimal)))),
    "metrics on a place": lambda g: g.add((u("place:genf"), G.pageRank, Literal("0.1", datatype=XSD.double))),
    "relation statement without rule": lambda g: _remove(g, RELATION, G.rule),
    "relation statement of another predicate": lambda g: _set(g, RELATION, RDF.predicate, G.participant),
    "entity without rule": lambda g: _remove(g, u(PUTIN), G.rule),
    "role statement without rule": lambda g: _remove(g, ROLE, G.rule),
}


# The path each breakage is reported on (None: a node-level constraint, reported without a path).
REPORTED_ON = {
    "talks without reportedIn": "gkg:reportedIn", "talks status maybe": "gkg:status",
    "talks without participant": "gkg:participant", "talks date as a plain string": "gkg:startDate",
    "participant nothing describes": "gkg:participant", "event type outside PLOVER": "skos:inScheme",
    "two event types": "gkg:eventType", "event without source": "gkg:source",
    "event without evidence": "gkg:evidenceText", "confidence above 1": "gkg:confidence",
    "evidence ends before it starts": "gkg:evidenceStart", "score as a string": "gkg:ploverScore",
    "two German labels": "rdfs:label", "label without language": "rdfs:label",
    "article without identifier": "dcterms:identifier", "dyad without target": "gkg:dyadTarget",
    "metrics on a place": None, "relation statement without rule": "gkg:rule",
    "relation statement of another predicate": "rdf:predicate",
    "entity without rule": "gkg:rule", "role statement without rule": "gkg:rule",
}


@pytest.mark.parametrize("breakage", list(BROKEN))
def test_broken_graphs_do_not_conform(good: rdflib.Graph, breakage: str) -> None:
    BROKEN[breakage](good)
    conforms, report = validate_store_graph(good)
    assert not conforms, breakage
    assert "Severity: sh:Violation" in report
    path = REPORTED_ON[breakage]
    assert (f"Result Path: {path}" if path else "ClassConstraintComponent") in report


def test_interaction_shape_reads_the_plover_scheme() -> None:
    f = facts(interactions=(Interaction("SANCTION", RUS, BIDEN, S1),))
    conforms, report = validate_store_graph(union(article_quads(f)))
    assert conforms, report
