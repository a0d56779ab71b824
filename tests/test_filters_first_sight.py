"""The rule filters' first-sight shortcuts against the plain forms they stand for.

Each shortcut here makes a document seen for the first time cheaper (fewer
regex tries per new line start, fewer whole-text scans); each test holds it
to the plain computation on generated lines, memos cold and warm.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleantext import filters as F
from test_filters import context, placed, vocab_line


def plain_credit_which(text: str, s: int, e: int) -> tuple[int, ...]:
    """Every ``[line]`` alternative of ``credits.re`` tried on the line's first
    ``_CREDIT_PROBE`` characters (the ``\\n`` before kept as context)."""
    start = s - 1 if s else 0
    probe = text[start : min(e, s + F._CREDIT_PROBE)]
    alts = F._credit_line_alts() or ()
    return tuple(i for i, (rx, _) in enumerate(alts) if rx.fullmatch(probe, s - start, partial=True) is not None)


credit_start = st.one_of(
    vocab_line("credits.re", bullets="(©"),
    st.from_regex(r"[0-9]{1,4}[ /.:)]?[a-zA-Z0-9 /]{0,4}", fullmatch=True),
    st.text(max_size=7),
)


@settings(max_examples=300)
@given(before=context, line=credit_start, after=context)
@example(before="", line="2019 was a wet year", after="")  # a digit first: only the counter may start so
@example(before="x", line="12 of 30", after="")
@example(before="x", line="1", after="")
@example(before="", line="© Hollin Press", after="")
@example(before="x", line="Photo: Lena Hart", after="")
@example(before="x", line="(c) 2024 Hollin", after="")
@example(before="", line="Ben Tolland/AP", after="")
@example(before="x", line="İmage 2 of 9", after="")
def test_credit_which_equals_every_alternative_tried(before, line, after):
    text, s, e = placed(before, line, after)
    want = plain_credit_which(text, s, e)
    F._credit_probes.clear()
    F._credit_shorts.clear()
    assert F._credit_which(text, s, e) == want  # both memos cold
    assert F._credit_which(text, s, e) == want  # from the probe memo
    F._credit_probes.clear()
    assert F._credit_which(text, s, e) == want  # from the short-probe memo
