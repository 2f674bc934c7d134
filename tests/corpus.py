"""Shared helpers of the end-to-end tests: run `kg` as a real subprocess, read the
shared corpus in place, count what a store holds, snapshot a folder tree.

Not a test module (no `test_` prefix); the tests import it as `from corpus import …`
(pytest puts `tests/` on sys.path, see rootdir-relative imports).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pytest

from kg.store import open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "gnad-test.jsonl"
SLOW = os.environ.get("GEOKG_SLOW") == "1"

COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPH_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
ARTICLE_GRAPH = "https://w3id.org/geokg/graph/article/"
_ARTICLE_IDS = "SELECT ?g ?id WHERE { GRAPH ?g { ?a a gkg:Article ; dcterms:identifier ?id } }"


def kg_command(*args: str | Path) -> list[str]:
    """The argv that runs `kg` from this checkout, whatever the working folder."""
    return [sys.executable, "-m", "kg.cli", *map(str, args)]


def kg_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("GEOKG_SLOW", None)
    return env


def kg(*args: str | Path, cwd: Path | None = None, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """Run `kg ARGS` to completion and return its exit code, stdout and stderr."""
    return subprocess.run(kg_command(*args), cwd=cwd or REPO, env=kg_env(), capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout)


def assert_one_line_error(proc: subprocess.CompletedProcess[str], command: str = "build") -> str:
    """A refused run: non-zero exit, exactly one line on stderr, no traceback. Returns the line."""
    assert proc.returncode != 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"kg {command}: error: "), lines[0]
    return lines[0]


def assert_ok(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-3000:]


def write_jsonl(path: Path, records: Iterable[object]) -> Path:
    """One JSON object (or raw string) a line."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(record if isinstance(record, str) else json.dumps(record, ensure_ascii=False))
            handle.write("\n")
    return path


def corpus_records(n: int | None = None, *, start: int = 0) -> list[dict[str, str]]:
    """The first `n` articles of the shared corpus as {"id", "text"} (skips the test when absent)."""
    if not CORPUS.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    with CORPUS.open(encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle if line.strip())
        stop = None if n is None else start + n
        return [{"id": r["id"], "text": r["text"]} for r in islice(rows, start, stop)]


@dataclass(frozen=True)
class StoreState:
    """What a store holds: all quads, the quads of each named graph, and article id → its graph."""

    triples: int
    graphs: dict[str, int]
    articles: dict[str, str]

    def article_graphs(self) -> dict[str, int]:
        """Quad counts of the article graphs only (not ontology or analysis)."""
        return {g: n for g, n in self.graphs.items() if g.startswith(ARTICLE_GRAPH)}


def store_state(out_dir: Path) -> StoreState:
    """Open the store of `out_dir` (read-only) and count it."""
    with open_store(out_dir, read_only=True) as store:
        graphs = {r["g"].value: int(r["n"].value) for r in store.query(GRAPH_COUNTS)}
        articles = {r["id"].value: r["g"].value for r in store.query(_ARTICLE_IDS)}
        return StoreState(sum(graphs.values()), graphs, articles)


def triple_count_by_query(store: str | Path) -> int:
    """The quad count as `kg query --format json` reports it."""
    proc = kg("query", "--store", store, "--format", "json", COUNT_QUERY)
    assert_ok(proc)
    [binding] = json.loads(proc.stdout)["results"]["bindings"]
    return int(binding["n"]["value"])


@dataclass(frozen=True)
class Entry:
    """One file system entry as a snapshot sees it."""

    kind: str          # "file", "dir", "link", "other"
    size: int
    mtime_ns: int


def tree_snapshot(root: Path, *, exclude: Sequence[Path] = ()) -> dict[str, Entry]:
    """Every entry under `root` (not following links), keyed by relative path; `exclude` subtrees left out."""
    skip = {p.resolve() for p in exclude}
    found: dict[str, Entry] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if (here / d).resolve() not in skip]
        for name in [*dirnames, *filenames]:
            path = here / name
            st = path.lstat()
            kind = ("link" if path.is_symlink() else "dir" if path.is_dir()
                    else "file" if path.is_file() else "other")
            found[str(path.relative_to(root))] = Entry(kind, st.st_size if kind == "file" else 0,
                                                       st.st_mtime_ns if kind != "dir" else 0)
    return found


def select_rows(out: Path, sparql: str) -> list[tuple[str | None, ...]]:
    """The rows of a SELECT on a built output folder's store, read-only, as tuples of values (None: unbound)."""
    with open_store(out / "store", read_only=True) as store:
        result = store.query(sparql)
        names = [v.value for v in result.variables]
        return [tuple(None if row[n] is None else row[n].value for n in names) for row in result]
