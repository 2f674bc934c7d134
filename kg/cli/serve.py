"""`kg serve` (being written: SPARQL endpoint)."""
from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Registered by kg/cli/serve.py once the server lands."""
