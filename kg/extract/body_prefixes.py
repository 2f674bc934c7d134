"""A body no list holds, named by the prefix of its head's title: „Wirtschaftsbund-Präsident Max Muster“,
„Bauernbund-Obmann Max Muster“. The prefix is a compound of an organisation's noun (`org_heads.tsv`: „-bund“,
„-verband“, „-institut“; not the bare noun: „Bund-Präsident“); the title is an official's and a name follows it
(an acronym's prefix, „ÖGB-Chef“, is the gazetteer's: `acronym-title-compound`; a statutory chamber's,
„Wirtschaftskammer-Präsident“, `org-chamber-kind`). The prefix becomes an organisation at the title, where
`title-affiliation-prefix` reads it as the holder's affiliation, and at each place the article writes it alone
(„… der Bauernbund lehnt ab“).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Das sagte Bauernbund-Obmann Max Muster am Montag."
>>> [(e.key, e.affiliations) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities]
[('org:bauernbund', ()), ('person:max-muster', ('org:bauernbund',))]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired
from kg.nlp.hits import Hit
from kg.nlp.learned import LEARNED_NAME, REPEATED_ORG
from kg.nlp.orgheads import org_heads

TITLE_PREFIX = declare("title-prefix-body", "entities", "an official's title joined by a hyphen to a compound of an "
                       "organisation's noun names that body, for which the named holder acts: „Wirtschaftsbund-"
                       "Präsidentin Eva Muster“, „Bauernbund-Obmann Max Muster“; not „Kammer-Präsident Max Muster“ "
                       "(the bare noun), „der Bauernbund-Obmann“ with no name, nor an acronym („ÖGB-Chef“: "
                       "acronym-title-compound)")
PREFIX_REPEAT = declare("title-prefix-body-repeat", "entities", "the body a title's prefix named, written alone "
                        "elsewhere in the article, is that body, also where the learned tagger guessed that "
                        "word: „Bauernbund-Präsident Max Muster … der Bauernbund lehnt ab“")

_GUESSES = frozenset({LEARNED_NAME, REPEATED_ORG})      # the learned tagger's hits
_BODY_KINDS = frozenset({"body", "seat", "other"})     # org_heads.tsv kinds of a public body, chamber or federation


def _body_name(prefix: str) -> bool:
    """The prefix may name a body: a compound of a body's noun („Wirtschaftsbund“, „Gemeindebund“), not the bare
    noun („Kammer“) nor an acronym."""
    if not prefix.isalpha() or not prefix[:1].isupper() or prefix.isupper():
        return False
    heads = org_heads()
    low = prefix.lower()
    return heads.kind(prefix) in _BODY_KINDS and low not in heads.heads \
        and not any(stem in heads.heads for stem in german.genitive_stems(low))


def _titled_prefix(st: ReadingState, h: Hit) -> str | None:
    """The body named by the prefix of the official title hit h („Bauernbund-Obmann“, „Ex-Gemeindebund-Präsident“)
    before a name."""
    if h.form != "yes" or h.tok_end != h.tok + 1 or not any(x.label == "PER" and x.tok == h.tok_end
                                                            for x in st.by_tok.get(h.tok_end, [])):
        return None
    parts = st.words[h.tok].split("-")
    if len(parts) < 2 or len(parts) > 3 or len(parts) == 3 and parts[0].lower() != german.FORMER_PREFIX:
        return None
    if any(x.label in ("STATE", "ORG", "PLACE", "CAPITAL") for x in st.by_tok.get(h.tok, [])):
        return None     # a listed or already read prefix: „SPÖ-Klubobmann“, „US-Präsident“
    return parts[-2] if _body_name(parts[-2]) else None


def body_prefixes(st: ReadingState) -> None:
    """Add the bodies named by an official title's prefix, at the title and where the article writes them alone."""
    found: dict[str, list[Hit]] = {}
    for h in st.hits:
        if h.label == "TITLE" and "-" in st.words[h.tok] and (name := _titled_prefix(st, h)) is not None:
            found.setdefault(name, []).append(h)
    if not found:
        return
    for name, titles in found.items():
        st.orgs.setdefault(name, resources.OrgRecord(name, (), "other", None))
        for h in titles:
            start = st.idx[h.tok] + st.words[h.tok].find(name + "-")
            st.add_hit(Hit(start, start + len(name), "ORG", name, name, h.tok, h.tok + 1, "prefix", TITLE_PREFIX))
            fired(TITLE_PREFIX)
    _alone(st, found)
    st.hits.sort(key=lambda h: (h.start, -h.end))


def _alone(st: ReadingState, found: dict[str, list[Hit]]) -> None:
    """The bodies of `found` where the article writes them alone, also in the genitive, and no hit covers them."""
    stems: dict[str, str] = {}
    for name in found:
        stems[name] = name
        for end in german.GENITIVE_ENDINGS:
            stems.setdefault(name + end, name)
    for i, w in enumerate(st.words):
        name = stems.get(w)
        if name is not None and _unread(st, i):
            _drop_guesses(st, i)
            st.add_hit(Hit(st.idx[i], st.idx[i] + len(w), "ORG", name, w, i, i + 1, "context:other", PREFIX_REPEAT))
            fired(PREFIX_REPEAT)


def _unread(st: ReadingState, tok: int) -> bool:
    """No rule's hit covers the token, at most the learned tagger's guess of this one word: the article named the
    body at the title, the tagger only guessed from the word's form and context."""
    return all(x.rule in _GUESSES and x.tok_end == tok + 1 for x in st.by_tok.get(tok, ()))


def _drop_guesses(st: ReadingState, tok: int) -> None:
    """Remove the learned tagger's hits of the token."""
    for x in list(st.by_tok.get(tok, ())):
        st.hits.remove(x)
        st.by_tok[tok].remove(x)
        if x.label == "PER":
            st.per_ends[x.tok_end].remove(x.tok)
