"""The endpoint's pure parts: Host names, content negotiation, the result writers, death reasons."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from kg.negotiate import negotiate
from kg.query_pool import death_reason
from kg.results_io import write_boolean, write_table
from kg.serve import host_allowed

NAMES = frozenset({"localhost", "kg.example.org"})


@pytest.mark.parametrize(("header", "allowed"), [
    ("localhost:7878", True), ("LOCALHOST", True), ("localhost.", True), ("[::1]:7878", True),
    ("127.0.0.1:7878", True), ("10.0.0.5", True), ("kg.example.org:80", True), (None, True),
    ("evil.example:7878", False), ("127.0.0.1.nip.io", False), ("localhost.evil.example", False),
    ("kg.example.org.evil", False), ("", True)])
def test_host_header_names(header: str | None, allowed: bool) -> None:
    assert host_allowed(header, NAMES) is allowed
    assert host_allowed(header, NAMES | {"*"}) is True


@pytest.mark.parametrize(("accept", "format_name", "results", "graph", "boolean"), [
    (None, None, "application/sparql-results+json", "text/turtle", "application/sparql-results+json"),
    ("*/*", None, "application/sparql-results+json", "text/turtle", "application/sparql-results+json"),
    ("application/sparql-results+xml", None, "application/sparql-results+xml", "text/turtle",
     "application/sparql-results+xml"),
    ("application/rdf+xml", "xml", "application/sparql-results+xml", "application/rdf+xml",
     "application/sparql-results+xml"),                          # SPARQLWrapper's CONSTRUCT with XML
    ("application/ld+json,application/x-json+ld", "json", "application/sparql-results+json",
     "application/ld+json", "application/sparql-results+json"),  # SPARQLWrapper's JSONLD
    ("text/csv", "csv", "text/csv", "text/turtle", "application/sparql-results+json"),
    ("image/*, text/csv", None, "text/csv", "text/turtle", "application/sparql-results+json"),
    ("text/csv;q=0.2, application/sparql-results+json;q=0.9", None, "application/sparql-results+json",
     "text/turtle", "application/sparql-results+json"),
    ("*/*;q=0.1, text/tab-separated-values", None, "text/tab-separated-values", "text/turtle",
     "application/sparql-results+json"),
    ("application/xml", None, "application/sparql-results+xml", "application/rdf+xml",
     "application/sparql-results+xml"),
    ("text/n3", None, "application/sparql-results+json", "text/turtle", "application/sparql-results+json"),
    ("text/plain", None, "application/sparql-results+json", "application/n-triples",
     "application/sparql-results+json"),
    ("text/csv;q=0", "tsv", "text/tab-separated-values", "text/turtle", "application/sparql-results+json"),
])
def test_negotiation_per_kind_of_result(accept: str | None, format_name: str | None, results: str, graph: str,
                                        boolean: str) -> None:
    chosen = negotiate(accept, format_name)
    assert (chosen.results, chosen.graph, chosen.boolean) == (results, graph, boolean)


ROWS = [[ox.NamedNode("urn:a,b"), ox.Literal("x\ty\r\nz", language="de")],
        [ox.BlankNode("b0"), ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))],
        [None, ox.Literal('say "hi" & <go>')]]


def written(media: str) -> bytes:
    out = io.BytesIO()
    write_table(out, ["s", "o"], ROWS, media)
    return out.getvalue()


def test_json_results_carry_types_languages_and_datatypes() -> None:
    data = json.loads(written("application/sparql-results+json"))
    assert data["head"]["vars"] == ["s", "o"]
    first, second, third = data["results"]["bindings"]
    assert first == {"s": {"type": "uri", "value": "urn:a,b"},
                     "o": {"type": "literal", "value": "x\ty\r\nz", "xml:lang": "de"}}
    assert second["s"] == {"type": "bnode", "value": "b0"}
    assert second["o"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert "s" not in third and third["o"] == {"type": "literal", "value": 'say "hi" & <go>'}


def test_xml_results_round_trip_through_a_parser() -> None:
    root = ET.fromstring(written("application/sparql-results+xml"))
    ns = "{http://www.w3.org/2005/sparql-results#}"
    literals = [e.text for e in root.iter(f"{ns}literal")]
    assert literals == ["x\ty\r\nz", "1", 'say "hi" & <go>']
    assert [e.text for e in root.iter(f"{ns}bnode")] == ["b0"]


def test_csv_and_tsv_results() -> None:
    rows = list(csv.reader(io.StringIO(written("text/csv").decode(), newline="")))
    assert rows == [["s", "o"], ["urn:a,b", "x\ty\r\nz"], ["_:b0", "1"], ["", 'say "hi" & <go>']]
    lines = written("text/tab-separated-values").decode().split("\n")
    assert lines[0] == "?s\t?o"
    assert lines[1] == '<urn:a,b>\t"x\\ty\\r\\nz"@de'
    assert lines[2].startswith("_:b0\t")
    assert lines[3].startswith("\t")


def test_booleans() -> None:
    for media in ("application/sparql-results+json", "application/sparql-results+xml"):
        out = io.BytesIO()
        write_boolean(out, False, media)
        assert b"false" in out.getvalue() and b"true" not in out.getvalue()


@pytest.mark.parametrize(("exitcode", "words", "expected"), [
    (-6, "thread '<unnamed>' has overflowed its stack\nfatal runtime error: stack overflow", "stack"),
    (-6, "memory allocation of 8388608 bytes failed", "1024 MB memory cap"),
    (-11, "", "SIGSEGV"),
    (-9, "", "killed from outside"),
    (1, "Traceback ...\nMemoryError", "memory cap"),
])
def test_a_dead_workers_reason_names_what_happened(exitcode: int, words: str, expected: str) -> None:
    reason = death_reason(exitcode, words, 1 << 30)
    assert expected in reason
    if expected != "1024 MB memory cap" and expected != "memory cap":
        assert "memory cap" not in reason
