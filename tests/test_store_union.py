"""The embedded store's materialised union: each statement once, however many articles repeat it."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.store import LocalStore, open_store
from kg.vocab import GKG, PREFIXES, RDF, RDFS, article_graph, entity_iri

RUSSIA = entity_iri("state:russland")


def described(article_id: str, *extra: tuple) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """An article graph that describes Russia (as every article mentioning it does)."""
    graph = article_graph(article_id)
    triples = [(RUSSIA, RDF.type, GKG.State), (RUSSIA, RDFS.label, ox.Literal("Russland", language="de")),
               *extra]
    return graph, [ox.Quad(s, p, o, graph) for s, p, o in triples]


def states(store) -> list[str]:
    return [row["s"].value for row in store.query("SELECT ?s ?l WHERE { ?s a gkg:State ; rdfs:label ?l }")]


def test_a_statement_many_articles_repeat_is_one_row(tmp_path: Path) -> None:
    with open_store(tmp_path, create=True) as store:
        store.write_articles([described(f"a{n}") for n in range(50)], replace=False)
        assert states(store) == [RUSSIA.value]          # not 50 × 50 rows
        assert store.triple_count() == 100               # the named graphs' quads


def test_removing_a_graph_keeps_what_other_graphs_still_say(tmp_path: Path) -> None:
    capital = (RUSSIA, GKG.isoCode, ox.Literal("RU"))
    with open_store(tmp_path, create=True) as store:
        store.write_articles([described("a", capital), described("b", capital)], replace=False)
        store.replace_graph(article_graph("a"), [])
        assert bool(store.query("ASK { ?s gkg:isoCode 'RU' }"))      # b still says it
        store.replace_graph(article_graph("b"), described("b")[1])
        assert not bool(store.query("ASK { ?s gkg:isoCode 'RU' }"))  # nobody says it any more
        assert states(store) == [RUSSIA.value]
        # Replacing several graphs in one batch, where only they shared a statement.
        store.write_articles([described("a", capital), described("c", capital)], replace=False)
        store.write_articles([described("a"), described("c")], replace=True)
        assert not bool(store.query("ASK { ?s gkg:isoCode 'RU' }"))


def test_replaced_blank_nodes_leave_nothing_behind(tmp_path: Path) -> None:
    graph = ox.NamedNode("https://w3id.org/geokg/graph/ontology")
    with open_store(tmp_path, create=True) as store:
        for _ in range(3):  # as every build rewrites the ontology with fresh blank nodes
            node = ox.BlankNode()
            store.replace_graph(graph, [ox.Quad(node, RDF.first, GKG.Official, graph),
                                        ox.Quad(GKG.Talks, RDFS.comment, node, graph)])
        rows = list(store.query("SELECT ?x WHERE { ?x rdf:first gkg:Official }"))
        assert len(rows) == 1 and store.triple_count() == 2


def test_the_export_holds_the_named_graphs_only(tmp_path: Path) -> None:
    with open_store(tmp_path, create=True) as store:
        store.write_articles([described("a"), described("b")], replace=False)
        store.dump_trig(tmp_path / "graph.trig")
        count = store.triple_count()
    quads = list(ox.parse(path=str(tmp_path / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert len(quads) == count == 4
    assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)


def test_the_export_is_the_trig_pyoxigraph_writes_of_the_named_graphs(tmp_path: Path) -> None:
    # dump_trig frames each graph's Turtle dump as a TriG block (pyoxigraph dumps no named graphs alone):
    # the bytes must be those ox.serialize writes of the named graphs' quads, blank nodes and all
    node = ox.BlankNode()
    with open_store(tmp_path, create=True) as store:
        store.write_articles([described("a", (RUSSIA, GKG.isoCode, ox.Literal("RU"))), described("b"),
                              described("c", (RUSSIA, RDFS.comment, node), (node, RDF.first, GKG.Official))],
                             replace=False)
        store.replace_graph(article_graph("d"), [])
        store.dump_trig(tmp_path / "graph.trig")
        named = [q for g in store._store.named_graphs() for q in store._store.quads_for_pattern(None, None, None, g)]
    written = (tmp_path / "graph.trig").read_bytes()
    assert written == ox.serialize(named, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    assert written.count(b" {\n") == 3


def test_a_store_without_the_union_is_read_alike_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "store"
    older = ox.Store(str(path))    # as geokg wrote stores before materialising the union
    older.extend(q for n in range(3) for q in described(f"a{n}")[1])
    older.flush()
    del older
    with open_store(tmp_path, read_only=True) as store:
        assert set(states(store)) == {RUSSIA.value}   # the union view, duplicates and all
    with open_store(tmp_path) as store:              # opened for writing: upgraded
        assert states(store) == [RUSSIA.value]
    raw = ox.Store.read_only(str(path))
    assert len(list(raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 2
    del raw
    with LocalStore(path, read_only=True) as store:
        assert states(store) == [RUSSIA.value]
