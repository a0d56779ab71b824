"""Page-chrome filters (cleantext/chrome.py): marked fixtures per filter and
reason code, negative fixtures, the shared scan, and a property that plain
prose gives no span.

Fixture format: fixtures/chrome/README.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from cleantext import FILTERS, clean
from cleantext import chrome, filters
from marked import load

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "chrome"
CHROME = ("cookies", "newsletter", "related", "comments", "bylines", "legal", "site_chrome")
DECLARED = re.compile(r"``([a-z][a-z_]*)``")


def fixtures(name: str, negative: bool | None = None) -> list[Path]:
    paths = sorted((FIXTURES / name).glob("*.txt"))
    if negative is not None:
        paths = [p for p in paths if p.name.startswith("neg-") == negative]
    return paths


ALL = [(n, p) for n in CHROME for p in fixtures(n)]


def line_reasons(text: str, spans) -> dict[int, str]:
    """``{line number: reason}`` of the lines the spans cover; fails on a span
    that covers part of a line."""
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append((pos, pos + len(line)))
        pos += len(line) + 1
    got = {}
    for sp in spans:
        hit = [i for i, (a, b) in enumerate(starts) if a < sp.end and sp.start < b]
        for i in hit:
            a, b = starts[i]
            assert sp.start <= a and b <= sp.end or (sp.start == a and sp.end == b), (
                f"span {sp} covers part of line {i}: {text[a:b]!r}"
            )
            got[i] = sp.reason
    return got


def test_consecutive_lines_with_one_reason_are_one_span():
    text = "Story line one.\nRelated Stories\nFirst link\n\nSecond link\nThird link"
    spans = chrome.related(text)
    assert [(text[s.start : s.end], s.reason) for s in spans] == [
        ("Related Stories", "related_head"),
        ("First link\n\nSecond link\nThird link", "related_list"),
    ]


@pytest.mark.parametrize("name,path", ALL, ids=[f"{n}/{p.stem}" for n, p in ALL])
def test_fixture(name, path):
    text, want = load(path)
    spans = FILTERS[name](text)
    got = line_reasons(text, spans)
    lines = text.split("\n")
    wrong = {
        i: (lines[i], want.get(i), got.get(i)) for i in set(want) | set(got) if want.get(i) != got.get(i)
    }
    assert not wrong, "line: (text, expected reason, found reason)\n" + "\n".join(
        f"{i}: {v!r}" for i, v in sorted(wrong.items())
    )


# Unmarked lines that another rule filter removes (a known bug there, not a
# chrome rule): strict, so the mark goes once that filter is fixed. Empty now:
# photo_credits' "Copyright ..."/"(c) ..." lines need a year since it was fixed.
OTHERS_BUGS: dict[str, str] = {}


def _conservative_param(n, p):
    key = f"{n}/{p.stem}"
    marks = [pytest.mark.xfail(strict=True, reason=OTHERS_BUGS[key])] if key in OTHERS_BUGS else []
    return pytest.param(n, p, id=key, marks=marks)


@pytest.mark.parametrize("name,path", [_conservative_param(n, p) for n, p in ALL])
def test_unmarked_lines_survive_the_conservative_preset(name, path):
    text, want = load(path)
    out = {ln.strip() for ln in clean(text, pipeline="conservative").text.split("\n")}
    lost = [ln for i, ln in enumerate(text.split("\n")) if i not in want and ln.strip() and ln.strip() not in out]
    assert not lost, f"lines lost by the conservative preset: {lost}"


@pytest.mark.parametrize("name", CHROME)
def test_every_filter_has_positive_and_negative_fixtures(name):
    assert fixtures(name, negative=False), f"no marked fixture for {name}"
    assert fixtures(name, negative=True), f"no negative fixture for {name}"
    for p in fixtures(name, negative=True):
        assert not load(p)[1], f"{p.name} is a negative fixture but has marked lines"


@pytest.mark.parametrize("name", CHROME)
def test_every_declared_reason_has_a_fixture(name):
    doc = FILTERS[name].__doc__ or ""
    declared = set(DECLARED.findall(doc.split("Reasons:", 1)[1].split("\n\n", 1)[0]))
    assert declared, f"{name}'s docstring declares no reason codes"
    seen = {r for p in fixtures(name, negative=False) for r in load(p)[1].values()}
    assert declared <= seen, f"reason codes of {name} without a marked fixture: {sorted(declared - seen)}"
    assert seen <= declared, f"fixtures of {name} mark undeclared reasons: {sorted(seen - declared)}"


# ------------------------------------------------------------------ the machinery


def test_every_vocabulary_pattern_has_a_literal_prefix():
    """Candidate lines are found by literal prefixes; a pattern without one
    would make its filter look at every line."""
    assert chrome._registry().unprefixed == {}


@pytest.mark.parametrize(
    "pattern,prefixes",
    [
        (r"we use (?:\S+ ){0,3}cookies", {"we us"}),
        (r"(?:log ?in|sign in) to", {"login", "log i", "sign "}),
        (r"\d{1,2}[:.]\d\d", {"\x00:\x00\x00", "\x00.\x00\x00", "\x00\x00:\x00\x00", "\x00\x00.\x00\x00"}),
        (r"copyright\s+\d{4}", {"copyr"}),
        (r".{0,10}all rights reserved", None),
    ],
)
def test_prefixes(pattern, prefixes):
    got = chrome._prefixes(pattern)
    if prefixes is None:
        assert got is None
    else:
        assert set(got) == {p[: chrome._PREFIX_LEN] for p in prefixes}


def test_literals():
    assert chrome._literals("jan(?:uary)?") == ["jan", "january"]
    assert chrome._literals(r"\d+ min") is None


def test_trie_matches_exactly_its_words():
    words = ["related", "related stories", "read also", "most read", "関連記事"]
    rx = re.compile(f"(?:{chrome._trie(words)})$")
    for w in words:
        assert rx.match(w)
    for w in ["relate", "related storie", "read", "most", "関連"]:
        assert not rx.match(w)


def test_scan_offsets_survive_dotted_capital_i():
    # "İ" lower-cases to two code points; offsets must still line up
    text = "İstanbul haberleri\nRelated Stories\nFerry fares rise again\nEnd of the list"
    spans = chrome.related(text)
    got = line_reasons(text, spans)
    assert got == {1: "related_head", 2: "related_list", 3: "related_list"}


@pytest.mark.parametrize("name", CHROME)
@pytest.mark.parametrize(
    "text",
    ["", "\n", "\n\n\n", " ", "\x00\x01", "Related", "\r\n".join(["Menu", "Search"]), "a" * 5000, "İ" * 20,
     "\u2028Comments (3)\u2029", "©", "By", "Tags:", "Home ›"],
)
def test_odd_input_gives_valid_spans(name, text):
    for sp in FILTERS[name](text):
        assert 0 <= sp.start < sp.end <= len(text) and sp.reason


# ------------------------------------------------------------------ prose stays

# Ordinary narrative prose, third person, with the words page chrome is made
# of used as ordinary words.
WORDS = (
    "the a an of to in on at by for with from about after before over under into and or but "
    "council river bakery market school court judge mayor teacher farmer owner driver village "
    "harbour bridge street station library museum garden winter summer morning evening "
    "cookies consent newsletter comments comment related reading read also home search menu "
    "tags topics privacy policy terms copyright rights reserved follow share subscribe "
    "updated published posted minutes hours days ago reply login account language edition "
    "said says rose fell opened closed built sold bought asked answered waited walked "
    "quickly slowly again never always often later early late new old small large local "
    "she he they it her his their its this that these those most more some many few"
).split()


@st.composite
def prose(draw) -> str:
    paras = []
    for _ in range(draw(st.integers(1, 5))):
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=18))
            s = " ".join(words)
            sentences.append(s[0].upper() + s[1:] + draw(st.sampled_from(".!?")))
        paras.append(" ".join(sentences))
    return "\n".join(paras)


@pytest.mark.parametrize("name", CHROME)
@given(text=prose())
@example(text="One comment on the proposal was read again.")
@example(text="By the river the farmer waited.")
@example(text="Most read the newsletter.\nRelated topics follow.")
@example(text="Follow comments the the.")  # found by hypothesis: an open tail after "follow comments"
def test_prose_gives_no_span(name, text):
    assert FILTERS[name](text) == []


def test_documented_thresholds_match_the_code():
    doc = (ROOT / "docs" / "filters.md").read_text("utf-8")
    rows = re.findall(r"^\| `chrome\.([A-Z][A-Z0-9_]+)` \| ([^|]+?) \|", doc, re.M)
    assert {c for c, _ in rows} >= {"LINK_MAX_WORDS", "BLOCK_MAX_LINES", "RELATED_MID_MAX_LINES", "COOKIE_MAX_WORDS"}
    for const, value in rows:
        assert str(getattr(chrome, const)) == value.strip(), f"docs/filters.md gives chrome.{const} = {value}"


@pytest.mark.parametrize("name", CHROME)
def test_every_reason_is_in_the_docs(name):
    doc = (ROOT / "docs" / "filters.md").read_text("utf-8")
    section = doc.split(f"### `{name}`", 1)[1].split("\n### ", 1)[0]
    declared = set(DECLARED.findall((FILTERS[name].__doc__ or "").split("Reasons:", 1)[1].split("\n\n", 1)[0]))
    missing = sorted(r for r in declared if f"`{r}`" not in section)
    assert not missing, f"docs/filters.md, section {name}, lacks {missing}"


def test_vocabulary_notes_name_existing_fixtures():
    """Each chrome vocabulary file names the fixtures that justify it."""
    names = {f for _, (f, _) in chrome._Registry.LABELS.items()} | {
        "cookies.re", "cookie_block.re", "consent.labels", "newsletter.re", "newsletter.labels",
        "comments.re", "bylines.re", "legal.re",
    }
    for name in sorted(names):
        head = (ROOT / "cleantext" / "patterns" / name).read_text("utf-8").split("\n[", 1)[0]
        paths = re.findall(r"fixtures/chrome/\S+\.txt", head)
        assert paths, f"patterns/{name} names no fixture"
        missing = [p for p in paths if not (ROOT / p).exists()]
        assert not missing, f"patterns/{name} names missing fixtures: {missing}"


# ------------------------------------------------------------------ fast paths agree with the slow ones
#
# The shared scan, the pattern subsets, the strong-word search and the first
# prose line each have a cheaper form than the plain one; these tests compare
# the two on generated lines (vocabulary words, lead and trail marks, and the
# characters whose case or class is easy to get wrong: "ſ", "ı", "K", "İ",
# "Σ", tabs, no-break spaces, digits of other scripts, NUL).

TRICKY = ["ſ", "ı", "\u212a", "\u0130", "\u03a3", "\t", "\u00a0", "\u0663", "\uff11", "\x00", "ß"]
MARKS = list(" \t\r•·▪●◦*#>|»›-–—:：/«‹,") + ["  ", " | ", " / "]
INVENTED = [
    "Sign up for our weekly newsletter", "Enter your email address", "Follow us on the river channel",
    "Comments (12)", "12 comments", "Leave a comment", "You must be logged in to post a comment.",
    "© 2024 Harbour Media Ltd. All rights reserved.", "Copyright 2019 Quarry Press",
    "We use cookies to improve the site for you.", "Accept all cookies", "Read also: Ferry fares rise",
    "By Ada Lindqvist and Tom Roe", "Updated 3 hours ago", "March 3, 2012 10:30 AM", "5 min read",
    "Home › News › Harbour", "Tags: budget, ferry, bridge", "Privacy Policy | Terms of Use",
    "English | Deutsch | Español", "Log in | Register", "Search", "Menu", "Related Stories",
]


def _label_words() -> list[str]:
    return [e for f, slots in chrome._Registry.LABELS.values() for e in chrome._entries(f, *slots)]


@st.composite
def chrome_line(draw) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        line = draw(st.sampled_from(_label_words()))
    elif kind == 1:
        sep = draw(st.sampled_from([" | ", " · ", ", ", " ", "  ", "/"]))
        line = sep.join(draw(st.lists(st.sampled_from(_label_words()), min_size=2, max_size=4)))
    elif kind == 2:
        line = draw(st.sampled_from(INVENTED))
    else:
        line = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12)))
    case = draw(st.sampled_from([str, str.upper, str.lower, str.title]))
    line = case(line)
    for _ in range(draw(st.integers(0, 3))):
        piece = draw(st.sampled_from(MARKS + TRICKY))
        at = draw(st.integers(0, min(len(line), 7)))
        where = draw(st.sampled_from(["start", "end", "inside"]))
        line = piece + line if where == "start" else line + piece if where == "end" else line[:at] + piece + line[at:]
    return line


chrome_text = st.lists(chrome_line(), min_size=1, max_size=12).map("\n".join)

_REFERENCE: dict = {}


def reference_scan(text: str):
    """The shared scan written as one regex over the lower-cased text, tried
    at every line start: a label line, or a line that starts with a literal
    prefix of a pattern (the plain form of ``chrome._Scan``)."""
    reg = chrome._registry()
    if "rx" not in _REFERENCE:
        lab = "(?:" + chrome._trie(reg.label_cats) + ")"
        run = lab + r"(?:(?:[ \t]*[|·•/,][ \t]*|[ \t]+)" + lab + ")*" + chrome._TRAIL + r"(?=\n)"
        _REFERENCE["rx"] = re.compile(
            r"\n(" + chrome._LEAD + ")(?:(" + run + ")|(?:" + chrome._trie(reg.owners) + "))"
        )
    low = "\n" + text.replace("\u0130", "i").lower() + "\n"
    labels: dict = {}
    cands: dict = {}
    cats = reg.label_cats
    for m in _REFERENCE["rx"].finditer(low):
        b, s = m.end(1), m.start()
        found = reg.owners_of(low[b : b + chrome._PREFIX_LEN])
        if m.group(2) is None:
            e = low.find("\n", b) - 1
        else:
            e = m.end() - 1
            k = chrome._key(text[s:e])
            if k in cats:
                for c in cats[k]:
                    labels.setdefault(c, []).append((s, e, (k,)))
            else:
                parts = chrome._split_labels(k, cats)
                if parts and len(parts) > 1:
                    for fam, members in reg.FAMILIES.items():
                        if all(cats[p] & members for p in parts):
                            labels.setdefault("run:" + fam, []).append((s, e, tuple(parts)))
        for c in found:
            cands.setdefault(c, []).append((s, e))
    return labels, cands


@given(text=chrome_text)
@example(text="Home\n\x00000 comments\n\u0663\u0663 min read\nMore  |  Search")
@example(text="Privacy Policy:\n· Contact ·\nΣΑΣ news\nİmprint")
@example(text="Menu:\nHome:\nEN\nde:")
def test_scan_finds_what_one_regex_over_the_text_finds(text):
    sc = chrome._Scan(text)
    labels, cands = reference_scan(text)
    assert {k: sorted(v) for k, v in sc.labels.items()} == {k: sorted(v) for k, v in labels.items()}
    assert {k: v for k, v in sc.cands.items() if v} == cands


@pytest.mark.parametrize("name,slots", [("cookies.re", ()), ("newsletter.re", ()), ("comments.re", ()),
                                        ("legal.re", ("copyright",))])
@given(line=chrome_line())
@example(line="ſign up for our newsletter")
@example(line="\u0663 Comments")
@example(line="Comments\t(3)")
@example(line="12 comments")  # a digit read as any digit
@example(line="© 2024 Harbour Media Ltd")
def test_pattern_subsets_give_the_whole_alternations_answer(name, slots, line):
    rules = chrome._rules(name, *slots)
    m = rules.rx.fullmatch(line.strip(" \t\r").lstrip(chrome._BODY_LEAD))
    assert rules.match(line) == (None if m is None else rules.slots[m.lastgroup])


@pytest.mark.parametrize("name,slots", [("cookies.re", ()), ("newsletter.re", ()), ("comments.re", ()),
                                        ("legal.re", ("copyright",))])
def test_every_pattern_file_is_tried_by_subsets(name, slots):
    """Lines are tried against the patterns their start can begin; a file
    whose patterns would mean something else alone (a back-reference, a
    conditional) takes the slower whole alternation for every line."""
    assert chrome._rules(name, *slots)._index is not None
    assert not chrome._alone_ok(r"(a)\1") and not chrome._alone_ok("(?(1)a|b)")
    assert chrome._alone_ok(r"\(?(?:required)\)?")


def test_plain_prefixes_are_the_parsers():
    pats = [e for f in ("cookies.re", "newsletter.re", "comments.re", "legal.re", "bylines.re")
            for es in chrome._vocab(f).values() for e in es]
    pats += [re.escape(chrome._key(e)) for e in _label_words()] + list(chrome._BYLINE_DIGIT_STARTS)
    fast = [p for p in pats if chrome._plain_prefix(p) is not None]
    assert len(fast) > len(pats) // 2  # the fast path is the common one
    for p in fast:
        assert chrome._plain_prefix(p) == chrome._parsed_prefixes(p), p
    for p in ["ab|cd", "(a|b)cd", "abcde?", r"a\dbc", "ab(?#x|y)cd", "x[a|b]|y", "İstanbul"]:
        assert chrome._plain_prefix(p) is None, p
    assert chrome._plain_prefix(r"read\ also") == frozenset({"read "})


@pytest.mark.parametrize("pattern", ["abc", "a1", "", "ΟΔΟΣ", "İx", "a b", "jan(?:uary)?", r"\d+ min"])
def test_literals_of_plain_patterns_are_the_parsers(pattern):
    def parsed(p):
        try:
            states = chrome._walk(chrome._parse(p), {("", True)}, 200)
        except Exception:
            return None
        if not states or not all(o for _, o in states) or any(chrome._DIGIT in q for q, _ in states):
            return None
        return sorted(q for q, _ in states)

    assert chrome._literals(pattern) == parsed(pattern)


byline_words = st.sampled_from(
    [w for es in chrome._vocab("bylines.re").values() for e in es for w in re.findall(r"[^\W\d_]+", e)]
    + ["3", "10:30", "5 pm", "a.m.", "@", "-", ",", " ", "x", "é", "_"] + TRICKY
)


@given(parts=st.lists(byline_words, min_size=1, max_size=8))
@example(parts=["updated", "x"])
@example(parts=["xupdated"])
@example(parts=["5", " ", "a.m."])
def test_byline_tests_agree_with_their_one_regex_forms(parts):
    g = chrome._byline_grammar()
    lo = " ".join(parts).lower()
    assert g.has_strong(lo) == (g.strong.search(lo) is not None)
    assert (g.first_match(lo) is not None) == (g.first.match(lo) is not None)


@given(text=st.lists(st.sampled_from(
    [".", "!", "?", "。", "”", ")", " ", "\t", "\r", "a", "word ", "İ", "..", "…", "\n", "\n", "x" * 20,
     "one two three four five six seven eight nine ten"]), max_size=30).map("".join))
@example(text="x" * 20 + ". ”\n")
@example(text="a b c d e f g h i jk.\n")
def test_first_prose_is_the_first_line_the_plain_regex_finds(text):
    rx = re.compile(r"\n([^\n]{20,}?[.!?。！？]['\"”’»)\]]*[ \t]*)(?=\n)")
    low = "\n" + text.replace("\u0130", "i").lower() + "\n"
    want, pos = len(text), 0
    while (m := rx.search(low, pos)) is not None:
        n = len(m.group(1).split())
        if n >= chrome.PROSE_MIN_WORDS or (n <= 2 and len(m.group(1)) >= chrome.PROSE_MIN_CHARS_UNSPACED):
            want = m.start()
            break
        pos = m.end()
    assert chrome._first_prose.__wrapped__(text) == want


def test_rights_anchors_cover_every_phrase():
    phrases = set(chrome._rights()[0])
    covered = set()
    for anchor, group in chrome._anchors():
        assert all(anchor in ph for ph in group)
        covered.update(group)
    assert covered == phrases


def test_block_outcome_does_not_depend_on_walking_it_whole():
    # a long link list between two paragraphs is not taken (RELATED_MID_MAX_LINES),
    # whether or not the walk stops early; one that runs to the end is
    links = [f"Ferry timetable {i} changes" for i in range(chrome.BLOCK_MAX_LINES + 5)]
    para = "The council met on Tuesday and agreed the new harbour budget after a long debate."
    text = "\n".join([para, "Related Stories", *links[:12], para, *links])
    got = line_reasons(text, chrome.related(text))
    assert got == {1: "related_head"}
    text = "\n".join([para, "Related Stories", *links[:12]])
    got = line_reasons(text, chrome.related(text))
    assert got == {1: "related_head", **{i: "related_list" for i in range(2, 14)}}


def test_rights_phrases_are_found_in_any_letter_case():
    """Lines with a rights phrase are found without lower-casing the text: a
    phrase with letter case by a case-insensitive search, which must match
    every character whose lower case is the phrase's; one without letter case
    as written, which needs its characters to be no other one's lower case."""
    phrases = chrome._rights()[0]
    chars = {c for ph in phrases for c in ph}
    upper: dict[str, list[str]] = {}
    for cp in range(0x110000):
        x = chr(cp)
        low = x.lower()
        if low in chars and x != low and x != "\u0130":  # "İ" is lower-cased as "i" by the scan
            upper.setdefault(low, []).append(x)
    for ph, search, rare in chrome._phrase_searches():
        if search is None:
            assert not any(c in upper for c in ph), ph
        else:
            for c in ph:
                for x in upper.get(c, ()):
                    assert regex.fullmatch(regex.escape(c), x, regex.IGNORECASE), (ph, c, x)
        if rare:  # a text without these characters cannot hold the phrase
            assert rare[0] in ph and set(rare) == {rare[0], *upper.get(rare[0], ())}, (ph, rare)
    assert {ph for ph, _, _ in chrome._phrase_searches()} == set(phrases)


@pytest.mark.parametrize("text", [
    "Harbour Media Ltd. ALL RIGHTS RESERVED.", "Harbour Media Ltd. All Rights Reserved", "ALLE RECHTE VORBEHALTEN.",
    "Quarry Press | Tous Droits Réservés", "ВСЕ ПРАВА ЗАЩИЩЕНЫ", "版权所有 港口传媒", "İstanbul Ltd. All rights reserved.",
    "Harbour Ltd. aLl RiGhTs ReSeRvEd",
    "Harbour Ltd. All rightſ reſerved.",  # "ſ" folds to "s" but lower-cases to itself: no phrase
])
def test_rights_lines_are_the_lines_whose_lower_case_holds_a_phrase(text):
    text = "The ferry left at noon.\n" + text + "\nEnd."
    low = text.replace("\u0130", "i").lower()
    want = {(s, e) for s, e in chrome._all_lines(text) if any(ph in low[s:e] for ph in chrome._rights()[0])}
    assert chrome._rights_lines(text) == want
    assert bool(want) == ("ſ" not in text)


def test_line_start_memos_stay_bounded(monkeypatch):
    # the memos of line starts and label-line ends live as long as the process;
    # at their cap they stop growing, and the answers stay the same
    reg = chrome._registry()
    memos = (reg.probes, reg.low_probes, reg.tails, reg.starts, reg.lines)
    saved = [dict(m) for m in memos]
    # "By" may start a byline, so these heads get past the line-start memo
    lines = [f"By{k}z Home" for k in range(300)] + [f"Zq{k}v | News | Sport" for k in range(300)]
    text = "\n".join(lines + ["We use cookies to improve your experience. Accept all"])
    try:
        monkeypatch.setattr(chrome, "_MEMO_MAX", 5)
        for m in memos:
            m.clear()
        chrome._scan.cache_clear()
        capped = chrome.cookies(text)
        assert all(len(m) <= 5 for m in memos)
        monkeypatch.setattr(chrome, "_MEMO_MAX", 10**6)
        for m in memos:
            m.clear()
        chrome._scan.cache_clear()
        assert chrome.cookies(text) == capped
        assert any(len(m) > 5 for m in memos)  # uncapped, they do grow
    finally:
        chrome._scan.cache_clear()
        for m, old in zip(memos, saved):
            m.clear()
            m.update(old)


# --- the byline memo against the unmemoised decision

BYLINE_LIKE = [
    "By Jane Doe", "BY JANE DOE and Tom Roe, Staff Writer", "by jane doe", "October 2008", "Dec 2011 (157)",
    "Posted by admin", "Updated 3 hours ago", "5 min read", "Nov 18, 2019 at 9:24 pm ET", "March 3, 2012",
    "By the end of the year, prices rose.", "Von Max Muster", "vor 2 Stunden", "2021年3月12日 14:35",
]


@st.composite
def byline_line(draw) -> str:
    line = draw(st.sampled_from(BYLINE_LIKE))
    line = draw(st.sampled_from([str, str.upper, str.lower, str.title]))(line)
    for _ in range(draw(st.integers(0, 2))):
        piece = draw(st.sampled_from(TRICKY + ["\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\ud800", "ς", ".", " "]))
        at = draw(st.integers(0, len(line)))
        line = line[:at] + piece + line[at:]
    return line


class _NoMemo(dict):
    """A memo that keeps nothing: every line is decided afresh."""

    def __setitem__(self, key, value) -> None:
        pass


@given(st.lists(st.one_of(byline_line(), chrome_line()), min_size=1, max_size=8))
@example(["by jane doe", "By Jane Doe", "BY JANE DOE"])
@example(["October 2008", "OCTOBER 2008", "octo\u212aber 2008", "By Jane Doe."])
@example(["By Jane Doe\u2028", "İ Dec 2011", "By Jane Doe\x85", "\ud800October 2008"])
def test_byline_memo_gives_the_unmemoised_answer(lines):
    text = "\n".join(lines)
    saved = chrome._byline_memo
    try:
        chrome._byline_memo = _NoMemo()
        plain = chrome.bylines(text)
        chrome._byline_memo = {}
        # fill the memo from the same lines in other letter cases first
        for case in (str.lower, str.upper, str.title):
            chrome.bylines("\n".join(map(case, lines)))
        assert chrome.bylines(text) == plain
    finally:
        chrome._byline_memo = saved


@pytest.mark.parametrize("name,slots,cat,words", [("cookies.re", (), "cookies.re", chrome.COOKIE_MAX_WORDS),
                                                  ("newsletter.re", (), "newsletter.re", chrome.PROMPT_MAX_WORDS),
                                                  ("comments.re", (), "comments.re", chrome.COMMENT_MAX_WORDS),
                                                  ("legal.re", ("copyright",), "legal.re", chrome.LEGAL_MAX_WORDS)])
@given(lines=st.lists(chrome_line(), min_size=1, max_size=8))
@example(lines=["Reply", "REPLY", "reply", "Rep\u212aly", "\ud800Reply", "Comments\t(3)"])
@example(lines=["Comments (12)", "Comments (12) were read out at the harbour meeting", "Comments (12)"])
@example(lines=["ſign up for our newsletter", "Sign up for our newsletter\u2028", "Sign up\x85", "© 2020 İ Ltd"])
def test_rules_memo_gives_the_unmemoised_answer(name, slots, cat, words, lines):
    rules = chrome._rules(name, *slots)
    text = "\n".join(lines)
    saved = rules.memo
    try:
        rules.memo = _NoMemo()
        plain = rules.find(text, cat, words)
        # the plain form: each candidate line matched afresh, within its word limit
        assert plain == [(s, e, rules.match(text[s:e])) for s, e in chrome._scan(text).cands.get(cat, ())
                         if len(text[s:e].split()) <= words and rules.match(text[s:e]) is not None]
        rules.memo = {}
        for case in (str.lower, str.upper, str.title):
            rules.find("\n".join(map(case, lines)), cat, words)
        assert rules.find(text, cat, words) == plain
    finally:
        rules.memo = saved


@given(lines=st.lists(st.one_of(chrome_line(), st.sampled_from(["Name", "Reply", "Leave a comment", "Submit"])),
                     min_size=1, max_size=10))
@example(lines=["Leave a Reply", "Reply", "You must be logged in to post a comment.", "REPLY", "Rep\u212aly"])
@example(lines=["Kommentare", "Name", "Reply", "Kommentare", "Your email address will not be published."])
@example(lines=["Leave a Reply", "Your comment is awaiting moderation.",
                "Your comment was a joy to read, thank you all.", "Reply"])  # same start, other answer
def test_comments_give_the_same_spans_without_the_rules_memo(lines):
    # comment blocks look up their lines in the memo find keeps; without it
    # every line is matched afresh
    rules = chrome._rules("comments.re")
    text = "\n".join(lines)
    saved = rules.memo
    try:
        rules.memo = _NoMemo()
        chrome._comment_hits.cache_clear()
        plain = chrome.comments(text)
        rules.memo = {}
        chrome._comment_hits.cache_clear()
        for case in (str.lower, str.upper, str.title):
            chrome.comments("\n".join(map(case, lines)))
        chrome._comment_hits.cache_clear()
        assert chrome.comments(text) == plain
    finally:
        rules.memo = saved
        chrome._comment_hits.cache_clear()


# --- the quick refusal of line starts against the plain classification


def reference_classify_low(reg, probe: str) -> tuple:
    """``_Registry.classify_low`` without its quick refusal: the label test,
    every prefix of the probe looked up as an owner, then the digit check."""
    short = reg.short_labels
    label = probe[: chrome._PREFIX_LEN] in reg.label_heads or any(
        probe[:i] in short and (i == len(probe) or probe[i] in chrome._LABEL_NEXT) for i in range(1, len(probe) + 1)
    )
    p = probe.translate(chrome._DIGITS)
    found = frozenset().union(*(reg.owners.get(p[:i], ()) for i in range(1, len(p) + 1)))
    plain = found
    if found and chrome._DIGIT in probe and not reg.prefix_rx.match(probe):
        plain = frozenset()
    if not plain and not label:
        return ()
    return (tuple(sorted(plain)), tuple(sorted(found)), label)


def _start_words() -> list[str]:
    reg = chrome._registry()
    words = sorted(reg.owners) + sorted(reg.label_cats)
    # a prefix's digit slot stands for any digit: "12:30", "7 ja"
    return words + [w.replace(chrome._DIGIT, "7") for w in words if chrome._DIGIT in w]


PROBE_MARKS = ["ſ", "\u212a", "İ", "ß", "ς", "Σ", "图片", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
               "\x85", "\u2028", "\ud800", "\x00", "7", "\u0663", " ", "|", ":", "-"]

start_probe = st.builds(
    lambda w, marks, cut: (w + "".join(marks))[:cut],
    st.sampled_from(_start_words()),
    st.lists(st.sampled_from(PROBE_MARKS), max_size=3),
    st.integers(1, 7),
)


@given(st.one_of(start_probe, st.text(min_size=1, max_size=7)))
@example("by \x00")
@example("12 ja")
@example("\x00\x00:\x00\x00")
@example("ß")
@example("ſhare")
@example("©")
@example("\ud800")
@example("home |")
@example("cookie policy")
@example("helpf")  # a short label, then a letter: no label line
@example("help:")
def test_classify_low_refuses_only_what_the_plain_form_refuses(probe):
    reg = chrome._registry()
    assert reg.classify_low(probe) == reference_classify_low(reg, probe)


line_head = st.builds(
    lambda w, case, marks, cut: (case(w) + "".join(marks))[:cut],
    st.sampled_from(_start_words()),
    st.sampled_from([str, str.upper, str.title]),
    st.lists(st.sampled_from(PROBE_MARKS), max_size=3),
    st.integers(0, chrome._PREFIX_LEN),
)


@given(st.one_of(line_head, st.text(max_size=chrome._PREFIX_LEN)))
@example("")
@example("BY 1")
@example("ΣΑΣ")
@example("İMAGE")
@example("\u212aook")
@example("© 20")
@example("首页")
@example("\x00\x00")
@example("12:30")
@example("ſhare")
def test_a_refused_line_start_has_no_kind(head):
    # the start memo may let through what has no kind, never the reverse
    reg = chrome._registry()
    if reg.classify(head):
        assert reg.may_start(head[: filters._START])


# --- the quick screens of line starts against their plain definition


def _same_char(word_ch: str, ch: str) -> bool:
    return ch == word_ch or (word_ch == chrome._DIGIT and ch in "0123456789")


def _starts_with(s: str, w: str) -> bool:
    """The word ``w`` starts ``s``."""
    return len(s) >= len(w) and all(map(_same_char, w, s))


def _ends_inside(s: str, w: str) -> bool:
    """``s`` is the start of the word ``w``."""
    return len(s) <= len(w) and all(map(_same_char, w, s))


screen_word = st.text(alphabet="ab7\x00", min_size=1, max_size=4)


@given(words=st.lists(screen_word, min_size=1, max_size=6), s=st.text(alphabet="ab37\x00", max_size=6),
       open_end=st.booleans())
@example(words=["ab"], s="a", open_end=True)
@example(words=["ab"], s="a", open_end=False)
@example(words=["a\x00"], s="a3b", open_end=False)
@example(words=["a\x00"], s="a\x00", open_end=False)
@example(words=["a", "ab"], s="", open_end=True)
@example(words=["\x00b"], s="3", open_end=True)
def test_screen_matches_what_its_plain_definition_says(words, s, open_end):
    # a word starts s (a digit slot takes any ASCII digit or the slot mark
    # itself), or, with open_end, a non-empty s ends inside a word
    want = any(_starts_with(s, w) or (open_end and s and _ends_inside(s, w)) for w in words)
    got = re.compile(chrome._screen(words, open_end=open_end)).match(s) is not None
    assert got == want


@given(st.one_of(start_probe, st.text(min_size=1, max_size=3)))
@example("com")
@example("Hel")  # a short label ("help") that starts no longer label
@example("≡")
@example("\x00\x00:")
@example("7 j")
def test_start_screen_passes_every_start_the_exact_tests_pass(start):
    # the exact tests the screen stands for: the lower case is the start of a
    # label head or short label, or begins with a short label; with its ASCII
    # digits read as the digit slot, it starts a prefix or begins with one
    reg = chrome._registry()
    low = chrome._lower(start)
    digits = low.translate(chrome._DIGITS)
    heads = reg.label_heads | reg.short_labels
    exact = (
        any(h.startswith(low) for h in heads)
        or any(low.startswith(x) for x in reg.short_labels)
        or any(k.startswith(digits) or digits.startswith(k) for k in reg.owners)
    )
    if exact:
        assert reg.may_start(start)


@pytest.mark.parametrize("header", [
    ["Harbour ferry kept out of service by hull cracks", "Ann Example, Coast News Service; Kelby Post",
     "Published: Thursday, January 17, 2031"],
    ["Night buses return after storm", "By Ann Example"],
    ["Night buses return after storm", "March 3, 2031"],
])
def test_a_related_list_stops_before_the_next_articles_header(header):
    """A list of latest stories that runs into an article's header: the
    headline and its byline and date lines stay above the first paragraph;
    the list's own links go."""
    links = ["Pier cafe to close for the winter", "Lighthouse keeper retires after forty years", "More Latest News"]
    lines = ["The harbour board met on Tuesday to set next year's ferry fares, which will rise by four per cent.",
             "Latest News", *links, *header,
             "The harbour ferry will stay out of service for another fortnight after inspectors found new cracks in its hull."]
    text = "\n".join(lines)
    got = line_reasons(text, chrome.related(text))
    assert all(got.get(lines.index(x)) == "related_list" for x in links), got
    assert not any(lines.index(x) in got for x in header), got


def test_a_related_list_of_dates_alone_is_no_article_header():
    # the date lines are all the list holds: no headline above them
    lines = ["The harbour board met on Tuesday to set next year's ferry fares, which will rise by four per cent.",
             "Latest News", "March 3, 2031", "The ferry will stay out of service for another fortnight after new cracks."]
    text = "\n".join(lines)
    assert chrome._header_tail(text, [(text.index("March"), text.index("March") + len("March 3, 2031"))]) == 0


@pytest.mark.parametrize("tail", [
    # a list of dated teasers: the last teaser and its date are no header
    ["Pier cafe to close for the winter", "March 2, 2031", "Lighthouse keeper retires after forty years", "March 3, 2031"],
    # a video's length is no date line
    ["Pier cafe to close for the winter", "Lighthouse keeper retires after forty years", "3:05"],
    # a teaser of a name and an organisation with a verb is no byline
    ["Pier cafe to close for the winter", "Lighthouse keeper retires after forty years", "Ann Lee, Bo Sun named in Kelby squad"],
])
def test_a_related_list_of_dated_teasers_keeps_no_header(tail):
    assert chrome._header_tail(*_block_of(tail)) == 0


def test_a_headline_and_its_byline_end_a_list_as_a_header():
    lines = ["Pier cafe to close for the winter", "Lighthouse keeper retires after forty years",
             "Harbour ferry kept out of service", "By Ann Example"]
    assert chrome._header_tail(*_block_of(lines)) == 2


def _block_of(lines: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text of ``lines`` and each line's ``(start, end)`` in it, as
    ``related`` hands a list's lines to ``_header_tail``."""
    text = "\n".join(lines)
    block, pos = [], 0
    for line in lines:
        block.append((pos, pos + len(line)))
        pos += len(line) + 1
    return text, block


def test_a_teasers_byline_repeating_the_articles_is_no_header():
    lines = ["Tram extension delayed by two years", "By Ann Example",
             "The harbour board met on Tuesday to set next year's ferry fares, which will rise by four per cent.",
             "Related Stories", "Pier cafe to close for the winter", "Taxi drivers protest over new rank rules",
             "By Ann Example",
             "The harbour ferry will stay out of service for another fortnight after inspectors found new cracks in its hull."]
    text = "\n".join(lines)
    got = line_reasons(text, chrome.related(text))
    assert got.get(5) == "related_list" and got.get(6) == "related_list", got
