"""Organisations named by their form: a head noun with name adjectives or a name after it
("die Brasilianische Stiftung für Menschenrechte", "Deutsche Bank", "Universität Wien"), a
legal form after a name ("Brenntag AG"), a club prefix before one ("FC Oberwölz", its rules in
`kg.nlp.orgclubs`).

A place or state inside such a name is part of it and no entity of its own
("Universität Wien", "FC Bayern München"). The words come from
`kg/data/org_name_words.tsv` (role head, organ, legal, club, adjective): an
organ's noun (Ministerium, Polizei) heads a name only after a name adjective
("Bayerische Polizei"); without one it is a state's organ ("die Polizei Kiew").

>>> rules = OrgNames({"Stiftung": "head", "AG": "legal", "FC": "club", "Frei": "adjective"}, frozenset())
>>> words = "Die Freie Stiftung für Menschenrechte lobt die Brenntag AG und den FC Rotweil .".split()
>>> cap = lambda k: words[k][:1].isupper() and k > 0
>>> rules.spans(words, cap, cap, lambda k: rules.adjective(words[k]))
[(1, 5, 'head'), (7, 9, 'legal'), (11, 13, 'club')]
"""
from __future__ import annotations

from typing import Callable, Sequence

from kg import german, resources
from kg.german import ADJECTIVE_ENDINGS, ADJECTIVE_SUFFIXES, DEFINITE_ARTICLES
from kg.rules import declare, fired
from kg.nlp.orgclubs import ACRONYM_TOWN, CLUB_NUMBER, CLUB_PREFIX, CLUB_TOWN, ClubTests, club_by_form, club_prefix
from kg.nlp.orgheads import org_heads
from kg.nlp.tokens import capitalised, positions

# adjective endings that make a capitalised word an adjective in a name: "Brasilianische", "Soziale"
_ADJECTIVE_SUFFIXES = tuple(stem + e for stem in ADJECTIVE_SUFFIXES for e in ADJECTIVE_ENDINGS)
_MAX_RIGHT = 4
# a state's own nouns: „die Gewerkschaft des Landes“ names none
_OWN_COUNTRY = resources.listed_words("own_country_nouns.tsv")

STAGE = "orgnames"
# the rule of each role that makes a name (the rules fire where the gazetteer keeps the name)
ROLE_RULES = {
    "head": declare("org-head", STAGE, "an organisation's head noun with name adjectives before it or a "
                    "name after it: „die Brasilianische Stiftung für Menschenrechte“, „Universität Wien“"),
    "legal": declare("org-legal-form", STAGE, "a legal form after a name: „die Brenntag AG“, "
                     "„Müller & Söhne GmbH“, also after a name read by its form („die Deutsche Bank AG“); "
                     "a noun that says what the name is stays out („der Autobauer Daimler AG“)"),
    "club": CLUB_PREFIX,
}
ROLE_RULES["legal-compound"] = declare("org-legal-form-compound", STAGE, "a hyphen compound of a German noun's stem "
                                       "and a legal form after a name ends that company's name: „die Brantel "
                                       "Versicherungs-AG“, „die Fabrix Vermögensverwaltungs-GmbH“; not the compound "
                                       "alone („eine Vermögensverwaltungs-GmbH“)")
ROLE_RULES["organ"] = ROLE_RULES["head"]   # an organ's noun after a name adjective: „Bayerische Polizei“
ROLE_RULES["place-word"] = declare("org-head-place-word", STAGE, "an organisation's head noun before a word "
                                   "no list holds that a place's corpus word class has names the organisation by "
                                   "its seat: „die Universität Tübingen“, „das Klinikum Göttingen“; not a German "
                                   "word („die Universität Lehre“) nor after a generic noun („die Polizei Kiew“)")
ROLE_RULES["tail"] = declare("org-name-tail", STAGE, "an English noun of organisations after a name or before "
                             "„of“ (and past an „and“ after it): „Columbia Records“, „Stanford University“, „University "
                             "of Oxford“, „Institute of Arts and Crafts“, „Fabrix "
                             "International“; also a country's Latin name that is no club's prefix there: „die Quorvo "
                             "Austria“ (but „Austria Grünfeld“ is a club)")
OF_HEAD = "of-head"     # org_name_words.tsv: an English institution's noun that opens a name only before „of“
ROLE_RULES["of-name"] = declare("org-english-of-name", STAGE, "an English name of an institution before „of“ goes on "
                                "over English words before its noun and over „and“ after it: „die Royal Bank of "
                                "Tarvania“, „die Reserve Bank of Norvana“, „das Institute of Arts and Sciences“; an "
                                "English noun only such names begin with (`of-head`) opens one too: „die Library of "
                                "Norvana“, „die National Gallery of Tarvania“; not after a German word („die Deutsche "
                                "Bank of …“ stops at „Bank“) nor a work's title („House of Cards“)")
CLUB_END = "club-end"   # org_name_words.tsv: a club's prefix that also ends names („Austria“)
NAME_END = "end"        # org_name_words.tsv: a word that ends names after it („International“)
FOREIGN_END = "foreign-end"     # org_name_words.tsv: a corporate noun that ends foreign names only („Games“)
FOREIGN_TAIL = declare("org-foreign-name-tail", STAGE, "an English corporate noun (Games, Media; also a head noun "
                       "no German word, as Group, where no other rule reads the name) ends a name of one to three "
                       "capitalised foreign words before it: „die Brenwick Harbor Media“, „die Tessaro Insurance Group“, "
                       "„Tarmik Games“, „Velbur Media“; not after a German word („im Bereich Games“), nor after an "
                       "English adjective right before it („Social Media“, „European Games“), nor before another "
                       "capitalised word („Velbur Media Player“)")
ROLE_RULES["foreign-tail"] = FOREIGN_TAIL
# English adjectives by their ending: „Social“, „Casual“, „Funny“ before a corporate noun say what kind it is
_ENGLISH_ADJECTIVE_ENDINGS = tuple(sorted(resources.listed_words("english_adjective_endings.tsv")))
END_ADJECTIVE = declare("org-name-end-english-adjective", STAGE, "guard: a short English adjective (`english_plain_"
                        "adjectives.tsv`) right before an English noun that ends names says what kind of thing it is, "
                        "no title: „die Fake News“, „Good News“; but „der Daily Courier“, „die Harlow Times“")
_ENGLISH_PLAIN_ADJECTIVES = resources.listed_words("english_plain_adjectives.tsv")
ROLE_RULES["compound"] = declare("org-adjective-compound", STAGE,
                                 "name adjectives before a compound whose head is an organisation's noun: „der "
                                 "Deutsche Gewerkschaftsbund“, „das Statistische Bundesamt“, „die Berliner Zeitung“")
ROLE_RULES["town"] = CLUB_TOWN
ROLE_RULES["number"] = CLUB_NUMBER
ROLE_RULES["acronym"] = ACRONYM_TOWN
ROLE_RULES["seat"] = declare("org-seat", STAGE, "an institution's compound noun before the town it sits in, "
                             "also a town of two words, names that institution: „das Landgericht Wismar“, „die "
                             "Staatsoper Wien“, „der Stadtwerke München“, „das Landesgericht Bad Ostheim“")
ROLE_RULES["town-seat"] = declare("org-town-seat", STAGE, "a town's adjective before an institution's compound "
                                  "named with its seat names that institution: „das Frankfurter Landgericht“, „am "
                                  "Wiener Straflandesgericht“, „die Wiener Staatsoper“; not an organ („die Berliner "
                                  "Polizei“) nor a bare noun („das Wiener Gericht“)")
ROLE_RULES["federal"] = declare("org-federal-authority", STAGE, "a compound of „Bundes“ or „Landes“ and the noun "
                                "of an authority names one by itself, with a field inside it or a „für“ phrase after "
                                "it: „das Bundeskriminalamt“, „das Bundesamt für Migration und Flüchtlinge“, „das "
                                "Bundesverfassungsgericht“, „des Landeskriminalamts“; a bare „das Bundesamt“ refers "
                                "back to one; not a title („Landesrat Max Muster“)")
ROLE_RULES["head-after"] = declare("org-head-after-name", STAGE, "a noun that heads names, after names no lexicon "
                              "holds and no other capitalised word, ends that name: „die Moser Holding“, „die Mavra Ilgaz Holding“, „die "
                              "Bertelsmann Stiftung“")
GENITIVE_NAME = declare("org-head-genitive-name", STAGE, "an organisation's noun and a genitive of name "
                        "adjectives and a noun are one name: „die Partei der Unabhängigen Griechen“, „die Front der "
                        "Nationalen Befreiung“, „Mitglied der Partei des Demokratischen Sozialismus“; not „die Partei "
                        "der Kanzlerin“, „die Partei der russischen Minderheit“")
FIELD_NAME = declare("org-organ-field-name", STAGE, "an organisation's noun that is no state's organ, after a "
                     "definite article and before a „für“ phrase of capitalised nouns, is a name: „die Partei für "
                     "Freiheit und Fortschritt“, „die Bewegung für Demokratie“, „die Agentur für Arbeit“; not a "
                     "state's organ („das Ministerium für Kultur“) nor after another article („eine Partei für "
                     "Arbeiter“)")
ROLE_RULES["field"] = FIELD_NAME
FOR_ADJECTIVE = declare("org-for-phrase-adjective", STAGE, "a capitalised adjective and its noun after the „für“ "
                        "of a name are one part of it: „die Bewegung für Demokratischen Wandel“, „die Front für "
                        "Nationale Rettung“; not a plural noun before another („die Stiftung für Kinder Geld“)")
GENITIVE_NOUN = declare("org-head-genitive-noun", STAGE, "a noun that names an association by its members or field "
                        "(kg/data/org_genitive_heads.tsv) after a definite article, with the genitive of one noun that "
                        "ends the phrase, is one name: „der Verband der Automobilindustrie“, „die Gewerkschaft der "
                        "Privatangestellten“, „die Akademie der Wissenschaften“; not „die Gewerkschaft des Landes“, "
                        "„der Verband der Grünen Jugend“")
NOMINATIVE_PAST_ADJECTIVES = declare("org-nominative-past-adjectives", STAGE, "a name read by its form is keyed in the "
                                     "nominative also where lower-case adjectives stand between it and its article: „der "
                                     "oppositionsnahen Syrischen Beobachtungsstelle“ is „Syrische Beobachtungsstelle“; "
                                     "not without an article („laut oppositionsnahen Syrischen Aktivisten“)")
INDEFINITE_HEAD = declare("org-head-indefinite", STAGE, "guard: a head noun after an indefinite article, also with "
                          "capitalised adjectives, names one of its kind, no organisation: „eine Bank für Unternehmen“, „ein "
                          "Institut für Kunst“, „eine Schweizer Sonntagszeitung“; but „das Institut für Kunst“")
FOR_NAME = declare("org-head-for-name", STAGE, "guard: „für“ and a name (a first name, a club's word, a town) after "
                   "a name's head says for whom, no field of the name: „in der Ersten Liga für Eintracht Innsbruck“, "
                   "„freie Bahn für Tess“; but „die Stiftung für Menschenrechte“")
GENERIC_HEAD = declare("org-generic-head", STAGE, "guard: a generic head noun alone names nothing: "
                       "„die Polizei Kiew“ is Kyiv's police, „die Partei Sumar“ is left to the context rules")


def nominative(words: Sequence[str], i: int, j: int, adjective: Callable[[str], bool]) -> str:
    """The name of words[i:j] in the nominative, where a definite article (or a contraction holding one:
    „vom“, „beim“) before it declines its adjectives weakly: one name for „die Palästinensische Autonomiebehörde“ and „der
    Palästinensischen Autonomiebehörde“, „des Deutschen Gewerkschaftsbundes“ (whose adjectives then take the strong
    ending of a masculine or neuter head: „Deutscher Gewerkschaftsbund“).

    >>> adj = lambda w: w.startswith(("Pal", "Deu"))
    >>> nominative("mit der Palästinensischen Autonomiebehörde".split(), 2, 4, adj)
    'Palästinensische Autonomiebehörde'
    >>> nominative("des Deutschen Gewerkschaftsbundes".split(), 1, 3, adj)
    'Deutscher Gewerkschaftsbund'
    >>> nominative("laut der oppositionsnahen Palästinensischen Autonomiebehörde".split(), 3, 5, adj)
    'Palästinensische Autonomiebehörde'
    >>> nominative("vom Deutschen Institut".split(), 1, 3, adj), nominative("des Deutschen Komitees".split(), 1, 3, adj)
    ('Deutsches Institut', 'Deutsches Komitee')
    """
    name = list(words[i:j])
    article = _article_before(words, i)
    if article < 0 or words[article].lower() not in _WEAK_DECLINING:
        return " ".join(name)
    if article < i - 1:
        fired(NOMINATIVE_PAST_ADJECTIVES)
    k = 0
    while k < len(name) and adjective(name[k]):
        if name[k].endswith("en"):
            name[k] = name[k][:-1]          # weak declension: „-en“ in every case but the nominative
        k += 1
    # the noun ends the name or a „für“ phrase or a genitive follows it: „des Bundesamtes für Migration“,
    # „des Verbands der Automobilindustrie“
    last = k == len(name) - 1 or k + 1 < len(name) and (name[k + 1] in german.FOR_PREPOSITIONS
                                                        or name[k + 1] in german.GENITIVE_ARTICLES) \
        or k == len(name) - 2 and _seat_head(name[k], name[k + 1])
    if k < len(name) and words[article] in german.MASCULINE_GENITIVE_ARTICLES and last and name[k].endswith("s"):
        # „des Bundesamtes“ → „Bundesamt“, but „des Komitees“ → „Komitee“: a noun in „-ee“ takes „-s“ only
        long = name[k].endswith(german.LONG_GENITIVE_ENDING) and len(name[k]) > 6 and not name[k].endswith(german.EE_GENITIVE_ENDING)
        name[k] = name[k][:-2] if long else name[k][:-1]
    if 0 < k < len(name):
        name[:k] = _strong_adjectives(name[:k], name[k])
    return " ".join(name)


STRONG_ADJECTIVES = declare("org-nominative-strong-adjective", STAGE, "a name whose adjectives an article declined "
                            "weakly is named with the strong ending a masculine or neuter head noun takes without an "
                            "article (`head_genders.tsv`): „das Kunsthistorische Museum“, „im Kunsthistorischen "
                            "Museum“ → Kunsthistorisches Museum, „der Quorvische Bauernbund“ → Quorvischer Bauernbund; "
                            "a feminine or plural head keeps the „-e“: „die Quorvische Landesbank“")
# a head noun's ending → the ending its adjectives take in the strong nominative
_STRONG_ENDINGS = tuple((row[0], row[1]) for row in resources.commented_rows("head_genders.tsv"))


def _strong_adjectives(adjectives: list[str], noun: str) -> list[str]:
    """The adjectives in the strong nominative where the noun is masculine or neuter by its ending; fires the rule.

    >>> _strong_adjectives(["Kunsthistorische"], "Museum"), _strong_adjectives(["Quorvische"], "Landesbank")
    (['Kunsthistorisches'], ['Quorvische'])
    """
    lower = noun.lower()
    ending = next((add for head, add in _STRONG_ENDINGS if lower.endswith(head)), None)
    if ending is None or not any(a.endswith("e") for a in adjectives):
        return adjectives
    fired(STRONG_ADJECTIVES)
    return [a + ending if a.endswith("e") else a for a in adjectives]


NOMINATIVE_SEAT = declare("nominative-seat-head", STAGE, "an organisation's head noun in the genitive before the "
                          "town it sits in is named in the nominative: „des Oberlandesgerichts Innsbruck“ → "
                          "Oberlandesgericht Innsbruck, „des Landeskriminalamtes Niederösterreich“; not a noun no "
                          "organisation's name ends in („des Mercedes Benz“)")


def _english_word(word: str) -> bool:
    """A capitalised word of letters that may go on an English name after „of“: „Utopia“, „America“."""
    return word[:1].isupper() and word.isalpha()


def _run(words: Sequence[str], k: int, most: int = 2) -> int:
    """How many English words (`_english_word`) stand from k on, at most `most`."""
    m = 0
    while k + m < len(words) and m < most and _english_word(words[k + m]):
        m += 1
    return m


def _of_end(words: Sequence[str], k: int) -> int:
    """One past an English name's words after „of“ and its first word at k - 1, also past „and“ and the words it
    joins: „of Utopia“, „of Arts and Sciences“, „of Science and Technology“.

    >>> w = "das Institute of Arts and Sciences in Utopia".split()
    >>> _of_end(w, 4), _of_end("die Bank of Utopia senkt".split(), 4)
    (6, 4)
    """
    return _past_and(words, k + _run(words, k))


def _past_and(words: Sequence[str], end: int) -> int:
    """`end`, or one past the English words an „and“ at `end` joins to the name before it: „Science and Technology“."""
    if end + 1 < len(words) and words[end] in german.ENGLISH_AND and _english_word(words[end + 1]):
        return end + 1 + _run(words, end + 1)
    return end


def _seat_head(noun: str, town: str) -> bool:
    """`noun` is an organisation's head noun in the genitive („Oberlandesgerichts“) and a capitalised word follows."""
    if not town[:1].isupper() or not any(org_heads().kind(stem) for stem in german.genitive_stems(noun) if len(stem) > 3):
        return False
    fired(NOMINATIVE_SEAT)
    return True


# what declines a name's adjectives weakly before it: a definite article, also inside a contraction („vom Deutschen …“)
_WEAK_DECLINING = DEFINITE_ARTICLES | german.CONTRACTIONS


def _article_before(words: Sequence[str], i: int) -> int:
    """The token before the name at i, past lower-case adjectives in the weak „-en“ that an article
    before them declines („der oppositionsnahen Syrischen …“); -1 at the start.

    >>> _article_before("laut der oppositionsnahen Syrischen Stelle".split(), 3), _article_before(["Syrische"], 0)
    (1, -1)
    """
    k = i - 1
    while k > 0 and words[k].isalpha() and words[k].islower() and words[k].endswith("en") \
            and words[k].lower() not in _WEAK_DECLINING:
        k -= 1
    return k


def _genitive_name(words: Sequence[str], k: int, adjective_at: Callable[[int], bool]) -> int:
    """One past the noun of „der“/„des“ at k, one or two name adjectives and a capitalised noun that no
    other capitalised word follows („der Unabhängigen Griechen“, „des Demokratischen Sozialismus“),
    else 0: inside a sentence an adjective is capitalised only in a name.

    >>> adj = lambda k: k == 2
    >>> _genitive_name("Partei der Unabhängigen Griechen ,".split(), 1, adj), _genitive_name("Partei der Freien Griechen".split(), 1, lambda k: k > 1)
    (4, 4)
    >>> _genitive_name("Partei der Unabhängigen Griechen Stimmen".split(), 1, adj), _genitive_name("Partei der Kanzlerin".split(), 1, adj)
    (0, 0)
    """
    n = len(words)
    if k + 2 >= n or words[k] not in german.GENITIVE_ARTICLES:
        return 0
    j = k + 1
    while j < n and j - k <= 2 and adjective_at(j):
        j += 1
    if j > k + 2 and (j >= n or not words[j][:1].isupper()):
        j -= 1      # a demonym reads as an adjective („der Deutschen Bank“) and ends a name as a noun
    elif j == k + 1 or j >= n or not words[j][:1].isupper() or not words[j].isalpha() or adjective_at(j):
        return 0
    return 0 if j + 1 < n and words[j + 1][:1].isupper() else j + 1


def _for_phrase(words: Sequence[str], end: int) -> int:
    """One past „für“ and a capitalised word at `end`, with „und“ and a second one („für Migration
    und Flüchtlinge“), else `end`.

    >>> _for_phrase("Bundesamt für Migration und Flüchtlinge".split(), 1), _for_phrase(["Amt", "für", "alle"], 1)
    (5, 1)
    """
    n = len(words)
    if end + 1 < n and words[end] in german.FOR_PREPOSITIONS and words[end + 1][:1].isupper():
        end = _past_adjective(words, end + 1) + 1
        if end + 1 < n and words[end] in german.AND_CONJUNCTIONS and words[end + 1][:1].isupper():
            end = _past_adjective(words, end + 1) + 1
    return end


def _past_adjective(words: Sequence[str], k: int) -> int:
    """The noun after a capitalised adjective at k, inside a name („für Demokratischen Wandel“), else k.

    >>> _past_adjective("für Demokratischen Wandel".split(), 1), _past_adjective("für Kinder Geld".split(), 1)
    (2, 1)
    """
    if k + 1 < len(words) and words[k].endswith(ADJECTIVE_ENDINGS) and words[k][1:].islower() \
            and words[k + 1][:1].isupper() and words[k + 1].isalpha() and not words[k].endswith(german.ER_SUFFIX):
        fired(FOR_ADJECTIVE)
        return k + 1
    return k


class OrgNames:
    """The organisation-name words by role, and the rule that reads spans of them."""

    def __init__(self, roles: dict[str, str], context_heads: frozenset[str],
                 compound: Callable[[str], bool] = lambda word: False,
                 seated: Callable[[str], bool] = lambda word: False,
                 federal: Callable[[str], bool | None] = lambda word: None,
                 named_by_field: frozenset[str] = frozenset(), genitive_heads: tuple[str, ...] = (),
                 german_word: Callable[[str, bool], bool] = lambda word, initial: False,
                 foreign_word: Callable[[str], bool] = lambda word: False):
        # a club's prefix that also ends names after them („Austria Wien“, „Statistik Austria“) is a club's prefix first
        self.club_ends = frozenset(w for w, r in roles.items() if r == CLUB_END)
        # a German word (at a sentence's start: „Hinter“) opens a name before a word that ends it only after an
        # article („die Statistik Austria“)
        self.german_word = german_word
        # a foreign word no compound, title or first name is („Royal“, „Savings“): it may open an English name
        self.foreign_word = foreign_word
        self.roles = {w: "club" if r == CLUB_END else r for w, r in roles.items()}
        # "Gewerkschaftsbund", "Abendzeitung": a compound of an organisation's noun heads a name
        # only after name adjectives, as an organ's noun does (a noun: `spans` asks it of capitalised words)
        self.compound = compound
        # "Landgericht", "Staatsoper": an institution's compound that the name of its seat may follow
        self.seated = seated
        # "Bundeskriminalamt": True (its field inside names it), "Bundesamt": False (only with „für …“), else None
        self.federal = federal
        # heads that only describe the name after them ("die Partei Sumar"): that name is
        # read by the context rules; here they head a name only with adjectives before them
        self.context_heads = context_heads
        # organ nouns that a „für“ phrase names after a definite article: "die Partei für Freiheit"
        self.named_by_field = named_by_field
        # ends of nouns that a genitive of one noun names: "der Verband der Automobilindustrie"
        self.genitive_heads = genitive_heads
        self.adjective_stems = {w for w, r in roles.items() if r == "adjective"}
        self.federal_prefixes = tuple(w for w, r in roles.items() if r == "federal")
        self.lower_roles = frozenset(w for w in roles if not w[:1].isupper())
        self.club_words = frozenset(w for w, r in roles.items() if r == "club")    # „FC“, „SV“

    def adjective(self, word: str) -> bool:
        """A capitalised adjective as names use them: 'Brasilianische', 'Freie', 'Christlich-Soziale'."""
        if not word[:1].isupper() or not word.replace("-", "").isalpha():
            return False
        if word.endswith(_ADJECTIVE_SUFFIXES):
            return True
        return any(word.endswith(e) and word[: len(word) - len(e)] in self.adjective_stems for e in ADJECTIVE_ENDINGS)

    def spans(self, words: Sequence[str], name_at: Callable[[int], bool], cap_at: Callable[[int], bool],
              adjective_at: Callable[[int], bool], club: ClubTests | None = None) -> list[tuple[int, int, str]]:
        """(first token, end, role of the word that made it) of each organisation name, left to
        right, not overlapping.

        `name_at(k)`: word k may follow a head or club prefix (a name no list holds, a place);
        `cap_at(k)`: word k may precede a legal form (any capitalised word that is no function word);
        `adjective_at(k)`: word k is a name adjective ("Freie", a state's adjective);
        `club`: what may go on a club's name (without it: `name_at`).
        """
        out: list[tuple[int, int, str]] = []
        roles = self.roles
        after = 0       # the word after the last span: no span starts before it
        for i in self._starts(words):
            if i < after:
                continue
            role = roles.get(words[i]) or ("compound" if self.compound(words[i]) else None) \
                or ("legal-compound" if self._legal_compound(words[i]) else None)
            span = None
            if role in ("head", "organ", "compound"):
                span, role = self._head_or_seat(words, i, role, name_at, adjective_at, club)
            elif role == "legal" and out and out[-1][1] == i:
                out[-1] = (out[-1][0], i + 1, out[-1][2])   # "Deutsche Bank AG": the form ends the name before it
                fired(ROLE_RULES["legal"])
            elif role in ("legal", "legal-compound"):
                span = self._legal(words, i, cap_at, self.compound)
            elif role == OF_HEAD:
                span, role = self._english_of_name(words, i)
            elif role in ("tail", NAME_END, FOREIGN_END, "club"):
                span, role = self._end_or_club(words, i, role, name_at, cap_at, club)
            elif club is not None and words[i][:1].isupper():
                span, role = club_by_form(words, i, club)
            if span is not None and (not out or span[0] >= out[-1][1]):
                out.append((*span, role))
                after = span[1]
                continue
            after = i + 1
        return out

    def _starts(self, words: Sequence[str]) -> list[int]:
        """The words a span may start at: a capitalised word or a word with a role (no role, and a compound
        is capitalised: most words start nothing); the lower-case role words („e.V.“) found in C."""
        caps = capitalised(words)
        lower = positions(words, self.lower_roles)
        return sorted(caps + lower) if lower else caps

    def _legal_compound(self, word: str) -> bool:
        """'Versicherungs-AG', 'Vermögensverwaltungs-GmbH': a German noun's stem, a hyphen and a legal form."""
        stem, _, form = word.rpartition("-")
        return self.roles.get(form) == "legal" and len(stem) > 3 and stem[:1].isupper() and stem[1:].islower() \
            and stem.isalpha()

    def _head_or_seat(self, words: Sequence[str], i: int, role: str, name_at: Callable[[int], bool],
                      adjective_at: Callable[[int], bool], club: ClubTests | None) -> tuple[tuple[int, int] | None, str]:
        """A name by its head noun (`_head`), else an institution's compound before its seat (`_seat`)."""
        if i > 0 and words[i] in self.named_by_field and words[i - 1].lower() in DEFINITE_ARTICLES \
                and _for_phrase(words, i + 1) > i + 1:
            return (i, _for_phrase(words, i + 1)), "field"     # „die Partei für Freiheit und Fortschritt“
        span = self._head(words, i, role, name_at, adjective_at, club)
        if span is not None and role == "compound" and span[0] == i - 1 and span[1] == i + 1 and self.seated(words[i]) \
                and club is not None and club.town_adjective(i - 1):
            return span, "town-seat"        # „das Frankfurter Landgericht“
        if span is None and role == "compound" and club is not None and self._seat(words, i, club):
            return (i, self._seat(words, i, club)), "seat"
        if span is None and role == "head" and i + 2 < len(words) and words[i + 1] in german.OF_CONNECTORS \
                and _english_word(words[i + 2]):
            return self._english_of_name(words, i)     # „die Bank of Utopia“, „die Royal Bank of Utopia“
        if span is None and role in ("organ", "compound"):
            federal = self._federal(words, i)
            if federal is not None:
                return federal, "federal"
        if span is None and role == "head" and i > 0 and name_at(i - 1):
            span = self._legal(words, i, name_at, self.compound)     # "die Moser Holding": names before it
            if span is not None and span[0] > 0 and words[span[0] - 1].lower() in german.INDEFINITE_ARTICLES:
                fired(INDEFINITE_HEAD)      # „eine Colmarer Zeitung“: one of a kind
                return None, "head-after"
            if span is not None and span[0] > 0 and words[span[0] - 1][:1].isupper() \
                    and words[span[0] - 1].lower() not in german.ARTICLES:
                return None, "head-after"        # "Worried Men Skiffle Group": the name starts before
            if span is not None and i + 2 < len(words) and words[i + 1] in german.OF_CONNECTORS \
                    and words[i + 2][:1].isupper():
                span = (span[0], i + 3)     # "Savings Bank of Ukraine"
            return span, "head-after"
        if span is None and role == "head" and not self.german_word(words[i], False):
            return self._foreign_before_end(words, i, lambda k: _english_word(words[k])), "foreign-tail"  # „Quorvex Insurance Group“
        return span, role

    def _seat(self, words: Sequence[str], i: int, club: ClubTests) -> int:
        """One past 'Landgericht Wismar', 'Staatsoper Wien', 'Landesgericht St. Pölten': a seated institution's
        compound and one town after it (not before a second name: „Landgericht Wismar Klaus …“), else 0."""
        n = len(words)
        if i + 1 >= n or not self.seated(words[i]):
            return 0
        end = i + 2 if club.town(i + 1) else club.town_end(i + 1)
        return end if end and not (end < n and words[end][:1].isupper()) else 0

    def _head(self, words: Sequence[str], i: int, role: str, name_at: Callable[[int], bool],
              adjective_at: Callable[[int], bool], club: ClubTests | None = None) -> tuple[int, int] | None:
        """'Brasilianische Stiftung für Menschenrechte', 'Deutsche Bank', 'Universität Wien'."""
        start = i
        while start > 0 and i - start < 3 and adjective_at(start - 1):
            start -= 1
        end = i + 1
        n = len(words)
        # a generic noun names nothing by itself: "die Partei Sumar" is read by the context
        # rules, "die Polizei Kiew" is Kyiv's police, "das Ministerium für Kultur" a government body
        if start == i and role != "compound" and (genitive_end := _genitive_name(words, i + 1, adjective_at)):
            fired(GENITIVE_NAME)    # „die Partei der Unabhängigen Griechen“
            return i, genitive_end
        if start == i and self.genitive_heads and (genitive_end := self._genitive_noun(words, i)):
            fired(GENITIVE_NOUN)    # „der Verband der Automobilindustrie“
            return i, genitive_end
        if start == i and (words[i] in self.context_heads or role != "head"):
            if role != "compound":
                fired(GENERIC_HEAD)
            return None
        if start > 0 and words[start - 1].lower() in german.INDEFINITE_ARTICLES:
            fired(INDEFINITE_HEAD)          # „eine Bank für Unternehmen“, „eine Schweizer Zeitung“: one of a kind
            return None
        if _for_phrase(words, end) > end and club is not None and (club.town(end + 1) or club.first_name(end + 1)
                                                                  or self.roles.get(words[end + 1]) == "club"):
            fired(FOR_NAME)                 # „in der Ersten Liga für Eintracht Innsbruck“: for whom, no field
        elif _for_phrase(words, end) > end:
            end = _for_phrase(words, end)   # "… für Menschenrechte", "… für Migration und Flüchtlinge"
        else:                   # an institution named by its seat: "Universität Wien"
            while end < n and end - i <= _MAX_RIGHT and name_at(end):
                end += 1
        return (start, end) if end - start >= 2 else None

    def _genitive_noun(self, words: Sequence[str], i: int) -> int:
        """One past „der Automobilindustrie“ after the noun at i that such a genitive names (its end in
        `genitive_heads`, after a definite article), where no capitalised word follows and the noun is
        no state's own noun („des Landes“), else 0."""
        n = len(words)
        g = words[i + 2] if i + 2 < n else ""
        if i == 0 or i + 1 >= n or words[i - 1].lower() not in DEFINITE_ARTICLES \
                or words[i + 1] not in german.GENITIVE_ARTICLES \
                or not (g[:1].isupper() and g.isalpha() and g[1:].islower()) or i + 3 < n and words[i + 3][:1].isupper() \
                or not any(stem.endswith(self.genitive_heads) for stem in (words[i].lower(), *german.genitive_stems(words[i].lower()))) \
                or any(stem.lower() in _OWN_COUNTRY for stem in (g, *german.genitive_stems(g))) or self.adjective(g):
            return 0
        return i + 3

    def _federal(self, words: Sequence[str], i: int) -> tuple[int, int] | None:
        """'Bundeskriminalamt', 'Bundesamt für Verfassungsschutz', 'Landesamt für Statistik': a federal
        or regional authority, where its field is inside the compound or in a „für“ phrase after it."""
        named = self.federal(words[i])
        if named is None:
            return None
        end = _for_phrase(words, i + 1)
        return (i, end) if named or end > i + 1 else None

    def _english_of_name(self, words: Sequence[str], i: int) -> tuple[tuple[int, int] | None, str]:
        """'Bank of Utopia', 'Royal Bank of Utopia', 'Institute of Arts and Sciences': the noun at i before „of“ and
        English words, with the English words before the noun that open the name (none a German word: „die Deutsche
        Bank of …“ names nothing here) and those an „and“ joins after it; (None, role) where no „of“ and English
        word follow."""
        n = len(words)
        if not (i + 2 < n and words[i + 1] in german.OF_CONNECTORS and _english_word(words[i + 2])):
            return None, OF_HEAD
        start = i
        while start > 0 and i - start < 3 and self._english_opener(words, start - 1):
            start -= 1
        end = _of_end(words, i + 3)
        if start > 0 and _english_word(words[start - 1]) and words[start - 1].lower() not in german.DETERMINERS:
            return None, "of-name"      # a German noun or a fourth word before: the name starts elsewhere
        if start == i and end == i + 3 + _run(words, i + 3) and self.roles.get(words[i]) != OF_HEAD:
            return (i, end), "tail"     # „die Bank of Utopia“: the English noun's own reading
        return (start, end), "of-name"

    def _english_opener(self, words: Sequence[str], k: int) -> bool:
        """Word k may open an English institution's name before its noun: a foreign word („Royal“, „Central“,
        „People's“; no title: „Zentralbankchef“) or an English noun of organisations („Reserve“); no German or English
        article („The“)."""
        w = words[k]
        bare = w[:-2] if w.endswith(german.ENGLISH_POSSESSIVE) else w
        if not _english_word(bare) or w.lower() in german.DETERMINERS or w.lower() in german.ENGLISH_ARTICLES:
            return False
        return self.roles.get(w) in ("tail", OF_HEAD) or self.foreign_word(bare)

    def _tail(self, words: Sequence[str], i: int, cap_at: Callable[[int], bool]) -> tuple[int, int] | None:
        """'Columbia Records', 'Stanford University', 'University of Oxford': an English noun that
        ends a name after it, or starts one before „of“."""
        n = len(words)
        if i + 2 < n and words[i + 1] in german.OF_CONNECTORS and cap_at(i + 2):
            end = i + 3
            while end < n and end - i < 5 and cap_at(end):
                end += 1
            end = _past_and(words, end)     # „Institute of Science and Technology“
            start = i       # „ein Norvana Film Board of Utopia“: English words before the noun open the name
            while start > 0 and i - start < 3 and cap_at(start - 1) and words[start - 1].lower() not in german.DETERMINERS:
                start -= 1
            return start, end
        return self._legal(words, i, cap_at, self.compound)

    def _end_or_club(self, words: Sequence[str], i: int, role: str, name_at: Callable[[int], bool],
                     cap_at: Callable[[int], bool], club: ClubTests | None) -> tuple[tuple[int, int] | None, str]:
        """A name by an English noun that ends it („Columbia Records“), by a word that ends it („Fabrix
        International“), or by a club's prefix („FC Oberwölz“) that also ends a name where no club's word follows
        („die Statistik Austria“)."""
        if role == "tail":
            return self._tail(words, i, cap_at), role
        if role == NAME_END:
            return self._name_before_end(words, i, cap_at), "tail"
        if role == FOREIGN_END:
            return self._foreign_before_end(words, i, cap_at), "foreign-tail"
        span, role = club_prefix(words, i, club or ClubTests(name_at, name_at, lambda k: False))
        if span is None and words[i] in self.club_ends:
            return self._name_before_end(words, i, cap_at), "tail"
        return span, role

    def _name_before_end(self, words: Sequence[str], i: int, cap_at: Callable[[int], bool]) -> tuple[int, int] | None:
        """'Statistik Austria', 'die Quorvo Austria': up to three capitalised words before a word that ends the name
        and no capitalised word after it („das Austria Center“ goes on), none a preposition; a German word („Prozent
        Quorvo Austria“), or a word of the lexicon that opens a sentence („Hinter Quorvo Austria“), is part of it only
        alone, right after an article („die Statistik Austria“)."""
        if i + 1 < len(words) and words[i + 1][:1].isupper():
            return None
        if i > 0 and words[i - 1].lower() in _ENGLISH_PLAIN_ADJECTIVES:
            fired(END_ADJECTIVE)        # „die Fake News“: a kind of thing
            return None
        start = i
        while start > 0 and i - start < 3 and cap_at(start - 1) and words[start - 1].lower() not in german.PREPOSITIONS:
            start -= 1
        while start < i and self.german_word(words[start], start == 0 or words[start - 1] in german.SENTENCE_OPENERS) \
                and not (start == i - 1 and start > 0 and words[start - 1].lower() in _WEAK_DECLINING):
            start += 1      # „das Radrennen Fabrix Austria“: a German noun before other names describes them
        return (start, i + 1) if start < i else None

    def _foreign_before_end(self, words: Sequence[str], i: int, cap_at: Callable[[int], bool]) -> tuple[int, int] | None:
        """'Brenwick Harbor Media', 'Tarmik Games': up to three capitalised words before a corporate noun and no
        capitalised word before or after them, none a German word of the lexicon nor a preposition, and the word right
        before the noun no English adjective; a German noun before them describes them or starts a longer name
        („im Bereich Games“, „die Händler Media“): such a name is left to other rules."""
        n = len(words)
        if i == 0 or i + 1 < n and words[i + 1][:1].isupper() \
                or words[i - 1].lower().endswith(_ENGLISH_ADJECTIVE_ENDINGS):
            return None
        start = i
        while start > 0 and i - start < 3 and cap_at(start - 1) and words[start - 1].isalpha() \
                and words[start - 1].lower() not in german.PREPOSITIONS \
                and not self.german_word(words[start - 1], start == 1 or words[start - 2] in german.SENTENCE_OPENERS):
            start -= 1
        if start == i or start > 0 and cap_at(start - 1) and words[start - 1].isalpha() \
                and words[start - 1].lower() not in german.PREPOSITIONS:
            return None     # „die Händler Media“: a German noun or a fourth word inside, its name starts before
        return start, i + 1

    @staticmethod
    def _legal(words: Sequence[str], i: int, name_at: Callable[[int], bool],
               describes: Callable[[str], bool]) -> tuple[int, int] | None:
        """'Brenntag AG', 'Müller & Söhne GmbH': the name before a legal form; a noun that says
        what the name is stands before it and is no part of it („der Autobauer Daimler AG“)."""
        start = i
        while start > 0 and i - start < 3 and (name_at(start - 1) or words[start - 1] == "&") \
                and not (start < i and describes(words[start - 1])):
            start -= 1
        while start < i and words[start] == "&":
            start += 1
        return (start, i + 1) if start < i else None
