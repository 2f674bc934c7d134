"""The passes of `Gazetteer.match` that read organisations' names by their form (the rules of `orgnames`: „die
Brasilianische Stiftung für Menschenrechte“, „die Universität Wien“), not where a town's or state's adjective and a
noun only describe the name after them („die Vorarlberger Firma Häusle“), and a state's or region's genitive
joined to such a name („die Kommunistische Partei Deutschlands“). Mixed into `kg.nlp.gazetteer.Gazetteer` as
`OrgFormPasses`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from kg import german
from kg.nlp.gazetteer_tables import STAGE
from kg.nlp.gazetteer_words import LISTED_NAME
from kg.nlp.hits import Hit
from kg.nlp.names import NOT_NAMES
from kg.nlp.orgnames import nominative
from kg.nlp.orgspelled import abbreviates
from kg.rules import declare, fired
from kg.nlp.gazetteer_orgs import with_orgs


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


DESCRIBED_NAME = declare("org-described-name", STAGE, "guard: a town's or state's adjective and a noun of an "
                         "organisation's kind right before the name that noun introduces say what and where it is, no "
                         "name of their own: „die Vorarlberger Firma Häusle“, „das Pariser Blatt Le Matin Bleu“; but „die "
                         "Berliner Zeitung“")


LISTED_TAIL = declare("org-listed-tail-name", STAGE, "a listed one-word name that is an English noun ending names "
                      "(Times) is the last word of the longer name a town or other capitalised words before it open: "
                      "„im Gespräch mit der Harlow Times“ is the Harlow Times, no Place Harlow and not the listed "
                      "Times; not after an English article („die Zeitung The Times“ stays the listed Times)")
ORG_BEFORE_ACRONYM = declare("org-name-before-acronym", STAGE, "guard: an organisation's name before an acronym in "
                             "brackets whose letters do not stand in it in order is left to the acronym, which names it "
                             "in another language or by an older name: „die Freie Stiftung Nordland (KPX)“; but „das "
                             "Linzer Handelsgericht (HG)“ and „die Freie Stiftung Nordland (FSNL)“ are read, one "
                             "organisation with their acronym")


# what opens a sentence before a capitalised adjective, also a dateline's dash („Kairo – Ägyptische Soldaten …“)
_OPENERS = frozenset({".", "!", "?", ":", "„", "\""}) | german.DATELINE_DASHES


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


def _listed_tail(words: list[str], i: int, j: int, k: int, one_word: set[int]) -> bool:
    """The listed one-word name at k is only the last word of the longer name words[i:j] it ends, as a paper's noun
    after a town (`org-listed-tail-name`: „der Harlow Times“, not the listed „Times“); not after an English article
    („The Times“)."""
    if k != j - 1 or k not in one_word or words[i].lower() in german.ENGLISH_ARTICLES:
        return False
    fired(LISTED_TAIL)
    return True


def _long_towns(hits: list[Hit]) -> dict[int, int]:
    """First token → one past it of each known place of two or three words („St. Pölten“, „Bad Ostheim“), which may
    be the seat of an institution named before it („das Landesgericht St. Pölten“)."""
    return {h.tok: h.tok_end for h in hits if h.label in ("PLACE", "CAPITAL") and 2 <= h.tok_end - h.tok <= 3
            and h.form != "genitive"}


class OrgFormPasses:
    """Mixed into `Gazetteer`: the passes that read organisations' names by their form."""

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
        one_word = {h.tok for h in hits if h.label == "ORG" and h.tok_end == h.tok + 1 and h.rule == LISTED_NAME}
        spans = []
        towns = _long_towns(hits)
        club = replace(self._club_tests(words, covered, places, name_at), town_end=lambda k: towns.get(k, 0))
        for i, j, role in self.org_words.spans(words, name_at, cap_at, adjective_at, club):
            if any(covered[k] for k in range(i, j) if k not in places and k not in state_adjectives
                   and not (role == "seat" and towns.get(i + 1) == j)
                   and not (role == "tail" and (words[i + 1] in german.OF_CONNECTORS
                                                or _listed_tail(words, i, j, k, one_word)))):
                continue
            if j in named and self._describes(words, i, j, state_adjectives):
                continue
            if j + 1 in acronyms and words[j] == "(" and not abbreviates(" ".join(words[i:j]), words[j + 1]):
                fired(ORG_BEFORE_ACRONYM)
                continue
            if role in ("head", "organ") and by_class.intersection(range(i, j)):
                role = "place-word"     # „die Universität Tübingen“: the seat by its word class alone
            spans.append((i, j, role))
        return with_orgs(text, words, idx, hits, covered, spans, adjective=self._name_adjective) if spans else hits

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
