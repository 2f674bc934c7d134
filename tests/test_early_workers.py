"""`kg build` starts its fork server before importing the build only where the build will want workers."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import fork_server
from kg.cli import build as build_command
from kg.defaults import MIN_ARTICLES_FOR_WORKERS


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each early start asked for (none is made); two cores whatever the machine has."""
    calls: list[bool] = []
    monkeypatch.setattr(fork_server, "start_early", lambda: calls.append(True))
    monkeypatch.setattr(fork_server, "cores", lambda: 2)
    return calls


def lines(folder: Path, count: int) -> Path:
    path = folder / "articles.jsonl"
    path.write_text('{"id": "a", "text": "Ein Text."}\n' * count, encoding="utf-8")
    return path


def test_a_large_input_into_a_new_store_starts_the_workers_early(tmp_path: Path, started: list[bool]) -> None:
    build_command.start_workers_early([str(lines(tmp_path, MIN_ARTICLES_FOR_WORKERS)), "--out", str(tmp_path / "out"), "-q"])
    assert started == [True]


@pytest.mark.parametrize("why", ["small input", "store exists", "endpoint", "bad argument", "text file"])
def test_no_early_start_where_the_build_may_want_no_workers(tmp_path: Path, started: list[bool], why: str) -> None:
    source = lines(tmp_path, MIN_ARTICLES_FOR_WORKERS - 1 if why == "small input" else MIN_ARTICLES_FOR_WORKERS)
    if why == "text file":
        source = source.rename(tmp_path / "articles.txt")
    out = tmp_path / "out"
    if why == "store exists":
        (out / "store").mkdir(parents=True)
    extra = {"endpoint": ["--store", "http://127.0.0.1:1/sparql"], "bad argument": ["--count", "some"]}.get(why, [])
    build_command.start_workers_early([str(source), "--out", str(out), *extra])
    assert started == []


def test_the_build_takes_over_the_early_server_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fork_server, "_early", (True, None))
    assert fork_server.take_early() == (True, None)
    assert fork_server.take_early() == (False, None)
