"""One HTML page → its article: main text and metadata, by trafilatura.

trafilatura (the field's reference for main-text extraction) drops menus,
teasers, cookie banners, footers and related-article lists, and reads title,
publication date, canonical URL and site name from the page's metadata
(`<title>`, OpenGraph, JSON-LD, `<link rel=canonical>`, `<time>`).
"""
from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from datetime import date

log = logging.getLogger(__name__)

# The publication date, never the modification date; only from the page's markup,
# not guessed from text or URL (an event's date may come from the article's).
# Elements that start a new line in a fragment's text.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


@dataclass(frozen=True)
class Page:
    """What a page holds: main text and metadata (each None when the page has none)."""

    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    site: str | None = None


def extract_page(html: bytes | str, url: str | None = None) -> Page | None:
    """The article of a page, or None when it has no main text.

    >>> page = extract_page("<html><head><title>Gipfel</title></head><body><article><p>Der Gipfel "
    ...                     "in Berlin begann am Montag mit langen Gesprächen über die Lage.</p>"
    ...                     "</article></body></html>")
    >>> page.text, page.title
    ('Der Gipfel in Berlin begann am Montag mit langen Gesprächen über die Lage.', 'Gipfel')
    """
    import trafilatura
    from htmldate import find_date
    from trafilatura import metadata

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")     # lxml's FutureWarnings inside trafilatura
        tree = trafilatura.load_html(html)
        if tree is None:
            return None
        # The four fields we keep, by trafilatura's own functions: its whole metadata pass
        # also hunts authors, tags, categories and licences, two thirds of the time of a page.
        meta = metadata.extract_meta_json(tree, metadata.examine_meta(tree))
        title = meta.title or metadata.extract_title(tree)
        canonical = meta.url or metadata.extract_url(tree, url)
        site = meta.sitename or metadata.extract_sitename(tree)
        published = find_date(tree, url=canonical, **_DATE_PARAMS)
        # fast: trafilatura's own extraction without the readability/jusText comparison
        doc = trafilatura.bare_extraction(tree, url=url, fast=True, include_comments=False,
                                          include_tables=False)
    if doc is None or not (doc.text or "").strip():
        return None
    return Page(text=doc.text, title=_clean(title), date=_date(published),
                url=_clean(canonical) or url, site=_clean(site and site.lstrip("@")))


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry's content), each block on its own line.

    A feed's content is the article alone, so there is no boilerplate to remove:
    this only turns markup into text.

    >>> fragment_text("<p>Erster Absatz mit <b>Text</b>.</p><p>Zweiter.</p>")
    'Erster Absatz mit Text.\\nZweiter.'
    >>> fragment_text("Nur Text &amp; mehr")
    'Nur Text & mehr'
    """
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for node in root.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
