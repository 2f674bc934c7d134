"""Hostile input through the real `kg build`: every bad input ends in one clear line
(or a clean skip with --skip-bad, reported at the end), never a traceback and never
a half-written store; odd but valid input builds completely."""
from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from corpus import (REPO, SLOW, assert_ok, assert_one_line_error, kg, store_state,
                    triple_count_by_query, write_jsonl)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder holding the store of the seed article, built once."""
    out = tmp_path_factory.mktemp("seeded") / "out"
    assert_ok(kg("build", REPO / "seeds", "--out", out, "-q"))
    return out


@pytest.fixture
def out(seeded: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded output folder, so no test sees another's writes."""
    copy = tmp_path / "out"
    shutil.copytree(seeded, copy)
    return copy


Maker = Callable[[Path], Path]


def _txt(content: bytes, name: str = "bad.txt") -> Maker:
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(content)
        return folder / name
    return make


def _jsonl(*lines: object, name: str = "bad.jsonl") -> Maker:
    return lambda folder: write_jsonl(folder / name, lines)


def _ten_thousand_with_one_malformed(folder: Path) -> Path:
    lines: list[object] = [{"id": f"n{i}", "text": f"Berlin meldet {i}."} for i in range(10_000)]
    lines[4_321] = '{"id": "n4321", "text": "abgebrochen'
    return write_jsonl(folder / "big.jsonl", lines)


def _empty_folder(folder: Path) -> Path:
    (folder / "leer").mkdir()
    return folder / "leer"


GOOD = {"id": "gut", "text": "Moskau – Russland droht der Ukraine."}

# (input maker, text the one error line must contain)
BAD_INPUTS: dict[str, tuple[Maker, str]] = {
    "malformed line among 10,000": (_ten_thousand_with_one_malformed, "big.jsonl:4322: malformed JSON"),
    "missing text": (_jsonl(GOOD, {"id": "x"}), "bad.jsonl:2: missing 'text'"),
    "missing id": (_jsonl({"text": "x"}), "bad.jsonl:1: missing or invalid 'id'"),
    "date of wrong type": (_jsonl({"id": "x", "text": "y", "date": 2022}), ":1: 'date' must be a string"),
    "invalid date": (_jsonl({"id": "x", "text": "y", "date": "2022-02-30"}), "invalid 'date' '2022-02-30'"),
    "latin-1 txt": (_txt("Grüße aus Genf".encode("latin-1")), "bad.txt: not valid UTF-8"),
    "latin-1 jsonl": (_txt('{"id": "x", "text": "Grüße"}\n'.encode("latin-1"), "l1.jsonl"),
                      "l1.jsonl:1: not valid UTF-8"),
    "utf-16 txt": (_txt("Grüße".encode("utf-16")), "UTF-16"),
    "utf-16 jsonl": (_txt(json.dumps(GOOD).encode("utf-16"), "u16.jsonl"), "UTF-16"),
    "bom-less utf-16 jsonl": (_txt(json.dumps(GOOD).encode("utf-16-le"), "u16.jsonl"), "NUL byte"),
    "binary txt": (_txt(bytes(range(256)) * 64), "binary file"),
    "binary jsonl": (_txt(bytes(range(256)) * 64, "bin.jsonl"), "bin.jsonl:1: NUL byte"),
    "empty txt": (_txt(b""), "bad.txt: empty article"),
    "empty jsonl": (_txt(b"", "leer.jsonl"), "leer.jsonl: empty file"),
    "blank jsonl": (_txt(b"\n \n\t\n", "leer.jsonl"), "leer.jsonl: empty file"),
    "empty folder": (_empty_folder, "no input files"),
    "missing file": (lambda folder: folder / "fehlt.jsonl", "no such file"),
    "unsupported suffix": (_txt(b"id,text\n", "x.csv"), "unsupported input"),
    "duplicate id, other text": (_jsonl(GOOD, {**GOOD, "text": "Anders."}), "bad.jsonl:2: duplicate id 'gut'"),
    "lone surrogate": (_jsonl('{"id": "x", "text": "a\\udc80b"}'), "unpaired UTF-16 surrogate"),
    "not an object": (_jsonl("[1, 2]"), "expected a JSON object"),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_is_one_line_and_leaves_the_store_untouched(name: str, out: Path, tmp_path: Path) -> None:
    make, expected = BAD_INPUTS[name]
    (tmp_path / "in").mkdir()
    before = store_state(out)
    error = assert_one_line_error(kg("build", make(tmp_path / "in"), "--out", out))
    assert expected in error
    assert store_state(out) == before


def test_bad_input_never_creates_a_store(tmp_path: Path) -> None:
    bad = write_jsonl(tmp_path / "in.jsonl", [GOOD, "{kaputt"])
    assert_one_line_error(kg("build", bad, "--out", tmp_path / "neu"))
    assert not (tmp_path / "neu").exists()


def test_all_problems_are_counted_in_the_one_line(out: Path, tmp_path: Path) -> None:
    bad = write_jsonl(tmp_path / "in.jsonl", [GOOD, "{", {"id": "x"}, "[]", {"id": "y", "text": " "}])
    error = assert_one_line_error(kg("build", bad, "--out", out))
    assert error.endswith("in.jsonl:2: malformed JSON (Expecting property name enclosed in double quotes "
                          "at column 2) (and 3 more problems; --skip-bad skips them)")


def test_skip_bad_builds_the_good_and_reports_every_bad_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    makers = [m for key, (m, _) in BAD_INPUTS.items()
              if key not in ("empty folder", "missing file", "unsupported suffix", "malformed line among 10,000")]
    for number, make in enumerate(makers):
        sub = folder / f"{number:02d}"
        sub.mkdir()
        make(sub)
    write_jsonl(folder / "good.jsonl", [{"id": "gut-2", "text": "Kiew – Selenskyj trifft Biden in Genf."}])
    proc = kg("build", folder, "--out", tmp_path / "out", "--skip-bad")
    assert_ok(proc)
    tail = proc.stderr[proc.stderr.index("skipped "):].splitlines()
    assert tail[0] == f"skipped {len(tail) - 1} bad input(s):"
    assert len(tail) - 1 == len(makers)   # the GOOD lines of "missing text" and "duplicate id" are one article
    assert sorted(store_state(tmp_path / "out").articles) == ["gut", "gut-2"]


def test_skip_bad_with_nothing_good_left_is_an_error_and_no_store(tmp_path: Path) -> None:
    bad = write_jsonl(tmp_path / "in.jsonl", ["{", {"id": "x"}])
    error = assert_one_line_error(kg("build", bad, "--out", tmp_path / "out", "--skip-bad"))
    assert "no readable articles" in error
    assert not (tmp_path / "out").exists()


ODD_TEXTS = {
    "bom": "\ufeffBerlin – Scholz telefoniert mit Macron.",
    "control characters": "Kiew\x00 –\x07 Selenskyj\x1b[31m trifft\x0b Biden\x7f\x85 in Genf.\x0c",
    "right-to-left": "\u202eGenf\u202c – Lawrow trifft Blinken. \u0627\u0644\u0631\u0626\u064a\u0633 \u200f\u200e\u2067x\u2069",
    "combining": "Bu\u0308rgermeister Lo\u0308ffler und Selen\u0306skyj; Z\u0336\u0321\u0347a\u0360lgo" * 3,
    "emoji and astral": "Moskau 🇷🇺 droht Kiew 🇺🇦 mit 𝕸𝖆𝖓ö𝖛𝖊𝖗𝖓 \U0010fffd.",
    "only punctuation": "– – … ??? !!! „“ » «",
    "line separators": "Erster Satz.\u2028Zweiter Satz.\u2029Dritter\r\nSatz.\rVierter.",
}


def test_odd_but_valid_texts_build_and_are_queryable(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "odd.jsonl", [{"id": k, "text": t} for k, t in ODD_TEXTS.items()])
    bom = tmp_path / "bom-datei.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + "Wien – Nehammer empfängt Selenskyj.".encode())
    out = tmp_path / "out"
    assert_ok(kg("build", path, bom, "--out", out, "-q"))
    state = store_state(out)
    assert sorted(state.articles) == sorted([*ODD_TEXTS, "bom-datei"])
    assert triple_count_by_query(out) == state.triples
    # a rebuild of the same input adds nothing: the odd texts round-trip through the store exactly
    assert_ok(kg("build", path, bom, "--out", out, "-q"))
    assert store_state(out) == state


def _ten_megabyte_article(folder: Path) -> Path:
    sentence = "Der russische Präsident Wladimir Putin traf am Montag in Genf den US-Präsidenten Joe Biden. "
    text = sentence * (10_000_000 // len(sentence) + 1)
    return write_jsonl(folder / "huge.jsonl", [{"id": "huge", "text": text}])


@pytest.mark.skipif(not SLOW, reason="a 10 MB article takes minutes; set GEOKG_SLOW=1")
@pytest.mark.slow
def test_ten_megabyte_article_builds(tmp_path: Path) -> None:
    # over the default size limit (5 MB): a user who expects such articles raises it
    out = tmp_path / "out"
    assert_ok(kg("build", _ten_megabyte_article(tmp_path), "--out", out, "-q", "--max-article-mb", "11",
                 timeout=3600))
    assert list(store_state(out).articles) == ["huge"]


def test_one_megabyte_article_builds_whole(tmp_path: Path) -> None:
    """The default-run stand-in for the 10 MB article: beyond spaCy's default max_length."""
    filler = "Die Lage blieb den ganzen Tag über unübersichtlich, hieß es am Abend. " * 50
    sentence = "Kiew – Selenskyj telefonierte am Montag mit Scholz und bat um Waffen. "
    text = (filler + sentence) * (1_100_000 // len(filler + sentence))
    path = write_jsonl(tmp_path / "big.jsonl", [{"id": "big", "text": text}])
    out = tmp_path / "out"
    assert_ok(kg("build", path, "--out", out, "-q", timeout=1200))
    assert list(store_state(out).articles) == ["big"]


def _one_word_articles(folder: Path, n: int) -> Path:
    words = ("Berlin", "Moskau", "Nato", "Genf", "Frieden", "Scholz", "und", "¿", "ü")
    return write_jsonl(folder / "words.jsonl", ({"id": f"w{i}", "text": words[i % len(words)]} for i in range(n)))


def test_hundred_thousand_one_word_articles_build(tmp_path: Path) -> None:
    n = 100_000 if SLOW else 10_000
    out = tmp_path / "out"
    assert_ok(kg("build", _one_word_articles(tmp_path, n), "--out", out, "-q", "--batch-size", "5000",
                 timeout=3600))
    state = store_state(out)
    assert len(state.articles) == n
    assert triple_count_by_query(out) == state.triples


def test_hundred_thousand_one_word_articles_validate_and_one_bad_is_named(tmp_path: Path) -> None:
    path = _one_word_articles(tmp_path, 100_000)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "w5", "text": "anders"}\n')
    error = assert_one_line_error(kg("build", path, "--out", tmp_path / "out"))
    assert error.endswith("words.jsonl:100001: duplicate id 'w5' with a different text")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("query", [
    "DROP ALL",
    "CLEAR DEFAULT",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "LOAD <file:///etc/passwd>",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 1 ; DROP ALL",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",   # fails while printing
    "SELEC ?x",
    "",
])
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_kg_query_never_writes_and_fails_in_one_line(out: Path, query: str, fmt: str) -> None:
    before = store_state(out)
    error = assert_one_line_error(kg("query", "--store", out, "--format", fmt, query), command="query")
    # An update is named as refused (the store is read-only); anything else is malformed or failed.
    assert any(why in error for why in ("malformed SPARQL", "query failed", "SPARQL Update refused"))
    assert store_state(out) == before


@pytest.mark.parametrize("make_store", [
    lambda p: p / "fehlt",
    lambda p: (p / "datei").write_text("x") and p / "datei",
    lambda p: (p / "kaputt" / "store").mkdir(parents=True) or (p / "kaputt" / "store" / "CURRENT").write_text("?")
    and p / "kaputt",
])
def test_kg_query_on_a_missing_or_broken_store_is_one_line(tmp_path: Path, make_store) -> None:
    assert_one_line_error(kg("query", "--store", make_store(tmp_path), "ASK {}"), command="query")


def test_a_second_build_into_a_store_in_use_is_one_line(out: Path, tmp_path: Path) -> None:
    from kg.store import open_store

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "neu", "text": "Wien – Österreich verurteilt den Angriff."}])
    before = store_state(out)
    with open_store(out):      # another writer holds the store
        error = assert_one_line_error(kg("build", source, "--out", out))
    assert "in use by another kg process" in error
    assert store_state(out) == before
