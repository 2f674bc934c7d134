"""A SPARQL endpoint as the store: a real `oxigraph serve`, written by `kg build`, read by every command."""
from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from servers import ROOT, kg_command, kg_serve, oxigraph_serve, refusing_port, request, sparql_post

from kg.errors import QueryError, StoreError
from kg.store.remote import EndpointStore, Endpoints, endpoints
from kg.store import open_store

SEED = ROOT / "seeds" / "ukraine-talks-2022-01.txt"
EX = "http://example.org/"


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(kg_command(*args), capture_output=True, text=True, cwd=ROOT, timeout=600)


def quad(s: str, p: str, o: str | ox.Literal, g: str) -> ox.Quad:
    obj = o if isinstance(o, ox.Literal) else ox.NamedNode(EX + o)
    return ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + p), obj, ox.NamedNode(EX + g))


@pytest.fixture()
def endpoint(tmp_path: Path) -> Iterator[str]:
    """An empty Oxigraph server, started plainly (no --union-default-graph: we ask per query)."""
    with oxigraph_serve(tmp_path / "oxigraph") as url:
        yield url


def canonical(trig: Path) -> ox.Dataset:
    dataset = ox.Dataset(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


# -- the store interface against a real server -----------------------------------

def test_endpoint_urls_follow_the_documented_layouts() -> None:
    assert endpoints("http://h:7878") == Endpoints("http://h:7878/query", "http://h:7878/update")
    assert endpoints("http://h:3030/ds/") == Endpoints("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert endpoints("http://h:3030/ds/query") == Endpoints("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert endpoints("http://h:8890/sparql") == Endpoints("http://h:8890/sparql", "http://h:8890/sparql")
    assert endpoints("http://h/repositories/kg#update=http://h/repositories/kg/statements") == \
        Endpoints("http://h/repositories/kg", "http://h/repositories/kg/statements")


def test_writes_replace_whole_graphs_and_queries_see_their_union(endpoint: str) -> None:
    store = open_store(endpoint, create=True)
    assert isinstance(store, EndpointStore)
    label = ox.Literal('Kyjiw "Kiew"\nUkraine', language="de")
    store.write_articles([(ox.NamedNode(EX + "g1"), [quad("a", "p", "b", "g1"), quad("a", "label", label, "g1")]),
                          (ox.NamedNode(EX + "g2"), [quad("c", "p", "d", "g2")])], replace=False)
    assert store.triple_count() == 3
    # Union default graph: no GRAPH clause needed; predeclared prefixes work.
    rows = list(store.query(f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?s"))
    assert [r["s"].value for r in rows] == [EX + "a", EX + "c"]
    [row] = store.query(f"SELECT ?l WHERE {{ ?s <{EX}label> ?l FILTER(isLiteral(?l)) }}")
    assert row["l"] == label  # quotes and newlines survive the round trip
    assert bool(store.query("ASK { FILTER(xsd:integer('1') = 1) }"))

    store.replace_graph(ox.NamedNode(EX + "g1"), [quad("a", "q", "e", "g1")])
    graphs = {r["g"].value: int(r["n"].value) for r in store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    assert graphs == {EX + "g1": 1, EX + "g2": 1}
    # Replacing again with the same content changes nothing.
    store.replace_graph(ox.NamedNode(EX + "g1"), [quad("a", "q", "e", "g1")])
    assert store.triple_count() == 2


def test_construct_gives_triples_and_dump_writes_the_dataset(endpoint: str, tmp_path: Path) -> None:
    store = EndpointStore(endpoint)
    store.write_articles([(ox.NamedNode(EX + "g"), [quad("a", "p", "b", "g"), quad("b", "p", "c", "g")])],
                         replace=False)
    result = store.query(f"CONSTRUCT {{ ?s <{EX}p> ?o }} WHERE {{ ?s <{EX}p> ?o }}")
    assert isinstance(result, ox.QueryTriples)
    assert len(list(result)) == 2
    store.dump_trig(tmp_path / "all.trig")
    assert set(ox.parse(path=str(tmp_path / "all.trig"), format=ox.RdfFormat.TRIG)) == \
        {quad("a", "p", "b", "g"), quad("b", "p", "c", "g")}


def test_malformed_query_is_a_query_error_with_the_server_message(endpoint: str) -> None:
    with pytest.raises(QueryError, match="error at 1:"):
        EndpointStore(endpoint).query("SELECT ?s WHERE { ?s ?p ")


def test_unreachable_or_wrong_endpoint_is_a_one_line_store_error(endpoint: str) -> None:
    with refusing_port() as port:
        with pytest.raises(StoreError, match="cannot reach") as unreachable:
            EndpointStore(f"http://127.0.0.1:{port}").query("ASK {}")
        assert "\n" not in str(unreachable.value)
        run = kg("query", "--store", f"http://127.0.0.1:{port}", "ASK {}")
        assert run.returncode == 2 and run.stderr.count("\n") == 1
    with pytest.raises(StoreError, match="404"):
        EndpointStore(f"{endpoint}/no/such/path").query("ASK {}")


def test_credentials_in_the_url_go_as_basic_auth_and_never_into_messages() -> None:
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            seen.append(self.headers.get("Authorization", ""))
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = json.dumps({"head": {}, "boolean": True}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        store = EndpointStore(f"http://kg%40team:s3cret@127.0.0.1:{server.server_address[1]}/ds")
        assert bool(store.query("ASK {}"))
        assert seen == ["Basic a2dAdGVhbTpzM2NyZXQ="]  # base64 of "kg@team:s3cret"
        assert "s3cret" not in store.location
    finally:
        server.shutdown()
        server.server_close()


# -- the commands with --store URL ----------------------------------------------

def test_build_into_endpoint_is_idempotent_and_matches_a_local_build(endpoint: str, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / "seed.txt")
    first = kg("build", str(src), "--out", str(tmp_path / "remote"), "--store", endpoint)
    assert first.returncode == 0, first.stderr
    count = EndpointStore(endpoint).triple_count()
    assert count > 100

    again = kg("build", str(src), "--out", str(tmp_path / "remote"), "--store", endpoint)
    assert again.returncode == 0, again.stderr
    assert "1 unchanged" in again.stderr
    assert EndpointStore(endpoint).triple_count() == count

    # Each article in its own named graph there too.
    graphs = [r["g"].value for r in EndpointStore(endpoint).query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a gkg:Article } }")]
    assert graphs == ["https://w3id.org/geokg/graph/article/seed"]

    # The same dataset as the embedded store holds after the same build.
    local = kg("build", str(src), "--out", str(tmp_path / "local"))
    assert local.returncode == 0, local.stderr
    assert canonical(tmp_path / "remote" / "graph.trig") == canonical(tmp_path / "local" / "graph.trig")


def test_changed_article_replaces_its_graph_in_the_endpoint(endpoint: str, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (src / "seed.txt").write_text(text, encoding="utf-8")
    assert kg("build", str(src), "--out", str(tmp_path / "r"), "--store", endpoint).returncode == 0
    (src / "seed.txt").write_text(text.split("\n\n")[0] + "\n", encoding="utf-8")
    changed = kg("build", str(src), "--out", str(tmp_path / "r"), "--store", endpoint)
    assert changed.returncode == 0, changed.stderr
    assert "1 replaced" in changed.stderr
    fresh = kg("build", str(src), "--out", str(tmp_path / "fresh"))
    assert fresh.returncode == 0, fresh.stderr
    assert canonical(tmp_path / "r" / "graph.trig") == canonical(tmp_path / "fresh" / "graph.trig")


def test_query_and_serve_read_the_endpoint(endpoint: str) -> None:
    store = EndpointStore(endpoint)
    store.write_articles([(ox.NamedNode(EX + f"g{i}"), [quad(f"s{i}", "p", "o", f"g{i}")]) for i in range(3)],
                         replace=False)
    query = f"SELECT (COUNT(?s) AS ?n) WHERE {{ ?s <{EX}p> ?o }}"
    run = kg("query", "--store", endpoint, "--format", "csv", query)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["n", "3"]

    with kg_serve(endpoint, "--timeout", "5") as url:
        answer = sparql_post(f"{url}/sparql", query)
        assert answer.status == 200
        assert json.loads(answer.body)["results"]["bindings"][0]["n"]["value"] == "3"
        refused = request(f"{url}/sparql", method="POST", body=b"DROP ALL",
                          headers={"Content-Type": "application/sparql-update"})
        assert refused.status == 403
        bad = sparql_post(f"{url}/sparql", "SELECT ?s WHERE {")
        assert bad.status == 400 and "error at" in bad.text
        page = request(f"{url}/")
        assert page.status == 200
    assert store.triple_count() == 3
