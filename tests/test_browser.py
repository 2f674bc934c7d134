"""graph.html in headless Chromium with the network cut off.

Every request that is not a file: URL is aborted and recorded; the page must
attempt none, log no error, draw what its counts say, show whole evidence
sentences in tooltips inside the viewport (untrusted text shown, never run),
find actors by name, draw the same layout on every load, and filter by class,
category, reading and period.
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

from kg.network import EvidenceRef
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
        """Nodes and edges vis-network draws."""
        return tuple(self.page.evaluate(
            "[window.network.body.nodeIndices.length, window.network.body.edgeIndices.length]"))

    def reported(self) -> tuple[int, int]:
        """The counts the panel reports: '12 of 30 actors, 20 of 40 edges shown'."""
        words = self.page.inner_text("#counts").split()
        return int(words[0]), int(words[4])

    def hover(self, js_point: str) -> Any:
        """Move the mouse to a canvas point (JS expression giving DOM coordinates); the visible tooltip."""
        point = self.page.evaluate(js_point)
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.move(1, 1)
        self.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=2)
        tooltip = self.page.locator("#tip")
        tooltip.wait_for(state="visible", timeout=10_000)
        return tooltip


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


MIDPOINT = """(() => {{ const p = network.getPositions(['{a}', '{b}']);
    return network.canvasToDOM({{x: (p['{a}'].x + p['{b}'].x) / 2, y: (p['{a}'].y + p['{b}'].y) / 2}}); }})()"""
LONG = ("Der Bundeskanzler sagte am Montag in Berlin nach einem langen Telefonat mit dem französischen "
        "Präsidenten, man werde die Gespräche im sogenannten Normandie-Format trotz aller Rückschläge der "
        "vergangenen Wochen fortsetzen, weil es zu einer diplomatischen Lösung des Konflikts in der Ostukraine "
        "keine vernünftige Alternative gebe und beide Seiten ein Interesse an einer Deeskalation hätten.")


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
    assert session.counts() == (30, g.number_of_edges()) == session.reported()
    assert session.page.evaluate("window.network.physics.options.enabled") is False
    assert session.page.locator("div.vis-tooltip").count() == 0 or \
        not session.page.locator("div.vis-tooltip").is_visible()
    assert session.requests == []
    assert session.errors == []


def test_filter_counts_match_what_is_drawn(session: Session, tmp_path: Path) -> None:
    g = network(30)
    session.open(write_html(g, tmp_path / "graph.html"))
    session.page.uncheck('#classes input[data-name="State"]')
    states = {n for n, c in g.nodes(data="cls") if c == "State"}
    drawn = session.counts()
    assert drawn == session.reported()
    assert drawn[0] == 30 - len(states)
    assert drawn[1] == sum(1 for u, v in g.edges() if u not in states and v not in states)
    session.page.uncheck('#categories input[data-name="THREATEN"]')
    drawn = session.counts()
    assert drawn == session.reported()
    assert drawn[1] == sum(1 for u, v, c in g.edges(data="categories")
                           if u not in states and v not in states and "THREATEN" not in c)
    session.page.uncheck('#kinds input[data-name="interaction"]')
    assert session.counts() == session.reported() == (0, 0)   # no edge left: no actor floats alone
    session.page.check("#isolates")
    assert session.counts() == session.reported() == (30 - len(states), 0)


def test_a_hovered_edge_shows_its_whole_sentences_wrapped_within_the_viewport(session: Session, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="Olaf Scholz", cls="Official", activity=2)
    g.add_node("b", label="Emmanuel Macron", cls="Official", activity=2)
    second = "Scholz und Macron wollen sich nächste Woche erneut treffen, um über Sanktionen zu beraten."
    g.add_edge("a", "b", key="talks", kind="talks", count=2, categories={"PhoneCall": 1, "Meeting": 1},
               evidence=[EvidenceRef(LONG, "art-1", "2022-01-07", "PhoneCall", "asserted", "held", ("talks-call",)),
                         EvidenceRef(second, "art-2", "2022-01-09", "Meeting", "asserted", "planned",
                                     ("talks-plan", "future-tense"))])
    html = write_html(g, tmp_path / "graph.html")
    for width in (1200, 700):
        session.page.set_viewport_size({"width": width, "height": 800})
        session.open(html)
        tip = session.hover(MIDPOINT.format(a="a", b="b"))
        text = tip.inner_text()
        assert LONG in " ".join(text.split()) and second in " ".join(text.split())
        assert "rules: talks-call" in text and "rules: future-tense, talks-plan" in text and "planned" in text
        box = tip.bounding_box()
        assert box["x"] >= 0 and box["y"] >= 0
        assert box["x"] + box["width"] <= width and box["y"] + box["height"] <= 800
        assert tip.evaluate("t => t.scrollWidth <= t.clientWidth && t.scrollHeight <= t.clientHeight")  # nothing cut
        assert box["height"] > 4 * 18    # the long sentence wraps onto several lines
        assert tip.evaluate("t => getComputedStyle(t).whiteSpace") == "normal"
    assert session.errors == []


def test_tooltips_name_the_rules_that_read_each_edge_and_actor(session: Session, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="Max Muster", cls="Official", rules=("listed-name", "title-holder-next"))
    g.add_node("b", label="Türkei", cls="State", rules=("state-adjective",))
    g.add_node("c", label="SPD", cls="Organization", rules=("listed-name",))
    g.add_node("d", label="Erika Beispiel", cls="Official", rules=("title-holder-apposition",))
    structural = {"count": 1, "categories": {}, "evidence": []}
    g.add_edge("a", "b", key="affiliation", kind="affiliation", rules=("title-affiliation-before",), **structural)
    g.add_edge("a", "c", key="membership", kind="membership", rules=("party-bracket",), **structural)
    g.add_edge("d", "a", key="advisor", kind="advisor", rules=("title-adviser",), **structural)
    session.open(write_html(g, tmp_path / "graph.html"))
    for (u, v), line in {("a", "b"): "Rules: title-affiliation-before", ("a", "c"): "Rules: party-bracket",
                         ("d", "a"): "Rules: title-adviser"}.items():
        text = session.hover(MIDPOINT.format(a=u, b=v)).inner_text()
        assert line in text.splitlines(), text
    node = "(() => { const p = network.getPositions(['a'])['a']; return network.canvasToDOM(p); })()"
    assert "Read by rules: listed-name, title-holder-next" in session.hover(node).inner_text().splitlines()
    assert session.errors == []


def test_markup_in_articles_is_shown_as_text_and_never_runs(session: Session, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="USA " + IMG, cls="State", pagerank=0.5, role=SCRIPT)
    g.add_node("b", label="Russland", cls="State", pagerank=0.5)
    g.add_edge("a", "b", key="interaction", kind="interaction", count=1, score_mean=-3.5,
               categories={"THREATEN": 1}, evidence=[(f"Die USA drohen {IMG} {SCRIPT}.", "art-1", "2022-01-07")])
    session.open(write_html(g, tmp_path / "graph.html"))
    page = session.page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    node_tip = session.hover("network.canvasToDOM(network.getPositions(['a']).a)").inner_text()
    assert IMG in node_tip and SCRIPT in node_tip
    edge_tip = session.hover(MIDPOINT.format(a="a", b="b")).inner_text()
    assert f"Die USA drohen {IMG} {SCRIPT}." in edge_tip and "art-1 · 2022-01-07" in edge_tip
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src=x]").count() == 0
    assert session.requests == [] and session.errors == []


def test_the_search_box_finds_and_focuses_an_actor(session: Session, tmp_path: Path) -> None:
    g = network(300)
    session.open(write_html(g, tmp_path / "graph.html", core=40))
    page = session.page
    hidden = page.evaluate("graphData.nodes.filter(n => n.rank >= 40)[0]")
    assert page.evaluate(f"network.body.nodeIndices.includes('{hidden['id']}')") is False
    page.fill("#search", hidden["label"].lower())
    page.press("#search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [hidden["id"]]
    centre, spot = page.evaluate(f"[network.getViewPosition(), network.getPositions(['{hidden['id']}'])['{hidden['id']}']]")
    assert abs(centre["x"] - spot["x"]) < 1 and abs(centre["y"] - spot["y"]) < 1
    assert "found " + hidden["label"] in page.inner_text("#message")
    assert session.counts() == session.reported()
    page.fill("#search", "Nobody Of That Name")
    page.press("#search", "Enter")
    assert "no actor named" in page.inner_text("#message")


def test_one_actors_neighbourhood(session: Session, tmp_path: Path) -> None:
    g = network(30)
    session.open(write_html(g, tmp_path / "graph.html"))
    page = session.page
    page.fill("#search", "Akteur 5")
    page.press("#search", "Enter")
    page.click("#neighbourhood")
    neighbours = set(nx.all_neighbors(g, "n5")) | {"n5"}
    assert set(page.evaluate("network.body.nodeIndices")) == neighbours
    assert session.counts() == session.reported() == (len(neighbours), g.subgraph(neighbours).number_of_edges())
    page.click("#everyone")
    assert session.counts()[0] == 30


def test_the_layout_is_the_same_on_two_loads(browser: Any, tmp_path: Path) -> None:
    html = write_html(network(40), tmp_path / "graph.html")
    seen = []
    for _ in range(2):
        context = browser.new_context(viewport={"width": 1200, "height": 800})
        page = context.new_page()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.graphReady === true", timeout=120_000)
        seen.append((page.evaluate("network.getPositions()"), page.evaluate("network.getViewPosition()"),
                     page.evaluate("network.getScale()")))
        context.close()
    assert seen[0] == seen[1] and len(seen[0][0]) == 40


def test_readings_and_periods_filter_and_look_apart(session: Session, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for n in "abcd":
        g.add_node(n, label=f"Akteur {n}", cls="State", activity=1)
    g.add_edge("a", "b", key="interaction", kind="interaction", count=1, score_mean=-5.0, categories={"SANCTION": 1},
               evidence=[EvidenceRef("A will B sanktionieren.", "x1", "2022-01-05", "SANCTION", "intended",
                                     "", ("modal",), "2022-01-05")])
    g.add_edge("c", "d", key="interaction", kind="interaction", count=1, score_mean=-2.0, categories={"ACCUSE": 1},
               evidence=[EvidenceRef("C kritisiert D.", "x2", "2022-03-01", "ACCUSE", "asserted", "", (), "2022-03-01")])
    session.open(write_html(g, tmp_path / "graph.html"))
    page = session.page
    style = page.evaluate("[network.body.data.edges.get(0), network.body.data.edges.get(1)]")
    assert style[0]["dashes"] and style[0]["color"]["opacity"] < 1      # intended: dashed and faded
    assert not style[1]["dashes"] and style[1]["color"]["opacity"] == 1
    assert "intended" in session.hover(MIDPOINT.format(a="a", b="b")).inner_text()
    page.uncheck('#factualities input[data-name="intended"]')
    assert session.counts() == session.reported() == (2, 1)
    page.check('#factualities input[data-name="intended"]')
    assert page.is_visible("#date-from")
    page.fill("#date-to", "2022-01-31")
    page.dispatch_event("#date-to", "change")
    assert session.counts() == session.reported() == (2, 1)
    assert page.evaluate("network.body.edgeIndices") == [0]
    assert session.errors == []


def test_without_dates_or_readings_their_filters_are_hidden(session: Session, tmp_path: Path) -> None:
    g = network(10)
    for *_, attrs in g.edges(data=True):
        attrs["evidence"] = [(s, a, None) for s, a, _ in attrs["evidence"]]
    session.open(write_html(g, tmp_path / "graph.html"))
    assert not session.page.is_visible("#dates-box") and not session.page.is_visible("#factuality-box")


def test_the_page_opens_on_the_core_and_widens(session: Session, tmp_path: Path) -> None:
    g = network(2000)
    html = write_html(g, tmp_path / "graph.html")
    session.open(html)
    nodes, _ = session.counts()
    assert 0 < nodes <= 60 and session.counts() == session.reported()
    session.page.fill("#core", "2000")
    session.page.dispatch_event("#core", "change")
    assert session.counts() == session.reported() == (2000, g.number_of_edges())


def test_two_thousand_nodes_are_drawn(session: Session, tmp_path: Path) -> None:
    g = network(2000)
    html = write_html(g, tmp_path / "graph.html", core=None)
    seconds = session.open(html)
    log.info("2,000 nodes: %.1f s to open, %.1f MB", seconds, html.stat().st_size / 1e6)
    assert session.counts() == session.reported() == (2000, g.number_of_edges())
    assert session.page.evaluate("window.network.physics.options.enabled") is False
    assert session.requests == [] and session.errors == []


def test_screenshot_writes_a_png(tmp_path: Path) -> None:
    html = write_html(network(12), tmp_path / "graph.html")
    # A thread of its own: the module's browser fixture holds this thread's Playwright loop.
    with ThreadPoolExecutor(1) as pool:
        png = pool.submit(screenshot, html, tmp_path / "shot.png", width=640, height=400,
                          chromium=CHROMIUM).result(timeout=300)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
