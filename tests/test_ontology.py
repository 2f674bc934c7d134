"""The ontology files, their packaged copies, and kg.vocab / kg.ontology against them."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import vocab
from kg.facts import PLOVER_CODES
from kg.ontology import ONTOLOGY_FILES, SHAPES_FILE, ontology_file, ontology_quads, plover_categories
from kg.vocab import GKG, ONTOLOGY_GRAPH, PREFIXES, plover

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
CONTRACT = ROOT.parent / "shared" / "spec" / "CONTRACT.md"
G = Namespace(GKG.namespace)
SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")
PLOVER_SCHEME = URIRef(vocab.PLOVER_SCHEME_IRI)
CAMEO_SCHEME = URIRef(vocab.CAMEO_SCHEME_IRI)

# The table of ANNOTATION.md (ACCUSE: -2 … -3.5 there, -3 here).
SCORES = {
    "AGREE": "2.5", "CONSULT": "2.5", "SUPPORT": "5", "CONCEDE": "4.5", "COOPERATE": "9.5",
    "AID": "10", "RETREAT": "6.5", "REQUEST": "0", "ACCUSE": "-3", "REJECT": "-2",
    "THREATEN": "-3.5", "PROTEST": "-5", "SANCTION": "-6", "MOBILIZE": "-5.5", "COERCE": "-7",
    "ASSAULT": "-9",
}
# The terms CONTRACT.md names (also read from the file itself when it is beside the repo).
CONTRACT_TERMS = {
    "Article", "mentions", "State", "Official", "Person", "Organization", "Place",
    "affiliatedWith", "role", "advisorTo", "memberOf", "Talks", "participant", "location",
    "startDate", "endDate", "status", "Interaction", "source", "target", "eventType", "reportedIn",
}


@pytest.fixture(scope="module")
def geokg() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "geokg.ttl", format="turtle")


@pytest.fixture(scope="module")
def plover_graph() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "plover.ttl", format="turtle")


@pytest.mark.parametrize("name", [*ONTOLOGY_FILES, SHAPES_FILE])
def test_packaged_copy_is_identical(name: str) -> None:
    source = (ONTOLOGY_DIR / name).read_bytes()
    assert ontology_file(name).read_bytes() == source, (
        f"kg/data/ontology/{name} differs from ontology/{name}: run  cp ontology/*.ttl kg/data/ontology/")


def _defined_terms(graph: Graph) -> set[str]:
    return {str(s)[len(GKG.namespace):] for s in graph.subjects() if str(s).startswith(GKG.namespace)}


def test_vocab_lists_exactly_the_terms_the_ontology_defines(geokg: Graph) -> None:
    assert _defined_terms(geokg) == set(GKG)


def test_contract_terms_are_defined(geokg: Graph) -> None:
    terms = set(CONTRACT_TERMS)
    if CONTRACT.exists():
        terms |= set(re.findall(r"`gkg:(\w+)`", CONTRACT.read_text(encoding="utf-8")))
    assert terms <= _defined_terms(geokg)


@pytest.mark.parametrize("term", list(GKG))
def test_every_term_is_typed_labelled_and_commented_in_english_and_german(geokg: Graph, term: str) -> None:
    node = G[term]
    assert set(geokg.objects(node, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for predicate in (RDFS.label, RDFS.comment):
        languages = [o.language for o in geokg.objects(node, predicate) if isinstance(o, Literal)]
        assert sorted(languages) == ["de", "en"], (term, predicate)


def test_properties_have_domain_and_range(geokg: Graph) -> None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in geokg.subjects(RDF.type, kind):
            assert geokg.value(prop, RDFS.domain) is not None, prop
            assert geokg.value(prop, RDFS.range) is not None, prop


def test_class_hierarchy_and_alignment(geokg: Graph) -> None:
    expected = [
        (G.Official, G.Person), (G.Person, FOAF.Person), (G.Person, SCHEMA.Person),
        (G.Person, G.Actor), (G.State, G.Actor), (G.Organization, G.Actor),
        (G.State, SCHEMA.Country), (G.Organization, FOAF.Organization),
        (G.Organization, SCHEMA.Organization), (G.Place, SCHEMA.Place),
        (G.Article, SCHEMA.NewsArticle), (G.Article, PROV.Entity), (G.Talks, SCHEMA.Event),
        (G.Interaction, PROV.Entity),
        *[(G[kind], G.Talks) for kind in ("PhoneCall", "Meeting", "Negotiation", "Summit", "Session", "Conference")],
    ]
    for sub, sup in expected:
        assert (sub, RDFS.subClassOf, sup) in geokg, (sub, sup)
    assert (G.reportedIn, RDFS.subPropertyOf, PROV.wasDerivedFrom) in geokg
    assert (G.participant, RDFS.subPropertyOf, SCHEMA.attendee) in geokg


def test_ontology_header(geokg: Graph) -> None:
    ontology = URIRef(vocab.ONTOLOGY_IRI)
    assert (ontology, RDF.type, OWL.Ontology) in geokg
    assert geokg.value(ontology, OWL.versionInfo) is not None
    assert geokg.value(ontology, URIRef("http://purl.org/dc/terms/license")) is not None


def test_sixteen_plover_concepts(plover_graph: Graph) -> None:
    concepts = set(plover_graph.subjects(SKOS.inScheme, PLOVER_SCHEME))
    assert len(concepts) == 16
    codes = set()
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in plover_graph
        code = str(plover_graph.value(concept, SKOS.notation))
        codes.add(code)
        assert str(concept) == f"{vocab.PLOVER_SCHEME_IRI}/{code}"
        assert Decimal(str(plover_graph.value(concept, G.ploverScore))) == Decimal(SCORES[code])
        assert plover_graph.value(concept, G.ploverScore).datatype == URIRef(vocab.XSD.decimal.value)
        assert str(plover_graph.value(concept, G.quadCategory)) in {
            "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}
        for predicate in (SKOS.prefLabel, SKOS.definition):
            assert sorted(o.language for o in plover_graph.objects(concept, predicate)) == ["de", "en"]
        matches = list(plover_graph.objects(concept, SKOS.closeMatch))
        assert matches, code
        for match in matches:
            assert (match, SKOS.inScheme, CAMEO_SCHEME) in plover_graph
    assert codes == set(PLOVER_CODES)


def test_cameo_root_codes(plover_graph: Graph) -> None:
    notations = sorted(str(plover_graph.value(c, SKOS.notation))
                       for c in plover_graph.subjects(SKOS.inScheme, CAMEO_SCHEME))
    assert notations == [f"{n:02d}" for n in range(1, 21)]
    assert (URIRef(plover("SANCTION").value), SKOS.closeMatch, URIRef(vocab.CAMEO_SCHEME_IRI + "/16")) in plover_graph


def test_plover_categories_read_from_the_file() -> None:
    table = plover_categories()
    assert list(table) == sorted(PLOVER_CODES)
    assert {code: str(c.score) for code, c in table.items()} == SCORES
    assert table["ASSAULT"].concept == plover("ASSAULT")
    assert table["ASSAULT"].label_de == "angreifen"
    assert table["AID"].score_literal.datatype == vocab.XSD.decimal


def test_ontology_quads_are_the_two_files_in_the_ontology_graph() -> None:
    quads = ontology_quads()
    assert quads and all(q.graph_name == ONTOLOGY_GRAPH for q in quads)
    expected = sum(len(Graph().parse(ONTOLOGY_DIR / name, format="turtle")) for name in ONTOLOGY_FILES)
    assert len(quads) == expected
    assert ontology_quads() == quads


def test_misspelt_terms_raise() -> None:
    with pytest.raises(AttributeError, match="Tlaks"):
        GKG.Tlaks  # noqa: B018
    with pytest.raises(KeyError):
        GKG["Tlaks"]
    with pytest.raises(AttributeError):
        vocab.SKOS.preflabel  # noqa: B018
    with pytest.raises(ValueError, match="PLOVER"):
        plover("INVESTIGATE")
    assert GKG.Official.value == "https://w3id.org/geokg/ontology#Official"


def test_prefixes() -> None:
    assert set(PREFIXES) == {"gkg", "rdf", "rdfs", "owl", "xsd", "skos", "dcterms", "prov", "schema", "foaf"}
    assert PREFIXES["gkg"] == "https://w3id.org/geokg/ontology#"
    assert PREFIXES["schema"] == "https://schema.org/"


def test_prefix_table_matches_the_vocabularies() -> None:
    # PREFIXES["x"] is the namespace of vocab.X, and every term of X lies in it.
    for prefix, namespace in PREFIXES.items():
        vocabulary = getattr(vocab, prefix.upper())
        assert vocabulary.namespace == namespace
        assert all(vocabulary[name].value == namespace + name for name in vocabulary)


def test_iri_builders_are_stable_and_encoded() -> None:
    assert vocab.entity_iri("person:joe-biden").value == "https://w3id.org/geokg/id/person/joe-biden"
    assert vocab.entity_iri("org:nato") == vocab.entity_iri("org:nato")
    assert vocab.article_iri("a b/c").value == "https://w3id.org/geokg/id/article/a%20b%2Fc"
    assert vocab.article_graph("a b/c").value == "https://w3id.org/geokg/graph/article/a%20b%2Fc"
    assert vocab.article_iri("x\ud800").value.endswith("/x%ED%A0%80")
    assert vocab.talks_iri("seed", 2).value == "https://w3id.org/geokg/id/talks/92713d4709377111-2"
    assert vocab.event_iri("seed", 2).value == "https://w3id.org/geokg/id/event/92713d4709377111-2"
    assert vocab.ONTOLOGY_GRAPH.value == "https://w3id.org/geokg/graph/ontology"
    assert vocab.ANALYSIS_GRAPH.value == "https://w3id.org/geokg/graph/analysis"
    for bad in ("joe-biden", "people:joe", "state:"):
        with pytest.raises(ValueError):
            vocab.entity_iri(bad)
