"""Where states stand in the text: capitals acting as governments, generic bodies, state context.

A capital is its State when it acts ("Moskau bestreitet …") and a Place when it is
a location ("in Moskau"); a generic body ("das Außenministerium") belongs to the
state its words name, else the one the article is about.
"""
from __future__ import annotations

import re
from functools import cached_property

from kg.extract.reading import Draft, ReaderBase, common_nouns
from kg.extract.state_index import StateIndex
from kg.german import AUXILIARIES, DETERMINERS, EXISTENTIAL
from kg.facts import entity_key
from kg.nlp.hits import Hit

_PARTICIPLE = re.compile(r"^[a-zäöü]*ge[a-zäöü]+(t|te|ten|ter|tes|tem)$")
_RELATION_NOUNS = ("Verhältnis", "Beziehung", "Loslösung", "Abhängigkeit", "Annäherung", "Distanz",
                   "Abgrenzung", "Bündnis", "Kooperation", "Zusammenarbeit", "Spannungen", "Streit",
                   "Konflikt", "Gespräche", "Verhandlungen", "Abkommen", "Dialog")
_GOV_WORDS = {"Regierung", "Führung", "Staatsführung", "Regime", "Machthaber", "Behörden", "Administration"}
# verbs that take any subject ("In meinem Herzen wird Wien ...", "Der größte Markt ist Wien")
_AUXILIARIES = AUXILIARIES | EXISTENTIAL
# words after a clause-initial capital that show it is not a verb's subject ("Moskau im Winter")
_FUNCTION_WORDS = {"im", "in", "am", "an", "und", "oder", "sowie", "als", "wie", "bei", "nach", "zu", "zur", "zum",
                   "auf", "für", "mit", "von", "vom", "aus", "über", "unter", "vor", "seit", "bis", "gegen",
                   "ohne", "um", "durch", "ins", "ans", "beim", "der", "die", "das", "des", "dem", "den", "ein",
                   "eine", "selbst", "allein", "etwa", "noch", "dagegen", "hingegen", "jedoch", "aber"}
_MUNICIPAL = ("stadt", "bürgermeister", "gemeinde", "bezirk", "kammer", "landes", "spital", "polizei",
              "universität", "bürger", "einwohner")


class StateContext(ReaderBase):
    """Capitals, government bodies, and the state a passage is about."""

    # capitals: the government (State) when they act, else the city (Place)
    def _capital(self, h: Hit) -> None:
        rec = self.t.states[h.key]
        if self._capital_acts(h):
            # "Brüssel droht": the EU, not Belgium
            org = self.t.acting_capitals.get(rec.capitals[0])
            actor = self.org(org, h.start) if org else self.state(h.key, h.start)
            self._mention(actor, h.start, h.end)
        else:
            d = self._entity("Place", rec.capitals[0], h.start)
            self._mention(d, h.start, h.end)

    def _capital_acts(self, h: Hit) -> bool:
        """Whether a capital stands for its government here ("Moskau bestreitet …") rather than the city:
        the rules about the words before it decide first, then those about the verb after it."""
        for rule in (self._capital_genitive, self._capital_after_noun, self._capital_by_words_before):
            answer = rule(h)
            if answer is not None:
                return answer
        return self._capital_as_subject(h)

    def _capital_genitive(self, h: Hit) -> bool | None:
        # "Moskaus Vorgehen" is the government; "Wiens Bürgermeister" the city
        if h.form != "genitive":
            return None
        nxt = self.words[h.tok_end] if h.tok_end < len(self.words) else ""
        return not any(w in nxt.lower() for w in _MUNICIPAL)

    def _capital_after_noun(self, h: Hit) -> bool | None:
        # "Universität Wien", "Flughafen Moskau", "Hauptstadt Kiew": a common noun before names the city
        prev = self.words[h.tok - 1] if h.tok > 0 else ""
        if prev[:1].isupper() and prev in common_nouns() and self.sent_of[h.tok - 1] == self.sent_of[h.tok] \
                and not self.by_tok.get(h.tok - 1):
            return False
        return None

    def _capital_by_words_before(self, h: Hit) -> bool | None:
        words = self.words
        before = words[max(0, h.tok - 2):h.tok]
        if len(before) == 2 and before[1] in ("in", "aus") and before[0] in _GOV_WORDS:
            return True         # "die Regierung in Kiew"
        # "zwischen Ankara und Moskau": relations between governments
        if (before and before[-1] == "zwischen") or \
                (len(before) == 2 and before[1] == "und" and h.tok >= 3 and words[h.tok - 3] == "zwischen"):
            return True
        # "im maltesischen Valletta": a capital qualified by its state's adjective is the city
        if any(x.label == "STATE" and x.form == "adjective" for x in self.by_tok.get(h.tok - 1, [])):
            return False
        # "das Verhältnis zu Moskau", "eine Loslösung von Moskau": relations are between governments
        if len(before) == 2 and before[1] in ("zu", "von", "mit", "gegenüber", "zwischen") \
                and before[0].startswith(_RELATION_NOUNS):
            return True
        # "eine von Riad geführte Allianz": the agent of a participle acts
        if before and before[-1] == "von" and h.tok_end < len(words) and _PARTICIPLE.match(words[h.tok_end]):
            return True
        if before and before[-1].lower() in ("in", "nach", "aus", "bei", "von", "nahe", "vor", "um", "über", "bis"):
            return False
        return None

    def _capital_as_subject(self, h: Hit) -> bool:
        """The capital is the subject or object of a state verb ("Moskau bestreitet", "warf Moskau Kiew vor")."""
        words = self.words
        before = words[max(0, h.tok - 2):h.tok]
        k = h.tok_end
        # "Washington und Moskau streiten": look past a coordinated capital
        if k + 1 < len(words) and words[k] == "und" and any(x.label in ("CAPITAL", "STATE")
                                                          for x in self.by_tok.get(k + 1, [])):
            k += 2
        if k < len(words) and words[k] in self.t.state_verbs:
            return True
        # "Zudem warf Moskau Kiew vor": the capital right after a finite verb is its subject,
        # and a capital right after an acting state its object
        if before and before[-1] in self.t.state_verbs and before[-1] not in _AUXILIARIES:
            return True
        if h.tok > 0 and any(x.label in ("STATE", "CAPITAL") and x.tok_end == h.tok for x in self.by_tok.get(h.tok - 1, [])) \
                and h.tok >= 2 and words[h.tok - 2] in self.t.state_verbs:
            return True
        # "Riad wies die Vorwürfe zurück": at a clause start, followed by a lowercase word that
        # is no function word, the capital is the subject of a verb
        prev = words[h.tok - 1] if h.tok > 0 else ""
        clause_start = h.tok == 0 or self.sent_of[h.tok - 1] != self.sent_of[h.tok] or prev in (",", "–", ":", "„")
        return clause_start and k < len(words) and words[k][:1].islower() and words[k] not in _FUNCTION_WORDS

    # government bodies named generically: their state from the words around them
    def _bodies(self, late: bool) -> None:
        """Generic government bodies: first those whose state the words around them name;
        later (`late`) the rest, by an official in the same sentence, the dateline, or
        the state the article names most."""
        for h in self.hits:
            if h.label != "BODY" or h.tok in self.body_at:
                continue
            iso = self._qualifier_state(h.tok, h.tok_end)
            if iso is None and late:
                iso = self._sentence_official_state(h.tok) or self._dateline_state() or \
                    self._sentence_state(h.tok) or self._main_state()
            if iso is not None:
                self._body(h, iso)

    def _body(self, h: Hit, iso: str) -> Draft:
        known = next((o for o in self.t.orgs.values() if o.state == iso and o.kind == "government"
                      and (o.name.endswith("-" + h.key) or h.key in o.aliases)), None)
        if h.key == "Parlament" and iso in self.t.parliaments:   # the Ukrainian parliament is the Rada
            known = self.t.orgs[self.t.parliaments[iso]]
        if known is not None:
            d = self.org(known.name, h.start)
        else:
            d = self._entity("Organization", h.key, h.start, key=entity_key("Organization", f"{h.key} {iso}"))
            d.kind = "government"
        d.affiliations.append(self.state(iso, h.start).key)
        self._mention(d, h.start, h.end)
        self.body_at[h.tok] = d
        return d

    @cached_property
    def _states(self) -> StateIndex:
        return StateIndex(self.hits, self.sent_of)     # the hits do not change once read

    def _persons_by_sentence(self) -> dict[int, list[int]]:
        """First tokens of the person mentions of each sentence, in the order they were found."""
        cached = getattr(self, "_persons_index", None)
        if cached is None or cached[0] != len(self.person_at):  # mentions are only ever added
            index: dict[int, list[int]] = {}
            for p_tok in self.person_at:
                index.setdefault(self.sent_of[p_tok], []).append(p_tok)
            cached = self._persons_index = (len(self.person_at), index)
        return cached[1]

    def _sentence_official_state(self, tok: int) -> str | None:
        """The state of an Official named in the same sentence ("Carter … mit dem Außenministerium")."""
        for p_tok in self._persons_by_sentence().get(self.sent_of[tok], ()):
            p = self.person_at[p_tok]
            if p.key and p.key in self.drafts:
                for aff in self.drafts[p.key].affiliations:
                    d = self.drafts.get(aff)
                    if d is not None and d.type == "State" and d.code:
                        return d.code
        return None

    def _dateline_state(self) -> str | None:
        """The state of a dateline capital ("Kiew/Moskau – …") near the start of the article."""
        return self._dateline

    @cached_property
    def _dateline(self) -> str | None:
        words = self.words
        for h in self.hits:
            if h.label != "CAPITAL" or self.sent_of[h.tok] > 2:
                continue
            k = h.tok_end
            while k + 1 < len(words) and words[k] == "/":
                k += 2
            if k < len(words) and words[k] in ("–", "-", "—") and (h.tok == 0 or self.sent_of[h.tok - 1] != self.sent_of[h.tok]
                                                                 or words[h.tok - 1] in (".", "\n")):
                return h.key
        return None

    def _qualifier_state(self, tok: int, tok_end: int) -> str | None:
        """The state named by an adjective or genitive before, or 'X Russlands'/'in Moskau' after.

        "das Prager Außenministerium": a capital's adjective names its state too.
        """
        for k in (tok - 1, tok - 2):
            if k >= 0 and self.words[k] in self.t.capital_adjectives:
                return self.t.capital_adjectives[self.words[k]]
            for x in self.by_tok.get(k, []):
                if x.label == "STATE" and x.form in ("adjective", "genitive"):
                    return x.key
                if x.label == "CAPITAL" and x.form == "genitive":
                    return x.key
            if k >= 0 and self.words[k] not in DETERMINERS and not self.words[k].islower():
                break
        for k in (tok_end, tok_end + 1):
            for x in self.by_tok.get(k, []):
                if x.label in ("STATE", "CAPITAL") and (x.form == "genitive" or
                                                        self.words[k - 1] in ("in", "der", "des")):
                    return x.key
        return None

    def _sentence_state(self, tok: int) -> str | None:
        return self._states.nearest(tok)

    def _main_state(self, min_mentions: int = 1) -> str | None:
        """The state the article names most (ties: the first named)."""
        main = self._states.main()
        return main[0] if main is not None and main[1] >= min_mentions else None

    def _state_before(self, tok: int, window: int = 8) -> str | None:
        """A state named in the same sentence at most `window` tokens before `tok`."""
        return self._states.last_before(tok, window)

    def _org_affiliations(self) -> None:
        """Government bodies, state media and parties belong to their state, where the article names it."""
        for d in list(self.drafts.values()):
            if d.type != "Organization" or d.affiliations:
                continue
            rec = self.t.orgs.get(d.name)
            if rec and rec.state and rec.kind in ("government", "media", "armed", "party"):
                state_key = entity_key("State", self.t.states[rec.state].name)
                if state_key in self.drafts:
                    d.affiliations.append(state_key)
            elif rec and rec.kind == "party":
                # a party named generically ("die Kommunistische Partei") is the country's the
                # article is about
                iso = self._main_state(min_mentions=2)
                if iso:
                    d.affiliations.append(self.state(iso, d.first).key)

