"""memberOf relations: officials in parties, states in international organisations.

"Olaf Scholz (SPD)", "SPD-Chef X", "Nato-Mitglied Türkei", "Estland und Lettland
sind Nato-Mitglieder".

Steps (see `entities.STEPS`): `parties`, `party_of` and `party_leaders` note a
person's party on the `PersonDraft` (before `persons.finish` makes the memberOf
relation); `membership`, `copula_membership` and `inclusion_membership` add the
memberOf relations of states.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(r.subject, r.relation, r.object, r.rules) for r in read("Max Muster (SPD) sagte das.").relations]
[('person:max-muster', 'memberOf', 'org:spd', ('party-bracket',))]
>>> [(r.subject, r.object, r.rules) for r in read("Das Nato-Mitglied Türkei protestierte.").relations]
[('state:turkei', 'org:nato', ('member-compound',))]
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from kg import german, resources
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import Stage, declare, fired, rule
from kg.german import (ADDITIVE_CONJUNCTIONS, ADJECTIVE_ENDINGS, COPULA_ADVERBS, COPULAS, DETERMINERS, DURATION_OPENERS, ENUMERATION_WORDS,
                       GENITIVE_ARTICLES, GROUP_QUANTIFIERS, INCLUSIVES, LIST_GLUE, NEGATIONS, PARTY_HEAD_PREPOSITIONS,
                       VERB_COPULAS, PARTY_OPENERS, MEMBER_NOUNS, FEMININE_GENITIVE_ARTICLES, MEMBERSHIP_NOUNS,
                       TO_CONTRACTIONS, IN_PREPOSITIONS, APPOSITION_ARTICLES, GENITIVE_LIST_WORDS)
from kg.facts import Relation
from kg.nlp.hits import Hit



_FROM_CONTRACTIONS = german.FROM_PREPOSITIONS - german.PLAIN_FROM_PREPOSITIONS     # "vom"

PARTY_BRACKET = declare("party-bracket", "party", "a party in brackets after a name: „Olaf Scholz (SPD)“")
PARTY_MEMBER_OF = declare("party-member-of", "party", "a party after „von der (Partei)“, „vom“ or „Mitglied der“ "
                          "behind a name: „Max Muster von der Partei Winaq“, „Max Muster vom Likud“, „Max Muster, "
                          "Mitglied der CDU“, „Max Muster von der konservativen Volkspartei (PP)“")
PARTY_BEFORE_NAME = declare("party-before-name", "party", "a party right before a name, as a noun or a "
                            "prefix: „der US-Republikaner Max Muster“, „SPÖ-Chef Max Muster“")
PARTY_OF = declare("party-of", "party", "a person after „von“, „um“ or „unter“ behind a party is its member: "
                   "„die Nationale Front (NF) von Max Muster“, „der Front National unter Marine Le Pen“")
PARTY_LEADER = declare("party-leader", "party", "the person before a party and a verb of leading leads it: "
                       "„Max Muster wird die KP weiter führen“, „Max Muster leitet die SPD“")


def parties(st: ReadingState) -> None:
    """A person's party from the words after the name ('Olaf Scholz (SPD)', 'X, Mitglied der CDU')
    and before it ('SPD-Chef X', 'der US-Republikaner X'): the person is an official and a member."""
    for tok, p in list(st.person_at.items()):
        end = _name_end(st, tok)
        for party, rule in ((_party_member_of(st, end), PARTY_MEMBER_OF), (_party_in_brackets(st, end), PARTY_BRACKET),
                            (_party_members_after(st, end, p), PARTY_MEMBERS_AFTER)):
            if party is not None:
                p.join(party, rule, official=True)
    for tok, p in list(st.person_at.items()):
        party = _party_before(st, tok) if tok > 0 else None
        if party is not None:
            p.join(party, PARTY_BEFORE_NAME, official=True)


def _name_end(st: ReadingState, tok: int) -> int:
    """The token after the name that starts at `tok` (a surname no name rule marked is one word: „Kern ist …“)."""
    end = tok
    while end < len(st.words) and any(x.label == "PER" and x.tok <= end < x.tok_end for x in st.by_tok.get(end, [])):
        end += 1
    return max(end, tok + 1)


def _party_hits(st: ReadingState) -> Iterator[Hit]:
    """The article's hits of parties, in text order: what the party rules start from."""
    return (h for h in st.hits if h.label == "ORG" and st.orgs[h.key].kind == "party")


def _partyless_appositions(st: ReadingState) -> Iterator[tuple[PersonDraft, int]]:
    """Each person with no party yet whose name a comma or „als“ follows, with that token, where at
    least two words come after it: where an apposition may name the party („X, ein Republikaner,“, „der
    Auftritt Kerns als designierter SPÖ-Vorsitzender“)."""
    words = st.words
    for tok, p in list(st.person_at.items()):
        if p.party:
            continue
        k = _name_end(st, tok)
        if k + 2 < len(words) and (words[k] == "," or words[k] in german.AS_WORDS):
            yield p, k


def _party_member_of(st: ReadingState, end: int) -> str | None:
    """ "Amilcar Pop von der Partei Winaq", "X, Mitglied der CDU": the party after the name ending at `end`."""
    words = st.words
    k = end + 1 if end < len(words) and words[end] == "," else end
    if k + 1 < len(words) and words[k] in _FROM_CONTRACTIONS:
        return _party_after(st, k + 1)      # "Marine Le Pen vom Front National"
    if not (k + 2 < len(words) and ((words[k], words[k + 1]) in PARTY_OPENERS
                                    or (words[k] in MEMBER_NOUNS and words[k + 1] in FEMININE_GENITIVE_ARTICLES))):
        return None
    return _party_after(st, k + 2)


PARTY_MEMBERS_AFTER = declare("party-members-after", "party", "the members' plural of a party no list spells so "
                              "after „von den“ behind a name: „David Cameron von den Konservativen“, „Max Muster "
                              "von den Republikanern“ (the party of his state)")


def _party_members_after(st: ReadingState, end: int, p: PersonDraft) -> str | None:
    """ "X von den Konservativen": the party a member's noun names after „von den“ behind the name ending at
    `end`, where no party hit stands there."""
    words, k = st.words, end + 1 if end < len(st.words) and st.words[end] == "," else end
    if not (k + 2 < len(words) and (words[k], words[k + 1]) in PARTY_OPENERS) or st.by_tok.get(k + 2):
        return None
    parties = _party_members().get(words[k + 2])
    return _fitting_party(st, p, parties) if parties else None


def _party_after(st: ReadingState, j: int) -> str | None:
    """The party named from token j on, past adjectives and a party noun: „(der) oppositionellen
    Partei Winaq“."""
    words = st.words
    while j + 1 < len(words) and words[j].islower() and words[j].isalpha() and not st.by_tok.get(j):
        j += 1
    if j + 1 < len(words) and words[j] in st.t.party_nouns and not st.by_tok.get(j):
        j += 1
    if not st.by_tok.get(j):    # a name no list holds, then its acronym: "der konservativen Volkspartei (PP)"
        return _party_in_brackets(st, j + 1)
    return next((x.key for x in st.by_tok.get(j, []) if x.label == "ORG" and st.orgs[x.key].kind == "party"), None)


def _party_in_brackets(st: ReadingState, end: int) -> str | None:
    """ "Olaf Scholz (SPD)": the party in brackets after the name ending at `end`."""
    words = st.words
    # the tokenizer may glue the closing bracket to what follows: "(ÖVP):"
    if end + 2 < len(words) and words[end] == "(" and words[end + 2].startswith(")"):
        return next((x.key for x in st.by_tok.get(end + 1, []) if x.label == "ORG"
                     and st.orgs[x.key].kind == "party"), None)
    return None


def _party_before(st: ReadingState, tok: int) -> str | None:
    """ "der US-Republikaner Marco Rubio", "SPÖ-Chef Faymann": the party right before the name at `tok`."""
    party = st.party_prefix(tok - 1)
    if party is None:
        party = next((x.key for x in st.by_tok.get(tok - 1, []) if x.label == "ORG"
                      and x.tok_end == tok and st.orgs[x.key].kind == "party"
                      and st.words[tok - 1] not in st.t.party_adjective_names), None)
    return party


# -- states in organisations --------------------------------------------------------
MEMBER_COMPOUND = declare("member-compound", "state membership", "states next to a member word prefixed by "
                          "an international organisation are its members: „Nato-Mitglied Türkei“, „Estland und "
                          "Lettland sind EU- und Nato-Mitglieder“")
MEMBER_ACCESSION = declare("member-accession", "state membership", "the state in „Beitritt X zur Y“ joins the "
                           "organisation: „den Beitritt der Türkei zur EU“")
MEMBER_COPULA = declare("member-copula", "state membership", "states before a copula (or „bleibt“) and „in“ or "
                        "„Mitglied“ are members: „Estland und Lettland sind längst in der Nato“, „Die Türkei ist seit "
                        "1952 Mitglied der Nato“, „Polen ist einer der Mitgliedstaaten der EU“, „Polen bleibt Mitglied "
                        "der EU“, „Polen ist als Mitglied der EU verpflichtet“")
MEMBER_RANK = declare("member-rank", "state membership", "states before a copula or „als“ and words that count "
                      "or rank them among an organisation's members are members: „Polen ist eines von 28 "
                      "EU-Ländern“, „nun hat Österreich als erstes EU-Land entschieden“")
MEMBER_INCLUDING = declare("member-including", "state membership", "states after „einschließlich“ behind an "
                           "international organisation are members: „der UN-Sicherheitsrat – einschließlich "
                           "China und Russland –“")


def add_member(st: ReadingState, state: str, org: str, pos: int, tok: int, rule: str) -> None:
    """The state (its key) is a member of the organisation `org` (mentioned at `pos`), read at token
    `tok` by `rule`."""
    fired(rule)
    st.relations.append(Relation(state, "memberOf", st.org(org, pos).key, st.evidence(tok), (rule,)))


def _member_compound(st: ReadingState, i: int) -> tuple[str, list[str]] | None:
    """The member noun of the hyphen compound at token i and the organisations its prefix names
    („Nato-Mitglied“ → „Mitglied“, [Nato]); None for a word with no hyphen or a privative prefix
    („Nicht-EU-Land Schweiz“, „Ex-Nato-Mitglied X“: no member)."""
    w = st.words[i]
    if "-" not in w or w.split("-", 1)[0].lower() in german.PRIVATIVE_PREFIXES:
        return None
    return w.rsplit("-", 1)[1], [x.key for x in st.by_tok.get(i, []) if x.label == "ORG" and x.form == "prefix"]


def membership(st: ReadingState) -> None:
    """'Nato-Mitglied Türkei', 'die EU- und Nato-Mitglieder Estland, Lettland und Litauen'."""
    words = st.words
    for i, w in enumerate(words):
        compound = _member_compound(st, i) if "-" in w else None
        if compound is None or compound[0] not in st.t.member_words:
            continue
        orgs = compound[1]
        j = i - 1   # "EU- und Nato-Mitglieder"
        while j >= 1 and words[j] in LIST_GLUE:
            orgs += [x.key for x in st.by_tok.get(j - 1, []) if x.label == "ORG"
                     and words[j - 1].endswith("-")]
            j -= 2
        orgs = [o for o in orgs if st.orgs[o].kind == "international"]
        if not orgs:
            continue
        states = _enumeration(st, i + 1, +1) or _enumeration(st, j if j < i - 1 else i - 1, -1)
        rule = MEMBER_COMPOUND
        if not states and j == i - 1:
            states, rule = _other_members(st, i), MEMBER_OTHERS
        for iso in states:
            for o in orgs:
                add_member(st, st.state(iso, st.idx[i]).key, o, st.idx[i], i, rule)


MEMBER_OTHERS = declare("member-others", "state membership", "states joined by „und“ to „andere“ or „die übrigen“ "
                        "members of an organisation are members too: „Deutschland und andere EU-Staaten“, "
                        "„Frankreich und die übrigen Nato-Partner“")


def _other_members(st: ReadingState, i: int) -> list[str]:
    """ "Deutschland und andere EU-Staaten": the states before „und (die) andere“ and the member noun at i."""
    words, b = st.words, i - 1
    if b < 2 or words[b] not in german.OTHER_ADJECTIVES:
        return []
    b -= 2 if words[b - 1] in german.DEFINITE_ARTICLES else 1
    if b < 1 or words[b] not in ADDITIVE_CONJUNCTIONS:
        return []
    return _enumeration(st, b - 1, -1, joined=True)


def accession(st: ReadingState) -> None:
    """'den Beitritt der Türkei zur EU': the state is a member."""
    words = st.words
    for i, w in enumerate(words):
        if w not in st.t.accession_words:
            continue
        j = i + 1
        while j < len(words) and words[j] in DETERMINERS:
            j += 1
        states = [x.key for x in st.by_tok.get(j, []) if x.label == "STATE"]
        if states and j + 1 < len(words) and words[j + 1] in TO_CONTRACTIONS:
            orgs = [x.key for x in st.by_tok.get(j + 2, []) if x.label == "ORG"]
            for o in orgs:
                add_member(st, st.state(states[0], st.idx[j]).key, o, st.idx[i], i, MEMBER_ACCESSION)


def _enumeration(st: ReadingState, k: int, step: int, joined: bool = False) -> list[str]:
    """States named in an enumeration next to token k.

    To the right the states follow at once ("Nato-Mitglied Türkei"); to the left a
    copula must join them ("Estland und Lettland sind Nato-Mitglieder"), since
    "die USA und die EU-Staaten" names a state that is not one of them, unless the
    caller found what joins them (`joined`: "Polen und Ungarn, beide EU-Mitglieder").
    """
    words = st.words
    if step < 0 and not joined:
        k = _past_rank(st, k)
        if not (0 <= k < len(words) and words[k] in COPULAS):
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
        elif words[k] in ENUMERATION_WORDS and gap < 2 and (out or step > 0 and words[k] not in ADDITIVE_CONJUNCTIONS):
            # "EU-Staaten wie Polen"; not "EU-Staaten und Japan": a list starts with a state
            gap += 1
        else:
            break
        k += step
    return out


_RANK_REACH = 4             # words of „eines von 28“ between a copula and a member noun


def _past_rank(st: ReadingState, k: int) -> int:
    """Back from token k past words that count or rank a member („eines von 28“, „erstes“), to where a
    copula may stand: „Polen ist eines von 28 EU-Ländern“, „Österreich als erstes EU-Land“."""
    words, b = st.words, k
    while b > 0 and k - b < _RANK_REACH and (words[b] in german.MEMBER_RANK_WORDS or words[b].isdigit()):
        b -= 1
    if b != k and 0 <= b < len(words) and words[b] in COPULAS:
        fired(MEMBER_RANK)
        return b
    return k


def copula_membership(st: ReadingState) -> None:
    """'Estland, Litauen und Lettland seien ohnehin in der EU und Nato', 'Polen bleibt Mitglied der EU'."""
    words = st.words
    for i in [i for i, w in enumerate(words) if w in _COPULA_TRIGGERS]:     # a set test, not a call per word
        w = words[i]
        remain = w in german.REMAIN_VERBS or _belongs_among(st, i)
        if (w not in COPULAS and not remain) or i + 1 >= len(words):
            continue
        j = _predicate_start(st, i + 3 if w in BELONG[2] else i + 1)
        if j >= len(words) or (words[j] not in IN_PREPOSITIONS and words[j] not in MEMBERSHIP_NOUNS):
            continue
        j += 1
        orgs: list[str] = []
        while j < len(words):
            xs = [x.key for x in st.by_tok.get(j, []) if x.label == "ORG"
                  and st.orgs[x.key].kind == "international"]
            if xs:
                orgs += xs
            elif words[j] not in GENITIVE_LIST_WORDS:
                break
            j += 1
        # "bleibt" is no copula `_enumeration` knows: the states right before it
        states = _enumeration(st, i - 1, -1, joined=True) if remain else _enumeration(st, i, -1)
        for iso in states:
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(iso, st.idx[i]).key, o, st.idx[i], i, MEMBER_COPULA)


def _belongs_among(st: ReadingState, i: int) -> bool:
    """A finite „gehören“ at i and „zu den“ after it: „Kenia gehört zu den Vertragsstaaten des …“."""
    words = st.words
    return words[i] in BELONG[2] and i + 3 < len(words) and words[i + 1] in german.PLAIN_TO_PREPOSITIONS \
        and words[i + 2] in german.DEFINITE_ARTICLES and words[i + 3] in MEMBERSHIP_NOUNS


def _predicate_start(st: ReadingState, j: int) -> int:
    """From token j after a copula, past adverbs („zwar“, „ohnehin“), a span of time („seit 1952“), „als“
    before a member's noun and „einer der“ before members: where a membership predicate may start („ist
    zwar Mitglied“, „ist als Mitglied … verpflichtet“, „ist einer der Mitgliedstaaten“)."""
    words, n = st.words, len(st.words)
    while j < n and (words[j] in COPULA_ADVERBS or words[j] in DURATION_OPENERS):
        j += 2 if words[j] in DURATION_OPENERS else 1     # "ist seit 1952 Mitglied der Nato"
    if j + 1 < n and words[j] in german.AS_WORDS and words[j + 1] in MEMBERSHIP_NOUNS:
        return j + 1
    if j + 2 < n and words[j] in german.INDEFINITE_ARTICLES and words[j + 1] in GENITIVE_ARTICLES \
            and words[j + 2] in MEMBERSHIP_NOUNS:
        return j + 2
    return j


MEMBER_APPOSITION = declare("member-apposition", "state membership", "states before a comma and an apposition "
                            "naming them members are members: „die Türkei, ein Nato-Mitglied,“, „Schweden, Mitglied "
                            "der EU,“, „Russland und China, beide ständige Mitglieder des UN-Sicherheitsrats,“")
_APPOSITION_GAP = 3         # words between the comma and the member noun: „beide ständige“


def member_bodies(st: ReadingState, j: int, plural: bool) -> list[str]:
    """The international bodies the member noun at j names: „Nato-Mitglied“ (its prefix), „Mitglied(er) der
    EU“ (the genitive after it)."""
    w, words = st.words[j], st.words
    if "-" in w:
        compound = _member_compound(st, j)
        if compound is None or not (compound[0] in MEMBER_NOUNS or plural and compound[0] in st.t.member_words):
            return []
        return [o for o in compound[1] if st.orgs[o].kind == "international"]
    if not (w in MEMBER_NOUNS or plural and w in MEMBERSHIP_NOUNS) or j + 2 >= len(words) \
            or words[j + 1] not in GENITIVE_ARTICLES:
        return []
    return [x.key for x in st.by_tok.get(j + 2, []) if x.label == "ORG" and st.orgs[x.key].kind == "international"]


def member_appositions(st: ReadingState) -> None:
    """'die Türkei, ein Nato-Mitglied,', 'Polen und Ungarn, beide EU-Mitglieder,': the states are members."""
    words = st.words
    for i in dict.fromkeys(h.tok_end for h in st.hits if h.label == "STATE"):     # the token after a state
        if i + 2 >= len(words) or words[i] != ",":
            continue
        j, plural = i + 1, words[i + 1] in GROUP_QUANTIFIERS or words[i + 1] in german.NUMBER_WORDS
        if plural or words[j] in german.INDEFINITE_ARTICLES:
            j += 1
        while j < len(words) and j - i <= _APPOSITION_GAP and words[j].islower() and words[j].isalpha() \
                and words[j] not in NEGATIONS:
            j += 1      # "ständige", "langjähriges"
        orgs = member_bodies(st, j, plural) if j < len(words) and j + 1 < len(words) else []
        if not orgs or any(x.label == "STATE" for x in st.by_tok.get(j + 1, [])):
            continue    # "…, das Nato-Mitglied Türkei": the state after it is the member
        states = _enumeration(st, i - 1, -1, joined=True)
        for iso in states if plural else states[:1]:     # "die Türkei, ein Nato-Mitglied": the state before it
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(iso, st.idx[i]).key, o, st.idx[i], i, MEMBER_APPOSITION)


def inclusion_membership(st: ReadingState) -> None:
    """'der UN-Sicherheitsrat – einschließlich China und Russland –': member states."""
    words = st.words
    for h in st.hits:
        if h.label != "ORG" or st.orgs[h.key].kind != "international":
            continue
        k = h.tok_end
        if k < len(words) and words[k] in (",", "–", "-", "("):
            k += 1
        if k < len(words) and words[k] in INCLUSIVES:
            for iso in _enumeration(st, k + 1, +1):
                add_member(st, st.state(iso, st.idx[k]).key, h.key, h.start, k, MEMBER_INCLUDING)


def party_leaders(st: ReadingState) -> None:
    """'X, …, wird die KP weiter führen', 'X leitet die Partei': a leader is a member and an official."""
    words = st.words
    for h in _party_hits(st):
        after = words[h.tok_end:h.tok_end + 5]     # "wird die KP weitere fünf Jahre anführen"
        if "," in after:
            after = after[:after.index(",")]
        if not (set(after) & st.t.lead_verbs or (h.tok >= 2 and words[h.tok - 2] in st.t.lead_verbs)):
            continue
        # the subject: the nearest person before, in the same sentence, none between
        s = st.sent_of[h.tok]
        for tok in range(h.tok - 1, max(-1, h.tok - 20), -1):
            if st.sent_of[tok] != s:
                break
            if tok in st.person_at:
                st.person_at[tok].join(h.key, PARTY_LEADER, official=True)
                break


def _parties_before_von(st: ReadingState, genitive: bool = False) -> Iterator[tuple[Hit, int]]:
    """Each party hit with the index of the „von“ or „um“ after it (and after its acronym in
    brackets): „die Nationale Front (NF) von …“; with `genitive`, also of a masculine genitive article („die
    AKP des Präsidenten …“: a feminine „der“ may be a dative, „schickte die SPD der Ministerin …“)."""
    words = st.words
    for h in _party_hits(st):
        k = h.tok_end
        if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
            k += 3
        elif k < len(words) and words[k] == ")" and h.tok > 0 and words[h.tok - 1] == "(":
            k += 1      # the hit is the acronym: "die Volkspartei (PP) von …"
        if k + 1 < len(words) and (words[k] in PARTY_HEAD_PREPOSITIONS or genitive and words[k] in
                                   german.MASCULINE_GENITIVE_ARTICLES):
            yield h, k


def party_of(st: ReadingState) -> None:
    """'die Nationale Front (NF) von Jazenjuk': the person is a member of the party."""
    for h, k in _parties_before_von(st):
        if (k + 1) in st.person_at:
            st.person_at[k + 1].join(h.key, PARTY_OF)




# -- parties named around an office or a name (issue 13) -----------------------------
_ENDINGS = ADJECTIVE_ENDINGS


def _parties_by(name: str, column: str) -> dict[str, tuple[str, ...]]:
    """The rows of the data file `name` grouped by `column`: each of its words → the parties of its rows, in
    the file's order."""
    table: dict[str, list[str]] = {}
    for row in resources.rows(name):
        table.setdefault(row[column], []).append(row["party"])
    return {word: tuple(parties) for word, parties in table.items()}


@lru_cache(maxsize=1)
def _party_adjectives() -> dict[str, tuple[str, ...]]:
    """`party_adjectives.tsv`: adjective stem → the parties it may name."""
    return _parties_by("party_adjectives.tsv", "adjective")


def _stem(word: str) -> str:
    """ „republikanische“ → „republikanisch“: the adjective without its inflection."""
    low = word.lower()
    for ending in _ENDINGS:
        if low.endswith(ending) and low[:-len(ending)] in _party_adjectives():
            return low[:-len(ending)]
    return low


def _state_of(st: ReadingState, p: PersonDraft) -> str | None:
    """ISO code of the state the person acts for, where the text or the person list says it."""
    if p.affiliation and p.affiliation in st.drafts:
        return st.drafts[p.affiliation].code
    known = p.known.affiliation if p.known else None
    return known if known in st.t.states else None


def _place_states(st: ReadingState) -> set[str]:
    """The states of the listed places the article names: „Texas“ names the USA."""
    records = (st.t.places.get(h.key) for h in st.hits if h.label == "PLACE")
    return {r.state for r in records if r is not None and r.state}


def _fitting_party(st: ReadingState, p: PersonDraft, parties: tuple[str, ...], home: str | None = None) -> str | None:
    """The party of the person's state; without a known state, one of a state the article names."""
    home = home or _state_of(st, p)
    named = {d.code for d in st.drafts.values() if d.type == "State"} | _place_states(st)
    for party in parties:
        rec = st.orgs.get(party)
        if rec is None:
            continue
        if rec.state is None or rec.state == home or (home is None and rec.state in named):
            return party
    return None


@rule("relation-party-adjective", "a party adjective before an office names the holder's party: „der "
      "republikanische Gouverneur Greg Abbott“ → memberOf Republikaner (the party of his state)", "relations")
def party_adjectives(st: ReadingState) -> None:
    for tok, p in list(st.person_at.items()):
        # the office is a title, or any noun right before the name ("Präsidentschaftsbewerber")
        office = p.title_tok if p.title_tok is not None else tok - 1
        if p.party or office < 1 or not st.words[office][:1].isupper():
            continue
        word = st.words[office - 1]
        if not word.islower() or not word.endswith(_ENDINGS):
            continue
        parties = _party_adjectives().get(_stem(word))
        party = _fitting_party(st, p, parties) if parties else None
        if party is not None:
            p.join(party, "relation-party-adjective", official=True)


@lru_cache(maxsize=1)
def _party_members() -> dict[str, tuple[str, ...]]:
    """`party_members.tsv`: a member's noun („Demokratin“) → the parties it may name."""
    return _parties_by("party_members.tsv", "noun")


@rule("relation-party-member-noun", "a party member's noun right before a name: „der Demokrat Joe Manchin“, "
      "„die US-Demokratin Nancy Pelosi“ → memberOf Demokraten, and an official", "relations")
def party_member_nouns(st: ReadingState) -> None:
    for tok, p in list(st.person_at.items()):
        if p.party or tok == 0:
            continue
        prefix, _, noun = st.words[tok - 1].rpartition("-")
        parties = _party_members().get(noun)
        if not parties:
            continue
        # "US-Demokratin": the prefix names her state
        state = next((x.key for x in st.by_tok.get(tok - 1, []) if x.label == "STATE"), None) if prefix else None
        party = _fitting_party(st, p, parties, state)
        if party is not None:
            p.join(party, "relation-party-member-noun", official=True)


_PARTY_APPOSITION_GAP = 5   # words between the comma and the noun: „ebenfalls ein potenzieller republikanischer“


def _apposition_parties(st: ReadingState, k: int) -> tuple[str, ...] | None:
    """After the comma at k: the parties a party adjective or a member's noun in an apposition names: „, ein potenzieller republikanischer Präsidentschaftskandidat“, „, der Sozialdemokrat“."""
    words, parties = st.words, ()
    j = k + 1
    while j < len(words) and j - k <= _PARTY_APPOSITION_GAP and words[j].islower() and words[j].isalpha():
        word = words[j]
        if word not in DETERMINERS and not (len(word) > 3 and word.endswith(_ENDINGS)) and j > k + 1:
            return None         # a verb or preposition: no noun phrase („, hieß es aus … Kreisen“)
        parties = _party_adjectives().get(_stem(word), parties) if word.endswith(_ENDINGS) else parties
        j += 1
    if j >= len(words) or not words[j][:1].isupper() or st.by_tok.get(j) and not any(
            x.label == "TITLE" for x in st.by_tok[j]) or words[j] in st.t.party_nouns:
        return None
    return (_party_members().get(words[j]) or parties or None) if j + 1 not in st.person_at else None


@rule("relation-party-adjective-apposition", "an apposition after a name whose party adjective or member's noun names "
      "the party: „Rand Paul, ein republikanischer Senator,“, „Max Muster, der Sozialdemokrat,“ → memberOf "
      "(the party of his state), and an official", "relations")
def party_adjective_appositions(st: ReadingState) -> None:
    for p, k in _partyless_appositions(st):
        parties = _apposition_parties(st, k)
        party = _fitting_party(st, p, parties) if parties else None
        if party is not None:
            p.join(party, "relation-party-adjective-apposition", official=True)


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    return resources.load_word_list("party_member_nouns.tsv") | resources.load_word_list("party_titles.tsv")


@rule("relation-party-apposition", "a party member's noun with the party, then the name: „ein Funktionär der "
      "Kommunistischen Partei (KP), Li Wei“ → memberOf, and an official", "relations")
def party_appositions(st: ReadingState) -> None:
    words = st.words
    for h in _party_hits(st):
        if h.tok < 2:
            continue
        if words[h.tok - 1] not in GENITIVE_ARTICLES or words[h.tok - 2] not in _member_nouns():
            continue
        k = h.tok_end
        if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
            k += 3          # the party's acronym
        if k < len(words) and words[k] == ",":
            k += 1
        p = st.person_at.get(k)
        if p is not None and not p.party:
            p.join(h.key, "relation-party-apposition", official=True)
            if p.role is None:
                p.role = words[h.tok - 2]
                p.role_rules.append("relation-party-apposition")


@rule("relation-party-apposition-after", "an apposition after a name that names a party's member: „Donald Trump, "
      "der Kandidat der Republikaner, …“ → memberOf Republikaner", "relations")
def party_appositions_after(st: ReadingState) -> None:
    words = st.words
    for h in _party_hits(st):
        if h.tok < 4:
            continue
        k = h.tok - 4       # "," "der" NOUN "der" PARTY
        if words[k] != "," or words[k + 1] not in APPOSITION_ARTICLES or words[k + 2] not in _member_nouns() \
                or words[k + 3] not in GENITIVE_ARTICLES:
            continue
        starts = [s for s in st.per_ends.get(k, ()) if s in st.person_at]
        p = st.person_at[starts[0]] if starts else None
        if p is not None and not p.party:
            p.join(h.key, "relation-party-apposition-after", official=True)
            if p.role is None:
                p.role = words[k + 2]
                p.role_rules.append("relation-party-apposition-after")


_COORDINATED_REACH = 8      # tokens of the first conjunct: „Leiter des Bauhofs im Magistrat“


def _apposition_holder(st: ReadingState, k: int) -> PersonDraft | None:
    """The person whose apposition the coordination ending at token k (its „und“) continues: back past
    a short noun phrase with no comma or name to the comma after the name (or after its age, „X (51),“)."""
    words, b = st.words, k - 1
    while b > 0 and k - b <= _COORDINATED_REACH and words[b] != "," and b not in st.person_at \
            and st.sent_of[b] == st.sent_of[k]:
        b -= 1
    if b < 1 or words[b] != "," or b == k - 1:
        return None
    end = b - 3 if b >= 4 and words[b - 1] == ")" and words[b - 3] == "(" else b     # "X (51),"
    found = person_ending_at(st, end)
    return found[1] if found is not None else None


@rule("relation-party-apposition-coordinated", "the second of two coordinated nouns in an apposition after a "
      "name, a title or member's noun with a party's genitive: „Max Muster, Arzt und Senator der Demokratischen "
      "Partei, …“, „Max Muster, Ex-Minister und Mitglied der Regierungspartei NCD“ → memberOf, and an official",
      "relations")
def party_appositions_coordinated(st: ReadingState) -> None:
    words = st.words
    for h in _party_hits(st):
        b = h.tok - 1
        while b > 2 and (words[b] in st.t.party_nouns or words[b].islower() and words[b].endswith(_ENDINGS)
                         and words[b] not in GENITIVE_ARTICLES):
            b -= 1              # "der rechtskonservativen Regierungspartei NCD"
        if b < 3 or words[b] not in GENITIVE_ARTICLES or words[b - 2] not in ADDITIVE_CONJUNCTIONS:
            continue
        noun = words[b - 1]
        if not (noun in MEMBER_NOUNS or noun in _member_nouns()
                or any(x.label == "TITLE" and x.tok_end == b and x.form != "no" for x in st.by_tok.get(b - 1, []))):
            continue
        p = _apposition_holder(st, b - 2)
        if p is not None and not p.party:
            p.join(h.key, "relation-party-apposition-coordinated", official=True)


@rule("relation-party-title-holder", "a party prefixed to a title whose holder the apposition names: „der "
      "ÖVP-Sicherheitssprecher im Europäischen Parlament, Max Muster“ → memberOf ÖVP", "relations")
def party_title_holders(st: ReadingState) -> None:
    for p in _distinct_people(st):
        party = st.party_prefix(p.title_tok) if p.title_tok is not None and not p.party else None
        if party is not None:
            p.join(party, "relation-party-title-holder", official=True)


@lru_cache(maxsize=1)
def _candidacy_verbs() -> frozenset[str]:
    """`candidacy_verbs.tsv`: the one-word forms of „kandidieren“ and „antreten“."""
    return resources.load_word_list("candidacy_verbs.tsv")


_CANDIDACY_REACH = 8        # words from the party to the verb: „für die Republikaner bei der Wahl 2016 kandidieren“


def _runs_for(st: ReadingState, h: Hit) -> int | None:
    """The token of „für“ where the party hit h is what one runs for: „für die (kleine) Partei X antritt“, with
    a form of „kandidieren“ or „antreten“ after it before the clause ends."""
    words, b = st.words, h.tok - 1
    while b > 0 and (words[b] in DETERMINERS or words[b] in st.t.party_nouns or words[b] == ","
                     or words[b].islower() and words[b].endswith(_ENDINGS)):
        b -= 1              # "für die kleine, nationalistische Partei"
    if b < 1 or words[b] not in german.FOR_PREPOSITIONS:
        return None
    for k in range(h.tok_end, min(len(words), h.tok_end + _CANDIDACY_REACH)):
        if words[k] in _candidacy_verbs():
            return b
        if not words[k][:1].isalnum():
            break
    return None


@rule("relation-party-candidacy", "the person before „für“ a party and a form of „kandidieren“ or „antreten“ "
      "runs for it: „Max Muster, der für die Partei Winaq antritt“, „… für die Republikaner kandidieren zu "
      "wollen“ → memberOf", "relations")
def party_candidacies(st: ReadingState) -> None:
    for h in _party_hits(st):
        b = _runs_for(st, h) if h.tok > 1 else None
        s = st.sent_of[h.tok] if b is not None else None
        for tok in range(b - 1, max(-1, b - 20), -1) if b is not None else ():
            if st.sent_of[tok] != s:
                break
            p = st.person_at.get(tok)
            if p is not None:           # the nearest person before „für“, named in full somewhere
                if not p.party and " " in p.name:
                    p.join(h.key, "relation-party-candidacy", official=True)
                break


@rule("relation-party-possessive", "a party „von“ an office holder, or his office in the genitive: „die SPD von "
      "Kanzler Olaf Scholz“, „die AKP des Präsidenten Erdoğan“ → memberOf", "relations")
def party_possessives(st: ReadingState) -> None:
    for h, k in _parties_before_von(st, genitive=True):
        if k + 2 >= len(st.words):
            continue
        title = next((x for x in st.by_tok.get(k + 1, []) if x.label == "TITLE" and x.tok == k + 1), None)
        p = st.person_at.get(title.tok_end) if title is not None else None
        if p is not None and not p.party:
            p.join(h.key, "relation-party-possessive")


_POSSESSOR_GAP = 2      # adjectives between „Putins“ and the title: „Putins außenpolitischer Berater“
OFFICE_LINKS = german.OFFICE_LINKS


# Whom the holder of an adviser's title advises, each rule a reader of one phrasing (`advisers`)
ADVISER = Stage("relations")


@ADVISER.rule("relation-adviser-possessive", "a name in the genitive before an adviser's title is whom he advises: "
              "„Putins außenpolitischer Berater Juri Uschakow“ → advisorTo Putin")
def _possessor(st: ReadingState, holder: PersonDraft, h: Hit) -> PersonDraft | None:
    """The person in the genitive before the adviser's title `h`: „Putins außenpolitischer Berater“."""
    words = st.words
    if not h.key.casefold().endswith(st.t.adviser_endings):
        return None
    b = h.tok - 1
    while b >= 0 and h.tok - b <= _POSSESSOR_GAP and (words[b].islower() or (
            not st.by_tok.get(b) and words[b].endswith(ADJECTIVE_ENDINGS))):
        b -= 1          # "außenpolitischer", "Nationaler"
    if b < 0 or not words[b].endswith(("s", "'", "’")):
        return None
    end = b if words[b] in ("'", "’") else b + 1      # "Scholz ' Berater": the apostrophe a token
    found = person_ending_at(st, end)
    return found[1] if found is not None and found[1] is not holder else None


@rule("relation-adviser-affiliation", "an adviser whom the text ties to no state or body acts for his principal's: "
      "„Putins Berater Juri Uschakow“ → affiliated with Russland", "relations")
def adviser_affiliations(st: ReadingState) -> None:
    for holder, advised, *_ in st.advisors:
        adviser = st.drafts.get(holder.key) if holder.key else None
        principal = st.drafts.get(advised.key) if advised.key else None
        if adviser is None or principal is None or adviser.affiliations or not principal.affiliations:
            continue
        adviser.affiliate(principal.affiliations[0], "relation-adviser-affiliation")
        fired("relation-adviser-affiliation")


def person_ending_at(st: ReadingState, end: int) -> tuple[int, PersonDraft] | None:
    """The person whose name ends right before token `end`, with its first token."""
    starts = [s for s in st.per_ends.get(end, ()) if s in st.person_at]
    return (starts[0], st.person_at[starts[0]]) if starts else None


def _title_at(st: ReadingState, end: int) -> int | None:
    """The first token of a title ending right before token `end`."""
    return next((x.tok for x in st.by_tok.get(end - 1, []) if x.label == "TITLE" and x.tok_end == end), None)


def _group_members(st: ReadingState, end: int) -> list[PersonDraft]:
    """The people of a coordination of names (with their titles) ending right before token `end`:
    „Minister X und Ministerin Y“."""
    out: list[PersonDraft] = []
    k = end
    while k > 0:
        found = person_ending_at(st, k)
        if found is None:
            break
        start, person = found
        out.append(person)
        k = _title_at(st, start) or start
        if k > 0 and st.words[k - 1] in LIST_GLUE:
            k -= 1
        else:
            break
    return out


@rule("relation-party-bracket-group", "a party in brackets after „beide“ or „alle“ behind coordinated names: "
      "„Minister Max Muster und Ministerin Eva Beispiel (beide SPÖ)“ → both memberOf SPÖ")
def party_bracket_groups(st: ReadingState) -> None:
    words = st.words
    for h in _party_hits(st):
        if h.tok < 2 or h.tok_end >= len(words):
            continue
        if words[h.tok - 1] not in GROUP_QUANTIFIERS or words[h.tok - 2] != "(" or not words[h.tok_end].startswith(")"):
            continue
        for p in _group_members(st, h.tok - 2):
            if not p.party:
                p.join(h.key, "relation-party-bracket-group", official=True)


_BRACKET_REACH = 6          # tokens from a party at a bracket's end back to its opening


def _bracket_holder(st: ReadingState, comma: int) -> tuple[PersonDraft, int | None] | None:
    """The person a bracket ending in „, PARTY)“ (its comma at `comma`) describes, with the token of the
    title in it: „X (Innenminister, ÖVP)“ (the name before the bracket), „(X, ÖVP)“ (the name in it)."""
    words = st.words
    b = comma - 1
    while b >= 0 and comma - b <= _BRACKET_REACH and words[b] not in ("(", ")", ","):
        b -= 1
    if b < 1 or words[b] != "(":
        return None
    inside = person_ending_at(st, comma)
    if inside is not None and inside[0] == b + 1:
        return inside[1], _title_at(st, b)
    before = person_ending_at(st, b)
    if before is None:
        return None
    if comma == b + 2 and words[b + 1].isdigit():
        return before[1], None      # the age: "X (54, SPÖ)"
    title = _title_at(st, comma)
    return (before[1], title) if title == b + 1 else None


@rule("relation-party-bracket-role", "a party closing a bracket after a role or a name: „Max Muster (Innenminister, "
      "ÖVP)“, „der Finanzminister (Max Muster, ÖVP)“ → memberOf, and an official with that role")
def party_bracket_roles(st: ReadingState) -> None:
    words = st.words
    for h in _party_hits(st):
        if h.tok < 3 or h.tok_end >= len(words):
            continue
        comma = h.tok - 2 if words[h.tok - 1].lower() in DETERMINERS else h.tok - 1     # "(…, Die Grünen)"
        if words[comma] != "," or not words[h.tok_end].startswith(")"):
            continue
        found = _bracket_holder(st, comma)
        if found is None or found[0].party:
            continue
        p, title = found
        p.join(h.key, "relation-party-bracket-role", official=True)
        if title is not None and p.role is None:
            p.role = next(x.key for x in st.by_tok[title] if x.label == "TITLE")
            p.role_rules.append("relation-party-bracket-role")


@rule("relation-party-title-apposition", "an apposition after a name (or „als“ and a role) whose title carries a "
      "party: „Hans Muster, der SPÖ-Bürgermeister von Neudorf“, „Hans Muster, stellvertretender "
      "FPÖ-Landesparteiobmann,“, „der Auftritt Hans Musters als designierter SPÖ-Vorsitzender“ → memberOf")
def party_title_appositions(st: ReadingState) -> None:
    words = st.words
    for p, k in _partyless_appositions(st):
        j = k + 2 if words[k + 1] in DETERMINERS else k + 1     # "X, FPÖ-Kandidat, …": no article
        while j < len(words) and words[j].islower() and words[j].isalpha():
            j += 1     # adjectives: "der frühere SPÖ-Bürgermeister"
        party = st.party_prefix(j) if j < len(words) else None
        title = next((x for x in st.by_tok.get(j, []) if x.label == "TITLE"), None) if party else None
        # "X, SPÖ-Chef Y und Z": the title is Y's, a list of names, no apposition
        if title is not None and title.tok_end not in st.person_at:
            p.join(party, "relation-party-title-apposition", official=True)


_BELONG_REACH = 10          # tokens from a finite „gehört“ or „trat“ to the body


def _verb_forms(name: str, particle: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """(particle, the one-word forms, the finite stems) of a particle verb's data file."""
    forms = frozenset(row[0] for row in resources.commented_rows(name))
    whole = frozenset(form for form in forms if form.startswith(particle))
    return particle, whole, forms - whole


BELONG = _verb_forms("belonging_verbs.tsv", german.BELONGING_PARTICLE)      # „angehören“
JOIN = _verb_forms("joining_verbs.tsv", german.JOINING_PARTICLE)            # „beitreten“
# the words `copula_membership` reads a membership predicate after: a copula, „bleibt“, a finite „gehört“
_COPULA_TRIGGERS = COPULAS | german.REMAIN_VERBS | BELONG[2]


def _belongs(st: ReadingState, h: Hit, verb: tuple[str, frozenset[str], frozenset[str]] = BELONG) -> bool:
    """The body hit is the dative object of „angehören“ (or `verb`): „angehört“ right after it, or a finite
    „gehört“ before it and the particle „an“ closing the clause right after it."""
    (particle, whole, stems), words, k = verb, st.words, h.tok_end
    if any(w in NEGATIONS for w in words[max(0, h.tok - 4):k + 1]):
        return False            # "gehört nicht der EU an", "der nie der SPÖ angehörte"
    if k < len(words) and words[k] in whole:
        return True
    if not (k + 1 < len(words) and words[k] == particle and not words[k + 1][:1].isalnum()):
        return False
    s = st.sent_of[h.tok]
    return any(words[j] in stems for j in range(max(0, h.tok - _BELONG_REACH), h.tok) if st.sent_of[j] == s)


@rule("relation-belongs", "the person or state before „angehören“ and a party or international body in the "
      "dative is its member: „Jaalon, der der Likud-Partei angehört“, „Polen gehört der EU an“ → memberOf")
def belongings(st: ReadingState) -> None:
    for h in st.hits:
        if h.label != "ORG" or st.orgs[h.key].kind not in ("party", "international"):
            continue
        name = "relation-belongs" if _belongs(st, h) else JOINS if _belongs(st, h, JOIN) else None
        if name is not None:
            _belonging_subject(st, h, name)


JOINS = declare("relation-joins", "relations", "the person or state before „beitreten“ (not its infinitive) and a "
                "party or international body in the dative is its member: „Polen trat 2004 der EU bei“, „…, das "
                "der Nato beigetreten ist“ → memberOf")


def _belonging_subject(st: ReadingState, h: Hit, name: str) -> None:
    """The member of the body hit h: the nearest person (and one joined by „wie“) or named state before it."""
    s = st.sent_of[h.tok]
    for tok in range(h.tok - 1, max(-1, h.tok - 20), -1):
        if st.sent_of[tok] != s:
            break
        if tok in st.person_at and st.orgs[h.key].kind == "party":
            st.person_at[tok].join(h.key, name, official=True)
            if tok == 0 or st.words[tok - 1] not in german.COMPARATIVE_CONJUNCTIONS:
                break       # "X, der wie Y der Partei angehört": X too
        states = [x.key for x in st.by_tok.get(tok, []) if x.label == "STATE" and x.form == "name"]
        if states and st.orgs[h.key].kind == "international":
            add_member(st, st.state(states[0], st.idx[tok]).key, h.key, h.start, tok, name)
            break


_POSSESSOR_REACH = 10       # tokens from the party back from its possessive


@rule("relation-party-possessor", "a party named shortly before a possessive, a title and a name: „Die FPÖ "
      "präsentiert Plakate, ihr Kandidat Norbert Hofer …“, „die ÖVP und ihr Chef X“, „Anders die FPÖ: …, meint "
      "deren Sozialsprecher X“ → memberOf")
def party_possessors(st: ReadingState) -> None:
    words = st.words
    for tok, p in list(st.person_at.items()):
        # a title only a party makes an office („ihr Kandidat X“) has no holder yet: the one before the name
        t = p.title_tok if p.title_tok is not None else _title_at(st, tok)
        if p.party or t is None or t < 2 or words[t - 1].lower() not in german.POSSESSIVES \
                and words[t - 1] not in german.RELATIVE_POSSESSIVES:
            continue
        s = st.sent_of[t]
        party = next((h.key for h in reversed(st.hits) if h.label == "ORG" and h.tok < t - 1
                      and t - 1 - h.tok <= _POSSESSOR_REACH and st.sent_of[h.tok] == s
                      and st.orgs[h.key].kind == "party"), None)
        if party is not None and not any(k in st.person_at for k in range(t - _POSSESSOR_REACH, t - 1)):
            p.join(party, "relation-party-possessor", official=True)


@rule("relation-party-copula", "a name, a copula and „Mitglied der“ a party: „Max Muster ist Mitglied der SPÖ“, "
      "„Max Muster war seit 1990 Mitglied der KP“ → memberOf")
def party_copulas(st: ReadingState) -> None:
    words = st.words
    for tok, p in list(st.person_at.items()):
        if p.party:
            continue
        k = _name_end(st, tok)
        if k >= len(words) or words[k] not in VERB_COPULAS:
            continue
        # "ist seit 1990 Mitglied": up to three words between the copula and the noun
        j = next((j for j in range(k + 1, min(len(words) - 1, k + 5)) if words[j] in st.t.member_words), None)
        party = _party_after(st, j + 2) if j is not None and words[j + 1] in GENITIVE_ARTICLES else None
        if party is not None and not any(w == "," or w in NEGATIONS for w in words[k:j]):
            p.join(party, "relation-party-copula", official=True)


@rule("relation-party-owner", "a person's genitive before a party noun and the party: „Erdoğans "
      "islamisch-konservative Regierungspartei AKP“, „Tsipras' Syriza-Partei“ → memberOf")
def party_owners(st: ReadingState) -> None:
    words = st.words
    for h in _party_hits(st):
        if h.tok < 2:
            continue
        b, name = h.tok - 1, "relation-party-owner"
        if "-" in words[h.tok] and words[h.tok].rsplit("-", 1)[1] in st.t.party_nouns:
            b = h.tok               # "Syriza-Partei": the party noun is the hit's own word
        elif words[b] not in st.t.party_nouns:
            b, name = h.tok, PARTY_GENITIVE_OWNER      # "Erdoğans AKP": no party noun
        b -= 1
        while b > 0 and words[b].islower() and words[b][:1].isalpha() and (
                name != PARTY_GENITIVE_OWNER or words[b].endswith(_ENDINGS) and words[b] not in DETERMINERS):
            b -= 1                  # adjectives: "islamisch-konservative"
        found = person_ending_at(st, b + 1) if words[b].endswith(("s", "'", "’")) else None
        found = found or ((b, st.person_at[b]) if b in st.person_at and words[b].endswith("s") else None)
        if found is not None and not found[1].party:
            found[1].join(h.key, name, official=True)


PARTY_GENITIVE_OWNER = declare("relation-party-genitive-owner", "relations", "a person's genitive right before a "
                               "party, past adjectives only: „Erdoğans islamisch-konservative AKP“, „Gaulands AfD“ "
                               "→ memberOf")


@rule("relation-party-title-coordinated", "a party-prefixed title, or a party-prefixed noun of a person, joined "
      "by „und“ to the title before a name: „der AKP-Vorsitzende und Ministerpräsident Ahmet Davutoğlu“, „der "
      "ÖVP-Koalitionsverhandler und Landesrat Max Muster“ → memberOf")
def party_coordinated_titles(st: ReadingState) -> None:
    for p in list(st.person_at.values()):
        t = p.title_tok
        if p.party or t is None or t < 2 or st.words[t - 1] not in LIST_GLUE:
            continue
        party = st.party_prefix(t - 2) if _title_at(st, t - 1) is not None or _person_noun(st.words[t - 2]) else None
        if party is not None:
            p.join(party, "relation-party-title-coordinated")


def _person_noun(word: str) -> bool:
    """A hyphen compound whose head names a person by its ending: „ÖVP-Koalitionsverhandler“, „SPÖ-Politikerin“."""
    head = word.rpartition("-")[2]
    return head[:1].isupper() and head.endswith((german.ER_SUFFIX, german.ER_SUFFIX + german.FEMININE_ENDING))


@lru_cache(maxsize=1)
def _body_heads() -> dict[str, tuple[str, str]]:
    """`body_heads.tsv`: a seat of government („Kreml“) → the office that heads it and its state."""
    return {row["body"].casefold(): (row["role"].casefold(), row["state"]) for row in resources.rows("body_heads.tsv")}


def _adviser_office(st: ReadingState, title: Hit) -> tuple[str, str | None] | None:
    """The office an adviser's title names instead of a person („Präsidentenberater“, „Berater des Kanzlers“,
    „Kreml-Berater“, „Berater im Kanzleramt“), with the state where a seat of government or a state's
    prefix names it („Sicherheitsberater des Weißen Hauses“, „Berater des US-Präsidenten“)."""
    word = title.text.casefold()
    stem = next((word[:-len(e)] for e in st.t.adviser_endings if word.endswith(e)), None)
    if stem is None:
        return None
    named, state, words, k = stem.rstrip("-"), None, st.words, title.tok_end
    if k + 1 < len(words) and (words[k] in GENITIVE_ARTICLES or words[k] in IN_PREPOSITIONS):
        # "Berater des Präsidenten", "des Kremls", "im Kanzleramt"; the genitive names the office also after
        # a field of advice: "Wirtschaftsberater des Präsidenten"
        seat = " ".join(words[k + 1:k + 3]).casefold()
        if seat in _body_heads():
            return _body_heads()[seat]         # "des Weißen Hauses"
        named = words[k + 1].casefold()
        state = next((x.key for x in st.by_tok.get(k + 1, []) if x.label == "STATE" and x.form == "prefix"), None)
        named = named.rpartition("-")[2] if state else named         # "des US-Präsidenten"
    if named in _body_heads():
        return _body_heads()[named]
    for ending in OFFICE_LINKS:             # "Präsidenten-", "Kanzlerin": the office's base form
        if named.endswith(ending) and len(named) > len(ending) + 3:
            named = named[:-len(ending)]
            break
    return (named, state) if len(named) > 3 else None


def _distinct_people(st: ReadingState) -> list[PersonDraft]:
    """The article's persons, each once, in the order of `person_at`."""
    return list({id(p): p for p in st.person_at.values()}.values())


def _holder_of(st: ReadingState, office: str, state: str | None, adviser: PersonDraft) -> PersonDraft | None:
    """The one person of the article whose role is the office (of the state, where given)."""
    found = []
    for p in _distinct_people(st):
        role = (p.role or (p.known.role if p.known else None) or "").casefold()
        if p is adviser or not role.endswith((office, office + german.FEMININE_ENDING)):
            continue
        if state is None or _state_of(st, p) == state:
            found.append(p)
    if len(found) > 1:      # "US-Präsident Biden traf Präsident Putin": the adviser's own state's holder
        home = _state_of(st, adviser)
        found = [p for p in found if home is not None and _state_of(st, p) == home]
    return found[0] if len(found) == 1 else None


@ADVISER.rule("relation-adviser-office", "an adviser's title that names an office, not a person, advises the "
              "article's one holder of that office: „Präsidentenberater Jake Sullivan“, „der Berater des Kanzlers“, "
              "„Kreml-Berater Juri Uschakow“ (the Kremlin's head: Russia's president)")
def _office_holder(st: ReadingState, adviser: PersonDraft, title: Hit) -> PersonDraft | None:
    """The one holder of the office the adviser's title names: „Präsidentenberater“ → the president."""
    office = _adviser_office(st, title)
    return _holder_of(st, office[0], office[1], adviser) if office else None


def _surname_holder(st: ReadingState, prefix: str, adviser: PersonDraft) -> PersonDraft | None:
    """The one other person of the article whose surname is `prefix` (case-folded)."""
    found = {id(p): p for p in st.person_at.values()
             if p is not adviser and p.name.rsplit(" ", 1)[-1].casefold() == prefix}
    return next(iter(found.values())) if len(found) == 1 else None


@ADVISER.rule("relation-adviser-name-prefix", "an adviser's title prefixed by a person's surname advises that "
              "person of the article: „Wladimir Putin … Putin-Berater Juri Uschakow“ → advisorTo Putin")
def _prefixed_name(st: ReadingState, adviser: PersonDraft, title: Hit) -> PersonDraft | None:
    """The person whose surname prefixes the adviser's title: „Putin-Berater“ → Putin."""
    if "-" not in title.text:
        return None
    prefix, _, tail = title.text.casefold().rpartition("-")
    return _surname_holder(st, prefix, adviser) if tail.endswith(st.t.adviser_endings) else None


def advisers(st: ReadingState) -> None:
    """Whom each person with a title, who advises no one yet, advises: the `ADVISER` rules in turn, each
    over the people the rules before it left („Putins Berater X“, „Präsidentenberater X“, „Putin-Berater
    X“); the genitive in the order of the titles, the others in the order of `person_at`."""
    titles = {h.tok: h for h in st.hits if h.label == "TITLE"}
    people = [p for p in _distinct_people(st) if p.title_tok in titles]
    by_title = sorted(people, key=lambda p: p.title_tok)
    for r, order in zip(ADVISER.rules, (by_title, people, people)):
        advising = {id(a[0]) for a in st.advisors}
        for p in order:
            principal = r.fn(st, p, titles[p.title_tok]) if id(p) not in advising else None
            if principal is not None:
                st.advise(p, principal, p.title_tok, r.name)
