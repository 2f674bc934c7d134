"""Run SPARQL queries in worker processes that can be killed: the server's timeout.

pyoxigraph cannot interrupt a running query (a `COUNT` over a cross join runs
inside one Rust call), so a thread could never be stopped. Each query runs in a
pooled worker process instead; when it outlives the timeout the worker is
killed and replaced, and the server keeps answering. Workers serialize the
result themselves into a buffer with a size cap, so a huge result ends with a
clear error instead of filling the server's memory.

>>> with QueryPool("output", size=1) as pool:                    # doctest: +SKIP
...     pool.run(Job("ASK {}")).body
b'{"head":{},"boolean":true}'
"""
from __future__ import annotations

import contextlib
import faulthandler
import io
import logging
import multiprocessing
import os
import queue
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError, QueryError, first_line
from kg.negotiate import GRAPH_TYPES, Formats
from kg.results_io import write_boolean, write_table
from kg.sandbox import SandboxError, drop_network
from kg.sparql_errors import explain
from kg.store import GraphStore, is_endpoint, open_store, store_path
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

WORKER_STARTUP_SECONDS = 30.0
READY = "ready"

GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
QUERY_STACK_BYTES = 512 << 20  # address space, not memory: pages are used only as deep as a query goes
# How long a dead worker's last words may be, for the log and the reason.
_LAST_WORDS_BYTES = 4096


@dataclass(frozen=True)
class Job:
    """One query and how to run and answer it.

    `default_graphs`/`named_graphs` (the protocol's dataset) replace the union
    default graph when either is given; `star_order` lists variables in the
    order the query names them, for `SELECT *` columns.
    """

    sparql: str
    formats: Formats = Formats()
    base_iri: str | None = None
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    star_order: tuple[str, ...] | None = None


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


class PoolClosed(KgError):
    """The pool was closed (the server is stopping)."""


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
        self._idle: queue.Queue[_Worker | None] = queue.Queue()  # None: the pool closed
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # Wait for the first workers, so a server that listens can answer at once.
        for worker in [self._spawn() for _ in range(max(1, size))]:
            if not self._await_ready(worker):
                self.close()
                raise KgError(self.startup_error or "the query workers did not start (see the log with -v)")

    def run(self, job: Job) -> Answer:
        """Run one query; raise QueryTimeout or PoolBusy when time runs out."""
        # A queued query waits for a worker at most as long as a runaway query
        # can hold one, plus the time to start its replacement.
        wait = self.timeout + WORKER_STARTUP_SECONDS
        deadline = time.monotonic() + wait
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise PoolBusy(f"all workers stayed busy for {wait:g} s; try again later") from None
            if worker is None:  # closed: pass the word on to the next query waiting
                self._idle.put(None)
                raise PoolClosed("the query workers have stopped: the server is shutting down")
            if worker.process.is_alive():
                break
            # Died while idle (killed from outside): not this query's doing; take another.
            log.warning("query worker %s was found dead (%s); starting a new one",
                        worker.process.pid, worker.death())
            self._replace(worker)
        deadline = time.monotonic() + self.timeout
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer: Answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):
            worker.process.join(timeout=5)
            reason = worker.death()
            log.warning("a query worker died (%s) running %r; starting a new one", reason, job.sparql[:200])
            self._replace(worker)
            return Answer(503, "text/plain", f"the query's worker process stopped: {reason}".encode())
        self._replace(worker)
        raise QueryTimeout(f"the query ran longer than the {self.timeout:g} s timeout and was stopped")

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        # The worker's stderr goes to a file: Rust writes why it aborts there (stack or memory).
        # The file is unlinked once the worker has opened it (see _await_ready), so nothing is
        # left behind even when the server is killed; we read it through our descriptor.
        fd, stderr_path = tempfile.mkstemp(prefix="kg-query-worker-", suffix=".log")
        process = self._context.Process(target=_serve_queries, name="kg-query-worker", daemon=True,
                                        args=(child, self.location, self.max_bytes, self.max_memory,
                                              self.isolate, stderr_path))
        process.start()
        child.close()
        worker = _Worker(process, parent, stderr_path, fd, self.max_memory)
        with self._lock:
            closed = self._closed
            if not closed:
                self._all.add(worker)
        if closed:  # the pool closed while this one started (a replacement): end it too
            worker.stop()
        return worker

    def _await_ready(self, worker: _Worker, replacing: bool = False) -> bool:
        """Wait for a new worker's READY, then make it available; False if it never came."""
        try:
            if worker.conn.poll(WORKER_STARTUP_SECONDS):
                message = worker.conn.recv()
                worker.forget_path()  # the worker has its stderr open by now
                if message == READY:
                    if replacing:  # said before a query can reach it, so the log tells events in order
                        log.info("a new query worker took the lost one's place")
                    self._idle.put(worker)
                    return True
                self.startup_error = str(message)
        except (EOFError, OSError):
            pass
        if not self._closed:
            log.warning("a query worker did not start (%s)", self.startup_error or worker.death())
        self._discard(worker)
        return False

    def _discard(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)

    def _replace(self, worker: _Worker) -> None:
        self._discard(worker)
        # The new worker starts in the background; until it is ready the others answer.
        threading.Thread(target=self._restore, daemon=True).start()

    def _restore(self) -> None:
        """Start a worker to take a lost one's place, retrying, so the pool never shrinks silently."""
        delay = 0.5
        while True:
            with self._lock:
                if self._closed:
                    return
            if self._await_ready(self._spawn(), replacing=True):
                return
            with self._lock:
                if self._closed:
                    return
            log.error("could not start a replacement query worker; retrying in %g s", delay)
            time.sleep(delay)
            delay = min(delay * 2, 30.0)

    @property
    def live_workers(self) -> int:
        """Workers started and not lost (busy or idle)."""
        with self._lock:
            return sum(1 for w in self._all if w.process.is_alive())

    def close(self) -> None:
        """Stop every worker; a query waiting for one, or running, ends at once with an error."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        self._idle.put(None)
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
    stderr_path: str
    stderr_fd: int  # -1 once stopped
    max_memory: int
    _stop_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _stopped: bool = False

    def forget_path(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.stderr_path)

    def stop(self) -> None:
        """End the process and release its pipe and log file, once; safe to call again, from any thread.

        A second stop is common: a replacement started while the pool closed is
        stopped, then discarded; the pool closing stops a worker while the thread
        whose query it runs discards it. Nothing may be closed twice: by then the
        OS may have handed the number to a socket or pipe of someone else, such
        as the next server's wake-up pipe. The process ends first, so a thread
        waiting for its answer wakes (end of file) before the pipe is closed.
        """
        with self._stop_lock:
            if self._stopped:
                return
            self._stopped = True
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=5)
            self.conn.close()
            self.forget_path()
            fd, self.stderr_fd = self.stderr_fd, -1
            with contextlib.suppress(OSError):
                os.close(fd)

    def death(self) -> str:
        """Why the process ended, from its exit status and the last words Rust or Python left."""
        with self._stop_lock:  # the log's descriptor stays ours while it is read
            words = _last_words(self.stderr_fd)
        if words:
            log.warning("the query worker's last words: %s", words[-500:])
        return death_reason(self.process.exitcode, words, self.max_memory)


def _last_words(fd: int) -> str:
    try:
        size = os.fstat(fd).st_size
        return os.pread(fd, _LAST_WORDS_BYTES, max(0, size - _LAST_WORDS_BYTES)).decode("utf-8", "replace").strip()
    except OSError:
        return ""


def death_reason(exitcode: int | None, last_words: str, max_memory: int) -> str:
    """What ended a worker, as a user should read it.

    >>> death_reason(-6, "thread '<unnamed>' has overflowed its stack", 1 << 30)
    "the query is nested too deeply for the query engine's stack (simplify it, or split it)"
    >>> death_reason(-6, "memory allocation of 8388608 bytes failed", 1 << 30)
    'the query needed more than the 1024 MB memory cap'
    >>> death_reason(-4, "", 0)
    'the worker process crashed (signal SIGILL)'
    """
    words = last_words.lower()
    if "overflowed its stack" in words or "stack overflow" in words or "recursionerror" in words:
        return "the query is nested too deeply for the query engine's stack (simplify it, or split it)"
    if "memory allocation of" in words or "memoryerror" in words or "cannot allocate memory" in words:
        cap = f"the {max_memory >> 20} MB memory cap" if max_memory else "the memory available"
        return f"the query needed more than {cap}"
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = str(-exitcode)
        if name == "SIGKILL":
            return "the worker process was killed from outside (signal SIGKILL; the system may be out of memory)"
        if name == "SIGSEGV":  # Python code does not segfault; the engine's recursion running out of stack does
            return ("the query engine crashed (signal SIGSEGV), most likely out of stack on a deeply "
                    "nested or very long query")
        return f"the worker process crashed (signal {name})"
    return f"the worker process ended (exit status {exitcode})"


# -- inside the worker process -------------------------------------------------

def _serve_queries(conn: Connection, location: str, max_bytes: int, max_memory: int, isolate: bool,
                   stderr_path: str) -> None:
    _redirect_stderr(stderr_path)
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
    # Queries run on a thread with a large stack: the engine recurses once per level of
    # a long UNION chain or a deep expression, and 8 MB ended at a few thousand.
    runner = _start_with_large_stack(_answer_jobs, conn, opener, max_bytes)
    runner.join()


def _start_with_large_stack(target: Callable[..., None], *args: object) -> threading.Thread:
    """Start `target` on a thread with the largest stack (up to QUERY_STACK_BYTES) the memory cap leaves room for."""
    size = QUERY_STACK_BYTES
    while True:
        try:
            threading.stack_size(size)
            thread = threading.Thread(target=target, args=args, name="kg-query")
            thread.start()  # the size applies when the thread starts
            return thread
        except (RuntimeError, MemoryError, ValueError):
            if size <= 8 << 20:
                raise
            size //= 2
        finally:
            threading.stack_size(0)


def _answer_jobs(conn: Connection, opener: _StoreOpener, max_bytes: int) -> None:
    conn.send(READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the server closed the pipe
        try:
            answer = answer_query(opener.store(), job, max_bytes)
        except KgError as err:  # the store went missing or became unreachable
            answer = Answer(503, "text/plain", str(err).encode())
        except Exception as err:  # noqa: BLE001 - a bug must cost one answer, not the worker
            answer = Answer(500, "text/plain", f"the query failed: {type(err).__name__}: {err}".encode())
        conn.send(answer)


def _redirect_stderr(path: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    os.dup2(fd, 2)
    os.close(fd)
    faulthandler.enable()  # a crash leaves the Python stack of every thread there


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


def answer_query(store: GraphStore, job: Job, max_bytes: int) -> Answer:
    """Run a job's query on a store and serialize the result, at most `max_bytes` of it."""
    out = _CappedBuffer(max_bytes)
    try:
        result = store.query(job.sparql, base_iri=job.base_iri,
                             default_graph=_nodes(job.default_graphs), named_graphs=_nodes(job.named_graphs))
        if isinstance(result, ox.QueryTriples):
            media = job.formats.graph if job.formats.graph in GRAPH_TYPES else "text/turtle"
            ox.serialize(result, out, GRAPH_FORMATS[media], prefixes=PREFIXES)
            if media == "application/rdf+xml":  # Oxigraph writes a CR raw, which XML reads back as LF
                return Answer(200, media, out.getvalue().replace(b"\r", b"&#13;"))
        elif isinstance(result, ox.QueryBoolean):
            media = job.formats.boolean
            write_boolean(out, bool(result), media)
        else:
            media = job.formats.results
            names = _column_order([v.value for v in result.variables], job.star_order)
            write_table(out, names, ([solution[name] for name in names] for solution in result), media)
    except QueryError as err:
        message = str(err)
        if message.startswith("malformed SPARQL"):  # line, column, what, and the text with a caret
            message = explain(job.sparql, message)
        return Answer(400, "text/plain", message.encode())
    except ResultTooLarge as err:
        return Answer(422, "text/plain", str(err).encode())
    except KgError as err:
        return Answer(502, "text/plain", str(err).encode())
    except RuntimeError as err:
        # Evaluation is lazy: an unknown function surfaces while reading the rows.
        message = first_line(err)
        status = 400 if "not supported" in message or "unknown" in message.lower() else 500
        return Answer(status, "text/plain", f"query failed: {message}".encode())
    except (OSError, ValueError, SyntaxError, TypeError) as err:
        # Lazy evaluation fails while serializing (e.g. a type error deep in the plan).
        return Answer(500, "text/plain", f"query failed: {first_line(err)}".encode())
    return Answer(200, media, out.getvalue())


# Names clients use for "the dataset's default graph" (rdflib's Dataset sends its own with every query).
DEFAULT_GRAPH_NAMES = frozenset({"urn:x-rdflib:default", "urn:x-arq:DefaultGraph"})


def _nodes(iris: tuple[str, ...] | None) -> list[ox.NamedNode | ox.DefaultGraph] | None:
    if iris is None:
        return None
    return [ox.DefaultGraph() if iri in DEFAULT_GRAPH_NAMES else ox.NamedNode(iri) for iri in iris]


def _column_order(names: list[str], star_order: tuple[str, ...] | None) -> list[str]:
    """`SELECT *` columns in the order the query names the variables (Oxigraph sorts them)."""
    if not star_order:
        return names
    position = {name: i for i, name in enumerate(star_order)}
    return sorted(names, key=lambda name: position.get(name, len(position)))


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
