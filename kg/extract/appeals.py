"""Appeals: „anrufen“ with a court or council as its object asks that body for a ruling, a PLOVER
REQUEST, and is no phone call: „Die Türkei rief den UN-Sicherheitsrat an“.

The bodies are the nouns of `kg/data/appeal_bodies.tsv`, matched as the ending of the actor's last
word; the verb is the „appeal“ row of `construction_verbs.tsv`. Both readers ask here: the events
(`kg.extract.events`: the call's CONSULT becomes a REQUEST) and the talks (`kg.extract.talks`: the
body is no partner of a phone call).
"""
from __future__ import annotations

from kg import resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.lexicon import construction_verbs
from kg.extract.rules import declare

APPEAL = declare("call-appeal", "appeal", "„anrufen“ with a court or council as its object is an appeal to it "
                 "(REQUEST), no phone call: „Die Türkei rief den UN-Sicherheitsrat an“")
APPEAL_VERB = construction_verbs()["appeal"]
BODIES = tuple(sorted(row[0] for row in resources.commented_rows("appeal_bodies.tsv")))


def appealed(sentence: Sentence, cue: str, actor: Actor) -> bool:
    """The cue is the appeal verb and the actor a court or council: an appeal, not a call.

    >>> APPEAL_VERB, BODIES[:2]
    ('anrufen', ('gericht', 'gerichtshof'))
    """
    return cue == APPEAL_VERB and actor.type == "Organization" and \
        sentence.words[actor.last].lower.endswith(BODIES)
