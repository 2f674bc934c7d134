"""Run a command and measure its wall time and peak memory.

CPU seconds (user + system, workers included) are reported beside the wall
time because they do not depend on what else the machine runs. Two memory
figures, because the build may use worker processes: `maxrss_mb` is the
kernel's peak resident set of the largest single process in the tree
(`wait4` rusage, what `/usr/bin/time -v` reports), and `tree_peak_mb` is the
peak of the summed resident sets of the whole process tree, sampled from
/proc every `interval` seconds (Linux only; 0 where /proc is missing).
"""
from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Measured:
    """What one run of a command cost."""

    returncode: int
    seconds: float
    cpu_seconds: float      # user + system of the process and its (waited-for) children
    maxrss_mb: float
    tree_peak_mb: float


def run_measured(cmd: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
                 interval: float = 0.2, stdout=None, stderr=None) -> Measured:
    """Run `cmd` to completion; return its exit code, wall time and peak memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=stdout, stderr=stderr)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(interval):
            peak[0] = max(peak[0], tree_rss_bytes(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    cpu = usage.ru_utime + usage.ru_stime
    return Measured(proc.returncode, seconds, cpu, usage.ru_maxrss / 1024, peak[0] / 2**20)


def tree_rss_bytes(root: int) -> int:
    """The summed resident set of `root` and all its descendants (0 without /proc)."""
    children: dict[int, list[int]] = {}
    proc = Path("/proc")
    if not proc.is_dir():
        return 0
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name (field 2) may contain spaces: split after its closing ')'.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            total += int((proc / str(pid) / "statm").read_text().split()[1]) * _PAGE
        except (OSError, IndexError, ValueError):
            pass
    return total
