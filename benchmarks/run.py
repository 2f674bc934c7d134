"""The geokg benchmark: build throughput, peak memory, SPARQL latency, render time.

    python -m benchmarks.run                                  # real corpus + 10,000
    python -m benchmarks.run --sizes 100000 --no-render       # the long run
    python -m benchmarks.run --limit 20 --sizes real --runs 3 # a smoke run

Sizes: `real` builds `../shared/corpus/gnad-test.jsonl` in place; a number N
builds N articles replicated from it with new ids into a temporary folder.
Results go to `benchmarks/results/<time>.json` (git-ignored) and a Markdown
summary to stdout. Nothing is timed inside the tests (see README.md).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import corpus, latency, machine, procmem, render_bench

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).parent / "results"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.source.exists():
        print(f"benchmark: {args.source}: no corpus here (see --source)", file=sys.stderr)
        return 2
    work = Path(args.work or tempfile.mkdtemp(prefix="geokg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine.describe(), "command": " ".join(["python -m benchmarks.run", *(argv if argv is not None else sys.argv[1:])]),
                     "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                     "loadavg_1min_before": os.getloadavg()[0], "builds": [], "render": []}
    try:
        for size in args.sizes.split(","):
            results["builds"].append(_bench_size(size.strip(), args, work))
            _save(results, args.json)
        if args.render:
            for nodes in (int(n) for n in args.render.split(",")):
                timing = render_bench.time_render(nodes, work)
                results["render"].append(dataclasses.asdict(timing))
        path = _save(results, args.json)
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(markdown(results))
    print(f"\n(results: {path})", file=sys.stderr)
    return 0 if all(b["returncode"] == 0 for b in results["builds"]) else 1


def _bench_size(size: str, args: argparse.Namespace, work: Path) -> dict:
    label = size
    if size == "real":
        source = args.source
        if args.limit:
            source = corpus.head(args.source, args.limit, work / f"head-{args.limit}.jsonl")
            label = f"real[:{args.limit}]"
    else:
        source = corpus.replicate(args.source, int(size), work / f"corpus-{size}.jsonl")
    out = work / f"out-{size}"
    shutil.rmtree(out, ignore_errors=True)
    report_path = work / f"report-{size}.json"
    cmd = [sys.executable, "-m", "benchmarks.buildrun", str(source), "--out", str(out),
           "--report", str(report_path), "--batch-size", str(args.batch_size)]
    if args.workers is not None:
        cmd += ["--workers", str(args.workers)]
    cmd += ["--progress", str(work / f"progress-{size}.txt")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    measured = procmem.run_measured(cmd, cwd=REPO, env=env)
    entry: dict = {"size": label, "input": str(source), "returncode": measured.returncode,
                   "loadavg_1min_after": os.getloadavg()[0],
                   "wall_seconds": measured.seconds, "cpu_seconds": measured.cpu_seconds,
                   "maxrss_mb": measured.maxrss_mb,
                   "tree_peak_mb": measured.tree_peak_mb}
    if measured.returncode != 0:
        return entry
    report = json.loads(report_path.read_text(encoding="utf-8"))
    report["problems"] = len(report["problems"])
    entry["report"] = report
    entry["articles_per_second"] = report["articles"] / measured.seconds
    entry["words_per_second"] = report["words"] / measured.seconds
    entry["articles_per_cpu_second"] = report["articles"] / max(measured.cpu_seconds, 1e-9)
    if args.rebuild:
        again = procmem.run_measured(cmd, cwd=REPO, env=env)
        entry["rebuild_seconds"] = again.seconds
        entry["rebuild_report"] = json.loads(report_path.read_text(encoding="utf-8"))["seconds"]
    if size in args.latency.split(","):
        entry["latency"] = _latency(out, args, with_rdflib=report["triples"] <= args.rdflib_max_quads)
    return entry


def _latency(out: Path, args: argparse.Namespace, *, with_rdflib: bool) -> dict:
    from kg.store import open_store

    trig = out / "graph.trig"
    with open_store(out, read_only=True) as store:
        timings, info = latency.measure(store, trig if with_rdflib and trig.exists() else None,
                                        runs=args.runs, rdflib_runs=max(3, args.runs // 5))
    return {"info": info, "queries": latency.side_by_side(timings)}


def _save(results: dict, target: str | None) -> Path:
    path = Path(target) if target else RESULTS / f"{results['started'].replace(':', '')}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return path


def markdown(results: dict) -> str:
    """The results as the Markdown tables README.md shows."""
    m = results["machine"]
    lines = [f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM, {m['os']}, "
             f"Python {m['python']}, spaCy {m['spacy']}, pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}.",
             f"Command: `{results['command']}` (started {results['started']}; 1-minute load average "
             f"before: {results['loadavg_1min_before']:.1f}).", ""]
    lines += ["| corpus | articles | words | wall s | CPU s | articles/s | words/s | articles per CPU s "
              "| peak RSS MB (largest / tree) | triples | load after |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for b in results["builds"]:
        if b["returncode"] != 0:
            lines.append(f"| {b['size']} | build failed (exit {b['returncode']}) | | | | | | | | | |")
            continue
        r = b["report"]
        lines.append(f"| {b['size']} | {r['articles']:,} | {r['words']:,} | {b['wall_seconds']:.1f} | "
                     f"{b['cpu_seconds']:.1f} | {b['articles_per_second']:.1f} | {b['words_per_second']:,.0f} | "
                     f"{b['articles_per_cpu_second']:.1f} | {b['maxrss_mb']:.0f} / {b['tree_peak_mb']:.0f} | "
                     f"{r['triples']:,} | {b['loadavg_1min_after']:.1f} |")
    stages = sorted({s for b in results["builds"] for s in b.get("report", {}).get("seconds", {})})
    if stages:
        lines += ["", "Seconds per stage, wall / CPU (`BuildReport.seconds` / `.cpu_seconds`; nlp, extract and rdf "
                  "run in the worker processes, summed over them, and overlap the writer's stages):", "",
                  "| stage | " + " | ".join(b["size"] for b in results["builds"] if "report" in b) + " |",
                  "| --- |" + " ---: |" * sum(1 for b in results["builds"] if "report" in b)]
        for stage in stages:
            cells = []
            for b in results["builds"]:
                if "report" in b:
                    wall = b["report"]["seconds"].get(stage)
                    cpu = b["report"].get("cpu_seconds", {}).get(stage)
                    cells.append("" if wall is None else f"{wall:.1f}" + ("" if cpu is None else f" / {cpu:.1f}"))
            lines.append(f"| {stage} | " + " | ".join(cells) + " |")
        rebuilds = [f"{b['size']}: {b['rebuild_seconds']:.1f} s" for b in results["builds"] if "rebuild_seconds" in b]
        if rebuilds:
            lines += ["", "Unchanged rebuild (digests match, nothing written but the artifacts): " + ", ".join(rebuilds)]
    for b in results["builds"]:
        if "latency" not in b:
            continue
        info = b["latency"]["info"]
        load = f"; rdflib loaded {info['rdflib_quads']:,} quads in {info['rdflib_load_seconds']:.0f} s" \
            if "rdflib_load_seconds" in info else "; rdflib skipped (too large)"
        lines += ["", f"SPARQL latency, corpus {b['size']} (ms, median / p95{load}; each engine with its fastest "
                  "formulation, named in brackets where not the plain one):", "",
                  "| query | selective | Oxigraph | rdflib | rdflib ÷ Oxigraph | plain ÷ plain | rows (ox / rdflib) |",
                  "| --- | :---: | ---: | ---: | ---: | ---: | ---: |"]
        for q in b["latency"]["queries"]:
            ox = f"{q['oxigraph_median_ms']:.1f} / {q['oxigraph_p95_ms']:.1f}{_variant(q['oxigraph_variant'])}"
            rl = "–" if q["rdflib_median_ms"] is None else \
                f"{q['rdflib_median_ms']:.1f} / {q['rdflib_p95_ms']:.1f}{_variant(q['rdflib_variant'])}"
            rows = f"{q['rows_oxigraph']} / {q['rows_rdflib'] if q['rows_rdflib'] is not None else '–'}"
            lines.append(f"| {q['query']} | {'yes' if q['selective'] else 'no'} | {ox} | {rl} | "
                         f"{_ratio(q['ratio'])} | {_ratio(q['plain_ratio'])} | {rows} |")
    if results["render"]:
        lines += ["", "| graph.html nodes | edges | write s | size MB | open in Chromium s |",
                  "| ---: | ---: | ---: | ---: | ---: |"]
        lines += [f"| {r['nodes']:,} | {r['edges']:,} | {r['seconds']:.2f} | {r['bytes'] / 2**20:.1f} | "
                  f"{'–' if r.get('open_seconds') is None else format(r['open_seconds'], '.2f')} |"
                  for r in results["render"]]
    return "\n".join(lines)


def _variant(name: str | None) -> str:
    return "" if name in (None, latency.PLAIN) else f" ({name})"


def _ratio(value: float | None) -> str:
    """rdflib ÷ Oxigraph as shown: one decimal where it decides a 10× target (9.7× is not 10×)."""
    if value is None:
        return "–"
    return f"{value:.1f}×" if value < 20 else f"{value:.0f}×"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--source", type=Path, default=corpus.DEFAULT_SOURCE, help="the real corpus (JSON lines)")
    p.add_argument("--sizes", default="real,10000", help="comma-separated: real and/or article counts")
    p.add_argument("--limit", type=int, help="use only the first N real articles (smoke runs)")
    p.add_argument("--latency", default="real,10000,100000", help="sizes whose queries are timed")
    p.add_argument("--runs", type=int, default=50, help="timed runs per query on Oxigraph (rdflib: a fifth)")
    p.add_argument("--rdflib-max-quads", type=int, default=20_000_000,
                   help="skip rdflib above this many quads (it holds them all in memory)")
    p.add_argument("--render", default="100,1000,5000", help="graph.html sizes in nodes ('' to skip)")
    p.add_argument("--no-render", dest="render", action="store_const", const="")
    p.add_argument("--rebuild", action="store_true", help="also time an unchanged rebuild")
    p.add_argument("--batch-size", type=int, default=256)
    p.add_argument("--workers", type=int, help="NLP worker processes (default: as kg build, one per core)")
    p.add_argument("--work", help="keep corpora and outputs in this folder (default: a temp folder, removed)")
    p.add_argument("--keep", action="store_true", help="keep the temp folder")
    p.add_argument("--json", help="write the results here (default: benchmarks/results/<time>.json)")
    return p


if __name__ == "__main__":
    raise SystemExit(main())
