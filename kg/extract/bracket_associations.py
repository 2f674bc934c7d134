"""A person named with the association he represents in brackets: „Eva Kornblum (Evangelischer Frauenrat)“.

Reports of round tables, hearings and church or lay gatherings list their participants by name and, in brackets,
the association each speaks for; the bracket names no party (`parties`), no age and no title, but a body whose
noun is an association's (a union's or interest group's, `interest_group_heads.tsv`, or a lay, church or civil
body's, `lay_association_heads.tsv`: „-rat“, „-gemeinschaft“, „Aktion“). Its representative is an official of it
(ANNOTATION: a named person acting for an organisation); a researcher „(Universität Linz)“ or a player „(SV
Kirchdorf)“ names no association and stays a person.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Am Runden Tisch saß auch Max Pfaffl (Arbeitsgemeinschaft christlicher Imker)."
>>> [(e.name, e.type, e.affiliations) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities]
[('Max Pfaffl', 'Official', ('org:arbeitsgemeinschaft-christlicher-imker',)), ('Arbeitsgemeinschaft christlicher Imker', 'Organization', ())]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.person_spans import name_end
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired

BRACKET_ASSOCIATION = declare("official-bracket-association", "person", "a person's name followed by a bracket "
                              "that holds only an association's name (capitalised words and lower-case attributes, "
                              "one word ending in an association's noun: `interest_group_heads.tsv`, "
                              "`lay_association_heads.tsv`) represents it, an official of it (an organisation no list "
                              "holds where no hit names it): „Zur Anhörung kamen Eva Kornblum (Evangelischer "
                              "Frauenrat) und Max Pfaffl (Arbeitsgemeinschaft christlicher Imker)“; not „Max Muster "
                              "(Stadtrat)“ (a title), „Max Muster (Universität Linz)“, „(Verband)“ alone")

_HEADS = tuple(resources.listed_words("interest_group_heads.tsv")
               | resources.listed_words("lay_association_heads.tsv"))
_REACH = 6      # words of an association's name in brackets
_ATTRIBUTES = german.NAME_JOINERS | german.GENITIVE_ARTICLES


def bracket_associations(st: ReadingState) -> None:
    """„Eva Kornblum (Evangelischer Frauenrat)“: Eva Kornblum an official of the association."""
    for tok, p in list(st.person_at.items()):
        if p.party or p.affiliation:
            continue
        inside = _bracket_words(st, name_end(st, tok))
        if inside is None or not _association_name(st, inside):
            continue
        key = _association_key(st, inside)
        if key is None:
            continue
        fired(BRACKET_ASSOCIATION)
        p.official = True
        p.rules.append(BRACKET_ASSOCIATION)
        p.affiliation = key
        p.role_rules.append(BRACKET_ASSOCIATION)


def _bracket_words(st: ReadingState, end: int) -> list[int] | None:
    """The tokens inside a short bracket that opens at token `end` (spaces left out), None without one."""
    words = st.words
    if end >= len(words) or words[end] != "(":
        return None
    inside: list[int] = []
    for k in range(end + 1, min(len(words), end + 2 + _REACH)):
        if words[k] == ")":
            return inside or None
        if not words[k].isspace():
            inside.append(k)
    return None


def _association_name(st: ReadingState, inside: list[int]) -> bool:
    """Whether the words are an association's name: capitalised words and lower-case attributes („christlicher“,
    „der“), the first and last capitalised, none a title, one ending in an association's noun, and more than that
    noun alone („Verband“)."""
    words = [st.words[k] for k in inside]
    if not (words[0][:1].isupper() and words[-1][:1].isupper()) or any(
            x.label == "TITLE" for k in inside for x in st.by_tok.get(k, ())):
        return False
    if not all(w.replace("-", "").isalpha() and (w[:1].isupper() or w in _ATTRIBUTES
                                                  or w.endswith(german.ADJECTIVE_ENDINGS)) for w in words):
        return False
    heads = [w for w in words if w[:1].isupper() and w.casefold().endswith(_HEADS)]
    return bool(heads) and (len(words) > 1 or heads[0].casefold() not in _HEADS)


def _association_key(st: ReadingState, inside: list[int]) -> str | None:
    """The entity key of the association: the organisation a hit names across the bracket, else the bracket's words
    as an organisation no list holds; None where another name stands inside (a place, a person)."""
    first, last = inside[0], inside[-1]
    hits = {id(x): x for k in inside for x in st.by_tok.get(k, ())}.values()
    whole = [x for x in hits if x.label == "ORG" and x.tok == first and x.tok_end == last + 1]
    if whole:
        return st.org(whole[0].key, whole[0].start).key
    if hits:
        return None
    start, stop = st.idx[first], st.idx[last] + len(st.words[last])
    d = st.entity("Organization", " ".join(st.words[k] for k in inside), start)
    d.kind = "other"
    st.mention(d, start, stop, BRACKET_ASSOCIATION)
    return d.key
