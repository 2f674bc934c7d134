"""The embedded Oxigraph store of an output folder (`DIR/store`).

The default graph is kept as the materialised union of the named graphs; see
`kg.store` for why.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError, first_line
from kg.store.base import GraphStore
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

READ_ONLY_OPEN_ATTEMPTS = 5
# RocksDB keeps written data in its in-memory tables until it decides to flush them:
# a build's writer grew by ~45 MB per 1,000 articles, to 2.6 GB. Flushing about every
# 2,000 articles kept a 20,000-article build at 210 MB instead of 1.2 GB, and its writes
# were faster too (benchmarks/README.md). Counted in named-graph quads.
FLUSH_EVERY_QUADS = 100_000
# New articles are bulk-loaded (RocksDB table files written beside the store and ingested), not
# written through a transaction: the writer's CPU per 1,000 articles went from 2.5 to 1.4 s. It
# stays all or nothing per batch: Oxigraph's bulk loader ingests up to 1,000,000 quads at once
# (`DEFAULT_BULK_LOAD_BATCH_SIZE`), as one RocksDB `IngestExternalFiles` over all its column
# families, which RocksDB applies atomically. A larger batch (half that here, for margin; a
# 256-article batch with its union copy is ~50,000) goes through one transaction instead.
BULK_ATOMIC_QUADS = 500_000
# A bulk load writes and syncs table files for every index however few its quads: 0.03 CPU s and, on a
# virtual disk, 0.1-0.3 s of wall time per call. Up to about this many quads (the union copy counted) a
# transaction is cheaper in both (1,000 quads beside ten bulk-loaded files: 0.01 against 0.03-0.04 CPU s,
# a third of the wall; about equal at 4,000-6,000). The last batches of a build are that small, and they
# are written while the workers have nothing left to do.
SMALL_LOAD_QUADS = 6_000


class LocalStore(GraphStore):
    """The embedded Oxigraph (RocksDB) store in a folder."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.location = str(path)
        self.path = path
        self._store, lacks_union = self._open(path, read_only)
        self._unflushed = 0     # quads written since the last flush
        self._flushed = False   # a large write left several table files: optimize() compacts them
        self._flushing: threading.Thread | None = None   # flush_soon()'s
        self._compact_error: Exception | None = None       # what its compaction raised, for optimize()
        self._union_view = False
        if lacks_union:
            if read_only:
                self._union_view = True
            else:
                log.info("%s: materialising the default graph (store from an older geokg)", path)
                self._store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    @staticmethod
    def _open(path: Path, read_only: bool) -> tuple[ox.Store, bool]:
        """The store, and whether it lacks the materialised union (its first read)."""
        # A read-only open reads RocksDB's MANIFEST, which a writer in another process
        # may be replacing at that moment ("may be corrupted"): a moment later it is whole.
        # Its first read may also miss a table file that the writer's compaction removed
        # since (a build ingests a few per batch): opened again, it reads the current ones.
        attempts = READ_ONLY_OPEN_ATTEMPTS if read_only else 1
        for attempt in range(1, attempts + 1):
            try:
                store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
                return store, _lacks_union(store)
            except (OSError, RuntimeError) as err:   # RocksDB reports corruption as RuntimeError
                if "lock" in str(err).lower():
                    raise StoreError(f"{path}: the store is in use by another kg process") from None
                if attempt == attempts:
                    raise StoreError(f"{path}: cannot open the store ({first_line(err)})") from None
                time.sleep(0.05 * attempt)
        raise AssertionError("unreachable")

    def query(self, sparql: str, *, base_iri: str | None = None,
              default_graph: Sequence[ox.NamedNode] | None = None,
              named_graphs: Sequence[ox.NamedNode] | None = None) -> QueryResult:
        dataset: dict[str, object] = {}
        if default_graph is not None or named_graphs is not None:
            dataset = {"default_graph": list(default_graph) if default_graph is not None else None,
                       "named_graphs": list(named_graphs) if named_graphs is not None else None}
        else:
            dataset = {"use_default_graph_as_union": self._union_view}
        try:
            return self._store.query(sparql, prefixes=PREFIXES, base_iri=base_iri, **dataset)
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL: {first_line(err)}") from None
        except (OSError, ValueError, RuntimeError) as err:  # RuntimeError: e.g. an unknown function
            raise QueryError(f"query failed: {first_line(err)}") from None

    def write_articles(self, graphs: Sequence[tuple[ox.NamedNode, Sequence[ox.Quad]]],
                       replace: bool) -> None:
        if not graphs:
            return
        if replace:
            # Everything in one update: one transaction, so a crash keeps either the
            # old or the new version of each article, never a mix. Per graph, the
            # union loses the triples no other graph holds, then the graph goes.
            parts = []
            for graph, _ in graphs:
                parts.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
                             f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }} ;")
                parts.append(f"DROP SILENT GRAPH {graph} ;")
            parts.append("INSERT DATA {")
            for graph, quads in graphs:
                triples = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
                parts.append(f"GRAPH {graph} {{")
                parts.extend(triples)
                parts.append("}")
                parts.extend(triples)   # the union's copy (blank node labels are shared in one INSERT DATA)
            parts.append("}")
            self._store.update("\n".join(parts))
        else:
            # extend() is one transaction; bulk_extend() is faster but not atomic.
            quads = [q for _, graph_quads in graphs for q in graph_quads]
            default = ox.DefaultGraph()
            quads.extend([ox.Quad(q.subject, q.predicate, q.object, default) for q in quads])
            self._store.extend(quads)
        self._written(sum(len(graph_quads) for _, graph_quads in graphs))

    def add_articles(self, graphs: Sequence[tuple[ox.NamedNode, bytes]]) -> None:
        # The store parses the bytes itself: 0.8 of the writer's 2.5 CPU s at 1,000 articles went
        # to making and converting quads. One bulk load (or load()) per batch: all or nothing.
        parts, quads = [], 0
        for graph, data in graphs:
            lines = data.count(b"\n")
            end = f" {graph} .\n".encode()
            if data.count(end) != lines:   # a quad outside its article's graph: no bytes shortcut
                super().add_articles(graphs)
                return
            parts += [data, data.replace(end, b" .\n")]    # and its copy in the union (default graph)
            quads += lines
        if not quads:
            return
        # The bytes are N-Quads that pyoxigraph serialised from terms it checked when they were made: parsed
        # leniently, each IRI is not checked again (a tenth of a load's CPU).
        if SMALL_LOAD_QUADS < 2 * quads <= BULK_ATOMIC_QUADS:
            self._store.bulk_load(b"".join(parts), format=ox.RdfFormat.N_QUADS, lenient=True)
            self._flushed = True      # its table files are the store's now: optimize() compacts them
        else:   # one transaction: a small batch, or one too large for one atomic ingest
            self._store.load(b"".join(parts), format=ox.RdfFormat.N_QUADS, lenient=True)
            self._written(quads)

    def _written(self, quads: int) -> None:
        self._unflushed += quads
        if self._unflushed >= FLUSH_EVERY_QUADS:
            self._store.flush()
            self._unflushed = 0
            self._flushed = True

    def optimize(self) -> None:
        # Each flush leaves a table file that reads must consult: compacting them made the
        # queries at 100,000 articles 1.4-1.6x faster and took 10 s (2% of that build).
        if self._flushing is not None:
            self._flushing.join()       # flush_soon() compacts what was written before it
            error, self._compact_error = self._compact_error, None
            if error is not None:
                raise error
        if self._flushed:
            self._store.optimize()
            self._flushed = False

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        if self._store.contains_named_graph(graph):
            self.write_articles([(graph, list(quads))], replace=True)
        else:
            # A graph the store lacks needs no deletes: bulk-loaded as a new article is, all or nothing
            # too. A transaction reads each key it writes: the analysis graph of the real corpus
            # (13,852 quads) took 0.30 CPU s that way, beside the build's unmerged table files; 0.18 so.
            self.add_articles([(graph, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))])

    def graph_quads(self, graph: ox.NamedNode) -> Iterator[ox.Quad]:
        # the store's own lookup: the same quads as the base class's SELECT, without a query
        # (the analysis graph appended to graph.trig at the end of each build: 0.10 → 0.06 CPU s)
        return self._store.quads_for_pattern(None, None, None, graph)

    def triple_count(self) -> int:
        rows = self._store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(rows))["n"].value)

    def dump_trig(self, path: Path, *, skip: ox.NamedNode | None = None) -> None:
        # The named graphs only: the default graph is their union, a reader rebuilds it. Graph by
        # graph in Rust, each as the Turtle of its TriG block: no Python object per quad, and the
        # GIL is free while a graph is written, so the artifacts stage dumps in a thread beside its
        # other work (ox.serialize over the quads held the GIL for the whole 0.7 s). The bytes are
        # those ox.serialize wrote: its prefix lines once, then each graph's triples indented.
        # pyoxigraph (0.5.13) writes no TriG of the named graphs alone: Store.dump(TRIG) writes the
        # default graph too (here the union of all), and with from_graph it writes that graph's
        # triples as a default graph, without the graph's block; so each block is framed here.
        with open(path, "wb") as out:
            started = False
            for graph in list(self._store.named_graphs()):
                if graph == skip:
                    continue
                body = self._store.dump(format=ox.RdfFormat.TURTLE, from_graph=graph, prefixes=PREFIXES)
                lines = body.split(b"\n", len(PREFIXES))   # the prefix lines, then the triples
                if len(lines) <= len(PREFIXES) or not all(line.startswith(b"@prefix ") for line in lines[:-1]):
                    if not body:
                        continue        # an empty graph: ox.serialize wrote nothing either
                    out.close()         # another pyoxigraph's layout: quad by quad
                    self._dump_trig_quads(path, skip)
                    return
                if not started:
                    out.write(body[:len(body) - len(lines[-1])])
                    started = True
                triples = lines[-1]
                out.write(b"%s {\n\t%s\n}\n" % (str(graph).encode(), triples[:-1].replace(b"\n", b"\n\t")))

    def _dump_trig_quads(self, path: Path, skip: ox.NamedNode | None) -> None:
        def named() -> Iterator[ox.Quad]:
            for graph in self._store.named_graphs():
                if graph != skip:
                    yield from self._store.quads_for_pattern(None, None, None, graph)

        ox.serialize(named(), str(path), ox.RdfFormat.TRIG, prefixes=PREFIXES)

    def flush_soon(self) -> None:
        # Writing RocksDB's in-memory tables to disk took 0.4 CPU s at close after a 1,000-article
        # build; the flush releases the GIL, so a thread does it while the build finishes the
        # artifacts (reads and writes go on meanwhile: RocksDB is made for that). It compacts the
        # table files too, which optimize() did after the artifacts, 0.12-0.2 s on the build's last
        # stretch with the GIL released as well: optimize() now waits for what is left of it.
        if self._flushing is None:
            compact, self._flushed = self._flushed, False
            self._flushing = threading.Thread(target=self._flush_and_compact, args=(compact,),
                                              name="store-flush", daemon=True)
            self._flushing.start()

    def _flush_and_compact(self, compact: bool) -> None:
        self._flush()
        if compact:
            try:
                self._store.optimize()
            except Exception as error:      # raised by optimize(), in the building thread
                self._compact_error = error

    def _flush(self) -> None:
        try:
            self._store.flush()
        except (OSError, RuntimeError):
            pass  # a read-only store has nothing to flush (pyoxigraph 0.5 raises RuntimeError)

    def close(self) -> None:
        if hasattr(self, "_store"):
            if self._flushing is not None:
                self._flushing.join()
            self._flush()      # what was written since (nothing, after a build)
            del self._store


def _lacks_union(store: ox.Store) -> bool:
    """Named graphs but an empty default graph: a store without the materialised union."""
    has_named = next(iter(store.named_graphs()), None) is not None
    return has_named and next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None
