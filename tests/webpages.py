"""Hand-written German news pages, feeds and a WARC for the web-input tests (invented stories).

Each page wraps its story in what real news sites put around it: a menu, a
cookie banner, teasers, a "Mehr zum Thema" list and a footer. The boilerplate
names other states and people (Brasilien, Japan, Kanada, Lula, Trudeau) than
the story does, so a test can tell whether any of it reached the graph.
"""
from __future__ import annotations

import io
from pathlib import Path

BOILERPLATE_NAMES = ("Brasilien", "Japan", "Kanada", "Lula", "Trudeau", "Mexiko")

STORIES = {
    "polen-gespraeche": {
        "title": "Baerbock reist zu Gesprächen nach Warschau",
        "date": "2022-03-08",
        "url": "https://www.beispielbote.de/politik/ausland/polen-gespraeche-100.html",
        "site": "Der Beispielbote",
        "paragraphs": [
            "Bundesaußenministerin Annalena Baerbock ist am Dienstag zu Gesprächen nach Warschau gereist. "
            "Dort traf sie den polnischen Außenminister Zbigniew Rau, um über die Lage in der Ukraine zu beraten.",
            "Deutschland und Polen wollen die Hilfe für Flüchtlinge enger abstimmen, hieß es aus dem "
            "Auswärtigen Amt. Polen hat seit Beginn des Krieges mehr Menschen aufgenommen als jedes andere Land.",
            "Rau sagte nach dem Treffen, die Zusammenarbeit der beiden Nachbarn sei in diesen Wochen wichtiger "
            "denn je. Baerbock kündigte an, im April erneut nach Polen zu reisen.",
        ],
    },
    "frankreich-gipfel": {
        "title": "Macron empfängt Scholz in Paris",
        "date": "2022-05-09",
        "url": "https://www.nachrichtenblatt.de/welt/frankreich-gipfel",
        "site": "Nachrichtenblatt",
        "paragraphs": [
            "Der französische Präsident Emmanuel Macron hat Bundeskanzler Olaf Scholz am Montag in Paris "
            "empfangen. Beide sprachen nach Angaben des Élysée-Palasts über die Energieversorgung Europas.",
            "Frankreich und Deutschland wollen gemeinsam neue Vorschläge für die Europäische Union vorlegen. "
            "Scholz sagte, die beiden Länder trügen eine besondere Verantwortung für die Einheit Europas.",
            "Macron lobte die enge Abstimmung mit Berlin. Ein weiteres Treffen ist für den Sommer geplant.",
        ],
    },
}

ENGLISH = {
    "title": "Leaders meet in Brussels",
    "date": "2022-06-01",
    "url": "https://www.example-news.com/world/brussels-meeting",
    "site": "Example News",
    "paragraphs": [
        "European leaders met in Brussels on Wednesday to discuss the energy crisis and new sanctions. "
        "The talks lasted well into the night, officials said.",
        "The prime ministers agreed to meet again next month. Several delegations called the meeting "
        "constructive, while others warned that the hardest decisions were still ahead.",
    ],
}


def page(story: dict, *, canonical: bool = True) -> str:
    """A whole news page around `story`: metadata in the head, boilerplate around the article."""
    body = "\n".join(f"<p>{p}</p>" for p in story["paragraphs"])
    link = f'<link rel="canonical" href="{story["url"]}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>{story["title"]} | {story["site"]}</title>
{link}
<meta property="og:title" content="{story["title"]}">
<meta property="og:site_name" content="{story["site"]}">
<meta property="article:published_time" content="{story["date"]}T09:15:00+01:00">
<meta name="description" content="Kurzfassung: {story["title"]}">
</head><body>
<div id="cookie-banner" class="consent"><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
Mit Klick auf „Akzeptieren" stimmen Sie der Verwendung zu. Mehr in der Datenschutzerklärung.</p>
<button>Akzeptieren</button><button>Einstellungen</button></div>
<header><a href="/" class="logo">{story["site"]}</a>
<nav class="main-menu"><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li>
<li><a href="/ausland/kanada">Kanada</a></li><li><a href="/ausland/japan">Japan</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<div class="teaser-bar"><a href="/brasilien-wahl">Brasilien: Lula gewinnt knapp gegen Bolsonaro</a>
<a href="/mexiko-gipfel">Mexiko lädt zum Gipfel der Amerikas</a></div>
<main><article class="article">
<h1>{story["title"]}</h1>
<div class="byline">Von unserer Korrespondentin · <time datetime="{story["date"]}">{story["date"]}</time></div>
{body}
</article>
<aside class="related"><h2>Mehr zum Thema</h2><ul>
<li><a href="/kanada-trudeau">Trudeau reist nach Japan: Kanada sucht neue Partner in Asien</a></li>
<li><a href="/brasilien">Präsident Lula empfängt Delegation aus Mexiko</a></li>
<li><a href="/japan">Japan und Kanada vereinbaren engere Zusammenarbeit</a></li>
</ul></aside></main>
<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li>
<li><a href="/agb">AGB</a></li><li><a href="/kontakt">Kontakt</a></li></ul>
<p>© 2022 {story["site"]}. Alle Rechte vorbehalten.</p></footer>
</body></html>"""


def rss(stories: list[dict], *, full: bool = True) -> str:
    """An RSS 2.0 feed: `content:encoded` holds the full text when `full`, else only a teaser."""
    items = []
    for story in stories:
        content = "".join(f"<p>{p}</p>" for p in story["paragraphs"])
        encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if full else ""
        items.append(f"""<item><title>{story["title"]}</title><link>{story["url"]}</link>
<guid isPermaLink="true">{story["url"]}</guid>
<pubDate>{_rfc822(story["date"])}</pubDate>
<description>Kurzfassung: {story["title"]}</description>{encoded}</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Der Beispielbote – Politik</title><link>https://www.beispielbote.de/</link>
<description>Nachrichten</description>{"".join(items)}</channel></rss>"""


def atom(stories: list[dict]) -> str:
    """An Atom feed with each story's full text as HTML content."""
    entries = []
    for story in stories:
        content = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in story["paragraphs"])
        entries.append(f"""<entry><title>{story["title"]}</title><link href="{story["url"]}"/>
<id>{story["url"]}</id><published>{story["date"]}T23:30:00+01:00</published>
<updated>{story["date"]}T23:45:00+01:00</updated>
<summary>Kurzfassung</summary><content type="html">{content}</content></entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nachrichtenblatt</title>
<id>https://www.nachrichtenblatt.de/</id><updated>2022-05-10T00:00:00Z</updated>{"".join(entries)}</feed>"""


def warc(path: Path, pages: list[tuple[str, str]], *, extra: bool = True) -> Path:
    """A gzipped WARC with one request and one response record per (url, html) page, and
    (when `extra`) an image response and a metadata record that are no articles."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for url, html in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            writer.write_record(_response(writer, url, html.encode("utf-8"), "text/html; charset=utf-8"))
        if extra:
            writer.write_record(_response(writer, "https://www.beispielbote.de/logo.png",
                                          b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"))
            writer.write_record(writer.create_warc_record("https://www.beispielbote.de/", "metadata",
                                                          payload=io.BytesIO(b"fetchTimeMs: 12\n"),
                                                          warc_content_type="application/warc-fields"))
    return path


def _response(writer: object, url: str, body: bytes, content_type: str) -> object:
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                          ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body),  # type: ignore[attr-defined]
                                     http_headers=headers)


def _rfc822(day: str) -> str:
    from datetime import date
    from email.utils import format_datetime
    from datetime import datetime, timedelta, timezone

    d = date.fromisoformat(day)
    return format_datetime(datetime(d.year, d.month, d.day, 23, 30, tzinfo=timezone(timedelta(hours=1))))
