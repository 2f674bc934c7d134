"""The benchmark harness runs end to end on 20 real articles, so it cannot rot.

No time is asserted: the figures are checked for shape and sense only, and the
two SPARQL engines must agree on every competency query's result count.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "gnad-test.jsonl"
QUERIES = sorted({p.stem.split(".")[0] for p in (REPO / "benchmarks" / "queries").glob("*.rq")})

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not here")


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    tmp = tmp_path_factory.mktemp("bench")
    results = tmp / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--source", str(CORPUS), "--limit", "20", "--sizes", "real",
         "--latency", "real", "--runs", "3", "--render", "100", "--rebuild", "--workers", "2",
         "--work", str(tmp / "work"), "--json", str(results)],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(results.read_text(encoding="utf-8")), done.stdout


def test_build_figures_are_recorded(smoke: tuple[dict, str]) -> None:
    results, _ = smoke
    (build,) = results["builds"]
    report = build["report"]
    assert report["articles"] == report["added"] == 20 and report["workers"] == 2
    assert report["words"] > 20 * 50 and report["triples"] > 20
    assert build["articles_per_second"] > 0 and build["words_per_second"] > build["articles_per_second"]
    assert build["maxrss_mb"] > 50 and build["tree_peak_mb"] >= build["maxrss_mb"] * 0.5
    assert {"nlp", "extract", "rdf", "write", "artifacts"} <= set(report["seconds"])
    assert build["rebuild_seconds"] > 0   # an unchanged rebuild ran


def test_both_engines_answer_every_competency_query_alike(smoke: tuple[dict, str]) -> None:
    results, _ = smoke
    rows = results["builds"][0]["latency"]["queries"]
    assert sorted(r["query"] for r in rows) == QUERIES
    for row in rows:
        assert row["rows_oxigraph"] == row["rows_rdflib"], row["query"]
        assert 0 < row["oxigraph_median_ms"] <= row["oxigraph_p95_ms"]
        assert row["ratio"] is not None and row["plain_ratio"] is not None


def test_every_formulation_of_a_query_gives_the_same_rows(smoke: tuple[dict, str]) -> None:
    results, _ = smoke
    for row in results["builds"][0]["latency"]["queries"]:
        timed = row["variants"]
        assert {t["engine"] for t in timed} == {"oxigraph", "rdflib"}
        assert {t["rows"] for t in timed} == {row["rows_oxigraph"]}, row["query"]
        if row["query"] == "events_per_category_state":   # the one query with a second formulation
            assert {t["variant"] for t in timed} == {"plain", "typetable"}


def test_render_timing_and_markdown_summary(smoke: tuple[dict, str]) -> None:
    results, stdout = smoke
    (render,) = results["render"]
    assert render["nodes"] == 100 and render["bytes"] > 10_000
    assert "| real[:20] | 20 |" in stdout and "rdflib ÷ Oxigraph" in stdout
