"""A store of N articles' graphs made from one real build, without running NLP again.

Each article graph of the build's `graph.trig` is copied with a new article id
(`{id}~{copy}`): the article, its talks, events and role statements get new IRIs, the entities
stay shared, as in a real corpus where many articles describe the same actors.
The copies go through `LocalStore.write_articles` in batches like a build, so
this also measures the store's write path alone at scale; then the competency
queries are timed (on Oxigraph only: rdflib would need the whole data in RAM).

    python -m benchmarks.replicate_store OUT/graph.trig 100000 --work /tmp/big
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from benchmarks import latency
from kg.store import open_store
from kg.vocab import BASE, DCTERMS

_PER_ARTICLE = tuple(BASE + f"id/{kind}/" for kind in ("article", "talks", "event", "role"))
_ARTICLE_GRAPH = BASE + "graph/article/"


def article_graphs(trig: Path) -> tuple[dict[str, list[ox.Quad]], list[ox.Quad]]:
    """The build's article graphs (graph IRI → quads) and the other graphs' quads."""
    articles: dict[str, list[ox.Quad]] = defaultdict(list)
    other: list[ox.Quad] = []
    for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value.startswith(_ARTICLE_GRAPH):
            articles[quad.graph_name.value].append(quad)
        else:
            other.append(quad)
    return dict(articles), other


def copies(articles: dict[str, list[ox.Quad]], count: int) -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
    """`count` article graphs, cycling through `articles` with renamed per-article nodes."""
    originals = list(articles.values())
    for n in range(count):
        copy, index = divmod(n, len(originals))
        suffix = f"~{copy}"

        def rename(term):
            if isinstance(term, ox.NamedNode) and term.value.startswith(_PER_ARTICLE):
                return ox.NamedNode(term.value + suffix)
            return term

        quads = originals[index]
        graph = ox.NamedNode(quads[0].graph_name.value + suffix)
        out = []
        for q in quads:
            obj = ox.Literal(q.object.value + suffix) if q.predicate == DCTERMS.identifier else rename(q.object)
            out.append(ox.Quad(rename(q.subject), q.predicate, obj, graph))
        yield graph, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trig", type=Path, help="graph.trig of a real build")
    parser.add_argument("count", type=int, help="article graphs to write")
    parser.add_argument("--work", type=Path, required=True, help="folder for the store (emptied first)")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)

    articles, other = article_graphs(args.trig)
    shutil.rmtree(args.work, ignore_errors=True)
    result: dict = {"source": str(args.trig), "articles": args.count}
    with open_store(args.work, create=True) as store:
        store.replace_graph(ox.NamedNode(BASE + "graph/ontology"),
                            [q for q in other if q.graph_name.value.endswith("/ontology")])
        start = time.perf_counter()
        batch: list[tuple[ox.NamedNode, list[ox.Quad]]] = []
        for item in copies(articles, args.count):
            batch.append(item)
            if len(batch) == args.batch_size:
                store.write_articles(batch, replace=False)
                batch = []
        store.write_articles(batch, replace=False)
        seconds = time.perf_counter() - start
        quads = store.triple_count()
        result.update(write_seconds=seconds, quads=quads, quads_per_second=quads / seconds,
                      articles_per_second=args.count / seconds)
        timings, info = latency.measure(store, None, runs=args.runs)
        result["latency"] = {"info": info, "queries": latency.side_by_side(timings)}
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = json.dumps(result, indent=1, default=str)
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
