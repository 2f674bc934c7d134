"""What every store does (`GraphStore`), and the result type of its queries."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

_DIGESTS = """
SELECT ?id ?digest WHERE {
  GRAPH ?g { ?article a gkg:Article ; dcterms:identifier ?id ; gkg:textDigest ?digest }
}"""


class GraphStore(ABC):
    """What the build, the queries, the analysis and the server need from a store."""

    location: str

    @abstractmethod
    def query(self, sparql: str, *, base_iri: str | None = None,
              default_graph: Sequence[ox.NamedNode] | None = None,
              named_graphs: Sequence[ox.NamedNode] | None = None) -> QueryResult:
        """Run a SPARQL query (the usual prefixes predeclared) over the union of all graphs.

        `default_graph`/`named_graphs` set the dataset instead (the protocol's
        default-graph-uri and named-graph-uri); `base_iri` resolves relative IRIs.
        """

    @abstractmethod
    def write_articles(self, graphs: Sequence[tuple[ox.NamedNode, Sequence[ox.Quad]]],
                       replace: bool) -> None:
        """Write whole article graphs in one transaction; `replace` drops them first."""

    def add_articles(self, graphs: Sequence[tuple[ox.NamedNode, bytes]]) -> None:
        """Write new article graphs, each given as the N-Quads of its quads, in one transaction."""
        self.write_articles([(graph, list(ox.parse(data, format=ox.RdfFormat.N_QUADS))) for graph, data in graphs],
                            replace=False)

    @abstractmethod
    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Atomically replace one named graph with `quads`."""

    @abstractmethod
    def triple_count(self) -> int:
        """The number of quads in all graphs."""

    @abstractmethod
    def dump_trig(self, path: Path, *, skip: ox.NamedNode | None = None) -> None:
        """Write every named graph (but `skip`) as TriG."""

    def graph_quads(self, graph: ox.NamedNode) -> Iterator[ox.Quad]:
        """The quads of one named graph, as the store holds them (literals in canonical form)."""
        for row in self.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"):
            yield ox.Quad(row["s"], row["p"], row["o"], graph)

    def optimize(self) -> None:
        """Reorganise the store for reading after a large write (where the store needs it)."""

    def flush_soon(self) -> None:
        """Start persisting what was written, beside whatever this process does next (where the
        store keeps written data in memory; `close` waits for it)."""

    def article_digests(self) -> dict[str, str]:
        """Article id → text digest of every article the store holds."""
        return {row["id"].value: row["digest"].value for row in self.query(_DIGESTS)}

    def close(self) -> None:
        """Release the store (flushes and unlocks an embedded store)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
