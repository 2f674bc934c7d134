"""The build's fork server: multiprocessing's forkserver, which loads the NLP pipeline
(`kg.worker_template`) once and forks the build's workers from itself.

Its load (1.05 CPU s) is the build's longest wait: the workers start when it is done. The build
starts it when it first needs workers (`kg.build._WorkerPool`); the command line starts it before
it has imported the build (`start_early`), where its arguments say that the build will want them,
and the build takes that server over (`take_early`). This module imports only the standard library
and `kg.precompiled`, so that start comes 0.1 CPU s sooner.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg import precompiled

PRELOAD = ["kg.worker_template"]
# The server's and the workers' BLAS threads, unless the user chose: one. Nothing they run multiplies
# large matrices, and OpenBLAS starting a thread per core with its buffers as spaCy imports numpy
# took 0.08 of the server's 1.05-1.3 CPU s.
BLAS_THREADS = "OPENBLAS_NUM_THREADS"
# The server the command line started (True) and the file of compiled code made for it.
_early: tuple[bool, Path | None] = (False, None)


def available() -> bool:
    """Whether this platform has fork servers (Windows has none: each spawned worker loads the pipeline)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def start() -> Path | None:
    """Start the fork server loading the pipeline, without waiting for it, and compile geokg's
    modules for it meanwhile (`kg.precompiled`); returns the file of compiled code, whose folder
    goes when the build ends (None: none was needed or could be written)."""
    from multiprocessing import forkserver

    forkserver.set_forkserver_preload(PRELOAD)
    compiled = _temporary_file("geokg-code.") if precompiled.needed() else None
    with _environment(precompiled.ENVIRONMENT_KEY, str(compiled or "")), \
            _environment(BLAS_THREADS, os.environ.get(BLAS_THREADS, "1")):
        forkserver.ensure_running()
    try:
        if compiled is not None:
            # the building process's own imports to come (the build, the artifacts) use them too
            precompiled.install(precompiled.write(compiled))
    except OSError:     # a full disk: the fork server compiles them itself, not waiting
        shutil.rmtree(compiled.parent, ignore_errors=True)
    return compiled


def start_early() -> None:
    """`start`, for the build this process will run (`take_early`)."""
    global _early
    if available() and not _early[0]:
        _early = (True, start())


def take_early() -> tuple[bool, Path | None]:
    """Whether the command line started the fork server for this build, and its compiled code's
    file; the build that takes it over ends it (a later build in this process starts its own)."""
    global _early
    taken, _early = _early, (False, None)
    return taken


def _temporary_file(prefix: str) -> Path | None:
    """A name for a file in a new temporary folder (None where none can be made)."""
    try:
        return Path(tempfile.mkdtemp(prefix=prefix)) / "file"
    except OSError:
        return None


@contextmanager
def _environment(key: str, value: str) -> Iterator[None]:
    """`key` set to `value` in the environment of the processes started in the block."""
    before = os.environ.get(key)
    os.environ[key] = value
    try:
        yield
    finally:
        if before is None:
            del os.environ[key]
        else:
            os.environ[key] = before
