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
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.dates import Tense, find_date
from kg.extract.lexicon import calendar_words
from kg.facts import Article, Interaction, PartialDate

# Prepositions after which a date bounds a period instead of naming the event's day („seit dem 9. Januar").
_PERIOD_BOUNDS = re.compile(r"\b(?:seit|bis|ab)\s+(?:dem\s+|zum\s+)?$", re.IGNORECASE)


def date_interactions(interactions: Iterable[Interaction], article: Article) -> list[Interaction]:
    """The interactions with `date` and `date_origin` filled in (unchanged when the article has no date)."""
    ref = article.date
    if ref is None:
        return list(interactions)
    out = []
    for event in interactions:
        day = sentence_day(event.evidence.sentence, ref)
        out.append(replace(event, date=day or ref, date_origin="text" if day else "article"))
    return out


def sentence_day(sentence: str, ref: date) -> date | None:
    """The day a sentence fixes, relative to the article's date `ref`; None when it fixes none.

    An absolute date comes first; else the first weekday or relative day.

    >>> sentence_day("Am Montag traf Putin Erdogan.", date(2022, 1, 12))   # a Wednesday
    datetime.date(2022, 1, 10)
    >>> sentence_day("Die Gespräche sollen am Montag beginnen.", date(2022, 1, 12))
    datetime.date(2022, 1, 17)
    >>> sentence_day("Mitte Januar wurde verhandelt.", date(2022, 1, 12)) is None
    True
    """
    tense = sentence_tense(sentence)
    absolute = find_date(_without_weekdays(sentence), ref, tense)
    if absolute is not None:
        if _PERIOD_BOUNDS.search(sentence[max(0, absolute.offset - 12):absolute.offset]):
            return None   # „seit dem 9. Januar": a period, and no other day of the sentence is the event's
        return _day(absolute.start)
    candidates = []
    if (weekday := find_date(sentence, ref, tense)) is not None:
        candidates.append((weekday.offset, _day(weekday.start)))
    if (relative := _relative_day(sentence, ref)) is not None:
        candidates.append(relative)
    return min(candidates)[1] if candidates else None


def sentence_tense(sentence: str) -> Tense:
    """"future" or "past" from the tense cue words of `dates_de.tsv` (the rule planned talks follow).

    >>> sentence_tense("Merkel wird Putin treffen."), sentence_tense("Merkel hat Putin getroffen.")
    ('future', 'past')
    """
    table = calendar_words()
    words = re.findall(r"\w+", sentence.lower())
    planned = sum(table["planned"].get(w, 0) for w in words)
    held = sum(table["held"].get(w, 0) for w in words)
    return "future" if planned > held else "past"


def _relative_day(sentence: str, ref: date) -> tuple[int, date] | None:
    """The first relative-day adverb: lower case, or capitalised at the sentence's start."""
    for match in _relative_pattern().finditer(sentence):
        word = match.group(0)
        if word.islower() or match.start() == 0:
            return match.start(), ref + timedelta(days=calendar_words()["relative"][word.lower()])
    return None


@lru_cache(maxsize=1)
def _relative_pattern() -> re.Pattern[str]:
    words = sorted(calendar_words()["relative"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_pattern() -> re.Pattern[str]:
    words = sorted(calendar_words()["weekday"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)


def _without_weekdays(sentence: str) -> str:
    """The sentence with weekday names blanked (same length), so `find_date` reads only absolute dates."""
    return _weekday_pattern().sub(lambda m: " " * len(m.group(0)), sentence)


def _day(value: PartialDate) -> date:
    return date(value.year or 1, value.month, value.day)
