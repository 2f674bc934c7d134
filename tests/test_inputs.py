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
    (lambda p: (p / "empty").mkdir() or p / "empty", "no input files"),
    (lambda p: (p / "x.csv").write_text("a") and p / "x.csv", "unsupported input"),
])
def test_unusable_paths_raise(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(InputError, match=message):
        inputs.scan([make(tmp_path)])


@pytest.mark.parametrize("line, message", [
    ('{"id": "a", "text": "x", "date": "2022-W01-1"}', "invalid 'date'"),    # ISO week date
    ('{"id": "a", "text": "x", "date": "20220109"}', "invalid 'date'"),
    ('{"id": "a", "text": "x", "date": "２０２２-01-09"}', "invalid 'date'"),  # full-width digits
    ('{"id": "a", "text": "x\\ud800y"}', "'text' holds an unpaired UTF-16 surrogate"),
    ('{"id": "\\udfff", "text": "x"}', "'id' holds an unpaired UTF-16 surrogate"),
    ('{"id": "a", "text": "x", "title": "\\ud83d"}', "'title' holds an unpaired"),
    ('{"id": ' + "1" * 5000 + ', "text": "x"}', "malformed JSON"),           # beyond int digit limit
    ("[" * 100_000 + "]" * 100_000, "malformed JSON"),                         # nested too deeply
    ('{"id": 1.5, "text": "x"}', "invalid 'id'"),
    ('{"id": true, "text": "x"}', "invalid 'id'"),
    ('{"id": "a", "text": ["x"]}', "'text' must be a string"),
    ('{"id": "a", "text": "x", "url": 5}', "'url' must be a string"),
    ('{"id": "a", "text": "x"} trailing', "malformed JSON"),
    ('null', "expected a JSON object"),
])
def test_more_bad_jsonl_lines_are_problems_not_crashes(tmp_path: Path, line: str, message: str) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "ok", "text": "Gut."}, line])
    scan = inputs.scan([path])
    [problem] = scan.problems
    assert problem.line == 2 and message in problem.message
    assert "\n" not in str(problem)


def test_paired_surrogate_escapes_are_one_character(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", ['{"id": "a", "text": "Gipfel \\ud83d\\ude00"}'])
    [article] = inputs.articles(inputs.scan([path]))
    assert article.text == "Gipfel \U0001F600"


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-16-le"),          # no BOM: every ASCII char followed by NUL
    lambda s: s.encode("utf-16-be"),
    lambda s: b'{"id": "a", "text": "x"}\n' + bytes(range(256)) * 4,
])
def test_binary_or_bomless_utf16_jsonl_is_one_problem(tmp_path: Path, encode) -> None:
    lines = "\n".join(json.dumps({"id": f"a{i}", "text": "Grüße"}) for i in range(50)) + "\n"
    path = tmp_path / "in.jsonl"
    path.write_bytes(encode(lines))
    scan = inputs.scan([path])
    assert len(scan.problems) == 1 and "NUL byte" in scan.problems[0].message
    assert scan.count <= 1


def test_jsonl_with_bom_and_crlf_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"id": "a", "text": "Eins."}\r\n{"id": "b", "text": "Zwei."}\r\n')
    assert [a.text for a in inputs.articles(inputs.scan([path]))] == ["Eins.", "Zwei."]


def test_latin1_line_in_jsonl_is_named_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Eins."}\n' + '{"id": "b", "text": "Grüße"}\n'.encode("latin-1")
                     + b'{"id": "c", "text": "Drei."}\n')
    scan = inputs.scan([path])
    [problem] = scan.problems
    assert problem.line == 2 and "not valid UTF-8" in problem.message
    assert [a.id for a in inputs.articles(scan)] == ["a", "c"]


def test_one_malformed_line_among_ten_thousand_is_named(tmp_path: Path) -> None:
    lines: list[object] = [{"id": f"n{i}", "text": f"Meldung {i}."} for i in range(10_000)]
    lines[5_000] = '{"id": "n5000", "text": "kaputt'
    path = write_jsonl(tmp_path / "big.jsonl", lines)
    scan = inputs.scan([path])
    assert [str(p) for p in scan.problems] == [f"{path}:5001: malformed JSON (Unterminated string starting at column 25)"]
    assert scan.count == 9_999 and sum(1 for _ in inputs.articles(scan)) == 9_999


def test_control_rtl_and_combining_characters_are_kept_exactly(tmp_path: Path) -> None:
    text = "Kiew\u0007 \u202eتقرير\u202c – Bu\u0308rgermeister\u200d trifft \x1b[31mLaw\u0000row."
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a\u200f\u0301\n", "text": text}])
    [article] = inputs.articles(inputs.scan([path]))
    assert (article.id, article.text) == ("a\u200f\u0301", text)


@pytest.mark.parametrize("bad_id, code", [(r"a\u0000b", "U+0000"), (r"\u001b[31m", "U+001B"), (r"x\uffff", "U+FFFF")])
def test_ids_with_control_characters_are_refused(tmp_path: Path, bad_id: str, code: str) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [f'{{"id": "{bad_id}", "text": "Text."}}'])
    [problem] = inputs.scan([path]).problems
    assert problem.message == f"'id' holds the control character {code} (ids must be printable)"
    txt = tmp_path / "a\x01b.txt"
    txt.write_text("Text.", encoding="utf-8")
    [problem] = inputs.scan([txt]).problems
    assert "U+0001" in problem.message and "\x01" not in str(problem)


def test_messages_about_odd_file_names_stay_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "zwei\nzeilen\x1b.txt"
    path.write_bytes(b"\xff\xfe")
    [problem] = inputs.scan([path]).problems
    assert "\n" not in str(problem) and "\x1b" not in str(problem)
    with pytest.raises(InputError) as err:
        inputs.scan([tmp_path / "fehlt\r\n.txt"])
    assert "\n" not in str(err.value) and "\r" not in str(err.value)


def test_duplicate_ids_across_files_and_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Eins.", encoding="utf-8")
    write_jsonl(tmp_path / "b.jsonl", [{"id": "a", "text": "Eins."}, {"id": "a", "text": "Zwei."}])
    scan = inputs.scan([tmp_path])
    assert scan.count == 1 and len(scan.problems) == 1
    assert [a.text for a in inputs.articles(scan)] == ["Eins."]


def test_special_files_and_symlink_loops_are_refused_or_ignored(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a regular file"):
        inputs.scan([Path("/dev/null")])
    (tmp_path / "a.txt").write_text("Eins.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [a.id for a in inputs.articles(inputs.scan([tmp_path]))] == ["a"]
