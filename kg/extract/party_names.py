"""A party no list holds, named after a party title's genitive or where a person's party stands: „X, Chef der
Fortschrittspartei“, „X von der Fortschrittspartei“, „X (Fortschrittspartei)“, „die Fortschrittspartei unter X“
(one compound of „-partei“), „der Vorsitzende der Partei der Arbeit, X“ („Partei“ and a genitive of capitalised
words). Each is an organisation of kind party, in every place the article
repeats its name; the party rules (`kg.extract.titles`, `parties`, …) then read its members.

Generic party nouns are no names: „Chef der Regierungspartei“, „Chef der Landespartei“ (the party nouns of
`context_nouns.tsv` and the words of `party_common_nouns.tsv`), nor a title or a name in the genitive
(„die Partei der Kanzlerin“).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Das sagte Max Muster, Chef der Fortschrittspartei, am Montag."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('person:max-muster', 'org:fortschrittspartei')]
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.party_links import LEAD_NOUNS
from kg.extract.party_lookup import before_adjectives
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired
from kg.german import GENITIVE_ARTICLES
from kg.nlp.hits import Hit

COMPOUND_NAME = declare("party-compound-name", "entities", "a compound of „-partei“ no list holds, after a party "
                        "title and a genitive article (past adjectives) or where a person's party stands, names a "
                        "party: „Max Muster, Chef der (rechtspopulistischen) Fortschrittspartei“, „Max Muster von "
                        "der Fortschrittspartei“, „Max Muster (Fortschrittspartei)“, „die Fortschrittspartei von Max "
                        "Muster“; not „Chef der Regierungspartei“, „Chef der Landespartei“")
GENITIVE_NAME = declare("party-genitive-name", "entities", "„Partei“ and a genitive article with capitalised words "
                        "no list holds, after a party title and a genitive article, name a party: „der Vorsitzende "
                        "der Partei der Arbeit, Max Muster“; not „der Chef der Partei der Kanzlerin“")

_NAME_WORDS = 3         # capitalised words of a party's genitive name: „Partei der Demokratischen Erneuerung“


@lru_cache(maxsize=1)
def _generic_party_compounds() -> frozenset[str]:
    """The compounds of „-partei“ that name no party: `party_common_nouns.tsv` („Schwesterpartei“) and the party's
    parts of `party_units.tsv` („Landespartei“)."""
    return resources.listed_words("party_common_nouns.tsv") | resources.listed_words("party_units.tsv")


def _title(st: ReadingState, k: int) -> bool:
    """A party title at token k, also inflected: „Chef“, „Vorsitzenden“, „Generalsekretärs“."""
    w = st.words[k]
    return w in st.t.party_titles or w in LEAD_NOUNS or any(stem in st.t.party_titles
                                                            for stem in (w[:-1], *german.genitive_stems(w)))


def _after_title(st: ReadingState, k: int) -> bool:
    """Token k follows a party title, a genitive article and adjectives: „Chef der rechtspopulistischen …“."""
    words = st.words
    b = before_adjectives(words, k - 1, 1, GENITIVE_ARTICLES)
    return b > 0 and words[b] in GENITIVE_ARTICLES and _title(st, b - 1)


def _beside_person(st: ReadingState, k: int, end: int) -> bool:
    """The party name from token k to `end` stands where a person's party does: „X von der …“, „X (…)“, „die … von
    X“ („unter X“)."""
    words, n = st.words, len(st.words)
    b = before_adjectives(words, k - 1, 1, GENITIVE_ARTICLES) + 1     # „von der rechtspopulistischen Fortschrittspartei“
    if b >= 2 and (words[b - 2], words[b - 1]) in german.PARTY_OPENERS:
        return bool(st.per_ends.get(b - 2))
    if words[k - 1] == "(" and end < n and words[end].startswith(")"):
        return bool(st.per_ends.get(k - 1))
    return end + 1 < n and words[end] in german.PARTY_HEAD_PREPOSITIONS \
        and words[k - 1].lower() in german.DEFINITE_ARTICLES \
        and any(x.label == "PER" and x.tok == end + 1 for x in st.by_tok.get(end + 1, []))


_LED_REACH = 4          # words from the party to the verb of leading after it: „die die Fortschrittspartei seit 2006 führt“


def _led(st: ReadingState, k: int, end: int) -> bool:
    """A verb of leading governs the party name from token k to `end`, with a person before it in the sentence: „X
    führt die (rechtspopulistische) Fortschrittspartei“, „X, die die Fortschrittspartei seit 2006 führt“."""
    words, n = st.words, len(st.words)
    b = before_adjectives(words, k - 1, 1, german.DETERMINERS)
    if b < 1 or words[b] not in german.DEFINITE_ARTICLES:
        return False
    after = next((j for j in range(end, min(n, end + _LED_REACH)) if words[j] in st.t.lead_verbs
                  or not words[j][:1].isalnum()), None)
    if not (words[b - 1] in st.t.lead_verbs or after is not None and words[after] in st.t.lead_verbs):
        return False
    s = st.sent_of[k]
    return any(h.label == "PER" and h.tok < b and st.sent_of[h.tok] == s for h in st.hits)


def _titled_prefix(st: ReadingState, k: int) -> bool:
    """The token at k is a compound party name, a hyphen and a party title: „Fortschrittspartei-Chefin“."""
    prefix, _, head = st.words[k].rpartition("-")
    return head in st.t.party_titles and prefix.endswith(_suffix(st)) and _compound_word(st, prefix) \
        and not any(x.label == "ORG" for x in st.by_tok.get(k, []))


def _compound_end(st: ReadingState, k: int) -> int | None:
    """The end of a compound party name at token k („Fortschrittspartei“), or None."""
    return k + 1 if _compound_word(st, st.words[k]) and not st.by_tok.get(k) else None


def _suffix(st: ReadingState) -> str:
    """The party noun as a compound's lower-case end: „partei“."""
    return _shortest(st.t.party_nouns)


@lru_cache(maxsize=4)
def _shortest(nouns: frozenset[str]) -> str:
    return min(nouns, key=len).lower()


def _compound_word(st: ReadingState, w: str) -> bool:
    """The word is a compound of „-partei“ that no list holds as a generic noun: „Fortschrittspartei“."""
    noun = _suffix(st)
    if not (w[:1].isupper() and w.isalpha() and w.lower().endswith(noun) and len(w) > len(noun) + 2):
        return False
    return w not in st.t.party_nouns and w not in _generic_party_compounds()


def _genitive_end(st: ReadingState, k: int) -> int | None:
    """The end of a genitive party name at token k („Partei der Arbeit“), or None: capitalised words with no
    hit after „Partei“ and a genitive article."""
    words, n = st.words, len(st.words)
    if not (words[k] in st.t.party_nouns and k + 2 < n and words[k + 1] in GENITIVE_ARTICLES):
        return None
    j = k + 2
    while j < n and j - k - 2 < _NAME_WORDS and words[j][:1].isupper() and words[j].isalpha() \
            and not st.by_tok.get(j):
        j += 1
    person = j < n and any(x.label == "PER" and x.tok == j for x in st.by_tok.get(j, []))
    if j == k + 2 or j < n and (words[j][:1].isupper() or st.by_tok.get(j)) and not person:
        return None     # no name, or one running on into a title: „der Partei des Präsidenten Max Muster“
    return j if not any(st.by_tok.get(t) for t in range(k, j)) else None


def party_names(st: ReadingState) -> None:
    """Add the parties named after a party title that no list holds, at each of their mentions."""
    words, suffix = st.words, _suffix(st)
    found: dict[tuple[str, ...], str] = {}
    # the words that may name a party or carry one as a prefix, found by a cheap test on each word
    for k in [k for k, w in enumerate(words) if k and (w.endswith(suffix) or w in st.t.party_nouns or "-" in w)]:
        if "-" in words[k]:
            if _titled_prefix(st, k):
                found.setdefault((words[k].rpartition("-")[0],), COMPOUND_NAME)
            continue
        end, rule = _compound_end(st, k), COMPOUND_NAME
        if end is None:
            end, rule = _genitive_end(st, k), GENITIVE_NAME
        if end is not None and (_after_title(st, k) or _beside_person(st, k, end) or _led(st, k, end)):
            found.setdefault(tuple(words[k:end]), rule)
    for name, rule in found.items():
        _add_mentions(st, name, rule)


def _add_mentions(st: ReadingState, name: tuple[str, ...], rule: str) -> None:
    """The party `name` (its words) as an organisation hit at each place no hit covers."""
    words, key = st.words, " ".join(name)
    st.orgs.setdefault(key, resources.OrgRecord(key, (), "party", None))
    prefix = name[0] + "-" if len(name) == 1 else None      # „Fortschrittspartei-Chef“
    for i in [i for i, w in enumerate(words) if w == name[0] or prefix and w.startswith(prefix)]:
        end = i + len(name)
        if words[i] != name[0]:
            hit = Hit(st.idx[i], st.idx[i] + len(name[0]), "ORG", key, name[0], i, i + 1, "prefix", rule)
        elif tuple(words[i:end]) == name:
            stop = st.idx[end - 1] + len(words[end - 1])
            hit = Hit(st.idx[i], stop, "ORG", key, st.text[st.idx[i]:stop], i, end, "context:party", rule)
        else:
            continue
        if any(x.label == "ORG" or hit.form != "prefix" for t in range(i, end) for x in st.by_tok.get(t, [])):
            continue        # a name's own hit; a prefix beside a title's („Fortschrittspartei-Chefin“)
        st.add_hit(hit)
        fired(rule)
    st.hits.sort(key=lambda h: (h.start, -h.end))
