"""Adversarial inputs: every registered filter and ``clean`` finish on them and
keep the span invariants.

The inputs are the shapes that make backtracking regular expressions or
per-line loops blow up (long runs of one opening character, unclosed template
braces, one huge line, very many tiny lines). Sizes are modest so the suite
stays fast; tests/benchmarks/bench_linear.py shows at 10x larger sizes that
the time grows linearly. No timing is asserted here: a super-linear pattern
shows up as a suite that does not finish.
"""

from __future__ import annotations

import pytest

from cleantext import FILTERS, Pipeline, clean

N = 50_000  # code points in each run

ADVERSARIAL = {
    "open_braces": "{" * N,
    "lt": "<" * N,
    "dollars": "$" * N,
    "copyright": "©" * N,
    "icon_glued": "Icon" * (N // 4),
    "icon_spaced": "Icon " * (N // 5),
    "spaces": " " * N,
    "tabs_spaces": " \t" * (N // 2),
    "unclosed_double_braces": "{{" * (N // 2),
    "unclosed_placeholder": "{{ name " * (N // 8),
    "dollar_brace": "${" * (N // 2),
    "erb_open": "<%=" * (N // 3),
    "double_lt": "<<" * (N // 2),
    "double_brackets": "[[" * (N // 2),
    "percent_paren": "%(" * (N // 2),
    "jinja_open": "{%" * (N // 2),
    "copyright_words": "© Photo: Getty " * (N // 15),
    "dots": ". " * (N // 2),
    "label_words": "Share Facebook Twitter Email " * (N // 29),
    "long_line_1mb": ("Share Facebook Icon {{x}} © Advertisement the council met. " * 20_000)[: 1 << 20],
    "one_char_lines_100k": "a\n" * 100_000,
    "brace_lines_100k": "{\n" * 100_000,
    "blank_lines": "\n" * N,
    "space_lines": " \n" * (N // 2),
    "alternating_junk_lines": "Advertisement\nShare\n" * (N // 20),
    # one long line of mojibake, every word broken (the repair aligns words)
    "mojibake_line": "CafÃ© " * (N // 6),
    # one long line of inline tags (each tag's line is found from the last)
    "tags_line": "<b>x</b>" * (N // 8),
}


def _check_spans(name, spans, text):
    n = len(text)
    for sp in spans:
        start, end, reason = sp
        assert type(start) is int and type(end) is int, (name, sp)
        assert 0 <= start < end <= n, (name, sp, n)
        assert isinstance(reason, str) and reason, (name, sp)


@pytest.mark.parametrize("kind", list(ADVERSARIAL))
@pytest.mark.parametrize("name", list(FILTERS))
def test_filter_finishes_with_valid_spans(name, kind):
    text = ADVERSARIAL[kind]
    spans = list(FILTERS[name](text))
    _check_spans(name, spans, text)


def _check_report(text, res):
    rep = res.report
    src = rep.source
    assert rep.replay() == res.text
    prev_end = 0
    for r in rep.removals:
        assert prev_end <= r.start < r.end <= len(src)
        assert r.text == src[r.start : r.end]
        assert r.filter and r.reason
        prev_end = r.end


@pytest.mark.parametrize("kind", list(ADVERSARIAL))
def test_clean_finishes_with_valid_report(kind):
    text = ADVERSARIAL[kind]
    _check_report(text, clean(text))


@pytest.mark.parametrize("kind", ["long_line_1mb", "unclosed_double_braces", "copyright"])
def test_clean_bytes_and_conservative_finish(kind):
    text = ADVERSARIAL[kind]
    _check_report(text, clean(text.encode("utf-8")))
    _check_report(text, clean(text, pipeline=Pipeline.preset("conservative")))


def test_adversarial_inputs_have_the_stated_shapes():
    assert len(ADVERSARIAL["long_line_1mb"]) == 1 << 20
    assert "\n" not in ADVERSARIAL["long_line_1mb"]
    assert ADVERSARIAL["one_char_lines_100k"].count("\n") == 100_000
    assert "}}" not in ADVERSARIAL["unclosed_double_braces"]
