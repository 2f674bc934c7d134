"""Organisations no list holds, named by the first part of a hyphen compound whose head is a noun only an
organisation has: its chief, its shares and shareholders, its subsidiary, its staff („Brantel-Chef Max Muster“,
„die Brantel-Aktie“, „Brantel-Aktionäre“, „die Brantel-Tochter“; `kg/data/company_heads.tsv`). German writes a
company, party or agency so, a person or a thing hardly ever: a person's staff are „Mitarbeiter von X“, and a
thing's noun before „-Chef“ is a German word („der Innenpolitik-Chef“, „Passwort-Manager“), which the name test
of `Gazetteer._company_word` refuses. The same word alone elsewhere in the article is that organisation
(„… teilte Brantel mit“), also where a person's rule read it as a surname alone.

>>> company_prefixes(["Der", "Brantel-Chef", "und", "die", "Ex-Brantel-Aktionäre", ",", "Muster-Sprecher", "."],
...                  {"Chef": "ORG", "Aktionäre": "ORG", "Sprecher": "PER"}, {"Brantel": NAME, "Muster": SURNAME}.get)
[(1, 'Brantel', 0), (4, 'Brantel', 3)]
>>> alone_mentions(["Brantel", "wächst", ",", "Brantels", "Aktie", "auch", "."], {"Brantel"})
[(0, 'Brantel'), (3, 'Brantel')]

A lone name after a noun of a company's economic life is a company too (`kg/data/company_context_nouns.tsv`): „der
Umsatz von Brantel“, „Konkurrent Fabrix“ (org-after-economic-noun).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Sequence

from kg import german, resources
from kg.nlp.tokens import capitalised, positions, word_index
from kg.rules import declare

COMPANY_COMPOUND = declare("org-company-compound", "orgnames", "a name before the hyphen of a noun only an "
                           "organisation has (its chief, shares, shareholders, subsidiary, staff; a group or holding "
                           "in the singular) names an organisation: „Brantel-Chef Max Muster“, „die Brantel-Aktie“, "
                           "„Brantel-Aktionäre“, „der Brantel-Konzern“, „die Fabrix-Gruppe“, „der QVX-Konzern“; not a German word („der "
                           "Innenpolitik-Chef“, „die Energie-Holding“), a place („die Minsk-Gruppe“), nor a person named "
                           "in the text")
COMPANY_REPEAT = declare("org-company-compound-repeat", "orgnames", "the organisation a compound's first part "
                         "named (org-company-compound) or a noun of its economic life (org-after-economic-noun), "
                         "written alone elsewhere in the article, is that organisation, also where a person's rule "
                         "read the word alone: „Brantel-Chef Max Muster … teilte Brantel mit“, „Konkurrent Fabrix … "
                         "Fabrix wächst“")

DOMAIN_NOUN = declare("company-compound-domain-noun", "orgnames", "guard: a word that opens compounds of three "
                      "different nouns of our lexicon names a trade, no company, before „-Aktien“ or „-Tochter“: "
                      "„die Pharma-Aktien“ (Pharmakonzern, Pharmaindustrie, Pharmafirmen), „die Software-Tochter“; not "
                      "„die Brantel-Aktie“")
_FORMER = german.FORMER_PREFIX.capitalize() + "-"      # „Ex-Brantel-Chef“
_DOMAIN_COMPOUNDS = 3       # compounds of different nouns that make a word a trade's („Pharma-“), no name
_STEM = 4                   # letters that tell two nouns apart („Pharmafirma“, „Pharmafirmen“: one noun)


def opens_compounds(word: str, lexicon: Sequence[str], nouns: frozenset[str]) -> bool:
    """The word opens compounds of at least three different nouns in `lexicon` (sorted), each the word followed by
    a noun of `nouns` in lower case: a trade („Pharma“, „Software“, „Internet“), no company's name.

    >>> opens_compounds("Pharma", ["Pharmafirmen", "Pharmaindustrie", "Pharmakonzern", "Pharmakonzerne"],
    ...                 frozenset({"Firmen", "Industrie", "Konzern", "Konzerne"}))
    True
    >>> opens_compounds("Audi", ["Auditore", "Auditoren", "Auditors"], frozenset({"Tore", "Toren", "Tors"}))
    False
    """
    stems = set()
    for k in range(bisect_left(lexicon, word), len(lexicon)):
        w = lexicon[k]
        if not w.startswith(word):
            break
        rest = w[len(word):]
        if len(rest) >= _STEM and rest[:1].islower() and rest[:1].upper() + rest[1:] in nouns:
            stems.add(rest[:_STEM])
            if len(stems) >= _DOMAIN_COMPOUNDS:
                return True
    return False
NAME, SURNAME = "name", "surname"     # what `Gazetteer._company_word` says of a word that may name a company
ACRONYM = "acronym"     # `Gazetteer._compound_name` of an acronym no list holds: names one before a head no person has
ONLY_ORGS = "ORG"                     # company_heads.tsv: a head no person has, after which a surname's word names one


def company_prefixes(words: Sequence[str], heads: dict[str, str],
                     name: Callable[[str], str | None]) -> list[tuple[int, str, int]]:
    """(token, name, offset of the name in the token) of each compound „Name-Head“ or „Ex-Name-Head“ whose head
    is one of `heads` (noun → owner) and whose first part `name` calls a NAME, or a SURNAME or an ACRONYM before a
    head no person has („der QVX-Konzern“)."""
    out = []
    for k, w in enumerate(words):
        if "-" not in w:
            continue
        offset = len(_FORMER) if w.startswith(_FORMER) else 0
        first, _, head = w[offset:].partition("-")
        owner = heads.get(head)
        if owner is None:
            continue
        said = name(first)
        if said == NAME or said in (SURNAME, ACRONYM) and owner == ONLY_ORGS:
            out.append((k, first, offset))
    return out


def alone_mentions(words: Sequence[str], names: set[str]) -> list[tuple[int, str]]:
    """(token, name) of each word that is one of `names`, or its genitive in -s."""
    out = []
    for k, w in enumerate(words):
        if w in names:
            out.append((k, w))
        elif w.endswith("s") and w[:-1] in names and not w[:-1].endswith(("s", "x", "z")):
            out.append((k, w[:-1]))
    return out



GENITIVE = declare("org-company-genitive", "orgnames", "a name no lexicon holds, in the -s genitive right before a "
                   "noun of a company's products, services or business (`company_genitive_heads.tsv`, or its "
                   "turnover, profit, shares: `company_context_nouns.tsv`) and written alone elsewhere in the "
                   "article, names a company: „Quorvos Betriebssystem … Quorvo wächst“, „Trovias Umsatz stieg, "
                   "sagte Trovia“; not without the lone name („Windows Betriebssystem“), a German or English "
                   "noun („Smartphones Kameras“), a person's surname („Max Muster … Musters Umsatz“) nor a place's "
                   "(„Berlins Bürgermeister“)")
# company_genitive_heads.tsv: nouns of a company's products and business, or the ends of compounds of them
GENITIVE_HEADS = frozenset(w for w, in resources.commented_rows("company_genitive_heads.tsv"))


def genitive_names(words: Sequence[str], nouns: frozenset[str], heads: frozenset[str],
                   name: Callable[[int, str], bool]) -> list[tuple[int, str]]:
    """(token, name) of each -s genitive „Names“ right before a word of `nouns` or a word that is or ends in one of
    `heads` („Zusatzprodukte“), whose name stands alone elsewhere in `words` and `name` (token, name) accepts.

    >>> words = ["Quorvo", "wächst", ",", "Quorvos", "Zusatzprodukte", "und", "Fabrix", "Umsatz", "."]
    >>> genitive_names(words, frozenset({"Umsatz"}), frozenset({"Produkte"}), lambda k, w: True)
    [(3, 'Quorvo')]
    """
    lone = word_index(words)     # the words of the text, made once per text
    out = []
    for k, w in enumerate(words[:-1]):
        base = w[:-1]
        if w.endswith("s") and base in lone and not base.endswith(("s", "x", "z")) \
                and _company_noun(words[k + 1], nouns, heads) and name(k, base):
            out.append((k, base))
    return out


def _company_noun(w: str, nouns: frozenset[str], heads: frozenset[str]) -> bool:
    """`w` is one of `nouns` or `heads`, or a compound that ends in one of `heads` („Zusatzprodukte“)."""
    return w in nouns or w in heads or any(w.endswith(h.lower()) for h in heads if len(w) > len(h))

ECONOMIC_NOUN = declare("org-after-economic-noun", "orgnames", "a lone name after a noun of a company's economic "
                        "life is a company: after its turnover, profit, shares, shareholders or takeover and „von“ („der "
                        "Umsatz von Brantel stieg“, „die Übernahme von Fabrix VR“), right after a rival in its market "
                        "(„Konkurrent Trovia will nachziehen“); not a person's name („Konkurrent Max Muster“, „die "
                        "Aktien von Huber“ where Huber is a surname), a German word („der Umsatz von Autos“) nor a place")
AFTER_VON, AFTER_NOUN = "von", "name"   # company_context_nouns.tsv: the name after „von“, or right after the noun
# nouns of a company's economic life, after which a lone name is one („der Umsatz von Brantel“) → AFTER_VON or AFTER_NOUN
ECONOMIC_NOUNS = dict(resources.commented_rows("company_context_nouns.tsv"))
_ECONOMIC_NAME_WORDS = 3    # words of one name: „Fabrix Trovia VR“


def economic_names(words: Sequence[str], nouns: dict[str, str], name_at: Callable[[int], bool],
                   more_at: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(first token, end) of each name after a noun of `nouns` (noun → AFTER_VON or AFTER_NOUN): a word `name_at`
    accepts, then up to two words `more_at` accepts („Fabrix VR“).

    >>> words = ["Der", "Umsatz", "von", "Brantel", "VR", "und", "Konkurrent", "Fabrix", "stiegen", "."]
    >>> economic_names(words, {"Umsatz": "von", "Konkurrent": "name"}, lambda k: words[k] in ("Brantel", "Fabrix"),
    ...                lambda k: words[k].isupper())
    [(3, 5), (7, 8)]
    """
    out = []
    n = len(words)
    for k in positions(words, nouns):
        position = nouns[words[k]]
        j = k + 1
        if position == AFTER_VON:
            if j >= n or words[j] not in german.PLAIN_FROM_PREPOSITIONS:
                continue
            j += 1
        if j >= n or not name_at(j):
            continue
        e = j + 1
        while e < n and e - j < _ECONOMIC_NAME_WORDS and more_at(e):
            e += 1
        out.append((j, e))
    return out


EMPLOYER = declare("org-employer-after-bei", "orgnames", "a lone name after „bei“ where a word of working or playing for "
                   "one stands before „bei“ in the clause, a role right before it, or such a word right after the name, "
                   "is the employer or club: „sie arbeitete zehn Jahre bei Quorvex“, „Analyst bei Lindaro“, „bei "
                   "Quorvex beschäftigt“; not a person's name („bei Huber gearbeitet“ where Huber is a surname), a "
                   "place („arbeitet bei Linz“) nor without such a word („bei Quorvex gab es Streit“)")
# employer_words.tsv: words of employment before „bei“ (up to this many words before it) or right after the name
EMPLOYER_WORDS = resources.commented_rows("employer_words.tsv")
_EMPLOYER_REACH = 3


def employer_names(words: Sequence[str], before: frozenset[str], after: frozenset[str], role_end: Callable[[int], bool],
                   name_at: Callable[[int], bool], more_at: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(first token, end) of each name after „bei“ (a word `name_at` accepts, then up to two `more_at` accepts) with a
    word of `before` up to three words before „bei“ (no comma between), a role ending right before it (`role_end` of
    the token after the role), or a word of `after` right after the name.

    >>> words = ["Sie", "arbeitete", "lange", "bei", "Quorvex", ",", "er", "bei", "Lindaro", "."]
    >>> employer_names(words, frozenset({"arbeitete"}), frozenset(), lambda k: False,
    ...                lambda k: words[k] in ("Quorvex", "Lindaro"), lambda k: False)
    [(4, 5)]
    """
    out = []
    n = len(words)
    for k in positions(words, german.EMPLOYER_PREPOSITIONS):
        if k + 1 == n or not name_at(k + 1):
            continue
        e = k + 2
        while e < n and e - k - 1 < _ECONOMIC_NAME_WORDS and more_at(e):
            e += 1
        cue = role_end(k) or e < n and words[e] in after
        j = k - 1
        while not cue and j >= 0 and k - j <= _EMPLOYER_REACH and words[j] not in german.CLAUSE_END_MARKS:
            cue = words[j] in before
            j -= 1
        if cue:
            out.append((k + 1, e))
    return out


KIN_COMPANY = declare("org-after-company-kin-compound", "orgnames", "the name after a hyphen compound of a company's "
                      "subsidiary or parent („-Tochter“, „-Mutter“) is that company, no person: „die Brantel-Tochter "
                      "Fabrix“, „die ZKB-Tochter Polbanka“, „bei der Billig-Tochter Fabrix VR“; not a first name („die "
                      "Muster-Tochter Anna“), nor after the surname of a person the text names („Max Muster … die "
                      "Muster-Tochter Fabrix“)")
_KIN_NAME_WORDS = 3     # words of a subsidiary's name: „Fabrix VR“


def kin_company_names(words: Sequence[str], kin: frozenset[str], person: Callable[[int, str], bool],
                      name_at: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(first token, end) of the name right after each compound „X-Tochter“, „X-Mutter“ (`kin`: its head) whose
    first part's last word is no `person`'s (asked with the compound's token): the words `name_at` calls a name's
    (a first word that is no first name, then acronyms or more such words).

    >>> words = ["Die", "ZKB-Tochter", "Polbanka", "VR", "und", "die", "Muster-Tochter", "Fabrix", "."]
    >>> kin_company_names(words, frozenset({"Tochter"}), lambda k, w: w == "Muster",
    ...                   lambda k: words[k][:1].isupper())
    [(2, 4)]
    """
    out = []
    n = len(words)
    for k, w in enumerate(words[:-1]):
        if "-" not in w:
            continue
        first, _, head = w.rpartition("-")
        if head not in kin or not first[:1].isupper() or person(k, first.rsplit("-", 1)[-1]):
            continue
        j = k + 1
        while j < n and j - k <= _KIN_NAME_WORDS and name_at(j):
            j += 1
        if j > k + 1:
            out.append((k + 1, j))
    return out


COORDINATED = declare("org-coordinated-name", "orgnames", "a one-word name in a list beside an organisation's "
                      "one-word name is an organisation too: „Audi, BMW und Brantel“, „Brantel oder die BBC“; not a "
                      "German word, a person's or place's word, nor a name another rule reads („die SPÖ und Wien“)")


def coordinated_names(words: Sequence[str], org_at: Callable[[int], bool],
                      free_name: Callable[[int], bool]) -> list[int]:
    """Tokens of the one-word names (`free_name`) in a list („A, B und C“: single capitalised words joined by a
    comma or a list conjunction, each maybe after an article, none right after or before another capitalised word:
    „Google Places und Facebook Places“, „Trovia und Fabrix TV“ are names of two words) that holds a one-word
    organisation (`org_at`).

    >>> coordinated_names(["Audi", ",", "BMW", "und", "Brantel", "bauen"], {2}.__contains__, lambda k: k != 2)
    [0, 4]
    >>> coordinated_names(["Die", "BBC", "und", "Max", "Muster", "."], {1}.__contains__, lambda k: True)
    []
    """
    out: list[int] = []
    after = 0       # the token after the last list: no list opens before it
    for k in capitalised(words):        # a list opens at a capitalised word
        if k < after or not _list_start(words, k):
            continue
        items, j = _list_items(words, k)
        if len(items) >= 2 and any(org_at(i) for i in items):
            out.extend(i for i in items if free_name(i))
        after = max(j, k + 1)
    return out


def _list_start(words: Sequence[str], k: int) -> bool:
    """Word k is capitalised and may open a list of one-word names: no capitalised word but an article before it,
    nor an opening bracket, which after a name holds its role and party („Max Muster (Klubomann, Neos)“)."""
    return words[k][:1].isupper() and not (k > 0 and (words[k - 1] == "(" or words[k - 1][:1].isupper()
                                                      and words[k - 1].lower() not in german.ARTICLES))


def _list_items(words: Sequence[str], k: int) -> tuple[list[int], int]:
    """The one-word items of the list that opens at k, and the token after it."""
    n = len(words)
    items: list[int] = []
    j = k
    while j < n and words[j][:1].isupper():
        if j + 1 < n and words[j + 1][:1].isupper():
            return items, j         # „Fabrix TV“: a name of two words ends the list
        if j + 2 < n and words[j + 1] == "." and not words[j + 2][:1].isupper():
            return items, j         # „(in der EU, Anm.)“: an abbreviation's period, no sentence's end
        items.append(j)
        if not (j + 2 < n and words[j + 1] in german.LIST_SEPARATORS):
            return items, j + 1
        j += 2
        if j < n - 1 and words[j].lower() in german.ARTICLES:
            j += 1
    return items, j


_LIST_NAME_WORDS = 3    # capitalised words of a name in a list that no hit reads: „JM Financial“

UNREAD_IN_LIST = declare("org-list-unread-name", "orgnames", "a one-word name that no rule reads, in a list beside an "
                         "organisation that its context or a list reads (also after a noun: „den Rivalen Fabrix und "
                         "Quorvo“), is an organisation too, for a list joins names of one kind: „Ob Brantel, Quorvo "
                         "oder die Autoindustrie“; a brand's word of the lexicon only beside a company or medium "
                         "(„die Rivalen Facebook und Apollo“), not beside a company's name that opens a product's "
                         "(„Facebook Notes, Apollo und Saturn“); not a German word, a surname's word, the surname of "
                         "a person the text names, nor in a list that holds a person („die Kammer und Kowalczyk“)")


def unread_list_names(words: Sequence[str], hit_end: Callable[[int], int | None], org_at: Callable[[int], bool],
                      person_at: Callable[[int], bool], free_name: Callable[[int, bool], bool],
                      trade_at: Callable[[int], bool]) -> list[int]:
    """Tokens of the one-word names `free_name` accepts (a word no hit reads that may name a company; asked with
    whether its list holds a company or medium, `trade_at`) in each list of `lists_beside_org`.

    >>> words = ["den", "Rivalen", "Fabrix", "und", "Quorvo", "."]
    >>> unread_list_names(words, {2: 3}.get, {2}.__contains__, lambda k: False, lambda k, trade: k == 4 and trade,
    ...                   {2}.__contains__)
    [4]
    """
    out = []
    for items in lists_beside_org(words, hit_end, org_at, person_at):
        trade = any(map(trade_at, items))
        out.extend(k for k in items if free_name(k, trade) and _lone_item(words, k))
    return out


def _lone_item(words: Sequence[str], k: int) -> bool:
    """Word k stands alone in its list: no capitalised word after it, no „&“ beside it („Potent & Preisgekrönt“),
    and no abbreviation's period after it („(in der EU, Anm. d. Red.)“).

    >>> _lone_item(["EU", ",", "Anm", ".", ")"], 2), _lone_item(["EU", "und", "Quorvo", "."], 2)
    (False, True)
    """
    after = words[k + 1] if k + 1 < len(words) else ""
    if after[:1].isupper() or after == "&" or k and words[k - 1] == "&":
        return False
    return not (after == "." and k + 2 < len(words) and not words[k + 2][:1].isupper())


def lists_beside_org(words: Sequence[str], hit_end: Callable[[int], int | None], org_at: Callable[[int], bool],
                     person_at: Callable[[int], bool]) -> list[list[int]]:
    """The first tokens of the names in each list (names joined by a comma or a list conjunction, each maybe after
    an article; a name a hit reads ends at `hit_end`, else at the last of up to three capitalised words) that holds
    an organisation (`org_at`) and no person read by more than its form (`person_at`), nor follows such a person's
    name with a separator: „Minister Brandl, Dralle und die SPÖ“ lists persons.

    >>> words = ["bei", "Fabrix", "Invest", ",", "Dralle", "oder", "Tomsa", "."]
    >>> lists_beside_org(words, {1: 3}.get, {1}.__contains__, lambda k: False)
    [[1, 4, 6]]
    >>> lists_beside_org(["Brandl", ",", "Dralle", "und", "SPÖ"], lambda k: None, {4}.__contains__, {0}.__contains__)
    []
    """
    out = []
    after = 0
    for k in capitalised(words):
        if k < after or not (_list_start(words, k) or hit_end(k) and words[k - 1] != "("):
            continue        # a hit's name opens a list also after a noun: „die Banken Fabrix Invest, Dralle …“
        items, after = _named_items(words, k, hit_end)
        led = k > 1 and words[k - 1] in german.LIST_SEPARATORS and person_at(k - 2)
        if len(items) >= 2 and any(map(org_at, items)) and not led and not any(map(person_at, items)):
            out.append(items)
    return out


def _named_items(words: Sequence[str], k: int, hit_end: Callable[[int], int | None]) -> tuple[list[int], int]:
    """The first tokens of the names of the list that opens at k, and the token after it."""
    n = len(words)
    items: list[int] = []
    j = k
    while j < n and words[j][:1].isupper():
        e = hit_end(j) or j + 1
        while hit_end(j) is None and e < n and e - j < _LIST_NAME_WORDS and words[e][:1].isupper() \
                and hit_end(e) is None:
            e += 1
        items.append(j)
        if not (e + 1 < n and words[e] in german.LIST_SEPARATORS):
            return items, e
        j = e + 1
        if j < n - 1 and words[j].lower() in german.ARTICLES:
            j += 1
    return items, max(j, k + 1)
