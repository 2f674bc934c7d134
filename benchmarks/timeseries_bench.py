"""The analysis of a built store, time series included, and a dyad's monthly series by SPARQL.

Times, on the store of a build (or of `benchmarks.replicate_store`), each step
of what `kg build` does after writing the articles' graphs for the analysis:
the actor network (`kg.network.actor_network`), the metrics with every dyad's
monthly series and the dyads that changed most (`kg.analysis.analyze`), the
analysis graph written to the store (`kg.artifacts.analysis_quads`) and
analysis.json. Then times the `dyad_series` query of `benchmarks/queries` for
the dyad with the most events (warm-up, then up to `--runs` runs; median, p95).

    python -m benchmarks.timeseries_bench /tmp/big --json /tmp/big-time.json
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from benchmarks import latency
from kg.analysis import analyze, without_evidence
from kg.artifacts import analysis_json, analysis_quads
from kg.network import actor_network
from kg.store import open_store
from kg.vocab import ANALYSIS_GRAPH


def measure(store_dir: Path, runs: int) -> dict:
    """Seconds per analysis step and the dyad series query's latency on the store in `store_dir`."""
    seconds: dict[str, float] = {}
    with open_store(store_dir) as store:
        clock = time.perf_counter()
        graph = actor_network(store)
        seconds["network"] = time.perf_counter() - clock
        clock = time.perf_counter()
        result = analyze(without_evidence(graph))
        seconds["analyze"] = time.perf_counter() - clock
        clock = time.perf_counter()
        quads = list(analysis_quads(result))
        store.replace_graph(ANALYSIS_GRAPH, quads)
        text = analysis_json(result)
        seconds["analysis_store_and_json"] = time.perf_counter() - clock
        seconds["total"] = sum(seconds.values())
        params = latency.pick_parameters(store)
        sparql = latency.load_queries()["dyad_series"][latency.PLAIN].substitute(params)
        timing = latency.time_query(latency.oxigraph_runner(store, sparql), name="dyad_series", variant="plain",
                                    engine="oxigraph", runs=runs, budget=30.0)
        return {
            "seconds": {k: round(v, 2) for k, v in seconds.items()},
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "dyads": len(result.dyads),
            "dyad_months": sum(len(d.series) for d in result.dyads), "changes": len(result.changes),
            "periods": [str(p) for p in result.periods] if result.periods else None,
            "analysis_quads": len(quads), "analysis_json_bytes": len(text.encode("utf-8")),
            "triples": store.triple_count(),
            "dyad_series": {"source": params["dyad_source"], "target": params["dyad_target"],
                            "rows": timing.rows, "runs": timing.runs,
                            "median_ms": round(timing.median_ms, 2), "p95_ms": round(timing.p95_ms, 2)},
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="a store folder (OUT/store of kg build, or replicate_store's --work)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    result = measure(args.store, args.runs)
    result["maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    text = json.dumps(result, indent=1)
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
