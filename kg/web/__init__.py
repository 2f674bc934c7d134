"""Web inputs: saved pages (.html, .htm), crawls (.warc, .warc.gz) and feeds (.rss, .atom, .xml).

`collect()` reads them all once, before the build touches the store: each page
or entry is extracted (`page.py`), non-German ones are counted and skipped
(`language.py`), and the same story found twice is kept once (`dedup.py`):
the first copy keeps its URL as `Article.url` and gains the others as
`Article.same_as`. What is kept is spilled to an unnamed temporary file, so
the build streams it again without extracting twice and without holding a
crawl's texts in memory.

Ids: a saved page's is its file stem (like a .txt file's), a crawled page's
its target URI, a feed entry's its link: the same input always gives the same
ids, so a rebuild is idempotent. Two records with the same id (a page crawled
twice) are one article: the first is kept.
"""
from __future__ import annotations

import pickle
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import IO

from kg.facts import Article
from kg.web.feed import EMPTY_ENTRIES
from kg.web.feed import SUFFIXES as FEED_SUFFIXES
from kg.web.records import Raw, Skip
from kg.web.warc import OTHER_RECORDS

PAGE_SUFFIXES = (".html", ".htm")
SUFFIXES = (*PAGE_SUFFIXES, ".warc", ".warc.gz", *FEED_SUFFIXES)
NON_GERMAN = "non-German article"
NO_TEXT = "page without article text"
DUPLICATES = "duplicate"
# The plural of each reason a record is skipped for, as the summary line says it.
_PLURALS = {NON_GERMAN: "non-German articles", NO_TEXT: "pages without article text",
            DUPLICATES: "duplicates", OTHER_RECORDS: "other WARC records",
            EMPTY_ENTRIES: "feed entries without text"}

# What one input yields: (path, where, Article | problem message).
Record = tuple[Path, str | None, Article | str]
Item = Raw | tuple[Path, str | None, Skip | str]
Prepared = tuple[Path, str | None, Article | Skip | str]
# Runs `prepare` over the raw items, in order: in this process, or in worker processes (`pooled`).
Mapper = Callable[[Iterable[Item]], Iterable[Prepared]]
# Pages sent to a worker at once, and chunks in flight per worker (bounds memory on any crawl).
CHUNK = 16
AHEAD_PER_WORKER = 4
# Below this much web input, starting worker processes costs more than extracting here.
MIN_BYTES_FOR_WORKERS = 1 << 20


def here(items: Iterable[Item]) -> Iterator[Prepared]:
    """Extract in this process."""
    return map(prepare, items)


def pooled(pool: object, workers: int) -> Mapper:
    """Extract in a `multiprocessing` pool, a few chunks ahead of the reader and in order.

    (Pool.imap would read a whole crawl into its task queue before the first result.)
    """
    def mapper(items: Iterable[Item]) -> Iterator[Prepared]:
        pending: deque = deque()
        iterator = iter(items)
        while chunk := list(islice(iterator, CHUNK)):
            pending.append(pool.apply_async(prepare_all, (chunk,)))     # type: ignore[attr-defined]
            if len(pending) >= workers * AHEAD_PER_WORKER:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    return mapper


def input_bytes(files: Iterable[Path]) -> int:
    """The size of the web inputs among `files` (what decides whether workers pay)."""
    return sum(f.stat().st_size for f in files if is_web(f))


def is_web(path: Path) -> bool:
    """Whether `path` is read as a web input.

    >>> is_web(Path("crawl.warc.gz")), is_web(Path("a.txt"))
    (True, False)
    """
    return path.name.lower().endswith(SUFFIXES)


class WebInput:
    """The articles of all web inputs of a build, extracted once, filtered and deduplicated."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._spill: IO[bytes] = tempfile.TemporaryFile()
        self._spans: dict[Path, tuple[int, int]] = {}
        self._same_as: dict[str, list[str]] = {}

    def collect(self, files: Sequence[Path], mapper: Mapper = here,
                progress: Callable[[int], None] | None = None) -> None:
        """Read `files`; `mapper` runs the extraction; `progress(1)` after each page or entry."""
        from kg.web.dedup import Duplicates

        files = list(dict.fromkeys(files))        # a file named twice is read once
        duplicates = Duplicates()
        kept: dict[str, str | None] = {}          # id → URL of each article kept (its text is spilled)
        current, start = None, 0
        for path, where, item in mapper(_raw(files)):
            if progress:
                progress(1)
            if path != current:
                self._close_span(current, start)
                current, start = path, self._spill.tell()
            if isinstance(item, Skip):
                self.counts[item.reason] += 1
                continue
            if isinstance(item, Article):
                first = item.id if item.id in kept else duplicates.add(item.id, item.text)
                if first is not None:
                    self._merge(first, kept[first], item.url)
                    continue
                kept[item.id] = item.url
            pickle.dump((where, item), self._spill, protocol=pickle.HIGHEST_PROTOCOL)
        self._close_span(current, start)
        for path in files:                        # files with nothing kept
            self._spans.setdefault(path, (0, 0))

    def records(self, path: Path) -> Iterator[Record]:
        """What `path` gave, in order: kept articles (with the URLs of their duplicates) and problems."""
        start, end = self._spans[path]
        self._spill.seek(start)
        while self._spill.tell() < end:
            where, item = pickle.load(self._spill)
            if isinstance(item, Article) and (urls := self._same_as.get(item.id)):
                item = replace(item, same_as=tuple(urls))
            yield path, where, item

    def summary(self) -> str | None:
        """One line on what was skipped or merged, or None when nothing was.

        >>> web = WebInput(); web.counts.update({NON_GERMAN: 2, DUPLICATES: 1}); web.summary()
        'skipped 2 non-German articles; merged 1 duplicate into the article it repeats'
        """
        parts = [f"skipped {_count(n, reason)}" for reason, n in sorted(self.counts.items())
                 if reason != DUPLICATES and n]
        if n := self.counts[DUPLICATES]:
            parts.append(f"merged {_count(n, DUPLICATES)} into the article{'s' * (n > 1)} "
                         f"{'they repeat' if n > 1 else 'it repeats'}")
        return "; ".join(parts) or None

    def close(self) -> None:
        self._spill.close()

    def _merge(self, first: str, first_url: str | None, url: str | None) -> None:
        self.counts[DUPLICATES] += 1
        urls = self._same_as.setdefault(first, [])
        if url and url != first_url and url not in urls:
            urls.append(url)

    def _close_span(self, path: Path | None, start: int) -> None:
        if path is not None:
            self._spans[path] = (start, self._spill.tell())


def _count(n: int, reason: str) -> str:
    return f"{n} {reason if n == 1 else _PLURALS.get(reason, reason)}"


def prepare_all(items: list[Item]) -> list[Prepared]:
    """`prepare` over a chunk (what a worker process runs)."""
    return [prepare(item) for item in items]


def prepare(item: Item) -> Prepared:
    """A raw page or entry → its Article, a Skip (no text, not German) or a problem message."""
    from kg.web.language import is_german
    from kg.web.page import extract_page, fragment_text

    if not isinstance(item, Raw):
        return item
    if item.fragment:
        text, title, date, url, source = fragment_text(str(item.html)), None, None, None, None
    else:
        if problem := _not_html(item.html):
            return item.path, item.where, problem
        page = extract_page(item.html, url=item.url)
        if page is None:
            return item.path, item.where, Skip(NO_TEXT)
        text, title, date, url, source = page.text, page.title, page.date, page.url, page.site
    if not text.strip():
        return item.path, item.where, Skip(NO_TEXT)
    if not is_german(f"{item.title or title or ''}\n{text}"):
        return item.path, item.where, Skip(NON_GERMAN)
    return item.path, item.where, Article(
        id=item.id, text=text, title=item.title or title, date=item.date or date,
        url=item.url or url, source=item.source or source)


def _not_html(data: bytes | str) -> str | None:
    head = data[:4096] if isinstance(data, bytes) else data[:4096].encode("utf-8", "replace")
    if not head.strip():
        return "empty page"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data (NUL bytes), not an HTML page"
    return None


def _raw(files: Sequence[Path]) -> Iterator[Item]:
    from kg.web.feed import feed_entries
    from kg.web.warc import warc_pages

    for path in files:
        name = path.name.lower()
        if name.endswith(PAGE_SUFFIXES):
            items: Iterable[Raw | Skip | str] = _saved_page(path)
        elif name.endswith((".warc", ".warc.gz")):
            items = warc_pages(path)
        else:
            items = feed_entries(path)
        for item in items:
            yield item if isinstance(item, Raw) else (path, None, item)


def _saved_page(path: Path) -> Iterator[Raw | str]:
    try:
        data = path.read_bytes()
    except OSError as err:
        yield f"cannot read: {err.strerror or err}"
        return
    yield Raw(path=path, where=None, id=path.stem, html=data)
