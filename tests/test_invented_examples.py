"""Example rows and the examples quoted in rule docs and in the documentation are invented German, not text lifted
from the articles we measure on: no quoted example shares a run of six words with the shared corpus, the dev gold
articles or the GermEval test sentences (read in place, never copied). A copied row would test a rule on the very
sentence it was tuned on, and would carry an evaluation article's wording into the repository."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SOURCES = (SHARED / "corpus" / "gnad-test.jsonl", SHARED / "eval" / "dev", SHARED / "eval" / "germeval" / "NER-de-test.tsv")
RUN = 6                 # words: shorter runs are everyday German („am Montag in der Hauptstadt“)
QUOTE = re.compile(r"„([^“]{0,400})“")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _source_texts() -> list[str]:
    corpus, dev, germeval = SOURCES
    texts = [" ".join(filter(None, (a.get("title"), a.get("text"))))
             for a in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())]
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(dev.glob("*.json"))]
    sentence: list[str] = []
    for line in germeval.read_text(encoding="utf-8").splitlines():   # one token a line, blank between sentences
        cells = line.split("\t")
        if len(cells) > 1 and not line.startswith("#"):
            sentence.append(cells[1])
        elif sentence:
            texts.append(" ".join(sentence))
            sentence = []
    return texts


class SourceRuns(set):
    """The sources' runs of words; its repr stays short, so a failure prints our examples, not the sources."""

    def __repr__(self) -> str:
        return f"<{len(self)} runs of {RUN} words>"


@pytest.fixture(scope="module")
def source_runs() -> SourceRuns:
    if not all(p.exists() for p in SOURCES):
        pytest.skip(f"shared sources not found under {SHARED}")
    runs = SourceRuns()
    for text in _source_texts():
        runs |= _runs(_words(text))
    return runs


def _row_examples() -> list[tuple[str, str]]:
    """(where, text) of every example row's sentence."""
    return [(f"{p.name}:{no}", json.loads(line)["text"])
            for p in sorted((REPO / "tests" / "corpus").glob("*.jsonl"))
            for no, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if line.strip()]


def _doc_quotes() -> list[tuple[str, str]]:
    """(where, quote) of every „…“ quote in the package's code and data files and in the documentation (README.md,
    docs/), also a quote that runs over adjacent string literals or comment lines."""
    quotes = []
    docs = [REPO / "README.md", *(REPO / "docs").glob("*.md")]
    for p in sorted([*(REPO / "kg").rglob("*.py"), *(REPO / "kg" / "data").glob("*.tsv"), *docs]):
        text = p.read_text(encoding="utf-8")
        text = re.sub(r'"\s*\n\s*f?r?"', " ", text)        # adjacent string literals
        text = re.sub(r"\n\s*#?\s*", " ", text)             # continued lines and comments
        quotes += [(str(p.relative_to(REPO)), m.group(1)) for m in QUOTE.finditer(text)]
    return quotes


def _copied(examples: list[tuple[str, str]], source_runs: set[tuple[str, ...]]) -> list[str]:
    return [f"{where}: „{' '.join(sorted(_runs(_words(text)) & source_runs)[0])}“"
            for where, text in examples if _runs(_words(text)) & source_runs]


def test_example_rows_are_invented(source_runs):
    assert _copied(_row_examples(), source_runs) == []


def test_quoted_doc_examples_are_invented(source_runs):
    assert _copied(_doc_quotes(), source_runs) == []


def test_a_copied_sentence_is_caught(source_runs):
    """The check itself: a run lifted from the sources is found, an invented sentence is not."""
    lifted = " ".join(next(iter(source_runs)))
    assert _copied([("lifted", f"Er sagte: {lifted}.")], source_runs)
    assert not _copied([("invented", "Der Minister Max Muster besuchte am Montag die Stadt Beispielhausen.")],
                       source_runs)
