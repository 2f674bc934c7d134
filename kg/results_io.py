"""Write SPARQL results (tables and booleans) in the four result formats, to the letter of the specs.

Our own writers, not pyoxigraph's, for three reasons: `SELECT *` columns come
in the order the query names them (Oxigraph sorts them), CSV quotes every
field that holds a comma, quote or line break (IRIs too), and XML writes a
carriage return as `&#13;` (a raw one would be read back as a line feed).
A boolean has no CSV or TSV form (SPARQL 1.1 CSV/TSV §1), so negotiation
never asks for one.

>>> import io, pyoxigraph as ox
>>> out = io.BytesIO()
>>> write_table(out, ["s"], [[ox.NamedNode("urn:a,b")], [None]], "text/csv")
>>> out.getvalue()
b's\\r\\n"urn:a,b"\\r\\n""\\r\\n'
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XML_ENTITIES = {"\r": "&#13;"}
Row = Sequence["ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None"]


def write_table(out: BinaryIO, variables: Sequence[str], rows: Iterable[Row], media: str) -> None:
    """Write a SELECT result: `rows` hold one term (or None) per variable, in `variables` order."""
    writer = {"application/sparql-results+json": _json_table, "application/sparql-results+xml": _xml_table,
              "text/csv": _csv_table, "text/tab-separated-values": _tsv_table}[media]
    writer(out, variables, rows)


def write_boolean(out: BinaryIO, value: bool, media: str) -> None:
    """Write an ASK result in SPARQL JSON or XML.

    >>> out = io.BytesIO(); write_boolean(out, True, "application/sparql-results+json"); out.getvalue()
    b'{"head":{},"boolean":true}'
    """
    if media == "application/sparql-results+xml":
        out.write(b'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                  + (b"<boolean>true</boolean>" if value else b"<boolean>false</boolean>") + b"</sparql>\n")
    else:
        out.write(b'{"head":{},"boolean":true}' if value else b'{"head":{},"boolean":false}')


# -- JSON ----------------------------------------------------------------------

def _json_term(term: object) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        found: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            found["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            found["datatype"] = term.datatype.value
        return found
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _json_table(out: BinaryIO, variables: Sequence[str], rows: Iterable[Row]) -> None:
    out.write(b'{"head":{"vars":' + _dumps(list(variables)) + b'},"results":{"bindings":[')
    first = True
    for row in rows:
        binding = {name: _json_term(term) for name, term in zip(variables, row) if term is not None}
        out.write((b"" if first else b",") + _dumps(binding))
        first = False
    out.write(b"]}}")


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- XML -----------------------------------------------------------------------

def _xml_text(text: str) -> str:
    return escape(text, _XML_ENTITIES)


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{_xml_text(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return (f"<literal datatype={quoteattr(term.datatype.value, _XML_ENTITIES)}>"
                    f"{_xml_text(term.value)}</literal>")
        return f"<literal>{_xml_text(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _xml_table(out: BinaryIO, variables: Sequence[str], rows: Iterable[Row]) -> None:
    head = "".join(f"<variable name={quoteattr(name)}/>" for name in variables)
    out.write(f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>{head}'
              f"</head><results>".encode())
    for row in rows:
        cells = "".join(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                        for name, term in zip(variables, row) if term is not None)
        out.write(f"<result>{cells}</result>".encode())
    out.write(b"</results></sparql>\n")


# -- CSV and TSV ---------------------------------------------------------------

def _csv_value(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _csv_table(out: BinaryIO, variables: Sequence[str], rows: Iterable[Row]) -> None:
    text = io.StringIO()
    # Python's writer quotes a lone empty field (`""`), so a one-column row is never a blank line.
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_csv_value(term) for term in row])
        if text.tell() > 1 << 16:
            out.write(text.getvalue().encode("utf-8"))
            text.seek(0)
            text.truncate()
    out.write(text.getvalue().encode("utf-8"))


_TSV_ESCAPES = str.maketrans({"\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_value(term: object) -> str:
    # N-Triples/Turtle syntax, as SPARQL 1.1 TSV asks; a tab or line break inside is escaped.
    return "" if term is None else str(term).translate(_TSV_ESCAPES)


def _tsv_table(out: BinaryIO, variables: Sequence[str], rows: Iterable[Row]) -> None:
    out.write(("\t".join(f"?{name}" for name in variables) + "\n").encode("utf-8"))
    for row in rows:
        out.write(("\t".join(_tsv_value(term) for term in row) + "\n").encode("utf-8"))
