"""Person name mentions grouped into people: `group` gathers the PER hits and surname-only mentions into
`PersonDraft`s (`st.people`, `st.person_at`, the mentions in `st.pending`), a later short form of a name (a surname,
a first name, a part or variant of the full name) joined to the person named in full.

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

import re

from kg import german
from kg.extract.listed_variants import LISTED_VARIANT, listed_variant
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.facts import slug
from kg.german import MASCULINE_ARTICLES, NAME_PARTICLES
from kg.nlp.hits import Hit
from kg.nlp.names import UNKNOWN_PAIR

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
INITIALLED_NAME = declare("person-initialled-name", "person", "initials before a surname are the one person "
                          "named in full before with that surname, if the first name opens with the first initial: "
                          "„Jonas Quirnbach … J. Quirnbach“; not where two full names end in the surname, nor "
                          "„K. Quirnbach“ after „Jonas Quirnbach“")
GENITIVE_TWIN = declare("person-genitive-twin", "person", "a full name written once with a genitive -s on its "
                        "last word and once without is one person, named without it: „Heiner Müllers Stück … "
                        "Heiner Müller las“")

PAIR_FIRM_PRODUCT = declare("person-pair-firm-product", "person", "guard: two unknown words whose first is an "
                            "organisation the article names (its one-word name, or the last word of its name) are "
                            "its product or service, no person: „Mit Zorbex Phone …“ beside „Zorbex kündigte an“; "
                            "not „Zorbex Phone“ where the article names no such organisation")

# a Korean given name after the family name: „Ki-moon“, „Jong-un“, „Geun-hye“ (not „Jens-Holger“)
_FAMILY_FIRST_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
# "Bruno Le Maire" → "Le Maire", "Ursula von der Leyen" → "von der Leyen"
_NAME_PARTICLES = NAME_PARTICLES | MASCULINE_ARTICLES


def group(st: ReadingState) -> None:
    """Group PER hits into persons (`st.people`, `st.person_at`): full names first, then single
    words and surnames."""
    people = st.people
    surnames: dict[str, PersonDraft] = {}
    per_hits = [h for h in st.hits if h.label == "PER"]
    if any(h.rule == UNKNOWN_PAIR for h in per_hits):
        per_hits = _without_firm_products(st, per_hits)
    singles = _full_names(st, per_hits, people, surnames)
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


def _without_firm_products(st: ReadingState, per_hits: list[Hit]) -> list[Hit]:
    """The PER hits but the unknown pairs that open with an organisation's word: „Zorbex Phone“ beside the firm
    „Zorbex“ (or „Quorvo Zorbex“) names its product."""
    firm_words = {name.rsplit(" ", 1)[-1] for d in st.drafts.values() if d.type == "Organization"
                  for name in (d.name, *d.aliases)}
    kept = [h for h in per_hits if h.rule != UNKNOWN_PAIR or h.text.split(" ", 1)[0] not in firm_words]
    if len(kept) < len(per_hits):
        fired(PAIR_FIRM_PRODUCT)
    return kept


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
        # the article's own spelling of a listed person
        variant = listed_variant(" ".join(h.key.split())) if known is None and " " in h.text else None
        known = known or variant
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
            if variant is not None:
                p.rules.append(LISTED_VARIANT)
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
    if twin != name:
        return twin
    return _initialled(people, name) or _whole_name(people, name)


def _initialled(people: dict[str, PersonDraft], name: str) -> str | None:
    """The one full name named before whose surname ends these initials and whose first name opens with the first
    initial: „Jonas Quirnbach … J. Quirnbach“ (a team's line-up shortens first names); None where two full names
    end in the surname („M. Novak“ beside „Marta Novak“ and „Ivo Novak“) or the initial fits none."""
    words = name.split()
    if len(words) < 2 or not _INITIALS.match(words[0]) or not all(_INITIALS.match(w) for w in words[:-1]):
        return None
    found = [q for q in people if " " in q and q.rsplit(" ", 1)[1] == words[-1] and not _INITIALS.match(q.split()[0])]
    if len(found) != 1 or found[0][:1] != words[0][:1]:
        return None
    fired(INITIALLED_NAME)
    return found[0]


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
