"""`kg analyze`: the actor network of a store, summarised in tables."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cli import timeline
from kg.cli.build import add_count_argument
from kg.cli.query import add_store_argument
from kg.errors import KgError

if TYPE_CHECKING:  # rich, networkx and the analysis are imported when the command runs, not
    import networkx as nx  # when the parser is built (0.3 CPU s before every `kg build`)
    from rich.console import Console
    from rich.table import Table

    from kg.analysis import Analysis, Dyad

HELP = """Analyse the actor network of a store: who is central (degree, betweenness,
PageRank), which communities form, which dyads cooperate or conflict (PLOVER
scores), and how balanced the signed triads are. Reads the store only; `kg
build` writes the same analysis into output/analysis.json and into the store's
analysis graph (gkg:pageRank, gkg:Dyad …) for `kg query`."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("analyze", help="summarise the actor network (centrality, dyads, communities)",
                              description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                              epilog="examples:\n  kg analyze --top 5\n  kg analyze --ego 'Olaf Scholz' "
                                     "--html scholz.html\n  kg analyze --dyad Russland Ukraine --chart ru-ua\n"
                                     "  kg analyze --compare 2015-01/2015-06 2015-07/2015-12")
    add_store_argument(p)
    p.add_argument("--top", type=int, default=10, metavar="N", help="rows per table (default: 10)")
    p.add_argument("--ego", metavar="NAME",
                   help="also show the ego network of this actor (label, case-insensitive; a unique "
                        "part of it will do)")
    p.add_argument("--radius", type=int, default=1, metavar="R", help="ego network radius (default: 1)")
    p.add_argument("--html", type=Path, metavar="FILE",
                   help="write the ego network (or, without --ego, the whole network) as offline HTML")
    add_count_argument(p)
    timeline.add_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from kg.analysis import analyze, annotate, ego, find_actor, top_dyads
    from kg.network import actor_networks
    from kg.render import write_html
    from kg.store import open_store

    if args.top < 1:
        raise KgError("--top must be at least 1")
    with open_store(args.store, read_only=True) as store:
        # the tables count `--count` events; the ego table and --html show every event
        graph, counted = actor_networks(store, "all", args.count)
    # Piped output is not cut to 80 columns: tables stay whole for files and pagers.
    console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
    if args.dyad:
        return timeline.run_dyad(console, counted, args)
    result = analyze(counted, periods=timeline.periods(args))
    _print_summary(console, result)
    console.print(_actor_table(result, args.top))
    for by, title in (("cooperation", "most cooperative dyads"), ("conflict", "most conflictual dyads")):
        console.print(_dyad_table(top_dyads(result.dyads, args.top, by), title))
    if (changes := timeline.change_table(result, args.top)) is not None:
        console.print(changes)
    shown = annotate(graph, result)
    if args.ego:
        node = find_actor(graph, args.ego)
        if node is None:
            raise KgError(f"no actor named {args.ego!r} in the store (or the name is ambiguous)")
        shown = ego(shown, node, radius=max(1, args.radius))
        console.print(_ego_table(shown, node))
    if args.html:
        write_html(shown, args.html, title=f"geokg: {args.ego}" if args.ego else "geokg actor network")
        console.print(f"wrote {args.html}", style="dim")
    return 0


def _print_summary(console: Console, result: Analysis) -> None:
    s = result.summary
    kinds = ", ".join(f"{n} {k}" for k, n in s.edges_by_kind) or "none"
    triads = (f"{s.triads.balanced} of {s.triads.total} signed triads balanced ({s.triads.ratio:.0%})"
              if s.triads.ratio is not None else "no closed signed triads")
    sampled = " (betweenness sampled)" if s.betweenness_sampled else ""
    counted = "asserted events only" if s.counted == "asserted" else "all events"
    console.print(f"[bold]{s.nodes} actors[/], {s.edges} edges ({kinds}); "
                  f"{s.communities} communities; {triads}{sampled}; counting {counted}")


def _actor_table(result: Analysis, n: int) -> Table:
    from rich.table import Table

    from kg.analysis import top_actors

    table = Table("actor", "class", "degree", "weighted", "betweenness", "PageRank", "community",
                  title=f"top {n} actors by PageRank", header_style="bold")
    for a in top_actors(result.actors, n):
        table.add_row(a.label, a.cls, str(a.degree), f"{a.weighted_degree:g}", f"{a.betweenness:.3f}",
                      f"{a.pagerank:.4f}", str(a.community))
    return table


def _dyad_table(dyads: list[Dyad], title: str) -> Table:
    from rich.table import Table

    table = Table("source", "target", "events", "score sum", "mean", "first", "last", "categories",
                  title=title, header_style="bold")
    for d in dyads:
        cats = ", ".join(f"{c}×{k}" for c, k in d.categories)
        table.add_row(d.source_label, d.target_label, str(d.count), f"{d.score_sum:+g}",
                      f"{d.score_mean:+.2f}", d.first_date or "", d.last_date or "", cats)
    return table


def _ego_table(graph: nx.MultiDiGraph, node: object) -> Table:
    from rich.table import Table

    label = graph.nodes[node].get("label", node)
    table = Table("neighbour", "class", "relation", "direction", "count", "mean score", "categories",
                  title=f"ego network of {label}: {graph.number_of_nodes() - 1} actors", header_style="bold")
    rows = []
    for u, v, attrs in graph.edges(data=True):
        if node not in (u, v):
            continue
        other = v if u == node else u
        direction = "↔" if attrs.get("kind") == "talks" else ("→" if u == node else "←")
        mean = f"{attrs['score_mean']:+.2f}" if attrs.get("kind") == "interaction" else ""
        cats = ", ".join(f"{c}×{k}" for c, k in sorted((attrs.get("categories") or {}).items()))
        rows.append((str(graph.nodes[other].get("label", other)), str(graph.nodes[other].get("cls", "")),
                     str(attrs.get("kind", "")), direction, str(attrs.get("count", 1)), mean, cats))
    for row in sorted(rows):
        table.add_row(*row)
    return table
