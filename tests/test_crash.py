"""SIGKILL during `kg build`, and queries beside a running build: the store only ever
holds whole articles, and a rerun ends exactly where an uninterrupted build does.

Real corpus articles (skipped when ../shared/corpus is absent), kill moments from a
seeded random, so a failing trial can be replayed.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from corpus import (ARTICLE_GRAPH, GRAPH_COUNTS, REPO, SLOW, StoreState, assert_ok, corpus_records,
                    kg, kg_command, kg_env, store_state, write_jsonl)

ARTICLES = 120       # kill trials: each costs about one build
QUERY_ARTICLES = 200  # queries beside a build
WORKER_ARTICLES = 600
BATCH = "8"          # many small transactions: many moments where a kill lands between them
TRIALS = 20 if SLOW else 5
SEED = 20240917
ONTOLOGY_GRAPH = "https://w3id.org/geokg/graph/ontology"


@dataclass(frozen=True)
class Reference:
    """An uninterrupted build of the same input: what every article graph must hold, and
    when (seconds after the store's creation) the first and the last article were written."""

    source: Path
    state: StoreState
    first_write: float
    last_write: float


def _start_build(source: Path, out: Path) -> subprocess.Popen[bytes]:
    # its own process group, so the worker processes it spawns can be cleaned up after a kill
    return subprocess.Popen(kg_command("build", source, "--out", out, "--batch-size", BATCH, "-q"),
                            cwd=REPO, env=kg_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def _wait_for_store(build: subprocess.Popen[bytes], out: Path) -> float:
    """Wait until the build has created its store (start-up and input checks are done)."""
    while build.poll() is None and not (out / "store" / "CURRENT").exists():
        time.sleep(0.01)
    return time.monotonic()


def _articles_now(out: Path) -> int | None:
    """Articles a reader sees in the store right now (None while it cannot be opened)."""
    try:
        store = ox.Store.read_only(str(out / "store"))
        return len(list(store.query("SELECT ?a WHERE { GRAPH ?g { ?a a gkg:Article } }",
                                    prefixes={"gkg": "https://w3id.org/geokg/ontology#"})))
    except (OSError, RuntimeError):
        return None


def _reference(folder: Path, articles: int) -> Reference:
    source = write_jsonl(folder / "corpus.jsonl", corpus_records(articles))
    out = folder / "ref"
    build = _start_build(source, out)
    created = _wait_for_store(build, out)
    first = last = None
    while build.poll() is None:      # watch the writes, to aim the kills at them
        seen, now = _articles_now(out), time.monotonic() - created
        if seen and first is None:
            first = now
        if seen == articles and last is None:
            last = now
        time.sleep(0.05)
    _, err = build.communicate()
    assert build.returncode == 0, err.decode()[-2000:]
    state = store_state(out)
    assert len(state.articles) == articles
    end = time.monotonic() - created
    return Reference(source, state, first if first is not None else 0.0, last if last is not None else end)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    return _reference(tmp_path_factory.mktemp("crash"), ARTICLES)


def assert_whole_articles(state: StoreState, ref: StoreState) -> None:
    """Every graph present is complete: same quad count as in the uninterrupted build."""
    wrong = {g: (n, ref.graphs.get(g)) for g, n in state.article_graphs().items() if ref.graphs.get(g) != n}
    assert not wrong, f"partial article graphs (found, expected): {list(wrong.items())[:5]}"
    assert set(state.articles.values()) == set(state.article_graphs()), "an article graph without its article"
    if ONTOLOGY_GRAPH in state.graphs:
        assert state.graphs[ONTOLOGY_GRAPH] == ref.graphs[ONTOLOGY_GRAPH]


def test_sigkill_at_random_moments_loses_no_whole_article(reference: Reference, tmp_path: Path) -> None:
    _kill_trials(reference, tmp_path, TRIALS)


@pytest.mark.skipif(not SLOW, reason="builds of 600 articles with worker processes; set GEOKG_SLOW=1")
@pytest.mark.slow
def test_sigkill_during_a_build_with_worker_processes(tmp_path: Path) -> None:
    # 600 articles: beyond kg.build.MIN_ARTICLES_FOR_WORKERS, so NLP runs in worker processes
    _kill_trials(_reference(tmp_path, WORKER_ARTICLES), tmp_path, 5)


def _kill_trials(reference: Reference, tmp_path: Path, trials: int) -> None:
    rng = random.Random(SEED)
    writing = reference.last_write - reference.first_write
    survived: list[int] = []   # whole articles found in the store after each kill
    attempt = 0
    while len(survived) < trials:
        attempt += 1
        assert attempt <= 3 * trials, f"only {len(survived)} of {attempt - 1} builds could be killed"
        out = tmp_path / f"trial-{attempt}"
        build = _start_build(reference.source, out)
        _wait_for_store(build, out)
        # a quarter of the kills hit start-up (store created, workers loading), the rest the writes:
        # timed from the first article this build writes, so a busy machine does not shift them
        if rng.random() < 0.25:
            moment = rng.uniform(0.0, reference.first_write)
        else:
            moment = rng.uniform(0.0, writing + 0.5)
            while build.poll() is None and not _articles_now(out):
                time.sleep(0.02)
        try:
            build.wait(timeout=moment)
        except subprocess.TimeoutExpired:
            build.send_signal(signal.SIGKILL)      # only the build process, as the OOM killer would
        build.wait()
        _kill_group(build.pid)      # orphaned workers would hold the stderr pipe open
        _, err = build.communicate()
        state = store_state(out)
        if build.returncode == 0:   # finished before the kill: simply a complete build
            assert state.graphs == reference.state.graphs
            continue
        assert build.returncode == -signal.SIGKILL, f"attempt {attempt}: {err.decode()[-2000:]}"
        assert_whole_articles(state, reference.state)
        survived.append(len(state.articles))
        # the rerun picks up where the killed build stopped and ends exactly at the reference
        assert_ok(kg("build", reference.source, "--out", out, "--batch-size", BATCH, "-q"))
        final = store_state(out)
        assert final.triples == reference.state.triples, f"attempt {attempt}, kill after {moment:.2f}s"
        assert final.graphs == reference.state.graphs
    print(f"{trials} kills in {attempt} builds; whole articles in the store after each: {survived}")


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def test_queries_during_a_build_see_only_whole_articles(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "corpus.jsonl", corpus_records(QUERY_ARTICLES))
    out = tmp_path / "out"
    build = subprocess.Popen(kg_command("build", source, "--out", out, "--batch-size", BATCH, "-q"),
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
            answers.append({r["g"]["value"]: int(r["n"]["value"]) for r in rows})
            during += running and build.poll() is None
    finally:
        if build.poll() is None:
            build.kill()
        _, err = build.communicate()
    assert build.returncode == 0, err.decode()[-2000:]
    assert during >= 1, "no query ran while the build was running"
    # an article graph is written once per build, so each answer must match the finished store
    final = store_state(out)
    assert len(final.articles) == QUERY_ARTICLES
    for answer in answers:
        wrong = {g: (n, final.graphs.get(g)) for g, n in answer.items()
                 if g.startswith(ARTICLE_GRAPH) and final.graphs.get(g) != n}
        assert not wrong, f"a query saw partial articles (seen, final): {list(wrong.items())[:5]}"
