"""The build: input → NLP → facts → RDF → store, then the artifacts.

All input is read and validated before the store is opened, so bad input never
leaves a half-written store. Articles whose digest the store already holds are
skipped (a rebuild adds nothing); changed articles replace their named graph.
Each batch is written all at once (a transaction, or one bulk load of new articles), so a
crash loses at most the batch in flight and never leaves part of an article.

On a machine with several cores, worker processes run NLP, extraction and quad
building while this process only reads, checks digests and writes: batches go
out in order, at most a few in flight (so memory stays flat on any input size),
and come back as N-Quads bytes (pickling pyoxigraph terms is ~20x slower than
serialising and re-parsing them, see benchmarks/README.md).
"""
from __future__ import annotations

import errno
import gc
import logging
import multiprocessing
import os
import shutil
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

import pyoxigraph as ox

from kg import fork_server, inputs, web
from kg.defaults import DEFAULT_BATCH, MIN_ARTICLES_FOR_WORKERS
from kg.errors import InputError, StoreError
from kg.facts import Article
from kg.store import GraphStore, check_location, open_store

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
# Batches handed to the workers ahead of the writer: enough to keep them busy, few enough
# that the articles in flight stay a small, constant amount of memory.
IN_FLIGHT_PER_WORKER = 2
# The smallest batch a worker gets at the end of a build: each costs a round trip and a transaction.
MIN_TAPERED_BATCH = 8
# Allocations between the worker processes' garbage collections (Python's default: 700); the
# building process uses it too while it builds (`_collector_threshold`).
WORKER_GC_THRESHOLD = 50_000
# The worker processes' threshold: they collect after each batch instead (`_worker_process`). A batch
# leaves no cyclic garbage (none found on the real corpus), so each pass within one only walked the
# objects the batch still held: at 50,000, 11 passes per worker, 0.15-0.2 CPU s of collecting and more
# of the worker's CPU besides. A million allocations still bound what cycles one large article leaves.
WORKER_BATCH_GC_THRESHOLD = 1_000_000


@dataclass
class BuildReport:
    """What a build did, for the CLI summary and the benchmark."""

    articles: int = 0            # good articles in the input
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)   # skipped with --skip-bad
    notes: str | None = None     # web input skipped (not German, no text) or merged (duplicates)
    triples: int = 0
    words: int = 0
    workers: int = 0             # processes doing NLP and extraction (0: this one)
    # Per stage. With workers, nlp/extract/rdf are summed over the workers and
    # overlap "write"; "wait" is the time the writer waited for them.
    seconds: dict[str, float] = field(default_factory=dict)
    # The same stages in CPU seconds of the process running them: unlike wall
    # time, this does not grow when other programs share the cores.
    cpu_seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start
            self.cpu_seconds[stage] = self.cpu_seconds.get(stage, 0.0) + time.process_time() - cpu


def check_input(paths: Sequence[Path], *, skip_bad: bool = False, mapper: web.Mapper = web.here,
                progress: Progress | None = None,
                max_article_mb: float | None = inputs.DEFAULT_MAX_ARTICLE_MB) -> inputs.Scan:
    """Read all input once; raise on the first problem unless bad articles are to be skipped.

    `mapper` extracts web pages (in worker processes: `web.pooled`); `progress(1)`
    follows each page or feed entry read. An article over `max_article_mb` (None:
    no limit) is a problem.
    """
    max_bytes = None if max_article_mb is None else int(max_article_mb * inputs.MB)
    scan = inputs.scan(paths, mapper=mapper, progress=progress, max_bytes=max_bytes)
    if scan.problems and not skip_bad:
        more = len(scan.problems) - 1
        suffix = f" (and {more} more problem{'s' * (more > 1)}; --skip-bad skips them)" if more else ""
        raise InputError(f"{scan.problems[0]}{suffix}")
    if scan.count == 0:
        notes = f" (web input: {scan.notes})" if scan.notes else ""
        raise InputError(f"no readable articles in the input{notes}")
    return scan


def build(paths: Sequence[Path], out_dir: Path, *, store_location: str | None = None,
          skip_bad: bool = False, batch_size: int = DEFAULT_BATCH, max_nodes: int | None = None,
          max_article_mb: float | None = inputs.DEFAULT_MAX_ARTICLE_MB, artifacts: bool = True, progress: Progress | None = None,
          on_start: Callable[[int], None] | None = None, workers: int | None = None,
          counted: str = "asserted", on_read: Progress | None = None) -> BuildReport:
    """Build the graph of `paths` into the store of `out_dir` (or `store_location`).

    `on_read(1)` is called after each web page or feed entry read (reading a
    crawl takes a while), `on_start(total)` once the input is validated,
    `progress(n)` after each batch of n articles. `workers` is the number of
    processes doing page extraction, NLP and extraction (0: all in this
    process; None: one per core when the input is large enough to pay for
    their start-up). `counted`: the events the analysis counts, "asserted"
    (reported as fact) or "all" (`kg.network.actor_network`). An article over
    `max_article_mb` (None: no limit) is bad input.
    """
    report = BuildReport()
    if store_location is not None:
        check_location(store_location)      # before reading the input, which may take long
    with _collector_threshold(WORKER_GC_THRESHOLD), _WorkerPool(0) as pool:
        with report.timing("read"):
            scan = check_input(paths, skip_bad=skip_bad, mapper=_web_mapper(paths, pool, workers),
                               progress=on_read, max_article_mb=max_article_mb)
        report.articles = scan.count
        report.problems = [str(p) for p in scan.problems]
        report.notes = scan.notes
        if on_start:
            on_start(scan.count)

        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as err:   # a file in the way, no permission, read-only file system
            raise StoreError(f"{inputs.shown(out_dir)}: cannot create the output folder "
                             f"({err.strerror or err})") from None
        with _disk_full(out_dir, "the store"), open_store(store_location or out_dir, create=True) as store:
            with report.timing("read"):
                known = store.article_digests()
            if pool.started is None:      # else the workers that extracted the pages go on
                pool.size = default_workers(scan.count) if workers is None else max(0, workers)
            report.workers = count = pool.size
            if count and not known:
                # A new store: every article goes to the workers, so the fork server loads the
                # pipeline (the build's longest wait) while this process writes the ontology and
                # reads the labels. (A rebuild waits until a batch needs it: it may need none.)
                pool.start_loading()
            _write_ontology(store, report)
            batches = (_batches(inputs.articles(scan), batch_size) if count == 0 else
                       _tapered(inputs.articles(scan), batch_size, scan.count, count))
            writer = _ArticleWriter(store, known, report)
            if count == 0:
                _build_here(batches, writer, report, progress)
            else:
                _build_with_workers(batches, writer, report, progress, pool,
                                    _import_artifact_modules if artifacts else None,
                                    _prepare_workers_for_artifacts if artifacts else None)
            if artifacts:
                with _disk_full(out_dir, "the artifacts (the previous ones are kept)"):
                    _write_artifacts(store, out_dir, report, max_nodes, pool.started, counted)
            # Last, so the analysis graph the artifacts wrote is compacted too: a table file
            # left beside the compacted ones slowed every lookup (officials of a state at
            # 10k articles: 3.7 instead of 3.0 ms).
            with report.timing("optimize"):
                store.optimize()
            report.triples = store.triple_count()
    return report


@contextmanager
def _collector_threshold(threshold: int) -> Iterator[None]:
    """Collect garbage every `threshold` allocations, not 700, until the build ends: this process
    writes the batches and computes the artifacts, and its collector ran ~450 times per real-corpus
    build, 0.29 CPU s (0.06 s at 50,000), mostly walking objects that live on (the network, the
    labels). Cycles are still collected, later."""
    before = gc.get_threshold()
    gc.set_threshold(threshold, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def _disk_full(out_dir: Path, writing: str) -> Iterator[None]:
    """A full disk (or quota) as one StoreError naming what was being written.

    The store stays consistent: each batch is written all at once, and what a failed one
    wrote is not part of the store when it is next opened.
    """
    try:
        yield
    except OSError as err:
        if err.errno not in (errno.ENOSPC, errno.EDQUOT) and "No space left on device" not in str(err) \
                and "Disk quota exceeded" not in str(err):
            raise
        raise StoreError(f"{inputs.shown(out_dir)}: disk full while writing {writing}; free some space "
                         "and build again (the store holds the batches written before)") from None


def _web_mapper(paths: Sequence[Path], pool: _WorkerPool, workers: int | None) -> web.Mapper:
    """Where web pages are extracted: in the worker processes when there are enough of them."""
    size = fork_server.cores() if workers is None else max(0, workers)
    if size < 1 or (workers is None and size < 2):
        return web.here
    try:
        found = web.input_bytes(inputs.expand(paths))
    except InputError:
        return web.here           # the scan names the problem
    if found < web.MIN_BYTES_FOR_WORKERS:
        return web.here
    pool.size = size
    return web.pooled(pool.get(), size)


def default_workers(articles: int) -> int:
    """Worker processes for a build of `articles` articles: one per usable core, or none.

    >>> default_workers(10)
    0
    """
    cores = fork_server.cores()
    return cores if cores > 1 and articles >= MIN_ARTICLES_FOR_WORKERS else 0


@dataclass(frozen=True)
class Processed:
    """One batch after NLP, extraction and quad building, ready to write.

    Each article's quads travel as N-Quads bytes, which cross process borders
    cheaply (pyoxigraph terms pickle slowly).
    """

    # (article id, N-Quads of its graph but the entities' labels, N-Quads of those labels)
    graphs: tuple[tuple[str, bytes, bytes], ...]
    words: int
    seconds: dict[str, float]
    cpu_seconds: dict[str, float]

    @staticmethod
    def joined(parts: Sequence[Processed]) -> Processed:
        """Consecutive batches as one, to be written at once."""
        seconds: Counter[str] = Counter()
        cpu_seconds: Counter[str] = Counter()
        for part in parts:
            seconds.update(part.seconds)
            cpu_seconds.update(part.cpu_seconds)
        return Processed(tuple(graph for part in parts for graph in part.graphs),
                         sum(part.words for part in parts), dict(seconds), dict(cpu_seconds))


class Processor:
    """NLP → facts → quads for batches of articles; one per process."""

    def __init__(self) -> None:
        from kg.extract import extract
        from kg.nlp import build_nlp

        self.extract = extract
        self.nlp = build_nlp(spans_key="")     # the extractor reads the hits, not their spans

    def process(self, todo: Sequence[Article]) -> Processed:
        from kg.rdf import article_quads, split_labels

        timer = BuildReport()
        with timer.timing("nlp"):
            docs = list(self.nlp.pipe(a.text for a in todo))
        with timer.timing("extract"):
            facts = [self.extract(doc, article) for doc, article in zip(docs, todo)]
        with timer.timing("rdf"):
            graphs = tuple((f.article.id, *(ox.serialize(part, format=ox.RdfFormat.N_QUADS)
                                             for part in split_labels(article_quads(f))))
                           for f in facts)
        return Processed(graphs, sum(len(doc) for doc in docs), timer.seconds, timer.cpu_seconds)


class _ArticleWriter:
    """Picks the changed articles of each batch and writes what was made of them."""

    def __init__(self, store: GraphStore, known: dict[str, str], report: BuildReport) -> None:
        self.store, self.known, self.report = store, known, report
        with report.timing("read"):
            self.labels = _entity_labels(store)

    def changed(self, batch: list[Article]) -> list[Article]:
        todo = [a for a in batch if self.known.get(a.id) != a.digest]
        self.report.unchanged += len(batch) - len(todo)
        return todo

    def write(self, todo: Sequence[Article], processed: Processed) -> None:
        from kg.rdf import adopt_labels
        from kg.vocab import article_graph

        report = self.report
        report.words += processed.words
        for stage, seconds in processed.seconds.items():
            report.seconds[stage] = report.seconds.get(stage, 0.0) + seconds
        for stage, seconds in processed.cpu_seconds.items():
            report.cpu_seconds[stage] = report.cpu_seconds.get(stage, 0.0) + seconds
        with report.timing("write"):
            new, changed = [], []
            for article, (article_id, data, labels) in zip(todo, processed.graphs):
                graph = article_graph(article_id)
                # labels are unified here, in write order, so workers need no shared state
                adopted = adopt_labels(ox.parse(labels, format=ox.RdfFormat.N_QUADS), self.labels)
                if article.id in self.known:
                    changed.append((graph, [*ox.parse(data, format=ox.RdfFormat.N_QUADS), *adopted]))
                else:   # the bulk stays N-Quads bytes: the store parses them, no Python objects
                    new.append((graph, data + ox.serialize(adopted, format=ox.RdfFormat.N_QUADS)))
            self.store.add_articles(new)
            self.store.write_articles(changed, replace=True)
        for article in todo:
            self.known[article.id] = article.digest
        report.added += len(new)
        report.replaced += len(changed)


def _build_here(batches: Iterable[list[Article]], writer: _ArticleWriter, report: BuildReport,
                progress: Progress | None) -> None:
    with report.timing("nlp-load"):
        processor = Processor()
    for batch in batches:
        todo = writer.changed(batch)
        if todo:
            writer.write(todo, processor.process(todo))
        if progress:
            progress(len(batch))


# The worker processes' own Processor (set by _worker_init, used by _worker_process), or why
# it could not be made.
_processor: Processor | None = None
_startup_error: Exception | None = None


def preload_processor() -> None:
    """Make this process's Processor and run it once on invented news (`kg/data/warm_up.txt`), so
    that what it loads on first use (the lemma table, the name tagger, the cue tables, the sorted
    lexicon a company compound is tested against) is loaded too. `kg.worker_template` calls it in
    the build's fork server, whose forks (the workers) inherit it all: each spawned worker loaded
    it again, 1.3-1.6 CPU s apiece."""
    from kg.resources import DATA

    global _processor, _startup_error
    try:
        _processor = Processor()
        text = (DATA / "warm_up.txt").read_text(encoding="utf-8")
        _processor.process([Article(id="warm-up", text=text)])
    except Exception as exc:
        _processor, _startup_error = None, exc
    gc.freeze()     # the forks share these objects' pages until they write to them


def _worker_init() -> None:
    # A Pool replaces a worker whose initializer raises, forever: the build would hang. The error
    # is kept instead and raised by the worker's first task, so the build fails with it.
    global _processor, _startup_error
    if _processor is None and _startup_error is None:       # no fork server of ours made it
        try:
            _processor = Processor()
        except Exception as exc:
            _startup_error = exc
    # The pipeline's objects live as long as the worker: kept out of the garbage collector's
    # full passes, which otherwise walk them all again in every batch and in the analysis.
    gc.freeze()
    # At the default threshold (700) the collector ran ~1,000 times per worker on the real corpus,
    # 0.4 CPU s (its older generations walking the objects that live on again and again); at
    # 50,000, 10 times and 0.12 s; once per batch now.
    gc.set_threshold(WORKER_BATCH_GC_THRESHOLD, *gc.get_threshold()[1:])


def _worker_process(todo: list[Article]) -> Processed:
    if _startup_error is not None:
        raise _startup_error
    assert _processor is not None, "worker not initialised"
    processed = _processor.process(todo)
    gc.collect(0)       # the batch's cycles, if any, while its objects are gone (`WORKER_BATCH_GC_THRESHOLD`)
    return processed


class _WorkerPool:
    """Worker processes that each load the NLP pipeline once, started when first needed
    (an unchanged rebuild never waits for them); stopped when the build ends."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.started: Pool | None = None
        # a fork server the command line started for this build (`kg.fork_server.start_early`)
        self.forked, self.compiled = fork_server.take_early()

    def start_loading(self) -> None:
        """Start the fork server loading the pipeline, without waiting for it (`get` waits)."""
        if self.started is None and not self.forked and fork_server.available():
            self.forked = True
            self.compiled = fork_server.start()

    def get(self) -> Pool:
        if self.started is None:
            # Not fork: this process holds an open RocksDB store and its threads. A fork server is a
            # fresh process that loads the pipeline once and forks each worker from itself (where
            # there is none, on Windows, each spawned worker loads it).
            self.forked = fork_server.available()
            context = multiprocessing.get_context("forkserver" if self.forked else "spawn")
            if self.forked:
                context.set_forkserver_preload(fork_server.PRELOAD)
            self.started = context.Pool(self.size, initializer=_worker_init)
        return self.started

    def __enter__(self) -> _WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.started is not None:
            self.started.terminate()
            self.started.join()
        if self.forked:
            # the server holds the pipeline of this build's environment: the next build (in a
            # long-lived process) starts its own. (Python's own tests stop it the same way.)
            from multiprocessing import forkserver

            _end_at_once(forkserver._forkserver._forkserver_pid)
            forkserver._forkserver._stop()
        if self.compiled is not None:
            shutil.rmtree(self.compiled.parent, ignore_errors=True)


def _end_at_once(pid: int | None) -> None:
    """End the fork server by SIGTERM (which it does not handle): it holds nothing to write or
    release, and ending normally it freed the whole pipeline object by object while the build
    waited for it (`_stop` waits), 0.2-0.3 s at the end of every build."""
    if pid is not None:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)


def _build_with_workers(batches: Iterable[list[Article]], writer: _ArticleWriter, report: BuildReport,
                        progress: Progress | None, pool: _WorkerPool,
                        while_waiting: Callable[[], None] | None = None,
                        when_all_sent: Callable[[_WorkerPool], None] | None = None) -> None:
    """Process the batches in `pool`'s workers and write them in order. `while_waiting`: run
    once while this process first waits for the workers (they start up and load the pipeline);
    `when_all_sent`: once the last batch is handed out."""
    pending: deque[tuple[int, list[Article], AsyncResult]] = deque()

    def wait_once() -> None:
        nonlocal while_waiting
        if while_waiting is not None:
            while_waiting()
            while_waiting = None

    def write_ready() -> None:
        """Write the oldest batch, and with it the later ones already processed: each write (a bulk
        load) costs the writer about 0.03 CPU s besides its quads, and the small batches at the end
        of a build come back together."""
        size, todo, result = pending.popleft()
        with report.timing("wait"):
            wait_once()
            done = [(size, todo, result.get())]
        while pending and pending[0][2].ready() and pending[0][2].successful():
            size, todo, result = pending.popleft()
            done.append((size, todo, result.get()))
        writer.write([article for _, articles, _ in done for article in articles],
                     Processed.joined([processed for _, _, processed in done]))
        if progress:
            for size, _, _ in done:
                progress(size)

    for batch in batches:
        todo = writer.changed(batch)
        if not todo:
            if progress:
                progress(len(batch))
            continue
        if pool.started is None:
            # Making the pool waits for the fork server to load the pipeline (1.5 s): this process
            # does its own waiting work meanwhile, not later beside the busy workers.
            pool.start_loading()
            with report.timing("wait"):
                wait_once()
        pending.append((len(batch), todo, pool.get().apply_async(_worker_process, (todo,))))
        if len(pending) >= pool.size * IN_FLIGHT_PER_WORKER:
            write_ready()
    if when_all_sent is not None and pool.started is not None:
        when_all_sent(pool)
    while pending:
        write_ready()


def _import_artifact_modules() -> None:
    """Import what the artifacts stage needs here while the workers start, off the build's critical
    path. (The page, drawn with pyvis, and its layout, which needs scipy.optimize, are made in the
    workers: `kg.artifacts.prepare_worker`.)
    """
    import kg.artifacts  # noqa: F401


def _prepare_workers_for_artifacts(pool: _WorkerPool) -> None:
    """Have each worker import what its artifacts tasks need (`kg.artifacts.prepare_worker`) once it
    is done with its batches, while the last ones are written and the network is read: in the
    artifacts stage, on the build's critical path, that took 0.15 CPU s per worker."""
    from kg.artifacts import prepare_worker

    for _ in range(pool.size):
        pool.get().apply_async(prepare_worker)


def _entity_labels(store: GraphStore) -> dict[str, str]:
    """Entity IRI → the label the store already gives it (one per entity)."""
    from kg.vocab import entity_key_of

    rows = store.query("SELECT ?e ?label WHERE { GRAPH ?g { ?e rdfs:label ?label } "
                       "FILTER(LANG(?label) = 'de') }")
    return {row["e"].value: row["label"].value for row in rows if entity_key_of(row["e"].value)}


def _write_ontology(store: GraphStore, report: BuildReport) -> None:
    from kg.ontology import ontology_quads
    from kg.vocab import ONTOLOGY_GRAPH

    with report.timing("write"):
        store.replace_graph(ONTOLOGY_GRAPH, ontology_quads())


def _write_artifacts(store: GraphStore, out_dir: Path, report: BuildReport,
                     max_nodes: int | None, pool: Pool | None, counted: str) -> None:
    from kg.artifacts import write_artifacts

    with report.timing("artifacts"):
        written = write_artifacts(store, out_dir, max_nodes=max_nodes, pool=pool, count=counted)
    for stage, seconds in written.seconds.items():
        report.seconds[f"artifacts:{stage}"] = seconds


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _tapered(items: Iterable[Article], size: int, total: int, workers: int) -> Iterator[list[Article]]:
    """Batches of at most `size` that shrink as the `total` articles run out (guided scheduling),
    so the workers finish together and the batch written after they are done is small.

    With equal batches of 256, the last two (one per worker) ended together and were written
    one after the other while both cores idled: 0.8 s of a 10 s build.

    >>> [len(b) for b in _tapered(range(100), 32, 100, 2)]
    [25, 19, 14, 11, 8, 8, 8, 7]
    """
    iterator = iter(items)
    remaining = total
    while batch := list(islice(iterator, min(size, max(MIN_TAPERED_BATCH, -(-remaining // (2 * workers)))))):
        remaining -= len(batch)
        yield batch
