"""geokg's modules compiled once by the building process for the build's fork server.

Where bytecode is not written (`PYTHONDONTWRITEBYTECODE`, this machine's environment, or a
read-only checkout), every process compiles geokg's sources again: 0.3 of the fork server's
1.6-2 CPU s, on the build's critical path (the workers start when it is done), while the building
process waits for it on the other core. So the building process compiles them meanwhile into one
file (`write`), and the fork server, once spaCy is imported, loads their code from it (`use`).
A source changed since, or a module the file lacks, is compiled as before; nothing is written
beside the sources, and the file goes with the build.
"""
from __future__ import annotations

import importlib.machinery
import marshal
import os
import sys
import time
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

# Where the fork server finds the file (it inherits the building process's environment).
ENVIRONMENT_KEY = "GEOKG_PRECOMPILED"
PACKAGE = __name__.split(".")[0]
# How long the fork server waits for the file: the building process starts compiling as it starts
# the server, which imports spaCy first (0.5 s), so the file is seldom late, and waiting for the
# rest of it costs less than compiling all (0.3 s).
WAIT_SECONDS = 1.0
# path → (its source's mtime in ns, size in bytes, marshalled code)
Entries = dict[str, tuple[int, int, bytes]]


def needed() -> bool:
    """Whether the package's bytecode is not cached beside its sources (an installed wheel has
    it, and so has a checkout run where bytecode is written)."""
    cached = sys.modules[PACKAGE].__spec__.cached
    return not (cached and os.path.exists(cached))


def write(target: Path) -> Entries:
    """Compile every module of the package into `target` (written whole, then renamed); returns
    what it wrote, for `install`."""
    package = sys.modules[PACKAGE]
    entries: Entries = {}
    for root in package.__path__:
        for source in sorted(Path(root).rglob("*.py")):
            path = os.path.abspath(source)
            stat = os.stat(path)
            loader = importlib.machinery.SourceFileLoader(PACKAGE, path)
            code = loader.source_to_code(loader.get_data(path), path)
            entries[path] = (stat.st_mtime_ns, stat.st_size, marshal.dumps(code))
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(marshal.dumps(entries))
    os.replace(partial, target)
    return entries


def use(location: str | None = None, *, wait: float = WAIT_SECONDS) -> bool:
    """Import the package's modules from the file `write` made (at `location`, or the one the
    environment names), waiting up to `wait` seconds for it; True if it was there."""
    location = location or os.environ.get(ENVIRONMENT_KEY)
    if not location:
        return False
    deadline = time.monotonic() + wait
    # (the building process removes the folder where it cannot write the file)
    while not os.path.exists(location) and os.path.isdir(os.path.dirname(location)) \
            and time.monotonic() < deadline:
        time.sleep(0.005)
    try:
        entries = marshal.loads(Path(location).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    _remove(location)
    install(entries)
    return True


def install(entries: Entries) -> None:
    """Import the package's modules not imported yet from `entries` while their sources are unchanged."""
    sys.meta_path.insert(0, _Finder(entries))


def _remove(location: str) -> None:
    """The file once read, and its folder where that is empty now (the build makes one for it):
    a build killed later leaves nothing behind."""
    with suppress(OSError):
        os.remove(location)
        os.rmdir(os.path.dirname(location))


class _Loader(importlib.machinery.SourceFileLoader):
    """A source loader that takes a module's code from the entries while its source is unchanged."""

    def __init__(self, fullname: str, path: str, entries: Entries) -> None:
        super().__init__(fullname, path)
        self.entries = entries

    def get_code(self, fullname: str) -> CodeType | None:
        path = self.get_filename(fullname)
        mtime_ns, size, code = self.entries.get(os.path.abspath(path), (None, None, b""))
        stat = os.stat(path)
        if (stat.st_mtime_ns, stat.st_size) == (mtime_ns, size):
            return marshal.loads(code)
        return super().get_code(fullname)


class _Finder:
    """Finds the package's modules as the path finder does, with `_Loader` for their sources."""

    def __init__(self, entries: Entries) -> None:
        self.entries = entries

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> Any:
        if name != PACKAGE and not name.startswith(PACKAGE + "."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader \
                and os.path.abspath(spec.origin) in self.entries:
            spec.loader = _Loader(name, spec.origin, self.entries)
        return spec
