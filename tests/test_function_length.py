"""Short functions in the extractor and the NLP rules: none over 40 lines (issue 19)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 40


def long_functions(root: Path = ROOT) -> list[tuple[str, str, int]]:
    """(file, function, lines) of every function in kg/extract and kg/nlp over LIMIT lines."""
    out = []
    for path in sorted([*root.glob("kg/extract/*.py"), *root.glob("kg/nlp/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > LIMIT:
                    out.append((str(path.relative_to(root)), node.name, lines))
    return out


def test_no_function_over_the_limit() -> None:
    assert not long_functions(), f"over {LIMIT} lines: {long_functions()}"


def test_the_measure_counts_a_function_from_def_to_its_last_line(tmp_path: Path) -> None:
    (tmp_path / "kg" / "nlp").mkdir(parents=True)
    body = "".join(f"    x{k} = {k}\n" for k in range(LIMIT - 1))
    (tmp_path / "kg" / "nlp" / "m.py").write_text(f"def short():\n{body}\n\ndef long():\n{body}    return 1\n")
    assert long_functions(tmp_path) == [("kg/nlp/m.py", "long", LIMIT + 1)]


if __name__ == "__main__":
    for row in long_functions():
        print(*row)
