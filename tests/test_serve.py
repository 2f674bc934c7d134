"""`kg serve`: the SPARQL 1.1 Protocol over a real store, spoken to with a plain HTTP client."""
from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import threading
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from servers import kg_command, kg_serve, kg_serve_process, request, sparql_post

from kg.errors import StoreError
from kg.serve import ServeOptions, SparqlServer, check_query, example_queries, make_server, negotiate
from kg.store import open_store
from kg.vocab import GKG, RDF, RDFS

ARTICLES = 8
STATES_PER_ARTICLE = 6
ID = "https://w3id.org/geokg/id/"
GRAPH = "https://w3id.org/geokg/graph/article/"
COUNT_STATES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a gkg:State }"
# Five independent triple patterns over ~100 triples: 10^10 rows to count.
EXPLOSIVE = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }")


def state(article: int, i: int) -> ox.NamedNode:
    return ox.NamedNode(f"{ID}state/s{article}-{i}")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store written through our own store code: states in per-article named graphs."""
    out = tmp_path_factory.mktemp("serve") / "out"
    graphs = []
    for a in range(ARTICLES):
        graph = ox.NamedNode(f"{GRAPH}a{a}")
        quads = []
        for i in range(STATES_PER_ARTICLE):
            quads.append(ox.Quad(state(a, i), RDF.type, GKG.State, graph))
            quads.append(ox.Quad(state(a, i), RDFS.label, ox.Literal(f"Staat {a}-{i} <&>", language="de"), graph))
        graphs.append((graph, quads))
    with open_store(out, create=True) as store:
        store.write_articles(graphs, replace=False)
    return out


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[str]:
    """`kg serve` as a user starts it (the runaway-query test starts its own, with a short timeout)."""
    with kg_serve(store_dir, "--workers", "2") as url:
        yield url


def select_rows(response_body: bytes) -> list[dict[str, str]]:
    data = json.loads(response_body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# -- the protocol --------------------------------------------------------------

def test_get_post_and_direct_post_give_the_same_answer(server: str) -> None:
    expected = [{"n": str(ARTICLES * STATES_PER_ARTICLE)}]
    get = request(f"{server}/sparql?query={urllib.parse.quote(COUNT_STATES)}",
                  headers={"Accept": "application/sparql-results+json"})
    form = sparql_post(f"{server}/sparql", COUNT_STATES)
    direct = request(f"{server}/sparql", method="POST", body=COUNT_STATES.encode(),
                     headers={"Content-Type": "application/sparql-query"})
    for response in (get, form, direct):
        assert response.status == 200, response.body
        assert response.content_type == "application/sparql-results+json"
        assert select_rows(response.body) == expected


def test_select_in_every_result_format(server: str) -> None:
    query = 'SELECT ?s ?label WHERE { ?s rdfs:label ?label FILTER(STRENDS(STR(?s), "s0-1")) }'
    label = "Staat 0-1 <&>"
    xml = sparql_post(f"{server}/sparql", query, "application/sparql-results+xml")
    assert xml.content_type == "application/sparql-results+xml"
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [e.text for e in ET.fromstring(xml.body).iterfind(".//r:literal", ns)] == [label]

    csv_answer = sparql_post(f"{server}/sparql", query, "text/csv")
    assert csv_answer.content_type == "text/csv"
    assert list(csv.reader(io.StringIO(csv_answer.text))) == [["s", "label"], [f"{ID}state/s0-1", label]]

    tsv = sparql_post(f"{server}/sparql", query, "text/tab-separated-values")
    assert tsv.content_type == "text/tab-separated-values"
    assert tsv.text.splitlines() == ["?s\t?label", f'<{ID}state/s0-1>\t"{label}"@de']

    as_json = sparql_post(f"{server}/sparql", query, "application/sparql-results+json")
    assert select_rows(as_json.body) == [{"s": f"{ID}state/s0-1", "label": label}]


def test_accept_quality_values_and_format_parameter_choose(server: str) -> None:
    ranked = sparql_post(f"{server}/sparql", "ASK { ?s a gkg:State }",
                         "text/csv;q=0.2, application/sparql-results+xml;q=0.9")
    assert ranked.content_type == "application/sparql-results+xml"
    browser_like = sparql_post(f"{server}/sparql", "ASK { ?s a gkg:State }",
                               "text/html,application/xhtml+xml,*/*;q=0.8")
    assert json.loads(browser_like.body) == {"head": {}, "boolean": True}
    link = request(f"{server}/sparql?format=tsv&query={urllib.parse.quote(COUNT_STATES)}")
    assert link.content_type == "text/tab-separated-values"


def test_construct_and_describe_in_turtle_and_json_ld(server: str) -> None:
    query = f"CONSTRUCT {{ ?s rdfs:label ?l }} WHERE {{ ?s rdfs:label ?l }}"
    turtle = sparql_post(f"{server}/sparql", query, "text/turtle")
    assert turtle.content_type == "text/turtle"
    triples = list(ox.parse(turtle.body, ox.RdfFormat.TURTLE))
    assert len(triples) == ARTICLES * STATES_PER_ARTICLE
    assert "@prefix rdfs:" in turtle.text  # the predeclared prefixes shorten the output

    json_ld = sparql_post(f"{server}/sparql", query, "application/ld+json")
    assert json_ld.content_type == "application/ld+json"
    assert len(list(ox.parse(json_ld.body, ox.RdfFormat.JSON_LD))) == ARTICLES * STATES_PER_ARTICLE

    describe = sparql_post(f"{server}/sparql", f"DESCRIBE <{ID}state/s3-2>", "text/turtle")
    assert {t.predicate for t in ox.parse(describe.body, ox.RdfFormat.TURTLE)} == {RDF.type, RDFS.label}


def test_default_graph_is_the_union_and_named_graphs_stay_apart(server: str) -> None:
    graphs = sparql_post(f"{server}/sparql", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert select_rows(graphs.body) == [{"n": str(ARTICLES)}]


def test_malformed_query_gives_400_with_the_parser_message(server: str) -> None:
    response = sparql_post(f"{server}/sparql", "SELECT ?s WHERE { ?s a gkg:State ")
    assert response.status == 400
    assert response.content_type == "text/plain"
    assert "line 1, column" in response.text and "expected" in response.text


def test_undeclared_prefix_is_a_400(server: str) -> None:
    response = sparql_post(f"{server}/sparql", "SELECT * WHERE { ?s a nope:Thing }")
    assert response.status == 400
    assert "unknown prefix 'nope:'" in response.text


@pytest.mark.parametrize("how", ["form", "media-type", "query-text"])
def test_updates_are_refused_and_change_nothing(server: str, how: str) -> None:
    update = "DELETE WHERE { ?s ?p ?o }"
    if how == "form":
        body = urllib.parse.urlencode({"update": update}).encode()
        response = request(f"{server}/sparql", method="POST", body=body,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "media-type":
        response = request(f"{server}/sparql", method="POST", body=update.encode(),
                           headers={"Content-Type": "application/sparql-update"})
    else:
        response = sparql_post(f"{server}/sparql", f"PREFIX ex: <urn:x#>\n{update}")
    assert response.status == 403
    assert "read-only" in response.text
    after = sparql_post(f"{server}/sparql", COUNT_STATES)
    assert select_rows(after.body) == [{"n": str(ARTICLES * STATES_PER_ARTICLE)}]


def test_hostile_requests_get_clear_errors_and_the_server_stays_up(server: str) -> None:
    deep = sparql_post(f"{server}/sparql", "SELECT * WHERE " + "{" * 100_000 + "}" * 100_000)
    assert deep.status == 400 and "nests" in deep.text
    parens = sparql_post(f"{server}/sparql", "ASK { FILTER(" + "(" * 50_000 + "1" + ")" * 50_000 + ") }")
    assert parens.status == 400
    brackets_in_strings = sparql_post(f"{server}/sparql", 'ASK { ?s ?p "' + "{" * 1000 + '" }')
    assert brackets_in_strings.status == 200
    bad_length = request(f"{server}/sparql", method="POST", body=b"ASK {}",
                         headers={"Content-Type": "application/sparql-query", "Content-Length": "-5"})
    assert bad_length.status == 400
    latin1 = request(f"{server}/sparql", method="POST", body="ASK { ?s ?p 'Ä' }".encode("latin-1"),
                     headers={"Content-Type": "application/sparql-query"})
    assert latin1.status in (200, 400)
    # Refused on the announced length, before any of the body is read.
    huge = request(f"{server}/sparql", method="POST", body=b"ASK {}",
                   headers={"Content-Type": "application/sparql-query", "Content-Length": str(2 << 20)})
    assert huge.status == 413
    assert sparql_post(f"{server}/sparql", "ASK {}").status == 200


def test_other_methods_paths_and_media_types_are_refused(server: str) -> None:
    put = request(f"{server}/sparql", method="PUT", body=b"<a> <b> <c> .",
                  headers={"Content-Type": "application/n-triples"})
    assert put.status == 405 and "read-only" in put.text
    assert request(f"{server}/nothing").status == 404
    odd = request(f"{server}/sparql", method="POST", body=b"{}", headers={"Content-Type": "application/json"})
    assert odd.status == 415
    assert request(f"{server}/sparql?query=").status == 400  # an empty query
    assert request(f"{server}/sparql?query=ASK%7B%7D&query=ASK%7B%7D").status == 400  # two


def test_service_is_refused(server: str) -> None:
    # The target is a live port: refusal must come from the server, not a failed fetch.
    response = sparql_post(f"{server}/sparql",
                           f"SELECT * WHERE {{ ?s ?p ?o . SERVICE <{server}/sparql> {{ ?s ?p ?o }} }}")
    assert response.status == 403
    assert "SERVICE" in response.text
    glued = sparql_post(f"{server}/sparql", f"SELECT * WHERE {{ ?s ?p ?o.service<{server}/sparql>{{?s ?p ?o}} }}")
    assert glued.status == 403


def test_runaway_query_is_stopped_and_the_server_keeps_answering(store_dir: Path) -> None:
    with kg_serve(store_dir, "--timeout", "1", "--workers", "2") as server:
        _runaway_queries_are_stopped(server)


def _runaway_queries_are_stopped(server: str) -> None:
    response = sparql_post(f"{server}/sparql", EXPLOSIVE)
    assert response.status == 503
    assert "timeout" in response.text
    # Both workers busy with runaway queries at once, then normal service again.
    with ThreadPoolExecutor(2) as pool:
        statuses = list(pool.map(lambda _: sparql_post(f"{server}/sparql", EXPLOSIVE).status, range(2)))
    assert statuses == [503, 503]
    for _ in range(3):
        after = sparql_post(f"{server}/sparql", COUNT_STATES)
        assert after.status == 200, after.text
        assert select_rows(after.body) == [{"n": str(ARTICLES * STATES_PER_ARTICLE)}]


def test_eight_parallel_clients_get_their_own_answers(server: str) -> None:
    def ask(article: int) -> tuple[int, list[dict[str, str]]]:
        query = (f"SELECT ?s WHERE {{ GRAPH <{GRAPH}a{article}> {{ ?s a gkg:State }} }} ORDER BY ?s")
        response = sparql_post(f"{server}/sparql", query)
        assert response.status == 200, response.text
        return article, select_rows(response.body)

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(ask, [a % ARTICLES for a in range(32)]))
    for article, rows in answers:
        assert rows == [{"s": state(article, i).value} for i in range(STATES_PER_ARTICLE)]


# -- the query page ------------------------------------------------------------

def test_query_page_is_self_contained_with_prefixes_and_examples(server: str) -> None:
    page = request(f"{server}/")
    assert page.status == 200 and page.content_type == "text/html"
    assert "<script src" not in page.text and "<link" not in page.text  # nothing fetched from elsewhere
    assert "https://w3id.org/geokg/ontology#" in page.text
    for example in example_queries():
        assert json.dumps(example.title, ensure_ascii=False) in page.text


def test_every_example_query_runs(server: str) -> None:
    examples = example_queries()
    assert len(examples) >= 4
    for example in examples:
        response = sparql_post(f"{server}/sparql", example.query, "application/sparql-results+json, text/turtle")
        assert response.status == 200, (example.title, response.text)


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kg serve` over a real build of the seed article."""
    out = tmp_path_factory.mktemp("seed") / "out"
    run = subprocess.run(kg_command("build", "seeds", "--out", str(out), "-q"), capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], timeout=600)
    assert run.returncode == 0, run.stderr
    with kg_serve(out) as url:
        yield url


def test_every_example_query_finds_something_in_the_seed_build(seed_server: str) -> None:
    # the seed article has no date: the examples over time are tried on dated articles in test_time.py
    for example in (e for e in example_queries() if "# needs dated articles" not in e.query):
        response = sparql_post(f"{seed_server}/sparql", example.query, "application/sparql-results+json, text/turtle")
        assert response.status == 200, (example.title, response.text)
        if response.content_type == "text/turtle":
            assert list(ox.parse(response.body, ox.RdfFormat.TURTLE)), example.title
        else:
            assert select_rows(response.body), example.title


@pytest.mark.browser
def test_query_page_runs_an_example_in_a_browser(seed_server: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")  # Debian's, as in test_browser.py
    if not Path(chromium).exists():
        pytest.skip(f"no Chromium at {chromium} (apt install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--headless"])
        try:
            page = browser.new_page()
            requested: list[str] = []
            errors: list[str] = []
            page.on("request", lambda r: requested.append(r.url))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{seed_server}/")
            page.select_option("#examples", label=example_queries()[0].title)
            page.wait_for_selector("#results table tr:nth-child(2)")
            assert page.locator("#results table tr").count() > 1
            assert "row" in page.inner_text("#status")
            page.fill("#query", "SELECT * WHERE {")
            page.click("#run")
            page.wait_for_selector("#error:not(:empty)")  # (the page's CSP forbids eval-based waits)
            assert "line 1, column" in page.inner_text("#error")
            assert errors == []
            assert all(url.startswith(seed_server) for url in requested)  # nothing from elsewhere
        finally:
            browser.close()


# -- options and failures, in process --------------------------------------------

def served(store: Path, options: ServeOptions) -> tuple[SparqlServer, str]:
    server = make_server(str(store), options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.url.rstrip("/")


def test_result_size_cap_ends_large_results_with_a_clear_error(store_dir: Path) -> None:
    server, url = served(store_dir, ServeOptions(port=0, workers=1, max_result_bytes=2000))
    try:
        big = sparql_post(f"{url}/sparql", "SELECT * WHERE { ?s ?p ?o }")
        assert big.status == 422
        assert "cap" in big.text and "LIMIT" in big.text
        small = sparql_post(f"{url}/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 2")
        assert small.status == 200 and len(select_rows(small.body)) == 2
    finally:
        server.shutdown()
        server.server_close()


def test_query_needing_more_memory_than_the_cap_is_stopped(store_dir: Path) -> None:
    server, url = served(store_dir, ServeOptions(port=0, workers=1, timeout=120, max_memory_bytes=1 << 30))
    try:
        # Sorting a four-way cross join (~10^8 rows) must hold every row at once.
        hungry = sparql_post(f"{url}/sparql", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } "
                                              "ORDER BY ?a ?l")
        assert hungry.status == 503, (hungry.status, hungry.text[:500])
        assert "memory cap" in hungry.text, hungry.text
        after = sparql_post(f"{url}/sparql", COUNT_STATES)   # answered by the replacement worker
        assert after.status == 200, (after.status, after.text[:500])
        assert select_rows(after.body) == [{"n": str(ARTICLES * STATES_PER_ARTICLE)}]
    finally:
        server.shutdown()
        server.server_close()


def test_a_build_beside_the_server_is_seen_without_restart(store_dir: Path, tmp_path: Path) -> None:
    import shutil

    shutil.copytree(store_dir, tmp_path / "out")
    server, url = served(tmp_path / "out", ServeOptions(port=0, workers=2))
    try:
        before = ARTICLES * STATES_PER_ARTICLE
        assert select_rows(sparql_post(f"{url}/sparql", COUNT_STATES).body) == [{"n": str(before)}]
        graph = ox.NamedNode(f"{GRAPH}new")
        with open_store(tmp_path / "out") as writer:  # the server holds no lock: a build can run
            writer.write_articles([(graph, [ox.Quad(state(99, 0), RDF.type, GKG.State, graph)])], replace=False)
        for _ in range(4):  # every worker, not just one, sees the new article
            assert select_rows(sparql_post(f"{url}/sparql", COUNT_STATES).body) == [{"n": str(before + 1)}]
    finally:
        server.shutdown()
        server.server_close()


def test_closing_the_server_mid_query_ends_its_request_threads_before_the_trigger(
        store_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    # Each request thread writes to waitress's wake-up pipe (by descriptor number) as it finishes:
    # the pipe may close only once no request thread is left, or a late write lands in whatever
    # the OS gave that number next. So a query still running is ended first, not waited out.
    import time

    server, url = served(store_dir, ServeOptions(port=0, workers=1, timeout=600))
    with ThreadPoolExecutor(1) as client:
        runaway = client.submit(sparql_post, f"{url}/sparql", EXPLOSIVE)
        deadline = time.monotonic() + 60
        while server.pool._idle.qsize() and time.monotonic() < deadline:  # until the worker has it
            time.sleep(0.05)
        assert server.pool._idle.qsize() == 0
        server.shutdown()
        server.server_close()
        assert not server._server.task_dispatcher.threads
        assert "still running" not in caplog.text
        assert "Exception when servicing" not in caplog.text, caplog.text  # e.g. EBADF pulling the trigger
        assert server._server.socket is None and server._server.trigger._closed  # and then all is closed
        with pytest.raises(OSError):  # the connection closed: no answer
            runaway.result(timeout=60)


def test_default_bind_is_loopback_only(store_dir: Path) -> None:
    assert ServeOptions().host == "127.0.0.1"
    with kg_serve_process(store_dir) as (_, url):
        assert request(f"{url}/sparql?query=ASK%7B%7D").status == 200
        other = _non_loopback_address()
        if other is None:
            pytest.skip("this machine has no non-loopback address to try")
        with pytest.raises(OSError):
            socket.create_connection((other, urllib.parse.urlsplit(url).port), timeout=2).close()


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET: no packet is sent for UDP connect
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _gone(pids: set[int], within: float = 15.0) -> bool:
    import time

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in pids):
            return True
        time.sleep(0.2)
    return False


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGKILL"])
def test_workers_end_with_the_server_even_mid_query(store_dir: Path, sig: str) -> None:
    import signal

    with kg_serve_process(store_dir, "--workers", "1", "--timeout", "600") as (process, url):
        # The server says where it listens once its worker is ready: all its children run.
        workers = _children(process.pid)
        assert workers
        # A runaway query keeps the worker busy inside pyoxigraph.
        with pytest.raises(OSError):
            sparql_post(f"{url}/sparql", EXPLOSIVE, timeout=2)
        process.send_signal(getattr(signal, sig))
        process.wait(timeout=30)
        assert _gone(workers)


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    run = subprocess.run(kg_command("serve", "--store", str(tmp_path / "none"), "--port", "0"),
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "no store here" in run.stderr


def test_a_taken_port_is_a_one_line_error(store_dir: Path, server: str) -> None:
    port = server.rsplit(":", 1)[1]
    run = subprocess.run(kg_command("serve", "--store", str(store_dir), "--port", port),
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "cannot listen" in run.stderr


def test_missing_store_raises_store_error_in_the_library(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        make_server(str(tmp_path), ServeOptions(port=0))


# -- the pure parts --------------------------------------------------------------

@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s rdfs:label "SERVICE" }',
    "SELECT * WHERE { ?s <http://example.org/service> ?o }  # SERVICE in a comment",
    "SELECT ?service WHERE { ?service a ex:SERVICE }",
    "PREFIX service: <urn:s#> SELECT * WHERE { ?s service:x ?o }",
    "SELECT * WHERE { ?s ?p '''a\nSERVICE <x> {}''' }",
])
def test_check_query_lets_the_word_service_pass_outside_keywords(query: str) -> None:
    assert check_query(query) is None


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
    "select * where { service silent ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o.SERVICE<http://x/>{?s ?p ?o} }",
    "SELECT * WHERE { ?s ?p \"#\" . SERVICE <http://x/> { } }",
])
def test_check_query_refuses_service_unless_allowed(query: str) -> None:
    refusal = check_query(query)
    assert refusal is not None and refusal.status == 403
    assert check_query(query, allow_service=True) is None


@pytest.mark.parametrize("update", [
    "INSERT DATA { <a:b> <a:c> <a:d> }", "BASE <http://x/> DROP ALL", "load <http://x/data.ttl>",
    "PREFIX ex: <urn:x#> WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "CLEAR DEFAULT",
])
def test_check_query_refuses_updates(update: str) -> None:
    refusal = check_query(update)
    assert refusal is not None and "read-only" in refusal.message


def test_negotiation_defaults_and_wildcards() -> None:
    assert negotiate(None).results == "application/sparql-results+json"
    assert negotiate(None).graph == "text/turtle"
    assert negotiate("text/*").results == "text/csv"
    assert negotiate("application/n-triples, text/tab-separated-values;q=0.5").graph == "application/n-triples"
    assert negotiate("application/n-triples, text/tab-separated-values;q=0.5").results == "text/tab-separated-values"
    assert negotiate("text/csv;q=0, application/sparql-results+xml;q=0.1").results == \
        "application/sparql-results+xml"
