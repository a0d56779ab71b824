"""Quick tests in front of the structural classifier's regex matches give the
answers of the matches alone: the comment cue memos turn away ASCII lines
without a ``[comment_stem]``, and the steps that test cheap evidence before
cues (``_chrome_evidence``, ``_headed_list``, ``_resume``) decide as if every
test ran in the written order."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleantext import structure as S

# invented comment heads and labels, and lines that only look like them
COMMENT_LINES = [
    "12 Comments",
    "Comments (14)",
    "156 Responses to “Ferry back in service”",
    "{ 7 comments… read them below or add one }",
    "Leave a Reply",
    "Leave a comment",
    "Join the discussion",
    "Start the conversation",
    "Comments are closed.",
    "3 thoughts on “Ferry back in service”",
    "Kommentare (5)",
    "Kommentar schreiben",
    "Deja un comentario",
    "Laisser un commentaire",
    "Show all 12 comments",
    "Load all comments",
    "Reactions (2)",
    "2 reacties",
    "Comments",
    "COMMENTS:",
    "Reply",
    "The reply came late in the day",
    "Recommended for you",
    "The committee met on Tuesday",
    "评论（3）",
    "ſhow all comments",
]


@pytest.mark.parametrize("field", ["head", "label"])
@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(COMMENT_LINES), st.text(alphabet="0123 (){}CcoOmMeEnNtTsS:»", max_size=12)),
        min_size=1,
        max_size=3,
    ).map("".join)
)
@example("12 Comments")
@example("KOMMENTARE (3)")
def test_comment_cue_memo_is_the_cue_fullmatch(field, line):
    # the stem test turns away only lines that no cue matches whole
    test = S._comment_cue(field).test
    pattern = getattr(S._cues(), field)
    for s in (line, line.strip(), line.upper(), line.lower(), line.title()):
        assert test(s) == (pattern.fullmatch(s) is not None)


@pytest.mark.parametrize("section", ["comment_head", "comment_label"])
def test_every_comment_cue_holds_a_stem(section):
    # the invariant the stem test rests on, as written in patterns/structure.re
    stems = S._cues().stems
    for alt in S._cue_sections()[section]:
        assert any(stem in alt.lower() for stem in stems), alt


def test_the_comment_cue_memos_find_cues():
    assert S._HEAD["12 Comments"] and S._HEAD["Leave a Reply"]
    assert S._LABEL["Comments"] and S._LABEL["Show all 12 comments"]
    assert not S._HEAD["The committee met on Tuesday"]
    assert not S._LABEL["The reply came late in the day"]


CLS_LINES = [
    (S.LABEL, "Home"),
    (S.LABEL, "Weather and travel news"),
    (S.ITEM, "March 3, 2024 at the harbour office"),
    (S.ITEM, "Related stories from the desk"),
    (S.SOFT, "and then the ferry left the old pier"),
    (S.BAD, "© Example Press"),
    (None, ""),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(range(len(CLS_LINES))), max_size=8))
def test_chrome_evidence_is_any_line_showing_chrome(picks):
    # the cheap evidence is looked for on all lines first; the answer is the
    # line-by-line one in the written order
    raw = [CLS_LINES[k][1] for k in picks]
    cls = [CLS_LINES[k][0] for k in picks]

    def shows(i):
        c = cls[i]
        if c is None or c > S.ITEM:
            return False
        t = raw[i].strip()
        return (
            c == S.BAD
            or t.count(" ") < 2
            or S._stamp(t)
            or (len(t) <= S.END_HEAD_MAX and (S._END[t] or S._HEAD[t] or S._LABEL[t]))
        )

    assert S._chrome_evidence(raw, cls, range(len(raw))) == any(map(shows, range(len(raw))))


def _page(entries: list[str]) -> tuple[list[str], list[int | None]]:
    """A recipe page's lines and classes: ingredient heading, entries, method
    heading, then the method's paragraphs."""
    step = "Heat the oil in a wide pan and soften the onion over a low heat for about ten minutes, stirring now and then."
    raw = ["Ingredients", *entries, "Method", step, step]
    cls = [S.LABEL] + [S.ITEM] * len(entries) + [S.LABEL, S.GOOD, S.GOOD]
    return raw, cls


def test_headed_list_takes_an_ingredient_list_under_its_heading():
    raw, cls = _page(["1 onion", "800g tomatoes", "Salt", "Olive oil"])
    assert S._headed_list(raw, cls, len(raw) - 2) == 0


def test_headed_list_stops_at_a_cue_among_the_entries():
    # a cue line between the heading and the method: no ingredient list
    raw, cls = _page(["1 onion", "Related stories", "800g tomatoes", "Salt"])
    a = len(raw) - 2
    assert S._headed_list(raw, cls, a) == a


def test_headed_list_needs_two_amounts():
    raw, cls = _page(["Salt", "Pepper", "Olive oil", "1 onion"])
    a = len(raw) - 2
    assert S._headed_list(raw, cls, a) == a


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ Q9 0\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x7f.É٣３\u2003"), max_size=20) | st.text(max_size=20))
@example("\x1cA\x1fB c")
@example("٣ مارس")
def test_digit_and_capital_counts_match_their_plain_forms(t):
    # the byte-table forms on ASCII text give what the regex and the split give
    assert S._has_digit(t) == (S._DIGIT.search(t) is not None)
    assert S._capitalised(t) == sum(1 for w in t.split() if w[0].isupper())


def test_stamp_line_finds_dates_in_any_digits():
    assert S._stamp_line("Posted on 12/03/2024 by Ann")
    assert S._stamp_line("March 3, 2024")
    assert not S._stamp_line("No date on this line")
    assert not S._stamp_line("١٢ مارس")  # Arabic-Indic digits, no date form of ours
