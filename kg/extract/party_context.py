"""A party title that names no party („Parteichef X“): the party the context names.

„Parteichef“, „Parteivorsitzende“, „Landesparteiobmann“ say that their holder leads a party
but not which. A listed person's party is his own, where the article names it; else German
news names the party shortly before: in the same sentence („Die ÖVP stützt Parteichef X“) or
in the sentences just before it, else the one party the article names.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Die CDU verlor die Wahl. Parteichef Max Muster trat zurück."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('person:max-muster', 'org:cdu')]
"""
from __future__ import annotations

from kg import resources
from kg.extract.party_lookup import before_adjectives
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired, rule
from kg.german import DETERMINERS, GENITIVE_ARTICLES
from kg.nlp.hits import Hit

_REACH = 2      # sentences before the title's own where the party may be named


def is_generic_party_title(st: ReadingState, word: str) -> bool:
    """The title is a party's noun and a party title, with no party's name: „Parteichef“,
    „Landesparteiobmann“, „Ko-Parteichefin“."""
    low = word.casefold()
    for noun in st.t.party_nouns:
        i = low.find(noun.casefold())
        tail = word[i + len(noun):] if i >= 0 else ""
        if tail and tail[:1].upper() + tail[1:] in st.t.party_titles:
            return True
    return False


def _holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person holding the title h: named right after it, or one whose title it is."""
    p = st.person_at.get(h.tok_end)
    if p is not None:
        return p
    return next((p for p in st.person_at.values() if p.title_tok == h.tok), None)


def _context_party(st: ReadingState, tok: int, p: PersonDraft) -> str | None:
    """A listed person's own party where the article names it (and no other: „der Koalitionspartner SPÖ“
    before „Parteichef Mitterlehner“ is the other party); else the party the sentence of h names before it
    (the nearest), else the one party the sentences just before and this one name, else (none there) the one
    party the article names: the party of a title or a party's part at token `tok`."""
    s = st.sent_of[tok]
    parties = [x for x in st.hits if x.label == "ORG" and st.orgs[x.key].kind == "party"]
    own = p.known.party if p.known else None
    if own:
        return own if any(x.key == own for x in parties) else None
    before = [x.key for x in parties if x.tok < tok and st.sent_of[x.tok] == s]
    if before:
        return before[-1]
    near = {x.key for x in parties if s - _REACH <= st.sent_of[x.tok] <= s}
    if near:
        return near.pop() if len(near) == 1 else None
    named = {x.key for x in parties}     # none near: the one party the article names
    if len(named) == 1:
        fired(GENERIC_TITLE_ARTICLE)
        return named.pop()
    return None


GENERIC_TITLE_ARTICLE = declare("relation-party-generic-title-article", "relations", "a party title that names no "
                                "party, with no party named in its sentence or the two before, is of the one party "
                                "the article names: „Der Parteitag der SPÖ … (three sentences) … Parteichef Max "
                                "Muster trat zurück.“; not where the article names two parties")


def _of_bare_party(st: ReadingState, h: Hit) -> bool:
    """The title is followed by the genitive of a party's noun with no name after it: „der Chef der Partei, X“."""
    k = h.tok_end
    return (k + 1 < len(st.words) and st.words[k] in GENITIVE_ARTICLES and st.words[k + 1] in st.t.party_nouns
            and not st.by_tok.get(k + 2))


@rule("relation-party-generic-title", "a party title that names no party („Parteichef“, „Parteivorsitzende“, "
      "„der Chef der Partei“) is of the party the sentence names before it or the one party of the sentences just "
      "before: „Die CDU verlor die Wahl. Parteichef Max Muster trat zurück.“ → memberOf CDU; not „Der Chef der "
      "Stiftung, Max Muster, …“", "relations")
def generic_party_titles(st: ReadingState) -> None:
    for h in st.hits:
        if (h.label != "TITLE" or "-" in h.text and st.party_prefix(h.tok)
                or not (is_generic_party_title(st, h.text) or _of_bare_party(st, h))):
            continue
        p = _holder(st, h)
        party = _context_party(st, h.tok, p) if p is not None and not p.party else None
        if party is not None:
            p.join(party, "relation-party-generic-title", official=True)


_UNITS = resources.listed_words("party_units.tsv")     # and the party nouns: „führt die Partei“
_LEAD_REACH = 3         # words between a party's part and the verb after it: „der den Parteiflügel seit 2010 führt“
_SUBJECT_REACH = 20     # tokens back from the party's part to its leader


def _lead_verb(st: ReadingState, k: int) -> bool:
    """A verb of leading governs the party's part at token k: after it in its clause („…, der den Parteiflügel
    führt“), or before its article and adjectives („führt die Landespartei“)."""
    words, n = st.words, len(st.words)
    for j in range(k + 1, min(n, k + 1 + _LEAD_REACH)):
        if words[j] in st.t.lead_verbs:
            return True
        if not words[j][:1].isalnum():
            break
    b = before_adjectives(words, k - 1, 1, DETERMINERS)
    return b > 0 and words[b] in DETERMINERS and words[b - 1] in st.t.lead_verbs


@rule("relation-party-unit-leader", "the person before a verb of leading and a party or a party's part with no name "
      "(„die Partei“, „den Parteiflügel“, „die Landespartei“) is a member of the party the context names: „Die KP "
      "tagt. Max Muster, der den reformorientierten Parteiflügel führt, verlor.“ → memberOf KP; not „Max Muster "
      "kritisiert den Parteiflügel“", "relations")
def unit_leaders(st: ReadingState) -> None:
    words = st.words
    units = _UNITS | st.t.party_nouns
    for k in st.tokens_of(units):
        if k + 1 < len(words) and st.by_tok.get(k + 1) or not _lead_verb(st, k):
            continue        # „führt die Partei Winaq“: party-leader-described
        s = st.sent_of[k]
        p = next((st.person_at[t] for t in range(k - 1, max(-1, k - _SUBJECT_REACH), -1)
                  if st.sent_of[t] == s and t in st.person_at), None)
        party = _context_party(st, k, p) if p is not None and not p.party else None
        if party is not None:
            p.join(party, "relation-party-unit-leader", official=True)


_DEPUTY_ENDS = tuple(sorted(resources.listed_words("deputy_title_endings.tsv")))


@rule("relation-party-deputy-after-party", "a deputy's title (`deputy_title_endings.tsv`) opening a sentence, its "
      "holder named right after it, is of the party that opens the sentence before as its subject and is the one "
      "party that sentence names, where the deputy's own sentence names none: „Die Grünen lehnten den Antrag ab. "
      "Die Abgeordnete Eva Muster sagte, …“ → memberOf Grüne; not „Die Grünen lehnten ab. Der Experte Max Muster "
      "…“ (no deputy)", "relations")
def deputies_after_party(st: ReadingState) -> None:
    for h in st.hits:
        if h.label != "TITLE" or not h.key.casefold().endswith(_DEPUTY_ENDS) or not _opens_sentence(st, h.tok):
            continue
        p = st.person_at.get(h.tok_end)
        party = _subject_party_before(st, h.tok) if p is not None and not p.party else None
        if party is not None and (not p.known or p.known.party in (None, party)):
            p.join(party, "relation-party-deputy-after-party", official=True)


def _opens_sentence(st: ReadingState, tok: int) -> bool:
    """The token opens its sentence, after an article at most: „Die Abgeordnete …“."""
    b = tok - 1 if tok > 0 and st.words[tok - 1].lower() in DETERMINERS else tok
    return b == 0 or st.sent_of[b - 1] != st.sent_of[tok]


def _subject_party_before(st: ReadingState, tok: int) -> str | None:
    """The party that opens the sentence before token tok's (after an article at most) and is the one party that
    sentence names, where tok's own sentence names none."""
    s = st.sent_of[tok]
    parties = [x for x in st.hits
               if x.label == "ORG" and st.orgs[x.key].kind == "party" and s - 1 <= st.sent_of[x.tok] <= s]
    keys = {x.key for x in parties}
    if len(keys) != 1 or any(st.sent_of[x.tok] == s for x in parties):
        return None
    first = min(x.tok for x in parties)
    return keys.pop() if _opens_sentence(st, first) else None

