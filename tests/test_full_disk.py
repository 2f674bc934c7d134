"""A full disk at any step of `kg build` (issue 12): one line, exit 2, the store
consistent, and the artifacts either all the previous ones or all new ones.

Runs on a small tmpfs, which needs root and a kernel that lets this process mount
one; skipped with the reason otherwise. The sizes are found, not assumed: the test
shrinks the file system step by step below what a build needs and checks that it
met both a failure while the store was written and one while the artifacts were.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from corpus import assert_ok, kg, write_jsonl

from kg.artifacts import ARTIFACTS

ARTICLES = [{"id": f"a{k}", "date": "2022-02-24",
             "text": f"Kiew – Russland hat die Ukraine angegriffen, meldete die Regierung am {k % 28 + 1}. Februar. "
                     f"Außenminister Sergej Lawrow traf seinen Amtskollegen Dmytro Kuleba in Antalya. "
                     f"Die USA verurteilten den Angriff und kündigten Sanktionen gegen Russland an. Bericht {k}."}
            for k in range(40)]


# free space left for the build of all articles: 1 MB is too little for the store, 6 MB
# was enough for the store but not for the artifacts here; the others in case it differs
HEADROOM_KB = (1024, 6144, 5120, 7168, 8192, 10240, 4096, 12288)


def _mount(folder: Path, size: str, remount: bool = False) -> subprocess.CompletedProcess[str]:
    options = f"remount,size={size}" if remount else f"size={size}"
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, text=True, timeout=30)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = _mount(folder, "64m")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)


def _article_graphs(out: Path) -> dict[str, set[str]]:
    """Each article graph of the store in `out`, as its set of N-Triples lines."""
    store = ox.Store.read_only(str(out / "store"))
    graphs: dict[str, set[str]] = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        name = getattr(quad.graph_name, "value", "")
        if "/graph/article/" in name:
            graphs.setdefault(name, set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
    return graphs


def _artifacts(out: Path) -> dict[str, str]:
    return {name: hashlib.sha256((out / name).read_bytes()).hexdigest() for name in ARTIFACTS
            if (out / name).exists()}


def _used_kb(folder: Path) -> int:
    stat = os.statvfs(folder)
    return (stat.f_blocks - stat.f_bfree) * stat.f_frsize // 1024


def test_a_full_disk_ends_in_one_line_and_leaves_store_and_artifacts_consistent(tmpfs: Path, tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "first.jsonl", ARTICLES[:1])
    both = write_jsonl(tmp_path / "both.jsonl", ARTICLES)
    reference = tmp_path / "reference"
    assert_ok(kg("build", both, "--out", reference, "-q"))
    expected = _article_graphs(reference)
    out = tmpfs / "out"
    phases: set[str] = set()
    for headroom_kb in HEADROOM_KB:
        # the first article built with room to spare: the artifacts to keep
        assert _mount(tmpfs, "64m", remount=True).returncode == 0
        subprocess.run(["rm", "-rf", str(out)], check=True)
        assert_ok(kg("build", first, "--out", out, "-q"))
        before = _artifacts(out)
        assert sorted(before) == sorted(ARTIFACTS)
        # then the disk shrunk to a little more than it holds, and all articles built
        assert _mount(tmpfs, f"{_used_kb(tmpfs) + headroom_kb}k", remount=True).returncode == 0
        proc = kg("build", both, "--out", out, "-q")
        if proc.returncode == 0:
            continue
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
        [line] = proc.stderr.splitlines()
        # opening the store may already fail for want of space; RocksDB's own message says so
        assert line.startswith(f"kg build: error: {out}") and (
            "disk full while writing " in line or "No space left on device" in line), line
        phases.add("artifacts" if "the artifacts" in line else "store")
        # every article graph in the store is whole; the artifacts are all the previous ones
        for graph, triples in _article_graphs(out).items():
            assert triples == expected[graph], graph
        assert _artifacts(out) == before
        # with room again, the same build completes and cleans up after the failed one
        assert _mount(tmpfs, "64m", remount=True).returncode == 0
        assert_ok(kg("build", both, "--out", out, "-q"))
        assert _article_graphs(out) == expected
        assert sorted(_artifacts(out)) == sorted(ARTIFACTS)
        assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
        if phases == {"store", "artifacts"}:
            break
    assert phases == {"store", "artifacts"}, phases


def test_a_killed_builds_temporary_files_are_removed(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:2])
    out = tmp_path / "out"
    assert_ok(kg("build", source, "--out", out, "-q"))
    # what a build killed while writing the artifacts leaves behind
    (out / ".graph.trig.k1ll3d").write_text("@prefix", encoding="utf-8")
    (out / ".artifacts.x9y8z7").mkdir()
    (out / ".artifacts.x9y8z7" / "events.csv").write_text("id\n", encoding="utf-8")
    assert_ok(kg("build", source, "--out", out, "-q"))
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
