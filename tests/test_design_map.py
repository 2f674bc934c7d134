"""docs/DESIGN.md names every module of `kg` with its job, and no module that is gone: the module map is how the
next engineer finds code, so a module added without its line, or a line left behind by a rename, is a bug."""
from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DESIGN = (REPO / "docs" / "DESIGN.md").read_text(encoding="utf-8")
NAMED = re.compile(r"`([\w/.]+\.py)`")
SECTIONS = {"kg/nlp": "## The NLP pipeline", "kg/extract": "## The extractor"}   # a package with a section of its own


def _section(title: str) -> str:
    """The text under a `## ` heading, up to the next one."""
    start = DESIGN.index(title)
    end = DESIGN.find("\n## ", start + 1)
    return DESIGN[start:end if end > 0 else None]


def _modules() -> list[Path]:
    return sorted(p.relative_to(REPO) for p in (REPO / "kg").rglob("*.py") if p.name not in ("__init__.py", "__main__.py"))


def test_every_module_is_named() -> None:
    modules_table = _section("## Modules")
    missing = []
    for module in _modules():
        package = module.parent.as_posix()
        if package in SECTIONS:
            named = set(NAMED.findall(_section(SECTIONS[package])))
            found = module.name in named
        else:     # a top-level module by its path, a subpackage's module by its name in the package's row
            named = set(NAMED.findall(modules_table))
            found = module.as_posix() in named or (package != "kg" and module.name in named)
        if not found:
            missing.append(module.as_posix())
    assert not missing, f"modules docs/DESIGN.md does not name (add a line with its job): {missing}"


def test_no_named_module_is_gone() -> None:
    names = {p.name for p in (REPO / "kg").rglob("*.py")}
    gone = []
    for package, title in SECTIONS.items():
        gone += [f"{package}/{n}" for n in NAMED.findall(_section(title))
                 if "/" not in n and not (REPO / package / n).exists()]
    gone += [n for n in NAMED.findall(DESIGN) if "/" in n and n.startswith("kg/") and not (REPO / n).exists()]
    gone += [n for n in NAMED.findall(_section("## Modules")) if "/" not in n and n not in names]
    assert not gone, f"docs/DESIGN.md names modules that do not exist: {gone}"
