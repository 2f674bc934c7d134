"""Dated events: the day an event's own sentence fixes, else the article's date; none without one."""
from __future__ import annotations

from datetime import date

import pytest
from corpus import assert_ok, corpus_records, kg, write_jsonl

from kg.extract import extract
from kg.extract.eventdates import date_interactions, sentence_day, sentence_tense
from kg.facts import Article, Evidence, Interaction
from kg.nlp import build_nlp
from kg.store import open_store

THURSDAY = date(2015, 3, 12)


@pytest.mark.parametrize("sentence, day", [
    ("Russland hat am Montag die Ukraine kritisiert.", date(2015, 3, 9)),       # the Monday before
    ("Am Donnerstag kritisierte Russland die Ukraine.", THURSDAY),              # the article's own day
    ("Russland will am Montag Truppen abziehen.", date(2015, 3, 16)),           # future: the next Monday
    ("Gestern verurteilte Frankreich Russland.", date(2015, 3, 11)),
    ("Vorgestern verurteilte Frankreich Russland.", date(2015, 3, 10)),
    ("Frankreich hat heute Russland verurteilt.", THURSDAY),
    ("Merkel wird morgen Putin treffen.", date(2015, 3, 13)),
    ("Am 9. März hatte Deutschland die Türkei kritisiert.", date(2015, 3, 9)),
    ("Am 20. Dezember hatte Deutschland die Türkei kritisiert.", date(2014, 12, 20)),  # across New Year
    ("Am 9.1.2014 drohte Russland der Ukraine.", date(2014, 1, 9)),
    ("Am Montag, dem 2. März 2015, drohte Russland.", date(2015, 3, 2)),          # the absolute date first
])
def test_a_sentence_fixes_the_day(sentence: str, day: date) -> None:
    assert sentence_day(sentence, THURSDAY) == day


@pytest.mark.parametrize("sentence", [
    "Mitte März verurteilte Frankreich Russland.",
    "Im März verurteilte Frankreich Russland.",
    "Am Morgen verurteilte Frankreich Russland.",       # a time of day, not „tomorrow"
    "Seit dem 9. März kritisiert Russland die Ukraine.",  # a period, not a day
    "Jeden Montag kritisiert Russland die Ukraine.",
    "Frankreich verurteilte Russland.",
])
def test_a_sentence_without_a_day(sentence: str) -> None:
    assert sentence_day(sentence, THURSDAY) is None


def test_tense_follows_the_planned_and_held_cue_words() -> None:
    assert sentence_tense("Die Gespräche sollen am Montag beginnen.") == "future"
    assert sentence_tense("Die Gespräche fanden am Montag statt.") == "past"


def _event(sentence: str) -> Interaction:
    return Interaction("ACCUSE", "state:russland", "state:ukraine", Evidence(sentence, 0, len(sentence)))


def test_events_of_a_dated_article_get_the_text_day_or_the_article_date() -> None:
    article = Article(id="a", text="", date=THURSDAY)
    dated = date_interactions([_event("Gestern kritisierte Russland die Ukraine."),
                               _event("Russland kritisierte die Ukraine.")], article)
    assert [(e.date, e.date_origin) for e in dated] == [(date(2015, 3, 11), "text"), (THURSDAY, "article")]


def test_an_article_without_a_date_gives_events_without_one() -> None:
    # Not even an absolute date with a year: the issue's rule is „no date without an article date".
    article = Article(id="a", text="")
    events = [_event("Gestern kritisierte Russland die Ukraine."), _event("Am 9.1.2014 drohte Russland.")]
    assert [(e.date, e.date_origin) for e in date_interactions(events, article)] == [(None, None)] * 2


def test_the_real_corpus_gets_no_event_dates() -> None:
    nlp = build_nlp()
    records = corpus_records(150)
    events = [e for r in records
              for e in extract(nlp(r["text"]), Article(id=r["id"], text=r["text"])).interactions]
    assert events and all(e.date is None and e.date_origin is None for e in events)


ARTICLES = [
    {"id": "t1", "date": "2015-03-12", "text": (
        "Russland hat am Montag die Ukraine scharf kritisiert. Gestern verurteilte Frankreich Russland. "
        "Am 9. März hatte Deutschland die Türkei kritisiert. Bundesaußenminister Frank-Walter Steinmeier "
        "lobte Polen.")},
    {"id": "t2", "text": "Gestern verurteilte Frankreich Russland."},
]
_DATES = """
SELECT ?aid ?code ?date ?origin WHERE {
  ?e a gkg:Interaction ; gkg:eventType/skos:notation ?code ; gkg:reportedIn/dcterms:identifier ?aid .
  OPTIONAL { ?e gkg:date ?date ; gkg:dateOrigin ?origin }
}"""


def test_built_store_holds_event_dates_and_their_origin(tmp_path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    assert_ok(kg("build", source, "--out", tmp_path / "out", "-q"))
    with open_store(tmp_path / "out" / "store", read_only=True) as store:
        rows = {(r["aid"].value, r["code"].value, r["date"].value if r["date"] else None,
                 r["origin"].value if r["origin"] else None) for r in store.query(_DATES)}
    assert rows == {("t1", "ACCUSE", "2015-03-09", "text"), ("t1", "ACCUSE", "2015-03-11", "text"),
                    ("t1", "SUPPORT", "2015-03-12", "article"), ("t2", "ACCUSE", None, None)}


def test_a_weekday_lies_ahead_only_for_an_intended_event() -> None:
    article = Article(id="a", text="", date=THURSDAY)
    sentence = "Der UN-Gesandte forderte in der Nacht auf Montag, die Waffenruhe wiederherzustellen, die halten soll."
    asserted = Interaction("REQUEST", "org:un", None, Evidence(sentence, 0, len(sentence)))
    intended = Interaction("REQUEST", "org:un", None, Evidence(sentence, 0, len(sentence)), factuality="intended")
    assert [e.date for e in date_interactions([asserted, intended], article)] == [date(2015, 3, 9), date(2015, 3, 16)]


def test_a_date_after_nach_or_vor_bounds_a_period() -> None:
    assert sentence_day("Sie hat das Mittel nach dem 1. März genommen.", THURSDAY) is None
    assert sentence_day("Vor dem 1. März hatte Russland die Ukraine kritisiert.", THURSDAY) is None
