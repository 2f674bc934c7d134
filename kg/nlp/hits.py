"""What the gazetteer component finds: typed character spans (`Hit`) stored on the Doc.

A hit may cover part of a token ("US" in "US-Präsident"), so hits carry
character offsets into the article text, not token spans.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

# STATE (key: ISO code), CAPITAL (key: ISO code; State or Place decided in extract),
# ORG (key: canonical name), BODY (generic government body), PLACE (canonical name),
# TITLE (key: role as written, nominative), PER (key: canonical name, or the name as written)
LABELS = ("STATE", "CAPITAL", "ORG", "BODY", "PLACE", "TITLE", "PER")


@dataclass(frozen=True)
class Hit:
    """One gazetteer or rule match.

    >>> Hit(0, 2, "STATE", "US", "US", 0, 1, "prefix").label
    'STATE'
    """

    start: int          # character offset, end exclusive
    end: int
    label: str
    key: str
    text: str
    tok: int            # first token index
    tok_end: int        # one past the last token
    form: str = "name"  # name, genitive, adjective, prefix, demonym, known, credit, title, first-name


if not Doc.has_extension("geokg_hits"):
    Doc.set_extension("geokg_hits", default=())
