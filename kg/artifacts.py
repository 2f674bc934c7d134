"""After a build: the analysis and the files a user opens (being written)."""
from __future__ import annotations

from pathlib import Path

from kg.store import GraphStore


def write_artifacts(store: GraphStore, out_dir: Path, *, max_nodes: int | None = None) -> None:
    """Write analysis.json, graph.html and the exports (placeholder until kg/artifacts lands)."""
