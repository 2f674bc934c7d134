"""Time `kg.render.write_html` on synthetic actor networks of a given size, and the
page's opening in headless Chromium (offline) until every actor is drawn.

The graphs carry the attributes `kg.network` produces (label, class, PageRank,
community; edges with kind, counts, categories and evidence sentences), with
about two edges per node and three evidence sentences per edge, generated from
a seed so every run draws the same graph.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

CLASSES = ("State", "Official", "Organization", "Person")
KINDS = ("interaction", "interaction", "talks", "affiliation", "membership")
CODES = ("AGREE", "CONSULT", "SUPPORT", "ACCUSE", "THREATEN", "SANCTION", "ASSAULT")


@dataclass(frozen=True)
class RenderTiming:
    nodes: int
    edges: int
    seconds: float
    bytes: int
    open_seconds: float | None = None   # headless Chromium, all nodes drawn; None without playwright/Chromium


def synthetic_network(nodes: int, *, edges_per_node: float = 2.0, seed: int = 7) -> nx.MultiDiGraph:
    """A random actor network shaped like the ones `kg.network` builds.

    >>> g = synthetic_network(10)
    >>> g.number_of_nodes(), g.number_of_edges()
    (10, 20)
    """
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    for n in range(nodes):
        graph.add_node(f"n{n}", label=f"Akteur {n}", cls=CLASSES[n % len(CLASSES)],
                       pagerank=rng.random() / nodes, community=n % 12, role="Minister" if n % 4 == 1 else None)
    for e in range(int(nodes * edges_per_node)):
        # Preferential-ish endpoints: low ids are hubs, as states are in news.
        u, v = (f"n{int(nodes * rng.random() ** 2)}" for _ in range(2))
        kind = KINDS[e % len(KINDS)]
        code = rng.choice(CODES)
        graph.add_edge(u, v, kind=kind, count=1 + e % 5, score_mean=rng.uniform(-10, 8),
                       categories={code: 1 + e % 5},
                       evidence=[(f"Satz {e}-{k}: Akteur {u} trifft Akteur {v} in Wien.", f"art-{e}", None)
                                 for k in range(3)])
    return graph


def time_render(nodes: int, out_dir: Path, *, chromium: str = "/usr/bin/chromium") -> RenderTiming:
    """Write the page of a synthetic network of `nodes` nodes (all drawn); its time, size and opening time."""
    from kg.render import write_html

    graph = synthetic_network(nodes)
    path = out_dir / f"graph-{nodes}.html"
    start = time.perf_counter()
    write_html(graph, path, core=None)
    seconds = time.perf_counter() - start
    return RenderTiming(nodes, graph.number_of_edges(), seconds, path.stat().st_size, time_open(path, chromium))


def time_open(html: Path, chromium: str = "/usr/bin/chromium") -> float | None:
    """Seconds from navigation until the page has drawn (graphReady), every request but file: aborted."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(chromium).exists():
        return None
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            start = time.perf_counter()
            page.goto(html.resolve().as_uri())
            page.wait_for_function("window.graphReady === true", timeout=120_000)
            return time.perf_counter() - start
        finally:
            browser.close()
