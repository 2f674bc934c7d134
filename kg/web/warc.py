"""Web crawls (WARC, plain or gzipped, e.g. Common Crawl's CC-NEWS) → their HTML pages, by warcio.

Every HTML response record is one candidate article, its WARC-Target-URI its
URL; every other record (requests, metadata, images, scripts, redirects) is
skipped and counted.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from kg.errors import first_line
from kg.web.records import Raw, Skip

SUFFIXES = (".warc", ".warc.gz")
OTHER_RECORDS = "other WARC record"
MESSAGE_CHARS = 200     # of a reader's error message in the line that names a broken record


def warc_pages(path: Path) -> Iterator[Raw | Skip | str]:
    """The HTML responses of a WARC file as `Raw` pages; a `Skip` for each other record;
    a message (str) for a record that cannot be read, after which the file is not read on."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 1          # the record being read: an error names it
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                yield _page(path, number, record)
                number += 1
    except ArchiveLoadFailed as err:
        where = f"record {number}: " if number > 1 else ""
        yield f"{where}not a readable WARC record ({first_line(err)[:MESSAGE_CHARS]})"
    except (OSError, EOFError, zlib.error, ValueError) as err:
        yield f"record {number}: truncated or corrupt ({first_line(err)[:MESSAGE_CHARS]}); the records after it are not read"


def _page(path: Path, number: int, record: object) -> Raw | Skip:
    headers = record.http_headers                                   # type: ignore[attr-defined]
    if record.rec_type != "response" or headers is None:            # type: ignore[attr-defined]
        return Skip(OTHER_RECORDS)
    content_type = (headers.get_header("Content-Type") or "").lower()
    status = headers.get_statuscode() or ""
    if "html" not in content_type or not status.startswith("2"):
        return Skip(OTHER_RECORDS)
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip()  # type: ignore[attr-defined]
    body = record.content_stream().read()                           # type: ignore[attr-defined]
    if getattr(record.raw_stream, "limit", 0) > 0:                  # type: ignore[attr-defined]
        # warcio stops quietly where the file ends: the record is shorter than it says
        raise EOFError(f"the file ends {record.raw_stream.limit} bytes before the record does")  # type: ignore[attr-defined]
    return Raw(path=path, where=f"record {number}", id=uri or f"{path.name}#{number}",
               html=body, url=uri or None)
