"""The names of the talks rules that read a visit of a state.

The sentence reading (`talks.py`, `talk_places.py`) marks talks with them and the article
merge (`talk_merge.py`) folds those talks into the meetings they were the occasion of;
`talks.py` imports `talk_merge.py`, so the names cannot live in `talks.py`.

>>> VISIT_CAPITAL in VISIT_RULES
True
"""
from __future__ import annotations

from kg.extract.rules import declare

VISIT_SLOT = declare("talks-visit-slot", "talks participants", "the state a visiting verb goes to takes part: "
                     "„Kerry reiste nach Ägypten“")
VISIT_HOST = declare("talks-visit-host", "talks participants", "the state a visit goes to takes part: "
                     "„Papst Franziskus ist zu Besuch in Kuba“")
VISIT_CAPITAL = declare("talks-visit-capital", "talks participants", "a visit or journey to a state's capital "
                        "visits that state (talks of the visitor and the state, or the occasion of the meetings held "
                        "there), and the capital is the place: „Kerry sagte bei einem Besuch in Kairo …“, „Xi reiste "
                        "nach Washington“")
TRIP_HOST = declare("talks-trip-host", "talks participants", "talks a traveller goes to „zu Gesprächen nach“ a state "
                    "or its capital are held with that state: „Steinmeier reist am Dienstag zu Gesprächen nach "
                    "Moskau“")
VISIT_STAY = declare("talks-visit-stay", "talks participants", "„zu Besuch“ (no article) puts the sentence's "
                     "subject, also after the verb, on a visit to the state its clause names after „in“/„nach“, also "
                     "before the noun: „Steinmeier ist in Polen zu Besuch“ (by its capital or „in der polnischen "
                     "Hauptstadt“: as a visit to a capital)")
VISIT_COMPOUND = declare("talks-visit-compound", "talks participants", "the state a visit compound names before "
                         "its hyphen (or whose capital it names) is the host: „Merkels China-Besuch“, „der Kuba-Reise "
                         "des Papstes“, „ihr Moskau-Besuch“")
RECEIVED_IN = declare("talks-received-in", "talks participants", "the subject of a receiving verb in the passive with "
                      "no agent is a guest of the state (or of the capital's state) it is received in: „Davutoglu wurde "
                      "in Berlin mit militärischen Ehren empfangen“")
GUEST_STATE = declare("talks-guest-in-state", "talks participants", "an official „zu Gast“ in a state (after „in“, "
                      "before or after the noun) visits it: „Ban Ki-moon war am Montag in Israel zu Gast“, „Gauck ist "
                      "zu Gast in Indien“; not a team („Rapid ist in Spanien zu Gast“) nor his own state")
VISITED_STATE = declare("talks-visited-state-object", "talks participants", "a state as the bare object of a visiting "
                        "verb („besuchen“) is the visited host, as its capital there is: „Kurz besuchte am Montag "
                        "Polen“ is the occasion of the meetings with Polish officials the article reads")
# the rules whose talks are a visit of a state (the visitor and the visited state)
VISIT_RULES = frozenset({VISIT_HOST, VISIT_SLOT, VISIT_CAPITAL, VISIT_STAY, TRIP_HOST, VISIT_COMPOUND, RECEIVED_IN,
                         GUEST_STATE, VISITED_STATE})
