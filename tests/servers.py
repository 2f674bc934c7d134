"""Real servers for tests: `oxigraph serve` and `kg serve` on free loopback ports, always stopped.

Plus a plain HTTP client (http.client), so the tests speak the protocol
themselves instead of going through our own code.
"""
from __future__ import annotations

import contextlib
import http.client
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[1]
STARTUP_SECONDS = 60


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def free_port() -> int:
    """A port free right now: another process may take it before we bind it. Servers bind port 0
    instead (see `kg_serve`, `oxigraph_serve`); this is for where /proc is missing."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def refusing_port() -> Iterator[int]:
    """A loopback port that refuses connections while the block runs: bound by us, never listening,
    so no other process can start listening there meanwhile."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield int(sock.getsockname()[1])


def request(url: str, *, method: str = "GET", body: bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 120) -> Response:
    """One HTTP request; any status comes back as a Response (no exceptions for 4xx/5xx)."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, path or "/", body=body, headers=headers or {})
        response = conn.getresponse()
        content_type = (response.getheader("Content-Type") or "").split(";")[0].strip()
        return Response(response.status, content_type, response.read())
    finally:
        conn.close()


def sparql_post(endpoint: str, query: str, accept: str = "application/sparql-results+json",
                timeout: float = 120, **form: str) -> Response:
    """POST a query form-encoded, as most clients do."""
    body = urllib.parse.urlencode({"query": query, **form}).encode()
    return request(endpoint, method="POST", body=body, timeout=timeout,
                   headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})


def wait_until_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            out = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"server exited with {process.returncode}: {out}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {STARTUP_SECONDS} s")


@contextmanager
def running(command: list[str], port: int) -> Iterator[subprocess.Popen[bytes]]:
    """Start a server process, wait for its port, and always stop it."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_listening(port, process)
        yield process
    finally:
        _stop(process)
        if process.stderr:
            process.stderr.close()


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


# `kg serve` says where it listens, once its query workers are ready.
SERVING = re.compile(r" at (http://\S+?)/ \(SPARQL endpoint: ")


@contextmanager
def kg_serve_process(store: str | Path, *args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`kg serve --store STORE --port 0 ARGS`: the process and its base URL, always stopped.

    Port 0: the server binds a port the system picks, and says which, so no other
    process can take it between choosing and binding. What the server writes to
    stderr is read as it comes, so the pipe never fills up and blocks the server.
    """
    process = subprocess.Popen(kg_command("serve", "--store", str(store), "--port", "0", *args), cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    lines: list[str] = []
    said: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_collect, args=(process.stderr, lines, said), daemon=True)
    reader.start()
    try:
        yield process, _serving_url(process, said, lines)
    finally:
        _stop(process)
        reader.join(timeout=30)  # end of file once the server and its children (workers, resource tracker) are gone
        if process.stderr and not reader.is_alive():  # never under a thread still reading it
            process.stderr.close()


def _collect(stream: IO[str], lines: list[str], said: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.append(line)
        said.put(line)
    said.put(None)


def _serving_url(process: subprocess.Popen[str], said: queue.Queue[str | None], lines: list[str]) -> str:
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            line = said.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise RuntimeError(f"kg serve named no address in {STARTUP_SECONDS} s: {''.join(lines)}") from None
        if line is None:
            process.wait(timeout=STARTUP_SECONDS)
            raise RuntimeError(f"kg serve exited with {process.returncode}: {''.join(lines)}")
        if found := SERVING.search(line):
            return found.group(1)


def _stop(process: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def kg_serve(store: str | Path, *args: str) -> Iterator[str]:
    """`kg serve --store STORE ARGS` on a port of its own; yields its base URL."""
    with kg_serve_process(store, *args) as (_, url):
        yield url


@contextmanager
def oxigraph_serve(location: Path, *args: str) -> Iterator[str]:
    """A real Oxigraph server (the `oxigraph` PyPI package) on a port of its own; yields its base URL.

    It binds port 0 and we read which port from /proc (it prints none), so no other
    process can take the port first; without /proc, a port that was free a moment ago.
    """
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    if not Path("/proc/self/fd").is_dir():
        port = free_port()
        with running([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *args], port):
            yield f"http://127.0.0.1:{port}"
        return
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", "127.0.0.1:0", *args],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{_port_of(process)}"
    finally:
        _stop(process)


def _port_of(process: subprocess.Popen[bytes]) -> int:
    """The port `process` listens on, once it listens."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        if (port := listening_port(process.pid)) is not None:
            return port
        time.sleep(0.1)
    raise RuntimeError(f"the server listens on no port after {STARTUP_SECONDS} s")


def listening_port(pid: int) -> int | None:
    """The TCP port process `pid` listens on, from Linux's /proc; None while it listens on none."""
    sockets = set()
    try:
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return None
    for fd in descriptors:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            sockets.add(target[len("socket:["):-1])
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if fields[3] == "0A" and fields[9] in sockets:  # 0A: LISTEN
                    return int(fields[1].rsplit(":", 1)[1], 16)
    return None
