"""Build throughput on a web crawl: the real corpus wrapped in news-page markup, as one WARC.

    python -m benchmarks.warc_bench                  # all 1,016 articles, workers as kg build
    python -m benchmarks.warc_bench --limit 100 --runs 1

Each article of `../shared/corpus/gnad-test.jsonl` (read in place) becomes a
page as news sites serve them: metadata in the head (canonical URL, OpenGraph,
JSON-LD), a cookie banner, a menu, a teaser grid, inline scripts, a related-
article list and a footer, about 40 kB of HTML around the text; the crawl holds
a request and a response record for each (as CC-NEWS does), gzipped per record.
The WARC is written to a temporary folder, then `kg build crawl.warc.gz` runs
end to end in a fresh process (benchmarks.buildrun), so extraction, language
detection, deduplication, NLP, extraction of facts, the store and the artifacts
are all in the time. Results go to stdout as Markdown.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from html import escape
from pathlib import Path

from benchmarks import machine, procmem

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "corpus" / "gnad-test.jsonl"

_MENU = ["Politik", "Ausland", "Wirtschaft", "Börse", "Sport", "Kultur", "Wissen", "Reise", "Auto",
         "Digital", "Gesundheit", "Meinung", "Video", "Podcast", "Wetter", "Regional"]
_TEASERS = ["Wahl in Brasilien: Lula liegt knapp vorn", "Japan erhöht die Verteidigungsausgaben",
            "Kanada und Mexiko einigen sich auf Handelsabkommen", "Trudeau kündigt Kabinettsumbildung an",
            "Chile stimmt über neue Verfassung ab", "Indonesien meldet Rekordernte",
            "Peru: Präsidentin entlässt Regierungschef", "Südkorea testet neue Rakete"]


def page(record: dict, number: int) -> tuple[str, str]:
    """(url, html) of one corpus article as a news page."""
    text = record["text"]
    words = text.split()
    title = " ".join(words[:9]).rstrip(",.:;") or record["id"]
    url = f"https://www.beispielbote.de/{record.get('category', 'news')}/{record['id']}.html"
    day = f"2022-{1 + number % 12:02d}-{1 + number % 28:02d}"
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a><ul>' + "".join(
        f'<li><a href="/{m.lower()}/{i}">{m} {i}</a></li>' for i in range(6)) + "</ul></li>" for m in _MENU)
    teasers = "".join(f'<div class="teaser"><a href="/t/{i}"><img src="/img/{i}.jpg" alt=""><h3>{t}</h3>'
                      f'<p>Mehr dazu lesen Sie hier.</p></a></div>' for i, t in enumerate(_TEASERS * 2))
    script = "<script>" + "window.dataLayer=window.dataLayer||[];" * 250 + "</script>"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": f"{day}T08:00:00+01:00", "url": url,
                     "publisher": {"@type": "Organization", "name": "Der Beispielbote"}}, ensure_ascii=False)
    footer = "".join(f'<li><a href="/f/{i}">Service {i}</a></li>' for i in range(40))
    html = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>{escape(title)} | Der Beispielbote</title><link rel="canonical" href="{url}">
<meta property="og:title" content="{escape(title)}"><meta property="og:site_name" content="Der Beispielbote">
<meta property="article:published_time" content="{day}T08:00:00+01:00">
<script type="application/ld+json">{ld}</script>{script}<style>{"body{{margin:0}}" * 200}</style></head>
<body><div class="cookie-consent"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien.
Mit „Alle akzeptieren" stimmen Sie zu.</p><button>Alle akzeptieren</button><button>Ablehnen</button></div>
<header><a class="logo" href="/">Der Beispielbote</a><nav><ul>{menu}</ul></nav></header>
<div class="breaking"><a href="/eil">Eilmeldung: Japan und Kanada schließen Abkommen</a></div>
<main><article><h1>{escape(title)}</h1><div class="meta">Von Redaktion · <time datetime="{day}">{day}</time></div>
{paragraphs}<div class="share">Teilen: Facebook · X · WhatsApp · E-Mail</div></article>
<aside><h2>Mehr zum Thema</h2><ul>{"".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(_TEASERS))}</ul></aside>
<section class="teasers">{teasers}</section></main>
<footer><ul>{footer}</ul><p>© 2022 Der Beispielbote. Alle Rechte vorbehalten.</p></footer>{script}</body></html>"""
    return url, html


def write_warc(source: Path, path: Path, limit: int | None) -> int:
    """The crawl of the first `limit` articles of `source`; returns how many pages it holds."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    with source.open(encoding="utf-8") as lines, path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                break
            url, html = page(json.loads(line), number)
            body = html.encode("utf-8")
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.beispielbote.de")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=SOURCE, help="the corpus (JSONL) to wrap")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--runs", type=int, default=3, help="builds to time (default: 3)")
    parser.add_argument("--workers", type=int, help="worker processes (default: as kg build)")
    parser.add_argument("--no-jsonl", action="store_true",
                        help="skip the reference build of the same articles as JSONL")
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(f"warc_bench: {args.source}: no corpus here (see --source)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="geokg-warc-"))
    try:
        crawl = work / "crawl.warc.gz"
        crawl_mb = 0.0
        pages = write_warc(args.source, crawl, args.limit)
        crawl_mb = crawl.stat().st_size / 2**20
        rows = []
        for run in range(args.runs):
            rows.append(_run(crawl, work, args.workers, f"warc-{run}"))
            if not args.no_jsonl:       # the same articles without the web layer, under the same load
                plain = _jsonl(args.source, work / "plain.jsonl", args.limit)
                rows.append(_run(plain, work, args.workers, f"jsonl-{run}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(markdown(pages, crawl_mb=crawl_mb, rows=rows))
    return 0 if all(r["returncode"] == 0 for r in rows) else 1


def _jsonl(source: Path, path: Path, limit: int | None) -> Path:
    if not path.exists():
        with source.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
            for number, line in enumerate(lines):
                if limit is not None and number >= limit:
                    break
                out.write(line)
    return path


def _run(crawl: Path, work: Path, workers: int | None, run: str) -> dict:
    out, report = work / f"out-{run}", work / f"report-{run}.json"
    cmd = [sys.executable, "-m", "benchmarks.buildrun", str(crawl), "--out", str(out), "--report", str(report)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    measured = procmem.run_measured(cmd, cwd=REPO, env=env)
    result = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    return {"input": run.split("-")[0], "returncode": measured.returncode, "wall": measured.seconds, "cpu": measured.cpu_seconds,
            "articles": result.get("articles", 0), "read": result.get("seconds", {}).get("read", 0.0),
            "workers": result.get("workers"), "tree_mb": measured.tree_peak_mb,
            "load": os.getloadavg()[0]}


def markdown(pages: int, *, crawl_mb: float, rows: list[dict]) -> str:
    """The results as a Markdown table, one row per run and the median."""
    lines = [f"WARC of {pages:,} pages ({crawl_mb:.1f} MB gzipped), {machine.describe().get('cores', '?')} cores, "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", "",
             "| input | articles | wall s | CPU s (tree) | articles/s | read s (WARC: extract, language, dedup) | "
             "workers | peak tree MB | load after |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['input']} | {r['articles']:,} | {r['wall']:.1f} | {r['cpu']:.1f} | "
                     f"{r['articles'] / r['wall']:.1f} | {r['read']:.1f} | {r['workers']} | {r['tree_mb']:,.0f} | "
                     f"{r['load']:.1f} |")
    for kind in ("warc", "jsonl"):
        walls = [r["wall"] for r in rows if r["input"] == kind]
        if walls:
            median = statistics.median(walls)
            lines.append(f"\n{kind}: median {median:.1f} s, {rows[0]['articles'] / median:.1f} articles/s end to end")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
