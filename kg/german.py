"""Closed-class German words, each defined once; the NLP rules and the extractor import them.

Open-class words (titles, heads, verbs, organs, cue words) are data files in `kg/data/`;
month names live with their numbers in `kg/data/dates_de.tsv`, the nouns of constructions
("nach Angaben", "in der Nähe von", "Frau", "Dr.") in `kg/data/grammar_nouns.tsv`.

>>> "keines" in NEGATIONS and "werde" in PASSIVE_AUXILIARIES
True
>>> sorted(MODALS & {"soll", "wird"})
['soll']
>>> "Jänner" in MONTHS and "Feber" in MONTHS
True
"""
from __future__ import annotations

import re
from types import MappingProxyType

from kg import resources


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _nouns(kind: str) -> frozenset[str]:
    """The nouns of one kind in `grammar_nouns.tsv`: nouns are open-class words, kept as data."""
    return frozenset(word for k, word in resources.commented_rows("grammar_nouns.tsv") if k == kind)


DEFINITE_ARTICLES = _words("der die das des dem den")
INDEFINITE_ARTICLES = _words("ein eine einer eines einem einen")
# the nominative singular's: „…, der ein Mitglied der SPD ist“ (not „mit einem Mitglied“)
NOMINATIVE_INDEFINITES = _words("ein eine")
ARTICLES = DEFINITE_ARTICLES | INDEFINITE_ARTICLES
# the third person's: „Seine Partei“ refers back to a person named before
THIRD_PERSON_POSSESSIVES = _words("sein seine seines seinem seinen seiner ihr ihre ihres ihrem ihren ihrer")
POSSESSIVES = THIRD_PERSON_POSSESSIVES | _words("unser unsere unseres unserem unseren unserer")
# „X und sein Sprecher“: the forms a possessive takes in a coordinated subject (nominative)
NOMINATIVE_POSSESSIVES = _words("sein seine ihr ihre")
MASCULINE_DEMONSTRATIVE = "dieser"       # "Dieser sagte …": a pronoun at a sentence's start
DEMONSTRATIVES = _words("diese dieses diesem diesen jener") | {MASCULINE_DEMONSTRATIVE}
# „…, solange diese mit X spricht“: a demonstrative subject of a clause, the actor last named
# „das Land“: a state named before (talks: the visited state); the noun own_country_nouns.tsv reads after „sein“
LAND_NOUN = "land"
LAND_GENITIVE = LAND_NOUN + "es"         # „die Gläubiger des Landes“: the state the article is about
# adjectives before „Land“ that make it one's own, not a state named before: „im eigenen Land“
OWN_ADJECTIVES = _words("eigene eigenen eigenem eigener eigenes")
NOMINATIVE_DEMONSTRATIVES = _words("diese dieses") | {MASCULINE_DEMONSTRATIVE}
# "wies dies zurück": a pronoun standing for what the sentence before told (never an article or a relative)
STATEMENT_DEMONSTRATIVE = "dies"
QUANTIFIERS = _words("einige einigen einiger einiges einigem")
# "trafen sich", "sprachen miteinander": the subjects act on each other.
REFLEXIVE_PRONOUN = "sich"
RECIPROCALS = _words("miteinander einander") | {REFLEXIVE_PRONOUN}
# words that open a noun phrase ("die", "seine", "dieser", "einige", "deren")
# the relative possessives: "Anders die FPÖ: …, meint deren Sozialsprecher X"
RELATIVE_POSSESSIVES = _words("dessen deren")
DETERMINERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES | QUANTIFIERS | RELATIVE_POSSESSIVES
# the determiners a masculine noun phrase has as subject: „Der Vorschlag der SPD …“ is the subject (the phrase of
# „Den Vorschlag …“, „Die Forderung …“ may be the fronted object)
MASCULINE_NOMINATIVE_DETERMINERS = _words("der ein kein dieser jener sein ihr unser")
RELATIVES = _words("der die das den dem denen dessen deren welcher welche welches")
# the relative pronouns of a dative object: „die Nato, der die Türkei angehört“, „der Pakt, dem Polen beitrat“
DATIVE_RELATIVES = _words("der dem denen")
# the relative pronouns that may be the subject of their clause: „Kerry, der Lawrow traf“ (not „den“, „dem“)
NOMINATIVE_RELATIVES = _words("der die das welcher welche welches")
# the relative pronouns that are never the subject of their clause: „Brunner, den die SPÖ kritisierte“
OBJECT_RELATIVES = _words("den dem denen")
# the articles of a feminine (or plural) noun phrase that a relative „der“ cannot stand for as its subject: „die
# Kammer, der sie … vorwirft“ (dative), „eine Partei, der …“
FEMININE_NOMINATIVE_ARTICLES = _words("die eine")
# the pronouns that are only ever a subject: after one of them a relative pronoun is an object („der er … vorwirft“)
NOMINATIVE_ONLY_PRONOUNS = _words("ich du er wir man")
# "wo", "weshalb" open a relative clause too ("…, weshalb Deutschland Strafen verhängte")
RELATIVE_ADVERBS = _words("wo weshalb")
# prepositions that add one more to a clause's subjects: „neben den USA nehmen auch Russland und China teil“
BESIDES_PREPOSITIONS = _words("neben samt")
# the prepositions of what one takes part in: "sich an der Militäraktion beteiligen", "am Einsatz teilnehmen"
PARTICIPATION_PREPOSITIONS = _words("an am")
# where the one stands who meets a plan with a statement: "stieß bei der Nato / in Berlin auf Kritik"
MEETING_PREPOSITIONS = _words("bei beim in im seitens")
# the occasion of a passive act: "bei Luftangriffen wurden … getötet"
OCCASION_PREPOSITIONS = _words("bei beim")
# the preposition of one's employer or club, before its bare name: „arbeitet bei Brantel“, „Analyst bei Fabrix“
EMPLOYER_PREPOSITIONS = _words("bei")
# words before a meeting noun that put a clause's act at that meeting: „am Rande des Gipfels“, „während der Konferenz“
AT_MEETING_WORDS = _words("rande während bei beim auf")
AGAINST = "gegen"         # „3:2 gegen Graz“: a match's opponent
CLOCK_WORDS = _words("Uhr")          # „um 14:30 Uhr“: a figure with a colon that is a time, no score
# the letters before a final -s of no English plural: „Boss“, „Landhaus“, „Basis“, „Bus“
NOT_BEFORE_ENGLISH_PLURAL_S = "suiäöü"
# words that make coordinated subjects act on each other, unlike a bare "sich": "warfen sich gegenseitig vor"
EACH_OTHER = _words("gegenseitig einander wechselseitig")
# the relative pronoun of a whole clause: "…, was Moskau bestreitet"
CLAUSE_RELATIVES = _words("was")
PREPOSITIONS = _words(
    "mit gegen an am auf von vom für gegenüber zu zum zur nach in im ins aus bei beim über um vor zwischen "
    "unter durch seitens wegen trotz ohne neben samt inklusive als seit bis laut gemäß angesichts anlässlich "
    "innerhalb außerhalb dank per einschließlich "
    # genitive prepositions: „zugunsten der Partei X“ is no bare subject or object
    "zugunsten zulasten zuungunsten aufgrund infolge anstelle hinsichtlich bezüglich ungeachtet mittels jenseits "
    "abseits inmitten aufseiten zwecks unweit oberhalb unterhalb anhand")   # "als Außenministerin": a role
# "kein": the negative article; with "nicht", "nie" the negations
NEGATIVE_ARTICLES = _words("kein keine keinen keinem keiner keines")
NEGATIONS = NEGATIVE_ARTICLES | _words("nicht nie niemals")
# after a negation, „no longer“: „keine Hilfe mehr“, „nicht mehr“ (not before „als“: „nicht mehr als“ compares)
NO_LONGER = _words("mehr länger")
COMPARATIVE_THAN = _words("als")
# the first part of a compound that denies its head: „Nicht-EU-Land“, „Ex-Mitglied“ (lower-cased)
PRIVATIVE_PREFIXES = _words("nicht ex")
FORMER_PREFIX = "ex"      # „Exbankchef“: a former holder's title written as one word (lower-cased)
HONORARY_PREFIX = "ehren"     # „Ehrenpräsident“: an honorary title written as one word (lower-cased)
# "jede Stadt": a determiner of each one
DISTRIBUTIVES = _words("jede jeder jedes jeden jedem")
# the determiners of a noun in the dative, accusative or genitive, never a clause's subject nor its copula's
# predicate: „…, der jedem Parteichef widersprach“, „…, die dem Chef half“
OBJECT_DETERMINERS = _words("dem den des einem einen eines jedem jeden jedes diesem diesen seinem seinen seines "
                            "ihrem ihren ihres")
# the conjunctions that add one more: "Russland und China", "Frankreich sowie Italien"
# "sowie": "and also", joining a list's last part that often brings a group of its own
AS_WELL_AS = _words("sowie")
# „sowohl X als auch Y“: the word opening the pair and the two words joining its second member to the first
BOTH_OPENER = "sowohl"
BOTH_JOINER = ("als", "auch")
# the words after a paper's title that name its Sunday edition: „Bild am Sonntag“, „Welt am Sonntag“
SUNDAY_EDITION = ("am", "Sonntag")
AND_CONJUNCTIONS = _words("und")
ADDITIVE_CONJUNCTIONS = AND_CONJUNCTIONS | AS_WELL_AS
# the conjunctions of an enumeration: "Estland, Lettland oder Polen"
LIST_CONJUNCTIONS = ADDITIVE_CONJUNCTIONS | _words("oder")
BUT_CONJUNCTIONS = _words("aber")
COORDINATORS = LIST_CONJUNCTIONS | BUT_CONJUNCTIONS | _words("sondern doch")
# conjunctions that open a subordinate clause; "da" too, but it is also an adverb ("da ist"),
# so only `SUBORDINATORS_AMBIGUOUS` holds it and clauses are not split at it
# "dass" opens a content clause: "sagte, dass …"
COMPLEMENTIZERS = _words("dass daß")
# "wie", "als" compare as often as they subordinate: a clause starts at them only after a comma
COMPARATIVE_CONJUNCTIONS = _words("wie als")
# the letters German spells beyond ASCII: kept when a foreign name loses its accents („Fernández“ → „Fernandez“)
GERMAN_LETTERS = frozenset("äöüÄÖÜß")
# the particle of „angehören“ (belonging to a body): „gehört der SPÖ an“
BELONGING_PARTICLE = "an"
# the particle of „beitreten“ (joining a body): „trat der EU bei“
JOINING_PARTICLE = "bei"
# "ob" opens an indirect question: "fragte, ob …", whose content is open, not possible
INTERROGATIVE_COMPLEMENTIZERS = _words("ob")
SUBORDINATORS = COMPLEMENTIZERS | COMPARATIVE_CONJUNCTIONS | _words(
    "weil falls wenn nachdem obwohl damit während bevor sodass indem wonach solange sobald seitdem") \
    | INTERROGATIVE_COMPLEMENTIZERS
SUBORDINATORS_AMBIGUOUS = _words("da")
# prepositions that also open a subordinate clause: „seit Montag“, „seit Russland angriff“; „bis“, „als“ alike
PREPOSITION_SUBORDINATORS = _words("seit bis")
# a preposition that opens a sentence opens a phrase, the one field before a main clause's finite verb: „Nach
# einer Prüfung der Firma übt die Behörde Kritik“
FRONTING_PREPOSITIONS = PREPOSITIONS - SUBORDINATORS - COMPARATIVE_CONJUNCTIONS - PREPOSITION_SUBORDINATORS
# a subordinator that is also a preposition of the genitive: „während des Besuchs“ (no clause: the verb follows)
GENITIVE_SUBORDINATORS = _words("während")
# determiners of the genitive singular no subject takes: „des“, „seines“, „eines“; the feminine „einer“, „seiner“
# (genitive or dative, never a nominative article): „während seiner Visite“
GENITIVE_DETERMINERS = _words("des eines seines ihres dieses unseres einer seiner ihrer unserer")
# forms of "werden", the passive (and future) auxiliary
PASSIVE_AUXILIARIES = _words("wird werden werde wurde wurden worden")
# the past forms of „werden“, which never take an infinitive: „wurde entlassen“ is a passive, „wird entlassen“ may be a future
PAST_PASSIVE_AUXILIARIES = _words("wurde wurden worden")
# finite forms of "haben", indicative and subjunctive, and with those of "sein"
HAVE_FORMS = _words("hat haben hatte hatten habe hätte hätten")
HAVE_BE = HAVE_FORMS | _words("ist sind war waren sei seien wäre wären")
# the forms of "sein" alone: with a participle they state what the subject has undergone („ist angeklagt“)
BE_FORMS = _words("ist sind war waren sei seien wäre wären")
MODALS = _words("will wollen wollte wollten soll sollen sollte sollten kann können konnte konnten "
                "muss müssen musste mussten darf dürfen möchte")
AUXILIARIES = HAVE_BE | PASSIVE_AUXILIARIES | MODALS | _words("würde würden")
# the modals' subjunctive of reported speech: „Lissabon wolle die Kredite tilgen, sagte sie“
SUBJUNCTIVE_MODALS = _words("wolle wollten könne könnten müsse müssten solle sollten dürfe dürften möge")
# the infinitives and participles of the copulas, which close a clause whatever its subject („will Hauptstadt bleiben“)
COPULA_INFINITIVES = _words("sein gewesen werden geworden bleiben geblieben heißen geheißen")
# the subjunctive of reported speech that turns a clause into a demand ("Mexiko müsse sich entschuldigen,
# sagte Ebrard"); with a negation, "dürfe" forbids ("Russland dürfe nicht angreifen")
DEMAND_MODAL = "müsse"          # the cue a demand's event records
DEMAND_MODALS = _words("müssten") | {DEMAND_MODAL}
# the indicative in a quotation the speaker closes („Die Türkei muss …, sagte Mogherini“): a demand too
QUOTED_DEMAND_MODALS = _words("muss müssen")
# hearsay: "soll(en) … angegriffen haben" reports another's claim of a past act
HEARSAY_MODALS = _words("soll sollen")
# the past of wanting: „Beim Gipfel wollte X …“ tells what X wanted at talks that took place
PAST_WANTING_MODALS = _words("wollte wollten")
SHALL_STEM = "soll"        # "soll", "sollen", "sollte", "sollten"
# a source a claim is attributed to: "laut Kiew", "Kiew zufolge", "nach Angaben Kiews"
ATTRIBUTION_PREPOSITIONS = _words("laut gemäß")
ATTRIBUTION_POSTPOSITION = "zufolge"
# a postposition closing a fronted phrase before the finite verb: "Den Angaben zufolge", "Dem Vernehmen nach"
POSTPOSITIONS = frozenset({ATTRIBUTION_POSTPOSITION}) | _words("nach")
ATTRIBUTION_NOUNS = _nouns("attribution")
PROHIBITION_MODALS = _words("dürfe dürften")
# "es gibt": a verb that takes any subject, like the auxiliaries
EXISTENTIAL = _words("gibt gab")
# the numbers written as words in news ("Platz sieben": a rank, not a square)
NUMBER_WORDS = _words("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf")


def _months() -> frozenset[str]:
    """The month words of `dates_de.tsv` (kind, word, value; `#` comments), capitalised as in text."""
    rows = resources.commented_rows("dates_de.tsv")
    return frozenset(word[:1].upper() + word[1:] for kind, word, *_ in rows if kind == "month")


# "Januar", "Jänner", "Jan"
MONTHS = _months()
# the capitalised nouns of a phrase of time before a title: "seit Mai Landesrat", "seit zwei Jahren Parteichef"
# (the spans of `dates_de.tsv`: "Jahren", "Monaten")
TIME_PHRASE_NOUNS = MONTHS | frozenset(word[:1].upper() + word[1:] for kind, word, *_ in
                                       resources.commented_rows("dates_de.tsv") if kind == "span")

# forms of address before a person's name ("Frau Kowalski", "Herrn Dr. Brandlhuber")
ADDRESS_NOUNS = _nouns("address")
# academic titles between an address and the name
ACADEMIC_TITLES = _nouns("academic-title")
# relatives: „Bruder“, „Zwillingsbruder“ (a compound ends in one)
KINSHIP_NOUNS = _nouns("kinship")
# "in seiner Eigenschaft als SPD-Chef": the capacity in which the clause's subject acts, a title after „als“
CAPACITY_NOUNS = _nouns("capacity")
# „seine Heimat Argentinien“: one's own country, named after a possessive
HOMELAND_NOUNS = _nouns("homeland")
# "das Amt des Bundespräsidenten", "den Posten des Kulturministers": an office, its title in the genitive after it
OFFICE_NOUNS = _nouns("office")
# "seine Parteifreundin X": a fellow member of the possessor's party
PARTY_PEER_NOUNS = _nouns("party-peer")
# "auf dem Ticket der Republikaner", "auf der Liste der SPÖ": a party's list of candidates
TICKET_NOUNS = _nouns("ticket")
# particles between a first name and a surname ("Johann Wolfgang von Goethe", "Rafael van der Vaart")
# ("Mohammed bin Salman"; "ben", "abu": son and father of, "Zine El Abidine Ben Ali", "Abu Bakr al-Baghdadi")
NAME_PARTICLES = _words("von van de di da del du dos ter zu la le bin ibn ben abu al el")
# the prefixes of Gaelic surnames, written glued to a capitalised stem: "McAllister", "MacLeod"
CELTIC_NAME_PREFIXES = _words("mc mac")
# the masculine singular articles but the genitive: "der", "dem", "den"; also the article after
# "von"/"van" in a surname ("von der Leyen", "van den Broek")
MASCULINE_ARTICLES = _words("der den dem")
# a noun's definite articles in the singular by its gender (m, f, n), contractions too: „der/den/dem/des/beim Konzern“,
# „die/der Firma“, „das/dem/des Unternehmen“; „die Unternehmen“, „der Hersteller“ after a noun are plurals, and „zum
# Hersteller werden“, „im Konzern“ name no actor
SINGULAR_DEFINITE_ARTICLES_BY_GENDER = {"m": _words("der den dem des beim vom"), "f": _words("die der"),
                                        "n": _words("das dem des beim vom")}
# the particles an article may follow: "von der Leyen", "van den Broek"
ARTICLED_PARTICLES = _words("von van")

# -- the entity stage (kg/extract: states, titles, relations) ------------------------------
# prepositions after which an unknown capitalised word is a place: "in Tekoa", "nach Dalian", "nahe Aleppo"
LOCATIVE_PREPOSITIONS = _words("in nach aus nahe")
# prepositions of place: "in Moskau", "nach Kiew" name the city, not its government
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | _words("bei von vor um über bis")
# genitive prepositions of place: „innerhalb Lissabons“ names the city
PLACE_GENITIVE_PREPOSITIONS = _words("innerhalb außerhalb inmitten")
# prepositions of direction and route before a place: "Richtung Kiew", "via Wien", "entlang der Grenze"
DIRECTION_PREPOSITIONS = _words("Richtung gen ab zwischen via durch entlang oberhalb unterhalb jenseits")
# compass adverbs that take a place like a preposition: "nördlich Kiews", "südöstlich von Aleppo", "unweit Tekoa"
COMPASS_ADVERBS = frozenset(f"{d}lich" for d in ("nörd", "süd", "öst", "west", "nordöst", "nordwest", "südöst",
                                                  "südwest")) | _words("unweit")
# a preposition fused with the definite article: "im Norden", "zum Gipfel", "beim Treffen"
CONTRACTIONS = _words("am ans aufs beim im ins vom zum zur")
# the definite articles that are singular whatever the noun: "dem FPÖ-Chef", "des SPÖ-Kandidaten", "beim ÖVP-Obmann"
SINGULAR_DEFINITE_ARTICLES = _words("dem des") | CONTRACTIONS
# the ending of a weak masculine's oblique singular that is also a plural: "der FPÖ-Abgeordneten", "den Kandidaten"
WEAK_NOUN_ENDING = "en"
# the determiners of a noun in the singular only: "das Treffen", "einem Gipfel", "beim Treffen", "seines Gesprächs";
# not "der", "die", "den", "seine", "seinen" (also plural)
SINGULAR_DETERMINERS = SINGULAR_DEFINITE_ARTICLES | INDEFINITE_ARTICLES | _words("das sein seines seinem ihr ihres ihrem "
                                                                                  "dieses diesem")
# the preposition each contraction holds: a cue's slot „zu“ takes „zur Türkei“ too
CONTRACTED = {"am": "an", "ans": "an", "aufs": "auf", "beim": "bei", "im": "in", "ins": "in", "vom": "von", "zum": "zu",
              "zur": "zu"}
# words after a clause-initial name that show it is no verb's subject: "Moskau im Winter",
# "Kiew dagegen": prepositions, conjunctions, articles and focus or contrast adverbs
FUNCTION_WORDS = _words(
    "im in am an und oder sowie als wie bei nach zu zur zum auf für mit von vom aus über unter vor seit bis "
    "gegen ohne um durch ins ans beim der die das des dem den ein eine selbst allein etwa noch dagegen "
    "hingegen jedoch aber")
# the prepositions after a noun of relations: "das Verhältnis zu Moskau", "die Haltung gegenüber Kiew"
RELATION_PREPOSITIONS = _words("zu von mit gegenüber zwischen")
# the other side of what one does: "brach die Beziehungen zu Havanna ab", "verhandelt mit Kuba", "klagt gegen Polen"
COUNTERPART_PREPOSITIONS = (RELATION_PREPOSITIONS - _words("von zwischen")) | _words("gegen")
# words that open a noun's complement: "Präsident der Ukraine", "Berater von Scholz"
NOUN_COMPLEMENT_OPENERS = _words("von vom des der")
# words inside a name that join its capitalised words: "Kommission für Menschenrechte und Versöhnung"
NAME_JOINERS = _words("für und von zur zum")
# the endings of an inflected adjective ("türkischen", "außenpolitischer"), and with "e" all endings
CASE_ENDINGS = ("em", "en", "er", "es")
ADJECTIVE_ENDINGS = CASE_ENDINGS + ("e",)
INTENSIFIERS = _words("sehr ganz")     # repeated between commas before an adjective: „sehr, sehr ernsthaft“
# the suffixes that make an adjective of a noun or name, no noun ends in them inflected: "bayerisch", "südlich"
LICH_SUFFIX = "lich"        # also of compass adverbs: "südlich von Aleppo"
ISCH_SUFFIX = "isch"        # also of a region's adjective: "oberösterreichisch"
NOUNLESS_ADJECTIVE_SUFFIXES = (ISCH_SUFFIX, LICH_SUFFIX)
# the suffixes of adjectives: "brasilianisch", "sozial", "richtig", "deutsch"
ADJECTIVE_SUFFIXES = NOUNLESS_ADJECTIVE_SUFFIXES + ("al", "ig", "sch")
# endings of uninflected adjectives and participles beyond those: „anspruchslos“, „mariniert“, „furchtbar“
ADJECTIVE_WORD_ENDINGS = ADJECTIVE_SUFFIXES + ("los", "iert", "bar", "sam", "haft")
# the endings a noun's plural or case adds to its stem: "Gewinne", "Stellen", "Beschäftigten", "Landes"
NOUN_ENDINGS = ("e", "n", "en", "er", "s", "es")
# the suffixes of abstract and mass nouns, and of people by their creed („Regierung“, „Nationalismus“, „der
# Nationalist Talamoni“): a single word ending so is a common noun, no name (`kg/data/noun_suffixes.tsv`)
NOUN_SUFFIXES = tuple(sorted(resources.load_word_list("noun_suffixes.tsv")))
# the noun suffix „-nis“ follows the consonant that ends a verb's or adjective's stem („Ergeb-nis“, „Finster-nis“);
# after a vowel or a doubled n the ending is a name's („Dovenis“, „Yiannis“)
STEM_SUFFIX = "nis"
NOT_STEM_ENDS = frozenset("aeiouyn")
# the suffix of feminine nouns that end in „-n“ also in the singular (their plural adds „-en“): „Kommission“,
# „Organisation“, „Koalition“, „Union“
SINGULAR_N_SUFFIX = "ion"
# the endings of a masculine or neuter noun's genitive singular: „des Gipfeltreffens“, „des Staatsbesuches“
LONG_GENITIVE_ENDING = "es"      # "des Bundesstaates"
SHORT_GENITIVE_ENDING = "s"      # "des Instituts"
GENITIVE_ENDINGS = (LONG_GENITIVE_ENDING, SHORT_GENITIVE_ENDING)
EE_GENITIVE_ENDING = "ees"       # "des Komitees": a noun in „-ee“ takes the short ending only
# the endings of a noun's dative plural, the shorter first: „zu Friedensgesprächen“, „nach Verhandlungsrunden“, „mit
# Telefonaten“
DATIVE_PLURAL_ENDINGS = ("n", "en")
S_PLURAL_ENDING = "s"      # "die Regierungschefs"
MEMBERS_PLURAL_ENDINGS = ("er", "en", "n")     # „Republikaner“, „Sozialisten“, „Grünen“: a group named by its members
ER_DATIVE_PLURAL_ENDING = "rn"     # "den Vertretern": the dative plural of a noun in "-er"


def genitive_stems(noun: str) -> tuple[str, ...]:
    """What a noun may be without a genitive ending, the shorter ending first.

    >>> genitive_stems("Instituts"), genitive_stems("Bundesstaates"), genitive_stems("Stiftung")
    (('Institut',), ('Bundesstaate', 'Bundesstaat'), ())
    """
    if not noun.endswith(SHORT_GENITIVE_ENDING):
        return ()
    return (noun[:-1], noun[:-2]) if noun.endswith(LONG_GENITIVE_ENDING) else (noun[:-1],)


def with_capitalised(words: frozenset[str] | set[str]) -> frozenset[str]:
    """The words as written inside a sentence and as they open one.

    >>> sorted(with_capitalised(frozenset({"laut", "so"})))
    ['Laut', 'So', 'laut', 'so']
    """
    return frozenset(words) | {w.capitalize() for w in words}
# the prefixes of a title that name its nation's level, dropped beside a state adjective: „Bundeskanzlerin“ is
# „die deutsche Kanzlerin“, „Staatspräsident“ „der französische Präsident“
NATIONAL_TITLE_PREFIXES = ("bundes", "staats")
# endings of nouns for people: „Schwägerin“, „Landsmann“, „Mitautor“, „Bassist“, „Kollege“
PERSON_NOUN_ENDINGS = ("er", "or", "eur", "in", "ist", "ent", "ant", "mann", "frau", "oge", "ege")
# the same for men: after „der“ such a noun is a subject („…, kritisierte der Initiator“), no dative
# („…, kritisierte der Landeschef“: „-chef“ ends only men's titles, „Landeschefin“ ends in „in“)
MASCULINE_PERSON_NOUN_ENDINGS = (*(e for e in PERSON_NOUN_ENDINGS if e not in ("in", "frau")), "chef")
# the article that before a masculine noun can only be nominative: „der Initiator“ (not „den“, „dem“)
MASCULINE_NOMINATIVE_ARTICLE = "der"
# the article of a feminine noun in the nominative (also its accusative): „die Ministerin“
FEMININE_NOMINATIVE_ARTICLE = "die"
# the strong ending of adjectives before a masculine noun („Niederösterreichischer“): `head_genders.tsv` marks
# masculine head nouns with it
MASCULINE_STRONG_ENDING = "r"
# what separates the items of any list, alternatives too: "BMW, Audi oder Tesla"
LIST_SEPARATORS = LIST_CONJUNCTIONS | _words(",")
# the determiners of a feminine singular noun: "die Band", "der Band" (genitive, dative), "seiner Band"
FEMININE_DETERMINERS = _words("die der einer eine seiner seine ihrer ihre")
# the determiners no neuter singular noun takes, and a town's name is neuter: „die menschenleere Halle“, „zur
# großen Halle“, „den alten Schwaben“ (not „das schöne Halle“, „im sonnigen Halle“)
NOT_NEUTER_DETERMINERS = FEMININE_DETERMINERS | _words("zur den")
# the determiners of a feminine singular noun in the genitive or dative alone: „der Abgeordneten X“, „zur
# Vorsitzenden X“ (a man's are „des“, „dem“, „zum“)
FEMININE_OBLIQUE_DETERMINERS = _words("der einer seiner ihrer zur")
# the glue of an enumeration of names: "Estland, Lettland und die Slowakei", "wie etwa Polen"
ENUMERATION_WORDS = _words(", und sowie oder die der den das wie etwa")
# a copula, or "als", before a predicate: "Estland und Lettland sind Nato-Mitglieder"
COPULAS = _words("sind ist seien sei waren war wurden wurde als")
# the prepositions that tie a party to its people: "die SPD von Scholz", "der Front National unter Le Pen"
PARTY_HEAD_PREPOSITIONS = _words("von um unter")
# what joins the names of a plain list: "Minister X, Ministerin Y und Staatssekretär Z"
LIST_GLUE = ADDITIVE_CONJUNCTIONS | _words(",")
# quantifiers that sum up the names before them: "X und Y (beide SPÖ)"
GROUP_QUANTIFIERS = _words("beide alle")
# a copula that is a verb (no "als"): "X ist Mitglied der SPÖ"
VERB_COPULAS = COPULAS - _words("als")
# the plural forms of the copula: "sie sind Mitglieder" (they), not "sie ist Mitglied" (she)
PLURAL_COPULAS = _words("sind seien waren wurden")
# "als" of a predicate: "ist als Mitglied der EU verpflichtet"
AS_WORDS = COPULAS - VERB_COPULAS
# the verbs of staying what one is: "Polen bleibt Mitglied der EU"
REMAIN_VERBS = _words("bleibt bleiben blieb blieben bleibe")
# the verbs that make a name's predicate his present role: "X bleibt Außenminister", "X wurde Regierungschef"
# ("X war noch Polizeidirektor" is a past one)
ROLE_COPULAS = _words("ist sind sei seien bleibt bleiben wird werden wurde wurden")
# those of one subject: „er ist Landesrat“, „sie wurde Ministerin“ (not „sie sind“, „sie werden“)
SINGULAR_ROLE_COPULAS = _words("ist sei bleibt wird wurde")
# the past copula: "X war seit 2003 Gouverneur" names an office once held (its holder an official still)
PAST_ROLE_COPULAS = _words("war waren")
SINGULAR_PAST_ROLE_COPULAS = _words("war")
# the finite past auxiliaries of „haben“, „sein“ and „werden“: „hatte X als Gewerkschafter …“ tells of a time before
PAST_AUXILIARIES = _words("hatte hatten") | PAST_ROLE_COPULAS | (PAST_PASSIVE_AUXILIARIES - _words("worden"))
# "X soll neuer Landesrat werden": the modal of an office decided for someone, and the infinitive of becoming
# (not "will … werden", a wish or candidacy)
DESIGNATION_MODALS = _words("soll sollen sollte sollten")
BECOME_INFINITIVES = _words("werden")
# the genitive article of a feminine or plural noun ("Mitglied der Nato"), of a masculine or neuter one
# ("Chef des Bündnisses"), and both: the articles of a genitive complement
FEMININE_GENITIVE_ARTICLES = _words("der")
MASCULINE_GENITIVE_ARTICLES = _words("des")
GENITIVE_ARTICLES = FEMININE_GENITIVE_ARTICLES | MASCULINE_GENITIVE_ARTICLES
# the words of a list of genitives: "Mitglied der Nato, der EU und des Europarats"
GENITIVE_LIST_WORDS = GENITIVE_ARTICLES | _words("und ,")
# a word opening a span of time between a copula and its predicate: "ist seit 1952 Mitglied"
DURATION_OPENERS = _words("seit")
# prepositions after which a date bounds a period instead of naming a day („seit dem 9. Januar“, „bis März“), and
# the dative article (or its contraction) that may stand between them and the date („bis zum 9. Januar“)
DEADLINE_PREPOSITIONS = _words("bis")     # „bis zum Gipfel“: the latest time of an act, before a noun or date
PERIOD_PREPOSITIONS = DURATION_OPENERS | DEADLINE_PREPOSITIONS | _words("ab nach vor")
PERIOD_DATE_ARTICLES = _words("dem zum")
# the prepositions that date a time by an event that took place: „seit dem Beitritt“, „vor dem Beitritt“ (not „bis“)
PAST_EVENT_PREPOSITIONS = DURATION_OPENERS | _words("nach vor")
# prepositions before a feast day's name that make it a time: „zu Silvester“, „an Ostern“, „seit Neujahr“, „über Ostern“
FEAST_PREPOSITIONS = PERIOD_PREPOSITIONS | _words("zu an über")
# abbreviations whose full stop ends no sentence („Dr. Müller“, „St. Pölten“, „ca. 20 Menschen“, „bzw. Russland“)
SENTENCE_INNER_ABBREVIATIONS = _words("Dr St Nr bzw ca usw")
# "other" before the members' noun: "Deutschland und andere EU-Staaten" names a member too
OTHER_ADJECTIVES = _words("andere anderen anderer übrige übrigen weitere weiteren")
# words that rank or count one member among the others, between a copula (or "als") and a member noun:
# "Polen ist eines von 28 EU-Ländern", "Österreich als erstes EU-Land", "das einzige Nato-Mitglied"
MEMBER_RANK_WORDS = ARTICLES | NUMBER_WORDS | _words("von erste erster erstes einzige einziger einziges")
# adverbs between a copula and its predicate: "sind ohnehin in der Nato"
COPULA_ADVERBS = _words("ohnehin bereits schon längst auch zwar weiterhin noch derzeit inzwischen mittlerweile nun "
                        "jetzt heute bislang seither tatsächlich")
# words that open a list of members: "die Nato – einschließlich Polen und Estland –"
# "darunter": "among them"; "unter ihnen" says the same
AMONG_ADVERBS = _words("darunter")
# "wie" naming examples of a group before it: "Republikaner wie X", "Staaten wie etwa Polen"
SUCH_AS = _words("wie")
# the adverbs that may follow "wie" or "darunter" before the examples: "wie etwa X", "darunter auch X"
EXAMPLE_ADVERBS = _words("etwa auch")
AMONG_PREPOSITIONS = _words("unter")
# "unter Vermittlung der EU", "unter UN-Schirmherrschaft": the preposition of the auspices talks are held under
AUSPICES_PREPOSITIONS = _words("unter")
INCLUSIVES = _words("einschließlich inklusive samt") | AMONG_ADVERBS


# -- the clause, role, talks and event rules (kg/extract) ---------------------------------------
# the definite article of an accusative or dative object, never of a subject: "kritisierte den Präsidenten"
OBJECT_ARTICLES = _words("den dem")
# the articles of a dative object: "erteilte der Partei eine Absage", "machte dem Minister Vorwürfe", "den Ländern"
DATIVE_ARTICLES = _words("dem der den einem einer")
# an accusative or dative article, definite or not: "den Papst", "einem Treffen"
OBLIQUE_ARTICLES = OBJECT_ARTICLES | _words("einen einem")
# the article forms of a singular object: "den Präsidenten", "einem Treffen", "eines Gipfels"
SINGULAR_OBJECT_ARTICLES = OBLIQUE_ARTICLES | _words("ein eines")
# the article forms that open a nominative subject: "Ein Leitartikel …", "Die Regierung …"
NOMINATIVE_ARTICLES = _words("der die das ein eine")
# the determiners of a thing that looms as a verb's subject after its dative actor, never that actor's own:
# „droht Österreich eine Strafe“, „droht der Firma die Pleite“ („der“ may be a dative: „drohte der Regierung“)
LOOMING_DETERMINERS = _words("die das ein eine kein keine")
# the articles of a masculine or feminine noun in the accusative: "hat den Vorsitz inne", "übernimmt die Präsidentschaft"
ACCUSATIVE_ARTICLES = _words("den die einen eine")
# the definite article before a person's title: "der/die/den/dem Minister" (a title is never neuter, and
# a genitive reads as a complement)
PERSON_ARTICLES = _words("der die den dem")
# personal pronouns in the nominative, "man" with them
PERSONAL_PRONOUNS = _words("ich du er sie es wir ihr man")
# the speaker's own pronouns in quoted speech: "Wir werden helfen, sagte Merkel"
FIRST_PERSON_PRONOUNS = _words("ich wir")
# the impersonal pronoun, which in reported speech stands for the speaker's side: „…, sei man sich einig, sagte X“
IMPERSONAL_PRONOUNS = _words("man")
# the pronouns of the speaker's own side in reported speech
SPEAKER_SIDE_PRONOUNS = FIRST_PERSON_PRONOUNS | IMPERSONAL_PRONOUNS
# a third person singular subject: "er", "sie"
MASCULINE_PRONOUNS = _words("er")
PLURAL_PRONOUN = "sie"          # „sie trafen“: with a verb in „-n“ (the third person plural) it is „they“
THIRD_PERSON_PRONOUNS = MASCULINE_PRONOUNS | {PLURAL_PRONOUN}
PLURAL_VERB_ENDING = "n"        # the third person plural's finite verb: „fordern“, „forderten“, „seien“
# finite verbs of the third person singular that end in „-n“ like a plural („sie kann“ is „she“, „sie können“ „they“)
SINGULAR_FORMS_IN_N = _words("kann")
# a plural finite verb that does not end in „-n“: „sie sind“
PLURAL_FORMS_NOT_IN_N = _words("sind")
# the pronouns of a masculine object: "traf ihn", "gab ihm"
OBJECT_PRONOUNS = _words("ihm ihn")
# the pronouns that can only be an object: "bat ihn", "warf ihnen vor"
DATIVE_PLURAL_PRONOUNS = _words("ihnen")
OBJECT_ONLY_PRONOUNS = OBJECT_PRONOUNS | DATIVE_PLURAL_PRONOUNS
# the possessive of "er": "sein Land", "seine Regierung"
HIS = _words("sein seine")
# the possessive of "sie" (plural or feminine): "ihr Treffen", "bei ihrem Gespräch"
THEIR = _words("ihr ihre ihres ihrem ihren ihrer")
# the word of a pair: "beide Seiten", "die beiden"
# "beide" is nominative or accusative: after a verb it may be an inverted subject („hatten beide Seiten …“)
BOTH_NOMINATIVE = _words("beide")
BOTH = BOTH_NOMINATIVE | _words("beiden")
# the noun after "beide" naming the two sides of a pair: any two actors, or two states
PAIR_SIDE_NOUNS = _nouns("pair-side")
PAIR_STATE_NOUNS = _nouns("pair-state")
# „Das Land leitet Ermittlungen ein“: the state the sentence before was about
COUNTRY_NOUNS = _nouns("country")
# the infinitives of the perfect auxiliaries: "verletzt zu haben", "gewesen zu sein"
PERFECT_INFINITIVES = _words("haben sein")
# the prepositions before the bare noun of a medium: "am Telefon", "per Telefon"
MEDIUM_PREPOSITIONS = _words("am per")
# the infinitives of the modals after "zu": "telefonieren zu wollen", "treffen zu können"
MODAL_INFINITIVES = _words("wollen können müssen sollen dürfen")
# "zu" with its contractions: "zu den Gesprächen", "zum Gipfel", "zur Konferenz"
TO_CONTRACTIONS = _words("zum zur")
PLAIN_TO_PREPOSITIONS = _words("zu")     # "zu" alone, also before the town of an institution: "Universität zu Köln"
TO_PREPOSITIONS = TO_CONTRACTIONS | PLAIN_TO_PREPOSITIONS
# "von" with its contraction: the agent or origin: "von Putin", "vom Kreml"
PLAIN_FROM_PREPOSITIONS = _words("von")     # "von" alone, without its contraction "vom"
FROM_PREPOSITIONS = PLAIN_FROM_PREPOSITIONS | _words("vom")
# the agent of a passive that is never an origin: "durch die Armee", "seitens der Regierung"
BY_PREPOSITIONS = _words("durch seitens")
# the agent of a passive: "von Russland angegriffen", "durch die Armee", "seitens der Regierung"
AGENT_PREPOSITIONS = FROM_PREPOSITIONS | BY_PREPOSITIONS
# where a thing given comes from: "Hilfe aus Deutschland", "Waffen von der EU"
# "aus X": where someone comes from ("sein Kollege aus Frankreich")
OUT_OF_PREPOSITIONS = _words("aus")
SOURCE_PREPOSITIONS = FROM_PREPOSITIONS | OUT_OF_PREPOSITIONS
# the means by which one acts: "mit Hilfe der USA", "dank Russland", "mithilfe Irans"
MEANS_PREPOSITIONS = _words("mit dank mithilfe")
# "in" with its contraction: "in Moskau", "im Kreml"
INSIDE_PREPOSITIONS = _words("in")      # "in" alone, without its contraction "im"
IN_PREPOSITIONS = INSIDE_PREPOSITIONS | _words("im")
# "steht im Visier der Behörde", "geriet ins Visier der EU": where one stands or gets to, contracted or not
INTO_PREPOSITIONS = IN_PREPOSITIONS | _words("ins")
# what may stand between a speaker's name and the „in“ of where he speaks: „sagte X am Montag vor Journalisten auf
# einer Pressekonferenz in Kairo“ (not „nach“, „bei“: „nach einem Treffen in Kairo“ may be a visit's)
SCENE_PREPOSITIONS = _words("am im vor auf")
# after "in", the accusative of where one goes ("eine Reise in den Jemen", "in die Türkei"), not where one is
# ("in der Türkei"); "in den USA" (a dative plural) looks the same and is given up with them
INTO_ARTICLES = _words("die das den")
# where a journey goes: "reist nach Frankreich" (but "nach dem Treffen" tells of talks held)
TOWARDS_PREPOSITIONS = _words("nach")
# where one travels to or stays: "Reise nach Moskau", "Besuch in Kiew"
DESTINATION_PREPOSITIONS = _words("in") | TOWARDS_PREPOSITIONS
# the partners of talks or a conflict: "Gespräche mit Kiew", "zwischen Moskau und Kiew"
# "zwischen X und Y": the two sides of a mutual act
BETWEEN_PREPOSITIONS = _words("zwischen")
# "mit X": the partner of a talk or act
WITH_PREPOSITIONS = _words("mit")
PARTNER_PREPOSITIONS = WITH_PREPOSITIONS | BETWEEN_PREPOSITIONS
# prepositions before a meeting that its subject attends: "beim Gipfel", "auf der Konferenz", "während der Gespräche"
ATTENDANCE_PREPOSITIONS = _words("beim zum am auf bei nach vor während in im")
# the preposition before the day an act falls on: "am Montag", "am Wochenende"
ON_DAY_PREPOSITIONS = _words("am")
# "im Anschluss an das Treffen": the noun of a time phrase whose subject attended the meeting
ATTENDANCE_NOUNS = _nouns("attendance")
TABLE_NOUNS = _nouns("table")       # „setzten sich an einen Tisch“: sitting down together is meeting
# determiners of a noun the reader knows already: "den Gesprächen", "diese Verhandlungen", "beim Treffen"
KNOWN_DETERMINERS = OBJECT_ARTICLES | _words("diese diesen diesem dieses beim das")
# a state one is in or travels to: "in Syrien", "im Iran", "nach Kuba"
TRAVEL_PREPOSITIONS = IN_PREPOSITIONS | DESTINATION_PREPOSITIONS
# where talks are held: "Gespräche in Genf", "im Kreml", "beim Gipfel in Minsk", "Reise nach Paris"
VENUE_PREPOSITIONS = TRAVEL_PREPOSITIONS | _words("bei beim")
# words that open a topic or a purpose: "Gespräche über die Lage", "zur Krise", "wegen der Sanktionen"
# "über X": a talk's topic right after its cue ("sprachen über den Handel")
ABOUT_PREPOSITIONS = _words("über")
TOPIC_PREPOSITIONS = ABOUT_PREPOSITIONS | _words("zur zum um wegen gegen")
# the cause of an act: „wegen Spionage verurteilt“ names the offence a court charged
CAUSE_PREPOSITIONS = _words("wegen")
# a thing only talked about: „von einer …“, „über eine …“ („hält nichts von einer Fusion“)
DISCUSSED_PREPOSITIONS = _words("von über")
# adverbs that carry a place an earlier sentence named: "Dort traf er Macron"
THERE = _words("dort dorthin")
# the slots of a threat's target: "Drohungen gegen Kiew", "Konsequenzen für Moskau", "ein Angriff auf X"
THREAT_PREPOSITIONS = _words("gegen für auf")
# „otherwise“ opening a sentence that tells what follows if a demand is refused: „Sonst werde es keine Ruhe geben“
OTHERWISE_ADVERBS = _words("sonst andernfalls anderenfalls ansonsten")
# the future of reported speech: „werde“, „würde“
REPORTED_FUTURE = _words("werde würde würden")
# a condition: "falls Russland angreift", "sollte Russland angreifen", "sofern …"
CONDITIONALS = _words("falls wenn sofern sollte sollten")
# subordinators of a time still to come: „sobald die Gespräche enden“, „bevor …“, „bis …“
TIME_TO_COME_SUBORDINATORS = _words("sobald bevor bis")
# the particles of separable verbs, alone at a clause's end ("sicherte … zu") or before "zu" ("anzuerkennen")
SEPARABLE_PARTICLES = _words(
    "ab an auf aus bei ein fest frei los mit nach vor weg zu zurück zusammen bereit fort hin her heraus "
    "hinzu entgegen gegenüber statt teil vorbei weiter wieder dar bevor")
# focus particles before a fronted subject: „Auch die Kammer ist zufrieden“, „Selbst der Verband …“
FOCUS_PARTICLES = _words("auch selbst sogar")
# adverbs that open a main clause without being its subject (the verb follows, then the subject)
CLAUSE_ADVERBS = _words(
    "jetzt danach dann auch zudem bereits daher dabei unterdessen gleichzeitig zuletzt außerdem dort hier damit so "
    "doch nun trotzdem dennoch darin darauf davor deshalb deswegen zuvor inzwischen mittlerweile erst später heute "
    "gestern morgen bislang bisher zunächst schließlich offenbar allerdings jedoch zugleich ebenfalls vielmehr "
    "stattdessen immerhin seither seitdem anschließend erneut wieder gleich noch schon ebenso damals einst bald "
    "vorher zwar indes indessen derweil ferner überdies daraufhin letztlich")
# adverbs that measure how far from a time or place the adverbial they precede lies: "kurz nach", "unmittelbar
# vor", "knapp hinter", "kurz darauf" (fronted, the whole is one adverbial, no name)
DISTANCE_ADVERBS = _words("kurz unmittelbar direkt knapp lange weit")
# the endings of an infinitive: "sagen", "ändern", "handeln"
INFINITIVE_ENDINGS = ("en", "ern", "eln")
# the stems that take a bare "-n" for their infinitive: "forder-n", "handel-n"
SHORT_INFINITIVE_STEMS = ("er", "el")
# a present participle, bare or inflected: "anschließend", "führende"
PRESENT_PARTICIPLE_ENDINGS = tuple("end" + end for end in ("", *ADJECTIVE_ENDINGS))
# a weak verb's past participle used as an adjective: "die verhängten Sanktionen", "der gemeldete Angriff"
PARTICIPLE_ADJECTIVE_ENDINGS = tuple("t" + end for end in ADJECTIVE_ENDINGS)
# the endings of a weak verb's past tense: "sagte", "sagten", "sagtet", "sagt"
PAST_SINGULAR_ENDING = "te"      # "er sagte", "sie drohte"
PLURAL_FINITE_ENDING = "en"      # "…, die der EU Verrat vorwerfen": a plural verb closing the clause
PAST_ENDINGS = ("ten", "tet", PAST_SINGULAR_ENDING, "t")


# the double quotation marks of German and English typography: „…“, »…«, "…", “…”
QUOTE_MARKS = frozenset({"„", "“", "\"", "»", "«", "”"})
# with the single ones: ‚…‘
ALL_QUOTE_MARKS = QUOTE_MARKS | {"‚", "‘"}
# what may stand before a sentence's (or a heading's, a quotation's, an aside's) first word, which German
# capitalises whatever it is: „… sagte er. Spanische Reiter …“
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "„", "\"", "(", "–", "-", "»"})
# a press report's dateline: its place, before a dash, opens one of its first sentences (after a headline and a
# teaser): „Kiew/Moskau – Die Regierung …“ (`datelines`, `state_index`, `clauses.dateline_end`)
DATELINE_DASHES = frozenset({"–", "—", "-"})
DATELINE_SENTENCES = 3
# the marks that open an aside inside a sentence, each with the mark that closes it: „die Nordallianz – Estland,
# Lettland und Litauen – tagte“, „die Nordallianz (Estland, Lettland, Litauen) tagte“
ASIDE_MARKS = MappingProxyType({"–": "–", "—": "—", "(": ")"})
# the mark that opens a bracket (its closer: ASIDE_MARKS)
BRACKET_OPEN = "("
# what ends a sentence
SENTENCE_END_MARKS = frozenset({".", "!", "?"})
# an interview's answer opens with the answerer's name and a colon after a question: „Was nun? Eva Muster: Wir …“
QUESTION_MARK = "?"
ANSWER_LABEL_MARK = ":"
# what ends a clause: a sentence's end, a comma, a colon, a semicolon, a dash
CLAUSE_END_MARKS = SENTENCE_END_MARKS | frozenset({",", ":", ";", "–", "—"})


# -- the NLP name rules (kg/nlp) -----------------------------------------------------------------
# capitalised function words the noun lexicon does not hold: a sentence's first word, no name
CAPITALISED_FUNCTION_WORDS = _words(
    "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Am Im In Er Sie Es Wir Ich Ihr Und Oder Aber Auch "
    "Doch Nach Vor Bei Mit Von Zu Zum Zur Auf Aus Für Um Als Wie Wenn Dass Daß So Noch Nur Schon Dann Da "
    "Dort Hier Seit Bis Man Laut Trotz Wegen Jetzt Nun Heute Gestern Morgen Dabei Damit Dazu Darin Zudem "
    "Bereits Inzwischen Zuvor Danach Demnach Außerdem Allerdings Deshalb Daher Zunächst Gegen Unter Über "
    "Ohne Durch Sein Seine Ihre Dies Diese Dieser Was Wer Wo Warum Weil Ob Kein Keine Alle Viele Mehr Sei "
    "Habe Hat")
# compass words joined to a place ("Ostsyrien", "Nordostbrasiliens"), longest first: "Nordost" before "Nord"
# words that name a part of a town after its name and a hyphen: "Berlin-Mitte", "Tekoa-Nord"
DISTRICT_WORDS = _words("Mitte Nord Süd Ost West Zentrum")
COMPASS_PREFIXES = ("Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Zentral")
# nouns of a place's surroundings before "von": "südlich von Aleppo", "in der Nähe von Tekoa"
VICINITY_NOUNS = _nouns("vicinity")
# particles inside a place's name: "Santa Cruz de la Sierra", "Frankfurt am Main"
# German particles inside a place's name: "St. Georgen im Attergau", "Frankfurt am Main"
GERMAN_PLACE_PARTICLES = _words("am an im")
PLACE_NAME_PARTICLES = _words("de del la las los do da dos di sur") | GERMAN_PLACE_PARTICLES
# function words of English and Romance names: "Save the Children", "Eagles of Death Metal", "Banco de España"
OF_CONNECTORS = _words("of")       # "Eagles of Death Metal"
ENGLISH_ARTICLES = _words("the")   # "High Court of the Province of Utopia"
ENGLISH_AND = _words("and")          # "Institute of Science and Technology"
ENGLISH_POSSESSIVE = "'s"               # "People's Bank of Utopia"
FOREIGN_NAME_CONNECTORS = OF_CONNECTORS | ENGLISH_AND | _words("for the & de du del la y")
# the capitalised definite articles of other languages that open a title: "La Repubblica", "Het Laatste Nieuws"
FOREIGN_ARTICLES = _words("The Il La Le Les El Los Las Lo Gli Het")
# the Romance articles that begin place names („Le Bourget“, „El Alto“); „The“ begins titles of works and bands
PLACE_ARTICLES = FOREIGN_ARTICLES - _words("The")
# the prepositions of a place in a town's name: "Frankfurt an der Oder", "Freiburg im Breisgau",
# "Rothenburg ob der Tauber", "Weil am Rhein"
PLACE_NAME_JOINERS = (("an", "der"), ("am",), ("im",), ("ob", "der"))
# prepositions that stand only before a place (any case): "Richtung Damaskus", "gen Osten"
PLACE_ONLY_PREPOSITIONS = _words("Richtung richtung gen")
# the postposition closing a span of time: "vier Jahre lang"
DURATION_POSTPOSITIONS = _words("lang")
# a postposition of a river or road: "den Rhein entlang"
ALONG_POSTPOSITIONS = _words("entlang")
# the link between the words of a compound, longest genitive first, then none: "Flüchtling-s-heim"
COMPOUND_LINKS = ("s", "es", "")
# the suffix of agent and inhabitant nouns and of town adjectives: "Sprecher", "Palästinenser", "Kölner"
ER_SUFFIX = "er"
# "ß" and its Swiss spelling: "Fußball", "Fussball"
SHARP_S, SHARP_S_SWISS = "ß", "ss"
# a regional adjective in -sch: any form, weak forms (after "im", "aus dem"), strong neuter forms (after "das")
SCH_ADJECTIVE_ENDINGS = ("sche", "schen")
WEAK_SCH_ADJECTIVE_ENDINGS = ("ischen", "schen")
STRONG_SCH_ADJECTIVE_ENDINGS = ("ische", "sche")
# the dative and the nominative/accusative neuter article: "aus dem Bayerischen", "das Bayerische"
DATIVE_NEUTER_ARTICLES = _words("dem")
NEUTER_ARTICLES = _words("das")
# the noun of a member before its body: "ist Mitglied der Nato", "X, Mitglied der CDU"
MEMBER_NOUNS = _nouns("member")
MEMBERSHIP_NOUNS = MEMBER_NOUNS | _nouns("member-plural")
# the singular nouns a state is named by after its body's prefix: „das kleine EU-Land“, „der Nato-Staat“
MEMBER_EPITHETS = MEMBER_NOUNS | _nouns("member-epithet")
# the noun of a part after a copula: "Die Türkei ist Teil der G20"
PART_NOUNS = _nouns("part")
# "von" and an article before a party: "Amilcar Pop von der Partei Winaq", "von den Grünen"
PARTY_OPENERS = frozenset((("von", "der"), ("von", "den")))
# a feminine or plural article after a comma: ", der Vorsitzende der SPD", ", die Abgeordnete der Grünen"
APPOSITION_ARTICLES = _words("der die")
# the feminine ending of an office: "Kanzlerin"; the links of an office's compounds and genitive
FEMININE_ENDING = "in"
# the gender-inclusive capital I inside a noun: "LehrerInnen", "BürgerIn" (a noun, no coined name's capital)
INNER_FEMININE_ENDINGS = (FEMININE_ENDING.capitalize(), FEMININE_ENDING.capitalize() + "nen")
OFFICE_LINKS = ("en", "in", "s")       # "Präsidentenberater", "Beraterin der Kanzlerin", "des Kanzlers"
# the prefix of a past participle: "geschossen", "gewarnt"
PARTICIPLE_PREFIX = "ge"
# "auf" after a verb of meeting: "stieß auf Widerstand"
ON_PREPOSITIONS = _words("auf")
# "in" and "das" joined: "wurde ins Außenministerium einbestellt"
INTO_CONTRACTIONS = _words("ins")
# "nur" after a negation: "nicht nur … sondern auch" negates nothing
RESTRICTIVE_ADVERBS = _words("nur")
# the feminine of a noun in -ge: "Amtskollegin" (of "Amtskollege")
FEMININE_GE_ENDING = "gin"
# final letters after which a name's genitive takes no -s ("des Iraks" but "Paris", "Graz")
SIBILANTS = "sxzß"
# final consonants after which a long name also takes the genitive -es ("des Bundestages", "des Gerichtshofes")
ES_GENITIVE_CONSONANTS = "dtkgf"
# unstressed endings of nouns whose dative plural adds only -n ("den Ministern", "den Botschaftern")
UNSTRESSED_NOUN_ENDINGS = ("er", "el")
# head nouns whose plural takes an umlaut, by the head's last letters → the plural's, in the nominative and
# the dative („-n“): „Landesrat“ → „Landesräte“, „den Landesräten“; „Bischof“ → „Bischöfe“; „Kardinal“ →
# „Kardinäle“. An office held by a „-mann“ has „-leute“ („Landeshauptmann“ → „Landeshauptleute“, „Klubobmann“
# → „Klubobleute“), not „Ehemann“ → „Ehemänner“ (so only for official titles)
UMLAUT_PLURAL_HEADS = (("rat", "räte"), ("bischof", "bischöfe"), ("kardinal", "kardinäle"))
OFFICE_PLURAL_HEADS = (("mann", "leute"),)
DATIVE_PLURAL_LINK = "n"
# the feminine plural after -in: "Ministerinnen"
FEMININE_PLURAL_LINK = "nen"
# "die" before a group: "die beiden", "die Taliban"; with "den": "den Taliban"
PLURAL_ARTICLES = _words("die")
PLURAL_GROUP_ARTICLES = PLURAL_ARTICLES | _words("den")
# "den" of a dative plural: "mit den Landesräten", "den Ministern" (a title's plural-only form must follow it)
DATIVE_PLURAL_ARTICLES = PLURAL_GROUP_ARTICLES - PLURAL_ARTICLES
# the prepositions that govern the dative alone: after one „den“ is a dative plural („mit den Abgeordneten“; the
# singular would be „mit dem“), not an accusative singular („für den Abgeordneten“)
DATIVE_PREPOSITIONS = _words("mit von bei zu nach aus seit gegenüber samt nebst außer")
# the ending of a noun made of an adjective („die Grüne“, „die Grünen“), dropped where it opens a compound
# („Grün-Landesrat“)
ADJECTIVE_NOUN_ENDING = "e"
# words that count a plural noun after them: "zwei Minister", "beide Landesräte", "mit beiden Ministern"
PLURAL_QUANTIFIERS = (NUMBER_WORDS - _words("eins")) | _words("beide beiden mehrere mehreren")
# the -s plural of a strong noun ("den Parteichefs"; after "den" no genitive singular)
S_PLURAL_ENDING = "s"
# the particle of an infinitive: "um Putin zu treffen", "zu haben"
INFINITIVE_PARTICLE = "zu"          # also inside a separable verb: "anzugreifen"
# "um" opening an infinitive clause of purpose: "um … zu treffen"
PURPOSE_CONJUNCTIONS = _words("um")
# "bei X": where someone works ("Analyst bei der Nato")
AT_PREPOSITIONS = _words("bei")
# "für X": the domain of a title ("Beauftragter für Menschenrechte")
FOR_PREPOSITIONS = _words("für")
# the prepositions after an event noun whose object is the act's target, a party to it: „Sanktionen gegen X“,
# „Kritik an X“, „Beschwerde bei X“, „Lob für X“, „Empörung über X“ (not „auf“, „in“, „aus“: a place attacked or left)
TARGET_PREPOSITIONS = _words("an gegen gegenüber für bei über")
# "und" and the comma that join the parts of a list
AND_GLUE = AND_CONJUNCTIONS | _words(",")
# words in -ein that are not feminine nouns in -in: "Verein", "allgemein"
FEMININE_LOOKALIKE_ENDINGS = ("ein",)
# the article after a title's complement opener: "Vizechef der Behörde", "Chef des Amtes", "von dem"
COMPLEMENT_ARTICLES = _words("der des dem")
# the adjective of an age, in both cases: "45-jährige", "die 29-Jährige"
AGE_ADJECTIVE_STEMS = ("jährig", "Jährig")
# the endings a noun takes in its inflection, none first: "Autoherstellers", "Zweitligisten", "Konzerne"
NOUN_INFLECTIONS = ("", "s", "es", "n", "en", "e")
# "so" before a speaker after a quote: "…, so Merkel."
QUOTATIVE_ADVERBS = _words("so")
# endings of names with no genitive -s (they take an apostrophe): „Harris“, „Markus“, „Resnais“
S_FINAL_NAME_ENDINGS = ("ss", "us", "is")
# "nach" before a source: "nach Angaben der Polizei"
ACCORDING_PREPOSITIONS = _words("nach")
# the articles before an organisation's bare name: „die Öbib“, „des Wifo“, „beim Wifo“, „zur Nuntiatur“
# (not „dem/den“, „im/am/zum“: there a thing or a place is far likelier: „im Orkus“, „am Poggio“)
NAME_ARTICLES = _words("der die das des beim zur")
# prepositions of place before such an article: „an der Mur“, „in der Taiga“, „auf der Alm“ name places
PLACE_BEFORE_ARTICLE = _words("an in auf")
# endings of nouns that name people, plurals or abstract things, not an organisation: „der Steirer“,
# „den Grazern“, „die Playoffs“, „die Steirerin“, „die Plagerei“, „der Großkoalitionär“, „die
# Kulinarik“, „die Immersion“, „die Usability“, and of Austrian nicknames: „der Christandl“, „das Kasperl“
NOT_ORG_NAME_ENDINGS = ("er", "ern", "en", "s", "e", "in", "ei", "är", "ik", "sion", "ity", "dl", "rl")
# "nach" as a time word before a noun („nach dem Treffen“) and as the preposition of a journey's end
# („reiste nach Paris“): a place a journey after the meeting goes to is not where the meeting was
AFTER_PREPOSITIONS = _words("nach")
# „in Richtung X“ after a verb of appeal or criticism: X is whom it is aimed at („appellierte in Richtung der Kammer“)
DIRECTION_NOUNS = _nouns("direction")
TOWARD_PREPOSITIONS = _words("in")
INVITATION_NOUNS = _nouns("invitation")     # „auf Einladung von Kanzler X“: the inviter hosts the talks
WEAK_PAST_ENDINGS = PAST_ENDINGS[:3]     # the weak preterite: „telefonierte“, „verhandelten“ (not the present „-t“)
# a past participle's last letters: „verhandelt“, „getroffen“ (a weak preterite's are `WEAK_PAST_ENDINGS`)
PAST_PARTICIPLE_ENDINGS = ("t", "en")
PRESENT_THIRD_ENDING = PAST_ENDINGS[3]     # the present third person singular: „trifft“, „empfängt“
LINKING_E_PRESENT = "et"                   # … after a stem in a dental: „richtet“, „findet“
DENTAL_STEM_ENDINGS = ("t", "d")
# a present stem's raised vowel „ie“ („sieht“ of „sehen“) read as the stem's „e“; its plain „i“ too
LONG_I = "ie"
# singular nouns of nationality from the plural demonyms: „Schweden“ → „Schwede“, „Schwedin“; „Argentinier“ →
# „Argentinier“, „Argentinierin“ (a plural in -er is ER_SUFFIX)
DEMONYM_PLURAL_EN = "en"
MASCULINE_NOUN_E = "e"
FEMININE_NOUN_ENDING = "in"

# an Arabic article joined to a name by a hyphen: „Baschar al-Assad“, „Ahrar al-Sham“, „Ansar al-Scharia“
ARABIC_ARTICLE = re.compile(r"^(al|as|ad|an|ar|at|az|el|ash)-[A-ZÄÖÜ]")

# titles of an officer of a company, a club or a medium, who acts for no state: „Vorstandschef“, „Bankchef“
PRIVATE_TITLE_HEADS = resources.listed_words("private_title_heads.tsv")
# titles of a local office, held in the place of the report: „Bürgermeister“, „Polizeisprecher“, „Landesrat“
LOCAL_OFFICE_HEADS = resources.listed_words("local_office_heads.tsv")
# titles of an office of an international body that name no body: „Generalsekretär“, „Kommissionspräsidentin“
BODY_OFFICE_TITLES = resources.listed_words("body_office_titles.tsv")
# „es geht um X“, „geht es um X“: the impersonal idiom that names what a meeting is about
TOPIC_IDIOM_SUBJECTS = _words("es")
# „bezeichnete es X, dass …“: the pronoun that stands for a „dass“ or zu-clause the verb governs
CORRELATE_PRONOUNS = TOPIC_IDIOM_SUBJECTS
TOPIC_IDIOM_VERBS = _words("geht ging gehe gehen ginge")
TOPIC_IDIOM_PREPOSITIONS = _words("um")
AGENDA_NOUNS = _nouns("agenda")     # „auf der Tagesordnung der Sitzung“: what a sitting deals with
