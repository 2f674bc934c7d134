"""The build: input → NLP → facts → RDF → store, then the artifacts.

All input is read and validated before the store is opened, so bad input never
leaves a half-written store. Articles whose digest the store already holds are
skipped (a rebuild adds nothing); changed articles replace their named graph.
Each batch is written in one transaction, so a crash loses at most the batch
in flight and never leaves part of an article.
"""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from kg import inputs
from kg.errors import InputError
from kg.facts import Article
from kg.store import GraphStore, open_store

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
DEFAULT_BATCH = 256


@dataclass
class BuildReport:
    """What a build did, for the CLI summary and the benchmark."""

    articles: int = 0            # good articles in the input
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)   # skipped with --skip-bad
    triples: int = 0
    words: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per stage

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start


def check_input(paths: Sequence[Path], *, skip_bad: bool = False) -> inputs.Scan:
    """Read all input once; raise on the first problem unless bad articles are to be skipped."""
    scan = inputs.scan(paths)
    if scan.problems and not skip_bad:
        more = len(scan.problems) - 1
        suffix = f" (and {more} more problem{'s' * (more > 1)}; --skip-bad skips them)" if more else ""
        raise InputError(f"{scan.problems[0]}{suffix}")
    if scan.count == 0:
        raise InputError("no readable articles in the input")
    return scan


def build(paths: Sequence[Path], out_dir: Path, *, store_location: str | None = None,
          skip_bad: bool = False, batch_size: int = DEFAULT_BATCH, max_nodes: int | None = None,
          artifacts: bool = True, progress: Progress | None = None,
          on_start: Callable[[int], None] | None = None) -> BuildReport:
    """Build the graph of `paths` into the store of `out_dir` (or `store_location`).

    `on_start(total)` is called once the input is validated, `progress(n)` after
    each batch of n articles.
    """
    report = BuildReport()
    with report.timing("read"):
        scan = check_input(paths, skip_bad=skip_bad)
    report.articles = scan.count
    report.problems = [str(p) for p in scan.problems]
    if on_start:
        on_start(scan.count)

    out_dir.mkdir(parents=True, exist_ok=True)
    with open_store(store_location or out_dir, create=True) as store:
        _write_ontology(store, report)
        with report.timing("read"):
            known = store.article_digests()
        writer = _ArticleWriter(store, known, report)
        for batch in _batches(inputs.articles(scan), batch_size):
            writer.write(batch)
            if progress:
                progress(len(batch))
        if artifacts:
            _write_artifacts(store, out_dir, report, max_nodes)
        report.triples = store.triple_count()
    return report


class _ArticleWriter:
    """Turns batches of articles into facts and writes the changed ones."""

    def __init__(self, store: GraphStore, known: dict[str, str], report: BuildReport) -> None:
        from kg.extract import extract
        from kg.nlp import build_nlp

        self.store, self.known, self.report = store, known, report
        self.extract = extract
        with report.timing("nlp-load"):
            self.nlp = build_nlp()

    def write(self, batch: list[Article]) -> None:
        from kg.rdf import article_quads
        from kg.vocab import article_graph

        report = self.report
        todo = [a for a in batch if self.known.get(a.id) != a.digest]
        report.unchanged += len(batch) - len(todo)
        if not todo:
            return
        with report.timing("nlp"):
            docs = list(self.nlp.pipe(a.text for a in todo))
        with report.timing("extract"):
            facts = [self.extract(doc, article) for doc, article in zip(docs, todo)]
        report.words += sum(len(doc) for doc in docs)
        with report.timing("rdf"):
            graphs = [(article_graph(f.article.id), article_quads(f)) for f in facts]
        new = [g for g, a in zip(graphs, todo) if a.id not in self.known]
        changed = [g for g, a in zip(graphs, todo) if a.id in self.known]
        with report.timing("write"):
            self.store.write_articles(new, replace=False)
            self.store.write_articles(changed, replace=True)
        for article in todo:
            self.known[article.id] = article.digest
        report.added += len(new)
        report.replaced += len(changed)


def _write_ontology(store: GraphStore, report: BuildReport) -> None:
    from kg.ontology import ontology_quads
    from kg.vocab import ONTOLOGY_GRAPH

    with report.timing("write"):
        store.replace_graph(ONTOLOGY_GRAPH, ontology_quads())


def _write_artifacts(store: GraphStore, out_dir: Path, report: BuildReport,
                     max_nodes: int | None) -> None:
    from kg.artifacts import write_artifacts

    with report.timing("analysis+render"):
        write_artifacts(store, out_dir, max_nodes=max_nodes)
    with report.timing("export"):
        target = out_dir / "graph.trig"
        partial = out_dir / ".graph.trig.partial"
        store.dump_trig(partial)
        os.replace(partial, target)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
