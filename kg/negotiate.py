"""Content negotiation for the SPARQL endpoint: which media type answers which kind of query.

One request may get a table (SELECT), a boolean (ASK) or a graph (CONSTRUCT,
DESCRIBE), and the server knows which only after running the query; so an
Accept header is read into one media type per kind. A `format=` parameter
(links cannot set Accept; SPARQLWrapper sends both) decides a kind only where
the Accept header names nothing offered for it: a client sending
`Accept: application/rdf+xml` and `format=xml` gets RDF/XML for a CONSTRUCT,
not the results XML that `xml` means for a SELECT.

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml")
Formats(results='application/sparql-results+xml', graph='text/turtle', boolean='application/sparql-results+xml')
>>> negotiate("image/*, text/csv").results
'text/csv'
>>> negotiate("application/rdf+xml", "xml").graph
'application/rdf+xml'
>>> negotiate("*/*", "xml").results
'application/sparql-results+xml'
"""
from __future__ import annotations

from dataclasses import dataclass

JSON_RESULTS, XML_RESULTS = "application/sparql-results+json", "application/sparql-results+xml"
CSV, TSV = "text/csv", "text/tab-separated-values"
TURTLE, JSON_LD, N_TRIPLES, RDF_XML = "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"
RESULT_TYPES = (JSON_RESULTS, XML_RESULTS, CSV, TSV)
BOOLEAN_TYPES = (JSON_RESULTS, XML_RESULTS)  # CSV and TSV define no boolean (SPARQL 1.1 CSV/TSV §1)
GRAPH_TYPES = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML)

# Other names clients use, per kind: (results, graph).
_ALIASES = {"application/json": (JSON_RESULTS, JSON_LD), "application/xml": (XML_RESULTS, RDF_XML),
            "text/xml": (XML_RESULTS, RDF_XML), "application/x-turtle": (None, TURTLE),
            "application/turtle": (None, TURTLE), "text/n3": (None, TURTLE), "text/rdf+n3": (None, TURTLE),
            "application/n3": (None, TURTLE), "text/plain": (None, N_TRIPLES),
            "application/x-ndjson": (None, None), "application/csv": (CSV, None)}
# `format=` names (SPARQLWrapper's and common short ones), per kind: (results, graph).
_FORMAT_NAMES = {"json": (JSON_RESULTS, JSON_LD), "xml": (XML_RESULTS, RDF_XML), "csv": (CSV, None),
                 "tsv": (TSV, None), "turtle": (None, TURTLE), "ttl": (None, TURTLE), "n3": (None, TURTLE),
                 "jsonld": (None, JSON_LD), "json-ld": (None, JSON_LD), "ntriples": (None, N_TRIPLES),
                 "nt": (None, N_TRIPLES), "rdfxml": (None, RDF_XML), "rdf+xml": (None, RDF_XML),
                 "rdf": (None, RDF_XML)}


@dataclass(frozen=True)
class Formats:
    """The media types to answer in: for SELECT, for CONSTRUCT/DESCRIBE, for ASK."""

    results: str = JSON_RESULTS
    graph: str = TURTLE
    boolean: str = JSON_RESULTS


def negotiate(accept: str | None, format_name: str | None = None) -> Formats:
    """The media type per kind of result for an Accept header and an optional `format=` name."""
    ranked = _ranked(accept or "*/*")
    named = _format_choice(format_name)
    results = _pick(ranked, RESULT_TYPES, 0) or named[0] or _wildcard(ranked, RESULT_TYPES) or JSON_RESULTS
    graph = _pick(ranked, GRAPH_TYPES, 1) or named[1] or _wildcard(ranked, GRAPH_TYPES) or TURTLE
    boolean = _pick(ranked, BOOLEAN_TYPES, 0) or (named[0] if named[0] in BOOLEAN_TYPES else None) or JSON_RESULTS
    return Formats(results, graph, boolean)


def _format_choice(name: str | None) -> tuple[str | None, str | None]:
    if not name:
        return None, None
    name = name.strip().lower()
    if name in _FORMAT_NAMES:
        return _FORMAT_NAMES[name]
    return (name if name in RESULT_TYPES else None), (name if name in GRAPH_TYPES else None)


def _ranked(accept: str) -> list[str]:
    """Media ranges by quality, the more specific first among equals; q=0 dropped."""
    items = []
    for index, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        media = media.lower()
        if media and quality > 0:
            specificity = 2 if media in ("*/*", "*") else 1 if media.endswith("/*") else 0
            items.append((-quality, specificity, index, media))
    return [media for *_, media in sorted(items)]


def _pick(ranked: list[str], offered: tuple[str, ...], slot: int) -> str | None:
    """The best explicitly named (or type/*) offered media type; None if only */* or nothing fits."""
    for media in ranked:
        if media in offered:
            return media
        alias = _ALIASES.get(media, (None, None))[slot]
        if alias in offered:
            return alias
        if media.endswith("/*") and media != "*/*":
            found = next((m for m in offered if m.startswith(media[:-1])), None)
            if found:
                return found
    return None


def _wildcard(ranked: list[str], offered: tuple[str, ...]) -> str | None:
    return offered[0] if any(m in ("*/*", "*") for m in ranked) else None
