"""Listed phrases, longest first, and the hits inside one word no phrase covers: a state's adjective
in any ending („die ukrainischen Truppen“), a ministry by its compound („Landwirtschaftsministeriums“),
a compass region („Ostsyrien“), a territory („Britisch-Kolumbien“), a title, also as a compound's
head („Oberbürgermeister“); mixed into `kg.nlp.gazetteer.Gazetteer` as `WordHits`.

>>> _ministry("Landwirtschaftsministeriums")
'Landwirtschaftsministerium'
"""
from __future__ import annotations

from itertools import compress
from operator import not_

from kg import german, resources
from kg.nlp.gazetteer_tables import STAGE, TitleForm
from kg.nlp.hits import Hit, token_hit
from kg.nlp.memo import MAX_ENTRIES
from kg.rules import declare, fired


# the rules of this module, in the order `Gazetteer.match` tries them
LISTED_NAME = declare("listed-name", STAGE, "a name a list holds (state, capital, organisation, place, "
                      "government body, known person), declined too, longest phrase first: „des Weißen Hauses“")


NOT_AN_ENTITY = declare("not-an-entity", STAGE, "guard: a phrase of not_entities.tsv covers its words and "
                        "yields nothing, though they hold a name: „die Deutsche Bank“ names no state")


STATE_ADJECTIVE = declare("state-adjective", STAGE, "a state's adjective in any ending: „die ukrainischen "
                          "Truppen“ → UA")


LANGUAGE_NOT_STATE = declare("language-not-state", STAGE, "guard: a capitalised bare adjective stem is a "
                             "language, no state: „auf Russisch“")


MINISTRY_COMPOUND = declare("ministry-compound", STAGE, "any compound ending in -ministerium is a government "
                            "body: „des Landwirtschaftsministeriums“")


COMPASS_REGION = declare("compass-region", STAGE, "a compass word joined to a listed state or place is a "
                         "region: „in Ostsyrien“, „Nordostbrasiliens“")


TERRITORY_NAME = declare("territory-name", STAGE, "a state's bare adjective, capitalised, a hyphen and a name "
                         "name a territory, a place, not the state the name would be alone: „in Britisch-Kolumbien“, "
                         "„Französisch-Guayana“, „Amerikanisch-Samoa“; not „der Deutsch-Unterricht“")


TITLE_WORD = declare("title-word", STAGE, "a listed title in any form: „die Präsidentin“, „des Abgeordneten“")


TITLE_COMPOUND = declare("title-compound", STAGE, "a compound whose head is a title is one: "
                         "„Oberbürgermeister“, „Vizeaußenminister“")


NAME_AFTER_NUMERAL = declare("listed-name-after-numeral", STAGE, "guard: a listed person's one-word name right "
                              "after a numeral is a unit, no person: „die Dividende sinkt auf 8,4 Pence je Aktie“; "
                              "not „sagte Pence am Montag“")


def _numeral(word: str) -> bool:
    """„12,6“, „1.000“, „5“: digits with decimal or thousands marks."""
    return word[:1].isdigit() and word.replace(",", "").replace(".", "").isdigit()


COLLEAGUE_COMPOUND = declare("title-colleague-compound", STAGE, "guard: a compound of „Kollege“ the title list "
                              "does not hold names a colleague in a team, club, firm or cast, a person but no official: „sein "
                              "Teamkollege Max Muster“, „ihr Vorstandskollege“, „der Enterprise-Kollege“; not „sein "
                              "Amtskollege“, „ihr Parteikollege“ (listed), „der SPÖ-Kollege“ (a party before the hyphen)")


TITLE_FORMER = declare("title-former-prefix", STAGE, "a title after the prefix „Ex“ in one word is a former "
                       "holder's title: „der tschechische Expräsident Max Muster“, „Expremier Max Muster“; not "
                       "„Experte Max Muster“")


BODY_TALKS_COMPOUND = declare("body-talks-compound", STAGE, "a listed organisation's name written closed with "
                              "a noun of talks (a meeting, summit, sitting, conference) names that organisation: „bei "
                              "der Eurogruppensitzung“, „beim Natogipfel“; not a word no list's organisation "
                              "opens („die Vorstandssitzung“), not a noun of no talks („die Landtagssitzung“)")


COLLEAGUE = "colleague"        # a title's official mark: the holder is a counterpart of the person before
PRIVATE = "no"                 # a title's official mark: the holder is a Person („Experte“)


_MINISTRY_FORMS = resources.commented_rows("ministry_forms.tsv")
# the talks nouns a compound may end in (`talks_lexicon.tsv`, matched as suffixes), and those that name no talks
_TALKS_ROWS = [row for row in resources.commented_rows("talks_lexicon.tsv") if row[1] == "suffix"]
_NO_TALKS_KIND, _CALL_KIND = "none", "PhoneCall"
_TALKS_HEADS = tuple(row[0] for row in _TALKS_ROWS if row[2] not in (_NO_TALKS_KIND, _CALL_KIND))
_NO_TALKS_HEADS = tuple(row[0] for row in _TALKS_ROWS if row[2] == _NO_TALKS_KIND)
# the links between a name and the noun after it: none, genitive „-s“, the weak „-n“ („Eurogruppe-n-sitzung“)
_NAME_LINKS = (*german.COMPOUND_LINKS, german.DATIVE_PLURAL_LINK)


def _ministry(word: str) -> str | None:
    """Any ministry by the compound's head: 'Landwirtschaftsministeriums' → 'Landwirtschaftsministerium'."""
    if not word[:1].isupper() or len(word) < 12:
        return None
    for end, lemma in _MINISTRY_FORMS:
        if word.endswith(end):
            return word[: len(word) - len(end)] + lemma
    return None


class WordHits:
    """Mixed into `Gazetteer`: listed phrases, and the hits inside one word that no phrase covers."""

    def adjective_state(self, word: str) -> str | None:
        """ISO code of a state adjective in any ending: 'ukrainischen' → 'UA' (one lookup: no memo)."""
        return self.adjective_forms.get(word.casefold())

    def _adjective_stem(self, low: str) -> str | None:
        """The state of the first ending whose stem is a state's adjective: the value of each of
        `adjective_forms` (only a stem and an ending can make one)."""
        for end in (*german.ADJECTIVE_ENDINGS, ""):
            if end and not low.endswith(end):
                continue
            stem = low[: len(low) - len(end)] if end else low
            if stem in self.adjectives:
                return self.adjectives[stem]
        return None

    def title(self, word: str) -> TitleForm | None:
        """A title, also inside a compound ('Oberbürgermeister' → role 'Oberbürgermeister')."""
        return self._title_memo[word]

    def _title(self, word: str) -> TitleForm | None:
        tf = self.titles.get(word)
        if tf is not None:
            return tf
        if not word[:1].isupper() or "-" in word or len(word) < 7 or word[-4:] not in self.title_tails:
            return None
        # look up each tail of the word (longest first) instead of testing every title; after „Ex“ the tail may
        # be the whole title („Expräsident“)
        shortest = len(german.FORMER_PREFIX) if word[:len(german.FORMER_PREFIX)].lower() == german.FORMER_PREFIX else 3
        for k in range(max(shortest, len(word) - self.longest_title_suffix), len(word) - 3):
            base = self.title_suffixes.get(word[k:])
            if base is not None:
                official = base.official
                if official == COLLEAGUE:
                    fired(COLLEAGUE_COMPOUND)       # a person's noun, as „Experte“: it names, it makes no official
                    official = PRIVATE
                return TitleForm(word[:k] + base.role[:1].lower() + base.role[1:], official)
        return None

    def _listed(self, text: str, words: list[str], idx: list[int], covered: list[bool]) -> list[Hit]:
        """Listed phrases (longest first) and the hits inside single words; marks what they cover."""
        hits: list[Hit] = []
        inert = self._inert
        after = 0       # the word after the last phrase: the words it covers start nothing
        # the common case, skipped in C: a word known to start nothing and yield nothing
        for i in compress(range(len(words)), map(not_, map(inert.__contains__, words))):
            if i < after:
                continue
            length = self._phrase_at(text, words, idx, i, hits)
            if length:
                for k in range(i, i + length):
                    covered[k] = True
                after = i + length
                continue
            w = words[i]
            sub = self._word_cached(w, idx[i], i)
            if sub:
                hits.extend(sub)
                covered[i] = any(h.label != "TITLE" for h in sub)
            elif w not in self.first_words:
                if len(inert) > MAX_ENTRIES:
                    inert.clear()
                inert.add(w)
        return hits

    def _phrase_at(self, text: str, words: list[str], idx: list[int], i: int, hits: list[Hit]) -> int:
        """The length of the longest listed phrase at token i (0: none); its hit goes to `hits`
        unless the phrase is listed as no entity."""
        for length in range(min(self.first_words.get(words[i], 0), len(words) - i), 0, -1):
            entry = self.phrases.get(tuple(words[i:i + length]))
            if entry is not None:
                if entry.label == "PER" and length == 1 and i > 0 and _numeral(words[i - 1]):
                    fired(NAME_AFTER_NUMERAL)       # „auf 8,4 Pence je Aktie“: a unit
                elif entry.label != "NONE":
                    j = i + length
                    rule = entry.rule or LISTED_NAME
                    hits.append(token_hit(text, words, idx, i, j, entry.label, entry.key, entry.form, rule))
                    fired(rule)
                else:
                    fired(NOT_AN_ENTITY)
                return length
        return 0

    def _word_cached(self, w: str, start: int, i: int) -> list[Hit]:
        """`_word`, remembered per word: most words are seen many times and yield nothing."""
        found = self._word_memo[w]
        if not found:
            return []
        for *_, rule in found:
            fired(rule)
        return [Hit(start + a, start + b, label, key, text, i, i + 1, form, rule)
                for a, b, label, key, text, form, rule in found]

    def _word_hits(self, w: str) -> tuple:
        """`_word` at offset 0, as plain tuples to place at each occurrence."""
        return tuple((h.start, h.end, h.label, h.key, h.text, h.form, h.rule) for h in self._word(w, 0, 0))

    def _word(self, w: str, start: int, i: int) -> list[Hit]:
        """Hits inside one token that no phrase covered."""
        if "-" in w and not w.startswith("-") and not w.endswith("-"):
            if self._region(w):     # "Ost-Berlin": a compass part of a known place, hyphenated
                joined = self.phrases.get((w.replace("-", "", 1).capitalize(),))     # "Nord-Korea": a state
                if joined is not None and joined.label == "STATE":
                    return [Hit(start, start + len(w), "STATE", joined.key, w, i, i + 1, "name", COMPASS_REGION)]
                return [Hit(start, start + len(w), "PLACE", w, w, i, i + 1, "region", COMPASS_REGION)]
            if self._territory(w):
                return [Hit(start, start + len(w), "PLACE", w, w, i, i + 1, "name", TERRITORY_NAME)]
            return self._acronym_organ(w, start, i) or self._compound(w, start, i, whole_known=False)
        # a capitalised bare stem is a language: "auf Russisch", "Deutsch lernen"
        language = w[:1].isupper() and w.casefold() in self.adjectives
        if language:
            fired(LANGUAGE_NOT_STATE)
        iso = self.adjective_state(w) if w[:1].isalpha() and not language else None
        if iso is not None:
            return [Hit(start, start + len(w), "STATE", iso, w, i, i + 1, "adjective", STATE_ADJECTIVE)]
        body = _ministry(w)
        if body is not None:
            return [Hit(start, start + len(w), "BODY", body, w, i, i + 1, "name", MINISTRY_COMPOUND)]
        if self._region(w):
            return [Hit(start, start + len(w), "PLACE", w, w, i, i + 1, "region", COMPASS_REGION)]
        meeting = self._body_talks(w, start, i)
        if meeting:
            return meeting
        # a word not capitalised is a title only as listed (`_title`): no memo entry for the many that are none
        tf = self.title(w) if w[:1].isupper() else self.titles.get(w)
        if tf is not None:
            rule = TITLE_WORD if w in self.titles else TITLE_FORMER if self._former(w) else TITLE_COMPOUND
            return [Hit(start, start + len(w), "TITLE", tf.role, w, i, i + 1, tf.official, rule)]
        return []

    def _body_talks(self, w: str, start: int, i: int) -> list[Hit]:
        """The listed organisation that opens a closed compound of a talks noun (`BODY_TALKS_COMPOUND`)."""
        low = w.lower()
        if not w[:1].isupper() or not low.endswith(_TALKS_HEADS) or low.endswith(_NO_TALKS_HEADS):
            return []
        for head in (h for h in _TALKS_HEADS if low.endswith(h) and len(low) > len(h)):
            stem = w[:len(w) - len(head)]
            for link in _NAME_LINKS:
                name = stem[:len(stem) - len(link)] if link and stem.endswith(link) else stem if not link else ""
                entry = self.phrases.get((name,)) if name else None
                if entry is not None and entry.label == "ORG":
                    return [Hit(start, start + len(name), "ORG", entry.key, name, i, i + 1, "prefix",
                                BODY_TALKS_COMPOUND)]
        return []

    def _former(self, word: str) -> bool:
        """„Ex“ and a listed title in one word („Expräsident“), not a compound of more („Exbankchef“)."""
        rest = word[len(german.FORMER_PREFIX):]
        return word[:len(german.FORMER_PREFIX)].lower() == german.FORMER_PREFIX and rest[:1].islower() \
            and rest[:1].upper() + rest[1:] in self.titles

    def _territory(self, word: str) -> bool:
        """'Britisch-Kolumbien', 'Französisch-Guayana': a state's bare adjective, capitalised, and a name after
        the hyphen (no German noun: „Deutsch-Unterricht“ is a lesson) name a territory, not that state."""
        head, _, tail = word.partition("-")
        if not head[:1].isupper() or head.casefold() not in self.adjectives or "-" in tail:
            return False
        entry = self.phrases.get((tail,))
        # a listed name („Kolumbien“ is a noun of the lexicon too), not a demonym („die Deutsch-Türken“)
        listed = entry is not None and entry.label in ("STATE", "PLACE", "CAPITAL") and entry.form == "name"
        if not listed and (not tail[:1].isupper() or tail in self.common or self.compound_noun(tail)
                           or not self.is_name_word(tail)):
            return False
        fired(TERRITORY_NAME)
        return True

    def _region(self, word: str) -> bool:
        """A compass part of a known state or place: 'Ostsyrien', 'Nordostbrasiliens', 'Ost-Berlin'."""
        if not word.startswith(german.COMPASS_PREFIXES):
            return False        # most words: one test of all prefixes at once
        for prefix in german.COMPASS_PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                rest = word[len(prefix) + 1:] if word[len(prefix)] == "-" else word[len(prefix):]
                entry = self.phrases.get((rest[0].upper() + rest[1:],))
                return entry is not None and entry.label in ("STATE", "PLACE", "CAPITAL") \
                    and entry.form in ("name", "genitive")     # not "Ostdeutschen", people
        return False
