"""Store → actor graph → analysis graph and files, on a real Oxigraph store.

The store is filled from hand-written facts through the real `kg.rdf` and the
real ontology, so the SPARQL in `kg.network`/`kg.exports` reads exactly what a
build writes.
"""
from __future__ import annotations

import csv
import doctest
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

import kg.artifacts
import kg.exports
import kg.network
from kg.artifacts import write_artifacts
from kg.exports import CSV_FIELDS, plover_events
from kg.facts import Article, ArticleFacts, Entity, Evidence, Interaction, Relation, Talks
from kg.network import actor_network
from kg.ontology import ontology_quads
from kg.rdf import article_quads
from kg.store import GraphStore, open_store
from kg.vocab import ANALYSIS_GRAPH, ONTOLOGY_GRAPH, article_graph, entity_iri

USA, RUS, DEU = "state:usa", "state:russland", "state:deutschland"
BIDEN, PUTIN, SCHOLZ = "person:joe-biden", "person:wladimir-putin", "person:olaf-scholz"
NATO, SPD, GENF = "org:nato", "org:spd", "place:genf"
MARKUP = 'Die Nato wirft Russland <script>alert(1)</script> vor.'


def _entities() -> tuple[Entity, ...]:
    return (
        Entity(USA, "State", "USA", code="US"), Entity(RUS, "State", "Russland", code="RU"),
        Entity(DEU, "State", "Deutschland", code="DE"),
        Entity(BIDEN, "Official", "Joe Biden", role="Präsident", affiliations=(USA,)),
        Entity(PUTIN, "Official", "Wladimir Putin", role="Präsident", affiliations=(RUS,)),
        Entity(SCHOLZ, "Official", "Olaf Scholz", role="Kanzler", affiliations=(DEU,)),
        Entity(NATO, "Organization", "NATO", kind="international"),
        Entity(SPD, "Organization", "SPD", kind="party"), Entity(GENF, "Place", "Genf"),
    )


def _ev(sentence: str) -> Evidence:
    return Evidence(sentence, 0, len(sentence))


def _facts() -> list[ArticleFacts]:
    first = ArticleFacts(
        Article("a1", "…", title="Erster Artikel", date=date(2022, 1, 7), url="https://example.org/a1"),
        entities=_entities(),
        relations=(Relation(SCHOLZ, "memberOf", SPD), Relation(DEU, "memberOf", NATO)),
        talks=(Talks("Negotiation", (USA, RUS), _ev("USA und Russland verhandeln in Genf."), "planned",
                     place=GENF),
               Talks("PhoneCall", (BIDEN, PUTIN, GENF), _ev("Biden telefonierte mit Putin."), "held")),
        interactions=(
            Interaction("THREATEN", BIDEN, PUTIN, _ev("Biden droht Putin."), cue="droht"),
            Interaction("MOBILIZE", RUS, None, _ev("Russland zieht Truppen zusammen.")),
            Interaction("ACCUSE", NATO, RUS, _ev(MARKUP)),
        ))
    second = ArticleFacts(
        Article("a2", "…", date=date(2022, 1, 10)),
        entities=_entities(),
        interactions=(
            Interaction("THREATEN", BIDEN, PUTIN, _ev("Biden droht Putin erneut.")),
            Interaction("REJECT", PUTIN, BIDEN, _ev("Putin weist Biden zurück.")),
            Interaction("SUPPORT", SCHOLZ, BIDEN, _ev("Scholz unterstützt Biden.")),
            Interaction("ACCUSE", SCHOLZ, PUTIN, _ev("Scholz kritisiert Putin.")),
        ))
    return [first, second]


def fill(store: GraphStore) -> None:
    store.replace_graph(ONTOLOGY_GRAPH, ontology_quads())
    store.write_articles([(article_graph(f.article.id), article_quads(f)) for f in _facts()], replace=False)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GraphStore]:
    with open_store(tmp_path / "out", create=True) as s:
        fill(s)
        yield s


def iri(key: str) -> str:
    return entity_iri(key).value


def test_actors_become_nodes_with_label_class_role_and_affiliation(store: GraphStore) -> None:
    g = actor_network(store)
    assert set(g) == {iri(k) for k in (USA, RUS, DEU, BIDEN, PUTIN, SCHOLZ, NATO, SPD)}  # no Place
    biden = g.nodes[iri(BIDEN)]
    assert (biden["label"], biden["cls"], biden["role"], biden["affiliation"]) == \
        ("Joe Biden", "Official", "Präsident", "USA")
    assert g.nodes[iri(NATO)]["cls"] == "Organization"


def test_interactions_are_counted_signed_dated_with_evidence(store: GraphStore) -> None:
    g = actor_network(store)
    edge = g.edges[iri(BIDEN), iri(PUTIN), "interaction"]
    assert edge["count"] == 2 and edge["categories"] == {"THREATEN": 2}
    assert edge["score_sum"] == pytest.approx(-7.0) and edge["score_mean"] == pytest.approx(-3.5)
    assert (edge["first_date"], edge["last_date"]) == ("2022-01-07", "2022-01-10")
    assert [(e.sentence, e.article, e.date) for e in edge["evidence"]] == [
        ("Biden droht Putin.", "a1", "2022-01-07"), ("Biden droht Putin erneut.", "a2", "2022-01-10")]
    # an event without a target is no edge
    assert not any(v == u for u, v in g.edges(iri(RUS)))


def test_talks_affiliation_and_membership_are_kept_apart_by_kind(store: GraphStore) -> None:
    g = actor_network(store)
    pair = sorted((iri(USA), iri(RUS)))
    talks = g.edges[pair[0], pair[1], "talks"]
    assert talks["categories"] == {"Negotiation": 1} and talks["evidence"][0].article == "a1"
    call = sorted((iri(BIDEN), iri(PUTIN)))
    assert g.edges[call[0], call[1], "talks"]["categories"] == {"PhoneCall": 1}  # Genf is no actor
    assert g.has_edge(iri(SCHOLZ), iri(DEU), "affiliation")
    assert g.has_edge(iri(SCHOLZ), iri(SPD), "membership") and g.has_edge(iri(DEU), iri(NATO), "membership")
    kinds = {k for *_, k in g.edges(keys=True)}
    assert kinds == {"interaction", "talks", "affiliation", "membership"}


def test_artifacts_are_written_and_the_analysis_graph_is_queryable(store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = write_artifacts(store, out)
    for name in ("analysis.json", "graph.html", "graph.graphml", "graph.gexf", "events.csv", "events.json"):
        assert (out / name).stat().st_size > 0, name
    assert not list(out.glob(".*"))  # no temporary files left behind

    rows = list(store.query("""
        SELECT ?name ?pr WHERE { ?a a gkg:Official ; rdfs:label ?name ; gkg:pageRank ?pr }
        ORDER BY DESC(?pr) LIMIT 10"""))
    assert {r["name"].value for r in rows} == {"Joe Biden", "Wladimir Putin", "Olaf Scholz"}
    conflict = {(r["s"].value, r["t"].value) for r in store.query("""
        SELECT ?s ?t WHERE { ?d a gkg:Dyad ; gkg:dyadSource/rdfs:label ?s ; gkg:dyadTarget/rdfs:label ?t ;
                             gkg:scoreMean ?m FILTER(?m < 0) }""")}
    assert ("Joe Biden", "Wladimir Putin") in conflict and ("Olaf Scholz", "Joe Biden") not in conflict
    ratio = list(store.query("SELECT ?r WHERE { ?s a gkg:NetworkSummary ; gkg:balancedTriadRatio ?r }"))
    assert float(ratio[0]["r"].value) == 1.0  # Biden–Putin −, Scholz–Biden +, Scholz–Putin −
    assert report.analysis_quads == sum(1 for _ in store.query(
        f"SELECT * WHERE {{ GRAPH <{ANALYSIS_GRAPH.value}> {{ ?s ?p ?o }} }}"))

    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert data["summary"]["nodes"] == 8
    assert data["top"]["conflictual_dyads"][0]["source_label"] == "Joe Biden"


def test_rebuilding_the_artifacts_leaves_the_store_unchanged(store: GraphStore, tmp_path: Path) -> None:
    write_artifacts(store, tmp_path / "out")
    before = store.triple_count()
    first = (tmp_path / "out" / "analysis.json").read_text(encoding="utf-8")
    write_artifacts(store, tmp_path / "out")
    assert store.triple_count() == before
    assert (tmp_path / "out" / "analysis.json").read_text(encoding="utf-8") == first


def test_graph_trig_holds_every_graph_once_with_the_fresh_analysis(store: GraphStore, tmp_path: Path) -> None:
    # graph.trig is written before the metrics are known and the analysis graph appended:
    # after a second run it must still equal the store's named graphs, analysis included.
    def named(quads: Iterable[ox.Quad]) -> set[ox.Quad]:  # the ontology's blank nodes get new ids
        return {q for q in quads if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}

    write_artifacts(store, tmp_path / "out")
    write_artifacts(store, tmp_path / "out")
    exported = list(ox.parse(path=str(tmp_path / "out" / "graph.trig"), format=ox.RdfFormat.TRIG))
    stored = [ox.Quad(r["s"], r["p"], r["o"], r["g"])
              for r in store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]
    assert named(exported) == named(stored)
    assert len(exported) == len(stored)
    assert any(q.graph_name == ANALYSIS_GRAPH for q in exported)


def test_events_use_plover_field_names(store: GraphStore, tmp_path: Path) -> None:
    events = plover_events(store)
    assert len(events) == 7
    record = next(e.to_json() for e in events if e.event == ("THREATEN",) and e.citation == "a1")
    assert record["source"] == [{"identifier_id": iri(BIDEN), "identifier_text": "Joe Biden",
                                 "office": "Präsident"}]
    assert record["recipient"][0]["identifier_text"] == "Wladimir Putin"
    assert record["date"] == "2022-01-07" and record["event_scale"] == -3.5
    assert record["quad_code"] == 3 and record["event_text"] == ["droht"]
    assert record["cite_info"] == {"citation": "a1", "url": "https://example.org/a1", "title": "Erster Artikel"}
    untargeted = next(e.to_json() for e in events if e.event == ("MOBILIZE",))
    assert untargeted["recipient"] == [] and untargeted["source"][0]["code"] == "RUS"

    write_artifacts(store, tmp_path / "out")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "events.csv").read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_FIELDS and len(rows) == 7
    assert any(r["text"] == MARKUP for r in rows)  # kept verbatim in data files
    assert json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8"))[0]["id"]


def test_graphml_and_gexf_read_back_with_scalar_attributes(store: GraphStore, tmp_path: Path) -> None:
    write_artifacts(store, tmp_path / "out")
    back = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    assert back.number_of_nodes() == 8
    edge = next(a for _, _, a in back.edges(data=True) if a["categories"] == "THREATEN:2")
    assert edge["kind"] == "interaction" and edge["articles"] == "a1;a2"
    assert back.nodes[iri(BIDEN)]["pagerank"] > 0
    gexf = ET.parse(tmp_path / "out" / "graph.gexf").getroot()
    assert len(gexf.findall(".//{*}node")) == 8
    assert nx.read_gexf(tmp_path / "out" / "graph.gexf").number_of_edges() == back.number_of_edges()


def test_an_empty_store_gives_empty_artifacts(tmp_path: Path) -> None:
    with open_store(tmp_path / "empty", create=True) as s:
        report = write_artifacts(s, tmp_path / "empty")
        assert report.nodes == 0
        data = json.loads((tmp_path / "empty" / "analysis.json").read_text(encoding="utf-8"))
        assert data["actors"] == [] and data["summary"]["triads"]["ratio"] is None


@pytest.mark.parametrize("module", [kg.network, kg.exports, kg.artifacts])
def test_docstring_examples(module: object) -> None:
    assert doctest.testmod(module).failed == 0  # type: ignore[arg-type]


def test_kg_analyze_prints_tables_and_an_ego_network(store: GraphStore, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    store.close()  # the CLI opens the store itself
    html = tmp_path / "ego.html"
    code = main(["analyze", "--store", str(tmp_path / "out"), "--top", "3", "--ego", "biden",
                 "--html", str(html)])
    out = capsys.readouterr().out
    assert code == 0
    assert "8 actors" in out and "1 of 1 signed triads balanced" in out
    assert "most conflictual dyads" in out and "THREATEN×2" in out
    assert "ego network of Joe Biden" in out and "PhoneCall×1" in out
    assert html.exists() and "Wladimir Putin" in html.read_text(encoding="utf-8")


def test_kg_analyze_names_an_unknown_actor_in_one_line(store: GraphStore, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    store.close()
    assert main(["analyze", "--store", str(tmp_path / "out"), "--ego", "Nobody"]) == 2
    assert capsys.readouterr().err.strip() == \
        "kg analyze: error: no actor named 'Nobody' in the store (or the name is ambiguous)"


def test_nodes_count_mentions_and_activity_and_evidence_carries_each_reading(tmp_path: Path) -> None:
    third = ArticleFacts(
        Article("a3", "…", date=date(2022, 2, 1)),
        entities=_entities(),
        talks=(Talks("Meeting", (SCHOLZ, BIDEN), _ev("Scholz will Biden treffen."), "planned",
                     rules=("talks-plan",)),),
        interactions=(
            Interaction("SANCTION", SCHOLZ, PUTIN, _ev("Scholz will Putin sanktionieren."),
                        factuality="intended", date=date(2022, 1, 30), date_origin="text",
                        rules=("verb-cue", "modal-intent")),
        ))
    with open_store(tmp_path / "out", create=True) as s:
        fill(s)
        s.write_articles([(article_graph("a3"), article_quads(third))], replace=False)
        g = actor_network(s)
    scholz = g.nodes[iri(SCHOLZ)]
    assert scholz["mentions"] == 3    # a1, a2, a3
    assert scholz["activity"] == 4    # SUPPORT, ACCUSE, SANCTION, the planned meeting
    assert g.nodes[iri(NATO)]["activity"] == 1 and g.nodes[iri(SPD)]["activity"] == 0
    [sanction] = [e for e in g.edges[iri(SCHOLZ), iri(PUTIN), "interaction"]["evidence"] if e.category == "SANCTION"]
    assert (sanction.factuality, sanction.rules, sanction.event_date, sanction.date) == \
        ("intended", ("modal-intent", "verb-cue"), "2022-01-30", "2022-02-01")
    assert sanction.score is not None and sanction.score < 0
    pair = sorted((iri(SCHOLZ), iri(BIDEN)))
    [meeting] = g.edges[pair[0], pair[1], "talks"]["evidence"]
    assert (meeting.category, meeting.status, meeting.rules) == ("Meeting", "planned", ("talks-plan",))
    usa_rus = sorted((iri(USA), iri(RUS)))
    assert [e.status for e in g.edges[usa_rus[0], usa_rus[1], "talks"]["evidence"]] == ["planned"]
    assert {r.factuality for *_, refs in g.edges(data="evidence") for r in refs} >= {"asserted", "intended"}
