"""What the analysis counts: asserted events by default, all on request (ANNOTATION.md § factuality).

A real Oxigraph store filled through the real `kg.rdf`; the CLI runs as a
subprocess on a store built from an invented article.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.analysis import analyze, top_dyads
from kg.artifacts import write_artifacts
from kg.exports import plover_events
from kg.facts import Article, ArticleFacts, Entity, Evidence, Interaction
from kg.network import actor_network, actor_networks
from kg.ontology import ontology_quads
from kg.rdf import article_quads
from kg.store import GraphStore, open_store
from kg.vocab import ONTOLOGY_GRAPH, article_graph, entity_iri

ROOT = Path(__file__).parents[1]
USA, RUS, UKR = "state:usa", "state:russland", "state:ukraine"


def _ev(sentence: str) -> Evidence:
    return Evidence(sentence, 0, len(sentence))


def _facts() -> ArticleFacts:
    entities = (Entity(USA, "State", "USA", code="US"), Entity(RUS, "State", "Russland", code="RU"),
                Entity(UKR, "State", "Ukraine", code="UA"))
    return ArticleFacts(Article("a1", "…"), entities=entities, interactions=(
        Interaction("ASSAULT", RUS, UKR, _ev("Die Nato fürchtet, dass Russland angreift."), factuality="possible"),
        Interaction("ASSAULT", RUS, UKR, _ev("Falls Russland einmarschiert, …"), factuality="possible"),
        Interaction("ACCUSE", RUS, UKR, _ev("Russland wirft der Ukraine vor, …")),
        Interaction("AID", USA, UKR, _ev("Die USA wollen der Ukraine helfen."), factuality="intended"),
        Interaction("THREATEN", USA, RUS, _ev("Die USA drohen Russland.")),
    ))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GraphStore]:
    with open_store(tmp_path / "out", create=True) as s:
        s.replace_graph(ONTOLOGY_GRAPH, ontology_quads())
        facts = _facts()
        s.write_articles([(article_graph(facts.article.id), article_quads(facts))], replace=False)
        yield s


def iri(key: str) -> str:
    return entity_iri(key).value


def test_the_asserted_network_leaves_out_feared_and_planned_acts(store: GraphStore) -> None:
    every, asserted = actor_networks(store, "all", "asserted")
    assert (every.graph["count"], asserted.graph["count"]) == ("all", "asserted")
    edge = every.edges[iri(RUS), iri(UKR), "interaction"]
    assert edge["categories"] == {"ACCUSE": 1, "ASSAULT": 2}
    assert sorted(e.factuality for e in edge["evidence"]) == ["asserted", "possible", "possible"]
    assert asserted.edges[iri(RUS), iri(UKR), "interaction"]["categories"] == {"ACCUSE": 1}
    assert not asserted.has_edge(iri(USA), iri(UKR), "interaction")      # only an intended AID
    assert every.has_edge(iri(USA), iri(UKR), "interaction")
    assert actor_network(store).graph["count"] == "all"
    with pytest.raises(ValueError):
        actor_networks(store, "feared")


def test_a_feared_attack_is_no_longer_the_strongest_conflict(store: GraphStore) -> None:
    counted = analyze(actor_network(store, "asserted"))
    everything = analyze(actor_network(store, "all"))
    assert counted.summary.counted == "asserted" and everything.summary.counted == "all"
    worst = top_dyads(everything.dyads, 1, "conflict")[0]
    assert (worst.source, worst.target, worst.count) == (iri(RUS), iri(UKR), 3)
    worst = top_dyads(counted.dyads, 1, "conflict")[0]
    assert (worst.source, worst.target) == (iri(USA), iri(RUS))


def test_artifacts_say_what_they_counted_and_export_every_event(store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "art"
    write_artifacts(store, out)
    summary = json.loads((out / "analysis.json").read_text(encoding="utf-8"))["summary"]
    assert summary["counted"] == "asserted"
    [row] = store.query("SELECT ?c WHERE { GRAPH ?g { ?s gkg:countedEvents ?c } }")
    assert row["c"].value == "asserted"
    rows = list(csv.DictReader(io.StringIO((out / "events.csv").read_text(encoding="utf-8"))))
    assert sorted((r["event"], r["factuality"]) for r in rows) == [
        ("ACCUSE", "asserted"), ("AID", "intended"), ("ASSAULT", "possible"), ("ASSAULT", "possible"),
        ("THREATEN", "asserted")]
    assert {e.factuality for e in plover_events(store)} == {"asserted", "intended", "possible"}
    records = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert {r["factuality"] for r in records} == {"asserted", "intended", "possible"}
    write_artifacts(store, out, count="all")
    assert json.loads((out / "analysis.json").read_text(encoding="utf-8"))["summary"]["counted"] == "all"


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def test_cli_count_option_on_build_and_analyze(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Die Nato fürchtet, dass Russland die Ukraine angreifen könnte. "
                       "Russland kritisierte die Ukraine scharf.\n", encoding="utf-8")
    out = tmp_path / "out"
    run = kg("build", str(article), "--out", str(out), "-q", "--count", "all")
    assert run.returncode == 0, run.stderr
    assert json.loads((out / "analysis.json").read_text(encoding="utf-8"))["summary"]["counted"] == "all"
    default = kg("analyze", "--store", str(out))
    assert default.returncode == 0, default.stderr
    assert "counting asserted events only" in default.stdout and "ASSAULT" not in default.stdout
    every = kg("analyze", "--store", str(out), "--count", "all")
    assert "counting all events" in every.stdout and "ASSAULT×1" in every.stdout
    bad = kg("analyze", "--store", str(out), "--count", "feared")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
