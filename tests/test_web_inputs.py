"""Web inputs: saved pages, a WARC crawl, RSS and Atom feeds (pages made in `webpages.py`).

Reading is tested through `kg.inputs` (what the build sees), the graph through
real `kg build` runs into a real store.
"""
from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
from corpus import assert_ok, assert_one_line_error, kg
from webpages import BOILERPLATE_NAMES, ENGLISH, STORIES, atom, page, rss, warc

from kg import inputs
from kg.store import open_store

POLEN, FRANKREICH = STORIES["polen-gespraeche"], STORIES["frankreich-gipfel"]


def read(*paths: Path) -> tuple[inputs.Scan, list]:
    scan = inputs.scan(list(paths))
    return scan, list(inputs.articles(scan))


def labels(out: Path) -> set[str]:
    with open_store(out / "store", create=False) as store:
        rows = store.query("SELECT DISTINCT ?label WHERE { GRAPH ?g { ?a gkg:mentions ?e . ?e rdfs:label ?label } }")
        return {row["label"].value for row in rows}


def select(out: Path, query: str) -> list[dict[str, str]]:
    with open_store(out / "store", create=False) as store:
        rows = store.query(query)
        names = [v.value for v in rows.variables]
        return [{name: row[name].value for name in names} for row in rows]


def test_saved_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "polen-gespraeche.html"
    path.write_text(page(POLEN), encoding="utf-8")
    scan, [article] = read(path)
    assert scan.problems == ()
    assert article.id == "polen-gespraeche"                 # like a .txt file: the stem
    assert (article.title, article.date, article.url, article.source) == (
        POLEN["title"], date(2022, 3, 8), POLEN["url"], "Der Beispielbote")
    for paragraph in POLEN["paragraphs"]:
        assert paragraph in article.text
    for boilerplate in ("Cookies", "Impressum", "Mehr zum Thema", "Akzeptieren", *BOILERPLATE_NAMES):
        assert boilerplate not in article.text


def test_graph_of_pages_holds_no_entity_from_the_boilerplate(tmp_path: Path) -> None:
    pages = tmp_path / "gespeichert"
    pages.mkdir()
    for name, story in STORIES.items():
        (pages / f"{name}.html").write_text(page(story), encoding="utf-8")
    (pages / "brussels.htm").write_text(page(ENGLISH), encoding="utf-8")
    proc = kg("build", pages, "--out", tmp_path / "out")
    assert_ok(proc)
    found = labels(tmp_path / "out")
    assert {"Polen", "Frankreich", "Emmanuel Macron"} <= found
    assert not found & set(BOILERPLATE_NAMES), found & set(BOILERPLATE_NAMES)
    assert "2 articles: 2 added" in proc.stderr
    assert "skipped 1 non-German article" in proc.stderr
    rows = select(tmp_path / "out", "SELECT ?id ?title ?date ?url WHERE { GRAPH ?g { ?a a gkg:Article ; "
                  "dcterms:identifier ?id ; dcterms:title ?title ; dcterms:date ?date ; schema:url ?url } }")
    assert {(r["id"], r["title"], r["date"], r["url"]) for r in rows} == {
        (name, s["title"], s["date"], s["url"]) for name, s in STORIES.items()}


def test_rebuilding_pages_adds_nothing(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(page(POLEN), encoding="utf-8")
    warc(tmp_path / "c.warc.gz", [(FRANKREICH["url"], page(FRANKREICH))])
    assert_ok(kg("build", tmp_path / "p.html", tmp_path / "c.warc.gz", "--out", tmp_path / "out"))
    again = kg("build", tmp_path / "p.html", tmp_path / "c.warc.gz", "--out", tmp_path / "out")
    assert_ok(again)
    assert "2 articles: 0 added, 0 replaced, 2 unchanged" in again.stderr


def test_warc_html_responses_are_articles_and_other_records_are_counted(tmp_path: Path) -> None:
    crawl = warc(tmp_path / "crawl.warc.gz", [(s["url"], page(s)) for s in STORIES.values()])
    scan, articles = read(crawl)
    assert scan.problems == ()
    assert [(a.id, a.url, a.title, a.date) for a in articles] == [
        (s["url"], s["url"], s["title"], date.fromisoformat(s["date"])) for s in STORIES.values()]
    # two requests, an image response and a metadata record
    assert scan.notes == "skipped 4 other WARC records"


def test_uncompressed_warc_is_read(tmp_path: Path) -> None:
    crawl = warc(tmp_path / "crawl.warc", [(POLEN["url"], page(POLEN))], extra=False)
    _, [article] = read(crawl)
    assert article.url == POLEN["url"]


def test_rss_entries_give_title_date_link_and_full_content(tmp_path: Path) -> None:
    feed = tmp_path / "politik.rss"
    feed.write_text(rss(list(STORIES.values())), encoding="utf-8")
    scan, articles = read(feed)
    assert scan.problems == ()
    assert [(a.id, a.url, a.title, a.date, a.source) for a in articles] == [
        (s["url"], s["url"], s["title"], date.fromisoformat(s["date"]), "Der Beispielbote – Politik")
        for s in STORIES.values()]
    assert articles[0].text == "\n".join(POLEN["paragraphs"])


def test_rss_without_full_content_gives_the_summary(tmp_path: Path) -> None:
    feed = tmp_path / "kurz.xml"
    feed.write_text(rss([POLEN], full=False), encoding="utf-8")
    _, [article] = read(feed)
    assert article.text == f"Kurzfassung: {POLEN['title']}"


def test_atom_entries_keep_the_publishers_day(tmp_path: Path) -> None:
    feed = tmp_path / "welt.atom"
    feed.write_text(atom([FRANKREICH]), encoding="utf-8")
    _, [article] = read(feed)
    # published 23:30 at +01:00: still that day, not the day before in UTC
    assert (article.url, article.date, article.source) == (FRANKREICH["url"], date(2022, 5, 9), "Nachrichtenblatt")
    assert article.text == "\n".join(FRANKREICH["paragraphs"])


def test_the_same_story_from_feeds_pages_and_a_crawl_is_one_article(tmp_path: Path) -> None:
    both = list(STORIES.values())
    (tmp_path / "a.rss").write_text(rss(both), encoding="utf-8")
    (tmp_path / "b.atom").write_text(atom(both), encoding="utf-8")
    warc(tmp_path / "c.warc.gz", [(s["url"] + "?ref=start", page(s)) for s in both])
    (tmp_path / "d.html").write_text(page(POLEN), encoding="utf-8")
    scan, articles = read(tmp_path)
    assert [a.url for a in articles] == [s["url"] for s in both]        # the first copy's URL
    assert articles[0].same_as == (POLEN["url"] + "?ref=start",)
    assert "merged 5 duplicates" in (scan.notes or "")

    once = tmp_path / "once"
    once.mkdir()
    (once / "a.rss").write_text(rss(both), encoding="utf-8")
    events = "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a gkg:Interaction } }"
    talks = "SELECT (COUNT(?t) AS ?n) WHERE { GRAPH ?g { ?t gkg:participant ?p } }"
    for folder, out in ((tmp_path, tmp_path / "out-all"), (once, tmp_path / "out-once")):
        assert_ok(kg("build", folder, "--out", out))
    for query in (events, talks):
        assert select(tmp_path / "out-all", query) == select(tmp_path / "out-once", query)
    assert select(tmp_path / "out-once", talks)[0]["n"] != "0"
    same_as = select(tmp_path / "out-all", "SELECT ?url ?other WHERE { GRAPH ?g { ?a schema:url ?url ; "
                     "schema:sameAs ?other } }")
    assert {(r["url"], r["other"]) for r in same_as} == {(s["url"], s["url"] + "?ref=start") for s in both}


def test_a_syndicated_text_with_another_byline_is_a_near_duplicate(tmp_path: Path) -> None:
    agency = dict(POLEN, url="https://www.anderezeitung.de/ausland/baerbock-warschau",
                  paragraphs=["Warschau (dpa) – " + POLEN["paragraphs"][0], *POLEN["paragraphs"][1:],
                              "Mitarbeit: Redaktion Außenpolitik."])
    (tmp_path / "a.html").write_text(page(POLEN), encoding="utf-8")
    (tmp_path / "b.html").write_text(page(agency), encoding="utf-8")
    (tmp_path / "c.html").write_text(page(FRANKREICH), encoding="utf-8")
    scan, articles = read(tmp_path)
    assert [(a.id, a.same_as) for a in articles] == [("a", (agency["url"],)), ("c", ())]
    assert scan.notes == "merged 1 duplicate into the article it repeats"


@pytest.mark.parametrize("name, content, message", [
    ("leer.html", b"", "leer.html: empty page"),
    ("bild.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "bild.html: binary data"),
    ("sitemap.xml", b'<?xml version="1.0"?><urlset><url><loc>https://x.de/</loc></url></urlset>',
     "sitemap.xml: no entries"),
    ("kaputt.rss", b"Kein Feed, nur Text.", "kaputt.rss: not a readable RSS or Atom feed"),
    ("kein.warc", b"Das ist kein Webarchiv.\n", "kein.warc: not a readable WARC record"),
])
def test_a_broken_input_is_one_clear_line(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(content)
    proc = kg("build", tmp_path / name, "--out", tmp_path / "out")
    assert message in assert_one_line_error(proc)
    assert not (tmp_path / "out" / "store").exists()


def test_a_truncated_warc_names_the_record_and_keeps_the_records_before(tmp_path: Path) -> None:
    crawl = warc(tmp_path / "cut.warc.gz", [(s["url"], page(s)) for s in STORIES.values()], extra=False)
    crawl.write_bytes(crawl.read_bytes()[:-200])      # the crawl stopped inside its last record
    scan, articles = read(crawl)
    [problem] = scan.problems
    assert str(problem).startswith(f"{crawl}: record 4: truncated or corrupt")
    assert [a.url for a in articles] == [POLEN["url"]]
    proc = kg("build", crawl, "--out", tmp_path / "out")
    assert "record 4: truncated or corrupt" in assert_one_line_error(proc)
    assert not (tmp_path / "out" / "store").exists()
    kept = kg("build", crawl, "--out", tmp_path / "out", "--skip-bad")
    assert_ok(kept)
    assert "1 article: 1 added" in kept.stderr


def test_only_foreign_pages_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "en.html").write_text(page(ENGLISH), encoding="utf-8")
    line = assert_one_line_error(kg("build", tmp_path / "en.html", "--out", tmp_path / "out"))
    assert "no readable articles" in line and "1 non-German article" in line


def test_pages_extracted_in_worker_processes_are_the_same_and_in_order(tmp_path: Path) -> None:
    import multiprocessing

    from kg import web

    stories = [dict(s, url=f"{s['url']}?n={n}") for n in range(20) for s in STORIES.values()]
    crawl = warc(tmp_path / "crawl.warc.gz", [(s["url"], page(s)) for s in stories])
    (tmp_path / "en.html").write_text(page(ENGLISH), encoding="utf-8")
    alone, articles = read(crawl, tmp_path / "en.html")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        # fewer chunks ahead than there are: the reader waits for the workers
        scan = inputs.scan([crawl, tmp_path / "en.html"], mapper=web.pooled(pool, 1))
        pooled = list(inputs.articles(scan))
    assert pooled == articles
    assert scan.notes == alone.notes == ("skipped 1 non-German article; skipped 42 other WARC records; "
                                         "merged 38 duplicates into the articles they repeat")


def test_a_short_german_teaser_is_kept_though_its_language_is_doubtful(tmp_path: Path) -> None:
    # three words are Danish as likely as German to the language model: doubt keeps them
    teaser = dict(POLEN, title="Selenskyj fordert Waffen", paragraphs=[])
    feed = tmp_path / "kurz.rss"
    feed.write_text(rss([teaser], full=False).replace("Kurzfassung: ", ""), encoding="utf-8")
    scan, [article] = read(feed)
    assert (article.title, article.text, scan.notes) == ("Selenskyj fordert Waffen", "Selenskyj fordert Waffen", None)
