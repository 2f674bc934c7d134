"""`kg serve` cannot be made to fetch other URLs (SERVICE), nor be reached by DNS rebinding.

Every SERVICE attempt points at a real HTTP server on 127.0.0.1 that answers
like a SPARQL endpoint and records what reaches it: a refused query must leave
it untouched. The spellings cover every escape the SPARQL 1.1 grammar allows
in prefixed names (PN_LOCAL_ESC, PERCENT), strings (ECHAR, UCHAR, long
strings), IRIs (UCHAR) and comments, placed before the SERVICE keyword.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from servers import ROOT, kg_serve, request, sparql_post

from kg.query_check import calls_service, check_query
from kg.query_pool import Job, QueryPool
from kg.store import open_store

SECRET = "the-secret-behind-the-firewall"


class _Recorder(BaseHTTPRequestHandler):
    """Answers every request with one SPARQL JSON row holding SECRET, and records it."""

    def _answer(self) -> None:
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = ('{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"%s"}}]}}'
                % SECRET).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def target() -> Iterator[ThreadingHTTPServer]:
    """A local HTTP server standing for anything behind the firewall."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("security") / "out"
    graph = ox.NamedNode("urn:ex:graph")
    quad = ox.Quad(ox.NamedNode("urn:ex:s"), ox.NamedNode("urn:ex:p"), ox.Literal("o"), graph)
    with open_store(out, create=True) as store:
        store.write_articles([(graph, [quad])], replace=False)
    return out


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[str]:
    with kg_serve(store_dir, "--workers", "1") as url:
        yield url


def service_url(target: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{target.server_address[1]}/sparql"


# What may stand before SERVICE, in every escape the grammar allows.
PN_LOCAL_ESCAPES = list("_~.-!$&'()*+,;=/?#@%")
PREFIXES = "PREFIX ex: <urn:ex:> "
BEFORE_SERVICE = (
    [f"OPTIONAL {{ ?q ex:p ex:a\\{c} }}" for c in PN_LOCAL_ESCAPES]               # the reported bypass and kin
    + [f"?q ex:p ex:a\\{c} ." for c in PN_LOCAL_ESCAPES]
    + [f"?q ex:p ex:\\{c}b ." for c in PN_LOCAL_ESCAPES]                           # escape first in the name
    + ["?q ex:p ex:a%23 .", "?q ex:p ex:a%27b .", "?q ex:p ex:a.b\\# .", "?q ex:a\\#\\' ex:b\\\" ."]
    + [f"?q ex:p {q}a{e}b{q} ." for q in ('"', "'") for e in
       ("\\t", "\\b", "\\n", "\\r", "\\f", '\\"', "\\'", "\\\\", "\\u0022", "\\u0027", "\\U00000022", "\\u0023")]
    + [f"?q ex:p {q}a{e}b{q} ." for q in ('"""', "'''") for e in
       ("\\t", '\\"', "\\'", "\\\\", '"', "'", "''", '""', "\n", "\\u0022\\u0022\\u0022", "#")]
    + ["?q ex:p <urn:a\\u003Eb> .", "?q ex:p <urn:a\\U0000003e#b> .", "?q ex:p <urn:a#b> .",
       "?q ex:p 'a#b' .", '?q ex:p "a<b" .', "?q ex:p ex:a # comment with \" and ' and <\n",
       "?q ex:p ex:a # comment ending in CR\r", "# a comment \\\n", "?q ex:p ?o FILTER(?o<1).",
       "?q ex:p ?o FILTER(?o<1) .", "?q ex:p 1", "?q ex:p ex:a\\#", "?q ex:p \"\"", "?q ex:p ''''''",
       "?q ex:p ?o FILTER(?o<1)", "?q ex:p _:b1.", "?q ex:p 'x'@de-DE", "?q ex:p 'x'^^ex:t\\#",
       "?q ex:p [ ex:p ex:a\\# ]", "?q ex:p ( ex:a\\# )", "?q ex:p 1.5e3 ."])
SPELLINGS = ["SERVICE", "service", "sErViCe", "SERVICE SILENT", "service silent"]


def bypass_queries(url: str) -> list[str]:
    queries = [f"{PREFIXES}SELECT * WHERE {{ {before} {word} <{url}> {{ ?x ?y ?z }} }}"
               for before in BEFORE_SERVICE for word in SPELLINGS[:1]]
    queries += [f"{PREFIXES}SELECT * WHERE {{ {before} {word} <{url}> {{ ?x ?y ?z }} }}"
                for before in BEFORE_SERVICE[:3] for word in SPELLINGS[1:]]
    # The IRI of the service written with escapes, and the comment trick around `<`.
    escaped = url.replace("h", "\\u0068", 1)
    queries += [f"SELECT * WHERE {{ ?q ?p ?o FILTER(?o<1).SERVICE#>\n<{url}> {{ ?x ?y ?z }} }}",
                f"SELECT * WHERE {{ ?q ?p 1SERVICE <{url}> {{ ?x ?y ?z }} }}",
                f"SELECT * WHERE {{ SERVICE <{escaped}> {{ ?x ?y ?z }} }}",
                f"SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?x ?y ?z }} }}",
                f"SELECT * WHERE {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }}",
                f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }} }}",
                f"ASK {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
                f"CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
                f"DESCRIBE ?x WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}"]
    return queries


def test_the_reported_bypass_is_refused_and_fetches_nothing(server: str, target: ThreadingHTTPServer) -> None:
    query = (f"PREFIX ex: <urn:ex:> SELECT * WHERE {{ OPTIONAL {{ ?q ex:p ex:a\\# }} "
             f"SERVICE <{service_url(target)}> {{ ?x ?y ?z }} }}")
    before = len(target.seen)
    response = sparql_post(f"{server}/sparql", query)
    assert response.status == 403, response.text
    assert SECRET not in response.text
    assert len(target.seen) == before


def test_every_escape_before_service_is_refused_and_fetches_nothing(server: str,
                                                                     target: ThreadingHTTPServer) -> None:
    before = len(target.seen)
    leaks = []
    for query in bypass_queries(service_url(target)):
        for send in (_get, _post_form, _post_direct):
            response = send(server, query)
            if response.status not in (400, 403) or SECRET in response.text:
                leaks.append((query, response.status, response.text[:200]))
    assert leaks == []
    assert target.seen[before:] == []


def _get(server: str, query: str):  # noqa: ANN202
    return request(f"{server}/sparql?query={urllib.parse.quote(query)}")


def _post_form(server: str, query: str):  # noqa: ANN202
    return sparql_post(f"{server}/sparql", query)


def _post_direct(server: str, query: str):  # noqa: ANN202
    return request(f"{server}/sparql", method="POST", body=query.encode(),
                   headers={"Content-Type": "application/sparql-query"})


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:1/> { }" }',
    "SELECT * WHERE { ?s ?p '''a\nservice\n''' }",
    "SELECT * WHERE { ?s <urn:x:service> ?o }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:1/> { }",
    "PREFIX service: <urn:x:> SELECT ?service WHERE { ?service service:p service:service }",
    "PREFIX ex: <urn:ex:> SELECT * WHERE { ?s ex:p ex:a\\# } # service",
])
def test_the_word_service_outside_a_service_call_runs(server: str, query: str) -> None:
    response = sparql_post(f"{server}/sparql", query)
    assert response.status == 200, response.text


def test_with_allow_service_the_call_is_made(store_dir: Path, target: ThreadingHTTPServer) -> None:
    """The control: the same target is reachable when the operator allows it, so the tests above can fail."""
    query = f"SELECT * WHERE {{ SERVICE <{service_url(target)}> {{ ?x ?y ?z }} }}"
    before = len(target.seen)
    with kg_serve(store_dir, "--workers", "1", "--allow-service") as url:
        response = sparql_post(f"{url}/sparql", query)
    assert response.status == 200, response.text
    assert SECRET in response.text
    assert len(target.seen) > before


def test_a_service_call_past_the_check_still_reaches_nothing(store_dir: Path,
                                                             target: ThreadingHTTPServer) -> None:
    """The second line: the pool runs what it is given, unchecked, in workers without network."""
    query = f"SELECT * WHERE {{ SERVICE <{service_url(target)}> {{ ?x ?y ?z }} }}"
    assert check_query(query) is not None  # the first line would have stopped it
    before = len(target.seen)
    with QueryPool(str(store_dir), size=1, timeout=30) as pool:
        answer = pool.run(Job(query))
    assert answer.status != 200
    assert SECRET.encode() not in answer.body
    assert target.seen[before:] == []
    with QueryPool(str(store_dir), size=1, timeout=30, allow_network=True) as pool:
        answer = pool.run(Job(query))
    assert answer.status == 200 and SECRET.encode() in answer.body  # the control
    assert len(target.seen) > before


def test_the_seccomp_fallback_blocks_inet_sockets_but_not_unix_ones(target: ThreadingHTTPServer) -> None:
    """Where namespaces are not permitted, the worker's seccomp filter still stops every connection."""
    if not sys.platform.startswith("linux"):
        pytest.skip("seccomp is Linux only")
    script = (
        "import ctypes, socket, sys\n"
        "from kg import sandbox\n"
        "sandbox._seccomp_no_inet(ctypes.CDLL(None, use_errno=True))\n"
        "a, b = socket.socketpair(); a.send(b'x'); assert b.recv(1) == b'x'\n"
        "for family in (socket.AF_INET, socket.AF_INET6):\n"
        "    try:\n"
        "        socket.socket(family, socket.SOCK_STREAM)\n"
        "    except PermissionError:\n"
        "        continue\n"
        "    sys.exit('an inet socket was created')\n"
        f"socket.create_connection(('127.0.0.1', {target.server_address[1]}), timeout=5)\n")
    before = len(target.seen)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "PermissionError" in done.stderr, done.stderr
    assert target.seen[before:] == []


@pytest.mark.parametrize("query", bypass_queries("http://127.0.0.1:9/sparql")[:40:3])
def test_check_query_refuses_the_escaped_spellings(query: str) -> None:
    refusal = check_query(query)
    assert refusal is not None and refusal.status in (400, 403)


def test_calls_service_reads_the_parse_tree() -> None:
    assert calls_service("SELECT * { ?s ?p 'SERVICE' }") is False
    assert calls_service("SELECT * { OPTIONAL { SERVICE SILENT ?x { ?s ?p ?o } } }") is True
    assert calls_service("SELECT * { ?s ?p 1SERVICE <urn:x> {} }") in (True, None)  # never False


# -- DNS rebinding ---------------------------------------------------------------

def test_a_foreign_host_header_is_refused(server: str) -> None:
    port = urllib.parse.urlsplit(server).port
    query = f"/sparql?query={urllib.parse.quote('ASK {}')}"
    foreign = request(f"{server}{query}", headers={"Host": f"rebound.example:{port}"})
    assert foreign.status == 421
    assert "--allow-host" in foreign.text
    assert request(f"{server}/", headers={"Host": "rebound.example"}).status == 421
    for own in (f"localhost:{port}", f"127.0.0.1:{port}", "localhost"):
        assert request(f"{server}{query}", headers={"Host": own}).status == 200, own


def test_allow_host_admits_a_configured_name(store_dir: Path) -> None:
    with kg_serve(store_dir, "--workers", "1", "--allow-host", "kg.example.org") as url:
        query = f"{url}/sparql?query={urllib.parse.quote('ASK {}')}"
        assert request(query, headers={"Host": "kg.example.org"}).status == 200
        assert request(query, headers={"Host": "other.example.org"}).status == 421
