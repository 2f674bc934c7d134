"""The held-out annotations (set 1 in tests/heldout, sealed set 2 in
tests/heldout2, tuning set 3 in tests/heldout3, Inland set 4 in
tests/heldout4, sealed Wirtschaft set 5 in tests/heldout5, Wirtschaft tuning set 6 in
tests/heldout6): well-formed, free of corpus
text, resolvable by the scorer, still matching the corpus they were read
from, and chosen by the rule docs/HELDOUT.md states (re-derived here, so
the choice cannot drift silently).
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "gnad-test.jsonl"
SCORER = SHARED / "eval" / "score.py"
SET_DIRS = {1: HERE, 2: REPO / "tests" / "heldout2", 3: REPO / "tests" / "heldout3", 4: REPO / "tests" / "heldout4",
            5: REPO / "tests" / "heldout5", 6: REPO / "tests" / "heldout6"}
SET_SIZES = {1: 8, 2: 8, 3: 7, 4: 8, 5: 8, 6: 8}  # set 3: all the International articles its rule leaves
SET_FILES = {n: sorted(d.glob("gnad-*.json")) for n, d in SET_DIRS.items()}
ANNOTATIONS = [p for files in SET_FILES.values() for p in files]

TYPES = {"State", "Official", "Person", "Organization", "Place"}
TALK_KINDS = {"PhoneCall", "Meeting", "Negotiation", "Summit", "Session", "Conference"}
LONGEST_NAME = 80  # any longer string field would be copied text, not a name


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


heldout = _load("heldout_eval", REPO / "benchmarks" / "heldout_eval.py")
needs_corpus = pytest.mark.skipif(not CORPUS.is_file(), reason="shared corpus not present")


def _plover_codes() -> set[str]:
    return set(re.findall(r'skos:notation "([A-Z]+)"', (REPO / "ontology" / "plover.ttl").read_text(encoding="utf-8")))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def _as_list(x):
    return x if isinstance(x, list) else [x]


@pytest.fixture(scope="module")
def corpus():
    return heldout.read_corpus(CORPUS)


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("number", sorted(SET_DIRS))
def test_each_set_has_its_size(number: int):
    assert len(SET_FILES[number]) == SET_SIZES[number]


def test_the_sets_share_no_article():
    ids = [p.stem for files in SET_FILES.values() for p in files]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_id)
def test_annotation_is_well_formed_and_holds_no_text(path: Path):
    ann = json.loads(path.read_text(encoding="utf-8"))
    assert "text" not in ann
    assert ann["corpus_id"] == ann["id"] == path.stem
    assert re.fullmatch(r"[0-9a-f]{64}", ann["text_sha256"])
    assert all(len(s) <= LONGEST_NAME for s in _strings(ann)), "a long string looks like copied text"

    names = [e["name"] for e in ann["entities"]]
    assert len(names) == len(set(names))
    assert {e["type"] for e in ann["entities"]} <= TYPES
    for e in ann["entities"]:
        if e["type"] == "Official":
            assert "role" in e and e.get("affiliation"), e["name"]
            assert set(_as_list(e["affiliation"])) <= set(names)
    for rel in ann["relations"]:
        assert rel["relation"] in {"advisorTo", "memberOf"}
        assert {rel["subject"], rel["object"]} <= set(names)
    for talk in ann["talks"]:
        assert talk["kind"] in TALK_KINDS and talk["status"] in {"held", "planned"}
        assert set(talk["participants"]) <= set(names)
        assert talk["place"] is None or talk["place"] in names
    codes = _plover_codes()
    actors = {e["name"] for e in ann["entities"] if e["type"] in {"State", "Official", "Organization"}}
    for ev in ann["events"]:
        assert ev["type"] in codes
        assert set(_as_list(ev["source"])) <= actors, ev
        assert set(_as_list(ev["target"])) - {None} <= actors, ev


@needs_corpus
@pytest.mark.parametrize("path", ANNOTATIONS, ids=_id)
def test_annotation_matches_its_corpus_text(path: Path, corpus):
    gold = heldout.join_gold(json.loads(path.read_text(encoding="utf-8")), corpus)
    text = gold["text"].casefold()
    for e in gold["entities"]:
        assert any(f.casefold() in text for f in [e["name"], *e.get("aliases", [])]), e["name"]


@needs_corpus
def test_a_changed_text_is_refused(corpus):
    ann = json.loads(ANNOTATIONS[0].read_text(encoding="utf-8"))
    art = corpus[ann["corpus_id"]]
    changed = {ann["corpus_id"]: heldout.CorpusArticle(art.id, art.category, art.text + " ")}
    with pytest.raises(ValueError, match="SHA-256"):
        heldout.join_gold(ann, changed)


@needs_corpus
@pytest.mark.skipif(not SCORER.is_file(), reason="shared scorer not present")
def test_the_scorer_resolves_every_name(corpus):
    scorer = _load("shared_score", SCORER)
    for path in ANNOTATIONS:
        g = scorer.GoldArticle(heldout.join_gold(json.loads(path.read_text(encoding="utf-8")), corpus))
        refs = [a for e in g.entities for a in _as_list(e.get("affiliation"))]
        refs += [n for r in g.data["relations"] for n in (r["subject"], r["object"])]
        refs += [p for t in g.data["talks"] for p in [*t["participants"], t["place"]]]
        refs += [n for ev in g.data["events"] for n in [*_as_list(ev["source"]), *_as_list(ev["target"])]]
        for name in refs:
            if name is not None:
                i = g.index_of(name)
                assert i not in (None, -1) and g.entities[i]["name"] == name, (path.stem, name)


@needs_corpus
@pytest.mark.parametrize("number", sorted(SET_DIRS))
def test_the_selection_rule_picks_exactly_these_articles(number: int, corpus):
    dev = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted((SHARED / "eval" / "dev").glob("*.json"))]
    assert sorted(heldout.select_set(number, corpus, dev)) == [p.stem for p in SET_FILES[number]]


@needs_corpus
@pytest.mark.parametrize("number", sorted(SET_DIRS))
def test_each_set_is_drawn_from_its_category(number: int, corpus):
    assert {corpus[p.stem].category for p in SET_FILES[number]} == {heldout.SETS[number].category}


@needs_corpus
def test_set_1_keeps_its_original_rule(corpus):
    dev = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted((SHARED / "eval" / "dev").glob("*.json"))]
    assert heldout.select(corpus, dev) == [p.stem for p in SET_FILES[1]]


@needs_corpus
@pytest.mark.parametrize("number", sorted(SET_DIRS))
def test_the_joined_gold_files_are_complete(number: int, tmp_path: Path, corpus):
    written = heldout.write_gold_dir(SET_DIRS[number], corpus, tmp_path)
    assert [p.name for p in written] == [p.name for p in SET_FILES[number]]
    gold = json.loads(written[0].read_text(encoding="utf-8"))
    assert gold["text"] == corpus[gold["id"]].text
    assert "corpus_id" not in gold and "text_sha256" not in gold


@needs_corpus
@pytest.mark.skipif(not SCORER.is_file(), reason="shared scorer not present")
@pytest.mark.parametrize("number", sorted(SET_DIRS))
def test_the_evaluation_runs_end_to_end(number: int, tmp_path: Path):
    run = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "heldout_eval.py"), "--set", str(number), "--keep", str(tmp_path),
         "--kg", f"{sys.executable} -m kg.cli", "--json", str(tmp_path / "m.json")],
        capture_output=True, text=True, timeout=900, cwd=REPO)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "score: entities F1" in run.stdout
    metrics = json.loads((tmp_path / "m.json").read_text())
    assert metrics["articles"] == SET_SIZES[number]
