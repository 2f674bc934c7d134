"""`kg.louvain.communities` finds what networkx's `louvain_communities` finds with the same seed: the metrics' numbers
(and so the analysis graph) must not change with the faster implementation."""
from __future__ import annotations

import random

import networkx as nx

from kg import louvain


def _canonical(parts: list[set]) -> list[list[str]]:
    return sorted(sorted(map(str, part)) for part in parts)


def _random_graph(trial: int) -> tuple[nx.Graph, int]:
    """A weighted graph of named nodes, some without ties, some with self-loops (a reduced community's), and a seed."""
    draw = random.Random(trial)
    size = draw.randint(1, 70)
    graph = nx.gnm_random_graph(size, draw.randint(0, 3 * size), seed=trial)
    graph = nx.relabel_nodes(graph, {i: f"actor{draw.randint(0, 10**6)}-{i}" for i in graph})
    for u, v in graph.edges:
        graph.edges[u, v]["weight"] = draw.randint(1, 5)
    if draw.random() < 0.3:
        for u in draw.sample(list(graph), min(3, len(graph))):
            graph.add_edge(u, u, weight=draw.randint(1, 3))
    return graph, draw.randint(0, 1000)


def test_same_communities_as_networkx() -> None:
    for trial in range(300):
        graph, seed = _random_graph(trial)
        assert _canonical(louvain.communities(graph, seed=seed)) == \
            _canonical(nx.community.louvain_communities(graph, weight="weight", seed=seed)), trial


def test_no_ties_and_other_weights() -> None:
    lone = nx.Graph()
    lone.add_nodes_from("abc")
    assert _canonical(louvain.communities(lone, seed=1)) == [["a"], ["b"], ["c"]]
    fractional = nx.Graph([("a", "b", {"weight": 0.5}), ("b", "c", {"weight": 2.5}), ("c", "d", {"weight": 0.1})])
    assert _canonical(louvain.communities(fractional, seed=4)) == \
        _canonical(nx.community.louvain_communities(fractional, weight="weight", seed=4))
