"""The query pool's workers: what stopping one releases, and what it leaves alone."""
from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query_pool import Job, QueryPool
from kg.store import open_store


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pool") / "out"
    graph = ox.NamedNode("urn:ex:graph")
    with open_store(out, create=True) as store:
        store.write_articles([(graph, [ox.Quad(ox.NamedNode("urn:ex:s"), ox.NamedNode("urn:ex:p"),
                                               ox.Literal("o"), graph)])], replace=False)
    return out


def test_a_worker_stopped_twice_leaves_a_reused_descriptor_open(store_dir: Path) -> None:
    with QueryPool(str(store_dir), size=1, timeout=30) as pool:
        assert pool.run(Job("ASK { ?s ?p ?o }")).status == 200
        worker = next(iter(pool._all))
        log_fd = worker.stderr_fd
        worker.stop()
        taken = []  # the OS hands out the lowest free numbers: take them up to the log's
        try:
            while not taken or taken[-1] < log_fd:
                taken.append(os.open(os.devnull, os.O_RDONLY))
            assert taken[-1] == log_fd
            worker.stop()  # e.g. a replacement stopped when the pool closed, then discarded
            os.fstat(log_fd)  # EBADF here if the second stop closed the number again
        finally:
            for fd in taken:
                os.close(fd)


def test_the_pool_answers_after_a_worker_is_stopped_and_replaced(store_dir: Path) -> None:
    with QueryPool(str(store_dir), size=1, timeout=30) as pool:
        worker = next(iter(pool._all))
        pool._replace(worker)
        assert pool.run(Job("ASK { ?s ?p ?o }")).body.endswith(b"true}")
