"""A dyad's monthly series as a chart (PNG and SVG), drawn with matplotlib's headless Agg canvas.

Two panels over every calendar month from the first dated event to the last
(months without events stay empty): the events per PLOVER category as stacked
bars, and the mean score per month (below 0 conflictual, above 0 cooperative).
No pyplot and no global backend switch: a `Figure` on its own Agg canvas, so
the chart draws the same in a server, a test or a notebook.

>>> from kg.timeseries import Month
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "chart"
>>> [p.suffix for p in write_dyad_chart([("2015-03", Month(2, -6.0, (("ACCUSE", 2),)))], "A → B", out)]
['.png', '.svg']
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.timeseries import Month, calendar_months


def write_dyad_chart(series: Sequence[tuple[str, Month]], title: str, stem: Path) -> list[Path]:
    """Write `stem`.png and `stem`.svg of the series; returns both paths (folders are created)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    by_month = dict(series)
    months = list(calendar_months(min(by_month), max(by_month))) if by_month else []
    codes = sorted({code for m in by_month.values() for code, _ in m.categories})
    figure = Figure(figsize=(max(6.0, 0.35 * len(months) + 2), 5.5), layout="constrained")
    FigureCanvasAgg(figure)
    bars, line = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    x = range(len(months))
    bottom = [0] * len(months)
    for code in codes:
        heights = [dict(by_month[m].categories).get(code, 0) if m in by_month else 0 for m in months]
        bars.bar(x, heights, bottom=bottom, label=code)
        bottom = [b + h for b, h in zip(bottom, heights)]
    bars.set_ylabel("events")
    bars.yaxis.set_major_locator(MaxNLocator(integer=True))
    bars.set_title(title)
    if codes:
        bars.legend(fontsize="small", ncols=min(4, len(codes)))
    means = [by_month[m].score_mean if m in by_month else float("nan") for m in months]
    line.axhline(0, color="grey", linewidth=0.8)
    line.plot(list(x), means, marker="o", color="black")
    line.set_ylabel("mean PLOVER score")
    line.set_ylim(-10.5, 10.5)
    line.set_xticks(list(x), months, rotation=90, fontsize="small")
    stem.parent.mkdir(parents=True, exist_ok=True)
    paths = [stem.with_name(stem.name + ".png"), stem.with_name(stem.name + ".svg")]
    figure.savefig(paths[0], dpi=120)
    figure.savefig(paths[1], metadata={"Date": None})
    return paths
