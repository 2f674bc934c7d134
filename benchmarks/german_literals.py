"""Count German word literals in the code of kg/extract and kg/nlp (issue 19: words belong in data).

A literal counts when it is a string constant outside a docstring that looks like a German word
(letters only, not all capitals, at least two letters), or a set/tuple/list of such words counts
once per word, and it is not a technical name (entity types, labels, kinds, codes: the words
`kg/facts.py` and the data files' headers and kind columns use).

Rule and stage names (the arguments of `declare`, `rule`, `fired`, `Stage`, `STAGE = …`), annotations
and subscript keys (`row["ending"]`) are names, not text, and do not count; `--with-names` counts them
too (the count before this exclusion: 1067 words at 507 sites on ca78100).

    python benchmarks/german_literals.py [--with-names] [ROOT]    # ROOT: a checkout, default this one

Prints the total and the count per file.
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

WORD = re.compile(r"^[A-Za-zÄÖÜäöüß]{2,}$")
# technical names that are not German text: types, labels, kinds, slots, statuses, field names
TECHNICAL = set("""
State Official Person Organization Place Talks PhoneCall Meeting Negotiation Summit Session Conference Interaction
PER ORG LOC STATE CAPITAL PLACE BODY TITLE NONE MISC
city region site media party armed other company international government acronym repeat prefix place
verb noun suffix obj gen sich none held planned past future asserted intended possible negated text article
de en utf id key name kind type label form role code iso cue cues pos context match requires targets value word
start end first last prep lemma lower text is_space idx words hits geokg_hits geokg pipe lookup mode
debug info warning error strict surname surnames sentence sentences overwrite nlp tokenizer abbreviations
""".split())
# English kind, form, column and stage names the rules compare ("club", "known", "credit"): names, not
# German text; `--with-names` counts them (and the rule names below) as before
NAMES = set("""
adjective demonym genitive known club head organ compound legal tail number town band body speaker class
continent weak credit title pair age address initials regnal coordinated yes no needed object matrix offer
exception data kg rb rt unknown both member accession unheld partner memberOf advisorTo agreement agreed host hosted span colleague guard
parser senter compute seat leader phone continue again relative weekday month event talks reference subject
federal passive invited received visited community between field apposition affiliations act team
reflexive official welcomed medium have ruling coalition take follow council ending led chamber ongoing ended modifier if
target sequence summoned table topic said direct unless conclude
""".split())


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _german(value: object, names: frozenset[str] | set[str] = frozenset()) -> list[str]:
    if not isinstance(value, str):
        return []
    words = value.split() if " " in value.strip() and all(WORD.match(w) for w in value.split()) else [value]
    return [w for w in words if WORD.match(w) and not w.isupper() and w not in TECHNICAL and w not in names]


def _messages(tree: ast.AST) -> set[int]:
    """Constants in f-strings, raised errors and log calls: messages, not word lists."""
    ids = set()
    for node in ast.walk(tree):
        log_call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            isinstance(node.func.value, ast.Name) and node.func.value.id in ("log", "logging", "warnings")
        if isinstance(node, (ast.JoinedStr, ast.Raise)) or log_call:
            ids |= {id(n) for n in ast.walk(node) if isinstance(n, ast.Constant)}
    return ids


# calls whose string arguments name rules and stages, not German text: `declare("x", "talks participants", …)`
RULE_CALLS = {"declare", "rule", "fired", "Stage"}


def _metadata(tree: ast.AST) -> set[int]:
    """Constants that name rules, stages, types, columns and kinds: rule declarations, `STAGE = …`, `__all__`,
    annotations (`"Gazetteer"`), subscript keys (`row["ending"]`, `table["weekday"]`)."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        parts: list[ast.AST] = []
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in RULE_CALLS:
                parts = [*node.args, *(k.value for k in node.keywords)]
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in ("STAGE", "__all__")
                                                  for t in node.targets):
            parts = [node.value]
        elif isinstance(node, ast.Subscript):
            parts = [node.slice]
        elif isinstance(node, (ast.arg, ast.AnnAssign)) and node.annotation is not None:
            parts = [node.annotation]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
            parts = [node.returns]
        for part in parts:
            ids |= {id(n) for n in ast.walk(part) if isinstance(n, ast.Constant)}
    return ids


def count(path: Path, metadata: bool = True) -> tuple[int, int]:
    """(German words in literals, literal sites: a constant, set, tuple or list holding any)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree) | _messages(tree) | (_metadata(tree) if metadata else set())
    names = NAMES if metadata else set()
    words = sites = 0
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and id(node) not in inside:
            found = [w for e in node.elts if isinstance(e, ast.Constant) and id(e) not in skip
                     for w in _german(e.value, names)]
            if found:
                sites += 1
                inside |= {id(e) for e in node.elts}
        if isinstance(node, ast.Constant) and id(node) not in skip:
            found = _german(node.value, names)
            words += len(found)
            sites += bool(found) and id(node) not in inside
    return words, sites


def main(root: Path, metadata: bool = True) -> None:
    per_file = {str(p.relative_to(root)): count(p, metadata)
                for sub in ("kg/extract", "kg/nlp") for p in sorted((root / sub).glob("*.py"))}
    words = sum(w for w, _ in per_file.values())
    sites = sum(s for _, s in per_file.values())
    print(f"German word literals in kg/extract and kg/nlp: {words} words at {sites} literal sites")
    for name, (w, s) in sorted(per_file.items(), key=lambda kv: -kv[1][0]):
        if w:
            print(f"  {w:5d} words {s:4d} sites  {name}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--with-names"]
    main(Path(args[0]) if args else Path(__file__).resolve().parents[1], "--with-names" not in sys.argv)
