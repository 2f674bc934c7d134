"""The HTML page as text: self-contained, escaped, filtered to the top nodes."""
from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import networkx as nx

import kg.render
from kg.render import PRECOMPUTE_LAYOUT_ABOVE, select_top, to_html, write_html

HOSTILE = '<img src=x onerror="window.__pwned=1"> </script><script>window.__pwned=2</script> <!-- &amp;'


def actor_graph(n: int = 3, text: str = "Biden droht Putin.") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    classes = ("State", "Official", "Organization")
    for i in range(n):
        g.add_node(f"n{i}", label=f"Akteur {i}", cls=classes[i % 3], pagerank=(i + 1) / 100, role="")
    for i in range(n - 1):
        g.add_edge(f"n{i}", f"n{i + 1}", key="interaction", kind="interaction", count=i + 1,
                   score_mean=-3.5 if i % 2 else 5.0, categories={"THREATEN" if i % 2 else "SUPPORT": i + 1},
                   evidence=[(text, f"art-{i}", "2022-01-07")])
    g.add_edge("n0", "n2", key="talks", kind="talks", count=1, categories={"PhoneCall": 1}, evidence=[])
    return g


def embedded_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "the data block is missing"
    return json.loads(match.group(1))


def test_the_page_is_self_contained() -> None:
    page = to_html(actor_graph())
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<link" not in page.lower() and "@import" not in page
    assert "sourceMappingURL" not in page
    assert "vis-network" in page and "new vis.Network" in page  # the library is inlined
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_untrusted_text_cannot_close_the_script_or_open_markup() -> None:
    g = actor_graph(text=HOSTILE)
    g.nodes["n1"]["label"] = HOSTILE
    page = to_html(g, title=HOSTILE)
    assert page.count("</script>") == 3  # data block, library, page script: none from the text
    assert "<img" not in page and "<!-- &amp;" not in page
    data = embedded_data(page)
    assert data["nodes"][1]["label"] == HOSTILE  # still exact once parsed
    assert any(q["text"] == HOSTILE for e in data["edges"] for q in e["tip"]["quotes"])
    assert "<title>&lt;img" in page


def test_styles_encode_class_sign_count_and_rank() -> None:
    data = embedded_data(to_html(actor_graph(4)))
    shapes = {n["group"]: n["shape"] for n in data["nodes"]}
    assert len(set(shapes.values())) == 3
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["n3"]["size"] > by_id["n0"]["size"]  # PageRank sets the size
    colours = {e["category"]: e["color"] for e in data["edges"] if e["kind"] == "interaction"}
    assert colours["SUPPORT"] != colours["THREATEN"]
    widths = [e["width"] for e in data["edges"] if e["kind"] == "interaction"]
    assert widths == sorted(widths) and widths[0] < widths[-1]
    assert {e["label"] for e in data["edges"] if e["kind"] == "interaction"} == {"SUPPORT", "THREATEN"}
    assert data["categories"] == ["SUPPORT", "THREATEN"]
    assert data["kinds"] == ["interaction", "talks"] and data["physics"] is True


def test_max_nodes_keeps_the_highest_pagerank() -> None:
    g = actor_graph(10)
    assert sorted(select_top(g, 3)) == ["n7", "n8", "n9"]
    data = embedded_data(to_html(g, max_nodes=3))
    assert sorted(n["id"] for n in data["nodes"]) == ["n7", "n8", "n9"]
    assert all(e["from"] in {"n7", "n8", "n9"} and e["to"] in {"n7", "n8", "n9"} for e in data["edges"])


def test_large_graphs_get_positions_and_no_physics() -> None:
    data = embedded_data(to_html(actor_graph(PRECOMPUTE_LAYOUT_ABOVE + 1)))
    assert data["physics"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    write_html(actor_graph(), target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_an_empty_graph_renders() -> None:
    data = embedded_data(to_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == []


def test_docstring_examples() -> None:
    assert doctest.testmod(kg.render).failed == 0


def test_an_edge_with_several_categories_names_the_most_frequent() -> None:
    g = actor_graph(2)
    g.edges["n0", "n1", "interaction"]["categories"] = {"CONSULT": 1, "THREATEN": 2, "AID": 1}
    edge = next(e for e in embedded_data(to_html(g))["edges"] if e["kind"] == "interaction")
    assert edge["categories"] == ["THREATEN", "AID", "CONSULT"]
    assert edge["label"] == "THREATEN, AID …" and edge["category"] == "THREATEN"


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    import os
    import stat

    mask = os.umask(0o022)
    try:
        path = write_html(actor_graph(), tmp_path / "graph.html")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
