"""A SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso) as the store.

Queries go out with the SPARQL 1.1 Protocol (POST, form-encoded), writes as
SPARQL Update: `DROP SILENT GRAPH` + `INSERT DATA` in one request, which
Oxigraph and Fuseki run as one transaction, so articles stay in their own named
graphs and rebuilds stay idempotent, as in the embedded store.

Endpoint URLs (userinfo `http://user:pass@host/...` is sent as Basic auth):

- `http://host:7878` — a base: queries go to `/query`, updates to `/update`
  (the layout of `oxigraph serve`, and of a Fuseki dataset `http://host:3030/ds`);
- `http://host/sparql` or `…/query` — that is the query endpoint; updates go to
  the same URL (`/sparql`, Virtuoso) or to the sibling `/update`;
- `QUERY_URL#update=UPDATE_URL` — any other layout, both named.

The default graph must be the union of all named graphs (our queries use no
GRAPH clauses). Each query carries Oxigraph's `union-default-graph` parameter,
which other servers ignore: configure them so (Fuseki: `tdb2:unionDefaultGraph
true`; GraphDB and Virtuoso do it by default).

>>> EndpointStore("http://127.0.0.1:7878").endpoints
Endpoints(query='http://127.0.0.1:7878/query', update='http://127.0.0.1:7878/update')
"""
from __future__ import annotations

import base64
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError, first_line
from kg.store.base import GraphStore, QueryResult
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 300.0  # seconds per request: a big batch write can take a while
_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
           "application/n-triples;q=0.8, text/turtle;q=0.7")
_RESULT_FORMATS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                   "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                   "text/tab-separated-values": ox.QueryResultsFormat.TSV}
_RDF_FORMATS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD}
_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_DECLARED = re.compile(r"^\s*PREFIX\s+([\w.-]*):", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Endpoints:
    """Where queries and updates go."""

    query: str
    update: str


def endpoints(url: str) -> Endpoints:
    """The query and update URLs a store URL stands for (see the module docstring).

    >>> endpoints("http://h:3030/ds/")
    Endpoints(query='http://h:3030/ds/query', update='http://h:3030/ds/update')
    >>> endpoints("http://h/sparql").update
    'http://h/sparql'
    >>> endpoints("http://h/repositories/kg#update=http://h/repositories/kg/statements").update
    'http://h/repositories/kg/statements'
    """
    base, _, fragment = url.partition("#")
    explicit = urllib.parse.parse_qs(fragment).get("update")
    if explicit:
        return Endpoints(base, explicit[0])
    base = base.rstrip("/")
    if base.endswith("/sparql"):
        return Endpoints(base, base)
    if base.endswith("/query"):
        return Endpoints(base, base[: -len("query")] + "update")
    return Endpoints(base + "/query", base + "/update")


class EndpointStore(GraphStore):
    """A remote triple store reached over the SPARQL 1.1 Protocol."""

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        parts = urllib.parse.urlsplit(url)
        self._auth: str | None = None
        if parts.username is not None:
            token = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            self._auth = "Basic " + base64.b64encode(token.encode()).decode()
            host = parts.hostname or ""
            netloc = f"{host}:{parts.port}" if parts.port else host
            url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        self.location = url  # never shows the password
        self.endpoints = endpoints(url)
        self.timeout = timeout

    # -- reading ---------------------------------------------------------
    def query(self, sparql: str, *, base_iri: str | None = None,
              default_graph: Sequence[ox.NamedNode] | None = None,
              named_graphs: Sequence[ox.NamedNode] | None = None) -> QueryResult:
        text = with_prefixes(sparql) if base_iri is None else f"BASE <{base_iri}> {with_prefixes(sparql)}"
        form: list[tuple[str, str]] = [("query", text)]
        if default_graph is None and named_graphs is None:
            form.append(("union-default-graph", ""))
        form += [("default-graph-uri", g.value) for g in default_graph or ()]
        form += [("named-graph-uri", g.value) for g in named_graphs or ()]
        content_type, body = self._post(self.endpoints.query, urllib.parse.urlencode(form).encode(),
                                        "application/x-www-form-urlencoded", accept=_ACCEPT)
        if content_type in _RESULT_FORMATS:
            try:
                return ox.parse_query_results(body, _RESULT_FORMATS[content_type])
            except SyntaxError as err:
                raise StoreError(f"{self.location}: unreadable query results ({first_line(err)})") from None
        if content_type in _RDF_FORMATS:
            return _as_query_triples(body, _RDF_FORMATS[content_type], self.location)
        raise StoreError(f"{self.location}: unexpected answer of type {content_type or 'unknown'!r}")

    def triple_count(self) -> int:
        rows = list(self.query(_COUNT))
        return int(rows[0]["n"].value) if rows else 0

    def dump_trig(self, path: Path, *, skip: ox.NamedNode | None = None) -> None:
        skipped = "" if skip is None else f"FILTER(?g != {skip})"
        quads = (ox.Quad(row["s"], row["p"], row["o"], row["g"])
                 for row in self.query(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {skipped} }}"))
        ox.serialize(quads, str(path), ox.RdfFormat.TRIG, prefixes=PREFIXES)

    # -- writing ---------------------------------------------------------
    def write_articles(self, graphs: Sequence[tuple[ox.NamedNode, Sequence[ox.Quad]]],
                       replace: bool) -> None:
        if graphs:
            self._update(update_text(graphs, replace))

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        self._update(update_text([(graph, list(quads))], replace=True))

    def _update(self, text: str) -> None:
        self._post(self.endpoints.update, text.encode("utf-8"), "application/sparql-update; charset=utf-8")

    # -- HTTP ------------------------------------------------------------
    def _post(self, url: str, body: bytes, content_type: str, *, accept: str = "*/*") -> tuple[str, bytes]:
        headers = {"Content-Type": content_type, "Accept": accept}
        if self._auth:
            headers["Authorization"] = self._auth
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                media = response.headers.get_content_type()
                return media, response.read()
        except urllib.error.HTTPError as err:
            message = _first_line_text(err.read().decode("utf-8", "replace")) or err.reason
            if err.code == 400:
                raise QueryError(f"{self.location} refused the request: {message}") from None
            raise StoreError(f"{self.location}: HTTP {err.code} from {url}: {message}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"{self.location}: cannot reach the endpoint ({reason})") from None


def with_prefixes(sparql: str) -> str:
    """Prepend the predeclared prefixes the query does not declare itself.

    >>> with_prefixes("PREFIX gkg: <urn:x#> ASK {}").count("PREFIX gkg:")
    1
    """
    declared = {m.group(1) for m in _DECLARED.finditer(sparql)}
    # On the query's first line, so the server's error positions keep their line numbers.
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return " ".join([*lines, sparql])


def update_text(graphs: Sequence[tuple[ox.NamedNode, Sequence[ox.Quad]]], replace: bool) -> str:
    """One SPARQL Update writing whole graphs; with `replace`, each graph is dropped first.

    >>> g = ox.NamedNode("http://g")
    >>> q = ox.Quad(ox.NamedNode("http://s"), ox.NamedNode("http://p"), ox.Literal("o"), g)
    >>> print(update_text([(g, [q])], replace=True))
    DROP SILENT GRAPH <http://g> ;
    INSERT DATA {
    GRAPH <http://g> {
    <http://s> <http://p> "o" .
    }
    }
    """
    parts = [f"DROP SILENT GRAPH {graph} ;" for graph, _ in graphs] if replace else []
    parts.append("INSERT DATA {")
    for graph, quads in graphs:
        parts.append(f"GRAPH {graph} {{")
        parts.extend(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        parts.append("}")
    parts.append("}")
    return "\n".join(parts)


def _as_query_triples(body: bytes, rdf_format: ox.RdfFormat, location: str) -> ox.QueryTriples:
    # pyoxigraph makes QueryTriples only from a query: load the graph into a
    # throwaway in-memory store and read it back, so callers see one result type.
    scratch = ox.Store()
    try:
        scratch.load(body, rdf_format)
    except SyntaxError as err:
        raise StoreError(f"{location}: unreadable RDF answer ({first_line(err)})") from None
    return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")


def _first_line_text(text: str) -> str:
    text = text.strip()
    return text.splitlines()[0] if text else ""
