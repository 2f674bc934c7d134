"""SHACL validation of what the builder wrote, against `ontology/shapes.ttl`.

>>> import rdflib
>>> conforms, report = validate_store_graph(rdflib.Graph())
>>> conforms
True
"""
from __future__ import annotations

import functools

import rdflib
from pyshacl import validate

from kg.ontology import ONTOLOGY_FILES, SHAPES_FILE, ontology_file


@functools.cache
def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ontology_file(SHAPES_FILE).read_bytes(), format="turtle")


@functools.cache
def _ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(data=ontology_file(name).read_bytes(), format="turtle")
    return graph


def validate_store_graph(graph: rdflib.Graph) -> tuple[bool, str]:
    """Validate a graph (the union of a store's graphs) against the project's shapes.

    The ontology and the PLOVER scheme are added first, so the graph need not
    contain them. An `rdflib.Dataset` (or any graph with named graphs) is
    validated as the union of its graphs, as the store's queries see it, not
    graph by graph. The caller's graph is not changed: validation runs on a copy.

    Returns whether it conforms (warnings allowed) and pyshacl's report text.
    """
    # pyshacl's own ont_graph mix-in copies only the class and property axioms,
    # not the PLOVER concepts the Interaction shape looks at; so mix in everything here.
    data = rdflib.Graph()
    if isinstance(graph, rdflib.ConjunctiveGraph):  # rdflib.Dataset is one too
        for s, p, o, _ in graph.quads((None, None, None, None)):
            data.add((s, p, o))
    else:
        data += graph
    data += _ontology()
    conforms, _, report = validate(
        data, shacl_graph=_shapes(), inference="none", allow_warnings=True, advanced=False, inplace=True,
    )
    return bool(conforms), str(report)
