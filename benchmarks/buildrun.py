"""The measured child process: one `kg.build.build` call, its report written as JSON.

Run by `benchmarks.run` under `procmem.run_measured`, so the wall time and peak
memory are those of a fresh process doing exactly what `kg build` does (minus
the progress bar), and the per-stage seconds come from `BuildReport.seconds`.

    python -m benchmarks.buildrun corpus.jsonl --out /tmp/out --report /tmp/report.json
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import time
from pathlib import Path

from kg.build import DEFAULT_BATCH, build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--report", type=Path, required=True)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH)
    parser.add_argument("--workers", type=int, help="NLP worker processes (default: as kg build)")
    parser.add_argument("--progress", type=Path, help="append 'articles seconds maxrss_mb' after each batch")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    done = 0

    def progress(n: int) -> None:
        # Lets a long run be read while it goes (and after it is stopped).
        nonlocal done
        done += n
        if args.progress:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            with args.progress.open("a", encoding="utf-8") as log:
                log.write(f"{done} {time.perf_counter() - start:.1f} {rss:.0f}\n")

    report = build(args.inputs, args.out, batch_size=args.batch_size, workers=args.workers,
                   progress=progress)
    result = dataclasses.asdict(report)
    result["wall_seconds_in_process"] = time.perf_counter() - start
    args.report.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
