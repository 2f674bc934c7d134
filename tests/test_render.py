"""The HTML page as text: a pyvis Network underneath, self-contained, escaped, seeded positions, filtered to the top nodes."""
from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import networkx as nx
import pytest

import kg.render
from kg.network import EvidenceRef
from kg.render import SPRING_LAYOUT_UP_TO, network, page_html, select_top, to_html, write_html

HOSTILE = '<img src=x onerror="window.__pwned=1"> </script><script>window.__pwned=2</script> <!-- &amp;'


def actor_graph(n: int = 3, text: str = "Biden droht Putin.") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    classes = ("State", "Official", "Organization")
    for i in range(n):
        g.add_node(f"n{i}", label=f"Akteur {i}", cls=classes[i % 3], pagerank=(n - i) / 100, role="",
                   mentions=i + 1, activity=i + 1)
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
    assert any(q["text"] == HOSTILE for e in data["edges"] for q in e["quotes"])
    assert "innerHTML" not in page.split("vis-network.min.js")[-1].split("<script>")[-1]   # our script never parses markup
    assert "<title>&lt;img" in page


def test_styles_encode_class_sign_count_and_activity() -> None:
    data = embedded_data(to_html(actor_graph(4)))
    shapes = {n["cls"]: n["shape"] for n in data["nodes"]}
    assert len(set(shapes.values())) == 3
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["n3"]["mentions"] > by_id["n0"]["mentions"] and data["metric"] == "mentions"
    assert [n["id"] for n in sorted(data["nodes"], key=lambda n: n["rank"])] == ["n3", "n2", "n1", "n0"]
    colours = {e["category"]: e["color"] for e in data["edges"] if e["kind"] == "interaction"}
    assert colours["SUPPORT"] != colours["THREATEN"]
    widths = [e["width"] for e in data["edges"] if e["kind"] == "interaction"]
    assert widths == sorted(widths) and widths[0] < widths[-1]
    assert {e["label"] for e in data["edges"] if e["kind"] == "interaction"} == {"SUPPORT", "THREATEN"}
    assert data["categories"] == ["SUPPORT", "THREATEN"]
    assert data["kinds"] == ["interaction", "talks"] and data["options"]["physics"]["enabled"] is False


def test_max_nodes_keeps_the_most_active() -> None:
    g = actor_graph(10)
    assert sorted(select_top(g, 3)) == ["n7", "n8", "n9"]
    data = embedded_data(to_html(g, max_nodes=3))
    assert sorted(n["id"] for n in data["nodes"]) == ["n7", "n8", "n9"]
    assert all(e["from"] in {"n7", "n8", "n9"} and e["to"] in {"n7", "n8", "n9"} for e in data["edges"])


@pytest.mark.parametrize("n", [12, SPRING_LAYOUT_UP_TO + 1])
def test_positions_are_computed_here_and_the_same_every_time(n: int) -> None:
    first, again = (embedded_data(to_html(actor_graph(n))) for _ in range(2))
    assert all(isinstance(node["x"], float) and isinstance(node["y"], float) for node in first["nodes"])
    assert [(p["x"], p["y"]) for p in first["nodes"]] == [(p["x"], p["y"]) for p in again["nodes"]]
    assert len({(p["x"], p["y"]) for p in first["nodes"]}) == n   # no two actors on one spot
    assert first["options"]["physics"]["enabled"] is False


def test_isolates_are_placed_apart_and_ranked_last() -> None:
    g = actor_graph(5)
    g.add_node("afp", label="AFP", cls="Organization", mentions=9, activity=0)
    data = embedded_data(to_html(g))
    afp = next(n for n in data["nodes"] if n["id"] == "afp")
    assert afp["connected"] is False and afp["rank"] == len(data["nodes"]) - 1
    assert all(n["connected"] for n in data["nodes"] if n["id"] != "afp")


def test_the_pyvis_network_is_handed_back_and_restyled_before_writing(tmp_path: Path) -> None:
    from pyvis.network import Network

    net = network(actor_graph(3), title="Mein Netz")
    assert isinstance(net, Network) and net.node_ids == ["n0", "n1", "n2"]
    net.nodes[0]["color"] = "#123456"
    net.options["edges"]["font"]["size"] = 20
    data = embedded_data(write_html(net, tmp_path / "g.html").read_text(encoding="utf-8"))
    assert data["nodes"][0]["color"] == "#123456" and data["options"]["edges"]["font"]["size"] == 20
    assert "<title>Mein Netz</title>" in page_html(net)


def test_readings_carry_factuality_status_rules_and_dates() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="Scholz", cls="Official"); g.add_node("b", label="Putin", cls="Official")
    g.add_edge("a", "b", key="interaction", kind="interaction", count=2, score_mean=-4.0,
               categories={"SANCTION": 1, "ACCUSE": 1}, evidence=[
                   EvidenceRef("Scholz will Putin sanktionieren.", "a3", "2022-02-01", "SANCTION", "intended",
                               "", ("modal-intent", "verb-cue"), "2022-01-30", -8.0, "e1"),
                   EvidenceRef("Scholz kritisiert Putin.", "a2", "2022-01-10", "ACCUSE", "asserted",
                               "", (), None, -2.0, "e2")])
    g.add_edge("a", "b", key="talks", kind="talks", count=1, categories={"Meeting": 1}, evidence=[
        EvidenceRef("Scholz will Putin treffen.", "a4", "2022-03-01", "Meeting", "asserted", "planned",
                    ("talks-plan",), None, None, "t1")])
    data = embedded_data(to_html(g))
    events = next(e for e in data["edges"] if e["kind"] == "interaction")
    assert events["items"] == [["SANCTION", "intended", "", "2022-01-30", 0], ["ACCUSE", "asserted", "", "2022-01-10", 1]]
    assert events["quotes"][0]["rules"] == ["modal-intent", "verb-cue"]
    talks = next(e for e in data["edges"] if e["kind"] == "talks")
    assert talks["items"] == [["Meeting", "asserted", "planned", "2022-03-01", 0]]
    assert data["factualities"] == ["asserted", "intended"]
    assert data["dates"] == ["2022-01-10", "2022-03-01"]
    assert data["categories"] == ["ACCUSE", "SANCTION"]   # talks kinds are no PLOVER categories


def test_the_interface_speaks_english() -> None:
    page = to_html(actor_graph(3))
    ours = page.split("<script>")[-1] + page.split("<script")[0].split("</style>")[-1]   # our script and markup
    tips = json.dumps([(n["tip"], e["tip"]) for n, e in zip(embedded_data(page)["nodes"], embedded_data(page)["edges"])])
    for german in ("Klassen", "Akteure", "Kanten", "Beziehungen", "Rolle", "weitere Belege", "mittlerer", "für:"):
        assert german not in ours and german not in tips
    assert '<html lang="en">' in page and "actors" in ours and "Role" not in tips


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
    assert edge["items"] == [["THREATEN", "asserted", "", "2022-01-07", 0]]   # a plain evidence triple


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    import os
    import stat

    mask = os.umask(0o022)
    try:
        path = write_html(actor_graph(), tmp_path / "graph.html")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_large_graph_lays_out_its_core_first_and_keeps_it_apart() -> None:
    g = actor_graph(SPRING_LAYOUT_UP_TO + 100)
    data = embedded_data(to_html(g, core=20))
    core = [n for n in data["nodes"] if n["rank"] < 20]
    closest = min(((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5
                  for i, a in enumerate(core) for b in core[i + 1:])
    assert closest >= 100   # the actors the page opens on do not sit on each other's labels
    assert data["core"] == 20


@pytest.mark.parametrize("chosen", [None, "2"])
def test_the_layout_loads_blas_single_threaded_unless_the_user_chose(chosen: str | None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    if chosen is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", chosen)
    with kg.render._single_threaded_blas():
        seen = kg.render.os.environ["OPENBLAS_NUM_THREADS"]
    assert seen == (chosen or "1")
    assert kg.render.os.environ.get("OPENBLAS_NUM_THREADS") == chosen
