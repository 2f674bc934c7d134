"""`kg`: the command line. The only place that wires the stages together.

Each command lives in its own module exposing `register(subparsers)`, which adds
its parser and sets `func` to a `run(args) -> int`. Library errors (`KgError`)
become one line on stderr and exit code 2; nothing ever prints a traceback.
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import logging
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

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


class Parser(argparse.ArgumentParser):
    """argparse with a "did you mean …?" for mistyped commands, choices and options.

    Sub-command parsers are of this class too (argparse makes them like their parent).
    """

    def error(self, message: str) -> NoReturn:
        super().error(message + _suggestion(self, message))


def _suggestion(parser: argparse.ArgumentParser, message: str) -> str:
    """'; did you mean 'build'?' for the closest known word to the one `message` rejects, else ''.

    >>> p = Parser(prog="kg"); _ = p.add_argument("--format")
    >>> _suggestion(p, "unrecognized arguments: --fromat")
    " (did you mean '--format'?)"
    """
    if choice := re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message):
        wrong, known = choice.group(1), re.findall(r"'([^']*)'", choice.group(2))
    elif unknown := re.search(r"unrecognized arguments: (\S+)", message):
        wrong, known = unknown.group(1).split("=")[0], list(parser._option_string_actions)
    else:
        return ""
    close = difflib.get_close_matches(wrong, known, n=1, cutoff=0.7)
    return f" (did you mean {close[0]!r}?)" if close else ""


def make_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "build":   # its workers start loading before the commands are imported
        from kg.cli.build import start_workers_early

        start_workers_early(argv[1:])
    parser = make_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:   # reported with the usage of the command they were given to
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        command = commands.choices.get(args.command, parser) if args.command else parser
        command.error(f"unrecognized arguments: {' '.join(extra)}")
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
