"""`kg analyze` (being written: network analysis summary)."""
from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Registered by kg/cli/analyze.py once the analysis lands."""
