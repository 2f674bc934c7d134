"""The parts of a hyphen compound: a state or organisation before the hyphen, a state adjective, a
title at its end („US-Präsident“, „Nato-Generalsekretär“, „deutsch-französischen“), a name of
several words written as its first parts („Warschauer-Pakt-Truppen“), none for a currency or a
church („US-Dollar“, „serbisch-orthodox“); mixed into `kg.nlp.gazetteer.Gazetteer` as
`HyphenCompounds`.
"""
from __future__ import annotations

import re

from kg import german, resources
from kg.nlp.gazetteer_tables import STAGE, Entry, TitleForm, title_forms
from kg.nlp.gazetteer_words import COLLEAGUE, COLLEAGUE_COMPOUND, PRIVATE, STATE_ADJECTIVE
from kg.nlp.hits import Hit
from kg.nlp.orgacronyms import ACRONYM
from kg.nlp.orgchambers import CHAMBER_KIND
from kg.nlp.orgprefixed import ACRONYM_ORGAN
from kg.rules import declare, fired


HYPHEN_COMPOUND = declare("hyphen-compound", STAGE, "the parts of a hyphenated word: a state or organisation "
                          "before the hyphen, a state adjective, a title at its end: „US-Präsident“, "
                          "„Nato-Generalsekretär“, „deutsch-französischen“")


HYPHEN_NAME = declare("hyphen-compound-name", STAGE, "a state or organisation of several words written as the "
                      "first parts of a hyphen compound: „die Warschauer-Pakt-Truppen“ → Warschauer Pakt")


CONFESSION_NOT_STATE = declare("confession-not-state", STAGE, "guard: a state's adjective joined to a church's "
                               "adjective names that church, no state: „der serbisch-orthodoxe Bischof“, „die "
                               "griechisch-katholische Kirche“")


OFFICE = "yes"      # a title's official mark: the holder holds an office („Chef“, not „Trainer“ or „Keeper“)
ACRONYM_TITLE = declare("acronym-title-compound", STAGE, "an acronym no list holds before the hyphen of a title "
                        "names the organisation the title is held in: „ÖGB-Chef Max Muster“, „der IV-Generalsekretär“ "
                        "→ ÖGB, IV; not a thing's acronym („PR-Chef“), a country's code, nor before a role that is "
                        "no office („FC-Keeper“)")


LOWER_CASE_TITLE = declare("lower-case-name-title-compound", STAGE, "a word in lower case before the hyphen of an "
                           "office's title names the organisation the title is held in, as a union or a firm writes "
                           "its name: „so vako-Vorsitzender Max Muster“, „der ver.ko-Sprecher“ → vako, ver.ko; not a "
                           "title's modifier („ex-Präsident“, „vize-Chef“: named_body_titles.tsv), a state's "
                           "adjective, a word of two letters, nor before a role that is no office („fan-Liebling“)")
# a lower-case name: letters, maybe a dot inside („ver.ko“), three letters or more
_LOWER_CASE_NAME = re.compile(r"^[a-zäöü]{3,}(?:\.[a-zäöü]{2,})?$")
_TITLE_MODIFIERS = resources.kind_words("named_body_titles.tsv", "modifier")


def _lower_case_name(part: str) -> bool:
    """„vako“, „ver.ko“: a lower-case word that may be a name before a title's hyphen, no title's modifier."""
    return _LOWER_CASE_NAME.match(part) is not None and part not in _TITLE_MODIFIERS


PARTY_STEM = declare("party-stem-title-compound", STAGE, "the stem of a party named by a noun made of an adjective "
                     "(„die Grüne“, „die Grünen“) before the hyphen of a title names that party: „Grün-Landesrat Max "
                     "Muster“ → Grüne; not „Grün-Weiß“ (no title), nor a colour before a title that no party's name "
                     "continues („Blau-Kapitän“)")


BODY_OFFICE = declare("body-office-compound", STAGE, "a noun of an office that is a title only after its body "
                      "(compound_office_titles.tsv) heads a hyphen compound whose first part names an organisation, "
                      "listed or an acronym: „der ÖGB-Sekretär Max Muster“ holds an office of the ÖGB; not after a "
                      "word that names no body („die Büro-Sekretärin“)")


CURRENCY_NOT_STATE = declare("currency-not-state", STAGE, "guard: a hyphenated currency names no state: "
                             "„in US-Dollar“, „Hongkong-Dollar“")


# offices that are titles only after their body („ÖGB-Sekretär“), in every form
_BODY_OFFICES = {form: tf for row in resources.commented_rows("compound_office_titles.tsv")
                 for form, tf in title_forms(resources.TitleRecord(*row, OFFICE)).items()}
# adjectives of a church: a state's adjective joined to one names the church („serbisch-orthodox“)
_CONFESSIONS = tuple(sorted(resources.load_word_list("confession_adjectives.tsv")))


class HyphenCompounds:
    """Mixed into `Gazetteer`: the parts of a hyphen compound that name a state, organisation or title."""

    def _compound(self, w: str, start: int, i: int, whole_known: bool) -> list[Hit]:
        """'US-Präsident', 'Nato-Generalsekretär', 'deutsch-französischen', 'UN-Schätzungen'."""
        whole_adj = self.adjective_state(w)
        if whole_adj is not None and not whole_known:
            return [Hit(start, start + len(w), "STATE", whole_adj, w, i, i + 1, "adjective", STATE_ADJECTIVE)]
        parts = w.split("-")
        if self._names_no_state(parts):
            return []
        out: list[Hit] = []
        offset = 0
        loose: list[str] = []
        many, inside = self._multipart_names(w, start, i, parts)
        for p_i, part in enumerate(parts):
            p_start = start + offset
            offset += len(part) + 1
            if not part or p_i in inside:
                continue
            last = p_i == len(parts) - 1
            if p_i in many:
                out.append(many[p_i])
                continue
            prefix = self._prefix_hit(parts, p_i, p_start, i, whole_known)
            if prefix is not None:
                out.append(prefix)
                continue
            iso = self.adjective_state(part) if (not last or not whole_known) else None
            if iso is not None and (last or part.islower()):
                out.append(Hit(p_start, p_start + len(part), "STATE", iso, part, i, i + 1, "adjective",
                               HYPHEN_COMPOUND))
                continue
            if last and not whole_known:
                tf = self._head_title(part, bool(loose and not out)) or self._body_office(part, loose, out)
                if tf is not None:
                    role = "-".join(loose + [tf.role]) if loose else tf.role
                    out += self._title_acronym(loose, tf, start, i) if p_i == 1 and not out else []
                    out.append(Hit(start, start + len(w), "TITLE", role, w, i, i + 1, tf.official,
                               HYPHEN_COMPOUND))
                    continue
            loose.append(part)
        return out

    def _prefix_hit(self, parts: list[str], p_i: int, start: int, i: int, whole_known: bool) -> Hit | None:
        """The state or organisation the compound's part at p_i (starting at `start`) names: a listed name, or the
        stem of a party named by a noun made of an adjective before a title („Grün-Landesrat“: „die Grüne(n)“)."""
        part, last = parts[p_i], p_i == len(parts) - 1
        entry = self.phrases.get((part,))
        if entry is not None and entry.label in ("STATE", "ORG") and not (last and whole_known):
            return Hit(start, start + len(part), entry.label, entry.key, part, i, i + 1, "prefix", HYPHEN_COMPOUND)
        if p_i != len(parts) - 2 or whole_known:
            return None
        entry = self.phrases.get((part + german.ADJECTIVE_NOUN_ENDING,))
        if entry is None or entry.label != "ORG" or entry.key not in self.party_names \
                or self._head_title(parts[-1], False) is None:
            return None
        fired(PARTY_STEM)
        return Hit(start, start + len(part), "ORG", entry.key, part, i, i + 1, "prefix", PARTY_STEM)

    def _title_acronym(self, loose: list[str], tf: TitleForm, start: int, i: int) -> list[Hit]:
        """The one part before an office's title names its organisation where it is an acronym: capitals no list
        holds, not a thing's („PR-Chef“) or a country's code (a roman numeral too: „IV-Präsident“ names the IV);
        or a chamber's kind („Arbeiterkammer-Präsident“, `kg.nlp.orgchambers`)."""
        part = loose[0] if len(loose) == 1 else ""
        if part in self.chamber_kinds and tf.official == OFFICE:      # „Arbeiterkammer-Präsident“
            made_by = CHAMBER_KIND
        elif tf.official == OFFICE and _lower_case_name(part):       # „vako-Vorsitzender“
            made_by = LOWER_CASE_TITLE
        elif tf.official != OFFICE or not ACRONYM.match(part) or part in self._loose_not_orgs:
            return []
        else:
            made_by = ACRONYM_TITLE
        fired(made_by)
        return [Hit(start, start + len(part), "ORG", part, part, i, i + 1, "prefix", made_by)]

    def _head_title(self, part: str, unnamed: bool) -> TitleForm | None:
        """The title a compound's last part names; a colleague's only after a state or organisation („der
        SPÖ-Kollege“), else a person's noun (`unnamed`: „der Enterprise-Kollege“)."""
        tf = self.titles.get(part) or self.title(part)
        if tf is not None and tf.official == COLLEAGUE and unnamed:
            fired(COLLEAGUE_COMPOUND)
            return TitleForm(tf.role, PRIVATE)
        return tf

    def _body_office(self, part: str, loose: list[str], out: list[Hit]) -> TitleForm | None:
        """The office a compound's last part names where it is a title only after its body and the parts before it
        name one: a listed organisation („SPÖ-Sekretärin“) or one acronym no list holds („ÖGB-Sekretärs“)."""
        tf = _BODY_OFFICES.get(part)
        if tf is None:
            return None
        if any(h.label == "ORG" for h in out) or (not out and len(loose) == 1 and ACRONYM.match(loose[0])
                                                  and loose[0] not in self._loose_not_orgs):
            fired(BODY_OFFICE)
            return tf
        return None

    def _acronym_organ(self, w: str, start: int, i: int) -> list[Hit]:
        """'UN-Kriegsverbrechertribunal', 'UN-Flüchtlingshochkommissariat' (a listed organ: the UNHCR):
        an international body's organ named in one compound (`kg.nlp.orgprefixed`), after the body
        its acronym names, as `_compound` reads it."""
        name = self.organs.name(w)
        if name is None:
            return []
        body, _, organ = name.partition("-")
        listed = self.phrases.get((organ,))
        key = listed.key if listed is not None and listed.label == "ORG" else name
        fired(ACRONYM_ORGAN)
        return [Hit(start, start + len(body), "ORG", self.phrases[(body,)].key, body, i, i + 1, "prefix", HYPHEN_COMPOUND),
                Hit(start, start + len(w), "ORG", key, w, i, i + 1, "name", ACRONYM_ORGAN)]

    def _names_no_state(self, parts: list[str]) -> bool:
        """A compound whose state part names none: a currency („US-Dollar“, „Hongkong-Dollar“), a church
        („serbisch-orthodox“)."""
        if parts[-1] in self.currencies:
            fired(CURRENCY_NOT_STATE)
            return True
        if len(parts) == 2 and parts[0].islower() and parts[1].startswith(_CONFESSIONS):
            fired(CONFESSION_NOT_STATE)
            return True
        return False

    def _multipart_names(self, w: str, start: int, i: int, parts: list[str]) -> tuple[dict[int, Hit], set[int]]:
        """States and organisations of two or more words written as parts of a hyphen compound, before its
        head ('Warschauer-Pakt-Truppen' → Warschauer Pakt): their hits by first part, and the parts after
        the first that they cover."""
        hits: dict[int, Hit] = {}
        inside: set[int] = set()
        p_i, offset = 0, 0
        while p_i < len(parts) - 2:
            found = self._multipart_name(parts, p_i)
            if found is None:
                offset += len(parts[p_i]) + 1
                p_i += 1
                continue
            entry, j = found
            text = "-".join(parts[p_i:j])
            hits[p_i] = Hit(start + offset, start + offset + len(text), entry.label, entry.key, text, i, i + 1,
                            "prefix", HYPHEN_NAME)
            inside.update(range(p_i + 1, j))
            offset += len(text) + 1
            p_i = j
        return hits, inside

    def _multipart_name(self, parts: list[str], p_i: int) -> tuple[Entry, int] | None:
        """The longest run of parts from `p_i`, not the last, that is a state or organisation, and where it ends."""
        for j in range(len(parts) - 1, p_i + 1, -1):
            entry = self.phrases.get(("-".join(parts[p_i:j]),)) or self.phrases.get(tuple(parts[p_i:j]))
            if entry is not None and entry.label in ("STATE", "ORG"):
                fired(HYPHEN_NAME)
                return entry, j
        return None
