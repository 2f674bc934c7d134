"""The ontology files as data: their quads for the store, and the PLOVER table.

Where the files live: `ontology/*.ttl` in the repository is what people edit and
review; `kg/data/ontology/*.ttl` is a byte-identical copy that ships as package
data and is the only copy this module reads, through `importlib.resources`. So
the same code path serves an editable install, a wheel and a zip, and nothing
depends on the repository layout. `tests/test_ontology.py` fails when the two
copies differ (and prints the `cp` that brings them back in step). A symlink or a
build hook would avoid the copy but break on some checkouts or install paths.

>>> quads = ontology_quads()
>>> all(q.graph_name == ONTOLOGY_GRAPH for q in quads)
True
>>> plover_categories()["ASSAULT"].score
Decimal('-9')
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources import files
from importlib.resources.abc import Traversable
from types import MappingProxyType

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse

from kg.vocab import GKG, ONTOLOGY_GRAPH, PLOVER_SCHEME, RDF, SKOS, XSD

#: The files loaded into the ontology graph, in order.
ONTOLOGY_FILES: tuple[str, ...] = ("geokg.ttl", "plover.ttl")
#: The SHACL shapes (read by `kg.validate`, not loaded into the store).
SHAPES_FILE = "shapes.ttl"


def ontology_file(name: str) -> Traversable:
    """The packaged copy of one file of `ontology/` ("geokg.ttl", "plover.ttl", "shapes.ttl")."""
    return files("kg").joinpath("data", "ontology", name)


@functools.cache
def _triples(name: str) -> tuple[Triple, ...]:
    data = ontology_file(name).read_bytes()
    return tuple(q.triple for q in parse(data, RdfFormat.TURTLE))


def ontology_quads() -> list[Quad]:
    """The ontology and the PLOVER/CAMEO schemes, as quads in `ONTOLOGY_GRAPH`."""
    return [Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
            for name in ONTOLOGY_FILES for t in _triples(name)]


@dataclass(frozen=True)
class PloverCategory:
    """One PLOVER event category as `ontology/plover.ttl` defines it."""

    code: str
    concept: NamedNode
    score: Decimal
    quad_category: str
    label_en: str
    label_de: str

    @property
    def score_literal(self) -> Literal:
        """The score as the xsd:decimal literal written on interactions."""
        return Literal(str(self.score), datatype=XSD.decimal)


@functools.cache
def plover_categories() -> Mapping[str, PloverCategory]:
    """PLOVER code → its concept, score, quad category and labels, read from plover.ttl.

    >>> plover_categories()["SUPPORT"].quad_category
    'verbal cooperation'
    """
    by_subject: dict[NamedNode, dict[NamedNode, list[Literal | NamedNode]]] = {}
    for t in _triples("plover.ttl"):
        if isinstance(t.subject, NamedNode):
            by_subject.setdefault(t.subject, {}).setdefault(t.predicate, []).append(t.object)  # type: ignore[arg-type]
    table: dict[str, PloverCategory] = {}
    for concept, props in by_subject.items():
        if PLOVER_SCHEME not in props.get(SKOS.inScheme, ()) or SKOS.Concept not in props.get(RDF.type, ()):
            continue
        labels = {lit.language: lit.value for lit in props.get(SKOS.prefLabel, ()) if isinstance(lit, Literal)}
        (code,) = (lit.value for lit in props[SKOS.notation])
        (score,) = (Decimal(lit.value) for lit in props[GKG.ploverScore])
        (quad,) = (lit.value for lit in props[GKG.quadCategory])
        table[code] = PloverCategory(code, concept, score, quad, labels["en"], labels["de"])
    return MappingProxyType(dict(sorted(table.items())))
