"""memberOf relations: officials in parties, states in international organisations.

"Olaf Scholz (SPD)", "SPD-Chef X", "Nato-Mitglied Türkei", "Estland und Lettland
sind Nato-Mitglieder".

Steps (see `entities.STEPS`): `parties`, `party_of` and `party_leaders` note a
person's party on the `PersonDraft` (before `persons.finish` makes the memberOf
relation); `membership`, `copula_membership` and `inclusion_membership` add the
memberOf relations of states.
"""
from __future__ import annotations

from kg.extract.reading import ReadingState
from kg.german import DETERMINERS
from kg.facts import Relation

_MEMBER_WORDS = ("Mitglied", "Mitglieder", "Mitgliedern", "Mitgliedsstaat", "Mitgliedsstaaten", "Mitgliedstaat",
                 "Mitgliedstaaten", "Mitgliedsland", "Mitgliedsländer", "Mitgliedsländern", "Staat", "Staaten",
                 "Staates", "Land", "Länder", "Ländern", "Landes", "Partner", "Partnern", "Partnerland")
_ENUM = {",", "und", "sowie", "oder", "die", "der", "den", "das", "wie", "etwa"}
_COPULA = {"sind", "ist", "seien", "sei", "waren", "war", "als", "wurden", "wurde"}
# "der Sicherheitsrat – einschließlich China und Russland –": the states named are members
_INCLUDING = {"einschließlich", "darunter", "inklusive", "samt"}
_LEAD_VERBS = {"führen", "führt", "führte", "anführen", "leiten", "leitet", "leitete", "anführt", "anführte"}


def parties(st: ReadingState) -> None:
    """'Olaf Scholz (SPD)': membership, and a party prefix on a title ('ÖVP-Außenminister Kurz')."""
    words = st.words
    for tok, p in list(st.person_at.items()):
        end = tok
        while end < len(words) and any(x.label == "PER" and x.tok <= end < x.tok_end
                                       for x in st.by_tok.get(end, [])):
            end += 1
        # "Amilcar Pop von der Partei Winaq", "X, Mitglied der CDU"
        k = end + 1 if end < len(words) and words[end] == "," else end
        if k + 2 < len(words) and (words[k:k + 2] in (["von", "der"], ["Mitglied", "der"])):
            j = k + 2
            if j + 1 < len(words) and words[j] == "Partei" and not st.by_tok.get(j):
                j += 1
            for x in st.by_tok.get(j, []):
                if x.label == "ORG" and st.orgs[x.key].kind == "party":
                    p.party = p.party or x.key
                    p.official = True
        if end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")":
            for x in st.by_tok.get(end + 1, []):
                if x.label == "ORG" and st.orgs[x.key].kind == "party":
                    p.party = p.party or x.key
                    p.official = True
    # "der US-Republikaner Marco Rubio", "SPÖ-Chef Faymann": the party right before the name
    for tok, p in list(st.person_at.items()):
        party = st.party_prefix(tok - 1) if tok > 0 else None
        if party is None and tok > 0:
            party = next((x.key for x in st.by_tok.get(tok - 1, []) if x.label == "ORG"
                          and x.tok_end == tok and st.orgs[x.key].kind == "party"
                          and st.words[tok - 1] not in ("Linke", "Grüne", "Grünen")), None)
        if party is not None:
            p.party = p.party or party
            p.official = True
    for tok, party in st.title_parties:
        k = tok + 1
        if k in st.person_at:
            st.person_at[k].party = st.person_at[k].party or party


# -- states in organisations --------------------------------------------------------
def membership(st: ReadingState) -> None:
    """'Nato-Mitglied Türkei', 'die EU- und Nato-Mitglieder Estland, Lettland und Litauen'."""
    words = st.words
    for i, w in enumerate(words):
        if "-" not in w:
            continue
        tail = w.rsplit("-", 1)[1]
        if tail not in _MEMBER_WORDS:
            continue
        orgs = [x.key for x in st.by_tok.get(i, []) if x.label == "ORG" and x.form == "prefix"]
        j = i - 1   # "EU- und Nato-Mitglieder"
        while j >= 1 and words[j] in ("und", ",", "sowie"):
            orgs += [x.key for x in st.by_tok.get(j - 1, []) if x.label == "ORG"
                     and words[j - 1].endswith("-")]
            j -= 2
        orgs = [o for o in orgs if st.orgs[o].kind == "international"]
        if not orgs:
            continue
        states = _enumeration(st, i + 1, +1) or _enumeration(st, j if j < i - 1 else i - 1, -1)
        for iso in states:
            for o in orgs:
                s = st.state(iso, st.idx[i])
                st.relations.append(Relation(s.key, "memberOf", st.org(o, st.idx[i]).key,
                                               st.evidence(i)))
    for i, w in enumerate(words):
        if w != "Beitritt":
            continue
        j = i + 1
        while j < len(words) and words[j] in DETERMINERS:
            j += 1
        states = [x.key for x in st.by_tok.get(j, []) if x.label == "STATE"]
        if states and j + 1 < len(words) and words[j + 1] in ("zum", "zur"):
            orgs = [x.key for x in st.by_tok.get(j + 2, []) if x.label == "ORG"]
            for o in orgs:
                st.relations.append(Relation(st.state(states[0], st.idx[j]).key, "memberOf",
                                               st.org(o, st.idx[i]).key, st.evidence(i)))


def _enumeration(st: ReadingState, k: int, step: int) -> list[str]:
    """States named in an enumeration next to token k.

    To the right the states follow at once ("Nato-Mitglied Türkei"); to the left a
    copula must join them ("Estland und Lettland sind Nato-Mitglieder"), since
    "die USA und die EU-Staaten" names a state that is not one of them.
    """
    words = st.words
    if step < 0:
        if not (0 <= k < len(words) and words[k] in _COPULA):
            return []
        k -= 1
    out: list[str] = []
    gap = 0
    while 0 <= k < len(words):
        xs = [x for x in st.by_tok.get(k, []) if x.label == "STATE" and x.form in ("name", "genitive")]
        if xs:
            if xs[0].key not in out:
                out.append(xs[0].key)
            gap = 0
        elif words[k] in _ENUM and gap < 2 and (out or step > 0):
            gap += 1
        else:
            break
        k += step
    return out


def copula_membership(st: ReadingState) -> None:
    """'Estland, Litauen und Lettland seien ohnehin in der EU und Nato'."""
    words = st.words
    for i, w in enumerate(words):
        if w not in _COPULA or i + 1 >= len(words):
            continue
        j = i + 1
        while j < len(words) and words[j] in ("ohnehin", "bereits", "schon", "längst", "auch"):
            j += 1
        if j >= len(words) or words[j] not in ("in", "im", "Mitglied", "Mitglieder"):
            continue
        j += 1
        orgs: list[str] = []
        while j < len(words):
            xs = [x.key for x in st.by_tok.get(j, []) if x.label == "ORG"
                  and st.orgs[x.key].kind == "international"]
            if xs:
                orgs += xs
            elif words[j] not in ("der", "des", "und", ","):
                break
            j += 1
        states = _enumeration(st, i, -1)
        for iso in states:
            for o in dict.fromkeys(orgs):
                st.relations.append(Relation(st.state(iso, st.idx[i]).key, "memberOf",
                                               st.org(o, st.idx[i]).key, st.evidence(i)))


def inclusion_membership(st: ReadingState) -> None:
    """'der UN-Sicherheitsrat – einschließlich China und Russland –': member states."""
    words = st.words
    for h in st.hits:
        if h.label != "ORG" or st.orgs[h.key].kind != "international":
            continue
        k = h.tok_end
        if k < len(words) and words[k] in (",", "–", "-", "("):
            k += 1
        if k < len(words) and words[k] in _INCLUDING:
            for iso in _enumeration(st, k + 1, +1):
                st.relations.append(Relation(st.state(iso, st.idx[k]).key, "memberOf",
                                               st.org(h.key, h.start).key, st.evidence(k)))


def party_leaders(st: ReadingState) -> None:
    """'X, …, wird die KP weiter führen', 'X leitet die Partei': a leader is a member and an official."""
    words = st.words
    for h in st.hits:
        if h.label != "ORG" or st.orgs[h.key].kind != "party":
            continue
        after = words[h.tok_end:h.tok_end + 5]     # "wird die KP weitere fünf Jahre anführen"
        if "," in after:
            after = after[:after.index(",")]
        if not (set(after) & _LEAD_VERBS or (h.tok >= 2 and words[h.tok - 2] in _LEAD_VERBS)):
            continue
        # the subject: the nearest person before, in the same sentence, none between
        s = st.sent_of[h.tok]
        for tok in range(h.tok - 1, max(-1, h.tok - 20), -1):
            if st.sent_of[tok] != s:
                break
            if tok in st.person_at:
                p = st.person_at[tok]
                p.party = p.party or h.key
                p.official = True
                break


def party_of(st: ReadingState) -> None:
    """'die Nationale Front (NF) von Jazenjuk': the person is a member of the party."""
    words = st.words
    for h in st.hits:
        if h.label != "ORG" or st.orgs[h.key].kind != "party":
            continue
        k = h.tok_end
        if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
            k += 3
        if k + 1 < len(words) and words[k] in ("von", "um") and (k + 1) in st.person_at:
            p = st.person_at[k + 1]
            p.party = p.party or h.key


