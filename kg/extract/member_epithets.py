"""A state named again by its body's member compound, the epithet news writes for a state it has just named:
„Slowenien prüft, ob das kleine EU-Land Kontrollen einführt“, „Die Türkei protestierte. Das Nato-Mitglied …“.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(r.subject, r.object) for r in read("Estland wählt. Das kleine Nato-Land stimmt ab.").relations]
[('state:estland', 'org:nato')]
"""
from __future__ import annotations

from kg import german
from kg.extract.memberships import add_member, member_compound
from kg.extract.reading import ReadingState
from kg.extract.rules import rule

_SINGULAR_ARTICLES = frozenset((german.MASCULINE_NOMINATIVE_ARTICLE, *german.NEUTER_ARTICLES))   # „der Staat“, „das Land“
_EPITHET_ADJECTIVES = 2     # adjectives between the article and the compound: „das kleine baltische EU-Land“
_EPITHET_REACH = 1          # sentences before the epithet's where its state may be named


def _clause_start(st: ReadingState, a: int) -> bool:
    """The article at token a opens its clause's subject: the sentence's first word, or right after a subordinator
    („ob das EU-Land …“, „…, weil der Nato-Staat …“)."""
    return a == 0 or st.sent_of[a - 1] != st.sent_of[a] or st.words[a - 1].lower() in german.SUBORDINATORS


def _article_before(st: ReadingState, j: int) -> int | None:
    """The token of a singular nominative article before the compound at j, past lower-case adjectives."""
    words, a = st.words, j - 1
    while a >= 0 and j - a <= _EPITHET_ADJECTIVES and words[a].islower() and words[a].endswith(german.ADJECTIVE_ENDINGS) \
            and words[a] not in german.DETERMINERS:
        a -= 1
    return a if a >= 0 and words[a].lower() in _SINGULAR_ARTICLES else None


def _named_state(st: ReadingState, a: int, j: int) -> str | None:
    """The one state named by name before token a in its sentence, else in the sentence before, where the epithet's
    sentence names no state after it."""
    s = st.sent_of[a]
    if any(x.label == "STATE" and x.tok > j and st.sent_of[x.tok] == s for x in st.hits):
        return None
    for sentence in range(s, s - _EPITHET_REACH - 1, -1):
        found = {x.key for x in st.hits if x.label == "STATE" and x.form == "name" and x.tok < a
                 and st.sent_of[x.tok] == sentence}
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


@rule("member-epithet", "a definite singular member compound of an international body with no name after it, the "
      "subject at its clause's start (the sentence's or after a subordinator), names again the one state its "
      "sentence names before it (else the one before): „Slowenien prüft, ob das kleine EU-Land Kontrollen "
      "einführt“, „Estland wählt. Das Nato-Mitglied stimmt ab.“ → memberOf; not „Berlin will Flüchtlinge ins erste "
      "EU-Land zurückschicken“ (no subject), nor where two states are named or one follows („Der EU-Staat mit den "
      "meisten Anträgen ist Schweden“)", "state membership")
def epithet_members(st: ReadingState) -> None:
    words = st.words
    for j in [j for j, w in enumerate(words) if "-" in w and w.rsplit("-", 1)[1] in german.MEMBER_EPITHETS]:
        compound = member_compound(st, j)
        a = _article_before(st, j) if compound is not None else None
        if a is None or not _clause_start(st, a) or any(x.tok == j + 1 for x in st.by_tok.get(j + 1, [])):
            continue        # „das EU-Land Polen“: the name after it is the member (member-compound)
        orgs = [o for o in dict.fromkeys(compound[1]) if st.orgs[o].kind == "international"]
        state = _named_state(st, a, j) if orgs else None
        for o in orgs if state is not None else ():
            add_member(st, st.state(state, st.idx[j]).key, o, st.idx[j], j, "member-epithet")
