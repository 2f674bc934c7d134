"""German date expressions → PartialDate (known answers) and the calendar data file."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import find_date, reference_date, resolve_weekday
from kg.extract.lexicon import calendar_words
from kg.facts import Article, PartialDate


@pytest.mark.parametrize("text, start, end", [
    ("Am 9. und 10. Januar sind Gespräche geplant.", "--01-09", "--01-10"),
    ("Gespräche vom 3. bis 5. März 2016 in Genf", "2016-03-03", "2016-03-05"),
    ("Der Gipfel am 9.–10. Januar", "--01-09", "--01-10"),
    ("vom 30. Dezember bis 2. Januar 2017", "2016-12-30", "2017-01-02"),
    ("am 1. Jänner", "--01-01", None),
    ("Ein neuer Termin wurde für den 29. August angesetzt.", "--08-29", None),
    ("(APA/Reuters, 2.8.2015)", "2015-08-02", None),
])
def test_absolute_dates_without_reference(text: str, start: str, end: str | None) -> None:
    span = find_date(text)
    assert span is not None
    assert span.start.iso() == start
    assert (span.end.iso() if span.end else None) == end


def test_reference_date_gives_the_year_and_crosses_new_year() -> None:
    ref = date(2021, 12, 30)
    assert find_date("am 9. Januar", ref, "future").start == PartialDate(1, 9, 2022)
    assert find_date("am 9. Januar", ref, "past").start == PartialDate(1, 9, 2021)
    assert find_date("am 20. Dezember", ref, "past").start == PartialDate(12, 20, 2021)


def test_weekdays_resolve_against_the_reference_by_tense() -> None:
    friday = date(2021, 12, 31)
    assert find_date("Am Donnerstag hatte er gesprochen", friday, "past").start.iso() == "2021-12-30"
    assert find_date("Am Donnerstag soll es ein Treffen geben", friday, "future").start.iso() == "2022-01-06"
    assert find_date("am Freitagabend", friday, "past").start.iso() == "2021-12-31"
    assert find_date("am vergangenen Freitag", friday, "unknown").start.iso() == "2021-12-24"
    assert find_date("am kommenden Montag", friday, "unknown").start.iso() == "2022-01-03"
    assert find_date("am Donnerstag", None, "past") is None
    assert find_date("jeden Donnerstag tagt der Rat", friday, "past") is None     # every one: no single day
    assert find_date("am nächsten Montag", friday, "past").start.iso() == "2022-01-03"
    assert find_date("letzten Freitag", friday, "future").start.iso() == "2021-12-24"


def test_resolve_weekday_counts_the_reference_day() -> None:
    sunday = date(2015, 8, 2)
    assert resolve_weekday(7, sunday, "past") == sunday
    assert resolve_weekday(7, sunday, "future") == sunday
    assert resolve_weekday(1, sunday, "future") == date(2015, 8, 3)


@pytest.mark.parametrize("text", ["13.000 Menschen seit 2014", "am 31. Februar", "Paragraf 5. Absatz", ""])
def test_non_dates_are_not_read(text: str) -> None:
    assert find_date(text) is None


def test_reference_date_prefers_the_article_date_then_a_closing_dateline() -> None:
    assert reference_date(Article(id="a", text="x (APA, 2.8.2015)", date=date(2020, 1, 1))) == date(2020, 1, 1)
    assert reference_date(Article(id="a", text="Kerry traf Shukri.  (APA/Reuters, 2.8.2015)")) == date(2015, 8, 2)
    assert reference_date(Article(id="a", text="Kerry traf Shukri am 2.8.2015 in Kairo.")) is None


def test_calendar_file_is_complete() -> None:
    words = calendar_words()
    assert set(words["month"].values()) == set(range(1, 13))
    assert set(words["weekday"].values()) == set(range(1, 8))
    assert words["planned"] and words["held"]
    assert not set(words["planned"]) & set(words["held"])
    assert set(words["before-weekday"].values()) == {-1, 0, 1}     # the last, every, the next
    assert {"abend", "nacht"} <= set(words["daytime"])
