"""What the web readers hand on: raw pages to extract, and records they skip."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Raw:
    """One candidate article before extraction.

    `html` is a whole page (main text found by trafilatura) unless `fragment`:
    then it is a feed entry's content, all of it the article. `title`, `date`
    and `source` are what the container already says (a feed does); the page's
    own metadata fills what they leave empty.
    """

    path: Path
    where: str | None          # "record 3", "entry 2": where in the file; None for a whole file
    id: str
    html: bytes | str
    url: str | None = None
    title: str | None = None
    date: date | None = None
    source: str | None = None
    fragment: bool = False


@dataclass(frozen=True)
class Skip:
    """A record that is no article, counted under `reason` in the build summary."""

    reason: str
