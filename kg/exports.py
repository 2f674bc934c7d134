"""Exports for other tools: GraphML and GEXF (Gephi) of the actor graph, and the
event table in PLOVER's field names (JSON and CSV).

GraphML and GEXF hold only scalar attributes: dicts and evidence lists of the
actor graph are flattened (`categories` → "ASSAULT:2;THREATEN:1", evidence →
its count and the article ids), and missing values become "".

The event records follow the JSON data fields of the PLOVER manual
(openeventdata/PLOVER, `PLOVER_MANUAL.tex`, chapter "Data Fields"): `id`,
`date`, `source` and `recipient` (lists of actor objects with `identifier_id`,
`identifier_text`, `code`, `office`), `event` (list of categories), `mode`,
`event_text`, `quad_code`, `event_scale`, `text`, `text_info` (`start`, `end`),
`cite_info` (`citation`, `url`, `title`) and `coder`; `confidence` and `factuality` (how
the text reports the event: asserted, intended, possible or negated; `gkg:factuality`) are ours.
The CSV flattens objects as `source_identifier_text`, `text_info_start`, ….
"""
from __future__ import annotations

import csv
import io
import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pycountry

from kg.network import Queryable, term_value
from kg.files import write_text_atomic

log = logging.getLogger(__name__)

# PLOVER's numeric quad codes (manual, table "Quad categories in PLOVER").
QUAD_CODES = {"verbal cooperation": 1, "material cooperation": 2,
              "verbal conflict": 3, "material conflict": 4}
NODE_FIELDS = ("label", "cls", "role", "affiliation", "iri", "degree", "weighted_degree",
               "betweenness", "pagerank", "community")
ACTOR_FIELDS = ("identifier_id", "identifier_text", "code", "office")
CSV_FIELDS = (
    "id", "date", "event", "mode", "quad_code", "event_scale", "event_text",
    *(f"source_{f}" for f in ACTOR_FIELDS), *(f"recipient_{f}" for f in ACTOR_FIELDS),
    "text", "text_info_start", "text_info_end",
    "cite_info_citation", "cite_info_url", "cite_info_title", "coder", "confidence", "factuality",
)


@dataclass(frozen=True)
class PloverActor:
    """A PLOVER actor object: our IRI, its label, ISO alpha-3 code (states), office (role)."""

    identifier_id: str
    identifier_text: str
    code: str | None = None
    office: str | None = None


@dataclass(frozen=True)
class PloverEvent:
    """One Interaction as a PLOVER record."""

    id: str
    date: str | None
    source: tuple[PloverActor, ...]
    recipient: tuple[PloverActor, ...]
    event: tuple[str, ...]
    event_text: tuple[str, ...]
    quad_code: int | None
    event_scale: float | None
    text: str | None
    start: int | None
    end: int | None
    citation: str | None
    url: str | None
    title: str | None
    coder: str | None
    confidence: float | None
    factuality: str = "asserted"

    def to_json(self) -> dict[str, Any]:
        """The nested PLOVER JSON record."""
        return {
            "id": self.id, "date": self.date,
            "source": [_actor_json(a) for a in self.source],
            "recipient": [_actor_json(a) for a in self.recipient],
            "event": list(self.event), "mode": [], "event_text": list(self.event_text),
            "quad_code": self.quad_code, "event_scale": self.event_scale, "text": self.text,
            "text_info": {"start": self.start, "end": self.end},
            "cite_info": {"citation": self.citation, "url": self.url, "title": self.title},
            "coder": self.coder, "confidence": self.confidence, "factuality": self.factuality,
        }

    def to_row(self) -> dict[str, Any]:
        """The flat CSV row (several actors joined by '; ')."""
        row: dict[str, Any] = {
            "id": self.id, "date": self.date, "event": ";".join(self.event), "mode": "",
            "quad_code": self.quad_code, "event_scale": self.event_scale,
            "event_text": "; ".join(self.event_text), "text": self.text,
            "text_info_start": self.start, "text_info_end": self.end,
            "cite_info_citation": self.citation, "cite_info_url": self.url,
            "cite_info_title": self.title, "coder": self.coder, "confidence": self.confidence,
            "factuality": self.factuality,
        }
        for role, actors in (("source", self.source), ("recipient", self.recipient)):
            for name in ACTOR_FIELDS:
                row[f"{role}_{name}"] = "; ".join(str(getattr(a, name) or "") for a in actors)
        return {k: ("" if v is None else v) for k, v in row.items()}


_EVENTS = """
SELECT ?ev ?s ?t ?type ?code ?quad ?score ?cue ?text ?start ?end ?aid ?date ?url ?title ?coder ?conf ?fact
WHERE {
  ?ev a gkg:Interaction ; gkg:source ?s ; gkg:eventType ?type .
  OPTIONAL { ?ev gkg:target ?t }
  OPTIONAL { ?type skos:notation ?code }
  OPTIONAL { ?type gkg:quadCategory ?quad }
  OPTIONAL { ?ev gkg:ploverScore ?score }
  OPTIONAL { ?ev gkg:cue ?cue }
  OPTIONAL { ?ev gkg:evidenceText ?text }
  OPTIONAL { ?ev gkg:evidenceStart ?start }
  OPTIONAL { ?ev gkg:evidenceEnd ?end }
  OPTIONAL { ?ev gkg:extractorVersion ?coder }
  OPTIONAL { ?ev gkg:confidence ?conf }
  OPTIONAL { ?ev gkg:factuality ?fact }
  OPTIONAL { ?ev gkg:reportedIn ?art .
             OPTIONAL { ?art dcterms:identifier ?aid }
             OPTIONAL { ?art dcterms:date ?date }
             OPTIONAL { ?art schema:url ?url }
             OPTIONAL { ?art dcterms:title ?title } }
}"""
# One query per property: a single query with three OPTIONALs multiplies rows
# (2.9 million for 379 events of the test corpus).
_ACTOR_FACTS = {
    "label": "SELECT DISTINCT ?e ?v WHERE { ?e rdfs:label ?v }",
    "role": "SELECT DISTINCT ?e ?v WHERE { ?e gkg:role ?v }",
    "iso": "SELECT DISTINCT ?e ?v WHERE { ?e gkg:isoCode ?v }",
}


def plover_events(store: Queryable) -> list[PloverEvent]:
    """Every Interaction of the store as a PLOVER record, sorted by date, article and offset."""
    rows: dict[str, dict[str, Any]] = {}
    sources: dict[str, set[str]] = defaultdict(set)
    targets: dict[str, set[str]] = defaultdict(set)
    cues: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_EVENTS):
        event = row["ev"].value
        values = {name: term_value(row, name) for name in
                  ("type", "code", "quad", "score", "text", "start", "end", "aid", "date",
                   "url", "title", "coder", "conf", "fact")}
        # Functional properties give one value each; min() keeps a stray duplicate deterministic.
        rows[event] = values if event not in rows else {
            k: min((x for x in (rows[event][k], v) if x is not None), default=None)
            for k, v in values.items()}
        sources[event].add(row["s"].value)
        if row["t"] is not None:
            targets[event].add(row["t"].value)
        if row["cue"] is not None:
            cues[event].add(row["cue"].value)
    actors = _actors(store, set().union(*sources.values(), *targets.values()))
    out = []
    for event, v in rows.items():
        code = v["code"] or v["type"].rsplit("/", 1)[-1]
        out.append(PloverEvent(
            id=event, date=v["date"],
            source=tuple(actors.get(a, PloverActor(a, a)) for a in sorted(sources[event])),
            recipient=tuple(actors.get(a, PloverActor(a, a)) for a in sorted(targets[event])),
            event=(code,), event_text=tuple(sorted(cues[event])),
            quad_code=QUAD_CODES.get((v["quad"] or "").casefold()),
            event_scale=_float(v["score"]), text=v["text"],
            start=_int(v["start"]), end=_int(v["end"]), citation=v["aid"], url=v["url"],
            title=v["title"], coder=v["coder"], confidence=_float(v["conf"]),
            factuality=v["fact"] or "asserted"))   # absent = asserted (CONTRACT)
    return sorted(out, key=lambda e: (e.date or "", e.citation or "", e.start or 0, e.id))


def events_json(events: Sequence[PloverEvent]) -> str:
    """The records as one JSON array (pretty, keys in PLOVER's order)."""
    return json.dumps([e.to_json() for e in events], ensure_ascii=False, indent=1) + "\n"


# a spreadsheet runs a cell that starts so as a formula ("=HYPERLINK(…)")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, made plain text (OWASP:
    a leading apostrophe); numbers stay numbers.

    >>> print(spreadsheet_safe('=HYPERLINK("http://x")'), spreadsheet_safe("Kiew"), spreadsheet_safe(-2.5))
    '=HYPERLINK("http://x") Kiew -2.5
    """
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def events_csv(events: Sequence[PloverEvent]) -> str:
    """The records as CSV with a header of flattened PLOVER field names; text cells that
    a spreadsheet would run as formulas are neutralised (`spreadsheet_safe`), and every
    text cell is quoted, so a carriage return inside one cannot end its row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writeheader()
    writer.writerows({k: spreadsheet_safe(v) for k, v in e.to_row().items()} for e in events)
    return buffer.getvalue()


def scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only str/int/float attributes, as GraphML and GEXF require.

    >>> g = nx.MultiDiGraph(); g.add_node("a", label="A", cls="State"); g.add_node("b", label="B")
    >>> _ = g.add_edge("a", "b", key="interaction", kind="interaction", count=2,
    ...                categories={"ASSAULT": 2}, evidence=[("s", "art1", None)], first_date=None)
    >>> scalar_graph(g).edges["a", "b", "interaction"]["categories"]
    'ASSAULT:2'
    """
    out = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(attrs.get(k)) for k in NODE_FIELDS})
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        evidence = list(attrs.get("evidence") or ())
        out.add_edge(u, v, key=key,
                     kind=str(attrs.get("kind", key)), count=int(attrs.get("count") or 1),
                     weight=float(attrs.get("weight") or attrs.get("count") or 1),
                     score_sum=float(attrs.get("score_sum") or 0.0),
                     score_mean=float(attrs.get("score_mean") or 0.0),
                     categories=";".join(f"{c}:{n}" for c, n in sorted((attrs.get("categories") or {}).items())),
                     first_date=attrs.get("first_date") or "", last_date=attrs.get("last_date") or "",
                     evidence_count=len(evidence),
                     articles=";".join(sorted({str(e[1]) for e in evidence if e[1]})))
    return out


def graphml(graph: nx.MultiDiGraph) -> str:
    """GraphML text of the scalar graph."""
    return _graphml(scalar_graph(graph))


def gexf(graph: nx.MultiDiGraph) -> str:
    """GEXF 1.2 text of the scalar graph (Gephi reads `label` and `weight`)."""
    return _gexf(scalar_graph(graph))


def _graphml(scalar: nx.MultiDiGraph) -> str:
    return "\n".join(nx.generate_graphml(scalar)) + "\n"


def _gexf(scalar: nx.MultiDiGraph) -> str:
    return "\n".join(nx.generate_gexf(scalar)) + "\n"


def write_graph_exports(graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write graph.graphml and graph.gexf atomically; return their paths."""
    return write_scalar_exports(scalar_graph(graph), out_dir)


SCALAR_EXPORTS = {"graph.graphml": _graphml, "graph.gexf": _gexf}


def write_scalar_exports(scalar: nx.MultiDiGraph, out_dir: Path,
                         names: Sequence[str] = tuple(SCALAR_EXPORTS)) -> list[Path]:
    """`write_graph_exports` of a graph `scalar_graph` made: small and quick to send to a worker
    process, which spends the time the XML writers take (a quarter of a second each at 1,000
    articles: the build writes the two `names` in two workers)."""
    return _write_all(out_dir, {name: SCALAR_EXPORTS[name](scalar) for name in names})


def write_event_exports(events: Sequence[PloverEvent], out_dir: Path) -> list[Path]:
    """Write events.csv and events.json atomically; return their paths."""
    return _write_all(out_dir, {"events.csv": events_csv(events), "events.json": events_json(events)})


def _write_all(out_dir: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = out_dir / name
        write_text_atomic(path, text)
        paths.append(path)
    return paths


def _actors(store: Queryable, nodes: set[str]) -> dict[str, PloverActor]:
    facts: dict[str, dict[str, set[str]]] = {name: defaultdict(set) for name in _ACTOR_FACTS}
    for name, sparql in _ACTOR_FACTS.items():
        for row in store.query(sparql):
            if row["e"].value in nodes:
                facts[name][row["e"].value].add(row["v"].value)
    return {node: PloverActor(node, min(facts["label"][node], default=node),
                              _alpha3(min(facts["iso"][node], default=None)),
                              ", ".join(sorted(facts["role"][node])) or None) for node in nodes}


def _alpha3(code: str | None) -> str | None:
    """PLOVER's actor code is ISO 3166 alpha-3; the store holds alpha-2 ('DE' → 'DEU')."""
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    return country.alpha_3 if country else code.upper()


def _actor_json(actor: PloverActor) -> dict[str, Any]:
    return {name: getattr(actor, name) for name in ACTOR_FIELDS if getattr(actor, name) is not None}


def _scalar(value: Any) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


def _float(text: str | None) -> float | None:
    return None if text is None else float(text)


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)
