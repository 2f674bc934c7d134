"""The whole pipeline on the seed article, through the real CLI and the real store."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "ukraine-talks-2022-01.txt"


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=600)


def select(store: Path, query: str) -> list[dict[str, str]]:
    run = kg("query", "--store", str(store), "--format", "json", query)
    assert run.returncode == 0, run.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(run.stdout)["results"]["bindings"]]


def count_triples(store: Path) -> int:
    [row] = select(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(row["n"])


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "out"
    run = kg("build", str(ROOT / "seeds"), "--out", str(out))
    assert run.returncode == 0, run.stderr
    return out


def test_build_writes_store_and_artifacts(seed_build: Path) -> None:
    for name in ("store", "graph.html", "graph.trig", "analysis.json"):
        assert (seed_build / name).exists(), name
    [row] = select(seed_build, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a gkg:Article }")
    assert row["n"] == "1"


def test_default_build_reads_seeds_into_output(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    run = kg("build", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "output" / "store").is_dir()
    assert (tmp_path / "output" / "graph.html").is_file()


def test_rebuild_changes_nothing_and_changed_text_replaces(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / "seed.txt")
    out = tmp_path / "out"
    assert kg("build", str(src), "--out", str(out)).returncode == 0
    first = count_triples(out)
    assert kg("build", str(src), "--out", str(out)).returncode == 0
    assert count_triples(out) == first
    (src / "seed.txt").write_text("Russland bestreitet alle Pläne.", encoding="utf-8")
    assert kg("build", str(src), "--out", str(out)).returncode == 0
    texts = select(out, "SELECT ?t WHERE { ?e gkg:reportedIn ?a ; gkg:evidenceText ?t }")
    assert all("Biden" not in r["t"] for r in texts)
    [row] = select(out, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a gkg:Article }")
    assert row["n"] == "1"


def test_malformed_jsonl_line_fails_cleanly_and_leaves_the_store(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert kg("build", str(SEED), "--out", str(out)).returncode == 0
    before = count_triples(out)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1", "text": "Berlin fordert."}\n{"id": "x2", "text": \n', encoding="utf-8")
    run = kg("build", str(bad), "--out", str(out))
    assert run.returncode != 0
    assert run.stderr.strip().count("\n") == 0 and f"{bad}:2:" in run.stderr
    assert "Traceback" not in run.stderr
    assert count_triples(out) == before


def test_store_conforms_to_the_shapes(seed_build: Path) -> None:
    import rdflib

    from kg.validate import validate_store_graph

    graph = rdflib.Dataset(default_union=True)
    graph.parse(seed_build / "graph.trig", format="trig")
    conforms, report = validate_store_graph(graph)
    assert conforms, report


def test_every_talk_and_event_points_to_its_sentence(seed_build: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    rows = select(seed_build, """SELECT ?x ?t ?s ?e ?v WHERE {
        ?x gkg:reportedIn ?a ; gkg:evidenceText ?t ; gkg:evidenceStart ?s ; gkg:evidenceEnd ?e ;
           gkg:extractorVersion ?v }""")
    assert rows
    for row in rows:
        assert text[int(row["s"]):int(row["e"])] == row["t"]


def test_query_formats_and_prefixes(seed_build: Path) -> None:
    query = "SELECT ?label WHERE { ?s a gkg:State ; rdfs:label ?label } ORDER BY ?label"
    table = kg("query", "--store", str(seed_build), query)
    assert table.returncode == 0 and "Russland" in table.stdout and "rows" in table.stdout
    csv = kg("query", "--store", str(seed_build), "--format", "csv", query)
    assert csv.stdout.splitlines()[0].strip() == "label" and "Ukraine" in csv.stdout
    ttl = kg("query", "--store", str(seed_build), "CONSTRUCT WHERE { ?s a gkg:State }")
    assert ttl.returncode == 0 and "gkg:State" in ttl.stdout


@pytest.mark.parametrize("args, message", [
    (("query", "--store", "{out}", "SELEC nothing"), "malformed SPARQL"),
    (("query", "--store", "{missing}", "ASK {{}}"), "no store here"),
    (("build", "{missing}"), "no such file"),
])
def test_errors_are_one_line(seed_build: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    run = kg(*(a.format(out=seed_build, missing=tmp_path / "nope") for a in args))
    assert run.returncode != 0
    assert message in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_every_command_has_help() -> None:
    from kg.cli import COMMANDS

    for command in COMMANDS:
        run = kg(command, "--help")
        assert run.returncode == 0 and "usage: kg " + command in run.stdout


def test_one_label_per_entity_across_differently_spelt_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "two.jsonl"
    corpus.write_text(
        '{"id": "t1", "text": "Der türkische Präsident Recep Tayyip Erdoğan kritisierte die EU."}\n'
        '{"id": "t2", "text": "Der türkische Präsident Recep Tayyip Erdogan traf Wladimir Putin."}\n',
        encoding="utf-8")
    out = tmp_path / "out"
    assert kg("build", str(corpus), "--out", str(out)).returncode == 0
    rows = select(out, """SELECT DISTINCT ?label ?alt WHERE {
        ?e a gkg:Official ; rdfs:label ?label . FILTER(STRSTARTS(?label, "Recep"))
        OPTIONAL { ?e skos:altLabel ?alt } }""")
    assert {r["label"] for r in rows} == {"Recep Tayyip Erdoğan"}
    assert {r.get("alt") for r in rows} == {"Recep Tayyip Erdogan"}
