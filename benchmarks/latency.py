"""SPARQL latency of the competency queries: the project's store beside rdflib's.

The queries live in `benchmarks/queries/*.rq` with `$name` placeholders, filled
from the data itself (`pick_parameters`), so they select something real at any
corpus size. Each query runs on the embedded Oxigraph store that `kg build`
wrote and on an rdflib `Dataset` (default graph = union, as our store) loaded
from the same build's `graph.trig`; results are fully iterated and the row
counts of both engines are reported, so a disagreement shows.

A question may have more than one formulation: `NAME.rq` is the plain one and
`NAME.VARIANT.rq` ask the same thing in another way (same rows). The engines
plan joins differently (Oxigraph hash-joins a subquery; rdflib evaluates it
once per row where it can pass bindings in, else compares every row with every
row), so each engine is compared with the formulation it runs fastest; every
formulation's time on both engines is kept too.
"""
from __future__ import annotations

import logging
import math
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template

from kg.store import GraphStore
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

QUERY_DIR = Path(__file__).parent / "queries"
SELECTIVE = ("officials_of_state", "talks_in_range", "met_officials_of", "label_exact")

_TOP_STATE = """
SELECT ?state ?name (COUNT(DISTINCT ?official) AS ?n) WHERE {
  ?official a gkg:Official ; gkg:affiliatedWith ?state .
  ?state a gkg:State ; rdfs:label ?name .
} GROUP BY ?state ?name ORDER BY DESC(?n) ?state LIMIT 1"""
_ANY_STATE = "SELECT ?state ?name WHERE { ?state a gkg:State ; rdfs:label ?name } ORDER BY ?state LIMIT 1"
_TALK_DATES = """
SELECT DISTINCT ?start WHERE { ?t gkg:startDate ?start FILTER(datatype(?start) = xsd:date) }
ORDER BY ?start"""


@dataclass(frozen=True)
class Timing:
    """Repeated runs of one formulation of a query on one engine."""

    query: str
    variant: str
    engine: str
    runs: int
    rows: int
    median_ms: float
    p95_ms: float


PLAIN = "plain"


def load_queries() -> dict[str, dict[str, Template]]:
    """Query name → formulation (`plain` first) → its SPARQL text as a template (`$state`, …)."""
    queries: dict[str, dict[str, Template]] = {}
    for path in sorted(QUERY_DIR.glob("*.rq"), key=lambda p: (p.stem.split(".")[0], "." in p.stem, p.stem)):
        name, _, variant = path.stem.partition(".")
        queries.setdefault(name, {})[variant or PLAIN] = Template(path.read_text(encoding="utf-8"))
    return queries


_TOP_DYAD = """SELECT ?s ?t WHERE { ?d gkg:dyadSource/rdfs:label ?s ; gkg:dyadTarget/rdfs:label ?t ;
                                    gkg:eventCount ?n } ORDER BY DESC(?n) ?s ?t LIMIT 1"""


def pick_parameters(store: GraphStore) -> dict[str, str]:
    """SPARQL terms for the placeholders, chosen from the data.

    The state with the most officials (any state if none has officials), its
    label for the label searches, the month around the median talk date, and
    the labels of the dyad with the most events (for its monthly series).
    """
    rows = list(store.query(_TOP_STATE)) or list(store.query(_ANY_STATE))
    if rows:
        state, name = rows[0]["state"], rows[0]["name"]
        params = {"state": str(state), "label": str(name),
                  "term": '"' + name.value.lower()[:5].replace('"', "") + '"'}
    else:  # an empty graph: the queries still run and return nothing
        params = {"state": "<https://w3id.org/geokg/id/state/none>", "label": '"none"@de', "term": '"none"'}
    dates = [row["start"].value for row in store.query(_TALK_DATES)]
    middle = dates[len(dates) // 2] if dates else "2015-06-15"
    year, month = int(middle[:4]), int(middle[5:7])
    following = f"{year + month // 12:04d}-{month % 12 + 1:02d}-01"
    params["from"] = f'"{year:04d}-{month:02d}-01"^^xsd:date'
    params["to"] = f'"{following}"^^xsd:date'
    busiest = list(store.query(_TOP_DYAD))   # the dyad with the most events, by its actors' labels
    params["dyad_source"], params["dyad_target"] = \
        (str(busiest[0]["s"]), str(busiest[0]["t"])) if busiest else ('"none"@de', '"none"@de')
    return params


def time_query(run: Callable[[], int], *, name: str, variant: str, engine: str, runs: int,
               budget: float) -> Timing:
    """Run once to warm up, then up to `runs` times (at least 3) within `budget` seconds."""
    rows = run()
    samples: list[float] = []
    deadline = time.perf_counter() + budget
    while len(samples) < runs and (len(samples) < 3 or time.perf_counter() < deadline):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return Timing(name, variant, engine, len(samples), rows, statistics.median(samples), _p95(samples))


def oxigraph_runner(store: GraphStore, sparql: str) -> Callable[[], int]:
    def run() -> int:
        return sum(1 for _ in store.query(sparql))
    return run


def rdflib_runner(dataset, sparql: str) -> Callable[[], int]:
    def run() -> int:
        return sum(1 for _ in dataset.query(sparql, initNs=PREFIXES))
    return run


def load_rdflib(trig: Path):
    """The build's TriG export in rdflib's in-memory store, default graph = union."""
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(str(trig), format="trig")
    return dataset


def measure(store: GraphStore, trig: Path | None, *, runs: int = 50, budget: float = 20.0,
            rdflib_runs: int = 10, rdflib_budget: float = 60.0) -> tuple[list[Timing], dict]:
    """Time every formulation of every competency query on the store and (if `trig`) on rdflib.

    Returns the timings and facts about the run (parameters, rdflib load time).
    """
    params = pick_parameters(store)
    queries = [(name, variant, template.substitute(params))
               for name, variants in load_queries().items() for variant, template in variants.items()]
    info: dict = {"parameters": params}
    timings = [time_query(oxigraph_runner(store, q), name=name, variant=variant, engine="oxigraph",
                          runs=runs, budget=budget)
               for name, variant, q in queries]
    if trig is not None:
        start = time.perf_counter()
        dataset = load_rdflib(trig)
        info["rdflib_load_seconds"] = time.perf_counter() - start
        info["rdflib_quads"] = len(dataset)
        prolog = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
        for name, variant, q in queries:
            timings.append(time_query(rdflib_runner(dataset, prolog + q), name=name, variant=variant,
                                      engine="rdflib", runs=rdflib_runs, budget=rdflib_budget))
    return timings, info


def side_by_side(timings: list[Timing]) -> list[Mapping[str, object]]:
    """One row per query: each engine's fastest formulation, and rdflib's median over Oxigraph's.

    `plain_ratio` compares the plain formulation on both; `variants` keeps every
    formulation's median and row count per engine.
    """
    rows = []
    for name in dict.fromkeys(t.query for t in timings):
        mine = [t for t in timings if t.query == name]
        ox, rl = _fastest(mine, "oxigraph"), _fastest(mine, "rdflib")
        plain = {t.engine: t for t in mine if t.variant == PLAIN}
        rows.append({
            "query": name, "selective": name in SELECTIVE,
            "oxigraph_variant": ox.variant if ox else None, "rdflib_variant": rl.variant if rl else None,
            "oxigraph_median_ms": ox.median_ms if ox else None, "oxigraph_p95_ms": ox.p95_ms if ox else None,
            "rdflib_median_ms": rl.median_ms if rl else None, "rdflib_p95_ms": rl.p95_ms if rl else None,
            "ratio": _over(rl, ox),
            "plain_ratio": _over(plain.get("rdflib"), plain.get("oxigraph")),
            "rows_oxigraph": ox.rows if ox else None, "rows_rdflib": rl.rows if rl else None,
            "variants": [{"variant": t.variant, "engine": t.engine, "median_ms": t.median_ms, "rows": t.rows}
                         for t in mine],
        })
    return rows


def _fastest(timings: list[Timing], engine: str) -> Timing | None:
    return min((t for t in timings if t.engine == engine), key=lambda t: t.median_ms, default=None)


def _over(rdflib: Timing | None, oxigraph: Timing | None) -> float | None:
    if rdflib is None or oxigraph is None or oxigraph.median_ms <= 0:
        return None
    return rdflib.median_ms / oxigraph.median_ms


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)  # nearest-rank percentile
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
