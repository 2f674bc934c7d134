"""`kg serve`: the SPARQL 1.1 Protocol endpoint and the query page."""
from __future__ import annotations

import argparse
import os
import signal
import sys

from kg.cli.query import add_store_argument
from kg.defaults import DEFAULT_HOST, DEFAULT_PORT

HELP = """Serve the store read-only: the SPARQL 1.1 Protocol at /sparql (GET, HEAD and
POST; tables as JSON, XML, CSV or TSV, ASK as JSON or XML, graphs as Turtle,
JSON-LD, N-Triples or RDF/XML, chosen by the Accept header; GET /sparql without a
query describes the service) and a query page at / that works offline.

Queries see the union of all article graphs, with the usual prefixes (gkg:,
rdfs:, skos:, dcterms:, ...) predeclared. Updates are refused; so is SERVICE
unless --allow-service (decided on the parsed query; the query workers also run
without network access). Requests naming another host are refused (421) unless
--allow-host. A query that runs past --timeout or needs more than
--max-memory-mb is stopped; a result larger than --max-result-mb is refused.
Listens on 127.0.0.1 only unless --host says otherwise. With --store URL it
serves a SPARQL endpoint's data read-only.

The default graph is the union of all graphs, each statement once; GRAPH ?g
{ ... } reads one article's own statements; default-graph-uri and
named-graph-uri choose other graphs."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("serve", help="serve the store as a read-only SPARQL endpoint with a query page",
                              description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                              epilog="example: kg serve --port 7878   then open http://127.0.0.1:7878/")
    add_store_argument(p)
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default: {DEFAULT_HOST}; 0.0.0.0 opens it to the network)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT}; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="stop queries that run longer (default: 30)")
    p.add_argument("--max-result-mb", type=float, default=64.0, metavar="MB",
                   help="refuse results larger than this when serialized (default: 64)")
    p.add_argument("--max-memory-mb", type=int, default=4096, metavar="MB",
                   help="memory cap of each query worker; a query that needs more is stopped "
                        "(default: 4096; 0: no cap)")
    p.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1), metavar="N",
                   help="queries that run at the same time (default: up to 4)")
    p.add_argument("--allow-service", action="store_true",
                   help="allow SERVICE calls from queries to other SPARQL endpoints (off: the server "
                        "would fetch any URL a client names); also gives the query workers network access")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer requests whose Host header is NAME (repeatable; '*': any). By default "
                        "only this machine's names, localhost and IP addresses are answered, which stops "
                        "DNS-rebinding pages")
    p.add_argument("--cors", action="append", default=[], metavar="ORIGIN|*",
                   help="let web pages from ORIGIN (e.g. https://yasgui.example; repeatable; '*': any) read "
                        "the answers (CORS, preflight answered); off by default")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.serve import ServeOptions, make_server

    options = ServeOptions(host=args.host, port=args.port, timeout=max(0.1, args.timeout),
                           max_result_bytes=int(max(0.001, args.max_result_mb) * (1 << 20)),
                           workers=max(1, args.workers), allow_service=args.allow_service,
                           allow_hosts=tuple(args.allow_host), cors=tuple(args.cors),
                           max_memory_bytes=max(0, args.max_memory_mb) << 20)
    server = make_server(args.store, options)
    print(f"kg serve: {args.store} at {server.url} (SPARQL endpoint: {server.url}sparql); "
          "Ctrl-C stops", file=sys.stderr, flush=True)
    signal.signal(signal.SIGTERM, _interrupt)  # stop as on Ctrl-C: the workers end with the server
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
