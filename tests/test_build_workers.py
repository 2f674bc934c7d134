"""Building with worker processes writes exactly what building in one process writes."""
from __future__ import annotations

import json
import os
from multiprocessing import resource_tracker
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import Processor, build, default_workers
from kg.facts import Article
from kg.store import open_store
from kg.vocab import article_graph

REPO = Path(__file__).parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "gnad-test.jsonl"


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """37 real articles (a count that does not divide into the batches evenly)."""
    if not CORPUS.exists():
        pytest.skip("the shared corpus is not here")
    path = tmp_path_factory.mktemp("in") / "articles.jsonl"
    with CORPUS.open(encoding="utf-8") as source:
        path.write_text("".join(next(source) for _ in range(37)), encoding="utf-8")
    return path


def named_quads(out: Path) -> set[ox.Quad]:
    """The store's quads without blank nodes (the ontology's get fresh ids on every load)."""
    with open_store(out, read_only=True) as store:
        rows = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                           "FILTER(!isBlank(?s) && !isBlank(?o)) }")
        return {ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows}


def test_workers_write_the_same_graph_as_one_process(articles: Path, tmp_path: Path) -> None:
    alone = build([articles], tmp_path / "alone", workers=0, batch_size=8, artifacts=False)
    shared = build([articles], tmp_path / "shared", workers=2, batch_size=8, artifacts=False)
    assert (alone.added, shared.added, alone.workers, shared.workers) == (37, 37, 0, 2)
    assert alone.words == shared.words and alone.triples == shared.triples
    assert named_quads(tmp_path / "alone") == named_quads(tmp_path / "shared")


def test_metrics_computed_in_a_worker_equal_those_computed_here(articles: Path, tmp_path: Path) -> None:
    build([articles], tmp_path / "alone", workers=0, batch_size=8)
    build([articles], tmp_path / "shared", workers=2, batch_size=8)
    for name in ("analysis.json", "events.csv", "graph.graphml"):
        alone = (tmp_path / "alone" / name).read_text(encoding="utf-8")
        assert alone == (tmp_path / "shared" / name).read_text(encoding="utf-8"), name
    summary = json.loads((tmp_path / "shared" / "analysis.json").read_text(encoding="utf-8"))["summary"]
    assert summary["nodes"] > 10


def test_workers_keep_builds_incremental(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([articles], out, workers=2, batch_size=8, artifacts=False)
    before = named_quads(out)
    again = build([articles], out, workers=2, batch_size=8, artifacts=False)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 37)
    assert named_quads(out) == before

    # One changed text replaces that article's graph and leaves every other graph alone.
    lines = articles.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["text"] = "Wladimir Putin traf Angela Merkel in Berlin."
    changed = tmp_path / "changed.jsonl"
    changed.write_text("\n".join([json.dumps(first, ensure_ascii=False), *lines[1:]]) + "\n", encoding="utf-8")
    third = build([changed], out, workers=2, batch_size=8, artifacts=False)
    assert (third.added, third.replaced, third.unchanged) == (0, 1, 36)
    graph = article_graph(first["id"])
    after = named_quads(out)
    assert {q for q in after if q.graph_name != graph} == {q for q in before if q.graph_name != graph}
    assert {q for q in after if q.graph_name == graph} != {q for q in before if q.graph_name == graph}
    with open_store(out, read_only=True) as store:
        assert store.article_digests()[first["id"]] == Article(id=first["id"], text=first["text"]).digest
        # The materialised union (the default graph) is exactly the named graphs' distinct triples.
        union = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        distinct = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                               "WHERE { GRAPH ?g { ?s ?p ?o } } }")
        assert next(iter(union))["n"].value == next(iter(distinct))["n"].value


def test_small_inputs_stay_in_one_process() -> None:
    # Starting a worker loads the whole pipeline: not worth it for a handful of articles.
    assert default_workers(1) == 0


def children() -> set[int]:
    """The processes this one started that still run (or wait to be reaped)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:     # gone meanwhile
            continue
        if int(fields[1]) == os.getpid():
            found.add(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_build_leaves_no_process_behind(articles: Path, tmp_path: Path) -> None:
    # the workers come from a fork server holding the loaded pipeline: it ends with the build
    # (Python's resource tracker, one per process whatever starts the workers, may stay)
    resource_tracker.ensure_running()
    before = children()
    report = build([articles], tmp_path / "out", workers=2, batch_size=8, artifacts=False)
    assert report.workers == 2 and report.added == 37
    # new ones only: a child of an earlier test may end (or be reaped by the build) meanwhile
    assert children() - before == set()


def test_the_warm_up_text_runs_the_whole_extractor() -> None:
    # the fork server runs the pipeline once on it, so that the workers inherit what the
    # pipeline loads on first use: it must reach talks, events and entities
    from kg.resources import DATA

    text = (DATA / "warm_up.txt").read_text(encoding="utf-8")
    processor = Processor()
    (_, quads, labels), = processor.process([Article(id="warm-up", text=text)]).graphs
    nquads = quads.decode()
    assert "ontology#Talks" in nquads or "ontology#Meeting" in nquads
    assert "ontology#Interaction" in nquads
    assert "ontology#Official" in nquads and labels
    # a company compound („Brantel-Chef“) makes the gazetteer sort its lexicon (0.1 CPU s) before the fork
    assert processor.nlp.get_pipe("geokg_gazetteer").gazetteer._lexicon_sorted is not None
