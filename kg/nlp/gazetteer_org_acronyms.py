"""The passes of `Gazetteer.match` that read an organisation's name with its acronym: a name spelled out before its
acronym in brackets (`orgspelled`: „die Freie Stiftung Nordland (FSN)“), an acronym after an article or in the text
(`orgacronyms`), and a name and its bracketed acronym made one organisation under one key („des Deutschen
Fußballbundes (DFB) … der DFB“), also a state's body („der Oberste Gerichtshof (OGH)“). Mixed into
`kg.nlp.gazetteer.Gazetteer` as `OrgAcronymPasses`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from kg import german, resources

from kg.facts import slug
from kg.nlp.gazetteer_tables import STAGE
from kg.nlp.gazetteer_words import LISTED_NAME
from kg.nlp.hits import Hit
from kg.nlp.bylines import byline_tokens
from kg.nlp.orgmastheads import CAPITALS_MASTHEAD, masthead_spans
from kg.nlp.orgacronyms import (ACRONYM_AFTER_ARTICLE, ACRONYM_IN_TEXT, OPENING_BRACKET, acronym_spans, loose_acronyms,
                                spelled_out)
from kg.nlp.orgnames import nominative
from kg.nlp.tokens import positions
from kg.nlp.orgspelled import (AFTER_ORG_NOUN, abbreviates, COMPOUND_SPELLED, SPELLED_OUT, bracketed_acronym, compound_spells,
                               spelled_before)
from kg.rules import declare, fired
from kg.nlp.gazetteer_orgs import after_definite_article, with_orgs


BRACKET_ALIAS = declare("org-bracket-alias", STAGE, "an organisation's name and the acronym in brackets right after "
                        "it that begins with the name's letter are one organisation, under the listed one's key, else the "
                        "acronym's, with every other mention of either: „des Deutschen Fußballbundes (DFB) … der DFB“, "
                        "„vor dem UNO-Menschenrechtsrat (UNHRC) … dem UNHRC“, also where the acronym's letters stand in "
                        "the name in order from a word's initial („das Linzer Handelsgericht (HG)“); not an acronym of "
                        "another letter („die Ostländische Union (SPO)“)")


BODY_BRACKET_ALIAS = declare("org-bracket-alias-body", STAGE, "a state's body named by its noun and an acronym no list "
                             "holds in brackets right after it that begins with the body's letter are one body, with "
                             "every other mention of the acronym: „der Oberste Gerichtshof (OGH) … laut OGH“, „das "
                             "Verteidigungsministerium (VMK) … das VMK“; not an acronym of another letter („das "
                             "Innenministerium (KQZ)“) nor a listed one („das Innenministerium (EU)“)")


ACRONYM_OVER_PART = declare("acronym-name-over-listed-part", STAGE, "the words before an acronym in brackets whose "
                            "initials spell it are one name also where a listed organisation's shorter name stands inside "
                            "them: „die Demokratische Partei Kurdistans (KDP)“ is no Democratic Party of the USA, "
                            "„die Nationale Volkspartei Ostlands (NVO)“; not where a listed name spans them all")


# the longest short name an organisation goes by in brackets („(Wifo)“)
_SHORT_NAME = 8
# letters of a name that must agree with a listed body's name for the name to be a form of it
_SAME_START = 8


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


def _truncated_start(words: Sequence[str], k: int) -> int:
    """The first word of nouns joined to word k by a truncated one („der Wirtschafts- und Korruptionsbehörde“:
    „Wirtschafts-“), else k."""
    while k >= 2 and words[k - 1] in german.COORDINATORS and words[k - 2].endswith("-"):
        k -= 2
    return k


class OrgAcronymPasses:
    """Mixed into `Gazetteer`: the passes that read an organisation's name with its acronym."""

    def _spelled_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                       covered: list[bool]) -> list[Hit]:
        """An organisation's name before its acronym in brackets (`kg.nlp.orgspelled`): the acronym's
        organisation, under the acronym's key; places and state adjectives inside it are dropped."""
        opens = positions(words, OPENING_BRACKET)
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
        hits = with_orgs(text, words, idx, hits, covered, spans, "form", SPELLED_OUT)
        hits = with_orgs(text, words, idx, hits, covered, compounds, "form", COMPOUND_SPELLED)
        return [replace(h, key=keys[h.tok]) if h.rule in (SPELLED_OUT, COMPOUND_SPELLED) and h.tok in keys else h
                for h in hits]

    def _spelling_compound(self, words: list[str], i: int, covered: list[bool]) -> bool:
        """The one word before the bracket at i is a compound ending in an organisation's noun whose letters
        spell the acronym (`kg.nlp.orgspelled.compound_spells`): „der Verwaltungsgerichtshof (VwGH)“."""
        word = words[i - 1]
        return not covered[i - 1] and word.replace("-", "").isalpha() and self.org_heads.kind(word) is not None \
            and compound_spells(word.replace("-", ""), words[i + 1]) and after_definite_article(words, i - 1)

    def _article_acronyms(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                          covered: list[bool]) -> list[Hit]:
        """Organisations named by an acronym after an article (`kg.nlp.orgacronyms`); one whose letters
        spell an organisation named before it is that organisation; first the mastheads in capitals
        (`kg.nlp.orgmastheads`: „dem KURIER“), under their noun's spelling („Kurier“)."""
        hits = self._acronyms_after_org_nouns(text, words, idx, self._mastheads(words, idx, hits, covered), covered)
        spans = acronym_spans(words, covered, self.thing_acronyms, self.titles)
        if spans:
            hits = with_orgs(text, words, idx, hits, covered, [(i, j, "article") for i, j in spans], "acronym",
                             ACRONYM_AFTER_ARTICLE)
        loose = loose_acronyms(words, covered, self._loose_not_orgs)
        if loose:
            hits = with_orgs(text, words, idx, hits, covered, [(i, j, "article") for i, j in loose], "acronym",
                             ACRONYM_IN_TEXT)
        if not spans and not loose:
            return hits
        orgs = sorted((h for h in hits if h.label == "ORG"), key=lambda h: h.tok)
        out = []
        for h in hits:
            key = spelled_out(h.key, [o.key for o in orgs if o.tok < h.tok]) if h.form == "acronym:article" else None
            out.append(replace(h, key=key) if key else h)
        return out

    def _acronyms_after_org_nouns(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                                  covered: list[bool]) -> list[Hit]:
        """Acronyms no hit covers in brackets right after a definite noun of an organisation's kind
        (`kg.nlp.orgspelled.AFTER_ORG_NOUN`): „der kolumbianische Bauernverband (FENACOL)“."""
        spans = [(i + 1, i + 2, "article") for i in positions(words, OPENING_BRACKET)
                 if self._bracketed_short_name(words, i) and not covered[i + 1] and not covered[i - 1]
                 and self.org_words.roles.get(words[i + 1]) is None and self.org_heads.kind(words[i - 1]) is not None
                 and after_definite_article(words, _truncated_start(words, i - 1))]
        return with_orgs(text, words, idx, hits, covered, spans, "acronym", AFTER_ORG_NOUN) if spans else hits

    def _bracketed_short_name(self, words: list[str], i: int) -> bool:
        """Whether words[i] opens „( NAME )“ of an acronym, or of one capitalised short word no lexicon holds as
        organisations shorten their names („(Wifo)“, not „(Foto)“)."""
        if bracketed_acronym(words, i):
            return True
        if words[i] != "(" or i == 0 or i + 2 >= len(words) or words[i + 2] != ")":
            return False
        w = words[i + 1]
        return w[:1].isupper() and w.isalpha() and 3 <= len(w) <= _SHORT_NAME and w not in self.common \
            and w not in resources.plain_nouns() and not self.compound_noun(w)

    def _mastheads(self, words: list[str], idx: list[int], hits: list[Hit], covered: list[bool]) -> list[Hit]:
        """Newspapers named by their masthead in capitals (`kg.nlp.orgmastheads`), keyed by the noun's spelling."""
        if not any(len(w) > 3 and w.isupper() for w in words):
            return hits
        spans = masthead_spans(words, covered, self.common.__contains__, byline_tokens(words) if ")" in words else (),
                               lambda w: w in self.media_verbs or w in self.speech_verbs)
        for k, j in spans:
            covered[k] = True
            key = words[k][0] + words[k][1:].lower()
            hits.append(Hit(idx[k], idx[k] + len(words[k]), "ORG", key, words[k], k, j, "context:media",
                            CAPITALS_MASTHEAD))
            fired(CAPITALS_MASTHEAD)
        return hits

    def _bracket_aliases(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """The hits with an organisation's name and its acronym in brackets right after it under one key, and
        every other mention of either name (by its key, or by the name's nominative) under that key."""
        orgs = {(h.tok, h.tok_end): h for h in hits if h.label == "ORG"}
        ends = {j: h for (_, j), h in orgs.items()}
        rekey: dict[str, str] = {}
        for i in positions(words, OPENING_BRACKET):
            name, acronym = ends.get(i), orgs.get((i + 1, i + 2))
            if name is None or acronym is None or i + 2 >= len(words) or words[i + 2] != ")" \
                    or slug(name.text)[:1] != slug(acronym.text)[:1] and not abbreviates(name.text, acronym.text):
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
