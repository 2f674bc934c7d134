"""The passes of `Gazetteer.match` that read organisations' names no list holds by a noun of their kind, each by
the module of its rules: a compound or a noun of its kind (`orgcompounds`, `orgheads`), an association's coined
compound (`orgassociations`), a statutory chamber (`orgchambers`), two names joined by „&“ (`orgjoined`), a bare
word after an article (`orgarticle`), a name again by its head noun (`orgreferences`); with the tables of all the
organisation passes (`_org_rules`) and `with_orgs`, which puts their spans in place of the hits inside. The other
passes are each in a module of its own: `gazetteer_org_forms` (a name by its form), `gazetteer_org_acronyms` (a
name and its acronym), `gazetteer_listed_orgs` (a listed name read in its context), `gazetteer_teams` (a team
named by its town), `gazetteer_companies` (companies). Mixed into `kg.nlp.gazetteer.Gazetteer` as `OrgPasses`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from kg import german, resources
from kg.nlp.gazetteer_tables import STAGE
from kg.nlp.gazetteer_words import LISTED_NAME
from kg.nlp.hits import cover, Hit, token_hit
from kg.nlp.memo import Memo
from kg.nlp.orgassociations import ASSOCIATION_KIND, association_spans, association_stem
from kg.nlp.orgchambers import CHAMBER_KIND, CHURCH_BODY_KIND, chamber_spans
from kg.nlp.orgarticle import DICTIONARY_NOUN, NAME_AFTER_ARTICLE, PERSON_WORD, article_names, name_word
from kg.nlp.orgcompounds import NAME_COMPOUND, OrgCompounds
from kg.nlp.orgheads import HEAD_NOUN, org_heads
from kg.nlp.orgjoined import JOINED_NAME, joined_names
from kg.nlp.orgnames import ROLE_RULES, nominative, OrgNames
from kg.nlp.orgprefixed import OrgPrefixed
from kg.nlp.firm_references import FIRM_REFERENCE, firm_references
from kg.nlp.orgreferences import KIND_REFERENCE, SHORT_REFERENCE, kind_references, references
from kg.nlp.orgwords import word_tests
from kg.rules import declare, fired


LISTED_TAIL = declare("org-head-listed-tail", STAGE, "a listed organisation's one-word name right after a name "
                      "read by its head noun ends that name: „die Zeitung Premium Times“, „die Privatfirma Walan ICC“ "
                      "are neither The Times nor the court")

_CHURCH_BODY_KINDS = resources.load_word_list("church_body_kinds.tsv")     # „Bischofskonferenz“

# the nouns of an association's kind, longest first: the context nouns of organisations of kind „other“
# (`context_nouns.tsv`: „Gewerkschaft“, „Hilfsorganisation“) and the unions' and interest groups' nouns
# (`interest_group_heads.tsv`: „verband“, „kammer“), which `org-kind-reference` reads back
_ASSOCIATION_NOUNS = tuple(sorted({r["noun"].lower() for r in resources.rows("context_nouns.tsv")
                                   if r["label"] == "ORG" and r["kind"] == "other"}
                                  | resources.listed_words("interest_group_heads.tsv"), key=len, reverse=True))

# kinds of organisations a text names by their names alone („Unicredit“, „Spiegel“): `org_heads.tsv`
_TRADE_KINDS = ("company", "media")
_COMPANY_KIND = _TRADE_KINDS[0]
# the forms of the hits that name a company: by a company's noun („der Autobauer Quorvo“) or its legal form („AG“)
_COMPANY_FORMS = frozenset({f"context:{_COMPANY_KIND}", "form:legal"})
_NOT_FIRM_FORMS = frozenset({"form:club", "form:team", "context:party", "genitive"})
_LISTED_KINDS = {r.name: r.kind for r in resources.load_organizations()}
_CONTEXT_FORM = "context:"
_COMPANY_REPEAT_FORM = "repeat"     # a company's name written alone after its compound („Brantel-Chef … Brantel“)
_OWN_NOUN = "yes"   # company_reference_nouns.tsv, „named“: a noun that refers only to a company named with it
# the bare nouns that name a company again (`org-company-reference`), with their gender
_FIRM_NOUNS = {noun: (gender, named == _OWN_NOUN) for noun, gender, named
               in resources.commented_rows("company_reference_nouns.tsv")[1:]}


def trade_kind(h: Hit) -> bool:
    """An organisation's hit that names a company or a medium: by our list's kind, a noun of its kind, its legal
    form, or a compound only a company has („Brantel-Chef … Brantel“)."""
    kind = _LISTED_KINDS.get(h.key) or (h.form[len(_CONTEXT_FORM):] if h.form.startswith(_CONTEXT_FORM) else None)
    return kind in _TRADE_KINDS or h.form in _COMPANY_FORMS or h.form == _COMPANY_REPEAT_FORM


def _firms_and_rivals(hits: list[Hit]) -> tuple[set[str], set[str]]:
    """The keys of the organisations the hits name as companies (by a company's noun, its legal form or our list) and
    of those of no known kind, which a company's noun might name too (`org-company-reference`): a name read by a
    compound („das Ubuntu-Smartphone“) may be a product's."""
    firms, known = set(), set()
    for h in hits:
        if h.label != "ORG":
            continue
        kind = _LISTED_KINDS.get(h.key) or (h.form[len(_CONTEXT_FORM):] if h.form.startswith(_CONTEXT_FORM) else None)
        if kind == _COMPANY_KIND or h.form in _COMPANY_FORMS:
            firms.add(h.key)
        elif kind is not None or h.form in _NOT_FIRM_FORMS:
            known.add(h.key)
    return firms, {h.key for h in hits if h.label == "ORG"} - firms - known


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


def with_orgs(text: str, words: list[str], idx: list[int], hits: list[Hit], covered: list[bool],
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
        made_by = rule or ROLE_RULES[role]      # each span its own role's rule
        hit = token_hit(text, words, idx, i, j, "ORG", None, f"{form}:{role}", made_by)
        key = nominative(words, i, j, adjective) if adjective is not None else " ".join(hit.text.split())
        kept.append(replace(hit, key=key))
        fired(made_by)
    return kept


def after_definite_article(words: Sequence[str], k: int) -> bool:
    """A definite article or a contraction holding one stands before word k, maybe past lower-case adjectives:
    „vom österreichischen Verwaltungsgerichtshof“; not a capitalised word („der Wiener Handelsgericht“ is
    another rule's), a demonstrative („jenes Eisenbahnverkehrsunternehmen“) or none („sind Einpersonen-Unternehmen“)."""
    j = k - 1
    while j > 0 and k - j <= 2 and words[j].islower() and words[j].endswith(german.ADJECTIVE_ENDINGS) \
            and words[j] not in german.DEFINITE_ARTICLES and words[j] not in german.CONTRACTIONS:
        j -= 1
    return j >= 0 and (words[j].lower() in german.DEFINITE_ARTICLES or words[j].lower() in german.CONTRACTIONS)


class OrgPasses:
    """Mixed into `Gazetteer`: the tables of the passes that read organisations' names no list holds, and those
    passes that read a name by a noun of its kind."""

    def _german_word(self, w: str, initial: bool) -> bool:
        """A German noun or compound of the lexicon, no brand's or foreign word („Prozent“, „Meister“, „Fußball“; not
        „Transparency“, „Daimler“); at a sentence's start (`initial`) any word of the lexicon („Hinter“)."""
        return w in resources.plain_nouns() or self.compound_noun(w) or w in self.common and (
            initial or w not in self.brand_words and w not in self.lexicon_names)

    def _org_rules(self, context: dict[str, tuple[str, str]]) -> None:
        """The tables of the organisation-name rules (`kg.nlp.orgheads`, `orgnames`, `orgcompounds`,
        `orgarticle`)."""
        self.org_heads = org_heads()
        self.org_words = self._org_name_words(context)
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

    def _org_name_words(self, context: dict[str, tuple[str, str]]) -> OrgNames:
        """The organisation-name words by role (`kg/data/org_name_words.tsv`) and the tests of words they ask."""
        roles = {r["word"]: r["role"] for r in resources.rows("org_name_words.tsv")}
        federal = tuple(w for w, r in roles.items() if r == "federal")    # „Bundesamt für …“: its own rule
        state_organs = tuple(row[0].lower() for row in resources.commented_rows("state_organs.tsv") if row[0])
        return OrgNames(roles, frozenset(w for w, (label, _) in context.items() if label == "ORG"),
                        Memo(self._org_compound).__getitem__,   # asked of every word: once per word
                        Memo(self._seated).__getitem__, Memo(self._federal).__getitem__,
                        frozenset(w for w, r in roles.items() if r == "organ" and not w.startswith(federal)
                                  and not w.lower().endswith(state_organs)),
                        tuple(sorted(resources.listed_words("org_genitive_heads.tsv"))), self._german_word,
                        self._foreign_word)

    def _head_orgs(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                   covered: list[bool]) -> list[Hit]:
        """Organisations named in one compound (`kg.nlp.orgcompounds`: 'das Max-Planck-Institut') and
        after a noun of their kind (`kg.nlp.orgheads`: 'der Autobauer Nissan')."""
        towns = {h.tok for h in hits if h.label in ("PLACE", "CAPITAL") and h.tok_end - h.tok == 1}
        named = self.org_compounds.spans(words, covered, lambda k: k in towns or not covered[k] and (
            self.name_classes.get(words[k]) == "PLACE" and self.is_name_word(words[k])))
        if named:
            hits = with_orgs(text, words, idx, hits, covered, [(i, j, "compound") for i, j in named], "form",
                             NAME_COMPOUND, adjective=self._name_adjective)
        spans = self.org_heads.spans(words, covered, word_tests(self, words, covered, hits))
        return _listed_tails(text, with_orgs(text, words, idx, hits, covered, spans, "context", HEAD_NOUN)) \
            if spans else hits

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
                                  lambda k: after_definite_article(words, k))
        for k, stem in spans:
            hits.append(Hit(idx[k], idx[k] + len(words[k]), "ORG", stem, words[k], k, k + 1, "context:kind",
                            ASSOCIATION_KIND))
            fired(ASSOCIATION_KIND)
        return hits

    def _chambers(self, text: str, words: list[str], idx: list[int], hits: list[Hit], covered: list[bool]) -> list[Hit]:
        """Statutory chambers and church bodies named by their kind, with the Land or state of their seat
        (`kg.nlp.orgchambers`)."""
        seats = {h.tok for h in hits if h.label in ("STATE", "PLACE", "CAPITAL") and h.tok_end == h.tok + 1
                 and h.form != "adjective"}
        for kinds, rule in ((self.chamber_kinds, CHAMBER_KIND), (_CHURCH_BODY_KINDS, CHURCH_BODY_KIND)):
            spans = chamber_spans(words, covered, kinds, seats)
            if spans:
                hits = with_orgs(text, words, idx, hits, covered, [(i, j, "kind") for i, j in spans], "chamber", rule)
        return hits

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
        return with_orgs(text, words, idx, hits, covered, [(i, j, "name") for i, j in spans], "article",
                         NAME_AFTER_ARTICLE) if spans else hits

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

    def code_acronym(self, w: str) -> bool:
        """A thing's acronym or a country's code, no organisation's name on its own: „GPS“, „AUT“."""
        return w in self._loose_not_orgs

    def article_name_candidate(self, w: str) -> bool:
        """`_article_name` by our own lists only (`kg/data/tools/make_dictionary_nouns.py` asks it)."""
        if self.name_classes.get(w) in ("PLACE", "SURNAME", "FIRST") or self.is_first_name(w):
            return False
        return name_word(w, self._unknown_memo.__getitem__, self._known_tail, self._not_org_words, german.NOUN_SUFFIXES)

    def _joined_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                      covered: list[bool]) -> list[Hit]:
        """Firms named by two names joined with „&“ or „+“ (`kg.nlp.orgjoined`): the hits inside are
        dropped; not where a hit reaches over the pair („Müller & Söhne GmbH“ is read already)."""
        spans = joined_names(words, self._firm_word)
        spans = [(i, j, "acronym") for i, j in spans
                 if not any(h.tok < j and h.tok_end > i and (h.tok < i or h.tok_end > j) for h in hits)]
        return with_orgs(text, words, idx, hits, covered, spans, "form", JOINED_NAME) if spans else hits

    def _firm_word(self, w: str) -> bool:
        """'Procter', 'Johnson': a name, no first name, no word by its ending ('Anspruchslos')."""
        return w.isalpha() and w[:1].isupper() and not self.is_first_name(w) \
            and (self._unknown_memo[w] or self.name_classes.get(w) == "SURNAME") \
            and not w.endswith(german.NOUN_SUFFIXES) and not w.endswith(german.ADJECTIVE_WORD_ENDINGS)

    def _short_references(self, words: list[str], idx: list[int], hits: list[Hit]) -> list[Hit]:
        """Organisations named again by their head noun after a definite article (`kg.nlp.orgreferences`):
        „Der Internationale Strafgerichtshof … Der Gerichtshof …“, under the organisation's key."""
        orgs = sorted((h.tok, h.tok_end, h.key) for h in hits if h.label == "ORG" and h.form != "prefix")
        if not orgs:
            return hits
        taken = {k for h in hits for k in range(h.tok, h.tok_end)}
        found = references(words, orgs, taken, self._org_kind_noun, self.org_words.context_heads,
                           lambda w: self.org_heads.kind(w) in _TRADE_KINDS)
        hits = hits + [Hit(idx[k], idx[k] + len(words[k]), "ORG", key, words[k], k, e, "reference", SHORT_REFERENCE)
                       for k, e, key in found]
        taken.update(k for k, _, _ in found)
        return hits + [Hit(idx[k], idx[k] + len(words[k]), "ORG", key, words[k], k, e, "reference", KIND_REFERENCE)
                       for k, e, key in kind_references(words, orgs, taken, self._association_noun)]

    def _names_and_firms(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                         opens: frozenset[int]) -> list[Hit]:
        """The names read again (`named_again`), then the companies a bare noun of their kind refers to, which those
        names may name in the sentences before it (`firm_references`), and the names no hit reads in a list beside an
        organisation (`_unread_list_orgs`) before both."""
        hits = self._unread_list_orgs(text, words, idx, hits)
        return self.firm_mentions(words, idx, self._names_again(text, words, idx, hits, opens))

    def firm_mentions(self, words: list[str], idx: list[int], hits: list[Hit]) -> list[Hit]:
        """The hits with a company named again by a bare noun of its kind (`kg.nlp.firm_references`): „die Brantel AG
        … der Konzern“; after the names read again (`named_again`), which name the company in between."""
        firms, rivals = _firms_and_rivals(hits)
        if not firms:
            return hits
        taken = {k for h in hits for k in range(h.tok, h.tok_end)}
        orgs = sorted((h.tok, h.tok_end, h.key) for h in hits if h.label == "ORG")
        # a compound's prefix („die Facebook-Seite“) or a firm after „auf“, a platform where things are said („auf
        # Facebook“), makes a noun ambiguous, but is no actor the noun refers back to
        asides = {h.tok for h in hits if h.label == "ORG" and (h.form == "prefix" or h.tok > 0
                                                               and words[h.tok - 1].lower() in german.ON_PREPOSITIONS)}
        return hits + [Hit(idx[k], idx[k] + len(words[k]), "ORG", key, words[k], k, e, "reference", FIRM_REFERENCE)
                       for k, e, key in firm_references(words, orgs, taken, firms, rivals, asides, _FIRM_NOUNS)]

    def _association_noun(self, word: str) -> str | None:
        """The noun of an association's kind that `word` ends in, lower-cased („Pilotenvereinigung“ →
        „vereinigung“): a context noun of any organisation of that kind („Gewerkschaft“, „Organisation“) or a union's
        or interest group's noun (`interest_group_heads.tsv`); the longest one."""
        if not word[:1].isupper():
            return None
        low = word.lower()
        return next((noun for noun in _ASSOCIATION_NOUNS if low.endswith(noun)), None)

    def _org_kind_noun(self, word: str) -> bool:
        """'Strafgerichtshof', 'Weltbank', 'Beobachtungsstelle': a noun of an organisation's kind (`org_heads.tsv`)
        or one that heads organisations' names (`org_name_words.tsv`)."""
        return self.org_heads.kind(word) is not None or self._org_noun(word)
