"""One name, one type in an article: a name the context types somewhere is that everywhere.

„die Islamistengruppe Ansar Dine“ types the name as an organisation; „Ansar Dine und
andere Gruppen“ alone would read two unknown capitalised words as a person. Where the
article names a person, organisation or place by a rule that reads its context (a head
noun, a title, a first name, a list), the readings of the same words by their form alone
(two unknown words, a word class, a preposition before them, a verb of saying beside them,
the learned tagger) take that type: „in der Stadt Flint … In Flint“, „die Ratingagentur
Moodys … schreibt Moodys“.

>>> from kg.nlp import build_nlp
>>> doc = build_nlp()("Die Islamistengruppe Ansar Dine griff an. Ansar Dine und andere Gruppen flohen.")
>>> sorted({(h.text, h.label) for h in doc._.geokg_hits})
[('Ansar Dine', 'ORG')]
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from kg.nlp.classes import WORD_CLASS
from kg.nlp.context import PLACE_PREPOSITION
from kg.nlp.hits import Hit
from kg.nlp.learned import LEARNED_NAME
from kg.nlp.names import AFTER_FIRST_NAME, UNKNOWN_PAIR
from kg.nlp.orgarticle import NAME_AFTER_ARTICLE
from kg.nlp.orgcompany import lists_beside_org
from kg.nlp.person_lists import COORDINATED
from kg.nlp.persons_by_context import GENITIVE
from kg.nlp.persons_by_form import LONE_FIRST
from kg.nlp.speakers import SPEAKER
from kg.rules import declare, fired

STAGE = "name types"
TYPED_IN_ARTICLE = declare("name-typed-in-article", STAGE, "a name read by its form alone (two unknown words, a "
                           "word class, a preposition, a verb of saying) takes the type its context gives it "
                           "elsewhere in the article: „die Islamistengruppe Ansar Dine … Ansar Dine und andere“ "
                           "is an organisation twice, „in der Stadt Flint … In Flint“ a place twice")

PLACE_OVER_FORM_PERSON = declare("place-preposition-over-form-person", STAGE, "a name that a place preposition "
                                 "reads as a place and only its form as a person (two unknown words, a word class, "
                                 "the learned tagger) is a place everywhere in the article: „Beaver Creek – Der "
                                 "Skiläufer … die Abfahrt in Beaver Creek“; not where a title or first name makes it "
                                 "a person")

ORG_OVER_FIRST_NAME = declare("org-head-over-first-name", STAGE, "a full name that an organisation's head noun "
                              "reads as an organisation in the article is that organisation also where only its "
                              "first name reads it as a person, for companies are named after their founders: „die "
                              "Reisekette Jonas Brandt … Jonas Brandt zahlte nicht“; not where a title reads it as a "
                              "person too („Reiseleiter Jonas Brandt“)")

OPENS_ORG_NAME = declare("form-name-opens-org-name", STAGE, "a lone word that only its form reads as a person or "
                         "place (a word class, the learned tagger) and that opens the name of an organisation "
                         "the article reads by its context is that organisation, for firms are named after "
                         "founders and towns: „die Balgheim Bau GmbH … Balgheim kann die Verluste nicht tragen“; so "
                         "is the word where no rule reads it, if the rest of the name is its legal or corporate "
                         "form (`kg.nlp.named_again`: „die Velbrock Holding … will Velbrock sparen“, not „der Bezahldienst "
                         "Velbrock Pay … Velbrock“); not where the article names a person of that surname („Lena "
                         "Balgheim … Balgheim will weitermachen“)")

FORM_PERSON_IN_ORG_LIST = declare("org-list-over-form-person", STAGE, "a lone word that only its form reads as a "
                                  "person (a surname's word class, the learned tagger) in a list of one-word names "
                                  "beside an organisation that a list or the context reads is an organisation too: "
                                  "„Sie kaufen bei Fabrix, Dralle oder der Telekom ein“; not in a list of persons "
                                  "named by a title or first name („Minister Brandl, Dralle und die SPÖ“), nor the "
                                  "surname of a person the article names")

FORM_PLACE_IN_ORG_LIST = declare("org-list-over-word-class-place", STAGE, "a lone word that only its corpus word "
                                 "class reads as a place, in a list of one-word names beside an organisation that a "
                                 "list or the context reads, is an organisation too, for places are no members of a "
                                 "list of bodies: „traf Vertreter von ÖGB, Tealing, Arbeiterkammer und Greenpeace“; "
                                 "not in a list that holds a place a list or context reads, nor one going on from a "
                                 "person's name („Max Müller von Tealing, FAZ“)")

_TYPES = frozenset({"PER", "ORG", "PLACE"})
# the readings of one word by its form alone, which see nothing of the sentence around it
_LONE_FORM_RULES = frozenset({WORD_CLASS, LEARNED_NAME})
_PERSON_FORM_RULES = frozenset({UNKNOWN_PAIR, WORD_CLASS, LEARNED_NAME})
# the rules that read a name by its form alone, not by what the text says of it
FORM_RULES = frozenset({WORD_CLASS, UNKNOWN_PAIR, SPEAKER, COORDINATED, LONE_FIRST, LEARNED_NAME, PLACE_PREPOSITION,
                        NAME_AFTER_ARTICLE, GENITIVE})


def one_type(hits: list[Hit], words: Sequence[str]) -> list[Hit]:
    """The hits, each read by its form alone retyped as the one context reading of its words, if any, or as the
    organisation whose name it opens; first a lone person by form in a list beside an organisation."""
    return _org_name_openers(_context_types(_org_list_members(hits, words)))


def _org_list_members(hits: list[Hit], words: Sequence[str]) -> list[Hit]:
    """The hits, a one-word person read by its form alone (`_LONE_FORM_RULES`), or a place read by its word class in a
    list of bodies, in a list of one-word names beside an organisation read by a list or its context retyped as an
    organisation: „bei Fabrix, Dralle oder Tomsa“."""
    single = {h.tok: h for h in hits if h.tok_end == h.tok + 1 and (h.label == "PER" or h.label == "PLACE"
                                                                    and h.rule == WORD_CLASS)}
    org_at = {h.tok for h in hits if h.label == "ORG" and h.rule not in FORM_RULES}
    form = {k for k, h in single.items() if h.rule in _LONE_FORM_RULES}
    if not org_at or not form:
        return hits
    surnames = _full_name_surnames(hits)
    persons = {k for h in hits if h.label == "PER" and h.tok not in form for k in range(h.tok, h.tok_end)}
    ends = {h.tok: h.tok_end for h in hits}
    places = {h.tok for h in hits if h.label == "PLACE" and h.rule != WORD_CLASS}
    members = {k for items in lists_beside_org(words, ends.get, org_at.__contains__, persons.__contains__)
               for k in items if k in form and words[k] not in surnames
               and (single[k].label == "PER" or _list_of_bodies(items, places, persons))}
    rules = {k: FORM_PERSON_IN_ORG_LIST if single[k].label == "PER" else FORM_PLACE_IN_ORG_LIST for k in members}
    for rule in rules.values():
        fired(rule)
    return [replace(h, label="ORG", key=h.text, form="context:other", rule=rules[h.tok])
            if h.tok in members and single.get(h.tok) is h else h for h in hits]


def _list_of_bodies(items: list[int], places: set[int], persons: set[int]) -> bool:
    """A list (its names' first tokens) that holds no place a list or context reads („Salzburg, Tealing und …“) and
    does not go on from a person's name („Max Müller von Tealing, FAZ“)."""
    return not any(k in places for k in items) and items[0] - 2 not in persons


def _org_name_openers(hits: list[Hit]) -> list[Hit]:
    """The hits, a lone word read by its form alone as a person or place that opens an organisation's name read by
    its context retyped as that organisation: „die Balgheim Bau GmbH … Balgheim kann nicht“."""
    orgs: dict[str, Hit] = {}
    for h in hits:
        if h.label == "ORG" and h.rule not in FORM_RULES and " " in h.text:
            orgs.setdefault(h.text.split(" ", 1)[0], h)
    if not orgs:
        return hits
    surnames = _full_name_surnames(hits)
    out = []
    for h in hits:
        org = orgs.get(h.text) if h.label in ("PER", "PLACE") and h.rule in _LONE_FORM_RULES else None
        if org is not None and h.text not in surnames:
            fired(OPENS_ORG_NAME)
            h = replace(h, label="ORG", key=org.key, form=org.form, rule=OPENS_ORG_NAME)
        out.append(h)
    return out


def _full_name_surnames(hits: list[Hit]) -> set[str]:
    """The last words of the persons named in full: a lone word among them is that person, no organisation."""
    return {h.text.rsplit(" ", 1)[1] for h in hits if h.label == "PER" and " " in h.text}


def _context_types(hits: list[Hit]) -> list[Hit]:
    """The hits, each read by its form alone retyped as the one context reading of its words, if any."""
    typed: dict[str, Hit | None] = {}
    titled = {t.tok_end for t in hits if t.label == "TITLE"}
    for h in hits:
        if h.label in _TYPES and h.rule not in FORM_RULES and h.rule and (h.rule != AFTER_FIRST_NAME or h.tok in titled):
            other = typed.get(h.text, h)
            typed[h.text] = h if other is not None and other.label == h.label else None   # two types: none
    _first_name_persons(hits, typed)
    _place_over_form_persons(hits, typed)
    if not typed:
        return hits
    out = []
    for h in hits:
        model = typed.get(h.text) if h.label in _TYPES and (h.rule in FORM_RULES or h.rule == AFTER_FIRST_NAME
                                                             and h.tok not in titled) else None
        if model is not None and model.label != h.label:
            rule = ORG_OVER_FIRST_NAME if h.rule == AFTER_FIRST_NAME else TYPED_IN_ARTICLE
            fired(rule)
            h = replace(h, label=model.label, key=model.key, form=model.form, rule=rule)
        out.append(h)
    return out


def _first_name_persons(hits: list[Hit], typed: dict[str, Hit | None]) -> None:
    """A name its first name reads as a person types the readings of its form, where no organisation's head noun
    types it elsewhere: „die Reisekette Jonas Brandt … Jonas Brandt zahlte“ stays the company."""
    for h in hits:
        if h.rule == AFTER_FIRST_NAME and h.label in _TYPES:
            other = typed.get(h.text, h)
            if other is not None and other.rule == AFTER_FIRST_NAME:
                typed[h.text] = h if other.label == h.label else None


def _place_over_form_persons(hits: list[Hit], typed: dict[str, Hit | None]) -> None:
    """Where no context types a name, a place preposition before it („in Beaver Creek“) types it over the person
    readings of its form (two unknown words, a word class, the learned tagger: the dateline „Beaver Creek –“)."""
    places = {h.text: h for h in hits if h.rule == PLACE_PREPOSITION and h.label == "PLACE" and h.text not in typed}
    if not places:
        return
    for h in hits:
        if h.label == "PER" and h.rule in _PERSON_FORM_RULES and h.text in places:
            fired(PLACE_OVER_FORM_PERSON)
            typed[h.text] = places[h.text]
