"""The modules of kg import each other without a cycle: a module is imported only by modules after it in the data
flow (docs/DESIGN.md), and a split that moved code into a new module kept it so. Only imports at module level count
(those inside a function or under `if TYPE_CHECKING:` run later); `from kg.extract import titles` is an import of
the module kg.extract.titles, not of the package."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Each module of kg → the modules of kg it imports at module level."""
    files = {module_name(p, root): p for p in (root / "kg").rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        edges = graph.setdefault(name, set())
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    edges.add(sub if sub in files else node.module)
            elif isinstance(node, ast.Import):
                edges.update(a.name for a in node.names)
        graph[name] = {m for m in edges if m in files and m != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle, as the modules along it, or [] where there is none."""
    state: dict[str, int] = {}      # 1: on the current path, 2: done
    path: list[str] = []

    def visit(m: str) -> list[str]:
        state[m] = 1
        path.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                return path[path.index(n):] + [n]
            if n not in state and (found := visit(n)):
                return found
        state[m] = 2
        path.pop()
        return []

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return []


def test_the_modules_of_kg_import_each_other_without_a_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert not cycle, " → ".join(cycle)


def test_a_cycle_is_found(tmp_path: Path) -> None:
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / "a.py").write_text("from kg.b import x\n")
    (tmp_path / "kg" / "b.py").write_text("from kg import a\n")
    (tmp_path / "kg" / "c.py").write_text("def f():\n    from kg.a import y\n")
    assert find_cycle(import_graph(tmp_path)) == ["kg.a", "kg.b", "kg.a"]
