"""Benchmark corpora: the real corpus in place, or N articles replicated from it.

Replicas get new ids (`{id}~{copy}`) and, unless disabled, a publication date
spread evenly over two years, so date-range queries select a real slice. The
text is unchanged, so words per article match the real corpus. The file is
streamed both ways: a 100,000-article corpus never sits in memory.

>>> import json, tempfile
>>> d = Path(tempfile.mkdtemp())
>>> src = d / "src.jsonl"
>>> _ = src.write_text('{"id": "a", "text": "Eins."}\\n{"id": "b", "text": "Zwei."}\\n')
>>> out = replicate(src, 5, d / "five.jsonl")
>>> [json.loads(line)["id"] for line in out.read_text().splitlines()]
['a~0', 'b~0', 'a~1', 'b~1', 'a~2']
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "gnad-test.jsonl"
FIRST_DAY = date(2015, 1, 1)
SPAN_DAYS = 730


def replicate(source: Path, count: int, target: Path, *, dated: bool = True) -> Path:
    """Write `count` articles to `target`, cycling through `source` with new ids."""
    lines = _source_lines(source)
    if not lines:
        raise ValueError(f"{source}: no articles to replicate")
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as out:
        for n in range(count):
            copy, index = divmod(n, len(lines))
            record = json.loads(lines[index])
            record["id"] = f"{record['id']}~{copy}"
            if dated:
                record["date"] = (FIRST_DAY + timedelta(days=n * SPAN_DAYS // max(count, 1))).isoformat()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def head(source: Path, count: int, target: Path) -> Path:
    """The first `count` articles of `source`, unchanged (for smoke runs)."""
    with target.open("w", encoding="utf-8") as out:
        out.writelines(_source_lines(source)[:count])
    return target


def _source_lines(source: Path) -> list[str]:
    # The source is the 1,016-article corpus (a few MB): keeping its raw lines is cheap.
    with source.open(encoding="utf-8") as handle:
        return [line if line.endswith("\n") else line + "\n" for line in handle if line.strip()]
