"""The SPARQL 1.1 Protocol as a WSGI application: `/sparql` for programs, `/` for people.

HTTP itself (chunked bodies, keep-alive, pipelining, HEAD without a body,
Expect: 100-continue, the listen backlog) is waitress's job (`kg.serve`);
this module reads a request's query, dataset, charset and Accept header,
refuses what a read-only endpoint must refuse, and hands the query to the
killable workers (`kg.query_pool`).

>>> app = SparqlApp(pool, ServeOptions(), page=b"<html>")          # doctest: +SKIP
"""
from __future__ import annotations

import codecs
import logging
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib import resources
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import KgError
from kg.negotiate import GRAPH_TYPES, Formats, negotiate
from kg.query_check import UPDATE_REFUSED, check_query, select_star_order
from kg.query_pool import DEFAULT_GRAPH_NAMES, GRAPH_FORMATS, Job, QueryPool

if TYPE_CHECKING:
    from kg.serve import ServeOptions

log = logging.getLogger(__name__)

ENDPOINT_PATHS = ("/sparql", "/sparql/")
PAGE_PATHS = ("/", "/index.html")
ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS"
# The page needs nothing from elsewhere: it works offline and cannot leak.
PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'; form-action 'self'")
_TEXTUAL = ("text/", "application/sparql-results", "application/ld+json", "application/n-triples",
            "application/rdf+xml")
StartResponse = Callable[[str, list[tuple[str, str]]], object]


@dataclass
class Reply:
    """An HTTP answer before it is sent."""

    status: int
    content_type: str
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)


def text_reply(status: int, message: str, **headers: str) -> Reply:
    """A plain-text answer, errors included (one line a client can show as it is)."""
    extra = [(name.replace("_", "-"), value) for name, value in headers.items()]
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"), extra)


class BadRequest(Exception):
    """A request the protocol does not allow; carries the answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.reply = text_reply(status, message)


class SparqlApp:
    """The WSGI application: routes, the protocol, CORS and the Host check."""

    def __init__(self, pool: QueryPool, options: ServeOptions, *, page: bytes,
                 host_allowed: Callable[[str | None], bool]) -> None:
        self.pool, self.options, self.page, self.host_allowed = pool, options, page, host_allowed

    def __call__(self, environ: dict[str, object], start_response: StartResponse) -> Iterable[bytes]:
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        try:
            reply = self._route(method, environ)
        except BadRequest as err:
            reply = err.reply
        if reply.status >= 400:
            log.info("%s %s -> %d %s", method, str(environ.get("PATH_INFO", ""))[:80], reply.status,
                     reply.body[:200].decode("utf-8", "replace").strip())
        headers = [("Content-Type", reply.content_type), ("Content-Length", str(len(reply.body))),
                   ("X-Content-Type-Options", "nosniff"), *reply.headers,
                   *self._cors(environ.get("HTTP_ORIGIN"))]
        phrase = HTTPStatus(reply.status).phrase if reply.status in HTTPStatus._value2member_map_ else ""
        start_response(f"{reply.status} {phrase}".rstrip(), headers)
        return [] if method == "HEAD" else [reply.body]

    # -- routing -------------------------------------------------------------

    def _route(self, method: str, environ: dict[str, object]) -> Reply:
        if not self.host_allowed(_header(environ, "Host")):
            return text_reply(421, f"this server does not answer to the name {_header(environ, 'Host')[:100]!r} "
                                   "(the operator can allow it with `kg serve --allow-host NAME`)")
        path = str(environ.get("PATH_INFO") or "/")
        if method == "OPTIONS":
            return self._options(environ)
        if path in PAGE_PATHS:
            if method not in ("GET", "HEAD"):
                return text_reply(405, "the query page is read with GET", Allow="GET, HEAD, OPTIONS")
            return Reply(200, "text/html; charset=utf-8", self.page, [("Content-Security-Policy", PAGE_CSP)])
        if path not in ENDPOINT_PATHS:
            return text_reply(404, f"nothing at {path[:200]}; the SPARQL endpoint is /sparql")
        if method not in ("GET", "HEAD", "POST"):
            return text_reply(405, "this endpoint is read-only: use GET or POST to query", Allow=ALLOWED_METHODS)
        reply = self._sparql(method, environ)
        reply.headers.append(("Vary", "Accept, Origin" if self.options.cors else "Accept"))
        return reply

    def _options(self, environ: dict[str, object]) -> Reply:
        """OPTIONS: the allowed methods, and a CORS preflight answer when the operator enabled CORS."""
        reply = Reply(204, "text/plain; charset=utf-8", b"", [("Allow", ALLOWED_METHODS)])
        origin = _header(environ, "Origin")
        if _header(environ, "Access-Control-Request-Method") and self._origin_allowed(origin):
            requested = _header(environ, "Access-Control-Request-Headers")
            reply.headers += [("Access-Control-Allow-Methods", ALLOWED_METHODS),
                              ("Access-Control-Allow-Headers", requested or "Accept, Content-Type"),
                              ("Access-Control-Max-Age", "86400")]
        return reply

    def _origin_allowed(self, origin: str | None) -> bool:
        return bool(origin) and ("*" in self.options.cors or origin in self.options.cors)

    def _cors(self, origin: object) -> list[tuple[str, str]]:
        if not isinstance(origin, str) or not self._origin_allowed(origin):
            return []
        return [("Access-Control-Allow-Origin", "*" if "*" in self.options.cors else origin)]

    # -- the protocol --------------------------------------------------------

    def _sparql(self, method: str, environ: dict[str, object]) -> Reply:
        params = _query_string(environ)
        query_text: str | None = None
        if method == "POST":
            media, charset = _content_type(_header(environ, "Content-Type"))
            if media == "application/sparql-update" or "update" in params:
                return text_reply(403, UPDATE_REFUSED)
            body = _read_body(environ)
            if media == "application/sparql-query":
                query_text = _decode(body, charset)
            elif media == "application/x-www-form-urlencoded":
                form = _parse_form(body, charset)
                params = {key: params.get(key, []) + form.get(key, []) for key in {*params, *form}}
            else:
                return text_reply(415, "send the query as application/sparql-query, or form-encoded as "
                                       "application/x-www-form-urlencoded with `query=`")
        if "update" in params:
            return text_reply(403, UPDATE_REFUSED)
        queries = params.get("query", [])
        if query_text is None:
            if not queries:
                return self._description(environ, params)
            if len(queries) > 1:
                return text_reply(400, "more than one `query` parameter: send one query per request")
            query_text = queries[0]
        elif queries:
            return text_reply(400, "the query is both in the body and in a `query` parameter: send it once")
        if not query_text.strip():
            return text_reply(400, "the `query` parameter is empty; the query page is at /")
        return self._run(environ, params, query_text)

    def _run(self, environ: dict[str, object], params: dict[str, list[str]], sparql: str) -> Reply:
        refusal = check_query(sparql, allow_service=self.options.allow_service)
        if refusal:
            return text_reply(refusal.status, refusal.message)
        defaults, named = params.get("default-graph-uri"), params.get("named-graph-uri")
        if named is None and defaults and set(defaults) <= DEFAULT_GRAPH_NAMES:
            defaults = None  # rdflib's Dataset names "the default graph" with each query: the usual dataset
        dataset = {}
        if defaults is not None or named is not None:  # the protocol's dataset replaces the union
            dataset = {"default_graphs": _iris(defaults or [], "default-graph-uri"),
                       "named_graphs": _iris(named or [], "named-graph-uri")}
        formats = negotiate(_header(environ, "Accept"), (params.get("format") or [None])[0])
        job = Job(sparql, formats, base_iri=_endpoint_url(environ), star_order=select_star_order(sparql),
                  **dataset)
        try:
            answer = self.pool.run(job)
        except KgError as err:  # timeout, or every worker busy
            return text_reply(503, str(err))
        if answer.status != 200:
            return text_reply(answer.status, answer.body.decode("utf-8", "replace"))
        return Reply(200, _with_charset(answer.media_type), answer.body)

    def _description(self, environ: dict[str, object], params: dict[str, list[str]]) -> Reply:
        """GET /sparql without a query: the SPARQL 1.1 Service Description of this endpoint."""
        formats = negotiate(_header(environ, "Accept"), (params.get("format") or [None])[0])
        media = formats.graph if formats.graph in GRAPH_TYPES else "text/turtle"
        return Reply(200, _with_charset(media), service_description(_endpoint_url(environ), media,
                                                                    federated=self.options.allow_service))


def service_description(endpoint: str, media: str = "text/turtle", *, federated: bool = False) -> bytes:
    """The Service Description (`kg/data/service_description.ttl`) for `endpoint`, in `media`.

    >>> b"sd:endpoint <http://h/sparql>" in service_description("http://h/sparql")
    True
    """
    template = resources.files("kg").joinpath("data", "service_description.ttl").read_bytes()
    quads = list(ox.parse(template, ox.RdfFormat.TURTLE, base_iri=endpoint))
    if federated:
        service = next(q.subject for q in quads if q.predicate.value.endswith("#endpoint"))
        quads.append(ox.Quad(service, ox.NamedNode("http://www.w3.org/ns/sparql-service-description#feature"),
                             ox.NamedNode("http://www.w3.org/ns/sparql-service-description#BasicFederatedQuery")))
    return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=GRAPH_FORMATS[media],
                        prefixes={"sd": "http://www.w3.org/ns/sparql-service-description#",
                                  "formats": "http://www.w3.org/ns/formats/"}) or b""


# -- reading requests ----------------------------------------------------------

def _header(environ: dict[str, object], name: str) -> str | None:
    key = "CONTENT_TYPE" if name == "Content-Type" else "HTTP_" + name.upper().replace("-", "_")
    value = environ.get(key)
    return value if isinstance(value, str) and value != "" else None


def _query_string(environ: dict[str, object]) -> dict[str, list[str]]:
    raw = str(environ.get("QUERY_STRING") or "")
    try:  # WSGI hands the raw bytes over as Latin-1; URLs carry UTF-8
        return urllib.parse.parse_qs(raw.encode("latin-1").decode("utf-8"), keep_blank_values=True,
                                     encoding="utf-8", errors="strict")
    except UnicodeError:
        raise BadRequest(400, "the URL's parameters are not UTF-8") from None


def _content_type(header: str | None) -> tuple[str, str | None]:
    """The media type and the declared charset of a Content-Type header."""
    if not header:
        return "", None
    media, *params = [p.strip() for p in header.split(";")]
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"')
    return media.lower(), charset


def _read_body(environ: dict[str, object]) -> bytes:
    stream = environ["wsgi.input"]
    try:
        length = int(str(environ.get("CONTENT_LENGTH") or "0"))
    except ValueError:
        raise BadRequest(400, "bad Content-Length") from None
    return stream.read(length) if length > 0 else b""  # type: ignore[attr-defined]


def _codec(charset: str | None) -> str:
    """The codec for a declared charset; only ASCII-compatible ones (UTF-8 when none is declared).

    The protocol's encoding is UTF-8; a body in a declared single-byte charset
    (ISO-8859-1, windows-1252, …) is read as declared; UTF-16/32, where the
    query's ASCII would not be ASCII bytes, is refused.
    """
    if not charset:
        return "utf-8"
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        raise BadRequest(415, f"unknown charset {charset[:40]!r}; send UTF-8") from None
    if "query=ASK {}".encode(name) != b"query=ASK {}":
        raise BadRequest(415, f"the charset {charset[:40]} is not supported; send UTF-8 "
                              "(the SPARQL protocol's encoding)")
    return name


def _decode(body: bytes, charset: str | None) -> str:
    codec = _codec(charset)
    try:
        return body.decode(codec)
    except UnicodeDecodeError as err:
        raise BadRequest(400, f"the body is not valid {codec} (byte {err.start}); declare its charset "
                              "in Content-Type or send UTF-8") from None


def _parse_form(body: bytes, charset: str | None) -> dict[str, list[str]]:
    codec = _codec(charset)
    try:
        return urllib.parse.parse_qs(body.decode("ascii"), keep_blank_values=True, encoding=codec, errors="strict")
    except UnicodeError:
        raise BadRequest(400, f"the form is not valid {codec}; declare its charset in Content-Type") from None


def _iris(values: list[str], name: str) -> tuple[str, ...]:
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError:
            raise BadRequest(400, f"{name}: {value[:200]!r} is not an absolute IRI") from None
    return tuple(values)


def _endpoint_url(environ: dict[str, object]) -> str:
    """This endpoint's URL as the client named it: the base IRI of relative IRIs in queries."""
    host = _header(environ, "Host") or f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}"
    return f"{environ.get('wsgi.url_scheme', 'http')}://{host}{environ.get('PATH_INFO') or '/sparql'}"


def _with_charset(media: str) -> str:
    return f"{media}; charset=utf-8" if media.startswith(_TEXTUAL) or media.endswith("+json") else media
