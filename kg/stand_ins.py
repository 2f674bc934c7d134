"""Import a package while stand-ins serve modules it imports at load but the caller never uses.

Some dependencies import heavy modules for one rarely used function (pyvis imports IPython for a
notebook's frame, spaCy its whole command line for `spacy.info`). Loading them costs the build's
critical path; a stand-in module serves the one import and is removed afterwards, so a later
`import` of the real module loads it as usual.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType


@contextmanager
def standing_in(modules: dict[str, ModuleType]) -> Iterator[None]:
    """`modules` (name → stand-in) in `sys.modules` while the block imports; removed after it
    unless the block replaced one by the real module.

    >>> import types
    >>> with standing_in({"kg_example_heavy": types.ModuleType("kg_example_heavy")}):
    ...     import kg_example_heavy
    >>> "kg_example_heavy" in sys.modules
    False
    """
    sys.modules.update(modules)
    try:
        yield
    finally:
        for name, stand_in in modules.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
