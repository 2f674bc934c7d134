"""Article-level consolidation of the talks read sentence by sentence.

`kg.extract.talks` reads each sentence's talks on its own; some readings only
make sense for the whole article: a visit to a state is the occasion of the
meetings the visitor holds there, not a meeting of its own.

>>> from kg.facts import Entity, Evidence, Talks
>>> from kg.extract.mentions import EntityReading
>>> from kg.extract.talk_rules import VISIT_HOST
>>> ev = Evidence("…", 0, 1)
>>> visit = Talks("Meeting", ("p:a", "state:x"), ev, "held", rules=(VISIT_HOST,))
>>> meeting = Talks("Meeting", ("p:a", "p:b"), ev, "held")
>>> reading = EntityReading((Entity("p:b", "Official", "B", affiliations=("state:x",)),), (), ())
>>> [t.participants for t in subsume_visits([visit, meeting], reading)]
[('p:a', 'p:b')]
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired, with_rule
from kg.extract.talk_rules import VISIT_CAPITAL, VISIT_RULES
from kg.extract.talk_links import LINKED_PARTNER
from kg.extract.talk_verbs import AGREED, PARTNER_SLOT
from kg.facts import Talks


VISIT_SUBSUMED = declare("talks-visit-subsumed", "talks merge", "a visit to a state whose official (or body) the "
                         "visitor meets in the article is the occasion of that meeting, not talks of its own: "
                         "„Scholz ist zu Besuch in Frankreich. In Paris traf er Präsident Macron.“")


def _host(talks: Talks, reading: EntityReading) -> str | None:
    """The visited state of visit talks (read by the visit rules), else None."""
    if not VISIT_RULES & set(talks.rules):
        return None
    return next((k for k in talks.participants[1:] if k.startswith("state:")), None)


def _acts_for(key: str, state: str, reading: EntityReading) -> bool:
    entity = reading.entity(key)
    return entity is not None and state in entity.affiliations


def subsume_visits(talks: list[Talks], reading: EntityReading) -> list[Talks]:
    """Drop visit talks (visitor, state) where the visitor meets one who acts for that state."""
    out = list(talks)
    for visit in talks:
        host = _host(visit, reading)
        if host is None:
            continue
        visitors = set(visit.participants) - {host}
        meetings = [t for t in out if t is not visit and _host(t, reading) is None
                    and visitors & set(t.participants) and any(_acts_for(k, host, reading) for k in t.participants)]
        if not meetings:
            continue        # "Kerry sagte bei einem Besuch in Kairo …": the visit is the visitor's talks with the state
        fired(VISIT_SUBSUMED)
        out.remove(visit)
        # a meeting no sentence placed is where the visit went ("Nach seinem Besuch in Washington …")
        meeting = min(meetings, key=lambda t: (t.place is not None, t.status != visit.status))
        capital = visit.place if VISIT_CAPITAL in visit.rules else None
        out[out.index(meeting)] = replace(meeting, place=meeting.place or capital,
                                          rules=with_rule(meeting.rules, VISIT_SUBSUMED))
    return out


SAME_SENTENCE = declare("talks-same-sentence", "talks merge", "one sentence reads the same participants' talks "
                        "once: „Sarif traf in Wien seinen Verhandlungspartner Kerry“ is one meeting")
OTHER_STATUS = declare("talks-same-sentence-other-status", "talks merge", "talks of the same participants that one "
                       "sentence reads as held and as planned are two: „Obama hat Merkel bei einem Telefonat zu einem "
                       "Besuch nach Washington eingeladen“ (the call held, the visit to come)")
AGREED_ON_TALKS = declare("talks-agreed-on-talks", "talks merge", "talks one sentence says were agreed on are the "
                          "talks to come, not a negotiation the agreement implies: „Lawrow und Kerry haben sich auf ein "
                          "Treffen in Genf verständigt“ is one planned meeting")
HEADLINE_REPEAT = declare("talks-headline-repeat", "talks merge", "a headline that restates talks of the body "
                          "(same participants and kind) adds no talks: „Scholz telefoniert mit Macron. Berlin – "
                          "Bundeskanzler Scholz hat am Montag mit Präsident Macron telefoniert.“")


def _mark(talks: Talks, rule: str) -> Talks:
    return talks if rule in talks.rules else replace(talks, rules=(*talks.rules, rule))


def once_per_sentence(talks: list[Talks]) -> list[Talks]:
    """The first of the talks one sentence reads with the same participants (in text order).

    >>> from kg.facts import Evidence
    >>> ev = Evidence("…", 0, 1)
    >>> a, b = Talks("Meeting", ("x", "y"), ev, "held"), Talks("Negotiation", ("y", "x"), ev, "held")
    >>> [(t.kind, t.rules) for t in once_per_sentence([a, b])]
    [('Meeting', ('talks-same-sentence',))]
    """
    kept: dict[tuple[int, frozenset[str]], Talks] = {}
    for t in talks:
        key = (t.evidence.start, frozenset(t.participants))
        if key in kept and kept[key].status != t.status:
            # "haben sich auf ein Treffen verständigt": the meeting agreed on, not a negotiation the agreement implies
            # (unless the implied one already stands for talks of the sentence: „einigten sich bei ihrem Treffen auf …“)
            if AGREED in t.rules or (AGREED in kept[key].rules and SAME_SENTENCE not in kept[key].rules):
                fired(AGREED_ON_TALKS)
                kept[key] = _mark(kept[key] if AGREED in t.rules else t, SAME_SENTENCE)
                continue
            fired(OTHER_STATUS)     # "lud Merkel bei einem Telefonat zu einem Besuch ein": the call held, the visit to come
            key = (t.evidence.start, frozenset((*t.participants, t.status)))
        if key in kept:
            fired(SAME_SENTENCE)
            kept[key] = _mark(kept[key], SAME_SENTENCE)
        else:
            kept[key] = t
    return list(kept.values())


def drop_headline_repeats(talks: list[Talks], body_start: int) -> list[Talks]:
    """Talks read in the headline (before `body_start`) that the body reads again: the body's stay.

    >>> from kg.facts import Evidence
    >>> head = Talks("PhoneCall", ("x", "y"), Evidence("…", 0, 9), "held")
    >>> body = Talks("PhoneCall", ("y", "x"), Evidence("…", 20, 40), "held")
    >>> [(t.evidence.start, t.rules) for t in drop_headline_repeats([head, body], 12)]
    [(20, ('talks-headline-repeat',))]
    """
    repeated = {(t.kind, frozenset(t.participants)) for t in talks if t.evidence.start < body_start}
    out = []
    for t in talks:
        key = (t.kind, frozenset(t.participants))
        if t.evidence.start < body_start:
            if any(o.evidence.start >= body_start and (o.kind, frozenset(o.participants)) == key for o in talks):
                fired(HEADLINE_REPEAT)
                continue
        elif key in repeated:
            t = _mark(t, HEADLINE_REPEAT)
        out.append(t)
    return out


HEADLINE_SIDES = declare("talks-headline-sides", "talks merge", "a headline's talks between states or bodies that "
                         "the body tells as talks of their officials (each side a participant or his affiliation, "
                         "same status, any kind) add no talks: „Chile und Peru verhandeln über Grenzstreit. Lima – "
                         "Der chilenische Präsident Marco Ribeira hat am Montag den peruanischen Präsidenten Luis "
                         "Andrade getroffen.“ is one meeting")


def drop_headline_sides(talks: list[Talks], body_start: int, reading: EntityReading) -> list[Talks]:
    """Talks read in the headline (before `body_start`) whose sides the body's talks name by their officials."""
    body = [t for t in talks if t.evidence.start >= body_start]
    out = []
    for t in talks:
        if t.evidence.start < body_start and any(o.status == t.status and _sides_of(t, o, reading) for o in body):
            fired(HEADLINE_SIDES)
            continue
        out.append(t)
    return out


def _sides_of(head: Talks, told: Talks, reading: EntityReading) -> bool:
    """Each participant of `head` is a distinct participant of `told` or an affiliation of one."""
    free = list(told.participants)
    for side in head.participants:
        match = next((k for k in free if k == side or _acts_for(k, side, reading)), None)
        if match is None:
            return False
        free.remove(match)
    return True


BODY_OFFICIAL = declare("talks-body-official", "talks merge", "a meeting of one organisation's body is attended by "
                        "the one official of that organisation the article names: „Beim Nato-Treffen in Brüssel "
                        "ging es um Syrien. Generalsekretär Jens Stoltenberg warnte …“")


BODY_OTHER_SIDE = declare("talks-body-other-side", "talks guard", "negotiations or a call of one organisation alone, "
                          "or talks it is the partner of („das Treffen mit der SPÖ“), are held with another side the "
                          "sentence does not name, not with the organisation's own official: „Die Koalitionsgespräche "
                          "der SPÖ sind gescheitert. SPÖ-Chef Max Muster …“ are no talks of the party and Muster (a "
                          "meeting of the body's members is: talks-body-official)")
SIDED_KINDS = frozenset({"Negotiation", "PhoneCall"})   # talks kinds with two sides, not a body's gathering
SITTING_KINDS = frozenset({"Session"})     # a body's own sitting (tagen, zusammentreten), not a meeting, call or negotiation


def with_body_official(talks: Talks, reading: EntityReading) -> Talks:
    """Talks of a single organisation, joined by the article's only official of it (else unchanged).

    >>> from kg.facts import Entity, Evidence
    >>> t = Talks("Meeting", ("org:nato",), Evidence("…", 0, 1), "held")
    >>> reading = EntityReading((Entity("org:nato", "Organization", "NATO"),
    ...                          Entity("p:s", "Official", "S", affiliations=("org:nato",))), (), ())
    >>> with_body_official(t, reading).participants
    ('org:nato', 'p:s')
    """
    if len(talks.participants) != 1:
        return talks
    body = reading.entity(talks.participants[0])
    if body is None or body.type != "Organization" or body.kind == "media":
        return talks
    officials = [e.key for e in reading.entities if e.type == "Official" and body.key in e.affiliations]
    if len(officials) != 1:
        return talks
    if talks.kind in SIDED_KINDS or LINKED_PARTNER in talks.rules or PARTNER_SLOT in talks.rules:
        fired(BODY_OTHER_SIDE)
        return talks
    fired(BODY_OFFICIAL)
    return replace(talks, participants=(body.key, officials[0]), rules=(*talks.rules, BODY_OFFICIAL))


SITTING_OFFICIAL = declare("talks-sitting-official", "talks merge", "a sitting of an international or government "
                           "body read from a Session verb of the talks lexicon (`talks-body-session`: „tagen“, "
                           "„zusammentreten“) is attended by the one official of that body the article names: „Die "
                           "Eurogruppe tagt am Montag in Brüssel. Eurogruppenchef Max Muster legt einen Bericht vor.“; not "
                           "a company's or a party's („Der Vorstand der Brantel AG tagt“), not a meeting verb („Die "
                           "EU-Innenminister beraten“: the EU's one official named may sit elsewhere), nor where the "
                           "article names several officials of the body")
SITTING_BODIES = frozenset({"international", "government"})     # kinds of body whose sitting its chair attends


def with_sitting_official(talks: Talks, reading: EntityReading) -> Talks:
    """The sitting of one international or government body with the article's one official of it (else unchanged)."""
    if len(talks.participants) != 1 or talks.kind not in SITTING_KINDS:
        return talks
    body = reading.entity(talks.participants[0])
    if body is None or body.kind not in SITTING_BODIES:
        return talks
    joined = with_body_official(talks, reading)
    if joined is not talks:
        fired(SITTING_OFFICIAL)
        joined = replace(joined, rules=(*joined.rules, SITTING_OFFICIAL))
    return joined


BODY_SUMMIT_TOLD = declare("talks-body-talks-told", "talks merge", "talks that name only an organisation are the same "
                           "talks of it the article reads with attendees (same kind and status), not a second meeting "
                           "its one official attends: „Premier Max Muster will beim EU-Gipfel seine Wünsche "
                           "durchbringen. Es soll in Brüssel kommende Woche ein EU-Gipfel sein, …“ (one summit, in "
                           "Brussels)")


def fold_body_alone(talks: list[Talks], reading: EntityReading) -> list[Talks]:
    """The talks without those naming one organisation alone that other talks of the same kind and status name with
    attendees; their place and date fill the other's where it has none.

    >>> from kg.facts import Entity, Evidence
    >>> a = Talks("Summit", ("p:c", "org:eu"), Evidence("…", 0, 5), "planned")
    >>> b = Talks("Summit", ("org:eu",), Evidence("…", 9, 20), "planned", place="place:brussel")
    >>> reading = EntityReading((Entity("org:eu", "Organization", "EU"),), (), ())
    >>> [(t.participants, t.place) for t in fold_body_alone([a, b], reading)]
    [(('p:c', 'org:eu'), 'place:brussel')]
    """
    out = list(talks)
    for t in talks:
        if len(t.participants) != 1 or getattr(reading.entity(t.participants[0]), "type", None) != "Organization":
            continue
        k = next((i for i, o in enumerate(out) if len(o.participants) >= 2 and t.participants[0] in o.participants
                  and o.kind == t.kind and o.status == t.status and (o.place is None or t.place is None
                                                                      or o.place == t.place)), None)
        if k is None:
            continue
        fired(BODY_SUMMIT_TOLD)
        kept = out[k]
        out[k] = replace(kept, place=kept.place or t.place, start=kept.start or t.start, end=kept.end or t.end,
                         rules=with_rule(kept.rules, BODY_SUMMIT_TOLD))
        out.remove(t)
    return out


SAME_MEETING = declare("talks-same-meeting", "talks merge", "talks of the same participants and status told again "
                       "in a later sentence are the same meeting, unless that sentence says it is another "
                       "(„erneut“, „nächste“): „Scholz traf Macron in Paris. Nach dem Gespräch mit Macron sagte "
                       "Scholz …“")


def _compatible(a: Talks, b: Talks) -> bool:
    """Same participants and status; no two places or dates; a phone call is no meeting."""
    return (frozenset(a.participants) == frozenset(b.participants) and a.status == b.status
            and (a.kind == "PhoneCall") == (b.kind == "PhoneCall")
            and (a.place is None or b.place is None or a.place == b.place)
            and (a.start is None or b.start is None or a.start == b.start))


def merge_same_meetings(talks: list[Talks], again: frozenset[int]) -> list[Talks]:
    """Later talks compatible with earlier ones fold into them (filling their place and date).

    `again`: evidence starts of sentences that mark their talks as new ("erneut").

    >>> from kg.facts import Evidence
    >>> a = Talks("Meeting", ("x", "y"), Evidence("…", 0, 5), "held")
    >>> b = Talks("Negotiation", ("y", "x"), Evidence("…", 9, 20), "held", place="place:paris")
    >>> [(t.place, t.rules) for t in merge_same_meetings([a, b], frozenset())]
    [('place:paris', ('talks-same-meeting',))]
    >>> len(merge_same_meetings([a, b], frozenset({9})))
    2
    """
    out: list[Talks] = []
    for t in talks:
        k = next((i for i, o in enumerate(out) if o.evidence.start != t.evidence.start
                  and t.evidence.start not in again and _compatible(o, t)), None)
        if k is None:
            out.append(t)
            continue
        fired(SAME_MEETING)
        kept = out[k]
        out[k] = replace(kept, place=kept.place or t.place, start=kept.start or t.start, end=kept.end or t.end,
                         rules=with_rule(kept.rules, SAME_MEETING))
    return out
