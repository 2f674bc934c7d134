"""German date expressions → `PartialDate`s.

Absolute dates ("am 9. und 10. Januar", "vom 3. bis 5. März 2016", "9.–10. Januar",
"2.8.2015") and weekdays ("am Donnerstag") resolved against a reference date.
Without a year in the text or a reference date the year stays None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from kg.extract.lexicon import calendar_words
from kg.facts import Article, PartialDate

Tense = Literal["past", "future", "unknown"]


@dataclass(frozen=True)
class DateSpan:
    """A start date, an end date when the text gives a range, and where it was written."""

    start: PartialDate
    end: PartialDate | None
    offset: int                     # character offset of the expression in the searched text


def calendar_alternation(kind: str) -> str:
    """The calendar words of one kind („month“, „weekday“, „relative“) as a regular expression's
    alternation, longest first, so that a word wins over its prefix: „januar“ before „jan“."""
    names = sorted(calendar_words()[kind], key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


_DASH = r"(?:-|–|—|bis(?:\s+zum)?|und)"
_RANGE = re.compile(
    rf"\b(?P<d1>[0-3]?\d)\.\s*(?:(?P<m1>{calendar_alternation('month')})\.?\s+)?{_DASH}\s*(?P<d2>[0-3]?\d)\.\s*"
    rf"(?P<m2>{calendar_alternation('month')})\b\.?(?:\s+(?P<y>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    rf"\b(?P<d>[0-3]?\d)\.\s*(?P<m>{calendar_alternation('month')})\b\.?(?:\s+(?P<y>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")
_DAYTIMES = "|".join(re.escape(n) for n in calendar_words()["daytime"])
_WEEKDAY = re.compile(rf"\b(?P<w>{calendar_alternation('weekday')})(?:{_DAYTIMES})?\b",
                      re.IGNORECASE)
_DATELINE = re.compile(r"\(\s*[^()]{0,60}?,\s*(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\s*\)\s*$")


def reference_date(article: Article) -> date | None:
    """The date relative expressions refer to: the article's date, else a closing dateline.

    >>> reference_date(Article(id="a", text="Kerry traf Shukri. (APA/Reuters, 2.8.2015)"))
    datetime.date(2015, 8, 2)
    """
    if article.date is not None:
        return article.date
    match = _DATELINE.search(article.text[-200:])
    if match:
        try:
            return date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            return None
    return None


def _valid(month: int, day: int, year: int | None) -> bool:
    try:
        date(year or 2000, month, day)   # 2000 is a leap year: 29 February stays valid
    except ValueError:
        return False
    return True


def _year_for(month: int, day: int, ref: date | None, tense: Tense) -> int | None:
    """The year of a day-and-month the text leaves open: the reference year, shifted across New Year."""
    if ref is None:
        return None
    year = ref.year
    if tense == "future" and month < ref.month - 6:
        year += 1
    elif tense == "past" and month > ref.month + 6:
        year -= 1
    return year


def _month(name: str) -> int:
    return calendar_words()["month"][name.lower().rstrip(".")]


def resolve_weekday(weekday: int, ref: date, tense: Tense) -> date:
    """The weekday (ISO, Monday = 1) nearest `ref` on the side the tense points to.

    The reference day itself counts: news reports the same day's events.

    >>> resolve_weekday(4, date(2021, 12, 31), "past")     # Friday → previous Thursday
    datetime.date(2021, 12, 30)
    >>> resolve_weekday(4, date(2021, 12, 31), "future")   # → next Thursday
    datetime.date(2022, 1, 6)
    """
    delta = (ref.isoweekday() - weekday) % 7
    if tense == "future":
        return ref + timedelta(days=(weekday - ref.isoweekday()) % 7)
    return ref - timedelta(days=delta)


def find_date(text: str, ref: date | None = None, tense: Tense = "unknown") -> DateSpan | None:
    """The first date expression in `text`, ranges before single days before weekdays.

    >>> find_date("Am 9. und 10. Januar sind Gespräche geplant.").start.iso()
    '--01-09'
    >>> span = find_date("vom 3. bis 5. März 2016 in Genf")
    >>> span.start.iso(), span.end.iso()
    ('2016-03-03', '2016-03-05')
    >>> find_date("am Donnerstag", date(2021, 12, 31), "past").start.iso()
    '2021-12-30'
    """
    for rule in _DATE_RULES if _DAY_DOT.search(text) else _NAMED_DAY_RULES:
        span = rule(text, ref, tense)
        if span is not None:
            return span
    return None


def _range(text: str, ref: date | None, tense: Tense) -> DateSpan | None:
    """ "vom 3. bis 5. März 2016", "am 9. und 10. Januar": a range of days."""
    for match in _RANGE.finditer(text):
        m2 = _month(match["m2"])
        m1 = _month(match["m1"]) if match["m1"] else m2
        d1, d2 = int(match["d1"]), int(match["d2"])
        explicit = int(match["y"]) if match["y"] else None
        y2 = explicit or _year_for(m2, d2, ref, tense)
        y1 = y2 - 1 if (y2 is not None and m1 > m2) else y2
        if _valid(m1, d1, y1) and _valid(m2, d2, y2):
            return DateSpan(PartialDate(m1, d1, y1), PartialDate(m2, d2, y2), match.start())
    return None


def _single(text: str, ref: date | None, tense: Tense) -> DateSpan | None:
    """ "am 9. Januar (2022)": one day by its month's name."""
    for match in _SINGLE.finditer(text):
        month, day = _month(match["m"]), int(match["d"])
        year = int(match["y"]) if match["y"] else _year_for(month, day, ref, tense)
        if _valid(month, day, year):
            return DateSpan(PartialDate(month, day, year), None, match.start())
    return None


def _numeric(text: str, ref: date | None, tense: Tense) -> DateSpan | None:
    """ "2.8.2015": one day in figures."""
    for match in _NUMERIC.finditer(text):
        month, day, year = int(match["m"]), int(match["d"]), int(match["y"])
        if 1 <= month <= 12 and _valid(month, day, year):
            return DateSpan(PartialDate(month, day, year), None, match.start())
    return None


def _weekday(text: str, ref: date | None, tense: Tense) -> DateSpan | None:
    """ "am Donnerstag", "vergangenen Montag": a weekday near the reference date (none without one)."""
    if ref is None:
        return None
    for match in _WEEKDAY.finditer(text):
        before = text[max(0, match.start() - 12):match.start()].lower()
        # "jeden Montag": no one day; "vergangenen Montag", "nächsten Freitag": the last or the next
        said = {value for stem, value in calendar_words()["before-weekday"].items() if stem in before}
        if 0 in said:
            continue
        weekday = calendar_words()["weekday"][match["w"].lower()]
        if -1 in said:
            day = resolve_weekday(weekday, ref - timedelta(days=1), "past")
        elif 1 in said:
            day = resolve_weekday(weekday, ref + timedelta(days=1), "future")
        else:
            day = resolve_weekday(weekday, ref, tense)
        return DateSpan(PartialDate(day.month, day.day, day.year), None, match.start())
    return None


# tried in this order: a range before a single day before figures before a weekday
_DATE_RULES = (_range, _single, _numeric, _weekday)
# all but the weekday need a day in figures with its dot: most sentences have none, and one
# search for it is cheaper than the three expressions
_DAY_DOT = re.compile(r"\d\.")
_NAMED_DAY_RULES = (_weekday,)
