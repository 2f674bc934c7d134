"""Pure metrics over the actor graph of `kg.network`.

The *activity graph* is what the centralities see: interactions (directed,
weighted by event count) and joint talks (both directions, weighted by number
of talks). Affiliation and membership edges are structure, not activity, and
are left out, so an official's centrality reflects what they do, not whom they
work for. Every function is deterministic: sampling and community detection
take a fixed seed, and floats are rounded so a rebuild yields identical RDF.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_nodes_from([("a", {"label": "A", "cls": "State"}), ("b", {"label": "B", "cls": "State"}),
...                   ("c", {"label": "C", "cls": "State"})])
>>> def ev(u, v, score):
...     g.add_edge(u, v, key="interaction", kind="interaction", count=1, weight=1,
...                score_sum=score, score_mean=score, categories={}, evidence=[],
...                first_date=None, last_date=None)
>>> ev("a", "b", 5.0); ev("b", "c", -9.0); ev("a", "c", -2.0)
>>> degrees(g)
{'a': 2, 'b': 2, 'c': 2}
>>> triad_balance(g)   # + - - : the product of the signs is positive
TriadBalance(balanced=1, total=1, ratio=1.0)
"""
from __future__ import annotations

import logging
import random
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from kg.network import STRUCTURAL_KINDS, edges_of_kind
from kg.timeseries import Change, Month, Period, changes, default_periods, months_of, series_json

log = logging.getLogger(__name__)

SEED = 42
EXACT_BETWEENNESS_LIMIT = 2000   # nodes; beyond, betweenness is sampled
BETWEENNESS_SAMPLES = 500
DIGITS = 8                       # rounding of floats written to the store


@dataclass(frozen=True)
class ActorMetrics:
    """The centralities and community of one actor."""

    node: str
    label: str
    cls: str
    degree: int
    weighted_degree: float
    betweenness: float
    pagerank: float
    community: int


@dataclass(frozen=True)
class Dyad:
    """All interactions from one actor to another: how cooperative, how many, and when."""

    source: str
    target: str
    source_label: str
    target_label: str
    count: int
    score_sum: float
    score_mean: float
    first_date: str | None
    last_date: str | None
    categories: tuple[tuple[str, int], ...]
    series: tuple[tuple[str, Month], ...] = ()     # (month "2015-03", Month) over the dated events


@dataclass(frozen=True)
class TriadBalance:
    """Closed triads of signed ties, and the share that is balanced (None without triads)."""

    balanced: int
    total: int
    ratio: float | None


@dataclass(frozen=True)
class Summary:
    """Figures for the whole network."""

    nodes: int
    edges: int
    edges_by_kind: tuple[tuple[str, int], ...]
    communities: int
    betweenness_sampled: bool
    triads: TriadBalance
    counted: str = "all"        # the events the metrics count: "asserted" (reported as fact) or "all"


@dataclass(frozen=True)
class Analysis:
    """Everything `analyze` computes; `to_dict()` is what analysis.json holds."""

    actors: tuple[ActorMetrics, ...]
    dyads: tuple[Dyad, ...]
    summary: Summary
    periods: tuple[Period, Period] | None = None   # the two periods `changes` compares
    changes: tuple[Change, ...] = ()                # the dyads that changed most between them

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        return {
            "summary": asdict(self.summary),
            "actors": [asdict(a) for a in self.actors],
            "dyads": [{**asdict(d), "series": series_json(d.series)} for d in self.dyads],
            "periods": [str(p) for p in self.periods] if self.periods else None,
            "changes": [asdict(c) for c in self.changes],
            "top": {
                "central_actors": [a.node for a in top_actors(self.actors, top)],
                "cooperative_dyads": [_dyad_id(d) for d in top_dyads(self.dyads, top, "cooperation")],
                "conflictual_dyads": [_dyad_id(d) for d in top_dyads(self.dyads, top, "conflict")],
                "active_dyads": [_dyad_id(d) for d in top_dyads(self.dyads, top, "count")],
            },
        }


def activity_graph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Interactions and talks as one weighted digraph over all actors (talks in both directions).

    >>> g = nx.MultiDiGraph(); g.add_nodes_from("abc")
    >>> _ = g.add_edge("a", "b", key="talks", kind="talks", count=2)
    >>> _ = g.add_edge("a", "c", key="affiliation", kind="affiliation", count=1)
    >>> sorted(activity_graph(g).edges(data="weight"))
    [('a', 'b', 2), ('b', 'a', 2)]
    """
    out = nx.DiGraph()
    out.add_nodes_from(graph.nodes)
    for u, v, attrs in graph.edges(data=True):
        kind = attrs.get("kind")
        if kind in STRUCTURAL_KINDS or u == v:
            continue
        count = int(attrs.get("count") or 1)
        pairs = [(u, v), (v, u)] if kind == "talks" else [(u, v)]
        for a, b in pairs:
            previous = out.edges[a, b]["weight"] if out.has_edge(a, b) else 0
            out.add_edge(a, b, weight=previous + count)
    return out


def undirected_activity(graph: nx.MultiDiGraph, *, isolated: bool = True) -> nx.Graph:
    """Interactions and talks without direction; a pair's weight counts each event and each talks once.

    `isolated=False` leaves out the actors without activity; the others and their
    neighbours keep their order.

    >>> g = nx.MultiDiGraph(); g.add_nodes_from("abc")
    >>> _ = g.add_edge("a", "b", key="interaction", kind="interaction", count=2)
    >>> _ = g.add_edge("b", "a", key="talks", kind="talks", count=1)
    >>> undirected_activity(g).edges["a", "b"]["weight"]
    3
    >>> list(undirected_activity(g, isolated=False))
    ['a', 'b']
    """
    edges = [(u, v, int(attrs.get("count") or 1)) for u, v, attrs in graph.edges(data=True)
             if attrs.get("kind") not in STRUCTURAL_KINDS and u != v]
    linked = {node for u, v, _ in edges for node in (u, v)}
    out = nx.Graph()
    out.add_nodes_from(graph.nodes if isolated else (node for node in graph.nodes if node in linked))
    for u, v, count in edges:
        previous = out.edges[u, v]["weight"] if out.has_edge(u, v) else 0
        out.add_edge(u, v, weight=previous + count)
    return out


def degrees(graph: nx.MultiDiGraph) -> dict[Any, int]:
    """Number of distinct actors each actor is linked to by talks or events (either direction)."""
    simple = undirected_activity(graph)
    return {node: simple.degree(node) for node in simple}


def weighted_degrees(graph: nx.MultiDiGraph) -> dict[Any, float]:
    """Sum of event and talks counts over each actor's activity edges.

    >>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b", key="interaction", kind="interaction", count=3)
    >>> weighted_degrees(g)
    {'a': 3.0, 'b': 3.0}
    """
    simple = undirected_activity(graph)
    return {node: float(simple.degree(node, weight="weight")) for node in simple}


def betweenness(graph: nx.MultiDiGraph, *, exact_limit: int = EXACT_BETWEENNESS_LIMIT,
                samples: int = BETWEENNESS_SAMPLES, seed: int = SEED) -> dict[Any, float]:
    """Normalised betweenness on the undirected activity graph (hop distance).

    Exact up to `exact_limit` nodes; beyond, estimated from `samples` source
    nodes drawn with a fixed `seed`.

    >>> g = nx.MultiDiGraph()
    >>> for u, v in ("ab", "bc"):
    ...     _ = g.add_edge(u, v, key="talks", kind="talks", count=1)
    >>> betweenness(g)   # b lies on the only path between a and c
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    if graph.number_of_nodes() > exact_limit:
        values = sampled_betweenness(graph, samples, seed)
    else:
        values = exact_betweenness(graph)
    return {node: round(value, DIGITS) for node, value in values.items()}


def exact_betweenness(graph: nx.MultiDiGraph) -> dict[Any, float]:
    """`nx.betweenness_centrality(undirected_activity(graph), normalized=True)`, the same floats,
    with networkx's walk over the active actors only.

    That walk initialises its tables over every node for each source: 1.2 s on the real corpus,
    where 1,694 of 1,891 actors have no activity edge (and so no betweenness). Over the others, in
    the same order, the sums are the same; unnormalised, networkx halves them (exactly, a power
    of two), and normalising divides them by (n - 1)(n - 2) as networkx does.

    >>> g = nx.MultiDiGraph(); g.add_nodes_from("xyz")
    >>> for u, v in ("ab", "bc"):
    ...     _ = g.add_edge(u, v, key="talks", kind="talks", count=1)
    >>> exact_betweenness(g) == nx.betweenness_centrality(undirected_activity(g), normalized=True)
    True
    """
    n = graph.number_of_nodes()
    values = dict.fromkeys(graph.nodes, 0.0)
    halves = nx.betweenness_centrality(undirected_activity(graph, isolated=False), normalized=False)
    scale = 1 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    for node, half in halves.items():
        values[node] = half * 2 * scale
    return values


def sampled_betweenness(graph: nx.MultiDiGraph, samples: int, seed: int) -> dict[Any, float]:
    """`nx.betweenness_centrality(undirected_activity(graph), k=samples, normalized=True, seed=seed)`, the
    same floats, with networkx's walks over the active actors only.

    networkx draws `samples` sources among all actors and walks the graph from each, first setting up its
    tables over every actor: on the real corpus 500 walks over 2,449 actors, most without an activity edge,
    0.5 s in the worker whose metrics the build waits for. A source without activity edges reaches no one and
    adds nothing, and a walk from another meets the same actors in the same order in the graph of the active
    ones. So the sources are drawn as networkx draws them (`random.Random(seed)` over the same node list), the
    active ones walked (`_add_paths_from`: networkx's sums in its order), and the sums scaled as networkx scales
    sampled sources (`_rescale` without endpoints, normalised: the drawn sources by 1 / ((k - 1)(n - 2)), the
    others by 1 / (k (n - 2))).

    >>> g = nx.MultiDiGraph(); g.add_nodes_from("vwxyz")
    >>> for u, v in ("ab", "bc", "cd"):
    ...     _ = g.add_edge(u, v, key="talks", kind="talks", count=1)
    >>> sampled_betweenness(g, 4, 1) == nx.betweenness_centrality(undirected_activity(g), k=4, normalized=True, seed=1)
    True
    """
    simple = undirected_activity(graph)
    n = len(simple)
    if not 1 < samples < n or n < 3:     # networkx walks from every node, or raises; no scaling to mirror
        return nx.betweenness_centrality(simple, k=samples, normalized=True, seed=seed)
    sources = random.Random(seed).sample(list(simple), samples)
    active = undirected_activity(graph, isolated=False)
    values = dict.fromkeys(simple, 0.0)
    for source in sources:
        if source in active:
            _add_paths_from(values, active, source)
    drawn = set(sources)
    as_source, as_other = 1 / ((samples - 1) * (n - 2)), 1 / (samples * (n - 2))
    for node in values:
        values[node] *= as_source if node in drawn else as_other
    return values


def _add_paths_from(values: dict[Any, float], graph: nx.Graph, source: Any) -> None:
    """Add to `values` each node's share of the shortest paths from `source` (Brandes' accumulation), with
    networkx's operations in networkx's order (`_single_source_shortest_path_basic`, `_accumulate_basic`), its
    tables holding only the nodes the walk reaches."""
    order: list[Any] = []
    preds: dict[Any, list[Any]] = {source: []}
    sigma, dist = {source: 1.0}, {source: 0}
    queue = deque([source])
    while queue:
        v = queue.popleft()
        order.append(v)
        dv, sigma_v = dist[v], sigma[v]
        for w in graph[v]:
            if w not in dist:
                queue.append(w)
                dist[w], sigma[w], preds[w] = dv + 1, 0.0, []
            if dist[w] == dv + 1:
                sigma[w] += sigma_v
                preds[w].append(v)
    delta = dict.fromkeys(order, 0)
    while order:
        w = order.pop()
        coeff = (1 + delta[w]) / sigma[w]
        for v in preds[w]:
            delta[v] += sigma[v] * coeff
        if w != source:
            values[w] += delta[w]


def pagerank(graph: nx.MultiDiGraph) -> dict[Any, float]:
    """PageRank on the directed activity graph weighted by counts (sums to 1).

    >>> g = nx.MultiDiGraph(); g.add_nodes_from("ab")
    >>> pagerank(g)
    {'a': 0.5, 'b': 0.5}
    """
    activity = activity_graph(graph)
    if len(activity) == 0:
        return {}
    values = nx.pagerank(activity, weight="weight", tol=1e-10, max_iter=1000)
    return {node: round(value, DIGITS) for node, value in values.items()}


def communities(graph: nx.MultiDiGraph, *, seed: int = SEED) -> dict[Any, int]:
    """Louvain communities of the weighted undirected activity graph, numbered largest first.

    Ties in size break by the smallest member, so the numbers are stable.

    >>> g = nx.MultiDiGraph(); g.add_nodes_from("abcd")
    >>> for u, v in ("ab", "cd"):
    ...     _ = g.add_edge(u, v, key="talks", kind="talks", count=1)
    >>> communities(g)
    {'a': 0, 'b': 0, 'c': 1, 'd': 1}
    """
    simple = undirected_activity(graph)
    if len(simple) == 0:
        return {}
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(map(str, c))))
    numbers = {node: i for i, members in enumerate(ordered) for node in members}
    return {node: numbers[node] for node in simple}


def dyads(graph: nx.MultiDiGraph) -> list[Dyad]:
    """One Dyad per directed actor pair with interactions, sorted by source and target."""
    out = []
    for u, v, attrs in edges_of_kind(graph, "interaction"):
        out.append(Dyad(
            source=u, target=v, source_label=_label(graph, u), target_label=_label(graph, v),
            count=int(attrs.get("count") or 0),
            score_sum=round(float(attrs.get("score_sum") or 0.0), DIGITS),
            score_mean=round(float(attrs.get("score_mean") or 0.0), DIGITS),
            first_date=attrs.get("first_date"), last_date=attrs.get("last_date"),
            categories=tuple(sorted((attrs.get("categories") or {}).items())),
            series=months_of(attrs.get("months"))))
    return sorted(out, key=lambda d: (d.source, d.target))


def signed_ties(graph: nx.MultiDiGraph) -> dict[frozenset, int]:
    """Sign (+1/−1) of each actor pair's relation: the sign of the mean score over both directions.

    Pairs whose mean is exactly 0 (e.g. only REQUEST events) have no sign.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="interaction", kind="interaction", count=1, score_sum=-9.0)
    >>> _ = g.add_edge("b", "a", key="interaction", kind="interaction", count=1, score_sum=5.0)
    >>> signed_ties(g)[frozenset("ab")]
    -1
    """
    sums: dict[frozenset, float] = defaultdict(float)
    counts: dict[frozenset, int] = defaultdict(int)
    for u, v, attrs in edges_of_kind(graph, "interaction"):
        if u == v:
            continue
        pair = frozenset((u, v))
        sums[pair] += float(attrs.get("score_sum") or 0.0)
        counts[pair] += int(attrs.get("count") or 0)
    return {pair: (1 if total > 0 else -1) for pair, total in sums.items()
            if counts[pair] and round(total, DIGITS) != 0}


def triad_balance(graph: nx.MultiDiGraph) -> TriadBalance:
    """Heider balance over closed triads of signed ties: balanced when the sign product is positive."""
    signs = signed_ties(graph)
    neighbours: dict[Any, set] = defaultdict(set)
    for pair in signs:
        u, v = tuple(pair)
        neighbours[u].add(v)
        neighbours[v].add(u)
    order = {node: i for i, node in enumerate(sorted(neighbours, key=str))}
    balanced = total = 0
    for u in neighbours:
        for v in neighbours[u]:
            if order[v] <= order[u]:
                continue
            for w in neighbours[u] & neighbours[v]:
                if order[w] <= order[v]:
                    continue
                total += 1
                product = signs[frozenset((u, v))] * signs[frozenset((v, w))] * signs[frozenset((u, w))]
                balanced += product > 0
    return TriadBalance(balanced, total, round(balanced / total, DIGITS) if total else None)


def top_actors(actors: Iterable[ActorMetrics], n: int, by: str = "pagerank",
               cls: str | None = None) -> list[ActorMetrics]:
    """The `n` actors (of class `cls`, if given) highest by a metric; ties by label."""
    pool = [a for a in actors if cls is None or a.cls == cls]
    return sorted(pool, key=lambda a: (-getattr(a, by), a.label, a.node))[:n]


def top_dyads(all_dyads: Iterable[Dyad], n: int, by: str = "conflict") -> list[Dyad]:
    """The `n` most cooperative (`cooperation`), conflictual (`conflict`) or active (`count`) dyads.

    Cooperation and conflict rank by score sum and keep only dyads of that sign.
    """
    pool = list(all_dyads)
    if by == "cooperation":
        ranked = sorted((d for d in pool if d.score_sum > 0), key=lambda d: (-d.score_sum, -d.count))
    elif by == "conflict":
        ranked = sorted((d for d in pool if d.score_sum < 0), key=lambda d: (d.score_sum, -d.count))
    elif by == "count":
        ranked = sorted(pool, key=lambda d: (-d.count, d.score_sum))
    else:
        raise ValueError(f"unknown dyad ranking {by!r} (cooperation, conflict, count)")
    return ranked[:n]


def find_actor(graph: nx.MultiDiGraph, name: str) -> Any | None:
    """The node whose label (or IRI) is `name`, case-insensitively; else the only one containing it.

    >>> g = nx.MultiDiGraph(); g.add_node("x", label="Olaf Scholz"); g.add_node("y", label="Olga Z")
    >>> find_actor(g, "olaf scholz"), find_actor(g, "Scholz"), find_actor(g, "Ol"), find_actor(g, "Biden")
    ('x', 'x', None, None)
    """
    wanted = name.casefold().strip()
    labels = sorted(((str(n), str(label or "").casefold(), n) for n, label in graph.nodes(data="label")),
                    key=lambda t: t[0])
    exact = [n for key, label, n in labels if label == wanted or key == name]
    if exact:
        return exact[0]
    partial = [n for _, label, n in labels if wanted and wanted in label]
    return partial[0] if len(partial) == 1 else None


def ego(graph: nx.MultiDiGraph, node: Any, radius: int = 1) -> nx.MultiDiGraph:
    """The actors within `radius` steps of `node` (any edge kind, either direction) and their edges.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sorted(ego(g, "b"))
    ['a', 'b', 'c']
    """
    return nx.ego_graph(graph, node, radius=radius, undirected=True).copy()


def analyze(graph: nx.MultiDiGraph, *, seed: int = SEED,
            periods: tuple[Period, Period] | None = None) -> Analysis:
    """All metrics of the actor graph (see the module docstring for what counts as activity).

    `periods`: the two periods whose dyad changes are ranked; by default the two
    halves of the dated months (`kg.timeseries.default_periods`).
    """
    deg, wdeg = degrees(graph), weighted_degrees(graph)
    btw, pr, comm = betweenness(graph, seed=seed), pagerank(graph), communities(graph, seed=seed)
    actors = tuple(
        ActorMetrics(node=n, label=_label(graph, n), cls=str(graph.nodes[n].get("cls", "")),
                     degree=deg.get(n, 0), weighted_degree=wdeg.get(n, 0.0),
                     betweenness=btw.get(n, 0.0), pagerank=pr.get(n, 0.0), community=comm.get(n, 0))
        for n in sorted(graph.nodes, key=str))
    kinds: dict[str, int] = defaultdict(int)
    for *_, kind in graph.edges(data="kind", default="interaction"):
        kinds[kind] += 1
    summary = Summary(nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
                      edges_by_kind=tuple(sorted(kinds.items())),
                      communities=len(set(comm.values())),
                      betweenness_sampled=graph.number_of_nodes() > EXACT_BETWEENNESS_LIMIT,
                      triads=triad_balance(graph), counted=str(graph.graph.get("count", "all")))
    all_dyads = tuple(dyads(graph))
    periods = periods or default_periods(month for d in all_dyads for month, _ in d.series)
    return Analysis(actors=actors, dyads=all_dyads, summary=summary, periods=periods,
                    changes=changes(all_dyads, *periods) if periods else ())


def without_evidence(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy without the edges' evidence sentences: all `analyze` reads, and cheap to send to a process."""
    out = nx.MultiDiGraph(**graph.graph)        # keeps which events were counted
    out.add_nodes_from(graph.nodes(data=True))
    out.add_edges_from((u, v, key, {name: value for name, value in attrs.items() if name != "evidence"})
                       for u, v, key, attrs in graph.edges(keys=True, data=True))
    return out


def annotate(graph: nx.MultiDiGraph, analysis: Analysis) -> nx.MultiDiGraph:
    """A copy of `graph` whose nodes also carry their metrics (for rendering and export)."""
    out = graph.copy()
    for actor in analysis.actors:
        if actor.node in out:
            out.nodes[actor.node].update(
                degree=actor.degree, weighted_degree=actor.weighted_degree,
                betweenness=actor.betweenness, pagerank=actor.pagerank, community=actor.community)
    return out


def _label(graph: nx.MultiDiGraph, node: Any) -> str:
    return str(graph.nodes[node].get("label") or node)


def _dyad_id(d: Dyad) -> Mapping[str, Any]:
    return {"source": d.source, "target": d.target, "source_label": d.source_label,
            "target_label": d.target_label, "count": d.count, "score_sum": d.score_sum}
