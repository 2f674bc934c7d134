"""`kg`: the command line. The only place that wires the stages together.

Each command lives in its own module exposing `register(subparsers)`, which adds
its parser and sets `func` to a `run(args) -> int`. Library errors (`KgError`)
become one line on stderr and exit code 2; nothing ever prints a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from kg import __version__
from kg.errors import KgError

COMMANDS = ("build", "query", "analyze", "serve")
EPILOG = """examples:
  kg build                          build seeds/ into output/
  kg build news.jsonl --out out/    build a JSON-lines corpus into out/
  kg query 'SELECT ?s WHERE { ?s a gkg:State }'
  kg analyze --top 10
  kg serve --port 7878              SPARQL endpoint and query page on 127.0.0.1
"""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="geokg: build, query and serve a knowledge graph of geopolitical actors, "
                    "talks and PLOVER events from German news.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"geokg {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details to stderr")
    subparsers = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kg.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KgError as err:
        print(f"kg {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0  # output piped into `head` and closed early


if __name__ == "__main__":
    sys.exit(main())
