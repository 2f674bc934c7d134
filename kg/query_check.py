"""Decide before running it whether a query may run: no updates, no SERVICE unless allowed.

The SERVICE decision is made on the *parsed* query. Oxigraph matches keywords
on the raw text, ASCII case-insensitively (it decodes `\\u` escapes only inside
strings and IRIs), so a query whose text does not contain the letters
`service` in any case cannot call another endpoint. Any other query is parsed
with rdflib's SPARQL 1.1 grammar and refused when its tree holds a
`ServiceGraphPattern`, or when it cannot be parsed at all (fail closed: a
parser that disagrees with Oxigraph's must not let a call through). A scan of
the keywords outside IRIs, strings and comments runs beside it, so both would
have to be fooled; behind both, the query workers have no network
(`kg.sandbox`).

>>> check_query('SELECT * WHERE { ?s rdfs:label "SERVICE" }') is None
True
>>> check_query("SELECT * WHERE { SERVICE <http://evil/> { ?s ?p ?o } }").status
403
>>> check_query("PREFIX ex: <urn:x#> DELETE WHERE { ?s ?p ?o }").status
403
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pyparsing import ParseBaseException, ParseResults

MAX_NESTING = 256  # deeper brackets overflow the parser's stack and kill the worker
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
# What a lexer must skip to see keywords: IRIs, strings (long ones first), comments.
_OPAQUE = re.compile(r"""<[^<>"{}|^`\\\x00-\x20]*>|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                         |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"|\#[^\n\r]*""", re.VERBOSE | re.DOTALL)
# Not inside names, variables or language tags; a word glued to `.` or `-` still
# counts (refusing a harmless `ex:a.service` beats missing `?o.SERVICE<…>`).
_WORD = re.compile(r"(?<![\w:?$@])([A-Za-z]+)(?![\w:])")
SERVICE_REFUSED = ("SERVICE calls to other endpoints are disabled on this server "
                   "(the operator can allow them with `kg serve --allow-service`)")
UPDATE_REFUSED = "this endpoint is read-only: SPARQL Update is refused"


@dataclass(frozen=True)
class Refusal:
    """Why a query is not run."""

    status: int
    message: str


def check_query(sparql: str, *, allow_service: bool = False) -> Refusal | None:
    """Refuse updates, over-deep nesting and (unless allowed) SERVICE; None when the query may run.

    >>> check_query("PREFIX ex: <urn:ex:> SELECT * { ?q ex:p ex:a\\\\# } SERVICE <urn:x> {} }").status
    403
    >>> check_query("PREFIX ex: <urn:ex:> SELECT * { ?q ex:p ex:a\\\\# } # service") is None
    True
    """
    code = _OPAQUE.sub(" ", sparql)
    if _nesting(code) > MAX_NESTING:
        return Refusal(400, f"the query nests brackets more than {MAX_NESTING} levels deep")
    words = [w.upper() for w in _WORD.findall(code)]
    while words and words[0] in ("PREFIX", "BASE"):
        words.pop(0)
    if words and words[0] in _UPDATE_WORDS:
        return Refusal(403, UPDATE_REFUSED)
    if allow_service or "service" not in sparql.lower():
        return None
    if "SERVICE" in words or calls_service(sparql) is not False:
        return Refusal(403, SERVICE_REFUSED)
    return None


_SELECT_STAR = re.compile(r"\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.IGNORECASE)
_VARIABLE = re.compile(r"[?$]([0-9A-Za-z_\u00B7\u00C0-\uFFFF]+)")


def select_star_order(sparql: str) -> tuple[str, ...] | None:
    """For `SELECT *`: the variables in the order the query first names them; None otherwise.

    >>> select_star_order("SELECT * WHERE { ?zebra ?apple 'x' . $mango ?zebra ?b }")
    ('zebra', 'apple', 'mango', 'b')
    >>> select_star_order("SELECT ?b ?a WHERE { ?a ?b ?c }") is None
    True
    """
    code = _OPAQUE.sub(" ", sparql)
    star = _SELECT_STAR.search(code)
    first_select = re.search(r"\bSELECT\b", code, re.IGNORECASE)
    if star is None or first_select is None or star.start() != first_select.start():
        return None
    return tuple(dict.fromkeys(m.group(1) for m in _VARIABLE.finditer(code, star.end())))


def calls_service(sparql: str) -> bool | None:
    """Whether the parsed query holds a SERVICE pattern; None when it cannot be parsed.

    >>> calls_service("SELECT * { ?s ?p 'service' }")
    False
    >>> calls_service("SELECT * { SERVICE <urn:x> { ?s ?p ?o } }")
    True
    """
    from rdflib.plugins.sparql.parser import parseQuery  # slow to import: only when needed

    try:
        tree = parseQuery(sparql)
    except (ParseBaseException, RecursionError, ValueError, TypeError):
        return None
    return _has_service(tree, set())


def _has_service(node: object, seen: set[int]) -> bool:
    if id(node) in seen:
        return False
    seen.add(id(node))
    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, str):  # rdflib terms are strings
        return False
    if isinstance(node, dict):
        return any(_has_service(v, seen) for v in node.values())
    if isinstance(node, (list, tuple, ParseResults)):
        return any(_has_service(v, seen) for v in node)
    return False


def _nesting(code: str) -> int:
    """The deepest bracket nesting of query text (IRIs, strings and comments removed)."""
    depth = deepest = 0
    for char in code:
        if char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})]":
            depth -= 1
    return deepest
