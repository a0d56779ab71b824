"""Comment evidence after a comment head (``structure._stamped``): how soon
the first dated comment header must come, over a thread's toolbar and a
commenter's name, and when a share bar's "Comments" link is no head."""

from __future__ import annotations

import pytest

from cleantext import clean
from cleantext import structure as S

REPORT = [
    "The Harriers went two goals up inside the first twenty minutes at the Quay Ground on Saturday, both from corners.",
    "Millbrook pulled one back before the break and levelled early in the second half, when a long ball caught them out.",
    "Jonah Reyes headed the winner with eight minutes left, and the home side then spent the rest of the game defending.",
]


def _stamped(lines: list[str]) -> bool:
    text = "\n".join(["Harriers hold on", *REPORT, "Comments", *lines])
    an = S._analyse(text)
    return S._stamped(text.split("\n"), an.cls, 1 + len(REPORT), toolbar=True)


def test_a_toolbar_and_a_name_do_not_hide_a_dated_thread():
    thread = ["Display:", "Expanded", "Collapsed", "Anyone got a clip of the winner? I missed it.", "Tom Reyes",
              "by seawall on Apr 12, 2031 5:21 PM reply", "It is on the club page now.",
              "by tidewatcher on Apr 12, 2031 5:40 PM reply", "What a header.",
              "by northstand on Apr 12, 2031 6:02 PM reply"]
    assert _stamped(thread)
    # two dates after the toolbar are not enough: a first date found only by
    # passing over short labels needs one more
    assert not _stamped(thread[:8])
    # the same dates with the toolbar's lines counted as other lines (longer
    # than TOOLBAR_WORDS words) come too late
    assert not _stamped(["Display all comments:", "Expanded view only", "Collapsed view only", *thread[3:]])


def test_a_head_above_the_best_run_gets_no_leeway():
    """Above the best run, the labels under "Comments" count: there they
    may be a menu over a forum's own thread."""
    lines = ["Display:", "Newest", "Oldest", "Why do my tomatoes split?", "by fernhill on Jun 9, 2031 5:21 PM reply",
             "Mine split every year.", "by moss on Jun 9, 2031 6:21 PM reply", "Water them every evening.",
             "by greenfly on Jun 9, 2031 7:21 PM reply"]
    text = "\n".join(["Harriers hold on", *REPORT, "Comments", *lines])
    an = S._analyse(text)
    raw = text.split("\n")
    h = 1 + len(REPORT)
    assert S._stamped(raw, an.cls, h, toolbar=True)
    assert not S._stamped(raw, an.cls, h)


def test_without_a_toolbar_two_dates_still_make_a_thread():
    assert _stamped(["by seawall on Apr 12, 2031 5:21 PM reply", "It is on the club page now.",
                     "by tidewatcher on Apr 12, 2031 5:40 PM reply"])


@pytest.mark.parametrize("bar", [["Tweet", "More"], ["Print", "Email"]])
def test_a_share_bar_link_is_no_comment_head(bar):
    """"Comments" among share buttons under the byline: the article under it,
    whose dates are an embedded post's and a teaser's, stays."""
    lines = [*bar, *REPORT[:2], "— Harbour Harriers (@harriers) April 12, 2031", *REPORT[2:],
             "Related:", "Team news for the trip to Kestle", "Season tickets on sale", "TAGS",
             "By Ann Lee April 10, 2031", "Cup draw made", "By Ann Lee April 8, 2031"]
    assert not _stamped(lines)


def test_the_article_under_a_share_bar_survives_the_default_pipeline():
    text = "\n".join(["Harriers hold on to beat Millbrook | Harbour Harriers", "Home", "Fixtures", "Results",
                      "Harriers hold on to beat Millbrook", "Posted by Ann Lee on April 12, 2031 at 6:40 pm",
                      "Comments", "Tweet", "More", *REPORT[:2], "— Harbour Harriers (@harriers) April 12, 2031",
                      *REPORT[2:], "Related:", "Team news for the trip to Kestle", "Season tickets on sale",
                      "By Ann Lee April 10, 2031", "Cup draw made", "By Ann Lee April 8, 2031", "© Harbour Harriers"])
    out = clean(text).text
    assert all(p in out for p in REPORT)


@pytest.mark.parametrize("lines", [
    # a live blog's times under its toolbar
    ["Pinned", "Refresh", "Auto update", "Live", "12:08", REPORT[0], "12:31", REPORT[1], "12:55", REPORT[2]],
    # a timeline's bare dates under a subheading, after paragraphs
    ["Listen", REPORT[0], REPORT[1], "Key dates", "March 4, 2031", "April 2, 2031 – the vote", "May 9, 2031"],
    # a transcript: a speaker's name over each time code
    ["Transcript", "Listen", "Download", "Ann Lee", "00:12:31", REPORT[0], "Tom Reyes", "00:13:05", REPORT[1], "Ann Lee",
     "00:13:40", REPORT[2]],
])
def test_unsigned_dates_after_short_labels_are_no_thread(lines):
    """Only a thread's toolbar and a commenter's name the date repeats are
    passed over, and then the dates must be signed and timed."""
    assert not _stamped(lines)


def test_a_name_right_above_a_signed_date_is_passed_over():
    thread = ["You can follow this conversation by subscribing to the comment feed.", "Hi Ann,",
              "Hope all is well; the report was a good read and the photographs were better still.", "Tom Reyes",
              "@tomreyes", "Posted by: Tom Reyes | April 12, 2031 at 08:11 PM", "Thanks Tom!",
              "Posted by: Ann Lee | April 13, 2031 at 05:44 AM", "Good point about the corners.",
              "Posted by: Jo Park | April 13, 2031 at 07:50 AM"]
    assert _stamped(thread)
    text = "\n".join(["Harriers hold on", *REPORT, "Comments", *thread])
    an = S._analyse(text)
    assert not S._stamped(text.split("\n"), an.cls, 1 + len(REPORT))  # no leeway without toolbar


@pytest.mark.parametrize("lines", [
    # a columnists' roundup: signed dates without a time
    ["Display:", "Expanded", "Collapsed", "Columns", "By Tom Reyes, March 4, 2031", REPORT[0], "By Ann Lee, March 5, 2031",
     REPORT[1], "By Jo Park, March 6, 2031", REPORT[2]],
    # a vox pop: "says" lines with no date at all
    ["Display:", "Expanded", "Collapsed", "Voices", "Tony Lee, 61, baker, says:", REPORT[0], "Ann Lee, 34, nurse, says:",
     REPORT[1], "Jo Park, 19, student, says:", REPORT[2]],
    # a blog's front page: post titles between the link and the signed dates
    ["Festival", "Harbour", "Results", "Season", "by Ann Lee on March 3, 2031 at 10:42", REPORT[0],
     "by Tom Reyes on March 4, 2031 at 11:05", REPORT[1], "by Jo Park on March 5, 2031 at 09:15", REPORT[2]],
    # the first date unsigned, then signed ones
    ["Display:", "Expanded", "Collapsed", "Summary", "March 2, 2031", REPORT[0],
     "by Ann Lee on March 3, 2031 at 10:42", REPORT[1], "by Tom Reyes on March 4, 2031 at 11:05",
     "by Jo Park on March 5, 2031 at 09:15"],
])
def test_article_lines_signed_or_dated_under_a_comment_link_are_no_thread(lines):
    assert not _stamped(lines)
