"""Whom an officer of a firm or an association acts for, rules of `OFFICIAL_AFFILIATION` tried before the context
rules of `affiliation_context`: a title that names no body („Vorstandschef X“) or only its kind („Verbandspräsident
X“) takes the firm or association the text names near it, never a state.
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.affiliation_words import (OFFICIAL_AFFILIATION, association_kind, private_role_head, role_head,
                                          state_body_noun)
from kg.extract.branch_heads import branch_head
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.extract.title_gender import title_words
from kg.nlp.gazetteer_teams import REGION_TOWN_CLUB, TEAM_NAME
from kg.nlp.orgclubs import CLUB_NUMBER, CLUB_PREFIX, CLUB_TOWN
from kg.nlp.orgheads import org_heads

_MEDIA_KIND = "media"       # an organisation one speaks to („sagte er der APA“), not for


def sentence_orgs(st: ReadingState) -> dict[int, set[str]]:
    """The keys of the organisations other than media each sentence mentions, gathered once per article."""
    if st.orgs_by_sentence is None:
        st.orgs_by_sentence = {}
        for m in st.mentions:
            d = st.drafts.get(m.key)
            if m.type == "Organization" and d is not None and d.kind != _MEDIA_KIND:
                st.orgs_by_sentence.setdefault(st.sent_of[st.tok_at(m.start)], set()).add(m.key)
    return st.orgs_by_sentence


@OFFICIAL_AFFILIATION.rule("official-affiliation-coordinated-title-body", "a company officer's title joined by „und“ "
                           "to a second title whose genitive names a body: the officer acts for that body: „Max Muster, "
                           "Geschäftsführer und Gründer der Agentur Fabrix, gewann“ for the Agentur Fabrix, not a firm "
                           "the sentence before names; not „Geschäftsführer und Gründer“ alone")
def _affiliation_coordinated_title_body(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    k = _body_title(st, p)
    if k is None or k == p.title_tok or not private_role_head(p) or st.words[k + 1] not in _BODY_LINKS:
        return None
    hits = _body_hits(st, k)
    return st.org(hits[0].key, hits[0].start).key if hits else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-officer-body", "a company's officer whose title names no body "
                           "(`private_title_heads.tsv`) acts for the one firm or association his sentence names, else "
                           "the one the sentence before names: „Die Fabrix AG streicht Stellen. Das sei bitter, sagte "
                           "Vorstandschef Max Muster“ for the Fabrix AG; not a medium, party, government body, court or "
                           "authority („sagte Konzernchef Max Muster dem Fabrixblatt“), nor a trade fair "
                           "(`trade_fairs.tsv`: „schickte Projektchef Max Muster zur IAA“), nor where two are named")
def _affiliation_officer_body(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if not company_officer(st, p) or role_head(p).startswith(_UNION_HEADS) or _unread_body(st, p):
        return None
    s, firms = st.sent_of[tok], _sentence_firms(st)
    for k in (s, s - 1):
        keys = firms.get(k, set())
        if k == s and keys:
            keys = _acted_for(st, keys, s, tok, p.title_tok)
            if not keys:
                return None     # „… nennt die Marktmacht von Fabrix“: his own firm is not read
        if len(keys) == 1:
            return next(iter(keys))
        if keys or k in _fair_sentences(st):
            return None     # „schickte Fabrix nicht zur IAA, aber Projektchef X“: his firm, if any, is not read
    every = set().union(*firms.values()) if firms else set()
    return every.pop() if len(every) == 1 else None


_UNION_HEADS = tuple(resources.listed_words("interest_group_heads.tsv"))


def company_officer(st: ReadingState, p: PersonDraft) -> bool:
    """Whether the official's title is a company officer's („Vorstandschef“) or a firm's national head's
    („Österreich-Chef“)."""
    return private_role_head(p) or branch_head(st, p.title_tok)


@OFFICIAL_AFFILIATION.rule("official-affiliation-main-firm", "a company's officer whose title names no body and "
                           "whose sentence names no firm acts for the article's main firm: the one it names most "
                           "often, at least twice and at least twice as often as any other, also where the sentence "
                           "before names others beside it: „Die Fabrix AG (Marken: Quovo, Lindex) wächst. Vorstandschef "
                           "Max Muster ist zufrieden. Die Fabrix AG will …“ for the Fabrix AG; not where two firms are "
                           "named as often („Fabrix … Quorvo … Fabrix … Quorvo“), nor where his sentence names a firm, "
                           "nor in an article that reads a sports club (a report on a match names the other club as often)")
def _affiliation_main_firm(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if not company_officer(st, p) or role_head(p).startswith(_UNION_HEADS) or _unread_body(st, p):
        return None
    s, firms = st.sent_of[tok], _sentence_firms(st)
    main = None if _reads_club(st) else _main_firm(st, firms)
    if main is None or s in firms or s - 1 in _fair_sentences(st) or not firms.get(s - 1, {main}) >= {main}:
        return None
    return main


def _main_firm(st: ReadingState, firms: dict[int, set[str]]) -> str | None:
    """The firm the article names most often, at least twice and at least twice as often as any other."""
    keys = set().union(*firms.values()) if firms else set()
    counts = sorted((sum(m.key == k for m in st.mentions), k) for k in keys)
    if not counts or counts[-1][0] < 2 or len(counts) > 1 and counts[-1][0] < 2 * counts[-2][0]:
        return None
    return counts[-1][1]


def _reads_club(st: ReadingState) -> bool:
    """Whether a rule of sports clubs or teams read one of the article's organisations („der FC Oberwölz“)."""
    return any(r.startswith(_TEAM_RULE) or r in _CLUB_RULES for d in st.drafts.values() for r in d.rules)


_TEAM_RULE = "place-team-"      # the rules of a town's name that stands for its team (`kg/nlp/team_places.py`)
_CLUB_RULES = frozenset({CLUB_PREFIX, CLUB_TOWN, CLUB_NUMBER, REGION_TOWN_CLUB, TEAM_NAME})


def _acted_for(st: ReadingState, keys: set[str], s: int, tok: int, title: int | None) -> set[str]:
    """The firms of the officer's sentence s but those it names after him only as a common noun's complement, and
    those it names only before the hyphen of another's title („Quorvex-Gründer Eva Tolmer“)."""
    own = {key for key in keys if not _complement_only(st, key, s, tok)}
    if own != keys:
        fired(NOUN_COMPLEMENT_FIRM)
    others = {key for key in own if _others_title_only(st, key, s, title)}
    if others:
        fired(OTHERS_TITLE_FIRM)
    own -= others
    quoted = {key for key in own if _quoted_only(st, key, s, tok)}
    if quoted and own - quoted:
        fired(QUOTED_FIRM)
        return own - quoted
    return own


def _quoted_only(st: ReadingState, key: str, s: int, tok: int) -> bool:
    """Whether every mention of the firm in sentence s follows a colon after the officer's token: his quoted words
    („schrieb Konzernchef Max Muster: Quorvex ist ein Partner“)."""
    starts = _mentions_in(st, key, s)
    colon = next((t for t in range(tok + 1, len(st.words)) if st.sent_of[t] == s and st.words[t] == ":"), None)
    return bool(starts) and colon is not None and all(t > colon for t, _ in starts)


def _others_title_only(st: ReadingState, key: str, s: int, title: int | None) -> bool:
    """Whether every mention of the firm in sentence s is the part before the hyphen of a title word other than the
    officer's own (token `title`): „Druck von Quorvex-Gründer Eva Tolmer“ names her firm, not his."""
    starts = _mentions_in(st, key, s)
    return bool(starts) and all(t != title and _hyphen_title(st, t, end) for t, end in starts)


def _mentions_in(st: ReadingState, key: str, s: int) -> list[tuple[int, int]]:
    """(first token, end character) of each mention of the entity `key` in sentence s."""
    return [(t, m.end) for m in st.mentions if m.key == key and st.sent_of[t := st.tok_at(m.start)] == s]


def _hyphen_title(st: ReadingState, t: int, end: int) -> bool:
    """Whether the mention ending at character `end` stops at a hyphen inside word t followed by a title."""
    word = st.words[t]
    cut = end - st.idx[t]
    return 0 < cut < len(word) and word[cut] == "-" and word[cut + 1:].lower().endswith(title_words())


def _complement_only(st: ReadingState, key: str, s: int, tok: int) -> bool:
    """Whether every mention of the firm in sentence s follows the officer's token and a common noun's complement
    opener after a determiner: „die Marktmacht von Fabrix“, „den Umsatz der Fabrix AG“; not „Chef von Fabrix“ (a
    title) nor „Max Muster von Fabrix“ (no determiner before his name)."""
    starts = _mentions_in(st, key, s)
    return bool(starts) and all(t - 3 > tok and _noun_complement(st.words, t) for t, _ in starts)


def _noun_complement(words: list[str], t: int) -> bool:
    """Whether the words before t are a determiner, at most one adjective („die geplante Übernahme der Fabrix AG“), a
    noun that is no title and a complement opener."""
    noun, before = words[t - 2], words[t - 3]
    if before.islower() and before not in german.DETERMINERS and t > 3:
        before = words[t - 4]
    return (words[t - 1] in german.NOUN_COMPLEMENT_OPENERS and noun[:1].isupper()
            and before.lower() in german.DETERMINERS and not noun.lower().endswith(title_words()))


OTHERS_TITLE_FIRM = declare("official-affiliation-others-title-firm", "official affiliation", "a firm his sentence "
                            "names only before the hyphen of another person's title is that person's body, not the "
                            "company officer's: „Projektleiter Max Muster ging nach Streit mit Quorvex-Gründer Eva "
                            "Tolmer“ ties him to no firm; not „Projektleiter Max Muster lobt die Quorvex AG“")
QUOTED_FIRM = declare("official-affiliation-quoted-firm", "official affiliation", "a firm his sentence names only "
                      "in his quoted words, after a colon that follows the company officer, is no body he acts for "
                      "where the sentence names another firm before them: „Die Fabrix AG wuchs, schrieb Konzernchef "
                      "Max Muster: Die Quorvex AG war uns ein guter Partner“ for the Fabrix AG; not where the quote "
                      "names the only firm („Die Lage sei gut, schrieb Konzernchef Max Muster: Die Quorvex AG wächst“ "
                      "gives the Quorvex AG)")
NOUN_COMPLEMENT_FIRM = declare("official-affiliation-noun-complement-firm", "official affiliation", "a firm his "
                               "sentence names after a company officer only as the complement of a common noun is no "
                               "body he acts for: „Konzernchef Max Muster lobt die Marktmacht von Quorvex“ ties him "
                               "to no firm; not „Konzernchef Max Muster von Quorvex lobt den Umbau“, nor „Max Muster, "
                               "der Chef von Quorvex, lobt den Umbau“ (a title), which give Quorvex")


@OFFICIAL_AFFILIATION.rule("official-affiliation-subject-body", "an official whose bare title is a body's office "
                           "(„Generalsekretärin“, „Präsident“, „Sprecher“; `body_officer_titles.tsv`) acts for the one "
                           "firm, association or chamber that opens his sentence or the sentence before as its subject: "
                           "„Auch die Bäckerkammer ist zufrieden. Generalsekretärin Eva Muster lobt die Einigung“ for "
                           "the Bäckerkammer, not the dateline's state; not where his sentence names another body, nor "
                           "a party, government body or medium („Die Regierung schweigt. Sprecher Max Muster …“)")
def _affiliation_subject_body(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    k = p.title_tok
    if k is None or (p.role or "").lower() not in _BODY_OFFICER_TITLES or _names_body(st.words, k):
        return None
    s, firms = st.sent_of[tok], _sentence_firms(st)
    own = firms.get(s, set())
    for j in (s, s - 1):
        key = _opening_firm(st, j, firms.get(j, set()))
        if key is not None and own <= {key}:
            return key
    return None


_BODY_OFFICER_TITLES = resources.listed_words("body_officer_titles.tsv")


def _names_body(words: list[str], k: int) -> bool:
    """Whether a genitive, „bei“, „für“ or „von“ follows the title at k: „die Präsidentin der Stiftung X“ names her
    body, read or not."""
    return k + 1 < len(words) and words[k + 1] in _UNREAD_LINKS


def _opening_firm(st: ReadingState, s: int, keys: set[str]) -> str | None:
    """The one firm the sentence s names, where its name opens the sentence, or a clause after a headline the
    sentence splitter joined to it, after at most a focus particle and an article („Auch die Bäckerkammer …“): the
    clause's subject."""
    if len(keys) != 1 or s < 0:
        return None
    key, head = next(iter(keys)), st.sent_heads[s]
    first = min(((st.tok_at(m.start), st.tok_at(m.end)) for m in st.mentions
                 if m.key == key and st.sent_of[st.tok_at(m.start)] == s), default=None)
    if first is None or st.words[first[1]] in _JOINERS:
        return None     # „Die Ärztekammer und der Quorvo-Verband loben …“: a second subject, read or not
    first, t = first[0], first[0]
    while t > max(head, first - 2) and st.words[t - 1].lower() in _SUBJECT_OPENERS:
        t -= 1
    return key if t == head or (t < first and st.words[t][:1].isupper()) else None


_SUBJECT_OPENERS = german.DEFINITE_ARTICLES | german.FOCUS_PARTICLES
_JOINERS = german.COORDINATORS | german.LIST_SEPARATORS


def _unread_body(st: ReadingState, p: PersonDraft) -> bool:
    """Whether the official's title, or a second title joined to it by „und“, is followed by a genitive article, „bei“,
    „für“ or „von“ and words no organisation's hit covers: „der Geschäftsführer der Fabrixwerke GmbH“, „Marketingchefin
    für Fabrix“, „Geschäftsführer von 12.4“, „Geschäftsführer und Gründer der Agentur Fabrix“ name his body, read or
    not."""
    k, words = _body_title(st, p), st.words
    if k is None or k + 2 >= len(words) or words[k + 1] not in _UNREAD_LINKS or _firm_anaphor(words, k + 1):
        return False
    return not _body_hits(st, k)


# „von“ too: „Geschäftsführer von Radio 12“ names his body, read or not
_UNREAD_LINKS = german.GENITIVE_ARTICLES | german.EMPLOYER_PREPOSITIONS | german.FOR_PREPOSITIONS | \
    german.NOUN_COMPLEMENT_OPENERS


def _body_title(st: ReadingState, p: PersonDraft) -> int | None:
    """The token of the official's title, or of a second title joined to it by „und“ („Geschäftsführer und Gründer
    der Agentur X“: the second title's body is the first's too)."""
    k, words = p.title_tok, st.words
    if k is not None and k + 3 < len(words) and words[k + 1] in german.COORDINATORS and words[k + 2][:1].isupper():
        return k + 2
    return k


def _body_hits(st: ReadingState, k: int) -> list:
    """The organisations' hits of the three words after the link word after the title at k."""
    return [x for t in range(k + 2, min(k + 5, len(st.words))) for x in st.by_tok.get(t, ()) if x.label == "ORG"]


def _firm_anaphor(words: list[str], k: int) -> bool:
    """Whether the genitive at k names the firm the text is about by a noun of its kind alone: „der Chef des
    Unternehmens“, „des Konzerns“ (`org_heads.tsv`: company), no name after it."""
    if words[k] not in german.GENITIVE_ARTICLES or org_heads().kind(words[k + 1]) != _COMPANY:
        return False
    if k + 2 < len(words) and words[k + 2][:1].isupper():
        return False        # „des Konzerns Fabrix“: a name follows
    fired(FIRM_ANAPHOR)
    return True


_COMPANY = "company"
FIRM_ANAPHOR = declare("official-affiliation-firm-anaphor", "official affiliation", "a company officer's title "
                       "before a genitive of a company's kind noun alone („der Vorstandschef des Unternehmens“, „des "
                       "Konzerns“) names the firm the text is about, which official-affiliation-officer-body then finds "
                       "in his sentence or the one before: „Die Fabrix AG wächst. Das sei erfreulich, sagte Max Muster, "
                       "der Vorstandschef des Unternehmens“; not „der Chef des Konzerns Quorvo“ (a name follows)")


_BODY_LINKS = german.GENITIVE_ARTICLES | german.EMPLOYER_PREPOSITIONS | german.FOR_PREPOSITIONS


def _sentence_firms(st: ReadingState) -> dict[int, set[str]]:
    """The keys of the firms and associations each sentence names: its organisations but media, parties,
    international, armed and government bodies and those a state's body noun names („Landesgericht“); read once per
    article."""
    if st.firms_by_sentence is None:
        st.firms_by_sentence = {}
        for s, keys in sentence_orgs(st).items():
            own = {k for k in keys if st.drafts[k].kind not in _NOT_FIRMS and not state_body_noun(st.drafts[k].name)
                   and not _trade_fair(st.drafts[k].name)}
            if own:
                st.firms_by_sentence[s] = own
    return st.firms_by_sentence


_NOT_FIRMS = frozenset({"party", "international", "government", "armed", _MEDIA_KIND})
_TRADE_FAIRS = resources.listed_words("trade_fairs.tsv")
_FAIR_ENDS = tuple(w[1:].casefold() for w in _TRADE_FAIRS if w.startswith("-"))     # „-messe“


def _fair_sentences(st: ReadingState) -> set[int]:
    """The sentences that name a trade fair."""
    return {s for s, keys in sentence_orgs(st).items() if any(_trade_fair(st.drafts[k].name) for k in keys)}


def _trade_fair(name: str) -> bool:
    """Whether the organisation's name is a trade fair's (`trade_fairs.tsv`: a name, or the end of its last word,
    „-messe“): a fair is where firms show their wares, not a firm."""
    return name in _TRADE_FAIRS or name.rsplit(" ", 1)[-1].casefold().endswith(_FAIR_ENDS)


@OFFICIAL_AFFILIATION.rule("official-affiliation-kind-title", "an official whose one-word title joins the kind of "
                           "an association to a head („Verbandspräsident“, „Kammerpräsidentin“, „Gewerkschaftschef“; "
                           "`association_kinds.tsv`) acts for the one organisation of that kind the article names, "
                           "whose name ends in that kind: „Wien – Verbandspräsident Max Muster forderte Entlastung. Der "
                           "Brillenverband vertritt 400 Betriebe“ for the Brillenverband, not for Österreich; not where "
                           "the article names two („der Brillenverband und der Optikverband“), nor a title naming its "
                           "body („Brillenverbandspräsident“)")
def _affiliation_kind_title(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    kind = association_kind(p.role or "")
    if kind is None:
        return None
    keys = {key for key, names in _org_names(st) if any(n.lower().endswith(kind) for n in names)}
    if not keys:
        keys = _introduced(st, (kind,))
        if not keys and kind in _ANY_ASSOCIATION_KINDS:
            keys = _introduced(st, _ASSOCIATION_NOUNS)      # „Verbandschef“ of an „Umweltorganisation“
        keys &= {key for key, _ in _org_names(st)}
        if len(keys) == 1:
            fired(KIND_TITLE_INTRODUCED)
    return keys.pop() if len(keys) == 1 else None


# the kinds whose noun names any association (`association_kinds.tsv`, second field „other“), and the nouns of an
# association's kind: the context nouns of organisations of kind „other“ („Umweltorganisation“ ends in one) and the
# unions' and interest groups' nouns
_ANY_ASSOCIATION_KINDS = frozenset(row[0] for row in resources.commented_rows("association_kinds.tsv")
                                   if "other" in row[1:])
_ASSOCIATION_NOUNS = tuple({r["noun"].lower() for r in resources.rows("context_nouns.tsv")
                            if r["label"] == "ORG" and r["kind"] == "other"} | set(_UNION_HEADS))


KIND_TITLE_INTRODUCED = declare("official-affiliation-kind-title-introduced", "official affiliation", "an official "
                                "whose one-word title joins an association's kind to a head („Gewerkschaftssekretär“, "
                                "„Verbandschef“) acts for the one organisation the article names right after a noun of "
                                "that kind where no name ends in the kind: „Die Gewerkschaft Varda ruft zum Streik auf. "
                                "Das sei nötig, sagte Gewerkschaftssekretär Max Tolmer“ for Varda; a kind that names "
                                "any association (`association_kinds.tsv`: „Verband“) also after another association's "
                                "noun: „Die Umweltorganisation Gartenwacht … erklärte Verbandschef X“; not where it so "
                                "names two, nor after a noun of another kind („Die Stiftung Varda … Verbandschef X“, "
                                "„Die Gewerkschaft Varda … Kammerpräsident X“)")


def _introduced(st: ReadingState, nouns: tuple[str, ...]) -> set[str]:
    """The keys of the organisations the article names right after a noun ending in one of the association's nouns
    (lower case): „die Gewerkschaft Varda“, „der Dachverband Tolmek“."""
    words = st.words
    return {st.org(h.key, h.start).key for h in st.hits if h.label == "ORG" and h.tok > 0
            and any(w.lower().endswith(nouns) for w in (words[h.tok - 1], *german.genitive_stems(words[h.tok - 1])))}


def _org_names(st: ReadingState) -> list[tuple[str, list[str]]]:
    """(key, words of its names) of each organisation the article reads but media and parties, read once per
    article."""
    if st.org_words is None:
        st.org_words = [(d.key, [w for n in (d.name, *d.aliases) for w in n.split()]) for d in st.drafts.values()
                        if d.type == "Organization" and d.kind not in _NOT_BODIES]
    return st.org_words


_NOT_BODIES = frozenset({"party", _MEDIA_KIND})
