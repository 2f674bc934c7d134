"""The GermEval scorer (`benchmarks/germeval.py`) on an invented three-sentence file.

The sentences are made up here; the shared GermEval file is never read by tests.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks import germeval

REPO = Path(__file__).resolve().parents[1]

# index, token, outer tag, inner tag; a '#' header starts each sentence, a blank line ends it
INVENTED = """#\thttp://example.org/1 [2024-01-01]
1\tDer\tO\tO
2\tBürgermeister\tO\tO
3\tAnton\tB-PER\tO
4\tGrubmüller\tI-PER\tO
5\tsprach\tO\tO
6\tin\tO\tO
7\tWien\tB-LOC\tO
8\t.\tO\tO

#\thttp://example.org/2 [2024-01-02]
1\tDie\tO\tO
2\tdeutschen\tB-LOCderiv\tO
3\tBauern\tO\tO
4\tlesen\tO\tO
5\tden\tO\tO
6\tFeldboten\tB-OTH\tO
7\t.\tO\tO

#\thttp://example.org/3 [2024-01-03]
1\tDie\tO\tO
2\tNato\tB-ORG\tO
3\ttagte\tO\tO
4\tin\tO\tO
5\tOberwölz\tB-LOC\tO
6\t.\tO\tO
"""


def sentences(tmp_path: Path) -> list[germeval.Sentence]:
    path = tmp_path / "invented.tsv"
    path.write_text(INVENTED, encoding="utf-8")
    return germeval.read_tsv(path)


def test_the_file_is_read_into_sentences_and_spans(tmp_path: Path) -> None:
    first, second, third = sentences(tmp_path)
    assert first.tokens[2:4] == ("Anton", "Grubmüller") and len(third.tokens) == 6
    assert germeval.spans(first.tags) == [(2, 4, "PER"), (6, 7, "LOC")]
    assert germeval.spans(second.tags) == [(1, 2, "LOCderiv"), (5, 6, "OTH")]


def test_exact_spans_count_and_ignored_classes_count_neither_way(tmp_path: Path) -> None:
    first, second, third = sentences(tmp_path)
    predicted = [
        [(3, 4, "PER"), (6, 7, "LOC")],          # surname only: a miss and a false positive; Wien right
        [(1, 2, "LOC"), (5, 6, "ORG")],          # on a LOCderiv and an OTH span: neither way
        [(1, 2, "ORG"), (4, 5, "PER")],          # Nato right; Oberwölz typed PER: a miss and a false positive
    ]
    counts = germeval.score([first, second, third], predicted, lambda words, label: words == ("Nato",))
    assert (counts["PER"].tp, counts["PER"].fp, counts["PER"].fn) == (0, 2, 1)
    assert (counts["LOC"].tp, counts["LOC"].fp, counts["LOC"].fn) == (1, 0, 1)
    assert (counts["ORG"].tp, counts["ORG"].fp, counts["ORG"].fn) == (1, 0, 0)
    assert counts["ORG"].listed == [1, 1] and counts["LOC"].unlisted == [1, 2]
    _, rows = germeval.table(counts)
    assert rows["all"]["precision"] == 2 / 4 and rows["all"]["recall"] == 2 / 4
    assert rows["LOC"]["recall_unlisted"] == 0.5 and rows["ORG"]["recall_listed"] == 1.0


def test_mentions_that_cut_a_token_are_no_prediction() -> None:
    text, starts = germeval.layout(("US-Präsident", "Joe", "Biden"))
    assert text[starts[1]:] == "Joe Biden"
    mentions = [(0, 2, "State"), (13, 22, "Official"), (14, 22, "Official")]
    assert germeval.to_spans(mentions, starts, len(text)) == [(1, 3, "PER")]


def test_the_benchmark_runs_the_pipeline_on_a_file(tmp_path: Path) -> None:
    path = tmp_path / "invented.tsv"
    path.write_text(INVENTED, encoding="utf-8")
    out = tmp_path / "table.json"
    done = subprocess.run([sys.executable, "benchmarks/germeval.py", "--tsv", str(path), "--processes", "1",
                           "--json", str(out)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = json.loads(out.read_text(encoding="utf-8"))["classes"]
    assert {k: rows[k]["gold"] for k in ("PER", "LOC", "ORG", "all")} == {"PER": 1, "LOC": 2, "ORG": 1, "all": 4}
    assert rows["ORG"]["gold_listed"] == 1           # the Nato is in kg/data
    assert rows["LOC"]["tp"] >= 1                   # Wien is a listed capital
    assert "class" in done.stdout and "3 sentences" in done.stdout


def test_a_state_read_from_its_adjective_is_a_derived_prediction_the_measure_ignores() -> None:
    # our state mention on „deutschen“ names Germany by its adjective (a LOCderiv reading): where
    # the gold has no LOC there (here: none at all), it is no LOC false positive
    tokens = ("Die", "deutschen", "Bauern", "protestieren", ".")
    predicted = germeval.predict([tokens])
    assert predicted == [[(1, 2, "LOCderiv")]]
    sentence = germeval.Sentence(tokens=tokens, tags=("O",) * 5)
    counts = germeval.score([sentence], predicted, lambda words, label: False)
    assert all(counts[c].fp == 0 for c in germeval.CLASSES)
    assert germeval.score([sentence], [[(1, 2, "LOC")]], lambda words, label: False)["LOC"].fp == 1
