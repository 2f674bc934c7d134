"""`kg build`: read articles, extract facts, write the store and the artifacts."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kg import fork_server
from kg.defaults import (COUNTS, DEFAULT_BATCH, DEFAULT_MAX_ARTICLE_MB, MIN_ARTICLES_FOR_WORKERS,
                         STORE_FOLDER)
from kg.errors import InputError

DEFAULT_INPUT = Path("seeds")

HELP = """Build the knowledge graph of INPUT into the store of --out.

INPUT is any mix of .txt files (id = file stem), folders (read recursively)
and .jsonl files with one article a line:
  {"id": ..., "text": ..., "title"?: ..., "date"?: "YYYY-MM-DD", "url"?: ..., "source"?: ...}
and web input: saved pages (.html, .htm; id = file stem), crawls (.warc,
.warc.gz, e.g. CC-NEWS; each HTML response is an article, id = its URL) and
feeds (.rss, .atom, .xml: RSS 2.0 or Atom; id = the entry's link). Their main
text, title, date, URL and site name are extracted (trafilatura); non-German
articles are skipped, and the same story found twice is kept once, with the
other copies' URLs as schema:sameAs. One line says what was skipped and merged.

Incremental: an article already in the store with the same text adds nothing;
a changed text replaces that article's statements. All input is validated
before anything is written: bad input ends with one line naming file and line.

--out DIR receives: store/ (the persistent RDF store that `kg query` and
`kg serve` open), graph.html (interactive graph, works offline), graph.trig
(full RDF export), analysis.json (network analysis), graph.graphml and
graph.gexf (Gephi), events.csv and events.json (PLOVER event table)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("build", help="build the graph of articles into a store",
                              description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_arguments(p)
    p.set_defaults(func=run)


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                   help="files (.txt, .jsonl, .html, .htm, .warc, .warc.gz, .rss, .atom, .xml) "
                        "or folders (default: seeds/)")
    p.add_argument("--out", type=Path, default=Path("output"), metavar="DIR",
                   help="output folder with the store and artifacts (default: output/)")
    p.add_argument("--store", metavar="URL",
                   help="write into this SPARQL 1.1 endpoint instead of DIR/store")
    p.add_argument("--skip-bad", action="store_true",
                   help="skip unreadable articles (reported at the end) instead of stopping")
    p.add_argument("--max-article-mb", type=_positive_mb, default=DEFAULT_MAX_ARTICLE_MB, metavar="N",
                   help="an article over N MB (a .txt file, a .jsonl line) is bad input "
                        f"(default: {DEFAULT_MAX_ARTICLE_MB:g})")
    p.add_argument("--max-nodes", type=int, metavar="N",
                   help="graph.html holds only the N most active actors (events and talks; it opens on the connected core of the most active and lets the reader widen it)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, metavar="N",
                   help=f"articles written per transaction (default: {DEFAULT_BATCH})")
    add_count_argument(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")


def add_count_argument(parser: argparse.ArgumentParser) -> None:
    """--count, shared by analyze and build: which events the metrics count."""
    parser.add_argument("--count", choices=COUNTS, default="asserted",
                        help="events the weights, dyads, balance and centralities count: those the text "
                             "reports as fact (asserted, the default) or also planned, possible and "
                             "negated ones (all)")


class _Unchecked(argparse.ArgumentParser):
    """A parser that raises on bad arguments instead of reporting them: the real one reports them."""

    def error(self, message: str) -> None:      # type: ignore[override]
        raise ValueError(message)


def start_workers_early(argv: Sequence[str]) -> None:
    """Start the build's fork server (`kg.fork_server.start_early`) before the command line imports
    the other commands and the build (0.1 CPU s, while the other core idles), where `argv` (the
    arguments after `build`) say the build will want workers: a new store in --out and JSON-lines
    input of at least `MIN_ARTICLES_FOR_WORKERS` lines. The build takes the server over, and ends it
    where it needs none after all."""
    parser = _Unchecked(prog="kg build", add_help=False)
    _add_arguments(parser)
    try:
        args, _ = parser.parse_known_args(argv)
    except ValueError:
        return
    if args.store is None and not (args.out / STORE_FOLDER).exists() and fork_server.cores() > 1 \
            and _lines(args.inputs or [DEFAULT_INPUT]) >= MIN_ARTICLES_FOR_WORKERS:
        fork_server.start_early()


def _lines(inputs: list[Path]) -> int:
    """The lines of `inputs` if all are JSON-lines files (one article a line), else 0."""
    try:
        return sum(_line_count(path) for path in inputs) if all(p.suffix == ".jsonl" for p in inputs) else 0
    except OSError:
        return 0


def _line_count(path: Path) -> int:
    with path.open("rb") as f:
        return sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from kg.build import build

    inputs = args.inputs or [_default_input()]
    if args.store is None and args.out.exists() and not args.out.is_dir():
        raise InputError(f"--out {args.out}: is a file; --out names the output folder (default: output/)")
    bar: tqdm | None = None
    reading: tqdm | None = None

    def read(n: int) -> None:
        # web pages and feed entries as they are read: a crawl takes a while before the build
        nonlocal reading
        if reading is None and not args.quiet:
            reading = tqdm(unit="page", desc="reading", file=sys.stderr, leave=False, disable=None)
        if reading is not None:
            reading.update(n)

    def start(total: int) -> None:
        nonlocal bar
        if reading is not None:
            reading.close()
        if not args.quiet:
            bar = tqdm(total=total, unit="art", desc="building", file=sys.stderr, leave=False,
                       disable=None)

    try:
        report = build(inputs, args.out, store_location=args.store, skip_bad=args.skip_bad,
                       batch_size=max(1, args.batch_size), max_nodes=args.max_nodes, counted=args.count,
                       max_article_mb=args.max_article_mb,
                       on_start=start, progress=lambda n: bar.update(n) if bar else None,
                       on_read=read)
    finally:
        for shown_bar in (reading, bar):
            if shown_bar is not None:
                shown_bar.close()
    if not args.quiet:
        print(f"{_plural(report.articles, 'article')}: {report.added} added, {report.replaced} replaced, "
              f"{report.unchanged} unchanged; {report.triples} triples in {args.store or args.out}",
              file=sys.stderr)
    if report.notes and not args.quiet:
        print(f"web input: {report.notes}", file=sys.stderr)
    if report.problems:
        print(f"skipped {len(report.problems)} bad input(s):", file=sys.stderr)
        for problem in report.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0


def _positive_mb(value: str) -> float:
    """--max-article-mb: a positive number of megabytes.

    >>> _positive_mb("0.5")
    0.5
    """
    try:
        mb = float(value)
    except ValueError:
        mb = 0.0
    if not mb > 0 or mb == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of megabytes, not {value!r}")
    return mb


def _default_input() -> Path:
    """seeds/ in the current folder, the repository's sample articles; explained when absent."""
    if not DEFAULT_INPUT.is_dir():
        raise InputError(f"no INPUT given and no {DEFAULT_INPUT}/ folder here (the default input is "
                         f"the repository's {DEFAULT_INPUT}/, so run `kg build` from the repository root "
                         "or name the articles: kg build FILE.jsonl|FOLDER|FILE.txt ...)")
    return DEFAULT_INPUT


def _plural(n: int, noun: str) -> str:
    """'1 article', '2 articles'.

    >>> _plural(1, "article"), _plural(0, "article")
    ('1 article', '0 articles')
    """
    return f"{n} {noun}{'s' * (n != 1)}"
