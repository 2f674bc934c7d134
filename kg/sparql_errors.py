"""A SPARQL parse error as one readable line: where (line, column, a caret in the text) and what.

Oxigraph reports `error at 1:31: expected one of Prefix not found, ['%'], …`:
a parser's list of alternatives, with character classes, that says neither
which prefix is unknown nor that an update was sent to a read-only command.

>>> explain("SELECT ?x WHERE { ?x a foo:Bar }", "error at 1:31: expected one of Prefix not found, ['%']")
"malformed SPARQL at line 1, column 24: unknown prefix 'foo:' (declare it: PREFIX foo: <…>): SELECT ?x WHERE { ?x a ^foo:Bar }"
"""
from __future__ import annotations

import re

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
_WHERE = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)
_PROLOGUE = re.compile(r"\s*(?:#[^\n]*\n\s*|(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", re.I)
_PREFIXED_END = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%-]*$")
_TOKEN = re.compile(r'"[^"]*"|\b[A-Za-z_]+\b')
MAX_ALTERNATIVES = 6
EXPRESSION_MARKERS = frozenset({"ABS", "STR", "IRI"})
CONTEXT = 30


def is_update(query: str) -> bool:
    """Whether `query` (after its PREFIX/BASE prologue and comments) starts as a SPARQL Update.

    >>> is_update("PREFIX a: <http://a/>\\n# note\\nDELETE WHERE { ?s ?p ?o }"), is_update("SELECT * {}")
    (True, False)
    """
    rest = query[_PROLOGUE.match(query).end():]
    word = re.match(r"[A-Za-z]+", rest)
    return bool(word) and word.group(0).upper() in UPDATE_KEYWORDS


def explain(query: str, message: str) -> str:
    """One line for the parser's `message` about `query`: line, column, what was wrong, the text with a caret.

    Messages without a position come back as their first line.
    """
    if is_update(query):
        return ("SPARQL Update refused: the store is read-only here "
                "(only SELECT, ASK, CONSTRUCT and DESCRIBE run; `kg build` writes the store)")
    found = _WHERE.search(message)
    if not found:
        return message.strip().splitlines()[0] if message.strip() else "malformed SPARQL"
    line_no, column, detail = int(found.group(1)), int(found.group(2)), found.group(3)
    lines = query.splitlines() or [""]
    text = lines[min(line_no, len(lines)) - 1]
    if "Prefix not found" in detail:
        prefix = _PREFIXED_END.search(text[:column - 1])
        if prefix:
            name = prefix.group(1) or ""
            column = prefix.start() + 1
            what = f"unknown prefix '{name}:' (declare it: PREFIX {name}: <…>)"
        else:
            what = "unknown prefix"
    else:
        what = _expected(detail)
    return f"malformed SPARQL at line {line_no}, column {column}: {what}: {_caret(text, column - 1)}"


def _expected(detail: str) -> str:
    """'expected one of HAVING, OFFSET, [...]' → 'expected HAVING, OFFSET or …' (tokens only, at most six)."""
    head = detail.split("\n", 1)[0]
    listed = re.sub(r"\[[^\]]*\]?", " ", head.removeprefix("expected one of").removeprefix("expected"))
    tokens = list(dict.fromkeys(_TOKEN.findall(listed)))
    if not tokens:
        return "syntax error"
    if EXPRESSION_MARKERS <= set(tokens):   # the parser lists every function an expression may start with
        return "expected an expression"
    if len(tokens) > MAX_ALTERNATIVES:
        return "expected one of " + ", ".join(tokens[:MAX_ALTERNATIVES]) + " …"
    return "expected " + (tokens[0] if len(tokens) == 1 else ", ".join(tokens[:-1]) + " or " + tokens[-1])


def _caret(text: str, index: int) -> str:
    """The line around `index`, with '^' inserted where the error is, cut to about 60 characters."""
    index = max(0, min(index, len(text)))
    start, end = max(0, index - CONTEXT), min(len(text), index + CONTEXT)
    before = ("…" if start else "") + text[start:index].lstrip()
    after = text[index:end].rstrip() + ("…" if end < len(text) else "")
    return f"{before}^{after}"
