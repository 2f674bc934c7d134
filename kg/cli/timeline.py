"""`kg analyze --dyad A B` and `--compare`: a dyad's monthly series, and the dyads that changed most."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:  # imported when the command runs, not when the parser is built
    import networkx as nx
    from rich.console import Console
    from rich.table import Table

    from kg.analysis import Analysis
    from kg.timeseries import Period


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dyad", nargs=2, metavar=("SOURCE", "TARGET"),
                   help="print the monthly series of the events SOURCE → TARGET (per PLOVER category, "
                        "summed and mean score) and chart it as PNG and SVG")
    p.add_argument("--chart", type=Path, metavar="STEM",
                   help="with --dyad: write the chart to STEM.png and STEM.svg "
                        "(default: dyad-SOURCE-TARGET in the current folder)")
    p.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"),
                   help="rank the dyads that changed most from period BEFORE to AFTER (each YYYY-MM or "
                        "YYYY-MM/YYYY-MM); default: the two halves of the dated months")


def periods(args: argparse.Namespace) -> tuple[Period, Period] | None:
    """The --compare periods, or None for the default; a malformed period is a KgError."""
    from kg.timeseries import Period

    if not args.compare:
        return None
    try:
        before, after = (Period.parse(text) for text in args.compare)
    except ValueError as exc:
        raise KgError(f"--compare: {exc}") from None
    return before, after


def run_dyad(console: Console, graph: nx.MultiDiGraph, args: argparse.Namespace) -> int:
    """Print the series of one dyad and write its chart."""
    from kg.analysis import dyads, find_actor
    from kg.charts import write_dyad_chart
    from kg.facts import slug

    nodes = []
    for name in args.dyad:
        node = find_actor(graph, name)
        if node is None:
            raise KgError(f"no actor named {name!r} in the store (or the name is ambiguous)")
        nodes.append(node)
    found = [d for d in dyads(graph) if (d.source, d.target) == tuple(nodes)]
    if not found:
        labels = [graph.nodes[n].get("label", n) for n in nodes]
        raise KgError(f"no events from {labels[0]} to {labels[1]} in the store")
    dyad = found[0]
    title = f"{dyad.source_label} → {dyad.target_label}"
    console.print(f"[bold]{title}[/]: {dyad.count} events, score sum {dyad.score_sum:+g}, "
                  f"mean {dyad.score_mean:+.2f}; {sum(m.count for _, m in dyad.series)} of them dated")
    console.print(_series_table(dyad.series, title))
    stem = args.chart or Path(f"dyad-{slug(dyad.source_label)}-{slug(dyad.target_label)}")
    for path in write_dyad_chart(dyad.series, title, stem):
        console.print(f"wrote {path}", style="dim")
    return 0


def _series_table(series: tuple, title: str) -> Table:
    from rich.table import Table

    table = Table("month", "events", "score sum", "mean", "categories", title=f"{title} by month",
                  header_style="bold")
    for month, m in series:
        cats = ", ".join(f"{c}×{k}" for c, k in m.categories)
        table.add_row(month, str(m.count), f"{m.score_sum:+g}", f"{m.score_mean:+.2f}", cats)
    return table


def change_table(result: Analysis, n: int) -> Table | None:
    """The `n` dyads that changed most between the analysis' two periods (None without periods)."""
    from rich.table import Table

    if result.periods is None:
        return None
    before, after = result.periods
    table = Table("source", "target", f"events {before}", f"events {after}", "Δ events", "Δ score sum",
                  title=f"dyads that changed most from {before} to {after}", header_style="bold")
    for c in result.changes[:n]:
        table.add_row(c.source_label, c.target_label, str(c.count_before), str(c.count_after),
                      f"{c.count_change:+d}", f"{c.score_change:+g}")
    return table
