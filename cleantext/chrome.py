"""Page-chrome rule filters: cookie banners, newsletter prompts, related and
most-read lists, comment sections, bylines and timestamps, breadcrumbs, tag
lists, language selectors, login and search boxes, legal and copyright lines.

Each filter is ``filter(text: str) -> list[Span]`` (code-point offsets into
``text``, half-open, whole lines without their ``\\n``); it never raises on any
``str``. Reason codes are documented in ``docs/filters.md``; vocabularies live
in ``cleantext/patterns/`` and are compiled on first use.

How candidates are found. Every rule here is about a whole line, and most
lines of a document are not chrome, so no filter looks at every line in
Python. One shared scan per text (``_Scan``, cached) splits the text into
lines and looks up each line's first ``_PREFIX_LEN`` characters (after lead
marks such as bullets, lower-cased) in a dict, with ``map`` in C: one probe
per line, memoised across documents (``_Registry.classify``). The dict says
whether the line may be

- a label line (one label, or a run of labels of one family separated by
  ``| · • / ,`` or spaces): it starts like a label; its end is checked the
  same way, then the label itself or one ``re`` match decides;
- a candidate for a vocabulary pattern: it starts with one of the literal
  strings every match of the pattern starts with (read off the parsed
  pattern, ``_prefixes``). A candidate is tried only against the patterns
  its start can begin (``_Rules``).

Python then checks the few candidate lines and walks to their neighbours with
``str.find`` when a rule needs context (the link lines after a head). Every
shortcut here has a plain form (one regular expression over the lower-cased
text, the whole alternation of a file's patterns) that gives the same spans;
``tests/test_chrome.py`` compares the two.
"""

from __future__ import annotations

import bisect
import functools
import re
from importlib import resources
from collections import defaultdict
from itertools import compress, count, repeat
from operator import and_
from typing import Callable, Container, Iterable, Iterator

import regex

try:  # the parser behind ``re``; used only to read literal prefixes off patterns
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from .core import Span
from .filters import _PROBE, _rights_phrases, add_start_screen, line_heads, reported, start_codes, _word_trie

__all__ = ["cookies", "newsletter", "related", "comments", "bylines", "legal", "site_chrome"]

# ------------------------------------------------------------------ limits

#: A line that follows a head (related list, comment section) is a link line
#: when it has at most this many words and code points, does not end a
#: sentence (``.`` ``!`` ``。``) or hold two sentences, and does not end in a
#: colon.
LINK_MAX_WORDS = 18
LINK_MAX_CHARS = 160
#: ... and, if it ends in a question mark, at most this many words (a headline
#: may ask a question; a longer question is a sentence).
LINK_QUESTION_MAX_WORDS = 10
#: A block after a head covers at most this many non-blank lines.
BLOCK_MAX_LINES = 40
#: A related list that ends at a prose paragraph is taken only when the
#: article has begun before its head (a prose paragraph precedes it) and it
#: has at most this many lines; otherwise only the head goes. Lists above the
#: first paragraph run into the article's own headline, standfirst and
#: byline, and long lists between paragraphs are often the article's own
#: (product features, steps).
RELATED_MID_MAX_LINES = 8
#: A prose paragraph, for the rules above: a line of at least this many words
#: (or code points, in unspaced scripts) that ends a sentence.
PROSE_MIN_WORDS = 10
PROSE_MIN_CHARS_UNSPACED = 25
#: Longest cookie-banner line, in words (banners are long single paragraphs).
COOKIE_MAX_WORDS = 120
#: Longest newsletter, app or follow prompt line, in words.
PROMPT_MAX_WORDS = 40
#: Longest comment head or comment-form line, in words.
COMMENT_MAX_WORDS = 50
#: Longest copyright line, in words.
LEGAL_MAX_WORDS = 60
#: Longest byline/timestamp line, in code points.
BYLINE_MAX_CHARS = 200
#: Longest line taken as a label run, breadcrumb or tag list, in code points.
RUN_MAX_CHARS = 300

# ------------------------------------------------------------------ vocabularies

_HEADER = re.compile(r"\[(?:([a-z_]+):)?([a-z]{2,5})\]")


@functools.cache
def _vocab(name: str) -> dict[str, tuple[str, ...]]:
    """Entries of ``patterns/<name>`` by slot: a ``[slot:xx]`` section adds to
    slot ``slot``, a plain ``[xx]`` language section to slot ``""``."""
    raw = resources.files(__package__).joinpath("patterns", name).read_text("utf-8")
    out: dict[str, list[str]] = {}
    slot = ""
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = _HEADER.fullmatch(line)
        if m:
            slot = m.group(1) or ""
            continue
        out.setdefault(slot, []).append(line)
    return {k: tuple(v) for k, v in out.items()}


def _entries(name: str, *slots: str) -> tuple[str, ...]:
    """Entries of the given slots (all slots when none is given)."""
    v = _vocab(name)
    return tuple(e for s in (slots or tuple(v)) for e in v.get(s, ()))


# Characters a label line may start or end with besides the label itself.
_LEAD = r"[ \t\r•·▪●◦*#>|»›\-–—]*"
_TRAIL = r"[ \t\r:：|·•»›>\-–—*]*"
#: What may follow a label on a label line: a separator or a trailing mark.
_LABEL_NEXT = frozenset(" \t\r|·•/,:：»›>-–—*")
#: What a separator between two labels ends with.
_SEP_END = frozenset(" \t|·•/,")
#: Trailing marks of a label line (``_TRAIL``).
_TRAIL_CHARS = " \t\r:：|·•»›>-–—*"
_KEY_EDGE = " \t\r:：|·•▪●◦»«›‹>–—-*#/"
_BODY_LEAD = " \t\r•·▪●◦*#>|»›-–—"


def _key(s: str) -> str:
    """A line as labels are compared: edge marks stripped, lower-cased, single spaces."""
    k = s.strip(_KEY_EDGE).lower()
    if "  " in k or "\t" in k:
        k = " ".join(k.split())
    return k


#: In literal prefixes, this character stands for any decimal digit.
_DIGIT = "\x00"
_DIGITS = str.maketrans("0123456789", _DIGIT * 10)


_TRIE_ESCAPES: dict[str, str] = {}


def _trie_escape(ch: str) -> str:
    """One trie character as ``re`` source: ``\\d`` for ``_DIGIT``, else
    ``re.escape`` (remembered: tries repeat few characters many times)."""
    got = _TRIE_ESCAPES.get(ch)
    if got is None:
        got = r"\d" if ch == _DIGIT else re.escape(ch)
        if len(_TRIE_ESCAPES) < 4096:
            _TRIE_ESCAPES[ch] = got
    return got


def _trie(words: Iterable[str]) -> str:
    """Regex source (``re`` syntax) matching exactly ``words``, factored as a
    trie so a line that starts with none of them is rejected after a character
    or two; ``_DIGIT`` in a word matches any digit."""
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    esc = _trie_escape

    def build(node: dict) -> str:
        # a run of nodes with one child and no word end is those characters
        # in a row (what the general case below gives for each of them):
        # followed in a loop, it spares most of the calls
        run = []
        while len(node) == 1:
            ((ch, sub),) = node.items()
            if ch == "":
                return "".join(run)
            run.append(esc(ch))
            node = sub
        if run:
            return "".join(run) + build(node)
        end = "" in node
        kids = [(ch, build(sub)) for ch, sub in sorted(node.items()) if ch != ""]
        singles = [ch for ch, sub in kids if not sub]
        alts = [esc(ch) + sub for ch, sub in kids if sub]
        if len(singles) == 1:
            alts.append(esc(singles[0]))
        elif singles:
            alts.append("[" + "".join("0-9" if c == _DIGIT else re.escape(c) for c in singles) + "]")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + "?" if end else body

    return build(root)


def _screen(words: Iterable[str], *, open_end: bool) -> str:
    """Regex source (``re``) for a quick test of a lower-cased line start:
    it starts with one of ``words``, or (``open_end``) ends inside one of
    them, ``_DIGIT`` in a word matching an ASCII digit or ``_DIGIT`` itself.
    It says yes to more than exact tests would (a digit written in a word
    matches itself), never less, so it serves to refuse."""
    root = _word_trie(words)

    def build(node: dict, top: bool = False) -> str:
        if "" in node:
            return ""  # a word ends here: whatever follows
        alts = [("[0-9\\x00]" if ch == _DIGIT else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items())]
        if open_end and not top:
            alts.append(r"\Z")
        return "(?:" + "|".join(alts) + ")"

    return build(root, top=True)


# ------------------------------------------------------------------ literal prefixes

#: Candidate lines are found by the first ``_PREFIX_LEN`` characters a pattern
#: can start with: as many as the line heads the rule filters look up
#: (``filters.line_heads``), so one split of the text serves both.
_PREFIX_LEN = _PROBE
_MAX_STATES = 5000
_MAX_REPEAT = 4


class _NoPrefix(Exception):
    pass


def _parse(pattern: str) -> list:
    # \p{..} is ``regex`` syntax; any class ends a prefix, so "." stands in for it.
    src = regex.sub(r"\\[pP]\{[^}]*\}|\\[pP][A-Z]|\\L<\w+>", ".", pattern)
    return list(_sre_parse.parse(src, re.IGNORECASE))


@functools.lru_cache(maxsize=None)
def _prefixes(pattern: str) -> frozenset[str] | None:
    """Lower-case literal strings (1 to ``_PREFIX_LEN`` characters, ``_DIGIT``
    for any digit, a space for any space) one of which every match of
    ``pattern`` starts with; ``None`` when there is no such finite set.
    A pattern that plainly starts with literal characters is read directly
    (``_plain_prefix``), any other one through the parser behind ``re``."""
    plain = _plain_prefix(pattern)
    return plain if plain is not None else _parsed_prefixes(pattern)


_META = frozenset(".^$*+?{}[]()|\\")


def _plain_prefix(pattern: str) -> frozenset[str] | None:
    """``{first _PREFIX_LEN characters, lower-cased}`` when ``pattern``
    starts with that many literal characters (or is no more than fewer of
    them), none of them quantified, and has no top-level alternation: what
    ``_parsed_prefixes`` gives for it, without the parser; else None."""
    out = []
    i, n = 0, len(pattern)
    while i < n and len(out) < _PREFIX_LEN:
        ch = pattern[i]
        if ch == "\\":  # an escaped punctuation mark is itself
            if i + 1 >= n or pattern[i + 1].isalnum() or not pattern[i + 1].isascii():
                return None
            ch = pattern[i + 1]
            i += 2
        elif ch in _META:
            return None
        else:
            i += 1
        if i < n and pattern[i] in "*+?{":
            return None
        low = ch.lower()
        if len(low) != 1:
            return None
        out.append(low)
    if not out or "(?#" in pattern:
        return None
    depth, i = 0, 0
    while i < n:  # a "|" outside every group and class makes two patterns
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return None
        i += 1
    return frozenset({"".join(out)})


def _parsed_prefixes(pattern: str) -> frozenset[str] | None:
    """``_prefixes`` read off the pattern as the parser behind ``re`` sees it."""
    try:
        states = _walk(_parse(pattern), {("", True)}, _PREFIX_LEN)
    except Exception:  # a syntax the stdlib parser does not know, or too many
        return None
    out = frozenset(p for p, _ in states)
    return None if not out or "" in out else out


def _literals(pattern: str) -> list[str] | None:
    """Every string ``pattern`` matches, lower-case, when that is a finite set
    of literals (``jan(?:uary)?`` -> jan, january); else None."""
    if not _META.intersection(pattern):  # one plain literal
        low = "".join(ch.lower() for ch in pattern)
        if len(low) <= 200:
            return None if _DIGIT in low else [low]
    try:
        states = _walk(_parse(pattern), {("", True)}, 200)
    except Exception:
        return None
    if not states or not all(o for _, o in states) or any(_DIGIT in p for p, _ in states):
        return None
    return sorted(p for p, _ in states)


def _walk(items: list, states: set[tuple[str, bool]], limit: int) -> set[tuple[str, bool]]:
    """Extend ``(prefix, still_open)`` states over the parsed pattern ``items``."""
    c = _sre_parse
    for op, av in items:
        if not any(o for _, o in states):
            break
        new: set[tuple[str, bool]] = set()
        for p, o in states:
            if not o or len(p) >= limit:
                new.add((p, False))
                continue
            if op is c.LITERAL:
                new.add((p + chr(av).lower(), True))
            elif op is c.IN:
                chars = _class_chars(av)
                if chars is None:
                    new.add((p, False))
                else:
                    new.update((p + ch, True) for ch in chars)
            elif op is c.BRANCH:
                for alt in av[1]:
                    new |= _walk(list(alt), {(p, True)}, limit)
            elif op is c.SUBPATTERN:
                new |= _walk(list(av[-1]), {(p, True)}, limit)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                lo, hi, sub = av
                cur = {(p, True)}
                if lo == 0:
                    new.add((p, True))
                for k in range(1, min(hi, _MAX_REPEAT) + 1):
                    cur = _walk(list(sub), cur, limit)
                    if k >= lo:
                        last = k == min(hi, _MAX_REPEAT) and hi > _MAX_REPEAT
                        new |= {(q, oo and not last) for q, oo in cur}
                if lo > _MAX_REPEAT:
                    new |= {(q, False) for q, _ in cur}
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                new.add((p, True))
            else:
                new.add((p, False))
        states = new
        if len(states) > _MAX_STATES:
            raise _NoPrefix
    return states


def _class_chars(items: list) -> list[str] | None:
    c = _sre_parse
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av).lower())
        elif op is c.RANGE and av[1] - av[0] < 16:
            chars.update(chr(i).lower() for i in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    return sorted(ch.translate(_DIGITS) for ch in chars)


# ------------------------------------------------------------------ the shared scan


class _Registry:
    """Every vocabulary the shared scan looks up.

    ``label_cats``: the labels of the ``*.labels`` files by category; a label
    line is one label, or a run of labels of one family separated by
    ``| · • / ,`` or spaces (``label_rx``). ``owners``: per literal prefix of
    a pattern, the categories with such a pattern; the category's own
    patterns then decide. ``probes`` memoises what a line start may be.
    """

    #: label categories: category -> (file, slots)
    LABELS = {
        "cookies": ("cookies.labels", ("",)),
        "related": ("related.labels", ("",)),
        "comment_head": ("comments.labels", ("head",)),
        "legal": ("legal.labels", ("legal",)),
        "footer": ("legal.labels", ("footer",)),
        "account": ("site_chrome.labels", ("account",)),
        "search": ("site_chrome.labels", ("search",)),
        "menu": ("site_chrome.labels", ("menu",)),
        "selector": ("site_chrome.labels", ("selector",)),
        "language": ("site_chrome.labels", ("language",)),
    }
    #: run families: a line of two or more labels all from one family
    FAMILIES = {
        "legal": frozenset({"legal", "footer"}),
        "ui": frozenset({"account", "search", "menu", "selector"}),
        "language": frozenset({"language"}),
    }

    def __init__(self) -> None:
        cats: dict[str, set[str]] = {}
        for cat, (name, slots) in self.LABELS.items():
            for e in _entries(name, *slots):
                k = _key(e)
                if k:
                    cats.setdefault(k, set()).add(cat)
        self.label_cats = {k: frozenset(v) for k, v in cats.items()}

        v = _vocab("related.labels")
        heads = [_key(e) for k in ("", "inline") for e in v.get(k, ())]
        groups: dict[str, list[str]] = {
            "cookies.re": list(_entries("cookies.re")),
            "newsletter.re": list(_entries("newsletter.re")),
            "comments.re": list(_entries("comments.re")),
            "legal.re": list(_entries("legal.re", "copyright")),
            "bylines": list(_entries("bylines.re", "by", "stamp", "ago", "read", "month", "weekday"))
            + list(_BYLINE_DIGIT_STARTS),
            "related_inline": [re.escape(h) for h in heads],
            "crumbs": [re.escape(_key(e)) for e in _entries("site_chrome.labels", "home")],
            "tags": [re.escape(_key(e)) for e in _entries("site_chrome.labels", "tags")],
            "player.re": list(_entries("player.re")),
        }
        owners: dict[str, set[str]] = {}
        self.unprefixed: dict[str, list[str]] = {}
        for cat, pats in groups.items():
            for p in pats:
                pre = _prefixes(p)
                if pre is None:
                    self.unprefixed.setdefault(cat, []).append(p)
                    continue
                for x in pre:
                    owners.setdefault(x, set()).add(cat)
        self.owners = {k: frozenset(v) for k, v in owners.items()}
        #: a label line starts with the first ``_PREFIX_LEN`` characters of a
        #: label, or with a shorter label and then a separator, a trailing
        #: mark or the end of the line
        self.label_heads = frozenset(k[:_PREFIX_LEN] for k in self.label_cats if len(k) >= _PREFIX_LEN)
        self.short_labels = frozenset(k for k in self.label_cats if len(k) < _PREFIX_LEN)
        #: ... and, its trailing marks stripped, ends with the last
        #: ``_PREFIX_LEN`` characters of a label, or with a shorter label
        #: after a separator or the lead marks
        self.label_tails = frozenset(k[-_PREFIX_LEN:] for k in self.label_cats if len(k) >= _PREFIX_LEN)
        self.tails = _Tails(self)
        self._heads = heads
        self._kinds: dict[tuple, tuple] = {}
        self.probes = _Probes(self.classify)
        self.low_probes = _Probes(self.classify_low)
        #: ``may_start`` of the line starts seen so far
        self.starts = _Probes(self.may_start)
        #: ``line_kind`` of the lines seen so far (up to ``_LINE_MEMO_CHARS``)
        self.lines = _Probes(self.line_kind)

    @functools.cached_property
    def label_rx(self) -> re.Pattern:
        """A whole label line (``labels`` above), matched in the lower-cased
        line from its first character after the lead marks.

        ``lab (sep lab)* trail \\Z`` is written with the label alternation
        once, as ``(lab (sep(?!trail \\Z) | (?=trail \\Z)))+ trail \\Z``:
        the same lines, since every label has a character that is no
        trailing mark (``_key`` strips those from its edges), so a label
        follows a separator exactly when what follows is not all trailing
        marks. It halves the cost of compiling (``re`` parses the
        alternation in Python)."""
        lab = "(?:" + _trie(self.label_cats) + ")"
        sep = r"(?:[ \t]*[|·•/,][ \t]*|[ \t]+)"  # starts with one of _LABEL_NEXT, as _TRAIL does
        if all(k.strip(_TRAIL_CHARS) for k in self.label_cats):
            rest = "(?=" + _TRAIL + r"\Z)"
            return re.compile("(?:" + lab + "(?:" + sep + "(?!" + _TRAIL + r"\Z)|" + rest + "))+" + _TRAIL + r"\Z")
        return re.compile(lab + "(?:" + sep + lab + ")*" + _TRAIL + r"\Z")

    @functools.cached_property
    def inline_rx(self) -> re.Pattern:
        return re.compile(_LEAD + "(?:" + _trie(self._heads) + r")[ \t]*[:：][ \t]*(?=\S)")

    def owners_of(self, probe: str) -> frozenset[str]:
        """Categories with a prefix that ``probe`` (a line's first characters,
        lower-cased) starts with; ASCII digits stand for ``_DIGIT``."""
        p = probe.translate(_DIGITS)
        found: set[str] = set()
        owners, starts = self.owners, self._owner_starts
        for i in range(1, len(p) + 1):
            head = p[:i]
            if head not in starts:
                break  # no prefix starts with it, so none with a longer head
            o = owners.get(head)
            if o:
                found |= o
        return frozenset(found)

    @functools.cached_property
    def _owner_starts(self) -> frozenset[str]:
        """Every non-empty start of a prefix in ``owners`` (the prefixes too)."""
        return frozenset(k[:i] for k in self.owners for i in range(1, len(k) + 1))

    @functools.cached_property
    def prefix_rx(self) -> re.Pattern:
        """Any prefix, as ``re`` source (``_DIGIT`` as ``\\d``)."""
        return re.compile(_trie(self.owners))

    def classify(self, head: str) -> tuple:
        """``classify_low`` of a line's first ``_PREFIX_LEN`` characters as
        they are written: ``_LED`` when they start with a lead mark (look
        again past them), ``_CTX`` when their lower case may depend on what
        follows them (a capital sigma: lower-case the whole line)."""
        if head[:1] in _LEAD_SET:
            return _LED
        if "\u03a3" in head:
            return _CTX
        return self.low_probes[_lower(head)]

    def may_start(self, start: str) -> bool:
        """Whether ``classify`` may be anything but ``()`` for a line that
        starts with ``start`` (its first ``filters._START`` characters as
        written): never false when it is not. Past a lead mark or a capital
        sigma, always; else the lower case of ``start`` starts the probe, so
        a label head, short label or prefix can start the probe only if it
        starts with that lower case or that lower case starts with it."""
        if start[:1] in _LEAD_SET or "\u03a3" in start:
            return True
        # the lower case starts a label head, short label or prefix, or one
        # of those starts it
        return self.start_screen(_lower(start))

    # The quick screens below are set lookups, not the ``_screen`` regexes of
    # the same words: those take ``re`` tens of milliseconds to compile, paid
    # on the first text of every process, and a screen is asked once per
    # distinct line start (the memos above).

    @functools.cached_property
    def _screen_words(self) -> tuple[frozenset[str], frozenset[str], int]:
        """``(words, starts, longest)``: the label heads, short labels and
        prefixes with their ASCII digits read as ``_DIGIT``, every non-empty
        start of one, and the length of the longest."""
        words = frozenset(w.translate(_DIGITS) for w in self.label_heads | self.short_labels | self.owners.keys())
        starts = frozenset(w[:i] for w in words for i in range(1, len(w) + 1))
        return words, starts, max(map(len, words), default=0)

    def start_screen(self, low: str) -> bool:
        """Whether a label head, short label or prefix starts ``low`` (a
        lower-cased string), or ``low`` (not empty) starts one of them:
        ``_screen(..., open_end=True)`` with ASCII digits read as ``_DIGIT``
        on both sides, so it says yes to a little more (a word's own digit
        stands for any digit), never less."""
        words, starts, n = self._screen_words
        q = low.translate(_DIGITS)
        if q in starts:
            return True
        return self._screened(q, words, starts, n)

    @staticmethod
    def _screened(q: str, words: frozenset[str], starts: frozenset[str], n: int) -> bool:
        """Whether a word of ``words`` starts ``q``: its heads are tried
        shortest first, and a head that starts no word (not in ``starts``)
        ends the search, since no longer head can be a word then."""
        for i in range(1, min(len(q), n) + 1):
            head = q[:i]
            if head in words:
                return True
            if head not in starts:
                return False
        return False

    def probe_screen(self, probe: str) -> bool:
        """Whether a label head, short label or prefix starts ``probe`` (a
        lower-cased string): ``_screen(..., open_end=False)`` read like
        ``start_screen``."""
        words, starts, n = self._screen_words
        return self._screened(probe.translate(_DIGITS), words, starts, n)

    @functools.cached_property
    def short_label_rx(self) -> Callable[[str], bool]:
        """Whether a string starts with a short label (shorter than
        ``_PREFIX_LEN``) followed by its end or a character of
        ``_LABEL_NEXT``: set lookups of its first characters (a regex of the
        labels when one holds ``_DIGIT``, which ``_trie`` reads as ``\\d``)."""
        short = self.short_labels
        if any(_DIGIT in k for k in short):
            nxt = "".join(map(re.escape, sorted(_LABEL_NEXT)))
            rx = re.compile("(?:" + _trie(short) + ")(?:[" + nxt + r"]|\Z)").match
            return lambda s: rx(s) is not None
        longest = max(map(len, short), default=0)

        def starts_short(s: str) -> bool:
            n = len(s)
            return any(
                s[:i] in short and (i == n or s[i] in _LABEL_NEXT) for i in range(1, min(n, longest) + 1)
            )

        return starts_short

    def classify_low(self, probe: str) -> tuple:
        """What a line that starts with ``probe`` (its first ``_PREFIX_LEN``
        characters after the lead marks, lower-cased, within the line) may
        be: ``(categories, categories if it is a label line, may be a label
        line)``, or ``()`` when it can be neither a candidate nor a label."""
        if len(probe) <= _PREFIX_LEN and not self.probe_screen(probe):
            # no label head, short label or prefix starts it: most line
            # starts; the tests below would give () for it too
            return ()
        # a label head, or a short label and then the end or what may follow a label
        label = probe[:_PREFIX_LEN] in self.label_heads or self.short_label_rx(probe)
        found = self.owners_of(probe)
        plain = found
        if found and _DIGIT in probe and not self.prefix_rx.match(probe):
            plain = frozenset()  # a NUL is no digit to the prefix regex
        if not plain and not label:
            return ()
        kind = (tuple(sorted(plain)), tuple(sorted(found)), label)
        return self._kinds.setdefault(kind, kind)  # one object per distinct answer


    def line_kind(self, line: str) -> tuple:
        """What the shared scan takes from ``line`` (one line of a text, no
        ``\\n``) when the kind of its head (``classify``) has a true last
        item: ``(categories, labels)``, the categories it is a candidate line
        of and ``((label category, labels on the line), ...)``; ``((), ())``
        when it is neither. A label line is a candidate of every category its
        start can begin (``found``), another line only of the ``plain`` ones."""
        lead, n = _LEAD_CHARS, _PREFIX_LEN
        low = None  # the line lower-cased, once needed
        kind = self.probes[line[:n]]
        if kind is _LED:
            kind = self.probes[line.lstrip(lead)[:n]]
        if kind is _CTX:
            low = _lower(line)
            kind = self.low_probes[low.lstrip(lead)[:n]]
        if not kind:
            return _NO_KIND
        plain, found, maybe_label = kind
        entries: tuple = ()
        if maybe_label:
            if low is None:
                low = _lower(line)
            body = low.lstrip(lead)
            core = body.rstrip(_TRAIL_CHARS)
            cats = self.label_cats
            # a label line ends like a label; one label and trailing marks
            # is one, else the regex decides
            if self.tails[core[-n:]] and (core in cats or self.label_rx.match(low, len(low) - len(body)) is not None):
                plain = found
                k = _key(line)
                one = cats.get(k)
                if one is not None:
                    entries = tuple((c, (k,)) for c in one)
                else:
                    parts = _split_labels(k, cats)
                    if parts and len(parts) > 1:
                        entries = tuple(
                            ("run:" + fam, tuple(parts))
                            for fam, members in self.FAMILIES.items()
                            if all(cats[p] & members for p in parts)
                        )
        return (plain, entries) if plain or entries else _NO_KIND

    def label_tail(self, tail: str) -> bool:
        """A label line may end with ``tail``: its last ``_PREFIX_LEN``
        characters (fewer when it is shorter) after the lead marks, trailing
        marks stripped."""
        if tail in self.label_tails:
            return True
        n = len(tail)
        return any(
            tail[n - i :] in self.short_labels and (i == n or tail[n - i - 1] in _SEP_END) for i in range(1, n + 1)
        )


#: Entries each memo of line starts and label-line ends keeps (there are three):
#: past this, new answers are computed each time and not stored, so memory stays
#: bounded on any corpus (about 150 bytes an entry).
_MEMO_MAX = 50_000


class _Tails(dict):
    """``tail -> _Registry.label_tail(tail)``, filled on first sight."""

    def __init__(self, reg: _Registry) -> None:
        super().__init__()
        self.reg = reg

    def __missing__(self, tail: str) -> bool:
        got = self.reg.label_tail(tail)
        if len(self) < _MEMO_MAX:
            self[tail] = got
        return got


class _Probes(dict):
    """``probe -> classify(probe)``, filled on first sight; line starts repeat
    across documents, so most lookups are one dict probe."""

    def __init__(self, classify: Callable[[str], tuple]) -> None:
        super().__init__()
        self.classify = classify

    def __missing__(self, probe: str) -> tuple:
        got = self.classify(probe)
        if len(self) < _MEMO_MAX:
            self[probe] = got
        return got


#: Digit-led shapes a byline or timestamp line may start with (dates, times,
#: relative times, reading times); with the word slots of bylines.re they gate
#: the byline grammar.
_BYLINE_DIGIT_STARTS = (
    r"\d{1,4}[./-]\d{1,2}[./-]\d",
    r"\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez"
    r"|ene|abr|ago|dic|janv|févr|avr|juil|août|déc|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)",
    r"\d{1,2}[:.h]\d\d",
    r"\d{4}年",
    r"@\d",
)


@functools.cache
def _registry() -> _Registry:
    return _Registry()


_LEAD_CHARS = " \t\r•·▪●◦*#>|»›-–—"
_LEAD_SET = frozenset(_LEAD_CHARS)
#: what ``_Registry.classify`` gives for a line that starts with a lead mark
#: (a kind whose last item is true: the whole line is looked at, ``line_kind``)
_LED = ((), (), "led")
#: ... for a line whose first characters' lower case depends on what follows
_CTX = ((), (), "ctx")
#: Lines up to this long have their ``_Registry.line_kind`` remembered
#: (``_Registry.lines``): label lines repeat within and across documents.
_LINE_MEMO_CHARS = 100
#: ``_Registry.line_kind`` of a line that is nothing
_NO_KIND = ((), ())


def _lower(s: str) -> str:
    """``s.lower()``, with "İ" as "i" so that offsets keep (the one code point
    whose lower case is two)."""
    return s.replace("\u0130", "i").lower() if "\u0130" in s else s.lower()


class _Scan:
    """What the shared scan found in one text (see ``_Registry``).

    Each line's first ``_PREFIX_LEN`` characters after its lead marks are
    looked up in ``_Registry.probes`` (one dict probe per line, in C via
    ``map``); only the few lines whose start can begin a label or a pattern
    are looked at further, the label lines with one ``re`` match each.
    """

    __slots__ = ("text", "_low", "labels", "cands")

    @property
    def low(self) -> str:
        """The text lower-cased (``_lower``) with a ``\\n`` sentinel at both
        ends: offset i of the text is offset i + 1 here. Made when first asked
        for; the scan itself lower-cases only line starts and label lines."""
        if self._low is None:
            self._low = "\n" + _lower(self.text) + "\n"
        return self._low

    def __init__(self, text: str) -> None:
        reg = _registry()
        self.text, self._low = text, None
        labels: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
        cands: dict[str, list[tuple[int, int]]] = defaultdict(list)
        # the lines, their first _PREFIX_LEN code points and the code points
        # before each (line i starts at before[i] + i), shared with the rule filters
        lines, heads, before = line_heads(text)
        # the lines whose start may be something, then their heads' kinds;
        # the lines with a kind (all of it in C)
        may = list(map(and_, start_codes(text), repeat(_SCAN_BIT)))
        kinds = list(map(reg.probes.__getitem__, compress(heads, may)))
        hit = list(compress(zip(compress(count(), may), kinds), kinds))
        if hit:
            line_memo, line_kind = reg.lines, reg.line_kind
            for i, kind in hit:
                if kind[2]:  # a label line, or a line to look at again: the line decides
                    ln = lines[i]
                    plain, found = line_memo[ln] if len(ln) <= _LINE_MEMO_CHARS else line_kind(ln)
                    if found:  # the labels on the line
                        s = before[i] + i
                        e = s + len(ln)
                        for c, parts in found:
                            labels.setdefault(c, []).append((s, e, parts))
                else:
                    plain = kind[0]
                if plain:
                    s = before[i] + i
                    se = (s, s + len(lines[i]))
                    for c in plain:
                        cands[c].append(se)
        self.labels = labels
        if reg.unprefixed:  # slow path: a pattern with no literal prefix sees every line
            every = [(s, e) for s, e in _all_lines(text) if e > s]
            for c in reg.unprefixed:
                have = {s for s, _ in cands.get(c, ())}
                cands.setdefault(c, []).extend(x for x in every if x[0] not in have)
        self.cands = cands


def _scan_start(start: str) -> bool:
    """The scan's screen of line starts (``_Registry.may_start``, through its
    memo), one of the screens whose answers ``filters.start_codes`` gives."""
    return _registry().starts[start]


#: The scan's bit in a line start's code (``filters.start_codes``)
_SCAN_BIT = add_start_screen(_scan_start)


@functools.lru_cache(maxsize=4)
def _scan(text: str) -> _Scan:
    """The shared scan of ``text``, cached for the few most recent texts so the
    filters of one pipeline run share it."""
    return _Scan(text)


def _all_lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for ln in text.split("\n"):
        yield pos, pos + len(ln)
        pos += len(ln) + 1


_RUN_SPLIT = re.compile(r"\s*[|·•/,]\s*|\s{2,}")


def _split_labels(k: str, labels: Container[str]) -> list[str] | None:
    """Split a lower-cased line into labels of ``labels`` (at separators, else
    greedily by words, longest first), or None."""
    if k in labels:
        return [k]
    parts = [p for p in _RUN_SPLIT.split(k) if p]
    if len(parts) > 1 and all(_key(p) in labels for p in parts):
        return [_key(p) for p in parts]
    words = k.split()
    if len(words) > 40:
        return None
    out, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + 6), i, -1):
            cand = _key(" ".join(words[i:j]))
            if cand in labels:
                out.append(cand)
                i = j
                break
        else:
            return None
    return out


def _is_label_run(line: str, labels: Container[str]) -> bool:
    """``line`` is one label of ``labels`` or several separated by ``| · • / ,``."""
    k = _key(line)
    if not k or len(k) > RUN_MAX_CHARS:
        return False
    if k in labels:
        return True
    parts = [p for p in _RUN_SPLIT.split(k) if p]
    return len(parts) > 1 and all(_key(p) in labels for p in parts)


class _Rules:
    """Whole-line patterns (``regex`` syntax, case-insensitive) as one
    alternation with a named group per slot: the first pattern, in file order,
    that matches a line whole gives its slot. Compiled with ``re`` when the
    patterns allow it (faster), else ``regex``.

    A line is tried only against the patterns whose literal prefixes
    (``_prefixes``) its first characters can start, looked up once per
    distinct line start (``_Subsets``); that is the same answer as the whole
    alternation, since a pattern that cannot start the line cannot match it.
    Lines whose first characters ``re`` and ``str.lower`` might case
    differently (``_plain_char``) take the whole alternation."""

    def __init__(self, patterns: Iterable[tuple[str, str]]) -> None:
        by_slot: dict[str, list[str]] = {}
        for p, slot in patterns:
            by_slot.setdefault(slot, []).append(p)
        self.slots = {f"s{i}": slot for i, slot in enumerate(by_slot)}
        self._src = "|".join(
            f"(?P<s{i}>" + "|".join(f"(?:{p})" for p in ps) + ")" for i, ps in enumerate(by_slot.values())
        )
        #: (pattern, slot) in the order of the alternation
        self.items = [(p, slot) for slot, ps in by_slot.items() for p in ps]
        self.subsets = _Subsets(self)
        #: ``subset`` answers by the pattern numbers they hold (few distinct ones)
        self._made: dict[tuple[int, ...], tuple] = {}
        #: ``{line: match(line)}`` for candidate lines of at most
        #: ``_RULES_MEMO_CHARS`` code points (``find``), bounded by ``_MEMO_MAX``
        self.memo: dict[str, str | None] = {}

    @functools.cached_property
    def rx(self) -> "re.Pattern | regex.Pattern":
        try:
            return re.compile(self._src, re.IGNORECASE)
        except re.error:
            return regex.compile(self._src, regex.IGNORECASE)

    @functools.cached_property
    def _index(self) -> tuple[dict[str, list[int]], list[int]] | None:
        """``({prefix: [pattern numbers]}, [patterns always tried])``, or None
        when every line must take the whole alternation: it needs ``regex``,
        or a pattern would mean something else alone (a back-reference, a
        conditional, a named group, global flags).

        Whether ``re`` can take the alternation is asked of each pattern
        alone (``_compiled``, whose patterns the subsets use): for patterns
        that mean the same alone, the alternation compiles exactly when each
        of them does, and the whole alternation, which almost no line needs
        (``rx``), is then compiled only when one does."""
        if not all(_alone_ok(p) for p, _ in self.items):
            return None
        try:
            for p, _ in self.items:
                _compiled(p)
        except re.error:
            return None
        by_prefix: dict[str, list[int]] = {}
        always: list[int] = []
        for j, (p, _) in enumerate(self.items):
            pre = _prefixes(p)
            if pre is not None and (not all(map(_plain_char, p)) or _ESCAPES.search(p)):
                pre = None
            if pre is not None and not all(_plain_char(ch) for x in pre for ch in x if ch != _DIGIT):
                pre = None
            if pre is None:
                always.append(j)
            else:
                for x in pre:
                    by_prefix.setdefault(x, []).append(j)
        #: every first part of a prefix (``subset`` stops at a head that starts none)
        self._starts = frozenset(x[:i] for x in by_prefix for i in range(1, len(x) + 1))
        return by_prefix, always

    def subset(self, head: str) -> tuple | None:
        """``((fullmatch, slot), ...)`` for the patterns a line starting with
        ``head`` (its first ``_PREFIX_LEN`` characters) may match, in order;
        None when the whole alternation must decide."""
        index = self._index
        if index is None or not all(map(_plain_char, head)):
            return None
        by_prefix, always = index
        # one character at a time: str.lower of a whole string gives a final
        # sigma by context, re compares characters alone
        low = head.lower() if head.isascii() else "".join(ch.lower() for ch in head)
        found = set(always)
        # every prefix ``low`` can start: its own first characters, with any
        # of their ASCII digits read as ``_DIGIT`` in every combination, grown
        # one character at a time; a form that starts no prefix is dropped,
        # so are all its longer forms
        starts = self._starts
        forms = [""]
        for ch in low:
            if "0" <= ch <= "9":
                forms = [x + y for x in forms for y in (ch, _DIGIT) if x + y in starts]
            else:
                forms = [x + ch for x in forms if x + ch in starts]
            if not forms:
                break
            for x in forms:
                got = by_prefix.get(x)
                if got:
                    found.update(got)
        key = tuple(sorted(found))
        got = self._made.get(key)
        if got is None:  # one tuple per distinct set of patterns
            items = self.items
            got = self._made[key] = tuple((_compiled(items[j][0]), items[j][1]) for j in key)
        return got

    def match(self, line: str) -> str | None:
        """Slot of the first pattern the stripped line matches whole, else None."""
        st = line.strip(" \t\r").lstrip(_BODY_LEAD)
        sub = self.subsets[st[:_PREFIX_LEN]]
        if sub is None:
            m = self.rx.fullmatch(st)
            return None if m is None else self.slots[m.lastgroup]
        for fullmatch, slot in sub:
            if fullmatch(st) is not None:
                return slot
        return None

    def remembered(self, line: str) -> str | None:
        """``match(line)``, kept in ``memo`` (the memo ``find`` keeps) for a
        line of at most ``_RULES_MEMO_CHARS`` code points."""
        memo = self.memo
        slot = memo.get(line, False)
        if slot is False:
            slot = self.match(line)
            if len(line) <= _RULES_MEMO_CHARS and len(memo) < _MEMO_MAX:
                memo[line] = slot
        return slot

    def find(self, text: str, cat: str, max_words: int) -> list[tuple[int, int, str]]:
        """``(start, end, slot)`` of the candidate lines of ``cat`` that match."""
        out = []
        subsets, lead = self.subsets, _BODY_LEAD
        most = 2 * max_words - 1  # a line this long has at most max_words words
        memo = self.memo
        for s, e in _scan(text).cands.get(cat, ()):
            line = text[s:e]
            if e - s <= _RULES_MEMO_CHARS and e - s <= most:
                # a short line (within the word limit): its answer,
                # remembered ("Reply", "Email address" repeat)
                slot = memo.get(line, False)
                if slot is False:
                    slot = self.match(line)
                    if len(memo) < _MEMO_MAX:
                        memo[line] = slot
                if slot is not None:
                    out.append((s, e, slot))
                continue
            if e - s > most and len(line.split()) > max_words:
                continue
            # self.match(line), inlined
            st = line.strip(" \t\r").lstrip(lead)
            sub = subsets[st[:_PREFIX_LEN]]
            if sub is None:
                slot = self.match(line)
                if slot is not None:
                    out.append((s, e, slot))
                continue
            for fullmatch, slot in sub:
                if fullmatch(st) is not None:
                    out.append((s, e, slot))
                    break
        return out


#: Candidate lines up to this long have their ``_Rules.match`` remembered:
#: short form and comment lines repeat within and across documents.
_RULES_MEMO_CHARS = 64


class _Subsets(dict):
    """``head -> _Rules.subset(head)``, filled on first sight."""

    def __init__(self, rules: _Rules) -> None:
        super().__init__()
        self.rules = rules

    def __missing__(self, head: str) -> tuple | None:
        got = self.rules.subset(head)
        if len(self) < 100_000:
            self[head] = got
        return got


#: Escapes that may stand for a character ``_plain_char`` would refuse, or
#: (``\\p``, ``\\L``) for a class ``_prefixes`` reads as a literal.
_ESCAPES = re.compile(r"\\[uUxN0-7pPL]")


@functools.lru_cache(maxsize=None)
def _compiled(pattern: str) -> Callable:
    """``fullmatch`` of one vocabulary pattern, alone (``re``, case-insensitive)."""
    return re.compile(f"(?:{pattern})", re.IGNORECASE).fullmatch


@functools.lru_cache(maxsize=4096)
def _plain_char(ch: str) -> bool:
    """``ch`` is cased by ``re`` (IGNORECASE) as by ``str.lower``: one code
    point that lower-cases to one, whose upper case lower-cases back to it
    (not "ſ", "ı", "ς", "İ", "ß"), and that is no digit or space other than
    ASCII ones (``\\d`` and ``\\s`` match those; a prefix has ``_DIGIT`` and
    " " for them). Two such characters match case-insensitively in ``re``
    exactly when their ``str.lower`` are equal, so a literal prefix read off
    a pattern decides for a line that starts with such characters."""
    lo = ch.lower()
    if len(lo) != 1:
        return False
    up = lo.upper()
    if len(up) != 1 or up.lower() != lo:
        return False
    if ch.isdecimal() and not ch.isascii():
        return False
    return not (ch.isspace() and ch != " ")


def _alone_ok(pattern: str) -> bool:
    """``pattern`` means the same alone as inside the alternation: no
    back-reference, conditional, named group or global flags (escapes and
    classes aside, where those characters are literal)."""
    if re.search(r"\\[1-9]", pattern):
        return False
    bare = re.sub(r"\\.", "", pattern)
    bare = re.sub(r"\[\^?\]?[^\]]*\]", "", bare)
    return re.search(r"\(\?P[=<]|\(\?\(|\(\?[aiLmsux]+\)", bare) is None


@functools.cache
def _rules(name: str, *slots: str) -> _Rules:
    v = _vocab(name)
    return _Rules((e, s) for s in (slots or tuple(v)) for e in v.get(s, ()))


@functools.cache
def _keys(name: str, *slots: str) -> frozenset[str]:
    return frozenset(k for k in (_key(e) for e in _entries(name, *slots)) if k)


# ------------------------------------------------------------------ lines


def _line_at(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def _after(text: str, end: int) -> Iterator[tuple[int, int]]:
    """Lines after the line that ends at ``end``, blank ones included."""
    n = len(text)
    while end < n:
        s = end + 1
        e = text.find("\n", s)
        end = n if e < 0 else e
        yield s, end


def _before(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Lines before the line that starts at ``start``, nearest first."""
    while start > 0:
        e = start - 1
        start = text.rfind("\n", 0, e) + 1
        yield start, e


#: ``_next_nonblank`` looks this many lines ahead or more through the line table
_FAR = 8


def _next_nonblank(text: str, end: int, k: int = 1) -> tuple[int, int] | None:
    """``(start, end)`` of the ``k``-th non-blank line after the line that ends
    at ``end`` (``_after``, inlined), or None when there are fewer."""
    n = len(text)
    if k >= _FAR and end < n and text[end] == "\n":
        # far ahead (is a block followed by more lines than it may hold?):
        # when the next ``k`` lines are all non-blank, the last of them, read
        # from the shared line table in C instead of line by line
        lines, _, before = line_heads(text)
        j = text.count("\n", 0, end + 1)  # the line that starts at end + 1
        nxt = lines[j : j + k]
        if len(nxt) == k and all(nxt) and not any(map(str.isspace, nxt)):
            s = before[j + k - 1] + j + k - 1
            return s, s + len(nxt[-1])
    find = text.find
    while end < n:
        s = end + 1
        end = find("\n", s)
        if end < 0:
            end = n
        if end > s and not text[s:end].isspace():
            k -= 1
            if not k:
                return s, end
    return None


def _prev_nonblank(text: str, start: int) -> tuple[int, int] | None:
    """The nearest non-blank line before the line that starts at ``start`` (``_before``, inlined)."""
    rfind = text.rfind
    while start > 0:
        e = start - 1
        start = rfind("\n", 0, e) + 1
        if e > start and not text[start:e].isspace():
            return start, e
    return None


_TWO_SENTENCES = regex.compile(r"\p{Ll}{2,}[.!?]['\"”’]?\s+\p{Lu}|[。！？]\s*\S")


_CLOSERS = "'\"”’»)] \t"


def _ends_sentence(st: str) -> bool:
    """``st`` ends in ``.`` ``!`` ``。`` ``！`` (closing quotes aside), not in an ellipsis."""
    t = st.rstrip(_CLOSERS)
    return t.endswith((".", "!", "。", "！")) and not t.endswith(("..", "…"))


def _two_sentences(st: str) -> bool:
    return ("。" in st or "！" in st or "？" in st or ". " in st or "! " in st or "? " in st) and (
        _TWO_SENTENCES.search(st) is not None
    )


def _linklike(line: str) -> bool:
    """A short line that reads like a link or a headline, not a sentence: at
    most ``LINK_MAX_WORDS`` words and ``LINK_MAX_CHARS`` code points, not
    ending a sentence or in a colon, not holding two sentences."""
    st = line.strip()
    n = len(st)
    if not n or n > LINK_MAX_CHARS or st[-1] in ":：":
        return False
    words = len(st.split())
    if words > LINK_MAX_WORDS or (words == 1 and n > 60):
        return False
    t = st.rstrip(_CLOSERS)
    if words > LINK_QUESTION_MAX_WORDS and t.endswith(("?", "？")):
        return False  # a long question is a sentence
    if t.endswith((".", "!", "。", "！")) and not t.endswith(("..", "…")):
        return False  # ends a sentence (``_ends_sentence``)
    return not _two_sentences(st)


def _words(s: str) -> int:
    return len(s.split())


#: A sentence end at the end of a line: the mark, closing quotes or
#: brackets, spaces. The search jumps from one mark to the next in C.
_LINE_END_SENTENCE = re.compile(r"[.!?。！？]['\"”’»)\]]*[ \t]*(?=\n|\Z)")


@functools.lru_cache(maxsize=4)
def _first_prose(text: str) -> int:
    """Offset of the first prose paragraph of ``text`` (a line that ends a
    sentence after at least 20 code points and has ``PROSE_MIN_WORDS`` words,
    or ``PROSE_MIN_CHARS_UNSPACED`` code points without spaces), or
    ``len(text)`` when there is none."""
    pos = 0
    while True:
        m = _LINE_END_SENTENCE.search(text, pos)
        if m is None:
            return len(text)
        mark = m.start()
        start = text.rfind("\n", 0, mark) + 1
        pos = m.end()
        if mark - start >= 20:
            line = text[start:pos]
            n = _words(line)
            if n >= PROSE_MIN_WORDS or (n <= 2 and len(line) >= PROSE_MIN_CHARS_UNSPACED):
                return start


def _spans(hits: Iterable[tuple[int, int, str]], text: str = "") -> list[Span]:
    """One reason per line (the first given for it), in text order; with
    ``text``, consecutive lines with the same reason (blank lines between them
    aside) become one span, line breaks included, so the pipeline cuts one
    piece instead of many."""
    seen: dict[int, tuple[int, str]] = {}
    for s, e, r in hits:
        if e > s and s not in seen:
            seen[s] = (e, r)
    out: list[list] = []  # [start, end, reason], made Spans at the end
    for s in sorted(seen):
        e, r = seen[s]
        if out:
            last = out[-1]
            if text and last[2] == r and last[1] <= s and not text[last[1] : s].strip():
                if e > last[1]:
                    last[1] = e
                continue
            if s < last[1]:
                continue  # a line inside the previous span
        out.append([s, e, r])
    return list(map(_new_span, out))


#: ``Span`` from a ``[start, end, reason]`` list, without ``Span.__new__``'s Python call.
_new_span = functools.partial(tuple.__new__, Span)


def _more_lines(text: str, end: int, k: int) -> bool:
    """More than ``k`` non-blank lines follow the line that ends at ``end``."""
    return _next_nonblank(text, end, k + 1) is not None


def _block(
    text: str,
    end: int,
    *,
    stop: Container[int] = (),
    take: Callable[[str], bool] = _linklike,
    cut: int = BLOCK_MAX_LINES + 1,
) -> tuple[list[tuple[int, int]], str]:
    """Lines after ``end`` that ``take`` accepts, up to the first that it does
    not or that starts at an offset in ``stop``; blank lines are skipped.
    Returns the lines and why the block ended: ``"end"`` (end of text),
    ``"stop"`` or ``"prose"``; or ``"cut"`` when ``cut`` lines are taken and
    another follows (the caller does not need to know more)."""
    out: list[tuple[int, int]] = []
    n = len(text)
    find = text.find
    while end < n:  # the lines after ``end`` (``_after``), inlined
        s = end + 1
        end = find("\n", s)
        if end < 0:
            end = n
        if end == s:
            continue
        line = text[s:end]
        if line.isspace():
            continue
        if s in stop:
            return out, "stop"
        if len(out) >= cut:
            return out, "cut"
        if len(out) >= BLOCK_MAX_LINES or not take(line):
            return out, "prose"
        out.append((s, end))
    return out, "end"


# ================================================================== cookies


@functools.cache
def _cookie_words() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """(topic, address, web) word patterns of ``patterns/cookie_block.re``."""

    def words(slot: str) -> regex.Pattern:
        ents = _entries("cookie_block.re", slot)
        cjk = [e for e in ents if not regex.search(r"[a-zа-я]", e)]
        alpha = [e for e in ents if e not in cjk]
        alts = []
        if alpha:
            alts.append(r"\b(?:" + "|".join(alpha) + r")\b")
        if cjk:
            alts.append("(?:" + "|".join(cjk) + ")")
        return regex.compile("|".join(alts), regex.IGNORECASE)

    return words("topic"), words("address"), words("web")


def cookies(text: str) -> list[Span]:
    """Cookie and consent banners.

    Reasons: ``cookie_notice`` (a banner statement from ``patterns/cookies.re``,
    a whole line of at most ``COOKIE_MAX_WORDS`` words that also names the site
    or the service (``patterns/cookie_block.re`` [web]): "We use cookies to
    improve your experience ...", "By continuing to browse you agree to our use
    of cookies", "Diese Website verwendet Cookies ..."; or a head or button that
    names cookies, from ``patterns/cookies.labels``: "Cookies on this site",
    "Accept all cookies", "Cookie-Einstellungen"); ``consent_button`` (a
    generic button next to a notice: "Accept", "Manage preferences", "Accept |
    Decline"; ``patterns/consent.labels``); ``cookie_block`` (a further banner
    line next to a notice that names cookies or consent and addresses the
    reader or the site; ``patterns/cookie_block.re``).

    A sentence that only mentions cookies or consent (a story about a cookie
    ruling, a recipe) stays: statements must start with the banner's own
    phrasing, and block lines must sit next to a notice and address the reader.
    """
    if not text:
        return []
    sc = _scan(text)
    topic, address, web = _cookie_words()
    hits = [(s, e, "cookie_notice") for s, e, _ in sc.labels.get("cookies", ())]
    hits += [
        (s, e, "cookie_notice")
        for s, e, _ in _rules("cookies.re").find(text, "cookies.re", COOKIE_MAX_WORDS)
        if web.search(text[s:e]) and not reported(text, s, e)
    ]
    if not hits:
        return []
    buttons = _keys("consent.labels")
    notice_at = {s for s, _, _ in hits}

    def kind(s: int, e: int) -> str | None:
        if s in notice_at:
            return "cookie_notice"
        line = text[s:e]
        if _is_label_run(line, buttons):
            return "consent_button"
        if _words(line) <= COOKIE_MAX_WORDS and topic.search(line) and address.search(line):
            return "cookie_block"
        return None

    out = list(hits)
    for s0, e0, _ in hits:
        for walk in (_after(text, e0), _before(text, s0)):
            for s, e in walk:
                if e == s or text[s:e].isspace():
                    continue
                k = kind(s, e)
                if k is None:
                    break
                out.append((s, e, k))
    return _spans(out, text)


# ================================================================== newsletter


def newsletter(text: str) -> list[Span]:
    """Newsletter sign-up, app-download and follow prompts.

    Reasons: ``newsletter_prompt`` ("Sign up for our newsletter", "Get the
    morning briefing in your inbox", "Newsletter abonnieren", "Suscríbete a
    nuestro boletín"), ``app_prompt`` ("Download our app", "Get it on Google
    Play"), ``follow_prompt`` ("Follow us on Instagram", "Síguenos en ...");
    patterns in ``patterns/newsletter.re``, a whole line of at most
    ``PROMPT_MAX_WORDS`` words. ``newsletter_form`` (a generic form label next
    to a newsletter prompt: "Email address", "Subscribe", "Submit";
    ``patterns/newsletter.labels``). A sentence about a newsletter or an app
    stays: prompts are imperative or offer something to the reader.
    """
    if not text:
        return []
    hits = [
        h for h in _rules("newsletter.re").find(text, "newsletter.re", PROMPT_MAX_WORDS)
        if not reported(text, h[0], h[1])
    ]
    if not hits:
        return []
    reason = {"newsletter": "newsletter_prompt", "app": "app_prompt", "follow": "follow_prompt"}
    out = [(s, e, reason.get(slot, "newsletter_prompt")) for s, e, slot in hits]
    form = _keys("newsletter.labels")
    prompt_at = {s for s, _, _ in hits}
    for s0, e0, slot in hits:
        if slot != "newsletter":
            continue
        for walk in (_after(text, e0), _before(text, s0)):
            for s, e in walk:
                if e == s or text[s:e].isspace() or s in prompt_at:
                    continue
                if not _is_label_run(text[s:e], form):
                    break
                out.append((s, e, "newsletter_form"))
    return _spans(out, text)


# ================================================================== related


def related(text: str) -> list[Span]:
    """Related, recommended, most-read and "read also" lists.

    Reasons: ``related_head`` (a head alone on a line, from
    ``patterns/related.labels``: "Related Stories", "Most Read", "Lesen Sie
    auch", "Lo más leído", "Читайте также", "関連記事", "相关文章");
    ``related_list`` (the link lines after a head, up to the next prose line,
    comment head or the end of the text; see ``_linklike``); ``related_inline``
    (a head, a colon and one headline on the same line: "Read also: ...",
    "Te puede interesar: ...", "Читайте также: ...").

    A head followed straight by a prose paragraph stays (a subheading), and an
    inline line whose tail is a sentence ("See also: the report says ... .")
    stays. Subheadings that are not heads ("Related research") are not in the
    vocabulary.
    """
    if not text:
        return []
    sc = _scan(text)
    out: list[tuple[int, int, str]] = []
    lists: list[tuple[int, int, str]] = []
    stop = _comment_hits(text)[0]
    covered: set[int] = set()
    for s, e, _ in sc.labels.get("related", ()):
        if s in covered:  # a head inside the list of an earlier head
            out.append((s, e, "related_head"))
            continue
        if _first_prose(text) > s and _more_lines(text, e, BLOCK_MAX_LINES):
            # above the article with more lines below than a block holds: the
            # block cannot run to the end of the text, so it is not taken
            # (below); only whether the head is a subheading counts
            first = _next_nonblank(text, e)
            if first is not None and first[0] not in stop and not _linklike(text[first[0] : first[1]]):
                continue  # a subheading over a paragraph
            out.append((s, e, "related_head"))
            continue
        block, why = _block(text, e, stop=stop, cut=RELATED_MID_MAX_LINES + 1)
        if why == "cut":
            # a long list: taken only when it runs to the end of the text or
            # to a comment head, which it cannot when more lines follow than
            # a block holds and none of those is a comment head
            p = _next_nonblank(text, e, BLOCK_MAX_LINES + 1)
            if p is not None and not any(e < x <= p[0] for x in stop):
                out.append((s, e, "related_head"))
                continue
            block, why = _block(text, e, stop=stop)
        if not block and why == "prose":
            continue  # a subheading over a paragraph
        out.append((s, e, "related_head"))
        if _first_prose(text) > s and why != "end":
            continue  # above the article: the list runs into its headline and byline
        if why == "prose" and len(block) > RELATED_MID_MAX_LINES:
            continue  # a long list between paragraphs may be the article's own
        if why == "prose":
            # the list runs into an article's header over the prose that
            # ended it: its headline, byline and date line stay
            block = block[: len(block) - _header_tail(text, block)]
        lists.extend((bs, be, "related_list") for bs, be in block)
        covered.update(bs for bs, _ in block)
    out.extend((s, e, "related_inline") for s, e in inline_related(text))
    return _spans(out + lists, text)


#: A byline without "By": a name of two to four capitalised words, a comma
#: and an organisation ("Ann Lee, Coast News Service; Kelby Post").
_NAME_ORG = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3},[ \t]+\p{Lu}")
#: Most byline and date lines of an article's header (``_header_tail``).
HEADER_META_LINES = 2


#: Lower-case words a name with its organisation may hold ("Ann Lee, Office
#: of the Mayor"); any other is a teaser's verb ("Ann Lee, Bo Sun named in
#: squad").
_ORG_WORDS = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "le", "der", "die", "von", "van", "y", "del"})
#: A time alone ("3:05"): a video's length in a box as often as a time of day.
_BARE_TIME = regex.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _header_meta(g: _Bylines, st: str) -> bool:
    """The stripped line ``st`` is a byline or date line of an article's
    header: the ``bylines`` grammar's or a bare date (not a time alone), or
    a name with its organisation (``_NAME_ORG``, lower-case words only from
    ``_ORG_WORDS``)."""
    if _BARE_TIME.fullmatch(st):
        return False
    if g.kind(st) is not None:
        return True
    return _NAME_ORG.match(st) is not None and all(
        w in _ORG_WORDS for w in regex.findall(r"(?<![\w'’.-])\p{Ll}[\p{L}'’-]*", st)
    )


def _header_tail(text: str, block: list[tuple[int, int]]) -> int:
    """How many of the last lines of ``block`` (``(start, end)`` of lines)
    are an article's header: one to ``HEADER_META_LINES`` byline or date
    lines (``_header_meta``) and the headline line above them; 0 when the
    block does not end with such lines, when they are all it holds, when
    another such line stands earlier in it (a list of dated teasers, whose
    last teaser and date are no header), or when one of them stands in the
    text before the block (a teaser's byline repeating the article's)."""
    g = _byline_grammar()
    k = len(block)
    meta = 0
    while k > 0 and meta < HEADER_META_LINES:
        s, e = block[k - 1]
        if not _header_meta(g, text[s:e].strip()):
            break
        meta += 1
        k -= 1
    if meta == 0 or k <= 1:
        return 0
    if any(_header_meta(g, text[s:e].strip()) for s, e in block[: k - 1]):
        return 0
    s0 = block[0][0]
    if any(0 <= text.find(text[s:e].strip(), 0, s0) for s, e in block[k:]):
        return 0  # a byline or date line the page showed before: a teaser's, under the article's own header
    return meta + 1


@functools.lru_cache(maxsize=4)
def inline_related(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that are one inline related link: a head, a colon
    and one headline ("Read more: Island school saved from closure"), as
    ``(start, end)`` code points of the line, half-open, in text order. The
    structural classifier reads past them (``structure``): such a line
    stands inside an article as often as after it."""
    sc = _scan(text)
    cands = sc.cands.get("related_inline")
    out = []
    if cands:
        rx = _registry().inline_rx
        for s, e in cands:
            m = rx.match(_lower(text[s:e]))
            if m and _linklike(text[s + m.end() : e]):
                out.append((s, e))
    return out


# ================================================================== comments


@functools.lru_cache(maxsize=4)
def _comment_hits(text: str) -> tuple[dict[int, tuple[int, str]], list[tuple[int, int]]]:
    """Comment heads ``{start: (end, "head" | "count")}`` and form lines of ``text``."""
    sc = _scan(text)
    heads = {s: (e, "head") for s, e, _ in sc.labels.get("comment_head", ())}
    forms = []
    for s, e, slot in _rules("comments.re").find(text, "comments.re", COMMENT_MAX_WORDS):
        if slot == "count":
            heads[s] = (e, "count")
        elif not reported(text, s, e):  # "..., the message said, ..." quotes a form
            forms.append((s, e))
    return heads, forms


def comments(text: str) -> list[Span]:
    """Comment sections: heads, comment forms and what follows the head.

    Reasons: ``comment_head`` (a head with a count: "Comments (14)", "14
    Comments", "3 thoughts on ..."; or a label head followed by comment lines or
    ending the text: "Leave a Reply", "Kommentare", "Комментарии", "コメント";
    ``patterns/comments.re`` [count], ``patterns/comments.labels`` [head]);
    ``comment_form`` (form and moderation text, anywhere: "You must be logged
    in to post a comment.", "Your email address will not be published.",
    "Vielen Dank! Ihr Kommentar wird ..."; ``patterns/comments.re`` [form]);
    ``comment_section`` (the lines after a head: link-like lines, form lines
    and field labels such as "Name", "Reply", when they run to the end of the
    text or the head is in the second half of the text; and, when the head
    sits in the second half after the first paragraph and a form line follows
    it, everything from the head to the end of the text, since comments run
    to the end of a page).

    A "Comments" subheading followed by prose stays, and so do "Comments?" in
    dialogue and a story that quotes "leave a reply" in a sentence.
    """
    if not text:
        return []
    heads, forms = _comment_hits(text)
    if not heads and not forms:
        return []
    out: list[tuple[int, int, str]] = [(s, e, "comment_form") for s, e in forms]
    form_at = {s for s, _ in forms}
    fields = _keys("comments.labels", "field")
    labels = _keys("comments.labels", "field", "meta")
    rules = _rules("comments.re")

    def take(line: str) -> bool:
        return _linklike(line) or _is_label_run(line, labels) or (
            _words(line) <= COMMENT_MAX_WORDS and rules.remembered(line) is not None
        )

    def evidence(lines: list[tuple[int, int]]) -> bool:
        return any(
            bs in form_at or _is_label_run(text[bs:be], fields) or rules.remembered(text[bs:be]) == "form"
            for bs, be in lines
        )

    n = len(text)
    section: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    for s in sorted(heads):
        e, kind = heads[s]
        if s in covered:  # a head inside the section of an earlier head
            out.append((s, e, "comment_head"))
            continue
        if kind == "count" and (2 * s < n or _first_prose(text) > s) and _more_lines(text, e, BLOCK_MAX_LINES):
            # the block cannot run to the end of the text: the head only (below)
            out.append((s, e, "comment_head"))
            continue
        block, why = _block(text, e, take=take)
        # a head without a count needs comment-form evidence after it, or
        # must end the text: "Comments" may be a tab label or a subheading
        if kind == "head" and why == "prose" and not evidence(block):
            continue
        out.append((s, e, "comment_head"))
        if why == "prose" and (2 * s < n or _first_prose(text) > s):
            # a head in the first half of the text or above the article ("14
            # Comments" by the headline) over link lines that end at a
            # paragraph: those lines may be the article's headline; the head only
            continue
        section.extend((bs, be, "comment_section") for bs, be in block)
        covered.update(bs for bs, _ in block)
        # a comment section in the second half of the text runs to its end
        # when a form line follows the head
        if why == "prose" and 2 * s >= n and any(f > s for f in form_at):
            rest = [(ls, le) for ls, le in _after(text, e) if le > ls]
            section.extend((ls, le, "comment_section") for ls, le in rest)
            covered.update(ls for ls, _ in rest)
    return _spans(out + section, text)


# ================================================================== bylines


_AND = re.compile(r"\s+(?:and|und|y|et|и|&)\s+", re.IGNORECASE)
_NAME_CHARS = re.compile(r"[^\W\d_][\w .,'’&@()-]*")


_WORD_RUN = re.compile(r"\w+")


def _word_start_trie(words: Iterable[str]) -> str:
    """Like ``\\b(?:`` + ``_trie(words)`` + ``)`` for words that start with a
    word character, written to start with a literal: the leading ``\\b`` is a
    look-behind after the first character (the character before it is no
    word character)."""
    by: dict[str, list[str]] = {}
    for w in words:
        by.setdefault(w[0], []).append(w[1:])
    alts = []
    for c, rest in sorted(by.items()):
        body = re.escape(c) + r"(?<!\w.)"
        tail = _trie(rest)
        if tail:
            body += "(?:" + tail + ")" + ("?" if "" in rest else "")
        alts.append(body)
    return "(?:" + "|".join(alts) + ")"


class _Bylines:
    """The byline/timestamp line grammar, built from ``patterns/bylines.re``.

    A line is parsed left to right as parts joined by separators; each part is
    the first that matches of: byline, reading time, timestamp (a prefix word
    with a date or time, a relative time, or a date with a time of day), bare
    date. Parts are matched with ``re`` on the lower-cased line; the author
    names of a byline, which need letter case, are checked in Python
    (``_names``): capitalised words, not a month, weekday or a word such as
    "Date" or "Monday", optionally followed by a role or an organisation.
    """

    def __init__(self) -> None:
        v = _vocab("bylines.re")

        def alt(*slots: str) -> str:
            return "|".join(e for s in slots for e in v.get(s, ()))

        def literals(*slots: str) -> list[str]:
            out = []
            for s in slots:
                for e in v.get(s, ()):
                    lits = _literals(e)
                    if lits is None:
                        raise ValueError(f"bylines.re [{s}]: {e!r} is not a finite list of words")
                    out += lits
            return out

        nl = r"(?![^\W\d_])"  # no letter follows
        month = rf"(?:{_trie(literals('month'))})\.?{nl}"
        weekday = rf"(?:{_trie(literals('weekday'))})\.?{nl}"
        daynum = r"\d{1,2}(?!\d)(?:st|nd|rd|th|\.)?"
        year = r"(?:1[89]|2[01])\d\d(?!\d)(?:\s*г\.?)?"
        date = (
            rf"(?:(?:{weekday},?\s+)?(?:"
            rf"\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?!\d)|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}(?!\d)"
            rf"|{month}\s+{daynum}(?:,?\s+{year})?|{daynum}\s+(?:de\s+)?{month}(?:,?\s+(?:de\s+)?{year})?"
            rf"|{month}\s+{year}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:\s*[(（]\S{{1,3}}[)）])?))"
        )
        zone = r"(?:\s*(?:[ecmp][sd]?t|gmt|utc|bst|ces?t|mes?z|uhr|hrs|h)\b)?"
        time = (
            r"(?:@?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
            rf"|\d{{1,2}}\s*(?:am|pm|a\.m\.|p\.m\.)|\d{{1,2}}h\d{{2}}){zone}"
        )
        joiner = r"(?:\s*,\s*|\s+(?:at|um|à|a las|a la|в|-|–|\|)\s+|\s+)"
        datetime_t = rf"(?:{date}{joiner}{time}|{time}(?:,?\s+{date})?)"
        ago = rf"(?:{alt('ago')})"
        stamp = rf"(?:{alt('stamp')})\s*[:：]?\s*(?:(?:on|am|el|le|at)\s+)?(?:{datetime_t}|{date}|{ago})"
        read = rf"(?:{alt('read')})"
        by = rf"(?:{_trie(literals('by'))})"
        stop = rf"[ \t]*(?:[|•·/–—]|$)|[ \t]+(?:on|am|el|le|um|-)[ \t]|[ \t]+(?:{month}|{weekday}|\d)"
        byline = rf"{by}(?:[ \t]*[:：])?[ \t]+(?P<names>[^|•·/\n]{{1,120}}?)(?={stop})"
        # a date with a time of day but no prefix word ("July 24, 2012 6:00 AM")
        # is weak like a bare date: an event listing has the same shape
        self.part = re.compile(
            rf"(?P<byline>{byline})|(?P<reading_time>{read})|(?P<timestamp>{stamp}|{ago})|(?P<date>{datetime_t}|{date})"
        )
        self.sep = re.compile(r"\s*[|•·–—/,]+\s*|\s+(?:-\s+)?(?:(?:on|am|el|le|um)\s+)?")
        # by, stamp and marker words or a time of day: a line that starts like
        # a date but has none of these can only be a bare date
        marks = literals("by", "stamp", "marker")
        latin = [w for w in marks if regex.search(r"[a-zа-яäöüéèà]", w)]
        other = [w for w in marks if w not in latin]
        self.strong = re.compile(
            r"\d\s*[:h]\s*\d\d|\d\s*(?:am|pm|a\.m\.|p\.m\.)(?![^\W\d_])|\b(?:"
            + _trie(latin) + r")\b" + ("|(?:" + _trie(other) + ")" if other else "")
        )
        # the same search as three, each starting with a literal or a class,
        # so that ``re`` skips to candidate positions in C (a word's leading
        # \b becomes a look-behind after its first letter)
        word_start = all(re.match(r"\w", w) for w in latin)
        self._strong_parts = tuple(
            re.compile(p).search
            for p in (
                r"\d(?:\s*[:h]\s*\d\d|\s*(?:am|pm|a\.m\.|p\.m\.)(?![^\W\d_]))",
                (_word_start_trie(latin) if word_start else r"\b(?:" + _trie(latin) + ")") + r"\b",
            )
        )
        # the other words (plain alternation: a literal starts every branch)
        self._strong_other = re.compile("|".join(map(re.escape, other))).search if other else None
        self._other_ascii = any(w.isascii() for w in other)
        # a latin word can only be found when the word-character run it
        # starts with is a whole word of the line
        self._latin_heads = frozenset(re.match(r"\w+", w).group() for w in latin) if word_start else None
        # (``first`` is compiled when asked for: ``first_match`` below stands
        # for it when the words allow)
        self._first_src = rf"(?:@?\d|(?:{alt('by', 'stamp')})\b|{month}|{weekday}|{ago}|{read})"
        # the same test, with the by and stamp words as a trie (only whether
        # it matches is used, so the order of the alternatives is free)
        words = [e for s in ("by", "stamp") for e in v.get(s, ())]
        if all(e == e.lower() for e in words):
            trie = _trie(literals("by", "stamp"))
            self.first_match = re.compile(rf"(?:@?\d|(?:{trie})\b|{month}|{weekday}|{ago}|{read})").match
        else:
            self.first_match = self.first.match
        # every lower-case word a byline line may hold; any other one rejects
        # the line before the grammar runs ("By the end of the year, ...")
        # (a word of the vocabulary, or one that starts with a stem of three
        # or more letters from it: "часа" with "час(?:а|ов)?")
        frags = {w.lower() for ents in v.values() for e in ents for w in regex.findall(r"[^\W\d_]{2,}", e)}
        frags |= {"and", "und", "et", "on", "am", "el", "le", "at", "um", "in", "aus", "en", "de", "da",
                  "del", "della", "di", "van", "von", "der", "den", "la", "du", "bin", "ibn", "al", "pm",
                  "uhr", "hrs", "of", "the", "for"}
        self.words = frozenset(frags)
        self.stems = re.compile("(?:" + _trie(f for f in frags if len(f) >= 3) + ")")
        self.lower_word = re.compile(r"(?<![\w'’.@-])[^\W\d_][\w'’]*")
        self.notname = frozenset(literals("notname", "month", "weekday"))
        self.roles = frozenset(literals("role"))
        self.particles = frozenset(
            ("de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "du", "bin", "ibn", "al")
        )

    @functools.cached_property
    def first(self) -> re.Pattern:
        """A line that may start a byline part: a digit, a by or stamp word,
        a month, weekday, relative time or reading time."""
        return re.compile(self._first_src)

    def _names(self, seg: str) -> bool:
        """``seg`` (original case) is author names, then roles, organisations
        or handles after commas: "Jane Doe and Tom Roe, Staff Writer"."""
        chunks = [c.strip() for c in seg.split(",")]
        if not chunks or not chunks[0]:
            return False
        first = _AND.split(chunks[0])
        if not _NAME_CHARS.fullmatch(seg):
            return False
        for i, name in enumerate(first):
            toks = name.split()
            if " ".join(toks).lower() in self.roles:
                continue
            role = False
            for j in range(1, len(toks)):  # a trailing role: "Reuters staff"
                if " ".join(toks[j:]).lower() in self.roles:
                    toks, role = toks[:j], True
                    break
            if toks[-2:-1] and toks[-2] in ("in", "aus", "en", "à", "в"):
                toks = toks[:-2]  # "in Berlin"
            if not self._one_name(toks, role=role):
                return False
        for c in chunks[1:]:
            if not c:
                return False
            if c.lower() in self.roles or c.startswith("@"):
                continue
            if not all(t[:1].isupper() or t.lower() in ("of", "the", "for", "and", "&", "de", "del", "des", "der", "die")
                       for t in c.split()) or len(c.split()) > 6:
                return False
        return True

    def _one_name(self, toks: list[str], role: bool = False) -> bool:
        if not toks or toks[0].lower().rstrip(".") in self.notname:
            return False
        if len(toks) == 1:  # one word: an agency in capitals ("AP"), or with a role
            t = toks[0]
            return 2 <= len(t) <= 16 and (t.isupper() or (role and t[:1].isupper()))
        if len(toks) > 5:
            return False
        for t in toks:
            if t.lower() in self.particles:
                continue
            if not t[:1].isupper() or t.lower().rstrip(".") in self.notname:
                return False
        return True

    def has_strong(self, lo: str) -> bool:
        """``self.strong.search(lo)`` found something."""
        digits, words = self._strong_parts
        if digits(lo) is not None:
            return True
        heads = self._latin_heads
        if (heads is None or not heads.isdisjoint(_WORD_RUN.findall(lo))) and words(lo) is not None:
            return True
        other = self._strong_other
        return other is not None and (self._other_ascii or not lo.isascii()) and other(lo) is not None

    def kind(self, line: str, *, dates: bool = True) -> str | None:
        """Reason for a byline/timestamp line, ``"date"`` for a bare date line,
        else None. With ``dates=False``, a line that can only be a bare date
        is not parsed and gives ``"date?"``."""
        st = line.strip().rstrip(".")
        if not st or len(st) > BYLINE_MAX_CHARS or _words(st) > 24:
            return None
        lo = st.replace("\u0130", "i").lower()
        if not dates and not self.strong.search(lo):
            return "date?"
        if not self.first_match(lo):
            return None
        return self.parse(st, lo)

    def parse(self, st: str, lo: str) -> str | None:
        """``kind`` of the stripped line ``st`` (lower-cased: ``lo``) past its
        first tests: the word test and the grammar."""
        for w in self.lower_word.findall(st):
            if len(w) > 1 and w.islower() and w not in self.words and not self.stems.match(w):
                return None
        kinds = []
        lower_by = False
        pos, n = 0, len(lo)
        while True:
            m = self.part.match(lo, pos)
            if not m or m.end() == pos:
                return None
            kind = m.lastgroup
            if kind == "byline":
                a, b = m.span("names")
                if not self._names(st[a:b]):
                    return None
                if st[m.start()].islower():
                    lower_by = True
            kinds.append(kind)
            pos = m.end()
            if pos >= n:
                break
            m = self.sep.match(lo, pos)
            if not m or m.end() == pos:
                return None
            pos = m.end()
            if pos >= n:
                break
        if lower_by and len(kinds) == 1:
            return None  # "by Jane Doe" alone: a book or song credit as often as a byline
        first = kinds[0]
        if first == "date":
            if all(k == "date" for k in kinds):
                return "date"
            first = "timestamp"
        return first


@functools.cache
def _byline_grammar() -> _Bylines:
    return _Bylines()


#: ``{stripped line: _byline_kind(line)}`` for candidate lines of at most
#: ``_BYLINE_MEMO_CHARS`` code points. Such lines repeat within and across
#: documents (archive lists: "October 2008"; "Posted by admin"), and the
#: answer depends on the stripped line alone; bounded by ``_MEMO_MAX``.
_byline_memo: dict[str, str | None] = {}
_BYLINE_MEMO_CHARS = 64


def _byline_kind(g: _Bylines, st: str) -> str | None:
    """The reason ``bylines`` gives a candidate line on its own (``st``: the
    line stripped, a final full stop too), or None: ``g.kind(line,
    dates=False)`` in its cheapest order (the start of a part, then a strong
    word: without one it is at most a bare date, looked at only next to a
    hit, then the grammar); a bare date is None here."""
    lo = st.replace("\u0130", "i").lower()
    if not g.first_match(lo) or not g.has_strong(lo) or len(st.split()) > 24:
        return None
    k = g.parse(st, lo)
    return None if k == "date" else k


def bylines(text: str) -> list[Span]:
    """Bylines, timestamps and reading times, alone on a line or joined.

    Reasons: ``byline`` ("By Jane Doe", "By JANE DOE and Tom Roe, Staff
    Writer", "Von Max Muster", "Por María López", "Автор: Иван Петров"),
    ``timestamp`` ("Updated 3 hours ago", "Published 12:30 PM ET, May 5, 2020",
    "Nov 18, 2019 at 9:24 pm ET", "vor 2 Stunden", "2021年3月12日 14:35"; a bare
    date line such as "March 3, 2012" only next to another hit),
    ``reading_time`` ("5 min read", "Lesezeit: 3 Minuten", "約5分で読めます").
    The reason is the kind of the line's first part: "Nov 18, 2019 at 9:24 pm
    ET • 2 min read" is a timestamp. Words come from ``patterns/bylines.re``;
    the line grammar is ``_Bylines``.

    The whole line must be made of such parts, so a sentence that begins like a
    byline ("By the end of the year, prices rose.", "By Monday the snow had
    melted.") stays; so does a lone date line that is a timeline subheading.
    """
    if not text:
        return []
    sc = _scan(text)
    if not sc.cands.get("bylines"):
        return []
    g = _byline_grammar()
    memo = _byline_memo
    found: list[tuple[int, int, str]] = []
    for s, e in sc.cands.get("bylines", ()):
        if e - s > BYLINE_MAX_CHARS:
            continue
        st = text[s:e].strip().rstrip(".")
        k = memo.get(st, False)
        if k is False:
            k = _byline_kind(g, st)
            if len(st) <= _BYLINE_MEMO_CHARS and len(memo) < _MEMO_MAX:
                memo[st] = k
        if k is not None:
            found.append((s, e, k))
    if not found:
        return []
    # a bare date line next to a hit is its timestamp
    starts = {s for s, _, _ in found}
    for s0, e0, _ in list(found):
        for p in (_prev_nonblank(text, s0), _next_nonblank(text, e0)):
            if p is not None and p[0] not in starts and g.kind(text[p[0] : p[1]]) == "date":
                found.append((p[0], p[1], "timestamp"))
                starts.add(p[0])
    return _spans(found, text)


# ================================================================== legal


@functools.cache
def _rights() -> tuple[tuple[str, ...], regex.Pattern]:
    """Rights phrases (``patterns/legal.re`` [rights]) and the line they may end or start."""
    phrases = _rights_phrases()
    latin = [regex.escape(p) for p in phrases if regex.search(r"[a-zа-я]", p)]
    cjk = [regex.escape(p) for p in phrases if not regex.search(r"[a-zа-я]", p)]
    alts = []
    if latin:
        alts.append(r"(?:[^.!?\n]{0,100}[.|·•]\s*)?(?:" + "|".join(latin) + r")\b.{0,200}")
    if cjk:
        alts.append(r"[^。！？\n]{0,160}(?:" + "|".join(cjk) + r")[^。！？\n]{0,200}。?")
    return phrases, regex.compile("|".join(alts), regex.IGNORECASE)


#: Shortest anchor shared by several rights phrases.
_ANCHOR_MIN = 4


@functools.cache
def _anchors() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Rights phrases grouped by a shared substring (at least
    ``_ANCHOR_MIN`` code points, no space), so one ``str.find`` pass over the
    text serves several phrases: ``((anchor, phrases), ...)``. Anchors are
    chosen greedily, most phrases first, then longest (a long needle is
    searched faster); a phrase that shares none is its own anchor."""
    todo = list(dict.fromkeys(_rights()[0]))
    out = []
    while todo:
        cover: dict[str, set[str]] = {}
        for ph in todo:
            for i in range(len(ph)):
                for j in range(i + _ANCHOR_MIN, len(ph) + 1):
                    sub = ph[i:j]
                    if " " in sub:
                        break
                    cover.setdefault(sub, set()).add(ph)
        shared = [k for k, v in cover.items() if len(v) > 1]
        if not shared:
            out += [(ph, (ph,)) for ph in todo]
            break
        best = max(sorted(shared), key=lambda k: (len(cover[k]), len(k)))
        out.append((best, tuple(ph for ph in todo if ph in cover[best])))
        todo = [ph for ph in todo if ph not in cover[best]]
    return tuple(out)


@functools.cache
def _anchor_tests() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """``_anchors`` with each anchor's highest non-ASCII character ("" for an ASCII anchor)."""
    return tuple((a, g, "" if a.isascii() else max(a)) for a, g in _anchors())


@functools.cache
def _phrase_searches() -> tuple[tuple[str, Callable | None, str], ...]:
    """Per rights phrase: ``(phrase, search, rare)``. ``search`` finds the
    phrase in any letter case (``regex``, case-insensitive: it matches every
    character whose lower case is the phrase's, and more, so a hit is checked
    on the lower-cased line); None for a phrase without letter case, found
    as it is written. ``rare``: its highest non-ASCII character (and that
    character's capital, for a phrase with letter case), one of which a text
    must hold for the phrase to be in it (one-character tests at memory
    speed); "" for an ASCII phrase."""
    out = []
    for ph in dict.fromkeys(_rights()[0]):
        cased = ph.upper() != ph or ph.lower() != ph
        search = regex.compile(regex.escape(ph), regex.IGNORECASE).search if cased else None
        rare = "" if ph.isascii() else max(ph)
        # with letter case, the character or its capital (the only two
        # characters whose lower case it is; tests/test_chrome.py checks)
        out.append((ph, search, rare + rare.upper() if cased else rare))
    return tuple(out)


def _rights_lines(text: str) -> set[tuple[int, int]]:
    """The lines of ``text`` whose lower case (``_lower``) holds a rights phrase."""
    found: set[tuple[int, int]] = set()
    if "\u0130" in text:  # lower-cased, "İ" is two code points: search the lower-cased text
        low = _scan(text).low  # offsets in low are text offsets + 1
        for anchor, group, rare in _anchor_tests():
            if rare and rare not in low:
                continue
            i = low.find(anchor)
            while i >= 0:
                ls = low.rfind("\n", 0, i) + 1
                le = low.find("\n", i)
                if any(ph in low[ls:le] for ph in group):
                    found.add((ls - 1, le - 1))
                i = low.find(anchor, le)
        return found
    # phrases share their rare characters ("載" in three, "版" in two): each
    # is looked for once per text
    holds: dict[str, bool] = {}
    for ph, search, rare in _phrase_searches():
        if rare:
            has = holds.get(rare)
            if has is None:
                has = holds[rare] = any(map(text.__contains__, rare))
            if not has:
                continue
        if search is None:
            i = text.find(ph)
            while i >= 0:
                s, e = _line_at(text, i)
                found.add((s, e))
                i = text.find(ph, e)
            continue
        m = search(text)
        while m is not None:
            s, e = _line_at(text, m.start())
            if ph in text[s:e].lower():
                found.add((s, e))
            m = search(text, e)
    return found


def legal(text: str) -> list[Span]:
    """Copyright lines and legal footer links.

    Reasons: ``copyright`` (a line that starts with a copyright sign or
    "Copyright <year>", or states the rights: "© 2025 X Ltd. All rights
    reserved.", "Alle Rechte vorbehalten.", "版权所有"; ``patterns/legal.re``,
    at most ``LEGAL_MAX_WORDS`` words); ``legal_links`` (a line of footer links
    with at least one legal page: "Privacy Policy | Terms of Use | Contact",
    "Impressum · Datenschutz"; a legal label alone, "Privacy Policy", when the
    next line is not prose; footer labels such as "Contact" on the lines next to
    those; ``patterns/legal.labels``).

    A sentence about copyright law, a code comment with a licence header
    ("# Copyright 2020 ..." in a code block), and a "Datenschutz" subheading
    over a paragraph stay.
    """
    if not text:
        return []
    sc = _scan(text)
    out: list[tuple[int, int, str]] = [
        (s, e, "copyright")
        for s, e, _ in _rules("legal.re", "copyright").find(text, "legal.re", LEGAL_MAX_WORDS)
        if not text[s:e].lstrip().startswith(_CODE_COMMENT) and not reported(text, s, e)
    ]
    _, rights = _rights()
    for s, e in _rights_lines(text):
        line = text[s:e].strip()
        if (
            _words(line) <= LEGAL_MAX_WORDS
            and not line.startswith(_CODE_COMMENT)
            and rights.fullmatch(line)
            and not reported(text, s, e)
        ):
            out.append((s, e, "copyright"))
    strong = _keys("legal.labels", "legal")
    runs: dict[int, tuple[int, bool]] = {}  # start -> (end, counts on its own)
    for s, e, _ in sc.labels.get("legal", ()):
        runs[s] = (e, _footer_context(text, e))
    for s, e, _ in sc.labels.get("footer", ()):
        runs.setdefault(s, (e, False))
    for s, e, parts in sc.labels.get("run:legal", ()):
        runs[s] = (e, any(p in strong for p in parts))
    if not runs:
        return _spans(out, text)
    # footer labels next to an accepted line (a legal run or a copyright
    # line), and so on along a run of consecutive footer lines
    ok = {s for s, (_, good) in runs.items() if good} | {s for s, _, _ in out}
    todo = [s for s in ok if s in runs] + [s for s, _, _ in out]
    ends = {s: e for s, e, _ in out}
    while todo:
        s = todo.pop()
        e = runs[s][0] if s in runs else ends[s]
        for p in (_prev_nonblank(text, s), _next_nonblank(text, e)):
            if p is not None and p[0] in runs and p[0] not in ok:
                ok.add(p[0])
                todo.append(p[0])
    out += [(s, e, "legal_links") for s, (e, _) in runs.items() if s in ok]
    return _spans(out, text)


#: A line that starts like a code comment is a licence header in a code block.
_CODE_COMMENT = ("#", "//", "/*", "*", ";", "--", "<!--")


def _footer_context(text: str, e: int) -> bool:
    """A lone legal label counts when the next non-blank line is not prose."""
    nxt = _next_nonblank(text, e)
    return nxt is None or _linklike(text[nxt[0] : nxt[1]])


# ================================================================== site_chrome


_CRUMB_SEP = re.compile(r"[ \t]*(?:›|»|>|/|→|\|)[ \t]*")
_CRUMB_CHARS = frozenset("›»>/→|")


def _breadcrumb(line: str, home: Container[str]) -> bool:
    """``line`` is a breadcrumb trail: parts of at most six words joined by one
    kind of separator, starting at a home label, or three or more parts
    joined by › → »."""
    st = line.strip()
    if len(st) > RUN_MAX_CHARS or "«" in st:
        return False
    if _CRUMB_CHARS.isdisjoint(st):
        return False  # no separator at all
    seps = {s.strip() for s in _CRUMB_SEP.findall(st)}
    if len(seps) != 1:
        return False
    parts = [p for p in _CRUMB_SEP.split(st) if p.strip()]
    if len(parts) < 2:
        return False
    head, colon, rest = parts[0].partition(":")
    if colon and _key(head) in home and rest.strip():  # "You are here: Home › News"
        parts[0] = rest
    for p in parts:
        if _words(p) > 6 or len(p) > 60 or _ends_sentence(p.strip()) or p.strip()[-1:] in ",;":
            return False
    sep = seps.pop()
    return _key(parts[0]) in home or (sep in "›→»" and len(parts) >= 3)


_TAG_ITEM_SPLIT = re.compile(r"\s*[,;|·•/]\s*|\s{2,}")


def _tag_tail(tail: str, need_sep: bool = False) -> bool:
    """``tail`` is a list of tags: items of at most five words, no sentence."""
    st = tail.strip()
    if not st or len(st) > RUN_MAX_CHARS or _ends_sentence(st) or _two_sentences(st):
        return False
    items = [i for i in _TAG_ITEM_SPLIT.split(st) if i]
    if need_sep and len(items) < 2:
        return False
    return all(_words(i) <= 5 for i in items)


#: Fewest words of the paragraph under a label that makes the label its
#: subheading (``_heads_paragraph``).
SUBHEAD_PARAGRAPH_WORDS = 8


def _heads_paragraph(text: str, s: int, e: int) -> bool:
    """The label ``text[s:e]`` is a subheading: the next non-blank line is a
    sentence of ``SUBHEAD_PARAGRAPH_WORDS`` words or more that ends with a
    full stop and opens with a determiner and the label's words, its subject
    ("Menu" over "The menu changes weekly ..."), and does not name the page:
    "Log in to comment on this article.", "Try the search box above ..." are
    the site's prompts. A "Menu" or "Search" label over the headline or a
    list of links has none under it."""
    nxt = _next_nonblank(text, e)
    if nxt is None:
        return False
    line = text[nxt[0] : nxt[1]]
    if _words(line) < SUBHEAD_PARAGRAPH_WORDS or not _ends_sentence(line.rstrip()):
        return False
    label = " ".join(text[s:e].split()).casefold()
    low = line.casefold()
    if _ADDRESSED.search(low):
        return False
    m = _SUBJECT_LEAD.match(low)
    return m is not None and low.startswith(label, m.end()) and not low[m.end() + len(label) : m.end() + len(label) + 1].isalnum()


#: A line that names the page: the site's prompt ("... to comment on this article").
_ADDRESSED = re.compile(r"\bthis (?:article|page|site|story|post)\b")
#: The determiner that opens a sentence whose subject is the label's word
#: ("The menu ...", "Die Suche ...", "La recherche ...").
_SUBJECT_LEAD = re.compile(r"\s*(?:the|a|an|our|its|their|his|her|der|die|das|el|la|los|las|le|les|il|lo)\s+")


def site_chrome(text: str) -> list[Span]:
    """Breadcrumbs, tag lists, language and edition selectors, log-in, search
    and menu labels.

    Reasons: ``breadcrumb`` ("Home › News › World", "Startseite > Politik",
    or three or more parts joined by › → »); ``tag_list`` ("Tags: budget,
    housing, transport", "Schlagwörter: ...", "タグ：...", and a lone "Tags"
    head over such a line); ``language_selector`` ("English | Deutsch |
    Español", "EN DE FR", "Select language", "International edition"; one
    language name alone only next to another selector line); ``account_label``
    ("Log in", "Sign up", "Log In | Register", "Mein Konto"), ``search_label``
    ("Search", "Search for:", "Suche", "検索"), ``menu_label`` ("Menu",
    "Toggle navigation", "Меню"). Vocabulary: ``patterns/site_chrome.labels``.
    ``player_controls`` (a video player's controls and caption-settings dialog
    taken as text: "Play Video", "Current Time 0:00", "Playback Rate", "This
    is a modal window.", colour and font options; ``_player_parts``,
    ``patterns/player.re`` and ``patterns/player.labels``);
    ``video_playlist`` (a site's video embed with its playlist: "Just
    watched" over the clip playing, "Replay", "More Videos ...", "Must watch"
    over "(16 Videos)" and the clips' titles, or over one title with its
    running time; ``_playlist_blocks``).

    A sentence with slashes or arrows, a single "English" line (a subheading),
    a "Topics:" line whose tail is a sentence, prose about searching, and a
    how-to that names a player's controls stay; so does a log-in, search or
    menu label over a paragraph that names its word ("Menu" over "The menu
    changes weekly ...", ``_heads_paragraph``).
    """
    if not text:
        return []
    sc = _scan(text)
    lab = sc.labels
    out: list[tuple[int, int, str]] = []
    for cat, reason in (("account", "account_label"), ("search", "search_label"),
                        ("menu", "menu_label"), ("selector", "language_selector")):
        out += [(s, e, reason) for s, e, _ in lab.get(cat, ()) if not _heads_paragraph(text, s, e)]
    cats = _registry().label_cats
    first = {"account": "account_label", "search": "search_label", "menu": "menu_label",
             "selector": "language_selector"}
    for s, e, parts in lab.get("run:ui", ()):
        c = sorted(cats[parts[0]] & _Registry.FAMILIES["ui"])
        out.append((s, e, first[c[0]] if c else "menu_label"))
    # language selectors: a run, or a single name next to another selector line
    sel = {s for s, _, r in out if r == "language_selector"}
    for s, e, _ in lab.get("run:language", ()):
        out.append((s, e, "language_selector"))
        sel.add(s)
    singles = lab.get("language", ())
    single_at = {s for s, _, _ in singles}
    for s, e, _ in singles:
        near = (_prev_nonblank(text, s), _next_nonblank(text, e))
        if any(p is not None and (p[0] in sel or p[0] in single_at) for p in near):
            out.append((s, e, "language_selector"))
    # breadcrumbs: lines that start with a home label or hold › → »
    home = _keys("site_chrome.labels", "home")
    lines = {s: e for s, e in sc.cands.get("crumbs", ())}
    for ch in "›→»":
        i = text.find(ch)
        while i >= 0:
            s, e = _line_at(text, i)
            lines[s] = e
            i = text.find(ch, e)
    for s, e in lines.items():
        if _breadcrumb(text[s:e], home):
            out.append((s, e, "breadcrumb"))
    # tag lists: "Tags: a, b, c", or a lone "Tags" head over such a line
    tags = _keys("site_chrome.labels", "tags")
    for s, e in sc.cands.get("tags", ()):
        line = text[s:e]
        head, colon, tail = line.replace("：", ":").partition(":")
        if colon and _key(head) in tags and tail.strip():
            if _tag_tail(tail):
                out.append((s, e, "tag_list"))
        elif _key(line) in tags:
            nxt = _next_nonblank(text, e)
            if nxt is not None and _tag_tail(text[nxt[0] : nxt[1]], need_sep=True):
                out.append((s, e, "tag_list"))
                out.append((nxt[0], nxt[1], "tag_list"))
    if sc.cands.get("player.re"):
        controls, playlists = _player_parts(text)
        out += [(s, e, "player_controls") for s, e in controls]
        out += [(s, e, "video_playlist") for s, e in playlists]
    return _spans(out, text)


# ------------------------------------------------------------------ video players

#: A player block needs this many different control lines of ``player.re``
#: (digits aside): "Current Time 0:00", "Playback Rate", "This is a modal
#: window." One or two such lines in an article stay.
PLAYER_MIN = 3
#: Control lines of one block are at most this many lines apart (a caption
#: settings dialog lists colours, sizes and fonts between two of them) ...
PLAYER_GAP = 120
#: ... with at most this many lines between them that are neither control
#: lines nor plain player labels nor option values.
PLAYER_OTHERS = 4
#: A line between two control lines that is neither one nor a plain player
#: label (``player.labels``) may still be part of the block if it has at most
#: this many words and ends no sentence (an option value the vocabulary lacks);
#: any other line splits the block.
PLAYER_OTHER_WORDS = 3
#: The block takes in at most this many plain player labels above its first
#: and below its last control line ("Play Video", "Close").
PLAYER_EDGE = 8
#: Most words of a control line.
PLAYER_MAX_WORDS = 24
#: A line of at least this many words that ends with a colon, right above the
#: control lines, announces them as the article's own list ("The three
#: messages readers sent us most often were these:"); "Video:" does not.
PLAYER_LEAD_WORDS = 4
#: An option value of the caption settings or a time display: "75%", "1x",
#: "2", "0:00", "-1:42".
_PLAYER_VALUE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*[x%]?|-?\d{1,2}(?::\d\d){1,2}|[-/]+")
_DIGIT_RUNS = re.compile(r"\d+")


@functools.lru_cache(maxsize=4)
def _player_parts(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """``(controls, playlists)``: ``(start, end)`` of every line of the video
    player blocks of ``text`` (below) and of the video embeds' playlists
    (``_playlist_blocks``). Cached for the few most recent texts:
    ``site_chrome`` and ``structure`` both ask.

    A player block is the text of a web video player's controls, time
    displays and caption-settings dialog (video.js and players built like
    it) that a scraper took as lines. It holds at least ``PLAYER_MIN``
    different control lines (``patterns/player.re``, whole lines) at most
    ``PLAYER_GAP`` lines apart,
    with only control lines, plain player labels (``patterns/player.labels``:
    "Mute", "Fullscreen", "Captions", colour and font names), option values
    ("75%", "1x") and at most ``PLAYER_OTHERS`` other lines, each of at most
    ``PLAYER_OTHER_WORDS`` words and ending no sentence, between two of them;
    it takes in up to ``PLAYER_EDGE`` plain labels or values right above and
    below it, but not one below it that stands over prose (a subheading
    "Background" over a paragraph) unless it is a dialog button ("Close",
    slot ``button``). A how-to that names the controls in
    sentences, or puts a control line over a paragraph, has no block, nor has
    a list that a sentence ending with a colon announces; a bare list of
    control names with their time displays reads as one."""
    lines, _, before = line_heads(text)
    found = _rules("player.re").find(text, "player.re", PLAYER_MAX_WORDS)
    if len(found) < PLAYER_MIN:
        return (), ()
    starts = [before[i] + i for i in range(len(lines))]
    heads = [(s, e) for s, e, slot in found if slot.startswith("playlist")]
    if heads:
        found = [x for x in found if not x[2].startswith("playlist")]
    playlists = tuple(_playlist_blocks(lines, starts, heads)) if len(heads) >= PLAYLIST_HEADS else ()
    out: list[tuple[int, int]] = []
    strong = {bisect.bisect_left(starts, s): _DIGIT_RUNS.sub("0", _key(text[s:e])) for s, e, _ in found}
    weak = _keys("player.labels")
    buttons = _keys("player.labels", "button")

    def plain(i: int) -> bool:
        t = lines[i].strip()
        return _key(t) in weak or _PLAYER_VALUE.fullmatch(t) is not None

    def other(i: int) -> bool:
        t = lines[i].strip()
        return len(t.split()) <= PLAYER_OTHER_WORDS and not t.endswith((".", "!", "?", "。"))

    def heads_prose(i: int) -> bool:
        """The next non-blank line after line ``i`` is prose, not more of a player."""
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        return j < len(lines) and j not in strong and not plain(j) and not other(j)

    order = sorted(strong)
    k = 0
    while k < len(order):
        first = last = order[k]
        k += 1
        while k < len(order) and order[k] - last <= PLAYER_GAP:
            others = [j for j in range(last + 1, order[k]) if lines[j].strip() and j not in strong and not plain(j)]
            if len(others) > PLAYER_OTHERS or not all(map(other, others)):
                break
            last = order[k]
            k += 1
        if len({strong[i] for i in strong if first <= i <= last}) < PLAYER_MIN:
            continue
        p = first - 1
        while p >= 0 and not lines[p].strip():
            p -= 1
        lead = lines[p].strip() if p >= 0 else ""
        if lead.endswith((":", "：")) and len(lead.split()) >= PLAYER_LEAD_WORDS:
            continue  # a list the article announces ("The messages readers sent us were:")
        lo, hi, n = first, last, 0
        while lo > 0 and n < PLAYER_EDGE and (not lines[lo - 1].strip() or plain(lo - 1)):
            lo -= 1
            n += bool(lines[lo].strip())
        n = 0
        while hi + 1 < len(lines) and n < PLAYER_EDGE and (not lines[hi + 1].strip() or plain(hi + 1)):
            if lines[hi + 1].strip() and heads_prose(hi + 1) and _key(lines[hi + 1]) not in buttons:
                break  # "Background" over a paragraph: the article's subheading
            hi += 1
            n += bool(lines[hi].strip())
        out += [(starts[i], starts[i] + len(lines[i])) for i in range(lo, hi + 1) if lines[i].strip()]
    return tuple(out), playlists


#: A video embed's playlist block needs this many different heads of the
#: ``[playlist]`` slot of ``player.re`` ("Just watched", "More Videos ...",
#: "Must watch") ...
PLAYLIST_HEADS = 3
#: ... each at most this many lines below the one before it (the title
#: playing and "Replay" stand between the first two).
PLAYLIST_GAP = 3
#: A title of the playlist has at most this many words and ends no sentence
#: with a full stop.
PLAYLIST_TITLE_WORDS = 20
#: "(16 Videos)": the count of the playlist's titles under it.
_PLAYLIST_COUNT = re.compile(r"\((\d{1,3}) videos?\)", re.IGNORECASE)
#: A title with its running time: "Cyclone hits the coast 00:59".
_RUNNING_TIME = re.compile(r"(\S.*?)\s+\d{1,2}:\d\d")
#: Quotes that may close a sentence after its full stop.
_CLOSING_QUOTES = "\"'”’»)"
#: A numbered entry: "1. Bear opens car door", "2) Swan crosses road".
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")


def _playlist_blocks(lines: list[str], starts: list[int], heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of a news site's video embeds.

    An embed has at least ``PLAYLIST_HEADS`` different heads of the
    ``[playlist]`` slot of ``player.re``, each at most ``PLAYLIST_GAP`` lines
    below the one before; between two heads stand only plain player labels
    of ``player.labels`` ("Replay"), one of them at least, and at most one
    title, the clip playing (under the first head). Under the last head comes
    the playlist, taken only where it names the clip playing again: "(N
    Videos)" over exactly N titles, the first of them the clip playing, or
    the clip playing with its running time ("Storm hits the pier 02:14").
    Where fewer titles follow the count, only the count (and the clip
    playing) go: the lines after it may be the article's. A title has at most
    ``PLAYLIST_TITLE_WORDS`` words, does not end a sentence with a full stop
    (quotes after it aside) and is no numbered entry. Heads with no player
    label between them (a column's subheadings "Must watch", "Just watched")
    are no embed."""
    at = [bisect.bisect_left(starts, s) for s, _ in heads]
    out: list[tuple[int, int]] = []
    weak = _keys("player.labels")

    def title(i: int) -> bool:
        t = lines[i].strip()
        return (
            bool(t)
            and len(t.split()) <= PLAYLIST_TITLE_WORDS
            and not t.rstrip(_CLOSING_QUOTES).endswith((".", "。"))
            and _NUMBERED.match(t) is None
        )

    def nonblank(i: int) -> int:
        while i < len(lines) and not lines[i].strip():
            i += 1
        return i

    k = 0
    while k < len(at):
        first = last = at[k]
        k += 1
        playing = None  # the title under the first head
        labels = 0
        while k < len(at) and at[k] - last <= PLAYLIST_GAP:
            between = [i for i in range(last + 1, at[k]) if lines[i].strip()]
            others = [i for i in between if _key(lines[i]) not in weak]
            if len(others) > 1 or not all(map(title, others)):
                break  # prose between two heads: an article's own subheadings
            if others:
                if playing is not None:
                    break
                playing = lines[others[0]].strip()
            labels += len(between) - len(others)
            last = at[k]
            k += 1
        if not labels or len({_key(lines[i]) for i in at if first <= i <= last}) < PLAYLIST_HEADS:
            continue
        hi = last
        j = nonblank(last + 1)
        if j < len(lines) and playing is not None:
            t = lines[j].strip()
            m = _PLAYLIST_COUNT.fullmatch(t)
            if m is not None:
                hi = j
                got = []
                for _ in range(int(m.group(1))):
                    j = nonblank((got[-1] if got else hi) + 1)
                    if j >= len(lines) or not title(j):
                        break
                    got.append(j)
                if got and lines[got[0]].strip() == playing:
                    hi = got[-1] if len(got) == int(m.group(1)) else got[0]
            else:
                m = _RUNNING_TIME.fullmatch(t)
                if m is not None and m.group(1) == playing:
                    hi = j
        out += [(starts[i], starts[i] + len(lines[i])) for i in range(first, hi + 1) if lines[i].strip()]
    return out


# Built at import, not on the first text: the tables of the shared line scan
# (``_registry``: every text is scanned with them, whatever its language),
# about 0.04 s of CPU that a process which cleans anything pays anyway. The
# byline grammar (as much again) and the per-language and per-filter patterns
# stay compiled on first use, so that importing stays light. An error here
# (say, missing data files) is left for the first call to raise.
try:
    _registry()._screen_words
except Exception:  # pragma: no cover - raised again on first use
    pass
