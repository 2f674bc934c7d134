"""Gazetteer and name rules over spaCy tokens: states, capitals, organisations,
government bodies, places, titles and person names, as character-offset `Hit`s.

Pure: `Gazetteer.match(doc)` reads a Doc and returns hits; nothing is written.
The tables come from `kg/data/` through `kg.resources`.

>>> import spacy
>>> nlp = spacy.blank("de")
>>> gaz = Gazetteer.from_resources(lambda s: [t.text for t in nlp.make_doc(s)])
>>> [(h.label, h.key) for h in gaz.match(nlp("US-Präsident Joe Biden"))]
[('STATE', 'US'), ('TITLE', 'Präsident'), ('PER', 'Joe Biden')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from spacy.tokens import Doc

from kg import resources
from kg.nlp.hits import Hit
from kg.nlp.tokens import doc_text, token_table

Tokenize = Callable[[str], list[str]]

_PARTICLES = {"de", "van", "von", "di", "da", "del", "dos", "la", "le", "bin", "ibn", "al", "el", "ter"}
_PLACE_HEADS = ("stadt", "dorf", "provinz", "insel", "region", "ortschaft", "metropole", "küstenort",
                "grenzort", "badeort", "urlaubsort", "meerort", "heimatort", "wohnort", "stützpunkt",
                "basis", "anstalt", "gefängnis", "bundesstaat", "stadtteil")
_PLACE_HEADS_GEN = tuple(h + "es" for h in _PLACE_HEADS) + tuple(h + "s" for h in _PLACE_HEADS)
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ\-]{1,6}$")
_PLAIN = re.compile(r"^[^\W\d_]+( [^\W\d_]+)*$")
_QUOTES = {"„", "“", "\"", "»", "«", "”"}
_PLACE_PREPOSITIONS = {"in", "nach", "aus", "nahe", "von"}
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
# endings of German abstract and mass nouns: a single word ending so is no name
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "gas", "ment", "enz", "anz",
                  "ungen", "ismen", "ität")
_CAP_PARTICLES = {"De", "Van", "Von", "Del", "Da", "Di", "Le", "La", "El", "Al", "Bin", "Ibn", "Abu", "Ben"}
_AFTER_VON = {"der", "den", "dem"}   # "von der Leyen", "van der Bellen"
# nouns that end organisation names, never person names ("Amadeu Antonio Stiftung")
_ORG_HEADS = {"Stiftung", "Partei", "Bank", "Gruppe", "Institut", "Universität", "Verlag", "Zeitung",
              "Holding", "Agentur", "Bewegung", "Front", "Allianz", "Union", "Kommission", "Rat", "Klinik",
              "Krankenhaus", "Hotel", "Flughafen", "Platz", "Straße", "Brücke", "Airlines", "Group"}
_ARABIC_ARTICLE = re.compile(r"^(al|as|ad|an|ar|at|az|el|ash)-[A-ZÄÖÜ]")
_NAME = re.compile(r"^[A-ZÄÖÜÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’\-]*$")
# capitalised function words that the noun lexicon does not hold
_NOT_NAMES = {
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Am", "Im", "In",
    "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Und", "Oder", "Aber", "Auch", "Doch", "Nach", "Vor", "Bei",
    "Mit", "Von", "Zu", "Zum", "Zur", "Auf", "Aus", "Für", "Um", "Als", "Wie", "Wenn", "Dass", "Daß", "So",
    "Noch", "Nur", "Schon", "Dann", "Da", "Dort", "Hier", "Seit", "Bis", "Man", "Laut", "Trotz", "Wegen",
    "Jetzt", "Nun", "Heute", "Gestern", "Morgen", "Dabei", "Damit", "Dazu", "Darin", "Zudem", "Bereits",
    "Inzwischen", "Zuvor", "Danach", "Demnach", "Außerdem", "Allerdings", "Deshalb", "Daher", "Zunächst",
    "Gegen", "Unter", "Über", "Ohne", "Durch", "Sein", "Seine", "Ihre", "Dies", "Diese", "Dieser", "Was",
    "Wer", "Wo", "Warum", "Weil", "Ob", "Kein", "Keine", "Alle", "Viele", "Mehr", "Sei", "Habe", "Hat",
}
_CREDIT = {"Foto", "Fotos", "Bild", "Bilder", "Credit", "Quelle"}
_PRIORITY = {"NONE": -1, "STATE": 0, "ORG": 1, "CAPITAL": 2, "PLACE": 3, "BODY": 4, "PER": 5}


@dataclass(frozen=True)
class TitleForm:
    """A surface form of a title: the role it stands for and whether its holder is an Official."""

    role: str
    official: str   # yes | no | colleague


@dataclass(frozen=True)
class Entry:
    label: str
    key: str
    form: str = "name"


def _genitives(word: str) -> list[str]:
    """'Russland' → ['Russlands']; acronyms and words ending in a sibilant take no -s."""
    if not word[-1:].isalpha() or word.isupper() or word[-1] in "sxzß":
        return []
    return [word + "s", word + "es"] if word[-1] in "dtkg" and len(word) > 3 else [word + "s"]


def _inflections(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Declined variants of a multi-word name: 'Weißes Haus' → 'Weißen Hauses', 'Weiße Haus', …"""
    variants: set[tuple[str, ...]] = {words}
    if len(words) > 1:
        head = list(words[:-1])
        for i, w in enumerate(head):
            for end in ("es", "er", "en", "em", "e"):
                if w[:1].isupper() and w.endswith(end) and len(w) > len(end) + 3:
                    stem = w[: -len(end)]
                    for other in ("e", "er", "es", "en", "em"):
                        alt = list(words)
                        alt[i] = stem + other
                        variants.add(tuple(alt))
                    break
    for v in list(variants):
        for g in _genitives(v[-1]):
            variants.add(v[:-1] + (g,))
        if v[-1][-1:] == "e" and not v[-1].isupper():
            variants.add(v[:-1] + (v[-1] + "n",))   # "Grüne" → "Grünen"
    return variants


def title_forms(record: resources.TitleRecord) -> dict[str, TitleForm]:
    """Inflected surface forms of one title.

    >>> sorted(title_forms(resources.TitleRecord("Präsident", "Präsidentin", "weak", "yes")))
    ['Präsident', 'Präsidenten', 'Präsidentin', 'Präsidentinnen']
    """
    t, fem, kind = record.title, record.feminine, record.declension
    out: dict[str, TitleForm] = {}
    masc = TitleForm(t, record.official)
    if kind == "adjective":  # "Abgeordneter": der Abgeordnete, des Abgeordneten
        stem = t[:-1] if t.endswith("r") else t
        for form in (stem + "r", stem, stem + "n", stem + "m"):
            out[form] = masc
    elif kind == "weak":
        out[t] = masc
        out[t + ("n" if t.endswith("e") else "en")] = masc
    else:
        out[t] = masc
        out[t + "s"] = masc
        if t.endswith(("er", "el")):
            out[t + "n"] = masc
        else:
            out[t + "e"] = masc
            out[t + "en"] = masc
    if fem:
        out.setdefault(fem, TitleForm(fem, record.official))
        if fem.endswith("in"):
            out.setdefault(fem + "nen", TitleForm(fem, record.official))
    return out


def _ministry(word: str) -> str | None:
    """Any ministry by the compound's head: 'Landwirtschaftsministeriums' → 'Landwirtschaftsministerium'."""
    if not word[:1].isupper() or len(word) < 12:
        return None
    for end in ("ministeriums", "ministerium", "ministerien"):
        if word.endswith(end):
            return word[: len(word) - len(end)] + "ministerium"
    return None


class Gazetteer:
    """Lookup tables built once per pipeline; `match` is the per-document work."""

    def __init__(self, phrases: dict[tuple[str, ...], Entry], adjectives: dict[str, str],
                 titles: dict[str, TitleForm], first_names: frozenset[str], common: frozenset[str],
                 context: dict[str, tuple[str, str]] | None = None):
        self.phrases = phrases
        self.max_len = max((len(k) for k in phrases), default=1)
        # first word → longest phrase starting with it: most tokens start none
        self.first_words: dict[str, int] = {}
        for k in phrases:
            self.first_words[k[0]] = max(self.first_words.get(k[0], 0), len(k))
        self._adjective_cache: dict[str, str | None] = {}
        self._title_cache: dict[str, TitleForm | None] = {}
        self._compound_cache: dict[str, bool] = {}
        self._unknown_cache: dict[str, bool] = {}
        self._word_cache: dict[str, tuple] = {}
        self.adjectives = adjectives
        self.titles = titles
        # compound heads: "bürgermeister" in "Oberbürgermeister"
        self.title_suffixes = {t[:1].lower() + t[1:]: tf for t, tf in titles.items()
                               if len(t) >= 6 or t in ("Chef", "Chefin", "Chefs")}
        self.first_names = first_names
        self.common = common
        self.context = context or {}
        self.place_prefixes = resources.load_word_list("place_prefixes.tsv")   # "Stadt" → (PLACE, city), "Nachrichtenagentur" → (ORG, media)

    @classmethod
    def from_resources(cls, tokenize: Tokenize) -> "Gazetteer":
        phrases: dict[tuple[str, ...], Entry] = {}

        def add(names: Iterable[str], entry: Entry, inflect: bool = True) -> None:
            for name in names:
                # plain words split on spaces as the tokenizer would; the rest go through it
                words = tuple(name.split()) if _PLAIN.match(name) else tuple(tokenize(name))
                if not words:
                    continue
                for v in (_inflections(words) if inflect else {words}):
                    form = entry.form if v == words else ("genitive" if entry.form == "name" else entry.form)
                    old = phrases.get(v)
                    if old is None or (_PRIORITY[entry.label] < _PRIORITY[old.label] and v == words):
                        phrases[v] = Entry(entry.label, entry.key, form)

        adjectives: dict[str, str] = {}
        for s in resources.load_states():
            add((s.name, *s.aliases), Entry("STATE", s.iso2))
            for d in s.demonyms:
                add((d, d + "n") if not d.endswith(("n", "s")) else (d,), Entry("STATE", s.iso2, "demonym"),
                    inflect=False)
            for adj in s.adjectives:
                adjectives[adj.casefold()] = s.iso2
        for o in resources.load_organizations():
            add((o.name, *o.aliases), Entry("ORG", o.name))
        for s in resources.load_states():
            if s.capitals:
                for c in s.capitals:
                    add((c,), Entry("CAPITAL", s.iso2))
        for p in resources.load_places():
            add((p.name, *p.aliases), Entry("PLACE", p.name))
        for b in resources.load_government_bodies():
            add((b.name, *b.aliases), Entry("BODY", b.name), inflect=" " in b.name)
        for person in resources.load_people():
            names = [person.name] + [a for a in person.aliases if " " in a or person.surname_alone]
            add(names, Entry("PER", person.name, "known"), inflect=False)
            for n in names:
                words = tuple(tokenize(n))
                for g in _genitives(words[-1]):
                    phrases.setdefault(words[:-1] + (g,), Entry("PER", person.name, "known"))
        for phrase in resources.load_word_list("not_entities.tsv"):
            phrases[tuple(tokenize(phrase))] = Entry("NONE", phrase)
        titles: dict[str, TitleForm] = {}
        for rec in resources.load_titles():
            for form, tf in title_forms(rec).items():
                titles.setdefault(form, tf)
        context = {r["noun"]: (r["label"], r["kind"]) for r in resources.rows("context_nouns.tsv")}
        return cls(phrases, adjectives, titles, resources.load_first_names(), resources.common_nouns(), context)

    # -- single words -------------------------------------------------------------------
    def adjective_state(self, word: str) -> str | None:
        """ISO code of a state adjective in any ending: 'ukrainischen' → 'UA'."""
        try:
            return self._adjective_cache[word]
        except KeyError:
            pass
        if len(self._adjective_cache) > 500_000:
            self._adjective_cache.clear()
        iso = self._adjective_cache[word] = self._adjective_state(word)
        return iso

    def _adjective_state(self, word: str) -> str | None:
        low = word.casefold()
        for end in ("em", "en", "er", "es", "e", ""):
            if end and not low.endswith(end):
                continue
            stem = low[: len(low) - len(end)] if end else low
            if stem in self.adjectives:
                return self.adjectives[stem]
        return None

    def title(self, word: str) -> TitleForm | None:
        """A title, also inside a compound ('Oberbürgermeister' → role 'Oberbürgermeister')."""
        try:
            return self._title_cache[word]
        except KeyError:
            pass
        if len(self._title_cache) > 500_000:
            self._title_cache.clear()
        tf = self._title_cache[word] = self._title(word)
        return tf

    def _title(self, word: str) -> TitleForm | None:
        tf = self.titles.get(word)
        if tf is not None:
            return tf
        if not word[:1].isupper() or "-" in word or len(word) < 7:
            return None
        # look up each tail of the word (longest first) instead of testing every title
        for k in range(3, len(word) - 3):
            base = self.title_suffixes.get(word[k:])
            if base is not None:
                return TitleForm(word[:k] + base.role[:1].lower() + base.role[1:], base.official)
        return None

    def is_first_name(self, word: str) -> bool:
        """'Olaf', and hyphenated pairs of first names ('Hans-Jörg')."""
        if word in self.first_names:
            return True
        if "-" in word:
            parts = word.split("-")
            return len(parts) == 2 and parts[0] in self.first_names and parts[1][:1].isupper() \
                and parts[1] not in self.common
        return False

    def is_name_word(self, word: str) -> bool:
        """Capitalised, letters only, not an acronym ('SPD') and not a function word ('Die')."""
        if word in _NOT_NAMES or not _NAME.match(word):
            return False
        return not (word.isupper() and len(word) > 1)

    # -- the document ---------------------------------------------------------------------
    def match(self, doc: Doc) -> list[Hit]:
        """All hits of a document, in text order; token indices count non-space tokens only."""
        table = token_table(doc)
        text = doc_text(doc)
        keep = [k for k, space in enumerate(table.is_space) if not space]
        words = [table.words[k] for k in keep]
        idx = [table.idx[k] for k in keep]
        n = len(words)
        hits: list[Hit] = []
        covered = [False] * n

        def hit(i: int, j: int, label: str, key: str, form: str) -> Hit:
            start, end = idx[i], idx[j - 1] + len(words[j - 1])
            return Hit(start, end, label, key, text[start:end], i, j, form)

        i = 0
        first_words = self.first_words
        word_cache = self._word_cache
        while i < n:
            w = words[i]
            if w not in first_words and word_cache.get(w, True) == ():
                i += 1          # the common case: a word known to start nothing and yield nothing
                continue
            found = False
            for length in range(min(first_words.get(w, 0), n - i), 0, -1):
                entry = self.phrases.get(tuple(words[i:i + length]))
                if entry is not None:
                    if entry.label != "NONE":
                        hits.append(hit(i, i + length, entry.label, entry.key, entry.form))
                    for k in range(i, i + length):
                        covered[k] = True
                    i += length
                    found = True
                    break
            if found:
                continue
            sub = self._word_cached(w, idx[i], i)
            if sub:
                hits.extend(sub)
                covered[i] = any(h.label != "TITLE" for h in sub)
            i += 1
        hits.extend(self._context(text, words, idx, covered))
        hits.extend(self._names(text, words, idx, hits, covered))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def _word_cached(self, w: str, start: int, i: int) -> list[Hit]:
        """`_word`, remembered per word: most words are seen many times and yield nothing."""
        try:
            found = self._word_cache[w]
        except KeyError:
            if len(self._word_cache) > 500_000:
                self._word_cache.clear()
            found = self._word_cache[w] = tuple(
                (h.start, h.end, h.label, h.key, h.text, h.form) for h in self._word(w, 0, 0))
        if not found:
            return []
        return [Hit(start + a, start + b, label, key, text, i, i + 1, form)
                for a, b, label, key, text, form in found]

    def _word(self, w: str, start: int, i: int) -> list[Hit]:
        """Hits inside one token that no phrase covered."""
        if "-" in w and not w.startswith("-") and not w.endswith("-"):
            return self._compound(w, start, i, whole_known=False)
        # a capitalised bare stem is a language: "auf Russisch", "Deutsch lernen"
        language = w[:1].isupper() and w.casefold() in self.adjectives
        iso = self.adjective_state(w) if w[:1].isalpha() and not language else None
        if iso is not None:
            return [Hit(start, start + len(w), "STATE", iso, w, i, i + 1, "adjective")]
        body = _ministry(w)
        if body is not None:
            return [Hit(start, start + len(w), "BODY", body, w, i, i + 1, "name")]
        tf = self.title(w)
        if tf is not None:
            return [Hit(start, start + len(w), "TITLE", tf.role, w, i, i + 1, tf.official)]
        return []

    def _compound(self, w: str, start: int, i: int, whole_known: bool) -> list[Hit]:
        """'US-Präsident', 'Nato-Generalsekretär', 'deutsch-französischen', 'UN-Schätzungen'."""
        whole_adj = self.adjective_state(w)
        if whole_adj is not None and not whole_known:
            return [Hit(start, start + len(w), "STATE", whole_adj, w, i, i + 1, "adjective")]
        parts = w.split("-")
        out: list[Hit] = []
        offset = 0
        loose: list[str] = []
        for p_i, part in enumerate(parts):
            p_start = start + offset
            offset += len(part) + 1
            if not part:
                continue
            last = p_i == len(parts) - 1
            entry = self.phrases.get((part,))
            if entry is not None and entry.label in ("STATE", "ORG") and not (last and whole_known):
                out.append(Hit(p_start, p_start + len(part), entry.label, entry.key, part, i, i + 1, "prefix"))
                continue
            iso = self.adjective_state(part) if (not last or not whole_known) else None
            if iso is not None and (last or part.islower()):
                out.append(Hit(p_start, p_start + len(part), "STATE", iso, part, i, i + 1, "adjective"))
                continue
            if last and not whole_known:
                tf = self.titles.get(part) or self.title(part)
                if tf is not None:
                    role = "-".join(loose + [tf.role]) if loose else tf.role
                    out.append(Hit(start, start + len(w), "TITLE", role, w, i, i + 1, tf.official))
                    continue
            loose.append(part)
        return out

    def _names(self, text: str, words: Sequence[str], idx: Sequence[int], hits: list[Hit],
               covered: list[bool]) -> list[Hit]:
        """Person names: after a title, after a first name, in photo credits."""
        n = len(words)
        title_ends = {h.tok_end for h in hits if h.label == "TITLE"}
        known_starts = {h.tok for h in hits if h.label == "PER"}
        # "der Vizechef der Präsidialverwaltung Andej Taranow": the name follows the complement
        starts = {h.tok: h for h in hits if h.label in ("STATE", "ORG", "BODY", "CAPITAL") and h.form not in ("adjective", "demonym")}
        for end in list(title_ends):
            k = end
            if k < n and words[k] in ("der", "des", "von", "vom"):
                k += 1
                if k < n and words[k] in ("der", "des", "dem"):
                    k += 1
                if k in starts:
                    title_ends.add(starts[k].tok_end)
        out: list[Hit] = []
        i = 0
        while i < n:
            w = words[i]
            trigger = None
            if covered[i] or not w[:1].isupper():
                i += 1
                continue
            if self.is_first_name(w):
                trigger = "first-name"
            elif i in title_ends:
                trigger = "title"
            elif i >= 2 and words[i - 1] in ("/", ":") and self._credit_context(words, i):
                trigger = "credit"
            elif i > 0 and words[i - 1].endswith(("-jährige", "-jähriger", "-jährigen", "-Jährige")) \
                    and i + 1 < n and self.is_name_word(words[i + 1]) and not covered[i + 1] \
                    and (w not in self.common or self.is_first_name(w)):
                trigger = "credit"  # "der 45-jährige Ali Demir": a person, whatever the words
            elif i + 4 < n and words[i + 2] == "(" and words[i + 3].isdigit() and words[i + 4] == ")" \
                    and self.is_name_word(words[i + 1]) and not covered[i + 1] \
                    and (w not in self.common or self.is_first_name(w)):
                trigger = "credit"  # "John Kibanga (29)": a name with an age
            elif i + 1 < n and self._unknown(words, covered, i) and self._unknown(words, covered, i + 1) \
                    and not w.endswith(_NOUN_SUFFIXES) and not words[i + 1].endswith(_NOUN_SUFFIXES):
                trigger = "pair"    # two capitalised words that are neither German words nor known

            if trigger is None or not self.is_name_word(w):
                i += 1
                continue
            j = self._extend(words, covered, i, trigger)
            if trigger == "pair" and j + 2 < n and words[j] == "(" and words[j + 2] == ")" \
                    and _ACRONYM.match(words[j + 1]):
                i = j           # "Tamil Eelam (LTTE)": a name with an acronym is an organisation's
                continue
            if trigger == "pair" and w in self.place_prefixes:
                start, end = idx[i], idx[j - 1] + len(words[j - 1])
                out.append(Hit(start, end, "PLACE", text[start:end], text[start:end], i, j, "context:place"))
                i = j           # "Beit Anon", "Tel Aviv"
                continue
            if j - i == 1 and j in known_starts:
                i += 1          # "Finanzminister Hans-Jörg Schelling": the known surname follows
                continue
            if j - i >= 2 or (trigger == "title" and w not in self.common and w not in self.first_names
                              and not w.endswith(_NOUN_SUFFIXES)):
                start, end = idx[i], idx[j - 1] + len(words[j - 1])
                surface = text[start:end]
                out.append(Hit(start, end, "PER", surface, surface, i, j, trigger))
                i = j
            else:
                i += 1
        return out

    def _unknown(self, words: Sequence[str], covered: list[bool], k: int) -> bool:
        """A capitalised word that is no German word, no first name and no known entity."""
        if covered[k]:
            return False
        w = words[k]
        try:
            return self._unknown_cache[w]
        except KeyError:
            pass
        if len(self._unknown_cache) > 500_000:
            self._unknown_cache.clear()
        unknown = self._unknown_cache[w] = (
            w[:1].isupper() and not ("-" in w and self.titles.get(w.rsplit("-", 1)[1]) is not None)  # "PYD-Chef"
            and self.is_name_word(w) and w not in self.common and w not in self.first_names
            and not (w.endswith("in") and w[:-2] in self.common)      # "Astronautin": a noun's feminine
            and self.title(w) is None and w[:1].isalpha() and not self.compound_noun(w))
        return unknown

    def compound_noun(self, word: str) -> bool:
        """A German compound whose head is a known noun: 'Pilotprojekten' (head 'Projekten')."""
        try:
            return self._compound_cache[word]
        except KeyError:
            pass
        if len(self._compound_cache) > 500_000:
            self._compound_cache.clear()
        found = any(word[k].upper() + word[k + 1:] in self.common for k in range(2, len(word) - 4))
        self._compound_cache[word] = found
        return found

    def _context(self, text: str, words: Sequence[str], idx: Sequence[int], covered: list[bool]) -> list[Hit]:
        """Unknown names that their context types: 'in der Stadt Dalian', 'in Tekoa',
        'die Nachrichtenagentur TASR', 'Befreiungstiger von Tamil Eelam (LTTE)'."""
        n = len(words)
        out: list[Hit] = []

        def span(i: int, j: int, label: str, key: str | None, form: str) -> None:
            start, end = idx[i], idx[j - 1] + len(words[j - 1])
            surface = text[start:end]
            out.append(Hit(start, end, label, key or surface, surface, i, j, form))
            for k in range(i, j):
                covered[k] = True

        # "Befreiungstiger von Tamil Eelam (LTTE)", "Victor Ponta (PSD)": an unknown acronym in
        # brackets after a name is an organisation (after a person: the person's party)
        for i in range(1, n - 2):
            a = words[i + 1]
            if words[i] == "(" and words[i + 2] == ")" and not covered[i + 1] and _ACRONYM.match(a) \
                    and a not in self.common and words[i - 1][:1].isupper():
                span(i + 1, i + 2, "ORG", None, "context:acronym")
        for i, w in enumerate(words):
            if i + 1 >= n or covered[i + 1] or not (w in self.context or w in _PLACE_PREPOSITIONS
                                                    or w[:-1] in self.context or w[:-2] in self.context
                                                    or self._context_head(w)):
                continue
            nxt = i + 1
            if words[nxt] in ("„", "\"", "»", "“") and nxt + 1 < n:
                nxt += 1
            label_kind = self.context.get(w) or self._context_head(w) or (
                self.context.get(w[:-1]) if w.endswith("s") else None) or (
                self.context.get(w[:-2]) if w.endswith("es") else None)  # "des Bundesstaates"
            if label_kind is not None and nxt > i + 1 and label_kind[0] == "ORG":
                # a quoted name: 'des Freiwilligenbataillons "Tornado"', 'die Partei "Einiges Russland"'
                j = nxt
                while j < n and j - nxt < 5 and words[j] not in _QUOTES and not covered[j] \
                        and (words[j][:1].isupper() or words[j] in ("und", "für", "der", "des")):
                    j += 1
                if j > nxt and j < n and words[j] in _QUOTES and words[nxt][:1].isupper():
                    span(nxt, j, "ORG", None, f"context:{label_kind[1]}")
                continue
            if label_kind is not None and not covered[nxt]:
                label, kind = label_kind
                ok = (lambda k: self._unknown(words, covered, k)) if label == "PLACE" else \
                    (lambda k: not covered[k] and (self._unknown(words, covered, k) or
                                                   (words[k].isupper() and len(words[k]) > 1 and words[k].isalpha())))
                j = nxt
                while j < n and j - nxt < 3 and ok(j):
                    j += 1
                if j > nxt:
                    span(nxt, j, label, None, f"context:{kind}")
                continue
            # "in Tekoa", "nach Dalian", "südlich von Aleppo": one or two unknown words after a
            # place preposition
            if w == "von" and not (i > 0 and (words[i - 1].endswith("lich") or words[i - 1] in ("Nähe", "Norden",
                                   "Süden", "Osten", "Westen", "Umgebung", "Rande", "Zentrum"))):
                continue
            if w in _PLACE_PREPOSITIONS and (self._unknown(words, covered, i + 1) or self._lone_first_name(words, covered, i + 1)):
                j = i + 2
                if j < n and self._unknown(words, covered, j):
                    j += 1
                nxt_word = words[j] if j < n else ""
                if not words[j - 1].endswith("s") and not (nxt_word[:1].isupper() and nxt_word.isalpha()):
                    span(i + 1, j, "PLACE", None, "context:place")
        return out

    def _lone_first_name(self, words: Sequence[str], covered: list[bool], k: int) -> bool:
        """A first name with no name after it ("nach Santiago am Dienstag"): no person."""
        return not covered[k] and self.is_first_name(words[k]) and not (
            k + 1 < len(words) and words[k + 1][:1].isupper())

    def _context_head(self, word: str) -> tuple[str, str] | None:
        """'Schwarzmeerort', 'Provinzhauptstadt': a compound whose head is a place noun."""
        if len(word) < 8 or not word[:1].isupper():
            return None
        # a genitive ("des Militärstützpunktes") keeps its head
        if word.endswith(_PLACE_HEADS) or word.endswith(_PLACE_HEADS_GEN):
            return ("PLACE", "city")
        return None

    def _credit_context(self, words: Sequence[str], i: int) -> bool:
        """'Foto: AFP/Sergei Supinsky', 'Foto: Reuters/Kevin Lamarque', 'Foto: Jens Meier'."""
        for k in range(max(0, i - 5), i):
            if words[k] in _CREDIT and k + 1 < len(words) and words[k + 1] == ":":
                return True
        return False

    def _extend(self, words: Sequence[str], covered: list[bool], i: int, trigger: str) -> int:
        """One past the last token of the name starting at i."""
        n = len(words)
        allow_common = self.is_first_name(words[i]) or trigger == "credit"
        first_name_seen = self.is_first_name(words[i]) or trigger == "title"
        j = i + 1
        while j < n and j - i < 5:
            w = words[j]
            if covered[j]:
                break
            # "Ursula von der Leyen", but "Bernd Jäckel von der Polizei": after a surname,
            # "von" opens a complement
            if w in ("von", "van") and not self.is_first_name(words[j - 1]):
                break
            if (w in _PARTICLES or w in _CAP_PARTICLES) and j + 1 < n and not covered[j + 1]:
                k = j + 1
                if words[j] in ("von", "van") and words[k] in _AFTER_VON and k + 1 < n:
                    k += 1
                if self.is_name_word(words[k]) and not covered[k] and words[k] not in self.common:
                    j = k + 1
                    allow_common = False
                    continue
                break
            if _ARABIC_ARTICLE.match(w):
                j += 1
                allow_common = False
                continue
            if _INITIAL.match(w) and j + 1 < n and self.is_name_word(words[j + 1]):
                j += 1          # "Dwight D. Eisenhower"
                allow_common = True
                continue
            if _INITIAL.match(w) and j == i + 1 and self.is_first_name(words[i]):
                return j + 1    # "Hasan E.": the press shortens a suspect's surname
            # after a first name a compound is a surname ("Otto Warmbier"), not an abstract noun
            surname = first_name_seen and not w.endswith(_NOUN_SUFFIXES) and w not in self.common
            if self.is_name_word(w) and (allow_common or w in self.first_names or surname or
                                         (w not in self.common and not self.compound_noun(w))) \
                    and self.title(w) is None and w not in _ORG_HEADS:
                allow_common = self.is_first_name(w)
                j += 1
                continue
            break
        return j
