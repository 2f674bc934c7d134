"""Whom a cleric acts for: an office of a church or a religious community („Bischof“, „Kardinal“, „Pfarrerin“;
`kg/data/clergy_titles.tsv`) is held in that church, so its holder acts for the church body the article names, its
bishops' conference before a church, and never for the state of his see or of the article (ANNOTATION: church
bodies' clerics are officials of them).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Wien – Die Bischofskonferenz tagt. Der Linzer Bischof Max Muster leitet sie."
>>> [(e.name, e.affiliations) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities
...  if e.type == "Official"]
[('Max Muster', ('org:bischofskonferenz',))]
"""
from __future__ import annotations

from kg import resources
from kg.extract.reading import ReadingState
from kg.extract.rules import rule
from kg.nlp.hits import Hit
from kg.nlp.orgchambers import CHURCH_BODY_KIND

_CLERGY_ENDS = tuple(resources.listed_words("clergy_titles.tsv"))
_STATE_OFFICES = dict(resources.commented_rows("state_offices.tsv"))     # "Nuntius" → VA
_CHURCH = resources.load_word_list("church_nouns.tsv")      # „Kirche“: a church's own name holds it


def clergy_title(title: str) -> bool:
    """Whether a title is a church's or a religious community's office: „Diözesanbischof“, „Kardinal“; not
    „Papst“, „Nuntius“."""
    return title.casefold().endswith(_CLERGY_ENDS)


@rule("title-affiliation-clergy", "a church's office („Bischof“, „Kardinal“, „Pfarrerin“; `clergy_titles.tsv`) "
      "acts for the church body the article names, its bishops' conference before a church, and for no state its "
      "see or the article names: „Wien – Die Bischofskonferenz tagt. Der Linzer Bischof Max Muster leitet sie.“ "
      "for the Bischofskonferenz, „Die evangelische Kirche lädt ein, sagte Pfarrerin Eva Muster“ for that church; "
      "not Österreich where the article names no church body", "title affiliation")
def church_body(st: ReadingState, h: Hit) -> str | None:
    """The key of the church body the article names for the clergy title hit h: a bishops' conference
    (`church_body_kinds.tsv`), else an organisation whose name holds „Kirche“; None where it names neither."""
    orgs = [x for x in st.hits if x.label == "ORG"]
    found = next((x for x in orgs if x.rule == CHURCH_BODY_KIND), None) \
        or next((x for x in orgs if _CHURCH & set(x.key.split())), None)
    return st.org(found.key, found.start).key if found is not None else None


@rule("title-affiliation-clergy-envoy", "a church's office in apposition after the title of an office that one state "
      "alone has (`state_offices.tsv`: „Nuntius“) is held by that state's envoy, who acts for the state: „Unter den "
      "Gästen war der Apostolische Nuntius, Erzbischof Max Muster“ for the Vatikan; not „Der Linzer Erzbischof Max "
      "Muster“ (no state's office before it)", "title affiliation")
def envoy_state(st: ReadingState, h: Hit) -> str | None:
    """The key of the state whose office's title stands right before the clergy title hit h, maybe past a comma."""
    b = h.tok - 2 if h.tok >= 2 and st.words[h.tok - 1] == "," else h.tok - 1
    office = next((x for x in st.by_tok.get(b, ()) if x.label == "TITLE" and x.tok_end == b + 1
                   and x.key in _STATE_OFFICES), None) if b >= 0 else None
    return st.state(_STATE_OFFICES[office.key], office.start).key if office is not None else None
