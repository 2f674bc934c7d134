"""What the organisation rules ask of one word: a club's word or town, a town's adjective
(„Frankfurter Rundschau“), a noun heading names („Institut“, „Stiftung“), a compound of an
organisation's or institution's noun („Gewerkschaftsbund“, „Landgericht“), a federal authority
(„Bundeskriminalamt“), a name's adjective; mixed into `kg.nlp.gazetteer.Gazetteer` as
`OrgWordTests`.
"""
from __future__ import annotations

from typing import Callable

from kg import german, resources
from kg.nlp.orgclubs import ClubTests
from kg.rules import declare, fired


# the nouns of authorities a „Bundes-“ compound names one by (`_federal`): „Bundeskriminalamt“
_FEDERAL_HEADS = tuple(sorted(resources.load_word_list("federal_heads.tsv"), key=len, reverse=True))


TOWN_PAST_ADJECTIVE = declare("org-town-adjective-past-adjective", "orgnames", "a town's adjective before a name "
                              "adjective and a noun that heads names opens that name, as it does right before the "
                              "noun: „der Lindauer Neuen Post“ is „Lindauer Neue Post“, „die Kemptener Allgemeine "
                              "Wochenzeitung“; not before a common noun („der Lindauer Neue Markt“)")

# heads of names that are also common plurals („Nachrichten“: messages), `ambiguous_nouns.tsv`
_COMMON_PLURAL_HEADS = resources.kind_words("ambiguous_nouns.tsv", "common-plural")


class OrgWordTests:
    """Mixed into `Gazetteer`: what the organisation rules ask of one word."""

    def _club_tests(self, words: list[str], covered: list[bool], places: set[int],
                    name_at: Callable[[int], bool]) -> ClubTests:
        """What may go on a club's name (`kg.nlp.orgclubs.ClubTests`)."""
        n = len(words)

        def town(k: int) -> bool:
            return k in places or not covered[k] and self.name_classes.get(words[k]) == "PLACE" \
                and self.is_name_word(words[k])

        def club_word(k: int) -> bool:
            # after a club's acronym or before its number any name word ("FC Schalke", "Schalke 04"),
            # elsewhere a name or a town ("Borussia Dortmund", not "Real Life")
            if town(k) or name_at(k):
                return True
            w = words[k]
            return not covered[k] and self.is_name_word(w) and self.title(w) is None \
                and not w.endswith(german.NOUN_SUFFIXES) and (k + 1 < n and words[k + 1][:1] == "0" or k > 0 and (
                    self.org_words.roles.get(words[k - 1]) == "club" and not words[k - 1][1:].islower()))
        return ClubTests(club_word, town, lambda k: self._town_adjective(words[k]), lambda k: self.is_first_name(words[k]))

    def _form_adjective(self, words: list[str], k: int) -> bool:
        """'Freie', 'Brasilianische'; a town's adjective before a name's noun: 'Frankfurter Rundschau', also past
        a name adjective (`org-town-adjective-past-adjective`: 'Lindauer Neue Post')."""
        if self.org_words.adjective(words[k]):
            return True
        if k + 1 >= len(words) or not self._town_adjective(words[k]):
            return False
        if self._town_org(words[k + 1]):
            return True
        if k + 2 < len(words) and self.org_words.adjective(words[k + 1]) and self._town_org(words[k + 2]):
            fired(TOWN_PAST_ADJECTIVE)
            return True
        return False

    def _town_org(self, noun: str) -> bool:
        """'Rundschau', 'Sparkasse', 'Abendblatt', 'Landgericht': a noun that a town's adjective makes a name of (a
        name's head, a compound of a paper or a company, an institution's compound named with its seat:
        „das Frankfurter Landgericht“), not an organ („die Berliner Polizei“)."""
        return self.org_words.roles.get(noun) == "head" or self.org_heads.kind(noun) in ("media", "company") \
            or self._seated(noun)

    def _town_adjective(self, word: str) -> bool:
        """'Hamburger', 'Karlsruher', 'Wiener': a town's adjective, capitalised, in „-er“."""
        if not word.endswith(german.ER_SUFFIX) or not word[:1].isupper() or len(word) < 5:
            return False
        for stem in (word[:-2], word[:-1], word[:-2] + "en", word[:-3] + "en"):   # Dresdner, Münchner
            entry = self.phrases.get((stem,))
            if self.name_classes.get(stem) == "PLACE" or entry is not None and entry.label in ("PLACE", "CAPITAL"):
                return True
        return False

    def _first_name_adjective(self, words: list[str], k: int, state_adjective: bool) -> bool:
        """First in a sentence, an adjective is a name's only before a noun that heads names:
        'Freie Universität meldet', not 'Russische Truppen'."""
        return k + 1 < len(words) and self.org_words.roles.get(words[k + 1]) == "head" and (
            state_adjective or self.org_words.adjective(words[k]))

    def _org_compound(self, word: str) -> bool:
        """'Gewerkschaftsbund', 'Bundesamtes', 'Opferschutzkommission': a compound of an organisation's noun, in the
        singular ('Behörden', 'Unternehmen', 'Kommissionen' are many)."""
        return (not word.endswith("n") or word.endswith(german.SINGULAR_N_SUFFIX)) and self.org_heads.kind(word) is not None

    def _seated(self, word: str) -> bool:
        """'Landgericht', 'Staatsoper', 'Stadtwerke': a compound of an institution's noun (kind
        "seat" in `org_heads.tsv`), not the bare noun („die Oper Wien“ is left to the head rule)."""
        return self.org_heads.kind(word) == "seat" and word.lower() not in self.org_heads.heads

    def _federal(self, word: str) -> bool | None:
        """'Bundeskriminalamt': True, a field between „Bundes“ (role "federal" in `org_name_words.tsv`)
        and the noun of an authority (`federal_heads.tsv`); 'Bundesamtes': False, the noun alone; None
        for others: a title ('Bundesrat' as a person). A court with its field is one too ('Bundesverfassungsgericht');
        'Bundesgericht' alone is named with its seat."""
        prefix = next((p for p in self.org_words.federal_prefixes if word.startswith(p)), None)
        if prefix is None or self.title(word) is not None:
            return None
        rest = word[len(prefix):].lower()
        for stem in (rest, *german.genitive_stems(rest)):
            head = next((h for h in _FEDERAL_HEADS if stem.endswith(h)), None)
            if head is not None:
                return len(stem) > len(head)
        return None

    def _org_noun(self, noun: str) -> bool:
        """'Institut', 'Stiftungs', 'Liga': a noun that heads organisations' names (not one that
        describes them, as 'Hersteller' does), also in the genitive; 'Nachrichten' are also messages."""
        return noun not in _COMMON_PLURAL_HEADS and any(self.org_words.roles.get(n) in ("head", "organ")
                                                        for n in (noun, *german.genitive_stems(noun)))

    def _name_noun(self, noun: str) -> bool:
        """'Stiftung', 'Instituts': a noun that heads a name (role head), also in the genitive."""
        return any(self.org_words.roles.get(n) == "head" for n in (noun, *german.genitive_stems(noun)))

    def _compound_first(self, word: str) -> bool:
        """'Max', 'Bertelsmann': a compound's first part that is a name, no English word ('Online')."""
        return self.is_first_name(word) or self._unknown_memo[word] or self.name_classes.get(word) in ("FIRST", "SURNAME")

    def _name_adjective(self, word: str) -> bool:
        """'Palästinensischen', 'Deutschen', 'Münchner': a capitalised adjective, as names use them."""
        return word[:1].isupper() and (self.org_words.adjective(word) or self.adjective_state(word) is not None
                                       or self._town_adjective(word))
