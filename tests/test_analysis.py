"""Known answers for the network metrics on tiny hand-made actor graphs."""
from __future__ import annotations

import doctest

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.analysis
from kg.analysis import (
    activity_graph, analyze, betweenness, communities, degrees, dyads, ego, exact_betweenness, find_actor,
    pagerank, sampled_betweenness, signed_ties, top_actors, top_dyads, triad_balance, undirected_activity,
    weighted_degrees,
)


def graph(nodes: str = "") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n, label=n.upper(), cls="State")
    return g


def event(g: nx.MultiDiGraph, u: str, v: str, score: float, count: int = 1, code: str = "X",
          dates: tuple[str | None, str | None] = (None, None)) -> None:
    g.add_edge(u, v, key="interaction", kind="interaction", count=count, weight=count,
               score_sum=score * count, score_mean=score, categories={code: count}, evidence=[],
               first_date=dates[0], last_date=dates[1])


def talks(g: nx.MultiDiGraph, u: str, v: str, count: int = 1) -> None:
    g.add_edge(u, v, key="talks", kind="talks", count=count, weight=count, categories={"Meeting": count})


def test_structural_edges_do_not_count_as_activity() -> None:
    g = graph("abc")
    talks(g, "a", "b", 2)
    g.add_edge("c", "a", key="affiliation", kind="affiliation", count=1)
    assert degrees(g) == {"a": 1, "b": 1, "c": 0}
    assert weighted_degrees(g) == {"a": 2.0, "b": 2.0, "c": 0.0}
    assert sorted(activity_graph(g).edges) == [("a", "b"), ("b", "a")]


def test_degree_counts_distinct_partners_and_weight_sums_both_directions() -> None:
    g = graph("abc")
    event(g, "a", "b", -9.0, count=3)
    event(g, "b", "a", 5.0)
    talks(g, "a", "b")
    event(g, "c", "a", 2.5)
    assert degrees(g) == {"a": 2, "b": 1, "c": 1}
    assert weighted_degrees(g) == {"a": 6.0, "b": 5.0, "c": 1.0}  # 3 + 1 events, 1 talks (+ 1 from c)


def test_betweenness_of_a_path_and_a_star() -> None:
    path = graph("abcd")
    for u, v in ("ab", "bc", "cd"):
        talks(path, u, v)
    assert betweenness(path) == pytest.approx({"a": 0, "b": 2 / 3, "c": 2 / 3, "d": 0})
    star = graph("hxyz")
    for leaf in "xyz":
        event(star, leaf, "h", 1.0)
    assert betweenness(star)["h"] == 1.0


def test_sampled_betweenness_is_deterministic() -> None:
    g = graph()
    for i in range(60):
        talks(g, f"n{i}", f"n{(i * 7 + 3) % 60}")
    first = betweenness(g, exact_limit=10, samples=20, seed=1)
    assert first == betweenness(g, exact_limit=10, samples=20, seed=1)
    assert any(value > 0 for value in first.values())


def test_pagerank_favours_the_actor_everyone_acts_on() -> None:
    g = graph("hxyz")
    for leaf in "xyz":
        event(g, leaf, "h", -9.0)
    ranks = pagerank(g)
    assert sum(ranks.values()) == pytest.approx(1.0)
    assert max(ranks, key=ranks.get) == "h"
    assert ranks["x"] == ranks["y"] == ranks["z"]


def test_two_cliques_are_two_communities_numbered_largest_first() -> None:
    g = graph("abcdxyz")
    for u, v in ("ab", "bc", "cd", "ad", "ac", "xy", "yz", "xz"):
        talks(g, u, v, 3)
    talks(g, "d", "x", 1)
    found = communities(g)
    assert {found[n] for n in "abcd"} == {0} and {found[n] for n in "xyz"} == {1}


def test_dyads_keep_direction_counts_scores_and_dates() -> None:
    g = graph("ab")
    event(g, "a", "b", -3.5, count=2, code="THREATEN", dates=("2022-01-07", "2022-01-10"))
    event(g, "b", "a", 5.0, code="SUPPORT")
    found = dyads(g)
    assert [(d.source, d.target, d.count, d.score_sum, d.score_mean) for d in found] == [
        ("a", "b", 2, -7.0, -3.5), ("b", "a", 1, 5.0, 5.0)]
    assert (found[0].first_date, found[0].last_date, found[0].categories) == \
        ("2022-01-07", "2022-01-10", (("THREATEN", 2),))
    assert [d.source for d in top_dyads(found, 5, "conflict")] == ["a"]
    assert [d.source for d in top_dyads(found, 5, "cooperation")] == ["b"]
    assert [d.source for d in top_dyads(found, 5, "count")] == ["a", "b"]
    with pytest.raises(ValueError):
        top_dyads(found, 1, "warmth")


@pytest.mark.parametrize(("signs", "balanced"), [
    ((+1, +1, +1), True), ((+1, -1, -1), True), ((+1, +1, -1), False), ((-1, -1, -1), False)])
def test_triad_balance_follows_heider(signs: tuple[int, int, int], balanced: bool) -> None:
    g = graph("abc")
    for (u, v), sign in zip(("ab", "bc", "ca"), signs):
        event(g, u, v, 5.0 * sign)
    assert triad_balance(g) == kg.analysis.TriadBalance(int(balanced), 1, 1.0 if balanced else 0.0)


def test_tie_sign_uses_both_directions_and_zero_means_unsigned() -> None:
    g = graph("abcd")
    event(g, "a", "b", -9.0)
    event(g, "b", "a", 5.0)
    event(g, "c", "d", 0.0, code="REQUEST")
    ties = signed_ties(g)
    assert ties == {frozenset("ab"): -1}
    assert triad_balance(g).ratio is None


def test_ego_network_and_actor_lookup() -> None:
    g = graph("abcd")
    talks(g, "a", "b")
    event(g, "c", "b", 1.0)
    event(g, "c", "d", 1.0)
    assert sorted(ego(g, "b")) == ["a", "b", "c"]
    assert sorted(ego(g, "b", radius=2)) == ["a", "b", "c", "d"]
    assert find_actor(g, "c") == "c" and find_actor(g, "nobody") is None


def test_analyze_collects_everything_and_ranks_actors() -> None:
    g = graph("hxyz")
    for leaf in "xyz":
        event(g, leaf, "h", -9.0)
    result = analyze(g)
    assert result.summary.nodes == 4 and result.summary.edges_by_kind == (("interaction", 3),)
    assert top_actors(result.actors, 1)[0].node == "h"
    assert result.to_dict()["top"]["conflictual_dyads"][0]["score_sum"] == -9.0


def test_empty_graph() -> None:
    result = analyze(nx.MultiDiGraph())
    assert result.actors == () and result.summary.communities == 0


@st.composite
def random_graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    n = draw(st.integers(2, 12))
    g = graph()
    for i in range(n):
        g.add_node(f"n{i}", label=f"N{i}", cls="State")
    for u, v, score, kind in draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1),
                                                     st.sampled_from([-9.0, -2.0, 0.0, 2.5, 10.0]),
                                                     st.sampled_from(["interaction", "talks"])),
                                           max_size=30)):
        if u != v:
            (event(g, f"n{u}", f"n{v}", score) if kind == "interaction" else talks(g, f"n{u}", f"n{v}"))
    return g



@st.composite
def sparse_graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    """Many actors, few of them active (as in a real corpus), some structural edges and self-loops."""
    n = draw(st.integers(0, 40))
    g = graph()
    for i in draw(st.permutations(range(n))):
        g.add_node(f"n{i}", label=f"N{i}", cls="State")
    node = st.integers(0, max(n - 1, 0)).map(lambda i: f"n{i}")
    for u, v, kind in draw(st.lists(st.tuples(node, node, st.sampled_from(["interaction", "talks", "affiliation"])),
                                    max_size=25 if n else 0)):
        if kind == "interaction":
            event(g, u, v, 1.0)
        elif kind == "talks":
            talks(g, u, v)
        else:
            g.add_edge(u, v, key=kind, kind=kind, count=1)
    return g


@settings(max_examples=150, deadline=None)
@given(sparse_graphs())
def test_exact_betweenness_is_networkx_to_the_last_bit(g: nx.MultiDiGraph) -> None:
    expected = nx.betweenness_centrality(undirected_activity(g), normalized=True)
    assert list(exact_betweenness(g).items()) == list(expected.items())


@settings(max_examples=150, deadline=None)
@given(sparse_graphs(), st.integers(2, 45), st.integers(0, 3))     # from one source networkx scales by 0/0
def test_sampled_betweenness_is_networkx_to_the_last_bit(g: nx.MultiDiGraph, samples: int, seed: int) -> None:
    if samples > len(g):
        return      # networkx refuses to draw more sources than there are nodes
    expected = nx.betweenness_centrality(undirected_activity(g), k=samples, normalized=True, seed=seed)
    assert list(sampled_betweenness(g, samples, seed).items()) == list(expected.items())


@settings(max_examples=40, deadline=None)
@given(random_graphs())
def test_metrics_are_well_formed_and_reproducible(g: nx.MultiDiGraph) -> None:
    result = analyze(g)
    assert result == analyze(g.copy())
    if result.actors:
        assert sum(a.pagerank for a in result.actors) == pytest.approx(1.0, abs=1e-6)
    assert all(0.0 <= a.betweenness <= 1.0 and a.degree <= len(g) - 1 for a in result.actors)
    assert sorted({a.community for a in result.actors}) == list(range(result.summary.communities))
    triads = result.summary.triads
    assert 0 <= triads.balanced <= triads.total
    assert triads.ratio is None if triads.total == 0 else 0.0 <= triads.ratio <= 1.0


def test_docstring_examples() -> None:
    assert doctest.testmod(kg.analysis).failed == 0
