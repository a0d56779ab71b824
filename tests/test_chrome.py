"""Page-chrome filters (cleantext/chrome.py): marked fixtures per filter and
reason code, negative fixtures, the shared scan, and a property that plain
prose gives no span.

Fixture format: fixtures/chrome/README.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleantext import FILTERS, clean
from cleantext import chrome

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "chrome"
CHROME = ("cookies", "newsletter", "related", "comments", "bylines", "legal", "site_chrome")
MARK = re.compile(r"\[-([a-z_]+)\] ")
DECLARED = re.compile(r"``([a-z][a-z_]*)``")


def load(path: Path) -> tuple[str, dict[int, str]]:
    """The fixture's text and ``{line number: expected reason}``."""
    lines = path.read_text("utf-8").split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    if lines and lines[-1] == "":
        lines.pop()
    out, want = [], {}
    for i, line in enumerate(lines):
        m = MARK.match(line)
        if m:
            want[i] = m.group(1)
            line = line[m.end() :]
        out.append(line)
    return "\n".join(out), want


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
