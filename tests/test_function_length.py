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


if __name__ == "__main__":
    for row in long_functions():
        print(*row)
