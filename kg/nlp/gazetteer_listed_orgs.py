"""The passes of `Gazetteer.match` that read what a listed organisation's name stands for in its context: a
state's own body of an international body's noun („der russische Sicherheitsrat“), an international body's organ
named by a noun and the body's genitive („die Generalversammlung der Vereinten Nationen“), and a medium's title
that is only a noun at a sentence's start („Die Zeit drängt.“). Mixed into `kg.nlp.gazetteer.Gazetteer` as
`ListedOrgPasses`.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg import german, resources
from kg.nlp.gazetteer_tables import STAGE
from kg.nlp.gazetteer_words import LISTED_NAME
from kg.nlp.hits import Hit, token_hit
from kg.nlp.tokens import positions
from kg.rules import declare, fired


STATE_OWN_BODY = declare("org-state-own-body", STAGE, "a listed international body named by a bare German noun is "
                         "a state's own body of that noun after the state's adjective or „nationale“: „der russische "
                         "Sicherheitsrat“, „der nationale Sicherheitsrat“ are no UN Security Council; „der "
                         "Sicherheitsrat“ alone is")


_DOMESTIC_ADJECTIVES = resources.listed_words("domestic_adjectives.tsv")


ORGAN_OF_BODY = declare("org-organ-of-body", STAGE, "a noun before the genitive of a listed international body is "
                        "that body's organ where the body's short name and the noun, joined by a hyphen, are listed: "
                        "„die Generalversammlung der Vereinten Nationen“ is the UN-Generalversammlung, „das "
                        "Flüchtlingshilfswerk der Uno“ the UNHCR; not a noun that makes no listed name („die "
                        "Experten der Vereinten Nationen“)")


SENTENCE_START_TITLE = declare("org-title-noun-sentence-start", STAGE, "guard: a listed medium's title of a "
                               "definite article and a German noun („Die Zeit“, „Die Welt“) at a sentence's start is "
                               "that noun, no medium, unless a verb of saying or reporting follows: „Die Zeit drängt.“, "
                               "„Die Welt der Mafia ist klein.“; but „Die Welt berichtete …“, „laut der Zeitung Die "
                               "Welt“")


_QUOTE_OPENERS = frozenset({":", *german.QUOTE_MARKS})     # „sagte: Die Welt ist klein“: a quoted sentence


SUNDAY_EDITION = declare("org-sunday-edition", STAGE, "a listed medium's title (without its article) and „am Sonntag“ "
                         "right after it name that medium's Sunday paper, an organisation of its own: „sagte er der "
                         "Welt am Sonntag“, „laut Kurier am Sonntag“, for a paper of a German-speaking state, whose Sunday "
                         "papers are named so; not another state's medium („sagte er CNN am Sonntag“, „der Times am "
                         "Sonntag“: a day), nor a word no listed medium's title is („nach der Wahl am Sonntag“)")
_GERMAN_SPEAKING = frozenset({"DE", "AT", "CH"})    # the states whose papers name Sunday editions so
_SUNDAY = german.SUNDAY_EDITION     # „Bild am Sonntag“, „Welt am Sonntag“


@lru_cache(maxsize=1)
def _media_titles() -> frozenset[tuple[str, ...]]:
    """The words of each listed medium's name and alias of a German-speaking state, without a leading article:
    („Welt“,), („Kurier“,)."""
    out = set()
    for o in resources.load_organizations():
        if o.kind == "media" and o.state in _GERMAN_SPEAKING:
            for name in (o.name, *o.aliases):
                words = tuple(name.split())
                out.add(words[1:] if len(words) > 1 and words[0].lower() in german.DEFINITE_ARTICLES else words)
    return frozenset(out)


class ListedOrgPasses:
    """Mixed into `Gazetteer`: the passes that read what a listed organisation's name stands for in its context."""

    def _sentence_start_titles(self, words: list[str], hits: list[Hit], opens: frozenset[int]) -> list[Hit]:
        """The listed hits without a medium's title of an article and a German noun at a sentence's start (`opens`)
        or after a colon or quotation mark, that no verb of saying or reporting follows
        (`org-title-noun-sentence-start`)."""
        out = []
        for h in hits:
            k, e = h.tok, h.tok_end
            if h.label == "ORG" and (k in opens or words[k - 1] in _QUOTE_OPENERS) and e == k + 2 \
                    and words[k].lower() in german.DEFINITE_ARTICLES and words[k + 1] in self.common and h.rule == LISTED_NAME \
                    and not (e < len(words) and (words[e] in self.media_verbs or words[e] in self.speech_verbs)):
                fired(SENTENCE_START_TITLE)
                continue
            out.append(h)
        return out

    def _sunday_editions(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                         covered: list[bool]) -> list[Hit]:
        """The hits with a listed medium's Sunday paper (`org-sunday-edition`: „der Welt am Sonntag“) in place of
        the hits inside it."""
        spans = [(k, e + 2) for e in positions(words, {_SUNDAY[0]}) if tuple(words[e:e + 2]) == _SUNDAY
                 and not (e + 2 < len(words) and words[e + 2] == "-")
                 for k in (e - 1,) if k >= 0 and (words[k],) in _media_titles()]
        if not spans:
            return hits
        made = {k for i, j in spans for k in range(i, j)}
        out = [h for h in hits if h.tok not in made]
        for i, j in spans:
            for k in range(i, j):
                covered[k] = True
            out.append(token_hit(text, words, idx, i, j, "ORG", " ".join(words[i:j]), "context:media", SUNDAY_EDITION))
            fired(SUNDAY_EDITION)
        return sorted(out, key=lambda h: (h.start, -h.end))

    def _state_bodies(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A listed international body's bare German noun after a state's adjective or „nationale“ is that
        state's own body of the noun (a BODY hit, which the state qualifies): „der russische Sicherheitsrat“."""
        adjectives = {h.tok_end for h in hits if h.label == "STATE" and h.form == "adjective" and words[h.tok][:1].islower()}
        out = []
        for h in hits:
            k = h.tok
            if h.label == "ORG" and h.rule == LISTED_NAME and h.tok_end == k + 1 and k > 0 and h.key in self.international \
                    and words[k] in self.common and words[k][1:].islower() \
                    and (k in adjectives or words[k - 1].lower() in _DOMESTIC_ADJECTIVES):
                fired(STATE_OWN_BODY)
                stem = next((s for s in german.genitive_stems(words[k]) if s in self.common), words[k])
                h = replace(h, label="BODY", key=stem, rule=STATE_OWN_BODY)
            out.append(h)
        return out

    def _organs_of_bodies(self, text: str, words: list[str], idx: list[int], hits: list[Hit]) -> list[Hit]:
        """The hits with a listed organ of an international body named by its noun and the body's genitive („die
        Generalversammlung der Vereinten Nationen“ → UN-Vollversammlung, „das Parlament der EU“), as an ORG hit on the
        noun, in place of the state's body the noun names alone („Parlament“)."""
        taken = {k for h in hits if h.label != "BODY" for k in range(h.tok, h.tok_end)}
        found: dict[int, Hit] = {}
        for h in hits:
            k = h.tok - 2
            if h.label != "ORG" or k < 0 or words[k + 1] not in german.GENITIVE_ARTICLES or k in taken \
                    or not words[k][:1].isupper() or h.key not in self.body_short_forms:
                continue
            entry = next((e for stem in (words[k], *german.genitive_stems(words[k])) for f in self.body_short_forms[h.key]
                          if (e := self.phrases.get((f"{f}-{stem}",))) is not None and e.label == "ORG"), None)
            if entry is not None:
                found[k] = Hit(idx[k], idx[k] + len(words[k]), "ORG", entry.key, words[k], k, k + 1, "name", ORGAN_OF_BODY)
        if not found:
            return hits
        fired(ORGAN_OF_BODY)    # a state's body the noun named („Parlament“) gives way to the body's organ
        return sorted([h for h in hits if h.tok not in found] + list(found.values()), key=lambda h: (h.start, -h.end))
