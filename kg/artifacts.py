"""After a build: the analysis (as JSON and as the store's analysis graph), the
HTML graph, the exports and graph.trig, all written atomically into the output folder.

Given the build's idle worker processes, one of them computes the network
metrics (pure Python, the slowest part), the other the page's layout, and one
writes the event table this process read; once the metrics are back, the workers
write analysis.json, draw the page and write the GraphML and GEXF exports while
this process stores the analysis graph (appended to the TriG file too). All along,
a thread writes the TriG export of the article graphs (the store does it without
the GIL). This process reads the store and is the stage's longest part: the files
that need no store are written elsewhere.

The analysis graph is replaced as a whole and holds only values that depend on
the store's content (rounded floats, hash-named dyads), so rebuilding an
unchanged store leaves its triple count and content unchanged.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any, Generic, TypeVar

import networkx as nx
import pyoxigraph as ox

from kg.analysis import Analysis, Dyad, analyze, annotate, pagerank, without_evidence
from kg.exports import SCALAR_EXPORTS, plover_events, scalar_graph, write_event_exports, write_scalar_exports
from kg.files import atomic_path, write_text_atomic
from kg.network import actor_networks
from kg.render import layout, network, pyvis_network, write_html
from kg.store import GraphStore
from kg.vocab import (
    ANALYSIS_GRAPH, GKG, NETWORK_SUMMARY, PREFIXES, RDF, RDFS, XSD, dyad_change_iri, dyad_iri, dyad_month_iri, plover,
)

log = logging.getLogger(__name__)

ANALYSIS_JSON = "analysis.json"
GRAPH_HTML = "graph.html"
GRAPH_TRIG = "graph.trig"
T = TypeVar("T")


@dataclass(frozen=True)
class ArtifactsReport:
    """What was written, and how long each part took (seconds)."""

    files: tuple[Path, ...]
    analysis_quads: int
    nodes: int
    edges: int
    seconds: dict[str, float] = field(default_factory=dict)


STAGING_PREFIX = ".artifacts."
ARTIFACTS = (ANALYSIS_JSON, GRAPH_HTML, GRAPH_TRIG, "graph.graphml", "graph.gexf", "events.csv", "events.json")


def write_artifacts(store: GraphStore, out_dir: Path, **options: Any) -> ArtifactsReport:
    """`write_artifacts_into` a staging folder beside the artifacts, then each file renamed into
    `out_dir`: all are replaced together or, when one fails (a full disk), none is. Renaming
    needs no space, so once every file is written, the swap itself cannot fail for want of it.

    Staging folders and temporary files that a killed build left are removed first: no build
    runs beside this one in `out_dir` (the store is locked).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        staged = write_artifacts_into(store, staging, **options)
        files = []
        for path in staged.files:
            os.replace(path, out_dir / path.name)
            files.append(out_dir / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ArtifactsReport(tuple(files), staged.analysis_quads, staged.nodes, staged.edges, staged.seconds)


def remove_stale(out_dir: Path) -> None:
    """Staging folders and artifacts' temporary files (".graph.trig.x1y2") of killed builds."""
    for stale in out_dir.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    for name in ARTIFACTS:
        for stale in out_dir.glob(f".{name}.*"):
            if stale.is_file():
                stale.unlink(missing_ok=True)


def write_artifacts_into(store: GraphStore, out_dir: Path, *, max_nodes: int | None = None,
                    top: int = 10, pool: Pool | None = None, count: str = "asserted") -> ArtifactsReport:
    """Analyse the store's actor network and write every artifact into `out_dir`.

    Writes analysis.json, graph.html (the `max_nodes` most active actors,
    or all), graph.graphml, graph.gexf, events.csv, events.json and
    graph.trig, and replaces the store's analysis graph. `pool`: idle worker
    processes that may compute the metrics and write the files meanwhile. `count`: the events the
    metrics count, "asserted" (reported as fact) or "all"; the page and the
    graph exports show every event with its factuality.
    """
    seconds: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[stage] = round(now - clock, 3)
        clock = now

    out_dir.mkdir(parents=True, exist_ok=True)
    # graph.trig is written in a thread from the start: the store dumps it without the GIL (0.5-0.7 s)
    # while this process reads the network and the events and stores the analysis. This process's
    # part is the stage's longest, so what needs no store (the files but graph.trig) goes to the workers.
    with atomic_path(out_dir / GRAPH_TRIG) as trig, ThreadPoolExecutor(1, thread_name_prefix="trig") as beside:
        dumped = beside.submit(store.dump_trig, trig, skip=ANALYSIS_GRAPH)
        # the page and graph exports show every event (each with its factuality); the metrics
        # count the `count` ones: by default those the text reports as fact
        graph, counted = actor_networks(store, "all", count) if count != "all" else actor_networks(store, "all") * 2
        lap("network")
        metrics_input = without_evidence(counted)
        analysis = _Elsewhere(pool, analyze, metrics_input)
        # the page's layout (its slowest part) needs the metrics' PageRank only: in the other worker
        positions = _Elsewhere(pool, page_layout, without_evidence(graph), metrics_input, max_nodes)
        event_exports = _Elsewhere(pool, write_event_exports, plover_events(store), out_dir)
        lap("events")
        result = analysis.get()
        lap("analysis")
        annotated = annotate(graph, result)
        # the page first where its layout is done: it takes a worker longest (pyvis, then the page)
        page = _Elsewhere(pool, write_page, annotated, out_dir / GRAPH_HTML, max_nodes, positions.get()) \
            if positions.ready() else None
        # this process waits for the metrics: their worker returns them before it writes them
        analysis_file = _Elsewhere(pool, write_analysis_json, result, out_dir / ANALYSIS_JSON, top)
        scalar = scalar_graph(annotated)
        # GraphML and GEXF in a worker each: the second one waited for the first at the end of the build
        graph_exports = [_Elsewhere(pool, write_scalar_exports, scalar, out_dir, (name,)) for name in SCALAR_EXPORTS]
        quads = list(analysis_quads(result))
        store.replace_graph(ANALYSIS_GRAPH, quads)
        store.flush_soon()    # the last write: persisted while the rest is written
        lap("analysis-store")
        if page is None:
            page = _Elsewhere(pool, write_page, annotated, out_dir / GRAPH_HTML, max_nodes, positions.get())
        dumped.result()
        lap("trig")
        with trig.open("ab") as tail:   # TriG allows @prefix lines between graphs
            tail.write(ox.serialize(store.graph_quads(ANALYSIS_GRAPH), format=ox.RdfFormat.TRIG,
                                    prefixes=PREFIXES))
    analysis_file.get()
    html = page.get()
    lap("html")
    exported = event_exports.get()
    for written in graph_exports:
        exported += written.get()
    lap("exports")
    log.info("artifacts written to %s in %s", out_dir, seconds)
    return ArtifactsReport(files=(out_dir / ANALYSIS_JSON, html, out_dir / GRAPH_TRIG, *exported),
                           analysis_quads=len(quads), nodes=graph.number_of_nodes(),
                           edges=graph.number_of_edges(), seconds=seconds)


def prepare_worker() -> None:
    """Import what the artifacts tasks of a build's worker process need: this module (unpickling
    the call did) and pyvis (the page, 0.16 CPU s; without IPython). Not scipy.optimize (0.38 CPU s),
    which only the page's layout needs (networkx's Kamada–Kawai imports it when first run): which
    worker draws it is not known beforehand, and importing it in every worker paid it twice."""
    pyvis_network()


def write_analysis_json(result: Analysis, path: Path, top: int) -> None:
    """Write analysis.json of `result` to `path`."""
    write_text_atomic(path, analysis_json(result, top=top))


def write_page(graph: nx.MultiDiGraph, path: Path, max_nodes: int | None,
               positions: dict[Any, tuple[float, float]]) -> Path:
    """Write graph.html, the pyvis page of the annotated `graph` at the `positions` of `page_layout`."""
    return write_html(network(graph, max_nodes=max_nodes, positions=positions), path)


def page_layout(graph: nx.MultiDiGraph, counted: nx.MultiDiGraph, max_nodes: int | None) -> dict[Any, Any]:
    """The positions of the page of `annotate(graph, analyze(counted))`, computed without the
    other metrics: the layout reads the nodes' PageRank only (to break ties of activity).

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> page_layout(g, g, None) == layout(annotate(g, analyze(g)))
    True
    """
    ranks = pagerank(counted)
    for node in counted:
        if node in graph:
            graph.nodes[node]["pagerank"] = ranks.get(node, 0.0)
    return layout(graph, max_nodes=max_nodes)


class _Elsewhere(Generic[T]):
    """`function(*args)` started in a worker of `pool` (or, without one, called here when first asked)."""

    def __init__(self, pool: Pool | None, function: Callable[..., T], *args: Any) -> None:
        self._started = None if pool is None else pool.apply_async(function, args)
        self._call = lambda: function(*args)

    def ready(self) -> bool:
        """Whether `get` would return at once (here: it computes)."""
        return self._started is None or self._started.ready()

    def get(self) -> T:
        """The result, waiting for the worker (raising what it raised)."""
        return self._call() if self._started is None else self._started.get()


def analysis_json(result: Analysis, *, top: int = 10) -> str:
    """analysis.json: summary, every actor's metrics, every dyad, and the top lists."""
    return json.dumps(result.to_dict(top=top), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def analysis_quads(result: Analysis) -> Iterator[ox.Quad]:
    """The analysis as quads in the analysis graph, with the ontology's analysis terms."""
    g = ANALYSIS_GRAPH
    for actor in result.actors:
        node = ox.NamedNode(actor.node)
        yield ox.Quad(node, GKG.degree, _typed(str(actor.degree), XSD.integer), g)
        yield ox.Quad(node, GKG.weightedDegree, _typed(_decimal(actor.weighted_degree), XSD.decimal), g)
        yield ox.Quad(node, GKG.betweenness, _typed(repr(float(actor.betweenness)), XSD.double), g)
        yield ox.Quad(node, GKG.pageRank, _typed(repr(float(actor.pagerank)), XSD.double), g)
        yield ox.Quad(node, GKG.community, _typed(str(actor.community), XSD.integer), g)
    for dyad in result.dyads:
        node = dyad_iri(dyad.source, dyad.target)
        yield ox.Quad(node, RDF.type, GKG.Dyad, g)
        yield ox.Quad(node, RDFS.label, ox.Literal(f"{dyad.source_label} → {dyad.target_label}", language="de"), g)
        yield ox.Quad(node, GKG.dyadSource, ox.NamedNode(dyad.source), g)
        yield ox.Quad(node, GKG.dyadTarget, ox.NamedNode(dyad.target), g)
        yield ox.Quad(node, GKG.eventCount, _typed(str(dyad.count), XSD.integer), g)
        yield ox.Quad(node, GKG.scoreSum, _typed(_decimal(dyad.score_sum), XSD.decimal), g)
        yield ox.Quad(node, GKG.scoreMean, _typed(_decimal(dyad.score_mean), XSD.decimal), g)
        for prop, value in ((GKG.firstDate, dyad.first_date), (GKG.lastDate, dyad.last_date)):
            if value and len(value) == 10:  # xsd:date only; partial dates have no place here
                yield ox.Quad(node, prop, _typed(value, XSD.date), g)
        yield from _series_quads(dyad, node)
    yield from _change_quads(result)
    summary = result.summary
    yield ox.Quad(NETWORK_SUMMARY, RDF.type, GKG.NetworkSummary, g)
    yield ox.Quad(NETWORK_SUMMARY, GKG.nodeCount, _typed(str(summary.nodes), XSD.integer), g)
    yield ox.Quad(NETWORK_SUMMARY, GKG.countedEvents, ox.Literal(summary.counted), g)
    yield ox.Quad(NETWORK_SUMMARY, GKG.edgeCount, _typed(str(summary.edges), XSD.integer), g)
    yield ox.Quad(NETWORK_SUMMARY, GKG.communityCount, _typed(str(summary.communities), XSD.integer), g)
    if summary.triads.ratio is not None:
        yield ox.Quad(NETWORK_SUMMARY, GKG.balancedTriadRatio,
                      _typed(repr(float(summary.triads.ratio)), XSD.double), g)


def _series_quads(dyad: Dyad, node: ox.NamedNode) -> Iterator[ox.Quad]:
    """One gkg:DyadMonth per month of the dyad's series, with a gkg:CategoryCount per PLOVER category."""
    g = ANALYSIS_GRAPH
    for month, values in dyad.series:
        m = dyad_month_iri(dyad.source, dyad.target, month)
        yield ox.Quad(m, RDF.type, GKG.DyadMonth, g)
        yield ox.Quad(m, GKG.dyad, node, g)
        yield ox.Quad(m, GKG.month, _typed(month, XSD.gYearMonth), g)
        yield ox.Quad(m, GKG.eventCount, _typed(str(values.count), XSD.integer), g)
        yield ox.Quad(m, GKG.scoreSum, _typed(_decimal(values.score_sum), XSD.decimal), g)
        yield ox.Quad(m, GKG.scoreMean, _typed(_decimal(values.score_mean), XSD.decimal), g)
        for code, count in values.categories:
            c = ox.NamedNode(f"{m.value}/{code}")
            yield ox.Quad(m, GKG.categoryCount, c, g)
            yield ox.Quad(c, RDF.type, GKG.CategoryCount, g)
            yield ox.Quad(c, GKG.category, plover(code), g)
            yield ox.Quad(c, GKG.eventCount, _typed(str(count), XSD.integer), g)


def _change_quads(result: Analysis) -> Iterator[ox.Quad]:
    """One gkg:DyadChange per dyad among those that changed most between the analysis' two periods."""
    g = ANALYSIS_GRAPH
    if result.periods is None:
        return
    before, after = (_typed(str(p), XSD.string) for p in result.periods)
    for change in result.changes:
        node = dyad_change_iri(change.source, change.target)
        yield ox.Quad(node, RDF.type, GKG.DyadChange, g)
        yield ox.Quad(node, GKG.dyad, dyad_iri(change.source, change.target), g)
        yield ox.Quad(node, GKG.fromPeriod, before, g)
        yield ox.Quad(node, GKG.toPeriod, after, g)
        yield ox.Quad(node, GKG.countChange, _typed(str(change.count_change), XSD.integer), g)
        yield ox.Quad(node, GKG.scoreChange, _typed(_decimal(change.score_change), XSD.decimal), g)
        yield ox.Quad(node, GKG.changeRank, _typed(str(change.rank), XSD.integer), g)


def _typed(text: str, datatype: ox.NamedNode) -> ox.Literal:
    return ox.Literal(text, datatype=datatype)


def _decimal(value: float) -> str:
    """xsd:decimal lexical form (no exponent): 2.5 → '2.5', 3.0 → '3.0'.

    >>> _decimal(3.0), _decimal(-0.125), _decimal(1e-7)
    ('3.0', '-0.125', '0.0000001')
    """
    text = f"{value:.8f}".rstrip("0")
    text = text + "0" if text.endswith(".") else text
    return "0.0" if text in ("-0.0", "") else text
