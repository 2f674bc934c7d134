"""The store → a networkx actor graph (read through SPARQL only).

One `nx.MultiDiGraph`; nodes are actor IRIs (strings), and between two actors
there is at most one edge per *kind*, which is also the edge key:

| kind | direction | meaning | attributes |
| --- | --- | --- | --- |
| `interaction` | source → target | PLOVER events | count, score_sum, score_mean, categories, evidence, first_date, last_date, months |
| `talks` | both (stored once, lower IRI first) | joint participation in talks | count, categories (talks kinds), evidence, first_date, last_date |
| `affiliation` | official → state/organization | `gkg:affiliatedWith` | count = 1 |
| `membership` | member → organization | `gkg:memberOf` | count = 1 |
| `advisor` | adviser → advised official | `gkg:advisorTo` | count = 1 |

Every edge has `kind`, `count`, `weight` (= count) and `rules`: the names of
the rules that read it (an event's or talk's `gkg:rule`; a membership's or
advice's on the relation's statement; a person's affiliation on the role
statements, an organisation's with its description in the articles stating it).
Structural edges (affiliation, membership, advisor) live in the same graph but
apart by key, so the metrics in `kg.analysis` can leave them out. Evidence is a sorted list of
`EvidenceRef`s, one per event or talk and its sentence: the sentence, the
article id, the article's publication date (ISO or None), and what the page
shows of that reading: its category (PLOVER code or talks kind), factuality
(`gkg:factuality`, events), status (`gkg:status`, talks), the names of the
rules that read it (`gkg:rule`), its own date (`gkg:date`, events) and its
PLOVER score. `months` is an interaction edge's time series: {"2015-03":
MonthAcc(count, score_sum, categories)} over its events with a `gkg:date`.

`actor_network(store, count)` makes interaction edges of every event
(`count="all"`) or only of those the text reports as fact (`"asserted"`, what
conflict and cooperation metrics count); the graph's `count` attribute says
which.

Nodes carry `label`, `cls` (State, Official, Organization, or Person for a
role-less person who takes part in talks or events), `role` and `affiliation`
(comma-joined labels, "" when none), `rules` (the names of the rules that read
the actor in any article), `mentions` (articles that mention the actor) and `activity` (events and talks it takes part in, with or without a
known counterpart). Nodes and edges are inserted in sorted order, so every
metric computed on the graph is reproducible.
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, NamedTuple, Protocol

import networkx as nx

from kg.defaults import COUNTS

log = logging.getLogger(__name__)

KINDS = ("interaction", "talks", "affiliation", "membership", "advisor")
STRUCTURAL_KINDS = frozenset({"affiliation", "membership", "advisor"})
# When an entity carries several classes across articles, the most specific wins.
CLASS_PRIORITY = ("Official", "State", "Organization", "Person")
CORE_CLASSES = frozenset({"Official", "State", "Organization"})


class Queryable(Protocol):
    """Anything that runs SPARQL with the usual prefixes over the union graph (`kg.store.GraphStore`)."""

    def query(self, sparql: str) -> Any: ...


class EvidenceRef(NamedTuple):
    """One reading behind an edge: the sentence, the article id, its publication date (ISO) or None, and the reading's details."""

    sentence: str
    article: str
    date: str | None
    category: str = ""
    factuality: str = "asserted"
    status: str = ""
    rules: tuple[str, ...] = ()
    event_date: str | None = None
    score: float | None = None
    item: str = ""          # the event or talk IRI: two readings of one sentence stay two


_CLASSES = """
SELECT DISTINCT ?e ?cls WHERE {
  VALUES ?cls { gkg:State gkg:Official gkg:Organization gkg:Person }
  ?e a ?cls .
}"""
_LABELS = "SELECT DISTINCT ?e ?label WHERE { ?e rdfs:label ?label }"
_ROLES = "SELECT DISTINCT ?e ?role WHERE { ?e gkg:role ?role }"
_AFFILIATIONS = "SELECT DISTINCT ?a ?b WHERE { ?a gkg:affiliatedWith ?b }"
_MEMBERSHIPS = "SELECT DISTINCT ?a ?b WHERE { ?a gkg:memberOf ?b }"
_ADVISERS = "SELECT DISTINCT ?a ?b WHERE { ?a gkg:advisorTo ?b }"
_MENTIONS = "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a gkg:mentions ?e } GROUP BY ?e"
# events, talks and actors: the rules on their node (an actor's: from every article's graph)
_RULES = "SELECT ?x ?rule WHERE { ?x gkg:rule ?rule }"
# structural edges: the rules of the statements behind them
_EDGE_RULES = """
SELECT DISTINCT ?kind ?a ?b ?rule WHERE {
  { VALUES (?p ?kind) { (gkg:memberOf "membership") (gkg:advisorTo "advisor") }
    ?s rdf:predicate ?p ; rdf:subject ?a ; rdf:object ?b ; gkg:rule ?rule }
  UNION { ?s gkg:holder ?a ; gkg:roleFor ?b ; gkg:rule ?rule . BIND("affiliation" AS ?kind) }
  UNION { ?a a gkg:Organization . GRAPH ?g { ?a gkg:affiliatedWith ?b ; gkg:rule ?rule }
          BIND("affiliation" AS ?kind) }
}"""
_INTERACTIONS = """
SELECT ?ev ?s ?t ?type ?code ?score ?text ?aid ?date ?fact ?day WHERE {
  ?ev a gkg:Interaction ; gkg:source ?s ; gkg:eventType ?type .
  OPTIONAL { ?ev gkg:target ?t }
  OPTIONAL { ?type skos:notation ?code }
  OPTIONAL { ?ev gkg:ploverScore ?score }
  OPTIONAL { ?ev gkg:evidenceText ?text }
  OPTIONAL { ?ev gkg:factuality ?fact }
  OPTIONAL { ?ev gkg:date ?day }
  OPTIONAL { ?ev gkg:reportedIn ?art .
             OPTIONAL { ?art dcterms:identifier ?aid }
             OPTIONAL { ?art dcterms:date ?date } }
}"""
_TALKS = """
SELECT ?talk ?p ?type ?text ?aid ?date ?status WHERE {
  ?talk gkg:participant ?p .
  OPTIONAL { ?talk a ?type . FILTER(STRSTARTS(STR(?type), STR(gkg:))) }
  OPTIONAL { ?talk gkg:evidenceText ?text }
  OPTIONAL { ?talk gkg:status ?status }
  OPTIONAL { ?talk gkg:reportedIn ?art .
             OPTIONAL { ?art dcterms:identifier ?aid }
             OPTIONAL { ?art dcterms:date ?date } }
}"""


@dataclass
class MonthAcc:
    """One month of an interaction edge: events, summed score, events per PLOVER category."""

    count: int = 0
    score_sum: float = 0.0
    categories: Counter = field(default_factory=Counter)


@dataclass
class _EdgeAcc:
    """Accumulates one edge while the rows stream in (private, mutable by design)."""

    count: int = 0
    score_sum: float = 0.0
    categories: Counter = field(default_factory=Counter)
    evidence: set = field(default_factory=set)
    seen: set = field(default_factory=set)  # event/talk IRIs already counted
    months: dict = field(default_factory=dict)  # "2015-03" → MonthAcc (interactions only)

    def add_to_month(self, day: str | None, score: float, code: str) -> None:
        if not day or len(day) < 7:
            return
        month = self.months.setdefault(day[:7], MonthAcc())
        month.count += 1
        month.score_sum += score
        month.categories[code] += 1

    def attrs(self, kind: str) -> dict[str, Any]:
        evidence = sorted(self.evidence, key=lambda e: (e.date or "", e.article, e.sentence, e.item))
        dates = sorted(e.date for e in evidence if e.date)
        out: dict[str, Any] = {
            "kind": kind, "count": self.count, "weight": self.count,
            "categories": dict(sorted(self.categories.items())), "evidence": evidence,
            "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            "rules": tuple(sorted({rule for e in evidence for rule in e.rules})),
        }
        if kind == "interaction":
            out["score_sum"] = round(self.score_sum, 6)
            out["score_mean"] = round(self.score_sum / self.count, 6) if self.count else 0.0
            out["months"] = dict(sorted(self.months.items()))
        return out


class _Read(NamedTuple):
    """What the network is made of, read from the store once."""

    classes: dict[str, set[str]]
    labels: dict[str, set[str]]
    roles: dict[str, set[str]]
    affiliations: dict[str, set[str]]
    memberships: dict[str, set[str]]
    advisers: dict[str, set[str]]
    rules: dict[str, tuple[str, ...]]
    edge_rules: dict[tuple[str, str, str], tuple[str, ...]]     # (kind, a, b) → rule names
    interactions: list[Any]
    talks: list[Any]
    mentions: dict[str, int]


def actor_network(store: Queryable, count: str = "all") -> nx.MultiDiGraph:
    """Project the store's actors, events, talks, affiliations and memberships into one graph.

    `count`: which events make interaction edges — "all", or "asserted" (the
    events the text reports as fact: what an analysis of conflict and
    cooperation counts, ANNOTATION.md § factuality).
    """
    return actor_networks(store, count)[0]


def actor_networks(store: Queryable, *counts: str) -> list[nx.MultiDiGraph]:
    """One graph per way of counting events (see `actor_network`), from one read of the store."""
    if not set(counts) <= set(COUNTS):
        raise ValueError(f"unknown event count {counts!r} (one of {', '.join(COUNTS)})")
    classes: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_CLASSES):
        classes[row["e"].value].add(_local(row["cls"].value))
    edge_rules: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in store.query(_EDGE_RULES):
        edge_rules[row["kind"].value, row["a"].value, row["b"].value].add(row["rule"].value)
    read = _Read(classes, _collect(store.query(_LABELS), "e", "label"), _collect(store.query(_ROLES), "e", "role"),
                 _collect(store.query(_AFFILIATIONS), "a", "b"), _collect(store.query(_MEMBERSHIPS), "a", "b"),
                 _collect(store.query(_ADVISERS), "a", "b"),
                 {x: tuple(sorted(names)) for x, names in _collect(store.query(_RULES), "x", "rule").items()},
                 {edge: tuple(sorted(names)) for edge, names in edge_rules.items()},
                 list(store.query(_INTERACTIONS)), list(store.query(_TALKS)),
                 {row["e"].value: int(row["n"].value) for row in store.query(_MENTIONS)})
    return [_network(read, count) for count in counts]


def _network(read: _Read, count: str) -> nx.MultiDiGraph:
    classes, affiliations, memberships = read.classes, read.affiliations, read.memberships
    activity: Counter = Counter()
    interactions = _interaction_edges(read.interactions, classes, read.rules, activity, count)
    talks = _talks_edges(read.talks, classes, read.rules, activity)

    nodes = {e for e, cls in classes.items() if cls & CORE_CLASSES}
    for u, v in list(interactions) + list(talks):
        nodes.update((u, v))

    graph = nx.MultiDiGraph(count=count)
    for node in sorted(nodes):
        cls = next(c for c in CLASS_PRIORITY if c in classes[node])
        graph.add_node(node, label=_first(read.labels.get(node)) or _local(node), cls=cls,
                       role=", ".join(sorted(read.roles.get(node, ()))), affiliation="", iri=node,
                       rules=read.rules.get(node, ()), mentions=read.mentions.get(node, 0),
                       activity=activity[node])
    for node in sorted(nodes):
        targets = sorted(b for b in affiliations.get(node, ()) if b in nodes and b != node)
        graph.nodes[node]["affiliation"] = ", ".join(graph.nodes[b]["label"] for b in targets)
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    for (u, v), acc in interactions.items():
        edges.append((u, v, "interaction", acc.attrs("interaction")))
    for (u, v), acc in talks.items():
        edges.append((u, v, "talks", acc.attrs("talks")))
    for kind, relation in (("affiliation", affiliations), ("membership", memberships), ("advisor", read.advisers)):
        for a, targets in relation.items():
            for b in targets:
                if a in nodes and b in nodes and a != b:
                    edges.append((a, b, kind, {"kind": kind, "count": 1, "weight": 1,
                                               "categories": {}, "evidence": [],
                                               "first_date": None, "last_date": None,
                                               "rules": read.edge_rules.get((kind, a, b), ())}))
    for u, v, kind, attrs in sorted(edges, key=lambda e: (e[0], e[1], KINDS.index(e[2]))):
        graph.add_edge(u, v, key=kind, **attrs)
    log.info("actor network (%s events): %d nodes, %d edges", count, graph.number_of_nodes(),
             graph.number_of_edges())
    return graph


def edges_of_kind(graph: nx.MultiDiGraph, *kinds: str) -> Iterable[tuple[Any, Any, dict[str, Any]]]:
    """The (u, v, attrs) edges whose kind is one of `kinds`.

    >>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b", key="talks", kind="talks")
    >>> [(u, v) for u, v, _ in edges_of_kind(g, "talks")], list(edges_of_kind(g, "interaction"))
    ([('a', 'b')], [])
    """
    wanted = set(kinds)
    return ((u, v, attrs) for u, v, attrs in graph.edges(data=True) if attrs.get("kind") in wanted)


def _interaction_edges(rows: Iterable[Any], classes: dict[str, set[str]], rules: dict[str, tuple[str, ...]],
                       activity: Counter, count: str = "all") -> dict[tuple[str, str], _EdgeAcc]:
    edges: dict[tuple[str, str], _EdgeAcc] = defaultdict(_EdgeAcc)
    acting: set[tuple[str, str]] = set()
    for row in rows:
        if count == "asserted" and (term_value(row, "fact") or "asserted") != "asserted":
            continue    # a feared, planned or denied act is no conflict or cooperation that took place
        source, target, event = term_value(row, "s"), term_value(row, "t"), row["ev"].value
        for actor in (source, target):
            if _is_actor(actor, classes):
                acting.add((event, actor))
        if target is None or source == target or not (_is_actor(source, classes) and _is_actor(target, classes)):
            continue  # no dyad without a known target actor
        acc = edges[(source, target)]
        code = term_value(row, "code") or _local(row["type"].value)
        score = float(term_value(row, "score") or 0.0)
        if event not in acc.seen:
            acc.seen.add(event)
            acc.count += 1
            acc.score_sum += score
            acc.categories[code] += 1
            acc.add_to_month(term_value(row, "day"), score, code)
        if term_value(row, "text"):
            acc.evidence.add(EvidenceRef(term_value(row, "text"), term_value(row, "aid") or "", term_value(row, "date"),
                                         code, term_value(row, "fact") or "asserted", "", rules.get(event, ()),
                                         term_value(row, "day"), score, event))
    activity.update(actor for _, actor in acting)
    return edges


def _talks_edges(rows: Iterable[Any], classes: dict[str, set[str]], rules: dict[str, tuple[str, ...]],
                 activity: Counter) -> dict[tuple[str, str], _EdgeAcc]:
    participants: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    sentences: dict[str, set[tuple[str, str, str | None, str]]] = defaultdict(set)
    for row in rows:
        talk = row["talk"].value
        participant = row["p"].value
        if _is_actor(participant, classes):
            participants[talk].add(participant)
        if term_value(row, "type"):
            kinds[talk].add(_local(term_value(row, "type")))
        if term_value(row, "text"):
            sentences[talk].add((term_value(row, "text"), term_value(row, "aid") or "", term_value(row, "date"),
                                 term_value(row, "status") or ""))
    edges: dict[tuple[str, str], _EdgeAcc] = defaultdict(_EdgeAcc)
    for talk in sorted(participants):
        activity.update(participants[talk])
        # The most specific class names the talk: a PhoneCall is also a Talks.
        specific = sorted(kinds[talk] - {"Talks"}) or ["Talks"]
        evidence = {EvidenceRef(text, aid, day, specific[0], "asserted", status, rules.get(talk, ()), None, None, talk)
                    for text, aid, day, status in sentences[talk]}
        for u, v in combinations(sorted(participants[talk]), 2):
            acc = edges[(u, v)]
            acc.count += 1
            acc.categories[specific[0]] += 1
            acc.evidence.update(evidence)
    return edges


def _is_actor(node: str | None, classes: dict[str, set[str]]) -> bool:
    return node is not None and bool(classes.get(node, set()) & set(CLASS_PRIORITY))


def _collect(rows: Iterable[Any], key: str, value: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        out[row[key].value].add(row[value].value)
    return out


def term_value(row: Any, name: str) -> str | None:
    """The lexical value of a query solution's variable, None where it is unbound (an OPTIONAL that found nothing)."""
    term = row[name]
    return None if term is None else term.value


def _first(values: Iterable[str] | None) -> str | None:
    return min(values) if values else None


def _local(iri: str) -> str:
    """The last segment of an IRI: 'https://…/ontology#State' → 'State'."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
