"""Dyads over time: each directed dyad's monthly series, and which dyads changed most.

The series of a dyad counts its events per calendar month of their `gkg:date`
(the day the text fixes, else the article's date; undated events are in the
dyad's totals but in no month), per PLOVER category, with summed and mean
score. A change compares two periods (each a month or a range of months): the
events and score sum in the later period minus those in the earlier one.
Pure; the months come from the `months` attribute `kg.network` puts on
interaction edges.

>>> months = {"2015-03": Month(2, -12.0, (("ACCUSE", 2),)), "2015-05": Month(1, 4.0, (("SUPPORT", 1),))}
>>> default_periods(["2015-03", "2015-05"])
(Period(first='2015-03', last='2015-03'), Period(first='2015-04', last='2015-05'))
>>> period_sums(months, Period("2015-04", "2015-05"))
(1, 4.0)
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DIGITS = 8
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Month:
    """One month of a dyad: events, summed score and events per PLOVER category."""

    count: int
    score_sum: float
    categories: tuple[tuple[str, int], ...]

    @property
    def score_mean(self) -> float:
        return round(self.score_sum / self.count, DIGITS) if self.count else 0.0


@dataclass(frozen=True)
class Period:
    """The months `first` … `last` ("2015-01", "2015-03"), both included."""

    first: str
    last: str

    def __str__(self) -> str:
        return self.first if self.first == self.last else f"{self.first}/{self.last}"

    @classmethod
    def parse(cls, text: str) -> Period:
        """"2015-03" or "2015-01/2015-03"; raises ValueError otherwise.

        >>> str(Period.parse("2015-01/2015-03")), Period.parse("2015-03")
        ('2015-01/2015-03', Period(first='2015-03', last='2015-03'))
        """
        first, _, last = text.strip().partition("/")
        last = last or first
        if not (_MONTH.match(first) and _MONTH.match(last)) or last < first:
            raise ValueError(f"{text!r} is not a month (YYYY-MM) or a range of months (YYYY-MM/YYYY-MM)")
        return cls(first, last)

    def __contains__(self, month: object) -> bool:
        return isinstance(month, str) and self.first <= month <= self.last


@dataclass(frozen=True)
class Change:
    """How a dyad's events and score sum changed from one period to the next."""

    source: str
    target: str
    source_label: str
    target_label: str
    count_before: int
    count_after: int
    score_before: float
    score_after: float
    count_change: int
    score_change: float
    rank: int


def months_of(edge_months: Mapping[str, Any] | None) -> tuple[tuple[str, Month], ...]:
    """The series of an interaction edge (`kg.network.MonthAcc` values), sorted by month."""
    out = []
    for month, acc in sorted((edge_months or {}).items()):
        out.append((month, Month(int(acc.count), round(float(acc.score_sum), DIGITS),
                                 tuple(sorted(acc.categories.items())))))
    return tuple(out)


def default_periods(months: Iterable[str]) -> tuple[Period, Period] | None:
    """The span of the dated months cut into two halves (the later half longer by one if odd); None for < 2 months.

    >>> default_periods(["2015-01", "2016-12"])
    (Period(first='2015-01', last='2015-12'), Period(first='2016-01', last='2016-12'))
    """
    present = sorted(set(months))
    if len(present) < 2:
        return None
    span = calendar_months(present[0], present[-1])
    half = len(span) // 2
    return Period(span[0], span[half - 1]), Period(span[half], span[-1])


def period_sums(series: Mapping[str, Month], period: Period) -> tuple[int, float]:
    """Events and summed score of the months of `series` inside `period`."""
    count, score = 0, 0.0
    for month, values in series.items():
        if month in period:
            count += values.count
            score += values.score_sum
    return count, round(score, DIGITS)


def changes(dyads: Iterable[Any], before: Period, after: Period, n: int = 100) -> tuple[Change, ...]:
    """The `n` dyads whose score sum changed most from `before` to `after` (then by event count change).

    `dyads` are `kg.analysis.Dyad`s (source, target, labels and `series`).
    Dyads without events in either period are left out.
    """
    rows = []
    for d in dyads:
        series = dict(d.series)
        (c0, s0), (c1, s1) = period_sums(series, before), period_sums(series, after)
        if c0 or c1:
            rows.append((d, c0, c1, s0, s1))
    rows.sort(key=lambda r: (-abs(r[4] - r[3]), -abs(r[2] - r[1]), r[0].source, r[0].target))
    return tuple(Change(d.source, d.target, d.source_label, d.target_label, c0, c1, s0, s1,
                        c1 - c0, round(s1 - s0, DIGITS), rank)
                 for rank, (d, c0, c1, s0, s1) in enumerate(rows[:n], start=1))


def calendar_months(first: str, last: str) -> Sequence[str]:
    """Every month from `first` to `last`, both included.

    >>> calendar_months("2015-11", "2016-02")
    ['2015-11', '2015-12', '2016-01', '2016-02']
    """
    year, month = int(first[:4]), int(first[5:])
    out = []
    while (current := f"{year:04d}-{month:02d}") <= last:
        out.append(current)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def series_json(series: Iterable[tuple[str, Month]]) -> list[dict[str, Any]]:
    """A series as analysis.json holds it: one object per month.

    >>> series_json([("2015-03", Month(2, -12.0, (("ACCUSE", 2),)))])
    [{'month': '2015-03', 'count': 2, 'score_sum': -12.0, 'score_mean': -6.0, 'categories': {'ACCUSE': 2}}]
    """
    return [{"month": month, "count": m.count, "score_sum": m.score_sum, "score_mean": m.score_mean,
             "categories": dict(m.categories)} for month, m in series]
