"""The persistent RDF store: open it, write article batches atomically, run SPARQL.

A store location is a folder (the embedded Oxigraph store lives in `DIR/store`)
or the URL of a SPARQL 1.1 endpoint (`kg.store.remote`). Both answer SPARQL with the
default graph as the union of all named graphs, so users never need GRAPH
clauses, and both return pyoxigraph result objects.

The embedded store keeps that union materialised: every write also puts its
triples into the default graph (a set, so a statement that 10,000 articles
repeat is there once), and removing a graph removes only the triples no other
graph still holds. Oxigraph's own union view (`use_default_graph_as_union`)
yields a triple once per graph holding it, so joins over entities that many
articles describe multiply (a query taking 0.1 s here took 93 s that way on
10,000 articles; see benchmarks/README.md). A store written before this
(named graphs, empty default graph) is upgraded when opened for writing and
queried through the union view when opened read-only.
"""
from __future__ import annotations

import re
from pathlib import Path

from kg.defaults import STORE_FOLDER
from kg.errors import StoreError
from kg.store.base import GraphStore, QueryResult
from kg.store.local import LocalStore
from kg.store.remote import EndpointStore

__all__ = ["EndpointStore", "GraphStore", "LocalStore", "QueryResult", "check_location", "is_endpoint",
           "open_store", "store_path"]

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def store_path(out_dir: Path) -> Path:
    """The embedded store's folder inside an output folder."""
    return out_dir / STORE_FOLDER


def is_endpoint(location: str | Path) -> bool:
    """Whether a store location is a SPARQL endpoint URL rather than a folder."""
    return str(location).startswith(("http://", "https://"))


def check_location(location: str | Path) -> None:
    """Refuse a URL of another scheme: as a path, "ftp://x" would become the local folder ftp:/x.

    >>> check_location("ftp://x")
    Traceback (most recent call last):
    kg.errors.StoreError: ftp://x: not a store location; give a folder path or an http:// or https:// SPARQL endpoint URL
    """
    if isinstance(location, str) and _URL_SCHEME.match(location) and not is_endpoint(location):
        raise StoreError(f"{location}: not a store location; give a folder path or an "
                         "http:// or https:// SPARQL endpoint URL")


def open_store(location: str | Path, *, create: bool = False, read_only: bool = False) -> GraphStore:
    """Open the store of an output folder (or an endpoint URL).

    `create` makes a new embedded store where none exists; otherwise a missing
    store is an error. `read_only` lets queries run beside a running build.
    """
    if is_endpoint(location):
        return EndpointStore(str(location))
    check_location(location)
    folder = Path(location)
    path = store_path(folder)
    if not path.exists() and (folder / "CURRENT").exists():
        path = folder  # the user named the Oxigraph folder itself
    if not path.exists():
        if not create:
            raise StoreError(f"{folder}: no store here (run `kg build --out {folder}` first)")
        path.mkdir(parents=True)
    return LocalStore(path, read_only=read_only and not create)
