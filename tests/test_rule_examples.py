"""The example corpora of the extraction rules (`tests/corpus/*.jsonl`), run through the production
pipeline (`kg.nlp.build_nlp` + `kg.extract.extract`).

One row per invented sentence (or short text):

- `text`, and `date` (the article's date, ISO) where the row needs one;
- `dates`: optionally, the events' own dates (ISO, or null), in any order;
- the exact facts expected of the kinds the row names: `events` as [code, source, target] or, to
  pin how the text reports them, [code, source, target, factuality] (then every event of the row),
  `talks` as {kind, participants, place, status, start, end}, `entities` as [key, type],
  `affiliations` as [entity key, affiliation key], `relations` as [subject, relation, object],
  `persons` as the names of the Person and Official entities, `names` (the NLP pipeline's
  name spans, `doc._.geokg_hits`) as [text, label] or, to pin the rule that made each,
  [text, label, rule] (then every span of the row); an empty list means nothing of that kind
  may be read (a negative row);
- `fires`: rules that must have read something in it (in a fact's `rules` or traced);
  `silent`: rules that must not have.

Every rule in `kg.rules.RULES` (the NLP name rules and the extractor's) needs at least one row where it fires and one where
it is silent (see docs/DESIGN.md, "Adding a rule").
"""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from kg.extract import extract
from kg.facts import Article, ArticleFacts
from kg.nlp import Hit, build_nlp
from kg.rules import RULES, trace

CORPUS = Path(__file__).parent / "corpus"
KINDS = ("events", "talks", "persons", "entities", "affiliations", "relations", "names")


def _rows() -> list[tuple[str, int, dict]]:
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                rows.append((path.name, n, json.loads(line)))
    return rows


ROWS = _rows()


def _read(row: dict) -> tuple[ArticleFacts, tuple[Hit, ...], set[str]]:
    when = datetime.date.fromisoformat(row["date"]) if row.get("date") else None
    article = Article(id="example", text=row["text"], date=when)
    nlp = build_nlp()
    # the per-word rules run once per word and process: each row reads as if it came first
    nlp.get_pipe("geokg_gazetteer").gazetteer.forget()
    with trace() as names:
        doc = nlp(article.text)
        facts = extract(doc, article)
    used = set(names) | {r for fact in (*facts.entities, *facts.talks, *facts.interactions, *facts.relations)
                         for r in fact.rules}
    return facts, doc._.geokg_hits, used


def _key(fact: object) -> str:
    return json.dumps(fact, sort_keys=True)


def _events(facts: ArticleFacts, expected: list[list]) -> list[list]:
    """[code, source, target], and the factuality as a fourth item where the row's events name it."""
    factual = any(len(e) > 3 for e in expected)
    return sorted(([e.code, e.source, e.target, e.factuality] if factual else [e.code, e.source, e.target]
                   for e in facts.interactions), key=_key)


def _names(hits: tuple[Hit, ...], expected: list[list]) -> list[list]:
    """[text, label], and the rule as a third item where the row's names give it."""
    ruled = any(len(e) > 2 for e in expected)
    return sorted(([h.text, h.label, h.rule] if ruled else [h.text, h.label] for h in hits), key=_key)


def _talks(facts: ArticleFacts) -> list[dict]:
    return [{"kind": t.kind, "participants": list(t.participants), "place": t.place, "status": t.status,
             "start": t.start.iso() if t.start else None, "end": t.end.iso() if t.end else None}
            for t in facts.talks]


@pytest.mark.parametrize("row", [r[2] for r in ROWS], ids=[f"{name}:{n}" for name, n, _ in ROWS])
def test_example_row(row: dict) -> None:
    facts, hits, used = _read(row)
    assert any(kind in row for kind in KINDS), "a row names the facts it expects"
    if "events" in row:
        assert _events(facts, row["events"]) == sorted(row["events"], key=_key), row["text"]
    if "dates" in row:
        assert sorted((e.date.isoformat() if e.date else None for e in facts.interactions), key=str) \
            == sorted(row["dates"], key=str), row["text"]
    if "talks" in row:
        assert sorted(_talks(facts), key=_key) == sorted(row["talks"], key=_key), row["text"]
    if "persons" in row:
        assert sorted(e.name for e in facts.entities if e.type in ("Person", "Official")) == sorted(row["persons"])
    if "entities" in row:
        assert sorted([e.key, e.type] for e in facts.entities) == sorted(row["entities"]), row["text"]
    if "affiliations" in row:
        assert sorted([e.key, a] for e in facts.entities for a in e.affiliations) == sorted(row["affiliations"]), \
            row["text"]
    if "relations" in row:
        assert sorted([r.subject, r.relation, r.object] for r in facts.relations) == sorted(row["relations"]), \
            row["text"]
    if "names" in row:
        assert _names(hits, row["names"]) == sorted(row["names"], key=_key), row["text"]
    for name in row.get("fires", ()):
        assert name in RULES, f"unknown rule {name}"
        assert name in used, f"{name} did not fire on: {row['text']}"
    for name in row.get("silent", ()):
        assert name in RULES, f"unknown rule {name}"
        assert name not in used, f"{name} fired on: {row['text']}"


def test_every_rule_has_a_positive_and_a_negative_example() -> None:
    fires = {name for _, _, row in ROWS for name in row.get("fires", ())}
    silent = {name for _, _, row in ROWS for name in row.get("silent", ())}
    assert RULES, "the extractor declares its rules"
    missing = sorted((name, what) for name in RULES for what, names in (("positive", fires), ("negative", silent))
                     if name not in names)
    assert not missing, f"rules without examples: {missing}"


def test_rule_names_are_unique_kebab_case_and_documented() -> None:
    for name, rule in RULES.items():
        assert name == rule.name and name.replace("-", "").isalpha() and name.islower(), name
        assert len(rule.doc) > 20, f"{name} says what it reads"


def test_the_registry_imports_nothing_of_geokg() -> None:
    # kg.nlp and kg.extract both register rules in it: an import of either would be a cycle
    import ast
    import kg.rules
    tree = ast.parse(Path(kg.rules.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | \
        {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert imported and not any(m == "kg" or m.startswith("kg.") for m in imported if m), imported
