"""graph.html in headless Chromium with the network cut off.

Every request that is not a file: URL is aborted and recorded; the page must
attempt none, log no error, hold the expected nodes and edges, and show
untrusted article text in tooltips without running it.
"""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.render import screenshot, write_html

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt install chromium)"),
]
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-default-apps", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--metrics-recording-only", "--safebrowsing-disable-auto-update"]
IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "<script>window.__pwned=2</script>"
log = logging.getLogger(__name__)


@dataclass
class Session:
    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, html: Path) -> float:
        start = time.perf_counter()
        self.page.goto(html.resolve().as_uri())
        self.page.wait_for_function("window.graphReady === true", timeout=120_000)
        return time.perf_counter() - start

    def counts(self) -> tuple[int, int]:
        return tuple(self.page.evaluate(
            "[window.network.body.data.nodes.length, window.network.body.data.edges.length]"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def session(browser: Any) -> Iterator[Session]:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    s = Session(page)

    def block(route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            s.requests.append(route.request.url)
            route.abort()

    context.route("**/*", block)
    page.on("console", lambda msg: s.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: s.errors.append(str(err)))
    yield s
    context.close()


def network(n: int, evidence: str = "Biden droht Putin.", role: str = "") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"n{i}", label=f"Akteur {i}", cls=("State", "Official", "Organization")[i % 3],
                   pagerank=1 / n, role=role)
    for i in range(n):
        j = (i * 7 + 1) % n
        if j != i:
            g.add_edge(f"n{i}", f"n{j}", key="interaction", kind="interaction", count=1 + i % 3,
                       score_mean=-3.5 if i % 2 else 5.0, categories={"THREATEN" if i % 2 else "SUPPORT": 1},
                       evidence=[(evidence, f"art-{i}", "2022-01-07")])
    return g


def test_the_page_opens_offline_without_errors_or_requests(session: Session, tmp_path: Path) -> None:
    g = network(30)
    html = write_html(g, tmp_path / "graph.html")
    session.open(html)
    assert session.counts() == (30, g.number_of_edges())
    assert session.page.evaluate("window.network.physics.options.enabled") is False  # stopped
    assert session.requests == []
    assert session.errors == []


def test_filters_hide_classes_and_categories(session: Session, tmp_path: Path) -> None:
    g = network(30)
    session.open(write_html(g, tmp_path / "graph.html"))
    session.page.uncheck('#classes input[data-name="State"]')
    states = sum(1 for _, c in g.nodes(data="cls") if c == "State")
    assert session.counts()[0] == 30 - states
    session.page.uncheck('#categories input[data-name="THREATEN"]')
    threats = sum(1 for *_, c in g.edges(data="categories") if "THREATEN" in c)
    assert session.counts()[1] == g.number_of_edges() - threats
    assert "Akteure" in session.page.inner_text("#counts")


def test_markup_in_articles_is_shown_as_text_and_never_runs(session: Session, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="USA " + IMG, cls="State", pagerank=0.5, role=SCRIPT)
    g.add_node("b", label="Russland", cls="State", pagerank=0.5)
    g.add_edge("a", "b", key="interaction", kind="interaction", count=1, score_mean=-3.5,
               categories={"THREATEN": 1}, evidence=[(f"Die USA drohen {IMG} {SCRIPT}.", "art-1", "2022-01-07")])
    session.open(write_html(g, tmp_path / "graph.html"))
    page = session.page
    assert page.evaluate("typeof window.__pwned") == "undefined"

    def hover(js_point: str) -> str:
        point = page.evaluate(js_point)
        box = page.locator("#graph").bounding_box()
        page.mouse.move(0, 0)
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=10_000)
        return tooltip.inner_text()

    node_tip = hover("network.canvasToDOM(network.getPositions(['a']).a)")
    assert IMG in node_tip and SCRIPT in node_tip
    edge_tip = hover("""(() => { const p = network.getPositions(['a', 'b']);
        return network.canvasToDOM({x: (p.a.x + p.b.x) / 2, y: (p.a.y + p.b.y) / 2}); })()""")
    assert f"Die USA drohen {IMG} {SCRIPT}." in edge_tip and "art-1 · 2022-01-07" in edge_tip
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src=x]").count() == 0
    assert session.requests == [] and session.errors == []


def test_two_thousand_nodes_open_with_precomputed_layout(session: Session, tmp_path: Path) -> None:
    g = network(2000)
    html = write_html(g, tmp_path / "graph.html")
    seconds = session.open(html)
    log.info("2,000 nodes: %.1f s to open, %.1f MB", seconds, html.stat().st_size / 1e6)
    assert session.counts() == (2000, g.number_of_edges())
    assert session.page.evaluate("window.network.physics.options.enabled") is False
    assert session.requests == [] and session.errors == []


def test_screenshot_writes_a_png(tmp_path: Path) -> None:
    html = write_html(network(12), tmp_path / "graph.html")
    # A thread of its own: the module's browser fixture holds this thread's Playwright loop.
    with ThreadPoolExecutor(1) as pool:
        png = pool.submit(screenshot, html, tmp_path / "shot.png", width=640, height=400,
                          chromium=CHROMIUM).result(timeout=300)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
