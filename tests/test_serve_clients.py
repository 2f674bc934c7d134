"""`kg serve` with the clients people use: SPARQLWrapper, rdflib's SPARQLStore, browsers (CORS), plain HTTP.

Issue 16: every client here failed somewhere before. The store holds two
article graphs with the awkward values the result formats must carry: an IRI
with a comma, a literal with a carriage return, a language-tagged literal.
"""
from __future__ import annotations

import csv
import http.client
import io
import json
import logging
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from servers import kg_command, kg_serve, request, sparql_post
from SPARQLWrapper import CSV, GET, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from kg.serve import ServeOptions, make_server
from kg.store import open_store

EX = "urn:ex:"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
COMMA_IRI = f"{EX}a,b"
CR_TEXT = "line one\r\nline two"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("clients") / "out"
    g1, g2 = ox.NamedNode(f"{EX}g1"), ox.NamedNode(f"{EX}g2")
    thing = ox.NamedNode(f"{EX}Thing")
    q1 = [ox.Quad(ox.NamedNode(COMMA_IRI), LABEL, ox.Literal(CR_TEXT), g1),
          ox.Quad(ox.NamedNode(COMMA_IRI), TYPE, thing, g1)]
    q2 = [ox.Quad(ox.NamedNode(f"{EX}s2"), LABEL, ox.Literal("Zwei", language="de"), g2),
          ox.Quad(ox.NamedNode(f"{EX}s2"), TYPE, thing, g2)]
    with open_store(out, create=True) as store:
        store.write_articles([(g1, q1), (g2, q2)], replace=False)
    return out


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[str]:
    with kg_serve(store_dir, "--workers", "2", "--cors", "https://tool.example") as url:
        yield url


LABELS = "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s"
ASK = f"ASK {{ <{EX}s2> rdfs:label ?l }}"
CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}named> ?l }} WHERE {{ ?s rdfs:label ?l }}"
DESCRIBE = f"DESCRIBE <{EX}s2>"


# -- SPARQLWrapper, with its defaults --------------------------------------------

def wrapper(server: str, query: str, fmt: str, method: str) -> object:
    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client.query().convert()


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_in_each_result_format(server: str, fmt: str, method: str) -> None:
    result = wrapper(server, LABELS, fmt, method)
    if fmt == JSON:
        rows = [(b["s"]["value"], b["label"]["value"]) for b in result["results"]["bindings"]]
    elif fmt == XML:
        # Read from SPARQLWrapper's own DOM (a round trip through toxml() would lose the CR).
        rows = [tuple(_text(b) for b in r.getElementsByTagName("binding"))
                for r in result.getElementsByTagName("result")]
    elif fmt == CSV:
        rows = [tuple(r) for r in csv.reader(io.StringIO(result.decode(), newline=""))][1:]
    else:
        lines = result.decode().splitlines()
        assert lines[0] == "?s\t?label"
        rows = [tuple(line.split("\t")) for line in lines[1:]]
        assert rows == [(f"<{COMMA_IRI}>", '"line one\\r\\nline two"'), (f"<{EX}s2>", '"Zwei"@de')]
        return
    assert rows == [(COMMA_IRI, CR_TEXT), (f"{EX}s2", "Zwei")]


def _text(node: object) -> str:
    return "".join(t.data for t in node.getElementsByTagName("*")[0].childNodes if t.nodeType == t.TEXT_NODE)


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_ask_in_each_format(server: str, fmt: str, method: str) -> None:
    result = wrapper(server, ASK, fmt, method)
    # CSV and TSV have no boolean (SPARQL 1.1 CSV/TSV §1): the answer comes as JSON, and
    # SPARQLWrapper reads it by its Content-Type.
    if fmt == XML:
        assert result.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert result["boolean"] is True


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("fmt", [XML, RDFXML, TURTLE, N3, JSONLD])
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
def test_sparqlwrapper_construct_and_describe_in_each_graph_format(server: str, query: str, fmt: str,
                                                                   method: str) -> None:
    result = wrapper(server, query, fmt, method)
    graph = result if isinstance(result, rdflib.Graph) else rdflib.Graph().parse(data=result, format="turtle")
    labels = {str(o) for o in graph.objects(None, None)}
    if query == CONSTRUCT:
        assert labels == {CR_TEXT, "Zwei"}
    else:
        assert "Zwei" in labels


# -- rdflib's SPARQLStore --------------------------------------------------------

def test_rdflib_sparqlstore_graph(server: str) -> None:
    graph = rdflib.Graph(store=SPARQLStore(f"{server}/sparql"))
    rows = {(str(s), str(label)) for s, label in graph.query(LABELS)}
    assert rows == {(COMMA_IRI, CR_TEXT), (f"{EX}s2", "Zwei")}
    assert bool(graph.query(ASK).askAnswer) is True


def test_rdflib_dataset_over_sparqlstore(server: str) -> None:
    """rdflib sends `default-graph-uri=urn:x-rdflib:default` with every query: our default graph."""
    dataset = rdflib.Dataset(store=SPARQLStore(f"{server}/sparql"))
    rows = {(str(s), str(label)) for s, label in dataset.query(LABELS)}
    assert rows == {(COMMA_IRI, CR_TEXT), (f"{EX}s2", "Zwei")}
    named = {str(g) for (g,) in dataset.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert named == {f"{EX}g1", f"{EX}g2"}


def test_protocol_dataset_parameters_choose_the_graphs(server: str) -> None:
    query = "SELECT ?s WHERE { ?s a ?t } ORDER BY ?s"
    only_g2 = sparql_post(f"{server}/sparql", query, **{"default-graph-uri": f"{EX}g2"})
    assert [b["s"]["value"] for b in json.loads(only_g2.body)["results"]["bindings"]] == [f"{EX}s2"]
    named = request(f"{server}/sparql?" + urllib.parse.urlencode(
        [("query", "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"), ("named-graph-uri", f"{EX}g1")]))
    assert [b["g"]["value"] for b in json.loads(named.body)["results"]["bindings"]] == [f"{EX}g1"]
    bad = sparql_post(f"{server}/sparql", query, **{"default-graph-uri": "not an iri"})
    assert bad.status == 400


# -- plain HTTP ------------------------------------------------------------------

def raw_exchange(server: str, data: bytes) -> bytes:
    """Send raw bytes on one connection and read until the server has answered (or closed)."""
    parts = urllib.parse.urlsplit(server)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(data)
        chunks = []
        sock.settimeout(3)
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
    return b"".join(chunks)


def test_head_answers_like_get_without_a_body(server: str) -> None:
    url = f"{server}/sparql?query={urllib.parse.quote(ASK)}"
    get, head = request(url), request(url, method="HEAD")
    assert head.status == get.status == 200
    assert head.content_type == get.content_type and head.body == b""
    assert request(f"{server}/", method="HEAD").status == 200


def test_options_lists_methods_and_cors_preflight_is_answered(server: str) -> None:
    plain = _raw_response(server, "OPTIONS", "/sparql", {})
    assert plain.status in (200, 204) and "POST" in plain.getheader("Allow", "")
    preflight = _raw_response(server, "OPTIONS", "/sparql", {
        "Origin": "https://tool.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status in (200, 204)
    assert preflight.getheader("Access-Control-Allow-Origin") == "https://tool.example"
    assert "POST" in preflight.getheader("Access-Control-Allow-Methods", "")
    assert "content-type" in preflight.getheader("Access-Control-Allow-Headers", "").lower()
    stranger = _raw_response(server, "OPTIONS", "/sparql", {
        "Origin": "https://other.example", "Access-Control-Request-Method": "POST"})
    assert stranger.getheader("Access-Control-Allow-Origin") is None


def test_cors_headers_only_for_the_configured_origin_and_vary_accept(server: str) -> None:
    url = f"/sparql?query={urllib.parse.quote(ASK)}"
    allowed = _raw_response(server, "GET", url, {"Origin": "https://tool.example"})
    assert allowed.getheader("Access-Control-Allow-Origin") == "https://tool.example"
    assert "Accept" in allowed.getheader("Vary", "")
    other = _raw_response(server, "GET", url, {"Origin": "https://other.example"})
    assert other.getheader("Access-Control-Allow-Origin") is None


def test_cors_is_off_by_default(store_dir: Path) -> None:
    with kg_serve(store_dir, "--workers", "1") as url:
        answer = _raw_response(url, "GET", f"/sparql?query={urllib.parse.quote(ASK)}", {"Origin": "https://x.example"})
        assert answer.status == 200 and answer.getheader("Access-Control-Allow-Origin") is None
    with kg_serve(store_dir, "--workers", "1", "--cors", "*") as url:
        answer = _raw_response(url, "GET", f"/sparql?query={urllib.parse.quote(ASK)}", {"Origin": "https://x.example"})
        assert answer.getheader("Access-Control-Allow-Origin") == "*"


def _raw_response(server: str, method: str, path: str, headers: dict[str, str]) -> http.client.HTTPResponse:
    parts = urllib.parse.urlsplit(server)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    conn.request(method, path, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


def test_a_chunked_post_is_read_and_the_connection_stays_in_step(server: str) -> None:
    body = ASK.encode()
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:7], body[7:])) + b"0\r\n\r\n"
    host = urllib.parse.urlsplit(server).netloc
    first = (f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-query\r\n"
             f"Accept: application/sparql-results+json\r\nTransfer-Encoding: chunked\r\n\r\n").encode() + chunked
    second = (f"GET /sparql?query={urllib.parse.quote('ASK { FILTER(false) }')} HTTP/1.1\r\nHost: {host}\r\n"
              "Connection: close\r\n\r\n").encode()
    answer = raw_exchange(server, first + second)
    assert answer.count(b"HTTP/1.1 200") == 2, answer[:600]
    assert b'"boolean":true' in answer and b'"boolean":false' in answer


def test_a_declared_latin1_body_is_read_as_latin1(server: str) -> None:
    query = f'ASK {{ <{EX}s2> rdfs:label ?l FILTER(STR(?l) != "Größe") }}'
    latin1 = request(f"{server}/sparql", method="POST", body=query.encode("latin-1"),
                     headers={"Content-Type": "application/sparql-query; charset=ISO-8859-1"})
    assert latin1.status == 200 and json.loads(latin1.body)["boolean"] is True
    echo = request(f"{server}/sparql", method="POST",
                   body=b"query=" + urllib.parse.quote('SELECT ("Gr\xf6\xdfe" AS ?x) {}', encoding="latin-1").encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded; charset=latin-1"})
    assert json.loads(echo.body)["results"]["bindings"][0]["x"]["value"] == "Größe"
    undeclared = request(f"{server}/sparql", method="POST", body=query.encode("latin-1"),
                         headers={"Content-Type": "application/sparql-query"})
    assert undeclared.status == 400 and "UTF-8" in undeclared.text  # not silently misread
    utf16 = request(f"{server}/sparql", method="POST", body="ASK {}".encode("utf-16"),
                    headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert 400 <= utf16.status < 500


def test_get_without_a_query_describes_the_service(server: str) -> None:
    answer = request(f"{server}/sparql", headers={"Accept": "text/turtle"})
    assert answer.status == 200 and answer.content_type == "text/turtle"
    graph = rdflib.Graph().parse(data=answer.text, format="turtle", publicID=f"{server}/sparql")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = graph.value(None, rdflib.RDF.type, sd.Service)
    assert graph.value(service, sd.endpoint) == rdflib.URIRef(f"{server}/sparql")
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    as_xml = request(f"{server}/sparql", headers={"Accept": "application/rdf+xml"})
    assert as_xml.content_type == "application/rdf+xml"
    assert len(rdflib.Graph().parse(data=as_xml.text, format="xml")) == len(graph)


def test_relative_iris_resolve_against_the_endpoint(server: str) -> None:
    answer = sparql_post(f"{server}/sparql", "SELECT ?x WHERE { BIND(<thing> AS ?x) }")
    assert answer.status == 200, answer.text
    assert json.loads(answer.body)["results"]["bindings"][0]["x"]["value"] == f"{server}/thing"


def test_result_formats_to_the_letter(server: str) -> None:
    # ASK with CSV/TSV: no boolean form there, so a format that has one.
    for accept in ("text/csv", "text/tab-separated-values"):
        ask = sparql_post(f"{server}/sparql", ASK, accept=accept)
        assert ask.content_type == "application/sparql-results+json" and json.loads(ask.body)["boolean"] is True
    # CSV quotes an IRI with a comma; a one-column row with no value is `""`, not a blank line.
    table = sparql_post(f"{server}/sparql", "SELECT ?s WHERE { VALUES ?s { <urn:ex:a,b> UNDEF } }", accept="text/csv")
    assert table.body == b's\r\n"urn:ex:a,b"\r\n""\r\n'
    assert list(csv.reader(io.StringIO(table.text, newline=""))) == [["s"], [COMMA_IRI], [""]]
    # XML keeps a carriage return as a character reference, so parsers read it back.
    xml = sparql_post(f"{server}/sparql", LABELS, accept="application/sparql-results+xml")
    assert b"&#13;" in xml.body and b"\r" not in xml.body
    literals = [e.text for e in ET.fromstring(xml.body).iter("{http://www.w3.org/2005/sparql-results#}literal")]
    assert CR_TEXT in literals
    # SELECT * columns in the order the query names them.
    star = sparql_post(f"{server}/sparql", "SELECT * WHERE { ?zebra rdfs:label ?apple . ?zebra a ?mango }")
    assert json.loads(star.body)["head"]["vars"] == ["zebra", "apple", "mango"]
    star_csv = sparql_post(f"{server}/sparql", "SELECT * WHERE { ?zebra rdfs:label ?apple }", accept="text/csv")
    assert star_csv.text.splitlines()[0] == "zebra,apple"
    # A wildcard that fits nothing offered does not end the choice.
    picked = sparql_post(f"{server}/sparql", LABELS, accept="image/*, text/csv")
    assert picked.content_type == "text/csv"


def test_format_parameter_does_not_override_a_fitting_accept(server: str) -> None:
    construct = sparql_post(f"{server}/sparql", CONSTRUCT, accept="application/rdf+xml", format="xml")
    assert construct.content_type == "application/rdf+xml"
    assert len(rdflib.Graph().parse(data=construct.text, format="xml")) == 2
    select = sparql_post(f"{server}/sparql", LABELS, accept="application/rdf+xml", format="xml")
    assert select.content_type == "application/sparql-results+xml"
    linked = request(f"{server}/sparql?query={urllib.parse.quote(LABELS)}&format=csv")
    assert linked.content_type == "text/csv"


@pytest.mark.parametrize("query", ["SELECT (<urn:f>(1) AS ?x) {}",
                                   "PREFIX bif: <bif:> SELECT ?x WHERE { BIND(bif:contains(1, 2) AS ?x) }",
                                   "PREFIX ex: <urn:ex:> SELECT * WHERE { ?s ?p ?o FILTER(ex:fn(?o)) }"])
def test_unknown_functions_are_a_400_and_the_worker_lives(server: str, query: str) -> None:
    answer = sparql_post(f"{server}/sparql", query)
    assert answer.status == 400 and "function" in answer.text, answer.text
    assert sparql_post(f"{server}/sparql", ASK).status == 200


def test_kg_query_prints_one_line_for_an_unknown_function(store_dir: Path) -> None:
    run = subprocess.run(kg_command("query", "--store", str(store_dir), "SELECT (<urn:f>(1) AS ?x) {}"),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert run.stderr.count("\n") == 1 and "function" in run.stderr and "Traceback" not in run.stderr


def test_errors_are_plain_text_with_the_parsers_position(server: str) -> None:
    answer = sparql_post(f"{server}/sparql", "SELECT * WHERE {\n  ?s ?p\n}")
    assert answer.status == 400 and answer.content_type == "text/plain"
    assert "line 3, column" in answer.text, answer.text  # where the pattern breaks off
    assert answer.text.count("\n") == 1


def test_a_lost_worker_is_replaced_and_logged(store_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kg.query_pool")
    server = make_server(str(store_dir), ServeOptions(port=0, workers=2))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = server.url.rstrip("/")
    try:
        victims = [w.process.pid for w in list(server.pool._all)]
        for pid in victims:  # both, from outside, while idle
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while any(w.process.is_alive() for w in list(server.pool._all)) and time.monotonic() < deadline:
            time.sleep(0.1)
        for _ in range(4):
            assert sparql_post(f"{url}/sparql", ASK).status == 200
        deadline = time.monotonic() + 60
        while server.pool.live_workers < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert server.pool.live_workers == 2
        assert not {w.process.pid for w in server.pool._all} & set(victims)
        assert "found dead" in caplog.text and "SIGKILL" in caplog.text
        assert "took the lost one's place" in caplog.text
    finally:
        server.shutdown()
        server.server_close()
