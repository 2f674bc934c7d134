"""Titles: who holds them, the role as written, and for whom the holder acts.

"der türkische Präsident Erdoğan" → role Präsident, affiliation Türkei;
"Plötner, Berater von Kanzler Scholz" → an adviser relation.
"""
from __future__ import annotations

from functools import lru_cache

from kg import resources
from kg.extract.reading import COMPLEMENT, PersonDraft
from kg.extract.states import StateContext
from kg.german import DETERMINERS
from kg.nlp.hits import Hit

_ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")
_ADVISOR_BASES = ("berater", "beraterin")


class Titles(StateContext):
    """Ties TITLE hits to persons (`person_at` must be filled)."""

    def _titles(self, people: dict[str, PersonDraft]) -> None:
        """Tie each title to its holder and read role, affiliation and the adviser relation."""
        for h in self.hits:
            if h.label != "TITLE":
                continue
            holder, obj = self._holder(h)
            if holder is None:
                continue
            role = self._role(h)
            if h.form == "no" and not self._party_prefix(h.tok):
                continue
            holder.official = True
            # "seinem ukrainischen Kollegen": the office is the known one, if any
            if h.form != "colleague" and holder.role is None:
                holder.role = role
            aff = self._title_affiliation(h, obj)
            if aff and holder.affiliation is None:
                holder.affiliation = aff
            party = self.drafts.get(aff) if aff else None
            if party is not None and party.kind == "party":
                holder.party = holder.party or party.name     # "Chef der HDP", "Vorsitzende der SPD"
            holder.title_tok = h.tok
            if obj is not None and role.casefold().endswith(_ADVISOR_BASES):
                self._advisor.append((holder, obj, h.tok))

    def _party_prefix(self, tok: int) -> str | None:
        """A party named in the token ('SPD-Politiker', 'US-Republikaner')."""
        for x in self.by_tok.get(tok, []):
            if x.label == "ORG" and self.orgs[x.key].kind == "party" and (x.form == "prefix" or
                                                                          "-" in self.words[tok]):
                return x.key
        return None

    def _holder(self, h: Hit) -> tuple[PersonDraft | None, PersonDraft | None]:
        """Who holds the title at h, and the person of a 'von'-complement ('Berater von X')."""
        k = h.tok_end
        if k in self.person_at:
            return self.person_at[k], None
        obj, aff_end, named = self._complement(k)
        if named is not None:
            return named, None
        return self._apposition(h, self._past_affiliation(aff_end), obj)

    def _complement(self, k: int) -> tuple[PersonDraft | None, int, PersonDraft | None]:
        """After the title word at k: the person of a von-complement, where the title's affiliation
        ends, and the holder when the complement runs straight into his name."""
        words, n = self.words, len(self.words)
        if k < n and words[k] in COMPLEMENT:
            j = k + 1
            while j < n and (words[j] in DETERMINERS or any(x.label == "TITLE" for x in self.by_tok.get(j, []))):
                j += 1
            if j in self.person_at:
                j2 = j
                while j2 < n and self.by_tok.get(j2) and any(x.label == "PER" for x in self.by_tok[j2]):
                    j2 += 1
                return self.person_at[j], j2, None
            # "Präsident der Ukraine", "Sprecher des US-Außenministeriums (, ) John Kirby"
            while j < n and self.by_tok.get(j) and any(x.label in ("STATE", "ORG", "BODY", "CAPITAL")
                                                       for x in self.by_tok[j]):
                j += 1
            # an adjective ("der ukrainischen Regierung") leaves the noun phrase open
            if not any(x.label in ("STATE", "ORG", "BODY", "CAPITAL") and x.form != "adjective"
                       for x in self.by_tok.get(j - 1, [])):
                j = self._noun_phrase_end(k, j)
            return None, j, (self.person_at[j] if j > k + 1 and j in self.person_at else None)
        if k + 1 < n and words[k] in ("in", "aus", "bei") and any(
                x.label in ("CAPITAL", "PLACE", "STATE") for x in self.by_tok.get(k + 1, [])):
            # "der russische Botschafter in Wien, Sergej Netschajew"
            return None, max(x.tok_end for x in self.by_tok[k + 1]), None
        return None, k, None

    def _noun_phrase_end(self, k: int, j: int) -> int:
        """ "der Chef der Internet-Polizei (IIP), Kamal Hadiafar", "der Partei Recht und Gerechtigkeit,
        Beata Szydło": a short noun phrase after the title at k, names taken whole."""
        words, n = self.words, len(self.words)
        while j < n and j - k <= 10 and j not in self.person_at:
            spans = [x.tok_end for x in self.by_tok.get(j, []) if x.label in ("STATE", "ORG", "BODY")]
            if spans:
                j = max(spans)
            elif (words[j][:1].isupper() or words[j] in DETERMINERS or
                  words[j].endswith(("en", "er", "es", "em"))) and words[j] not in (",", "(", "und"):
                j += 1
            elif words[j] in ("für", "und") and j + 1 < n and words[j + 1][:1].isupper() \
                    and j + 1 not in self.person_at:
                j += 1      # "der Kommission für Menschenrechte und Nationale Versöhnung"
            else:
                break
        return j

    def _past_affiliation(self, j: int) -> int:
        """Past a bracket and a genitive state or organisation: "... (IIP) des Iran, Kamal Hadiafar"."""
        words, n = self.words, len(self.words)
        if j < n and words[j] == "(":
            while j < n and words[j] != ")":
                j += 1
            j += 1
        if j + 1 < n and words[j] in ("des", "der") and any(x.label in ("STATE", "ORG", "CAPITAL")
                                                             for x in self.by_tok.get(j + 1, [])):
            j = max(x.tok_end for x in self.by_tok[j + 1])
        return j

    def _apposition(self, h: Hit, j: int, obj: PersonDraft | None) -> tuple[PersonDraft | None, PersonDraft | None]:
        """The holder named in apposition, after the title's phrase (which ends at j) or before it."""
        words, n = self.words, len(self.words)
        # "der Berater von Kanzler Scholz (SPD), Jens Plötner, ..."
        if j + 1 < n and words[j] == "," and (j + 1) in self.person_at:
            return self.person_at[j + 1], obj
        # "…, Aleksandar Vucic": a first name before a known surname the gazetteer took alone
        if j + 2 < n and words[j] == "," and (j + 2) in self.person_at and words[j + 1][:1].isupper() \
                and not self.by_tok.get(j + 1):
            return self.person_at[j + 2], obj
        # "Emmanuel Bonne, Berater von Präsident Emmanuel Macron"
        b = h.tok - 1
        while b >= 0 and (words[b] in DETERMINERS or (words[b].islower() and words[b] not in (",",))
                          and b > h.tok - 4):
            b -= 1
        if b >= 1 and words[b] == ",":
            return self._person_ending_at(b), obj
        return None, obj

    def _person_ending_at(self, end: int) -> PersonDraft | None:
        """The person whose name ends right before token `end` (the first found, if several)."""
        ends = getattr(self, "_per_ends", None)
        if ends is None:        # the PER hits do not change once read: index them once
            ends = self._per_ends = {}
            for x in self.hits:
                if x.label == "PER":
                    ends.setdefault(x.tok_end, []).append(x.tok)
        starts = {s for s in ends.get(end, ()) if s < end and s in self.person_at}
        if len(starts) > 1:     # rare: keep the order in which the persons were found
            return next(p for s, p in self.person_at.items() if s in starts)
        return self.person_at[starts.pop()] if starts else None

    def _role(self, h: Hit) -> str:
        """The role as written: title in the nominative, with a kept adjective ('außenpolitischer Berater')."""
        role = h.key
        b = h.tok - 1
        if b >= 0:
            w = self.words[b]
            low = w.lower()
            for adj in self.t.role_adjectives:
                if low.startswith(adj) and low[len(adj):] in ("", "e", "er", "en", "es", "em"):
                    feminine = role.endswith("in") and not role.endswith("ein")
                    return f"{adj}{'e' if feminine else 'er'} {role}"
        return role

    def _title_affiliation(self, h: Hit, obj: PersonDraft | None) -> str | None:
        """Key of the State/Organization a title names: prefix, adjective, genitive or 'von'-complement."""
        return self._affiliation_prefix(h) or self._affiliation_before(h) or self._affiliation_seat(h) or \
            (self._affiliation_after(h) if obj is None else None)

    def _affiliation_prefix(self, h: Hit) -> str | None:
        """A prefix in the title's own token: "US-Präsident", "Nato-Generalsekretär", "SPD-Chef"."""
        for x in self.by_tok.get(h.tok, []):
            if x.label in ("STATE", "ORG") and x.form == "prefix":
                if x.label == "STATE":
                    return self.state(x.key, x.start).key
                rec = self.orgs[x.key]
                if rec.kind == "party":
                    self._pending_party.append((h.tok, x.key))
                    # "AfD-Chefin" acts for her party, "ÖVP-Außenminister" for his state
                    if rec.state and h.key not in self.t.party_titles:
                        return self.state(rec.state, x.start).key
                    return self.org(x.key, x.start).key
                if rec.kind == "government" and rec.state:
                    return self.state(rec.state, x.start).key
                return self.org(x.key, x.start).key
        return None

    def _affiliation_before(self, h: Hit) -> str | None:
        """A state or organisation before the title: "der türkische Präsident", "Russlands Präsident"."""
        b = h.tok - 1
        steps = 0
        while b >= 0 and steps < 4:
            for x in self.by_tok.get(b, []):
                if x.label == "STATE" and (x.form in ("adjective", "genitive") or x.form == "name"):
                    return self.state(x.key, x.start).key
                if x.label == "CAPITAL" and x.form == "genitive":
                    return self.state(x.key, x.start).key
                if x.label == "ORG" and x.form in ("genitive", "name") and b == h.tok - 1:
                    return self._org_or_state(x)
            w = self.words[b]
            if not (w in DETERMINERS or w.islower()) or w in (",", "und"):
                break
            b -= 1
            steps += 1
        return None

    def _affiliation_seat(self, h: Hit) -> str | None:
        """A title word beginning with a government's seat: "Kremlbeamter" (`title_seats.tsv`)."""
        for x in self.by_tok.get(h.tok, []):
            if x.label == "TITLE":
                iso = next((iso for prefix, iso in _title_seats() if x.key.startswith(prefix)), None)
                if iso is not None:
                    return self.state(iso, x.start).key
        return None

    def _affiliation_after(self, h: Hit) -> str | None:
        """The complement after the title: "Präsident der Ukraine", "Generalsekretär der Nato"."""
        words, k = self.words, h.tok_end
        if not (k < len(words) and words[k] in COMPLEMENT):
            return None
        j = k + 1
        # past determiners and adjectives: "der oppositionellen Partei X"
        while j < len(words) and (words[j] in DETERMINERS or (
                words[j].islower() and words[j].endswith(_ADJECTIVE_ENDINGS) and j < k + 4
                and not self.by_tok.get(j))):
            j += 1
        if j < len(words) and not self.by_tok.get(j) and words[j][:1].isupper() and j + 1 < len(words):
            j += 1      # "der Partei Recht und Gerechtigkeit": past the head noun to the name
        for x in self.by_tok.get(j, []):
            if x.label == "STATE":
                return self.state(x.key, x.start).key
            if x.label == "ORG":
                return self._org_or_state(x)
            if x.label == "BODY":
                body = self.body_at.get(x.tok)
                iso = None if body else (self._dateline_state() or self._main_state())
                if body is None and iso:
                    body = self._body(x, iso)
                if body is not None and body.affiliations:
                    return body.affiliations[0]
        return self._affiliation_acronym(j)

    def _affiliation_acronym(self, j: int) -> str | None:
        """ "Leiter des Potsdam-Instituts für Klimafolgenforschung (PIK)": the acronym names the body;
        "der Internet-Polizei (IIP) des Iran": a body of the state named after it."""
        words = self.words
        for m in range(j, min(j + 10, len(words) - 2)):
            if words[m] in (",", ".", ":"):
                break
            if words[m] == "(" and words[m + 2] == ")":
                if m + 4 < len(words) and words[m + 3] in ("des", "der"):
                    for x in self.by_tok.get(m + 4, []):
                        if x.label == "STATE":
                            return self.state(x.key, x.start).key
                for x in self.by_tok.get(m + 1, []):
                    if x.label == "ORG":
                        return self._org_or_state(x)
        return None


@lru_cache(maxsize=1)
def _title_seats() -> tuple[tuple[str, str], ...]:
    """(prefix, ISO code) of `title_seats.tsv`: title words that begin with a government's seat."""
    return tuple((r["prefix"], r["iso2"]) for r in resources.rows("title_seats.tsv"))
