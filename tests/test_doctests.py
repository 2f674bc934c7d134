"""The `>>>` examples in the docstrings of every module of `kg` run and pass."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg

MODULES = sorted(m.name for m in pkgutil.walk_packages(kg.__path__, "kg.") if not m.name.startswith("kg.cli.__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_module_examples_pass(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"


def test_the_extractor_and_nlp_have_examples() -> None:
    attempted = {}
    for name in MODULES:
        if name.startswith(("kg.extract", "kg.nlp")):
            finder = doctest.DocTestFinder()
            attempted[name] = sum(len(t.examples) for t in finder.find(importlib.import_module(name)))
    assert sum(attempted.values()) > 50, attempted
