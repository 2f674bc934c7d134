"""Reading input: .txt, folders, .jsonl; every problem named with file and line."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg import inputs
from kg.errors import InputError


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                              for r in records) + "\n", encoding="utf-8")
    return path


def test_txt_file_id_is_its_stem(tmp_path: Path) -> None:
    (tmp_path / "berlin-01.txt").write_text("Berlin fordert Gespräche.", encoding="utf-8")
    scan = inputs.scan([tmp_path / "berlin-01.txt"])
    [article] = inputs.articles(scan)
    assert article.id == "berlin-01"
    assert article.text == "Berlin fordert Gespräche."


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zwei.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Eins.", encoding="utf-8")
    write_jsonl(tmp_path / "b" / "more.jsonl", [{"id": "j1", "text": "Drei."}])
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    ids = [a.id for a in inputs.articles(inputs.scan([tmp_path]))]
    assert ids == ["a", "j1", "z"]


def test_jsonl_fields_are_read(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"id": 7, "text": "Kiew – Text.", "title": "T", "date": "2022-01-09", "url": "https://x", "source": "S"},
    ])
    [article] = inputs.articles(inputs.scan([path]))
    assert (article.id, article.title, article.date, article.url, article.source) == (
        "7", "T", date(2022, 1, 9), "https://x", "S")


@pytest.mark.parametrize("line, message", [
    ('{"id": "a", "text": "x"', "malformed JSON"),
    ('{"id": "a"}', "missing 'text'"),
    ('{"text": "x"}', "invalid 'id'"),
    ('{"id": "a", "text": "x", "date": 20220109}', "'date' must be a string"),
    ('{"id": "a", "text": "x", "date": "2022-02-30"}', "invalid 'date'"),
    ('{"id": "a", "text": "   "}', "empty 'text'"),
    ('["id", "text"]', "expected a JSON object"),
])
def test_bad_jsonl_line_is_named_with_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "ok", "text": "Gut."}, line])
    scan = inputs.scan([path])
    [problem] = scan.problems
    assert str(problem).startswith(f"{path}:2: ")
    assert message in str(problem)
    assert [a.id for a in inputs.articles(scan)] == ["ok"]


def test_duplicate_id_with_other_text_is_a_problem_same_text_is_merged(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": "Eins."}, {"id": "a", "text": "Eins."}, {"id": "a", "text": "Anders."}])
    scan = inputs.scan([path])
    assert scan.count == 1
    [problem] = scan.problems
    assert problem.line == 3 and "duplicate id" in problem.message


@pytest.mark.parametrize("content, message", [
    ("Grüße aus Genf".encode("latin-1"), "not valid UTF-8"),
    ("Grüße".encode("utf-16"), "UTF-16"),
    (b"\x00\x01\x02binary", "binary file"),
    (b"", "empty article"),
])
def test_bad_txt_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [problem] = inputs.scan([path]).problems
    assert message in problem.message


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffMoskau bestreitet.".encode("utf-8"))
    [article] = inputs.articles(inputs.scan([path]))
    assert article.text == "Moskau bestreitet."


def test_unicode_line_separators_stay_inside_a_jsonl_text(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Eins\u2028zwei\u0085drei"}])
    [article] = inputs.articles(inputs.scan([path]))
    assert article.text == "Eins\u2028zwei\u0085drei"


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: (p / "empty").mkdir() or p / "empty", "no .txt or .jsonl files"),
    (lambda p: (p / "x.csv").write_text("a") and p / "x.csv", "unsupported input"),
])
def test_unusable_paths_raise(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(InputError, match=message):
        inputs.scan([make(tmp_path)])
