"""Two titles joined by „und“ before one name, both held by it: „Vizekanzler und Parteiobmann Max Muster“.

`titles.titles` asks `coordinated_title_holder` for the holder of the first title, before `title_holders.holder_of`,
and `party_after_office` whether the second, a party's, gives a membership only.
"""
from __future__ import annotations

from kg import german
from kg.extract.party_lookup import before_adjectives
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare
from kg.extract.title_groups import plural_rule
from kg.nlp.gazetteer_compounds import OFFICE
from kg.nlp.hits import Hit

COORDINATED_TITLE = declare("title-holder-coordinated-title", "title holder", "an office's title joined by „und“ to a "
                            "second title right before a name is held by that name too: „Vizekanzler und Parteiobmann "
                            "Max Muster sagte“ → Max Muster holds both (the first is his role; a party's second title "
                            "his membership, not whom he acts for); not „zwischen Kanzler und Parteichef Max Muster“ "
                            "(two sides), „Kanzler und Vizekanzler Max Muster“ (two ranks of one office), „die "
                            "Kanzlerin und Parteichef Max Muster“ (two genders), „die Minister und Abgeordneten Max "
                            "Muster und Hans Mayer“ (a plural); a party's title first („der SPD-Vorsitzende und Minister "
                            "Max Muster“) gives its membership only (`relation-party-title-coordinated`)")


def coordinated_title_holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person named right after the second of two titles joined by „und“, where the title at h is the first, an
    office's but no party's, of the same gender as the second, neither's key ends in the other's, and no „zwischen“
    or plural article stands before it: „Vizekanzler und Parteiobmann Max Muster“ → Max Muster."""
    words, k = st.words, h.tok_end
    if h.form != OFFICE or k + 2 >= len(words) or words[k] not in german.AND_CONJUNCTIONS \
            or st.party_prefix(h.tok) is not None or h.key in st.t.party_titles:
        return None     # „der AKP-Vorsitzende und Ministerpräsident X“: the party's title is a membership
    second = next((x for x in st.by_tok.get(k + 1, []) if x.label == "TITLE" and x.tok == k + 1), None)
    holder = st.person_at.get(second.tok_end) if second is not None else None
    if holder is None or second is None or _feminine(h) != _feminine(second):
        return None
    first_key, second_key = h.key.casefold(), second.key.casefold()
    if first_key.endswith(second_key) or second_key.endswith(first_key):
        return None     # „Kanzler und Vizekanzler X“: two ranks of one office, two persons
    b = max(before_adjectives(words, h.tok - 1, -1, german.ARTICLES), 0)
    if any(words[j].lower() in german.BETWEEN_PREPOSITIONS for j in range(b, h.tok)) or plural_rule(st, h) is not None:
        return None
    return holder


def party_after_office(st: ReadingState, h: Hit, holder: PersonDraft, aff: str | None) -> bool:
    """The title at h, a party's (`aff`), is the second of two joined titles whose first, an office's, `holder`
    holds: the party is his membership, not whom he acts for („Vizekanzler und ÖVP-Obmann X“ acts for his state)."""
    party = st.drafts.get(aff) if aff else None
    return party is not None and party.kind == "party" and holder.title_tok == h.tok - 2 \
        and COORDINATED_TITLE in holder.role_rules


def _feminine(h: Hit) -> bool:
    """The title at h is written in its feminine form: „Kanzlerin“, not „Kanzler“."""
    return h.text.endswith(german.FEMININE_ENDING) and not h.text.endswith(german.FEMININE_LOOKALIKE_ENDINGS)
