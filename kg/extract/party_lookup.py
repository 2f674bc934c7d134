"""Where the party rules look (`kg.extract.parties`, `party_adjectives`, `party_appositions`,
`party_links`, `advisers`; a name's end and the person ending at a token are `kg.extract.person_spans`):
the party hits, the title before a token, the party named from a token on („(der) oppositionellen Partei
Winaq“, „Volkspartei (PP)“), and of a party adjective's or member's noun's parties
(`party_adjectives.tsv`, `party_members.tsv`) the one that fits the person's state.

>>> adjective_stem("republikanische")
'republikanisch'
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg import german, resources
from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.german import ADJECTIVE_ENDINGS
from kg.nlp.hits import Hit


def before_adjectives(words: Sequence[str], b: int, floor: int, stop: frozenset[str]) -> int:
    """Token b moved back over lower-case adjectives (no word of `stop`, the articles that look like one) while above
    `floor`: the word before „(der) oppositionellen“ in „Chef der oppositionellen SPD“."""
    while b > floor and words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS) and words[b] not in stop:
        b -= 1
    return b


def party_hits(st: ReadingState) -> Iterator[Hit]:
    """The article's hits of parties, in text order: what the party rules start from."""
    return (h for h in st.hits if h.label == "ORG" and st.orgs[h.key].kind == "party")


def partyless_appositions(st: ReadingState) -> Iterator[tuple[PersonDraft, int]]:
    """Each person with no party yet whose name a comma or „als“ follows, with that token, where at
    least two words come after it: where an apposition may name the party („X, ein Republikaner,“, „der
    Auftritt Kerns als designierter SPÖ-Vorsitzender“)."""
    words = st.words
    for tok, p in list(st.person_at.items()):
        if p.party:
            continue
        k = name_end(st, tok)
        if k + 2 < len(words) and (words[k] == "," or words[k] in german.AS_WORDS):
            yield p, k


def party_after(st: ReadingState, j: int) -> str | None:
    """The party named from token j on, past adjectives and a party noun: „(der) oppositionellen
    Partei Winaq“."""
    words = st.words
    while j + 1 < len(words) and words[j].islower() and words[j].isalpha() and not st.by_tok.get(j):
        j += 1
    if j + 1 < len(words) and words[j] in st.t.party_nouns and not st.by_tok.get(j):
        j += 1
    if not st.by_tok.get(j):    # a name no list holds, then its acronym: "der konservativen Volkspartei (PP)"
        return party_in_brackets(st, j + 1)
    return next((x.key for x in st.by_tok.get(j, []) if x.label == "ORG" and st.orgs[x.key].kind == "party"), None)


def party_in_brackets(st: ReadingState, end: int) -> str | None:
    """ "Olaf Scholz (SPD)": the party in brackets after the name ending at `end`."""
    words = st.words
    # the tokenizer may glue the closing bracket to what follows: "(ÖVP):"
    if end + 2 < len(words) and words[end] == "(" and words[end + 2].startswith(")"):
        return next((x.key for x in st.by_tok.get(end + 1, []) if x.label == "ORG"
                     and st.orgs[x.key].kind == "party"), None)
    if end + 2 < len(words) and words[end] == "(":      # a party's name of several words: "(Team Stronach)", "(Die Grünen)"
        starts = (end + 1, end + 2) if words[end + 1].lower() in german.DEFINITE_ARTICLES else (end + 1,)
        return next((x.key for start in starts for x in st.by_tok.get(start, []) if x.label == "ORG"
                     and x.tok == start and x.tok_end < len(words) and words[x.tok_end].startswith(")")
                     and st.orgs[x.key].kind == "party"), None)
    return None


def _parties_by(name: str, column: str) -> dict[str, tuple[str, ...]]:
    """The rows of the data file `name` grouped by `column`: each of its words → the parties of its rows, in
    the file's order."""
    table: dict[str, list[str]] = {}
    for row in resources.rows(name):
        table.setdefault(row[column], []).append(row["party"])
    return {word: tuple(parties) for word, parties in table.items()}


@lru_cache(maxsize=1)
def adjective_parties() -> dict[str, tuple[str, ...]]:
    """`party_adjectives.tsv`: adjective stem → the parties it may name."""
    return _parties_by("party_adjectives.tsv", "adjective")


def adjective_stem(word: str) -> str:
    """ „republikanische“ → „republikanisch“: the adjective without its inflection."""
    low = word.lower()
    for ending in ADJECTIVE_ENDINGS:
        if low.endswith(ending) and low[:-len(ending)] in adjective_parties():
            return low[:-len(ending)]
    return low


def state_of(st: ReadingState, p: PersonDraft) -> str | None:
    """ISO code of the state the person acts for, where the text or the person list says it."""
    if p.affiliation and p.affiliation in st.drafts:
        return st.drafts[p.affiliation].code
    known = p.known.affiliation if p.known else None
    return known if known in st.t.states else None


def _place_states(st: ReadingState) -> set[str]:
    """The states of the listed places the article names: „Texas“ names the USA."""
    records = (st.t.places.get(h.key) for h in st.hits if h.label == "PLACE")
    return {r.state for r in records if r is not None and r.state}


def fitting_party(st: ReadingState, p: PersonDraft, parties: tuple[str, ...], home: str | None = None) -> str | None:
    """The party of the person's state; without a known state, the one of them the article names, else one of a
    state the article names; else the one party the article names of the same family (`family_party`)."""
    home = home or state_of(st, p)
    if home is None and (listed := _one_named(st, parties)):
        return _chosen(p, listed, PARTY_LISTED_NAMED)
    named = {d.code for d in st.drafts.values() if d.type == "State"} | _place_states(st)
    for party in parties:
        rec = st.orgs.get(party)
        if rec is None:
            continue
        if rec.state is None or rec.state == home or (home is None and rec.state in named):
            return party
    found = family_party(st, parties, home)
    return None if found is None else _chosen(p, *found)


def _chosen(p: PersonDraft, party: str, step: str) -> str:
    """`party`, noting the step that chose it where the person has no party yet."""
    if p.party is None:
        p.party_step = step
    return party


def _one_named(st: ReadingState, parties: tuple[str, ...]) -> str | None:
    """The one party of `parties` the article names, else None."""
    listed = [x for x in parties if x in _party_words(st)[0]]
    if len(listed) != 1:
        return None
    fired(PARTY_LISTED_NAMED)
    return listed[0]


PARTY_FAMILY_NAMED = declare("relation-party-family-named", "relations", "a party adjective or a party member's noun "
                             "whose listed parties are none of the person's state is the one party of that state (of "
                             "any, where the state is unknown) the article describes with that adjective or whose name "
                             "it opens: „Die sozialdemokratische Smer gewann. Der Sozialdemokrat Robert Fico …“ → "
                             "memberOf Smer; not where the article describes two such parties")


PARTY_LISTED_NAMED = declare("relation-party-listed-named", "relations", "of the parties a party adjective or member's "
                             "noun may name, the one the article names, where the person's state is unknown: „Die SPD "
                             "legt zu. Der Sozialdemokrat Max Muster …“ → memberOf SPD; not where it names two of them")


def family_party(st: ReadingState, parties: tuple[str, ...], home: str | None) -> tuple[str, str] | None:
    """The one party the article names among `parties` (the person's state unknown), else the one party of the
    person's state (of any, where it is unknown) the article describes with an adjective of the family of `parties` or
    whose name such an adjective opens; with the name of the step that chose it."""
    described = _party_words(st)[1]
    if home is None and (listed := _one_named(st, parties)):
        return listed, PARTY_LISTED_NAMED
    family = {adj for adj, ps in adjective_parties().items() if set(ps) & set(parties)}
    found = {x for adj in family for x in described.get(adj, ()) if x not in parties
             and (home is None or st.orgs[x].state == home)}
    if len(found) != 1:
        return None
    fired(PARTY_FAMILY_NAMED)
    return found.pop(), PARTY_FAMILY_NAMED


_DESCRIBED_REACH = 3        # words before a party that may describe it: „der sozialdemokratischen Partei“


def _party_words(st: ReadingState) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The parties the article names, and by a party adjective's stem the parties it describes there („die
    sozialdemokratische Smer“, „die islamisch-konservative AKP“, „die nationalkonservative PiS“) or whose name it opens
    („Sozialdemokratische Partei Albaniens“); computed once per article."""
    if st.party_words is not None:
        return st.party_words
    words, described = st.words, {}
    named = set()
    for h in party_hits(st):
        named.add(h.key)
        rec = st.orgs[h.key]
        stems = [family_stem(n.split()[0]) for n in (rec.name, *rec.aliases) if n]
        b = h.tok - 1
        if b > 1 and words[b] == "(" and words[b - 1][:1].isupper():
            b -= 2      # "die konservative Volkspartei (PP)"
        elif b > 0 and words[b] in st.t.party_nouns:
            b -= 1      # "die sozialdemokratische Partei Smer"
        while b >= 0 and h.tok - b <= _DESCRIBED_REACH and words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS):
            stems.append(family_stem(words[b]))
            b -= 1
        for stem in stems:
            if stem is not None:
                described.setdefault(stem, set()).add(h.key)
    st.party_words = (frozenset(named), {k: frozenset(v) for k, v in described.items()})
    return st.party_words


def family_stem(word: str) -> str | None:
    """The party adjective a word is, or ends in after a hyphen or a prefix: „islamisch-konservative“,
    „nationalkonservativen“ → „konservativ“; None for no party adjective."""
    stem = adjective_stem(word.rsplit("-", 1)[-1])
    table = adjective_parties()
    if stem in table:
        return stem
    bare = next((stem[:-len(e)] for e in ADJECTIVE_ENDINGS if stem.endswith(e)), stem)
    return next((adj for adj in table if len(adj) > 5 and bare.endswith(adj)), None)


@lru_cache(maxsize=1)
def member_nouns() -> frozenset[str]:
    """A party member's nouns and titles: „Funktionär“, „Kandidat“, „Chef“ (`party_member_nouns.tsv`,
    `party_titles.tsv`)."""
    return resources.load_word_list("party_member_nouns.tsv") | resources.load_word_list("party_titles.tsv")


@lru_cache(maxsize=1)
def organ_nouns() -> frozenset[str]:
    """`party_organ_nouns.tsv`: a party's governing organs („Vorstand“, „Präsidium“), whose members are its members."""
    return resources.load_word_list("party_organ_nouns.tsv")


@lru_cache(maxsize=1)
def member_noun_parties() -> dict[str, tuple[str, ...]]:
    """`party_members.tsv`: a member's noun („Demokratin“) → the parties it may name."""
    return _parties_by("party_members.tsv", "noun")


@lru_cache(maxsize=1)
def article_named_parties() -> frozenset[str]:
    """The words that name a party together with the feminine article (`organizations.tsv`: a party's alias „Die
    Linke“ → „Linke“): after „der“ such a word is the party's genitive or dative („der Linke fehlen Stimmen“) as
    much as a member („der Linke Max Muster“)."""
    return frozenset(rest for o in resources.load_organizations() if o.kind == "party" for form in o.aliases
                     for first, _, rest in [form.partition(" ")] if first.lower() in german.PLURAL_ARTICLES and rest
                     and " " not in rest)


def title_at(st: ReadingState, end: int) -> int | None:
    """The first token of a title ending right before token `end`."""
    return next((x.tok for x in st.by_tok.get(end - 1, []) if x.label == "TITLE" and x.tok_end == end), None)


def distinct_people(st: ReadingState) -> list[PersonDraft]:
    """The article's persons, each once, in the order of `person_at`."""
    return list({id(p): p for p in st.person_at.values()}.values())
