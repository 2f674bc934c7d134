"""The Land body a member's title names by its region, where the text names no such body by its noun: „Kärntens
Landeshauptmann“, „der Tiroler Landesrat“, „Landeshauptmann von Salzburg“ name the Land government of that region,
the organisation `land_bodies` reads from „die Kärntner Landesregierung“ (the same identity: a noun and a region), and
the title's holder acts for it. A title with no region of its own acts for the body of the one region the article
names.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Tirols Landeshauptmann Anton Beispiel eröffnete die Messe."
>>> [e.affiliations for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities
...  if e.type == "Official"]
[('state:osterreich', 'org:landesregierung-tirol')]
"""
from __future__ import annotations

from kg import german
from kg.extract import land_bodies
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare

TITLE_REGION = declare("official-affiliation-land-title-region", "official affiliation", "an official whose title is "
                       "a member's of a Land's body (`land_body_titles.tsv`) and whose region the words before or "
                       "after the title name acts for that region's body, where the text does not name it: "
                       "„Kärntens Landeshauptmann Anton Beispiel“, „der steirische Landesrat Anton Beispiel“, "
                       "„Landesrätin von Tirol Eva Muster“ for Landesregierung Kärnten, Steiermark, Tirol; not a "
                       "former holder („die Kärntner Ex-Landesrätin Eva Muster“)")
TITLE_ARTICLE = declare("official-affiliation-land-title-article", "official affiliation", "an official whose title "
                        "is a member's of a Land's body and names no region acts for the body of the one region the "
                        "article names, where the article names no such body: „In Kärnten wird gewählt. "
                        "Landeshauptmann Anton Beispiel tritt an.“ for Landesregierung Kärnten; not where the article "
                        "names two regions („In Kärnten und Tirol …“)")


def title_body(st: ReadingState, p: PersonDraft) -> tuple[str, str] | None:
    """The key of the Land body, with the rule that read it, an official's title names by its region, or that of the article's one region where
    the article names no body of the title's noun; None where neither reads one, and for a former holder's title."""
    role = (p.role or "").lower()
    if not role or p.title_tok is None or role.split("-", 1)[0] in german.PRIVATIVE_PREFIXES:
        return None
    body = next((b for end, b in land_bodies.title_endings() if role.endswith(end)), None)
    form = land_bodies.body_form(body) if body else None
    if form is None:
        return None
    named = land_bodies.named_region(st, p.title_tok, form)
    if named is not None:
        rule = TITLE_REGION
    elif body in st.land_bodies:
        return None
    else:
        region = land_bodies.article_region(st, [], p.title_tok)
        if region is None:
            return None
        named, rule = land_bodies.region_body_name(region, form, st.idx[p.title_tok]), TITLE_ARTICLE
    d = land_bodies.body_draft(st, form, named._replace(rule=rule))     # fires the rule
    d.read_by(rule)
    return d.key, rule
