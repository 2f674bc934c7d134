"""Throughput of the SPARQL endpoint: `kg serve` beside `oxigraph serve-read-only` on the same store.

Both servers get the same requests over HTTP/1.1 keep-alive connections: the
selective competency queries (`benchmarks/queries`, placeholders filled from
the data, prefixes written out because Oxigraph predeclares none) and
`ASK {}` (the protocol's own cost), POSTed form-encoded with
`Accept: application/sparql-results+json`, as most clients do. Each client is
its own process (so the clients' GIL does not cap the servers), sending
requests back to back for `--seconds`; we report requests/s and the p50/p99
latency for 1 and 8 clients. Every answer must be a 200 with the same row
count on both servers, or the run stops.

    python -m benchmarks.endpoint_throughput /tmp/b10k --seconds 10 --json /tmp/throughput.json
"""
from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from benchmarks import latency
from kg.store.remote import with_prefixes
from kg.store import open_store, store_path

SELECTIVE = ("officials_of_state", "label_exact", "talks_in_range", "met_officials_of")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def workload(location: Path) -> list[tuple[str, str]]:
    """(name, query text) pairs: the selective competency queries and ASK {}."""
    with open_store(location, read_only=True) as store:
        params = latency.pick_parameters(store)
    queries = latency.load_queries()
    chosen = [(name, with_prefixes(queries[name][latency.PLAIN].substitute(params))) for name in SELECTIVE]
    return [*chosen, ("ask", "ASK {}")]


def start(command: list[str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{command[0]} did not listen on {port}")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _client(args: tuple[int, str, list[tuple[str, str]], float]) -> tuple[list[float], dict[str, int]]:
    """Send the workload round-robin on one keep-alive connection; latencies and row counts.

    At least one whole round, however short `seconds`: on a busy machine a client
    could otherwise send none, or only some of the queries, and the servers' row
    counts would then differ by which queries they got to, not by their answers.
    """
    port, path, queries, seconds = args
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    bodies = [(name, urllib.parse.urlencode({"query": text}).encode()) for name, text in queries]
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
    latencies, rows = [], {}
    end = time.monotonic() + seconds
    i = 0
    while i < len(bodies) or time.monotonic() < end:
        name, body = bodies[i % len(bodies)]
        i += 1
        began = time.perf_counter()
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        latencies.append(time.perf_counter() - began)
        if response.status != 200:
            raise RuntimeError(f"{name}: HTTP {response.status}: {data[:200]!r}")
        answer = json.loads(data)
        rows[name] = len(answer["results"]["bindings"]) if "results" in answer else int(answer["boolean"])
    conn.close()
    return latencies, rows


def measure(port: int, path: str, queries: list[tuple[str, str]], clients: int, seconds: float) -> dict[str, object]:
    _client((port, path, queries, min(2.0, seconds)))  # warm-up: workers, caches, page cache
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        began = time.monotonic()
        results = pool.map(_client, [(port, path, queries, seconds)] * clients)
        wall = time.monotonic() - began
    latencies = sorted(x for lats, _ in results for x in lats)
    rows = results[0][1]
    return {"clients": clients, "requests": len(latencies), "requests_per_s": round(len(latencies) / wall, 1),
            "p50_ms": round(statistics.median(latencies) * 1000, 2),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000, 2),
            "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="a kg build's output folder (or replicate_store's --work)")
    parser.add_argument("--seconds", type=float, default=10.0, help="per server and client count")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--workers", type=int, default=4, help="kg serve --workers")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    oxigraph = shutil.which("oxigraph")
    if oxigraph is None:
        sys.exit("the oxigraph server is not installed (pip install oxigraph)")
    queries = workload(args.store)
    servers = {
        "kg serve": ([sys.executable, "-m", "kg.cli", "serve", "--store", str(args.store), "--workers",
                      str(args.workers), "--port", "{port}"], "/sparql"),
        "oxigraph serve-read-only": ([oxigraph, "serve-read-only", "--location", str(store_path(args.store)),
                                      "--bind", "127.0.0.1:{port}"], "/query"),
    }
    report = []
    for name, (template, path) in servers.items():
        port = free_port()
        process = start([part.replace("{port}", str(port)) for part in template], port)
        try:
            for clients in args.clients:
                result = {"server": name, **measure(port, path, queries, clients, args.seconds)}
                report.append(result)
                print(f"{name:26} {clients} client(s): {result['requests_per_s']:8.1f} req/s  "
                      f"p50 {result['p50_ms']:7.2f} ms  p99 {result['p99_ms']:7.2f} ms", flush=True)
        finally:
            stop(process)
    for clients in args.clients:
        ours, theirs = (next(r for r in report if r["server"] == s and r["clients"] == clients) for s in servers)
        if ours["rows"] != theirs["rows"]:
            sys.exit(f"the servers disagree: {ours['rows']} vs {theirs['rows']}")
        print(f"{clients} client(s): kg serve at {ours['requests_per_s'] / theirs['requests_per_s']:.2f}x "
              f"oxigraph's requests/s")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
