"""Run SPARQL queries in worker processes that can be killed: the server's timeout.

pyoxigraph cannot interrupt a running query (a `COUNT` over a cross join runs
inside one Rust call), so a thread could never be stopped. Each query runs in a
pooled worker process instead; when it outlives the timeout the worker is
killed and replaced, and the server keeps answering. Workers serialize the
result themselves into a buffer with a size cap, so a huge result ends with a
clear error instead of filling the server's memory.

>>> with QueryPool("output", size=1) as pool:                    # doctest: +SKIP
...     pool.run("ASK {}", Formats("application/sparql-results+json", "text/turtle")).body
b'{"head":{},"boolean":true}'
"""
from __future__ import annotations

import io
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.sandbox import SandboxError, drop_network
from kg.store import GraphStore, is_endpoint, open_store, store_path
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

WORKER_STARTUP_SECONDS = 30.0
READY = "ready"

# Media types the workers can write; the server negotiates among these.
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Formats:
    """The media types to answer in: one for SELECT/ASK, one for CONSTRUCT/DESCRIBE."""

    results: str
    graph: str


@dataclass(frozen=True)
class Answer:
    """A query's outcome as HTTP wants it: a status, a media type and the body."""

    status: int
    media_type: str
    body: bytes


class QueryTimeout(KgError):
    """The query ran longer than the timeout and its worker was killed."""


class PoolBusy(KgError):
    """No worker became free within the timeout."""


class QueryPool:
    """`size` worker processes, each with the store opened read-only."""

    def __init__(self, location: str, *, size: int = 4, timeout: float = 30.0,
                 max_bytes: int = 64 << 20, max_memory: int = 4 << 30, allow_network: bool = False) -> None:
        self.location, self.timeout, self.max_bytes = location, timeout, max_bytes
        self.max_memory = max_memory  # address space per worker; 0: no cap
        # Without network a SERVICE call that got past the server's check fetches nothing.
        # A store behind a URL must be reached, so its workers keep the network.
        self.isolate = not allow_network and not is_endpoint(location)
        self.startup_error: str | None = None
        # spawn, not fork: the server is threaded, and a forked child could
        # inherit a lock held by another thread.
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # Wait for the first workers, so a server that listens can answer at once.
        for worker in [self._spawn() for _ in range(max(1, size))]:
            if not self._await_ready(worker):
                self.close()
                raise KgError(self.startup_error or "the query workers did not start (see the log with -v)")

    def run(self, sparql: str, formats: Formats) -> Answer:
        """Run one query; raise QueryTimeout or PoolBusy when time runs out."""
        # A queued query waits for a worker at most as long as a runaway query
        # can hold one, plus the time to start its replacement.
        wait = self.timeout + WORKER_STARTUP_SECONDS
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            raise PoolBusy(f"all workers stayed busy for {wait:g} s; try again later") from None
        deadline = time.monotonic() + self.timeout
        try:
            worker.conn.send((sparql, formats))
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer: Answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):
            # Running out of memory or stack aborts the process (Rust cannot unwind those).
            log.warning("a query worker died; starting a new one")
            self._replace(worker)
            cap = f"the {self.max_memory >> 20} MB memory cap" if self.max_memory else "the memory"
            return Answer(503, "text/plain", f"the query's worker process stopped: the query needed "
                                             f"more than {cap} or its stack".encode())
        self._replace(worker)
        raise QueryTimeout(f"the query ran longer than the {self.timeout:g} s timeout and was stopped")

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve_queries, name="kg-query-worker", daemon=True,
                                        args=(child, self.location, self.max_bytes, self.max_memory, self.isolate))
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> bool:
        """Wait for a new worker's READY, then make it available; False if it never came."""
        try:
            if worker.conn.poll(WORKER_STARTUP_SECONDS):
                message = worker.conn.recv()
                if message == READY:
                    self._idle.put(worker)
                    return True
                self.startup_error = str(message)
        except (EOFError, OSError):
            pass
        log.warning("a query worker did not start%s", f": {self.startup_error}" if self.startup_error else "")
        worker.stop()
        with self._lock:
            self._all.discard(worker)
        return False

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        # The new worker starts in the background; until it is ready the others answer.
        threading.Thread(target=self._await_ready, args=(self._spawn(),), daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)


# -- inside the worker process -------------------------------------------------

def _serve_queries(conn: Connection, location: str, max_bytes: int, max_memory: int, isolate: bool) -> None:
    if isolate:  # first: a new user namespace needs a process without threads
        try:
            log.debug("query worker %d: no network (%s)", os.getpid(), drop_network())
        except SandboxError as err:
            conn.send(f"{err}; `kg serve --allow-service` runs the workers with network access")
            return
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if max_memory:
        _cap_memory(max_memory)
    opener = _StoreOpener(location)
    try:
        opener.store()  # open now, so the first query does not pay for it
    except KgError as err:
        log.warning("%s", err)  # each query will answer with this error
    conn.send(READY)
    while True:
        try:
            sparql, formats = conn.recv()
        except (EOFError, OSError):
            return  # the server closed the pipe
        try:
            answer = answer_query(opener.store(), sparql, formats, max_bytes)
        except KgError as err:  # the store went missing or became unreachable
            answer = Answer(503, "text/plain", str(err).encode())
        conn.send(answer)


def _exit_with_parent(parent: int) -> None:
    """End this worker when the server is gone, even in the middle of a query.

    A killed server cannot stop its workers, and a worker busy in a runaway
    query would not notice the closed pipe; pyoxigraph releases the GIL while
    it evaluates, so this thread gets to run.
    """
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _cap_memory(limit: int) -> None:
    """Cap this process's address space, so one query cannot take the machine's memory."""
    try:
        import resource
    except ImportError:  # not on Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError) as err:
        log.warning("cannot cap the query worker's memory: %s", err)


def answer_query(store: GraphStore, sparql: str, formats: Formats, max_bytes: int) -> Answer:
    """Run `sparql` on a store and serialize the result, at most `max_bytes` of it."""
    out = _CappedBuffer(max_bytes)
    try:
        result = store.query(sparql)
        if isinstance(result, ox.QueryTriples):
            media = formats.graph
            ox.serialize(result, out, GRAPH_FORMATS[media], prefixes=PREFIXES)
        else:
            media = formats.results
            result.serialize(out, RESULT_FORMATS[media])
    except QueryError as err:
        return Answer(400, "text/plain", str(err).encode())
    except ResultTooLarge as err:
        return Answer(422, "text/plain", str(err).encode())
    except KgError as err:
        return Answer(502, "text/plain", str(err).encode())
    except (OSError, ValueError, SyntaxError) as err:
        # Lazy evaluation fails while serializing (e.g. a type error deep in the plan).
        return Answer(500, "text/plain", f"query failed: {err}".encode())
    return Answer(200, media, out.getvalue())


class ResultTooLarge(KgError):
    """The serialized result passed the size cap."""


class _CappedBuffer(io.RawIOBase):
    """A write-only byte buffer that raises once more than `limit` bytes arrive."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self._buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._buffer += data
        if len(self._buffer) > self.limit:
            raise ResultTooLarge(f"the result is larger than the {self.limit / (1 << 20):g} MB cap; "
                                 "narrow the query or add LIMIT")
        return len(data)

    def getvalue(self) -> bytes:
        return bytes(self._buffer)


class _StoreOpener:
    """Keeps the store open and reopens a local one when a build has changed its files.

    A read-only Oxigraph store sees the data as of opening; reopening costs
    ~30 ms, so it happens only when the folder's files changed.
    """

    def __init__(self, location: str) -> None:
        self.location = location
        self._store: GraphStore | None = None
        self._signature: tuple[tuple[str, int, int], ...] | None = None

    def store(self) -> GraphStore:
        if is_endpoint(self.location):
            if self._store is None:
                self._store = open_store(self.location, read_only=True)
            return self._store
        signature = _folder_signature(self.location)
        if self._store is None or signature != self._signature:
            if self._store is not None:
                self._store.close()
            self._store = open_store(self.location, read_only=True)
            self._signature = signature
        return self._store


def _folder_signature(location: str) -> tuple[tuple[str, int, int], ...]:
    folder = Path(location)
    path = store_path(folder) if store_path(folder).exists() else folder
    try:
        entries = [(e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path)]
    except OSError:
        return ()
    return tuple(sorted(entries))
