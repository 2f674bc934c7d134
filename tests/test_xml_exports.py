"""graph.graphml and graph.gexf are the text networkx's writers make (`kg.exports.xml_text` only serialises their
tree faster): the same bytes, escapes and character references included."""
from __future__ import annotations

import copy

import networkx as nx

from kg.exports import _gexf, _graphml


def _awkward_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name='Netz "x" & <y>\n')
    graph.add_node("Köln & <Bonn>", label='Zitat "hier"\n\tTab\r', mentions=3, pagerank=0.5, core=True,
                   note="😀 ünïcödé ]]>")
    graph.add_node("b", label="")
    graph.add_edge("Köln & <Bonn>", "b", key="talks&", weight=2, categories="MEET:1;ASSAULT:2")
    graph.add_edge("b", "b", key="interaction", weight=1, categories="")
    return graph


def test_same_text_as_networkx() -> None:
    graph = _awkward_graph()
    assert _graphml(copy.deepcopy(graph)) == "\n".join(nx.generate_graphml(copy.deepcopy(graph))) + "\n"
    assert _gexf(copy.deepcopy(graph)) == "\n".join(nx.generate_gexf(copy.deepcopy(graph))) + "\n"
