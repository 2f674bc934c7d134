"""Real servers for tests: `oxigraph serve` and `kg serve` on free loopback ports, always stopped.

Plus a plain HTTP client (http.client), so the tests speak the protocol
themselves instead of going through our own code.
"""
from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


@contextmanager
def kg_serve(store: str | Path, *args: str) -> Iterator[str]:
    """`kg serve --store STORE ARGS` on a free port; yields its base URL."""
    port = free_port()
    with running(kg_command("serve", "--store", str(store), "--port", str(port), *args), port):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def oxigraph_serve(location: Path, *args: str) -> Iterator[str]:
    """A real Oxigraph server (the `oxigraph` PyPI package) on a free port; yields its base URL."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = free_port()
    with running([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *args], port):
        yield f"http://127.0.0.1:{port}"
