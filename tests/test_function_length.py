"""Short functions in the extractor and the NLP rules: none over 40 lines (issue 19)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 40


def long_functions() -> list[tuple[str, str, int]]:
    """(file, function, lines) of every function in kg/extract and kg/nlp over LIMIT lines."""
    out = []
    for path in sorted([*ROOT.glob("kg/extract/*.py"), *ROOT.glob("kg/nlp/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > LIMIT:
                    out.append((str(path.relative_to(ROOT)), node.name, lines))
    return out


# not yet split (issue 19): this list may only shrink
REMAINING = {
    ("kg/nlp/context.py", "_context"), ("kg/nlp/gazetteer.py", "from_resources"), ("kg/nlp/gazetteer.py", "match"),
    ("kg/nlp/names.py", "_names"), ("kg/nlp/names.py", "_extend"),
}


def test_no_new_function_over_the_limit() -> None:
    found = {(path, name) for path, name, _ in long_functions()}
    assert found <= REMAINING, f"over {LIMIT} lines: {sorted(found - REMAINING)}"


def test_the_remaining_list_names_only_long_functions() -> None:
    # a function split since drops out of REMAINING, so the list cannot hide a new one
    found = {(path, name) for path, name, _ in long_functions()}
    assert REMAINING <= found, f"no longer over {LIMIT} lines, remove from REMAINING: {sorted(REMAINING - found)}"


if __name__ == "__main__":
    for row in long_functions():
        print(*row)
