"""An interview's lead names the interviewee by a title alone; the answers name him: „Reformen seien nötig, sagt
Tirols Landeshauptmann. ZEITUNG: Was nun? Anton Beispiel: Wir handeln.“ The one person whose name, followed by a
colon, opens an answer after a question holds a title no name holds that stands before his first answer.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Die Reform komme zu spät, sagt die Bildungsministerin. ZEITUNG: Warum? Eva Muster: Weil es dauert."
>>> [(e.name, e.type, e.role) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities
...  if e.type in ("Official", "Person")]
[('Eva Muster', 'Official', 'Bildungsministerin')]
"""
from __future__ import annotations

from kg import german
from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare
from kg.nlp.hits import Hit

INTERVIEWEE = declare("title-interviewee", "title holder", "a title no name holds, before an interview's first "
                      "answer, is the interviewee's: the one person whose name and a colon open an answer after a "
                      "question, where the article's first sentence names one person by the title: singular, after a "
                      "definite article or a genitive („Das reiche nicht, sagt Tirols Landesrätin. ZEITUNG: Wieso? Eva Muster: Weil …“ "
                      "→ Eva Muster, Landesrätin); not a title after the first answer, nor where two persons answer "
                      "(„ZEITUNG: Und? Eva Muster: Ja. Anton Beispiel: Nein.“), nor a plural („Eva Muster über "
                      "Bischöfe. ZEITUNG: …“)")


def interview_holders(st: ReadingState, h: Hit) -> list[PersonDraft]:
    """The interviewee, where the title at h is one person's in the article's first sentence, before his first
    answer; else none."""
    found = _interviewee(st) if _lead_title(st, h) else None
    return [found[0]] if found is not None and h.tok < found[1] else []


def _lead_title(st: ReadingState, h: Hit) -> bool:
    """Whether the title at h, in the article's first sentence, names one person: written in the singular (as its
    key) after a definite article or a genitive, maybe with adjectives between: „Die neue Ministerin“, „sagt Tirols
    Landesrat“; not „Bischöfe“, „Minister“ alone."""
    return st.sent_of[h.tok] == 0 and names_one(st, h)


def names_one(st: ReadingState, h: Hit) -> bool:
    """Whether the title at h names one person: singular (as its key) after a definite article or a genitive."""
    if h.text.rsplit("-", 1)[-1] != h.key:
        return False
    b = h.tok - 1
    while b >= 0 and st.words[b].islower() and st.words[b].endswith(german.ADJECTIVE_ENDINGS) \
            and st.words[b] not in german.DEFINITE_ARTICLES:
        b -= 1
    return b >= 0 and (st.words[b].casefold() in german.DEFINITE_ARTICLES
                       or any(x.form == "genitive" and x.tok_end == b + 1 for x in st.by_tok.get(b, ())))


def _interviewee(st: ReadingState) -> tuple[PersonDraft, int] | None:
    """The one person who answers in the article, with the first token of his first answer's label."""
    answers = [(tok, p) for tok, p in st.person_at.items() if _opens_answer(st, tok)]
    people = {id(p) for _, p in answers}
    if len(people) != 1:
        return None
    tok, p = min(answers, key=lambda a: a[0])
    return p, tok


def _opens_answer(st: ReadingState, tok: int) -> bool:
    """Whether the name at `tok` follows a question and is followed by a colon: „Was nun? Eva Muster: …“."""
    end = name_end(st, tok)
    return tok > 0 and st.words[tok - 1] == german.QUESTION_MARK and end < len(st.words) \
        and st.words[end] == german.ANSWER_LABEL_MARK
