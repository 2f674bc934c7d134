"""SIGKILL during `kg build`, and queries beside a running build: the store only ever
holds whole articles, and a rerun ends exactly where an uninterrupted build does.

Real corpus articles (skipped when ../shared/corpus is absent), kill moments from a
seeded random, so a failing trial can be replayed.
"""
from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from corpus import (ARTICLE_GRAPH, GRAPH_COUNTS, SLOW, StoreState, assert_ok, corpus_records, kg,
                    kg_command, kg_env, store_state, write_jsonl, REPO)

ARTICLES = 300
BATCH = "8"          # many small transactions: many moments where a kill lands between them
TRIALS = 20 if SLOW else 5
SEED = 20240917
ONTOLOGY_GRAPH = "https://w3id.org/geokg/graph/ontology"


@dataclass(frozen=True)
class Reference:
    """An uninterrupted build of the same input: what every article graph must hold."""

    source: Path
    state: StoreState
    seconds: float


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    folder = tmp_path_factory.mktemp("crash")
    source = write_jsonl(folder / "corpus.jsonl", corpus_records(ARTICLES))
    started = time.monotonic()
    assert_ok(kg("build", source, "--out", folder / "ref", "--batch-size", BATCH, "-q"))
    seconds = time.monotonic() - started
    state = store_state(folder / "ref")
    assert len(state.articles) == ARTICLES
    return Reference(source, state, seconds)


def assert_whole_articles(state: StoreState, ref: StoreState) -> None:
    """Every graph present is complete: same quad count as in the uninterrupted build."""
    wrong = {g: (n, ref.graphs.get(g)) for g, n in state.article_graphs().items() if ref.graphs.get(g) != n}
    assert not wrong, f"partial article graphs (found, expected): {list(wrong.items())[:5]}"
    assert set(state.articles.values()) == set(state.article_graphs()), "an article graph without its article"
    if ONTOLOGY_GRAPH in state.graphs:
        assert state.graphs[ONTOLOGY_GRAPH] == ref.graphs[ONTOLOGY_GRAPH]


def test_sigkill_at_random_moments_loses_no_whole_article(reference: Reference, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    killed = 0
    for trial in range(TRIALS):
        out = tmp_path / f"trial-{trial}"
        moment = rng.uniform(0.05, 1.0) * reference.seconds
        build = subprocess.Popen(kg_command("build", reference.source, "--out", out, "--batch-size", BATCH, "-q"),
                                 cwd=REPO, env=kg_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            build.wait(timeout=moment)
        except subprocess.TimeoutExpired:
            build.send_signal(signal.SIGKILL)
            killed += 1
        build.wait()
        assert build.returncode in (0, -signal.SIGKILL), build.stderr.read().decode()[-2000:] if build.stderr else ""
        build.stderr and build.stderr.close()
        if (out / "store").exists():
            assert_whole_articles(store_state(out), reference.state)
        # the rerun picks up where the killed build stopped and ends exactly at the reference
        assert_ok(kg("build", reference.source, "--out", out, "--batch-size", BATCH, "-q"))
        final = store_state(out)
        assert final.triples == reference.state.triples, f"trial {trial} (kill after {moment:.2f}s)"
        assert final.graphs == reference.state.graphs
    assert killed >= TRIALS - 1   # a kill drawn near the end may find the build already finished


def test_queries_during_a_build_see_only_whole_articles(reference: Reference, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build = subprocess.Popen(kg_command("build", reference.source, "--out", out, "--batch-size", BATCH, "-q"),
                             cwd=REPO, env=kg_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    answers: list[dict[str, int]] = []
    during = 0
    try:
        while build.poll() is None:
            if not (out / "store" / "CURRENT").exists():
                time.sleep(0.05)
                continue
            running = build.poll() is None
            proc = kg("query", "--store", out, "--format", "json", GRAPH_COUNTS)
            if proc.returncode != 0:
                # a reader may find the store mid-open; it must say so in one line, never answer wrongly
                assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1, proc.stderr
                continue
            rows = json.loads(proc.stdout)["results"]["bindings"]
            answer = {r["g"]["value"]: int(r["n"]["value"]) for r in rows}
            answers.append(answer)
            during += running and build.poll() is None
    finally:
        if build.poll() is None:
            build.kill()
        _, err = build.communicate()
    assert build.returncode == 0, err.decode()[-2000:]
    assert during >= 1, "no query ran while the build was running"
    for answer in answers:
        wrong = {g: n for g, n in answer.items()
                 if g.startswith(ARTICLE_GRAPH) and reference.state.graphs.get(g) != n}
        assert not wrong, f"a query saw partial articles: {list(wrong.items())[:5]}"
    assert store_state(out).graphs == reference.state.graphs
