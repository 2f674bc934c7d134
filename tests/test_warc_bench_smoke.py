"""The WARC benchmark (benchmarks/warc_bench.py) runs end to end on 20 real articles, so it cannot rot.

No time is asserted: only that every wrapped article comes out of the crawl as one article.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "gnad-test.jsonl"


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not here")
def test_warc_benchmark_builds_every_wrapped_article() -> None:
    done = subprocess.run([sys.executable, "-m", "benchmarks.warc_bench", "--source", str(CORPUS),
                           "--limit", "20", "--runs", "1", "--workers", "2"],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [line.split("|") for line in done.stdout.splitlines() if line.startswith("| warc") or
            line.startswith("| jsonl")]
    assert [(r[1].strip(), r[2].strip()) for r in rows] == [("warc", "20"), ("jsonl", "20")]
