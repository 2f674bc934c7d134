"""The learned name tagger never trains on a held-out article (`kg/data/tools/train_name_tagger.py`).

Every set of `benchmarks/heldout_eval.py` is left out by the ids its selection rule picks, so a set chosen
today is out before its annotation files exist; the ids docs/HELDOUT.md names check that selection from a
second source. Only ids are compared: no held-out text or annotation is read, and nothing is trained. Nor
does it train on the example rows where it must read a name no rule reads (their silver label says none).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.data.tools import train_name_tagger as trainer

REPO = Path(__file__).resolve().parents[1]
selection = trainer.heldout_selection()
pytestmark = pytest.mark.skipif(not trainer.CORPUS.is_file(), reason="shared corpus not present")


def documented_ids() -> set[str]:
    """The held-out ids docs/HELDOUT.md lists: „gnad-inland-001, -018, …“."""
    text = (REPO / "docs" / "HELDOUT.md").read_text(encoding="utf-8")
    ids = set()
    for prefix, first, rest in re.findall(r"(gnad-[a-z]+)-(\d{3})((?:,\s*-\d{3})*)", text):
        ids.update(f"{prefix}-{n}" for n in [first, *re.findall(r"\d{3}", rest)])
    return ids


@pytest.fixture(scope="module")
def held() -> set[str]:
    """Every set's ids as its selection rule picks them, whether or not its files exist yet."""
    dev_texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(trainer.DEV.glob("*.json"))]
    corpus = selection.read_corpus(trainer.CORPUS)
    chosen = {n: set(selection.select_set(n, corpus, dev_texts)) for n in selection.SETS}
    assert all(chosen.values()), chosen
    return set().union(*chosen.values())


def test_heldout_md_names_the_selected_ids(held):
    named = documented_ids()
    assert len(named) >= 8 * len(selection.SETS) - 1      # set 3 has 7
    assert named <= held, sorted(named - held)


@pytest.fixture(scope="module")
def trained() -> set[str]:
    return {ident for ident, _ in trainer.texts(trainer.CORPUS)}


def test_no_held_out_article_is_a_training_text(held, trained):
    leaked = trained & (held | documented_ids())
    assert trained and not leaked, sorted(leaked)


def test_no_row_of_the_tagger_itself_is_a_training_text(trained):
    rows = {f"{p.stem}-{n}" for p in (REPO / "tests" / "corpus").glob("*.jsonl")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines())
            if trainer.tests_the_tagger(json.loads(line))}
    assert rows and not rows & trained
