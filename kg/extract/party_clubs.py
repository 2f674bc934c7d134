"""A club's or faction's chair named without his party („Klubobmann X“): the party the context names.

In Austrian and German domestic news the chair of a party's group in a chamber („Klubobmann“,
„Klubobfrau“, „Fraktionschef“, also in compounds: „Landtagsklubobmann“) is named by that title alone
where the sentence or the ones just before name the party: „Die Grünen fordern einen Ausschuss.
Klubobfrau Eva Muster sagte …“, „FPÖ-Chef X kam mit seinem Klubobmann Y“. The party is the nearest
one named before the title in its sentence, else the one party the two sentences before name. A club's
spokesperson for a field of policy („Bildungssprecher“, `policy_areas.tsv`) is read the same way, with the
sentence before only: „Die Grünen kritisieren die Reform, so Bildungssprecher X.“ A secretary's or manager's title
naming no body („Generalsekretär“, `party_office_titles.tsv`) is a party's where the one organisation its sentence
(else the sentence before) names before it is that party: „Die ÖVP lobt den Plan, sagte Generalsekretär X.“

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Die Grünen fordern einen Ausschuss. Klubobfrau Eva Muster sagte das am Montag."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('person:eva-muster', 'org:grune')]
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from kg import german, resources
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.party_context import is_generic_party_title
from kg.extract.rules import declare, fired, rule
from kg.nlp.hits import Hit

_TITLES = tuple(t.casefold() for t in resources.listed_words("club_titles.tsv"))
_AREAS = resources.listed_words("policy_areas.tsv")
_OFFICES = resources.listed_words("party_office_titles.tsv")
_NO_OWNER_KINDS = frozenset({"government", "media"})     # bodies a sentence names beside a party: „im Parlament“, „der APA“
_REACH = 2      # sentences before the title's own where the party may be named
_AREA_REACH = 1     # … where the party of a field's spokesperson may be named
_MAIN_LEAST = 3     # the article's main party is named at least this often …
_MAIN_FACTOR = 2    # … and more than this many times as often as any other party


def _club_title(word: str) -> bool:
    """The word is a club chair's title or a compound ending in one, with no hyphenated prefix."""
    low = word.casefold()
    return "-" not in word and any(low.endswith(t) for t in _TITLES)


def _party_before(st: ReadingState, parties: list[Hit], starts: list[int], tok: int,
                  reach: int = _REACH) -> str | None:
    """The nearest party named before token `tok` in its sentence, else the one party of the `reach` sentences
    just before it (none where they name two)."""
    s = st.sent_of[tok]
    near: list[str] = []
    for x in reversed(parties[:bisect_left(starts, tok)]):
        xs = st.sent_of[x.tok]
        if xs == s:
            return x.key
        if xs < s - reach:
            break
        near.append(x.key)
    return near[0] if len(set(near)) == 1 else None


def main_party(parties: list[Hit]) -> str | None:
    """The party the article is about: named at least three times and more than twice as often as any other."""
    counts = Counter(x.key for x in parties).most_common(2)
    if not counts or counts[0][1] < _MAIN_LEAST:
        return None
    return counts[0][0] if len(counts) == 1 or counts[0][1] > _MAIN_FACTOR * counts[1][1] else None


MAIN_PARTY = declare("relation-party-title-main-party", "relations", "a club chair's or party title that names no "
                     "party and has none named in its sentence or the two before is of the party the article is "
                     "about: named at least three times and more than twice as often as any other („Die SPÖ … die "
                     "SPÖ … die SPÖ … die ÖVP … Klubobmann Max Muster“); not where two parties are named about as often")


def _holder(st: ReadingState, h: Hit, titled: dict[int, PersonDraft]) -> PersonDraft | None:
    """The person holding the title h: named right after it, or one whose title it is."""
    return st.person_at.get(h.tok_end) or titled.get(h.tok)


@rule("relation-party-club-title", "the chair of a chamber's party group named by his title alone („Klubobmann“, "
      "„Klubobfrau“, „Fraktionschef“, „Landtagsklubobmann“) belongs to the party named before the title in its "
      "sentence, else the one party of the two sentences before: „Die Grünen fordern einen Ausschuss. Klubobfrau "
      "Eva Muster sagte das.“ → memberOf Grüne; not where those sentences name two parties", "relations")
def club_titles(st: ReadingState) -> None:
    parties = [x for x in st.hits if x.label == "ORG" and st.orgs[x.key].kind == "party"]
    parties.sort(key=lambda x: x.tok)
    starts = [x.tok for x in parties]
    titled = {p.title_tok: p for p in st.person_at.values() if p.title_tok is not None}
    main = main_party(parties)
    for h in st.hits:
        if h.label != "TITLE" or st.party_prefix(h.tok):
            continue
        club, generic, area = _club_title(h.text), is_generic_party_title(st, h.text), _area_spokesperson(st, h)
        p = _holder(st, h, titled) if club or generic or area else None
        if p is None or p.party:
            continue
        if area:
            _area_party(st, p, parties, starts, h)
            continue
        party = _party_before(st, parties, starts, h.tok) if club else None
        if party is None and main is not None:
            party = main
            fired(MAIN_PARTY)
        own = p.known.party if p.known else None
        if party is not None and own in (None, party):     # a listed person's own party is no other
            p.join(party, "relation-party-club-title", official=True)


def _area_spokesperson(st: ReadingState, h: Hit) -> bool:
    """The title hit h is a field's spokesperson's, in one word or joined by a hyphen, the field maybe a group
    written in both genders: „Bildungssprecher“, „Menschenrechtssprecherin“, „Arbeitnehmer-Sprecher“,
    „ArbeitnehmerInnen-Sprecherin“ (not „Polizeisprecher“, „ÖVP-Sprecher“)."""
    field, _, head = h.text.casefold().rpartition("-")
    if field:
        if "-" in field or head not in st.t.spokesperson_endings:
            return False
        return field in _AREAS or field.removesuffix(german.FEMININE_ENDING + german.FEMININE_PLURAL_LINK) in _AREAS
    stem = next((head[:-len(e)] for e in st.t.spokesperson_endings if head.endswith(e)), None)
    return stem in _AREAS


AREA_SPOKESPERSON = declare("relation-party-area-spokesperson", "relations", "a parliamentary spokesperson for a field "
                            "of policy („Bildungssprecher“, „Menschenrechtssprecherin“, „Arbeitnehmer-Sprecher“) named without his party, acting "
                            "for no body, belongs to the party named before the title in its sentence, else the one "
                            "party of the sentence before: „Die Grünen kritisieren die Reform, so Bildungssprecher Max "
                            "Muster.“ → memberOf Grüne; not „Polizeisprecher Max Muster“ (an organ's), not where the "
                            "sentence before names two parties")


def _area_party(st: ReadingState, p: PersonDraft, parties: list[Hit], starts: list[int], h: Hit) -> None:
    """Join the field's spokesperson `p` (title hit h) to the party the context names, where he acts for no body."""
    body = st.drafts.get(p.affiliation) if p.affiliation else None
    if body is not None and body.type != "State":
        return      # „Justizsprecher des Landgerichts“: an organ's
    party = _party_before(st, parties, starts, h.tok, _AREA_REACH)
    own = p.known.party if p.known else None
    if party is not None and own in (None, party):
        p.join(party, AREA_SPOKESPERSON, official=True)


@rule("relation-party-office-context", "an organisation's secretary or manager named by a title that names no body "
      "(„Generalsekretär“, „Landesgeschäftsführer“, `party_office_titles.tsv`), acting for no body yet, belongs to "
      "the party that is the one organisation (past parliaments, governments and media) named before the title in "
      "its sentence, else in the sentence before: „Die ÖVP lobt den Plan. Das sei gut, sagte Generalsekretär Max "
      "Muster.“ → memberOf ÖVP; not „Die Wirtschaftskammer ist zufrieden. Generalsekretärin Eva Muster …“ (another "
      "body), not where two are named there", "relations")
def office_titles(st: ReadingState) -> None:
    found = [h for h in st.hits if h.label == "TITLE" and h.text.casefold() in _OFFICES]
    if not found:
        return
    bodies = sorted((x for x in st.hits if x.label == "ORG" and st.orgs[x.key].kind not in _NO_OWNER_KINDS),
                    key=lambda x: x.tok)
    starts = [x.tok for x in bodies]
    titled = {p.title_tok: p for p in st.person_at.values() if p.title_tok is not None}
    words = st.words
    for h in found:
        if h.tok_end < len(words) and words[h.tok_end] in german.NOUN_COMPLEMENT_OPENERS:
            continue        # „der Generalsekretär der Industriellenvereinigung, X“: the complement names the body
        p = _holder(st, h, titled)
        body = st.drafts.get(p.affiliation) if p is not None and p.affiliation else None
        if p is None or p.party or body is not None and body.type != "State":
            continue
        party = _one_body_before(st, bodies, starts, h.tok)
        own = p.known.party if p.known else None
        if party is not None and st.orgs[party].kind == "party" and own in (None, party):
            p.join(party, "relation-party-office-context", official=True)


def _one_body_before(st: ReadingState, bodies: list[Hit], starts: list[int], tok: int) -> str | None:
    """The one organisation of `bodies` named before token `tok` in its sentence, else in the sentence before (none
    where two are named there)."""
    s = st.sent_of[tok]
    mine: set[str] = set()
    before: set[str] = set()
    for x in reversed(bodies[:bisect_left(starts, tok)]):
        xs = st.sent_of[x.tok]
        if xs < s - 1:
            break
        (mine if xs == s else before).add(x.key)
    named = mine or before
    return next(iter(named)) if len(named) == 1 else None
