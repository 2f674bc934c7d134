"""Branch places: a town or region (no state, no capital) named right after an organisation's
acronym, with no article, preposition or comma between, names the organisation's branch there and
is no place of its own („die ÖVP Burgenland“, „dem ORF Salzburg“, „die SPÖ Oberösterreich“); German names a place the
organisation is at with a preposition („die ÖVP im Burgenland“). States and capitals are left: after
a subject they are often its object or the government („die EU-Kommission Deutschland … verklagt“).

>>> from kg.nlp.hits import Hit
>>> words = "Die ÖVP Burgenland kritisiert das .".split()
>>> hits = [Hit(4, 7, "ORG", "ÖVP", "ÖVP", 1, 2), Hit(8, 18, "PLACE", "Burgenland", "Burgenland", 2, 3)]
>>> [h.text for h in drop_branch_places(words, hits)]
['ÖVP']
"""
from __future__ import annotations

from typing import Sequence

from kg import german, resources
from kg.nlp.hits import Hit
from kg.rules import declare, fired

STAGE = "gazetteer"
BRANCH_PLACE = declare("org-branch-place", STAGE, "guard: a town or region by its name right after an "
                       "organisation's acronym, before no capitalised word, is the organisation's branch, no place: "
                       "„die ÖVP Burgenland“, „dem ORF Salzburg“; not „die ÖVP im Burgenland“, not a state "
                       "(„die EU-Kommission Deutschland verklagen“)")

PARTY_CAPITAL = declare("party-branch-capital", STAGE, "guard: a capital by its name right after a listed party "
                        "after „der“ or „zur“ (genitive or dative), before no capitalised word, is the party's branch "
                        "there, no place: „der Chef der SPÖ Wien“, „die Spitze der CDU Berlin“; not „die SPD Berlin“ "
                        "(„weil die SPD Berlin lobt“: an object), not „der SPD in Berlin“")

_PLACES = ("PLACE",)
_NAME_FORMS = ("name", "known", "region")   # not an adjective („die Grüne australische Senatorin“)


def drop_branch_places(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the places that follow an organisation's acronym directly (a longer name
    before a town is often a club's or a firm's the town may end: left to the name rules)."""
    orgs = {h.tok_end: h for h in hits if h.label == "ORG" and h.text.isupper()}
    if not orgs:
        return hits
    n = len(words)
    out = []
    for h in hits:
        org = orgs.get(h.tok)
        if org is None or (h.tok_end < n and words[h.tok_end][:1].isupper()):
            out.append(h)
        elif h.label in _PLACES and h.form in _NAME_FORMS:
            fired(BRANCH_PLACE)
        elif h.label == "CAPITAL" and _oblique_party(words, org):
            fired(PARTY_CAPITAL)
        else:
            out.append(h)
    return out


def _oblique_party(words: Sequence[str], org: Hit) -> bool:
    """A listed party after „der“ or „zur“: genitive or dative, so no subject the town could be the object of."""
    return org.key in resources.party_names() and org.tok > 0 \
        and words[org.tok - 1].lower() in german.FEMININE_OBLIQUE_DETERMINERS
