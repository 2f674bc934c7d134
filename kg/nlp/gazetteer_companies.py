"""The passes of `Gazetteer.match` that read companies' names no list holds, by the rules of `orgcompany`: a
name before a noun only an organisation has („Brantel-Chef“, „Brantel-Aktie“) and the same word alone elsewhere, the
name after a company's „-Tochter“, „-Mutter“ („die Brantel-Tochter Fabrix“), one-word names in a list beside an
organisation („Audi, BMW und Brantel“), and the test of a word that may name a company (`_company_word`). Mixed into
`kg.nlp.gazetteer.Gazetteer` as `CompanyPasses`; its tables are read by `OrgPasses._org_rules`.
"""
from __future__ import annotations

from itertools import repeat
from typing import Callable

from kg import german, resources
from kg.nlp.classes import COMPANY_COMPOUND_HEAD, company_class_compounds
from kg.nlp.hits import Hit, token_hit
from kg.nlp.gazetteer_orgs import trade_kind
from kg.nlp.name_types import FORM_RULES
from kg.nlp.named_again import WordTests, named_again
from kg.nlp.names import NOT_NAMES
from kg.nlp.orgcompany import (ACRONYM, AFTER_VON, COMPANY_COMPOUND, COMPANY_REPEAT, COORDINATED, DOMAIN_NOUN,
                               ECONOMIC_NOUN, ECONOMIC_NOUNS, EMPLOYER, EMPLOYER_WORDS, GENITIVE, GENITIVE_HEADS,
                               KIN_COMPANY, NAME, SURNAME, UNREAD_IN_LIST, alone_mentions, company_prefixes,
                               coordinated_names, economic_names, employer_names, genitive_names, kin_company_names,
                               opens_compounds, unread_list_names)
from kg.rules import fired

_GENITIVE_NOUNS = frozenset(w for w, position in ECONOMIC_NOUNS.items() if position == AFTER_VON)  # „Trovias Umsatz“
_ACRONYM_LETTERS = 5    # letters at most of a company's acronym before „-Konzern“: „QVX“, „BRNTL“
_NAME_FORM_ROLES = frozenset({"legal", "tail"})     # org_name_words.tsv: a legal form („GmbH“), a name's tail („Films“)
_CORPORATE_NOUNS = resources.load_word_list("corporate_nouns.tsv")     # „Holding“, „Group“
_CLASS_HEADS = resources.listed_words("company_class_heads.tsv")     # „-Suche“, „-Werbung“ after a firm's class word
PLACE = "PLACE"     # name_classes.tsv: a place's word class


def _kin_hits(text: str, words: list[str], idx: list[int], kin: list[tuple[int, int]], at: dict[int, list[Hit]],
              covered: list[bool], dropped: set[int]) -> list[Hit]:
    """An ORG hit for each name after a company's „-Tochter“, „-Mutter“ (`org-after-company-kin-compound`) that
    no hit reads or only a person's inside it, whose hits go to `dropped` (their ids)."""
    out = []
    for i, j in kin:
        there = [h for k in range(i, j) for h in at.get(k, ())]
        if any(h.label != "PER" or h.tok < i or h.tok_end > j for h in there):
            continue        # a name another rule read as no person's, or one reaching past the name
        dropped.update(map(id, there))
        out.append(_company_hit(text, words, idx, i, j, KIN_COMPANY, covered))
    return out


def _economic_hits(text: str, words: list[str], idx: list[int], found: list[tuple[int, int, str]],
                   covered: list[bool]) -> list[Hit]:
    """An ORG hit for each name after a noun of a company's economic life (`org-after-economic-noun`) or after „bei“
    beside a word of employment (`org-employer-after-bei`), each with its rule."""
    return [_company_hit(text, words, idx, i, j, rule, covered) for i, j, rule in found]


def _company_hit(text: str, words: list[str], idx: list[int], i: int, j: int, rule: str,
                 covered: list[bool]) -> Hit:
    """The ORG hit of a company's name on tokens i..j-1 that `rule` read from its context, its tokens marked
    covered."""
    for k in range(i, j):
        covered[k] = True
    fired(rule)
    return token_hit(text, words, idx, i, j, "ORG", None, "context:company", rule)


class CompanyPasses:
    """Mixed into `Gazetteer`: the passes of `match` that read companies' names no list holds."""

    _employer_before = frozenset(w for w, side in EMPLOYER_WORDS if side == "before")     # „arbeitete … bei X“
    _employer_after = frozenset(w for w, side in EMPLOYER_WORDS if side == "after")       # „bei X beschäftigt“

    def _company_compounds(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                           covered: list[bool]) -> list[Hit]:
        """Organisations named by a compound's first part before a noun only an organisation has, and the same
        word alone elsewhere in the article (`kg.nlp.orgcompany`); not a word another hit reads or the surname of
        a person the text names."""
        surnames = {words[h.tok_end - 1] for h in hits if h.label == "PER" and h.tok_end - h.tok > 1}
        found = self._named_parts(words, covered, surnames)
        kin = self._kin_names(words, hits, surnames) if any(map(str.endswith, words, repeat(self._kin_ends))) else []
        economic = self._economic_names(words, covered, surnames, hits)
        if not found and not kin and not economic:
            return hits
        at: dict[int, list[Hit]] = {}
        for h in hits:
            for k in range(h.tok, h.tok_end):
                at.setdefault(k, []).append(h)
        new: list[Hit] = []
        for k, name, offset, rule in found:
            if name in surnames or any(h.label != "TITLE" for h in at.get(k, ())):
                continue
            start = idx[k] + offset
            new.append(Hit(start, start + len(name), "ORG", name, name, k, k + 1, "prefix", rule))
            fired(rule)
        dropped: set[int] = set()
        new.extend(_kin_hits(text, words, idx, kin, at, covered, dropped))
        new.extend(_economic_hits(text, words, idx, economic, covered))
        if not new:
            return hits
        compounds = {h.tok for h in new}
        for k, name in alone_mentions(words, {h.key for h in new}):
            there = at.get(k, ())
            if k in compounds or not all(h.label == "PER" and h.tok_end == h.tok + 1 and h.form != "known"
                                         for h in there):
                continue
            dropped.update(map(id, there))
            covered[k] = True
            new.append(Hit(idx[k], idx[k] + len(words[k]), "ORG", name, words[k], k, k + 1, "repeat", COMPANY_REPEAT))
            fired(COMPANY_REPEAT)
        return [h for h in hits if id(h) not in dropped] + new

    def _named_parts(self, words: list[str], covered: list[bool],
                     surnames: set[str]) -> list[tuple[int, str, int, str]]:
        """(token, name, offset in the token, rule) of each name that is part of a token: a compound's first part
        (`org-company-compound`; of a firm's class word before a noun of its services: `company-class-compound`)
        and a genitive's name before a noun of a company's business (`org-company-genitive`)."""
        found = [(k, name, offset, COMPANY_COMPOUND)
                 for k, name, offset in company_prefixes(words, self.company_heads, self._compound_name_memo.__getitem__)]
        found.extend((k, name, 0, COMPANY_COMPOUND_HEAD)
                     for k, name in company_class_compounds(words, self.name_classes, _CLASS_HEADS))
        found.extend((k, name, 0, GENITIVE) for k, name in genitive_names(
            words, _GENITIVE_NOUNS, GENITIVE_HEADS, lambda k, w: not covered[k] and self._lone_company(w, surnames)))
        return found

    def _economic_names(self, words: list[str], covered: list[bool], surnames: set[str],
                        hits: list[Hit]) -> list[tuple[int, int, str]]:
        """The names after a noun of a company's economic life (`kg.nlp.orgcompany.economic_names`) or after „bei“
        beside a word of employment or a role (`employer_names`), with the rule of each: a word no hit
        covers that may name a company (`_company_word`: NAME, no surname's word class), no inflected German noun and
        no surname of a person the text names, then acronyms, more such words or an English noun that ends names
        („Fabrix Labs“)."""
        def name_at(k: int) -> bool:
            return not covered[k] and self._lone_company(words[k], surnames)

        def more_at(k: int) -> bool:
            w = words[k]
            return not covered[k] and (w.isupper() and w.isalpha() and len(w) > 1 or self._company_memo[w] == NAME
                                       or self.org_words.roles.get(w) == "tail")
        found = [(i, j, ECONOMIC_NOUN) for i, j in economic_names(words, ECONOMIC_NOUNS, name_at, more_at)]
        roles = {h.tok_end for h in hits if h.label == "TITLE"}
        found.extend((i, j, EMPLOYER) for i, j in employer_names(words, self._employer_before, self._employer_after,
                                                                  roles.__contains__, name_at, more_at))
        return found

    def _lone_company(self, w: str, surnames: set[str]) -> bool:
        """A word that may name a company alone (`_company_word`: NAME, no surname's word class), no inflected German
        noun and no surname of a person the text names."""
        return w not in surnames and self._company_memo[w] == NAME and not self._inflected_noun(w)

    def _inflected_noun(self, w: str) -> bool:
        """An unknown word that is a known noun with an ending of its inflection: „Asylwerbern“ (dative plural of a
        compound the lexicon reads), no name."""
        return self._unknown_memo[w] and any(w.endswith(e) and len(w) - len(e) > 3 and not self._unknown_memo[w[:-len(e)]]
                                             for e in german.NOUN_ENDINGS)

    def _kin_names(self, words: list[str], hits: list[Hit], surnames: set[str]) -> list[tuple[int, int]]:
        """The names after a company's „-Tochter“, „-Mutter“ (`kg.nlp.orgcompany.kin_company_names`) whose compound's
        first part is no person's: not the surname of a person the text names, no first name, and no word of a
        surname's word class („die Muster-Tochter Ivanka“) unless an organisation's hit stands in the compound
        („Fabrix-Tochter“) or it ends as an adjective („Billig-Tochter“)."""
        orgs = {h.tok for h in hits if h.label == "ORG"}

        def person(k: int, w: str) -> bool:
            return w in surnames or self.is_first_name(w) or self.name_classes.get(w) == "SURNAME" \
                and k not in orgs and not w.lower().endswith(german.ADJECTIVE_WORD_ENDINGS)
        return kin_company_names(words, self._kin_heads, person, self._kin_name_word(words))

    def _kin_name_word(self, words: list[str]) -> Callable[[int], bool]:
        """Whether word k may stand in the name of a company's subsidiary or parent (`org-after-company-kin-compound`):
        capitalised, no first name, title or German word of the lexicon, unless a brand's („Lufthansa“); an acronym."""
        def name_at(k: int) -> bool:
            w = words[k]
            return w[:1].isupper() and w.isalnum() and w not in NOT_NAMES and not self.is_first_name(w) \
                and self.title(w) is None and (w not in self.common or self._company_memo[w] == NAME)
        return name_at

    def _coordinated_orgs(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                          covered: list[bool]) -> list[Hit]:
        """One-word names in a list beside a one-word organisation (`kg.nlp.orgcompany`): „Audi, BMW und Brantel“;
        not the surname of a person the text names."""
        orgs = {h.tok for h in hits if h.label == "ORG" and h.tok_end == h.tok + 1 and h.form != "prefix"}
        if not orgs:
            return hits
        surnames = {words[h.tok_end - 1] for h in hits if h.label == "PER" and h.tok_end - h.tok > 1}
        found = coordinated_names(words, orgs.__contains__, lambda k: not covered[k] and words[k] not in surnames
                                  and self._company_memo[words[k]] == NAME)
        for k in found:
            covered[k] = True
            hits.append(Hit(idx[k], idx[k] + len(words[k]), "ORG", words[k], words[k], k, k + 1, "context:other",
                            COORDINATED))
            fired(COORDINATED)
        return hits

    def _unread_list_orgs(self, text: str, words: list[str], idx: list[int], hits: list[Hit]) -> list[Hit]:
        """One-word names no hit reads in a list beside an organisation read by its context or a list
        (`org-list-unread-name`): „den Rivalen Fabrix und Quorvo“; a word no lexicon holds that may name a company
        alone (`_lone_company`), no surname of a person the text names; a brand's word of the lexicon („Apple“) only
        beside a company or medium, for those words are German nouns as often („Union“, „Vermarkter“)."""
        orgs = {h.tok for h in hits if h.label == "ORG" and h.rule not in FORM_RULES}
        if not orgs:
            return hits
        taken = {k for h in hits for k in range(h.tok, h.tok_end)}
        persons = {k for h in hits if h.label == "PER" and h.rule not in FORM_RULES for k in range(h.tok, h.tok_end)}
        surnames = {words[h.tok_end - 1] for h in hits if h.label == "PER" and h.tok_end - h.tok > 1}
        ends = {h.tok: h.tok_end for h in hits}
        n = len(words)
        # a company's name that opens a product's („Quorvo Docs, Sheets und Slide“) lists products
        trade = {h.tok for h in hits if h.tok in orgs and h.tok_end == h.tok + 1 and trade_kind(h)
                 and not (h.tok_end < n and words[h.tok_end][:1].isupper())}

        def free(k: int, beside_trade: bool) -> bool:
            w = words[k]
            return k not in taken and self._lone_company(w, surnames) and (
                self._unknown_memo[w] or beside_trade and w in self.brand_words and not self._agent_noun(w))
        found = unread_list_names(words, ends.get, orgs.__contains__, persons.__contains__, free, trade.__contains__)
        for k in found:
            fired(UNREAD_IN_LIST)
        return hits + [Hit(idx[k], idx[k] + len(words[k]), "ORG", words[k], words[k], k, k + 1, "context:other",
                           UNREAD_IN_LIST) for k in found]

    def _names_again(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                     opens: frozenset[int]) -> list[Hit]:
        """Organisations named again where no rule reads the words (`kg.nlp.named_again`): „der Autobauer Quorvex …
        Quorvex kündigte an“."""
        tests = WordTests(self.thing_acronyms.__contains__, self._opening_company_word, self._corporate_word,
                          self._kind_or_german_noun, self._name_ending_noun)
        return named_again(text, words, idx, hits, opens, tests)

    def _opening_company_word(self, w: str) -> bool:
        """A company's word that may open its name (`_company_word`: NAME, no inflected noun), no organisation's noun
        („Volksbank“) nor town's adjective („Grazer“): „Velbrock“ of „Velbrock Holding“."""
        return self._company_memo[w] == NAME and not self._inflected_noun(w) and not self._org_compound(w) \
            and not self._town_adjective(w)

    def _kind_or_german_noun(self, w: str) -> bool:
        """A German noun of the lexicon or an organisation's noun („Bataillon“), no place's („Provinz“)."""
        return (self._german_word(w, False) or self.org_heads.kind(w) is not None) \
            and self.context.get(w, ("",))[0] != PLACE

    def _name_ending_noun(self, w: str) -> bool:
        """A German noun that no name goes on into: no organisation's noun or name word („Bank“, „Holding“), no
        town („Stellen“, not „Deutschland“)."""
        return self._german_word(w, False) and self.name_classes.get(w) != PLACE and self.org_words.roles.get(w) is None \
            and self.org_heads.kind(w) is None

    def _corporate_word(self, w: str) -> bool:
        """A word of a company's name that names no one: its legal form, a corporate noun or a name's tail
        („GmbH“, „Holding“, „Films“)."""
        return self.org_words.roles.get(w) in _NAME_FORM_ROLES or w in _CORPORATE_NOUNS

    def _compound_name(self, w: str) -> str | None:
        """`_company_word` of a compound's first part, else ACRONYM for an acronym no list holds; None for a trade's
        word that opens compounds of three nouns of the lexicon („Pharma-Aktien“: Pharmakonzern, …;
        `company-compound-domain-noun`)."""
        said = self._company_memo[w]
        if said is None:    # an acronym no list holds, no thing's or country's: „der QVX-Konzern“
            return ACRONYM if w.isupper() and w.isalpha() and 1 < len(w) <= _ACRONYM_LETTERS \
                and w not in self._loose_not_orgs else None
        if self._lexicon_sorted is None:   # the shipped lexicon comes sorted (`resources.sorted_common_nouns`)
            shipped = self.common is resources.common_nouns()
            self._lexicon_sorted = resources.sorted_common_nouns() if shipped else tuple(sorted(self.common))
        if opens_compounds(w, self._lexicon_sorted, self.common):
            fired(DOMAIN_NOUN)
            return None
        return said

    def _company_word(self, w: str) -> str | None:
        """NAME for 'Brantel', 'Volvo', 'Daimler', 'Tele2': a word that may name an organisation before „-Chef“:
        capitalised, no acronym (`acronym-title-compound` reads those), no German noun of the dictionary or compound
        of one, no adjective by its ending („Billig-Tochter“), no title nor a word that opens titles („Vize“), no
        first name, of no place's or first name's word class; a word no lexicon holds, one with digits, a brand's or
        foreign word of the lexicon („Volvo“) or a name of it („Daimler“). SURNAME for such a word of a surname's word
        class („Henkel“); else None."""
        if len(w) < 3 or not w[:1].isupper() or not w.isalnum() or w.isupper() or w in NOT_NAMES \
                or w in self._title_openers:
            return None
        cls = self.name_classes.get(w)
        if cls in ("PLACE", "FIRST") or self.is_first_name(w) or self.title(w) is not None:
            return None
        if w in self.lexicon_names or not w.isalpha():
            return SURNAME if cls == "SURNAME" else NAME
        if w in self._dictionary_nouns or w.endswith(german.NOUN_SUFFIXES) or self.compound_noun(w) \
                or w.endswith(german.ADJECTIVE_WORD_ENDINGS):
            return None
        if self._unknown_memo[w] or w in self.brand_words or cls == "SURNAME":
            return SURNAME if cls == "SURNAME" else NAME
        return None
