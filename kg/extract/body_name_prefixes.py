"""A body no list holds, named by a title's prefix of two or three capitalised parts: „Quorvo-Textil-Chef Max
Muster“, „Ex-Lindaro-Air-Vorstand Max Muster“. German joins a name of several words to the head of a title with
hyphens, and a body's name is what such a prefix holds: a head of a body (`named_body_titles.tsv`) or a company's
officer (`private_title_heads.tsv`) acts for it, not for the state the article names. The parts, joined by spaces,
become an organisation at the title, where `title-affiliation-prefix` reads it as the holder's affiliation, and
wherever the article writes those words alone („Quorvo Textil wächst“), also where a rule had read them as a
person's name or a town. Not where a part changes the title („Fabrix-Vize-Chef“: `named_body_titles.tsv` modifier),
nor where a list reads a state or organisation in the prefix („US-Army-Chef“, „Bank-Austria-Chef“); where the article
reads that body elsewhere („Die Fabrix Holding baut ab … Fabrix-Holding-Chef X“), `official-affiliation-named-body-org`
finds it.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Das sagte Quorvo-Textil-Chef Max Muster am Montag."
>>> [(e.key, e.affiliations) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities]
[('org:quorvo-textil', ()), ('person:max-muster', ('org:quorvo-textil',))]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired
from kg.nlp.hits import Hit

TITLE_NAMES = declare("title-name-prefix-body", "entities", "an official's title whose prefix is two or three "
                      "capitalised parts joined by hyphens to a body's head („-Chef“, „-Präsident“, „-Vorstand“) "
                      "names that body, for which the named holder acts: „Quorvo-Textil-Chef Max Muster“, "
                      "„Ex-Lindaro-Air-Vorstand Max Muster“; not „Fabrix-Vize-Chef Max Muster“ (a modifier), "
                      "„Bank-Austria-Chef“ (a listed name), nor a title with no name after it")
NAMES_REPEAT = declare("title-name-prefix-body-repeat", "entities", "the body a title's prefix of several parts "
                       "named (title-name-prefix-body), written alone elsewhere in the article, is that body, also "
                       "where a rule read its words as a person or a place: „Quorvo-Textil-Chef Max Muster … Quorvo "
                       "Textil wächst“")

_HEADS = resources.kind_words("named_body_titles.tsv", "head") | german.PRIVATE_TITLE_HEADS
_MODIFIERS = resources.kind_words("named_body_titles.tsv", "modifier")
_LISTED = frozenset({"STATE", "ORG"})       # a prefix a list reads: „US-Army-Chef“, „Bank-Austria-Chef“
_NAME_PARTS = range(2, 4)                   # „Quorvo-Textil“, „Lindaro-Air-Cargo“


def _prefix_names(st: ReadingState, h: Hit) -> list[str] | None:
    """The parts of the prefix of the official title hit h that name a body, where a person's name follows it."""
    if h.form != "yes" or h.tok_end != h.tok + 1 or not any(x.label == "PER" and x.tok == h.tok_end
                                                            for x in st.by_tok.get(h.tok_end, ())):
        return None
    parts = st.words[h.tok].split("-")
    if parts[0].lower() == german.FORMER_PREFIX:
        parts = parts[1:]
    names = parts[:-1]
    if len(names) not in _NAME_PARTS or parts[-1].lower() not in _HEADS or not all(map(_name_part, names)) \
            or any(x.label in _LISTED for x in st.by_tok.get(h.tok, ())):
        return None
    return names


def _name_part(part: str) -> bool:
    """A part of a name: capitalised letters (digits, „&“, „.“ inside), not a modifier of the title („Vize“)."""
    return part[:1].isupper() and part.replace("&", "").replace(".", "").isalnum() and part.lower() not in _MODIFIERS


def body_name_prefixes(st: ReadingState) -> None:
    """Add the bodies named by an official title's prefix of several parts, at the title and where the article
    writes them alone."""
    found: dict[str, list[Hit]] = {}
    read: set[str] | None = None
    for h in st.hits:
        if h.label == "TITLE" and st.words[h.tok].count("-") >= 2 and (names := _prefix_names(st, h)) is not None:
            read = {x.key.replace(" ", "").lower() for x in st.hits if x.label == "ORG"} if read is None else read
            if "".join(names).lower() not in read:     # read elsewhere: official-affiliation-named-body-org's
                found.setdefault(" ".join(names), []).append(h)
    if not found:
        return
    for name, titles in found.items():
        st.orgs.setdefault(name, resources.OrgRecord(name, (), "other", None))
        for h in titles:
            written = name.replace(" ", "-")
            start = st.idx[h.tok] + st.words[h.tok].find(written + "-")
            _drop(st, h.tok, h.tok_end, lambda x: x.label != "TITLE")
            st.add_hit(Hit(start, start + len(written), "ORG", name, written, h.tok, h.tok + 1, "prefix", TITLE_NAMES))
            fired(TITLE_NAMES)
    _alone(st, found)
    st.hits.sort(key=lambda h: (h.start, -h.end))


def _alone(st: ReadingState, found: dict[str, list[Hit]]) -> None:
    """The bodies of `found` where the article writes their words alone and no hit but a person's or a place's
    covers exactly those words."""
    for name in found:
        words = name.split()
        n = len(words)
        for i in range(len(st.words) - n + 1):
            if st.words[i:i + n] == words and _unread(st, i, i + n):
                _drop(st, i, i + n, lambda x: True)
                end = st.idx[i + n - 1] + len(st.words[i + n - 1])
                st.add_hit(Hit(st.idx[i], end, "ORG", name, st.text[st.idx[i]:end], i, i + n, "context:other",
                               NAMES_REPEAT))
                fired(NAMES_REPEAT)


_READ_AS_OTHER = frozenset({"PER", "PLACE", "CAPITAL"})


def _unread(st: ReadingState, i: int, j: int) -> bool:
    """No hit covers the tokens i…j but a person's, place's or capital's inside them."""
    return all(x.label in _READ_AS_OTHER and i <= x.tok and x.tok_end <= j for t in range(i, j)
               for x in st.by_tok.get(t, ()))


def _drop(st: ReadingState, i: int, j: int, which) -> None:
    """Remove the hits inside the tokens i…j that `which` accepts (a person's, a place's: the body's words)."""
    for t in range(i, j):
        for x in list(st.by_tok.get(t, ())):
            if x.tok >= i and x.tok_end <= j and which(x) and x in st.hits:
                st.hits.remove(x)
                for u in range(x.tok, x.tok_end):
                    st.by_tok[u].remove(x)
                if x.label == "PER":
                    st.per_ends[x.tok_end].remove(x.tok)
