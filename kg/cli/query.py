"""`kg query`: run SPARQL against a store and print the results."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.sparql_errors import explain
from kg.store import open_store
from kg.vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON}


def register(subparsers: argparse._SubParsersAction) -> None:
    prefixes = ", ".join(sorted(PREFIXES))
    p = subparsers.add_parser(
        "query", help="run a SPARQL query against the store",
        description=f"Run a SPARQL 1.1 query over the store (the union of all article graphs). "
                    f"Predeclared prefixes: {prefixes}.",
        epilog="example: kg query 'SELECT ?name WHERE { ?s a gkg:State ; rdfs:label ?name }'")
    add_store_argument(p)
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default), csv, tsv, or json (SPARQL 1.1 Query Results JSON; "
                        "JSON-LD for CONSTRUCT/DESCRIBE, which print Turtle otherwise)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("query", nargs="?", metavar="QUERY", help="the SPARQL query text")
    source.add_argument("--file", type=Path, metavar="F.rq", help="read the query from a file")
    p.set_defaults(func=run)


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    """The --store option shared by query, analyze and serve."""
    parser.add_argument("--store", default="output", metavar="DIR|URL",
                        help="output folder of `kg build`, or a SPARQL endpoint URL (default: output/)")


def run(args: argparse.Namespace) -> int:
    text = read_query(args)
    with open_store(args.store, read_only=True) as store:
        try:
            result = store.query(text)
        except QueryError as err:
            if not str(err).startswith("malformed SPARQL"):
                raise
            raise QueryError(explain(text, str(err))) from None
        try:
            write_result(result, args.format)
        except BrokenPipeError:
            raise
        except (OSError, RuntimeError) as err:
            # evaluation is lazy: a failing SERVICE call or a store error surfaces while printing
            raise QueryError(f"query failed: {str(err).strip().splitlines()[0] if str(err).strip() else err!r}") from None
    return 0


def write_result(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str) -> None:
    out = sys.stdout.buffer
    if isinstance(result, ox.QueryTriples):
        rdf_format = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.TURTLE
        out.write(ox.serialize(result, format=rdf_format, prefixes=PREFIXES) or b"")
    elif fmt == "table":
        print_table(result)
    else:
        result.serialize(out, _RESULT_FORMATS[fmt])
        if fmt == "json":
            out.write(b"\n")
    out.flush()


def read_query(args: argparse.Namespace) -> str:
    if args.file is None:
        return args.query
    try:
        return args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise KgError(f"{args.file}: cannot read the query ({err})") from None


def print_table(result: ox.QuerySolutions | ox.QueryBoolean) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    if isinstance(result, ox.QueryBoolean):
        console.print("true" if bool(result) else "false")
        return
    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False, header_style="bold")
    rows = 0
    for solution in result:
        table.add_row(*(compact(solution[name]) for name in names))
        rows += 1
    console.print(table)
    console.print(f"{rows} row{'s' * (rows != 1)}", style="dim")


def compact(term: object) -> str:
    """A term as a reader wants it: prefixed names, plain literal values, '' for unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)
