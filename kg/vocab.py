"""The ontology's terms and the project's IRIs, each defined once.

Every IRI the project writes comes from this module: the `gkg:` terms, the
PLOVER concepts, the standard vocabularies and the IRI builders for things and
named graphs. A vocabulary is closed, so a misspelt term raises instead of
minting a wrong IRI (as rdflib's `DefinedNamespace` with `_fail = True`):

>>> GKG.Talks.value
'https://w3id.org/geokg/ontology#Talks'
>>> GKG.Tlaks
Traceback (most recent call last):
...
AttributeError: 'Tlaks' is not a term of <https://w3id.org/geokg/ontology#>
>>> plover("SUPPORT").value
'https://w3id.org/geokg/plover/SUPPORT'
>>> entity_iri("state:russland").value
'https://w3id.org/geokg/id/state/russland'

The `gkg:` term list below is checked against `ontology/geokg.ttl` by
`tests/test_ontology.py` (both ways: every term here is defined there with
labels and comments, and every term defined there is listed here), and the
PLOVER codes (`kg.facts.PLOVER_CODES`) against `ontology/plover.ttl`.
Standard library and pyoxigraph only; no file is read on import.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

from kg.facts import ENTITY_TYPES, PLOVER_CODES, entity_key

BASE = "https://w3id.org/geokg/"
ONTOLOGY_IRI = BASE + "ontology"
PLOVER_SCHEME_IRI = BASE + "plover"
CAMEO_SCHEME_IRI = BASE + "cameo"


class Vocabulary:
    """A closed set of terms under one namespace IRI; unknown names raise AttributeError.

    >>> ex = Vocabulary("http://example.org/#", "a b")
    >>> ex.a.value, "b" in ex, "c" in ex
    ('http://example.org/#a', True, False)
    """

    def __init__(self, namespace: str, terms: str | Iterable[str]) -> None:
        names = terms.split() if isinstance(terms, str) else list(terms)
        self._namespace = namespace
        self._terms = {name: NamedNode(namespace + name) for name in names}
        # Also as attributes: `GKG.mentions` is then found without calling __getattr__ (which only
        # answers unknown names), ~180,000 times when the real corpus's quads are made.
        self.__dict__.update(self._terms)

    @property
    def namespace(self) -> str:
        """The namespace IRI every term starts with."""
        return self._namespace

    def __getattr__(self, name: str) -> NamedNode:
        try:
            return self.__dict__["_terms"][name]
        except KeyError:
            raise AttributeError(f"{name!r} is not a term of <{self.__dict__.get('_namespace')}>") from None

    def __getitem__(self, name: str) -> NamedNode:
        """`GKG["PhoneCall"]`, for names held in variables (raises KeyError when unknown)."""
        try:
            return self._terms[name]
        except KeyError:
            raise KeyError(f"{name!r} is not a term of <{self._namespace}>") from None

    def __contains__(self, name: object) -> bool:
        return name in self._terms

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def __repr__(self) -> str:
        return f"Vocabulary({self._namespace!r}, {len(self._terms)} terms)"


# The geokg ontology (ontology/geokg.ttl). Grouped as there; keep both in step.
GKG = Vocabulary(ONTOLOGY_IRI + "#", """
    Actor State Person Official Organization Place
    Article Talks PhoneCall Meeting Negotiation Summit Session Conference
    Interaction Dyad NetworkSummary

    mentions affiliatedWith advisorTo memberOf role organizationKind isoCode textDigest
    RoleStatement holder statedRole roleFor
    participant location startDate endDate status
    source target eventType cue ploverScore quadCategory factuality date dateOrigin
    reportedIn evidenceText evidenceStart evidenceEnd extractorVersion confidence rule

    degree weightedDegree betweenness pageRank community
    dyadSource dyadTarget eventCount scoreSum scoreMean firstDate lastDate
    DyadMonth CategoryCount DyadChange dyad month categoryCount category
    fromPeriod toPeriod countChange scoreChange changeRank
    nodeCount edgeCount communityCount balancedTriadRatio countedEvents
""")

RDF = Vocabulary("http://www.w3.org/1999/02/22-rdf-syntax-ns#", """
    type Property List first rest nil value langString HTML XMLLiteral
    Statement subject predicate object
""")
RDFS = Vocabulary("http://www.w3.org/2000/01/rdf-schema#", """
    Resource Class Literal Datatype Container label comment subClassOf subPropertyOf
    domain range seeAlso isDefinedBy member
""")
OWL = Vocabulary("http://www.w3.org/2002/07/owl#", """
    Ontology Class ObjectProperty DatatypeProperty AnnotationProperty FunctionalProperty
    Thing Nothing versionInfo versionIRI imports equivalentClass equivalentProperty
    sameAs inverseOf unionOf oneOf disjointWith
""")
XSD = Vocabulary("http://www.w3.org/2001/XMLSchema#", """
    string boolean decimal integer double float date dateTime gYear gYearMonth gMonthDay
    anyURI nonNegativeInteger
""")
SKOS = Vocabulary("http://www.w3.org/2004/02/skos/core#", """
    Concept ConceptScheme Collection inScheme hasTopConcept topConceptOf
    prefLabel altLabel hiddenLabel notation definition note scopeNote example
    broader narrower related exactMatch closeMatch broadMatch narrowMatch relatedMatch
""")
DCTERMS = Vocabulary("http://purl.org/dc/terms/", """
    identifier title date source description creator contributor publisher license
    created modified issued subject type language rights hasVersion
""")
PROV = Vocabulary("http://www.w3.org/ns/prov#", """
    Entity Activity Agent wasDerivedFrom wasGeneratedBy wasAttributedTo
    generatedAtTime hadPrimarySource value
""")
SCHEMA = Vocabulary("https://schema.org/", """
    Person Organization Country Place NewsArticle Event url name alternateName
    attendee location startDate endDate mentions affiliation memberOf jobTitle
    identifier agent recipient additionalType sameAs
""")
FOAF = Vocabulary("http://xmlns.com/foaf/0.1/", """
    Person Organization Agent name member
""")

# The prefixes the CLI predeclares for users' queries.
PREFIXES: dict[str, str] = {
    "gkg": GKG.namespace,
    "rdf": RDF.namespace,
    "rdfs": RDFS.namespace,
    "owl": OWL.namespace,
    "xsd": XSD.namespace,
    "skos": SKOS.namespace,
    "dcterms": DCTERMS.namespace,
    "prov": PROV.namespace,
    "schema": SCHEMA.namespace,
    "foaf": FOAF.namespace,
}

PLOVER_SCHEME = NamedNode(PLOVER_SCHEME_IRI)
ONTOLOGY_GRAPH = NamedNode(BASE + "graph/ontology")
ANALYSIS_GRAPH = NamedNode(BASE + "graph/analysis")

_PLOVER = {code: NamedNode(f"{PLOVER_SCHEME_IRI}/{code}") for code in PLOVER_CODES}
# The kinds entity_key() writes before the colon; each is also the entity IRI's path segment.
_ENTITY_KINDS = frozenset(entity_key(type_, "x").partition(":")[0] for type_ in ENTITY_TYPES)


def plover(code: str) -> NamedNode:
    """The PLOVER concept of an event code; raises ValueError for an unknown code.

    >>> plover("ASSAULT").value
    'https://w3id.org/geokg/plover/ASSAULT'
    """
    try:
        return _PLOVER[code]
    except KeyError:
        raise ValueError(f"{code!r} is not a PLOVER event code") from None


def _encode(text: str) -> str:
    # Percent-encode everything but unreserved characters; lone surrogates (legal
    # in JSON input) are encoded as their UTF-8 surrogate bytes instead of raising.
    return quote(text, safe="-._~", errors="surrogatepass")


def _short_hash(article_id: str) -> str:
    return hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def entity_iri(key: str) -> NamedNode:
    """The IRI of an entity from its `kg.facts.entity_key` ("kind:slug").

    >>> entity_iri("person:joe-biden").value
    'https://w3id.org/geokg/id/person/joe-biden'
    """
    kind, sep, name = key.partition(":")
    if not sep or kind not in _ENTITY_KINDS or not name:
        raise ValueError(f"{key!r} is not an entity key (kind:slug with kind in {sorted(_ENTITY_KINDS)})")
    return NamedNode(f"{BASE}id/{kind}/{_encode(name)}")


def entity_key_of(iri: str) -> str | None:
    """The entity key an IRI was made from, or None for other IRIs (inverse of `entity_iri`).

    >>> entity_key_of("https://w3id.org/geokg/id/state/russland"), entity_key_of("https://x/y")
    ('state:russland', None)
    """
    prefix = BASE + "id/"
    kind, sep, name = iri[len(prefix):].partition("/") if iri.startswith(prefix) else ("", "", "")
    return f"{kind}:{unquote(name)}" if sep and kind in _ENTITY_KINDS and name else None


def article_iri(article_id: str) -> NamedNode:
    """The IRI of an article.

    >>> article_iri("gnad 1/2").value
    'https://w3id.org/geokg/id/article/gnad%201%2F2'
    """
    return NamedNode(f"{BASE}id/article/{_encode(article_id)}")


def article_graph(article_id: str) -> NamedNode:
    """The named graph holding everything read from one article.

    >>> article_graph("seed").value
    'https://w3id.org/geokg/graph/article/seed'
    """
    return NamedNode(f"{BASE}graph/article/{_encode(article_id)}")


def talks_iri(article_id: str, n: int) -> NamedNode:
    """The IRI of the n-th Talks read from an article.

    >>> talks_iri("seed", 1).value
    'https://w3id.org/geokg/id/talks/92713d4709377111-1'
    """
    return NamedNode(f"{BASE}id/talks/{_short_hash(article_id)}-{int(n)}")


def event_iri(article_id: str, n: int) -> NamedNode:
    """The IRI of the n-th Interaction (PLOVER event) read from an article.

    >>> event_iri("seed", 1).value
    'https://w3id.org/geokg/id/event/92713d4709377111-1'
    """
    return NamedNode(f"{BASE}id/event/{_short_hash(article_id)}-{int(n)}")


def role_statement_iri(article_id: str, n: int) -> NamedNode:
    """The IRI of the n-th role statement read from an article.

    >>> role_statement_iri("seed", 1).value
    'https://w3id.org/geokg/id/role/92713d4709377111-1'
    """
    return NamedNode(f"{BASE}id/role/{_short_hash(article_id)}-{int(n)}")


def relation_iri(article_id: str, n: int) -> NamedNode:
    """The IRI of the statement of the n-th relation (memberOf, advisorTo) read from an article.

    >>> relation_iri("seed", 1).value
    'https://w3id.org/geokg/id/relation/92713d4709377111-1'
    """
    return NamedNode(f"{BASE}id/relation/{_short_hash(article_id)}-{int(n)}")


NETWORK_SUMMARY = NamedNode(BASE + "id/analysis/network")


def dyad_iri(source: str, target: str) -> NamedNode:
    """A stable IRI for the directed dyad source → target (entity IRIs as strings).

    >>> dyad_iri("a", "b") == dyad_iri("a", "b") != dyad_iri("b", "a")
    True
    """
    return NamedNode(f"{BASE}id/dyad/{_short_hash(source + chr(10) + target)}")


def dyad_month_iri(source: str, target: str, month: str) -> NamedNode:
    """A stable IRI for one month ("2015-03") of the dyad source → target.

    >>> dyad_month_iri("a", "b", "2015-03").value.startswith(dyad_iri("a", "b").value + "/")
    True
    """
    return NamedNode(f"{dyad_iri(source, target).value}/{_encode(month)}")


def dyad_change_iri(source: str, target: str) -> NamedNode:
    """A stable IRI for the change of the dyad source → target between the analysis' two periods.

    >>> dyad_change_iri("a", "b").value.endswith("/change")
    True
    """
    return NamedNode(f"{dyad_iri(source, target).value}/change")
