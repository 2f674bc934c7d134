"""Input paths → validated Articles.

Accepts `.txt` files (id = file stem), folders (read recursively, in sorted
order), `.jsonl` files with one article a line:
`{"id": …, "text": …, "title"?: …, "date"?: "YYYY-MM-DD", "url"?: …, "source"?: …}`,
and web inputs (`kg.web`): saved pages (`.html`, `.htm`), crawls (`.warc`,
`.warc.gz`) and feeds (`.rss`, `.atom`, `.xml`), whose non-German articles are
skipped and whose duplicate stories are merged.

Reading is split in two so a build can refuse bad input before it touches the
store: `scan()` reads everything once and reports every problem with file and
line; `articles()` then streams the good articles.

Text is kept exactly as read (control, right-to-left and combining characters
included: offsets point into it). Refused, each as a one-line `Problem`: bytes
that are not UTF-8 (Latin-1, UTF-16, binary), malformed or non-object JSON,
missing or non-string fields, dates other than a real `YYYY-MM-DD`, unpaired
surrogate escapes, ids with control characters, an id seen again with a
different text, and an article larger than the size limit (the file of a `.txt`
article, the line of a `.jsonl` one, the text of a web article; an over-long
line is skipped unread).
"""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg import web
from kg.defaults import DEFAULT_MAX_ARTICLE_MB
from kg.errors import InputError
from kg.facts import Article

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl", *web.SUFFIXES)
MB = 1_000_000
_CHUNK = 1 << 20                 # how much of an over-long line is read at a time to skip it
_SHOWN_SUFFIXES = ", ".join(SUFFIXES)
_OPTIONAL_STRINGS = ("title", "url", "source")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")   # fromisoformat alone also takes "2022-W01-1"
_SURROGATE = re.compile("[\ud800-\udfff]")            # JSON "\\ud800" escapes: no UTF-8 for them
# Characters XML 1.0 forbids: kg.rdf would replace them in the stored identifier (and
# GraphML could not hold them), so such an id could never be found again by its value.
_ID_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Problem:
    """One unreadable input: where it is and what is wrong."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{shown(self.path)}:{self.line}" if self.line else shown(self.path)
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Scan:
    """What a first pass over the input found."""

    files: tuple[Path, ...]
    count: int                      # good articles (after dropping exact duplicates)
    problems: tuple[Problem, ...]
    web: web.WebInput | None = None  # the extracted web inputs, streamed again by articles()
    max_bytes: int | None = None     # the article size limit applied, applied again by articles()

    @property
    def notes(self) -> str | None:
        """One line on web input skipped (not German, no article text) or merged (duplicates)."""
        return self.web.summary() if self.web else None

    @property
    def skipped(self) -> frozenset[tuple[Path, int | None]]:
        return frozenset((p.path, p.line) for p in self.problems)


def shown(value: object, limit: int = 200) -> str:
    """A path or id for a one-line message: control characters escaped, long values cut.

    >>> shown("a\\nb.txt"), shown("x" * 300, limit=5)
    ("'a\\\\nb.txt'", 'xxxxx…')
    """
    text = str(value)
    if not text.isprintable():
        text = repr(text)
    return text if len(text) <= limit else text[:limit] + "…"


def expand(paths: Sequence[Path]) -> tuple[Path, ...]:
    """The input files named by `paths`, folders expanded recursively."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _accepted(p))
            if not found:
                raise InputError(f"{shown(path)}: no input files ({_SHOWN_SUFFIXES}) in this folder")
            files.extend(found)
        elif path.is_file():
            if not _accepted(path):
                raise InputError(f"{shown(path)}: unsupported input (expected {_SHOWN_SUFFIXES} or a folder)")
            files.append(path)
        elif path.exists():
            raise InputError(f"{shown(path)}: not a regular file")
        else:
            raise InputError(f"{shown(path)}: no such file or folder")
    return tuple(files)


def _accepted(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def scan(paths: Sequence[Path], *, mapper: web.Mapper = web.here,
         progress: Callable[[int], None] | None = None, max_bytes: int | None = None) -> Scan:
    """Read all input once; collect every problem instead of stopping at the first.

    Duplicate ids with the same content are merged silently; the same id with
    different content is a problem at its second occurrence. `mapper` runs the
    extraction of web pages (here, or `web.pooled` in worker processes);
    `progress(1)` follows each page or feed entry read. An article over
    `max_bytes` (UTF-8) is a problem, read no further than needed to know.
    """
    return scan_files(expand(paths), mapper=mapper, progress=progress, max_bytes=max_bytes)


def scan_files(files: Sequence[Path], *, mapper: web.Mapper = web.here,
               progress: Callable[[int], None] | None = None, max_bytes: int | None = None) -> Scan:
    """`scan` of files already expanded (`expand`)."""
    files = tuple(files)
    web_files = [f for f in files if web.is_web(f)]
    web_input = None
    if web_files:
        web_input = web.WebInput()
        web_input.collect(web_files, mapper, progress)
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    count = 0
    for path, line, item in _records(files, web_input, max_bytes):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        prev = seen.get(item.id)
        if prev is None:
            seen[item.id] = item.digest
            count += 1
        elif prev != item.digest:
            problems.append(Problem(path, line, f"duplicate id {shown(repr(item.id))} with a different text"))
    return Scan(files, count, tuple(problems), web_input, max_bytes)


def articles(scan_result: Scan) -> Iterator[Article]:
    """Stream the good articles of a scan, each id once, skipping the problems it found."""
    skipped = scan_result.skipped
    emitted: set[str] = set()
    for path, line, item in _records(scan_result.files, scan_result.web, scan_result.max_bytes):
        if isinstance(item, Problem) or (path, line) in skipped or item.id in emitted:
            continue
        emitted.add(item.id)
        yield item


def _records(files: Sequence[Path], web_input: web.WebInput | None, max_bytes: int | None,
             ) -> Iterator[tuple[Path, int | None, Article | Problem]]:
    for path in files:
        if web_input is not None and web.is_web(path):
            yield from _web_records(web_input, path, max_bytes)
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl_records(path, max_bytes)
        else:
            yield path, None, _txt_article(path, max_bytes)


def too_large(size: int, max_bytes: int) -> str:
    """The message for an article of `size` bytes over the limit.

    >>> too_large(7_300_000, 5 * MB)
    'article of 7.3 MB exceeds the limit of 5 MB (--max-article-mb)'
    """
    return f"article of {size / MB:.1f} MB exceeds the limit of {max_bytes / MB:g} MB (--max-article-mb)"


def _web_records(web_input: web.WebInput, path: Path, max_bytes: int | None,
                 ) -> Iterator[tuple[Path, int | None, Article | Problem]]:
    # Problems name their record or entry in the message; articles get their position in
    # the file as line, so skipping a file's problems never skips its articles.
    for number, (_, where, item) in enumerate(web_input.records(path), start=1):
        message = item if isinstance(item, str) else _id_problem(item.id)
        if message is None and max_bytes is not None and len(item.text.encode("utf-8")) > max_bytes:
            message = too_large(len(item.text.encode("utf-8")), max_bytes)
        if message:
            yield path, None, Problem(path, None, f"{where}: {message}" if where else message)
        else:
            yield path, number, item


def _decode(path: Path, data: bytes) -> str | Problem:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(path, None, "UTF-16 file, expected UTF-8; convert the file to UTF-8")
    if b"\x00" in data:
        return Problem(path, None, "binary file (contains NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return Problem(path, None, f"not valid UTF-8 (byte {err.start}); convert the file to UTF-8")


def _txt_article(path: Path, max_bytes: int | None) -> Article | Problem:
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            return Problem(path, None, too_large(size, max_bytes))
        data = path.read_bytes()
    except OSError as err:
        return Problem(path, None, f"cannot read: {err.strerror or err}")
    text = _decode(path, data)
    if isinstance(text, Problem):
        return text
    if not text.strip():
        return Problem(path, None, "empty article")
    if bad_id := _id_problem(path.stem):
        return Problem(path, None, bad_id)
    return Article(id=path.stem, text=text)


def _id_problem(article_id: str) -> str | None:
    if match := _ID_FORBIDDEN.search(article_id):
        return f"'id' holds the control character U+{ord(match.group()):04X} (ids must be printable)"
    return None


def _lines(handle: BinaryIO, max_bytes: int | None) -> Iterator[tuple[bytes, int]]:
    """The lines of a file and their sizes; a line over `max_bytes` comes as b"" with its size,
    read in chunks and dropped, so that it never sits in memory whole."""
    if max_bytes is None:
        for raw in handle:
            yield raw, len(raw)
        return
    while raw := handle.readline(max_bytes + 1):
        size = len(raw)
        if size <= max_bytes or raw.endswith(b"\n"):
            yield raw, size
            continue
        while not raw.endswith(b"\n") and (raw := handle.readline(_CHUNK)):
            size += len(raw)
        yield b"", size


def _jsonl_records(path: Path, max_bytes: int | None) -> Iterator[tuple[Path, int | None, Article | Problem]]:
    # Streamed line by line (bytes split on b"\n" only: str.splitlines() would also
    # split inside texts at U+2028 and friends), so a 100k-article file never sits in memory.
    any_line = False
    try:
        with path.open("rb") as handle:
            for number, (raw, size) in enumerate(_lines(handle, max_bytes), start=1):
                if max_bytes is not None and size > max_bytes:
                    any_line = True
                    yield path, number, Problem(path, number, too_large(size, max_bytes))
                    continue
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    yield path, None, Problem(path, None, "UTF-16 file, expected UTF-8 (one JSON object a line)")
                    return
                if not raw.strip():
                    continue
                any_line = True
                if b"\x00" in raw:
                    # JSON text never holds a raw NUL: this is binary data or BOM-less UTF-16.
                    yield path, number, Problem(path, number, "NUL byte: binary or UTF-16 data, "
                                                "expected UTF-8 text with one JSON object a line")
                    return
                try:
                    line = raw.rstrip(b"\r\n").decode("utf-8")
                except UnicodeDecodeError as err:
                    yield path, number, Problem(path, number, f"not valid UTF-8 (byte {err.start} of the line)")
                    continue
                yield path, number, _json_article(path, number, line)
    except OSError as err:
        yield path, None, Problem(path, None, f"cannot read: {err.strerror or err}")
        return
    if not any_line:
        yield path, None, Problem(path, None, "empty file: no articles")


def _json_article(path: Path, line: int, raw: str) -> Article | Problem:
    def bad(message: str) -> Problem:
        return Problem(path, line, message)

    try:
        record = json.loads(raw)
    except json.JSONDecodeError as err:
        return bad(f"malformed JSON ({err.msg.removesuffix(' at')} at column {err.colno})")
    except ValueError as err:       # e.g. an integer beyond Python's 4300-digit limit
        return bad(f"malformed JSON ({str(err).split(';')[0]})")
    except RecursionError:
        return bad("malformed JSON (nested too deeply)")
    if not isinstance(record, dict):
        return bad("expected a JSON object with 'id' and 'text'")
    article_id = record.get("id")
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)):
        return bad("missing or invalid 'id' (expected a string or integer)")
    article_id = str(article_id).strip()
    if not article_id:
        return bad("empty 'id'")
    text = record.get("text")
    if not isinstance(text, str):
        return bad("missing 'text'" if text is None else "'text' must be a string")
    if not text.strip():
        return bad("empty 'text'")
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_STRINGS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return bad(f"'{key}' must be a string")
        fields[key] = value or None
    for key, value in (("id", article_id), ("text", text), *fields.items()):
        if value and _SURROGATE.search(value):
            return bad(f"'{key}' holds an unpaired UTF-16 surrogate escape (not valid Unicode)")
    if bad_id := _id_problem(article_id):
        return bad(bad_id)
    raw_date = record.get("date")
    published: date | None = None
    if raw_date is not None and raw_date != "":
        if not isinstance(raw_date, str):
            return bad("'date' must be a string YYYY-MM-DD")
        try:
            if not _ISO_DATE.fullmatch(raw_date):
                raise ValueError(raw_date)
            published = date.fromisoformat(raw_date)
        except ValueError:
            return bad(f"invalid 'date' {raw_date[:40]!r} (expected YYYY-MM-DD)")
    return Article(id=article_id, text=text, date=published, **fields)
