"""References resolved across an article's sentences: „er“/„sie“, a bare title („der Außenminister“), a
title phrase („der russische Präsident“), „Dieser“, „beide Seiten“ and an armed group's epithet, each to the actors
the article named before; fed sentence by sentence in text order (`roles.read_sentences`).

>>> _inflects("präsident", "präsidentin")
True
"""
from __future__ import annotations

import bisect
from collections import Counter

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.datelines import Dateline
from kg.extract.lexicon import seat_title
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired
from kg.extract.title_gender import feminine_role, masculine_role
from kg.extract.words import Word


EPITHET_ARTICLE = declare("reference-epithet-article", "reference", "„die Rebellen“ with no armed group in the "
                          "last three sentences: the one armed group the article has named so far")


PRONOUN_GENDER = declare("reference-pronoun-gender", "reference", "„er“ stands for no official whose title is "
                         "feminine: „Die Bürgermeisterin half dem Minister, weil er sich nicht einigte“ → not her")


SHE_GENDER = declare("reference-she-gender", "reference", "„sie“ stands for no official whose title is a man's, "
                     "one a woman's title differs from („Minister“, not „Premier“ nor „Vorsitzender“): „Minister Arno "
                     "Pelzig reiste ab. Sie kritisierte die Kammer“ → not Pelzig")


SHE_NAMED_LAST = declare("reference-she-named-last", "reference", "„Sie“ opening a sentence before a singular "
                         "verb, where no subject of the last two sentences is its antecedent, is the official with a "
                         "feminine title the sentence before named last, if it named no private person: „Mit einer "
                         "Einigung rechnet auch Stadträtin Vera Lindqvist. Sie kritisiert die Kammer“ → Lindqvist")


PAIR_ARTICLE = declare("reference-pair-article", "reference", "„beide Seiten“, „beide Länder“ with no pair in the "
                       "last two sentences: the one pair the article has named so far, as coordinated subjects or "
                       "after „zwischen“: „Der Konflikt zwischen Armenien und Aserbaidschan … Beide Seiten …“")


PARTY_TITLE = declare("reference-party-title", "reference", "a party's title compound after „der“/„die“ with no "
                      "name after it („der ÖVP-Chef“, „die SPÖ-Ministerin“) is the one official of that party named "
                      "before it in its sentence, else in the sentence before: „Vizekanzler Max Muster (ÖVP) sprach in "
                      "Wien. Der ÖVP-Chef kritisierte die SPÖ“ (Max Muster, not the ÖVP)")


MINISTRY = declare("reference-ministry", "reference", "„das Ministerium“ named bare (no name, genitive or „für …“ "
                   "after it) is the one ministry the article has named before it: „Das Innenministerium plant eine "
                   "Reform. Kritik daran wies das Ministerium zurück“ → Innenministerium; none where the article has "
                   "named two ministries or none")


# the base forms of "Ministerium" (`ministry_forms.tsv`): a ministry's name ends with one
MINISTRY_LEMMAS = tuple(frozenset(lemma for _, lemma in resources.commented_rows("ministry_forms.tsv")))


CAPITAL_DATELINE = declare("reference-capital-dateline", "reference", "an article filed from a state's capital is "
                           "about that state until it names another one more: a bare state institution is that "
                           "state's even where the article never names the state: „Riga – Die Regierung verurteilte "
                           "den Anschlag auf den Bahnhof“ → Lettland")

class Resolver:
    """Resolves "er"/"sie" and titles ("der Außenminister") to recent actors across sentences.

    Fed the subjects the stages find, sentence by sentence, in text order.
    """

    def __init__(self, reading: EntityReading, dateline: Dateline | None = None) -> None:
        self._reading = reading
        self._dateline = dateline                         # the article's dateline (`datelines.read_dateline`)
        self._subjects: list[tuple[int, Actor]] = []     # (sentence index, actor)
        self._officials: list[tuple[int, str]] = []      # (sentence index, key) of every Official seen
        # sentences arrive in order, so the indices are sorted: a window is found by bisection,
        # not by rescanning every official for each title or pronoun
        self._official_at: list[int] = []
        self._second_key_at: int | None = None            # sentence of the first official other than the first
        self._last_person = -1                            # sentence that last named a non-official person
        self._roles = {e.key: (e.role or "").lower() for e in reading.entities if e.type == "Official"}
        self._party_keys = frozenset(e.key for e in reading.entities if e.kind == "party")
        self._members: dict[str, set[str]] = {}          # official → the parties the reading gives him
        for e in reading.entities:
            if e.type == "Official":
                self._members[e.key] = set(e.affiliations) & self._party_keys
        for r in reading.relations:
            if r.relation == "memberOf" and r.object in self._party_keys and r.subject in self._members:
                self._members[r.subject].add(r.object)
        self._armed = {e.key for e in reading.entities if e.kind == "armed"}
        self._ministry_keys = frozenset(e.key for e in reading.entities if e.type == "Organization"
                                        and e.name.lower().endswith(MINISTRY_LEMMAS))
        self._ministries: set[str] = set()               # the ministries named so far
        self._groups: list[tuple[int, Actor]] = []        # (sentence index, actor) of armed groups seen
        self._pairs: list[tuple[int, tuple[Actor, Actor]]] = []     # coordinated pairs of subjects
        self._last_actor: tuple[int, Actor] | None = None  # the last actor of the last sentence
        self._between: list[tuple[Actor, Actor]] = []     # pairs named after „zwischen“ so far
        self._states: Counter[str] = Counter()            # how often each state was named so far
        self._organs: set[tuple[int, int]] = set()        # (sentence, word) of bare institutions read as states

    def saw(self, sentence: Sentence) -> None:
        """Record a sentence's actors (call after reading it)."""
        for actor in sentence.actors:
            if actor.type == "Official":
                if self._second_key_at is None and self._officials and self._officials[0][1] != actor.key:
                    self._second_key_at = sentence.index
                self._officials.append((sentence.index, actor.key))
                self._official_at.append(sentence.index)
        if sentence.persons:
            self._last_person = sentence.index
        self._ministries.update(a.key for a in sentence.actors if a.key in self._ministry_keys)
        self._states.update(a.key for a in (*sentence.actors, *sentence.owners) if a.type == "State" and not a.resolved)
        self._groups += [(sentence.index, a) for a in sentence.actors if a.key in self._armed]
        if sentence.actors:
            self._last_actor = (sentence.index, sentence.actors[-1])
        between = [a for a in sentence.actors if a.prep in german.BETWEEN_PREPOSITIONS]
        if len(between) >= 2 and between[1].first - between[0].last <= 4 and between[0].key != between[1].key:
            self._between.append((between[0], between[1]))      # „der Konflikt zwischen X und Y“

    def home_state(self, sentence: Sentence) -> str | None:
        """The state the article is about up to `sentence` (itself included): the one it has named, or the one
        it has named at least twice as often as any other, where the article's dateline (up to `sentence`) is in
        that state; a dateline at its capital counts as one naming (`reference-capital-dateline`)."""
        # „Wien – … Syrien … Syrien … die Regierung“: Austria's, not the state the story is about; and without a
        # dateline in that state the institution may be a town's or a region's („Lustenau – … die Staatsanwaltschaft“)
        if self._dateline is None or self._dateline.sentence > sentence.index:
            return None
        home = self._dateline.state
        here = [a.key for a in (*sentence.actors, *sentence.owners) if a.type == "State" and not a.resolved]
        named = self._states[home] + here.count(home)
        count = named + self._dateline.at_capital      # „Riga – Die Regierung …“: filed from the capital
        if not count:
            return None
        rival = max((self._states[k] + here.count(k) for k in {*self._states, *here} if k != home), default=0)
        if count < 2 * rival:
            return None
        if named < 2 * rival or not named:
            fired(CAPITAL_DATELINE)     # the capital made the difference
        return home

    def pair(self, sentence_index: int, pair: tuple[Actor, Actor]) -> None:
        """Record two coordinated subjects ("Russland und die Ukraine verhandelten …")."""
        self._pairs.append((sentence_index, pair))

    def paired(self, sentence_index: int, noun: str = "") -> tuple[Actor, Actor] | None:
        """The one pair of coordinated subjects of the last two sentences: „beide Seiten“; where there is
        none and a noun names the sides („Seiten“, „Länder“), the one pair the article has named so far, as
        coordinated subjects or after „zwischen“ (`reference-pair-article`)."""
        recent = {tuple(a.key for a in p): p for index, p in self._pairs if sentence_index - 2 <= index < sentence_index}
        if recent or noun not in german.PAIR_SIDE_NOUNS | german.PAIR_STATE_NOUNS:
            return next(iter(recent.values())) if len(recent) == 1 else None
        seen = {frozenset(a.key for a in p): p for p in [p for index, p in self._pairs if index < sentence_index]
                + self._between}
        if len(seen) != 1:
            return None
        pair = next(iter(seen.values()))
        if noun in german.PAIR_STATE_NOUNS and any(a.type != "State" for a in pair):
            return None
        fired(PAIR_ARTICLE)
        return pair

    def demonstrative(self, sentence_index: int) -> Actor | None:
        """ „Dieser“ opening a sentence: the last actor of the sentence before, an Official."""
        if self._last_actor is None or self._last_actor[0] != sentence_index - 1:
            return None
        actor = self._last_actor[1]
        return actor if actor.type == "Official" else None

    def country_of(self, actor: Actor | None, at: int) -> Actor | None:
        """The state an official acts for, as an actor at word `at` („sein Land“)."""
        states = self._reading.states_of(actor.key) if actor is not None and actor.type == "Official" else []
        return Actor(states[0], "State", at, at + 1, None, resolved=True) if states else None

    def country(self, sentence_index: int, at: int) -> Actor | None:
        """ „Das Land“: the state that is the latest subject of the last two sentences, where the latest subject
        is a state."""
        for index, actor in reversed(self._subjects):
            if index < sentence_index - 2:
                break
            if index < sentence_index:
                return Actor.referred(actor.key, "State", at) if actor.type == "State" else None
        return None

    def ministry(self, sentence: Sentence, at: int) -> Actor | None:
        """ „Das Ministerium“ at word `at`: the one ministry named before it, in the sentences before or earlier in
        its own (`reference-ministry`)."""
        named = self._ministries | {a.key for a in sentence.actors if a.key in self._ministry_keys and a.last < at}
        if len(named) != 1:
            return None
        fired(MINISTRY)
        return Actor.referred(next(iter(named)), "Organization", at)

    def armed_group(self, sentence_index: int) -> Actor | None:
        """ „die Dschihadisten“: the one armed group of the last three sentences, else the article's only one
        so far (`reference-epithet-article`)."""
        keys = {a.key: a for index, a in self._groups if sentence_index - 3 <= index < sentence_index}
        if not keys:
            keys = {a.key: a for index, a in self._groups if index < sentence_index}
            if len(keys) == 1:
                fired(EPITHET_ARTICLE)
        return next(iter(keys.values())) if len(keys) == 1 else None

    def subject(self, sentence_index: int, actor: Actor) -> None:
        if (sentence_index, actor.first) in self._organs:
            return          # „Die Polizei rät Bürgerwehren ab. Sie wollen …“: „sie“ is seldom the institution
        self._subjects.append((sentence_index, actor))

    def organ(self, sentence_index: int, at: int) -> None:
        """Note a bare institution read as the home state (`home_state`) at word `at`."""
        self._organs.add((sentence_index, at))

    def pronoun(self, sentence_index: int, word: Word, at: int) -> Actor | None:
        """The actor "er" or "sie" stands for.

        The latest subject of the last two sentences ("er": an Official), else
        for "er" the latest Official mentioned in the last three.
        """
        for index, actor in reversed(self._subjects):
            if index < sentence_index - 2:
                break
            if index == sentence_index:
                continue
            if word.lower in german.MASCULINE_PRONOUNS and (actor.type != "Official" or self._woman(actor.key)):
                continue
            if word.lower not in german.MASCULINE_PRONOUNS and self._man(actor):
                continue
            return Actor.referred(actor.key, actor.type, at)
        if word.lower in german.MASCULINE_PRONOUNS:
            for index, key in reversed(self._officials):
                if index < sentence_index - 3 or index < self._last_person:
                    break       # a private person named since may be "er"
                if index < sentence_index and not self._woman(key):
                    return Actor.referred(key, "Official", at)
            if self._only_official(sentence_index) and self._last_person < self._official_at[-1] \
                    and not self._woman(self._officials[0][1]):
                # the article's only official so far
                return Actor.referred(self._officials[0][1], "Official", at)
        return None

    def woman_named_last(self, sentence_index: int, at: int) -> Actor | None:
        """The official with a feminine title („Stadträtin“) the sentence before named as its last actor, where it
        named no private person (`reference-she-named-last`): the latest subject was no one, so the one woman just
        named is „sie“."""
        if self._last_actor is None or self._last_person >= sentence_index - 1:
            return None
        index, actor = self._last_actor
        if index != sentence_index - 1 or actor.type != "Official" or not self.feminine(actor.key):
            return None
        fired(SHE_NAMED_LAST)
        return Actor.referred(actor.key, "Official", at)

    def officials_before(self, sentence_index: int) -> list[str]:
        """Keys of the officials of the sentence before `sentence_index`, in text order, none a private person's
        sentence (then „ihn“ may be that person)."""
        if self._last_person >= sentence_index - 1:
            return []
        return self._officials_in(sentence_index - 1, sentence_index)

    def _woman(self, key: str) -> bool:
        """The official holds a feminine title, so „er“ is someone else (`reference-pronoun-gender`)."""
        if self.feminine(key):
            fired(PRONOUN_GENDER)
            return True
        return False

    def _man(self, actor: Actor) -> bool:
        """The official holds a man's title („Finanzminister“), so „sie“ is someone else (`reference-she-gender`)."""
        if actor.type == "Official" and masculine_role(self._roles.get(actor.key, "")):
            fired(SHE_GENDER)
            return True
        return False

    def feminine(self, key: str) -> bool:
        """The official's role is a feminine title („Kanzlerin“, „Vorsitzende“): no „ihn“ or „ihm“."""
        return feminine_role(self._roles.get(key, ""))

    def _only_official(self, sentence_index: int) -> bool:
        """Whether the officials of the sentences before `sentence_index` are one and the same."""
        seen = bool(self._official_at) and self._official_at[0] < sentence_index
        return seen and (self._second_key_at is None or self._second_key_at >= sentence_index)

    def _recent_officials(self, sentence_index: int) -> list[str]:
        """Keys of the officials of the five sentences before `sentence_index`, latest first."""
        return self._officials_in(sentence_index - 5, sentence_index)[::-1]

    def _officials_in(self, first: int, end: int) -> list[str]:
        """Keys of the officials of the sentences `first` up to `end` (excluded), in text order."""
        lo = bisect.bisect_left(self._official_at, first)
        hi = bisect.bisect_left(self._official_at, end)
        return [self._officials[k][1] for k in range(lo, hi)]

    def is_party(self, key: str) -> bool:
        """The organisation is a party."""
        return key in self._party_keys

    def party_official(self, sentence: Sentence, party: str, at: int) -> Actor | None:
        """The one official of `party` named before word `at` of the sentence, or (where it names none before it)
        in the sentence before (`reference-party-title`)."""
        keys = [a.key for a in sentence.actors if a.type == "Official" and a.last < at] \
            or self._officials_in(sentence.index - 1, sentence.index)
        found = {k for k in keys if party in self._members.get(k, ())}
        if len(found) != 1:
            return None
        fired(PARTY_TITLE)
        return Actor.referred(found.pop(), "Official", at)

    def title(self, sentence_index: int, word: Word, at: int) -> Actor | None:
        """The official a bare title refers to: "der UNO-Generalsekretär" → the last Official so titled; in the
        headline, before any official is named, the article's one official so titled (`reference-headline-title`)."""
        lower = word.lower
        recent = self._recent_officials(sentence_index)
        if not recent:
            return self._headline_title(sentence_index, lower, at)
        roles = [(key, self._roles.get(key, "")) for key in dict.fromkeys(recent)]
        # the exact title first ("Ministerpräsident" is not "Präsident"), then compounds ("UNO-Generalsekretär")
        for test in (lambda r: r == lower, lambda r: lower.endswith("-" + r) or r.endswith(lower) and len(lower) >= 6):
            for key, role in roles:
                if len(role) >= 4 and test(role):
                    return Actor.referred(key, "Official", at)
        return None

    def _headline_title(self, sentence_index: int, lower: str, at: int) -> Actor | None:
        """The article's one official whose title is `lower`, where the sentence stands before the dateline."""
        if self._dateline is None or sentence_index >= self._dateline.sentence or len(lower) < _HEADLINE_TITLE_MIN:
            return None
        found = [key for key, role in self._roles.items() if role == lower]
        if len(found) != 1:
            return None
        fired(HEADLINE_TITLE)
        return Actor.referred(found[0], "Official", at)

    def head_of_body(self, sentence_index: int, word: Word, article: str, at: int) -> Actor | None:
        """The one official of the last three sentences whose title names the same post as the bare title `word`
        after `article`, of its gender (`reference-title-head-of-body`): „die Chefin“ → the „Kassenpräsidentin“."""
        head = word.lower.rpartition("-")[2]
        feminine = article in german.FEMININE_NOMINATIVE_ARTICLES
        titles = _HEAD_TITLES["f" if feminine else "m"]
        if not (head in titles or head + "r" in titles) or any(n in word.lower for n in _NOT_HEAD):
            return None     # „der Vorsitzende“: the weak form of „Vorsitzender“
        found = {key for key in self._officials_in(sentence_index - 3, sentence_index)
                 if _heads_body(self._roles.get(key, ""), feminine)}
        if len(found) != 1:
            return None
        fired(HEAD_OF_BODY)
        return Actor.referred(found.pop(), "Official", at)

    def title_phrase(self, sentence_index: int, word: Word, state: str | None, at: int) -> Actor | None:
        """The one official named so far whose title is `word` (a seat compound: its office and state,
        „der Kremlchef“) and, where a state adjective stands before it, of that state
        (`reference-title-phrase`): „der russische Präsident“ → the article's Russian president."""
        role, iso = word.lower, None
        seat = seat_title(word.lower)
        if seat is not None:
            role, iso = seat
        keys = [key for key in dict.fromkeys(k for _, k in self._officials) if self._in_state(key, state, iso)]
        found = [key for key in keys if _inflects(self._roles.get(key, ""), role)]
        if not found:
            found = [key for key in keys if _inflects(_national_head(self._roles.get(key, "")), role)]
            if len(found) == 1:
                fired(TITLE_NATIONAL_PREFIX)
        if len(found) != 1:
            return None
        fired(TITLE_PHRASE)
        return Actor.referred(found[0], "Official", at)

    def _in_state(self, key: str, state: str | None, iso: str | None) -> bool:
        """Whether the official acts for the state (by key or ISO code), where one is given."""
        states = self._reading.states_of(key)
        if state is not None and state not in states:
            return False
        if iso is not None:
            codes = {s.code for s in (self._reading.entity(a) for a in states) if s is not None}
            return iso in codes
        return True


_HEAD_TITLES = {kind: resources.kind_words("head_of_body_titles.tsv", kind) for kind in ("m", "f")}
_NOT_HEAD = tuple(resources.kind_words("head_of_body_titles.tsv", "exception"))
_GENDERLESS = tuple(resources.kind_words("head_of_body_titles.tsv", "both"))


HEADLINE_TITLE = declare("reference-headline-title", "reference", "a bare title after „der“/„dem“ in the headline, "
                         "before the dateline and before any official is named, is the article's one official of that "
                         "exact title, named after it: „Die Grünen werfen dem Finanzminister Sturheit vor. Wien – "
                         "Finanzminister Karl Brenner …“ → Brenner; not where two officials hold it, nor "
                         "after the dateline (the last official so titled, `title`)")
_HEADLINE_TITLE_MIN = 4     # letters of a title the headline may name bare: not „Chef“ alone


def _heads_body(role: str, feminine: bool) -> bool:
    """Whether the title (or its compound head) is a head of a body's title of that gender, no deputy's or state's:
    „kassenchefin“, „verbands-präsident“; not „vizepräsident“. The ending decides the gender: „vorsitzende“ is
    no „vorsitzender“, „chefin“ no „chef“."""
    return role.endswith(tuple(_HEAD_TITLES["f" if feminine else "m"])) and not role.endswith(_GENDERLESS) \
        and not any(n in role for n in _NOT_HEAD)


HEAD_OF_BODY = declare("reference-title-head-of-body", "reference", "a bare title of a body's head after „der“/„die“ "
                       "(„die Chefin“, „der Vorsitzende“) is the one official of the last three sentences whose title "
                       "names the same post in other words, of the same gender: „Verbandspräsidentin Ulrike Fehrbach "
                       "mahnte Reformen an. Die Chefin forderte mehr Geld“ → Fehrbach")


def _inflects(role: str, word: str) -> bool:
    """Whether `word` is the title `role` or a case or feminine form of it („Präsidenten“, „Präsidentin“).

    >>> _inflects("präsident", "präsidenten"), _inflects("präsident", "ministerpräsident")
    (True, False)
    """
    return bool(role) and word.startswith(role) and word[len(role):] in _TITLE_ENDINGS


_TITLE_ENDINGS = frozenset(("", german.FEMININE_ENDING) + german.NOUN_ENDINGS)

def _national_head(role: str) -> str:
    """A title without the prefix that names its nation's level („bundeskanzlerin“ → „kanzlerin“, „us-präsident“
    → „präsident“), else ""."""
    if "-" in role:
        prefix, head = role.rsplit("-", 1)
        return head if prefix.isalpha() and len(prefix) <= 3 else ""
    prefix = next((p for p in german.NATIONAL_TITLE_PREFIXES if role.startswith(p)), "")
    return role[len(prefix):] if prefix else ""


TITLE_NATIONAL_PREFIX = declare("reference-title-national-prefix", "reference", "a title phrase with a state "
                                "adjective refers to the official whose title is the same with its nation's prefix: "
                                "„Bundeskanzlerin Eva Muster … die deutsche Kanzlerin“, „US-Präsident Max Muster … "
                                "der amerikanische Präsident“; not „Ministerpräsident Max Muster … der israelische "
                                "Präsident“")


TITLE_PHRASE = declare("reference-title-phrase", "reference", "a definite title phrase with no name after it — "
                       "state adjectives and a title, or a seat compound („der Kremlchef“) — is the one official "
                       "named so far with that title (of that state): „Der russische Präsident Putin … Am Dienstag "
                       "kritisierte der russische Präsident Kanzlerin Merkel“ → Putin, Merkel the object")
