"""Structural classifier: main content versus page chrome, from plain text.

``structure(text) -> list[Span]`` (prototype v2).
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

from .core import Span

__all__ = ["structure"]

# --------------------------------------------------------------- constants

LONG = 120          # weighted chars: a line this long with prose evidence is GOOD
MEDIUM = 50         # weighted chars: a shorter sentence-like line is NEAR
ITEM_LEN = 25       # weighted chars: a non-prose line this long is an ITEM, shorter a LABEL
CJK_WEIGHT = 2      # extra weight per CJK char (one CJK char ~ three Latin chars)
SD_GOOD = 0.22      # stopword density of prose
SD_NEAR = 0.15
TITLE_CASE = 0.75   # share of capitalised content words that makes a line a title/label
NEAR_GAIN = 0.5
SOFT_COST = 8
ITEM_COST = 12
LABEL_COST = 20     # escalates: the k-th label in a row costs k * LABEL_COST
BAD_COST = 40       # escalates likewise
HEAD_LOOKBACK = 15
MIN_MASS = 300
COMMENT_HEAD_MAX = 160
STAMP_WINDOW = 20
STAMP_FIRST = 4
STAMP_MIN = 2
STAMP_MAX_LEN = 120
LIST_MAX = 200
PAGE_MIN_LINES = 8  # shorter texts are not pages: only in-body cues apply

GOOD, NEAR, SOFT, ITEM, LABEL, BAD = 5, 4, 3, 2, 1, 0
_NAMES = {GOOD: "G", NEAR: "N", SOFT: "s", ITEM: "i", LABEL: "l", BAD: "B", None: " "}

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_WORD = regex.compile(r"[\p{L}\p{N}'’]+")
_TERMINAL = regex.compile(r"[.!?。！？…][\"'”’»)\]]*$")
_QUOTES = "\"'“”‘’«»„‚「『—–-"
_CJK_PUNCT = regex.compile(r"[。，、！？；：]")
_SEPS = regex.compile(r"\s[|»›•·/]\s|^\s*[|»›•·]|[|»›•·]\s*$")
_BULLET = regex.compile(r"(?:[-–—•·▪●◦*+]|\d{1,3}[.)]|[a-z][.)])\s+\S")
_CODE = regex.compile(r"[;{}]\s*$|^\s*[}\])]|^\s*(?:\$|>>>|#include|import |def |class |return\b|function\b|var |let |const )|[=(]\s*[\"'`\[{(]|\w\(.*\)")
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STAMP = regex.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d\b"
    r"|\b" + _MON + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+" + _MON + r",?\s+(?:19|20)?\d\d\b"
    r"|\b(?:says|said|wrote|schreibt|a écrit|escribió|dice)\s*:?\s*$"
    r"|^\W*(?:reply|antworten|responder|répondre|rispondi)\b",
    regex.IGNORECASE,
)


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    base = resources.files(__package__).joinpath("patterns", "stopwords")
    out = {}
    for f in base.iterdir():
        if not f.name.endswith(".txt"):
            continue
        words = [
            w.strip().lower()
            for w in f.read_text("utf-8").splitlines()
            if w.strip() and not w.startswith("#")
        ]
        out[f.name[:-4]] = frozenset(words)
    return out


@functools.cache
def _cues() -> dict[str, regex.Pattern]:
    raw = resources.files(__package__).joinpath("patterns", "structure.re").read_text("utf-8")
    sec: dict[str, list[str]] = {}
    cur = ""
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            continue
        sec.setdefault(cur, []).append(line)
    return {
        k: regex.compile("(?:" + "|".join(f"(?:{p})" for p in v) + ")", regex.IGNORECASE)
        for k, v in sec.items()
    }


@functools.cache
def _word_langs() -> dict[str, tuple[str, ...]]:
    idx: dict[str, list[str]] = {}
    for lang, ws in _stopwords().items():
        if lang in ("zh", "ja"):
            continue
        for w in ws:
            idx.setdefault(w, []).append(lang)
    return {w: tuple(v) for w, v in idx.items()}


@functools.cache
def _cjk_func(lang: str) -> regex.Pattern:
    chars = "".join(sorted(_stopwords()[lang]))
    return regex.compile("[" + regex.escape(chars) + "]")


def _language(lines: list[str]) -> tuple[str | None, bool]:
    """Guess the language from stopword hits in the longest lines."""
    sample = []
    total = 0
    for ln in lines:
        if len(ln) >= 60:
            sample.append(ln)
            total += len(ln)
            if total > 8000:
                break
    if not sample:
        sample = lines[:200]
    s = "\n".join(sample)
    cjk = len(_CJK.findall(s))
    if cjk > 0.3 * len(s):
        kana = len(regex.findall(r"[\p{Hiragana}\p{Katakana}]", s))
        return ("ja" if kana > 0.1 * cjk else "zh"), True
    idx = _word_langs()
    hits: dict[str, int] = {}
    ws = _WORD.findall(s.lower())
    for w in ws:
        ls = idx.get(w)
        if ls:
            for l in ls:
                hits[l] = hits.get(l, 0) + 1
    if not hits:
        return None, False
    best = max(hits, key=hits.__getitem__)
    if hits[best] < 0.1 * max(1, len(ws)):
        return None, False
    return best, False


def _kadane(score, lo, hi):
    best = cur = 0.0
    a = b = -1
    cs = lo
    for i in range(lo, hi):
        v = score[i]
        if v == 0 and cur > 0:
            continue
        if cur <= 0:
            cur = v
            cs = i
        else:
            cur += v
        if cur > best:
            best, a, b = cur, cs, i
    return a, b, best


def _stamped(raw, cls, h, hi):
    """Comment evidence after line h: at least STAMP_MIN non-adjacent short
    lines with a date, a time or a reply label among the next STAMP_WINDOW
    lines, the first within STAMP_FIRST lines."""
    seen = 0
    last = -2
    hits = 0
    i = h + 1
    while i < hi and seen < STAMP_WINDOW:
        s = raw[i]
        if cls[i] is not None:
            seen += 1
            if len(s) <= STAMP_MAX_LEN and _STAMP.search(s):
                if i > last + 1:
                    hits += 1
                last = i
            elif hits == 0 and seen >= STAMP_FIRST:
                return False
        i += 1
    return hits >= STAMP_MIN


def _classify(raw, stop, func, cjk_doc):
    n = len(raw)
    cls = [None] * n
    wl = [0] * n
    keys: dict[str, int] = {}
    for i, ln in enumerate(raw):
        s = ln.strip()
        if not s:
            continue
        k = s.casefold()
        keys[k] = keys.get(k, 0) + 1
    for i, ln in enumerate(raw):
        s = ln.strip()
        if not s:
            continue
        L = len(s)
        c = len(_CJK.findall(s)) if cjk_doc else 0
        w = L + CJK_WEIGHT * c
        wl[i] = w
        term = _TERMINAL.search(s) is not None
        if "©" in s or len(_SEPS.findall(s)) >= 2:
            cls[i] = BAD
            continue
        if cjk_doc and c > 0.3 * L:
            punct = len(_CJK_PUNCT.findall(s))
            sd = len(func.findall(s)) / c
            prose = punct >= 1 and sd >= 0.05
            titled = False
            nstop = 0
            nw = c
        else:
            words = _WORD.findall(s.lower())
            nw = len(words)
            nstop = sum(map(stop.__contains__, words)) if stop else 0
            sd = nstop / nw if nw else 0.0
            prose = sd >= SD_GOOD if stop else (term and nw >= 8)
            content = [t for t in s.split() if t[:1].isalpha() and t.lower() not in stop]
            titled = bool(content) and sum(1 for t in content if t[0].isupper()) >= TITLE_CASE * len(content) and nw >= 2
        if w >= LONG and (prose or (sd >= SD_NEAR and term)):
            cls[i] = GOOD
        elif w >= MEDIUM and (prose or term) and not (titled and not term):
            cls[i] = NEAR
        elif (
            (term and nw >= 2 and not titled)
            or (term and s[:1] in _QUOTES)
            or (s.endswith(":") and nw >= 3 and not titled)
            or _BULLET.match(s)
            or (s[:1].islower() and nw >= 3)
            or (nstop >= 2 and sd >= SD_GOOD and not titled)
            or (cjk_doc and c and _CJK_PUNCT.search(s) is not None)
            or ln[:1] in " \t"
            or _CODE.search(s)
        ):
            cls[i] = SOFT
        elif w >= ITEM_LEN:
            cls[i] = ITEM
        else:
            cls[i] = LABEL
    return cls, wl, keys


def structure(text: str) -> list[Span]:
    """Structural boilerplate classifier (prototype)."""
    if not text or not text.strip():
        return []
    return _analyse(text)[0]


def _analyse(text: str):
    raw = text.split("\n")
    n = len(raw)
    starts = []
    pos = 0
    for ln in raw:
        starts.append(pos)
        pos += len(ln) + 1
    lang, cjk_doc = _language(raw)
    stop = _stopwords().get(lang, frozenset()) if lang and not cjk_doc else frozenset()
    func = _cjk_func(lang) if cjk_doc else None
    cls, wl, keys = _classify(raw, stop, func, cjk_doc)

    # main region: maximum-sum run of lines (Finn et al.'s body text extraction)
    score = [0.0] * n
    run = 0
    for i in range(n):
        c = cls[i]
        if c is None:
            continue
        if c == GOOD:
            score[i] = wl[i]
            run = 0
        elif c == NEAR:
            score[i] = wl[i] * NEAR_GAIN
            run = 0
        elif c == SOFT:
            score[i] = -SOFT_COST
        elif c == ITEM:
            score[i] = -ITEM_COST
        elif c == LABEL:
            run += 1
            score[i] = -LABEL_COST * run
        else:
            run += 1
            score[i] = -BAD_COST * run
    a, b, best = _kadane(score, 0, n)
    info = dict(cls=cls, a=a, b=b, lang=lang, comment_from=None, head=None)
    if a < 0:
        info["keep"] = [True] * n
        return [], info
    b0 = b

    # comment section
    cues = _cues()
    chead, clabel = cues["comment_head"], cues["comment_label"]
    comment_from = None
    for h in range(n):
        if cls[h] is None or len(raw[h]) > COMMENT_HEAD_MAX or h > b:
            if h > b:
                break
            continue
        t = raw[h].strip()
        strong = chead.fullmatch(t) is not None
        if not strong and clabel.fullmatch(t) is None:
            continue
        stamped = _stamped(raw, cls, h, n)
        if h > a:
            mass = sum(v for v in score[a:h] if v > 0)
            rest = any(cls[i] == GOOD for i in range(h + 1, b + 1))
            if stamped or (mass >= MIN_MASS and (strong or not rest)):
                comment_from = h
                nb = h - 1
                while nb > a and score[nb] <= 0:
                    nb -= 1
                b = nb
                break
        elif stamped:
            a2, b2, best2 = _kadane(score, 0, h)
            if best2 > 0:
                a, b = a2, b2
                comment_from = h
                break

    # grow over adjacent content-like lines (sentences, fragments, list items)
    limit = comment_from if comment_from is not None else n
    j = b + 1
    while j < limit and (cls[j] is None or cls[j] >= SOFT):
        if cls[j] is not None:
            b = j
        j += 1
    j = a - 1
    while j >= 0 and (cls[j] is None or cls[j] >= SOFT):
        if cls[j] is not None:
            a = j
        j -= 1

    # headline just before the body
    title = " ".join(raw[0].split()).casefold()
    head = None
    for j in range(a - 1, max(0, a - 1 - HEAD_LOOKBACK), -1):
        if cls[j] is None:
            continue
        k = " ".join(raw[j].split()).casefold()
        if len(k) >= 10 and (k in title or (len(title) >= 10 and title in k)):
            head = j
            break
    if head is None:
        j = a - 1
        while j > 0 and cls[j] is None:
            j -= 1
        if j >= 0 and cls[j] in (LABEL, ITEM, SOFT, NEAR):
            t = raw[j].strip()
            if not t.endswith((".", ":", "!")) and len(t.split()) >= 3 and not _STAMP.search(t):
                head = j

    # decisions
    page = sum(1 for c in cls if c is not None) >= PAGE_MIN_LINES
    reason: list[str | None] = ["outside_main_content" if page else None] * n
    for i in range(a, b + 1):
        reason[i] = None
    # tail: a list announced by a colon at the end of the body
    if raw[b].rstrip().endswith(":"):
        j = b + 1
        while j < n and j - b <= LIST_MAX and cls[j] != BAD and cls[j] not in (GOOD,):
            if cls[j] is not None and (comment_from is not None and j >= comment_from):
                break
            reason[j] = None
            j += 1
    if head is not None:
        reason[head] = None
        for j in range(head + 1, a):
            if cls[j] in (GOOD, NEAR):
                reason[j] = None
    # runs of labels and items inside the body
    i = a
    while i <= b:
        if cls[i] in (GOOD, NEAR) or cls[i] is None or reason[i] is not None:
            i += 1
            continue
        j = i
        members = []
        while j <= b and cls[j] not in (GOOD, NEAR):
            if cls[j] is not None:
                members.append(j)
            j += 1
        prev = i - 1
        while prev >= 0 and cls[prev] is None:
            prev -= 1
        colon = prev >= 0 and raw[prev].rstrip().endswith(":")
        if len(members) >= 2 and not colon:
            for m in members:
                if cls[m] in (LABEL, ITEM, BAD) and m != head:
                    reason[m] = "menu_run"
        else:
            for m in members:
                if cls[m] == BAD:
                    reason[m] = "short_boilerplate"
        i = j
    if comment_from is not None:
        for i in range(comment_from, b0 + 1):
            if reason[i] is not None:
                reason[i] = "comment_section"

    out: list[Span] = []
    for i in range(n):
        r = reason[i]
        if r is not None and cls[i] is not None:
            ln = raw[i]
            lo = len(ln) - len(ln.lstrip())
            hi = len(ln.rstrip())
            out.append(Span(starts[i] + lo, starts[i] + hi, r))
    info.update(a=a, b=b, head=head, comment_from=comment_from, keep=[r is None for r in reason])
    return out, info
