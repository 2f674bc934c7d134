"""An actor network → a pyvis `Network` → one self-contained, offline HTML page.

`network(graph)` builds a pyvis `Network` (nodes and edges as pyvis dicts,
vis-network options) that a user may restyle from Python; `page_html(net)`
renders it with our template (`kg/data/graph_page.html`), not pyvis's: pyvis
links Bootstrap and tom-select from CDNs even in its "in_line" mode and puts
tooltips into vis as HTML strings. Ours inlines the vendored vis-network
(`kg/data/vendor/`), keeps a strict Content-Security-Policy, carries all data
as one JSON block and builds tooltips with `textContent`, so article text
(untrusted) is always shown as text and never parsed as markup.

Positions are computed here (seeded), so the page draws the same picture on
every load and opens without running physics in the browser.

The graph is the one `kg.network` builds, read through plain attributes only:
nodes carry `label`, `cls` and optionally `role`, `affiliation`, `rules`, `mentions`,
`activity`, `pagerank`, `community`; edges carry `kind` (interaction | talks |
affiliation | membership | advisor), `count`, `score_mean`, `categories` ({code: count}),
`rules` (the names of the rules that read it; one tooltip line) and `evidence`: (sentence, article id, date) triples or `kg.network.EvidenceRef`s,
whose category, factuality, status, rules and own date the page shows and filters.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="USA", cls="State"); g.add_node("b", label="Russland", cls="State")
>>> _ = g.add_edge("a", "b", key="interaction", kind="interaction", count=1, score_mean=-3.5,
...                categories={"THREATEN": 1}, evidence=[("USA drohen <b>Russland</b>.", "s1", None)])
>>> net = network(g)
>>> [n["label"] for n in net.nodes], net.edges[0]["label"]
(['USA', 'Russland'], 'THREATEN')
>>> page = page_html(net)
>>> "<b>Russland" in page, 'src="http' in page
(False, False)
"""
from __future__ import annotations

import json
import logging
import math
import os
import sys
import types
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.files import write_text_atomic
from kg.stand_ins import standing_in

if TYPE_CHECKING:   # pyvis is imported only by a command that draws a page (`pyvis_network`)
    from pyvis.network import Network

log = logging.getLogger(__name__)

# The page opens on the CORE_SIZE most active connected actors; the user widens it.
CORE_SIZE = 60
SPRING_LAYOUT_UP_TO = 300      # nodes; above, the grid variant of Fruchterman–Reingold (`_layout`)
EDGE_LENGTH = 190              # px between neighbours in the small-graph layout
MIN_GAP = 120                  # px at least between two actors there
SIZE_METRICS = ("mentions", "activity", "pagerank")
FACTUALITIES = ("asserted", "intended", "possible", "negated")


@dataclass(frozen=True)
class ClassStyle:
    """How one actor class looks: vis-network shape and fill colour."""

    shape: str
    color: str


# Colour-blind-safe palette (Okabe–Ito); shapes differ too, for greyscale prints.
CLASS_STYLES: Mapping[str, ClassStyle] = {
    "State": ClassStyle("square", "#0072B2"),
    "Official": ClassStyle("dot", "#E69F00"),
    "Organization": ClassStyle("diamond", "#009E73"),
    "Person": ClassStyle("triangle", "#CC79A7"),
}
OTHER_STYLE = ClassStyle("star", "#999999")
COOPERATION_COLOR = "#1a9641"
CONFLICT_COLOR = "#d7191c"
NEUTRAL_COLOR = "#7f7f7f"
KIND_COLORS = {"talks": "#3b6fb6", "affiliation": "#9a9a9a", "membership": "#a05bb5", "advisor": "#c07a2c"}
STRUCTURAL = ("affiliation", "membership", "advisor")

VIS_OPTIONS: dict[str, Any] = {
    "nodes": {"font": {"size": 18, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
              "borderWidth": 1},
    "edges": {"smooth": False, "selectionWidth": 2,
              "arrows": {"to": {"scaleFactor": 0.55}},
              "font": {"size": 15, "face": "system-ui, sans-serif", "align": "horizontal",
                       "background": "rgba(255,255,255,0.85)", "strokeWidth": 0, "color": "#222222"}},
    "interaction": {"hover": True, "hideEdgesOnDrag": False, "tooltipDelay": 100},
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
}


def select_top(graph: nx.MultiDiGraph, max_nodes: int | None) -> nx.MultiDiGraph:
    """The subgraph of the `max_nodes` most active nodes (all if None): activity, then mentions, then PageRank.

    Ties break by node id, so the choice is stable.

    >>> g = nx.MultiDiGraph(); g.add_nodes_from([("a", {"activity": 2}), ("b", {"activity": 5})])
    >>> list(select_top(g, 1))
    ['b']
    """
    if max_nodes is None or graph.number_of_nodes() <= max_nodes:
        return graph
    activity = _activity(graph)
    ranked = sorted(graph, key=lambda n: (-activity[n], -_number(graph.nodes[n], "mentions"),
                                          -_number(graph.nodes[n], "pagerank"), str(n)))
    return graph.subgraph(ranked[:max_nodes])


def pyvis_network() -> type[Network]:
    """pyvis's `Network`, imported without IPython where IPython is not loaded yet: pyvis imports
    `IPython.display.IFrame` only for `Network.show` in a notebook, and with it 530 of IPython's
    modules, 0.3 CPU s at import and 0.2-0.5 s of the interpreter's teardown at the end of every
    build. A stand-in serves that one import (its `IFrame` imports the real one when called) and
    is removed after it, so a later `import IPython` loads the real package."""
    if "pyvis.network" not in sys.modules and "IPython" not in sys.modules:
        display = types.ModuleType("IPython.display")
        display.IFrame = _notebook_frame        # type: ignore[attr-defined]
        ipython = types.ModuleType("IPython")
        ipython.display = display               # type: ignore[attr-defined]
        with standing_in({"IPython": ipython, "IPython.display": display}):
            import pyvis.network  # noqa: F401
    from pyvis.network import Network

    return Network


def _notebook_frame(*args: Any, **kwargs: Any) -> Any:
    """`IPython.display.IFrame`, imported when pyvis shows a page in a notebook."""
    from IPython.display import IFrame

    return IFrame(*args, **kwargs)


def network(graph: nx.MultiDiGraph, *, title: str = "geokg actor network", max_nodes: int | None = None,
            core: int | None = CORE_SIZE, seed: int = 42,
            positions: Mapping[Any, tuple[float, float]] | None = None) -> Network:
    """The pyvis `Network` of `graph`: node and edge dicts with positions, styles and tooltip data.

    `core`: the page opens on this many most active connected actors (None: all).
    `positions`: what `layout(graph, ...)` with the same arguments returns, computed
    beforehand (e.g. in another process); None: computed here.
    Restyle it before `page_html` (e.g. `net.nodes[0]["color"] = "#000"`).
    """
    Network = pyvis_network()
    graph = select_top(graph, max_nodes)
    order = core_order(graph, _activity(graph))
    if positions is None:
        positions = _positions(graph, seed, order[:core or len(order)])
    net = Network(directed=True, heading=title, cdn_resources="remote")
    net.nodes = _nodes(graph, positions, order)
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = _edges(graph)
    net.options = json.loads(json.dumps(VIS_OPTIONS))
    net.geokg_core = core        # read by page_html
    return net


def layout(graph: nx.MultiDiGraph, *, max_nodes: int | None = None, core: int | None = CORE_SIZE,
           seed: int = 42) -> dict[Any, tuple[float, float]]:
    """The positions (px) `network` gives the nodes of `graph` with the same arguments: the
    slowest part of a page, so a build computes them in a worker process meanwhile.

    Reads the nodes' `activity`, `mentions` and `pagerank`, not the edges' evidence.

    >>> g = nx.MultiDiGraph([("a", "b")]); g.add_node("c")
    >>> network(g, positions=layout(g)).nodes == network(g).nodes
    True
    """
    graph = select_top(graph, max_nodes)
    order = core_order(graph, _activity(graph))
    return _positions(graph, seed, order[:core or len(order)])


def page_html(net: Network, *, title: str | None = None) -> str:
    """The page of a pyvis `Network` (as `network` builds it) as one HTML string."""
    nodes, edges, heading, _, _, options = net.get_network_data()
    title = title if title is not None else (heading or "geokg actor network")
    core = getattr(net, "geokg_core", CORE_SIZE)
    data = {
        "nodes": nodes, "edges": edges, "options": json.loads(options),
        "classes": _legend_classes(nodes),
        "categories": sorted({c for e in edges if e.get("kind") == "interaction" for c in e.get("categories", ())}),
        "kinds": [k for k in ("interaction", "talks", *STRUCTURAL)
                  if any(e.get("kind") == k for e in edges)],
        "factualities": [f for f in FACTUALITIES if any(i[1] == f for e in edges for i in e.get("items", ()))],
        "dates": _date_range(edges),
        "core": len(nodes) if core is None else core,
        "metric": next((m for m in SIZE_METRICS if len({n.get(m) or 0 for n in nodes}) > 1), "activity"),
        "communityColors": len(nodes) > 150,
    }
    return (_template()
            .replace("/*@CSS@*/", _vendor("vis-network.min.css"))
            .replace("/*@JS@*/", _vendor("vis-network.min.js"))
            .replace("@TITLE@", _escape_html(title))
            .replace("/*@DATA@*/", _script_json(data)))


def to_html(graph: nx.MultiDiGraph, *, title: str = "geokg actor network", **kwargs: Any) -> str:
    """The page for `graph` as one HTML string: `page_html(network(graph, ...))`."""
    return page_html(network(graph, title=title, **kwargs))


def write_html(graph: nx.MultiDiGraph | Network, path: Path | str, **kwargs: Any) -> Path:
    """Write the page of `graph` (a networkx graph or a pyvis `Network`) to `path` atomically."""
    path = Path(path)
    if isinstance(graph, nx.Graph):
        write_text_atomic(path, to_html(graph, **kwargs))
    else:
        write_text_atomic(path, page_html(graph, **kwargs))
    return path


def screenshot(html: Path, png: Path, *, width: int = 1400, height: int = 900,
               chromium: str = "/usr/bin/chromium") -> Path:
    """Save a PNG of `html` as headless Chromium shows it once drawn.

    Needs the `playwright` package and a Chromium binary; every non-file request
    is aborted, so the picture shows exactly what an offline reader sees.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium,
                                     args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())
            page.goto(html.resolve().as_uri())
            page.wait_for_function("window.graphReady === true", timeout=60_000)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
        finally:
            browser.close()
    return png


def _template() -> str:
    return resources.files("kg").joinpath("data", "graph_page.html").read_text(encoding="utf-8")


def _vendor(name: str) -> str:
    text = resources.files("kg").joinpath("data", "vendor", name).read_text(encoding="utf-8")
    # The source-map comment would make devtools fetch a file we do not ship.
    lines = [line for line in text.splitlines() if "sourceMappingURL=" not in line]
    return "\n".join(lines).replace("</script", "<\\/script")


def _script_json(data: object) -> str:
    """JSON safe inside <script>: no '<' can close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _number(attrs: Mapping[str, Any], name: str) -> float:
    value = attrs.get(name)
    return float(value) if isinstance(value, (int, float)) else 0.0


def _activity(graph: nx.MultiDiGraph) -> dict[Any, float]:
    """The node attribute `activity`, or (graphs without it) the summed counts of its event and talks edges."""
    if all("activity" in attrs for _, attrs in graph.nodes(data=True)):
        return {n: _number(attrs, "activity") for n, attrs in graph.nodes(data=True)}
    out: Counter = Counter()
    for u, v, attrs in graph.edges(data=True):
        if attrs.get("kind", "interaction") in ("interaction", "talks"):
            out[u] += int(attrs.get("count") or 1)
            out[v] += int(attrs.get("count") or 1)
    return {n: float(out[n]) for n in graph}


def _positions(graph: nx.MultiDiGraph, seed: int, core: list[Any]) -> dict[Any, tuple[float, float]]:
    """Seeded positions: connected actors by a force layout, isolates on a ring around them.

    Small graphs get Kamada–Kawai (even edge lengths, readable labels); in large ones the
    `core` actors the page opens on are laid out so first, and the rest around them.
    """
    with _single_threaded_blas():
        return _placed(graph, seed, core)


@contextmanager
def _single_threaded_blas() -> Iterator[None]:
    """scipy's OpenBLAS, which the layout loads (Kamada–Kawai's optimizer, the k-d tree), set to one
    thread unless the user chose a number: it reads OPENBLAS_NUM_THREADS when it loads. The layout's
    vectors (two numbers per actor) are far too short to share out, and the pool's idle threads took
    1.0-1.4 CPU s besides the real corpus's 0.6 s of layout, beside the build's other artifacts on
    the two cores. The positions are the same either way."""
    chosen = "OPENBLAS_NUM_THREADS" in os.environ
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        yield
    finally:
        if not chosen:
            del os.environ["OPENBLAS_NUM_THREADS"]


def _placed(graph: nx.MultiDiGraph, seed: int, core: list[Any]) -> dict[Any, tuple[float, float]]:
    simple = nx.Graph()
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    if simple.number_of_nodes() <= SPRING_LAYOUT_UP_TO:
        pos = _small_layout(simple, seed)
    else:   # a core too large for Kamada–Kawai (O(n²) per step) is laid out with the rest
        first = [n for n in core if n in simple]
        fixed = _small_layout(_induced(simple, first), seed) if len(first) <= SPRING_LAYOUT_UP_TO else {}
        pos = _layout(simple, seed, fixed=fixed)
    radius = max((math.hypot(x, y) for x, y in pos.values()), default=0.0) + 2 * EDGE_LENGTH
    isolates = [n for n in graph if n not in pos]
    for i, node in enumerate(isolates):
        angle = 2 * math.pi * i / max(len(isolates), 1)
        pos[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return pos


def _induced(graph: nx.Graph, nodes: list[Any]) -> nx.Graph:
    """The subgraph of `nodes`, in their order: networkx's subgraph view lists a small node set in
    the set's order, which changes with the string hash seed (and a seeded layout with it).

    >>> list(_induced(nx.Graph([("a", "b"), ("b", "c")]), ["c", "b"]).edges())
    [('c', 'b')]
    """
    wanted = set(nodes)
    out = nx.Graph()
    out.add_nodes_from(nodes)
    out.add_edges_from((u, v) for u, v in graph.edges() if u in wanted and v in wanted)
    return out


def _small_layout(simple: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    """Kamada–Kawai started from seeded spring positions (spring alone for a disconnected graph), in px."""
    if simple.number_of_nodes() == 0:
        return {}
    start = nx.spring_layout(simple, seed=seed, iterations=100)
    raw = nx.kamada_kawai_layout(simple, pos=start) if nx.is_connected(simple) else start
    return _scaled(raw, simple)


def _scaled(raw: Mapping[Any, Any], simple: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Layout positions (in [-1, 1]) scaled so the median edge is EDGE_LENGTH px long and no two
    actors are closer than MIN_GAP px (up to three times that scale), so labels do not collide."""
    lengths = sorted(math.dist(raw[u], raw[v]) for u, v in simple.edges() if u != v)
    median = lengths[len(lengths) // 2] if lengths else 1.0
    factor = EDGE_LENGTH / max(median, 1e-6)
    if 1 < len(raw) <= SPRING_LAYOUT_UP_TO:
        import numpy as np
        from scipy.spatial.distance import pdist

        closest = float(pdist(np.array(list(raw.values()), dtype=float)).min())
        factor = min(max(factor, MIN_GAP / max(closest, 1e-6)), 3 * factor)
    return {n: (float(x) * factor, float(y) * factor) for n, (x, y) in raw.items()}


def _layout(graph: nx.Graph, seed: int, iterations: int = 50,
            fixed: Mapping[Any, tuple[float, float]] | None = None) -> dict[Any, tuple[float, float]]:
    """Fruchterman–Reingold positions in the paper's grid variant: only pairs closer than 2k repel.

    networkx's spring_layout repels every pair (O(n²) per iteration: 25–45 s
    for 2,000–5,000 nodes on a busy machine); the close pairs come from a k-d
    tree here, so a layout takes seconds, and is the same for the same graph
    and seed. `fixed`: nodes that keep these positions (px), the others are placed around them.
    """
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(graph)
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = np.array(sorted({(min(index[u], index[v]), max(index[u], index[v]))
                             for u, v in graph.edges() if u != v}), dtype=int).reshape(-1, 2)
    pos = np.random.default_rng(seed).random((n, 2))
    k = 1.0 / math.sqrt(n)            # the ideal edge length in the unit square
    px = 90 / k                       # vis-network units per unit: ~90 px between neighbours
    held = np.zeros(n, dtype=bool)
    for node, (x, y) in (fixed or {}).items():
        pos[index[node]] = (0.5 + x / px, 0.5 + y / px)
        held[index[node]] = True
    step = 0.1
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        close = cKDTree(pos).query_pairs(2 * k, output_type="ndarray")
        if len(close):
            delta = pos[close[:, 0]] - pos[close[:, 1]]
            dist2 = np.maximum((delta * delta).sum(axis=1), 1e-12)
            push = delta * (k * k / dist2)[:, None]          # |push| = k²/d, away from each other
            disp += _scatter(close[:, 0], push, n) - _scatter(close[:, 1], push, n)
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]   # |pull| = d²/k
            disp += _scatter(pairs[:, 1], pull, n) - _scatter(pairs[:, 0], pull, n)
        disp[held] = 0.0
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-12)
        pos += disp * (np.minimum(length, step) / length)[:, None]
        step -= 0.1 / (iterations + 1)   # cooling
    pos = (pos - (0.5 if held.any() else pos.mean(axis=0))) * px
    out = {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos)}
    out.update(fixed or {})
    return out


def _scatter(index: Any, vectors: Any, n: int) -> Any:
    """Per-node sums of 2-d vectors (bincount: much faster than np.add.at)."""
    import numpy as np

    return np.stack([np.bincount(index, weights=vectors[:, d], minlength=n) for d in (0, 1)], axis=1)


def _style(cls: str | None) -> ClassStyle:
    return CLASS_STYLES.get(cls or "", OTHER_STYLE)


def _nodes(graph: nx.MultiDiGraph, positions: Mapping[Any, tuple[float, float]], order: list[Any]) -> list[dict]:
    activity = _activity(graph)
    connected = {n for u, v in graph.edges() if u != v for n in (u, v)}
    rank = {n: i for i, n in enumerate(order)}
    out = []
    for node, attrs in graph.nodes(data=True):
        style = _style(attrs.get("cls"))
        community = attrs.get("community")
        x, y = positions[node]
        out.append({
            "id": str(node), "label": str(attrs.get("label") or node), "shape": style.shape,
            "color": style.color, "x": round(x, 1), "y": round(y, 1), "size": 12,
            "cls": attrs.get("cls") or "Other", "community": community if isinstance(community, int) else -1,
            "mentions": int(_number(attrs, "mentions")), "activity": int(activity[node]),
            "pagerank": round(_number(attrs, "pagerank"), 6), "rank": rank[node],
            "connected": node in connected, "tip": _node_tip(attrs),
        })
    return out


def core_order(graph: nx.MultiDiGraph, activity: Mapping[Any, float]) -> list[Any]:
    """Actors in the order the page's core grows: from the most active, always the most active
    neighbour of those taken next, so every prefix hangs together; then the next component; isolates last.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "d")]); g.add_node("e")
    >>> core_order(g, {"a": 1, "b": 2, "c": 5, "d": 1, "e": 9})
    ['c', 'd', 'b', 'a', 'e']
    """
    import heapq

    def key(n: Any) -> tuple:
        return (-activity.get(n, 0.0), -_number(graph.nodes[n], "mentions"), -_number(graph.nodes[n], "pagerank"),
                str(n))

    # each actor's neighbours either way, no self-loops: a copy of the undirected graph with its edges' data took
    # 0.02 CPU s, twice per build (the layout and the page); the order neighbours come in does not matter (the heap
    # takes them by their keys, which differ)
    undirected: dict[Any, set[Any]] = {n: set() for n in graph}
    for u, v in graph.edges():
        if u != v:
            undirected[u].add(v)
            undirected[v].add(u)
    remaining = sorted((n for n in graph if undirected[n]), key=key)
    order: list[Any] = []
    taken: set[Any] = set()
    for seed in remaining:
        if seed in taken:
            continue
        frontier = [(key(seed), seed)]
        while frontier:
            _, node = heapq.heappop(frontier)
            if node in taken:
                continue
            taken.add(node)
            order.append(node)
            for other in undirected[node]:
                if other not in taken:
                    heapq.heappush(frontier, (key(other), other))
    return order + sorted((n for n in graph if n not in taken), key=key)


def _node_tip(attrs: Mapping[str, Any]) -> list[str]:
    lines = [f"{attrs.get('label') or ''} ({attrs.get('cls') or 'Other'})"]
    if attrs.get("role"):
        lines.append(f"Role: {attrs['role']}")
    if attrs.get("affiliation"):
        lines.append(f"Acts for: {attrs['affiliation']}")
    facts = []
    if attrs.get("mentions") is not None:
        facts.append(f"mentioned in {int(attrs['mentions'])} article(s)")
    if attrs.get("activity") is not None:
        facts.append(f"takes part in {int(attrs['activity'])} event(s)/talks")
    if facts:
        lines.append(", ".join(facts).capitalize())
    if attrs.get("rules"):
        lines.append(f"Read by rules: {', '.join(sorted(attrs['rules']))}")
    if attrs.get("pagerank") is not None:
        lines.append(f"PageRank: {float(attrs['pagerank']):.4f}")
    if attrs.get("community") is not None:
        lines.append(f"Community: {attrs['community']}")
    return lines


def _edges(graph: nx.MultiDiGraph) -> list[dict]:
    out = []
    for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
        kind = attrs.get("kind", "interaction")
        # An edge sharing its pair of actors with another bends (events one way, structure the
        # other; a reverse twin bends to the other side), so no two draw over each other.
        shared = u != v and kind != "talks" and graph.number_of_edges(u, v) + graph.number_of_edges(v, u) > 1
        bend = "curvedCW" if kind == "interaction" else "curvedCCW"
        count = int(attrs.get("count") or 1)
        categories: Mapping[str, int] = attrs.get("categories") or {}
        ranked = sorted(categories, key=lambda c: (-categories[c], c))
        mean = float(attrs.get("score_mean") or 0.0)
        if kind == "interaction":
            color = COOPERATION_COLOR if mean > 0 else CONFLICT_COLOR if mean < 0 else NEUTRAL_COLOR
        else:
            color = KIND_COLORS.get(kind, NEUTRAL_COLOR)
        quotes, items = _readings(attrs.get("evidence") or (), ranked[0] if ranked else "")
        head = f"{graph.nodes[u].get('label', u)} {'—' if kind == 'talks' else '→'} " \
               f"{graph.nodes[v].get('label', v)}: {_kind_name(kind)} ×{count}"
        lines = [head]
        if kind == "interaction":
            cats = ", ".join(f"{c} ×{n}" for c, n in sorted(categories.items()))
            lines.append(f"{cats}; mean PLOVER score {mean:+.2f} (−10 conflict … +10 cooperation)")
        elif kind == "talks" and categories:
            lines.append(", ".join(f"{c} ×{n}" for c, n in sorted(categories.items())))
        if rules := _edge_rules(attrs):
            lines.append(f"Rules: {', '.join(rules)}")
        out.append({
            "id": i, "from": str(u), "to": str(v), "kind": kind, "category": ranked[0] if ranked else "",
            "categories": ranked, "label": _edge_label(ranked) if kind == "interaction" else "",
            "color": color, "width": round(1.5 + 2 * math.log2(count), 2), "count": count,
            "arrows": "to" if kind not in ("talks",) else "",
            "dashes": [2, 5] if kind in STRUCTURAL else False,
            "smooth": {"enabled": True, "type": bend, "roundness": 0.2} if shared else False,
            "tip": lines, "quotes": quotes, "items": items,
        })
    return out


def _edge_rules(attrs: Mapping[str, Any]) -> list[str]:
    """The names of the rules that read an edge: its `rules`, else those of its readings."""
    rules = attrs.get("rules") or {r for ref in attrs.get("evidence") or () for r in getattr(ref, "rules", ())}
    return sorted(rules)


def _kind_name(kind: str) -> str:
    return {"interaction": "events", "talks": "joint talks"}.get(kind, kind)


def _readings(evidence: Iterable[Any], default_category: str) -> tuple[list[dict], list[list]]:
    """Distinct quotes (sentence, source, rules) and one item per reading: [category, factuality, status, date, quote].

    Plain (sentence, article, date) triples count as asserted readings of the edge's main category.
    """
    quotes: list[dict] = []
    index: dict[tuple, int] = {}
    items: list[list] = []
    for ref in evidence:
        sentence, article, day = str(ref[0]), str(ref[1] or ""), ref[2]
        category = getattr(ref, "category", "") or default_category
        factuality = getattr(ref, "factuality", "asserted") or "asserted"
        status = getattr(ref, "status", "") or ""
        rules = tuple(getattr(ref, "rules", ()) or ())
        when = getattr(ref, "event_date", None) or day
        key = (sentence, article)
        if key not in index:
            index[key] = len(quotes)
            quotes.append({"text": sentence, "source": " · ".join(str(x) for x in (article, day) if x),
                           "rules": []})
        quote = quotes[index[key]]
        quote["rules"] = sorted(set(quote["rules"]) | set(rules))
        items.append([category, factuality, status, when or "", index[key]])
    return quotes, items


def _edge_label(ranked: list[str]) -> str:
    """The most frequent categories, at most two: 'THREATEN', 'ASSAULT, ACCUSE', 'AID, AGREE …'."""
    return ", ".join(ranked[:2]) + (" …" if len(ranked) > 2 else "")


def _legend_classes(nodes: list[dict]) -> list[dict]:
    present = sorted({n.get("cls") or "Other" for n in nodes})
    return [{"name": c, "shape": _style(c).shape, "color": _style(c).color} for c in present]


def _date_range(edges: list[dict]) -> list[str]:
    days = sorted({item[3] for e in edges for item in e.get("items", ()) if item[3]})
    return [days[0][:10], days[-1][:10]] if days else []
