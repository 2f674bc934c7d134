"""The day each event took place: from its own sentence where the text fixes it, else the article's date.

A post-pass over the Interactions an article yielded, reading only their
evidence sentences. The article's date is the reference of every relative
expression (a weekday, „gestern"), and also the fallback; an article without a
date gives events without one, so nothing is invented. A sentence fixes a day
with an absolute date („am 9. Januar", „am 9.1.2022"), a weekday („am Montag")
or a relative day („gestern", „heute"); „Mitte Januar" or „im Januar" fix none.

>>> from kg.facts import Evidence, Interaction
>>> article = Article(id="a", text="", date=date(2022, 1, 12))
>>> event = Interaction("ACCUSE", "state:a", "state:b", Evidence("Gestern warf A B Lügen vor.", 0, 27))
>>> dated = date_interactions([event], article)[0]
>>> dated.date, dated.date_origin
(datetime.date(2022, 1, 11), 'text')
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from kg import german
from kg.extract.dates import DateSpan, Tense, calendar_alternation, find_date
from kg.extract.lexicon import calendar_words
from kg.extract.rules import Stage, declare, fired
from kg.facts import Article, Interaction, PartialDate

# Prepositions after which a date bounds a period instead of naming the event's day („seit dem 9. Januar").
_PERIOD_BOUNDS = re.compile(rf"\b(?:{'|'.join(sorted(german.PERIOD_PREPOSITIONS))})\s+"
                            rf"(?:(?:{'|'.join(sorted(german.PERIOD_DATE_ARTICLES))})\s+)?$", re.IGNORECASE)
# An event reported as fact took place (past); one the actor intends lies ahead; for a
# possible event the sentence's tense words decide.
_TENSE_OF: dict[str, Tense] = {"asserted": "past", "negated": "past", "intended": "future"}


def date_interactions(interactions: Iterable[Interaction], article: Article) -> list[Interaction]:
    """The interactions with `date` and `date_origin` filled in (unchanged when the article has no date).

    The name of the rule that dated an event joins its `rules`.
    """
    ref = article.date
    if ref is None:
        return list(interactions)
    out = []
    for event in interactions:
        found = _fix_day(event.evidence.sentence, ref, _TENSE_OF.get(event.factuality))
        name, day = found or (ARTICLE_DATE, ref)
        if found is None:
            fired(ARTICLE_DATE)
        out.append(replace(event, date=day, date_origin="article" if found is None else "text",
                           rules=(*event.rules, name)))
    return out


def sentence_day(sentence: str, ref: date, tense: Tense | None = None) -> date | None:
    """The day a sentence fixes, relative to the article's date `ref`; None when it fixes none.

    An absolute date comes first; else the first weekday or relative day. The
    tense (which side of `ref` a weekday lies on) is read from the sentence's
    tense words unless given.

    >>> sentence_day("Am Montag traf Putin Erdogan.", date(2022, 1, 12))   # a Wednesday
    datetime.date(2022, 1, 10)
    >>> sentence_day("Die Gespräche sollen am Montag beginnen.", date(2022, 1, 12))
    datetime.date(2022, 1, 17)
    >>> sentence_day("Mitte Januar wurde verhandelt.", date(2022, 1, 12)) is None
    True
    """
    found = _fix_day(sentence, ref, tense)
    return found[1] if found else None


def _fix_day(sentence: str, ref: date, tense: Tense | None) -> tuple[str, date] | None:
    """(rule name, day) of the first date rule that applies to the sentence, or None."""
    tense = tense or sentence_tense(sentence)
    absolute = find_date(_without_weekdays(sentence), ref, tense)
    if absolute is not None and _PERIOD_BOUNDS.search(sentence[max(0, absolute.offset - 12):absolute.offset]):
        fired(PERIOD)
        return None
    named = find_date(sentence, ref, tense) if absolute is None else None
    return _DAY.first(absolute, named, relative_day(sentence, ref))


_DAY = Stage("event date")
# found: the absolute DateSpan, the weekday DateSpan (None when there is an absolute date), the relative (offset, day)
_Found = tuple[DateSpan | None, DateSpan | None, tuple[int, date] | None]


@_DAY.rule("event-date-absolute", "an absolute date in the event's sentence („am 9. März“, „am 9.3.2015“) "
                                  "fixes its day; without a year, the article's year (across New Year by tense)")
def _absolute(absolute: DateSpan | None, *_: object) -> date | None:
    return _day(absolute.start) if absolute is not None else None


@_DAY.rule("event-date-weekday", "a weekday in the event's sentence („am Montag“) is the latest such day up to "
                                 "the article's date, the next one for an intended event (or a possible one "
                                 "in a future sentence)")
def _weekday(_: object, named: DateSpan | None, relative: tuple[int, date] | None) -> date | None:
    if named is None or (relative is not None and relative[0] < named.offset):
        return None
    return _day(named.start)


@_DAY.rule("event-date-relative", "a relative day in the event's sentence („gestern“, „heute“, „morgen“) "
                                  "counts from the article's date")
def _relative(_: object, __: object, relative: tuple[int, date] | None) -> date | None:
    return relative[1] if relative is not None else None


ARTICLE_DATE = declare("event-date-article", "event date", "an event whose sentence fixes no day takes the "
                       "article's date („Mitte Januar“, „im März“ fix none)")
PERIOD = declare("event-date-period", "event date", "a date after „seit“, „bis“, „ab“, „nach“ or „vor“ bounds "
                 "a period: the sentence fixes no day of the event")


def sentence_tense(sentence: str) -> Tense:
    """"future" or "past" from the tense cue words of `dates_de.tsv` (the rule planned talks follow).

    >>> sentence_tense("Merkel wird Putin treffen."), sentence_tense("Merkel hat Putin getroffen.")
    ('future', 'past')
    """
    planned, held = tense_weights(re.findall(r"\w+", sentence.lower()))
    return "future" if planned > held else "past"


def tense_weights(words: Sequence[str]) -> tuple[int, int]:
    """The weights of the lower-case `words` as cues of a planned and of a held event (`dates_de.tsv`).

    >>> tense_weights(["merkel", "wird", "putin", "treffen"])[0] > 0
    True
    """
    table = calendar_words()
    return sum(table["planned"].get(w, 0) for w in words), sum(table["held"].get(w, 0) for w in words)


def relative_day(sentence: str, ref: date) -> tuple[int, date] | None:
    """The first relative-day adverb: lower case, or capitalised at the sentence's start."""
    for match in _relative_pattern().finditer(sentence):
        word = match.group(0)
        if word.islower() or match.start() == 0:
            return match.start(), ref + timedelta(days=calendar_words()["relative"][word.lower()])
    return None


@lru_cache(maxsize=1)
def _relative_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + calendar_alternation("relative") + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + calendar_alternation("weekday") + r")", re.IGNORECASE)


def _without_weekdays(sentence: str) -> str:
    """The sentence with weekday names blanked (same length), so `find_date` reads only absolute dates."""
    return _weekday_pattern().sub(lambda m: " " * len(m.group(0)), sentence)


def _day(value: PartialDate) -> date:
    return date(value.year or 1, value.month, value.day)
