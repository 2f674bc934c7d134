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
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

from benchmarks import corpus, latency
from kg.store import open_store
from kg.vocab import BASE, DCTERMS, XSD

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


def copies(articles: dict[str, list[ox.Quad]], count: int, *,
           redate: bool = False) -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
    """`count` article graphs, cycling through `articles` with renamed per-article nodes.

    `redate`: copy n of a dated article is moved to the day `benchmarks.corpus`
    gives article n of `count` (spread over two years), and every xsd:date of
    its graph (the events' and talks' own days, the role statements') by the
    same number of days, so the dates read from the text keep their distance
    to the article's date.
    """
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
        shift = _shift(quads, n, count) if redate else timedelta(0)
        out = []
        for q in quads:
            obj = ox.Literal(q.object.value + suffix) if q.predicate == DCTERMS.identifier else rename(q.object)
            if shift and isinstance(obj, ox.Literal) and obj.datatype == XSD.date:
                obj = ox.Literal((date.fromisoformat(obj.value) + shift).isoformat(), datatype=XSD.date)
            out.append(ox.Quad(rename(q.subject), q.predicate, obj, graph))
        yield graph, out


def _shift(quads: list[ox.Quad], n: int, count: int) -> timedelta:
    """Days from the article's own date to the date `benchmarks.corpus` gives article n of `count`."""
    own = next((q.object.value for q in quads if q.predicate == DCTERMS.date
                and q.subject.value.startswith(BASE + "id/article/")), None)
    if own is None:
        return timedelta(0)
    target = corpus.FIRST_DAY + timedelta(days=n * corpus.SPAN_DAYS // max(count, 1))
    return target - date.fromisoformat(own)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trig", type=Path, help="graph.trig of a real build")
    parser.add_argument("count", type=int, help="article graphs to write")
    parser.add_argument("--work", type=Path, required=True, help="folder for the store (emptied first)")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--redate", action="store_true",
                        help="spread the copies' dates over two years as benchmarks.corpus does (dated sources only)")
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
        for item in copies(articles, args.count, redate=args.redate):
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
