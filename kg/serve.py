"""The SPARQL 1.1 Protocol server: `/sparql` for programs, a query page at `/` for people.

Read-only by construction: the store is opened read-only in the query workers
(`kg.query_pool`), and updates are refused before they reach it. `SERVICE`
(which would let anyone who can reach the server make it fetch other URLs) is
refused unless the operator allows it. Every query runs in a killable worker
process with a timeout and a cap on the result size.

>>> server = make_server("output", ServeOptions(port=0))     # doctest: +SKIP
>>> server.url                                                 # doctest: +SKIP
'http://127.0.0.1:40123/'
>>> server.serve_forever()                                     # doctest: +SKIP
"""
from __future__ import annotations

import json
import logging
import ipaddress
import re
import socket
import urllib.parse
from dataclasses import asdict, dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from kg.errors import KgError
from kg.query_check import UPDATE_REFUSED, Refusal, check_query
from kg.query_pool import GRAPH_FORMATS, RESULT_FORMATS, Formats, QueryPool
from kg.store import open_store
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_QUERY_BYTES = 1 << 20
_DEFAULT_RESULTS, _DEFAULT_GRAPH = "application/sparql-results+json", "text/turtle"
# `format=` shortcuts (links cannot set Accept) and Accept aliases.
_FORMAT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                 "ttl": "text/turtle", "jsonld": "application/ld+json",
                 "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml"}
_ALIASES = {"application/json": ("application/sparql-results+json", "application/ld+json"),
            "application/xml": ("application/sparql-results+xml", "application/rdf+xml"),
            "text/xml": ("application/sparql-results+xml", "application/rdf+xml"),
            "application/x-turtle": (None, "text/turtle"), "text/plain": (None, "application/n-triples")}


@dataclass(frozen=True)
class ServeOptions:
    """How the server listens and what it allows."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout: float = 30.0             # seconds per query
    max_result_bytes: int = 64 << 20  # serialized result size cap
    workers: int = 4                  # queries running at once
    max_memory_bytes: int = 4 << 30   # address space per query worker; 0: no cap
    allow_service: bool = False       # SERVICE calls to other endpoints (and workers with network)
    allow_hosts: tuple[str, ...] = () # Host header names accepted besides the server's own; "*": any


def own_names(options: ServeOptions) -> frozenset[str]:
    """The Host names this server answers to: its bind name, this machine's names, `allow_hosts`."""
    names = {"localhost", options.host, socket.gethostname(), socket.getfqdn(), *options.allow_hosts}
    return frozenset(name.lower().strip("[]") for name in names if name)


def host_allowed(header: str | None, names: frozenset[str]) -> bool:
    """Whether a request's Host header names this server (the defence against DNS rebinding).

    An IP address is always this server's (rebinding needs a DNS name the
    attacker controls); a name must be one of `names`, or `names` holds "*".
    No Host header at all (HTTP/1.0) comes from no browser.

    >>> names = frozenset({"localhost", "kg.example"})
    >>> [host_allowed(h, names) for h in ("localhost:7878", "[::1]:7878", "10.0.0.5", "evil.example:7878")]
    [True, True, True, False]
    """
    if not header or "*" in names:
        return True
    name = header.strip().lower()
    if name.startswith("["):
        name = name[1:name.find("]")] if "]" in name else name
    elif name.count(":") == 1:
        name = name.partition(":")[0]
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return name.rstrip(".") in names


def negotiate(accept: str | None, format_name: str | None = None) -> Formats:
    """The result and graph media types for an Accept header (or a `format=` name).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml")
    Formats(results='application/sparql-results+xml', graph='text/turtle')
    >>> negotiate("application/json").graph
    'application/ld+json'
    >>> negotiate(None, "tsv").results
    'text/tab-separated-values'
    """
    if format_name:
        media = _FORMAT_NAMES.get(format_name.lower(), format_name.lower())
        accept = media
    ranked = sorted(_parse_accept(accept or "*/*"), key=lambda item: -item[1])
    results = _pick(ranked, RESULT_FORMATS, 0) or _DEFAULT_RESULTS
    graph = _pick(ranked, GRAPH_FORMATS, 1) or _DEFAULT_GRAPH
    return Formats(results, graph)


def _parse_accept(accept: str) -> list[tuple[str, float]]:
    items = []
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            items.append((media.lower(), quality))
    return items


def _pick(ranked: list[tuple[str, float]], offered: dict[str, object], alias_slot: int) -> str | None:
    for media, _ in ranked:
        if media in offered:
            return media
        alias = _ALIASES.get(media, (None, None))[alias_slot]
        if alias:
            return alias
        if media in ("*/*", "*"):
            return None  # the default
        if media.endswith("/*"):
            return next((m for m in offered if m.startswith(media[:-1])), None)
    return None


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server holding the query pool and the options."""

    daemon_threads = True

    def __init__(self, location: str, options: ServeOptions) -> None:
        self.location, self.options = location, options
        self.page = query_page(options)
        self.names = own_names(options)
        self.address_family = socket.AF_INET6 if ":" in options.host else socket.AF_INET
        try:  # bind first: a taken port should not cost starting the workers
            super().__init__((options.host, options.port), SparqlHandler)
        except OSError as err:
            raise KgError(f"cannot listen on {options.host}:{options.port} ({err.strerror or err})") from None
        try:
            self.pool = QueryPool(location, size=options.workers, timeout=options.timeout,
                                  max_bytes=options.max_result_bytes, max_memory=options.max_memory_bytes,
                                  allow_network=options.allow_service)
        except KgError:
            self.server_close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        if hasattr(self, "pool"):  # not yet there when binding failed
            self.pool.close()


def make_server(location: str, options: ServeOptions = ServeOptions()) -> SparqlServer:
    """A server bound and ready for `serve_forever()`; the store is checked first.

    Raises StoreError when the store is missing or the endpoint unreachable.
    """
    with open_store(location, read_only=True) as store:
        store.query("ASK {}")
    return SparqlServer(location, options)


class SparqlHandler(BaseHTTPRequestHandler):
    """GET/POST /sparql per the SPARQL 1.1 Protocol; GET / the query page."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "geokg"
    timeout = 60  # a client that stalls mid-request gives up its thread

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if host_allowed(self.headers.get("Host"), self.server.names):
            return True
        self.close_connection = True
        self._error(421, f"this server does not answer to the name {self.headers.get('Host', '')[:100]!r} "
                         "(the operator can allow it with `kg serve --allow-host NAME`)")
        return False

    def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", self.server.page, page=True)
        elif url.path == "/sparql":
            self._query(urllib.parse.parse_qs(url.query, keep_blank_values=True), body=None)
        else:
            self._error(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql")

    def do_HEAD(self) -> None:  # noqa: N802
        self._error(405, "use GET or POST")

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._error(400, "bad Content-Length")
            self.close_connection = True
            return
        if length > MAX_QUERY_BYTES:
            self._error(413, f"the request is larger than {MAX_QUERY_BYTES >> 10} KB")
            self.close_connection = True
            return
        raw = self.rfile.read(length)
        media = self.headers.get_content_type()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            self._error(403, UPDATE_REFUSED)
        elif media == "application/sparql-query":
            self._query(params, body=raw.decode("utf-8", "replace"))
        elif media == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
            self._query({**params, **form}, body=None)
        else:
            self._error(415, "send the query as application/sparql-query or form-encoded `query=`")

    def do_PUT(self) -> None:  # noqa: N802
        self._error(405, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _query(self, params: dict[str, list[str]], body: str | None) -> None:
        if "update" in params:
            self._error(403, UPDATE_REFUSED)
            return
        if "default-graph-uri" in params or "named-graph-uri" in params:
            self._error(400, "default-graph-uri and named-graph-uri are not supported: the default graph "
                             "is the union of all graphs (use GRAPH or FROM in the query)")
            return
        queries = params.get("query", [])
        sparql = body if body is not None else (queries[0] if len(queries) == 1 else None)
        if not sparql or not sparql.strip():
            self._error(400, "missing `query` parameter (one SPARQL query); the query page is at /")
            return
        refusal = check_query(sparql, allow_service=self.server.options.allow_service)
        if refusal:
            self._error(refusal.status, refusal.message)
            return
        formats = negotiate(self.headers.get("Accept"), (params.get("format") or [None])[0])
        try:
            answer = self.server.pool.run(sparql, formats)
        except KgError as err:  # timeout, or every worker busy
            self._error(503, str(err))
            return
        if answer.status != 200:
            self._error(answer.status, answer.body.decode("utf-8", "replace"))
            return
        media = answer.media_type
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        self._send(200, media + charset, answer.body)

    def _error(self, status: int, message: str) -> None:
        log.info("%s %s -> %d %s", self.command, self.path[:80], status, message[:200])
        self._send(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())

    def _send(self, status: int, content_type: str, body: bytes, *, page: bool = False) -> None:
        self.send_response(status, HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else None)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if page:
            # The page needs nothing from elsewhere: it works offline and cannot leak.
            self.send_header("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; "
                             "style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'")
        if status == 405:
            self.send_header("Allow", "GET, POST")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base's name)
        log.info("%s - %s", self.address_string(), format % args)


def query_page(options: ServeOptions) -> bytes:
    """The query page with the predeclared prefixes and example queries filled in."""
    config = {"prefixes": PREFIXES, "examples": [asdict(e) for e in example_queries()], "timeout": options.timeout,
              "maxResultMB": round(options.max_result_bytes / (1 << 20), 1)}
    # `<` escaped so no text in the config can close the <script> element.
    data = json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")
    page = resources.files("kg").joinpath("data", "query_page.html").read_text(encoding="utf-8")
    return page.replace("/*KG-CONFIG*/null", data).encode("utf-8")


@dataclass(frozen=True)
class ExampleQuery:
    title: str
    query: str


def example_queries() -> list[ExampleQuery]:
    """The examples of `kg/data/example_queries.rq`: blocks headed `# title: …`."""
    text = resources.files("kg").joinpath("data", "example_queries.rq").read_text(encoding="utf-8")
    examples = []
    for block in re.split(r"^# title: ", text, flags=re.MULTILINE)[1:]:
        title, _, query = block.partition("\n")
        examples.append(ExampleQuery(title.strip(), query.strip()))
    return examples
