"""The persistent RDF store: open it, write article batches atomically, run SPARQL.

A store location is a folder (the embedded Oxigraph store lives in `DIR/store`)
or the URL of a SPARQL 1.1 endpoint (`kg.remote`). Both answer SPARQL with the
default graph as the union of all named graphs, so users never need GRAPH
clauses, and both return pyoxigraph result objects.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
STORE_FOLDER = "store"

_DIGESTS = """
SELECT ?id ?digest WHERE {
  GRAPH ?g { ?article a gkg:Article ; dcterms:identifier ?id ; gkg:textDigest ?digest }
}"""


class GraphStore(ABC):
    """What the build, the queries, the analysis and the server need from a store."""

    location: str

    @abstractmethod
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query (the usual prefixes predeclared) over the union of all graphs."""

    @abstractmethod
    def write_articles(self, graphs: Sequence[tuple[ox.NamedNode, Sequence[ox.Quad]]],
                       replace: bool) -> None:
        """Write whole article graphs in one transaction; `replace` drops them first."""

    @abstractmethod
    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Atomically replace one named graph with `quads`."""

    @abstractmethod
    def triple_count(self) -> int:
        """The number of quads in all graphs."""

    @abstractmethod
    def dump_trig(self, path: Path) -> None:
        """Write the whole dataset as TriG."""

    def article_digests(self) -> dict[str, str]:
        """Article id → text digest of every article the store holds."""
        return {row["id"].value: row["digest"].value for row in self.query(_DIGESTS)}

    def close(self) -> None:
        """Release the store (flushes and unlocks an embedded store)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalStore(GraphStore):
    """The embedded Oxigraph (RocksDB) store in a folder."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.location = str(path)
        self.path = path
        try:
            self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except (OSError, RuntimeError) as err:   # RocksDB reports corruption as RuntimeError
            if "lock" in str(err).lower():
                raise StoreError(f"{path}: the store is in use by another kg process") from None
            raise StoreError(f"{path}: cannot open the store ({_first_line(err)})") from None

    def query(self, sparql: str) -> QueryResult:
        try:
            return self._store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL: {_first_line(err)}") from None
        except (OSError, ValueError) as err:
            raise QueryError(f"query failed: {_first_line(err)}") from None

    def write_articles(self, graphs: Sequence[tuple[ox.NamedNode, Sequence[ox.Quad]]],
                       replace: bool) -> None:
        if not graphs:
            return
        if replace:
            # DROP and INSERT DATA in one update: one transaction, so a crash keeps
            # either the old or the new version of each article, never a mix.
            parts = [f"DROP SILENT GRAPH {graph} ;" for graph, _ in graphs]
            parts.append("INSERT DATA {")
            for graph, quads in graphs:
                parts.append(f"GRAPH {graph} {{")
                parts.extend(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
                parts.append("}")
            parts.append("}")
            self._store.update("\n".join(parts))
        else:
            self._store.extend(q for _, quads in graphs for q in quads)

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        self.write_articles([(graph, list(quads))], replace=True)

    def triple_count(self) -> int:
        return len(self._store)

    def dump_trig(self, path: Path) -> None:
        self._store.dump(str(path), ox.RdfFormat.TRIG, prefixes=PREFIXES)

    def close(self) -> None:
        if hasattr(self, "_store"):
            try:
                self._store.flush()
            except (OSError, RuntimeError):
                pass  # a read-only store has nothing to flush (pyoxigraph 0.5 raises RuntimeError)
            del self._store


def store_path(out_dir: Path) -> Path:
    """The embedded store's folder inside an output folder."""
    return out_dir / STORE_FOLDER


def is_endpoint(location: str | Path) -> bool:
    return str(location).startswith(("http://", "https://"))


def open_store(location: str | Path, *, create: bool = False, read_only: bool = False) -> GraphStore:
    """Open the store of an output folder (or an endpoint URL).

    `create` makes a new embedded store where none exists; otherwise a missing
    store is an error. `read_only` lets queries run beside a running build.
    """
    if is_endpoint(location):
        from kg.remote import EndpointStore  # only needed for shared stores

        return EndpointStore(str(location))
    folder = Path(location)
    path = store_path(folder)
    if not path.exists() and (folder / "CURRENT").exists():
        path = folder  # the user named the Oxigraph folder itself
    if not path.exists():
        if not create:
            raise StoreError(f"{folder}: no store here (run `kg build --out {folder}` first)")
        path.mkdir(parents=True)
    return LocalStore(path, read_only=read_only and not create)


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
