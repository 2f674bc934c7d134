"""An actor network → one self-contained, offline HTML page (vis-network).

The page inlines the vendored vis-network build (`kg/data/vendor/`), so opening
it sends no request. We write our own small template instead of pyvis's: pyvis
links Bootstrap and tom-select from CDNs even in its "in_line" mode, and it
puts tooltips into vis as HTML strings. Here all data travels as one JSON
block, and the page builds tooltips with `textContent`, so article text (which
is untrusted) is always shown as text and never parsed as markup.

The graph is the one `kg.network` builds, read through plain attributes only:
nodes carry `label`, `cls` and optionally `role`, `affiliation`, `pagerank`,
`community`; edges carry `kind` (interaction | talks | affiliation |
membership), `count`, `score_mean`, `categories` ({code: count}) and
`evidence` (sequence of (sentence, article id, date) triples).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="USA", cls="State"); g.add_node("b", label="Russland", cls="State")
>>> _ = g.add_edge("a", "b", key="interaction", kind="interaction", count=1, score_mean=-3.5,
...                categories={"THREATEN": 1}, evidence=[("USA drohen <b>Russland</b>.", "s1", None)])
>>> page = to_html(g)
>>> "<b>Russland" in page, 'src="http' in page
(False, False)
"""
from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.files import write_text_atomic

log = logging.getLogger(__name__)

# Above this many nodes the layout is computed here and physics stays off, so
# large graphs open in seconds: 100 stabilisation steps in the browser took
# 7–15 s for 1,000 nodes, 2–5 s for 500.
PRECOMPUTE_LAYOUT_ABOVE = 500
STABILIZATION_ITERATIONS = 100
MAX_EVIDENCE_IN_TOOLTIP = 5


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
KIND_COLORS = {"talks": "#5e81ac", "affiliation": "#b0b0b0", "membership": "#c8a2c8"}


def select_top(graph: nx.MultiDiGraph, max_nodes: int | None) -> nx.MultiDiGraph:
    """The subgraph of the `max_nodes` nodes with the highest `pagerank` (all if None).

    Ties break by node id, so the choice is stable.

    >>> g = nx.MultiDiGraph(); g.add_nodes_from([("a", {"pagerank": .2}), ("b", {"pagerank": .5})])
    >>> list(select_top(g, 1))
    ['b']
    """
    if max_nodes is None or graph.number_of_nodes() <= max_nodes:
        return graph
    ranked = sorted(graph.nodes(data="pagerank", default=0.0), key=lambda n: (-(n[1] or 0.0), str(n[0])))
    return graph.subgraph(node for node, _ in ranked[:max_nodes])


def to_html(graph: nx.MultiDiGraph, *, title: str = "geokg actor network",
            max_nodes: int | None = None, seed: int = 42) -> str:
    """The page for `graph` as one HTML string (see the module docstring for attributes)."""
    graph = select_top(graph, max_nodes)
    positions = _layout(graph, seed) if graph.number_of_nodes() > PRECOMPUTE_LAYOUT_ABOVE else None
    data = {
        "nodes": _nodes(graph, positions),
        "edges": _edges(graph),
        "classes": _legend_classes(graph),
        "categories": _categories(graph),
        "kinds": sorted({kind for *_, kind in graph.edges(data="kind", default="interaction")}),
        "physics": positions is None,
        "iterations": STABILIZATION_ITERATIONS,
    }
    return (_TEMPLATE
            .replace("/*@CSS@*/", _vendor("vis-network.min.css"))
            .replace("/*@JS@*/", _vendor("vis-network.min.js"))
            .replace("@TITLE@", _escape_html(title))
            .replace("/*@DATA@*/", _script_json(data)))


def write_html(graph: nx.MultiDiGraph, path: Path, **kwargs: Any) -> Path:
    """Write `to_html(graph, **kwargs)` to `path` atomically (temp file + rename)."""
    write_text_atomic(path, to_html(graph, **kwargs))
    return path


def screenshot(html: Path, png: Path, *, width: int = 1280, height: int = 800,
               chromium: str = "/usr/bin/chromium") -> Path:
    """Save a PNG of `html` as headless Chromium shows it once the layout has settled.

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


def _layout(graph: nx.MultiDiGraph, seed: int, iterations: int = 50) -> dict[Any, tuple[float, float]]:
    """Fruchterman–Reingold positions in the paper's grid variant: only pairs closer than 2k repel.

    networkx's spring_layout repels every pair (O(n²) per iteration: 25–45 s
    for 2,000–5,000 nodes on a busy machine); the close pairs come from a k-d
    tree here, so a layout takes seconds, and is the same for the same graph
    and seed.
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
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-12)
        pos += disp * (np.minimum(length, step) / length)[:, None]
        step -= 0.1 / (iterations + 1)   # cooling
    pos = (pos - pos.mean(axis=0)) * 60 / k   # vis-network units: ~60 px between neighbours
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos)}


def _scatter(index: Any, vectors: Any, n: int) -> Any:
    """Per-node sums of 2-d vectors (bincount: much faster than np.add.at)."""
    import numpy as np

    return np.stack([np.bincount(index, weights=vectors[:, d], minlength=n) for d in (0, 1)], axis=1)


def _style(cls: str | None) -> ClassStyle:
    return CLASS_STYLES.get(cls or "", OTHER_STYLE)


def _nodes(graph: nx.MultiDiGraph, positions: dict[Any, tuple[float, float]] | None) -> list[dict]:
    ranks = [float(r or 0.0) for _, r in graph.nodes(data="pagerank", default=0.0)]
    top = max(ranks, default=0.0) or 1.0
    out = []
    for node, attrs in graph.nodes(data=True):
        style = _style(attrs.get("cls"))
        rank = float(attrs.get("pagerank") or 0.0)
        item: dict[str, Any] = {
            "id": str(node), "label": str(attrs.get("label") or node),
            "group": attrs.get("cls") or "Other", "shape": style.shape, "color": style.color,
            "size": round(8 + 22 * math.sqrt(rank / top), 2),
            "tip": _node_tip(attrs),
        }
        if positions is not None:
            item["x"], item["y"] = (round(v, 1) for v in positions[node])
        out.append(item)
    return out


def _node_tip(attrs: Mapping[str, Any]) -> list[str]:
    lines = [f"{attrs.get('label') or ''} ({attrs.get('cls') or 'Other'})"]
    if attrs.get("role"):
        lines.append(f"Rolle: {attrs['role']}")
    if attrs.get("affiliation"):
        lines.append(f"für: {attrs['affiliation']}")
    if attrs.get("pagerank") is not None:
        lines.append(f"PageRank: {float(attrs['pagerank']):.4f}")
    if attrs.get("community") is not None:
        lines.append(f"Community: {attrs['community']}")
    return lines


def _edges(graph: nx.MultiDiGraph) -> list[dict]:
    out = []
    for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
        kind = attrs.get("kind", "interaction")
        count = int(attrs.get("count") or 1)
        categories: Mapping[str, int] = attrs.get("categories") or {}
        ranked = sorted(categories, key=lambda c: (-categories[c], c))
        top = ranked[0] if ranked else ""
        mean = float(attrs.get("score_mean") or 0.0)
        if kind == "interaction":
            color = COOPERATION_COLOR if mean > 0 else CONFLICT_COLOR if mean < 0 else NEUTRAL_COLOR
        else:
            color = KIND_COLORS.get(kind, NEUTRAL_COLOR)
        out.append({
            "id": i, "from": str(u), "to": str(v), "kind": kind,
            "category": top, "categories": ranked,
            "label": _edge_label(ranked) if kind == "interaction" else "",
            "color": color, "width": round(1 + 2 * math.log2(count), 2),
            "arrows": "to" if kind != "talks" else "",
            "dashes": kind in ("affiliation", "membership"),
            "tip": _edge_tip(graph, u, v, kind, count, mean, categories, attrs.get("evidence") or ()),
        })
    return out


def _edge_label(ranked: list[str]) -> str:
    """The most frequent categories, at most two: 'THREATEN', 'ASSAULT, ACCUSE', 'AID, AGREE …'."""
    return ", ".join(ranked[:2]) + (" …" if len(ranked) > 2 else "")


def _edge_tip(graph: nx.MultiDiGraph, u: Any, v: Any, kind: str, count: int, mean: float,
              categories: Mapping[str, int], evidence: Iterable[tuple]) -> dict:
    head = f"{graph.nodes[u].get('label', u)} → {graph.nodes[v].get('label', v)}: {kind} ×{count}"
    lines = [head]
    if kind == "interaction":
        cats = ", ".join(f"{c} ×{n}" for c, n in sorted(categories.items()))
        lines.append(f"{cats}; mittlerer PLOVER-Score {mean:+.2f}")
    evidence = list(evidence)
    quotes = [{"text": str(sentence), "source": " · ".join(str(x) for x in (article, day) if x)}
              for sentence, article, day, *_ in evidence[:MAX_EVIDENCE_IN_TOOLTIP]]
    if len(evidence) > MAX_EVIDENCE_IN_TOOLTIP:
        lines_more = f"… und {len(evidence) - MAX_EVIDENCE_IN_TOOLTIP} weitere Belege"
        quotes.append({"text": lines_more, "source": ""})
    return {"lines": lines, "quotes": quotes}


def _legend_classes(graph: nx.MultiDiGraph) -> list[dict]:
    present = sorted({attrs.get("cls") or "Other" for _, attrs in graph.nodes(data=True)})
    return [{"name": c, "shape": _style(c).shape, "color": _style(c).color} for c in present]


def _categories(graph: nx.MultiDiGraph) -> list[str]:
    found: set[str] = set()
    for *_, attrs in graph.edges(data=True):
        if attrs.get("kind", "interaction") == "interaction":
            found.update(attrs.get("categories") or ())
    return sorted(found)


_TEMPLATE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>@TITLE@</title>
<style>/*@CSS@*/</style>
<style>
 html, body { margin: 0; height: 100%; font: 14px system-ui, sans-serif; }
 #graph { position: absolute; inset: 0 0 0 260px; }
 #panel { position: absolute; top: 0; left: 0; bottom: 0; width: 250px; overflow: auto;
          padding: 8px; box-sizing: border-box; border-right: 1px solid #ddd; background: #fafafa; }
 #panel h1 { font-size: 16px; margin: 0 0 6px; } #panel h2 { font-size: 13px; margin: 12px 0 4px; }
 #panel label { display: block; white-space: nowrap; }
 .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }
 .line { display: inline-block; width: 22px; height: 0; margin-right: 4px; vertical-align: middle;
         border-top: 3px solid; }
 div.vis-tooltip { max-width: 420px; white-space: normal; font: 13px system-ui, sans-serif; }
 .tip-quote { margin: 4px 0 0; font-style: italic; } .tip-src { color: #555; font-size: 12px; }
</style>
</head>
<body>
<div id="panel">
 <h1>@TITLE@</h1>
 <div id="counts"></div>
 <h2>Klassen</h2><div id="classes"></div>
 <h2>Beziehungen</h2><div id="kinds"></div>
 <h2>PLOVER-Kategorien</h2><div id="categories"></div>
 <h2>Legende</h2>
 <div><span class="line" style="border-color:#1a9641"></span>Kooperation (Score &gt; 0)</div>
 <div><span class="line" style="border-color:#d7191c"></span>Konflikt (Score &lt; 0)</div>
 <div><span class="line" style="border-color:#5e81ac"></span>gemeinsame Gespräche</div>
 <div><span class="line" style="border-color:#b0b0b0;border-top-style:dashed"></span>Zugehörigkeit / Mitgliedschaft</div>
 <div>Größe: PageRank · Breite: Anzahl</div>
</div>
<div id="graph"></div>
<script type="application/json" id="graph-data">/*@DATA@*/</script>
<script>/*@JS@*/</script>
<script>
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  // Tooltips are DOM elements filled with textContent: vis would parse a string as HTML.
  function tipElement(lines, quotes) {
    const box = document.createElement("div");
    lines.forEach(function (line, i) {
      const div = document.createElement("div");
      div.textContent = line;
      if (i === 0) { div.style.fontWeight = "bold"; }
      box.appendChild(div);
    });
    (quotes || []).forEach(function (q) {
      const p = document.createElement("div"); p.className = "tip-quote"; p.textContent = q.text;
      box.appendChild(p);
      if (q.source) { const s = document.createElement("div"); s.className = "tip-src";
        s.textContent = q.source; box.appendChild(s); }
    });
    return box;
  }
  const nodes = new vis.DataSet(data.nodes.map(function (n) {
    const item = {id: n.id, label: n.label, group: n.group, shape: n.shape, size: n.size,
                  color: n.color, title: tipElement(n.tip)};
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  const edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, kind: e.kind, categories: e.categories, label: e.label,
            color: {color: e.color, highlight: e.color}, width: e.width, arrows: e.arrows,
            dashes: e.dashes, title: tipElement(e.tip.lines, e.tip.quotes)};
  }));
  const shown = {cls: {}, kind: {}, cat: {}};
  function checkboxes(containerId, items, table, decorate) {
    const box = document.getElementById(containerId);
    items.forEach(function (item) {
      const name = typeof item === "string" ? item : item.name;
      table[name] = true;
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "checkbox"; input.checked = true; input.dataset.name = name;
      input.addEventListener("change", function () { table[name] = input.checked; refresh(); });
      label.appendChild(input);
      if (decorate) { label.appendChild(decorate(item)); }
      label.appendChild(document.createTextNode(name));
      box.appendChild(label);
    });
  }
  checkboxes("classes", data.classes, shown.cls, function (c) {
    const s = document.createElement("span"); s.className = "swatch"; s.style.background = c.color;
    if (c.shape === "dot") { s.style.borderRadius = "50%"; }
    if (c.shape === "diamond") { s.style.transform = "rotate(45deg) scale(.8)"; }
    return s;
  });
  checkboxes("kinds", data.kinds, shown.kind);
  checkboxes("categories", data.categories, shown.cat);
  const nodeView = new vis.DataView(nodes, {filter: function (n) { return shown.cls[n.group] !== false; }});
  const edgeView = new vis.DataView(edges, {filter: function (e) {
    // An event edge stays while any of its categories is shown.
    return shown.kind[e.kind] !== false && (e.kind !== "interaction" ||
      e.categories.some(function (c) { return shown.cat[c] !== false; }));
  }});
  function refresh() {
    nodeView.refresh(); edgeView.refresh();
    document.getElementById("counts").textContent =
      nodeView.length + " Akteure, " + edgeView.length + " Kanten";
  }
  const options = {
    nodes: {font: {size: 14}, borderWidth: 1},
    edges: {smooth: false, font: {size: 10, align: "middle"}},
    interaction: {hover: true, tooltipDelay: 150},
    physics: data.physics ? {enabled: true, solver: "barnesHut",
      barnesHut: {gravitationalConstant: -4000, centralGravity: 0.6, springLength: 120, springConstant: 0.03, avoidOverlap: 0.4},
      stabilization: {enabled: true, iterations: data.iterations, fit: true}} : {enabled: false},
    layout: {improvedLayout: data.nodes.length <= 100}
  };
  const network = new vis.Network(document.getElementById("graph"),
                                  {nodes: nodeView, edges: edgeView}, options);
  window.network = network;
  function ready() { network.setOptions({physics: {enabled: false}}); window.graphReady = true; }
  if (data.physics && data.nodes.length > 0) {
    network.once("stabilizationIterationsDone", ready);
  } else { network.fit(); window.graphReady = true; }
  refresh();
})();
</script>
</body>
</html>
"""
