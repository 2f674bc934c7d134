"""The W3C SPARQL 1.1 Protocol tests, read in place from `../shared/w3c`, against a real `kg serve`.

Every query-side test must pass as the manifest says. `kg serve` is
read-only, so a positive update test passes when its update is refused with
403 (what a read-only endpoint must answer), and a negative update test when
it gets a 4xx. The graphs the tests name (`ut:graphData`) are loaded into the
store as named graphs before the server starts.
"""
from __future__ import annotations

import json
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.collection import Collection
from servers import Response, kg_serve, request

from kg.store import open_store

W3C = Path(__file__).resolve().parents[1].parent / "shared" / "w3c" / "sparql11-protocol"
MANIFEST = W3C / "manifest.ttl"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RESULT_TYPES = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"}
RDF_TYPES = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/n-triples": "nt",
             "application/ld+json": "json-ld"}


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: frozenset[int]          # acceptable status classes: 2, 3, 4, 5
    boolean: bool | None
    result_format: str | None         # "boolean", "tabular" or "RDF"

    @property
    def is_update(self) -> bool:
        content_type = self.headers.get("content-type", "")
        body = (self.body or b"").lstrip()
        return ("sparql-update" in content_type or body.startswith(b"update=")
                or "update=" in urllib.parse.urlsplit(self.path).query)


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    requests: tuple[HttpRequest, ...]
    graphs: tuple[tuple[str, str], ...]   # (file name, graph IRI)

    @property
    def is_update(self) -> bool:
        return any(r.is_update for r in self.requests)


def load_manifest() -> list[ProtocolTest]:
    if not MANIFEST.exists():
        return []
    graph = rdflib.Graph().parse(MANIFEST, format="turtle")
    manifest = next(graph.subjects(rdflib.RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(graph, graph.value(manifest, MF.entries)):
        action = graph.value(entry, MF.action)
        requests = tuple(_request(graph, r) for r in Collection(graph, graph.value(action, HT.requests)))
        graphs = tuple((str(graph.value(d, UT.graph)).rsplit("/", 1)[-1], str(graph.value(d, rdflib.RDFS.label)))
                       for d in graph.objects(entry, UT.graphData))
        tests.append(ProtocolTest(str(entry).rsplit("#", 1)[-1], requests, graphs))
    return tests


def _request(graph: rdflib.Graph, node: rdflib.term.Node) -> HttpRequest:
    headers = {}
    header_list = graph.value(node, HT.headers)
    for header in Collection(graph, header_list) if header_list else []:
        headers[str(graph.value(header, HT.fieldName)).lower()] = str(graph.value(header, HT.fieldValue))
    body = None
    if (content := graph.value(node, HT.body)) is not None:
        encoding = str(graph.value(content, CNT.characterEncoding) or "UTF-8")
        body = str(graph.value(content, CNT.chars)).encode(encoding)
    response = graph.value(node, HT.resp)
    statuses = frozenset(int(str(s).rsplit("StatusCode", 1)[1][0]) for s in graph.objects(response, MF.expectedStatus))
    boolean = graph.value(response, MF.expectedBoolean)
    result_format = graph.value(response, MF.expectedFormat)
    return HttpRequest(str(graph.value(node, HT.methodName)), str(graph.value(node, HT.absolutePath)), headers, body,
                       statuses, None if boolean is None else bool(boolean.toPython()),
                       None if result_format is None else str(result_format))


TESTS = load_manifest()
pytestmark = pytest.mark.skipif(not TESTS, reason=f"the W3C protocol tests are not at {W3C}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("w3c") / "out"
    batches = {}
    for test in TESTS:
        for file_name, iri in test.graphs:
            graph = ox.NamedNode(iri)
            triples = ox.parse(path=str(W3C / file_name), format=ox.RdfFormat.N_TRIPLES)
            batches[iri] = (graph, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples])
    with open_store(out, create=True) as store:
        store.write_articles(list(batches.values()), replace=False)
    with kg_serve(out, "--workers", "2") as url:
        yield url


def send(server: str, req: HttpRequest) -> Response:
    # The manifest's paths start with /sparql/, which kg serve answers as /sparql.
    return request(f"{server}{req.path}", method=req.method, body=req.body, headers=req.headers)


def test_the_manifest_has_the_protocol_tests() -> None:
    query_tests = [t for t in TESTS if not t.is_update]
    assert len(query_tests) >= 20 and len(TESTS) - len(query_tests) >= 10


@pytest.mark.parametrize("test", [t for t in TESTS if not t.is_update], ids=lambda t: t.name)
def test_query_side(server: str, test: ProtocolTest) -> None:
    for req in test.requests:
        response = send(server, req)
        assert response.status // 100 in req.statuses, (response.status, response.body[:300])
        if req.result_format == "boolean":
            assert _boolean(response) is (True if req.boolean is None else req.boolean)
        elif req.result_format == "tabular":
            assert response.content_type in RESULT_TYPES
        elif req.result_format == "RDF":
            assert response.content_type in RDF_TYPES
            rdflib.Graph().parse(data=response.body, format=RDF_TYPES[response.content_type])


@pytest.mark.parametrize("test", [t for t in TESTS if t.is_update], ids=lambda t: t.name)
def test_update_side_is_refused(server: str, test: ProtocolTest) -> None:
    for req in test.requests:
        if not req.is_update:
            continue
        response = send(server, req)
        if 2 in req.statuses:  # a positive update test: a read-only endpoint refuses it
            assert response.status == 403, (response.status, response.body[:300])
        else:                  # a negative one: any client error
            assert 400 <= response.status < 500, (response.status, response.body[:300])


def _boolean(response: Response) -> bool:
    if response.content_type == "application/sparql-results+json":
        return bool(json.loads(response.body)["boolean"])
    assert response.content_type == "application/sparql-results+xml", response.content_type
    found = ET.fromstring(response.body).find("{http://www.w3.org/2005/sparql-results#}boolean")
    assert found is not None and found.text in ("true", "false")
    return found.text == "true"
