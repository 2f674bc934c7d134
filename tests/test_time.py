"""Time in the graph: roles in time, dyads' monthly series and changes, `kg analyze --dyad`.

One build of a few invented dated articles (and one undated) serves every test.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from corpus import assert_ok, assert_one_line_error, kg, select_rows, write_jsonl

from kg.analysis import analyze
from kg.network import actor_network
from kg.ontology import plover_categories
from kg.serve import example_queries
from kg.store import open_store
from kg.timeseries import Period

ARTICLES = [
    {"id": "r1", "date": "2015-03-12", "text": (
        "Russland verurteilte gestern die Ukraine. Russland drohte der Ukraine mit Sanktionen. "
        "Der russische Außenminister Sergej Lawrow kritisierte die Ukraine.")},
    {"id": "r2", "date": "2015-04-02", "text": "Russland lobte die Ukraine. Russland sagte der Ukraine Hilfe zu."},
    {"id": "r3", "date": "2016-05-10", "text": "Der russische Ministerpräsident Sergej Lawrow lobte Polen."},
    {"id": "r4", "text": "Russland drohte der Ukraine mit Sanktionen."},
    {"id": "r5", "date": "2022-01-07", "text": (
        "US-Präsident Joe Biden lobte die Ukraine. "
        "Am Montag sollen in Genf Gespräche zwischen den USA und Russland beginnen.")},
]
RU, UA = "https://w3id.org/geokg/id/state/russland", "https://w3id.org/geokg/id/state/ukraine"


def score(*codes: str) -> float:
    return float(sum(plover_categories()[c].score for c in codes))


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("time")
    assert_ok(kg("build", write_jsonl(folder / "a.jsonl", ARTICLES), "--out", folder / "out", "-q"))
    return folder / "out"


FOREIGN_MINISTER_OF_RUSSIA_IN_MARCH_2015 = """
SELECT ?name ?article WHERE {
  ?s a gkg:RoleStatement ; gkg:holder ?p ; gkg:statedRole ?role ; gkg:roleFor ?state ;
     gkg:reportedIn ?a ; dcterms:date ?date .
  ?state rdfs:label "Russland"@de . ?p rdfs:label ?name . ?a dcterms:identifier ?article .
  FILTER(CONTAINS(LCASE(STR(?role)), "außenminister")
         && ?date >= "2015-03-01"^^xsd:date && ?date < "2015-04-01"^^xsd:date)
}"""


def test_who_held_a_role_when_according_to_which_article_is_one_query(out: Path) -> None:
    assert select_rows(out, FOREIGN_MINISTER_OF_RUSSIA_IN_MARCH_2015) == [("Sergej Lawrow", "r1")]


def test_a_person_keeps_one_node_across_role_changes(out: Path) -> None:
    rows = select_rows(out, """SELECT ?p ?role ?date WHERE {
        ?s gkg:holder ?p ; gkg:statedRole ?role ; dcterms:date ?date . ?p rdfs:label "Sergej Lawrow"@de }
        ORDER BY ?date""")
    assert [(r[1], r[2]) for r in rows] == [("Außenminister", "2015-03-12"), ("Ministerpräsident", "2016-05-10")]
    assert len({r[0] for r in rows}) == 1
    # the timeless roles stay beside the dated statements
    assert {r[0] for r in select_rows(out, 'SELECT ?r WHERE { ?p gkg:role ?r ; rdfs:label "Sergej Lawrow"@de }')} \
        == {"Außenminister", "Ministerpräsident"}


SERIES = """
SELECT ?month ?n ?sum ?mean WHERE {
  ?d a gkg:Dyad ; gkg:dyadSource ?s ; gkg:dyadTarget ?t .
  ?s rdfs:label "Russland"@de . ?t rdfs:label "Ukraine"@de .
  ?m gkg:dyad ?d ; gkg:month ?month ; gkg:eventCount ?n ; gkg:scoreSum ?sum ; gkg:scoreMean ?mean .
} ORDER BY ?month"""
CATEGORIES = """
SELECT ?month ?code ?n WHERE {
  ?d gkg:dyadSource <%s> ; gkg:dyadTarget <%s> .
  ?m gkg:dyad ?d ; gkg:month ?month ; gkg:categoryCount [ gkg:category/skos:notation ?code ; gkg:eventCount ?n ] .
}""" % (RU, UA)


def test_the_monthly_series_of_a_dyad_is_in_the_analysis_graph(out: Path) -> None:
    rows = [(m, int(n), float(s), float(mean)) for m, n, s, mean in select_rows(out, SERIES)]
    march, april = score("ACCUSE", "THREATEN"), score("SUPPORT", "AID")
    assert rows == [("2015-03", 2, march, march / 2), ("2015-04", 2, april, april / 2)]
    assert {(m, c, int(n)) for m, c, n in select_rows(out, CATEGORIES)} == {
        ("2015-03", "ACCUSE", 1), ("2015-03", "THREATEN", 1), ("2015-04", "AID", 1), ("2015-04", "SUPPORT", 1)}
    # the undated event of r4 counts in the dyad's total but in no month
    assert select_rows(out, f"SELECT ?n WHERE {{ ?d gkg:dyadSource <{RU}> ; gkg:dyadTarget <{UA}> ; "
                       "gkg:eventCount ?n }") == [("5",)]


def test_analysis_json_holds_series_and_changes(out: Path) -> None:
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    dyad = next(d for d in data["dyads"] if (d["source"], d["target"]) == (RU, UA))
    assert [(m["month"], m["count"], m["categories"]) for m in dyad["series"]] == [
        ("2015-03", 2, {"ACCUSE": 1, "THREATEN": 1}), ("2015-04", 2, {"AID": 1, "SUPPORT": 1})]
    # default periods: the two halves of the 83 months 2015-03 … 2022-01
    assert data["periods"] == ["2015-03/2018-07", "2018-08/2022-01"]
    assert data["changes"] and [c["rank"] for c in data["changes"]] == list(range(1, len(data["changes"]) + 1))
    changes = select_rows(out, "SELECT ?from ?to ?rank WHERE { ?c a gkg:DyadChange ; gkg:fromPeriod ?from ; "
                          "gkg:toPeriod ?to ; gkg:changeRank ?rank }")
    assert len(changes) == len(data["changes"]) and {c[:2] for c in changes} == {("2015-03/2018-07", "2018-08/2022-01")}


def test_the_dyads_that_changed_most_between_two_months(out: Path) -> None:
    with open_store(out / "store", read_only=True) as store:
        result = analyze(actor_network(store), periods=(Period.parse("2015-03"), Period.parse("2015-04")))
    top = result.changes[0]
    assert (top.source, top.target, top.count_before, top.count_after) == (RU, UA, 2, 2)
    assert top.score_change == pytest.approx(score("SUPPORT", "AID") - score("ACCUSE", "THREATEN"))
    lawrow = next(c for c in result.changes if c.source_label == "Sergej Lawrow" and c.target == UA)
    assert (lawrow.count_before, lawrow.count_after, lawrow.count_change) == (1, 0, -1)


def test_analyze_dyad_prints_the_series_and_writes_png_and_svg(out: Path, tmp_path: Path) -> None:
    run = kg("analyze", "--store", out, "--dyad", "Russland", "Ukraine", "--chart", tmp_path / "charts" / "ru-ua")
    assert_ok(run)
    assert "Russland → Ukraine: 5 events" in run.stdout and "4 of them dated" in run.stdout
    assert "2015-03" in run.stdout and "THREATEN×1" in run.stdout and "2015-04" in run.stdout
    png, svg = tmp_path / "charts" / "ru-ua.png", tmp_path / "charts" / "ru-ua.svg"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_analyze_compare_ranks_changes_and_refuses_bad_periods(out: Path) -> None:
    run = kg("analyze", "--store", out, "--compare", "2015-03", "2015-04")
    assert_ok(run)
    assert "dyads that changed most from 2015-03 to 2015-04" in run.stdout
    assert_one_line_error(kg("analyze", "--store", out, "--compare", "2015-3", "2015-04"), "analyze")
    assert_one_line_error(kg("analyze", "--store", out, "--dyad", "Polen", "Russland"), "analyze")


def test_the_dated_graph_conforms_to_the_shapes(out: Path) -> None:
    import rdflib

    from kg.validate import validate_store_graph

    graph = rdflib.Dataset(default_union=True)
    graph.parse(out / "graph.trig", format="trig")
    conforms, report = validate_store_graph(graph)
    assert conforms, report


@pytest.mark.parametrize("text", ["2015-13", "2015-3", "2015-04/2015-03", "März", ""])
def test_a_malformed_period_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Period.parse(text)


def test_time_modules_docstring_examples() -> None:
    import doctest

    import kg.charts
    import kg.extract.eventdates
    import kg.timeseries

    for module in (kg.timeseries, kg.charts, kg.extract.eventdates):
        assert doctest.testmod(module).failed == 0


def test_the_example_queries_over_time_find_their_answers(out: Path) -> None:
    examples = {e.title: e.query for e in example_queries()}
    between = select_rows(out, examples["Events between two actors in a month (either direction)"])
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in between] == [
        ("2015-03-11", "Russland", "ACCUSE", "Ukraine", "text", "r1"),
        ("2015-03-12", "Russland", "THREATEN", "Ukraine", "article", "r1")]
    planned = select_rows(out, examples["Talks planned for a week, with participants and place"])
    assert [(r[0], sorted(r[2].split(", ")), r[3], r[4]) for r in planned] == [
        ("2022-01-10", ["Russland", "USA"], "Genf", "r5")]
    roles = select_rows(out, examples["A person's roles over time, according to which article"])
    assert roles == [("2022-01-07", "Präsident", "USA", "r5")]
    series = select_rows(out, examples["A dyad's monthly series: events per PLOVER category, summed and mean score"])
    assert [r[0] for r in series] == ["2015-03", "2015-04"]
    assert select_rows(out, examples["The dyads that changed most between two periods"])
