"""Counts, by kind, of the entities of one type that the scorer counts false on a held-out set: no name, no sentence.

    python benchmarks/heldout_eval.py --set N --kg "python -m kg.cli" --keep DIR
    python benchmarks/false_kinds.py DIR [--type Place] [--kg "python -m kg.cli"]

DIR is the folder `heldout_eval.py --keep` wrote (`gold/` and `score/out`). A sealed set's errors may be read as
categories only (docs/HELDOUT.md), so each false entity is reported as counts alone:
- why the scorer counts it false (`../shared/eval/score.py`): its name is no gold entity's (`unlisted`; `unlisted,
  a word shared` where a word of four letters or more of its names is one of a gold entity's, as „Naher Osten“
  beside a gold „Nahen Osten“ or „Frankfurt“ beside „Frankfurt am Main“: a label in another form), it names a
  required gold entity of another type (`other type: State`), or a second node stands for one gold entity
  (`duplicate`);
- where the article writes its names (`where`): after a preposition of place at least once („in Graz“), else
  elsewhere at least once, else only in the dateline („Wien – …“, „Wien/Graz – …“), only after a common noun
  („im Bezirk Graz“, „die Sparkasse Graz“), only inside a longer capitalised name („Hypo Alpe Adria“), or nowhere
  (an entity no word of the text names);
- the rules that read it in that article (`gkg:rule`).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shlex
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from kg import resources

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared" / "eval" / "score.py"
Q_RULES = """PREFIX gkg: <https://w3id.org/geokg/ontology#>
SELECT ?g ?e ?r WHERE { GRAPH ?g { ?e gkg:rule ?r } }"""
Q_NAMES = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } }"""
PLACE_PREPOSITIONS = frozenset("in im nach aus von vom bei um bis zwischen über durch nahe ins am an".split())
ARTICLES = frozenset("der die das dem den des und oder sowie mit für auf zu zur zum wie als".split())
DASHES = ("–", "-", "—")


@lru_cache(maxsize=1)
def scorer():
    """The shared scorer as a module: its queries and its matching are the ones that count."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_store(score, kg: list[str], store: Path) -> tuple[dict, dict, dict, dict]:
    """Per article the entities and their types; per entity its labels (scored) and all its names; per article
    and entity its rules."""
    ents: dict[str, dict[str, str]] = defaultdict(dict)
    for row in score.sparql(kg, store, score.Q_ENTITIES):
        t = row["type"].removeprefix(score.GKG)
        prev = ents[row["id"]].get(row["e"])
        if prev is None or (prev == "Person" and t == "Official"):
            ents[row["id"]][row["e"]] = t
    labels: dict[str, set[str]] = defaultdict(set)
    for row in score.sparql(kg, store, score.Q_LABELS):
        labels[row["e"]].add(row["label"])
    names: dict[str, set[str]] = defaultdict(set)
    for row in score.sparql(kg, store, Q_NAMES):
        names[row["e"]].add(row["n"])
    rules: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in score.sparql(kg, store, Q_RULES):
        rules[(row["g"].rsplit("/", 1)[-1], row["e"])].add(row["r"])
    return ents, labels, names, rules


def why_false(gold, hits: list[int], etype: str, matched: set[int]) -> str | None:
    """The scorer's reason to count an entity of `etype` with these gold hits false, or None (it counts right
    or optional); a required gold entity it matches is added to `matched`."""
    if not hits:
        return "unlisted"
    same = [i for i in hits if gold.entities[i]["type"] == etype]
    ge_index = (same or hits)[0]
    ge = gold.entities[ge_index]
    if ge.get("optional"):
        return None
    if ge["type"] != etype:
        return f"other type: {ge['type']}"
    if ge_index in matched:
        return "duplicate"
    matched.add(ge_index)
    return None


def shares_a_word(gold, names: set[str]) -> bool:
    """Whether a word of four letters or more of these names, folded as the scorer folds, is one of a gold
    entity's name or aliases."""
    def words(name: str) -> set[str]:
        return {w for w in scorer().norm(name).split() if len(w) >= 4}
    ours = set().union(*map(words, names)) if names else set()
    return any(ours & words(n) for e in gold.entities for n in [e["name"], *e.get("aliases", [])])


def where(text: str, names: set[str]) -> str:
    """Where the text writes these names: dateline only, inside a name only, after a preposition of place,
    elsewhere, nowhere."""
    kinds = {_kind(text, m.start(), m.end()) for name in names
             for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)}
    if not kinds:
        return "nowhere"
    for kind in ("after a preposition", "elsewhere"):
        if kind in kinds:
            return kind
    return " and ".join(sorted(kinds)) + " only"


def _kind(text: str, start: int, end: int) -> str:
    """The kind of one mention: in the dateline, after a preposition of place, after a common noun, inside a longer
    capitalised name, elsewhere."""
    before = text[max(0, start - 60):start].split()
    after = text[end:end + 60].split()
    if _in_dateline(text, start, end):
        return "dateline"
    if before and before[-1].lower() in PLACE_PREPOSITIONS:
        return "after a preposition"
    opens = not before or before[-1][-1:] in ".!?:\"“–"
    if not opens and before[-1] in resources.common_nouns():
        return "after a noun"
    if not opens and before[-1][:1].isupper() and before[-1].lower() not in ARTICLES or \
            after and after[0][:1].isupper() and text[end:end + 1] == " ":
        return "inside a name"
    return "elsewhere"


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether a mention stands in a dateline near the text's start: places joined by „/“ that open a sentence
    and end at a dash („Wien – …“, „Graz/Wien – …“)."""
    if start > 600:
        return False
    line_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("\" ", 0, start))
    head = text[line_start + 1:start].strip() if line_start >= 0 else text[:start].strip()
    rest = re.match(r"(?:/[^\s/–—-][^/–—]{0,40})*\s*[–—-]\s", text[end:])
    return rest is not None and all(part.strip()[:1].isupper() for part in head.split("/") if part.strip())


def false_kinds(keep: Path, etype: str, kg: list[str]) -> dict[str, Counter]:
    """Counters of the false entities of `etype` in a kept held-out run: by reason, where, rule, reason × where."""
    score = scorer()
    ents, labels, names, rules = read_store(score, kg, keep / "score" / "out")
    out: dict[str, Counter] = {"reason": Counter(), "where": Counter(), "rule": Counter(), "reason × where": Counter()}
    for path in sorted((keep / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold, matched = score.GoldArticle(data), set()
        for iri, t in sorted(ents[data["id"]].items()):
            reason = why_false(gold, gold.lookup(labels.get(iri, set())), etype, matched) if t == etype else None
            if reason is None:
                continue
            if reason == "unlisted" and shares_a_word(gold, names.get(iri, set()) | labels.get(iri, set())):
                reason = "unlisted, a word shared"
            place = where(data["text"], names.get(iri, set()) | labels.get(iri, set()))
            out["reason"][reason] += 1
            out["where"][place] += 1
            out["reason × where"][f"{reason} / {place}"] += 1
            out["rule"].update(rules.get((data["id"], iri), {"(none)"}))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep", type=Path, help="the --keep folder of heldout_eval.py")
    ap.add_argument("--type", default="Place", help="State, Official, Person, Organization or Place")
    ap.add_argument("--kg", default="python -m kg.cli", help="command that runs the project's CLI")
    args = ap.parse_args()
    for name, counts in false_kinds(args.keep, args.type, shlex.split(args.kg)).items():
        print(f"{args.type} false, by {name}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
