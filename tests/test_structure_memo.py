"""The line-class memo of the structural classifier (``structure._CLASS_MEMO``):
a line's class is a function of the line as written and of the document
language alone, so replaying it from the memo gives what classifying it afresh
gives, on generated pages and on tricky lines (indentation, separator marks at
line and text edges, CJK, several languages in one stream)."""

from __future__ import annotations

from contextlib import contextmanager
from itertools import accumulate

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleantext import structure as S

# invented lines of every kind the classifier tells apart
LINES = [
    "Home",
    "  Home",
    "\tHome",
    "Home ",
    "Sport",
    "| Home | Sport |",
    "Home | Sport | Weather",
    "| Home",
    "Home |",
    "»",
    "» Sport",
    "Sport »",
    "• Weather • Travel",
    "·",
    "a · b · c",
    "Home|Sport|Weather",
    "© 2024 The Daily Example",
    "©",
    "Copyright ©",
    "  © Example Press",
    "Related stories",
    "Share this article",
    "And it was over",
    "Und dann war es vorbei",
    "und die der das mit",
    "the and of to in a",
    "March 3, 2024",
    "12:45",
    "2 cups flour, sifted",
    "about 1 kg potatoes",
    "63",
    "$900",
    "- first item on the list",
    "1. a numbered entry",
    "def main():",
    "}",
    "Ann Lee says:",
    "Reply",
    "The committee met on Tuesday and agreed to extend the opening hours of the old library.",
    "  The committee met on Tuesday and agreed to extend the opening hours of the old library.",
    "Die Gemeinde hat am Dienstag beschlossen, die Öffnungszeiten der alten Bibliothek zu verlängern.",
    "Le conseil a décidé mardi de prolonger les heures d'ouverture de la vieille bibliothèque.",
    "How The Council Voted On The Library Plan",
    "A Short Title Of Several Capitalised Words That Runs Long Enough To Be An Item",
    "the walk along the river took longer than anyone had planned, and the light was fading",
    "市议会周二决定延长老图书馆的开放时间，居民对此表示欢迎。",
    "首页",
    "図書館の開館時間が延長されることになりました。",
    "",
    " ",
    "\t",
    "x" * 120,
    "Word " * 30,
]

#: short, capitalised, dense in German stopwords, not in title case
GERMAN = "Als wir dann heim kamen"

line = st.one_of(
    st.sampled_from(LINES),
    # short lines with marks and spaces at their edges
    st.lists(st.sampled_from(["|", "»", "›", "•", "·", "©", " ", "\t", "Home", "News", "a"]), max_size=6).map("".join),
    st.text(max_size=40),
)
page = st.lists(line, min_size=1, max_size=30).map("\n".join)


def classify(text: str) -> tuple[list, list]:
    raw = text.split("\n")
    starts = list(accumulate(map((1).__add__, map(len, raw)), initial=0))
    lang, cjk = S._language(text)
    return S._classify(text, raw, starts, lang, cjk)


@contextmanager
def patched(**values):
    """Set attributes of the structure module for the ``with`` block."""
    old = {k: getattr(S, k) for k in values}
    for k, v in values.items():
        setattr(S, k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(S, k, v)


def classify_plain(text: str) -> tuple[list, list]:
    """``classify`` with the memo off: every line classified afresh."""
    with patched(_CLASS_KEY_MAX=-1, _CLASS_MEMO={}):
        return classify(text)


@settings(max_examples=150)
@given(st.lists(page, min_size=1, max_size=5))
@example(["Home\n| Home | Sport |", "| Home | Sport |\nHome"])
@example(["» Sport\nSport »", "x » Sport\n» Sport"])
@example(["  Home\nHome", "Home\n  Home"])
@example([GERMAN + "\n" + LINES[40], GERMAN + "\n" + LINES[38]])
@example(["首页\n" + LINES[45], "首页\n" + LINES[38]])
def test_memo_gives_the_classes_and_scores_of_the_plain_form(pages):
    # one stream: the memo fills on the first pages and is replayed on later ones
    with patched(_CLASS_MEMO={}):
        for text in pages + pages:
            assert classify(text) == classify_plain(text)


@settings(max_examples=150)
@given(page)
@example("| Home\nHome |")
@example("»\n» x\nx »")
@example("© 2024\n©\nA line that ends the text ©")
@example("a|b\n| a |\n|")
def test_a_line_alone_gets_the_class_it_gets_in_its_text(text):
    """The premise of the memo: a line's class does not depend on the lines
    around it (a separator mark at a line's edge counts as it does at the
    text's edge), given the document language."""
    raw = text.split("\n")
    lang, cjk = S._language(text)
    with patched(_CLASS_KEY_MAX=-1):
        cls, _ = S._classify(text, raw, list(accumulate(map((1).__add__, map(len, raw)), initial=0)), lang, cjk)
        for i, ln in enumerate(raw):
            alone, _ = S._classify(ln, [ln], [0, len(ln) + 1], lang, cjk)
            assert alone[0] == cls[i], (i, ln)


def test_the_same_line_may_differ_by_language():
    """One memo per language: a short line dense in German stopwords is a
    sentence fragment in a German text and a label in an English one, and
    replaying from the memo keeps both."""
    de = GERMAN + "\n" + LINES[40]
    en = GERMAN + "\n" + LINES[38]
    assert (S._language(de)[0], S._language(en)[0]) == ("de", "en")
    plain_de, plain_en = classify_plain(de)[0][0], classify_plain(en)[0][0]
    assert plain_de != plain_en  # the case the test is about
    with patched(_CLASS_MEMO={}):
        assert [classify(de)[0][0], classify(en)[0][0], classify(de)[0][0]] == [plain_de, plain_en, plain_de]


def test_indentation_is_part_of_the_key():
    texts = ["Home\nSport", "  Home\nSport", "Home\n\tSport"]
    plain = [classify_plain(t)[0] for t in texts]
    assert len(set(map(tuple, plain))) == 3  # an indented short line is no label
    with patched(_CLASS_MEMO={}):
        assert [classify(t)[0] for t in texts] == plain


@pytest.mark.parametrize("most", [1, 3, 10])
def test_memo_is_bounded(most):
    text = "\n".join(f"Label number {k}" for k in range(50))
    with patched(_CLASS_MEMO_MAX=most, _CLASS_MEMO={}):
        for _ in range(3):
            assert classify(text) == classify_plain(text)
            assert all(len(memo) <= most for memo in S._CLASS_MEMO.values())


# ------------------------------------------------------------ gated cue tests

#: invented lines near the tail cues: cue words at the start, in the middle,
#: glued to digits and marks, in other cases
CUE_LINES = [
    "Tags: harbour, ferries",
    "TAGS:",
    "Tagged with rain",
    "Related stories",
    "Related",
    "More from the harbour desk",
    "more",
    "Read more »",
    "Share this:",
    "share",
    "(C)2005 Example News",
    "(c) 2005 Example News",
    "Copyright 2024 The Example Gazette",
    "Copyright",
    "© 2024 Example Press. All rights reserved.",
    "Example Press, all rights reserved",
    "All Rights Reserved",
    "About the author",
    "You may also like",
    "Lesen Sie auch:",
    "関連記事",
    "Share prices fell at the harbour on Tuesday",
    "The related ferries left early",
    "Ⓒ 2024",
    "ſhare",
    "TAGS",
]


@pytest.mark.parametrize("section", ["tail_head", "comment_head", "comment_label", "list_head", "box_head"])
@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(CUE_LINES), st.text(alphabet="(cC)0123 TagsRelt:©»", max_size=12)),
        min_size=1,
        max_size=3,
    ).map("".join)
)
@example("(C)2005 Example News")
def test_gated_cue_test_is_the_alternations_fullmatch(section, line):
    # the gate (a partial match of the line's start) never turns away a line
    # that a cue matches whole, here "(C)2005 ...", whose start "(C)" is
    # followed by a word boundary that a partial match of "(C)" alone fails
    alts = S._cue_sections()[section]
    whole = S._alternation(alts)
    gated = S._Gated(alts)
    for s in (line, line.strip(), line.upper(), line.lower()):
        assert gated.test(s) == (whole.fullmatch(s) is not None)


def test_relaxed_drops_word_boundaries_only_outside_classes():
    assert S._relaxed(r"\(c\)\b.{0,3}") == r"\(c\).{0,3}"
    assert S._relaxed(r"a[\b]\Bc") == r"a[\b]c"
    assert S._relaxed(r"a[]\b]c") == r"a[]\b]c"
    assert S._relaxed(r"\\b") == r"\\b"  # an escaped backslash, then "b"
    for other in (r"a(?=b)", r"a(?!b)", r"(?<=a)b", r"^a", r"a$", r"a\Z"):
        assert S._relaxed(other) is None


def test_gated_cue_memo_bound(monkeypatch):
    monkeypatch.setattr(S, "_MEMO_MAX", 5)
    g = S._Gated(S._cue_sections()["tail_head"])
    for i in range(50):
        g.test(f"{i:03d} line")
        assert len(g.starts) <= 5
