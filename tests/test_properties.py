"""Property-based tests: random text thrown at the reader, the normaliser, the NLP
pipeline, the extractor and the RDF stage never crashes them, and every character
offset they emit points into the article text."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg import inputs
from kg.facts import Article, ArticleFacts, Evidence
from kg.nlp.tokenizer import normalise

SLOW = os.environ.get("GEOKG_SLOW") == "1"
EXAMPLES = 2000 if SLOW else 150
PROPERTIES = settings(max_examples=EXAMPLES, deadline=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Words the gazetteer and lexicons react to (names, titles, cues, dates), so random
# texts reach the extractor's deeper paths, mixed with arbitrary Unicode.
VOCAB = (
    "Russland", "Ukraine", "USA", "Deutschland", "Frankreich", "China", "Nato", "EU", "UNO", "OSZE",
    "Putin", "Wladimir Putin", "Joe Biden", "Biden", "Selenskyj", "Scholz", "Macron", "Lawrow",
    "Präsident", "Präsidentin", "Außenminister", "Kanzler", "US-Präsident", "Berater", "Sprecher",
    "Genf", "Moskau", "Kiew", "Berlin", "Wien", "Weißen Haus", "Kreml",
    "traf", "trifft", "telefonierte", "telefonieren", "verhandeln", "droht", "drohte", "verurteilt",
    "fordert", "sagte", "kritisierte", "unterstützt", "lieferte", "greift", "an", "ab", "zu",
    "Sanktionen", "Gespräche", "Treffen", "Gipfel", "Verhandlungen", "Angriff", "Hilfe", "Waffen",
    "am", "Montag", "Dienstag", "9. Januar", "10.", "Januar", "2022", "1.1.2022", "kommende Woche",
    "in", "mit", "und", "oder", "sich", "er", "sie", "der", "die", "das", "dem", "des", "nicht", "wird",
    "hat", "soll", "dass", "weil", "wie", "als", "russische", "ukrainischen", "amerikanischen",
    ".", ",", ";", ":", "?", "!", "–", "-", "„", "“", "\"", "'", "(", ")", "…", "/",
    "\n", "\n\n", "\t", "\u00a0", "\u2011", "\u202f", "\u200b", "\u2028", "\r\n",
)
words = st.one_of(st.sampled_from(VOCAB), st.sampled_from(VOCAB), st.text(max_size=6))
separators = st.sampled_from([" ", " ", " ", "", "\n", "\u00a0", ". ", ", ", " – "])
texts = st.lists(st.tuples(words, separators), min_size=1, max_size=80).map(
    lambda parts: "".join(w + s for w, s in parts))


@PROPERTIES
@given(st.text())
def test_normalise_keeps_length_and_changes_only_spaces_and_hyphens(text: str) -> None:
    out = normalise(text)
    assert len(out) == len(text)
    assert all(a == b or b in " -" for a, b in zip(text, out))
    assert normalise(out) == out


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import build_nlp
    return build_nlp()


def _evidences(facts: ArticleFacts) -> list[Evidence]:
    found = [t.evidence for t in facts.talks] + [i.evidence for i in facts.interactions]
    return found + [r.evidence for r in facts.relations if r.evidence is not None]


def _assert_points_into(text: str, start: int, end: int, what: str) -> None:
    assert 0 <= start <= end <= len(text), f"{what} [{start}, {end}) outside a text of {len(text)}"


@PROPERTIES
@given(texts)
@example(text="als ")       # a rule reading the words after „als“ ran past the text's end
@example(text="Das Land ist seit")      # member-land read the predicate past the text's end
@example(text="Der Vorsitzende der Partei")     # orgnames' genitive name read past the text's end
def test_pipeline_and_extractor_never_crash_and_offsets_point_into_the_text(nlp, text: str) -> None:
    from kg.extract import extract
    from kg.extract.entities import read_entities

    article = Article(id="p", text=text)
    doc = nlp(text)
    assert len(doc.text) == len(text)
    for token in doc:
        _assert_points_into(text, token.idx, token.idx + len(token.text), "token")
    for hit in doc._.geokg_hits:
        _assert_points_into(text, hit.start, hit.end, "gazetteer hit")
    for mention in read_entities(doc, article).mentions:
        _assert_points_into(text, mention.start, mention.end, "mention")
        assert mention.end > mention.start
    facts = extract(doc, article)
    for evidence in _evidences(facts):
        _assert_points_into(text, evidence.start, evidence.end, "evidence")
        assert text[evidence.start:evidence.end] == evidence.sentence
    keys = {e.key for e in facts.entities}
    for talk in facts.talks:
        assert set(talk.participants) <= keys
    for event in facts.interactions:
        assert event.source in keys and (event.target is None or event.target in keys)


@PROPERTIES
@given(texts, st.text(min_size=1, max_size=40).filter(str.strip))
def test_rdf_of_random_text_loads_into_a_store_with_offsets_in_range(nlp, text: str, article_id: str) -> None:
    from kg.extract import extract
    from kg.rdf import article_quads
    from kg.vocab import GKG

    article = Article(id=article_id.strip(), text=text)
    quads = list(article_quads(extract(nlp(text), article)))
    store = ox.Store()
    store.extend(quads)
    assert len(store) == len(set(quads))
    for predicate in (GKG.evidenceStart, GKG.evidenceEnd):
        for quad in store.quads_for_pattern(None, predicate, None):
            assert 0 <= int(quad.object.value) <= len(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12)
records = st.fixed_dictionaries(
    {}, optional={"id": st.one_of(st.text(max_size=12), st.integers(), json_values),
                  "text": st.one_of(st.text(max_size=60), json_values),
                  "date": st.one_of(st.dates().map(str), st.text(max_size=12), json_values),
                  "title": st.one_of(st.text(max_size=12), json_values)})
lines = st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)),
                  records.map(json.dumps), json_values.map(json.dumps), st.text(max_size=40))


@PROPERTIES
@given(st.lists(lines, max_size=12), st.binary(max_size=64), st.booleans())
def test_reader_never_crashes_and_explains_every_skip_in_one_line(body: list[str], junk: bytes,
                                                                    add_junk: bool) -> None:
    data = "\n".join(body).encode("utf-8", "surrogatepass") + (b"\n" + junk if add_junk else b"")
    with tempfile.TemporaryDirectory() as folder:
        for name in ("in.jsonl", "in.txt"):
            path = Path(folder) / name
            path.write_bytes(data)
            scan = inputs.scan([path])
            good = list(inputs.articles(scan))
            assert len(good) == scan.count == len({a.id for a in good})
            for problem in scan.problems:
                assert "\n" not in str(problem) and "\r" not in str(problem)
            for article in good:
                assert article.id.strip() and article.text.strip()
                article.text.encode("utf-8")   # never a lone surrogate
                article.id.encode("utf-8")
