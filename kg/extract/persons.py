"""Persons: group name mentions into people, then freeze them as Officials or Persons.

Steps (see `entities.STEPS`): `group` gathers the PER hits and surname-only
mentions into `PersonDraft`s (`st.people`, `st.person_at`); after `titles` and
the party rules marked them, `leaders_under` marks heads of a government and
`finish` makes each person an Official or a Person entity, with affiliation,
party membership and adviser relations.

>>> _surnames("Bruno Le Maire"), _surnames("Olaf Scholz")
(['Le Maire'], ['Scholz'])
>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> reading = read("Max Muster reiste ab. Später sagte Muster, er sei zufrieden.")
>>> [(e.name, e.type) for e in reading.entities], [m.text for m in reading.mentions]
([('Max Muster', 'Person')], ['Max Muster', 'Muster'])
"""
from __future__ import annotations

import bisect
import re

from kg import german, resources
from kg.extract.mentions import Mention
from kg.extract.party_lookup import before_adjectives
from kg.extract.reading import Draft, PersonDraft, ReadingState
from kg.extract.rules import Stage, declare, fired
from kg.extract.states import main_state
from kg.facts import Relation, entity_key, slug
from kg.german import MASCULINE_ARTICLES, NAME_PARTICLES
from kg.nlp.gazetteer_words import LISTED_NAME
from kg.nlp.hits import Hit

SURNAME = declare("person-surname", "person", "a surname alone, or in the genitive, is the person named in "
                  "full before: „Olaf Scholz … sagte Scholz“, „Scholz' Rede“")
SURNAME_FOLDED = declare("person-surname-folded", "person", "a surname alone written without the diacritics "
                         "or the small letters of the full name before is that person: „Mehmet Şimşek … Simsek“, "
                         "„Recep Erdoğan … Erdogan“, „Ahmed al-Asir … Al-Asir“")
SURNAME_PARTICLE = declare("person-surname-particle", "person", "a surname that opens with a particle, written "
                           "alone, its particle small or capitalised at a sentence's start, is the person named in "
                           "full before or after: „Hanna van Dijk … sagte van Dijk“, „Thomas de Maizière … De "
                           "Maizière nannte das zentral“; not „von der Polizei“ beside „Anna von Brünnhild“")
SURNAME_FAMILY_FIRST = declare("person-surname-family-first", "person", "in a two-word name whose second word is "
                               "a hyphenated given name with a small letter after the hyphen, the Korean order, the "
                               "first word is the family name a later mention uses alone: „Ban Ki-moon … sagte Ban“, "
                               "„Kim Jong-un … Kim drohte“; not „Jens-Holger Kirchner … sagte Jens“")
PARTICLE_AFTER_NAME = declare("person-particle-after-name", "person", "guard: a surname with a particle after "
                              "another capitalised name word is another person's name of that surname, not the one "
                              "named before: „Vincent van Gogh … Theo van Gogh“; not „sagte van Gogh“")
FIRST_NAME = declare("person-first-name", "person", "a first name alone, or in the genitive, is the one person named "
                    "in full with it: „Jonas E. … mit seinem Cousin Jonas“, „Jonas' Cousin“, „Ai Weiwei … Ais Ausreise“")
NAME_VARIANT = declare("person-name-variant", "person", "a longer name with the same first and last word is "
                       "the person named before: „Sergej Netschajew … Sergej Jurjewitsch Netschajew“")
NAME_PART = declare("person-name-part", "person", "a name of several words that begins or ends one longer name "
                    "the text gave before is that person: „Maria Giulia Sergio … Maria Giulia“, „Hans Ulrich Obrist "
                    "… Ulrich Obrist“; not where two longer names fit („Jean-Marie Le Pen … Marine Le Pen … Le Pen“)")
GENITIVE_TWIN = declare("person-genitive-twin", "person", "a full name written once with a genitive -s on its "
                        "last word and once without is one person, named without it: „Heiner Müllers Stück … "
                        "Heiner Müller las“")
LEADER_UNDER = declare("person-leader-under", "person", "a person after a word of government and „unter“ "
                       "leads it, an official: „die Regierung unter Max Muster“")
OFFICIAL_AFFILIATION = Stage("official affiliation")

# a Korean given name after the family name: „Ki-moon“, „Jong-un“, „Geun-hye“ (not „Jens-Holger“)
_FAMILY_FIRST_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
# "Bruno Le Maire" → "Le Maire", "Ursula von der Leyen" → "von der Leyen"
_NAME_PARTICLES = NAME_PARTICLES | MASCULINE_ARTICLES


def _group_state(st: ReadingState, tok: int) -> str | None:
    """'vier Tschechen, darunter der Ex-Minister X': the group names the person's state."""
    words = st.words
    s = st.sent_of[tok]
    for b in range(tok - 1, max(0, tok - 20), -1):
        if st.sent_of[b] != s:
            return None
        if words[b] in german.AMONG_ADVERBS or (words[b] in german.AMONG_PREPOSITIONS and b + 1 < len(words)
                                                and words[b + 1] in german.DATIVE_PLURAL_PRONOUNS):
            return next((key for k in range(b - 1, max(-1, b - 3), -1)
                         if (key := st.state_at(k, "demonym")) is not None), None)
    return None


def leaders_under(st: ReadingState) -> None:
    """'die Regierung unter X', 'die Führung der Tschechoslowakei unter X': X leads a state."""
    words = st.words
    for tok, p in st.person_at.items():
        if tok < 2 or words[tok - 1] not in german.AMONG_PREPOSITIONS:
            continue
        s = st.sent_of[tok]
        # the government word, maybe with its state in the genitive between
        for b in range(tok - 2, max(-1, tok - 6), -1):
            if st.sent_of[b] != s or words[b] in german.AND_GLUE:
                break
            if words[b] in st.t.leader_words:
                fired(LEADER_UNDER)
                p.official = True
                p.rules.append(LEADER_UNDER)
                break


CHAMBER_MEMBER = declare("official-chamber-member", "person", "a chamber's name right before a person's name, alone "
                         "or after a party's hyphen, is that member's title (`member_chambers.tsv`): „Bundesrat Max "
                         "Muster störte sich daran“, „der Grüne-Nationalrat Max Muster“; not „der Bundesrat "
                         "beschloss, Max Muster …“")


def chamber_members(st: ReadingState) -> None:
    """'Bundesrat X', 'der Grüne-Nationalrat X': X a member of the chamber, an official with it as role."""
    chambers = resources.load_word_list("member_chambers.tsv")
    for tok, p in st.person_at.items():
        chamber = st.words[tok - 1].rsplit("-", 1)[-1] if tok else ""
        if p.official or chamber not in chambers:
            continue
        fired(CHAMBER_MEMBER)
        p.official = True
        p.role = chamber
        p.rules.append(CHAMBER_MEMBER)
        p.role_rules.append(CHAMBER_MEMBER)


# -- persons ------------------------------------------------------------------------
def group(st: ReadingState) -> None:
    """Group PER hits into persons (`st.people`, `st.person_at`): full names first, then single
    words and surnames."""
    people = st.people
    surnames: dict[str, PersonDraft] = {}
    singles = _full_names(st, [h for h in st.hits if h.label == "PER"], people, surnames)
    folded = _folded(surnames) if singles else {}
    for h in singles:
        word = h.text
        p = surnames.get(word) or (surnames.get(word[:-1]) if word.endswith("s") else None)
        if p is not None:
            fired(SURNAME)
        elif (p := folded.get(slug(word)) or (folded.get(slug(word[:-1])) if word.endswith("s") else None)) is not None:
            fired(SURNAME_FOLDED)
        elif (p := _first_name_of(people, word) or (_first_name_of(people, word[:-1]) if word.endswith("s") else None)) \
                is not None:
            fired(FIRST_NAME)
        else:
            p = people.get(word)
            if p is None:
                p = people[word] = PersonDraft(word, None, h.start)
                surnames.setdefault(word, p)
        st.person_at[h.tok] = p
        _person_mention(st, p, h)
    _unmarked_surnames(st, surnames)


def _folded(surnames: dict[str, PersonDraft], spaced: bool = False) -> dict[str, PersonDraft]:
    """The one-word surnames folded to ASCII („Şimşek“ → „simsek“), each only where one person has it; with
    `spaced` those of several words too („de Maizière“ → „de-maiziere“)."""
    out: dict[str, PersonDraft] = {}
    clash: set[str] = set()
    for name, p in surnames.items():
        key = slug(name)
        if (" " in name and not spaced) or key in clash:
            continue
        if key in out and out[key] is not p:
            clash.add(key)
            del out[key]
            continue
        out[key] = p
    return out


def _first_name_of(people: dict[str, PersonDraft], word: str) -> PersonDraft | None:
    """The one person of the text whose full name starts with this first name, if just one does:
    „Jonas E. … sein Cousin Jonas“."""
    found = [p for name, p in people.items() if " " in name and name.split(" ", 1)[0] == word]
    return found[0] if len(found) == 1 else None


def _full_names(st: ReadingState, per_hits: list[Hit], people: dict[str, PersonDraft],
                surnames: dict[str, PersonDraft]) -> list[Hit]:
    """Persons of the known and multi-word PER hits, their surnames noted; the single-word hits left."""
    singles: list[Hit] = []
    # (first word, last word) → the first full name so written: one lookup per new name
    by_ends: dict[tuple[str, str], str] = {}
    for q in people:
        if " " in q:
            by_ends.setdefault((q.split()[0], q.split()[-1]), q)
    for h in per_hits:
        known = st.t.people.get(h.key) if h.form == "known" else None
        if known is None and " " not in h.text:
            singles.append(h)
            continue
        # line breaks and double spaces inside a name are layout, not part of it
        name = known.name if known else " ".join(h.key.split())   # „Bernd Lichtbergs Buch“: its key has no -s
        if known is None and name not in people:
            name = _named_before(people, by_ends, name)
        p = people.get(name)
        if p is None:
            p = people[name] = PersonDraft(name, known, h.start)
            if " " in name:
                by_ends.setdefault((name.split()[0], name.split()[-1]), name)
        st.person_at[h.tok] = p
        _person_mention(st, p, h)
        for surname in _surnames(name):
            surnames.setdefault(surname, p)
        for a in known.aliases if known else ():
            if " " not in a:
                surnames.setdefault(a, p)
    return singles


def _named_before(people: dict[str, PersonDraft], by_ends: dict[tuple[str, str], str], name: str) -> str:
    """The name under which the text named this person before, if it did: the same first and last word
    („Sergej Netschajew … Sergej Jurjewitsch Netschajew“), a genitive twin, or a part of one longer name."""
    variant = by_ends.get((name.split()[0], name.split()[-1]), name)
    if variant != name:
        fired(NAME_VARIANT)
        return variant
    twin = _genitive_twin(people, by_ends, name)
    return twin if twin != name else _whole_name(people, name)


def _whole_name(people: dict[str, PersonDraft], name: str) -> str:
    """The one longer name before whose first or last words these are: „Maria Giulia Sergio … Maria Giulia“,
    „Hans Ulrich Obrist … Ulrich Obrist“; the name itself where none or two are („Jean-Marie Le Pen …
    Marine Le Pen … Le Pen“) or where the rest of the longer one is no name („Viv Albertine von den Slits“)."""
    words = name.split()
    n = len(words)
    found = [q for q in people if len(q.split()) > n and (q.split()[:n] == words and _name_words(q.split()[n:])
                                                         or q.split()[-n:] == words and _name_words(q.split()[:-n]))]
    if len(found) != 1:
        return name
    fired(NAME_PART)
    return found[0]


def _name_words(words: list[str]) -> bool:
    """Capitalised words, none a particle: the rest of a longer name is names, not „von den Slits“ that a
    name ran on into („Viv Albertine von den Slits … Viv Albertine“ keeps the short name)."""
    return all(w[:1].isupper() and w not in _NAME_PARTICLES for w in words)


def _genitive_twin(people: dict[str, PersonDraft], by_ends: dict[tuple[str, str], str], name: str) -> str:
    """A full name the text also wrote with or without a genitive -s on its last word is that person, under
    the plain name: „Heiner Müllers Stück … Heiner Müller las“ (the person is renamed where the genitive
    came first)."""
    first, last = name.split()[0], name.split()[-1]
    plain = by_ends.get((first, last[:-1])) if last.endswith(german.SHORT_GENITIVE_ENDING) else None
    if plain is not None and plain.split()[-1] + german.SHORT_GENITIVE_ENDING == last:
        fired(GENITIVE_TWIN)
        return plain
    owning = by_ends.get((first, last + german.SHORT_GENITIVE_ENDING))
    if owning is None or owning not in people or " ".join(owning.split()[:-1]) != " ".join(name.split()[:-1]):
        return name
    fired(GENITIVE_TWIN)
    p = people[name] = people.pop(owning)
    p.name = name
    by_ends[(first, last)] = name
    return name


def _unmarked_surnames(st: ReadingState, surnames: dict[str, PersonDraft]) -> None:
    """Surname-only mentions that no rule marked ("… sagte Scholz"), also without the full name's diacritics
    („… sagte Ozturk“ after „Kemal Öztürk“) and with a particle („… sagte van Dijk“, „De Maizière sagte“)."""
    taken = {k for h in st.hits for k in range(h.tok, h.tok_end) if h.label != "TITLE"}
    longest = max((len(k.split()) for k in surnames), default=1)
    # a name found below starts with its key's first word (or is a single word's genitive), folded to ASCII
    # where the text drops a diacritic or capitalises a particle: other words need no joining
    heads = {k.split(" ", 1)[0] for k in surnames}
    folded = _folded(surnames, spaced=True)
    folded_heads = {key.split("-", 1)[0] for key in folded}
    words = st.words
    resume = 0      # the token after the last name found
    # the words a name may start at, picked in one comprehension: a loop step per word was this step's cost
    for i in [i for i, first in enumerate(words) if (first[:1].isupper() or first in heads) and i not in taken and (
            first in heads or " " in first or surnames.get(first[:-1]) is not None
            or _folded_head(first) in folded_heads)]:
        if i < resume:
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            if any(k in taken for k in range(i, i + n)):
                continue
            w = " ".join(words[i:i + n])
            found = _surname_of(surnames, folded, w)
            if found is not None and found[1] == SURNAME_PARTICLE and _name_word(_word_before(st, i)):
                fired(PARTICLE_AFTER_NAME)
                break   # „Theo van Gogh“ after „Vincent van Gogh“: another person of the surname
            if found is not None and len(w) > 2:
                p, rule = found
                fired(rule)
                start, end = st.idx[i], st.idx[i + n - 1] + len(words[i + n - 1])
                st.person_at.setdefault(i, p)
                _person_mention(st, p, Hit(start, end, "PER", p.name, st.text[start:end], i, i + n,
                                           "surname", rule))
                resume = i + n
                break


def _word_before(st: ReadingState, i: int) -> str:
    """The text's whitespace-delimited word before token i („J.“ is one word, two tokens), or ""."""
    before = st.text[max(0, st.idx[i] - _WORD_REACH):st.idx[i]].split()
    return before[-1] if before else ""


_WORD_REACH = 40    # characters: longer than any name word


def _name_word(word: str) -> bool:
    """A capitalised word that may be a first name, letters only and no capitalised function word („Die“), or an
    initial („J.“)."""
    return word[:1].isupper() and (word.replace("-", "").isalpha() and word not in german.CAPITALISED_FUNCTION_WORDS
                                   or _INITIALS.match(word) is not None)


_INITIALS = re.compile(r"^(?:[A-ZÄÖÜ]\.?){1,3}\.$")     # „J.“, „J.R.“, „JR.“


def _folded_head(word: str) -> str:
    """The word's part before a hyphen, folded as a slug folds it: lower case, and ASCII (a slug, asked only of a
    word that is not ASCII already: the cheap case is the common one)."""
    head = word.split("-", 1)[0]
    return head.casefold() if head.isascii() else slug(head)


def _surname_of(surnames: dict[str, PersonDraft], folded: dict[str, PersonDraft],
                w: str) -> tuple[PersonDraft, str] | None:
    """The person whose surname the words w are, or their genitive, and the rule that says so: as written,
    with a particle (`SURNAME_PARTICLE`), or without the diacritics of the full name (`SURNAME_FOLDED`)."""
    p = surnames.get(w) or (surnames.get(w[:-1]) if w.endswith("s") and len(w) > 4 else None)
    if p is None:
        if not all(word[:1].isalpha() for word in w.split(" ")):
            return None     # „Behr:“ is no folded „Behr“: a slug drops the colon
        p = folded.get(slug(w)) or (folded.get(slug(w[:-1])) if w.endswith("s") and len(w) > 4 else None)
        if p is None:
            return None
        return p, SURNAME_PARTICLE if " " in w and w.split(" ", 1)[0].casefold() in _NAME_PARTICLES else SURNAME_FOLDED
    if " " in w and w.split(" ", 1)[0] in _NAME_PARTICLES:
        return p, SURNAME_PARTICLE
    return p, SURNAME_FAMILY_FIRST if p.name.split(" ", 1)[0] in (w, w[:-1]) else SURNAME


def _person_mention(st: ReadingState, p: PersonDraft, h: Hit) -> None:
    p.first = min(p.first, h.start)
    st.pending.append((p, h))


def _official_affiliation(st: ReadingState, p: PersonDraft) -> tuple[str, str] | None:
    """(rule, key): whom an official acts for, by the first rule of `OFFICIAL_AFFILIATION` that knows."""
    tok = p.title_tok if p.title_tok is not None else st.tok_at(p.first)
    return OFFICIAL_AFFILIATION.first(st, p, tok)


@OFFICIAL_AFFILIATION.rule("official-affiliation-title", "an official acts for what the title names: "
                           "„der türkische Präsident Max Muster“ for Türkei")
def _affiliation_title(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return p.affiliation


@OFFICIAL_AFFILIATION.rule("official-affiliation-known", "a listed official acts for the affiliation "
                           "`people.tsv` gives: „Olaf Scholz“ for Deutschland")
def _affiliation_known(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    known = p.known
    return st.affiliation_key(known.affiliation, p.first) if known and known.affiliation else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-state-office", "an official whose title is an office that one "
                           "state alone has (`state_offices.tsv`) acts for that state: „1965 besuchte Papst Max Muster "
                           "New York … die USA“ for the Vatikan; not „Präsident Max Muster“")
def _affiliation_state_office(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return _state_key(st, p, _STATE_OFFICES.get(p.role or ""))


_STATE_OFFICES = dict(resources.commented_rows("state_offices.tsv"))     # "Papst" → VA


@OFFICIAL_AFFILIATION.rule("official-affiliation-party", "a party member acts for the party's state: "
                           "„Max Muster (SPD)“ for Deutschland")
def _affiliation_party(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return _state_key(st, p, st.orgs[p.party].state if p.party else None)


@OFFICIAL_AFFILIATION.rule("official-affiliation-party-peers", "a member of a party no one state has (die Grünen) "
                           "acts for the one state of the other parties the article names: „die Anfrage des Grünen "
                           "Max Muster an Minister Hans Mayer (ÖVP)“ for Österreich")
def _affiliation_party_peers(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if not p.party or st.orgs[p.party].state is not None:
        return None
    states = set(_party_states(st)) - {None}
    return _state_key(st, p, states.pop()) if len(states) == 1 else None


def _party_states(st: ReadingState) -> frozenset[str | None]:
    """The states of the parties the article names (None for a party of no one state), read once per article."""
    return st.named_party_states()


@OFFICIAL_AFFILIATION.rule("official-affiliation-state-after", "an official acts for a state named right after "
                           "his name, in brackets or after „aus“: „die Außenminister Max Muster (Frankreich) und Hans "
                           "Mayer (Polen)“, „seinen Amtskollegen Max Muster aus Polen“; not „Max Muster (Grüne)“")
def _affiliation_state_after(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    words, n = st.words, len(st.words)
    for k in _after_name(st, p):
        if words[k] == "(" and k + 2 < n and words[k + 2] == ")" or words[k] in german.OUT_OF_PREPOSITIONS:
            j = k + 2 if k + 2 < n and words[k] in german.OUT_OF_PREPOSITIONS and words[k + 1] in german.ARTICLES \
                else k + 1      # „aus der Ukraine“
            iso = st.state_at(j, "name", "genitive", starting=True)
            if iso is not None:
                return _state_key(st, p, iso)
    return None


def _after_name(st: ReadingState, p: PersonDraft) -> list[int]:
    """The token after each of person p's names, where another token follows it."""
    return [h.tok_end for h in _name_hits(st, p) if h.tok_end + 1 < len(st.words)]


def _name_hits(st: ReadingState, p: PersonDraft) -> list[Hit]:
    """The name hits of person p; every person's are gathered once per article."""
    if st.hits_of is None:
        st.hits_of = {}
        for q, h in st.pending:
            st.hits_of.setdefault(id(q), []).append(h)
    return st.hits_of.get(id(p), [])


@OFFICIAL_AFFILIATION.rule("official-affiliation-town-after", "an official acts for the state of a capital or a "
                           "listed town named right after his name and „aus“: „Außenminister Max Muster aus Teheran“ "
                           "for Iran, „Bürgermeister Max Muster aus Graz“ for Österreich; not „Max Muster aus Kiel“ "
                           "where no list places Kiel")
def _affiliation_town_after(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    words = st.words
    for k in _after_name(st, p):
        if words[k] in german.OUT_OF_PREPOSITIONS:
            for x in st.by_tok.get(k + 1, ()):
                if x.tok != k + 1:
                    continue
                if x.label == "CAPITAL":
                    return _state_key(st, p, x.key)
                rec = st.t.places.get(x.key) if x.label == "PLACE" else None
                if rec is not None and rec.state:
                    return _state_key(st, p, rec.state)
    return None


@OFFICIAL_AFFILIATION.rule("official-affiliation-office", "an official who held another's office before or after "
                           "him acts for whom that one acts: „Bans Vorgänger Boutros Boutros-Ghali“ for the UN")
def _affiliation_office(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    other = p.office_of
    if other is None or other is p or other.office_of is not None:
        return None         # one step only: no chain of predecessors
    return _text_tie(st, other)


def _text_tie(st: ReadingState, other: PersonDraft) -> str | None:
    """What the text or the list ties another person to (the rules before `official-affiliation-office`), no
    fallback."""
    at = other.title_tok if other.title_tok is not None else st.tok_at(other.first)
    for r in OFFICIAL_AFFILIATION.rules:
        if r.fn is _affiliation_office:
            return None
        key = r.fn(st, other, at)
        if key is not None:
            return key
    return None


@OFFICIAL_AFFILIATION.rule("official-affiliation-group", "an official in a group of a state's people acts "
                           "for it: „vier Tschechen, darunter der Ex-Minister Max Muster“")
def _affiliation_group(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return _state_key(st, p, _group_state(st, tok))


@OFFICIAL_AFFILIATION.rule("official-affiliation-body-office", "an official whose title is an office of an "
                           "international body that names no body („Generalsekretär“, „Kommissionspräsidentin“; "
                           "`body_office_titles.tsv`) acts for the international organisation of his sentence, the "
                           "nearest before the title, else the first after it, else the one the sentence before names: "
                           "„Beim Gipfel der Afrikanischen Union in Kigali sagte Kommissionspräsidentin Eva Muster …“ "
                           "for the Afrikanische Union; not where no such body is named near, nor „Generalsekretär Max "
                           "Muster (ÖVP)“")
def _affiliation_body_office(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if (p.role or "").rsplit("-", 1)[-1].lower() not in german.BODY_OFFICE_TITLES:
        return None
    bodies, s = _international_bodies(st), st.sent_of[tok]
    own = bodies.get(s, [])
    before = [h for h in own if h.tok < tok]
    hit = before[-1] if before else own[0] if own else None
    if hit is None and s and len({h.key for h in bodies.get(s - 1, [])}) == 1:
        hit = bodies[s - 1][0]
    return st.org(hit.key, hit.start).key if hit is not None else None


def _international_bodies(st: ReadingState) -> dict[int, list[Hit]]:
    """The hits of international organisations by sentence, gathered once per article."""
    if st.bodies_by_sentence is None:
        st.bodies_by_sentence = {}
        for h in st.hits:
            if h.label == "ORG" and st.orgs[h.key].kind == "international":
                st.bodies_by_sentence.setdefault(st.sent_of[h.tok], []).append(h)
    return st.bodies_by_sentence


@OFFICIAL_AFFILIATION.rule("official-affiliation-possessive", "an official whose title of state follows a "
                           "possessive („sein“, „ihr“, „dessen“) acts for the actor his sentence names last before "
                           "it: a state, an organisation, or a person and whom the text ties that one to: „Der "
                           "US-Präsident Hans Mayer und sein Außenminister Max Muster reisten nach Havanna“, „Die USA "
                           "schickten ihren Außenminister Max Muster“ for the USA; not „seinen Amtskollegen Max "
                           "Muster“ (a colleague's title), nor where the sentence names no actor before it")
def _affiliation_possessive(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    words = st.words
    if p.title_tok is None or not any(x.label == "TITLE" and x.form == "yes" for x in st.by_tok.get(tok, ())):
        return None
    # past adjectives: „seinem zurückgetretenen Präsidenten“
    b = before_adjectives(words, tok - 1, max(-1, tok - 1 - _POSSESSIVE_REACH), _OWNER_WORDS)
    if b < 0 or words[b].lower() not in _OWNER_WORDS:
        return None
    actors = _actors(st)
    k = bisect.bisect_left(actors, (b, -1)) - 1
    while k >= 0 and st.sent_of[actors[k][0]] == st.sent_of[b]:
        at, n = actors[k]
        k -= 1
        hit = st.hits[n] if n >= 0 else None
        if hit is None:
            q = st.pending[-n - 1][0]
            if q is not p:
                return _text_tie(st, q)
        elif hit.label == "STATE":
            return _state_key(st, p, hit.key)
        else:
            rec = st.orgs[hit.key]
            return st.state(rec.state, hit.start).key if rec.kind == "government" and rec.state \
                else st.org(hit.key, hit.start).key
    return None


_POSSESSIVE_REACH = 3       # tokens from the possessive to the title: „ihr neuer stellvertretender Außenminister“
_OWNER_WORDS = german.THIRD_PERSON_POSSESSIVES | german.RELATIVE_POSSESSIVES


def _actors(st: ReadingState) -> list[tuple[int, int]]:
    """(token, n) of each actor the article names, in text order, gathered once per article: the State and
    organisation hits (n their index in `st.hits`) and the person mentions (n = -1 - their index in
    `st.pending`)."""
    if st.actor_toks is None:
        st.actor_toks = sorted([(h.tok, n) for n, h in enumerate(st.hits) if h.label in ("STATE", "ORG")]
                               + [(h.tok, -1 - n) for n, (_, h) in enumerate(st.pending)])
    return st.actor_toks


@OFFICIAL_AFFILIATION.rule("official-affiliation-state-before", "an official acts for a state named shortly "
                           "before in the sentence: „Aus Frankreich kommt der Diplomat Max Muster“")
def _affiliation_state_before(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    s, window = st.sent_of[tok], 8
    toks, keys = st.states.toks.get(s, []), st.states.keys.get(s, [])
    for t, key in zip(reversed(toks), reversed(keys)):
        if tok - window <= t < tok:
            if _nationality_of_other(st, p, t):
                fired(OTHERS_NATIONALITY)
            elif any(w in _SPEECH_VERBS for w in st.words[t + 1:tok]):
                fired(QUOTED_STATE)
            elif not _titled_state(st, t):
                return None if _body_officer(st, p) else _state_key(st, p, key)
            else:
                fired(TITLED_STATE)
    return None


QUOTED_STATE = declare("official-affiliation-quoted-state", "official affiliation", "a state named in the words an "
                       "official is quoted with, before the verb of saying that names him, is what he speaks of, not "
                       "whom he acts for: „Man werde die Grenze zu Polen schließen, sagte Außenminister Max Muster“ "
                       "gives him no Polen; not „Aus Frankreich kommt der Diplomat Max Muster“")
_SPEECH_VERBS = resources.load_word_list("speech_verbs.tsv")


def _body_officer(st: ReadingState, p: PersonDraft) -> bool:
    """Whether the official's title is a company's, a club's or a medium's, heads a body its prefix names or is
    followed by a body's genitive: he acts for that body, not for a state the context names."""
    return _private_role(p) or _named_body_head(st, p) or _title_genitive_body(st, p)


OTHERS_NATIONALITY = declare("official-affiliation-others-nationality", "official affiliation", "a state's word "
                             "right before another person's name is that person's nationality, not a nearby "
                             "official's: „Der Deutsche Jan Beispiel und Minister Max Muster gewannen“ gives Max "
                             "Muster no Deutschland; „Der Iraner Max Muster, Außenminister seines Landes“ is his own")


def _nationality_of_other(st: ReadingState, p: PersonDraft, t: int) -> bool:
    """Whether the State hit at token t stands right before the name of a person other than p."""
    hit = next((x for x in st.by_tok.get(t, ()) if x.label == "STATE"), None)
    other = st.person_at.get(hit.tok_end) if hit is not None else None
    return other is not None and other is not p


TITLED_STATE = declare("official-affiliation-titled-state", "official affiliation", "a state that names another "
                       "title's holder („der polnische Präsident“, „Polens Präsident“, „Präsident Polens“, "
                       "„US-Präsident“) is that one's, not a nearby official's: „Bei seinem Besuch in Kiew sprach der "
                       "polnische Präsident Max Muster mit Regierungschef Hans Mayer“ gives Hans Mayer no Polen; nor "
                       "does a sentence before that names it so")
_TITLE_REACH = 3        # tokens from a state's word to the title it names: „der polnische neue Präsident“


def _titled_state(st: ReadingState, t: int) -> bool:
    """The State hit at token t names the state of a title: inside it („US-Präsident“), before it past lower-case
    adjectives („der polnische Präsident“, „Polens Präsident“) or after it in the genitive („Präsident Polens“,
    „Präsident der Ukraine“)."""
    words, by_tok = st.words, st.by_tok
    hit = next((x for x in by_tok.get(t, ()) if x.label == "STATE"), None)
    if hit is None:
        return False
    if any(x.label == "TITLE" for x in by_tok.get(t, ())):
        return True
    k = hit.tok_end
    while k < len(words) and k - hit.tok_end < _TITLE_REACH and words[k].islower() \
            and words[k].endswith(german.ADJECTIVE_ENDINGS) and not by_tok.get(k):
        k += 1
    if hit.form != "prefix" and any(x.label == "TITLE" and x.tok == k for x in by_tok.get(k, ())):
        return True
    b = t - 1 if t >= 1 and words[t - 1] not in german.GENITIVE_ARTICLES else t - 2
    return hit.form == "genitive" or words[t - 1:t] and words[t - 1] in german.GENITIVE_ARTICLES \
        if b >= 0 and any(x.label == "TITLE" and x.tok_end == b + 1 for x in by_tok.get(b, ())) else False


@OFFICIAL_AFFILIATION.rule("official-affiliation-host-capital", "an official no word places, in a sentence where a "
                           "visitor's title names another state, acts for the state of the capital the sentence says "
                           "they are in („in Moskau“), or of the capital the sentence before travelled to where this one "
                           "says „dort“: „In Moskau traf der deutsche Außenminister Max Muster seinen Amtskollegen Hans "
                           "Mayer“, „Der US-Außenminister reiste nach Kairo. Dort traf er Präsident Hans Mayer“")
def _affiliation_host_capital(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    s, words = st.sent_of[tok], st.words
    visitors = {st.state_at(t) for t in _sentence_state_toks(st, s) if _titled_state(st, t)}
    visitors |= {st.state_at(t) for t in _sentence_state_toks(st, s - 1) if _titled_state(st, t)} if s else set()
    if not visitors:
        return None
    own = _sentence_toks(st, s)
    places = [k for k in own if k and words[k - 1].lower() in german.IN_PREPOSITIONS]
    if s and any(words[k].lower() in german.THERE for k in own):
        places += [k for k in _sentence_toks(st, s - 1)
                   if k and words[k - 1].lower() in german.IN_PREPOSITIONS | german.TOWARDS_PREPOSITIONS]
    hosts = {x.key for k in places for x in st.by_tok.get(k, ()) if x.tok == k and (
        x.label == "CAPITAL" or x.label == "STATE" and x.form in ("name", "genitive"))} - visitors
    return _state_key(st, p, hosts.pop()) if len(hosts) == 1 else None


def _sentence_state_toks(st: ReadingState, s: int) -> list[int]:
    """The tokens of the State hits of sentence s."""
    return st.states.toks.get(s, [])


def _sentence_toks(st: ReadingState, s: int) -> range:
    """The tokens of sentence s."""
    start, end = st.sent_spans[s] if st.sent_spans else (0, len(st.text))
    lo, hi = st.tok_at(start), st.tok_at(end)
    return range(lo, hi + 1 if hi == len(st.words) - 1 and st.sent_of[hi] == s else hi)


@OFFICIAL_AFFILIATION.rule("official-affiliation-spokesperson-body", "a spokesperson whose title names no body "
                           "(`bare_spokesperson_titles.tsv`) speaks for the one organisation his sentence names, else "
                           "the one the sentence before names where that names no state; for a state's ministry, for "
                           "its state: „Die Fabrix AG bestätigt Verhandlungen. Man mische sich nicht ein, sagt "
                           "Pressesprecherin Eva Muster“ for the Fabrix AG; not a medium he speaks to („sagte Sprecher "
                           "Max Muster der Fabrixzeitung“), nor where two organisations are named, nor "
                           "„Polizeisprecher Max Muster“ (a title naming its body)")
def _affiliation_spokesperson_body(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if (p.role or "").lower() not in _BARE_SPOKESPERSONS:
        return None
    s, orgs = st.sent_of[tok], _sentence_orgs(st)
    for k in (s, s - 1):
        if k < 0 or k < s and st.states.toks.get(k):
            return None
        keys = orgs.get(k, set())
        if len(keys) > 1:
            return None
        if keys:
            body = st.drafts[next(iter(keys))]
            states = [a for a in body.affiliations if st.drafts.get(a) and st.drafts[a].type == "State"]
            return states[0] if body.kind == "government" and states else body.key
    return None


_BARE_SPOKESPERSONS = resources.listed_words("bare_spokesperson_titles.tsv")
_MEDIA_KIND = "media"       # an organisation one speaks to („sagte er der APA“), not for


def _sentence_orgs(st: ReadingState) -> dict[int, set[str]]:
    """The keys of the organisations other than media each sentence mentions, gathered once per article."""
    if st.orgs_by_sentence is None:
        st.orgs_by_sentence = {}
        for m in st.mentions:
            d = st.drafts.get(m.key)
            if m.type == "Organization" and d is not None and d.kind != _MEDIA_KIND:
                st.orgs_by_sentence.setdefault(st.sent_of[st.tok_at(m.start)], set()).add(m.key)
    return st.orgs_by_sentence


@OFFICIAL_AFFILIATION.rule("official-affiliation-lone-dateline", "an official no word places acts for the state "
                           "of a dateline that names its capital alone, where the report was filed, before the state "
                           "the article names most: „Wien – … Spanien … Spanien … sagte Polizeisprecher Max Muster“ "
                           "for Österreich; not „Wien/Madrid – …“")
def _affiliation_lone_dateline(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return _context_state(st, p, st.states.lone_dateline)


@OFFICIAL_AFFILIATION.rule("official-affiliation-town-dateline", "an official no word places acts for the state "
                           "of a listed town that a dateline names alone, before the state the article names most: "
                           "„Graz – … Spanien … Spanien … sagte Polizeisprecher Max Muster“ for Österreich; not "
                           "„Graz/Madrid – …“")
def _affiliation_town_dateline(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    town = st.states.town_dateline
    rec = st.t.places.get(town.key) if town is not None else None
    return _context_state(st, p, rec.state) if rec is not None and rec.state else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-one-state-dateline", "an official no word places acts for "
                           "the state of a dateline whose places, capitals and listed towns, all lie in it, before the "
                           "state the article names most: „Wien/Linz – … Spanien … Spanien … sagte Polizeisprecher Max "
                           "Muster“ for Österreich; not „Wien/Madrid – …“")
def _affiliation_one_state_dateline(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    states = {h.key if h.label == "CAPITAL" else (rec.state if (rec := st.t.places.get(h.key)) else None)
              for h in st.states.dateline_places}
    return _context_state(st, p, states.pop()) if len(states) == 1 else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-sentence-before", "an official no word places, in a sentence "
                           "that names no state, acts for the one state the sentence before names, by name, adjective "
                           "or a capital acting as its government: „Die serbische Regierung protestierte. Premier Max "
                           "Muster sagte …“, „Moskau wies das zurück. Sprecherin Maria Muster sagte …“; not where that "
                           "sentence names two")
def _affiliation_sentence_before(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    s = st.sent_of[tok]
    if s == 0:
        return None
    # the State mentions (acting capitals among them) of this sentence and the one before
    named = {k: {m.key for m in st.mentions if m.type == "State" and st.sent_of[st.tok_at(m.start)] == k}
             for k in (s - 1, s)}
    if len(named[s - 1]) != 1 or named[s]:
        return None
    before = [st.tok_at(m.start) for m in st.mentions if m.type == "State" and st.sent_of[st.tok_at(m.start)] == s - 1]
    if all(_titled_state(st, t) for t in before):
        fired(TITLED_STATE)     # „Der iranische Präsident X besuchte Rom. Er traf Regierungschef Y“: Iran is X's
        return None
    key = next(iter(named[s - 1]))
    if all(_after_place_preposition(st, t) for t in before) and key != _main_key(st):
        fired(PLACE_BEFORE)
        return None
    return None if _body_officer(st, p) else key


PLACE_BEFORE = declare("official-affiliation-place-before", "official affiliation", "a state the sentence before "
                       "names only as a place („nach Ungarn“, „aus der Türkei“, „in Vietnam“) gives no official "
                       "of the next sentence his state unless the article names it most: „Die Flüchtlinge kamen aus "
                       "Ungarn. Polizeisprecher Max Muster sagte …“ gives him no Ungarn")


def _after_place_preposition(st: ReadingState, t: int) -> bool:
    """Whether the State mention at token t is a state's name after a place preposition, maybe past an article:
    „aus der Türkei“; not a capital acting as its government („die Regierung in Moskau“)."""
    words = st.words
    b = t - 1 if t >= 1 and words[t - 1].lower() not in german.ARTICLES else t - 2
    return b >= 0 and words[b].lower() in german.PLACE_PREPOSITIONS and st.state_at(t, "name") is not None


def _main_key(st: ReadingState) -> str | None:
    """The key of the state the article names most, if it names one more often than any other."""
    iso = None if st.states.main_tied else main_state(st)
    return st.named_state(iso) if iso else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-party-country", "an official no word places acts for the one "
                           "state whose parties the article names, where it names parties of one state only: „Die "
                           "SPÖ und die ÖVP verhandeln. Landesrat Max Muster sagte …“ for Österreich; not where it names "
                           "the SPD too")
def _affiliation_party_country(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    states = set(_party_states(st))
    return _context_state(st, p, states.pop()) if len(states) == 1 else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-main-state", "an official no word places acts for the state "
                           "the article names at least twice and more often than any other: „Polen … Polen … "
                           "Russland … sagte Verteidigungsminister Max Muster“ for Polen; not where another state is "
                           "named as often („Polen … Polen … Serbien … Serbien …“): that article has no main state")
def _affiliation_main_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if st.states.main_tied:
        fired(MAIN_TIED)
        return None
    return _not_local(p, _context_state(st, p, main_state(st, min_mentions=2)))


LOCAL_OFFICE = declare("official-affiliation-local-office", "official affiliation", "a local office (a mayor's, a "
                       "police spokesman's, a district's or a province's officer) is held in the place of the report: "
                       "its holder takes the dateline's or his own sentence's state, never only the state the article "
                       "names most or alone: „Spanien … Spanien … Das sei ernst, sagte Polizeisprecher Max Muster“ gives him no "
                       "Spanien; not „Außenminister Max Muster“ (german.LOCAL_OFFICE_HEADS)")


def _not_local(p: PersonDraft, key: str | None) -> str | None:
    """key, the state the article names most or alone, unless the official's title is a local office's (the part
    after its last hyphen, with or without „Ex“)."""
    head = _role_head(p)
    if key and (head.removeprefix(german.FORMER_PREFIX) in german.LOCAL_OFFICE_HEADS
                or head in german.LOCAL_OFFICE_HEADS):
        fired(LOCAL_OFFICE)
        return None
    return key


MAIN_TIED = declare("official-affiliation-main-tied", "official affiliation", "an article that names two states "
                    "equally often, and none more, has no main state an official could act for: „Polen … Polen … "
                    "Serbien … Serbien … sagte Außenminister Max Muster“ gives him neither")


@OFFICIAL_AFFILIATION.rule("official-affiliation-dateline", "an official no word places acts for the "
                           "dateline's state: „Kiew/Moskau – Der Minister Max Muster sagte …“ for Ukraine")
def _affiliation_dateline(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return _context_state(st, p, st.states.dateline)


@OFFICIAL_AFFILIATION.rule("official-affiliation-sentence-state", "an official no word places acts for a "
                           "state named in the sentence: „Der Minister Max Muster sprach über die Türkei“")
def _affiliation_sentence_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    s = st.sent_of[tok]
    others = {t for t in st.states.toks.get(s, []) if _nationality_of_other(st, p, t)}
    if others:
        fired(OTHERS_NATIONALITY)
    free = [(abs(t - tok), t, key) for t, key in zip(st.states.toks.get(s, []), st.states.keys.get(s, []))
            if t not in others and not _titled_state(st, t)]
    if len(free) + len(others) < len(st.states.toks.get(s, [])):
        fired(TITLED_STATE)
    return _context_state(st, p, min(free)[2]) if free else None


_LEDE = 2       # sentences: the title and the first sentence say what the article is about


@OFFICIAL_AFFILIATION.rule("official-affiliation-only-state", "an official no word places acts for the one "
                           "state the article names, where its lede names it: „Rumänien: … Staatschef Max Muster“")
def _affiliation_only_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    hits = [h for h in st.hits if h.label in ("STATE", "CAPITAL")]
    if not hits or st.sent_of[hits[0].tok] >= _LEDE or any(h.key != hits[0].key for h in hits):
        return None
    # a state the article names as such, not a capital read as a place
    return _not_local(p, _context_state(st, p, hits[0].key)) if any(
        d.code == hits[0].key for d in st.drafts.values() if d.type == "State") else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-peers-state", "an official no word places acts for the one state "
                           "that at least two other persons of the article act for, by their title, party or list, "
                           "where the text names no other state: „Landeshauptmann Hans Mayer (ÖVP) und Klubobmann Jan "
                           "Beispiel (SPÖ) stritten. Bundesrat Max Muster sagte …“ for Österreich; not where one of them "
                           "acts for another state, nor for a company's officer („Konzernchef Max Muster“)")
def _affiliation_peers_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    tied, named = _peer_states(st)
    others = [iso for q, iso in tied if q is not p]
    states = set(others) | named
    return _context_state(st, p, states.pop()) if len(others) >= _PEERS and len(states) == 1 else None


_PEERS = 2      # other persons tied to the state


def _peer_states(st: ReadingState) -> tuple[list[tuple[PersonDraft, str]], set[str]]:
    """(person, ISO code) of each person the text or the list ties to a state, by the title's state, the listed
    affiliation or the party's state; and the ISO codes of the states the text names; read once per article."""
    if st.peer_states is None:
        tied = []
        for q in st.people.values():
            title = st.drafts.get(q.affiliation) if q.affiliation else None
            listed = q.known.affiliation if q.known else None
            iso = (title.code if title is not None and title.type == "State" else None) \
                or (listed if listed in st.t.states else st.t.orgs[listed].state if listed in st.t.orgs else None) \
                or (st.orgs[q.party].state if q.party else None)
            if iso:
                tied.append((q, iso))
        st.peer_states = (tied, {h.key for h in st.hits if h.label in ("STATE", "CAPITAL")})
    return st.peer_states


def _state_key(st: ReadingState, p: PersonDraft, iso: str | None) -> str | None:
    return st.state(iso, p.first).key if iso else None


PRIVATE_ROLE = declare("official-affiliation-private-role", "official affiliation", "an officer of a company, "
                       "a club or a medium acts for it, not for a state the article, its dateline or the sentence "
                       "before names: „Graz – … Spanien … sagte Vorstandschef Max Muster“, „UNIQA-Vorstandsdirektor "
                       "Max Muster“ for no state; not „Polizeisprecher Max Muster“ (german.PRIVATE_TITLE_HEADS)")


def _context_state(st: ReadingState, p: PersonDraft, iso: str | None) -> str | None:
    """The state key of iso for an official no word places, unless the official's title is a company's,
    a club's or a medium's („Vorstandschef“, „Exbankchef“, „UNIQA-Vorstandsdirektor“) or heads a body its prefix
    names („Fabrix-Chef“)."""
    return _state_key(st, p, iso) if iso and not _body_officer(st, p) else None


NAMED_BODY_HEAD = declare("official-affiliation-named-body-head", "official affiliation", "an official whose title "
                          "joins a body's head („-Chef“, „-Präsident“, „-Direktorin“) by a hyphen to a capitalised "
                          "word no list reads as a state, a place or an organisation heads the body that word names "
                          "and acts for no state the article, its dateline or a sentence names: „Polen … Polen … "
                          "sagte Fabrix-Chef Max Muster“ gives him no Polen; not „Europa-Ministerin Eva Muster“ (a "
                          "minister's office), „Vize-Chef“ (a prefix that changes the title), „Bundesbank-Chef“ (a "
                          "national institution), „Polizei-Chef“ (a state's own organ)")
_BODY_HEAD_TITLES = resources.kind_words("named_body_titles.tsv", "head")
_TITLE_MODIFIERS = resources.kind_words("named_body_titles.tsv", "modifier")
_STATE_ORGANS = resources.listed_words("domestic_organs.tsv")


TITLE_GENITIVE_BODY = declare("official-affiliation-title-genitive-body", "official affiliation", "an official "
                              "whose title is followed by a genitive no rule read as a state, a place, a person or a "
                              "known organisation heads or speaks for the body it names, and acts for no state the "
                              "article, its dateline or a sentence names: „Polen … Polen … sagte der Präsident der "
                              "Fabrixvereinigung, Max Muster“ gives him no Polen; not a state's own body or unit "
                              "(`state_body_nouns.tsv`: „der Gouverneur der Provinz Nordland, Max Muster“, „der Sprecher "
                              "des Krisenstabs, Max Muster“)")
_STATE_BODY_NOUNS = resources.listed_words("state_body_nouns.tsv")


def _title_genitive_body(st: ReadingState, p: PersonDraft) -> bool:
    """Whether the official's title is followed by a genitive, past lower-case adjectives, whose noun no hit covers
    and that names no state's own body: „der Präsident der Fabrixvereinigung“, „die Chefin der
    Fabrixholding“; not „der Präsident der Ukraine“ (a hit), „der Sprecher des Krisenstabes“."""
    k, words = p.title_tok, st.words
    if k is None or k + 2 >= len(words) or words[k + 1] not in german.GENITIVE_ARTICLES:
        return False
    j = k + 2
    while j < len(words) - 1 and words[j].islower() and words[j].endswith(german.ADJECTIVE_ENDINGS):
        j += 1
    if not words[j][:1].isupper() or _state_body_noun(words[j]) or any(
            x.label != "TITLE" for t in range(k + 1, j + 1) for x in st.by_tok.get(t, ())):
        return False
    fired(TITLE_GENITIVE_BODY)
    return True


def _state_body_noun(word: str) -> bool:
    """Whether the noun holds a noun of a state's own bodies: „Krisenstabes“, „Linksfraktion“, „Regierungsparteien“,
    „Bundespolizeidirektion“."""
    low = word.lower()
    return any(n in low for n in _STATE_BODY_NOUNS)


def _named_body_head(st: ReadingState, p: PersonDraft) -> bool:
    """Whether the official's title, as written at its title token, heads a body its prefix names: „Fabrix-Chef“,
    „Ex-Flughafen-Chef“; not „US-Präsident“ (a listed prefix), „Vize-Chef“, „Staatsbank-Chef“, „Polizei-Chef“."""
    role = p.role or ""
    parts = role.split("-")
    if p.title_tok is None or len(parts) < 2 or parts[-1].lower() not in _BODY_HEAD_TITLES:
        return False
    prefix = parts[-2]
    low = prefix.lower()
    if not prefix[:1].isupper() or low in _TITLE_MODIFIERS or low.startswith(german.NATIONAL_TITLE_PREFIXES) \
            or {low, low.removesuffix(german.SHORT_GENITIVE_ENDING)} & _STATE_ORGANS:
        return False
    if prefix in st.orgs and st.orgs[prefix].kind == "party" \
            or any(x.label in ("STATE", "CAPITAL", "PLACE", "ORG") for x in st.by_tok.get(p.title_tok, ())):
        return False        # a prefix a list reads: „US-Präsident“, „Nato-Chef“, „Tirol-Chef“; a party's: „Ex-KPÖ-Chef“
    fired(NAMED_BODY_HEAD)
    return True


def _private_role(p: PersonDraft) -> bool:
    """Whether the official's title is an officer's of a company, a club or a medium (the part after its last
    hyphen, with or without „Ex“)."""
    head = _role_head(p)
    if head.removeprefix(german.FORMER_PREFIX) in german.PRIVATE_TITLE_HEADS or head in german.PRIVATE_TITLE_HEADS:
        fired(PRIVATE_ROLE)
        return True
    return False


def _role_head(p: PersonDraft) -> str:
    """The official's title (from the text, else the list) after its last hyphen, lower case."""
    role = p.role or (p.known.role if p.known else None) or ""
    return role.rsplit("-", 1)[-1].lower()


def finish(st: ReadingState) -> None:
    """Each person an Official (a title, a party, a known official) or a Person entity, with the
    affiliation, party membership and adviser relations the steps before found; then the
    person mentions, typed."""
    drafts: dict[int, Draft] = {}
    for p in st.people.values():
        known = p.known
        official = p.official or (known is not None and known.affiliation is not None)
        d = st.entity("Official" if official else "Person", p.name, p.first,
                      key=entity_key("Person", p.name))
        d.type = "Official" if official else "Person"
        d.read_by(*p.rules)
        if official:
            _official(st, d, p)
        if p.party:
            party = st.org(p.party, p.first)
            st.relations.append(Relation(d.key, "memberOf", party.key, st.evidence(st.tok_at(p.first)),
                                         tuple(r for r in (p.party_rule, p.party_step) if r)))
        drafts[id(p)] = d
        p.key = d.key
    for p, h in st.pending:
        d = drafts[id(p)]
        st.mentions.append(Mention(h.start, h.end, d.key, d.type, h.text))
        d.alias(h.text)
        d.read_by(h.rule)
    for holder, obj, tok, rule in st.advisors:
        if holder is not obj:
            st.relations.append(Relation(drafts[id(holder)].key, "advisorTo", drafts[id(obj)].key,
                                         st.evidence(tok), (rule,)))
    # a mention's type must match its entity's final type
    types = {d.key: d.type for d in st.drafts.values()}
    st.mentions = [Mention(m.start, m.end, m.key, types.get(m.key, m.type), m.text)
                   for m in st.mentions if m.key]


def _official(st: ReadingState, d: Draft, p: PersonDraft) -> None:
    """An official's role (from the text, else the list) and affiliation, with the rules that read them."""
    known = p.known
    d.role = p.role or (known.role if known else None)
    d.role_rules += p.role_rules
    if d.role and not p.role:
        d.role_rules.append(LISTED_NAME)        # the role of a listed person no title gives
    found = _official_affiliation(st, p)
    if found is not None:
        # the title's affiliation was read by the title's rule, noted with the role
        d.affiliate(found[1], "" if found[0] == "official-affiliation-title" else found[0])
        for kind, rule in _STATE_BODIES:
            state = _body_state(st, found[1], kind)
            if state is not None:
                fired(rule)
                d.affiliate(state, rule)
    if p.body is not None and p.body not in d.affiliations:
        fired(BODY_TOO)
        d.affiliate(p.body, BODY_TOO)
    party = st.org(p.party, p.first).key if p.party else None
    if party is not None and party not in d.affiliations:
        fired(PARTY_TOO)
        d.affiliate(party, PARTY_TOO)
    listed = _listed_party(st, p)
    if listed is not None and listed not in d.affiliations:
        fired(LISTED_PARTY)
        d.affiliate(listed, LISTED_PARTY)


LISTED_PARTY = declare("official-affiliation-listed-party", "official affiliation", "a listed official whose party "
                       "the list gives (`people.tsv`) acts for that party too where the article names it and the text "
                       "states no other, unless his office stands above the parties (`above_party_titles.tsv`): "
                       "„Bundeskanzler Werner Faymann … die SPÖ“ for Österreich and SPÖ; not where the article names "
                       "no SPÖ, nor for „Bundespräsident Heinz Fischer … die SPÖ“")
_ABOVE_PARTY = resources.listed_words("above_party_titles.tsv")


def _listed_party(st: ReadingState, p: PersonDraft) -> str | None:
    """The entity key of a listed official's listed party, where the article names it, the text gave the person
    no party and his office (as the text or the list names it) is a party's man's."""
    name = p.known.party if p.known is not None and p.party is None else None
    if name and (p.role or p.known.role or "").casefold() in _ABOVE_PARTY:
        return None
    rec = st.orgs.get(name) if name else None
    key = entity_key("Organization", rec.name) if rec is not None else None
    return key if key in st.drafts else None


PARTY_TOO = declare("official-affiliation-party-too", "official affiliation", "an official whose party the text "
                    "states acts for the party too, after the state or body his title names: „Sozialminister Max Muster "
                    "(SPÖ)“ for Österreich and SPÖ; not a party the text does not state")


BODY_TOO = declare("official-affiliation-body-too", "official affiliation", "an official whose title names a state's "
                   "government body (a chamber, a ministry, an office: `organizations.tsv` kind government, with a "
                   "state) acts for the body too, after its state: „der Präsident des Nationalrats, Max Muster“ for "
                   "Österreich and Nationalrat, „Kreml-Sprecher Max Muster“ for Russland and Kreml; not „der Sprecher "
                   "der Nato, Max Muster“ (no state's body)")


PARTY_STATE = declare("official-affiliation-party-state", "official affiliation", "an official who acts for a "
                      "party of one state, where the article names that state, acts for it too: „HDP-Chef Max "
                      "Muster“ in an article on the Türkei, for HDP and Türkei")


FORCE_STATE = declare("official-affiliation-force-state", "official affiliation", "an official who acts for a "
                      "state's armed force (`organizations.tsv`: kind armed, with a state), where the article names "
                      "that state, acts for it too: „Navy-Sprecherin Eva Beispiel“ in an article on the USA, for "
                      "US Navy and USA")


_STATE_BODIES = (("party", PARTY_STATE), ("armed", FORCE_STATE))     # the bodies of one state an official acts for


def _body_state(st: ReadingState, key: str, kind: str) -> str | None:
    """The key of the state an organisation (its entity key) of `kind` belongs to („party“, „armed“: a state's
    armed force), where the article names that state."""
    body = st.drafts.get(key)
    rec = st.orgs.get(body.name) if body is not None and body.kind == kind else None
    return st.named_state(rec.state) if rec is not None and rec.state else None


def _surnames(name: str) -> list[str]:
    """The words a later mention may use alone: the last word, a particle surname, or the family name that
    comes first (`SURNAME_FAMILY_FIRST`).

    >>> _surnames("Bruno Le Maire"), _surnames("Olaf Scholz"), _surnames("Ban Ki-moon")
    (['Le Maire'], ['Scholz'], ['Ban'])
    """
    words = name.split()
    if len(words) < 2:
        return words
    if len(words) == 2 and _FAMILY_FIRST_GIVEN_NAME.match(words[1]):
        return [words[0]]       # „Ban Ki-moon“: the family name first
    for k in range(1, len(words) - 1):
        if words[k].casefold() in _NAME_PARTICLES:
            return [" ".join(words[k:])]
    return [words[-1]]

