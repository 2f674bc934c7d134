"""Why the graph holds a fact: the rules that read it, kept with its provenance in a real store.

One build of the seed article and two invented ones serves every test.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from corpus import assert_ok, kg, select_rows, write_jsonl

from kg.extract import extract
from kg.facts import Article
from kg.nlp import build_nlp
from kg.serve import example_queries

REPO = Path(__file__).resolve().parents[1]
ARTICLES = [
    {"id": "p1", "text": "US-Präsident Joe Biden lobte die Ukraine. Max Muster (SPD) kritisierte Biden."},
    {"id": "p2", "text": "Joe Biden sagte, Biden sei zufrieden."},
]
WHY_AN_ENTITY = "Why an entity is what it is: the rules that read it, and as what, in each article"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("provenance")
    assert_ok(kg("build", REPO / "seeds", write_jsonl(folder / "a.jsonl", ARTICLES), "--out", folder / "out", "-q"))
    return folder / "out"


def entity_rules(article: dict, name: str) -> set[str]:
    """The rules the extractor itself names for the entity called `name` in `article`."""
    a = Article(id=article["id"], text=article["text"])
    facts = extract(build_nlp()(a.text), a)
    return next(set(e.rules) for e in facts.entities if e.name == name)


def test_which_rule_read_an_entity_as_what_in_which_article_is_one_query(out: Path) -> None:
    query = {e.title: e.query for e in example_queries()}[WHY_AN_ENTITY]
    rows = {(article, kind): set(rules.split(", ")) for article, kind, rules in select_rows(out, query)}
    assert set(rows) == {("p1", "Amtsträger"), ("p2", "Amtsträger"), ("ukraine-talks-2022-01", "Amtsträger")}
    for article in ARTICLES:
        assert rows[article["id"], "Amtsträger"] == entity_rules(article, "Joe Biden")
    # the title read him as an official in the first article only; the list in both
    assert "title-holder-next" in rows["p1", "Amtsträger"] and "title-holder-next" not in rows["p2", "Amtsträger"]
    assert "listed-name" in rows["p1", "Amtsträger"] & rows["p2", "Amtsträger"]


def test_a_person_read_by_a_party_in_brackets(out: Path) -> None:
    rows = select_rows(out, """SELECT ?kind ?rule WHERE {
        ?x rdfs:label "Max Muster"@de .
        GRAPH ?g { ?a dcterms:identifier "p1" . ?x a ?kind ; gkg:rule ?rule }
        }""")
    assert {rule for _, rule in rows} == entity_rules(ARTICLES[0], "Max Muster") >= {"party-bracket"}
    assert {kind for kind, _ in rows} == {"https://w3id.org/geokg/ontology#Official"}


def test_every_fact_of_the_build_names_its_rules(out: Path) -> None:
    """Entities (their mention), roles and affiliations, relations, talks and events: none without a rule."""
    unruled = select_rows(out, """SELECT ?what ?x WHERE {
        { GRAPH ?g { ?a gkg:mentions ?x FILTER NOT EXISTS { ?x gkg:rule ?r } } BIND("entity" AS ?what) }
        UNION { ?x a gkg:RoleStatement . BIND("role" AS ?what) FILTER NOT EXISTS { ?x gkg:rule ?r } }
        UNION { ?y ?p ?z . VALUES ?p { gkg:memberOf gkg:advisorTo } BIND(?y AS ?x) BIND("relation" AS ?what)
                FILTER NOT EXISTS { ?s rdf:subject ?y ; rdf:predicate ?p ; rdf:object ?z ; gkg:rule ?r } }
        UNION { ?x gkg:participant ?y . BIND("talks" AS ?what) FILTER NOT EXISTS { ?x gkg:rule ?r } }
        UNION { ?x a gkg:Interaction . BIND("event" AS ?what) FILTER NOT EXISTS { ?x gkg:rule ?r } }
        }""")
    assert unruled == []
    counts = dict(select_rows(out, """SELECT ?what (COUNT(*) AS ?n) WHERE {
        { ?a gkg:mentions ?s . ?s gkg:rule ?r . BIND("entity" AS ?what) }
        UNION { ?s a gkg:RoleStatement ; gkg:rule ?r . BIND("role" AS ?what) }
        UNION { ?s rdf:predicate gkg:memberOf ; gkg:rule ?r . BIND("memberOf" AS ?what) }
        UNION { ?s rdf:predicate gkg:advisorTo ; gkg:rule ?r . BIND("advisorTo" AS ?what) }
        UNION { ?s gkg:participant ?p ; gkg:rule ?r . BIND("talks" AS ?what) }
        UNION { ?s a gkg:Interaction ; gkg:rule ?r . BIND("event" AS ?what) }
        } GROUP BY ?what"""))
    assert set(counts) == {"entity", "role", "memberOf", "advisorTo", "talks", "event"}


def test_the_graph_page_names_the_rules_of_every_edge_and_actor(out: Path) -> None:
    """One "Rules:" line in every edge's tooltip (events, talks, affiliation, membership, advice), one
    "Read by rules:" line in every actor's, as the store holds them."""
    page = (out / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)[1])
    assert {e["kind"] for e in data["edges"]} == {"interaction", "talks", "affiliation", "membership", "advisor"}
    for edge in data["edges"]:
        assert [line for line in edge["tip"] if line.startswith("Rules: ")], edge["tip"]
    for node in data["nodes"]:
        assert [line for line in node["tip"] if line.startswith("Read by rules: ")], node["tip"]
    tips = {e["tip"][0]: e["tip"] for e in data["edges"]}
    assert "Rules: party-bracket" in tips["Max Muster → SPD: membership ×1"]
    assert "Rules: title-adviser" in tips["Jens Plötner → Olaf Scholz: advisor ×1"]
    biden = select_rows(out, """SELECT DISTINCT ?rule WHERE { ?x rdfs:label "Joe Biden"@de ; gkg:rule ?rule }""")
    tip = next(n["tip"] for n in data["nodes"] if n["label"] == "Joe Biden")
    assert f"Read by rules: {', '.join(sorted(r for (r,) in biden))}" in tip
