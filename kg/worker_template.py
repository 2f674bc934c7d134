"""The build's worker template: the fork server imports this module before it forks the workers
(`kg.build._WorkerPool`), so the NLP pipeline it loads here is loaded once per build, not once
per worker, and every worker inherits it.

The garbage collector is off while it loads (Python's advice for processes that fork: disable
early, freeze before forking): the load makes a million objects that live as long as the
workers, and the collector's full passes over them cost 0.15-0.2 of its 1.2 CPU s, all of it on
the build's critical path (the workers start when it is done). It found ~1,000 garbage objects."""
import gc
import sys
import types
from typing import Any

from kg.stand_ins import standing_in

gc.disable()


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported with the command line when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy_without_cli() -> None:
    """Import spaCy without its command line: the package imports `spacy.cli.info` for `spacy.info`
    alone, and with it every command (typer, weasel, the download and training commands), 0.2-0.25
    of the fork server's 1.5 CPU s, on the build's critical path. Stand-ins serve that one import
    and are removed after it, so a later `import spacy.cli` loads the real package."""
    if "spacy" in sys.modules:
        return
    stand_ins = {name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stand_ins["spacy.cli.info"].info = _spacy_info      # type: ignore[attr-defined]
    with standing_in(stand_ins):
        import spacy  # noqa: F401


import_spacy_without_cli()

from kg import precompiled  # noqa: E402

precompiled.use()       # geokg's code as the building process compiled it meanwhile, if it is there

from kg.build import preload_processor  # noqa: E402

preload_processor()     # ends with gc.freeze()
gc.enable()
