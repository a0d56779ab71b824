"""Structural classifier: main content versus page chrome, from plain text.

``structure(text) -> list[Span]`` decides line by line which parts of a scraped
page are the article and which are page chrome (menus, teaser lists, footers,
comment sections), from evidence in the text alone. The algorithm, with every
threshold, is described in ``docs/structure.md``; in short:

1. Each line gets a class from shallow text features (Kohlschütter et al.,
   "Boilerplate detection using shallow text features", WSDM 2010; jusText's
   paragraph classes): its weighted length (a CJK character counts as three),
   the density of the document language's stopwords (function characters for
   Chinese and Japanese), sentence punctuation, case pattern and separators.
2. Each class scores the line (prose gains its length, labels cost more the
   longer they run) and the maximum-sum run of lines is the main region (the
   body-text extraction of Finn, Kushmerick and Smyth, 2001).
3. The region is cut at a comment-section head, grown over adjacent sentence
   lines, and given back its headline; inside it, runs of labels are menus.

Offsets are code points into ``text``, half-open; reason codes are documented
in ``docs/filters.md``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from importlib import resources
from itertools import accumulate, chain, combinations, compress, count, groupby, repeat
from operator import add, and_, itemgetter, sub
from typing import Callable, Iterable, NamedTuple

import regex

from . import chrome as _chrome
from . import filters as _filters
from .core import Span

__all__ = ["structure", "language"]

# ------------------------------------------------------------------ thresholds
# Lengths are weighted: code points, plus CJK_WEIGHT more per CJK character.

#: A line this long (weighted) with prose evidence is GOOD (body text).
LONG = 120
#: A line this long with sentence evidence is NEAR (a short paragraph).
MEDIUM = 50
#: A shorter line without sentence evidence is an ITEM if at least this long,
#: else a LABEL (menu entry, button, tag).
ITEM_LEN = 25
#: Extra weight of a CJK character: one carries about as much text as three
#: Latin letters, so unspaced scripts are not judged as short.
CJK_WEIGHT = 2
#: Stopword density (stopwords per word) of prose, and the lower density that
#: counts when the line also ends a sentence (jusText uses 0.30/0.32 for its
#: longer stoplists).
SD_GOOD = 0.22
SD_NEAR = 0.15
#: Function characters per CJK character in Chinese or Japanese prose.
SD_CJK = 0.05
#: Share of capitalised content words from which a line is a title or a label.
TITLE_CASE = 0.75
#: Region scores: GOOD gains its weighted length, NEAR this share of it;
#: sentence fragments (SOFT) and ITEMs cost a little; LABEL and BAD lines cost
#: k times their cost when they are the k-th in a row (menus are long runs).
NEAR_GAIN = 0.5
#: A prose line right after a GOOD line (body paragraphs in a row) gains this
#: many times as much: article text is dense, while teasers and comments
#: alternate short prose with titles, names and dates (text density, as in
#: Sun et al.'s CETD).
PARA_BONUS = 8.0
SOFT_COST = 8
ITEM_COST = 12
LABEL_COST = 20
BAD_COST = 40
#: Texts with fewer non-blank lines are not pages: nothing is outside the body.
PAGE_MIN_LINES = 8
#: A line of at least this many CJK characters can be a heading.
HEAD_CJK_MIN = 4
#: At most this many label lines (captions, credits) may separate the last
#: sentences of a text from its body.
BRIDGE_MAX = 2
#: Up to this many lines between the headline and the body (byline, date,
#: standfirst) stay; more are a menu, of which only sentences stay.
HEAD_META_MAX = 1
#: The line right under the headline stays as its standfirst when it has at
#: least this many words (and is no date, byline, credit, field or code line),
#: however many lines stand between it and the body.
STANDFIRST_WORDS = 10
#: Title-like lines right above the body kept as headline and standfirst.
HEAD_LINES = 2
#: Byline and date lines ("By Ann Lee", "14 November 2024") that may stand
#: between the body and the headline found above it.
HEAD_META_SKIP = 2
#: ... or up to this many when the lines past the first HEAD_META_SKIP are
#: ones the bylines filter removes ("By Ann Lee", "Wed 11 Nov 2026 07.00
#: GMT", "Last modified on ...", "4 min read").
HEAD_META_STACK = 4
#: How far above the body the headline is looked for (lines).
HEAD_LOOKBACK = 15
#: How far above the body a line repeating the page title is still taken for
#: its headline (lines; ``_headline_far``).
HEAD_LOOKBACK_FAR = 30
#: ... and up to this many lines when it is the title's longest part word for
#: word and no paragraph stands between it and the body (only boxes of
#: links, topics and comment counts: a tabloid's layout).
HEAD_LOOKBACK_BOX = 60
#: A headline found that far up has ``FAR_WORDS`` words or more, or a
#: byline or a date line within ``FAR_HEADER`` lines under it (its
#: subheadline may come first).
FAR_WORDS = 4
FAR_HEADER = 3
#: A headline-shaped first line of the body with fewer words than this is its
#: headline, and no headline is looked for far above it (``_headline_far``).
OPEN_HEAD_WORDS = 10
#: Lines above the title-like lines right above the body, and lines of the
#: body, that the rule filters read with them, to tell whether they remove
#: them (``_ruled``).
RULED_CONTEXT = 8
RULED_AFTER = 3
#: Words and spaces only: what may stand before the title in a headline
#: longer than the title ("Ann " in "Ann Lee wins ..."); a link's label has a
#: mark ("Video - ", "▶ ").
_PLAIN_WORDS = regex.compile(r"[\p{L}'’ ]+")
#: News agencies and networks named in brackets after a dateline's place.
_AGENCIES = (
    "AP", "Reuters", "AFP", "dpa", "CNN", "EFE", "ANP", "ANSA", "Bloomberg", "PA", "UPI", "Xinhua", "Kyodo", "KNA",
    "APA", "SDA", "Keystone-SDA", "Belga", "Lusa", "Europa Press", "TASS", "NTB", "TT", "Ritzau", "PAP", "MTI", "BTA",
    "HINA", "PTI", "IANS", "ANI", "Yonhap", "AAP", "CP", "epd", "SID", "Anadolu", "BBC", "NPR", "CBS News",
    "ABC News", "NBC News", "Agencia EFE", "Agência Brasil", "Notimex", "Agence France-Presse",
)
#: A dateline on a line of its own: a place in capitals ("NEW ORLEANS -",
#: "ST. PAUL, MINN. —"), maybe with what is in brackets after it
#: ("WASHINGTON (AP) —"), or a capitalised place with an agency in brackets
#: ("Boston (CNN) --", "Kellbach (dpa) -"), and a dash. A title-case label
#: with a dash ("Top Stories —", "A-", "Photo (Partner) —") is none, and so
#: is a byline in capitals ("BY ANN LEE -").
_DATELINE = regex.compile(
    r"[ \t]*(?!(?:BY|VON|PAR|POR)[ \t])(?:"
    r"\p{Lu}[\p{Lu}.'’]+(?:,?[ \t]+\p{Lu}[\p{Lu}.'’]*){0,4}(?:[ \t]*\([\p{L}. ]{1,20}\))?"
    r"|\p{Lu}[\p{L}.'’]+(?:,?[ \t]+\p{Lu}[\p{L}.'’]*){0,4}[ \t]*\((?:"
    + "|".join(regex.escape(a) for a in _AGENCIES)
    + r")\)"
    r")[ \t]*(?:--|[-–—])[ \t]*"
)
#: Title lines: a later line repeating at least TITLE_MIN characters of the
#: first line (the page title) is a headline; the body starts within HEAD_GAP
#: lines under it, and is preferred to the best run elsewhere when it gains at
#: least ANCHOR_SHARE of that run's sum.
TITLE_MIN = 15
#: ... or TITLE_MIN_CJK code points when the title holds Chinese or Japanese
#: (in its first part, ``_title_lines``); such a short line, when it is the
#: only one (``_headline_above``), has at most CJK_HEAD_GAP lines between it
#: and the body.
TITLE_MIN_CJK = 6
CJK_HEAD_GAP = 3
TITLE_PROBE = 4
HEAD_GAP = 12
ANCHOR_SHARE = 0.2
#: A title line inside the best run with at least this many story titles in a
#: row around it (itself included, one at least on each side) is the page's
#: own entry in a box of links ("More in Politics"), not its headline: the
#: body is not anchored under it (``_listed``).
TEASER_LIST_MIN = 4
#: At least this many story titles in a row at the top of the body, under a
#: list head and over the article's paragraphs, are a box of links above the
#: article ("Recent stories", a video playlist), not its lede
#: (``_title_stack``) ...
TEASER_STACK_MIN = 3
#: ... whose head may stand over one label of at most this many words ("More
#: on:" over a topic tag) ...
STACK_LABEL_WORDS = 3
#: ... and which may stand over the article's headline and at most this many
#: label, byline or date lines.
STACK_META = 3
#: A comment head needs this much body gain above it when no dated comment
#: header follows it.
MIN_MASS = 300
#: A best run lighter than this is weak evidence of where the article is:
#: paragraph lines outside it are not removed.
LOW_MASS = MIN_MASS
#: Comment evidence: at least STAMP_MIN non-adjacent short dated lines (or
#: reply labels) among the next STAMP_WINDOW lines, the first within STAMP_FIRST.
STAMP_WINDOW = 20
STAMP_FIRST = 4
#: A commenter's name or handle over the first comment, of at most this many
#: words, does not count towards STAMP_FIRST when the date line under it
#: repeats it (``_stamped``).
TOOLBAR_WORDS = 2
STAMP_MIN = 2
STAMP_MAX_LEN = 120
#: Reply labels or author headers that make a region a comment thread (``_thread``).
THREAD_MIN = 3
#: Author headers alone that make a region a comment thread (``_thread``).
THREAD_HEADS = 4
#: Most words of a reply label (``_thread_mark``).
REPLY_WORDS = 5
#: A tail head ends the body unless CONT_RUN prose lines in a row follow it;
#: END_HEAD_MAX is the longest line considered.
CONT_RUN = 3
#: Cue lines longer than END_QUICK characters are only tag lines (with a colon)
#: and legal lines; longer lines without those marks are not matched.
END_QUICK = 80
#: ... or two paragraphs of at least CONT_LONG characters follow it within
#: CONT_WINDOW lines (an article whose paragraphs are separated by captions or
#: subheadings).
CONT_LONG = 240
CONT_WINDOW = 10
#: ... or this many answers (GOOD lines ending a sentence) each right under
#: a question put to someone (a NEAR line, ``_question``): an interview's
#: paragraphs alternate with its questions and are never two in a row.
QA_PAIRS = 2
END_HEAD_MAX = 300
#: Longest line considered as a comment head.
COMMENT_HEAD_MAX = 160
#: Longest list kept after a body line that ends with a colon (lines).
LIST_MAX = 200
#: A run of at least this many removed lines is reported as one span (blank
#: lines and line breaks included); shorter runs get one span per line, so that
#: rule filters claiming single lines keep their whole lines.
RUN_SPAN = 8
#: Characters of a long line read for its stopword density.
SAMPLE = 160
#: Language guess: characters read from the middle of the text, and the share
#: of their words the best stoplist must cover.
LANG_SAMPLE = 1200
LANG_MIN_SHARE = 0.1

# Line classes, ordered: content-like classes compare >= SOFT.
BAD, LABEL, ITEM, SOFT, NEAR, GOOD = range(6)
RUN_MAX_CLASS = LABEL
CLASS_NAMES = ("bad", "label", "item", "soft", "near", "good")
_HEADABLE = frozenset((BAD, LABEL, ITEM, SOFT, NEAR))

_TERM = frozenset(".!?。！？…")
#: Closing quotes and brackets after a sentence end: English ” ’, German
#: “ ‘ (after „ ‚) and « (after »), French and Swiss » (after «).
_CLOSE = frozenset("\"'”’“‘»«)]」』")
_QUOTES = frozenset("\"'“”‘’«»„‚「『—–-")
_CODE_END = frozenset(";{}")
_CODE_START = (
    "}", "]", ")", "$ ", ">>>", "#include", "import ", "from ", "def ", "class ",
    "return ", "function ", "var ", "let ", "const ", "<?", "//", "/*",
)
_MARKS = "©|»›•·"
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile("[\u3040-\u30ff]")
_CJK_PUNCT = re.compile("[。，、！？；：]")
_BULLET = regex.compile(r"(?:[-–—•·▪●◦*+]|\d{1,3}[.)]|[a-z][.)])\s+\S")
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Dates and times, checked only on lines that hold a digit.
_STAMP_NUM = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d\b"
    r"|\b" + _MON + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+" + _MON + r",?\s+(?:19|20)?\d\d\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# ``_STAMP_NUM`` above is the definition; the code uses ``_stamp_num``, the
# same test arranged so that the regex engine skips to candidate positions in
# C: ``re`` scans quickly for a leading digit class or literal, but tries a
# pattern that starts with a word boundary at every position. The alternatives
# that start with a digit go first (the boundary before that digit becomes a
# look-behind); the month-first one runs only on lines with a year, which it
# needs.
_STAMP_AT_DIGIT = re.compile(
    r"\d(?<!\w\d)(?:\d?:\d{2}\b|(?:(?<=1)9|(?<=2)0)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b"
    r"|\d?[-/.]\d{1,2}[-/.](?:19|20)?\d\d\b"
    r"|\d?(?:st|nd|rd|th)?\.?\s+" + _MON + r",?\s+(?:19|20)?\d\d\b)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_STAMP_MONTH = re.compile(r"\b" + _MON + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b", re.IGNORECASE)


_ASCII_DIGITS = b"0123456789"


def _has_digit(t: str) -> bool:
    """``_DIGIT.search(t) is not None``. On ASCII text (where a decimal digit
    is one of 0-9) its bytes lose their digits in a table look-up a byte in C, a few
    times faster than the regex engine's scan of a Unicode category."""
    if t.isascii():
        b = t.encode()
        return len(b.translate(None, _ASCII_DIGITS)) != len(b)
    return _DIGIT.search(t) is not None


def _stamp_num(t: str) -> bool:
    """``_STAMP_NUM.search(t)``, faster: a date or a time of day in ``t``."""
    return bool(_has_digit(t) and (_STAMP_AT_DIGIT.search(t) or (_YEAR.search(t) and _STAMP_MONTH.search(t))))


# A newsroom's credit line for the reporters and editors of a wire story, in
# parentheses at the end of the line: "(Reporting by Ann Lee in Oslo; Editing
# by Bo Sun)", "(Additional reporting by Cy Park)", "(Writing by Di Fox)".
_DESK = re.compile(
    r"\((?:additional |further )?(?:reporting|writing|editing)(?: and (?:writing|editing))? by [^()]{2,240}\)\s*$",
    re.IGNORECASE,
)
#: Most such credit lines taken after the body, and the longest one.
DESK_LINES = 2
DESK_MAX_LEN = 320

# A byline: "By Ann Lee", "Von Max Brenner", "Por María Lozano", "Par Luc Roy".
_BYLINE = regex.compile(r"(?i:by|von|por|par|di|door|av|af|przez)[ \t]+\p{Lu}(?![\p{L}.'’-]*:)")
# An author's name in a byline ("By Ann Lee", "Von Max Brenner", "by Ann Lee,
# Bo Sun"), a header line that is a name alone ("Ann Lee") or a name and a
# date ("Ann Lee 27/09/2018 ..."): two to four capitalised words.
_NAME = r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}"
_BYLINE_NAMES = regex.compile(
    r"^[ \t]*(?i:by|von|por|par|di|door|av|af|przez)[ \t]+(" + _NAME + r"(?:(?:,[ \t]*|[ \t]+(?i:and|und|y|et|e)[ \t]+)"
    + _NAME + r")*)", regex.MULTILINE,
)
_NAME_SPLIT = regex.compile(r",[ \t]*|[ \t]+(?i:and|und|y|et|e)[ \t]+")
_NAME_LINE = regex.compile(r"(" + _NAME + r")(?:[ \t]+\d.*)?")
#: An author box after the body ends at the region's end and holds at most
#: this many non-blank lines; after its first line, at most AUTHOR_BOX_GOOD
#: paragraphs (a second paragraph of biography).
AUTHOR_BOX_LINES = 8
AUTHOR_BOX_GOOD = 1
#: Header lines under which a name alone is looked for, from the body's start.
AUTHOR_HEAD_AFTER = 5
# A table or chart cell that is only a number: "63", "85%", "$900", "-2.5".
_NUMBER = re.compile(r"[-+−–]?[$€£¥]?\d[\d.,]*%?")
_NUMBER_FIRST = frozenset("-+−–$€£¥0123456789")
_SAYS = ("says", "said", "wrote", "schreibt", "a écrit", "escribió", "dice")
#: An author header's verb inside a line that starts with "by": "by ann
#: (1234) writes: on May 2" (a sentence that quotes a writer, "In her diary
#: she writes:", is no header).
_WRITES = (" writes:", " wrote:")
#: First words of a line ending with "says:" that make it a lead-in to a
#: quote, not a comment's author header ("The mayor said:", "In her diary she wrote:").
_NOT_AUTHOR = frozenset("the a an he she they it we i you in on at what this that his her their our its one".split())
_REPLY = ("reply", "antworten", "responder", "répondre", "rispondi", "responda", "reageer", "reageren", "antwoord", "svara",
          "vastaa", "odpowiedz", "odpowiedź", "odpověď", "yanıtla", "ответить", "відповісти", "回复", "返信", "답글")


def _stamp_line(t: str) -> bool:
    """A dated line (a date or a time of day) or a comment header's "X says:"
    or a reply label."""
    if _stamp_num(t):
        return True
    low = t.lower()
    return low.rstrip(" :").endswith(_SAYS) or low.lstrip(" [(#-•").startswith(_REPLY)

# ------------------------------------------------------------------ data files


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    """``{language code: stopwords}`` from ``patterns/stopwords/<code>.txt``."""
    base = resources.files(__package__).joinpath("patterns", "stopwords")
    out: dict[str, frozenset[str]] = {}
    if not base.is_dir():  # an installation without the data files: no stopword evidence
        return out
    for f in base.iterdir():
        if f.name.endswith(".txt"):
            words = _filters.sections(f.read_text("utf-8"))[""]
            out[f.name[:-4]] = frozenset(w.lower() for w in words)
    return out


@functools.cache
def _word_langs() -> dict[str, tuple[str, ...]]:
    idx: dict[str, list[str]] = {}
    for lang, ws in sorted(_stopwords().items()):
        if lang not in ("zh", "ja"):
            for w in ws:
                idx.setdefault(w, []).append(lang)
    return {w: tuple(v) for w, v in idx.items()}


@functools.cache
def _cjk_function_chars(lang: str) -> re.Pattern:
    return re.compile("[" + re.escape("".join(sorted(_stopwords()[lang]))) + "]")


def _section_pattern(name: str) -> functools.cached_property:
    """A ``_Cues`` attribute: the alternation of section ``name`` of
    ``patterns/structure.re``, compiled when first asked for."""
    return functools.cached_property(lambda self: self._alt(name))


class _Cues:
    """The cue patterns of ``patterns/structure.re`` (``regex``,
    case-insensitive), each compiled when first asked for: a text needs only
    some of them, and each alternation costs milliseconds to compile on the
    first text of a process."""

    def __init__(self, sec: dict[str, list[str]]) -> None:
        self._sec = sec
        self.stems: tuple[str, ...] = tuple(s.lower() for s in sec["comment_stem"])
        self.ascii_stems: tuple[str, ...] = tuple(s for s in self.stems if s.isascii())

    def _src(self, name: str) -> str:
        return "|".join(f"(?:{p})" for p in self._sec[name])

    def _alt(self, name: str) -> regex.Pattern:
        return regex.compile(self._src(name), regex.IGNORECASE)

    head = _section_pattern("comment_head")
    label = _section_pattern("comment_label")
    end = _section_pattern("tail_head")
    recipe_head = _section_pattern("recipe_head")
    closing_head = _section_pattern("closing_head")
    review_list_head = _section_pattern("review_list_head")
    site_head = _section_pattern("site_head")
    salutation = _section_pattern("salutation")
    rubric = _section_pattern("rubric")
    valediction = _section_pattern("valediction")
    list_head = _section_pattern("list_head")
    box_head = _section_pattern("box_head")
    title_box_head = _section_pattern("title_box_head")
    excerpt_link = _section_pattern("excerpt_link")
    list_lead_off = _section_pattern("list_lead_off")

    @functools.cached_property
    def field_names(self) -> frozenset[str]:
        return frozenset(self._sec["field_name"])

    @functools.cached_property
    def info_fields(self) -> frozenset[str]:
        return frozenset(self._sec["info_field"])

    @functools.cached_property
    def list_below(self) -> tuple[str, ...]:
        return tuple(self._sec["list_below"])

    @functools.cached_property
    def list_lead(self) -> regex.Pattern:
        below = "|".join(regex.escape(w) for w in self._sec["list_below"])
        return regex.compile(
            rf"\b(?:{self._src('list_pick')})\b.{{0,{LEAD_GAP}}}\b(?:{below})[\s.:!)]*$", regex.IGNORECASE
        )

    interview_question = _section_pattern("interview_question")
    continued_head = _section_pattern("continued_head")

    @functools.cached_property
    def quantity(self) -> regex.Pattern:
        return regex.compile(
            rf"(?:{_ABOUT})?{_AMOUNT}(?:\s*(?:-|–|to|or|bis|à|a)\s*{_AMOUNT})?\s*(?:\([^()]{{1,20}}\)\s*)?"
            rf"(?:{self._src('quantity_unit')})(?=[\s,.)]|$).{{0,{QUANTITY_MAX_LEN}}}",
            regex.IGNORECASE,
        )


@functools.cache
def _cue_sections() -> dict[str, list[str]]:
    """The sections of ``patterns/structure.re``, plus ``"tail_head"``: the
    ``[end_head]`` and ``[list_head]`` cues."""
    raw = resources.files(__package__).joinpath("patterns", "structure.re").read_text("utf-8")
    sec = _filters.sections(raw)
    sec["tail_head"] = sec["end_head"] + sec["list_head"]
    return sec


@functools.cache
def _cues() -> _Cues:
    return _Cues(_cue_sections())


#: Most entries a cue memo holds. Line texts recur within a page (one line is
#: tested by several steps) and across the pages of a site (menus, share bars,
#: tail heads); past the bound, new lines are matched afresh.
_MEMO_MAX = 50_000
#: Longest line a memo keeps: short lines (labels, dates, heads) are the ones
#: that recur; paragraphs do not, and would only take memory.
_MEMO_KEY_MAX = 100


class _Memo(dict):
    """``line -> test(line)``, filled on first sight, at most ``_MEMO_MAX``
    entries of lines up to ``_MEMO_KEY_MAX`` code points: a dict probe instead
    of a regex match (against a large alternation, for the cues)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, line: str) -> bool:
        got = self.test(line)
        if len(line) <= _MEMO_KEY_MAX and len(self) < _MEMO_MAX:
            self[line] = got
        return got


def _matches(field: str) -> _Memo:
    """A memo of ``<the cue pattern field of _cues()>.fullmatch(line) is not None``."""
    return _Memo(lambda line: getattr(_cues(), field).fullmatch(line) is not None)


def _comment_cue(field: str) -> _Memo:
    """A memo of whether a line is a whole comment cue (``field`` is "head" or
    "label" of ``_cues()``). An ASCII line whose lower case holds no
    ``[comment_stem]`` is no cue (every cue holds a stem, ``patterns/structure.re``
    says, and on ASCII text a case-insensitive match of it is the stem in
    some case): a few substring tests in C turn most lines away, where the
    fullmatch of the cue alternation costs microseconds on any line (its
    Chinese heads may start anywhere)."""

    def test(line: str) -> bool:
        cues = _cues()
        if line.isascii() and not any(map(line.lower().__contains__, cues.ascii_stems)):
            return False
        return getattr(cues, field).fullmatch(line) is not None

    return _Memo(test)


#: Code points at the start of a line by which ``_Gated`` sorts out the lines
#: no cue can start.
CUE_PROBE = 3


class _Gated:
    """``test(line)`` is ``<alternation of alts>.fullmatch(line) is not None``
    (case-insensitive), faster on the many lines that match none: most cues
    open with one of a few words ("Tags:", "Related stories"), so those
    alternatives are tried only when the line's first ``CUE_PROBE`` code points
    can start a match of one of them, remembered for each start (at most
    ``_MEMO_MAX`` of them). Whether they can is asked by ``regex`` partial
    matching, of the alternatives without their word boundaries
    (``_relaxed``): partial matching takes a boundary at the end of the probe
    for the end of the text, which would turn away "(C)2005 ..." by its
    start "(C)". The alternatives that a line of any start may match
    (``.{0,200}\\ball rights reserved\\b...``: those that can start with a
    control character) or that hold other assertions are tried on every
    line."""

    def __init__(self, alts: list[str]) -> None:
        gated = []
        free = []
        for p in alts:
            r = _relaxed(p)
            if r is None or regex.compile(r, regex.IGNORECASE).fullmatch("\x00", partial=True) is not None:
                free.append(p)
            else:
                gated.append((p, r))
        self.free = _alternation(free)
        self._rest = [p for p, _ in gated]
        self.gate = _alternation([r for _, r in gated])
        self.starts: dict[str, bool] = {}

    @functools.cached_property
    def rest(self) -> regex.Pattern | None:
        """The gated alternatives, compiled when a line start first passes the gate."""
        return _alternation(self._rest)

    def test(self, line: str) -> bool:
        start = line[:CUE_PROBE]
        may = self.starts.get(start)
        if may is None:
            if len(self.starts) >= _MEMO_MAX:
                self.starts.clear()
            may = self.starts[start] = self.gate is not None and self.gate.fullmatch(start, partial=True) is not None
        return (may and self.rest.fullmatch(line) is not None) or (self.free is not None and self.free.fullmatch(line) is not None)


#: Escapes that assert rather than match (``_relaxed``).
_ASSERTIONS = frozenset("AZzGKmMbB")


def _relaxed(pattern: str) -> str | None:
    """``pattern`` without its word boundaries (``\\b``, ``\\B`` outside
    character classes): a pattern that matches whatever ``pattern`` matches,
    and more. ``None`` when it holds another assertion (a lookaround, an
    anchor, a conditional), for which partial matching may turn away the start
    of a match."""
    out = []
    i = 0
    n = len(pattern)
    cls = False  # inside a character class
    while i < n:
        c = pattern[i]
        if c == "\\":
            esc = pattern[i : i + 2]
            if not cls and esc[1:] in ("b", "B"):
                i += 2
                continue
            if not cls and esc[1:] in _ASSERTIONS:
                return None
            out.append(esc)
            i += 2
            continue
        if cls:
            if c == "]":
                cls = False
        elif c == "[":
            cls = True
            # a "]" right after "[" or "[^" is a member, not the end
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[j : j + 1] == "]":
                out.append(pattern[i : j + 1])
                i = j + 1
                continue
        elif c in "^$" or pattern.startswith(("(?=", "(?!", "(?<=", "(?<!", "(?(", "(?>"), i):
            return None
        out.append(c)
        i += 1
    return "".join(out)


def _alternation(alts: list[str]) -> regex.Pattern | None:
    """The cue lines ``alts`` as one case-insensitive pattern (``None`` if none)."""
    return regex.compile("|".join(f"(?:{p})" for p in alts), regex.IGNORECASE) if alts else None


def _gated(section: str) -> _Memo:
    """A memo of whether a line is a whole cue line of ``section`` of
    ``_cue_sections()``: ``_cues()``'s pattern for it, fullmatched through
    ``_Gated``, built on first use."""

    def first(line: str) -> bool:
        memo.test = _Gated(_cue_sections()[section]).test
        return memo.test(line)

    memo = _Memo(first)
    return memo


_END = _gated("tail_head")
# the comment cues are not gated: their alternatives that any start may begin
# (Chinese heads, ".{0,40}(?:已有|共)...") take most of the time of a line that
# matches none, so a gate saves nothing on them
_HEAD = _comment_cue("head")
_LABEL = _comment_cue("label")
_QUANTITY = _matches("quantity")
_BOX = _matches("box_head")
_TITLE_BOX = _matches("title_box_head")
#: ``_stamp(t)`` is ``_stamp_line(t)``, memoised: a line is tested by several steps.
_STAMP = _Memo(_stamp_line)
_stamp = _STAMP.__getitem__

#: An amount: "2", "1.5", "1/2", "1 ½", "1 1/2", "½".
_AMOUNT = r"(?:\d+(?:[.,/]\d+)?(?:\s*[½⅓⅔¼¾⅛⅜⅝⅞]|\s+\d/\d{1,2})?|[½⅓⅔¼¾⅛⅜⅝⅞])"
#: Words that may come before an amount: "about 1 kg", "ca. 200 g".
_ABOUT = r"(?:about|approx\.?|approximately|around|ca\.?|circa|etwa|environ|unos|unas)\s+"
_QUANTITY_FIRST = frozenset("0123456789½⅓⅔¼¾⅛⅜⅝⅞")
#: How a quantity line that starts with a word of ``_ABOUT`` starts.
_ABOUT_WORDS = ("about", "approx", "approx.", "approximately", "around", "ca", "ca.", "circa", "etwa", "environ", "unos", "unas")
_ABOUT_STARTS = tuple(f"{w} " for w in _ABOUT_WORDS) + tuple(f"{w.capitalize()} " for w in _ABOUT_WORDS)


#: The first characters of the words of ``_ABOUT_STARTS``: with
#: ``_QUANTITY_FIRST``, a one-probe gate before ``_quantity_start`` on the hot
#: path (most lines fail it).
_ABOUT_FIRST = frozenset(w[0] for w in _ABOUT_STARTS)


#: The first characters of a quantity line.
_QUANTITY_GATE = _QUANTITY_FIRST | _ABOUT_FIRST
#: ``_ABOUT_STARTS`` by their first character: a line is compared with the
#: few that start like it, not with all of them.
_ABOUT_BY_FIRST = {c: tuple(w for w in _ABOUT_STARTS if w[0] == c) for c in _ABOUT_FIRST}


def _quantity_start(s: str) -> bool:
    """``s`` (stripped, not empty) can start a quantity line: a cheap test
    before ``_quantity``."""
    f = s[:1]
    return f in _QUANTITY_FIRST or s.startswith(_ABOUT_BY_FIRST.get(f, ()))
#: A quantity line ("2 cups flour, sifted") is at most this long.
QUANTITY_MAX_LEN = 80


def _list_run(raw: list[str], cls: list[int | None], members: list[int]) -> bool:
    """The lines ``members`` are a list of the article, not a menu: at least
    two and a third of them are quantity lines (``_quantity``: an ingredient list
    with its subheadings, "For the glaze", "Directions:"), or at least
    ``RECORD_MIN`` and half of them are records of one shape (``_shape``) and
    none is a tail head."""
    k = sum(1 for m in members if cls[m] == ITEM and _quantity(raw[m].strip()))
    if k >= 2 and 3 * k >= len(members):  # a third: amounts and names may be one cell a line
        return True
    if len(members) < RECORD_MIN:
        return False
    if any(len(raw[m]) <= END_HEAD_MAX and _END[raw[m].strip()] for m in members):
        return False  # links under a tail head ("Related posts") have a shape too
    shapes = Counter(filter(None, (_shape(raw[m]) for m in members)))
    if not shapes:
        return False
    top = max(shapes.values())
    return top >= RECORD_MIN and 2 * top >= len(members)


#: A run of at least this many lines of one shape (``_shape``) is a list of
#: records: tour dates, a race calendar, a results table one row a line.
RECORD_MIN = 4
#: Marks that give a record its shape: a dash or "@" between spaces, a colon
#: after a field, a number that opens a numbered entry, a tab. Not "|", "/",
#: "·" or "•", which separate menu entries more often than fields.
_SHAPE_MARK = regex.compile(r"\s[-–—@]\s|:\s|^\d+[).:]\s|\t")
_DIGITS = regex.compile(r"\d+")
#: A line that ends with a year, a date, a time, "ago" or a count of comments
#: or views is a link (an archive entry, a teaser: "Harbour plan approved -
#: March 3, 2024", "Mill to close – 10 March", "Ferry delayed – 14 comments"),
#: not a record.
_MONTH = (
    r"(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch)?|märz|mars|apr(?:il)?|avril|may|mai|"
    r"june?|juni|juin|july?|juli|juillet|aug(?:ust)?|août|sep(?:t(?:ember)?)?|septembre|oct(?:ober)?|okt(?:ober)?|"
    r"octobre|nov(?:ember)?|novembre|dec(?:ember)?|dez(?:ember)?|décembre|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre)\.?"
)
_LINK_END = regex.compile(
    r"(?:\b(?:19|20)\d\d|\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?|\bago|\d[\d,.]*\s*(?:comments?|views?|replies|shares?|likes?|reads?"
    r"|kommentare|comentarios|commentaires|commenti|aufrufe|vues)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTH}|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\W{{0,3}}$",
    regex.IGNORECASE,
)


#: A dated entry of a timeline or a programme: a date at the start of the
#: line (day, month name and year in the languages of ``_MONTH``, a month
#: name, day and year, a year, or a numeric date; after a weekday, for a
#: programme's days), then a colon or a dash and the event ("14 April 2014:
#: first call for tenders", "2016 – the appeal"); after a full date, a space
#: will do ("Fri 17 May 2024 Opening").
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|gio|sab|dom)[a-zé]*\.?,?\s+"
_DATE_ENTRY = regex.compile(
    rf"(?:{_WEEKDAY})?(?:(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{_MONTH}\s*,?\s+(?:de\s+)?(?:19|20)\d\d"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d)(?:\s*(?::|\s[-–—])\s*|\s+)\w"
    r"|(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2})?\s*(?::|\s[-–—])\s*\S)",
    regex.IGNORECASE,
)


#: A measurement in a line: a percentage ("up 0.4% to 357.57", "77 per
#: cent"). Prices, exchange rates, odds and fuel prices, which widgets list
#: with decimals, are none.
_MEASURE = regex.compile(r"\d\s?%|\d\s(?:per ?cent|percent|Prozent|pour ?cent|por ?ciento)\b")
#: A widget's button: a line of at most CTA_WORDS words that starts with one
#: of these verbs ("Vote now", "Compare rates", "See all deals").
_CTA_VERBS = frozenset({
    "vote", "compare", "see", "shop", "view", "buy", "get", "find", "book", "apply", "subscribe", "sign", "join",
    "order", "try", "start", "download", "show", "more", "abstimmen", "vergleichen", "jetzt", "voter", "comparer",
    "votar", "comparar", "ver",
})
CTA_WORDS = 3
#: Share of a run's lines that hold a measurement for it to be data.
DATA_RUN_SHARE = 2 / 3


def _data_run(raw: list[str], members: list[int]) -> bool:
    """The run of short lines ``members`` is data, not a menu: at least
    ``DATA_RUN_SHARE`` of them hold a percentage (``_MEASURE``): a market
    snapshot ("Nikkei up 2.2% to 22,195.38"), a census's shares. A menu's
    labels are words; and none of the lines may be a widget's button
    (``_CTA_VERBS``: "Vote now", "Compare rates") or one a rule filter
    removes ("Sponsored")."""
    if sum(_MEASURE.search(raw[m]) is not None for m in members) < DATA_RUN_SHARE * len(members):
        return False
    if any(len(ws := raw[m].split()) <= CTA_WORDS and ws[0].lower() in _CTA_VERBS for m in members):
        return False  # a widget's button: "Vote now", "Compare rates"
    block = "\n".join(raw[m] for m in members)
    return not any(
        f(block)
        for f in (
            _filters.share, _filters.navigation, _filters.ads, _chrome.newsletter, _chrome.site_chrome,
            _chrome.related, _chrome.legal, _filters.paywall,
        )
    )


def _timeline_run(raw: list[str], cls: list[int | None], members: list[int]) -> bool:
    """The run of short lines ``members`` is part of a timeline or a
    programme, not a menu: at least half of its lines are dated entries
    (``_DATE_ENTRY``), and with the dated entries right above and below it
    (blank lines skipped; lines of any class, as a longer entry reads as a
    sentence) they make at least ``RECORD_MIN``."""
    dated = sum(1 for m in members if _DATE_ENTRY.match(raw[m].strip()))
    if not dated or 2 * dated < len(members):
        return False
    n = len(raw)
    for step, j in ((-1, members[0] - 1), (1, members[-1] + 1)):
        while 0 <= j < n and dated < RECORD_MIN:
            if cls[j] is not None:
                if not _DATE_ENTRY.match(raw[j].strip()):
                    break
                dated += 1
            j += step
    return dated >= RECORD_MIN


#: A speaker's line of a dialogue, an interview or a transcript: a name of one
#: to three words or initials that opens with a capital ("F", "WARNER",
#: "Korinna Hennig", "P(oliceman)"), a colon and a space, then what is said.
_SPEAKER = regex.compile(r"(\p{Lu}[\w.'’()-]*(?: [\w.'’()-]+){0,2}):\s+\S")
#: Longest speaker name (code points) that ``_SPEAKER`` takes.
SPEAKER_MAX = 30
#: Non-blank lines above and below a run that ``_dialogue_run`` reads with it.
DIALOGUE_AROUND = 3
#: A dialogue has a real turn: a speaker's line of at least this many words
#: after the name (a widget's "Agent: Hello." / "You: Hi." has none).
DIALOGUE_TURN_WORDS = 5


def _speaker(t: str) -> str | None:
    """The speaker who opens the stripped line ``t`` (``_SPEAKER``), or ``None``."""
    m = _SPEAKER.match(t)
    return m.group(1) if m is not None and len(m.group(1)) <= SPEAKER_MAX else None


def _dialogue_run(raw: list[str], cls: list[int | None], members: list[int]) -> bool:
    """The run of short lines ``members`` is a piece of a dialogue or a
    transcript, not a menu: each line is a speaker's line that ends a sentence
    ("F: Yes.", "P: About what?", "WARNER: Right."), whose name is not a
    field's (``[field_name]`` of ``patterns/structure.re``: "Date", "Answer",
    "Agent"); and among these lines and the ``DIALOGUE_AROUND`` non-blank
    lines above and below them (of any class: a longer reply reads as a
    sentence) at least two speakers speak, every speaker of the run speaks
    twice, and one line is a real turn, ``DIALOGUE_TURN_WORDS`` words or more
    after the name. Menu labels and field lists ("Location: Berlin",
    "Source: Reuters.") name each field once; a weather widget's "Köln:
    Regen." / "Bonn: Regen." or a chat widget's "Agent: Hello." / "You: Hi."
    has no real turn. A comment cue among the lines above ("Comments" over
    "Kev: Spot on.") makes the lines readers' comments."""
    fields = _cues().field_names
    said: list[str] = []
    turn = False
    for m in members:
        t = raw[m].strip()
        who = _speaker(t)
        last = t[-1]
        if who is None or who.lower() in fields or not (last in _TERM or (last in _CLOSE and t[-2:-1] in _TERM)):
            return False
        said.append(who)
        turn = turn or len(t.split()) - len(who.split()) >= DIALOGUE_TURN_WORDS
    around: list[str] = []
    n = len(raw)
    for step, j in ((-1, members[0] - 1), (1, members[-1] + 1)):
        seen = 0
        while 0 <= j < n and seen < DIALOGUE_AROUND:
            if cls[j] is not None:
                seen += 1
                t = raw[j].strip()
                if step < 0 and len(t) <= END_HEAD_MAX and (_HEAD[t] or _LABEL[t]):
                    return False  # "Comments" over "Kev: Spot on.": readers' comments
                who = _speaker(t)
                if who is not None:
                    around.append(who)
                    turn = turn or len(t.split()) - len(who.split()) >= DIALOGUE_TURN_WORDS
            j += step
    every = Counter(said + around)
    return turn and len(every) >= 2 and all(every[who] >= 2 for who in said)


def _shape(line: str) -> tuple | None:
    """The shape of a record line, which holds digits (a date, a rank, a
    score): whether it starts with a digit and its first two marks
    (``_SHAPE_MARK``: "March 4 – Saltby @ Old Fish Market" has "–" and "@");
    or, without a mark, the number of its digit groups (a table row holds at
    least three). ``None`` for any other line: prose, a title, a menu entry, a
    line with one mark (a teaser and its date, a product and its price:
    "Reading lamp - $139.00"), and a line that ends like a link
    (``_LINK_END``)."""
    t = line.strip()
    # the digits first: most lines have none, and the search for a link's
    # end scans the whole line
    if not t or len(t) > RECORD_MAX_LEN or _DIGITS.search(t) is None or _LINK_END.search(t):
        return None
    nums = len(_DIGITS.findall(t))
    marks = _SHAPE_MARK.findall(t, 0, len(t))
    if len(marks) >= 2:
        return (t[0].isdigit(), *(m.strip(" 0123456789") or "\t" for m in marks[:2]))
    if not marks and nums >= 3:
        return (t[0].isdigit(), "", min(nums, 5))
    return None


#: A record line is at most this long.
RECORD_MAX_LEN = 160


#: A list's heading has at most this many words.
LIST_HEAD_WORDS = 8


def _list_heading(line: str) -> bool:
    """A short line that may head a list: at most ``LIST_HEAD_WORDS`` words,
    no full stop at the end ("Tour dates", "Standings after round 12:")."""
    t = line.strip()
    return len(t.split()) <= LIST_HEAD_WORDS and not t.endswith((".", "!", "?"))


def _records(raw: list[str], cls: list[int | None], b: int, stop: int) -> int:
    """Grow the body's last line ``b`` over lists of records right after it,
    each under at most one short heading (``_list_heading``) ("Tour dates", "Standings after
    round 12"): at least ``RECORD_MIN`` lines of one shape (``_shape``), none a
    paragraph (GOOD), under no tail or comment head. Stops before ``stop``;
    returns the new last line."""
    while True:
        j = b + 1
        while j < stop and cls[j] is None:
            j += 1
        if j < stop and cls[j] in (LABEL, ITEM, SOFT) and _shape(raw[j]) is None and _list_heading(raw[j]):
            h = raw[j].strip()
            if len(h) <= END_HEAD_MAX and (_END[h] or _HEAD[h]):
                return b  # "Related posts", "3 Comments": what follows is no part of the article
            j += 1  # the list's heading
        first = None
        last = -1
        count = 0
        while j < stop:
            c = cls[j]
            if c is None:
                j += 1
                continue
            if c == GOOD or c == BAD:
                break
            sh = _shape(raw[j])
            if sh is None or (first is not None and sh != first):
                break
            first = sh
            last = j
            count += 1
            j += 1
        if count < RECORD_MIN:
            return b
        b = last


#: A numbered entry: "2) Brass lamp", "3. Fold the dough". The number and the
#: mark (")" or ".") are what a list's next entry continues.
_NUMBERED = regex.compile(r"(\d{1,3})([.)])\s+\S")
#: At most this many non-blank lines (an entry's link, price or note) stand
#: between two entries of a numbered list.
NUMBERED_GAP = 2


def _numbered(raw: list[str], cls: list[int | None], b: int, stop: int) -> int:
    """Grow the body's last line ``b`` over the rest of a numbered list that
    the body has started: when one of the body's last ``NUMBERED_GAP`` + 1
    non-blank lines is entry k ("1) Brass lamp"), the lines after the body
    that continue the count with the same mark ("2) …", "3) …"), at most
    ``NUMBERED_GAP`` other lines apart, none of them a BAD line or a tail or
    comment cue, are the article's, and so are the lines after the last
    entry that are laid out as those after the entry before it (its link or
    price). A list of teasers under a "Most read" head has the head between
    it and the body; one that starts again at 1 continues nothing. Stops
    before ``stop``; returns the new last line."""
    j = b
    seen = 0
    k = mark = None
    while j >= 0 and seen <= NUMBERED_GAP:
        if cls[j] is not None:
            m = _NUMBERED.match(raw[j].lstrip())
            if m:
                k, mark = int(m[1]), m[2]
                break
            seen += 1
        j -= 1
    if k is None:
        return b
    after: list[int] = []  # the lines after the last entry
    before: list[int] = []  # the lines after the entry before it
    found = False
    j = b + 1
    while j < stop:
        c = cls[j]
        if c is None:
            j += 1
            continue
        t = raw[j].strip()
        if c == BAD or (len(t) <= END_HEAD_MAX and (_END[t] or _HEAD[t] or _LABEL[t])):
            break
        m = _NUMBERED.match(t)
        if m and int(m[1]) == k + 1 and m[2] == mark:
            k += 1
            b = j
            found = True
            before, after = after, []
        else:
            after.append(j)
            if seen + len(after) > NUMBERED_GAP:
                break
        if found:
            seen = 0
        j += 1
    # the last entry's own lines (its link, its price), laid out as the
    # lines after the entry before it
    if found and before:
        tail = after[: len(before)]
        if len(tail) == len(before) and all(cls[x] == cls[y] for x, y in zip(tail, before)):
            b = tail[-1]
    return b


#: A flattened table's rows have between these many cells (one cell a line).
TABLE_COLS = (3, 8)
#: A flattened table has at least this many rows (a header row counts) and
#: number cells.
TABLE_ROWS = 3
TABLE_NUMBERS = 4


_CURRENCY = re.compile(r"[$€£¥]")


def _table_cells(raw: list[str], cls: list[int | None], a: int, b: int) -> frozenset[int]:
    """The lines of the body ``a`` .. ``b`` that are cells of a table flattened
    one cell a line: a stretch of rows of ``TABLE_COLS`` cells whose kinds
    (a number alone, ``_NUMBER``, or text) repeat row after row, with a
    number column; at least ``TABLE_ROWS`` rows (counting the header rows of
    text cells right above) and ``TABLE_NUMBERS`` number cells. A stats or
    stock table ("DL", "Ann Lee", "63", "85%", "1 tackle.") is data, not a
    menu. A price ("£39") is no number cell: a shop grid of names, prices
    and shops has no number column. Not a table: a share bar ("Facebook",
    "0", "Twitter", "0": two cells a row, and cues), a shop grid whose rows
    repeat a button ("Buy now", "Available from Amazon": a text of more than
    three characters that recurs in every row, or in all rows but one), rows
    with a cue or a BAD line. A text cell may be of any length: a list of
    films' titles, years and descriptions is a table too, its descriptions
    sentences of a hundred code points or more."""
    lines = [i for i in range(a, b + 1) if cls[i] is not None]
    kinds = []
    for i in lines:
        t = raw[i].strip()
        if cls[i] == BAD or (cls[i] <= ITEM and _cue(t)):
            kinds.append("X")
        elif t[0] in _NUMBER_FIRST and _NUMBER.fullmatch(t) and not _CURRENCY.search(t):
            kinds.append("N")
        else:  # a price counts as text: a shop grid's rows (name, "£39", shop)
            kinds.append("T")
    n = len(kinds)
    cells: set[int] = set()
    for p in range(TABLE_COLS[0], TABLE_COLS[1] + 1):
        k = p
        while k < n:
            if kinds[k] == "X" or kinds[k] != kinds[k - p]:
                k += 1
                continue
            s = k - p
            while k < n and kinds[k] != "X" and kinds[k] == kinds[k - p]:
                k += 1
            row = kinds[s : s + p]
            if k - s < 2 * p or row.count("N") == 0 or row.count("T") == 0:
                continue
            if any(row == row[q:] + row[:q] for q in range(1, p) if p % q == 0):
                continue  # a shorter period: two cells a row, a share bar
            if kinds[s:k].count("N") < TABLE_NUMBERS:
                continue
            # header rows: text cells right above, up to two rows and a caption
            h = s
            while h > 0 and s - h < 2 * p + 1 and kinds[h - 1] == "T":
                h -= 1
            if (k - s) // p + (s - h) // p < TABLE_ROWS:
                continue
            rows = (k - s) // p
            texts = Counter(raw[lines[i]].strip() for i in range(s, k) if kinds[i] == "T")
            if any(len(t) > 3 and c >= 3 and c >= rows - 1 for t, c in texts.items()):
                continue  # a button or a fixed text repeated in every row: a shop grid
            cells.update(lines[h:k])
    return frozenset(cells)


def _table_run(raw: list[str], cls: list[int | None], members: list[int], a: int, b: int,
               memo: list[frozenset[int]]) -> bool:
    """The run ``members`` inside the body ``a`` .. ``b`` holds a number cell
    and all its lines are cells of a flattened table (``_table_cells``, found
    once per body and kept in ``memo``)."""
    if not any(raw[m].strip()[:1] in _NUMBER_FIRST and _NUMBER.fullmatch(raw[m].strip()) for m in members):
        return False
    if not memo:
        memo.append(_table_cells(raw, cls, a, b))
    return all(m in memo[0] for m in members)


#: How many lines at the body's end are read for the layouts a list repeats.
ECHO_LOOKBACK = 40
#: At most this many label lines in a row may repeat the body's layouts.
ECHO_LABELS = 2
_ECHO_TOKEN = regex.compile(r"\d+|\p{Lu}{2,}\b|\p{Lu}\p{L}*|\p{Ll}+|[^\s\w]")


def _layout(line: str, most: int = 1 << 30) -> str | None:
    """A line's layout: digits, words in capitals, capitalised and lower-case
    words and marks as tokens ("0", "C", "A", "a", the mark), a run of equal
    tokens as one: "Palm Bay d. Rockledge 70-44" and "Kelby d. Saltby 1-0"
    are both "A a . A 0 - 0". ``None`` once it has more than ``most`` tokens
    (a paragraph's layout, which no short line can share)."""
    out = []
    for m in _ECHO_TOKEN.finditer(line):
        s = m[0]
        c = s[0]
        k = "0" if c.isdigit() else ("C" if len(s) > 1 and s.isupper() else "A" if c.isupper() else "a" if c.islower() else s)
        if not out or out[-1] != k:
            if len(out) == most:
                return None
            out.append(k)
    return " ".join(out)


def _echo(raw: list[str], cls: list[int | None], a: int, b: int, stop: int) -> int:
    """Grow the body ``a`` .. ``b`` over sections of a results list that
    repeat its layout: one or two label lines (a section heading in
    capitals, "GIRLS SOCCER", a result "Kelby d. Saltby 1-0") with the
    layout (``_layout``) of a line among the body's last ``ECHO_LOOKBACK``
    lines, one of them with digits and a layout found there at least twice
    (a list, not a review's one "Rating: 9.3"), none a cue, a date line or
    BAD, followed
    by a paragraph line (class NEAR or better: a review's last rating
    followed by "Go to the next page" is left alone), and the sentence-like
    lines after it. Titles of other stories after an article have no
    digits in the body's layout. Stops before ``stop``; returns the new
    last line."""
    b0 = b  # the layouts are the first body's, however far it grows
    while True:
        labels = []
        j = b + 1
        while j < stop:
            c = cls[j]
            if c is None:
                j += 1
                continue
            if c >= SOFT or len(labels) > ECHO_LABELS:
                break
            labels.append(j)
            j += 1
        if not labels or len(labels) > ECHO_LABELS or j >= stop or cls[j] < NEAR:
            return b
        keys = []
        for i in labels:
            t = raw[i].strip()
            if cls[i] == BAD or _cue(t) or _stamp(t):
                return b
            keys.append(_layout(t))
        # the body's layouts, as long as the labels' at most (no longer one
        # can equal theirs)
        most = max(k.count(" ") + 1 for k in keys)
        shapes = Counter(
            k
            for i in range(max(a, b0 - ECHO_LOOKBACK), b0 + 1)
            if cls[i] is not None and (k := _layout(raw[i], most)) is not None
        )
        if not all(k in shapes for k in keys) or not any("0" in k.split() and shapes[k] >= 2 for k in keys):
            return b
        b = _grow(raw, cls, j, stop, 1)



def _announced(raw: list[str], cls: list[int | None], b: int, stop: int) -> tuple[int, int]:
    """The body's last line ``b`` and the end of the list it announces
    (``stop`` when none is found here): the line right after the body becomes
    its last line when it announces a list of the article: a short heading
    (``_list_heading``) of two words or more that ends with a colon
    ("Upcoming screenings:", "Key features:") and is no tail or comment cue
    ("Related posts:", "Share this:"), followed by entries whose first is data
    (``_data_entry``), as are two thirds of the first ``ANNOUNCED_PROBE``, with
    no paragraph, BAD line or cue among them, not the titles of other pages
    ("Similar projects:" over "Interactive Touch Mirror"). The list runs to
    its last data entry before a BAD, GOOD or cue line or two other entries in
    a row (a rating widget or a press contact's footer after it is no part of
    it), and holds at least two data entries."""
    j = b + 1
    while j < stop and cls[j] is None:
        j += 1
    if j >= stop or cls[j] > SOFT:
        return b, stop
    t = raw[j].strip()
    if not t.endswith(":") or len(t.split()) < 2 or not _list_heading(t) or _cue(t):
        return b, stop
    data = []
    last = -1
    other = 0
    k = j + 1
    while k < stop:
        if cls[k] is not None:
            e = raw[k].strip()
            if cls[k] in (BAD, GOOD) or _cue(e):
                break
            # a bulleted entry with a figure or of a sentence's length ("- 8
            # turbines", "• 40 local jobs") is the article's own list item as
            # much as a field is; "- Facebook" under "Follow us on:" is a link
            d = _data_entry(e) or (
                cls[k] == SOFT
                and (m := _BULLET.match(e)) is not None
                and (_DIGITS.search(e, m.end() - 1) is not None or len(e.split()) > BULLET_ENTRY_WORDS)
            )
            if not data and not d:
                return b, stop
            data.append(d)
            if d:
                last = k
                other = 0
            else:
                other += 1
                if other >= 2:
                    break
        k += 1
    probe = data[:ANNOUNCED_PROBE]
    if sum(data) < 2 or 3 * sum(probe) < 2 * len(probe):
        return b, stop
    return j, last + 1


#: Product cards (``_cards``): at least this many in a row.
CARD_MIN = 3
#: A product card holds at most this many non-blank lines, its button included.
CARD_LINES = 24
#: ... and at least this many: a name, a line about the product, a price and
#: a button. A shop widget's cards give only a name, a price and a button
#: ("Enamel loaf tin" / "$24.00" / "Add to cart"; "Gift cards" / "From $25" /
#: "Shop now").
CARD_LINES_MIN = 4
#: A card's button ("Buy Now", "View Deal", "See it at Amazon") has at most
#: this many words.
CARD_BUTTON_WORDS = 4
#: A lead's words (a word for picks, ``[list_pick]``, at most ``LEAD_GAP``
#: code points before a word for "below", ``[list_below]``, and the closing
#: marks ``LEAD_CLOSE``) are read in this many code points at the end of the
#: paragraph.
LEAD_WINDOW = 140
LEAD_GAP = 80
LEAD_CLOSE = " .:!)"
#: A sentence's end: a full stop, "!" or "?", closing quotes or brackets, a space.
_SENTENCE_END = regex.compile(r"[.!?][\"'”’»)\]]*\s")
#: A price: a currency sign before or after a figure ("$139.00", "24,99 €").
_PRICE_TOKEN = regex.compile(r"[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|zł|kr\b|Kč)")
#: A price line has a price and at most this many other words ("From
#: $610.00", "Now £18.99 (was £25)", "R$ 299,90", "£24.50 at Greenway"). A
#: price inside a title ("The $25 pan that outlasted its rivals", "Best
#: skillets under $60") is no card's price.
PRICE_LINE_WORDS = 3


def _price_line(line: str) -> bool:
    """The line is a card's price line (see ``PRICE_LINE_WORDS``)."""
    rest, n = _PRICE_TOKEN.subn(" ", line)
    return n > 0 and len(rest.split()) <= PRICE_LINE_WORDS


def _cards(raw: list[str], cls: list[int | None], b: int, stop: int) -> tuple[int, int] | None:
    """Product cards that the article announces, after its body's last line
    ``b``: the first line after the announcing paragraph and the last card's
    button line, or ``None``.

    The announcing paragraph is the body's last paragraph (GOOD, at most
    ``CARD_LINES`` lines above ``b``: the body may have grown over a card's
    first lines). Its last sentence names picks and ends pointing below
    ("Check out our picks for the best deals below."; ``[list_pick]`` and
    ``[list_below]`` of ``patterns/structure.re``), and points to nothing else
    (comments, a newsletter form, a video, other articles, a shop:
    ``[list_lead_off]``). The body's last line ends with no colon: a list
    announced by a colon stays whole by the colon rule. At least ``CARD_MIN`` cards follow in a
    row, each of ``CARD_LINES_MIN`` to ``CARD_LINES`` non-blank lines that
    end with the same short button line ("Buy Now": at most
    ``CARD_BUTTON_WORDS`` words, no paragraph, no full stop or colon); two
    thirds of them or more have a price line (``_price_line``; "Sale price
    withheld" in one), and the last one has. The first card is no longer than
    the next ones: one label may stand over it ("Don't Miss:"), not a table
    or a menu. A tail or comment cue (``_cue``: "Shop the look", "Customers
    also bought"), an ad label (``ads.labels``) or a BAD line ends the cards.
    The same cards after an article that does not announce them (a shop
    widget under the comments) are no part of it. Reads lines before
    ``stop``."""
    if raw[b].rstrip().endswith(":"):
        return None  # a list announced by a colon stays whole (section 8)
    p = b
    seen = 0
    while cls[p] != GOOD:
        if cls[p] is not None:
            seen += 1
        p -= 1
        if p < 0 or seen >= CARD_LINES:
            return None
    s = raw[p].rstrip()
    cues = _cues()
    if not s.rstrip(LEAD_CLOSE)[-24:].lower().endswith(cues.list_below):
        return None  # (a quick screen: most paragraphs end otherwise)
    # the last sentence, or its last LEAD_WINDOW code points (a lead's words
    # stand at its end)
    w = max(0, len(s) - LEAD_WINDOW)
    cut = max((m.end() for m in _SENTENCE_END.finditer(s, w, len(s) - 1)), default=w)
    if cues.list_lead.search(s, cut) is None or cues.list_lead_off.search(s, cut) is not None:
        return None
    ads = _filters._labels("ads.labels")
    lines: list[int] = []
    buttons: dict[str, list[int]] = {}
    j = p + 1
    while j < stop:
        c = cls[j]
        if c is not None:
            t = raw[j].strip()
            if c == BAD or _cue(t) or _filters._label_key(t) in ads:
                break
            if c != GOOD and len(t.split()) <= CARD_BUTTON_WORDS and not t.endswith((".", "!", "?", ":")):
                buttons.setdefault(t, []).append(len(lines))
            lines.append(j)
        j += 1
    end = -1
    for at in buttons.values():
        if len(at) < CARD_MIN or at[0] >= CARD_LINES:
            continue
        # the first card, with at most one label over it, is no longer than
        # the next ones (a table, a menu or a shop's toolbar over it is no card)
        if at[0] > max(y - x for x, y in zip(at, at[1:CARD_MIN])):
            continue
        count = priced = 0
        last = -1
        for k in at:
            if k - last > CARD_LINES or (count and k - last < CARD_LINES_MIN):
                break
            count += 1
            if any(_price_line(raw[lines[m]]) for m in range(last + 1, k)):
                priced += 1
                if priced >= CARD_MIN and 3 * priced >= 2 * count:
                    end = max(end, lines[k])  # (the cards end with a priced one)
            last = k
    return (p + 1, end) if end > b else None


#: A field entry's label ends with a colon within this many code points of
#: its start ("Spain (Group F): 11th appearance").
FIELD_LABEL_MAX = 40
_FIELD = regex.compile(r"[^:]{1,%d}:\s+(?:[^\W_]|[\"'“‘(\[$€£])" % FIELD_LABEL_MAX)


def _field(raw: list[str], cls: list[int | None], j: int) -> str | None:
    """The value of the field entry on line ``j`` (see ``_fields``), or
    ``None``."""
    c = cls[j]
    t = raw[j].strip()
    if (
        c not in (ITEM, SOFT, NEAR)
        or len(t) > RECORD_MAX_LEN
        or t.count(": ") != 1
        or not _FIELD.match(t)
        or t.endswith(("...", "…"))
        or _LINK_END.search(t)
        or _credit(t)
    ):
        return None
    return t.split(": ", 1)[1]


def _fields(raw: list[str], cls: list[int | None], b: int, stop: int) -> int:
    """Grow the body's last line ``b`` over a list of field entries that ends
    the body or follows it, under at most one short heading that is no cue
    ("Qualified teams"): at least ``RECORD_MIN`` lines in a row that are no
    titles (class ITEM, SOFT or NEAR: not in title case) with a label, a
    colon and a value (``_FIELD``: "Spain (Group F): 11th appearance"; not a
    form's "Name: ______"), one field a line (not an archive's "Next
    message: Ann Lee: "Re: …""), at most ``RECORD_MAX_LEN`` code points,
    none truncated ("…"), ending like a link (``_LINK_END``) or a photo
    credit ("Foto: Ann Lee"); and of a regular layout: at least
    ``FIELD_SHARE`` of the values share a word (its first ``FIELD_STEM``
    letters: "appearance", "appearances"). Teasers with a section label
    ("Opinión: por qué …") share no word; nor do the fields of a widget that
    all hold digits (a jobs box's pay, a tide table's times, a property
    box's prices), which say little about a layout. Stops before
    ``stop``; returns the new last line."""
    values = []
    k = b
    while k >= 0 and (cls[k] is None or (v := _field(raw, cls, k)) is not None):
        if cls[k] is not None:
            values.append(v)
        k -= 1
    j = b + 1
    while j < stop and cls[j] is None:
        j += 1
    if not values and j < stop and cls[j] in (LABEL, SOFT) and _list_heading(raw[j]):
        if _cue(raw[j]):
            return b
        j += 1
    last = -1
    while j < stop:
        if cls[j] is None:
            j += 1
            continue
        v = _field(raw, cls, j)
        if v is None:
            break
        values.append(v)
        last = j
        j += 1
    if last < 0 or len(values) < RECORD_MIN:
        return b
    stems = Counter(chain.from_iterable({w[:FIELD_STEM] for w in _WORD.findall(v.casefold())} for v in values))
    if not stems or max(stems.values()) < FIELD_SHARE * len(values):
        return b
    return last


#: Of a list of field entries without digits, this share of values share a word.
FIELD_SHARE = 0.75
#: Words are compared by their first this many letters.
FIELD_STEM = 6


#: How many non-blank lines (the recipe's name, "Print", servings and times)
#: may stand between the body and a recipe card's ingredient heading.
CARD_GAP = 20
#: An ingredient list without amounts right under the body has at least
#: three entries of at most this many words ("Butter", "A pinch of salt").
BARE_ITEM_WORDS = 4
#: ... two of them (or one and an amount) named in the body's last this many lines.
BARE_BODY_LINES = 10
#: A method's heading has at most this many words ("Directions", "Method").
METHOD_HEAD_WORDS = 3
_WORDCHAR = regex.compile(r"\w")


def _recipe_card(raw: list[str], cls: list[int | None], b: int, stop: int) -> tuple[int, int] | None:
    """A recipe card after the body ``b`` (a blog post's story, then the
    recipe in a box): its first and last line, or ``None``. Within
    ``CARD_GAP`` non-blank lines after the body, with no paragraph (GOOD), BAD
    line or comment head before it, a ``[recipe_head]`` ("Ingredients",
    "Zutaten") over an ingredient list: lines up to the first sentence, a
    paragraph, a BAD line or a cue, of which at least three and
    ``RECIPE_SHARE`` are quantity lines. Right under the body (the heading
    the first line after it), a home cook's list needs no amounts ("Milk",
    "Flour", "Butter"): at least three entries of ``BARE_ITEM_WORDS`` words
    or fewer, two of them named in the body's last ``BARE_BODY_LINES``
    lines, or one ("fry in a hot buttered pan") and one an amount ("2
    eggs"), and the card is the list; a "browse by ingredient" menu names
    one by chance at most. The heading may end with a colon. The card runs
    to the list's last quantity line, or, when the list ends with a short heading ("Directions",
    at most ``METHOD_HEAD_WORDS`` words), on over the method's steps: lines of
    class ITEM or better up to a label, a BAD line or a cue (a line without
    letters or digits is stepped over). The name, "Print" and the times above
    the heading are not taken; a shop's "Add to basket" sentence under the
    list is no step. Stops before ``stop``."""
    head = None
    # the heading first (most pages have none: one short test a line), then
    # what stands between it and the body
    seen = 0
    j = b + 1
    while j < stop and seen < CARD_GAP:
        c = cls[j]
        if c is not None:
            if c in (GOOD, BAD):
                return None
            t = raw[j].strip()
            if _recipe_head(t.rstrip(":：")):  # "Ingredients:" too
                head = j
                break
            seen += 1
        j += 1
    if head is None:
        return None
    for i in range(b + 1, head):
        t = raw[i].strip()
        if cls[i] is not None and len(t) <= COMMENT_HEAD_MAX and (_HEAD[t] or _LIST[t]):
            return None  # a comment head, or a list head over other recipes' cards
    lines = []
    j = head + 1
    while j < stop:
        c = cls[j]
        if c is not None:
            t = raw[j].strip()
            if c in (GOOD, BAD) or _cue(t) or (c >= SOFT and t[-1:] in _TERM and not _amount_cell(t)):
                break
            if _recipe_head(t):
                break  # the next card's ingredients
            lines.append(j)
        j += 1
    qty = [m for m in lines if _amount_cell(raw[m].strip())]
    if len(qty) < 3 or len(qty) < RECIPE_SHARE * len(lines):
        # a home cook's list without amounts ("Milk", "Flour", "Butter")
        # right under the post, its heading the first line after the body
        if seen or len(lines) < 3 or any(len(raw[m].split()) > BARE_ITEM_WORDS for m in lines):
            return None
        body = " " + " ".join(raw[i] for i in range(max(0, b - BARE_BODY_LINES), b + 1)).casefold()
        # the words of every stoplist: the card's language is not known here
        named = sum(1 for m in lines if _shared(_content_words(raw[m], _any_stopword()), body))
        # two entries named in the story, or one and an amount: a "browse by
        # ingredient" menu may name one by chance
        if named < 2 and not (named and qty):
            return None
        return head, lines[-1]
    last = lines[-1]
    t = raw[last].strip()
    if last == qty[-1] or len(t.split()) > METHOD_HEAD_WORDS or t[-1:] in _TERM:
        return head, qty[-1]
    e = last
    j = last + 1
    while j < stop:
        c = cls[j]
        if c is not None:
            t = raw[j].strip()
            if c == LABEL and not _WORDCHAR.search(t):
                j += 1
                continue
            if _recipe_head(t):
                # another card's ingredient head: what stood under this list
                # was a link ("View recipe"), not a method
                return head, qty[-1]
            if c < ITEM or _cue(t):
                break
            e = j
        j += 1
    return (head, e) if e > last else (head, qty[-1])


#: A bulleted entry without a figure has more than this many words, its
#: bullet included, to be an announced list's data ("- Facebook" is a link).
BULLET_ENTRY_WORDS = 4
#: How many entries of an announced list are read (``_announced``).
ANNOUNCED_PROBE = 6
_WORD = regex.compile(r"\w{4,}")


def _data_entry(line: str) -> bool:
    """An entry of a list that is data rather than the title of another page:
    no field of a form ("Password:"), and a field mark (``_SHAPE_MARK``: "Austin
    – Old Mill Cinema", "Memory: 2 GB"), two groups of digits ("March 9th &
    10th"), or no title case (fewer than ``TITLE_CASE`` of its words of four
    letters or more capitalised: "Charges quickly in the case")."""
    if line.endswith(":"):
        return False
    return bool(_SHAPE_MARK.search(line)) or len(_DIGITS.findall(line)) >= 2


#: How far above the body an ingredient list is looked for, in non-blank lines.
RECIPE_LOOKUP = 40
#: The share of quantity lines an ingredient list above the body holds.
RECIPE_SHARE = 0.25


def _ingredients_above(raw: list[str], cls: list[int | None], a: int) -> int:
    """The body's first line ``a``, moved up over an ingredient list right
    above it: the topmost quantity line (``_quantity``) within
    ``RECIPE_LOOKUP`` non-blank lines such that from it down to the body at
    least three lines and ``RECIPE_SHARE`` of them are quantity lines, with no
    BAD or GOOD line and no headline (``_headline_lines``) in between;
    then over the entries right above it that start with an amount and no unit
    ("2 eggs", ``_LOOSE_AMOUNT``), or are amount and name cells ("2", then
    "large eggs"), and the list's heading ("Ingredients", "For the pastry:").
    Recipe pages put the ingredients above the method, in short lines (one
    cell a line) that alone read like a menu."""
    top = _quantity_block(raw, cls, a, frozenset())
    if top < 0:
        return _headed_list(raw, cls, a)
    # a headline above the list ends it: what is above the headline (a shop
    # widget with weights) is no part of the recipe
    heads = _headline_lines(raw, cls, a)
    if any(top <= h < a for h in heads):
        top = _quantity_block(raw, cls, a, heads)
        if top < 0:
            return a
    j = top - 1
    while j >= 0:
        if cls[j] is None:
            j -= 1
            continue
        if j in heads or cls[j] == BAD:
            break
        s = raw[j].strip()
        if _amount_cell(s):
            top = j
            j -= 1
            continue
        # a name cell ("large eggs") under its amount cell ("2"), one cell a line
        k = j - 1
        while k >= 0 and cls[k] is None:
            k -= 1
        if k >= 0 and k not in heads and len(s.split()) <= CELL_WORDS and not s.endswith((".", ":")) and _amount_cell(raw[k].strip()):
            top = k
            j = k - 1
            continue
        break
    if j >= 0 and j not in heads and cls[j] in (LABEL, ITEM, SOFT) and len(raw[j].strip()) <= END_HEAD_MAX:
        h = raw[j].strip()
        cues = _cues()
        if (h.endswith(":") or cues.recipe_head.fullmatch(h)) and not (_END[h] or _HEAD[h]):
            top = j
    return top


def _headline_lines(raw: list[str], cls: list[int | None], hi: int) -> frozenset[int]:
    """Lines before ``hi`` that may be the page's headline: lines of two words
    and ``HEADLINE_MIN`` code points or more found whole in the title, whatever share of it
    they cover ("Rhubarb Crumble" under the title "The Best Easy Rhubarb
    Crumble Recipe | Kitchen"), and lines that repeat a whole part of the
    title, however short ("Rhubarb fool" under "Rhubarb fool | Kitchen"). Wider
    than the anchor's candidates (``_title_lines``): a line here only stops a
    list from growing past it."""
    title = _tkey(raw[0])
    parts = {p for p in _TITLE_SEP.split(title) if p}
    top = len(raw[0])
    out = []
    for j in range(1, hi):
        if cls[j] is not None and len(raw[j]) <= top:
            k = _tkey(raw[j])
            if k in parts or (len(k) >= HEADLINE_MIN and " " in k and k in title):
                out.append(j)
    return frozenset(out)


#: The shortest line ``_headline_lines`` finds inside a title part; it also
#: needs two words ("Erdbeeren" in "Maulwurfkuchen mit Erdbeeren" is an
#: ingredient, not a headline).
HEADLINE_MIN = 12


#: The longest line that may be a recipe's ingredient heading.
RECIPE_HEAD_MAX = 40


def _recipe_head(t: str) -> bool:
    """``t`` (stripped) is a ``[recipe_head]`` of ``patterns/structure.re``
    ("Ingredients", "Zutaten", "You will need")."""
    return len(t) <= RECIPE_HEAD_MAX and _cues().recipe_head.fullmatch(t) is not None


#: The longest entry of an ingredient list found by its headings (``_headed_list``).
HEADED_ENTRY_MAX = 60


def _headed_list(raw: list[str], cls: list[int | None], a: int) -> int:
    """The body's first line ``a``, moved up to a recipe's ingredient heading
    when the body is the method under its own short heading: right above
    ``a`` a heading of at most ``METHOD_HEAD_WORDS`` words with no sentence
    end ("Method", "Directions"), above it at least three short entries (at
    most ``HEADED_ENTRY_MAX`` code points, no sentence end, no cue, no
    paragraph) of which at least two start with an amount ("1 onion",
    "800g tomatoes"), and above those a ``[recipe_head]`` ("Ingredients").
    Home cooks list "Salt", "Pepper" and "Olive oil" without amounts, so the
    share of quantity lines ``_ingredients_above`` asks for is not met;
    the two headings around the list are the evidence instead. Returns ``a``
    when the layout is not there."""
    j = a - 1
    while j >= 0 and cls[j] is None:
        j -= 1
    if j < 0 or cls[j] not in (LABEL, ITEM, SOFT):
        return a
    t = raw[j].strip()
    if len(t.split()) > METHOD_HEAD_WORDS or t[-1:] in _TERM:
        return a
    # the entries up to the ingredient heading by the cheap tests first; the
    # cue and amount tests (regex matches) only once a heading is found,
    # which few pages have
    entries: list[str] = []
    j -= 1
    while j >= 0 and len(entries) <= RECIPE_LOOKUP:
        if cls[j] is None:
            j -= 1
            continue
        t = raw[j].strip()
        if _recipe_head(t):
            break
        if cls[j] not in (LABEL, ITEM, SOFT) or len(t) > HEADED_ENTRY_MAX or t[-1:] in _TERM:
            return a
        entries.append(t)
        j -= 1
    else:
        return a
    if len(entries) < 3 or any(map(_cue, entries)):
        return a
    return j if sum(map(_amount_cell, entries)) >= 2 else a


def _quantity_block(raw: list[str], cls: list[int | None], a: int, stops: frozenset) -> int:
    """The topmost line of the quantity block above line ``a`` (see
    ``_ingredients_above``), not crossing a line of ``stops``; -1 if none."""
    top = -1
    seen = count = 0
    j = a - 1
    while j >= 0 and seen < RECIPE_LOOKUP and j not in stops:
        c = cls[j]
        if c is not None:
            if c == BAD or c == GOOD:
                break
            seen += 1
            s = raw[j].strip()
            if s[0] in _QUANTITY_GATE and _quantity(s):  # (the gate saves a call on most lines)
                count += 1
                if count >= 3 and count >= RECIPE_SHARE * seen:
                    top = j
        j -= 1
    return top


#: The most words a name cell of an ingredient table has ("large eggs").
CELL_WORDS = 4


def _amount_cell(s: str) -> bool:
    """``s`` (stripped) is an entry of an ingredient list that starts with an
    amount: a quantity line, an amount and a lower-case word ("2 eggs"), or an
    amount alone ("2", "1 1/2": a table cell)."""
    return bool(s) and (_LOOSE_AMOUNT.match(s) is not None or _BARE_AMOUNT.fullmatch(s) is not None or (_quantity_start(s) and _quantity(s)))


#: An entry that starts with an amount and a lower-case word and no unit: "2
#: eggs", "1 onion, finely chopped"; part of an ingredient list only next to one.
_LOOSE_AMOUNT = regex.compile(rf"(?:{_ABOUT})?{_AMOUNT}\s+\p{{Ll}}")
#: An amount alone, a cell of an ingredient table: "2", "1 1/2", "about 3".
_BARE_AMOUNT = regex.compile(rf"(?:{_ABOUT})?{_AMOUNT}")


def _quantity(s: str) -> bool:
    """``s`` (stripped) is a list entry that starts with an amount and a unit
    (``[quantity_unit]`` of ``patterns/structure.re``) and is not a title in
    title case ("30 Small Bedrooms Ideas To Make Your Home Bigger")."""
    # _quantity_start, inlined: most lines fail it, and this test runs on
    # many lines
    f = s[:1]
    if (
        len(s) > QUANTITY_MAX_LEN
        or not (f in _QUANTITY_FIRST or (f in _ABOUT_FIRST and s.startswith(_ABOUT_BY_FIRST[f])))
        or not _QUANTITY[s]
    ):
        return False
    ws = s.split()[1:]
    caps = sum(1 for w in ws if w[:1].isupper())
    return not (caps >= 3 and 2 * caps > len(ws))


# ------------------------------------------------------------------ language


def language(text: str) -> str | None:
    """Cheap guess of the language of ``text``: the code of the stopword list
    (``patterns/stopwords/<code>.txt``) with most hits among the words of a
    sample from the middle of the text, ``"zh"``/``"ja"`` for Chinese or
    Japanese, or ``None`` when no list covers a tenth of the words."""
    return _language(text)[0]


def _language(text: str) -> tuple[str | None, bool]:
    """``(language code or None, unspaced CJK script)``; see ``language``."""
    mid = len(text) // 2
    s = text[max(0, mid - LANG_SAMPLE // 2) : mid + LANG_SAMPLE // 2]
    if len(s.encode("utf-8")) - len(s) > 0.6 * len(s):  # many 3-byte characters
        cjk = len(_CJK.findall(s))
        if cjk > 0.3 * len(s):
            return ("ja" if len(_KANA.findall(s)) > 0.1 * cjk else "zh"), True
    words = s.lower().split()
    if not words:
        return None, False
    # languages in the order their first stopword occurs, counted in C
    hits = Counter(chain.from_iterable(filter(None, map(_word_langs().get, words))))
    if not hits:
        return None, False
    best = max(hits, key=hits.__getitem__)
    if hits[best] < LANG_MIN_SHARE * len(words):
        return None, False
    return best, False


# ------------------------------------------------------------------ line classes


#: A byte table for ``_capitalised``: ASCII white space (where ``str.split``
#: splits) to " ", capitals to "A", any other byte to "x".
_CAP_BYTES = bytes(32 if chr(i).isspace() else 65 if 65 <= i <= 90 else 120 for i in range(256))


def _capitalised(t: str) -> int:
    """How many words of ``t`` start with a capital:
    ``sum(map(str.isupper, map(itemgetter(0), t.split())))``. On ASCII text
    its bytes are translated by ``_CAP_BYTES`` and each such word is a " A"
    (or the "A" that opens the text), counted in C without splitting ``t``
    into words, several times faster."""
    if t.isascii():
        b = t.encode().translate(_CAP_BYTES)
        return b.count(b" A") + b.startswith(b"A")
    return sum(map(str.isupper, map(itemgetter(0), t.split())))


_LABEL_END = frozenset(":;{}")
_NOT_LABEL_END = _LABEL_END | _TERM | _CLOSE
_PARA_END = _TERM | _CLOSE | frozenset(":;,")
_SPECIAL_FIRST = frozenset("-–—•·▪●◦*+£€¥0123456789abcdefghijklmnopqrstuvwxyz}])$>#</\"'“”‘’«»„‚「『")
_BULLET_FIRST = frozenset("-–—•·▪●◦*+0123456789abcdefghijklmnopqrstuvwxyz")
_CODE_FIRST = frozenset("}])$>#ifdrcvl</")


#: Longest line (code points, as written) whose class ``_classify`` keeps in
#: ``_CLASS_MEMO``: short lines (menus, labels, share bars, dates) recur within
#: a page and across the pages of a site; paragraphs seldom do.
_CLASS_KEY_MAX = 100
#: Most lines one class memo holds before it starts over.
_CLASS_MEMO_MAX = 50_000
#: ``{(language, cjk_doc): {line: (class, weight)}}``. A line's class is a
#: function of the line as written (its indentation and its own separator
#: marks included) and of the document language (its stopword list or CJK
#: function characters) alone; its score, which also depends on the lines
#: before it, is computed afresh. One memo per language: at most one more
#: than the stopword lists, each bounded by ``_CLASS_MEMO_MAX``.
_CLASS_MEMO: dict[tuple[str | None, bool], dict[str, tuple[int, int]]] = {}


def _capitals(line: str, is_stop: Callable[[str], bool]) -> int:
    """How many of the content words of ``line`` (split at spaces; a word
    whose lower case ``is_stop`` is a stopword does not count) start with a
    capital: a title capitalises them ("Ferry Back In Service"), a sentence
    only its first word and names ("He waited.", "It sails again on
    Friday."), which are stopwords or few."""
    return sum(1 for w in line.split() if w[0].isupper() and not is_stop(w.lower()))


def _classify(text: str, raw: list[str], starts: list[int], lang: str | None, cjk_doc: bool):
    """Line classes (``None`` for blank lines) and region scores, in one pass."""
    n = len(raw)
    score = [0.0] * n
    stop = _stopwords().get(lang, frozenset()) if lang and not cjk_doc else frozenset()
    func = _cjk_function_chars(lang) if cjk_doc and lang else None
    # separators standing between spaces ("Home | News", "» Sport") and ©,
    # but not a "»" that closes a "«" on its line;
    # found with str.find, which scans in C many times faster than a regex
    # character class does. Whether a mark counts depends on its own line
    # only (a line break counts as a space), so a line's class does too.
    marks: dict[int, int] = {}
    tl = len(text)
    for ch in _MARKS:
        p = text.find(ch)
        while p >= 0:
            if ch == "©":
                k = 2
            elif (p == 0 or text[p - 1] in " \t\n") and (p + 1 == tl or text[p + 1] in " \t\n"):
                k = 1
            else:
                k = 0
            if k:
                i = bisect.bisect_right(starts, p) - 1
                # a French closing quote ("la « morale » du parti"): it
                # closes a guillemet opened earlier on the line, no separator
                if ch != "»" or text.count("«", starts[i], p) <= text.count("»", starts[i], p):
                    marks[i] = marks.get(i, 0) + k
            p = text.find(ch, p + 1)
    bad = {i for i, k in marks.items() if k >= 2}
    # lines up to _CLASS_KEY_MAX code points seen before (in this text or an
    # earlier one in the same language) take their class from the memo; the
    # others are classified here
    memo = _CLASS_MEMO.get((lang, cjk_doc))
    if memo is None or len(memo) >= _CLASS_MEMO_MAX:
        memo = _CLASS_MEMO[(lang, cjk_doc)] = {}
    recall = memo.get
    key_max = _CLASS_KEY_MAX
    room = _CLASS_MEMO_MAX - len(memo)
    # names used for every new line, bound locally (this loop is the hot path)
    label_, item_, soft_, near_, good_, bad_ = LABEL, ITEM, SOFT, NEAR, GOOD, BAD
    item_len, medium, long_, sample = ITEM_LEN, MEDIUM, LONG, SAMPLE
    sd_good, sd_near, title_case = SD_GOOD, SD_NEAR, TITLE_CASE
    not_label_end, special_first, term_set, close_set = _NOT_LABEL_END, _SPECIAL_FIRST, _TERM, _CLOSE
    quotes, code_end, bullet_first, code_first = _QUOTES, _CODE_END, _BULLET_FIRST, _CODE_FIRST
    bullet, stamp = _BULLET.match, _stamp
    number, digit_first = _NUMBER.fullmatch, _NUMBER_FIRST
    capitalised = _capitalised
    stopc = stop.__contains__
    quantity_first, about_first, about_by_first, quantity = _QUANTITY_FIRST, _ABOUT_FIRST, _ABOUT_BY_FIRST, _quantity
    cls: list[int | None] = [None] * n
    label_cost, soft_cost, item_cost, bad_cost = -LABEL_COST, -SOFT_COST, -ITEM_COST, -BAD_COST
    para, near_gain = PARA_BONUS, NEAR_GAIN
    run = 0
    prev = bad_
    for i, ln in enumerate(raw):
        short = len(ln) <= key_max
        if short and (kw := recall(ln)) is not None:
            k, w = kw
            if k is None:
                continue
        else:
            s = ln.strip()
            if not s:
                if short and room > 0:
                    memo[ln] = _BLANK
                    room -= 1
                continue
            L = len(s)
            w = L
            last = s[-1]
            if (
                L < item_len
                and not cjk_doc
                and last not in not_label_end
                and s[0] not in special_first
                and ln[0] not in " \t"
                and i not in bad
                and not (
                    (s[0] in quantity_first or (s[0] in about_first and s.startswith(about_by_first[s[0]]))) and quantity(s)
                )
            ):
                # short, capitalised, no sentence punctuation: a label, unless it
                # is stopword-dense and not in title case ("And it was over")
                k = label_
                if stop and s.count(" ") >= 2:
                    lws = s.lower().split()
                    nstop = sum(map(stopc, lws))
                    nw = len(lws)
                    if nstop >= 2 and nstop >= sd_good * nw and capitalised(s) < title_case * (nw - nstop):
                        k = soft_
            else:
                if cjk_doc:
                    c = (len(s.encode("utf-8")) - L) // 2
                    w = L + CJK_WEIGHT * c
                else:
                    c = 0
                term = last in term_set or (last in close_set and L > 1 and s[-2] in term_set)
                t = s[:sample]  # the line itself when short enough
                if i in bad:
                    k = bad_
                elif c and c > 0.3 * L:
                    pun = len(_CJK_PUNCT.findall(t))
                    prose = False
                    if pun and func is not None:
                        tc = max(1, (len(t.encode("utf-8")) - len(t)) // 2)
                        prose = len(func.findall(t)) >= SD_CJK * tc
                    if w >= long_ and prose:
                        k = good_
                    elif w >= medium and (prose or term):
                        k = near_
                    elif pun or term:
                        k = soft_
                    elif w >= item_len:
                        k = item_
                    else:
                        k = label_
                elif medium <= w < long_ and term:
                    # a short paragraph: below LONG, a line that ends a sentence is
                    # NEAR whatever its stopword density, so its words are not counted
                    k = near_
                else:
                    k = label_
                    if stop:
                        lws = t.lower().split()
                        nw = len(lws)
                        nstop = sum(map(stopc, lws))
                        sd = nstop / nw if nw else 0.0
                        prose = sd >= sd_good
                    else:
                        nw = len(t.split())
                        nstop = 0
                        sd = 0.0
                        prose = term and nw >= 8
                    if w >= long_ and (prose or (sd >= sd_near and term)):
                        k = good_
                    elif w >= medium and term:
                        k = near_
                    else:
                        # the rest depends on the case pattern (is it a title or a
                        # label?), found out only when needed
                        content = nw - nstop
                        titled = None
                        f = s[0]
                        if w >= medium and prose:
                            titled = content >= 1 and (content >= 2 or nw <= 2) and capitalised(t) >= title_case * content
                            if not titled:
                                k = near_
                            elif last == ":" and _chrome._TWO_SENTENCES.search(t) and _capitals(t, stopc) < title_case * content:
                                # a lead-in of two sentences whose capitals are
                                # stopwords ("That is it, I think. Here are The
                                # Annuals:"): prose, no title. One sentence stays a
                                # label: a widget's head speaks in sentences too ("If
                                # You Liked This, You May Also Enjoy These:"), and in
                                # German every noun has its capital
                                k = soft_
                        if k != near_:
                            if (
                                (f.islower() and nw >= 3)
                                or ln[0] in " \t"
                                or last in code_end
                                or (term and (f in quotes or nw < 2))
                                or (f in bullet_first and bullet(s))
                                or (f in code_first and s.startswith(_CODE_START))
                            ):
                                k = soft_  # a reply, continuation, code line, list item
                            elif term or (last == ":" and nw >= 3) or (nstop >= 2 and sd >= sd_good) or w >= item_len:
                                if titled is None:
                                    # a sentence's first word is capitalised whatever it is:
                                    # after a full stop only content words count ("He waited."),
                                    # not after an ellipsis (a cut teaser, "More videos ...")
                                    caps = _capitals(t, stopc) if last == "." and not s.endswith("..") else capitalised(t)
                                    titled = content >= 1 and (content >= 2 or nw <= 2) and caps >= title_case * content
                                if not titled and (term or (last == ":" and nw >= 3) or (nstop >= 2 and sd >= sd_good)):
                                    k = soft_  # a sentence or a lead-in to what follows
                                elif w >= item_len and not titled and not stamp(t):
                                    k = item_
                            elif f in digit_first and number(s):
                                k = item_  # a data cell (table, chart axis), not a menu entry
                        if k == label_ and (f in quantity_first or (f in about_first and s.startswith(about_by_first[f]))) and quantity(s):
                            k = item_  # an ingredient or a measurement: a list entry, not a menu label
            if short and room > 0:
                memo[ln] = (k, w)
                room -= 1
        cls[i] = k
        if k == label_:
            run += 1
            score[i] = label_cost * run
        elif k == soft_:
            score[i] = soft_cost
        elif k == good_:
            score[i] = w * para if prev == good_ else w
            run = 0
        elif k == near_:
            score[i] = w * near_gain * (para if prev == good_ else 1.0)
            run = 0
        elif k == item_:
            score[i] = item_cost
        else:
            run += 1
            score[i] = bad_cost * run
        prev = k
    return cls, score


#: The class and weight of a blank line.
_BLANK = (None, 0)


# ------------------------------------------------------------------ region


def _best_run(score: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Maximum-sum run of ``score[lo:hi]``: ``(first, last, sum)`` with a
    positive first line, or ``(-1, -1, 0.0)`` when no score is positive.
    Computed from prefix sums (the run ending at ``e`` starts after the lowest
    prefix sum before it), with C-level ``accumulate``, over the lines with a
    positive score only: the best run starts and ends on such lines, and the
    lowest prefix sum before a line with a positive score is reached right
    before one (a prefix sum that a line with a score of zero or less follows
    is not below the next one)."""
    if hi <= lo:
        return -1, -1, 0.0
    pre = list(accumulate(score[lo:hi], initial=0.0))
    pos = list(compress(range(hi - lo), map((0.0).__lt__, score[lo:hi])))
    if not pos:
        return -1, -1, 0.0
    before = list(map(pre.__getitem__, pos))  # the prefix sum before each such line
    low = list(accumulate(before, min))
    gain = list(map(sub, map(pre.__getitem__, map((1).__add__, pos)), low))
    best = max(gain)
    k = gain.index(best)
    m = low[k]
    s = pos[k - before[k::-1].index(m)]  # the last such line after the minimum
    return lo + s, lo + pos[k], best


#: A commenter's signature on a dated line with a time ("by ann on Aug 9,
#: 2031 5:21 PM reply", "Posted by: Ann Lee | March 3, 2031 at 08:11 PM"):
#: the only dates that count when the first one came after a thread's toolbar
#: or a commenter's name (``_stamped``); a column's "By Tom Reyes, March 4,
#: 2031", a live blog's "14:23 — posted by Tom Reyes" or a vox pop's "Ann Lee
#: says:" do not. The group is the commenter's name; the time is ``_CLOCK``'s
#: (defined with the forum-thread rules below).
_SIGNED = re.compile(r"^\W*by\s+(\S[^\n]*?)\son\s|\bposted by:\s*([^|\n]+?)\s*\|", re.IGNORECASE)
#: The words of a comment thread's toolbar (lower case, no colon), the only
#: labels ``_stamped`` passes over right under a comment head.
_THREAD_TOOLBAR = frozenset(
    ("display", "expanded", "collapsed", "newest", "oldest", "newest first", "oldest first", "sort by",
     "order by", "threaded", "flat", "view")
)


def _stamped(raw: list[str], cls: list[int | None], h: int, toolbar: bool = False) -> bool:
    """Dated comment headers (or reply labels) follow line ``h``: at least
    ``STAMP_MIN`` non-adjacent ones among the next ``STAMP_WINDOW`` lines, the
    first among the next ``STAMP_FIRST``.

    With ``toolbar`` (a head inside the best run, which would cut it there),
    a thread's toolbar right under the head (``_THREAD_TOOLBAR``: "Display:",
    "Expanded", "Collapsed") and a commenter's name or handle right above the
    first date, which the date line repeats ("Tony Lee", "@tonylee" over
    "Posted by: Tony Lee | ..."), do not count towards ``STAMP_FIRST``. A
    first date found only so must be signed and timed (``_SIGNED``,
    ``_CLOCK``), as must ``STAMP_MIN`` + 1 dates in all, by two commenters at
    least. A head above the best run, which would move the run above it, gets
    no such leeway: there short labels are a menu ("Comments", "Members",
    "Search") over a forum's own thread."""
    seen = hits = signed = 0
    names: set[str] = set()  # the commenters who signed
    first = -1  # position of the first date among the lines read
    first_signed = False
    last = -2
    i = h + 1
    n = len(raw)
    idx: list[int] = []
    while i < n and seen < STAMP_WINDOW:
        if cls[i] is not None:
            idx.append(i)
            seen += 1
            s = raw[i]
            if len(s) <= STAMP_MAX_LEN and _stamp(s):
                if i > last + 1:
                    sig = _SIGNED.search(s) if toolbar and _CLOCK.search(s) else None
                    if not hits:
                        first = seen
                        first_signed = sig is not None
                    hits += 1
                    if sig is not None:
                        signed += 1
                        names.add((sig.group(1) or sig.group(2)).casefold())
                last = i
            elif hits == 0 and seen >= STAMP_FIRST and not toolbar:
                return False
        i += 1
    if first < 0:
        return False
    if first <= STAMP_FIRST:
        return hits >= STAMP_MIN
    if not toolbar or not first_signed or signed < STAMP_MIN + 1 or len(names) < 2:
        return False  # (one signer over every date: a press office's posts, not a thread)
    k = 0  # the thread's toolbar under the head
    while k < first - 1 and raw[idx[k]].strip().rstrip(":").strip().casefold() in _THREAD_TOOLBAR:
        k += 1
    date = raw[idx[first - 1]].casefold().replace(" ", "")
    m = first - 1  # the commenter's name or handle right above the first date
    while m > k:
        t = raw[idx[m - 1]].strip()
        key = t.lstrip("@").casefold().replace(" ", "")
        if cls[idx[m - 1]] != LABEL or len(t.split()) > TOOLBAR_WORDS or not key or key not in date:
            break
        m -= 1
    return first - k - (first - 1 - m) <= STAMP_FIRST


def _cue(line: str) -> bool:
    """The line is a tail head (``[end_head]``, ``[list_head]``) or a comment
    head or label, whole."""
    t = line.strip()
    return len(t) <= END_HEAD_MAX and bool(_END[t] or _HEAD[t] or _LABEL[t])


def _under_headline(raw: list[str], cls: list[int | None], h: int) -> bool:
    """The comment head ``h`` stands in the article's header: at most
    ``TOOLBAR_GAP`` lines under a line that repeats the page title (the
    headline), with no paragraph (``NEAR`` or ``GOOD`` line) between them. A
    comment count there ("5 Comments" next to the date and the share buttons)
    says nothing about where the comments are, and the dates after it are the
    article's own."""
    for t in _title_lines(raw, cls, h):
        if h - t <= TOOLBAR_GAP and not any(c is not None and c >= NEAR for c in cls[t + 1 : h]):
            return True
    return False


#: The most lines between a headline and a comment count in its header.
TOOLBAR_GAP = 4
#: The most non-blank lines between a comment link in an article's header and
#: the article's first paragraph (other links, the byline, dates, a credit).
HEADER_SKIP = 10
#: An update stamp inside an article ("Update, March 4, 14:20", "Updated
#: 9:10 am"): a date line that is no commenter's header.
_UPDATE = regex.compile(r"\s*(?:update[ds]?|aktualisiert|mise à jour|actualizaci[oó]n|actualizado|aggiornamento)\b", regex.IGNORECASE)
#: Paragraph lines that make the article under such a link: more than the
#: first comment of a thread has before the next commenter's name.
ARTICLE_LINES = 4


def _dated(t: str) -> bool:
    """The stripped line ``t`` is a byline ("By Ann Lee") or a date line."""
    return _BYLINE.match(t) is not None or (len(t) <= STAMP_MAX_LEN and _stamp(t))


def _article_after(raw: list[str], cls: list[int | None], h: int, headline_above: bool = False) -> bool:
    """The article starts under the comment head ``h``.

    Within ``HEADER_SKIP`` non-blank lines after the head, none of them a reply
    label or author header (``_thread_mark``), stands the article's header:
    a byline or a date line, and either more comment links ("Read Comments",
    "1 Comment | Add Yours": a toolbar, which may also have a link right above
    the head) or a title line (the headline), or the headline stands right
    above the head (``_under_title``). Then
    come ``ARTICLE_LINES`` paragraph lines (GOOD, or NEAR ending a sentence),
    a GOOD line among them, single other lines (a subheading, a caption)
    between them, and the run goes on to the article's end: two other lines
    in a row (a share bar, tags, the comment head), never a date line (but an
    update stamp, ``_UPDATE``), reply label, author header or byline. A
    comment, even one headed "By Ann Lee" over its date and five paragraphs
    long, ends at a reply label or at the next commenter's name and date.

    With ``headline_above`` (the headline stands right above the head,
    ``_header_link``) no header is needed and ``CONT_RUN`` paragraph lines do:
    the head is then in the article's header, and what follows is the article
    or, at worst, comments kept."""
    n = len(raw)
    titled = dated = False
    # another comment link right above the head ("Add a Comment" over "1
    # Comment | Add Yours") makes a toolbar too
    k = h - 1
    while k > 0 and cls[k] is None:
        k -= 1
    t = raw[k].strip() if k >= 0 else ""
    toolbar = len(t) <= END_HEAD_MAX and bool(_HEAD[t] or _LABEL[t])
    seen = 0
    i = h + 1
    titles = None
    while i < n:
        c = cls[i]
        if c is None:
            i += 1
            continue
        if c == GOOD or (c == NEAR and _ends_sentence(raw[i])):
            break
        seen += 1
        t = raw[i].strip()
        if seen > HEADER_SKIP or _thread_mark(t):
            return False
        if headline_above:
            i += 1
            continue
        if _dated(t):
            dated = True
        elif len(t) <= END_HEAD_MAX and (_HEAD[t] or _LABEL[t]):
            toolbar = True
        else:
            if titles is None:
                titles = set(_title_lines(raw, cls, min(n, h + 2 * HEADER_SKIP)))
            titled = titled or i in titles
        i += 1
    if not (headline_above or (dated and (toolbar or titled or _under_title(raw, cls, h)))):
        return False
    need = CONT_RUN if headline_above else ARTICLE_LINES
    k = 0
    good = False
    gap = False
    # the run to its end: an article ends at its share bar, tags or footer (two
    # other lines in a row); a comment, however long, at the next commenter's
    # header (a date line, a reply label or an author header)
    while i < n:
        c = cls[i]
        if c is None:
            i += 1
            continue
        t = raw[i]
        if c == GOOD or (c == NEAR and _ends_sentence(t)):
            good = good or c == GOOD
            k += 1
            gap = False
        elif _thread_mark(t) or (_dated(t.strip()) and not _UPDATE.match(t)):
            return False  # the next post's header (an update stamp is the article's own)
        elif gap:
            break
        else:
            gap = True  # one subheading or caption between two paragraphs
        i += 1
    return k >= need and good


def _under_title(raw: list[str], cls: list[int | None], h: int) -> bool:
    """A title line (the headline) stands at most ``HEADER_SKIP`` non-blank
    lines above line ``h``, with no paragraph line (NEAR or GOOD) between
    them but a dek right under the headline."""
    titles = _title_lines(raw, cls, h)
    if not titles:
        return False
    between = [k for k in range(titles[-1] + 1, h) if cls[k] is not None]
    return len(between) <= HEADER_SKIP and not any(cls[k] >= NEAR for k in between[1:])


def _header_link(raw: list[str], cls: list[int | None], h: int) -> bool:
    """The comment head ``h`` is a link in the article's header ("4 Comments"
    between the headline and the article): it stands under a title line
    (``_under_title``) and the article starts under it (``_article_after``).
    A short post with its comments has the post between its headline and the
    head."""
    return _under_title(raw, cls, h) and _article_after(raw, cls, h, headline_above=True)


def _thread(raw: list[str], cls: list[int | None], a: int, b: int, prose_stops: bool = True) -> bool:
    """Lines ``a..b`` start as a comment thread: their first ``STAMP_WINDOW``
    non-blank lines hold ``THREAD_MIN`` or more reply labels and author
    headers (``_thread_mark``), two of them reply labels at least, or
    ``THREAD_HEADS`` author headers (a letters column quotes a reader or two,
    and has no reply buttons). With ``prose_stops``, a ``good`` line before
    the first of them is prose under the head: no thread (without it, the
    lines may start inside a post, as the best run does)."""
    replies = heads = seen = 0
    for i in range(a, b + 1):
        s = raw[i]
        if not s.strip():
            continue
        seen += 1
        if seen > STAMP_WINDOW:
            break
        mark = _thread_mark(s) if len(s) <= STAMP_MAX_LEN else 0
        if mark == 1:
            replies += 1
        elif mark == 2:
            heads += 1
        elif prose_stops and cls[i] == GOOD and replies + heads == 0:
            return False
        if (replies >= 2 and replies + heads >= THREAD_MIN) or heads >= THREAD_HEADS:
            return True
    return False


def _thread_mark(s: str) -> int:
    """1 for a reply label (a short line of at most ``REPLY_WORDS`` words that
    starts with "Reply": "Reply", "Reply to This"), 2 for an author header (a
    name of at most three words and "says:", "wrote:"...: "Ann Lee says:", not
    "The harbour master said:"; or "by ann (1234) writes: on May 2"), else 0."""
    low = s.strip().lower()
    words = low.split()
    if low.lstrip(" [(#-•").startswith(_REPLY) and len(words) <= REPLY_WORDS:
        return 1
    if low.startswith("by ") and any(map(low.__contains__, _WRITES)):
        return 2
    if low.endswith(":") and 2 <= len(words) <= 4 and words[0] not in _NOT_AUTHOR and low.rstrip(" :").endswith(_SAYS):
        return 2
    return 0


def _next_head(heads: list[tuple[int, bool]], cls: list[int | None], after: int, hi: int) -> int:
    """The line before the first comment head of ``heads`` after line
    ``after`` with a ``good`` line between the two (a head further down a
    comment toolbar, "Search 64 Comments", is part of the same toolbar), or
    ``hi`` when there is none before it."""
    for k, _ in heads:
        if after < k <= hi and GOOD in cls[after + 1 : k]:
            return k - 1
    return hi


#: A time of day, as every post's date line shows it ("March 3, 2023, 08:14").
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_MINUTES = re.compile(r":\d\d")
_NO_DIGITS = str.maketrans("", "", "0123456789")
#: A forum thread's post frame: a label line (at most ``FRAME_MAX_LEN``
#: characters: "Quote", "Report post", "Offline") repeated in at least
#: ``FRAME_MIN`` posts.
FRAME_MAX_LEN = 40
FRAME_MIN = 6
#: Share of the posts (stretches between two frames) that must hold a date
#: or time line, and share of frame-label pairs that must alternate.
FRAME_SHARE = 0.75
#: Most lines between two labels of one post frame.
FRAME_BLOCK = 8
#: Most frame labels tried in pairs (the most frequent ones).
FRAME_LABELS = 8
#: A post's counter in its frame: "Posts: 214", "Beiträge: 1.087", "Merit: 12".
_COUNTER_FIELD = regex.compile(r"[^\d:]{1,30}:\s*[\d.,\s]+")
#: Most date lines in one post (its own and a quoted post's).
FRAME_DATES = 4
#: Lines above and below the body searched for its own post frame.
FRAME_NEAR = 16


def _own_frame(raw: list[str], cls: list[int | None], a: int, b: int, labels: list[list[int]]) -> bool:
    """The body ``a..b`` has a post frame of its own: ``FRAME_SHARE`` of
    ``labels`` (the sorted line numbers of one frame label each; a reply's
    "Re: <topic>" line is missing on the first post) stand in the body, in
    the ``FRAME_NEAR`` lines above it (the frame over a post; the body may
    start inside the post's text), or below it before the first sentence (a
    ``near`` or ``good`` line, or a ``soft`` one ending with ``.`` ``!`` ``?``;
    at most ``FRAME_NEAR`` lines down: the frame under a post). An article has
    none: the first comment under it shows the labels that open a comment,
    then the comment's text, then the labels that close it."""
    hi = b
    while hi < min(len(raw) - 1, b + FRAME_NEAR) and not (
        (c := cls[hi + 1]) is not None and (c >= NEAR or (c == SOFT and raw[hi + 1].rstrip()[-1:] in _TERM))
    ):
        hi += 1
    lo = a - FRAME_NEAR
    return sum(bisect.bisect_right(ix, hi) > bisect.bisect_left(ix, lo) for ix in labels) >= FRAME_SHARE * len(labels)


def _in_turn(ss: list[int], ts: list[int]) -> bool:
    """Two labels' sorted line numbers ``ss`` and ``ts`` (``ts`` the rarer
    or as frequent) form one frame: ``FRAME_SHARE`` of neighbouring
    recurrences alternate, and ``FRAME_SHARE`` of ``ts`` stand within
    ``FRAME_BLOCK`` lines of one of ``ss``."""
    merged = sorted([(j, 0) for j in ss] + [(j, 1) for j in ts])
    turns = sum(x[1] != y[1] for x, y in zip(merged, merged[1:]))
    close = sum(bisect.bisect_right(ss, j + FRAME_BLOCK) > bisect.bisect_left(ss, j - FRAME_BLOCK) for j in ts)
    return turns >= FRAME_SHARE * (len(merged) - 1) and close >= FRAME_SHARE * len(ts)


def _thread_page(
    text: str, raw: list[str], cls: list[int | None], a: int, b: int, heads: list[tuple[int, bool]]
) -> tuple[int, int, list[int]] | None:
    """The page ``text`` (split into lines ``raw``, classified ``cls``) is a
    forum thread and the body ``a..b`` one of its posts.

    Evidence, all of it needed: two *frame labels* (short label lines,
    compared without their digits: "Quote this Post", "Profile",
    "Offline", "Activity: 120"; not a line repeating the page title, as the
    page's own teaser in a few boxes does) recur at least ``FRAME_MIN`` times
    each, take turns, and stand within ``FRAME_BLOCK`` lines of each other
    (one post's frame); at least ``FRAME_SHARE`` of the stretches between two
    recurrences of a label hold a sentence (the post) and one to
    ``FRAME_DATES`` lines with a year and a time of day (the post's date, a
    quoted post's); the body has a frame of its own (``_own_frame``, on the
    *main* labels, those recurring at least ``FRAME_SHARE`` as often as the
    most frequent one); the first frame line is at most ``FRAME_NEAR`` lines
    below the body's start (the comments under an article start after the
    article) and no comment head of ``heads`` comes before it. Only the
    ``FRAME_LABELS`` most frequent labels are paired (linear time).

    Returns ``(first, last, cut)``: the first and last main-label lines and
    the sorted line numbers of the frame lines to remove (main-label lines
    repeated word for word at least ``FRAME_MIN`` times, or counters such as
    "Posts: 214"; not "Weight: 9 lb 4 oz"), or None."""
    # quick tests first, for the common case: as many times of day (":30",
    # a scan for a literal in C) as dated posts, and two label lines repeated
    # as often as a frame's
    if len(_MINUTES.findall(text)) < FRAME_MIN - 1:
        return None
    exact = Counter(raw)
    rep = [s for s, k in exact.items() if k >= FRAME_MIN]
    if sum(0 < len(s) <= FRAME_MAX_LEN and not s.isspace() for s in rep) < 2:
        return None
    # a short line's key: the line without its digits ("Posts: 214" and
    # "Posts: 1,087" are one label)
    keys = [s.translate(_NO_DIGITS) if len(s) <= FRAME_MAX_LEN else None for s in raw]
    counts = Counter(keys)
    counts.pop(None, None)
    labels = [s for s, k in counts.items() if k >= FRAME_MIN]
    if len(labels) < 2:
        return None
    where: dict[str, list[int]] = {s: [] for s in labels}
    for i, k in enumerate(keys):
        if k in where:
            where[k].append(i)
    title = _tkey(raw[0])
    for s in labels:
        t = raw[where[s][0]]
        if (
            not any(map(str.isalpha, t))
            or t.rstrip()[-1:] in _TERM  # a sentence; a field label ("Posts:") may end with a colon
            or _stamp_num(t)  # a date line is the post's, not the frame's
            or (len(title) >= TITLE_MIN and _tkey(t) in title)  # the page's own teaser
        ):
            del where[s]
    if len(where) < 2:
        return None
    label_of = {i for ix in where.values() for i in ix}
    # sentences and date lines (with a year and a time of day) that are no
    # label, counted up to each line: a stretch's counts are two subtractions
    said_upto = list(accumulate(
        (
            i not in label_of and c is not None and (c >= NEAR or (c == SOFT and _ends_sentence(raw[i])))
            for i, c in enumerate(cls)
        ),
        initial=0,
    ))
    dated_upto = list(accumulate(
        (
            i not in label_of and ":" in t and len(t) <= STAMP_MAX_LEN and bool(_CLOCK.search(t) and _YEAR.search(t))
            for i, t in enumerate(raw)
        ),
        initial=0,
    ))
    frame = []
    for s, ix in where.items():
        if any(cls[i] == GOOD for i in ix):
            continue
        dated = said = 0
        for p, q in zip(ix, ix[1:]):  # the lines between p and q
            said += said_upto[q] > said_upto[p + 1]
            dated += 0 < dated_upto[q] - dated_upto[p + 1] <= FRAME_DATES
        if min(dated, said) >= FRAME_SHARE * (len(ix) - 1):
            frame.append(s)
    frame.sort(key=lambda s: -len(where[s]))
    del frame[FRAME_LABELS:]  # the most frequent: pairs are tried in turn
    if not any(_in_turn(where[s], where[t]) for s, t in combinations(frame, 2)):
        return None
    # the frame: the labels of most posts (not the name of a frequent poster);
    # the body has them all around it
    top = len(where[frame[0]])
    main = [s for s in frame if len(where[s]) >= FRAME_SHARE * top]
    if not _own_frame(raw, cls, a, b, [where[s] for s in main]):
        return None
    lines = sorted(j for s in main for j in where[s])
    if lines[0] > a + FRAME_NEAR or (heads and heads[0][0] <= lines[0]):
        return None
    # what goes: a label repeated word for word ("Quote", "Profile") or a
    # counter ("Posts: 214"), not a line of the post that only shares the
    # frame's shape ("Weight: 9 lb 4 oz", "reader3")
    cut = [j for j in lines if exact[raw[j]] >= FRAME_MIN or _COUNTER_FIELD.fullmatch(raw[j].strip())]
    return lines[0], lines[-1], cut


def _comment_heads(raw: list[str], cls: list[int | None], hi: int) -> list[tuple[int, bool]]:
    """``(line, strong)`` for every line up to ``hi`` that is a comment-section
    head: the non-GOOD lines of at most ``COMMENT_HEAD_MAX`` characters are
    joined, searched (lower-cased) for the cue stems, and the lines holding
    one are matched against the cues."""
    cues = _cues()
    short = (COMMENT_HEAD_MAX + 1).__gt__
    cand = list(
        compress(range(hi + 1), map(and_, map(_HEADABLE.__contains__, cls[: hi + 1]), map(short, map(len, raw[: hi + 1]))))
    )
    if not cand:
        return []
    lines = list(map(raw.__getitem__, cand))
    joined = "\n".join(lines)
    low = joined.lower()
    if len(low) != len(joined):  # lower-casing changed lengths (rare letters)
        low = "\n".join([ln.lower()[: len(ln)].ljust(len(ln)) for ln in lines])
    offs = None  # line offsets in ``low``, once a stem is found
    found: set[int] = set()
    for stem in cues.ascii_stems if low.isascii() else cues.stems:
        if not stem.isascii() and stem[0] not in low:
            continue  # a cheap skip: a one-character search is a fast scan in C
        p = low.find(stem)
        if p >= 0 and offs is None:
            offs = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
        while p >= 0:
            k = bisect.bisect_right(offs, p) - 1
            found.add(cand[k])
            p = low.find(stem, offs[k + 1])  # on from the next line
    out = []
    for i in sorted(found):
        t = raw[i].strip()
        if _HEAD[t]:
            out.append((i, True))
        elif _LABEL[t]:
            out.append((i, False))
    return out


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


_FOLD_PAIRS = tuple((chr(c), t) for c, t in _FOLD.items())


def _fold(k: str) -> str:
    """``k.translate(_FOLD)``, one replace in C per quote style ``k`` holds
    (a translation table is looked up in Python for each code point of a
    string outside ASCII); no target is a source, so the order is free."""
    for c, t in _FOLD_PAIRS:
        if c in k:
            k = k.replace(c, t)
    return k


def _tkey(s: str) -> str:
    """A line as titles are compared: single spaces, case and quote styles folded."""
    k = " ".join(s.split()).casefold()
    # the folded quote styles are not ASCII: an ASCII key has none to fold
    return k if k.isascii() else _fold(k)


def _tkeys(lines: list[str]) -> list[str]:
    """``_tkey`` of each of ``lines`` (none holding a line break), made in a few
    passes in C over all of them joined: case folding neither makes nor
    changes white space, nor does the quote fold, so they may run before the
    spaces are collapsed."""
    if not lines:
        return []
    k = "\n".join(lines).casefold()
    if not k.isascii():
        k = _fold(k)
    return list(map(" ".join, map(str.split, k.split("\n"))))


_PROBE = itemgetter(slice(None, TITLE_PROBE))  # a line's first characters


def _title_lines(raw: list[str], cls: list[int | None], hi: int) -> list[int]:
    """Lines after the first and before ``hi`` that repeat the first line (the
    page title) or a part of it of at least ``TITLE_MIN`` characters: headline
    candidates."""
    title = _tkey(raw[0])
    # in Chinese or Japanese a code point carries about a word: a shorter line
    # counts when it lies in the title's first part (the site's or the blog's
    # name follows it: "新竹尖石 @ 史蒂文的家_藍天")
    cjk = _CJK.search(title) is not None
    least = TITLE_MIN_CJK if cjk else TITLE_MIN
    first = _TITLE_PARTS.split(title, maxsplit=1)[0] if cjk else title
    if len(title) < least:
        return []
    plain = raw[0].casefold() + "\n" + title
    top = len(title) + TITLE_MIN
    out = []
    # a set's look-up of a small int runs faster in C than a range's test
    band = frozenset(range(least, top + 1))
    cand = list(compress(range(1, hi), map(band.__contains__, map(len, raw[1:hi]))))
    # quick test, in C over all candidates: the line starts like a part of the
    # title; the class is looked at only for the few lines that pass it
    probes = map(str.casefold, map(_PROBE, map(str.lstrip, map(raw.__getitem__, cand))))
    for j in compress(cand, map(plain.__contains__, probes)):
        if cls[j] in _HEADABLE:
            k = _tkey(raw[j])
            if len(k) >= least and k in title and _covers_part(k, title) and (len(k) >= TITLE_MIN or k in first):
                out.append(j)
    return out


#: What separates the parts of a page title: "Headline | Section | Site",
#: "Headline @ Blog", "Site: Headline"; in Chinese and Japanese also a
#: full-width bar or colon, or "_" between two such characters.
_TITLE_SEP = regex.compile(r"\s+[|\-–—·»/:@]+\s+|:\s+|\s*[｜：]\s*|(?<=[\u3040-\u30ff\u3400-\u9fff])_(?=[\u3040-\u30ff\u3400-\u9fff])")
#: A headline candidate that does not open the title part it is in repeats at
#: least this share of it; a subheading that repeats a few words from inside
#: it ("Citrus Sauce" in "Pear Stuffing with Citrus Sauce | Blog", a recipe's
#: second dish) is no headline.
TITLE_PART_SHARE = 0.6


def _covers_part(k: str, title: str) -> bool:
    """``k``, found in ``title``, opens the title part (``_TITLE_SEP``) it lies
    in, or covers ``TITLE_PART_SHARE`` of it: a headline is often shorter than
    a title written for search engines ("Library to close" in "Library to
    close after council vote on Tuesday | Gazette"), and it starts the part."""
    p = title.find(k)
    e = p + len(k)
    lo, hi = 0, len(title)
    for m in _TITLE_SEP.finditer(title):
        if m.end() <= p:
            lo = m.end()
        elif m.start() >= e:
            hi = m.start()
            break
    return p == lo or len(k) >= TITLE_PART_SHARE * (hi - lo)


#: A headline found by its words (``_headline_above``): a line reworded from
#: the title shares at least HEAD_SHARED content words with a title part,
#: covering HEAD_TITLE_SHARE of that part's words and HEAD_LINE_SHARE of its
#: own, and HEAD_SHARED with the first HEAD_BODY_CHARS characters of the body;
#: failing any title line, a line shares HEAD_BODY_SHARED words with that
#: opening, HEAD_LINE_SHARE of its own (a headline sums up the story's
#: opening; a teaser of another story or a menu label shares little with it).
HEAD_SHARED = 2
HEAD_BODY_SHARED = 3
#: ... and has at least HEAD_BODY_WORDS content words of its own (a menu
#: label, "International - India & World", has fewer).
HEAD_BODY_WORDS = 4
HEAD_TITLE_SHARE = 0.6
HEAD_LINE_SHARE = 0.5
HEAD_BODY_CHARS = 600
#: Most words of a headline found by its words.
HEAD_MAX_WORDS = 30
#: Fewest content words of a title part a reworded headline is matched with
#: (fewer are a site's name: "Hacker Monthly Blog").
HEAD_PART_WORDS = 4
#: What separates the parts of a page title for matching a headline with it:
#: as ``_TITLE_SEP`` but not a colon, which headlines hold ("Ask Ann: why ...").
_TITLE_PARTS = regex.compile(r"\s+[|\-–—·»«/@]+\s+|\s*[｜：]\s*")
_HEADLINE_WORD = regex.compile(r"\w{3,}")
#: A breadcrumb trail's separator: a line holding the title among the
#: sections above it ("Home > News > Ferry back") is no headline.
_TRAIL = regex.compile(r"\s[>/»›]\s")


def _content_words(line: str, stop: frozenset[str]) -> set[str]:
    """The content words of ``line`` as headlines and text are compared: case
    folded, words of three letters or more that are no stopword and no number,
    a plural or possessive "s" dropped, cut to their first five letters (a
    light stem: "defends" and "defended" meet)."""
    return {
        (w[:-1] if w[-1] == "s" and len(w) > 3 else w)[:5]
        for w in _HEADLINE_WORD.findall(line.casefold())
        if w not in stop and not w.isdigit()
    }


#: Longest first line of a region that is looked at as a share button
#: ("Click to share on Facebook (Opens in new window)").
SHARE_LINE_MAX = 80


def _opening(raw: list[str], cls: list[int | None], a: int) -> str:
    """The body's opening as content words are looked up in it (``_shared``):
    the first ``HEAD_BODY_CHARS`` characters of the non-blank lines from line
    ``a`` on, case folded, after a space; share buttons the region starts
    with ("Click to share on Facebook (Opens in new window)": lines the
    ``share`` filter removes) are no part of it."""
    lines = _opening_lines(raw, cls, a)
    if cls[a] is not None and cls[a] <= SOFT and len(raw[a]) <= SHARE_LINE_MAX:
        # (a region that opens with a paragraph, or a long line, opens with
        # no share bar)
        block = "\n".join(raw[j] for j in lines)
        ends = list(accumulate(len(raw[j]) + 1 for j in lines))
        lead = 0  # the end of the share lines the block starts with
        for sp in sorted(_filters.share(block)):
            if sp.start > lead + 1:
                break
            lead = max(lead, sp.end)
        if lead:
            k = bisect.bisect_right(ends, lead + 1)  # lines wholly inside the share run
            if k < len(lines):
                lines = _opening_lines(raw, cls, lines[k])
            else:
                lines = []
    return " " + " ".join(raw[j] for j in lines)[:HEAD_BODY_CHARS].casefold()


def _opening_lines(raw: list[str], cls: list[int | None], a: int) -> list[int]:
    """The non-blank lines from line ``a`` on that hold the first
    ``HEAD_BODY_CHARS`` characters."""
    out = []
    size = 0
    for j in range(a, len(raw)):
        if size >= HEAD_BODY_CHARS:
            break
        if cls[j] is not None:
            out.append(j)
            size += len(raw[j])
    return out


def _shared(words: set[str], opening: str) -> int:
    """How many of the content words ``words`` (``_content_words``) start a
    word after a space in the body's ``opening`` (``_opening``): "repai" in
    "... the repairs", "bid" in "a bidder" too. Plain substring tests in C,
    without splitting the opening into words (a word after a bracket or a
    dash is not seen)."""
    return sum((" " + w) in opening for w in words)


@functools.cache
def _crumb_leads() -> tuple[str, ...]:
    """The ``[crumb_lead]`` phrases of ``patterns/structure.re``: how a
    breadcrumb trail may start ("you are here"), lower case."""
    return tuple(p.lower() for p in _cue_sections().get("crumb_lead", ()))


def _headline_shaped(line: str, c: int | None) -> bool:
    """A line that may be a headline found by its words: a ``label``, ``item``,
    ``soft`` or ``near`` line of three to ``HEAD_MAX_WORDS`` words that does not
    end a sentence with a full stop or a colon, and is no date or byline line."""
    if c is None or c in (GOOD, BAD):
        return False
    t = line.strip()
    n = t.count(" ") + 1
    return (
        3 <= n <= HEAD_MAX_WORDS
        and not t.endswith((".", ":"))
        and _TRAIL.search(t) is None  # a breadcrumb trail ("Home / News / Ferry")
        and " | " not in t  # a row of links
        and not t.lower().startswith(_crumb_leads())
        and t[0] not in "«»‹›<>"  # a link to the previous or next post
        and not _stamp(t)
        and not _BYLINE.match(t)
    )


def _dateline(line: str) -> bool:
    """``line`` is a dateline on a line of its own (``_DATELINE``: "NEW
    ORLEANS -", "Boston (CNN) --"), not a rubric in capitals with a dash
    (``[rubric]`` of ``patterns/structure.re``: "LIVE —", "UPDATE -")."""
    return _DATELINE.fullmatch(line) is not None and _cues().rubric.fullmatch(line) is None


def _first_line_headline(raw: list[str], cls: list[int | None], a: int, line: str, lang: str | None) -> bool:
    """The text's first line ``line`` (stripped), of one or two words, is its
    headline above the body that starts at line ``a``: no cue, and a content
    word it shares with the body's opening ("Sunday Scones" over "These are
    the scones ..."). Further down, or sharing no word ("News", "Home",
    "Opinion"), such a line is a section or menu label; one that recurs in a
    copyright line below the body is the site's name ("Kelby Courier" over
    "Kelby harbour ..." and "© 2026 Kelby Courier")."""
    if len(line) > END_HEAD_MAX or _cue(line):
        return False
    stop = _stopwords().get(lang or "en", frozenset())
    if not _shared(_content_words(line, stop), _opening(raw, cls, a)):
        return False
    # a site's name recurs in the copyright line below the article ("© 2026
    # Kelby Courier"); a headline does not
    low = line.casefold()
    return not any(
        low in t for k in range(a + 1, len(raw)) if "©" in (t := raw[k].casefold()) or "copyright" in t
    )


def _ruled(raw: list[str], lines: list[int], context: int, a: int) -> bool:
    """Every one of ``lines`` (indices into ``raw``) is removed, at least in
    part, by a rule filter of the default pipeline's toolbar, menu and box
    families (share, icon labels, navigation, ads, newsletter, site chrome,
    related, legal), run on the lines from ``context`` lines above the first
    of them to ``RULED_AFTER`` lines past the body's first line ``a`` (a run
    of share labels is one in its context; a list's last link is followed
    by the body's prose, not taken for one more link)."""
    lo = max(0, min(lines) - context)
    hi = min(len(raw), a + RULED_AFTER)
    block = "\n".join(raw[lo:hi])
    starts = list(accumulate((len(x) + 1 for x in raw[lo:hi]), initial=0))
    left = {j - lo for j in lines}
    for f in (
        _filters.share, _filters.icon_labels, _filters.navigation, _filters.ads, _chrome.newsletter,
        _chrome.site_chrome, _chrome.related, _chrome.legal,
    ):
        for sp in f(block):
            left -= {k for k in left if sp.start < starts[k] + len(raw[lo + k]) and sp.end > starts[k]}
        if not left:
            return True
    return False


#: A teaser of a video, a podcast or a gallery opens with one of these and a
#: colon ("Watch: ..."); its length ("2:14") reads as a time of day.
_MEDIA_LABELS = frozenset({"watch", "video", "listen", "podcast", "gallery", "photos", "pictures", "in pictures"})


def _headline_far(raw: list[str], cls: list[int | None], a: int, lang: str | None) -> int | None:
    """The article's headline farther up than ``_headline_above`` looks (a
    headline over a long toolbar of share and icon labels), when neither it
    nor the title-like lines right above the body give one; or None.

    The nearest line between ``HEAD_LOOKBACK`` and ``HEAD_LOOKBACK_FAR``
    lines above the body's first line ``a`` (index into ``raw``), or up to
    ``HEAD_LOOKBACK_BOX`` when it is the title's part word for word and no
    line of a paragraph's class (``NEAR``, ``GOOD``) stands between it and
    the body (boxes of related links and topics under a tabloid's
    headline), that is the
    page title's longest part (``TITLE_MIN`` characters or more), or rewords
    it as ``_headline_above``'s step 3 asks (not that part run on with more
    words, or after a label or a mark: a link), of ``FAR_WORDS`` words or
    with a byline or a date line within ``FAR_HEADER`` lines under it, and
    sharing ``HEAD_SHARED`` content words with the body's opening. Not a
    line right under a line made of another title part's words (a tagline
    under the site's name), nor one with a headline-shaped line under it and
    another under that or over it (a link in a list). A headline-shaped line
    right over a byline or a date line among the next lines, not right
    under the line found, that shares a word with the opening is taken
    instead (the article's own headline, the line found a link to it; not a
    video's or gallery's teaser, ``_MEDIA_LABELS``, over its length). None
    when the body's first lines start with the title's part themselves (the
    body opens with its headline), or its first line is headline-shaped with
    fewer than ``OPEN_HEAD_WORDS`` words (its own headline, worded
    otherwise; a longer one is a photo's caption). ``lang`` picks the
    stopword list (English when None). Never raises."""
    if a - HEAD_LOOKBACK <= 1:
        return None
    lo = max(1, a - HEAD_LOOKBACK_BOX)
    far = [j for j in range(a - HEAD_LOOKBACK - 1, lo - 1, -1) if cls[j] is not None]
    # (beyond HEAD_LOOKBACK_FAR, the title's part word for word over lines
    # of no paragraph's class only)
    box = a - HEAD_LOOKBACK_FAR
    prose = next((j for j in range(a - 1, lo - 1, -1) if cls[j] is not None and cls[j] >= NEAR), -1)
    if not far:
        return None
    got = _tkeys([raw[0]] + [raw[j] for j in far])
    part = max(_TITLE_PARTS.split(got[0]), key=len)
    if len(part) < TITLE_MIN:
        return None
    top = [j for j in range(a, min(a + HEAD_LINES + 1, len(raw))) if cls[j] is not None]
    if (_headline_shaped(raw[a], cls[a]) and raw[a].count(" ") < OPEN_HEAD_WORDS) or any(
        k.startswith(part) for k in _tkeys([raw[j] for j in top])
    ):
        return None  # (the body opens with a headline, its own; a long line there is a caption)
    stop = _stopwords().get(lang or "en", frozenset())
    words = _content_words(part, stop)
    opening = None
    # the title's other parts (the site's name), by their content words
    names = [w for w in (_content_words(p, stop) for p in _TITLE_PARTS.split(got[0]) if p != part) if w]
    for j, k in zip(far, got[1:]):
        if j < box and (k != part or j < prose):
            continue
        own = _content_words(raw[j], stop)
        if k != part:
            at = k.find(part)
            if at == 0 or (at > 0 and not _PLAIN_WORDS.fullmatch(k[:at])):
                # a link run on with its age or section ("... 2 hours ago"),
                # or under a label or a mark ("Now reading: ...", "Video -
                # ...", "▶ ..."); the headline may still be longer than the
                # title ("Ann Lee wins ..." for "Lee wins ...")
                continue
            # the headline reworded in the title ("Dept." for "Department")
            m = len(own & words)
            if not (
                len(words) >= HEAD_PART_WORDS
                and m >= HEAD_TITLE_SHARE * len(words)
                and m >= HEAD_LINE_SHARE * len(own)
                and _headline_shaped(raw[j], cls[j])
            ):
                continue
        up = next((i for i in range(j - 1, 0, -1) if cls[i] is not None), None)
        if up is not None and (upw := _content_words(raw[up], stop)) and any(upw <= w for w in names):
            continue  # a tagline under the site's name in the masthead ("Site | Tagline")
        # (a link in a list of recent or most-read stories: a title under it,
        # and another under that or over it; a headline has at most its
        # subheadline under it)
        down = [i for i in range(j + 1, a) if cls[i] is not None][:2]
        shaped = [i is not None and _headline_shaped(raw[i], cls[i]) for i in (up, *down)]
        if len(shaped) > 1 and shaped[1] and (shaped[0] or shaped[2:3] == [True]):
            continue
        # (a line of FAR_WORDS words or more, or an article's header under
        # it: a byline or a date line within the next FAR_HEADER lines; a
        # menu's "City Council Meetings" has neither)
        after = [i for i in range(j + 1, a) if cls[i] is not None]
        header = next((n for n, i in enumerate(after[:FAR_HEADER]) if _dated(raw[i].strip())), None)
        if raw[j].strip().count(" ") + 1 < FAR_WORDS and header is None:
            continue
        if opening is None:
            opening = _opening(raw, cls, a)
        if _shared(own, opening) >= HEAD_SHARED:
            # a headline-shaped line right over the byline or date line,
            # not right under this one (its subheadline), that shares a word
            # with the opening is the article's own headline ("Shelves full
            # once again"), this line a link to the story (in a list, a trail)
            for x, y in zip(after, after[1 : FAR_HEADER + 1]):
                if (
                    x != after[0]
                    and _dated(raw[y].strip())
                    and _headline_shaped(raw[x], cls[x])
                    and raw[x].strip().partition(":")[0].strip().lower() not in _MEDIA_LABELS
                    and _shared(_content_words(raw[x], stop), opening)
                ):
                    return x
                if header is not None and y == after[header]:
                    break
            return j
    return None


def _headline_above(raw: list[str], cls: list[int | None], a: int, lang: str | None) -> int | None:
    """The article's headline among the ``HEAD_LOOKBACK`` lines above the
    body's first line ``a`` (index into ``raw``), or None; a line repeating
    line ``a`` is none (the body opens with its headline). In this order:

    1. the nearest line of ten characters or more and two words (or a whole
       title part: "Micromorts" under "Security Blog: Micromorts"; in Chinese
       or Japanese, a whole part of ``TITLE_MIN_CJK`` characters) found
       whole in the page title (line 0), or holding it whole (not as the
       last step of a breadcrumb trail, ``_TRAIL``); but not a line that is
       a whole title part (``_TITLE_PARTS``) or holds the title and more,
       and shares no content word (``_content_words``) with the body's
       first ``HEAD_BODY_CHARS`` characters, when another such line above
       does (an author's name repeated from the title, "Ann Lee" under
       "Ferry back | Ann Lee | Gazette"; a section's name, "Sports Wire";
       a publisher's line holding the site's name), which is the headline
       only when steps 2 and 3 find none, and step 4 none under it where it
       reads as a site's or section's name: a title part after the first,
       a line holding the title after two words or more, or the page's
       first line with a line that is no byline or date line between it
       and the one step 4 finds (a pun headline, the title's first part,
       has only its byline and date under it); when step 4's line stands
       right under it, it is the headline and that line its standfirst; a
       Chinese or Japanese one shares no word by construction and is the
       headline when steps 2 and 3 find none;
       and a line farther up, shorter than the title, that holds the
       nearest one wins ("Ask Ann: Ferry back" over "Ask Ann");
    2. the nearest line that starts with the title's longest part and
       shares ``HEAD_SHARED`` content words with the body's opening (the
       headline run on with its section and date: "Ferry back after
       repairs News, Updated Nov 6");
    3. the headline-shaped line (``_headline_shaped``) that shares most
       content words with a title part of at least ``HEAD_PART_WORDS``
       content words: ``HEAD_SHARED`` or more, covering ``HEAD_TITLE_SHARE``
       of the part's and ``HEAD_LINE_SHARE`` of its own, and ``HEAD_SHARED``
       with the body's opening (the headline reworded in the title: "Ferry
       Back in Service After Repairs" under "Harbour ferry back after
       repairs | Gazette");
    4. the nearest headline-shaped line of ``HEAD_BODY_WORDS`` content words
       or more that shares ``HEAD_BODY_SHARED`` of them with the body's
       opening, ``HEAD_LINE_SHARE`` of its own: a headline sums the story's
       opening up, while a teaser of another story or a menu label shares
       little with it; not a link to another post ("Previous post: ...",
       ``_nav_labelled``).

    ``lang`` picks the stopword list (English when None). Never raises.
    """
    lo = max(1, a - HEAD_LOOKBACK)
    if lo >= a:
        return None
    lines = [j for j in range(a - 1, lo - 1, -1) if cls[j] is not None]
    above = lines[0] if lines else None  # the nearest line above the body
    # a line that repeats the body's first line is no headline above it: the
    # body already opens with its headline
    short = len(raw[a]) <= END_HEAD_MAX
    got = _tkeys([raw[0], raw[a] if short else ""] + [raw[j] for j in lines])
    title = got[0]
    first = got[1] if short else None
    keys = dict(zip(lines, got[2:]))
    lines = [j for j in lines if keys[j] != first]
    split = _TITLE_PARTS.split(title)
    whole = None  # the title's parts, split when a line needs them
    exact = []
    for j in lines:
        k = keys[j]
        if (len(k) >= 10 or (len(k) >= TITLE_MIN_CJK and _CJK.search(k))) and (
            k in title or (len(title) >= 10 and title in k and not _TRAIL.search(k))
        ) and not (j == above and _dateline(raw[j])):  # (a dateline opening the body: "NEW ORLEANS -")
            if " " not in k:
                if whole is None:
                    whole = set(split) | set(_TITLE_SEP.split(title))
                if k not in whole:
                    continue
            exact.append(j)
    stop = _stopwords().get(lang or "en", frozenset())
    opening = None  # the body's opening, read when needed
    weak = None  # a site's name from the title: the headline if no other
    site = False  # ... which a headline found by its words under it outranks
    if exact:
        near = exact[0]
        if whole is None:
            whole = set(split) | set(_TITLE_SEP.split(title))
        def shares(j: int) -> bool:
            # Chinese and Japanese run words together: a line shares a "word"
            # with the opening only by starting a line of it, as the site's
            # name does in a footer, so such a line shares nothing here
            return not _CJK.search(keys[j]) and _shared(_content_words(raw[j], stop), opening) > 0

        if keys[near] in whole or (title in keys[near] and keys[near] != title):
            # (a line holding the title and more: the headline run on with
            # the site's name, or, sharing nothing with the opening, a
            # publisher's line holding the site's name that is the title)
            opening = _opening(raw, cls, a)
            if not shares(near):
                near = next((j for j in exact[1:] if shares(j)), None)
            if near is None:
                weak = exact[0]
                if len(keys[weak]) < 10 and sum(cls[j] is not None for j in range(weak + 1, a)) > CJK_HEAD_GAP:
                    # a short Chinese or Japanese site's name over the menu
                    # (a headline has only its byline and date under it)
                    weak = None
                else:
                    # a site's or section's name: a title part after the
                    # first ("Sports Wire" in "Gazette - Sports Wire"), or a
                    # line holding the title after two words or more
                    # ("Publishers of the Gazette and the Herald"); the first
                    # part is the headline where titles put it first, a pun
                    # ("Not so fast | Gazette", "Opinion: Not so fast", "Not
                    # so fast, and maybe for good")
                    k = keys[weak]
                    site = k != split[0] if k in whole else len(k[: k.find(title)].split()) >= 2
        if near is not None:
            return next((j for j in reversed(exact) if j < near and keys[near] in keys[j] and len(keys[near]) < len(keys[j]) < len(title)), near)
    part = max(split, key=len)  # most often the headline (not always: "Rain | Weekly Weather Notes")
    if len(part) >= TITLE_MIN:
        for j in lines:
            if keys[j].startswith(part):
                if opening is None:
                    opening = _opening(raw, cls, a)
                if _shared(_content_words(raw[j], stop), opening) >= HEAD_SHARED:
                    return j
    shaped = [j for j in lines if _headline_shaped(raw[j], cls[j])]
    if not shaped:
        return weak
    parts = [w for w in (_content_words(p, stop) for p in split) if len(w) >= HEAD_PART_WORDS]
    shaped = [(j, _content_words(raw[j], stop)) for j in shaped]
    found = None
    for j, own in shaped:
        for words in parts:
            m = len(own & words)
            if m >= HEAD_SHARED and m >= HEAD_TITLE_SHARE * len(words) and m >= HEAD_LINE_SHARE * len(own):
                if opening is None:
                    opening = _opening(raw, cls, a)
                if (found is None or m > found[0]) and _shared(own, opening) >= HEAD_SHARED:
                    found = (m, j)
    if found is not None:
        return found[1]
    if weak is not None and (_CJK.search(keys[weak]) or not (site or all(cls[i] is None for i in range(1, weak)))):
        # (a Chinese or Japanese title part shares no "word" with the opening
        # whatever it is: _shared; a title part that reads as no site's name
        # and does not open the page is the headline: a pun)
        return weak
    # the title on the page's first line, a masthead, is the site's name
    # where a line that is no byline or date stands between it and the line
    # found by its words (a menu, a tagline); a pun headline has only its
    # byline and date under it
    masthead = weak is not None and not site
    for j, own in shaped:
        if weak is not None and j <= weak:
            # the title's part that shares nothing with the opening (a
            # section's or site's name) is nearer the body than any line
            # found by its words
            break
        if len(own) < HEAD_BODY_WORDS or _nav_labelled(raw[j]):
            continue
        if masthead and not any(cls[i] is not None and not _meta_shaped(raw[i].strip()) for i in range(weak + 1, j)):
            continue
        if opening is None:
            opening = _opening(raw, cls, a)
        m = _shared(own, opening)
        if m >= HEAD_BODY_SHARED and len(own) >= HEAD_BODY_WORDS and m >= HEAD_LINE_SHARE * len(own):
            # a teaser in a list under a list head ("Trending", "Most read"),
            # over headline-shaped lines: the lines right above the body
            # decide (the fallback), not this one
            up = [i for i in range(j - 1, lo - 1, -1) if cls[i] is not None]
            if up and up[0] == weak:
                # right under the title's part: that is the headline (a pun
                # shares no word with the opening), this its standfirst
                return weak
            i = next((i for i in up if not _headline_shaped(raw[i], cls[i])), None)
            if i is not None and len(raw[i]) <= END_HEAD_MAX and _cue(raw[i]):
                return weak
            # the line right above it is headline-shaped and shares a word
            # with it, or HEAD_SHARED words with the opening, or one and is
            # no longer than it or stands in no list of titles: that is the
            # headline, this its standfirst (the last teaser of a list above
            # the headline may share a word with the opening by chance, and
            # is as long as it likes); never a link to another post
            if up and _headline_shaped(raw[up[0]], cls[up[0]]) and not _nav_labelled(raw[up[0]]):
                words = _content_words(raw[up[0]], stop)
                m = _shared(words, opening)
                if words & own or m >= HEAD_SHARED or (
                    m and (len(raw[up[0]].split()) <= len(raw[j].split()) or not (up[1:] and _headline_shaped(raw[up[1]], cls[up[1]])))
                ):
                    return up[0]
            return j
    return weak

def _header_line(t: str) -> bool:
    """The stripped line ``t`` is a byline or a date line (``_dated``), or
    another line the ``bylines`` filter removes, or a word count
    (``_meta_line``)."""
    return _dated(t) or (len(t) <= STAMP_MAX_LEN and _meta_line(t))


def _meta_shaped(t: str) -> bool:
    """The stripped line ``t`` is a header line (``_header_line``) or an
    author's or agency's name alone: the meta lines under a headline."""
    return _header_line(t) or _BARE_NAME.fullmatch(t) is not None


#: An article's length in words under its headline ("Word count: 676").
_WORD_COUNT = regex.compile(r"(?i:word count|words)\s*:\s*\d{1,3}(?:,?\d{3})?(?:\s+words)?")


def _meta_line(t: str) -> bool:
    """The stripped line ``t`` is one the ``bylines`` filter removes on its
    own: a byline, timestamp or reading time of its grammar ("5 min read",
    "By Ann Lee | Staff Writer"); or a word count ("Word count: 676"), which
    that filter leaves (a contest's rules state one)."""
    return _WORD_COUNT.fullmatch(t) is not None or _chrome._byline_kind(_chrome._byline_grammar(), t.rstrip(".")) is not None


def _nav_labelled(line: str) -> bool:
    """``line`` starts with a label of the ``navigation`` filter's vocabulary
    and a colon: "Previous post: Ferry back in service", a link to another
    post, whatever words it shares with the opening."""
    head, colon, _ = line.partition(":")
    return bool(colon) and len(head) <= END_HEAD_MAX and _filters._label_key(head.strip()) in _junk_heads()


def _anchor(raw, cls, score, a: int, b: int, best: float) -> tuple[int, int] | None:
    """The body that follows a headline: when the best run does not start
    within ``HEAD_GAP`` lines under a title line, the best run starting there
    replaces it if it gains at least ``ANCHOR_SHARE`` of the best run's sum."""
    # when the best run starts right under a byline or a date line (a lede
    # under its article's header), a title line inside it that stands in a
    # list of story titles is the page's own entry in a box of links between
    # the lede and the rest of the article: anchoring under it would drop the
    # lede (teasers above a headline have no header of their own)
    cands = _title_lines(raw, cls, len(raw))
    if cands and _headed(raw, cls, a):
        cands = [j for j in cands if not (a <= j <= b and _listed(raw, cls, j))]
    if not cands:
        return None
    n = len(raw)
    # a title line inside the best run keeps the plain gap: the body already
    # holds its headline
    # (a title line the best run starts under ends the search: found by the
    # plain gap first, which _gap_end only widens, and then line by line, so
    # that the windows after it are not walked)
    if any(j < a <= j + HEAD_GAP for j in cands):
        return None
    gaps = []
    for j in cands:
        g = j + HEAD_GAP if a <= j <= b else _gap_end(raw, cls, j)
        if j < a <= g:
            return None
        gaps.append(g)
    pre = list(accumulate(score, initial=0.0))
    sufmax = list(accumulate(reversed(pre), max))[::-1]  # max(pre[t:]) at t
    found = None
    for j, g in zip(cands, gaps):
        for s in range(j + 1, min(n, g + 1)):
            if score[s] > 0:
                m = sufmax[s + 1] - pre[s]
                if m >= ANCHOR_SHARE * best and (found is None or m > found[0]):
                    found = (m, s)
    if found is None:
        return None
    m, s = found
    target = sufmax[s + 1]
    e = s
    while pre[e + 1] != target:
        e += 1
    return s, e


def _story_title(raw: list[str], cls: list[int | None], j: int) -> bool:
    """Line ``j`` reads as a story's title in a list of links: a line of
    three words or more, shorter than a paragraph (LABEL to NEAR), that ends
    no sentence (``_ends_sentence``) and is no date line or byline."""
    return _title_shaped(raw[j].strip(), cls[j])


def _title_shaped(t: str, c: int | None) -> bool:
    """``_story_title`` for the stripped line ``t`` of class ``c``."""
    if c not in (LABEL, ITEM, SOFT, NEAR):
        return False
    return t.count(" ") >= 2 and not _ends_sentence(t) and not _stamp(t) and _BYLINE.match(t) is None


def _listed(raw: list[str], cls: list[int | None], j: int) -> bool:
    """The title line ``j`` stands among other story titles (``_story_title``):
    at least one right above it and one right below it (blank lines skipped),
    ``TEASER_LIST_MIN`` in a row with it. A headline has a kicker, a menu or a
    paragraph above it and a dek, byline or date under it, seldom titles on
    both sides."""
    n = len(raw)
    sides = []
    for step in (-1, 1):
        k = j + step
        m = 0
        while 0 <= k < n and m < TEASER_LIST_MIN:
            if cls[k] is None:
                k += step
                continue
            if not _story_title(raw, cls, k):
                break
            m += 1
            k += step
        sides.append(m)
    return min(sides) >= 1 and sum(sides) + 1 >= TEASER_LIST_MIN


def _stack_title(line: str, c: int | None) -> bool:
    """``line`` (of class ``c``) reads as one story's title in a box of links:
    a ``_story_title`` that starts with a capital letter, a digit or a quote
    (not with a list bullet or in lower case, as a line of hard-wrapped prose
    or a list item may), that ends with no comma, dash or colon (it leads on
    to what follows), and that is no quantity line (an ingredient list)."""
    t = line.strip()
    f = t[0]
    # the first and last code points first: most lines fail there
    if not (f.isupper() or f.isdigit() or f in "\"'“‘«„") or t[-1] in ",;:-–—":
        return False
    return _title_shaped(t, c) and not (_BULLET.match(t) or _quantity(t))


def _box_head(line: str) -> bool:
    """``line`` heads a box of story titles: a tail head (``_END``) or a
    ``[title_box_head]``."""
    t = line.strip()
    return len(t) <= END_HEAD_MAX and bool(_END[t] or _TITLE_BOX[t])


def _box_head_above(raw: list[str], cls: list[int | None], top: int) -> bool:
    """A list head (``[list_head]`` or another tail head, ``_END``; or a
    ``[title_box_head]``) stands right above line ``top``, or above one label of at most
    ``STACK_LABEL_WORDS`` words right above it ("More on:" over a topic tag,
    "Must watch" over a count of videos)."""
    k = top - 1
    for step in range(2):
        while k >= 0 and cls[k] is None:
            k -= 1
        if k < 0:
            return False
        t = raw[k].strip()
        if _box_head(t):
            return True
        if step or cls[k] != LABEL or len(t.split()) > STACK_LABEL_WORDS:
            return False
        k -= 1
    return False


def _title_next(raw: list[str], cls: list[int | None], j: int, b: int, titles: frozenset[int]) -> bool:
    """The next non-blank line after line ``j`` (up to ``b``) reads as a story
    title in a box (``_stack_title``) and is no title line."""
    for k in range(j + 1, b + 1):
        if cls[k] is not None:
            return k not in titles and _stack_title(raw[k], cls[k])
    return False


def _title_stack(raw: list[str], cls: list[int | None], a: int, b: int, lang: str | None) -> tuple[int, int, list[int]] | None:
    """``(top, first, heads)``: the first line of a box of story titles above
    or at the top of the body ``a..b``, the first paragraph line of the
    article under it, and the article's headline lines between them (none,
    or the headline, or a headline and its standfirst); or ``None`` when
    there is no such box.

    A box of links ("Recent stories:", "More on:", a video playlist) may
    stand right above an article, and its titles, which a stopword-dense
    sentence case makes read as short sentences without their full stop,
    join the body's best run. The body starts under them when

    * ``TEASER_STACK_MIN`` lines or more in a row are such titles
      (``_stack_title``), reaching into the body from above or at ``a``, or
      ending right above it with at most ``STACK_META`` label, byline or
      date lines between; and a list head stands right above them
      (``_box_head_above``; the head itself may read as a title): without
      one, such lines may as well be a poem, a list of highlights or a table
      of contents at the top of an article;
    * under them, past the page's own headline (a title line, which ends the
      titles) and at most ``STACK_META`` label, byline or date lines,
      ``CONT_RUN`` sentences follow from ``a`` on, the first a paragraph line.

    With no title line under the box or above it, the article's own headline
    may be under or among the titles: a label right under them and over a
    byline or date line is the headline; else, right over a byline or date
    line, the last ``HEAD_LINES`` titles are its headline and standfirst;
    else the last title is its headline when ``HEAD_SHARED`` of its content
    words open the article (``_shared``). A last title cut short ("...")
    is a teaser's blurb, no headline. A second list head under the titles
    with more titles under it ("See also") goes on the box. Titles kept so must leave
    ``TEASER_STACK_MIN`` in the box. A headline stays with its header as any
    headline does (``_analyse``)."""
    # up from the body's first line: over at most STACK_META label, byline or
    # date lines when the body starts under them, then over the titles (the
    # page's own headline among them)
    top = a
    k = a - 1
    at_a = _stack_title(raw[a], cls[a])
    skipped = STACK_META if at_a else 0
    while k >= 0:
        c = cls[k]
        if c is not None:
            if _stack_title(raw[k], c) and not _box_head(raw[k]):
                top = k
            elif top == a and skipped < STACK_META and (c == LABEL or _dated(raw[k].strip())):
                skipped += 1
            else:
                break
        k -= 1
    if (top == a and not at_a) or not _box_head_above(raw, cls, top):
        return None
    titles = frozenset(_title_lines(raw, cls, b + 1))
    stack = []
    j = top
    while j <= b:
        c = cls[j]
        if c is None:
            j += 1
            continue
        if j in titles or not _stack_title(raw[j], c):
            # a second box's head over more titles ("See also") goes on the box
            if not (stack and _box_head(raw[j]) and _title_next(raw, cls, j, b, titles)):
                break
            j += 1
            continue
        stack.append(j)
        j += 1
    if len(stack) < TEASER_STACK_MIN:
        return None
    heads = []
    if j <= b and j in titles:  # the page's own headline under the box
        heads.append(j)
        j += 1
    metas = []  # the label, byline and date lines under the box (and the headline)
    for _ in range(STACK_META):
        while j <= b and cls[j] is None:
            j += 1
        if j <= b and (cls[j] == LABEL or _dated(raw[j].strip())):
            metas.append(j)
            j += 1
        else:
            break
    while j <= b and cls[j] is None:
        j += 1
    # the article's sentences: a paragraph line first, then more sentences
    # (short ones too: "He was arrested last week.")
    if j > b or j < a or cls[j] < NEAR or not _ends_sentence(raw[j]):
        return None
    k = j
    m = 0
    while k <= b and m < CONT_RUN:
        c = cls[k]
        if c is not None:
            if c < SOFT or not _ends_sentence(raw[k]):
                return None
            m += 1
        k += 1
    if m < CONT_RUN:
        return None
    if not heads and not any(t < top for t in titles):
        # no headline under the box or above it: the last titles may be the
        # article's own; they stay, and the titles above them must still make
        # a box. Over a byline or a date line, the last two are a headline
        # and its standfirst (teasers have no header of their own); else the
        # last one is the headline when it shares words with the opening
        dated = [_dated(raw[x].strip()) for x in metas]
        if len(metas) >= 2 and not dated[0] and any(dated):
            heads = metas[:1]  # a short headline over its byline: the titles are all teasers
        elif raw[stack[-1]].rstrip().endswith(("...", "…")):
            pass  # a teaser's cut blurb, no headline
        elif dated and dated[0]:
            heads = stack[-HEAD_LINES:]
        else:
            stop = _stopwords().get(lang, frozenset()) if lang else frozenset()
            if _shared(_content_words(raw[stack[-1]], stop), _opening(raw, cls, j)) >= HEAD_SHARED:
                heads = stack[-1:]
        if len(stack) - len(heads) < TEASER_STACK_MIN:
            return None
    return top, j, heads


def _headed(raw: list[str], cls: list[int | None], a: int) -> bool:
    """The nearest non-blank line above line ``a`` is a byline ("By Ann Lee")
    or a date line: the article's own header stands right above ``a``."""
    k = a - 1
    while k >= 0 and cls[k] is None:
        k -= 1
    if k < 0:
        return False
    return _dated(raw[k].strip())


def _gap_end(raw: list[str], cls: list[int | None], j: int) -> int:
    """The last line of the window under the title line ``j`` in which the
    body may start: ``HEAD_GAP`` lines, not counting the quantity lines of an
    ingredient list (``_quantity``: an amount and a unit), which a recipe puts between its
    headline and its method however long it is."""
    n = len(raw)
    e = j
    k = 0
    while k < HEAD_GAP:
        e += 1
        if e >= n or cls[e] is None or cls[e] > ITEM or not _quantity(raw[e].strip()):
            k += 1
    return e


def _dense_after(raw: list[str], cls: list[int | None], lo: int, hi: int, qa: bool = False) -> bool:
    """Lines ``lo..hi`` hold ``CONT_RUN`` paragraph lines in a row (GOOD lines,
    or NEAR lines that end with punctuation and are not truncated), two of them
    GOOD lines in a row: more of the article, not a list of teasers, whose
    titles have no full stop and alternate with short or truncated blurbs.
    With ``qa`` (the body is an interview, ``_first_answer``), ``QA_PAIRS``
    answers each right under a question put to someone count as such a pair."""
    k = 0
    pair = False
    prev = None
    long_ = 0
    answers = 0  # answers right under a question: an interview goes on
    prev_i = lo
    for i in range(lo, hi + 1):
        c = cls[i]
        if c is None:
            continue
        if c == GOOD or (c == NEAR and _ends_sentence(raw[i])):
            k += 1
            if qa and _answer(raw, cls, prev_i, i):
                answers += 1
            pair = pair or (c == GOOD and prev == GOOD) or answers >= QA_PAIRS
            if k >= CONT_RUN and pair:
                return True
            if c == GOOD and i - lo < CONT_WINDOW and len(raw[i]) >= CONT_LONG and _ends_sentence(raw[i]):
                long_ += 1
                if long_ >= 2:
                    return True  # long paragraphs between captions or subheadings
        else:
            k = 0
            pair = False
            answers = 0
        prev = c
        prev_i = i
    return False


def _first_answer(raw: list[str], cls: list[int | None], a: int, b: int) -> int:
    """The first of the lines ``a..b`` that answers a question put to someone
    (a GOOD line that ends a sentence, right under a NEAR line that is a
    ``_question``), ``b + 1`` if none: a body with one above a tail cue is an
    interview, whose questions and answers may go on after a box. An
    ordinary article followed by a site's FAQ, a quiz or teasers that ask
    the reader has none above the cue."""
    prev = -1
    for i in range(a, b + 1):
        c = cls[i]
        if c is None:
            continue
        if prev >= 0 and _answer(raw, cls, prev, i):
            return i
        prev = i
    return b + 1


def _answer(raw: list[str], cls: list[int | None], q: int, i: int) -> bool:
    """Line ``i`` answers line ``q`` above it: a GOOD line that ends a
    sentence under a NEAR line that is a question put to someone."""
    return cls[i] == GOOD and cls[q] == NEAR and _ends_sentence(raw[i]) and _question(raw[q])


def _question(line: str) -> bool:
    """``line`` is an interviewer's question: it ends with "?" and speaks to
    someone (``[interview_question]`` of ``patterns/structure.re``: "you",
    "Sie", "vous", "usted"), as a teaser's title asking the reader a
    question seldom does ("What could cause tingling in the hands?")."""
    return line.rstrip().endswith("?") and _cues().interview_question.search(line) is not None


def _ends_sentence(line: str) -> bool:
    """The line ends with punctuation (a full stop, a colon, a closing quote),
    and not with a truncation mark ("...", "…"), as teaser blurbs do."""
    t = line.rstrip()
    return bool(t) and t[-1] in _PARA_END and not t.endswith(("...", "…"))


def _end_cut(
    raw,
    cls,
    score,
    a: int,
    b: int,
    boxes: list[tuple[int, int]] | None = None,
    quoted: Callable[[int], bool] | None = None,
) -> tuple[int, int | None]:
    """The last line of the body and the tail head that ends it (or ``None``):
    the region ends before the first tail cue (``[end_head]`` or
    ``[list_head]``) that has ``MIN_MASS`` of body above it and no more of the
    article below it. A list head that opens an inline list (``_box_at``) is
    no end: the list is appended to ``boxes`` and the search goes on after
    it."""
    # lines that gain nothing (cues are labels, items or fragments), from where
    # the body has gained MIN_MASS
    start = _mass_start(score, a, b)
    skip = -1
    answer = None  # an interview's first answer (_first_answer), found at the first cue
    for m in compress(range(start, b + 1), map((0.0).__gt__, score[start : b + 1])):
        if m <= skip:
            continue
        line = raw[m]
        if len(line) > END_HEAD_MAX:
            continue
        if len(line) > END_QUICK and ":" not in line and "ight" not in line and "©" not in line:
            continue  # a long cue is a tag line ("Tags: ...") or a legal line
        if not _END[line.strip()]:
            continue
        if answer is None:
            answer = _first_answer(raw, cls, a, b)
        if (
            (not _dense_after(raw, cls, m + 1, b, answer < m) or _excerpts_after(raw, cls, a, m))
            and not (quoted is not None and quoted(m))  # "The terms stated:" / "All rights reserved."
            and not _entry_button(raw, cls, a, m)
        ):
            box = _box_at(raw, cls, score, m, b + 1)
            if box is not None:
                if boxes is not None:
                    boxes.append(box)
                skip = box[1]
                continue
            e = m - 1
            while e > a and score[e] <= 0:
                e -= 1
            return e, m
    return b, None


#: Excerpts of other stories under a tail head (``_excerpts_after``): at least
#: this many, each closed by the same "Continue reading" link ...
EXCERPT_MIN = 3
#: ... each within this many non-blank lines of the one before (the first of
#: the head) ...
EXCERPT_LINES = 16
#: ... under an article that weighs this many times the paragraphs of the
#: longest excerpt or more (code points).
EXCERPT_BODY_SHARE = 1.25
#: The longest "read more" link line.
EXCERPT_LINK_MAX = 40


def _excerpts_after(raw: list[str], cls: list[int | None], a: int, m: int) -> bool:
    """The list head on line ``m`` (``[list_head]``: "Most Popular", "More
    from ...", not a share, tag, legal or author head) opens a box of excerpts
    of other stories, not more of the article that starts on line ``a``: at
    least ``EXCERPT_MIN`` excerpts in a row right under it, each of at most
    ``EXCERPT_LINES`` non-blank lines that open with a title or a credit (no
    paragraph: a GOOD line, or a NEAR one that ends a sentence), hold a
    paragraph and end with the same "read
    more" link (``[excerpt_link]``: "Continue Reading", "Read more »"); and
    the article above the head weighs ``EXCERPT_BODY_SHARE`` times the
    paragraphs of the longest excerpt or more. A digest, a briefing or a list
    article has a short introduction over long sections, each closed by such
    a link: they are the page's own text, and stay."""
    t = raw[m].strip()
    link = _cues().excerpt_link
    if not (len(t) <= END_HEAD_MAX and _LIST[t]) or link.fullmatch(t) is not None:
        return False  # ("Read more" is a list head, and an excerpt's last line)
    seen = count = weight = most = 0
    key = None
    for i in range(m + 1, len(raw)):
        c = cls[i]
        if c is None:
            continue
        seen += 1
        if seen > EXCERPT_LINES:
            return False
        t = raw[i].strip()
        if c == GOOD or (c == NEAR and _ends_sentence(t)):
            if seen == 1:
                return False  # an excerpt opens with its title, not a paragraph
            weight += len(t)
        elif len(t) <= EXCERPT_LINK_MAX and link.fullmatch(t) is not None and (key is None or t == key):
            if not weight:
                return False
            key = t
            count += 1
            most = max(most, weight)
            if count >= EXCERPT_MIN:
                break
            seen = weight = 0
    else:
        return False
    body = sum(len(raw[i]) for i in range(a, m) if cls[i] in (GOOD, NEAR))
    return body >= EXCERPT_BODY_SHARE * most


#: A share button under each entry ("Share" after every post of a live blog,
#: a letters page, a Q&A) is a button of the entry, not the end of the body,
#: when it comes back at least this many times in the body ...
ENTRY_BUTTON_MIN = 3
#: ... each time within this many lines of the one before, with a paragraph
#: (a GOOD line, or a NEAR line that ends a sentence) between.
ENTRY_BUTTON_GAP = 12


def _entry_button(raw: list[str], cls: list[int | None], a: int, m: int, above: bool = True) -> bool:
    """The cue on line ``m`` is a share button (``filters.share_button``) and
    one of at least ``ENTRY_BUTTON_MIN`` copies of the same line from the
    body's first line ``a`` on, each within ``ENTRY_BUTTON_GAP`` lines of the
    one before with a paragraph between; at least one copy is above it, or a
    live blog's entry time (``_ENTRY_TIME``) right after it (either unless
    ``above`` is false: the first entry's button); and a paragraph follows
    it: a button under each entry, so the body goes on. The article's own
    share button with teasers under it has neither."""
    cue = raw[m].strip()
    if not _filters.share_button(cue):
        return False  # "Read more" under each excerpt ends a list of teasers
    seen = 1
    for step, stop in ((-1, a - 1), (1, len(raw))):
        para = False
        last = m
        for j in range(m + step, stop, step):
            if abs(j - last) > ENTRY_BUTTON_GAP:
                break
            c = cls[j]
            if c is None:
                continue
            if c == GOOD or (c == NEAR and _ends_sentence(raw[j])):
                para = True
            elif para and raw[j].strip() == cue:
                seen += 1
                para = False
                last = j
        if step == -1 and seen == 1 and above and not _time_after(raw, cls, m):
            return False  # no copy above it, and no entry time after it
        if step == 1 and not (para or last > m):
            return False  # no paragraph after the last copy
    return seen >= ENTRY_BUTTON_MIN


def _mass_start(score: list[float], a: int, b: int) -> int:
    """The first line after the lines ``a..`` whose positive scores add up to
    ``MIN_MASS`` (``b + 1`` if those up to ``b`` do not): usually a few lines
    in, so they are added up one by one rather than all at once."""
    start = a
    gained = 0.0
    while start <= b and gained < MIN_MASS:
        if score[start] > 0:
            gained += score[start]
        start += 1
    return start


def _resume(raw, cls, score, b: int, limit: int, boxes: list[tuple[int, int]] | None = None) -> int:
    """The body goes on after a block that interrupts it (a chart, a data
    table, a gallery) when the block has no tail or comment cue, no dated line
    and no separator line, and dense paragraphs follow it (``_dense_after``);
    returns the new last line of the body.

    It also goes on after an inline list (``_inline_list``): a related or
    most-read box set inside the article; the box's first and last lines are
    appended to ``boxes``."""
    while True:
        try:  # the next paragraph line
            g = cls.index(GOOD, b + 1, limit)
        except ValueError:
            return b
        # the article goes on only with dense paragraphs there: tested first,
        # as it fails on most pages and needs no cue match
        if not _dense_after(raw, cls, g, min(limit - 1, g + CONT_WINDOW)):
            return b
        box = None
        for j in range(b + 1, g):
            c = cls[j]
            if c is None:
                continue
            t = raw[j].strip()
            if c == BAD or _stamp(t) or (
                len(t) <= END_HEAD_MAX
                and (_END[t] or _HEAD[t] or _LABEL[t])
            ):
                box = _inline_list(raw, cls, b, g)
                if box is None:
                    return b
                break
        a2, b2, mass = _best_run(score, g, limit)
        if a2 < 0 or a2 > g + CONT_WINDOW:
            return b
        if box is not None:
            if mass < BOX_RESUME_MASS:
                return b
            if boxes is not None:
                boxes.append(box)
        b = _grow(raw, cls, b2, limit, 1)


#: An inline list has at least and at most this many lines, its head
#: included: a list of teasers, not one teaser before its excerpt.
BOX_MIN_LINES = 4
BOX_MAX_LINES = 16
#: The article goes on after an inline list only with a run of at least this
#: mass (the sum of line scores) after it: more of the article, not one
#: teaser's blurb.
BOX_RESUME_MASS = MIN_MASS
#: ... and most of the lines right after it are paragraphs.
BOX_RESUME_SHARE = 0.7


def _box_at(raw, cls, score, m: int, limit: int) -> tuple[int, int] | None:
    """``(first, last)`` line of the inline list that the list head on line
    ``m`` opens (``_inline_list``: the lines up to the first paragraph, a GOOD
    line or a NEAR line that ends a sentence), when more of the article
    follows it before ``limit``: of the next ``CONT_WINDOW`` non-blank lines, a share of at
    least ``BOX_RESUME_SHARE`` are paragraphs (GOOD lines, NEAR lines that end
    a sentence) and none is dated, in a run of at least ``BOX_RESUME_MASS``
    that starts within ``CONT_WINDOW`` lines of the list's end. ``None``
    otherwise: after a related list come teaser excerpts, an author's note,
    promotions and links, seldom a stretch of paragraphs."""
    line = raw[m].strip()
    if not _BOX[line]:
        return None
    g = m + 1  # the first paragraph after the head: where the article goes on
    while g < limit and not (cls[g] == GOOD or (cls[g] == NEAR and _ends_sentence(raw[g]))):
        g += 1
    if g >= limit:
        return None
    p = m - 1
    while p >= 0 and cls[p] is None:
        p -= 1
    box = _inline_list(raw, cls, p, g)
    if box is None:
        return None
    # the article goes on: most of the next lines are paragraphs
    nxt = [j for j in range(g, limit) if cls[j] is not None][:CONT_WINDOW]
    paras = sum(1 for j in nxt if cls[j] == GOOD or (cls[j] == NEAR and _ends_sentence(raw[j])))
    if len(nxt) < CONT_WINDOW or paras < BOX_RESUME_SHARE * CONT_WINDOW:
        return None
    a2, _, mass = _best_run(score, g, limit)
    if a2 < 0 or a2 > g + CONT_WINDOW or mass < BOX_RESUME_MASS:
        return None
    # excerpts of the listed stories carry their sources and dates
    if any(cls[j] is not None and len(raw[j]) <= STAMP_MAX_LEN and _stamp(raw[j].strip()) for j in range(g, min(limit, g + CONT_WINDOW))):
        return None
    return box


#: The article goes on after a widget label or caption: at most this many
#: non-blank lines interrupt it ...
PROSE_GAP_MAX = 6
#: ... and a run of at least ``CONT_RUN`` paragraph lines in a row, together
#: this many code points long, follows them ...
PROSE_RUN_CHARS = 200
#: ... sharing at least this many content words (letters only, at least
#: ``TOPIC_WORD`` long, not stopwords) with the body above: the same story,
#: not a newsletter offer, a legal notice or an author's biography.
TOPIC_MIN = 2
TOPIC_WORD = 4
_TOPIC_WORD = regex.compile(r"[^\W\d_]{%d,}" % TOPIC_WORD)
_LIST = _matches("list_head")


def _full_stop(line: str) -> bool:
    """The line ends with a full stop, perhaps inside closing quotes or
    brackets: a sentence, where a teaser title ends with a question or
    exclamation mark or nothing."""
    t = line.rstrip().rstrip("".join(_CLOSE))
    return t.endswith((".", "。")) and not t.endswith(("...", "…"))


@functools.cache
def _any_stopword() -> frozenset[str]:
    """The words of all stoplists (``patterns/stopwords``)."""
    return frozenset(chain.from_iterable(_stopwords().values()))


def _topic_words(raw: list[str], lines: Iterable[int], stop: frozenset[str]) -> set[str]:
    """The content words of ``lines``: lower-cased runs of at least
    ``TOPIC_WORD`` letters that are not in ``stop``."""
    words = set(_TOPIC_WORD.findall(" ".join(raw[i] for i in lines).lower()))
    return words - stop


def _paragraph_run(raw, cls, j: int, limit: int, most: int = 1 << 30, step: int = 1) -> list[int]:
    """The paragraph lines in a row from line ``j`` on, down (``step`` 1) or
    up (``step`` -1) (blank lines skipped, none at or past ``limit``, at most
    ``most``): NEAR or GOOD lines that end a sentence (``_ends_sentence``)
    and are no cue."""
    run: list[int] = []
    while (j < limit if step > 0 else j > limit) and len(run) < most:
        c = cls[j]
        if c is None:
            j += step
            continue
        t = raw[j].strip()
        if c < NEAR or not _ends_sentence(t) or _cue(t):
            break
        run.append(j)
        j += step
    return run


def _prose_after(raw, cls, a: int, b: int, limit: int, lang: str | None) -> tuple[int, int, int] | None:
    """``(first, last, end)``: the interruption after the body ``a..b`` and
    the last line of the article prose that follows it, or ``None``.

    A one-line widget label ("Trending", "Don't miss"), an advertisement
    label, a caption or a short toolbar may stand between two parts of an
    article. The body goes on after it when

    * the interruption has at most ``PROSE_GAP_MAX`` non-blank lines, none a
      paragraph, a separator line, a dated line, a comment head or label, or
      a tail head other than a list head ("Tags:", "About the author", a
      legal line end the article); none is a heading of three words or
      more (the headline of the next story on the page, with or without a
      kicker after it) unless it is a list head ("Most read in news");
    * at least ``CONT_RUN`` paragraph lines follow it in a row (GOOD or NEAR
      lines that end with punctuation and are not truncated, no cue among
      them), together ``PROSE_RUN_CHARS`` long, the first ending with a full
      stop: not a teaser list, whose titles alternate with one-line blurbs,
      nor one teaser's summary;
    * they share ``TOPIC_MIN`` content words with the body (the same story),
      the first does not start with the name on the line above it (an
      author's box), and no newsletter or legal rule of ``chrome`` hits
      them or the interruption.

    Lines ``first..last`` are the interruption, ``end`` the last line of the
    run; nothing at or after ``limit`` is looked at."""
    gap: list[int] = []
    j = b + 1
    while j < limit:
        c = cls[j]
        if c is None:
            j += 1
            continue
        if c == GOOD or (c == NEAR and _ends_sentence(raw[j])):
            break
        if c == BAD or len(gap) >= PROSE_GAP_MAX:
            return None
        gap.append(j)
        j += 1
    if not gap or j >= limit:
        return None
    run = _paragraph_run(raw, cls, j, limit)
    if len(run) < CONT_RUN or sum(len(raw[k].strip()) for k in run) < PROSE_RUN_CHARS or not _full_stop(raw[run[0]]):
        return None
    # the interruption (tested last: most texts have no such run)
    for i in gap:
        t = raw[i].strip()
        if (len(t) <= STAMP_MAX_LEN and _stamp(t)) or (
            len(t) <= END_HEAD_MAX and (_HEAD[t] or _LABEL[t] or (_END[t] and not _LIST[t]))
        ):
            return None
    # a heading anywhere in the interruption is the next story's headline
    # (with a kicker or section label after it: "Pier reopens at last" /
    # "Transport"), unless it is a list head ("Most read in news")
    for i in gap:
        t = raw[i].strip()
        if _heading_like(t) and not (len(t) <= END_HEAD_MAX and _LIST[t]):
            return None
    # an author's box: a name label, then "Ann Lee is a reporter ..."
    name = raw[gap[-1]].strip().lower()
    if len(name) >= 3 and raw[run[0]].strip().lower().startswith(name):
        return None
    # a newsletter offer or a legal notice set as sentences
    block = "\n".join(raw[i] for i in chain(gap, run))
    if _chrome.newsletter(block) or _chrome.legal(block):
        return None
    # a text of no known language: the words of every stoplist are no topic
    stop = _stopwords().get(lang or "") or _any_stopword()
    shared = _topic_words(raw, run, stop) & _topic_words(raw, range(a, b + 1), stop)
    if len(shared) < TOPIC_MIN:
        return None
    return gap[0], gap[-1], run[-1]


#: The most entries of an announced list above the body that ``_prose_before``
#: reads past, its lead-in line not counted.
LEAD_LIST_MAX = 8


#: A word of two letters or more (a list entry has one; a toolbar's "A+" not)
_WORDY = regex.compile(r"\p{L}{2}")
#: What a list entry holds and a menu label does not: a digit, a comma, or a
#: word in lower case after the first ("2 eggs", "Keane 12, 58", "A radiator
#: key"; not "Apple Podcasts")
_LISTLIKE = regex.compile(r"\d|,|\s(?-i:\p{Ll})")


def _announced_list(raw, cls, lead: int, entries: list[int]) -> bool:
    """Line ``lead`` ends with a colon and introduces the list ``entries``
    (its non-blank lines under it, in any order): one to ``LEAD_LIST_MAX``
    entries, each at most ``HEADED_ENTRY_MAX`` code points, ending no
    sentence, holding a word of two letters or more (not a toolbar's "A+")
    and a digit, a comma or a lower-case word after its first (``_LISTLIKE``:
    not a menu's "Apple Podcasts"); the lead-in no list head with its colon
    ("Most read:") and no line that a rule filter removes ("Sections:",
    "Sponsored:"); no line of them BAD, a cue (a tail, comment, share or list
    head: "Related:", "Read more:") or a dated line; the lead-in holds no
    keyword of a photo credit (``[hint]`` of ``patterns/credits.re``: "Foto:",
    "Image:" over a name)."""
    if not entries or len(entries) > LEAD_LIST_MAX or not raw[lead].rstrip().endswith(":"):
        return False
    for i in entries:
        t = raw[i].strip()
        if len(t) > HEADED_ENTRY_MAX or t[-1:] in _TERM or not _WORDY.search(t) or not _LISTLIKE.search(t):
            # (no word of two letters: a toolbar's "A+"; only capitalised
            # words: a menu's "Apple Podcasts", "World")
            return False
    head = raw[lead].strip()
    low = head.lower()
    if any(k in low for k in _filters._hints("credits.re") if not k.startswith("re:")):
        return False  # a credit's label ("Foto:" over the photographer's name)
    if _cue(head.rstrip(": ")):
        return False  # a list head with its colon ("Most read:", "Related:")
    for i in (lead, *entries):
        t = raw[i].strip()
        if cls[i] == BAD or _cue(t) or (len(t) <= STAMP_MAX_LEN and _stamp(t)):
            return False
    # a head another rule names: a menu's "Sections:", an ad slot's
    # "Sponsored:", a newsletter box's "Our newsletters:"
    rules = (_chrome.site_chrome, _chrome.related, _chrome.newsletter, _filters.ads, _filters.share, _filters.navigation)
    return not any(f(head) for f in rules)


def _prose_before(raw, cls, a: int, b: int, lang: str | None) -> int | None:
    """The first line of the article prose above the body ``a..b`` when an
    announced list stands between them, or ``None``.

    An article may open with a paragraph or two, then a short list the text
    introduces ("Times:" over the finishers, "You will need:" over the
    tools), and go on below it; the list's short lines weigh as a menu, so
    the best run starts under it and the opening would be lost. The body
    starts at the paragraphs above the list when

    * the lines right above the body are a list announced by a lead-in
      line ending with a colon (``_announced_list``: short entries that read
      like a list's, no cue, no dated line, no head another rule names);
    * right above the lead-in, paragraph lines (GOOD or NEAR lines that end
      a sentence, no cue), together at least ``PROSE_LEAD_CHARS`` long;
    * they share ``TOPIC_MIN`` content words with the body (the same
      story), and no newsletter or legal rule of ``chrome`` hits them.

    Returns the first of those paragraph lines."""
    j = a - 1
    entries: list[int] = []
    while j >= 0:
        c = cls[j]
        if c is None:
            j -= 1
            continue
        t = raw[j].strip()
        if t.endswith(":"):
            break  # the lead-in
        entries.append(j)
        if len(entries) > LEAD_LIST_MAX:
            return None
        j -= 1
    if j < 0 or not _announced_list(raw, cls, j, entries):
        return None
    lead = j
    run = _paragraph_run(raw, cls, lead - 1, -1, step=-1)  # the paragraphs above the lead-in, read up
    if not run or sum(len(raw[k].strip()) for k in run) < PROSE_LEAD_CHARS:
        return None
    block = "\n".join(raw[i] for i in chain(reversed(run), [lead], reversed(entries)))
    if _chrome.newsletter(block) or _chrome.legal(block):
        return None
    stop = _stopwords().get(lang or "") or _any_stopword()
    if len(_topic_words(raw, run, stop) & _topic_words(raw, range(a, b + 1), stop)) < TOPIC_MIN:
        return None
    return run[-1]


#: The least length (code points, all lines) of the paragraphs above an
#: announced list that ``_prose_before`` joins to the body.
PROSE_LEAD_CHARS = 80


#: Stems of a comment form's or a cookie notice's words in many languages
#: ("commento", "Kommentar", "комментарий", "cookies"): a text's last lines that
#: hold one are no closing sentences of its article (``_closing_prose``).
_NOTICE_STEMS = ("cookie", "omment", "oment", "коммент", "комент", "댓글", "コメント", "评论", "評論", "留言")
#: The most non-blank lines after the body that ``_closing_prose`` looks at.
CLOSING_LINES_MAX = 12
#: The least length (code points, all lines) of the sentences it joins.
CLOSING_PROSE_CHARS = 60


def _closing_prose(raw, cls, a: int, b: int, lang: str | None) -> int:
    """The body's last line, moved down to the text's last sentences when only
    a short list stands between them and the body ("Pros", "Fast", "Quiet",
    then the verdict), else ``b``.

    All of these must hold: at most ``CLOSING_LINES_MAX`` non-blank lines
    follow the body, to the end of the text (a page's footer makes more, or
    holds a cue); none is BAD, a cue (tail, comment or list head), a dated
    line, or a heading of three words or more, two thirds of them
    capitalised (the next story's headline); at most
    ``BRIDGE_MAX`` of them follow the last sentence ("Price when reviewed:
    £39.99"), and the sentences (lines that end one, ``soft`` or better or
    of four words or more) end with a full stop or an exclamation mark (not a
    poll's question or a teaser's ellipsis), are at least
    ``CLOSING_PROSE_CHARS`` long in all, share ``TOPIC_MIN`` content words
    with the body and the page title (the text's first line), and are in the
    text's language (a ``SD_NEAR`` share of its stopwords: an appeal in
    another language is the site's); no line holds "cookie" or a comment stem
    ("comment", "Kommentar", "commento", "коммент": a form or a notice in a
    language the rules do not cover), and no rule filter (newsletter, legal,
    related, site chrome, comments, share, ads, navigation, photo credits)
    finds anything among them."""
    tail = _lines_after(cls, b, CLOSING_LINES_MAX + 1)
    if not tail or len(tail) > CLOSING_LINES_MAX:
        return b
    said = []
    for i in tail:
        t = raw[i].strip()
        if cls[i] == BAD or _cue(t) or (len(t) <= STAMP_MAX_LEN and _stamp(t)):
            return b
        if _ends_sentence(t) and (cls[i] >= SOFT or len(t.split()) >= 4):
            said.append(i)  # (a sentence in title case reads as a label)
            if t.rstrip("\"'”’»)")[-1:] not in ".!":
                return b  # a poll's question, a teaser's "…"
        else:
            words = t.split()
            if len(words) >= 3 and 3 * sum(w[:1].isupper() for w in words) >= 2 * len(words):
                return b  # a title-case heading: the next story's headline
    if (
        not said
        or len(tail) - 1 - tail.index(said[-1]) > BRIDGE_MAX
        or sum(len(raw[i].strip()) for i in said) < CLOSING_PROSE_CHARS
    ):
        return b
    block = "\n".join(raw[i] for i in tail)
    low = block.lower()
    if any(k in low for k in _NOTICE_STEMS):
        return b  # a comment form's or a cookie notice's words, in any language
    if any(
        f(block)
        for f in (
            _chrome.newsletter, _chrome.legal, _chrome.related, _chrome.site_chrome, _chrome.comments,
            _filters.share, _filters.ads, _filters.navigation, _filters.photo_credits,
        )
    ):
        return b  # a rule filter's line among them: the page's own furniture
    stop = _stopwords().get(lang or "") or _any_stopword()
    # the body's words and the page title's (its first line)
    if len(_topic_words(raw, said, stop) & _topic_words(raw, chain((0,), range(a, b + 1)), stop)) < TOPIC_MIN:
        return b
    if lang in _stopwords():
        # in the text's language (``stop`` is its stoplist): an appeal in
        # another one is the site's
        words = " ".join(raw[i] for i in said).lower().split()
        if sum(map(stop.__contains__, words)) < SD_NEAR * len(words):
            return b
    return tail[-1]


#: A paragraph under a list shares at least this many content words with
#: the body and the page title (a reader's comment or another story's
#: paragraph on the same subject shares fewer, mostly); one of at most
#: RESUMED_SHORT code points may share fewer when the one above it shares them.
RESUMED_TOPIC = 3
RESUMED_SHORT = 100
#: A paragraph whose first RESUMED_LABEL code points hold a colon after at
#: most three words is a labelled note, no paragraph of the article.
RESUMED_LABEL = 30


def _resumed_prose(raw, cls, j: int, stop: int, a: int, b: int, lang: str | None) -> list[int]:
    """The paragraph lines (``near``, ``good``) from line ``j`` on, before
    line ``stop``, up to the first line that is none, or a cue, that read as
    the article going on under a list its last line announced: each ends a
    sentence with a full stop or an exclamation mark and holds no question
    mark (a poll), no comment or cookie word (``_NOTICE_STEMS``) and no label
    before a colon in its first ``RESUMED_LABEL`` code points (a correction, a
    reader's view), shares ``RESUMED_TOPIC`` content words with the body and
    the page title (or is at most ``RESUMED_SHORT`` long under one that
    does), and no rule filter finds anything in it (a newsletter's blurb).
    The first that fails ends them."""
    out = []
    stopwords = _stopwords().get(lang or "") or _any_stopword()
    topic = None
    i = j
    while i < stop and (cls[i] is None or (cls[i] >= NEAR and not _cue(raw[i]))):
        if cls[i] is not None:
            t = raw[i].strip()
            if t.rstrip("\"'”’»)")[-1:] not in ".!" or any(k in t.lower() for k in _NOTICE_STEMS) or "?" in t:
                break  # (a poll's question, "Vote below.")
            if ":" in t[:RESUMED_LABEL] and t[: t.index(":")].count(" ") < 3 and not t[0].isdigit():
                break  # a labelled note: "Correction: ...", "Reader's view: ..." (not "3. Incidence: ...")
            if any(
                f(t)
                for f in (
                    _chrome.newsletter, _chrome.legal, _chrome.related, _chrome.site_chrome, _chrome.comments,
                    _filters.share, _filters.ads, _filters.navigation, _filters.paywall,
                )
            ):
                break
            if topic is None:
                topic = _topic_words(raw, chain((0,), range(a, b + 1)), stopwords)
            if len(_topic_words(raw, (i,), stopwords) & topic) < RESUMED_TOPIC and not (out and len(t) <= RESUMED_SHORT):
                break  # (a short line after one that shares them: "Farewell, Phil.")
            out.append(i)
        i += 1
    return out


#: Every ``[continued_head]`` line holds one of these (lower case): a few
#: substring tests turn the other lines away before the pattern is tried.
_CONTINUED_STEMS = ("contin", "suite", "weiter", "fortgesetzt", "sigue", "read on", "keep reading", "leyendo", "anzeige", "werbung")


def _continued_cue(line: str) -> bool:
    low = line.lower()
    return any(map(low.__contains__, _CONTINUED_STEMS)) and _cues().continued_head.fullmatch(line) is not None


_CONTINUED = _Memo(_continued_cue)
#: The most lines between a "story continues below" line and the article's
#: next paragraphs (a sidebar of related stories, videos and links).
CONTINUED_GAP_MAX = 150
#: Content words the paragraphs after such a block share with the body: the
#: same story goes on (names, places, its subject), where another story
#: shares a common word or two ("water", "across").
CONTINUED_TOPIC_MIN = 4


def _continued(raw, cls, score, a: int, b: int, limit: int, lang: str | None) -> tuple[int, int] | None:
    """``(first, last)``: the block between the body ``a..b`` and the rest of
    the article, when the body's last line or the line right after it says
    that the article continues below (``[continued_head]``: "(Story continues
    below)", "La suite après la publicité"), or ``None``. The block runs from
    that line to the line before the first paragraph line (GOOD, or NEAR
    ending a sentence) after it, however long (at most ``CONTINUED_GAP_MAX``
    lines, before ``limit``), with no comment head in it. That paragraph opens
    ``CONT_RUN`` paragraph lines in a row, ``PROSE_RUN_CHARS`` long (not
    teaser blurbs between their titles), which share ``CONTINUED_TOPIC_MIN``
    content words with the body, on which the newsletter and legal rules find
    nothing, whose first line does not start with the name on the line above
    it (an author's box), and a best run of ``MIN_MASS`` starts near it. A
    sidebar of related stories, videos and links set inside an article goes,
    and the article goes on after it. A cue inside the body changes nothing:
    what follows it there (a chart, a data table) may be the article's own."""
    j = b
    if len(raw[j]) > END_HEAD_MAX or not _CONTINUED[raw[j].strip()]:
        j = b + 1
        while j < limit and cls[j] is None:
            j += 1
        if j >= limit or len(raw[j]) > END_HEAD_MAX or not _CONTINUED[raw[j].strip()]:
            return None
    g = j + 1
    end = min(limit, j + 1 + CONTINUED_GAP_MAX)
    while g < end:
        c = cls[g]
        if c is not None:
            t = raw[g].strip()
            if c == GOOD or (c == NEAR and _ends_sentence(t)):
                break
            if len(t) <= END_HEAD_MAX and _HEAD[t]:
                return None  # the comments: the article does not go on past them
        g += 1
    if g >= end:
        return None
    run = _paragraph_run(raw, cls, g, limit, CONT_WINDOW)
    if len(run) < CONT_RUN or sum(len(raw[k].strip()) for k in run) < PROSE_RUN_CHARS:
        return None
    stop = _stopwords().get(lang or "") or _any_stopword()
    if len(_topic_words(raw, run, stop) & _topic_words(raw, range(a, j), stop)) < CONTINUED_TOPIC_MIN:
        return None
    p = g - 1
    while p > j and cls[p] is None:
        p -= 1
    name = raw[p].strip().lower()
    if len(name) >= 3 and raw[g].strip().lower().startswith(name):
        return None  # an author's box: "Ann Lee" over "Ann Lee has reported ..."
    block = "\n".join(raw[k] for k in run)
    if _chrome.newsletter(block) or _chrome.legal(block):
        return None
    a2, _, mass = _best_run(score, g, limit)
    if a2 < 0 or a2 > g + CONT_WINDOW or mass < MIN_MASS:
        return None
    return j, g - 1


#: A gallery counter at the start of a line: "1/50", "3 of 12", "2 von 17".
_COUNTER = re.compile(r"(\d{1,3})[ \t]*(?:/|of|von|de|sur|di)[ \t]*(\d{1,3})(?![\d/.,:])")
_FIRST = itemgetter(slice(0, 1))
#: A gallery has at least this many counters in a row (1/N, 2/N, 3/N, ...) ...
GALLERY_MIN = 4
#: ... at most this many lines apart (a counter, its title, caption and credit).
GALLERY_GAP = 6
#: A gallery's pictures carry photo credits (``_credit``: "Getty Images",
#: "Photo: Ann Lee", a caption ending in an agency): at least this many and
#: this share of its counters. Numbered posts of a thread ("1/4 Tonight I
#: can confirm ..."), a timeline of dates ("1/12 Dockers walk out") and
#: counted steps have none.
GALLERY_CREDITS = 2
GALLERY_CREDIT_SHARE = 1 / 3
#: The body outside a gallery holds at least this many code points of
#: paragraphs (GOOD and NEAR lines): a whole article the gallery is part of,
#: not the few paragraphs of a photo essay.
GALLERY_BODY_CHARS = 1000


def _galleries(raw: list[str], cls: list[int | None], score: list[float], a: int, b: int) -> list[tuple[int, int]]:
    """``(first, last)`` lines of the photo galleries inside the body ``a..b``:
    at least ``GALLERY_MIN`` lines that start (at their first code point) with
    counters of one total, from 1,
    running on by one ("1/50 Title", "2/50 ...", or "1 of 6"), at most
    ``GALLERY_GAP`` lines apart. The gallery runs from its first counter to the
    lines after its last one, as many as there are between two counters
    (the caption and credit of the last picture); photo credits among its
    lines (``GALLERY_CREDITS``, ``GALLERY_CREDIT_SHARE``). A gallery is cut out of an
    article: the rest of the body must hold ``GALLERY_BODY_CHARS`` of
    paragraphs (else the pictures are the post: "Photo gallery: behind the
    scenes", a photo essay with an introduction).
    A recipe's step pictures are its method, so a body with an ingredient
    list (``_recipe``) has no gallery."""
    out: list[tuple[int, int]] = []
    last_n = last_k = -1
    run: list[int] = []
    # the lines of the body that start with a digit, picked out in C
    digit = compress(count(a), map(str.isdigit, map(_FIRST, raw[a : b + 1])))
    hits = [(i, int(m.group(1)), int(m.group(2))) for i in digit if (m := _COUNTER.match(raw[i]))]
    for i, k, n in hits + [(-1, -1, -1)]:
        if run and n == last_n and k == last_k + 1 and i - run[-1] <= GALLERY_GAP:
            run.append(i)
            last_k = k
            continue
        if len(run) >= GALLERY_MIN and a <= run[0] and run[-1] <= b and not _recipe(raw, cls, a, b):
            gaps = sorted(y - x for x, y in zip(run, run[1:]))
            step = gaps[len(gaps) // 2]
            lo, hi = run[0], min(b, run[-1] + step - 1)
            rest = sum(len(raw[j]) for j in chain(range(a, lo), range(hi + 1, b + 1)) if cls[j] is not None and cls[j] >= NEAR)
            credits = sum(1 for j in range(lo, hi + 1) if cls[j] is not None and _credit(raw[j]))
            if rest >= GALLERY_BODY_CHARS and credits >= max(GALLERY_CREDITS, len(run) * GALLERY_CREDIT_SHARE):
                out.append((lo, hi))
        # a gallery starts at its first picture
        run = [i] if i >= 0 and k == 1 <= n else []
        last_n, last_k = n, k
    return out


def _recipe(raw: list[str], cls: list[int | None], a: int, b: int) -> bool:
    """The body ``a..b`` holds an ingredient list: at least two quantity
    lines (``_quantity``)."""
    k = 0
    for i in range(a, b + 1):
        if cls[i] == ITEM and _quantity(raw[i].strip()):
            k += 1
            if k >= 2:
                return True
    return False


def _inline_list(raw: list[str], cls: list[int | None], b: int, g: int) -> tuple[int, int] | None:
    """``(first, last)`` line of the block between the body's last line ``b``
    and the next paragraph line ``g`` when it is an inline list: its first
    line is the head of a related or most-read widget (``[box_head]`` of
    ``patterns/structure.re``: "Most read in world news", "Related stories",
    "Read more"; not an open form of ``[list_head]`` such as "More from the
    log", which an article's own subheading may take), it has at most
    ``BOX_MAX_LINES`` lines, none of them a paragraph, a separator line, a
    dated line, another cue or a comment label (titles and kickers of
    teasers). ``None`` otherwise. The caller also asks for more of the
    article after it."""
    lines = [j for j in range(b + 1, g) if cls[j] is not None]
    if not BOX_MIN_LINES <= len(lines) <= BOX_MAX_LINES:
        return None
    head = raw[lines[0]].strip()
    if len(head) > END_HEAD_MAX or not _BOX[head] or _HEAD[head] or _LABEL[head]:
        return None
    for j in lines[1:]:
        t = raw[j].strip()
        if cls[j] == BAD or _stamp(t) or (len(t) <= END_HEAD_MAX and (_END[t] or _HEAD[t] or _LABEL[t])):
            return None
    return lines[0], lines[-1]


def _source_line(t: str) -> bool:
    """``t`` is wholly in one pair of brackets ("[Engadget]", "(Reuters)"; not
    "[Top] [Print]")."""
    return t[0] in "[(" and t[-1] in "])" and t.count("[") + t.count("(") == 1


def _chrome_evidence(raw: list[str], cls: list[int | None], lines: Iterable[int], sources: bool = False) -> bool:
    """Some line of ``lines`` is surely page chrome: a BAD line, a label of one
    or two words, a line with a date or time, or a comment or tail cue. With
    ``sources`` (a run inside the body), a label wholly in one pair of
    brackets is none: "[Engadget]" under a quoted paragraph is its source."""
    # the cheap evidence first, on all the lines: the dates and cues (regex
    # matches) are looked for only when no line shows it
    rest = []
    for i in lines:
        c = cls[i]
        if c is None or c > ITEM:
            continue
        t = raw[i].strip()
        if c == BAD or (t.count(" ") < 2 and not (sources and _source_line(t))):
            return True
        rest.append(t)
    for t in rest:
        if _stamp(t) or (len(t) <= END_HEAD_MAX and (_END[t] or _HEAD[t] or _LABEL[t])):
            return True
    return False


def _author_names(text: str, raw: list[str], cls: list[int | None], starts: list[int], a: int, b: int,
                  upto: int) -> set[str]:
    """Names of the page's author: from byline lines above line ``upto``,
    above the body or among its first ``AUTHOR_HEAD_AFTER`` lines ("By Ann
    Lee", "Von Max Brenner publiziert am ...", "By Ann Lee, Bo Sun"; the whole
    line, at most ``STAMP_MAX_LEN`` characters and no sentence, with no
    paragraph of the body above it: not a line of the article that starts
    "Von Max Brenner stammt ...", nor a quoted poem's "by Jonas Pell"),
    and from header lines near the body's start (``HEAD_LOOKBACK`` lines above
    line ``a`` to ``AUTHOR_HEAD_AFTER`` lines into it) that are a name and a
    date ("Ann Lee 27/09/2018 2 comments"). A name alone on a line is not
    taken: menus are full of two capitalised words."""
    names: set[str] = set()
    for m in _BYLINE_NAMES.finditer(text, 0, starts[min(upto, a + AUTHOR_HEAD_AFTER)]):
        # the whole line is a byline, not a sentence of the article that
        # starts with "Von Max Brenner stammt ...", and it comes before the
        # article's text, not under a poem it quotes ("by Jonas Pell")
        j = bisect.bisect_right(starts, m.start()) - 1
        line = raw[j].strip()
        if len(line) <= STAMP_MAX_LEN and line[-1:] not in _TERM and GOOD not in cls[a:j]:
            names.update(x for x in _NAME_SPLIT.split(m.group(1)) if " " in x)
    for j in range(max(0, a - HEAD_LOOKBACK), min(b, a + AUTHOR_HEAD_AFTER) + 1):
        t = raw[j].strip()
        if cls[j] is None or len(t) > STAMP_MAX_LEN or not t[:1].isupper():
            continue
        m = _NAME_LINE.fullmatch(t)
        if m and m.end(1) < len(t) and _stamp(t):
            names.add(m.group(1))
    return names


def _author_box(text: str, raw: list[str], cls: list[int | None], score: list[float], starts: list[int],
                a: int, b: int) -> int | None:
    """First line of an author box at the end of the region ``a..b``, or None.

    The box opens with the page author's name (``_author_names``) in a head
    ("About Ann Lee", "Über Max Brenner", "Sobre …") or a contact line
    ("Email Ann Lee at …", "Follow Ann Lee on …"); it runs to the region's
    end in at most ``AUTHOR_BOX_LINES`` non-blank lines, at most
    ``AUTHOR_BOX_GOOD`` paragraphs after its first line, and the body above
    it has gained ``MIN_MASS``. A person named in the article who is not its
    author, or the author's name inside the body's sentences, opens no box. A
    biography without such a head ("Ann Lee is a freelance writer …") is not
    taken: some gold standards count it as part of the article."""
    tail: list[int] = []  # the region's last non-blank lines, last first
    j = b
    while j > a and len(tail) < AUTHOR_BOX_LINES:
        if cls[j] is not None:
            tail.append(j)
        j -= 1
    names: set[str] | None = None
    for k in reversed(range(len(tail))):
        j = tail[k]
        t = raw[j].strip()
        if len(t) > 4 * END_HEAD_MAX or not _BOX_START.match(t):
            continue
        if names is None:
            names = _author_names(text, raw, cls, starts, a, b, j)
            if not names:
                return None
        if not any(_box_line(t, nm) for nm in names if nm in t):
            continue
        if sum(cls[i] == GOOD for i in tail[:k]) > AUTHOR_BOX_GOOD:
            return None
        mass = sum(x for x in score[a:j] if x > 0)
        return j if mass >= MIN_MASS else None
    return None


def _box_line(t: str, name: str) -> bool:
    """``t`` opens an author box for ``name``: the head "About <name>" (or
    "Über", "Sobre", "À propos de" …) or a contact line ("Email <name> at …",
    "Follow <name> on …")."""
    p = t.find(name)
    lead, rest = t[:p].strip(), t[p + len(name):]
    if _BOX_HEAD.fullmatch(lead):
        return rest.strip(" :") == ""
    # a contact line gives the name's address right after it ("at ann@…",
    # "on Twitter @ann"): "Contact Northshire Police on 101 if you saw ..."
    # and "Follow Riverside Council's advice" are sentences of the article
    return _BOX_CONTACT.fullmatch(lead) is not None and _BOX_ADDRESS.match(rest) is not None


# The head of an author box: "About", "Über", "Sobre", "À propos de" …
_BOX_HEAD = regex.compile(r"(?i:about|über|sobre|à propos de|acerca de|a proposito di|informazioni su|over)")
# The start of a contact line: "Email Ann Lee at …", "Follow Ann Lee on …".
_BOX_CONTACT = regex.compile(r"(?i:e-?mail|contact|follow|reach)")
# What follows the name in a contact line: "at"/"on"/":" and, within a few
# words, an e-mail address or an @handle ("at ann@example.org", "on Twitter
# @annlee", ": @annlee").
_BOX_ADDRESS = regex.compile(r"(?i:\s+(?:at|on|via|unter|en|sur|su)\b|\s*:)(?:\s+\S+){0,3}?\s+\S*@\w")
# What an author box's first line starts with (a cheap test before the names
# are looked for).
_BOX_START = regex.compile(rf"(?:{_BOX_HEAD.pattern}|{_BOX_CONTACT.pattern})[ \t]+\p{{Lu}}")


def _credit(line: str) -> bool:
    """A photo credit or a caption that ends in one (``filters.photo_credits``'
    patterns): such a line between a headline and the body does not separate them."""
    line_re, tail_re = _filters._credit_res()
    return bool(line_re.fullmatch(line) or tail_re.search(line, max(0, len(line) - 140)))


def _standfirst(line: str, c: int | None) -> bool:
    """The line under a headline reads as its standfirst, a sentence or two
    that sums the story up: ``STANDFIRST_WORDS`` words or more, not a date or
    byline line, not a photo credit, not a field ("Tags: ...", "Filed under:
    ...", a colon within its first or last three words: "... Credit: AP"),
    no markup or code, no " | " separator, no "*" in front."""
    t = line.strip()
    ws = t.split()
    return (
        c in (LABEL, ITEM, SOFT)
        and len(ws) >= STANDFIRST_WORDS
        and not any(w.endswith(":") for w in ws[:3])
        and not any(w.endswith(":") for w in ws[-3:])
        and t[0] not in "*<{"
        and "<" not in t
        and "{" not in t
        and " | " not in t
        and not _stamp(t)
        and not _BYLINE.match(t)
        and not _credit(line)
    )


#: A short subheadline (a dek) under the headline has at least this many words.
DEK_WORDS = 4
#: A name (``_NAME``: two to four capitalised words, or two names joined by
#: "and") and a comma: a byline with a title or an agency after it.
_NAME_COMMA = regex.compile(rf"{_NAME}(?: (?:and|&) {_NAME})?,")


#: A byline without "By": an author's or agency's name alone on its line
#: ("Ann Lee", "Ann Lee and Bo Sun", "Coast News Service").
_BARE_NAME = regex.compile(rf"{_NAME}(?: (?:and|&) {_NAME})?")
#: A byline without "By" and with a place: "Ann Lee in Kelby", "Bo Sun at
#: Vale Park" (a name of two or three capitalised words, a place of one to
#: three).
_NAME_AT = regex.compile(
    r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,2} (?:in|at) \p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}"
)
#: A photo caption's credit at the end of a line ("... Credit: AP", "...
#: Photo: Ann Lee").
_CREDIT_TAIL = regex.compile(
    r"(?i:credits?|photos?|pictures?|images?|source|foto|bild)\s*:\s*\S+(?:\s+\S+){0,2}$"
)
#: A caption's label in capitals before a colon has at least this many
#: letters ("ABOVE:", "PICTURED:"); fewer are an acronym ("RNLI: ...").
CAPTION_LABEL_MIN = 5


def _dek(raw: list[str], cls: list[int | None], between: list[int]) -> bool:
    """The first of the lines ``between`` a headline and the body is a short
    subheadline ("New timetable keeps island link open") when it is
    headline-shaped (``_headline_shaped``) with ``DEK_WORDS`` words or more
    and every line after it is a byline, a date line, a reading time or a
    photo credit, or a name alone (``_BARE_NAME``: "Ann Lee", "Coast News
    Service"; ``_NAME_AT``: "Ann Lee in Kelby") beside at least one of
    those, when the dek shares ``HEAD_SHARED`` words with the opening: the
    dek, then the story's meta lines. Not a byline of another shape, nor a
    caption (``_CREDIT_TAIL``, a label in capitals and a colon). A
    standfirst of ``STANDFIRST_WORDS`` words stays whatever follows it."""
    t = raw[between[0]].strip()
    if len(t.split()) < DEK_WORDS or not _headline_shaped(t, cls[between[0]]) or _cue(t) or _credit(t):
        return False
    after = [raw[j].strip() for j in between[1:]]
    if "|" in t or t.lower().startswith(("from ", "by ")) or _NAME_COMMA.match(t):
        return False  # a byline of another shape ("Ann Lee and Bo Sun, CNN", "From our correspondent")
    if _NAME_AT.fullmatch(t) and not any(_BYLINE.match(u) for u in after):
        return False  # "Ann Lee in Kelby", unless a byline follows
    w0 = t.split()[0]
    if _CREDIT_TAIL.search(t) or (w0.endswith(":") and w0.isupper() and len(w0) > CAPTION_LABEL_MIN):
        return False  # a caption ("ABOVE: ...", "... Credit: AP"); not a quote ("Barisic: ...", "RNLI: ...")
    meta = False  # a byline, date line or credit among them
    named = False  # a name alone among them
    for j, u in zip(between[1:], after):
        if _header_line(u) or _credit(raw[j]):
            meta = True
        elif (_BARE_NAME.fullmatch(u) or _NAME_AT.fullmatch(u)) and not u.isupper():
            named = True  # (a label in capitals is no name: "LATEST NEWS")
        else:
            return False
    if meta and named:
        # a name alone is weaker evidence than a byline: the dek shares
        # HEAD_SHARED words with the story's opening (a notice, "This article
        # is more than 3 years old", a prompt, "Follow the Gazette on Google
        # News", shares fewer)
        own = _content_words(t, _stopwords().get("en", frozenset()))
        nxt = next((i for i in range(between[-1] + 1, len(raw)) if cls[i] is not None), None)
        return nxt is not None and _shared(own, _opening(raw, cls, nxt)) >= HEAD_SHARED
    return meta


def _deck(raw: list[str], cls: list[int | None], between: list[int]) -> frozenset[int]:
    """The ``near`` and ``good`` lines among the lines ``between`` a headline
    and the body (its standfirst, a caption), up to the head of an author's
    box ("About the author", "About Ann Lee": ``_BOX_HEAD`` in a label of at
    most ``DECK_BOX_WORDS`` words), whose text is no part of the article, and
    up to the ``DECK_LIST``-th other headline-shaped line (``_headline_shaped``):
    a list of teasers, whose blurbs are not the article's either."""
    out = []
    shaped = 0
    for j in between:
        if cls[j] >= NEAR:
            out.append(j)
            continue
        t = raw[j].strip()
        if t.count(" ") < DECK_BOX_WORDS and _BOX_HEAD.match(t):
            break
        shaped += _headline_shaped(t, cls[j])
        if shaped >= DECK_LIST:
            break
    return frozenset(out)


#: Most words of an author box's head above the body (``_deck``), and the
#: headline-shaped lines that make a list of teasers there.
DECK_BOX_WORDS = 4
DECK_LIST = 2

def _heading_like(line: str) -> bool:
    t = line.strip()
    return (t.count(" ") >= 2 or (len(t.encode("utf-8")) - len(t)) >= 2 * HEAD_CJK_MIN) and not _stamp(t)


def _grow(raw: list[str], cls: list[int | None], edge: int, stop: int, step: int) -> int:
    """Move the region edge ``edge`` by ``step`` over sentence-like lines
    (class SOFT or better) and over a single heading-like line (three words or
    more, no date; or a live blog's entry time, ``_ENTRY_TIME``) followed by
    one, never reaching ``stop``; returns the new edge."""
    j = edge + step
    while j != stop:
        c = cls[j]
        if c is None:
            j += step
            continue
        if c >= SOFT:
            edge = j
            j += step
            continue
        k = j + step  # a single other line (a subheading) between sentences
        while k != stop and cls[k] is None:
            k += step
        if k != stop and cls[k] >= SOFT and c != BAD and (_heading_like(raw[j]) or _ENTRY_TIME.fullmatch(raw[j])):
            edge = k
            j = k + step
            continue
        if step == 1 and k != stop and _ENTRY_TIME.fullmatch(raw[k]) and _button_above(raw, j, edge):
            j = k  # a live blog's button under the entry above, then the next entry's time
            continue
        break
    return edge


def _entry_time_in(raw: list[str], a: int, m: int) -> bool:
    """A live blog's entry time stands alone on one of the lines ``a..m-1``."""
    return any(len(raw[i]) <= ENTRY_TIME_MAX and _ENTRY_TIME.fullmatch(raw[i]) for i in range(a, m))


def _time_after(raw: list[str], cls: list[int | None], m: int) -> bool:
    """The next non-blank line after line ``m`` is a live blog's entry time."""
    for j in range(m + 1, len(raw)):
        if cls[j] is not None:
            return _ENTRY_TIME.fullmatch(raw[j]) is not None
    return False


def _button_above(raw: list[str], j: int, edge: int) -> bool:
    """Line ``j`` is a share button (``filters.share_button``) that also
    stands within ``ENTRY_BUTTON_GAP`` lines above line ``edge``, with an
    entry time (``_ENTRY_TIME``) there too: the button under each entry of a
    live blog. An article's own buttons (under its headline, after a
    caption) have no entry time near them, and a ticker after it is no entry."""
    t = raw[j].strip()
    near = range(max(0, edge - ENTRY_BUTTON_GAP), edge)
    return (
        any(raw[i].strip() == t for i in near)
        and _entry_time_in(raw, near.start, edge)
        and _filters.share_button(t)
    )


#: Longest line tested for an entry time.
ENTRY_TIME_MAX = 24
#: A live blog's entry time alone on its line ("01:58", "9.41am", "14:05 GMT"):
#: between sentences it heads an entry, as a subheading does.
_ENTRY_TIME = regex.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|gmt|bst|cet|cest|utc|et|pt))?\s*", regex.IGNORECASE)


#: Most words of a short section's heading (``_short_sections``) ...
SECTION_HEAD_WORDS = 3
#: ... and fewest such sections in a row.
SECTION_MIN = 2


#: A numbered heading of a short section: a word and a number ("Phase 2",
#: "Day 3", "Etappe 4"), not a count of comments or a list's "Top 10".
_NUMBERED_HEAD = regex.compile(r"(?!(?i:top)\b)\p{L}+\s+\d{1,2}")


#: Content words short sections after the body share with it (``_short_sections``).
SECTION_SHARED = 1


def _site_words(raw: list[str], stop: frozenset[str]) -> set[str]:
    """The content words of the page title's parts (``_TITLE_PARTS``) other
    than its longest, the headline: the site's name and section ("Valley
    Courier"), which a body that names its paper shares with any of the
    site's own blocks."""
    parts = _TITLE_PARTS.split(raw[0].strip()) if raw else []
    if len(parts) < 2:
        return set()
    head = max(parts, key=len)
    return set().union(*(_content_words(p, stop) for p in parts if p is not head))


def _shares_body(raw: list[str], a: int, lo: int, words: set[str], stop: frozenset[str]) -> bool:
    """The content words ``words`` of lines after the body share at least
    ``SECTION_SHARED`` with the body's lines ``a..lo-1``, not counting the
    site's name (``_site_words``): more of the article, not one of the
    site's own blocks (teasers of other stories, a shop's footer); ``stop``
    is the text's stopword set."""
    body = " " + " ".join(raw[a:lo]).casefold()
    return _shared(words - _site_words(raw, stop), body) >= SECTION_SHARED


#: The most lines under a letter's closing line (the writer's name, place,
#: title) that ``_letter_close`` joins to the body.
SIGNATURE_LINES = 3
#: The longest of those lines (code points).
SIGNATURE_MAX = 60


def _lines_after(cls: list[int | None], b: int, most: int) -> list[int]:
    """The first ``most`` non-blank lines after line ``b`` (fewer at the end
    of the text)."""
    out: list[int] = []
    for i in range(b + 1, len(cls)):
        if cls[i] is not None:
            out.append(i)
            if len(out) >= most:
                break
    return out


def _salutation_above(raw: list[str], cls: list[int | None], a: int) -> int:
    """The body's first line ``a``, moved up to a letter's salutation right
    above it (``[salutation]`` of ``patterns/structure.re``: "Sir,", "Dear
    Editor,"), else ``a``."""
    j = a - 1
    while j >= 0 and cls[j] is None:
        j -= 1
    if j < 0 or len(raw[j]) > SIGNATURE_MAX:
        return a
    t = raw[j].strip()
    # (every salutation ends with a comma or a colon)
    return j if t[-1:] in ",:" and _cues().salutation.fullmatch(t) else a


def _letter_close(raw: list[str], cls: list[int | None], b: int) -> int:
    """The body's last line ``b``, moved down over a letter's closing that
    ends the text: a ``[valediction]`` ("Yours faithfully,") right after the
    body with at most ``SIGNATURE_LINES`` short lines under it (the writer's
    name and town: at most ``SIGNATURE_MAX`` code points, no sentence end, no
    digit, no cue, nothing a rule filter removes) and nothing after them;
    else ``b``. Asked only of a body that opens with a salutation
    (``_salutation_above``): a comment's or a newsletter's "Kind regards" is
    no letter's."""
    tail = _lines_after(cls, b, SIGNATURE_LINES + 2)
    if not tail or len(tail) > 1 + SIGNATURE_LINES:
        return b
    first = raw[tail[0]].strip()
    if len(first) > 2 * SIGNATURE_MAX or not _cues().valediction.fullmatch(first):
        return b
    for i in tail[1:]:
        t = raw[i].strip()
        if len(t) > SIGNATURE_MAX or t[-1:] in _TERM or _has_digit(t) or _cue(t) or cls[i] == BAD:
            return b
    block = "\n".join(raw[i] for i in tail)
    rules = (_chrome.newsletter, _chrome.legal, _chrome.site_chrome, _chrome.comments, _filters.share, _filters.navigation)
    return b if any(f(block) for f in rules) else tail[-1]


def _section_head(raw: list[str], cls: list[int | None], j: int) -> bool:
    """Line ``j`` may head a short section (``_short_sections``): class
    ``label``, at most ``SECTION_HEAD_WORDS`` words, no colon, no digit but a
    section's number (``_NUMBERED_HEAD``), no cue, not in the site's own
    voice (``[site_head]``: "About us", "Contact")."""
    if cls[j] != LABEL:
        return False
    t = raw[j].strip()
    return not (
        len(t.split()) > SECTION_HEAD_WORDS
        or ":" in t
        or (_has_digit(t) and _NUMBERED_HEAD.fullmatch(t) is None)
        or _cue(t)
        or _cues().site_head.fullmatch(t)
    )


#: A heading of a numbered series: a word and a number, in digits, Roman
#: numerals or English words ("Day one", "Part II", "Step 3", "Week
#: twelve"). Group 1 is the word.
_SERIES_HEAD = regex.compile(
    r"(?i)(\p{L}+)\s+(?:\d{1,3}|[ivxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)


def _own_section_above(raw: list[str], cls: list[int | None], a: int, b: int, boxes: list[tuple[int, int]]) -> int:
    """The body's first line ``a``, moved up to the heading right above it
    when the body is a numbered series of sections ("Day one" over the first
    paragraph of a travel diary whose body holds "Day two"): the line right
    above ``a`` heads a section (``_section_head``) and is a word and a
    number (``_SERIES_HEAD``), and a line inside the body, in no box of
    links read past (``boxes``), is the same word and a number with a
    sentence (``soft`` or better) right under it ("Part I" / "Part II",
    "Step 1" / "Step 2"); no rule filter removes the heading. Returns ``a``
    otherwise."""
    j = a - 1
    while j >= 0 and cls[j] is None:
        j -= 1
    if j < 0 or cls[j] != LABEL:
        return a
    head = raw[j].strip()
    m = _SERIES_HEAD.fullmatch(head)
    if m is None or not _section_head(raw, cls, j):
        return a
    first = m.group(1).casefold()
    for k in range(a + 1, b + 1):
        if (
            cls[k] == LABEL
            and (mk := _SERIES_HEAD.fullmatch(raw[k].strip())) is not None
            and mk.group(1).casefold() == first
            and not any(lo <= k <= hi for lo, hi in boxes)
            and _section_head(raw, cls, k)
        ):
            m = k + 1
            while m <= b and cls[m] is None:
                m += 1
            if m <= b and cls[m] >= SOFT:
                break
    else:
        return a
    rules = (_chrome.site_chrome, _chrome.related, _chrome.legal, _filters.share, _filters.ads, _filters.navigation)
    return a if any(f(head) for f in rules) else j


def _short_sections(raw: list[str], cls: list[int | None], a: int, b: int, stop: int, lang: str | None) -> int:
    """The body's last line ``b``, moved over short sections right after it:
    ``SECTION_MIN`` or more in a row, each a heading of at most
    ``SECTION_HEAD_WORDS`` words (class ``label``, no digit but a section's
    number, ``_NUMBERED_HEAD``; no cue, no colon) over one or more sentences
    (class ``soft`` or better, ending with a full stop, no cue; a widget's
    "Submit a thought!" ends with none): a review's "Design" / "The lid sticks." or a
    budget's "Fuel" / "Duty rises by 2p a litre." A single one could be a
    teaser under a section label ("Sport" / "Town edge out rivals."), so
    one is not enough; ``_grow`` already takes a heading of three words or
    more. No heading is in the site's own voice or names its services
    (``[site_head]`` of ``patterns/structure.re``: "About us", "Contact",
    "Terms", "Weather"): a footer's or a widget's blocks; no sentence speaks
    to the reader in the site's voice (``_SITE_VOICE``: "Get frost warnings
    on your phone."); and the sections share a content word with the body
    ``a..b`` (``_shares_body``): teasers of other stories ("Sport" / "Town
    edge out rivals.") share none."""
    j = b + 1
    end = b
    count = 0
    taken: list[str] = []  # the sections' lines
    while True:
        while j < stop and cls[j] is None:
            j += 1
        if j >= stop or not _section_head(raw, cls, j):
            break
        last, _ = _sentence_run(raw, cls, j + 1, stop, voice=True)
        if last is None:
            break
        taken.extend(raw[j : last + 1])
        count += 1
        end = last
        j = last + 1
    if count < SECTION_MIN:
        return b
    stopw = _stopwords().get(lang or "en", frozenset())
    if not _shares_body(raw, a, b + 1, set().union(*(_content_words(x, stopw) for x in taken)), stopw):
        return b
    return end


def _sentence_run(raw: list[str], cls: list[int | None], k: int, stop: int, voice: bool = False) -> tuple[int | None, int]:
    """The sentences from line ``k`` on, before ``stop``: lines of class
    ``soft`` or better that end with a full stop and hold no cue (nor, with
    ``voice``, a word of the site's voice, ``_SITE_VOICE``), up to the first
    other non-blank line. Returns ``(last such line or None, how many)``."""
    last = None
    n = 0
    while k < stop:
        c = cls[k]
        if c is None:
            k += 1
            continue
        if c < SOFT or not _full_stop(raw[k]) or _cue(raw[k].strip()) or (voice and _SITE_VOICE.search(raw[k])):
            break
        last = k
        n += 1
        k += 1
    return last, n


#: A sentence in the site's voice, to its reader: a promotion ("Get frost
#: warnings on your phone.", "Join our reader forum."), no section of the article.
_SITE_VOICE = regex.compile(r"\b(?:your|our)\b", regex.IGNORECASE)


#: A closing section's heading is at most this long ...
CLOSING_HEAD_MAX = 40
#: ... and at most this many sentence lines follow it.
CLOSING_LINES = 8


def _closing_section(raw: list[str], cls: list[int | None], b: int, stop: int) -> int:
    """The body's last line ``b``, moved over a closing section right after
    it: a ``[closing_head]`` of ``patterns/structure.re`` ("Verdict",
    "Update", "Fazit") alone on its line, then one to ``CLOSING_LINES`` lines
    of class ``soft`` or better that end with a full stop and hold no cue,
    then a line that is none of these (a share bar) or ``stop``. A heading of
    three words or more over sentences is grown over by ``_grow`` whatever
    its words; one of one or two words could as well head a teaser ("Sport",
    "Town edge out rivals.") or a comment box, so only these words do."""
    j = b + 1
    while j < stop and cls[j] is None:
        j += 1
    if j >= stop or cls[j] == BAD:
        return b
    t = raw[j].strip().rstrip(":")
    if len(t) > CLOSING_HEAD_MAX or _cues().closing_head.fullmatch(t) is None:
        return b
    end, count = _sentence_run(raw, cls, j + 1, stop)
    if end is None or count > CLOSING_LINES:
        return b
    # the heading's sentences are no comment form, newsletter offer, legal
    # line or banner ("Note" / "Your email address will not be published.")
    block = "\n".join(raw[i] for i in range(j + 1, end + 1))
    if _chrome.comments(block) or _chrome.newsletter(block) or _chrome.legal(block) or _chrome.cookies(block):
        return b
    return end


class _Analysis(NamedTuple):
    spans: list[Span]
    cls: list[int | None]
    reason: list[str | None]
    region: tuple[int, int]
    head: int | None
    comment_from: int | None
    lang: str | None


def structure(text: str) -> list[Span]:
    """Structural boilerplate classifier: spans of page chrome around and inside
    the main content.

    Returns sorted, disjoint ``Span(start, end, reason)``: code-point offsets
    into ``text``, half-open; one span per removed line (its surrounding spaces
    excluded), or one per run of at least ``RUN_SPAN`` removed lines.

    Reasons: ``outside_main_content`` (lines before or after the article body,
    when that text shows chrome), ``menu_run`` (two or more label lines in a row
    inside the body), ``comment_section`` (a comment head and the comments after
    it), ``short_boilerplate`` (a lone separator or copyright line inside the
    body, or a share button under each of its entries), ``inline_list`` (a
    related or most-read box of teaser titles between two parts of the
    article, found by its list head), ``gallery`` (a
    photo gallery inside the body: pictures counted "1/50", "2/50", ... with
    their captions), ``author_box`` (the author's box at the end of the body:
    "About <the byline's name>" or "Email <the byline's name> at ..." and the
    lines after it), ``post_frame`` (on a forum thread page, where all posts
    are the body: the label lines that recur in every post's frame,
    "Profile", "Quote"). Texts with fewer than ``PAGE_MIN_LINES`` non-blank lines lose only
    in-body menus and comment sections; a text without any sentence-like line is
    left alone. Never raises on any ``str``. The algorithm: ``docs/structure.md``.
    """
    if len(text) < 2 or text.isspace():
        return []
    return _analyse(text).spans


#: The longest line that may head a review's own list (``_review_list``).
REVIEW_HEAD_MAX = 30


#: One-word review list heads that also name menu entries or sections ("Plus",
#: "Specs"): they need a second head in the run (``_review_list``).
_REVIEW_PAIRED = frozenset({"plus", "minus", "pro", "contra", "specs", "likes", "dislikes", "strengths", "weaknesses"})


def _review_head(line: str) -> str | None:
    """``line`` as a ``[review_list_head]`` of ``patterns/structure.re``,
    case folded without its colon, or ``None``."""
    t = line.strip().rstrip(":：").strip()
    if len(t) > REVIEW_HEAD_MAX or _cues().review_list_head.fullmatch(t) is None:
        return None
    return t.casefold()


def _review_list(raw: list[str], members: list[int]) -> bool:
    """The run ``members`` inside the body is a review's own list: its first
    line is a ``[review_list_head]`` of ``patterns/structure.re`` ("Pros",
    "Cons", "Specifications", "Vorteile"), a colon after it allowed, and so
    the short lines under it ("Very light", "Long battery life") are the
    review's points, not a menu. A head that also names a menu entry
    (``_REVIEW_PAIRED``: "Plus", "Specs") needs a second head in the run
    ("Plus" ... "Minus"): "Plus / News / Sport" is a menu."""
    head = _review_head(raw[members[0]])
    if head is None:
        return False
    if head not in _REVIEW_PAIRED:
        return True
    return any(_review_head(raw[m]) is not None for m in members[1:])


#: Lines of a review's facts ("Cast: ...") a run needs to be its box of facts.
INFO_FIELDS_MIN = 2


def _info_box(raw: list[str], members: list[int]) -> frozenset[int]:
    """The lines of the run ``members`` inside the body that are a review's
    facts, when at least ``INFO_FIELDS_MIN`` of its lines, and half of them,
    are an ``[info_field]`` of ``patterns/structure.re`` before a colon and a
    value ("Cast: Ann Lee, Bo Sun", "Director: Cy Park", "Laufzeit: 98
    Minuten"); else none. A shop's or a listing's widget, whose fields come
    with titles, prices and buttons, is mostly other lines."""
    fields = _cues().info_fields
    found = []
    for m in members:
        name, colon, value = raw[m].partition(":")
        if colon and value.strip() and name.strip().lower() in fields:
            found.append(m)
    if len(found) >= INFO_FIELDS_MIN and 2 * len(found) >= len(members):
        return frozenset(found)
    return frozenset()


#: Inline related links at most this many lines apart make a box of links
#: (each with its blurb), which the classifier does not read past.
INLINE_BOX_GAP = 4


def _unheaded(raw: list[str], cls: list[int | None], score: list[float]) -> list[float]:
    """``score`` with the paragraph lines (``near``, ``good``) under a heading
    that ``_heads_junk`` takes set to a paragraph's cost of nothing: they are
    teasers or another post's excerpt, no evidence of the article."""
    out = list(score)
    under = False
    for i, c in enumerate(cls):
        if c is None:
            continue
        if c in (NEAR, GOOD):
            if under:
                out[i] = min(out[i], 0.0)
        else:
            under = len(raw[i]) <= END_HEAD_MAX and _heads_junk(raw[i])
    return out


def _heads_junk(line: str) -> bool:
    """``line`` heads a teaser or another post: a list head ("Top stories",
    "Related stories") or a label of the ``navigation`` filter's vocabulary
    ("Previous post"); not a share button such as "Tweet" nor an ad slot's
    "Advertisement", under which a story may go on. Set lookups, asked only
    on pages whose best run is light (``LOW_MASS``)."""
    t = line.strip()
    if len(t) > END_HEAD_MAX:
        return False
    key = _filters._label_key(t)
    return key in _junk_heads() or bool(_LIST[t])


@functools.cache
def _junk_heads() -> frozenset[str]:
    """The label keys of ``navigation.labels`` (the rule filter's vocabulary):
    "previous post", "next article". Not the ad labels: the article goes on
    under an in-article "Advertisement" slot as often as ad copy does."""
    return _filters._labels("navigation.labels")


def _read_past_playlists(seen: list[str], lines: list[int]) -> None:
    """Blank in ``seen`` the ``lines`` of each video embed's playlist (runs
    of them with only blank lines between) unless the next non-blank line of
    ``seen`` is a tail or comment cue ("Related stories", "Comments",
    "Leave a reply"): there the embed may end the article, and is left as
    it is."""
    k = 0
    n = len(seen)
    while k < len(lines):
        run = [lines[k]]
        k += 1
        while k < len(lines) and all(not seen[j].strip() for j in range(run[-1] + 1, lines[k])):
            run.append(lines[k])
            k += 1
        j = run[-1] + 1
        while j < n and not seen[j].strip():
            j += 1
        t = seen[j].strip() if j < n else ""
        if t and len(t) <= END_HEAD_MAX and (_END[t] or _HEAD[t] or _LABEL[t]):
            continue
        for j in run:
            seen[j] = ""


def _sentence_next(raw: list[str], i: int) -> bool:
    """The next non-blank line after line ``i`` ends with a full stop."""
    for j in range(i + 1, len(raw)):
        if raw[j].strip():
            return _full_stop(raw[j])
    return False


def _analyse(text: str) -> _Analysis:
    # the lines as the rule filters split them (cached for the few most recent
    # texts, so in a pipeline the split is shared; never modified here); line
    # i starts at before[i] + i
    raw, _, before = _filters.line_heads(text)
    n = len(raw)
    starts = list(map(add, before, count()))
    lang, cjk_doc = _language(text)
    # a video player's text (its controls and caption settings, which
    # site_chrome removes) is no part of the page's layout: its lines are
    # classified as blank, so the article on both sides of it is one body and
    # the labels after it do not count as more of a menu; a video embed's
    # playlist is read past likewise, but only where the article goes on
    # after it (below, once the other lines read past are known)
    players, playlists = _chrome._player_parts(text)
    # an inline related link ("Read more: Island school saved") is read past
    # as a blank line too when a sentence follows it: the article goes on
    # (teaser titles after it have no full stop)
    inline = _chrome.inline_related(text)
    if inline:
        at = [bisect.bisect_left(starts, s) for s, _ in inline]
        far = n + INLINE_BOX_GAP + 1
        # a box of such links, each with its blurb, is no part of the article:
        # only a link with no other within INLINE_BOX_GAP lines is read past
        inline = [
            x for k, x in enumerate(inline)
            if (at[k] - at[k - 1] if k else far) > INLINE_BOX_GAP
            and (at[k + 1] - at[k] if k + 1 < len(at) else far) > INLINE_BOX_GAP
            and _sentence_next(raw, at[k])
        ]
    # so is an advertisement slot's label ("Advertisement") with a sentence
    # after it: it neither weighs as a menu label nor joins a subheading above
    # it into a menu (a label before a "Trending" list or a footer stays: it
    # may end the article)
    ad_slots = [x for x in _filters.ad_labels(text, slots=True) if _sentence_next(raw, bisect.bisect_left(starts, x[0]))]
    slot_lines = {bisect.bisect_left(starts, s) for s, _ in ad_slots}
    if players or inline or ad_slots or playlists:
        seen = list(raw)
        for s, _ in chain(players, inline, ad_slots):
            seen[bisect.bisect_left(starts, s)] = ""
        if playlists:
            _read_past_playlists(seen, [bisect.bisect_left(starts, s) for s, _ in playlists])
    else:
        seen = raw
    cls, score = _classify(text, seen, starts, lang, cjk_doc)
    a, b, best = _best_run(score, 0, n)
    if 0 <= a and best < LOW_MASS:
        # a light best run may be a teaser under its heading ("Top stories"
        # over one long sentence, above a story of short paragraphs): such
        # paragraphs weigh nothing, and the run is sought again
        score = _unheaded(raw, cls, score)
        a, b, best = _best_run(score, 0, n)
    if a < 0:
        return _Analysis([], cls, [None] * n, (a, b), None, None, lang)
    anchored = _anchor(raw, cls, score, a, b, best)
    if anchored is not None:
        a, b = anchored
    b0 = b

    # comment section: cut the region at a comment head
    comment_from = None
    boxes: list[tuple[int, int]] = []  # inline lists inside the body (_resume)
    gains = None
    chead = _comment_heads(raw, cls, b)
    for h, strong in chead:
        if h > b:
            break
        if h > a:
            if _header_link(raw, cls, h):
                # a comment count between the headline and the article (the
                # best run began above the headline, in teasers or a dek)
                continue
            if gains is None:  # prefix sums of the positive scores
                gains = list(accumulate(map(max, score, repeat(0.0)), initial=0.0))
            mass = gains[h] - gains[a]
            rest = GOOD in cls[h + 1 : b + 1]
            if _stamped(raw, cls, h, True) or (
                mass >= MIN_MASS and (strong or not rest or _thread(raw, cls, h + 1, _next_head(chead, cls, h, b)))
            ):
                comment_from = h
                b = h - 1
                while b > a and score[b] <= 0:
                    b -= 1
                break
        elif _stamped(raw, cls, h) and not _under_headline(raw, cls, h):
            # the best run is a comment thread under the story above the
            # head; but a comment link in a menu or in the article's header
            # ("Add a Comment" over the byline and the date) may have only a
            # line or two above it, and the article itself under it
            a2, b2, m2 = _best_run(score, 0, h)
            if a2 >= 0 and (m2 >= MIN_MASS or not _article_after(raw, cls, h)):
                a, b = a2, b2
                comment_from = h
                break
        elif GOOD not in cls[h + 1 : a] and _thread(raw, cls, a, _next_head(chead, cls, a, b), False):
            # the best run is a comment thread under a short story (a news
            # aggregator's "by user (123) writes:" posts): the story above the
            # head is the body when it has a paragraph's mass and a line that
            # repeats the page title stands near it, at most HEAD_GAP lines
            # above it or between it and the head (a notice at the top of a
            # forum page is no story)
            a2, b2, m2 = _best_run(score, 0, h)
            if a2 >= 0 and m2 >= MIN_MASS and any(a2 - HEAD_GAP <= j for j in _title_lines(raw, cls, h)):
                a, b = a2, b2
                comment_from = h
                break

    # a line that a lead-in quotes ("The terms stated:" over it) is no tail cue
    quoted = lambda m: starts[m] in _filters.quoted_lines(text)  # noqa: E731
    # a forum thread: the body is one of its posts; all posts are the body
    thread = _thread_page(text, raw, cls, a, b, chead) if comment_from is None else None
    thread_head = None
    if thread is not None:
        t0, t1, frame = thread
        near = [j for j in _title_lines(raw, cls, t0) if j >= t0 - HEAD_GAP]
        if near:  # the thread's title line, its headline, above the first post
            thread_head = near[-1]
            t0 = thread_head + 1
        # the last post's text under its frame (a frame over each post)
        for j in range(t1 + 1, min(n, t1 + FRAME_BLOCK + 1)):
            c = cls[j]
            if c is None:
                continue
            t = raw[j].strip()
            if c == BAD or (len(t) <= END_HEAD_MAX and (_END[t] or _HEAD[t])):
                break
            if c >= SOFT:
                t1 = j
                break
        a, b = min(a, t0), max(b, t1)
        cut = None
    else:
        # end of the article: a tail head (related list, tags, share bar,
        # legal line) after which no paragraphs follow
        b, cut = _end_cut(raw, cls, score, a, b, boxes, quoted)

    # grow over adjacent sentence-like lines (fragments, dialogue, list items)
    # and over single other lines between them (subheadings)
    limit = comment_from if comment_from is not None else n
    if cut is not None:
        limit = min(limit, cut)
    b = _grow(raw, cls, b, limit, 1)
    b = _short_sections(raw, cls, a, b, limit, lang)
    b = _grow(raw, cls, b, limit, 1)
    b = _closing_section(raw, cls, b, limit)
    b = _records(raw, cls, b, limit)
    b = _numbered(raw, cls, b, limit)
    b = _fields(raw, cls, b, limit)
    b = _echo(raw, cls, a, b, limit)
    b, list_stop = _announced(raw, cls, b, limit)
    cards = _cards(raw, cls, b, limit)  # product cards the body announces: no menu in them
    if cards is not None:
        b = cards[1]
    card = _recipe_card(raw, cls, b, comment_from if comment_from is not None else n) if thread is None else None
    if comment_from is None and cut is None and thread is None:
        b = _resume(raw, cls, score, b, limit, boxes)
    if thread is None:  # article prose after a widget label or caption
        open_ = n if comment_from is None else comment_from
        while (more := _prose_after(raw, cls, a, b, open_, lang)) is not None:
            lo, hi, b = more
            if any(len(raw[m]) <= END_HEAD_MAX and _BOX[raw[m].strip()] for m in range(lo, hi + 1)):
                boxes.append((lo, hi))  # a widget's label and teasers go
            # never grown past the next cue ("Most read in news" over a title)
            b = _grow(raw, cls, b, next((m for m in range(b + 1, open_) if cls[m] is not None and _cue(raw[m])), open_), 1)
            nxt = next((m for m in range(b + 1, open_) if cls[m] is not None), None)
            cut = nxt if nxt is not None and _cue(raw[nxt]) else None
            limit = open_ if cut is None else cut
        # the article goes on after a long block when it says so ("Story
        # continues below" over a sidebar of related stories)
        more = _continued(raw, cls, score, a, b, open_, lang)
        if more is not None:
            boxes.append(more)
            g = more[1] + 1
            _, b2, _ = _best_run(score, g, open_)
            # the rest of the story ends as an article does: at a tail head
            b2, cut = _end_cut(raw, cls, score, g, b2, boxes, quoted)
            limit = open_ if cut is None else min(open_, cut)
            b = _grow(raw, cls, b2, limit, 1)
    # _ingredients_above by the body's first line: asked up to three times
    # below, mostly of the same line
    ingredients: dict[int, int] = {}

    def ingredients_above(x: int) -> int:
        got = ingredients.get(x)
        if got is None:
            got = ingredients[x] = _ingredients_above(raw, cls, x)
        return got

    lead_lists: list[range] = []  # announced lists the body was extended over (_prose_before)
    letter = False  # the body starts with a letter's salutation
    if thread_head is None:
        a = _grow(raw, cls, a, -1, -1)
        # the article's opening above a list it announces ("Times:"), unless
        # the list is a recipe's ingredients (found below, however far up);
        # the list is no menu then
        while (up := _prose_before(raw, cls, a, b, lang)) is not None and ingredients_above(a) == a:
            lead_lists.append(range(up, a))
            a = _grow(raw, cls, up, -1, -1)
        # the first section's own heading, when the body is in numbered
        # sections; a letter's salutation (not over a recipe's ingredients,
        # which the ingredient rule below takes from the body's own start)
        if ingredients_above(a) == a:
            a0 = _own_section_above(raw, cls, a, b, boxes)
            a = _salutation_above(raw, cls, a0)
            letter = a != a0
    # story titles at the top of the body are a box of links above it: the
    # article starts under them (and its headline may be under or among them)
    box_top = a
    stacked = _title_stack(raw, cls, a, b, lang) if thread_head is None else None
    own_heads: list[int] = []
    if stacked is not None:
        box_top, a, own_heads = stacked
    a0 = a
    a = ingredients_above(a)
    recipe = range(a, a0)  # an ingredient list above the body: no menu in it
    if stacked is None or own_heads:
        box_top = a  # (the headline's header lies between it and the body)
    # the last sentences of a text stay even when a caption or credit line or
    # two separate them from the body
    if limit == n:
        tail = [i for i in range(b + 1, n) if cls[i] is not None]
        if tail and len(tail) > BRIDGE_MAX:
            k = 0
            while k < len(tail) and cls[tail[k]] < SOFT:
                k += 1
            if 0 < k <= BRIDGE_MAX and all(cls[i] >= SOFT for i in tail[k:]):
                b = tail[-1]
    closing = range(0)  # the list between the body and its closing sentences: no menu in it
    signature = range(0)
    if limit == n and thread is None:
        b1 = _closing_prose(raw, cls, a, b, lang)
        if b1 > b:  # (from the body's last line: it may be the list's lead-in)
            closing = range(b, b1 + 1)
        b = b1
        if letter:  # a letter's closing, name and town
            b = _letter_close(raw, cls, b1)
            signature = range(b1 + 1, b + 1)  # no menu in it either

    # a newsroom's credit line right under the body ("(Reporting by Ann Lee;
    # Editing by Bo Sun)") is the article's last line
    for _ in range(DESK_LINES):
        j = b + 1
        while j < limit and cls[j] is None:
            j += 1
        if j < limit and len(raw[j]) <= DESK_MAX_LEN and _DESK.search(raw[j]):
            b = j
        else:
            break

    # a dateline on its own line right above the body ("NEW ORLEANS -",
    # "WASHINGTON (AP) —") opens its first paragraph: its index, else -1
    opener = a - 1
    while opener >= 0 and cls[opener] is None:
        opener -= 1
    if opener >= 0 and not _dateline(raw[opener]):
        opener = -1

    # headline: a line repeating the title (first line) above the body, else
    # the title-like line right above it
    far_head = False
    far_line = None  # a headline found far up (_headline_far), when asked for
    ruled_top = None  # the title-like lines a rule filter removes, the first of them
    if thread_head is not None:
        head = thread_head
    elif own_heads:
        head = own_heads[0]  # the headline under a box of story titles
    else:
        head = _headline_above(raw, cls, box_top, lang)
    heads: list[int] = own_heads
    if head is None and stacked is None:
        # the title-like lines right above the body: a headline, and a
        # standfirst under it; a photo caption or credit line between them and
        # the body (the photo_credits filter's business) does not separate
        # them, nor do a byline and a date line (up to HEAD_META_SKIP lines)
        j = a - 1
        meta = 0
        dateline = 0  # words of the dateline stepped over
        while j >= 0 and len(heads) < HEAD_LINES - (dateline >= 3):
            if j == opener:
                # (the dateline opens the body: it stays, below; one of three
                # words or more, "WASHINGTON (AP) —", is as a headline line
                # would be, one line of the two)
                dateline = len(raw[j].split())
                j -= 1
                continue
            if cls[j] is None or _credit(raw[j]):
                j -= 1
                continue
            t = raw[j].strip()
            if (
                cls[j] in (LABEL, ITEM, SOFT, NEAR)
                and not t.endswith((".", ":", "!"))
                and (len(t.split()) >= 3 or (j == 0 and _first_line_headline(raw, cls, a, t, lang)))
                and not _stamp(t)
                and not (heads == [] and _BYLINE.match(t) and meta < HEAD_META_SKIP)
                and not (len(t) <= STAMP_MAX_LEN and _meta_line(t))
            ):
                heads.append(j)
                j -= 1
                continue
            if not heads and len(t) <= STAMP_MAX_LEN and (
                (meta < HEAD_META_SKIP and (_stamp(t) or _BYLINE.match(t))) or (meta < HEAD_META_STACK and _meta_line(t))
            ):
                meta += 1
                j -= 1
                continue
            break
        if len(heads) > 1 and meta > HEAD_META_SKIP:
            # over a long stack of meta lines, the line above the nearest
            # title-like line is its headline only if it shares a word with
            # it or HEAD_SHARED with the opening (a teaser of another story
            # or "Close share panel" above the headline shares fewer)
            stop = _stopwords().get(lang or "en", frozenset())
            words = _content_words(raw[heads[1]], stop)
            if not (words & _content_words(raw[heads[0]], stop) or _shared(words, _opening(raw, cls, a)) >= HEAD_SHARED):
                heads = heads[:1]
        if heads and 0 < dateline < 3:
            # over a short dateline ("LONDON -"), a headline shares a word
            # with the story it opens; a toolbar's "Listen to this article"
            # shares none
            stop = _stopwords().get(lang or "en", frozenset())
            if not _shared(_content_words(raw[heads[0]], stop), _opening(raw, cls, a)):
                heads = []
        # only lines a rule filter removes ("Close share panel"): a headline
        # farther up, over a long toolbar, is the one (below)
        if heads and _ruled(raw, heads, RULED_CONTEXT, a):
            far_line = _headline_far(raw, cls, box_top, lang)
            if far_line is not None:
                # (the lines between them and the body stay as they would
                # under them: one, an update note or a date line, when alone)
                ruled_top = heads[-1]
                heads = []
        if heads:
            head = heads[-1]
    if head is None:
        # a headline over a long toolbar: no deck or standfirst under it (the
        # lines between are the toolbar's)
        head = far_line if far_line is not None else _headline_far(raw, cls, box_top, lang)
        far_head = head is not None

    # decisions
    page = n - cls.count(None) >= PAGE_MIN_LINES
    out_reason = "outside_main_content" if page else None
    reason: list[str | None] = [out_reason] * n
    reason[a : b + 1] = [None] * (b + 1 - a)
    # text around the body goes only if it shows chrome: a one- or two-word
    # label, a separator or copyright line, a date line, a cue line
    if page:
        if not _chrome_evidence(raw, cls, range(a)):
            reason[:a] = [None] * a
        if not _chrome_evidence(raw, cls, range(b + 1 if cards is None else cards[0], n)):
            reason[b + 1 :] = [None] * (n - b - 1)
    # a list announced at the end of the body, up to a tail or comment cue (a
    # cue ending with a colon, "Mehr zum Thema:", announces no list)
    if raw[b].rstrip().endswith(":"):
        j = b + 1
        while j < min(limit, list_stop) and j - b <= LIST_MAX and cls[j] not in (BAD, GOOD) and not (cls[j] is not None and _cue(raw[j])):
            reason[j] = None
            j += 1
        # the article goes on under the list ("His record stands thus:", a
        # table, then the closing paragraphs): the paragraphs right under it,
        # up to the first line that is none, when they read as the article's
        # (_resumed_prose)
        if j > b + 1 and j < min(limit, list_stop) and cls[j] == GOOD:
            for i in _resumed_prose(raw, cls, j, min(limit, list_stop), a, b, lang):
                reason[i] = None
    if card is not None:  # a recipe card after the body (its name and "Print" above it go)
        reason[card[0] : card[1] + 1] = [None] * (card[1] + 1 - card[0])
    if head is not None:
        reason[head] = None
        # (a stack of story titles under the headline is no part of its header)
        between = [j for j in range(head + 1, box_top) if cls[j] is not None]
        deck = frozenset() if far_head else _deck(raw, cls, between)
        # an ad label read past still counts as a line of the meta block; a
        # photo's credit line (the photo_credits filter's business) does not
        # when the others are bylines or date lines
        slots = len(slot_lines.intersection(range(head + 1, a)))
        metas = len(between) + slots
        if metas > HEAD_META_MAX:
            rest = [j for j in between if not _credit(raw[j])]
            if len(rest) < len(between) and all(_dated(raw[j].strip()) for j in rest):
                metas = len(rest) + slots
        for j in between:
            if j in heads or j in deck or metas <= HEAD_META_MAX:
                reason[j] = None
        if far_head:
            if ruled_top is not None:
                under = [j for j in range(ruled_top + 1, box_top) if cls[j] is not None]
                if len(under) + len(slot_lines.intersection(range(ruled_top + 1, a))) <= HEAD_META_MAX:
                    for j in under:
                        reason[j] = None
        elif between and _standfirst(raw[between[0]], cls[between[0]]):
            reason[between[0]] = None
        elif len(between) >= 2 and _dek(raw, cls, between):
            reason[between[0]] = None
    if opener > 0:  # (the dateline right above the body stays)
        reason[opener] = None
    # runs of two or more label or item lines inside the body are menus,
    # unless a colon announces them (in a forum thread, short lines are
    # posts, and only the frame goes)
    if thread is not None:
        for j in frame:
            if a <= j <= b:
                reason[j] = "post_frame"
    tables: list[frozenset[int]] = []  # the body's table cells, found once when needed
    i = a
    while i <= b and thread is None:
        c = cls[i]
        if c is None or c > ITEM:
            i += 1
            continue
        members = []
        j = i
        while j <= b and (cls[j] is None or cls[j] <= ITEM):
            if cls[j] is not None:
                members.append(j)
            j += 1
        prev = i - 1
        while prev >= 0 and cls[prev] is None:
            prev -= 1
        colon = prev >= 0 and raw[prev].rstrip().endswith(":")
        if not colon and prev >= 0 and cls[prev] >= NEAR and _announced_list(raw, cls, members[0], members[1:]):
            # the run is a short list under its own lead-in ("Times:")
            # between two paragraphs: one the article introduces, read like
            # one under a lead-in line
            nxt = j
            while nxt <= b and cls[nxt] is None:
                nxt += 1
            colon = nxt <= b and cls[nxt] >= NEAR
        if (
            len(members) >= 2
            and not colon
            and members[0] not in recipe
            and members[0] not in closing
            and members[0] not in signature
            and not any(members[0] in r for r in lead_lists)
            and (cards is None or not cards[0] <= members[0] <= cards[1])
            and not _list_run(raw, cls, members)
            and not _timeline_run(raw, cls, members)
            and not _data_run(raw, members)
            and not _dialogue_run(raw, cls, members)
            and not _table_run(raw, cls, members, a, b, tables)
            and not _review_list(raw, members)
            and _chrome_evidence(raw, cls, members, sources=True)
        ):
            # under a tail head ("Related stories") the item lines are links too
            top = RUN_MAX_CLASS
            if ITEM in map(cls.__getitem__, members) and any(
                len(raw[m]) <= END_HEAD_MAX and _END[raw[m].strip()] for m in members
            ):
                top = ITEM
            gone = [m for m in members if cls[m] <= top and m != head]
            facts = _info_box(raw, members)
            if facts:
                # a review's box of facts: its field lines stay, the rest of
                # the run (a button, a price, a menu label) goes
                gone = [m for m in gone if m not in facts]
            if gone == members[:1] and raw[members[0]].rstrip().endswith(":"):
                # only the run's lead-in would go ("Scorers:" above the
                # scorer lines the run keeps): a list the article introduces
                gone = []
            for m in gone:
                reason[m] = "menu_run"
        else:
            for m in members:
                if cls[m] == BAD or (
                    len(members) == 1
                    and len(raw[m]) <= END_HEAD_MAX
                    and _END[raw[m].strip()]  # a memo probe before the button test
                    and _entry_button(raw, cls, a, m, False)
                ):
                    reason[m] = "short_boilerplate"
        i = j
    for lo, hi in boxes:  # a related or most-read box inside the article
        for m in range(lo, hi + 1):
            if cls[m] is not None:
                reason[m] = "inline_list"
    for lo, hi in _galleries(raw, cls, score, a, b):
        for m in range(lo, hi + 1):
            if cls[m] is not None:
                reason[m] = "gallery"
    if page and thread is None:  # the author's box at the end of the body
        box = _author_box(text, raw, cls, score, starts, a, b)
        if box is not None:
            for m in range(box, b + 1):
                if cls[m] is not None:
                    reason[m] = "author_box"
    if comment_from is not None:
        # the comments run to the end of the first region, and on over comment
        # heads, dated headers and reply labels right after it
        last = b0
        j = b0 + 1
        while j < n:
            if cls[j] is not None:
                t = raw[j].strip()
                if not (
                    len(t) <= COMMENT_HEAD_MAX
                    and (_stamp(t) or _HEAD[t] or _LABEL[t])
                ):
                    break
                last = j
            j += 1
        for i in range(comment_from, last + 1):
            reason[i] = "comment_section"

    if best < LOW_MASS:
        # a best run this light is weak evidence of where the article is (a
        # story of short paragraphs, a page of several short texts): the
        # paragraph lines above it stay, and only chrome-like lines go, and
        # the sentences under a teaser or post heading ("Top stories",
        # "Previous post")
        under = False  # in the paragraphs under such a heading
        for i in range(a):
            if cls[i] is None:
                continue
            if cls[i] in (NEAR, GOOD):
                if reason[i] == "outside_main_content" and not under:
                    reason[i] = None
            else:
                under = _heads_junk(raw[i])

    spans: list[Span] = []
    i = 0
    for r, group in groupby(reason):
        k = len(list(group))
        if r is not None:
            e = i + k - 1  # a run of lines removed for one reason
            while e >= i and cls[e] is None:
                e -= 1
            b_ = i
            while b_ <= e and cls[b_] is None:
                b_ += 1
            if e - b_ + 1 >= RUN_SPAN:
                spans.append(Span(starts[b_], starts[e] + len(raw[e]), r))
            else:
                for j in range(b_, e + 1):
                    if cls[j] is not None:
                        ln = raw[j]
                        spans.append(Span(starts[j] + len(ln) - len(ln.lstrip()), starts[j] + len(ln.rstrip()), r))
        i += k
    return _Analysis(spans, cls, reason, (a, b), head, comment_from, lang)
