"""The embedded Oxigraph store: atomic article graphs, union queries, locking, errors."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, StoreError
from kg.store import LocalStore, open_store
from kg.vocab import DCTERMS, GKG, RDF, article_graph, article_iri


def article(article_id: str, digest: str, *extra: tuple) -> tuple[ox.NamedNode, list[ox.Quad]]:
    graph, node = article_graph(article_id), article_iri(article_id)
    triples = [(node, RDF.type, GKG.Article), (node, DCTERMS.identifier, ox.Literal(article_id)),
               (node, GKG.textDigest, ox.Literal(digest)), *extra]
    return graph, [ox.Quad(s, p, o, graph) for s, p, o in triples]


def test_articles_are_written_and_queried_as_one_union_graph(tmp_path: Path) -> None:
    with open_store(tmp_path, create=True) as store:
        store.write_articles([article("a", "d1"), article("b", "d2")], replace=False)
        assert store.article_digests() == {"a": "d1", "b": "d2"}
        rows = list(store.query("SELECT ?id WHERE { ?x a gkg:Article ; dcterms:identifier ?id } ORDER BY ?id"))
        assert [r["id"].value for r in rows] == ["a", "b"]
        assert store.triple_count() == 6


def test_replacing_an_article_drops_its_old_statements(tmp_path: Path) -> None:
    title = (article_iri("a"), DCTERMS.title, ox.Literal("alt"))
    with open_store(tmp_path, create=True) as store:
        store.write_articles([article("a", "d1", title), article("b", "d2")], replace=False)
        store.write_articles([article("a", "d3")], replace=True)
        assert store.article_digests() == {"a": "d3", "b": "d2"}
        assert not bool(store.query("ASK { ?x dcterms:title ?t }"))
        assert store.triple_count() == 6


def test_writes_between_periodic_flushes_and_compaction_all_arrive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A flush every 7 quads: most writes end past the threshold, some replace, some add.
    monkeypatch.setattr("kg.store.local.FLUSH_EVERY_QUADS", 7)
    with open_store(tmp_path, create=True) as store:
        for n in range(20):
            store.write_articles([article(f"a{n}", "d1"), article(f"b{n}", "d1")], replace=False)
            store.write_articles([article(f"a{n}", "d2")], replace=True)
        store.optimize()   # compacts what the flushes left
    with open_store(tmp_path, read_only=True) as store:
        digests = store.article_digests()
        assert len(digests) == 40 and {digests[f"a{n}"] for n in range(20)} == {"d2"}
        assert store.triple_count() == 40 * 3
        assert next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value == str(40 * 3)


def test_flush_soon_compacts_and_optimize_waits_for_it_and_raises_its_error(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    store.write_articles([article("a1", "d1")], replace=False)
    store._flushed = True         # as after a bulk load
    calls = []
    real = store._store
    store._store = SimpleNamespace(flush=real.flush, optimize=lambda: calls.append(1) or 1 / 0)
    store.flush_soon()
    with pytest.raises(ZeroDivisionError):
        store.optimize()
    assert calls == [1] and not store._flushed
    store.optimize()              # nothing left to compact, nothing raised again
    store._store = real
    store.close()


def test_a_reader_missing_a_table_file_compacted_away_opens_again(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # a build's compaction may remove a table file between a reader's open and its first read
    with open_store(tmp_path, create=True) as store:
        store.write_articles([article("a", "d1")], replace=False)
    opened: list[str] = []

    class Vanished:
        def named_graphs(self) -> None:
            raise FileNotFoundError("IO error: No such file or directory: While open a file for random read: 72.sst")

    def read_only(path: str) -> object:
        opened.append(path)
        return Vanished() if len(opened) == 1 else ox.Store.read_only(path)

    fake = SimpleNamespace(**{name: getattr(ox, name) for name in dir(ox) if not name.startswith("_")})
    fake.Store = SimpleNamespace(read_only=read_only)
    monkeypatch.setattr("kg.store.local.ox", fake)
    with open_store(tmp_path, read_only=True) as store:
        assert store.article_digests() == {"a": "d1"}
    assert len(opened) == 2


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "nothing")


def test_malformed_sparql_is_a_query_error(tmp_path: Path) -> None:
    with open_store(tmp_path, create=True) as store:
        with pytest.raises(QueryError, match="malformed SPARQL"):
            store.query("SELEC ?x WHERE {")


def test_a_second_writer_is_refused_but_a_reader_is_served(tmp_path: Path) -> None:
    with open_store(tmp_path, create=True) as store:
        store.write_articles([article("a", "d1")], replace=False)
        store.close()
        writer = LocalStore(tmp_path / "store")
        script = ("import sys; from kg.store import open_store; from kg.errors import StoreError\n"
                  "try:\n    open_store(sys.argv[1])\nexcept StoreError as e:\n    print('refused', e)\n"
                  "print(len(open_store(sys.argv[1], read_only=True).article_digests()))\n")
        run = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True)
        writer.close()
    assert "refused" in run.stdout and "in use by another kg process" in run.stdout
    assert run.stdout.strip().endswith("1")
