"""Explain views: terminal markers, ANSI colours, the HTML page, and the page
rendered in a real headless browser (Debian's Chromium).

The browser test skips when no Chromium is installed, unless
CLEANTEXT_REQUIRE_BROWSER is set (CI sets it to 1): then a missing browser fails.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cleantext import Pipeline, clean
from cleantext.cli import main
from cleantext.explain import explain_html, explain_text, filter_order

RULES = Pipeline(["icon_labels", "paywall", "photo_credits", "share", "ads", "navigation"])

DOC = (
    "Skip to main content\n"
    "Facebook Twitter Email Copy link\n"
    "Harbour council approves a new ferry timetable\n"
    "The council approved the timetable on Tuesday after a long consultation; "
    "residents had asked for earlier crossings & later returns in <winter>.\n"
    "Advertisement\n"
    "Photo: Ada Lin/Northwind Agency\n"
    "The engineer said the repairs would take two summers. \"We measured every pile,\" she said.\n"
    "IconIcon FacebookIcon LinkedinIcon Mail\n"
    "You have 2 free articles left this month\n"
    "Subscribe now for unlimited access\n"
)


@pytest.fixture(scope="module")
def result():
    r = RULES.clean(DOC)
    assert len({x.filter for x in r.report.removals}) >= 4, "fixture must exercise several filters"
    return r


def _marker(r) -> str:
    shown = r.text
    if not shown.strip():
        shown = shown.replace(" ", "·").replace("\t", "→")
    return f"[-{r.filter}/{r.reason}: {shown.replace(chr(10), '↵' + chr(10))}-]"


def test_plain_view_marks_every_removal(result):
    view = explain_text(result.report)
    assert "\x1b[" not in view
    for r in result.report.removals:
        assert _marker(r) in view
    # taking the markers out leaves exactly the clean text
    rest = view
    for r in result.report.removals:
        rest = rest.replace(_marker(r), "", 1)
    assert rest == result.text


def test_plain_view_without_removals_is_the_source():
    r = RULES.clean("Nothing to remove in this sentence.")
    assert explain_text(r.report) == r.report.source


def test_colour_view_uses_ansi_and_labels(result):
    view = explain_text(result.report, color=True)
    assert "[-" not in view
    plain = re.sub(r"\x1b\[[0-9;]*m", "", view)
    for r in result.report.removals:
        assert f"[{r.filter}/{r.reason}]" in plain
    # every colour sequence is closed before a line break (pagers reset per line)
    for line in view.split("\n"):
        codes = re.findall(r"\x1b\[[0-9;]*m", line)
        if codes:
            assert codes[-1] == "\x1b[0m"
    assert view.count("\x1b[0m") >= len(result.report.removals)


def test_filter_order_follows_registry():
    assert filter_order(["ads", "layout", "zzz_custom", "share", "ads"]) == [
        "share",
        "ads",
        "zzz_custom",
        "layout",
    ]


class _Page(HTMLParser):
    """Collects <del class=rm> spans (attributes and text), legend items,
    scripts and any reference to an outside resource."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dels: list[dict] = []
        self.legend: list[dict] = []
        self.scripts = 0
        self.external: list[str] = []
        self.html_attrs: dict = {}
        self._del = None
        self._li = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_attrs = a
        for k in ("src", "href"):
            if k in a:
                self.external.append(f"{tag} {k}={a[k]}")
        if tag == "link":
            self.external.append("link")
        if tag == "script":
            self.scripts += 1
        if tag == "del" and "rm" in a.get("class", "").split():
            self._del = {**a, "text": ""}
        if tag == "li" and self._li is None and "data-filter" in a:
            self._li = {**a, "text": ""}

    def handle_endtag(self, tag):
        if tag == "del" and self._del is not None:
            self.dels.append(self._del)
            self._del = None
        if tag == "li" and self._li is not None:
            self.legend.append(self._li)
            self._li = None

    def handle_data(self, data):
        if self._del is not None:
            self._del["text"] += data
        if self._li is not None:
            self._li["text"] += data


def _check_page(page: _Page, reports) -> None:
    removals = [r for rep in reports for r in rep.removals]
    assert len(page.dels) == len(removals) > 0
    for d, r in zip(page.dels, removals):
        assert d["data-filter"] == r.filter
        assert d["data-reason"] == r.reason
        assert (int(d["data-start"]), int(d["data-end"])) == (r.start, r.end)
        assert d["text"] == r.text
    names = filter_order(r.filter for r in removals)
    assert [li["data-filter"] for li in page.legend] == names
    for li in page.legend:
        n = sum(1 for r in removals if r.filter == li["data-filter"])
        chars = sum(r.end - r.start for r in removals if r.filter == li["data-filter"])
        assert f"{n} removal(s), {chars:,} code points" in li["text"]
    assert page.external == []


def test_html_page_structure(result):
    html = explain_html([("harbour.txt", result.report)], title="Audit <one>")
    page = _Page()
    page.feed(html)
    _check_page(page, [result.report])
    assert "<title>Audit &lt;one&gt;</title>" in html
    assert "&lt;winter&gt;" in html and "&amp; later" in html  # text is escaped
    assert page.scripts == 1
    assert "url(" not in html and "@import" not in html


def test_html_escapes_hostile_text_and_names():
    text = 'Advertisement\n<script>alert("x")</script> & "quotes" stay as text here.\n'
    rep = RULES.clean(text).report
    html = explain_html([('<img src=x onerror="y">', rep)])
    page = _Page()
    page.feed(html)
    assert page.scripts == 1  # only the page's own script
    assert page.external == []
    assert "&lt;script&gt;alert(" in html


def test_html_several_documents_and_nothing_removed():
    a = RULES.clean(DOC).report
    b = RULES.clean("A plain sentence with nothing to remove.").report
    html = explain_html([("a", a), ("b", b)])
    page = _Page()
    page.feed(html)
    _check_page(page, [a, b])
    assert html.count('<article class="doc">') == 2
    empty = explain_html([("b", b)])
    assert "nothing removed" in empty


# ------------------------------------------------------------ CLI


def test_cli_explain_plain_and_html(tmp_path, capsys):
    src = tmp_path / "doc.txt"
    src.write_text(DOC, encoding="utf-8")
    out_html = tmp_path / "page.html"
    p = Pipeline.preset("conservative")
    code = main(["--preset", "conservative", "-q", "--explain", "--explain-html", str(out_html), str(src)])
    assert code == 0
    expected = p.clean(DOC.encode("utf-8"))
    assert capsys.readouterr().out == explain_text(expected.report) + "\n"
    page = _Page()
    page.feed(out_html.read_text("utf-8"))
    _check_page(page, [expected.report])


def test_cli_explain_html_alone_keeps_clean_text_on_stdout(tmp_path, capsys):
    src = tmp_path / "doc.txt"
    src.write_text(DOC, encoding="utf-8")
    code = main(["-q", "--explain-html", str(tmp_path / "p.html"), str(src)])
    assert code == 0
    assert capsys.readouterr().out == clean(DOC.encode("utf-8")).text + "\n"
    assert (tmp_path / "p.html").stat().st_size > 0


def test_cli_explain_color_always(tmp_path, capsys):
    src = tmp_path / "doc.txt"
    src.write_text(DOC, encoding="utf-8")
    assert main(["-q", "--explain", "--color", "always", str(src)]) == 0
    assert "\x1b[" in capsys.readouterr().out
    assert main(["-q", "--explain", "--color", "never", str(src)]) == 0
    assert "\x1b[" not in capsys.readouterr().out


def test_cli_explain_html_unwritable_path_stops_before_cleaning(tmp_path, capsys):
    # like --report: a path that cannot be written is a usage error found
    # before any cleaning, not an error after all the work is done
    src = tmp_path / "doc.txt"
    src.write_text(DOC, encoding="utf-8")
    missing = tmp_path / "missing" / "p.html"
    with pytest.raises(SystemExit) as e:
        main(["--explain", "--explain-html", str(missing), str(src)])
    assert e.value.code == 2
    cap = capsys.readouterr()
    assert cap.out == ""  # nothing was cleaned
    assert f"--explain-html {missing}: directory {missing.parent} does not exist; create it" in cap.err
    assert not missing.parent.exists()
    with pytest.raises(SystemExit) as e:
        main(["--explain-html", str(tmp_path), str(src)])
    assert e.value.code == 2
    cap = capsys.readouterr()
    assert cap.out == ""
    assert f"--explain-html {tmp_path}: is a directory; give a file name" in cap.err
    with pytest.raises(SystemExit) as e:
        main(["--explain-html", "", str(src)])
    assert e.value.code == 2
    assert "--explain-html needs a file name" in capsys.readouterr().err


def test_cli_explain_html_in_a_read_only_directory_stops_before_cleaning(tmp_path, capsys):
    src = tmp_path / "doc.txt"
    src.write_text(DOC, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("this user can write into a read-only directory (root)")
        with pytest.raises(SystemExit) as e:
            main(["--explain-html", str(locked / "p.html"), str(src)])
        assert e.value.code == 2
        cap = capsys.readouterr()
        assert cap.out == ""
        assert f"--explain-html {locked / 'p.html'}: directory {locked} is not writable" in cap.err
    finally:
        locked.chmod(0o700)


# ------------------------------------------------------------ real browser


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _require_browser() -> str:
    path = _browser()
    if path is None:
        if os.environ.get("CLEANTEXT_REQUIRE_BROWSER"):
            pytest.fail(
                "Chromium is required (CLEANTEXT_REQUIRE_BROWSER is set) but not installed: "
                "apt-get install -y chromium"
            )
        pytest.skip("no Chromium installed (set CLEANTEXT_REQUIRE_BROWSER=1 to require it)")
    return path


def _chromium(browser: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, timeout=120, stdin=subprocess.DEVNULL)


def test_html_page_renders_in_headless_chromium(tmp_path):
    browser = _require_browser()
    from cleantext.explain import shown_repairs

    src = tmp_path / "harbour.txt"
    src.write_text(DOC, encoding="utf-8")
    src2 = tmp_path / "cafe.txt"
    src2.write_text(REPAIRED, encoding="utf-8")
    page_path = tmp_path / "explain.html"
    proc = subprocess.run(
        [sys.executable, "-m", "cleantext", "-q", "--preset", "conservative",
         "--explain-html", str(page_path), str(src), str(src2)],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    conservative = Pipeline.preset("conservative")
    reports = [conservative.clean(t.encode("utf-8")).report for t in (DOC, REPAIRED)]
    res = _chromium(browser, tmp_path, "--dump-dom", page_path.as_uri())
    assert res.returncode == 0, res.stderr.decode(errors="replace")[-2000:]
    dom = res.stdout.decode("utf-8")
    page = _Page()
    page.feed(dom)
    # the page's script ran in the browser and saw every marked span
    assert page.html_attrs.get("data-ready") == str(sum(len(r.removals) for r in reports))
    _check_page(page, reports)
    # the repairs of the second document are marked, after the browser parsed the page
    fixes = re.findall(r'<ins class="fix" data-step="([^"]+)"', dom)
    assert fixes == [f.step for f in shown_repairs(reports[1])] and "mojibake" in fixes


# ------------------------------------------------------------ repairs

#: Kept prose with a mojibake, an entity and a tag the repair stage undoes, a
#: menu line with an entity of its own (inside a removal), and a no-break
#: space (a whitespace repair).
REPAIRED = (
    "Home | News | Sport &amp; Leisure\n"
    "The caf\u00c3\u00a9 on the quay reopened on Tuesday &ndash; <b>after</b> a\u00a0long refit, "
    "the owners said.\n"
    "Regulars queued from early morning for the first coffee of the season.\n"
)
_FIX = re.compile(r"\[~([a-z_+]+): (.*?)→(.*?)~\]", re.S)


@pytest.fixture(scope="module")
def repaired():
    r = Pipeline.preset("conservative").clean(REPAIRED)
    steps = {f.step for f in r.report.repairs}
    assert {"mojibake", "html_entity", "markup_tag", "whitespace"} <= steps, steps
    return r


def test_plain_view_marks_repairs_in_kept_text(repaired):
    from cleantext.explain import shown_repairs

    rep = repaired.report
    shown = shown_repairs(rep)
    view = explain_text(rep)
    marks = _FIX.findall(view)
    assert [(m[0], m[1], m[2]) for m in marks] == [(f.step, f.before, f.after) for f in shown]
    assert ("mojibake", "\u00c3\u00a9", "é") in marks and ("markup_tag", "<b>", "") in marks
    # whitespace repairs and the entity inside the removed menu line are not marked
    assert all(f.step != "whitespace" for f in shown)
    assert not any(m[1] == "&amp;" for m in marks)
    # put each repaired piece back and take the removals out: the clean text
    rest = _FIX.sub(lambda m: m.group(3), view)
    for r in rep.removals:
        rest = rest.replace(_marker(r), "", 1)
    assert rest == repaired.text


def test_colour_view_labels_repairs(repaired):
    view = explain_text(repaired.report, color=True)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", view)
    assert "[mojibake: \u00c3\u00a9→]é" in plain
    assert "[~" not in view


def test_shown_repairs_keep_out_of_removals():
    from cleantext.core import Removal, Repair, Report

    def fix(s, e):
        return Repair("html_entity", s, e, s, e + 4, "&amp;", "&" if e > s else "")

    rep = Report(
        source="0123456789",
        removals=(Removal(2, 5, "ads", "ad_label", "234"),),
        repairs=(fix(0, 1), fix(2, 2), fix(3, 3), fix(4, 5), fix(5, 5), fix(5, 6), fix(1, 3)),
    )
    from cleantext.explain import shown_repairs

    got = [(f.source_start, f.source_end) for f in shown_repairs(rep)]
    # at a removal's edges a deletion stays outside it; inside or across, not shown
    assert got == [(0, 1), (2, 2), (5, 5), (5, 6)]


def test_html_page_marks_repairs(repaired):
    from cleantext.explain import shown_repairs

    html = explain_html([("cafe.txt", repaired.report)])
    shown = shown_repairs(repaired.report)
    got = re.findall(r'<ins class="fix" data-step="([^"]+)" data-start="(\d+)" data-end="(\d+)"', html)
    assert got == [(f.step, str(f.source_start), str(f.source_end)) for f in shown]
    assert f'data-repairs="{len(shown)}"' in html
    quiet = len(repaired.report.repairs) - len(shown)
    assert f"{len(shown)} marked" in html and f"{quiet} in whitespace or inside removed text not marked" in html
    page = _Page()
    page.feed(html)
    _check_page(page, [repaired.report])  # the removals and their legend are unchanged


def test_repair_marks_name_characters_that_show_nothing():
    rep = Pipeline.preset("conservative").clean("\ufeffThe quay reopened <b>today</b>.\r\n").report
    view = explain_text(rep)
    assert view.startswith("[~invisible: U+FEFF→~]The quay reopened [~markup_tag: <b>→~]today"), view
    assert "\r" not in view
