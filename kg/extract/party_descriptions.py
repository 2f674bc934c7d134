"""A party told by a definite description that refers back to a person named before it: a title prefixed by a
party or followed by a party's genitive, with no name of its own („Max Muster sprach. Der SPÖ-Politiker betonte
…“, „Verliert Max Muster den Prozess, müsste der FPÖ-Chef zahlen“).

German news names a politician once and then refers to him by what he is; the party's compound of the title is
often the only place his party is written. The reading needs one sure referent: the one person without another
party named before the description in its sentence, else in the sentence before.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Max Muster sprach am Montag in Wien. Der SPÖ-Politiker betonte, die Reform sei nötig."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('person:max-muster', 'org:spo')]
"""
from __future__ import annotations

from kg import german
from kg.extract.party_lookup import before_adjectives, distinct_people, party_after
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import rule
from kg.nlp.hits import Hit

_NAME_REACH = 6         # tokens after a description where a comma and a name may still name its holder


def _singular(st: ReadingState, h: Hit, b: int) -> bool:
    """The definite article at token b and the title hit h make a singular: „dem“, „des“, „beim“ always; „der“, „den“
    unless the title ends in „-en“ („der FPÖ-Abgeordneten“ may be a plural); „die“ only before a feminine title („die
    HDP-Politikerin“)."""
    article, word = st.words[b].lower(), st.words[h.tok]
    feminine = word.endswith(german.FEMININE_ENDING) and not word.endswith(german.FEMININE_LOOKALIKE_ENDINGS)
    if article in german.SINGULAR_DEFINITE_ARTICLES:
        return True
    if article in german.PLURAL_ARTICLES:
        return feminine
    return feminine or not word.endswith(german.WEAK_NOUN_ENDING)


def _description(st: ReadingState, h: Hit, held: set[int]) -> str | None:
    """The party of the title hit h where it is a definite singular description with no name of its own: „der
    (steirische) FPÖ-Chef“, „die Integrationssprecherin der SPÖ“ with no name after it, nor a comma and a name in the
    next words („der ÖVP-Delegationsleiter im EU-Parlament, Max Muster,“)."""
    if h.tok in held or h.tok_end != h.tok + 1 or h.tok < 1:
        return None
    words = st.words
    party = st.party_prefix(h.tok)
    if party is None and h.tok_end + 1 < len(words) and words[h.tok_end] in german.GENITIVE_ARTICLES:
        party = party_after(st, h.tok_end + 1)      # "die Integrationssprecherin der SPÖ"
    if party is None:
        return None
    b = before_adjectives(words, h.tok - 1, 0, german.ARTICLES)
    if not (words[b].lower() in german.DEFINITE_ARTICLES or words[b].lower() in german.CONTRACTIONS) \
            or not _singular(st, h, b):
        return None
    s, k = st.sent_of[h.tok], h.tok_end
    while k < len(words) and k - h.tok_end < _NAME_REACH and st.sent_of[k] == s:
        if k == h.tok_end and k in st.person_at or words[k] == "," and k + 1 in st.person_at:
            return None
        k += 1
    return party


def _referent(st: ReadingState, by_sentence: dict[int, list[tuple[int, PersonDraft]]], tok: int,
              party: str) -> PersonDraft | None:
    """The one person without another party named before token `tok` in its sentence, or (where it names none before
    it) in the sentence before; None where two such are named there or one already has this party."""
    s = st.sent_of[tok]
    scope = [p for t, p in by_sentence.get(s, []) if t < tok] or [p for _, p in by_sentence.get(s - 1, [])]
    found: dict[int, PersonDraft] = {}
    for p in scope:
        if p.party == party:
            return None
        known = p.known.party if p.known is not None else None
        if p.party is None and known in (None, party):
            found[id(p)] = p
    return next(iter(found.values())) if len(found) == 1 else None


@rule("relation-party-description-reference", "a definite singular description made of a party's compound of a title "
      "(or a title and a party's genitive), with no name of its own, refers to the one person without another party "
      "named before it in its sentence, else in the sentence before: „Max Muster sprach in Wien. Der SPÖ-Politiker "
      "betonte …“, „Verliert Max Muster den Prozess, müsste der FPÖ-Chef zahlen“, „Max Muster kritisierte das. Keiner "
      "will das, vermutet die Integrationssprecherin der SPÖ.“ → memberOf; not where two such persons are named there, "
      "not „die SPÖ-Abgeordneten“ (a plural), not „der ÖVP-Sprecher im Landtag, Hans Mayer,“ (its own name)",
      "relations")
def party_descriptions(st: ReadingState) -> None:
    held = {p.title_tok for p in distinct_people(st) if p.title_tok is not None}
    found = [(h, party) for h in st.hits if h.label == "TITLE"
             and (party := _description(st, h, held)) is not None]
    if not found:
        return
    by_sentence: dict[int, list[tuple[int, PersonDraft]]] = {}
    for t, p in sorted(st.person_at.items(), key=lambda x: x[0]):
        by_sentence.setdefault(st.sent_of[t], []).append((t, p))
    for h, party in found:
        p = _referent(st, by_sentence, h.tok, party)
        if p is not None:
            p.join(party, "relation-party-description-reference", official=True)
