"""Louvain communities as networkx finds them (`nx.community.louvain_communities(graph, seed=…)`), without its
graph objects.

networkx's version was most of the metrics' time: the activity graph holds every actor (2,601 on the real corpus,
324 ties), and each level of the algorithm visits, shuffles and re-adds them all and checks every partition before
its modularity. This one makes the same moves in the same order, so it finds the same communities: the same
shuffles of the same random generator, each level's neighbours in the order networkx adds them, the same
floating-point expressions of the gains. It passes over the nodes without a tie, which never move (a node joins
only a neighbour's community, so a node without neighbours stays alone, and its gains are 0). The weights must be
integers (the activity graph's counts), so that every sum is exact whatever order it is taken in; with other
weights this calls networkx. `tests/test_louvain.py` compares the two on random graphs.

>>> import networkx as nx
>>> g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("d", "e")]); g.add_node("f")
>>> sorted(map(sorted, communities(g, seed=3)))
[['a', 'b', 'c'], ['d', 'e'], ['f']]
"""
from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Hashable
from typing import Any

# networkx's defaults: the least gain in modularity for another level, and the resolution
THRESHOLD = 0.0000001
RESOLUTION = 1

Adjacency = list[dict[int, int]]    # node index → its neighbours' indices → the edge's weight, in networkx's order


def communities(graph: Any, *, seed: int, weight: str = "weight") -> list[set[Hashable]]:
    """The communities networkx's `louvain_communities(graph, weight=weight, seed=seed)` finds in an undirected
    `nx.Graph`: its last level's partition."""
    nodes = list(graph)
    weights = [data.get(weight, 1) for _, _, data in graph.edges(data=True)]
    if not weights:
        return [{node} for node in nodes]
    if not all(type(w) is int for w in weights):
        import networkx as nx
        return nx.community.louvain_communities(graph, weight=weight, seed=seed)
    index = {node: i for i, node in enumerate(nodes)}
    adjacency = _merged([{index[v]: data.get(weight, 1) for v, data in graph.adj[u].items()} for u in nodes],
                        [{i} for i in range(len(nodes))])
    members = [{node} for node in nodes]
    degrees = _degrees(adjacency)
    m = sum(degrees) / 2
    rng = random.Random(seed)
    modularity = _modularity(adjacency, degrees, [{i} for i in range(len(nodes))])
    partition, inner, improvement = _one_level(adjacency, degrees, members, m, [{node} for node in nodes], rng)
    improvement = True
    while improvement:
        found = [part.copy() for part in partition]
        level = _modularity(adjacency, degrees, inner)
        if level - modularity <= THRESHOLD:
            return found
        modularity = level
        members = [set().union(*(members[u] for u in part)) for part in inner]
        adjacency = _merged(adjacency, inner)
        degrees = _degrees(adjacency)
        partition, inner, improvement = _one_level(adjacency, degrees, members, m, partition, rng)
    return found


def _merged(adjacency: Adjacency, parts: list[set[int]]) -> Adjacency:
    """The graph of `parts` (networkx's `_gen_graph`): its edges added in the order networkx lists the graph's
    edges (by node, then by neighbour, each once), so each node's neighbours come in networkx's order."""
    part_of = {u: i for i, part in enumerate(parts) for u in part}
    out: Adjacency = [{} for _ in parts]
    for u, neighbours in enumerate(adjacency):
        for v, w in neighbours.items():
            if v < u:       # listed from v already
                continue
            a, b = part_of[u], part_of[v]
            total = w + out[a].get(b, 0)
            out[a][b] = total
            out[b][a] = total
    return out


def _degrees(adjacency: Adjacency) -> list[int]:
    """Each node's weighted degree, a self-loop counted twice (networkx's `Graph.degree`)."""
    return [sum(neighbours.values()) + neighbours.get(u, 0) for u, neighbours in enumerate(adjacency)]


def _modularity(adjacency: Adjacency, degrees: list[int], parts: list[set[int]]) -> float:
    """networkx's `modularity` of a partition, its terms in the same order and by the same expressions; a part
    without ties adds 0.0, which changes no sum, so it is left out."""
    total = sum(degrees)
    m, norm = total / 2, 1 / total**2

    def contribution(part: set[int]) -> float:
        inside = sum(w for u in part for v, w in adjacency[u].items() if v >= u and v in part)
        degree = sum(degrees[u] for u in part)
        return inside / m - RESOLUTION * degree * degree * norm

    return sum(map(contribution, (part for part in parts if len(part) > 1 or degrees[next(iter(part))])))


def _one_level(adjacency: Adjacency, degrees: list[int], members: list[set[Hashable]], m: float,
               partition: list[set[Hashable]], rng: random.Random) -> tuple[list[set[Hashable]], list[set[int]], bool]:
    """One level's moves (networkx's `_one_level`): each node, in a shuffled order, to the neighbouring community of
    the largest gain, until a pass moves none; the partition of the original nodes, that of this level's, and
    whether anything moved."""
    count = len(adjacency)
    community_of, inner = list(range(count)), [{u} for u in range(count)]
    totals = list(degrees)
    neighbours = [{v: w for v, w in near.items() if v != u} for u, near in enumerate(adjacency)]
    order = list(range(count))
    rng.shuffle(order)      # as networkx shuffles the level's nodes: the same permutation of positions
    linked = [u for u in order if neighbours[u]]
    moves, improvement = 1, False
    while moves > 0:
        moves = 0
        for u in linked:
            here = community_of[u]
            best = _best_community(neighbours[u], community_of, totals, here, degrees[u], m)
            if best != here:
                partition[here].difference_update(members[u])
                inner[here].remove(u)
                partition[best].update(members[u])
                inner[best].add(u)
                improvement = True
                moves += 1
                community_of[u] = best
    return [p for p in partition if p], [p for p in inner if p], improvement


def _best_community(neighbours: dict[int, int], community_of: list[int], totals: list[int], here: int, degree: int,
                    m: float) -> int:
    """The community node u moves to (its own, `here`, unless another gains more); `totals` (each community's
    degree) updated for it."""
    weights: defaultdict[int, float] = defaultdict(float)
    for v, w in neighbours.items():
        weights[community_of[v]] += w
    best_gain, best = 0, here
    totals[here] -= degree
    remove_cost = -weights[here] / m + RESOLUTION * (totals[here] * degree) / (2 * m**2)
    for community, w in weights.items():
        gain = remove_cost + w / m - RESOLUTION * (totals[community] * degree) / (2 * m**2)
        if gain > best_gain:
            best_gain, best = gain, community
    totals[best] += degree
    return best
