"""Unit tests for the rule filters: every reason code found, every negative kept.

Each positive example is a small invented text plus the lines the filter must
claim (with their reason code); every other line of the example must get no
span. Negatives come from ``fixtures/negative.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import FILTERS, Span, clean
from cleantext import filters as F
from cleantext.encoding import repair

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RULE_FILTERS = ("icon_labels", "placeholders", "paywall", "photo_credits", "share", "ads", "navigation")


def claimed(name: str, text: str) -> dict[str, str]:
    """``{line: reason}`` for every line of ``text`` that filter ``name`` claims
    whole; fails if a span is not exactly one whole line."""
    lines = {}
    for sp in FILTERS[name](text):
        assert isinstance(sp, Span)
        s, e, reason = sp
        assert 0 <= s < e <= len(text)
        assert (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n"), (
            f"{name} span {sp} is not a whole line of {text!r}"
        )
        lines[text[s:e]] = reason
    return lines


def check(name: str, text: str, expected: dict[str, str]) -> None:
    got = claimed(name, text)
    assert got == expected, f"{name} on {text!r}"


# (filter, text, {claimed line: reason}); lines not listed must be kept.
POSITIVES = [
    # icon_labels
    ("icon_labels", "IconIcon SearchIcon MenuIcon\nThe pier reopens in May.",
     {"IconIcon SearchIcon MenuIcon": "icon_run"}),
    ("icon_labels", "Close Icon Share Icon Print Icon", {"Close Icon Share Icon Print Icon": "icon_run"}),
    ("icon_labels", "The pier reopens in May.\nChevronRight", {"ChevronRight": "icon_run"}),
    ("icon_labels", "ArrowCreated with Sketch.PathIcon Home", {"ArrowCreated with Sketch.PathIcon Home": "icon_run"}),
    ("icon_labels", "The pier reopens in May.\nGroup\nCreated with Sketch.",
     {"Group": "svg_debris", "Created with Sketch.": "svg_debris"}),
    ("icon_labels", "The pier reopens in May.\nOval\nCreated with Sketch.",
     {"Oval": "svg_debris", "Created with Sketch.": "svg_debris"}),
    ("icon_labels", "Group 3\nCombined Shape\nRectangle Copy 2",
     {"Group 3": "svg_debris", "Combined Shape": "svg_debris", "Rectangle Copy 2": "svg_debris"}),
    # placeholders: every syntax, as whole lines or short UI lines
    ("placeholders", "{{siteHeader}}\nThe pier reopens in May.", {"{{siteHeader}}": "template_line"}),
    ("placeholders", "By {{author}}", {"By {{author}}": "template_line"}),
    ("placeholders", "{{count}} comment{{count-plural}}", {"{{count}} comment{{count-plural}}": "template_line"}),
    ("placeholders", "{{setStatic()}}", {"{{setStatic()}}": "template_line"}),
    ("placeholders", "{% include 'nav.html' %}", {"{% include 'nav.html' %}": "template_line"}),
    ("placeholders", "<<signup_box>>", {"<<signup_box>>": "template_line"}),
    ("placeholders", "Updated ${updated_at}", {"Updated ${updated_at}": "template_line"}),
    ("placeholders", "%(sidebar_links)s", {"%(sidebar_links)s": "template_line"}),
    ("placeholders", "<%= footer %>", {"<%= footer %>": "template_line"}),
    ("placeholders", "[[sidebar]]", {"[[sidebar]]": "template_line"}),
    # paywall: prompts, the block between two prompts, the tail, bullets after a prompt
    ("paywall", "The pier reopens in May.\nYou have 2 free articles left this month",
     {"You have 2 free articles left this month": "paywall_prompt"}),
    ("paywall", "Subscribe to keep reading", {"Subscribe to keep reading": "paywall_prompt"}),
    ("paywall", "Already a subscriber? Sign in", {"Already a subscriber? Sign in": "paywall_prompt"}),
    ("paywall", "Your trial period has expired", {"Your trial period has expired": "paywall_prompt"}),
    ("paywall", "Try 1 month for $1", {"Try 1 month for $1": "paywall_prompt"}),
    ("paywall", "You have {{n}} free article{{n-plural}} left this month",
     {"You have {{n}} free article{{n-plural}} left this month": "paywall_prompt"}),
    ("paywall", "Weiterlesen mit Plus\nJetzt abonnieren",
     {"Weiterlesen mit Plus": "paywall_prompt", "Jetzt abonnieren": "paywall_prompt"}),
    ("paywall",
     "The pier reopens in May.\nThis is your last free article this month\nNews from the coast, every morning.\nTry 3 months for $5",
     {"This is your last free article this month": "paywall_prompt",
      "News from the coast, every morning.": "paywall_block",
      "Try 3 months for $5": "paywall_prompt"}),
    ("paywall",
     "The pier reopens in May.\nYou need a subscription to:\n• Read every story\n• Use our apps\nSee all offers\nThe Courier on a phone and a tablet",
     {"You need a subscription to:": "paywall_prompt",
      "• Read every story": "paywall_block", "• Use our apps": "paywall_block",
      "See all offers": "paywall_prompt",
      "The Courier on a phone and a tablet": "paywall_tail"}),
    ("paywall",
     "The pier reopens in May.\nSubscribe now\n- Unlimited access\n- The daily puzzle\nThe pier will cost £2 million, the council said.",
     {"Subscribe now": "paywall_prompt", "- Unlimited access": "paywall_block",
      "- The daily puzzle": "paywall_block"}),
    # photo_credits
    ("photo_credits", "© Hollin Press Agency", {"© Hollin Press Agency": "credit_line"}),
    ("photo_credits", "Copyright 2024 Hollin Press", {"Copyright 2024 Hollin Press": "credit_line"}),
    ("photo_credits", "Photograph: Dario Venn/Reuters", {"Photograph: Dario Venn/Reuters": "credit_line"}),
    ("photo_credits", "Getty Images", {"Getty Images": "credit_line"}),
    ("photo_credits", "Ben Tolland/AFP", {"Ben Tolland/AFP": "credit_line"}),
    ("photo_credits", "Foto: Lucía Bermejo", {"Foto: Lucía Bermejo": "credit_line"}),
    ("photo_credits", "Ảnh: Thu Hà", {"Ảnh: Thu Hà": "credit_line"}),
    ("photo_credits", "Image 2 of 9", {"Image 2 of 9": "gallery_counter"}),
    ("photo_credits", "3 / 12", {"3 / 12": "gallery_counter"}),
    ("photo_credits",
     "The pier reopens in May.\nVolunteers stack sandbags on Friday. (Photo: Ruth Amara/AP)",
     {"Volunteers stack sandbags on Friday. (Photo: Ruth Amara/AP)": "captioned_credit"}),
    ("photo_credits", "A tractor tows a car near Eastleigh. Getty Images",
     {"A tractor tows a car near Eastleigh. Getty Images": "captioned_credit"}),
    ("photo_credits", "A technician walks between two dishes at dusk. © Hollin Press Agency",
     {"A technician walks between two dishes at dusk. © Hollin Press Agency": "captioned_credit"}),
    # share
    ("share", "Facebook Twitter Email Copy link", {"Facebook Twitter Email Copy link": "share_labels"}),
    ("share", "FacebookTwitterPinterest", {"FacebookTwitterPinterest": "share_labels"}),
    ("share", "Facebook | X | WhatsApp", {"Facebook | X | WhatsApp": "share_labels"}),
    ("share", "The pier reopens in May.\nShare this article", {"Share this article": "share_labels"}),
    ("share", "Compartir en X", {"Compartir en X": "share_labels"}),
    ("share", "Поделиться", {"Поделиться": "share_labels"}),
    ("share", "Share\nFacebook\nTwitter\nThe pier reopens in May.",
     {"Share": "share_labels", "Facebook": "share_run", "Twitter": "share_run"}),
    ("share", "The pier reopens in May.\nWhatsApp\nEmail",
     {"WhatsApp": "share_run", "Email": "share_run"}),
    # ads
    ("ads", "The pier reopens in May.\nAdvertisement\nIt will cost £2 million.", {"Advertisement": "ad_label"}),
    ("ads", "Story continues below advertisement", {"Story continues below advertisement": "ad_label"}),
    ("ads", "PUBLICIDAD", {"PUBLICIDAD": "ad_label"}),
    ("ads", "Anzeige", {"Anzeige": "ad_label"}),
    ("ads", "広告", {"広告": "ad_label"}),
    ("ads",
     "Sponsored Content\nAbout Sponsored Content This content was commissioned by Harlow Travel.",
     {"Sponsored Content": "ad_label",
      "About Sponsored Content This content was commissioned by Harlow Travel.": "sponsored_blurb"}),
    # navigation
    ("navigation", "Previous chapter\nThe pier reopens in May.\nNext chapter",
     {"Previous chapter": "nav_label", "Next chapter": "nav_label"}),
    ("navigation", "Skip to main content", {"Skip to main content": "nav_label"}),
    ("navigation", "Back to top", {"Back to top": "nav_label"}),
    ("navigation", "» Load more", {"» Load more": "nav_label"}),
    ("navigation", "Artículo siguiente", {"Artículo siguiente": "nav_label"}),
    ("navigation", "次の記事", {"次の記事": "nav_label"}),
]


@pytest.mark.parametrize("name,text,expected", POSITIVES, ids=[f"{p[0]}-{i}" for i, p in enumerate(POSITIVES)])
def test_positive(name, text, expected):
    check(name, text, expected)


def documented_reasons(name: str) -> set[str]:
    """Reason codes a filter's docstring declares (``code`` after "Reasons:")."""
    import re

    doc = FILTERS[name].__doc__ or ""
    part = doc.split("Reason", 1)[1] if "Reason" in doc else ""
    return set(re.findall(r"``([a-z][a-z0-9]*(?:_[a-z0-9]+)+)``", part))


@pytest.mark.parametrize("name", RULE_FILTERS)
def test_every_documented_reason_has_a_positive(name):
    declared = documented_reasons(name)
    assert declared, f"{name}'s docstring declares no reason codes"
    shown = {r for n, _, exp in POSITIVES if n == name for r in exp.values()}
    assert declared == shown, f"{name}: declared {sorted(declared)}, tested {sorted(shown)}"


# ------------------------------------------------------------------ negatives


def _negatives():
    data = json.loads((FIXTURES / "negative.json").read_text("utf-8"))
    out = []
    for name, entries in data.items():
        if name == "description":
            continue
        for i, entry in enumerate(entries):
            marks = []
            if entry.get("known_bug"):
                marks.append(pytest.mark.xfail(strict=True, reason=entry["known_bug"]))
            out.append(pytest.param(name, entry["text"], marks=marks, id=f"{name}-{i}"))
    return out


NEGATIVES = _negatives()


def test_negative_fixture_shape():
    data = json.loads((FIXTURES / "negative.json").read_text("utf-8"))
    groups = {k: v for k, v in data.items() if k != "description"}
    assert set(groups) <= set(FILTERS), f"unknown filter group(s): {set(groups) - set(FILTERS)}"
    assert set(RULE_FILTERS) <= set(groups), "every rule filter needs negatives"
    assert sum(len(v) for v in groups.values()) >= 40
    for name, entries in groups.items():
        plain = [e for e in entries if not e.get("known_bug")]
        assert len(plain) >= 2, f"{name}: needs at least two negatives that hold"
        for e in entries:
            assert set(e) <= {"text", "why", "known_bug"} and e["text"] and e["why"]
            # entries are already normalised, so clean() must give them back as they are
            assert repair(e["text"])[0] == e["text"], f"negative not whitespace-normalised: {e['text']!r}"


@pytest.mark.parametrize("name,text", NEGATIVES)
def test_negative_filter_alone_finds_nothing(name, text):
    assert list(FILTERS[name](text)) == []


@pytest.mark.parametrize("name,text", NEGATIVES)
def test_negative_clean_returns_it_unchanged(name, text):
    result = clean(text)
    assert result.text == text
    assert result.report.removals == ()


@pytest.mark.parametrize("name,text", NEGATIVES)
def test_negative_unchanged_inside_an_article(name, text):
    """The same prose between two ordinary paragraphs is kept too."""
    doc = f"The harbour board met on Monday.\n{text}\nIt will meet again in June."
    assert clean(doc, pipeline="conservative").text == doc


# ------------------------------------------------------------------ thresholds


def test_placeholder_word_threshold():
    n = F.PLACEHOLDER_MAX_WORDS
    short = " ".join(["word"] * n) + " {{x}}"
    longer = " ".join(["word"] * (n + 1)) + " {{x}}"
    assert claimed("placeholders", short) == {short: "template_line"}
    assert claimed("placeholders", longer) == {}


@pytest.mark.parametrize(
    "line",
    [
        'The letter began "Dear {{first_name}}" and went on.',
        "    greeting = '{{salutation}}'",
        "const url = `${base}/api`;",
        "greeting = ${name}",
        "for f in ${FILES}; do",
    ],
)
def test_placeholders_keep_quoted_and_code(line):
    assert claimed("placeholders", line) == {}


def test_paywall_prompt_word_threshold():
    head = "You have 2 free articles left"
    ok = head + " x" * (F.PAYWALL_MAX_WORDS - len(head.split()))
    too_long = ok + " x"
    assert len(ok.split()) == F.PAYWALL_MAX_WORDS
    assert claimed("paywall", ok) == {ok: "paywall_prompt"}
    # the pattern itself allows this length: only the word limit rejects it
    assert claimed("paywall", too_long) == {}


def test_paywall_block_needs_short_lines():
    long_line = " ".join(["word"] * (F.PAYWALL_GAP_WORDS + 1)) + "."
    text = f"Subscribe now\n{long_line}\nSee all offers\nThe pier reopens in May."
    got = claimed("paywall", text)
    assert long_line not in got
    assert got == {"Subscribe now": "paywall_prompt", "See all offers": "paywall_prompt"}


def test_paywall_block_gap_limit():
    gap = [f"Offer line {i}" for i in range(F.PAYWALL_MAX_GAP + 1)]
    text = "Subscribe now\n" + "\n".join(gap) + "\nSee all offers\nThe pier reopens in May."
    got = claimed("paywall", text)
    assert not any(g in got for g in gap)


def test_paywall_tail_stops_at_a_sentence():
    text = "Subscribe now\nThe Courier on a phone\nThe pier will cost £2 million, the council said."
    assert claimed("paywall", text) == {"Subscribe now": "paywall_prompt"}


def test_paywall_tail_word_limit():
    tail = " ".join(["screen"] * (F.PAYWALL_TAIL_WORDS + 1))
    assert claimed("paywall", f"The pier reopens.\nSee all offers\n{tail}") == {"See all offers": "paywall_prompt"}
    tail = " ".join(["screen"] * F.PAYWALL_TAIL_WORDS)
    assert claimed("paywall", f"The pier reopens.\nSee all offers\n{tail}") == {
        "See all offers": "paywall_prompt",
        tail: "paywall_tail",
    }


def test_caption_word_threshold():
    n = F.CAPTION_MAX_WORDS
    words = " ".join(["word"] * (n - 2))
    ok = f"{words}. Getty Images"
    assert len(ok.split()) == n
    assert claimed("photo_credits", ok) == {ok: "captioned_credit"}
    too_long = f"{words} word. Getty Images"
    assert claimed("photo_credits", too_long) == {}


def test_icon_run_line_length_limit():
    unit = "FacebookIcon "
    short = (unit * (F.MAX_LABEL_LINE // len(unit))).strip()
    long = (unit * (F.MAX_LABEL_LINE // len(unit) + 2)).strip()
    assert len(short) <= F.MAX_LABEL_LINE < len(long)
    assert claimed("icon_labels", short) == {short: "icon_run"}
    assert claimed("icon_labels", long) == {}


def test_plain_layer_name_alone_stays():
    text = "The pier reopens in May.\nStroke\nA stroke cuts the blood supply to the brain."
    assert claimed("icon_labels", text) == {}


def test_share_single_label_alone_stays():
    assert claimed("share", "The pier reopens in May.\nTwitter\nIt will cost £2 million.") == {}


# ------------------------------------------------------------------ contract


ODD_TEXTS = [
    "",
    "\n",
    "\n\n\n",
    " ",
    "\x00\x01\x02",
    "\ufeff",
    "\ud800",  # a lone surrogate
    "{{",
    "}}{{}}",
    "${",
    "<<>>",
    "[[]]",
    "%()s",
    "©",
    "Group\n" * 3,
    "a" * 5000,
    "\n".join(["Share"] * 50),
    "Ω" * 10 + "\u0301" * 10,
    "İstanbul ǅ ﬁ ß",  # case mappings that change length
    "x\r\ny\rz",
]


@pytest.mark.parametrize("name", RULE_FILTERS)
@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_filters_never_raise_and_return_valid_spans(name, text):
    spans = FILTERS[name](text)
    assert isinstance(spans, list)
    for sp in spans:
        assert isinstance(sp, Span)
        assert 0 <= sp.start < sp.end <= len(text)
        assert isinstance(sp.reason, str) and sp.reason


# Found by hypothesis (fixed since): a line made only of whitespace characters
# other than space and tab, with a space among them ("\u2003 \u2003"), made
# share() raise IndexError. clean() was not affected (repair normalises such
# lines first), but a filter must not raise on any str.
SHARE_CRASHERS = ["\u2003 \u2003", "\x1f \x1f", "Story.\n\u3000 \u3000\nEnd."]


@pytest.mark.parametrize("text", SHARE_CRASHERS)
def test_share_survives_exotic_whitespace_lines(text):
    assert FILTERS["share"](text) == []


@pytest.mark.parametrize("name", [n for n in RULE_FILTERS if n != "share"])
@pytest.mark.parametrize("text", SHARE_CRASHERS)
def test_other_filters_survive_exotic_whitespace_lines(name, text):
    assert FILTERS[name](text) == []


@pytest.mark.parametrize("text", SHARE_CRASHERS)
def test_clean_survives_exotic_whitespace_lines(text):
    result = clean(text)
    assert result.report.replay() == result.text


@pytest.mark.parametrize("name", RULE_FILTERS)
def test_filters_are_pure(name):
    text = (FIXTURES / "articles" / "observatory-all-families.txt").read_text("utf-8")
    first = FILTERS[name](text)
    assert FILTERS[name](text) == first
    assert FILTERS[name](text + "") == first


def test_case_mapping_that_changes_length_keeps_offsets():
    # "İ".lower() is two code points: offsets must still point into the original text
    text = "İzmir harbour\nAdvertisement\nShare\nFacebook"
    got = {n: claimed(n, text) for n in ("ads", "share")}
    assert got["ads"] == {"Advertisement": "ad_label"}
    assert got["share"] == {"Share": "share_labels", "Facebook": "share_run"}
