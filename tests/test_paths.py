"""Input ids and output paths: `kg build` writes only inside --out, whatever the ids say,
and every article stays reachable by its id."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus import (assert_ok, assert_one_line_error, kg, store_state, tree_snapshot,
                    write_jsonl)

TEXT = "Genf – Russland und die USA verhandeln über die Ukraine."

HOSTILE_IDS = [
    "../../etc/passwd",
    "../../../../../../../../../../tmp/geokg-escape",
    "/etc/passwd",
    "/tmp/geokg-absolute",
    "..",
    ".",
    "~/.bashrc",
    "..\\..\\windows\\system32",
    "%2e%2e%2f%2e%2e%2fetc",
    "file:///etc/shadow",
    "store",                     # the name of the store folder inside --out
    "graph.html",
    "zeile\neins",
    "<script>alert(1)</script>",
    "\" } ; DROP ALL ; INSERT DATA { <a:b> <a:c> \"",
    "x" * 100_000,               # very long
    "/" * 300,
    "Ünïcödé/∂/😀",
]
# Refused with a named problem: kg.rdf keeps literals XML-safe, so a control character
# in an id could never be found again by its value.
REFUSED_IDS = ["a\x00b", "nul\x00../../x", "\x1b]0;pwned\x07"]


def _sparql_string(value: str) -> str:
    """A SPARQL string literal for any text (every non-printable character as \\uXXXX)."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch.isprintable() and ch not in "\r\n":
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08X}")
    return '"' + "".join(out) + '"'


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """A folder deep enough that '../..' from --out still lands inside it, with bystander files."""
    box = tmp_path / "sandbox"
    (box / "a" / "b" / "c").mkdir(parents=True)
    (box / "etc").mkdir()
    (box / "etc" / "passwd").write_text("root:x:0:0\n", encoding="utf-8")
    (box / "a" / "keep.txt").write_text("unberührt", encoding="utf-8")
    return box


def test_hostile_ids_stay_inside_out_and_are_queryable(sandbox: Path, tmp_path: Path) -> None:
    work = sandbox / "a" / "b" / "c"
    out = work / "out"
    write_jsonl(sandbox / "in.jsonl", [{"id": i, "text": f"{TEXT} ({n})"}
                                       for n, i in enumerate(HOSTILE_IDS + REFUSED_IDS)])
    # stems that are path words: "..txt" has the stem ".", "...txt" the stem ".."
    (sandbox / "dots").mkdir()
    for name in ("..txt", "...txt", "-rf.txt", "--out.txt"):
        (sandbox / "dots" / name).write_text(f"{TEXT} [{name}]", encoding="utf-8")
    before = tree_snapshot(sandbox)
    outside = {p: p.exists() for p in (Path("/tmp/geokg-escape"), Path("/tmp/geokg-absolute"))}

    # ".." and "." arrive twice (jsonl and txt stem) with different texts: a duplicate-id problem
    proc = kg("build", "in.jsonl", "dots", "--out", out.relative_to(sandbox), "--skip-bad", "-q", cwd=sandbox)
    assert_ok(proc)
    assert proc.stderr.count("duplicate id") == 2
    assert proc.stderr.count("ids must be printable") == len(REFUSED_IDS)
    assert "\x00" not in proc.stderr and "\x1b" not in proc.stderr

    after = tree_snapshot(sandbox, exclude=[out])
    assert after == before, "files outside --out were created or changed"
    assert {p: p.exists() for p in outside} == outside
    ids = {*HOSTILE_IDS, "-rf", "--out"}
    assert set(store_state(out).articles) == ids

    query = tmp_path / "ids.rq"
    values = " ".join(_sparql_string(i) for i in sorted(ids))
    query.write_text(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ VALUES ?id {{ {values} }} "
                     f"?a a gkg:Article ; dcterms:identifier ?id }}", encoding="utf-8")
    proc = kg("query", "--store", out, "--format", "json", "--file", query)
    assert_ok(proc)
    assert json.loads(proc.stdout)["results"]["bindings"][0]["n"]["value"] == str(len(ids))


def test_rebuild_with_hostile_ids_adds_nothing(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": f"{TEXT} ({n})"}
                                                 for n, i in enumerate(HOSTILE_IDS)])
    out = tmp_path / "out"
    assert_ok(kg("build", source, "--out", out, "-q"))
    first = store_state(out)
    again = kg("build", source, "--out", out)
    assert_ok(again)
    n = len(HOSTILE_IDS)
    assert f"{n} articles: 0 added, 0 replaced, {n} unchanged" in again.stderr   # every id found again
    assert store_state(out) == first


@pytest.mark.parametrize("make_out, message", [
    (lambda p: (p / "datei").write_text("x") and p / "datei", "datei"),
    (lambda p: (p / "datei").write_text("x") and p / "datei" / "unter", "datei"),
])
def test_unusable_out_is_one_line(tmp_path: Path, make_out, message: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT}])
    out = make_out(tmp_path)
    before = tree_snapshot(tmp_path)
    error = assert_one_line_error(kg("build", source, "--out", out))
    assert message in error
    assert tree_snapshot(tmp_path) == before


def test_unreadable_store_is_one_line(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT}])
    (tmp_path / "out" / "store").mkdir(parents=True)
    (tmp_path / "out" / "store" / "CURRENT").write_text("kaputt\n")
    error = assert_one_line_error(kg("build", source, "--out", tmp_path / "out"))
    assert "store" in error
