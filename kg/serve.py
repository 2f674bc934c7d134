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

import ipaddress
import json
import logging
import re
import socket
import threading
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

from waitress.channel import HTTPChannel
from waitress.server import create_server

from kg.defaults import DEFAULT_HOST, DEFAULT_PORT
from kg.errors import KgError
from kg.negotiate import Formats, negotiate
from kg.protocol import SparqlApp
from kg.query_check import Refusal, check_query
from kg.query_pool import QueryPool
from kg.store import open_store
from kg.vocab import PREFIXES

__all__ = ["Formats", "Refusal", "ServeOptions", "SparqlServer", "check_query", "example_queries",
           "host_allowed", "make_server", "negotiate", "query_page"]

log = logging.getLogger(__name__)

MAX_QUERY_BYTES = 1 << 20
EXTRA_THREADS = 4        # HTTP threads beyond the query workers: pages, errors, OPTIONS never wait
LISTEN_BACKLOG = 1024    # connections the kernel holds before accept (5 reset clients under load)
CONNECTION_LIMIT = 1000  # open connections, keep-alive ones included
IDLE_SECONDS = 60        # a client that stalls mid-request gives up its connection


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
    allow_hosts: tuple[str, ...] = ()  # Host header names accepted besides the server's own; "*": any
    cors: tuple[str, ...] = ()         # origins whose pages may read the answers; "*": any; (): none


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


class SparqlServer:
    """The endpoint on waitress (a well-kept pure-Python HTTP server), with the query pool.

    waitress speaks HTTP/1.1 (chunked bodies, keep-alive, pipelining, HEAD,
    `Expect: 100-continue`), queues requests beyond its threads instead of
    resetting connections, and refuses bodies over MAX_QUERY_BYTES itself.
    """

    def __init__(self, location: str, options: ServeOptions) -> None:
        self.location, self.options = location, options
        names = own_names(options)
        self._stopped = threading.Event()
        self._stopped.set()
        self._left: list[Any] = []  # the dispatchers the loop held when shutdown() ended it (see _leave_loop)
        try:  # bind first: a taken port should not cost starting the workers
            self._server = create_server(
                self._app, host=options.host, port=options.port, threads=options.workers + EXTRA_THREADS,
                backlog=LISTEN_BACKLOG, connection_limit=CONNECTION_LIMIT, channel_timeout=IDLE_SECONDS,
                max_request_body_size=MAX_QUERY_BYTES, ident="geokg", expose_tracebacks=False,
                clear_untrusted_proxy_headers=True)
        except OSError as err:
            raise KgError(f"cannot listen on {options.host}:{options.port} ({err.strerror or err})") from None
        try:
            self.pool = QueryPool(location, size=options.workers, timeout=options.timeout,
                                  max_bytes=options.max_result_bytes, max_memory=options.max_memory_bytes,
                                  allow_network=options.allow_service)
        except KgError:
            self._close()
            raise
        self.app = SparqlApp(self.pool, options, page=query_page(options),
                             host_allowed=lambda header: host_allowed(header, names))

    def _app(self, environ: dict, start_response):  # noqa: ANN001, ANN202 (WSGI)
        return self.app(environ, start_response)

    @property
    def url(self) -> str:
        host, port = self._server.effective_host, self._server.effective_port
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"

    def serve_forever(self) -> None:
        """Answer requests until `shutdown()` (from another thread) or Ctrl-C."""
        self._stopped.clear()
        try:
            self._server.run()
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop `serve_forever()` and wait for it to return; `server_close()` closes the sockets."""
        if not self._stopped.is_set():
            self._server.trigger.pull_trigger(self._leave_loop)
            self._stopped.wait(timeout=30)

    def _leave_loop(self) -> None:
        # Run by the loop's own thread: an empty map ends waitress's loop. Nothing is closed
        # here: a request thread still finishing writes to the trigger's pipe (by its number).
        self._left.extend(self._server._map.values())
        self._server._map.clear()

    def server_close(self) -> None:
        """Stop listening, end the query workers and the waitress threads."""
        self.shutdown()
        self._close()

    def _close(self) -> None:
        # In this order: the connections (a request thread writing an answer stops), the query
        # workers (a request thread waiting for one gets an error at once), the request threads
        # (each pulls the trigger as it finishes a request), and only then the trigger: closed
        # earlier, its descriptor number could be handed to another pipe or socket that a late
        # pull then wrote into, or found closed (EBADF).
        dispatchers = {id(d): d for d in [*self._left, *self._server._map.values()]}.values()
        self._left = []
        for dispatcher in dispatchers:
            if isinstance(dispatcher, HTTPChannel):
                dispatcher.handle_close()  # also wakes a request thread waiting to send more
        if hasattr(self, "pool"):
            self.pool.close()
        self._server.task_dispatcher.shutdown(timeout=30)
        self._server.close()  # the listening socket and the trigger (waitress closes both)


def make_server(location: str, options: ServeOptions = ServeOptions()) -> SparqlServer:
    """A server bound and ready for `serve_forever()`; the store is checked first.

    Raises StoreError when the store is missing or the endpoint unreachable.
    """
    with open_store(location, read_only=True) as store:
        store.query("ASK {}")
    return SparqlServer(location, options)


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
