"""Who holds a title: the name right after it, after its phrase (`title_phrases`: a complement, a portfolio, a
place of work) and a comma, or named before it (`title_holders_before`), or a copula's subject
(`title_predicates`); with the person a complement names („Berater von Kanzler X“) and the rule that read it.

`titles.titles` asks `holder_of` for each title's holder.
"""
from __future__ import annotations

from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.reading_tables import serves_person
from kg.extract.rules import declare, fired
from kg.extract.title_holders_before import (HOLDER_AS, HOLDER_BEFORE, HOLDER_CAPACITY, RELATIVE_AS, as_holder,
                                             capacity_holder, holder_before, relative_as_holder)
from kg.extract.title_phrases import (HOLDER_PORTFOLIO, WORKPLACE_DESCRIBED, described_workplace_end,
                                      past_affiliation, portfolio_holder, title_complement, workplace_end)
from kg.extract.title_predicates import (FUTURE_PREDICATE, PAST_PREDICATE, PREDICATE_COMPLEMENT, designated_holder,
                                         past_predicate_holder, predicate_holder)
from kg.german import GENITIVE_ARTICLES
from kg.nlp.hits import Hit


HOLDER_NEXT = declare("title-holder-next", "title holder", "the name right after a title holds it: "
                      "„Präsident Erdoğan“, „der Kanzler Olaf Scholz“")
HOLDER_COMPLEMENT = declare("title-holder-complement", "title holder", "the name right after a title's "
                            "complement holds it: „der Sprecher des Außenministeriums John Kirby“")
HOLDER_APPOSITION = declare("title-holder-apposition", "title holder", "the name after a comma behind the "
                            "title's phrase holds it: „der Berater von Kanzler Scholz, Jens Plötner, sagte“")
HOLDER_GENITIVE = declare("title-holder-genitive-owner", "title holder", "a name in the genitive right after "
                          "a title is whom the title serves, and the name after the comma holds it: „der Berater "
                          "Putins, Max Muster“ → Max Muster advises Putin")


def in_complement(st: ReadingState, h: Hit) -> bool:
    """The title is the genitive complement of a title before it: „Berater des Präsidenten“."""
    k = h.tok - 1
    return k >= 1 and st.words[k] in GENITIVE_ARTICLES and any(
        x.label == "TITLE" and x.tok_end == k for x in st.by_tok.get(k - 1, []))


def holder_of(st: ReadingState, h: Hit) -> tuple[PersonDraft | None, PersonDraft | None, str]:
    """Who holds the title at h, the person of a 'von'-complement ('Berater von X'), and the
    name of the rule that found the holder."""
    k = h.tok_end
    if k in st.person_at:
        owner = _genitive_owner(st, k)
        if owner is not None:       # "der Berater Putins, Juri Uschakow": Putin is advised, not the adviser
            fired(HOLDER_GENITIVE)
            return st.person_at[owner[1]], owner[0], HOLDER_APPOSITION
        if _genitive_principal(st, h, k):   # "X, ein Berater Putins, sagte": X holds it, Putin is advised
            holder, _, how = _apposition(st, h, name_end(st, k), None, complement=True)
            if how == PREDICATE_COMPLEMENT:     # "X war ein enger Berater Putins."
                return holder, st.person_at[k], how
            return (holder, st.person_at[k], GENITIVE_PRINCIPAL) if how == HOLDER_BEFORE else (None, None, how)
        return st.person_at[k], None, HOLDER_NEXT
    obj, aff_end, named = title_complement(st, k)
    if named is not None:
        return named, None, HOLDER_COMPLEMENT
    # „Minister für Handel, X“, also past the complement: „der Sondergesandte der UN für den Jemen, X“
    portfolio = portfolio_holder(st, aff_end) if obj is None else None
    if portfolio is not None:
        return portfolio, None, HOLDER_PORTFOLIO
    # "die Chefin der Sozialdemokraten in der Landeshauptstadt, Eva Beispiel"
    end = past_affiliation(st, aff_end)
    workplace = workplace_end(st, end)
    if workplace == end:
        workplace = described_workplace_end(st, end)
        if workplace != end:
            return st.person_at[workplace + 1], obj, WORKPLACE_DESCRIBED
    return _apposition(st, h, workplace, obj)


def _genitive_owner(st: ReadingState, k: int) -> tuple[PersonDraft, int] | None:
    """The person named at k in the genitive („Putins“, „Tsipras'“), with the token of the name after the comma
    that follows it: „der Berater Putins, Juri Uschakow“."""
    p = st.person_at[k]
    ends = [x.tok_end for x in st.by_tok.get(k, []) if x.label == "PER" and x.tok == k]
    e = max(ends, default=k + 1)
    words, surname = st.words, p.name.rsplit(" ", 1)[-1]
    genitive = words[e - 1] == surname + "s" or words[e - 1] in ("'", "’") and words[e - 2] == surname
    if genitive and e + 1 < len(words) and words[e] == "," and e + 1 in st.person_at:
        return p, e + 1
    return None


GENITIVE_PRINCIPAL = declare("title-adviser-genitive-after", "title holder", "a name in the genitive right after an "
                             "adviser's or spokesperson's title is whom the title serves, and the name before the "
                             "comma ahead of the title holds it: „Max Muster, ein Berater Putins, sagte“ → Max Muster "
                             "advises Putin; not „Präsident Putins Berater“ (Putin holds „Präsident“)")


def _genitive_principal(st: ReadingState, h: Hit, k: int) -> bool:
    """The person named at k, right after the adviser's or spokesperson's title at h, is in the genitive
    („Berater Putins“, „Sprecherin Tsipras'“): whom the title serves, not its holder."""
    if not (h.key.casefold().endswith(st.t.adviser_endings) or serves_person(st.t, h.key)):
        return False
    ends = [x.tok_end for x in st.by_tok.get(k, []) if x.label == "PER" and x.tok == k]
    e, words = max(ends, default=k + 1), st.words
    surname = st.person_at[k].name.rsplit(" ", 1)[-1]
    return words[e - 1] == surname + "s" or e < len(words) and words[e] in ("'", "’") and words[e - 1] == surname


def _apposition(st: ReadingState, h: Hit, j: int, obj: PersonDraft | None,
                complement: bool = False) -> tuple[PersonDraft | None, PersonDraft | None, str]:
    """The holder named in apposition, after the title's phrase (which ends at j) or before it; where a person's
    complement (`obj`, or a genitive name: `complement`) ends the phrase, also a copula's subject."""
    words, n = st.words, len(st.words)
    # "der Berater von Kanzler Scholz (SPD), Jens Plötner, ..."
    if j + 1 < n and words[j] == "," and (j + 1) in st.person_at:
        return st.person_at[j + 1], obj, HOLDER_APPOSITION
    # "…, Aleksandar Vucic": a first name before a known surname the gazetteer took alone
    if j + 2 < n and words[j] == "," and (j + 2) in st.person_at and words[j + 1][:1].isupper() \
            and not st.by_tok.get(j + 1):
        return st.person_at[j + 2], obj, HOLDER_APPOSITION
    found = holder_before(st, h)
    if found is not None:
        return found[0], obj, found[1]
    named, how = _predicate_holder(st, h, j if obj is not None or complement else None)
    if named is not None:
        return named, obj, how
    for reader, how in ((as_holder, HOLDER_AS), (relative_as_holder, RELATIVE_AS), (capacity_holder, HOLDER_CAPACITY),
                        (designated_holder, FUTURE_PREDICATE), (past_predicate_holder, PAST_PREDICATE)):
        named = reader(st, h)
        if named is not None:
            return named, obj, how
    return None, obj, HOLDER_BEFORE


def _predicate_holder(st: ReadingState, h: Hit, end: int | None) -> tuple[PersonDraft | None, str]:
    """The subject of a copula whose predicate is the title at h, with the rule's name; where a person's complement
    ends the predicate at `end`, also of a past copula: „X ist (war) Berater von Präsident Y.“"""
    if end is not None and end > h.tok_end:
        named = predicate_holder(st, h, end=end)[0] or past_predicate_holder(st, h, end=end)
        if named is not None:
            return named, PREDICATE_COMPLEMENT
    return predicate_holder(st, h)
