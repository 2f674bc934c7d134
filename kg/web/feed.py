"""News feeds (RSS 2.0, Atom; RSS 0.9x/1.0 too) → their entries, by feedparser.

Each entry is one candidate article: its title, date and link, and its full
content where the feed has it (RSS `content:encoded`, Atom `content`), else
its summary. The feed's title is the articles' source.
"""
from __future__ import annotations

import email.utils
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from kg.web.records import Raw, Skip

SUFFIXES = (".rss", ".atom", ".xml")
EMPTY_ENTRIES = "feed entry without text"


def feed_entries(path: Path) -> Iterator[Raw | Skip | str]:
    """The entries of a feed file as `Raw` fragments; a message (str) if it is no feed."""
    import feedparser

    try:
        data = path.read_bytes()
    except OSError as err:
        yield f"cannot read: {err.strerror or err}"
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            reason = str(parsed.get("bozo_exception", "")).strip().splitlines() or ["malformed"]
            yield f"not a readable RSS or Atom feed ({reason[0][:200]})"
        else:
            yield "no entries: not an RSS or Atom feed, or an empty one"
        return
    source = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        content = _content(entry)
        if not content.strip():
            yield Skip(EMPTY_ENTRIES)
            continue
        link = _text(entry.get("link"))
        yield Raw(path=path, where=f"entry {number}", id=link or _text(entry.get("id")) or f"{path.stem}#{number}",
                  html=content, url=link, title=_text(entry.get("title")), date=_entry_date(entry),
                  source=source, fragment=True)


def _content(entry: dict) -> str:
    """The fullest text the entry has: the longest of its contents, else its summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or ()]
    return max(contents, key=len) if any(contents) else entry.get("summary") or ""


def entry_date(raw: str | None) -> date | None:
    """The calendar day of an RSS (RFC 822) or Atom (RFC 3339) timestamp, in its own time zone.

    >>> entry_date("Mon, 07 Mar 2022 23:30:00 +0100"), entry_date("2022-03-07T23:30:00+01:00")
    (datetime.date(2022, 3, 7), datetime.date(2022, 3, 7))
    >>> entry_date("gestern") is None
    True
    """
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _entry_date(entry: dict) -> date | None:
    # The raw string keeps the publisher's day (feedparser's *_parsed are in UTC: a
    # story published 23:30 in Berlin would move to the day before).
    for key in ("published", "updated"):
        if found := entry_date(entry.get(key)):
            return found
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(*parsed[:3]) if parsed else None


def _text(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None
