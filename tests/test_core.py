"""The core engine: cut and seam whitespace, overlap resolution, validation,
the report (replay, JSON form) and the Pipeline builder."""

from __future__ import annotations

import functools
import json
import pickle

import pytest

from cleantext import FILTERS, PRESETS, Cleaned, FilterError, Pipeline, Removal, Report, Span, clean
from cleantext.core import LAYOUT, cut
from cleantext.encoding import repair


def on(word: str, reason: str = "junk"):
    """A filter that claims every occurrence of ``word``."""

    def find(text: str) -> list[Span]:
        out, i = [], text.find(word)
        while i >= 0:
            out.append(Span(i, i + len(word), reason))
            i = text.find(word, i + len(word))
        return out

    find.__name__ = f"on_{word.lower()}"
    return find


def run(text: str, *filters) -> Cleaned:
    return clean(text, pipeline=Pipeline(list(filters)))


# ------------------------------------------------------------------ cut and seams


@pytest.mark.parametrize(
    "text,expected",
    [
        # a whole line between paragraphs: its line break goes with it
        ("First.\nJUNK\nSecond.", "First.\nSecond."),
        # between blank-line separated paragraphs: one blank line stays
        ("First.\n\nJUNK\n\nSecond.", "First.\n\nSecond."),
        # first and last lines: no leading or trailing line break is left
        ("JUNK\nFirst.\nSecond.\nJUNK", "First.\nSecond."),
        ("JUNK\n\nFirst.\n\nJUNK", "First."),
        # inside a line: no doubled, leading or trailing space is left
        ("Hello JUNK world.", "Hello world."),
        ("Hello world JUNK", "Hello world"),
        ("JUNK hello", "hello"),
        ("Hello world. JUNK\nNext line.", "Hello world.\nNext line."),
        # two junk lines in a row, and the whole text
        ("First.\nJUNK\nJUNK\nSecond.", "First.\nSecond."),
        ("JUNK", ""),
        ("JUNK\n\nJUNK", ""),
        # whitespace the author wrote stays: indentation, the blank line between paragraphs
        ("First.\n\n    code()\nJUNK\n    more()", "First.\n\n    code()\n    more()"),
        ("First.\nJUNK\n\nSecond.", "First.\n\nSecond."),
        ("First.\n\nJUNK\nSecond.", "First.\n\nSecond."),
        # several mid-line cuts that empty a line: its line break goes too
        ("Kept.\nJUNK JUNK", "Kept."),
        ("JUNK JUNK\nKept.", "Kept."),
        ("Kept.\nJUNK JUNK\nAlso kept.", "Kept.\nAlso kept."),
        # a cut right after indentation: the indentation stays, the space after the cut goes
        ("Kept.\n  JUNK code()", "Kept.\n  code()"),
    ],
)
def test_cut_leaves_no_dangling_whitespace(text, expected):
    assert repair(text)[0] == text  # the cases are normalised sources
    got = run(text, on("JUNK"))
    assert got.text == expected
    assert got.report.replay() == expected


def test_seam_whitespace_goes_to_the_removal_it_borders():
    text = "First.\nJUNK\nSecond."
    (r,) = run(text, on("JUNK", "why")).report.removals
    assert (r.start, r.end, r.filter, r.reason, r.text) == (7, 12, "on_junk", "why", "JUNK\n")
    # at the end of the text, the line break before the cut goes with it
    (r,) = run("First.\nJUNK", on("JUNK")).report.removals
    assert r.text == "\nJUNK"
    # a doubled space inside a line goes with the cut before it
    (r,) = run("Hello JUNK world.", on("JUNK")).report.removals
    assert r.text == "JUNK "


def test_cut_keeps_one_coordinate_system():
    text = "Alpha JUNK beta.\nJUNK\nGamma."
    rep = run(text, on("JUNK")).report
    assert rep.source == text
    for r in rep.removals:
        assert rep.source[r.start : r.end] == r.text
    assert [r.text.strip() for r in rep.removals] == ["JUNK", "JUNK"]


def test_cut_direct_call_returns_sorted_disjoint_removals():
    source = "aa JUNK bb\nJUNK\ncc"
    spans = [(11, 15, 0, "f", "x"), (3, 7, 0, "f", "x")]
    rems = cut(source, spans)
    assert all(isinstance(r, Removal) for r in rems)
    assert [(r.start, r.end) for r in rems] == sorted((r.start, r.end) for r in rems)
    assert all(a.end <= b.start for a, b in zip(rems, rems[1:]))
    assert Report(source, rems).replay() == "aa bb\ncc"
    assert cut(source, []) == ()


def test_layout_reason_names():
    assert LAYOUT == "layout"


# ------------------------------------------------------------------ overlaps


def fixed(name: str, start: int, end: int, reason: str):
    def f(text: str) -> list[Span]:
        return [Span(start, end, reason)]

    f.__name__ = name
    return f


def test_overlap_goes_to_the_first_listed_filter():
    x = "abcdefghijklmnopqrstuvwxyz"
    a, b = fixed("a", 0, 10, "ra"), fixed("b", 5, 15, "rb")
    ab = run(x, a, b).report.removals
    ba = run(x, b, a).report.removals
    assert [(r.start, r.end, r.filter, r.reason) for r in ab] == [(0, 10, "a", "ra"), (10, 15, "b", "rb")]
    assert [(r.start, r.end, r.filter, r.reason) for r in ba] == [(0, 5, "a", "ra"), (5, 15, "b", "rb")]
    # the removed set, and so the text, does not depend on the order
    assert run(x, a, b).text == run(x, b, a).text == x[15:]


def test_nested_span_inside_a_first_listed_one_disappears():
    x = "0123456789"
    outer, inner = fixed("outer", 2, 8, "o"), fixed("inner", 4, 6, "i")
    rems = run(x, outer, inner).report.removals
    assert [(r.start, r.end, r.filter) for r in rems] == [(2, 8, "outer")]
    rems = run(x, inner, outer).report.removals
    assert [(r.start, r.end, r.filter) for r in rems] == [(2, 4, "outer"), (4, 6, "inner"), (6, 8, "outer")]


def test_duplicate_and_touching_spans_of_one_filter_merge():
    def f(text):
        return [Span(0, 3, "r"), Span(0, 3, "r"), Span(3, 5, "r"), Span(1, 2, "r")]

    rems = run("abcdefg", f).report.removals
    assert [(r.start, r.end) for r in rems] == [(0, 5)]


def test_real_filters_overlapping():
    # after the last paywall prompt, the paywall tail claims the share and ad
    # labels too: the filter listed first is credited, the text is the same
    text = "The pier reopens in May.\nSubscribe now\nShare this article\nAdvertisement"
    order = PRESETS["conservative"]
    fwd = clean(text, pipeline=Pipeline(order)).report
    rev = clean(text, pipeline=Pipeline(tuple(reversed(order)))).report
    assert fwd.replay() == rev.replay() == "The pier reopens in May."
    assert [r.filter for r in fwd.removals] == ["paywall", "paywall", "paywall"]
    assert [r.filter for r in rev.removals] == ["paywall", "share", "ads"]
    assert [r.reason for r in fwd.removals] == ["paywall_prompt", "paywall_tail", "paywall_tail"]


# ------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    "bad",
    [
        [Span(0, 99, "r")],  # past the end
        [Span(-1, 2, "r")],  # negative
        [Span(2, 2, "r")],  # empty
        [Span(3, 1, "r")],  # reversed
        [Span(0, 1, "")],  # no reason
        [(0.0, 1, "r")],  # not an int
        [(0, 1)],  # not a triple
        [5],  # not a span at all
        None,  # forgot to return the list
        7,  # not a list at all
    ],
)
def test_filter_error_names_the_bad_filter(bad):
    def broken_filter(text):
        return bad

    with pytest.raises(FilterError) as exc:
        clean("abcdef", pipeline=Pipeline([FILTERS["ads"], broken_filter]))
    assert "broken_filter" in str(exc.value)
    assert isinstance(exc.value, ValueError)


def test_filter_error_under_a_given_name():
    with pytest.raises(FilterError, match="'my_rule'"):
        clean("abc", pipeline=Pipeline().add(lambda t: [(0, 9, "r")], name="my_rule"))


def test_plain_tuples_are_accepted():
    got = clean("abc JUNK", pipeline=Pipeline([("tuples", lambda t: [(4, 8, "x")])]))
    assert got.text == "abc"
    assert got.report.removals[0].filter == "tuples"


# ------------------------------------------------------------------ report


RAW = b"Caf\xc3\xa9 &amp; bar\nAdvertisement\nShare\nFacebook\nThe end."


def sample() -> Cleaned:
    return clean(RAW)


def test_cleaned_unpacks():
    text, report = sample()
    assert isinstance(report, Report)
    assert text == "Café & bar\nThe end."


def test_replay_rebuilds_the_text():
    text, rep = sample()
    assert rep.replay() == text
    assert rep.removed_chars() == len(rep.source) - len(text)
    assert sum(rep.counts().values()) == rep.removed_chars()
    assert set(rep.counts()) == {"ads", "share"}


def test_report_records_every_removal():
    _, rep = sample()
    assert [(r.filter, r.reason) for r in rep.removals] == [
        ("ads", "ad_label"),
        ("share", "share_labels"),
        ("share", "share_run"),
    ]
    for r in rep.removals:
        assert rep.source[r.start : r.end] == r.text


def test_to_dict_json_round_trip():
    text, rep = sample()
    d = rep.to_dict()
    again = json.loads(json.dumps(d, ensure_ascii=False))
    assert again == d
    # the dict alone is enough to rebuild the text
    src, pos, out = again["source"], 0, []
    for r in again["removals"]:
        assert src[r["start"] : r["end"]] == r["text"]
        out.append(src[pos : r["start"]])
        pos = r["end"]
    out.append(src[pos:])
    assert "".join(out) == text
    assert again["removed_chars"] == rep.removed_chars()
    assert again["counts"] == rep.counts()
    assert again["input"] == {"kind": "bytes", "length": len(RAW), "encoding": "utf-8", "replaced_bytes": 0}
    assert again["pipeline"] == list(PRESETS["default"])
    assert again["repairs"] == [r.to_dict() for r in rep.repairs]
    assert any(r["step"] == "html_entity" and r["before"] == "&amp;" for r in again["repairs"])


def test_compact_dict_drops_text_but_keeps_offsets():
    _, rep = sample()
    full, compact = rep.to_dict(), rep.to_dict(compact=True)
    assert "source" not in compact
    assert json.loads(json.dumps(compact)) == compact
    assert compact["removals"] == [[r["start"], r["end"], r["filter"], r["reason"]] for r in full["removals"]]
    assert compact["repairs"] == [
        [r["step"], r["source_start"], r["source_end"], r["input_start"], r["input_end"]]
        for r in full["repairs"]
    ]
    for key in ("version", "input", "pipeline", "removed_chars", "counts"):
        assert compact[key] == full[key]


def test_notes_only_when_there_are_some():
    assert "notes" not in clean("plain text").report.to_dict()


def test_report_maps_offsets_back_to_the_input():
    raw = "Tom &amp; Jerry\nAdvertisement"
    rep = clean(raw).report
    assert rep.source == "Tom & Jerry\nAdvertisement"
    (r,) = rep.removals
    a, b = rep.to_input_span(r.start, r.end)
    assert raw[a:b] == "\nAdvertisement"
    # an offset inside the repaired entity maps to the whole entity
    assert rep.to_input_span(4, 5) == (4, 9)
    with pytest.raises(ValueError, match="outside report.source"):
        rep.to_input_offset(len(rep.source) + 1)


def test_empty_input():
    for x in ("", b""):
        text, rep = clean(x)
        assert text == "" and rep.removals == () and rep.replay() == ""
        assert rep.to_dict()["removed_chars"] == 0


# ------------------------------------------------------------------ pipeline


def test_pipeline_builders():
    p = Pipeline()
    assert p.names == PRESETS["default"]
    assert Pipeline.preset("conservative").names == PRESETS["conservative"]
    assert p.only("share", "ads").names == ("share", "ads")  # pipeline order, not argument order
    assert p.only("ads", "share").names == ("share", "ads")
    assert "ads" not in p.without("ads").names
    assert len(p.without("ads")) == len(p) - 1
    assert p.add(on("JUNK")).names[-1] == "on_junk"
    assert p.add(on("JUNK"), index=0).names[0] == "on_junk"
    assert p.add(on("JUNK"), name="junk").names[-1] == "junk"
    rev = tuple(reversed(p.names))
    assert p.reorder(*rev).names == rev
    assert Pipeline(fix_text=False).without("ads").fix_text is False


def test_pipeline_is_immutable_and_comparable():
    p = Pipeline.preset("conservative")
    q = p.without("ads")
    assert p.names == PRESETS["conservative"] and q != p
    assert Pipeline.preset("conservative") == p and hash(Pipeline.preset("conservative")) == hash(p)


def test_pipeline_errors_are_clear():
    with pytest.raises(KeyError, match="valid names"):
        Pipeline(["no_such_filter"])
    with pytest.raises(KeyError, match="this pipeline has"):
        Pipeline().only("no_such_filter")
    with pytest.raises(ValueError, match="at least one filter name"):
        Pipeline.preset("conservative").only()  # an empty selection, as --only '' is


def test_without_every_filter_only_repairs():
    p = Pipeline.preset("conservative")
    empty = p.without(*p.names)
    assert empty.names == () and empty == Pipeline([])
    r = empty.clean("caf\u00c3\u00a9  Share this article \n")
    assert r.text == "café Share this article" and r.report.removals == ()
    with pytest.raises(KeyError, match="valid presets"):
        Pipeline.preset("aggressive")
    with pytest.raises(KeyError):
        clean("x", pipeline="aggressive")
    with pytest.raises(ValueError, match="duplicate"):
        Pipeline(["ads", "ads"])
    with pytest.raises(ValueError, match="reorder needs"):
        Pipeline().reorder("ads")
    with pytest.raises(TypeError):
        Pipeline([42])
    with pytest.raises(TypeError):
        clean(42)
    with pytest.raises(TypeError):
        clean("text", encoding="utf-8")


def test_partial_filters_are_named_and_pickle():
    p = Pipeline([functools.partial(FILTERS["ads"])])
    assert p.names == ("ads",)
    q = pickle.loads(pickle.dumps(p))
    text = "Advertisement\nThe pier reopens."
    assert q.names == p.names and q.clean(text).text == p.clean(text).text == "The pier reopens."
    assert pickle.loads(pickle.dumps(Pipeline())) == Pipeline()


def test_preset_names_as_strings():
    text = "Advertisement\nThe pier reopens."
    assert clean(text, pipeline="conservative").text == "The pier reopens."
    assert clean(text, pipeline="default").report.pipeline == PRESETS["default"]
    assert clean(text).report.pipeline == PRESETS["default"]


def test_custom_filter_with_the_rule_filters():
    text = "Advertisement\nThe pier reopens. [ad-free]"
    p = Pipeline.preset("conservative").add(on(" [ad-free]", "marker"))
    got = clean(text, pipeline=p)
    assert got.text == "The pier reopens."
    assert [(r.filter, r.reason) for r in got.report.removals] == [("ads", "ad_label"), ("on_ [ad-free]", "marker")]


# ------------------------------------------------- fast paths vs plain forms

from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from cleantext import core as core_module  # noqa: E402


def _resolve_plain(spans):
    """Overlap resolution one segment at a time: each elementary segment goes
    to the first span (in (start, rank, -end) order) of the lowest rank."""
    if not spans:
        return []
    spans = sorted(spans, key=lambda s: (s[0], s[2], -s[1]))
    bounds = sorted({p for s in spans for p in (s[0], s[1])})
    owner = [None] * (len(bounds) - 1)
    for s, e, rank, f, r in spans:
        for i in range(bounds.index(s), bounds.index(e)):
            if owner[i] is None or rank < owner[i][0]:
                owner[i] = (rank, f, r)
    merged = []
    for i, o in enumerate(owner):
        if o is None:
            continue
        if merged and merged[-1][1] == bounds[i] and merged[-1][2:] == (o[1], o[2]):
            merged[-1] = (merged[-1][0], bounds[i + 1], o[1], o[2])
        else:
            merged.append((bounds[i], bounds[i + 1], o[1], o[2]))
    return merged


_SPAN = st.tuples(
    st.integers(0, 30), st.integers(1, 12), st.integers(0, 3), st.sampled_from("fg"), st.sampled_from("rq")
).map(lambda t: (t[0], t[0] + t[1], t[2], t[3], t[4]))


@given(st.lists(_SPAN, max_size=12))
@example([(0, 5, 1, "f", "r"), (2, 4, 1, "g", "q"), (3, 9, 0, "f", "r")])
@example([(0, 4, 2, "f", "r"), (0, 4, 2, "g", "r"), (4, 6, 0, "f", "r")])
def test_resolve_equals_segment_by_segment_resolution(spans):
    assert core_module._resolve(list(spans)) == _resolve_plain(spans)


@given(st.integers(), st.integers(), st.text(max_size=3), st.text(max_size=3), st.text(max_size=5))
def test_fast_record_builders_equal_the_dataclasses(a, b, f, r, t):
    fast = core_module._removal(a, b, f, r, t)
    assert type(fast) is Removal and fast == Removal(a, b, f, r, t)
    assert fast.to_dict() == Removal(a, b, f, r, t).to_dict()
    rep = core_module._repair(f, a, b, b, a, t, r)
    assert rep == core_module.Repair(f, a, b, b, a, t, r)
    assert rep.to_dict() == core_module.Repair(f, a, b, b, a, t, r).to_dict()


@st.composite
def _pieces_and_seams(draw):
    """Sorted, disjoint removal pieces (touching or not) and seam ranges in the
    text between them, as cut makes them."""
    pieces, seams, pos = [], [], 0
    for kind in draw(st.lists(st.sampled_from(["piece", "piece", "gap", "seam"]), max_size=14)):
        length = draw(st.integers(1, 4))
        if kind == "piece":
            pieces.append((pos, pos + length, draw(st.sampled_from(["f", "g", LAYOUT])), "r"))
        elif kind == "seam":
            seams.append((pos, pos + length))
        pos += length
    return pieces, draw(st.permutations(seams))


@given(_pieces_and_seams())
@example(([(0, 2, "f", "r"), (4, 6, "g", "r"), (6, 7, "f", "r")], [(2, 3), (3, 4)]))
@example(([(2, 4, "f", "r"), (4, 5, "f", "r")], [(0, 2), (5, 6)]))
def test_attach_seams_equals_its_general_form(case):
    pieces, seams = case
    expected = core_module._attach_seams_general(pieces, list(seams))
    assert core_module._attach_seams(pieces, list(seams)) == expected
    plain_pieces = [p for p in pieces if p[2] != LAYOUT]  # the fast path itself
    assert core_module._attach_seams(plain_pieces, list(seams)) == core_module._attach_seams_general(
        plain_pieces, list(seams)
    )
