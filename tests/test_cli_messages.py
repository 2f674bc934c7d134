"""What the command line says when the user gets something wrong: one useful line, the right usage."""
from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from kg import sparql_errors
from test_end_to_end import kg


@pytest.fixture(scope="module")
def tiny_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("in") / "one.txt"
    src.write_text("Bundeskanzler Olaf Scholz traf am Montag in Paris Emmanuel Macron.", encoding="utf-8")
    out = src.parent / "out"
    run = kg("build", str(src), "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert "1 article: 1 added" in run.stderr   # one article, not "1 articles"
    return out


def error_line(run) -> str:
    assert run.returncode != 0 and "Traceback" not in run.stderr
    return run.stderr.strip().splitlines()[-1]


def test_a_mistyped_command_gets_a_suggestion() -> None:
    assert "did you mean 'build'?" in error_line(kg("biuld"))


def test_an_unknown_option_shows_the_usage_of_its_command() -> None:
    run = kg("build", "--foo")
    assert run.stderr.startswith("usage: kg build ")
    assert error_line(run) == "kg build: error: unrecognized arguments: --foo"
    assert "did you mean '--out'?" in error_line(kg("build", "--otu", "x"))
    assert "did you mean '--format'?" in error_line(kg("query", "--fromat", "csv", "ASK {}"))


def test_out_naming_a_file_says_so(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("not a folder", encoding="utf-8")
    line = error_line(kg("build", str(Path(__file__).parents[1] / "seeds"), "--out", str(target)))
    assert "is a file" in line and "File exists" not in line
    assert target.read_text(encoding="utf-8") == "not a folder"


def test_outside_the_repository_the_default_input_is_explained(tmp_path: Path) -> None:
    line = error_line(kg("build", cwd=tmp_path))
    assert "no INPUT given" in line and "seeds/" in line and "kg build FILE.jsonl" in line
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize("query, expected", [
    ("SELECT ?x WHERE { ?x a foo:Bar }",
     "malformed SPARQL at line 1, column 24: unknown prefix 'foo:' (declare it: PREFIX foo: <…>): "
     "SELECT ?x WHERE { ?x a ^foo:Bar }"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT x",
     "malformed SPARQL at line 1, column 35: expected HAVING, OFFSET, OPTIONAL or VALUES: "
     "…CT * WHERE { ?s ?p ?o } LIMIT ^x"),
    ("SELECT ?x WHERE {\n  ?x a ?y .\n  FILTER(?x > ) }",
     "malformed SPARQL at line 3, column"),
])
def test_sparql_errors_name_line_column_and_cause(tiny_build: Path, query: str, expected: str) -> None:
    run = kg("query", "--store", str(tiny_build), query)
    assert len(run.stderr.strip().splitlines()) == 1
    line = error_line(run)
    assert line.startswith("kg query: error: " + expected)
    assert "^" in line and "\\u{" not in line and "['" not in line   # no parser dump


def test_an_update_is_refused_as_read_only(tiny_build: Path) -> None:
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                   "PREFIX ex: <urn:ex:>\n# clean up\nDELETE WHERE { ?s ex:p ?o }"):
        line = error_line(kg("query", "--store", str(tiny_build), update))
        assert "SPARQL Update refused" in line and "read-only" in line
    after = kg("query", "--store", str(tiny_build), "--format", "csv", "SELECT ?s WHERE { ?s <urn:b> <urn:c> }")
    assert after.stdout.split() == ["s"]   # nothing was written


def test_docstring_examples() -> None:
    assert doctest.testmod(sparql_errors).failed == 0
