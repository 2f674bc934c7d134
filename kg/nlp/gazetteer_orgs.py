"""The passes of `Gazetteer.match` that read organisations' names no list holds, each by the
module of its rules: a compound or a noun of its kind (`orgcompounds`, `orgheads`), a team after
a town („die Denver Broncos“), a name spelled out before its acronym (`orgspelled`), a name by its
form (`orgnames`), an acronym after an article (`orgacronyms`), two names joined by „&“
(`orgjoined`), a bare word after an article (`orgarticle`); `_with_orgs` puts their spans in
place of the hits inside. Mixed into `kg.nlp.gazetteer.Gazetteer` as `OrgPasses`.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from kg import german, resources
from kg.facts import slug
from kg.nlp.gazetteer_tables import STAGE
from kg.nlp.gazetteer_words import LISTED_NAME
from kg.nlp.hits import cover, Hit
from kg.nlp.memo import Memo
from kg.nlp.names import NOT_NAMES
from kg.nlp.orgassociations import ASSOCIATION_KIND, association_spans, association_stem
from kg.nlp.orgchambers import CHAMBER_KIND, chamber_spans
from kg.nlp.orgacronyms import ACRONYM_AFTER_ARTICLE, ACRONYM_IN_TEXT, acronym_spans, loose_acronyms, spelled_out
from kg.nlp.orgarticle import DICTIONARY_NOUN, NAME_AFTER_ARTICLE, PERSON_WORD, article_names, name_word
from kg.nlp.orgcompounds import NAME_COMPOUND, OrgCompounds
from kg.nlp.orgheads import HEAD_NOUN, org_heads
from kg.nlp.orgjoined import JOINED_NAME, joined_names
from kg.nlp.orgnames import ROLE_RULES, nominative, OrgNames
from kg.nlp.orgprefixed import OrgPrefixed
from kg.nlp.orgreferences import SHORT_REFERENCE, references
from kg.nlp.orgspelled import COMPOUND_SPELLED, SPELLED_OUT, bracketed_acronym, compound_spells, spelled_before
from kg.nlp.orgwords import word_tests
from kg.rules import declare, fired


REGION_TOWN_CLUB = declare("place-region-town-club", STAGE, "a region's name right before the name of a town of "
                           "the same state is a club's name, no place: „Bayern München“, „Tirol Innsbruck“; German "
                           "writes a town in its region with „in“ or a comma („München in Bayern“)")
TEAM_NAME = declare("place-team-name", STAGE, "a listed town and an English plural no lexicon holds after it "
                    "name a team, an organisation, not the town: „die Denver Broncos“, „gegen die New York "
                    "Islanders“; not „in Marokko Kovalik“")


LISTED_TAIL = declare("org-head-listed-tail", STAGE, "a listed organisation's one-word name right after a name "
                      "read by its head noun ends that name: „die Zeitung Premium Times“, „die Privatfirma Walan ICC“ "
                      "are neither The Times nor the court")


STATE_GENITIVE = declare("org-name-state-genitive", STAGE, "a state's genitive right after an organisation's name "
                         "of two words or more that ends in an organisation's noun is part of that name: „die "
                         "Kommunistische Partei Deutschlands“, „der Sozialdemokratischen Partei Albaniens“; not after a "
                         "noun alone („die größte Universität Österreichs“) nor after a name that ends in no such noun "
                         "(„die Freie Stadt Danzigs“)")


PLACE_GENITIVE = declare("org-name-place-genitive", STAGE, "a region's or town's genitive right after an organisation's "
                         "name of two words or more that ends in an organisation's noun is part of that name, another "
                         "organisation than the name alone: „die Demokratische Partei Kurdistans“, „die Sozialistische "
                         "Partei Kataloniens“; not after a noun alone („die größte Universität Kataloniens“)")


PLACE_GENITIVE_NO_NAME = declare("org-head-place-genitive", STAGE, "guard: a place's genitive after an organisation's "
                                 "noun is its owner, no part of a name: „die größte Universität Kataloniens“, „die beste "
                                 "Gesellschaft Roms“; but „die Universität Wien“")


STATE_OWN_BODY = declare("org-state-own-body", STAGE, "a listed international body named by a bare German noun is "
                         "a state's own body of that noun after the state's adjective or „nationale“: „der russische "
                         "Sicherheitsrat“, „der nationale Sicherheitsrat“ are no UN Security Council; „der "
                         "Sicherheitsrat“ alone is")
_DOMESTIC_ADJECTIVES = resources.listed_words("domestic_adjectives.tsv")


ORGAN_OF_BODY = declare("org-organ-of-body", STAGE, "a noun before the genitive of a listed international body is "
                        "that body's organ where the body's short name and the noun, joined by a hyphen, are listed: "
                        "„die Generalversammlung der Vereinten Nationen“ is the UN-Generalversammlung, „das "
                        "Flüchtlingshilfswerk der Uno“ the UNHCR; not a noun that makes no listed name („die "
                        "Experten der Vereinten Nationen“)")


BRACKET_ALIAS = declare("org-bracket-alias", STAGE, "an organisation's name and the acronym in brackets right after "
                        "it that begins with the name's letter are one organisation, under the listed one's key, else the "
                        "acronym's, with every other mention of either: „des Deutschen Fußballbundes (DFB) … der DFB“, "
                        "„vor dem UNO-Menschenrechtsrat (UNHRC) … dem UNHRC“; not an acronym of another letter („die "
                        "Ostländische Union (SPO)“)")


BODY_BRACKET_ALIAS = declare("org-bracket-alias-body", STAGE, "a state's body named by its noun and an acronym no list "
                             "holds in brackets right after it that begins with the body's letter are one body, with "
                             "every other mention of the acronym: „der Oberste Gerichtshof (OGH) … laut OGH“, „das "
                             "Verteidigungsministerium (VMK) … das VMK“; not an acronym of another letter („das "
                             "Innenministerium (KQZ)“) nor a listed one („das Innenministerium (EU)“)")


DESCRIBED_NAME = declare("org-described-name", STAGE, "guard: a town's or state's adjective and a noun of an "
                         "organisation's kind right before the name that noun introduces say what and where it is, no "
                         "name of their own: „die Vorarlberger Firma Häusle“, „das Pariser Blatt Le Canard enchaîné“; but „die "
                         "Berliner Zeitung“")
ORG_BEFORE_ACRONYM = declare("org-name-before-acronym", STAGE, "guard: an organisation's name before its "
                             "acronym in brackets is left to the acronym, which spells it out: "
                             "„die Freie Stiftung Nordland (FSN)“")


SENTENCE_START_TITLE = declare("org-title-noun-sentence-start", STAGE, "guard: a listed medium's title of a "
                               "definite article and a German noun („Die Zeit“, „Die Welt“) at a sentence's start is "
                               "that noun, no medium, unless a verb of saying or reporting follows: „Die Zeit drängt.“, "
                               "„Die Welt der Mafia ist klein.“; but „Die Welt berichtete …“, „laut der Zeitung Die "
                               "Welt“")


_QUOTE_OPENERS = frozenset({":", *german.QUOTE_MARKS})     # „sagte: Die Welt ist klein“: a quoted sentence


ACRONYM_OVER_PART = declare("acronym-name-over-listed-part", STAGE, "the words before an acronym in brackets whose "
                            "initials spell it are one name also where a listed organisation's shorter name stands inside "
                            "them: „die Demokratische Partei Kurdistans (KDP)“ is no Democratic Party of the USA, "
                            "„die Nationale Volkspartei Ostlands (NVO)“; not where a listed name spans them all")


def _listed_tails(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with a one-word listed organisation right after a name read by its head noun joined to that
    name: „die Zeitung Premium Times“, „die Privatfirma Walan ICC“ name neither The Times nor the court."""
    heads = {h.tok_end: h for h in hits if h.rule == HEAD_NOUN and h.label == "ORG"}
    tails = {h.tok: h for h in hits if h.tok in heads and h.label == "ORG" and h.rule == LISTED_NAME
             and h.tok_end == h.tok + 1}
    if not tails:
        return hits
    fired(LISTED_TAIL)
    joined = {id(heads[k]): Hit(heads[k].start, t.end, "ORG", text[heads[k].start:t.end], text[heads[k].start:t.end],
                                heads[k].tok, t.tok_end, heads[k].form, LISTED_TAIL) for k, t in tails.items()}
    gone = {id(t) for t in tails.values()}
    return [joined.get(id(h), h) for h in hits if id(h) not in gone]


# what opens a sentence before a capitalised adjective, also a dateline's dash („Kairo – Ägyptische Soldaten …“)
_OPENERS = frozenset({".", "!", "?", ":", "„", "\""}) | german.DATELINE_DASHES
# letters of a name that must agree with a listed body's name for the name to be a form of it
_SAME_START = 8
# kinds of organisations a text names by their names alone („Unicredit“, „Spiegel“): `org_heads.tsv`
_TRADE_KINDS = ("company", "media")


def _body_aliases(words: list[str], hits: list[Hit]) -> list[Hit]:
    """The hits with each acronym no list holds that stands in brackets right after a state's body („der Oberste
    Gerichtshof (OGH)“) and begins with its letter made a mention of that body (a BODY hit of the body's key, which
    the state rules place like the body's own noun), here and wherever else the text names the acronym."""
    bodies = {h.tok_end: h for h in hits if h.label == "BODY"}
    if not bodies:
        return hits
    acronyms = {(h.tok, h.tok_end): h for h in hits if h.label == "ORG" and h.rule != LISTED_NAME}
    rekey: dict[str, str] = {}
    for i, body in bodies.items():
        acronym = acronyms.get((i + 1, i + 2))
        if acronym is not None and words[i] == "(" and i + 2 < len(words) and words[i + 2] == ")" \
                and acronym.text.isupper() and slug(body.text)[:1] == slug(acronym.text)[:1]:
            rekey.setdefault(acronym.key, body.key)
    if not rekey:
        return hits
    fired(BODY_BRACKET_ALIAS)
    return [replace(h, label="BODY", key=rekey[h.key], rule=BODY_BRACKET_ALIAS)
            if h.label == "ORG" and h.rule != LISTED_NAME and h.key in rekey else h for h in hits]


def _name_places(hits: list[Hit]) -> tuple[set[int], set[int], set[int]]:
    """Tokens of a known place of one word that may end a name („Universität Wien“), of those the places' genitives
    (no name after an organisation's noun, „die größte Universität Kataloniens“, but a club's town, „Rapid Wiens“), and
    of the states' adjectives and demonyms („der Deutschen Bank“: a demonym's form as an adjective)."""
    places: set[int] = set()
    owners: set[int] = set()
    state_adjectives: set[int] = set()
    for h in hits:
        if h.label in ("PLACE", "CAPITAL") and h.tok_end - h.tok == 1:
            places.add(h.tok)
            if h.form == "genitive":
                owners.add(h.tok)
        elif h.label == "STATE" and (h.form == "adjective" or h.form == "demonym" and h.tok_end - h.tok == 1):
            state_adjectives.add(h.tok)
    return places, owners, state_adjectives


def _named_across(hits: list[Hit], start: int, i: int) -> bool:
    """A person or organisation the hits name overlaps the tokens start..i a bracketed acronym spells, other than
    an organisation's shorter name inside them, which the spelled-out name replaces („die Demokratische Partei
    Kurdistans (KDP)“ holds the listed „Demokratische Partei“; `ACRONYM_OVER_PART`)."""
    inside = False
    for h in hits:
        if h.tok < i and h.tok_end > start and h.label in ("ORG", "PER"):
            if h.label == "PER" or h.tok < start or h.tok_end > i or (h.tok, h.tok_end) == (start, i):
                return True
            inside = True
    if inside:
        fired(ACRONYM_OVER_PART)
    return False


def _with_orgs(text: str, words: list[str], idx: list[int], hits: list[Hit], covered: list[bool],
               spans: list[tuple[int, int, str]], form: str = "form", rule: str = "",
               adjective: Callable[[str], bool] | None = None) -> list[Hit]:
    """The hits with an ORG hit for each span, and without the hits inside one; with `adjective`,
    a name's key is its nominative (`kg.nlp.orgnames.nominative`)."""
    inside = [False] * (len(words) + 1)
    for i, j, _ in spans:
        for k in range(i, j):
            inside[k] = covered[k] = True
    kept = [h for h in hits if not inside[h.tok]]
    for i, j, role in spans:
        start, end = idx[i], idx[j - 1] + len(words[j - 1])
        surface = text[start:end]
        made_by = rule or ROLE_RULES[role]      # each span its own role's rule
        key = nominative(words, i, j, adjective) if adjective is not None else " ".join(surface.split())
        kept.append(Hit(start, end, "ORG", key, surface, i, j, f"{form}:{role}", made_by))
        fired(made_by)
    return kept


def _after_definite_article(words: Sequence[str], k: int) -> bool:
    """A definite article or a contraction holding one stands before word k, maybe past lower-case adjectives:
    „vom österreichischen Verwaltungsgerichtshof“; not a capitalised word („der Wiener Handelsgericht“ is
    another rule's), a demonstrative („jenes Eisenbahnverkehrsunternehmen“) or none („sind Einpersonen-Unternehmen“)."""
    j = k - 1
    while j > 0 and k - j <= 2 and words[j].islower() and words[j].endswith(german.ADJECTIVE_ENDINGS) \
            and words[j] not in german.DEFINITE_ARTICLES and words[j] not in german.CONTRACTIONS:
        j -= 1
    return j >= 0 and (words[j].lower() in german.DEFINITE_ARTICLES or words[j].lower() in german.CONTRACTIONS)


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, tuple[str, str | None]]:
    """Each listed place's name → (kind, state): „Bayern“ → (region, DE)."""
    return {p.name: (p.kind, p.state) for p in resources.load_places()}


def _region_town_clubs(text: str, hits: list[Hit], prefixes: set[int]) -> list[Hit]:
    """A region's name right before a town of the same state names a club, an organisation, neither a place:
    „Bayern München“, „Tirol Innsbruck“ (`place-region-town-club`); after a club's prefix (tokens `prefixes`)
    the prefix's rule reads the whole name („der FC Bayern München“)."""
    kinds = _place_kinds()
    out: list[Hit] = []
    for h in hits:
        last = out[-1] if out else None
        if last is not None and last.label == "PLACE" and h.label == "PLACE" and last.form == h.form == "name" \
                and last.tok_end == h.tok and text[last.end:h.start] == " " and last.tok - 1 not in prefixes \
                and kinds.get(last.key, ("", None))[0] == "region" and kinds.get(h.key, ("", None))[0] == "city" \
                and kinds[last.key][1] is not None and kinds[last.key][1] == kinds[h.key][1]:
            fired(REGION_TOWN_CLUB)
            surface = text[last.start:h.end]
            out[-1] = Hit(last.start, h.end, "ORG", surface, surface, last.tok, h.tok_end, "form:club", REGION_TOWN_CLUB)
            continue
        out.append(h)
    return out


class OrgPasses:
    """Mixed into `Gazetteer`: the passes of `match` that read organisations' names no list holds."""

    def _org_rules(self, context: dict[str, tuple[str, str]]) -> None:
        """The tables of the organisation-name rules (`kg.nlp.orgheads`, `orgnames`, `orgcompounds`,
        `orgarticle`)."""
        self.org_heads = org_heads()
        roles = {r["word"]: r["role"] for r in resources.rows("org_name_words.tsv")}
        federal = tuple(w for w, r in roles.items() if r == "federal")    # „Bundesamt für …“: its own rule
        state_organs = tuple(row[0].lower() for row in resources.commented_rows("state_organs.tsv") if row[0])
        self.org_words = OrgNames(roles, frozenset(w for w, (label, _) in context.items() if label == "ORG"),
                                  Memo(self._org_compound).__getitem__,   # asked of every word: once per word
                                  Memo(self._seated).__getitem__, Memo(self._federal).__getitem__,
                                  frozenset(w for w, r in roles.items() if r == "organ" and not w.startswith(federal)
                                            and not w.lower().endswith(state_organs)),
                                  tuple(sorted(resources.listed_words("org_genitive_heads.tsv"))))
        self.brand_words = resources.unlemmatised_words()
        self.lexicon_names = resources.lexicon_names()     # „Daimler“, „Nature“: names only after a head noun
        self.chamber_kinds = resources.load_word_list("chamber_kinds.tsv")     # „Arbeiterkammer“
        self.association_heads = tuple(sorted(resources.listed_words("association_heads.tsv")))    # „-verband“
        self.party_names = frozenset(r.name for r in resources.load_organizations() if r.kind == "party")
        self.thing_acronyms = resources.load_word_list("thing_acronyms.tsv")   # "GPS": no organisation's
        self._article_name_memo = self._article_name_rule()
        # „-Chef“, „-Aktie“ (`kg.nlp.orgcompany`), each with who may have one, and the words that open titles („Vize“)
        self.company_heads = dict(resources.commented_rows("company_heads.tsv"))
        # a company's subsidiary and parent, whose name may follow their compound („die Brantel-Tochter Fabrix“)
        self._kin_heads = frozenset(h for h in self.company_heads if h in german.KINSHIP_NOUNS)
        self._kin_ends = tuple("-" + h for h in self._kin_heads)
        self._title_openers = frozenset(f[:k] for f in self.titles for k in range(2, len(f) - 3)
                                        if f[k].islower() and f[k].upper() + f[k + 1:] in self.titles)
        self._company_memo: Memo[str, str | None] = Memo(self._company_word)
        self._compound_name_memo: Memo[str, str | None] = Memo(self._compound_name)
        self._lexicon_sorted: tuple[str, ...] | None = None     # the lexicon in order, made when first asked
        self.org_compounds = OrgCompounds(self._org_noun, self._compound_first, self._name_noun)
        self.international = frozenset(o.name for o in resources.load_organizations() if o.kind == "international")
        self.org_forms = {o.name: (o.name, *o.aliases) for o in resources.load_organizations()}
        # the one-word names of each international body, which its organs' compounds begin with („UN“, „Uno“)
        self.body_short_forms = {o.name: tuple(f for f in (o.name, *o.aliases) if " " not in f and "-" not in f)
                                 for o in resources.load_organizations() if o.kind == "international"}
        bodies = frozenset(f for o in resources.load_organizations() if o.kind == "international"
                           for f in (o.name, *o.aliases) if " " not in f and "-" not in f and len(f) <= 6)
        self.organs = OrgPrefixed(resources.load_word_list("organ_heads.tsv"), bodies.__contains__,
                                  lambda stem: stem in self.common or self.compound_noun(stem))

    def _article_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                       covered: list[bool]) -> list[Hit]:
        """Organisations named by a bare word after a definite article (`kg.nlp.orgarticle`)."""
        spans = article_names(words, self._article_name_memo.__getitem__)
        if spans:       # the words no hit covers, and no surname of a person the text names
            taken = cover(hits, list(covered))
            spans = [(i, j) for i, j in spans if not taken[i]]
            persons = {words[h.tok_end - 1] for h in hits if h.label == "PER" and h.tok_end - h.tok > 1}   # surnames
            if any(words[i] in persons for i, _ in spans):
                fired(PERSON_WORD)
                spans = [(i, j) for i, j in spans if words[i] not in persons]
        return _with_orgs(text, words, idx, hits, covered, [(i, j, "name") for i, j in spans], "article",
                          NAME_AFTER_ARTICLE) if spans else hits

    def _short_references(self, words: list[str], idx: list[int], hits: list[Hit]) -> list[Hit]:
        """Organisations named again by their head noun after a definite article (`kg.nlp.orgreferences`):
        „Der Internationale Strafgerichtshof … Der Gerichtshof …“, under the organisation's key."""
        orgs = sorted((h.tok, h.tok_end, h.key) for h in hits if h.label == "ORG" and h.form != "prefix")
        if not orgs:
            return hits
        taken = {k for h in hits for k in range(h.tok, h.tok_end)}
        found = references(words, orgs, taken, self._org_kind_noun, self.org_words.context_heads,
                           lambda w: self.org_heads.kind(w) in _TRADE_KINDS)
        return hits + [Hit(idx[k], idx[k] + len(words[k]), "ORG", key, words[k], k, e, "reference", SHORT_REFERENCE)
                       for k, e, key in found]

    def _org_kind_noun(self, word: str) -> bool:
        """'Strafgerichtshof', 'Weltbank', 'Beobachtungsstelle': a noun of an organisation's kind (`org_heads.tsv`)
        or one that heads organisations' names (`org_name_words.tsv`)."""
        return self.org_heads.kind(word) is not None or self._org_noun(word)

    def _joined_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                      covered: list[bool]) -> list[Hit]:
        """Firms named by two names joined with „&“ or „+“ (`kg.nlp.orgjoined`): the hits inside are
        dropped; not where a hit reaches over the pair („Müller & Söhne GmbH“ is read already)."""
        spans = joined_names(words, self._firm_word)
        spans = [(i, j, "acronym") for i, j in spans
                 if not any(h.tok < j and h.tok_end > i and (h.tok < i or h.tok_end > j) for h in hits)]
        return _with_orgs(text, words, idx, hits, covered, spans, "form", JOINED_NAME) if spans else hits

    def _firm_word(self, w: str) -> bool:
        """'Procter', 'Johnson': a name, no first name, no word by its ending ('Anspruchslos')."""
        return w.isalpha() and w[:1].isupper() and not self.is_first_name(w) \
            and (self._unknown_memo[w] or self.name_classes.get(w) == "SURNAME") \
            and not w.endswith(german.NOUN_SUFFIXES) and not w.endswith(german.ADJECTIVE_WORD_ENDINGS)

    def _article_name_rule(self) -> Memo[str, bool]:
        """`_article_name` memoised per word, and the words that are no organisation's bare name after
        an article: a thing's acronym („die WM“), a river („die Mur“)."""
        self._not_org_words = self.thing_acronyms | resources.load_word_list("rivers.tsv")
        self._dictionary_nouns = resources.dictionary_nouns()
        # an acronym without an article: no thing's and no country's code („GPS“, „AUT“, „GER“)
        self._loose_not_orgs = self.thing_acronyms | resources.country_codes()
        return Memo(self._article_name)

    def _article_name(self, w: str) -> bool:
        """'Öbib', 'Wifo': a word no lexicon holds, of no name class, that may name an organisation; not
        a noun of the dictionary („das Dickicht“, „die Taiga“)."""
        if not self.article_name_candidate(w):
            return False
        if w in self._dictionary_nouns:
            fired(DICTIONARY_NOUN)
            return False
        return True

    def article_name_candidate(self, w: str) -> bool:
        """`_article_name` by our own lists only (`kg/data/tools/make_dictionary_nouns.py` asks it)."""
        if self.name_classes.get(w) in ("PLACE", "SURNAME", "FIRST") or self.is_first_name(w):
            return False
        return name_word(w, self._unknown_memo.__getitem__, self._known_tail, self._not_org_words, german.NOUN_SUFFIXES)

    def _org_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                   covered: list[bool]) -> list[Hit]:
        """Organisations named by their form (`kg.nlp.orgnames`); the hits inside one are dropped."""
        places, owners, state_adjectives = _name_places(hits)
        by_class: set[int] = set()      # words that name a seat only by a place's word class („Tübingen“)
        name_at = self._name_test(words, covered, places, owners, by_class)

        def cap_at(k: int) -> bool:
            w = words[k]
            return w[:1].isupper() and w not in NOT_NAMES and self.title(w) is None and w.replace("-", "").isalnum()

        def adjective_at(k: int) -> bool:
            # capitalised inside a sentence: a name ("der Brasilianischen Stiftung"), not "die russische Armee"
            if not words[k][:1].isupper() or not words[k].rsplit("-", 1)[-1][:1].isupper():
                return False    # "US-amerikanischen" is no name's
            if k == 0 or words[k - 1] in _OPENERS:
                return self._first_name_adjective(words, k, k in state_adjectives)
            return k in state_adjectives or (not covered[k] and self._form_adjective(words, k))
        # a name before its acronym in brackets is left to the acronym, which it spells out
        acronyms = {h.tok for h in hits if h.form == "context:acronym"}
        named = {h.tok for h in hits if h.label == "ORG"}
        spans = []
        club = self._club_tests(words, covered, places, name_at)
        for i, j, role in self.org_words.spans(words, name_at, cap_at, adjective_at, club):
            if any(covered[k] for k in range(i, j) if k not in places and k not in state_adjectives):
                continue
            if j in named and self._describes(words, i, j, state_adjectives):
                continue
            if j + 1 in acronyms and words[j] == "(":
                fired(ORG_BEFORE_ACRONYM)
                continue
            if role in ("head", "organ") and by_class.intersection(range(i, j)):
                role = "place-word"     # „die Universität Tübingen“: the seat by its word class alone
            spans.append((i, j, role))
        return _with_orgs(text, words, idx, hits, covered, spans, adjective=self._name_adjective) if spans else hits

    def _name_test(self, words: list[str], covered: list[bool], places: set[int], owners: set[int],
                   by_class: set[int]) -> Callable[[int], bool]:
        """Whether word k may stand in an organisation's name: a place read inside it, or a word no hit covers that
        no lexicon holds, an acronym, or (noted in `by_class`) a word of a place's word class; not a place that owns
        what follows it."""
        def name_at(k: int) -> bool:
            w = words[k]
            if k in owners:
                fired(PLACE_GENITIVE_NO_NAME)
                return False
            if k in places:
                return True
            if covered[k]:
                return False
            if self._unknown(words, covered, k) or (w.isupper() and w.isalpha() and len(w) > 1 and w not in self.common):
                return True
            if w[:1].isupper() and self.name_classes.get(w) == "PLACE":
                by_class.add(k)
                return True
            return False
        return name_at

    def _describes(self, words: list[str], i: int, j: int, state_adjectives: set[int]) -> bool:
        """Words i..j, a town's or state's adjective and a noun of an organisation's kind, only say what and where
        the name right after them is: „die Vorarlberger Firma Häusle“ (`org-described-name`)."""
        if self.org_heads.kind(words[j - 1]) is None or not (i in state_adjectives or self._town_adjective(words[i])):
            return False
        fired(DESCRIBED_NAME)
        return True

    def _state_bodies(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A listed international body's bare German noun after a state's adjective or „nationale“ is that
        state's own body of the noun (a BODY hit, which the state qualifies): „der russische Sicherheitsrat“."""
        adjectives = {h.tok_end for h in hits if h.label == "STATE" and h.form == "adjective" and words[h.tok][:1].islower()}
        out = []
        for h in hits:
            k = h.tok
            if h.label == "ORG" and h.rule == LISTED_NAME and h.tok_end == k + 1 and k > 0 and h.key in self.international \
                    and words[k] in self.common and words[k][1:].islower() \
                    and (k in adjectives or words[k - 1].lower() in _DOMESTIC_ADJECTIVES):
                fired(STATE_OWN_BODY)
                stem = next((s for s in german.genitive_stems(words[k]) if s in self.common), words[k])
                h = replace(h, label="BODY", key=stem, rule=STATE_OWN_BODY)
            out.append(h)
        return out

    def _bracket_aliases(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """The hits with an organisation's name and its acronym in brackets right after it under one key, and
        every other mention of either name (by its key, or by the name's nominative) under that key."""
        orgs = {(h.tok, h.tok_end): h for h in hits if h.label == "ORG"}
        ends = {j: h for (_, j), h in orgs.items()}
        rekey: dict[str, str] = {}
        for i in [i for i, w in enumerate(words) if w == "("]:
            name, acronym = ends.get(i), orgs.get((i + 1, i + 2))
            if name is None or acronym is None or i + 2 >= len(words) or words[i + 2] != ")" \
                    or slug(name.text)[:1] != slug(acronym.text)[:1]:
                continue
            if name.rule == LISTED_NAME and acronym.rule == LISTED_NAME or name.rule != LISTED_NAME \
                    and acronym.rule == LISTED_NAME and not self._spelled_by(acronym.key, name.text):
                continue    # two listed bodies, or a listed acronym of another body („Internet Watch Foundation (IWF)“)
            key = name.key if name.rule == LISTED_NAME else acronym.key
            for alias in (name.key, acronym.key, nominative(words, name.tok, name.tok_end, self._name_adjective)):
                if alias != key:
                    rekey.setdefault(alias, key)
        if not any(h.label == "ORG" and h.key in rekey for h in hits):
            return _body_aliases(words, hits)
        fired(BRACKET_ALIAS)
        return _body_aliases(words, [replace(h, key=rekey[h.key]) if h.label == "ORG" and h.key in rekey else h
                                     for h in hits])

    def _spelled_by(self, listed: str, name: str) -> bool:
        """Whether a name may be a form of the listed organisation `listed`: one of its names begins as it does
        („Internationalen Olympischen Komitees“, IOC), not another body of the same acronym („Internet Watch
        Foundation“ is no IWF, the Internationaler Währungsfonds)."""
        start = slug(name)[:_SAME_START]
        return any(slug(form)[:_SAME_START] == start for form in self.org_forms.get(listed, ()))

    def _organs_of_bodies(self, text: str, words: list[str], idx: list[int], hits: list[Hit]) -> list[Hit]:
        """The hits with a listed organ of an international body named by its noun and the body's genitive („die
        Generalversammlung der Vereinten Nationen“ → UN-Vollversammlung, „das Parlament der EU“), as an ORG hit on the
        noun, in place of the state's body the noun names alone („Parlament“)."""
        taken = {k for h in hits if h.label != "BODY" for k in range(h.tok, h.tok_end)}
        found: dict[int, Hit] = {}
        for h in hits:
            k = h.tok - 2
            if h.label != "ORG" or k < 0 or words[k + 1] not in german.GENITIVE_ARTICLES or k in taken \
                    or not words[k][:1].isupper() or h.key not in self.body_short_forms:
                continue
            entry = next((e for stem in (words[k], *german.genitive_stems(words[k])) for f in self.body_short_forms[h.key]
                          if (e := self.phrases.get((f"{f}-{stem}",))) is not None and e.label == "ORG"), None)
            if entry is not None:
                found[k] = Hit(idx[k], idx[k] + len(words[k]), "ORG", entry.key, words[k], k, k + 1, "name", ORGAN_OF_BODY)
        if not found:
            return hits
        fired(ORGAN_OF_BODY)    # a state's body the noun named („Parlament“) gives way to the body's organ
        return sorted([h for h in hits if h.tok not in found] + list(found.values()), key=lambda h: (h.start, -h.end))

    def _state_genitive_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit]) -> list[Hit]:
        """An organisation's name of two words or more that ends in an organisation's noun, with a state's
        genitive right after it, joined to it: „die Kommunistische Partei Deutschlands“; a listed name keeps
        its key, a name read by its form takes the genitive into its key. A region's genitive makes the name of
        another, regional organisation („die Sozialistische Partei Kataloniens“), keyed by its whole name."""
        genitives = {h.tok: h for h in hits if h.label in ("STATE", "PLACE") and h.form == "genitive"
                     and h.tok_end == h.tok + 1}
        if not genitives:
            return hits
        heads = {h.tok_end: h for h in hits if h.label == "ORG" and h.tok_end in genitives and h.tok_end - h.tok >= 2
                 and (self.org_words.roles.get(words[h.tok_end - 1]) in ("head", "organ")
                      or self.org_heads.kind(words[h.tok_end - 1]) is not None)}
        if not heads:
            return hits
        out = []
        for h in hits:
            if h.label in ("STATE", "PLACE") and h.tok in heads and h is genitives[h.tok]:
                continue
            if h.label == "ORG" and heads.get(h.tok_end) is h:
                g = genitives[h.tok_end]
                rule = STATE_GENITIVE if g.label == "STATE" else PLACE_GENITIVE
                fired(rule)
                if g.label == "PLACE":
                    key = f"{nominative(words, h.tok, h.tok_end, self._name_adjective)} {words[g.tok]}"
                else:
                    key = h.key if h.rule == LISTED_NAME else f"{h.key} {words[g.tok]}"
                h = Hit(h.start, g.end, "ORG", key, text[h.start:g.end], h.tok, g.tok_end, h.form, rule)
            out.append(h)
        return out

    def _spelled_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                       covered: list[bool]) -> list[Hit]:
        """An organisation's name before its acronym in brackets (`kg.nlp.orgspelled`): the acronym's
        organisation, under the acronym's key; places and state adjectives inside it are dropped."""
        opens = [i for i, w in enumerate(words) if w == "("]
        if not opens:
            return hits
        orgs = {h.tok: h for h in hits if h.label == "ORG" and h.tok_end == h.tok + 1}
        spans, compounds, keys = [], [], {}
        for i in opens:
            if not bracketed_acronym(words, i) or i + 1 not in orgs and covered[i + 1] \
                    or words[i + 1] in self.thing_acronyms:     # „Solid-State-Disk (SSD)“ names a thing
                continue
            start = spelled_before(words, i)
            made = spans
            if (start is None or start == i - 1 and "-" not in words[start]) and self._spelling_compound(words, i, covered):
                made, start = compounds, i - 1
            elif start is None or (start == i - 1 and "-" not in words[start]) or self.is_first_name(words[start]) \
                    or _named_across(hits, start, i):
                continue
            made.append((start, i, "acronym"))
            keys[start] = orgs[i + 1].key if i + 1 in orgs else words[i + 1]
            if i + 1 not in orgs:       # an acronym a lexicon holds as a word („BDI“): the name makes it one
                made.append((i + 1, i + 2, "acronym"))
        if not spans and not compounds:
            return hits
        hits = _with_orgs(text, words, idx, hits, covered, spans, "form", SPELLED_OUT)
        hits = _with_orgs(text, words, idx, hits, covered, compounds, "form", COMPOUND_SPELLED)
        return [replace(h, key=keys[h.tok]) if h.rule in (SPELLED_OUT, COMPOUND_SPELLED) and h.tok in keys else h
                for h in hits]

    def _spelling_compound(self, words: list[str], i: int, covered: list[bool]) -> bool:
        """The one word before the bracket at i is a compound ending in an organisation's noun whose letters
        spell the acronym (`kg.nlp.orgspelled.compound_spells`): „der Verwaltungsgerichtshof (VwGH)“."""
        word = words[i - 1]
        return not covered[i - 1] and word.replace("-", "").isalpha() and self.org_heads.kind(word) is not None \
            and compound_spells(word.replace("-", ""), words[i + 1]) and _after_definite_article(words, i - 1)

    def _article_acronyms(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                          covered: list[bool]) -> list[Hit]:
        """Organisations named by an acronym after an article (`kg.nlp.orgacronyms`); one whose letters
        spell an organisation named before it is that organisation."""
        spans = acronym_spans(words, covered, self.thing_acronyms)
        if spans:
            hits = _with_orgs(text, words, idx, hits, covered, [(i, j, "article") for i, j in spans], "acronym",
                              ACRONYM_AFTER_ARTICLE)
        loose = loose_acronyms(words, covered, self._loose_not_orgs)
        if loose:
            hits = _with_orgs(text, words, idx, hits, covered, [(i, j, "article") for i, j in loose], "acronym",
                              ACRONYM_IN_TEXT)
        if not spans and not loose:
            return hits
        orgs = sorted((h for h in hits if h.label == "ORG"), key=lambda h: h.tok)
        out = []
        for h in hits:
            key = spelled_out(h.key, [o.key for o in orgs if o.tok < h.tok]) if h.form == "acronym:article" else None
            out.append(replace(h, key=key) if key else h)
        return out

    def _chambers(self, text: str, words: list[str], idx: list[int], hits: list[Hit], covered: list[bool]) -> list[Hit]:
        """Statutory chambers named by their kind, with the Land or state of their seat (`kg.nlp.orgchambers`)."""
        seats = {h.tok for h in hits if h.label in ("STATE", "PLACE", "CAPITAL") and h.tok_end == h.tok + 1
                 and h.form != "adjective"}
        spans = chamber_spans(words, covered, self.chamber_kinds, seats)
        return _with_orgs(text, words, idx, hits, covered, [(i, j, "kind") for i, j in spans], "chamber",
                          CHAMBER_KIND) if spans else hits

    def _sentence_start_titles(self, words: list[str], hits: list[Hit], opens: frozenset[int]) -> list[Hit]:
        """The listed hits without a medium's title of an article and a German noun at a sentence's start (`opens`)
        or after a colon or quotation mark, that no verb of saying or reporting follows
        (`org-title-noun-sentence-start`)."""
        out = []
        for h in hits:
            k, e = h.tok, h.tok_end
            if h.label == "ORG" and (k in opens or words[k - 1] in _QUOTE_OPENERS) and e == k + 2 \
                    and words[k].lower() in german.DEFINITE_ARTICLES and words[k + 1] in self.common and h.rule == LISTED_NAME \
                    and not (e < len(words) and (words[e] in self.media_verbs or words[e] in self.speech_verbs)):
                fired(SENTENCE_START_TITLE)
                continue
            out.append(h)
        return out

    def _associations(self, text: str, words: list[str], idx: list[int], hits: list[Hit]) -> list[Hit]:
        """Associations named by a coined compound of their kind alone (`kg.nlp.orgassociations`); not a stem that
        names an organisation another rule read in the article: the noun before its name („der Optikerverband
        Optica“) or its name's last word („der Niederösterreichische Optikerverband“)."""
        named = set()
        for h in hits:
            if h.label == "ORG":
                for k in (h.tok - 1, h.tok_end - 1):
                    stem = association_stem(words[k], self.association_heads) if k >= 0 else None
                    if stem:
                        named.add(stem)
        spans = association_spans(words, cover(hits, [False] * len(words)), self.association_heads,
                                  lambda w: w not in self.common and self.title(w) is None, named,
                                  lambda k: _after_definite_article(words, k))
        for k, stem in spans:
            hits.append(Hit(idx[k], idx[k] + len(words[k]), "ORG", stem, words[k], k, k + 1, "context:kind",
                            ASSOCIATION_KIND))
            fired(ASSOCIATION_KIND)
        return hits

    def _head_orgs(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                   covered: list[bool]) -> list[Hit]:
        """Organisations named in one compound (`kg.nlp.orgcompounds`: 'das Max-Planck-Institut') and
        after a noun of their kind (`kg.nlp.orgheads`: 'der Autobauer Nissan')."""
        towns = {h.tok for h in hits if h.label in ("PLACE", "CAPITAL") and h.tok_end - h.tok == 1}
        named = self.org_compounds.spans(words, covered, lambda k: k in towns or not covered[k] and (
            self.name_classes.get(words[k]) == "PLACE" and self.is_name_word(words[k])))
        if named:
            hits = _with_orgs(text, words, idx, hits, covered, [(i, j, "compound") for i, j in named], "form",
                              NAME_COMPOUND, adjective=self._name_adjective)
        spans = self.org_heads.spans(words, covered, word_tests(self, words, covered, hits))
        return _listed_tails(text, _with_orgs(text, words, idx, hits, covered, spans, "context", HEAD_NOUN)) \
            if spans else hits

    def _team_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                    covered: list[bool]) -> list[Hit]:
        """A listed town and an English plural no lexicon holds after it are a team's name, an organisation:
        „die Denver Broncos“, „gegen die New York Islanders“; the town is no place there."""
        out = []
        for h in hits:
            e = h.tok_end
            if h.label in ("PLACE", "CAPITAL") and h.form == "name" and e < len(words) and not covered[e] \
                    and self._team_word(words[e]) and not (e + 1 < len(words) and self._team_word(words[e + 1])):
                fired(TEAM_NAME)
                end = idx[e] + len(words[e])
                covered[e] = True
                h = Hit(h.start, end, "ORG", text[h.start:end], text[h.start:end], h.tok, e + 1, "form:team", TEAM_NAME)
            out.append(h)
        club = {k for k, w in enumerate(words) if self.org_words.roles.get(w) == "club"}    # „FC Bayern München“
        return _region_town_clubs(text, out, club)

    def _team_word(self, w: str) -> bool:
        """'Broncos', 'Canucks': a capitalised English plural that no lexicon, name list or word class holds."""
        return len(w) > 3 and w[:1].isupper() and w.endswith(german.SHORT_GENITIVE_ENDING) and w[1:].islower() \
            and self._unknown_memo[w] and self.name_classes.get(w) is None
