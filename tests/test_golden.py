"""Golden files: every fixture article cleaned now must match its reviewed output.

The golden files are never written here. After an intended change, run
``python tests/update_golden.py`` and review the diff.
"""

from __future__ import annotations

import json

import pytest

from cleantext import clean
from update_golden import ARTICLES, articles, golden_paths, render

HOW = "if the change is intended, run `python tests/update_golden.py` and review the diff"

ARTICLE_PATHS = articles()


def test_there_are_golden_articles():
    assert len(ARTICLE_PATHS) >= 6
    for a in ARTICLE_PATHS:
        for p in golden_paths(a):
            assert p.exists(), f"{p.name} is missing; {HOW}"
    # no stray golden file without its input
    inputs = {a.name[: -len(".txt")] for a in ARTICLE_PATHS}
    for p in ARTICLES.iterdir():
        slug = p.name.split(".")[0]
        assert slug in inputs, f"{p.name} has no {slug}.txt"


@pytest.mark.parametrize("article", ARTICLE_PATHS, ids=lambda p: p.stem)
def test_clean_text_matches_golden(article):
    clean_path, _ = golden_paths(article)
    text, _ = render(article)
    assert text == clean_path.read_text("utf-8"), f"{clean_path.name} differs; {HOW}"


@pytest.mark.parametrize("article", ARTICLE_PATHS, ids=lambda p: p.stem)
def test_report_matches_golden(article):
    _, report_path = golden_paths(article)
    _, report = render(article)
    assert json.loads(report) == json.loads(report_path.read_text("utf-8")), f"{report_path.name} differs; {HOW}"


@pytest.mark.parametrize("article", ARTICLE_PATHS, ids=lambda p: p.stem)
def test_golden_report_replays_to_golden_text(article):
    """The golden pair is consistent by itself: its removals, replayed on its
    source, give its clean text."""
    clean_path, report_path = golden_paths(article)
    d = json.loads(report_path.read_text("utf-8"))
    src, pos, out = d["source"], 0, []
    for r in d["removals"]:
        assert src[r["start"] : r["end"]] == r["text"]
        out.append(src[pos : r["start"]])
        pos = r["end"]
    out.append(src[pos:])
    assert "".join(out) + "\n" == clean_path.read_text("utf-8")


@pytest.mark.parametrize("article", ARTICLE_PATHS, ids=lambda p: p.stem)
def test_str_and_bytes_input_agree(article):
    data = article.read_bytes()
    assert clean(data).text == clean(data.decode("utf-8")).text


@pytest.mark.parametrize(
    "slug,kicker",
    [("metered-paywall", "Coastal economy"), ("observatory-all-families", "Space science")],
)
def test_rule_filters_keep_the_kicker(slug, kicker):
    """A section label above the headline is kept by the rule filters: no rule
    can tell it from a subheading (docs/filters.md)."""
    text = clean((ARTICLES / f"{slug}.txt").read_bytes(), pipeline="conservative").text
    assert text.split("\n")[0] == kicker
