"""The pipeline's work grows at most linearly with the input on adversarial shapes:
one long word, one long sentence, thousands of titles, thousands of names, a large
article (issue 12).

Work, not time: the lines of geokg's code the pipeline executes (`sys.settrace`), plus the
bytes each line allocates at its peak (`tracemalloc`, per 64 bytes), so that a loop
that copies a long string per step counts as the quadratic work it is. Both are
deterministic for a given text, unlike a clock. Each shape is built at size n and 4n
from the same generated pieces; linear work gives a ratio near 4, quadratic work a
ratio that grows with n.
"""
from __future__ import annotations

import itertools
import os
import sys
import tracemalloc
from pathlib import Path
from typing import Callable

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import kg
from kg.extract import extract
from kg.facts import Article
from kg.nlp import build_nlp
from kg.nlp.firm_references import firm_references
from kg.nlp.orgreferences import kind_references

KG = str(Path(kg.__file__).parent)
# linear work at 4n is about 4 times the work at n (3.5 to 4.0 measured); the old
# quadratic code gave 5.5 to 14 at these sizes
MAX_RATIO = 5.0
# few examples, no shrinking: each costs seconds under the trace (more with GEOKG_SLOW=1)
BOUNDED = settings(max_examples=5 if os.environ.get("GEOKG_SLOW") == "1" else 1, deadline=None, derandomize=True, phases=[Phase.generate],
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def work(fn: Callable[[], object]) -> int:
    """Lines executed by `fn`, plus the bytes each line allocated at its peak / 64."""
    lines = 0
    allocated = 0
    last = 0

    def local(frame, event, arg):
        nonlocal lines, allocated, last
        if event == "line":
            current, peak = tracemalloc.get_traced_memory()
            allocated += max(0, peak - last)
            tracemalloc.reset_peak()
            last = current
            lines += 1
        return local

    tracemalloc.start()
    last = tracemalloc.get_traced_memory()[0]
    # lines of our code only (spaCy's Python glue runs per document); allocations of all code
    sys.settrace(lambda frame, event, arg: local if frame.f_code.co_filename.startswith(KG) else None)
    try:
        fn()
    finally:
        sys.settrace(None)
        tracemalloc.stop()
    return lines + allocated // 64


def pipeline_work(text: str) -> int:
    nlp = build_nlp()
    return work(lambda: extract(nlp(text), Article(id="shape", text=text)))


def assert_linear(shape: Callable[[int], str], n: int) -> None:
    small, large = shape(n), shape(4 * n)
    assert len(large) >= 3.5 * len(small)
    pipeline_work(shape(n // 8))       # the pipeline and its tables loaded, outside the measure
    w_small, w_large = pipeline_work(small), pipeline_work(large)
    if os.environ.get("GEOKG_WORK_LOG"):
        print(f"{shape.__qualname__} {small[:30]!r}: {w_small} → {w_large} ({w_large / w_small:.2f}×)", file=sys.stderr)
    assert w_large <= MAX_RATIO * w_small, (
        f"work grew {w_large / w_small:.1f}× for 4× the text ({len(small)} → {len(large)} characters)")


# invented names: syllables no table knows, so each is a new person to group
SYLLABLES = ["ba", "do", "ki", "lu", "me", "no", "pa", "ri", "so", "tu", "wa", "ze"]
syllable = st.sampled_from(SYLLABLES)
invented = st.lists(syllable, min_size=3, max_size=4).map(lambda s: "".join(s).capitalize())
titles = st.sampled_from(["Außenminister", "Präsident", "Kanzler", "Verteidigungsministerin", "Botschafter"])
states = st.sampled_from(["Russland", "der Ukraine", "Frankreich", "den USA", "China", "Polen"])
nouns = st.sampled_from(["Hund", "Vertrag", "Plan", "Angriff", "Streit", "Bericht", "Sprecher"])


def tag(k: int) -> str:
    """Syllables that make the k-th name new: 'lu', 'baki', …"""
    out = SYLLABLES[k % 12]
    while k >= 12:
        k //= 12
        out = SYLLABLES[k % 12] + out
    return out


FRESH = itertools.count(1000)


def cycle(pieces: list[str], n: int, sep: str) -> str:
    """The pieces repeated, joined by `sep`, until the text holds n characters."""
    out: list[str] = []
    size = k = 0
    while size < n:
        out.append(pieces[k % len(pieces)])
        size += len(out[-1]) + len(sep)
        k += 1
    return sep.join(out)


@BOUNDED
@given(head=st.sampled_from(["Russland", "Präsident", "Außenministerium", "Kanzler"]),
       tail=st.text(alphabet="aeinorstu", min_size=1, max_size=5))
def test_one_long_capitalised_word(head: str, tail: str) -> None:
    # a new ending each time: the gazetteer remembers each word it has seen
    end = tag(next(FRESH))
    assert_linear(lambda n: head + tail * (n // len(tail)) + end + " griff die Ukraine an.", 4000)


@BOUNDED
@given(st.lists(st.tuples(titles, invented, invented, states), min_size=3, max_size=6))
def test_one_long_sentence(parts) -> None:
    # one clause: no comma or verb after "und" cuts it, and each "traf" is a cue to check
    pieces = [f"{s} und {t} {a} {b} traf {s}" for t, a, b, s in parts]
    assert_linear(lambda n: "Russland griff " + cycle(pieces, n, ", ") + " an.", 3000)


@BOUNDED
@given(st.lists(st.tuples(titles, invented, nouns), min_size=3, max_size=6))
def test_thousands_of_titles(parts) -> None:
    # each official, then bare titles and nouns after an article ("der Außenminister", "der Hund"):
    # every one is resolved against the officials named before
    def shape(n: int) -> str:
        k = 0
        out: list[str] = []
        while sum(map(len, out)) < n:
            t, name, noun = parts[k % len(parts)]
            out.append(f"{t} {name}{tag(k % 97)} sagte. Der {t} lobte der {noun} der {noun} der {noun} der {t}.")
            k += 1
        return " ".join(out)
    assert_linear(shape, 4000)


@BOUNDED
@given(st.lists(st.tuples(titles, invented, invented, invented, invented), min_size=3, max_size=6))
def test_thousands_of_names(parts) -> None:
    def shape(n: int) -> str:
        out: list[str] = []
        k = 0
        while sum(map(len, out)) < n:
            t, a, b, c, d = parts[k % len(parts)]
            # new full names each round: the tags make them distinct persons
            out.append(f"{t} {a} {b}{tag(k)} traf {c} {d}{tag(k)} in Moskau.")
            k += 1
        return " ".join(out)
    assert_linear(shape, 3000)


@BOUNDED
@given(st.lists(st.tuples(titles, invented, invented, states), min_size=3, max_size=6))
def test_large_article(parts) -> None:
    # officials, persons, states, and government bodies whose state the article decides
    pieces = [s for t, a, b, st_ in parts for s in (
        f"{t} {a} {b} warnte {st_}.", "Das Außenministerium protestierte.", f"{b} sagte, {st_} schweige.")]
    assert_linear(lambda n: cycle(pieces, n, " "), 4000)



@BOUNDED
@given(st.lists(st.tuples(invented, st.sampled_from(["Konzern", "Unternehmen"]),
                          st.sampled_from(["Gewerkschaft", "Verband"])), min_size=3, max_size=6))
def test_thousands_of_organisations_named_again(parts) -> None:
    # companies and unions, each named once and then by the bare noun of its kind („der Konzern“, „die
    # Gewerkschaft“): each noun is read against the organisations named before it, not against all of them
    nouns = {"konzern": ("m", False), "unternehmen": ("n", False)}
    kind = lambda w: w.lower() if w in ("Gewerkschaft", "Verband") else None

    def read(n: int) -> Callable[[], object]:
        words: list[str] = []
        orgs: list[tuple[int, int, str]] = []
        for k in range(n):
            name, noun, union = parts[k % len(parts)]
            orgs += [(len(words) + 1, len(words) + 3, f"{name}{tag(k)}"), (len(words) + 5, len(words) + 6, tag(k))]
            words += ["Die", name + tag(k), "AG", "und", union, tag(k).capitalize(), ".", "Der", noun, "wächst",
                      ",", "die", union, "streikt", "."]
        taken = {i for i, j, _ in orgs for i in range(i, j)}
        firms = {key for _, _, key in orgs[::2]}
        return lambda: (firm_references(words, orgs, taken, firms, set(), set(), nouns),
                        kind_references(words, orgs, taken, kind))
    small, large = work(read(300)), work(read(1200))
    assert large <= MAX_RATIO * small, f"work grew {large / small:.1f}× for 4× the organisations"
