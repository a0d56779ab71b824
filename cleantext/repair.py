"""Stage 2 of the pipeline: repair decoded text, recording every change.

``repair`` removes stray markup tags, decodes HTML entities, repairs mojibake
(ftfy, with the typography kept), removes control and invisible characters and
normalises whitespace. The result is ``Report.source``; the changes it returns
are composed by ``_Trace`` so that each one maps a span of the decoded text to
a span of the source. Steps and their order: ``docs/encoding.md``.
"""

from __future__ import annotations

import bisect
import difflib
import html
import re
import unicodedata
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

import ftfy
import regex

__all__ = ["repair"]


# ---------------------------------------------------------------------- repair


class _Edit(NamedTuple):
    start: int  # code points in the step's input
    end: int
    after: str
    step: str


class _Trace:
    """Composes the edits of successive repair steps.

    ``items`` are sorted, disjoint ``[dec_start, dec_end, cur_start, cur_end,
    step]`` lists: ``decoded[dec_start:dec_end]`` became ``cur[cur_start:cur_end]``.
    Edits that overlap or touch an earlier change are merged with it, so every
    item is one contiguous change from the decoded text to the current text.
    """

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[list] = []

    def apply(self, text: str, edits: list[_Edit]) -> str:
        if not edits:
            return text
        edits.sort(key=_START_END)
        parts: list[str] = []
        pos = 0
        for ed in edits:
            parts.append(text[pos : ed.start])
            parts.append(ed.after)
            pos = ed.end
        parts.append(text[pos:])
        # Walk the earlier items and the new edits together in order of their
        # span in the current text (an item first on a tie), gathering what
        # overlaps or touches into clusters; each cluster becomes one item.
        # Earlier items never touch each other.
        olds = self.items
        n_old, n_new = len(olds), len(edits)
        new_items: list[list] = []
        append = new_items.append
        delta = 0  # (cur - dec) length change of old items before the cursor
        shift = 0  # (new - cur) length change of new edits before the cursor
        i = k = 0
        while k < n_new:
            ed = edits[k]
            s, e = ed.start, ed.end
            while i < n_old and olds[i][3] < s:  # an earlier change left alone
                it = olds[i]
                append([it[0], it[1], it[2] + shift, it[3] + shift, it[4]])
                delta += (it[3] - it[2]) - (it[1] - it[0])
                i += 1
            if (i == n_old or olds[i][2] > e) and (k + 1 == n_new or edits[k + 1].start > e):
                # the common case: one edit in text no earlier change touched
                growth = len(ed.after) - (e - s)
                append([s - delta, e - delta, s + shift, e + shift + growth, ed.step])
                shift += growth
                k += 1
                continue
            if i < n_old and olds[i][2] <= e:
                # the next most common case: one earlier item and one edit
                # that touch (a no-break space made a space, then the doubled
                # space it left made single), and nothing else touches them
                it = olds[i]
                hi = it[3] if it[3] > e else e
                if (i + 1 == n_old or olds[i + 1][2] > hi) and (k + 1 == n_new or edits[k + 1].start > hi):
                    cs = it[2] if it[2] < s else s
                    ds = cs - delta
                    delta += (it[3] - it[2]) - (it[1] - it[0])
                    growth = len(ed.after) - (e - s)
                    step = it[4] if it[4] == ed.step and "+" not in it[4] else _join_steps([it[4], ed.step])
                    append([ds, hi - delta, cs + shift, hi + shift + growth, step])
                    shift += growth
                    i += 1
                    k += 1
                    continue
            c_olds: list[list] = []
            c_news: list[_Edit] = []
            cs = ce = -1
            while True:
                if i < n_old and (k == n_new or (olds[i][2], olds[i][3]) <= (edits[k].start, edits[k].end)):
                    a, b, old = olds[i][2], olds[i][3], True
                elif k < n_new:
                    a, b, old = edits[k].start, edits[k].end, False
                else:
                    break
                if c_olds or c_news:
                    if a > ce:
                        break
                else:
                    cs = a
                if old:
                    c_olds.append(olds[i])
                    i += 1
                else:
                    c_news.append(edits[k])
                    k += 1
                if b > ce:
                    ce = b
            ds = cs - delta
            for it in c_olds:
                delta += (it[3] - it[2]) - (it[1] - it[0])
            de = ce - delta
            growth = sum(len(x.after) - (x.end - x.start) for x in c_news)
            step = _join_steps([it[4] for it in c_olds] + [x.step for x in c_news])
            append([ds, de, cs + shift, ce + shift + growth, step])
            shift += growth
        while i < n_old:
            it = olds[i]
            append([it[0], it[1], it[2] + shift, it[3] + shift, it[4]])
            i += 1
        self.items = new_items
        return "".join(parts)


_START_END = itemgetter(0, 1)


def _join_steps(names: list[str]) -> str:
    """The step names of merged changes, each once, in order: "a+b" and "b"
    give "a+b"."""
    steps: list[str] = []
    for name in names:
        for st in name.split("+"):
            if st not in steps:
                steps.append(st)
    return "+".join(steps)


# UTF-8 bytes read as windows-1252 or Latin-1 (the common mojibake): a lead byte
# C2-F4 shown as "Â".."ô" followed by continuation bytes 80-BF shown as C1
# controls, Latin-1 symbols or the windows-1252 punctuation that sits there.
_CONT = (
    r"\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# The same for windows-1251 (Cyrillic UTF-8 starts with D0/D1, shown as "Р"/"С").
_CONT_1251 = (
    r"\u0080-\u00bf\u0401-\u040f\u0451-\u045f\u0490\u0491"
    r"\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2116\u2122"
)
#: Cheap pre-check: ftfy runs only on lines where this finds likely mojibake:
#: a 2-, 3- or 4-byte UTF-8 sequence read as windows-1252/Latin-1 (the lead
#: letter must be followed by exactly the continuation characters such a
#: sequence produces, so "é’s", "süß" or "SÃO" do not fire), two letters of
#: Cyrillic UTF-8 read as windows-1251 in a row ("Рі" alone is Ukrainian, as
#: in "Рівне"; "РїРѕ" is mojibake), a lead letter followed by U+FFFD (a lossy
#: decode), a C1 control character or a surrogate code point.
_HINT_ALTERNATIVES = (
    rf"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}"
    rf"|(?:[\u0420\u0421][{_CONT_1251}]){{2}}|[\u00c2-\u00f4]\ufffd|[\u0080-\u009f]|[\ud800-\udfff]"
)
# The characters a match can start with: the lead letters, "Р" and "С" (all
# printable), C1 controls and surrogates (not printable, see _only_common_controls).
_HINT_LEADS = "".join(map(chr, range(0xC2, 0xF5))) + "\u0420\u0421"
_HINT_FIRST = f"[{_HINT_LEADS}\u0080-\u009f\ud800-\udfff]"
_MOJIBAKE_HINT = regex.compile(rf"(?={_HINT_FIRST})(?:{_HINT_ALTERNATIVES})")
_HINT_AT = regex.compile(_HINT_ALTERNATIVES)
# The standard library's engine scans for a leading character class faster
# than ``regex`` runs the whole pattern; used to skip to candidate characters
# before the full check.
_HINT_CANDIDATE = re.compile(_HINT_FIRST)
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_TAGS = (
    "p|br|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|section|article|header|"
    "footer|hr|tr|td|th|table|tbody|thead|center"
)
_INLINE_TAGS = "span|b|i|em|strong|u|a|small|sup|sub|img|font"
_TAG = rf"</?(?:{_BLOCK_TAGS}|{_INLINE_TAGS})(?:\s[^<>\n]{{0,200}})?/?>"
# A run of tags; not inside doubled angle brackets, which mark a template
# placeholder such as "<<footer>>" (left whole for the placeholders filter).
_TAGS = regex.compile(rf"(?<!<)(?:{_TAG})+(?!>)", regex.IGNORECASE)
_BLOCK = regex.compile(rf"</?(?:{_BLOCK_TAGS})[\s/>]", regex.IGNORECASE)
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # entities are handled by their own step (html.unescape)
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,  # typography stays as written
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,  # whitespace has its own rules
    fix_surrogates=True,
    remove_control_chars=True,
    normalization=None,
    explain=False,
)
# Characters that are changed one by one (docs/encoding.md), in two scans.
# Before the mojibake step: C0 controls other than tab and line breaks, DEL,
# zero-width characters and BOM, whose removal could join the two halves of a
# mojibake sequence. After it: C1 controls the mojibake step left (no
# windows-1252 character stands for them), soft hyphens (U+00AD is also a
# UTF-8 continuation byte read as windows-1252, part of mojibake such as
# "ä¸\u00ad" for 中), line breaks that become "\n" (U+0085 is one) and spaces
# that become " " (no-break space, also a continuation byte, as in "Ã\u00a0").
# Every character a fix applies to, as one plain character class, which the
# standard library's engine scans fast; ``_BEFORE_KINDS``/``_AFTER_KINDS`` below
# name the fix of each.
_CHARS_BEFORE_ANY = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
# A terminal escape sequence (ECMA-48) starts with ESC, a C0 control: the whole
# sequence goes with it, not only the ESC ("\x1b[31m" would leave "[31m").
# CSI: ESC [ parameter bytes 0x30-0x3F, intermediate bytes 0x21-0x2F (the
# standard allows a space too, but then a cut-off "ESC [1;31" would take the
# next word's first letter), a final byte 0x40-0x7E (colours, cursor moves);
# a control string: ESC ] (OSC: titles, hyperlinks), ESC P (DCS), ESC X, ESC ^,
# ESC _ up to BEL or ESC \, at most 512 characters; ESC, intermediate bytes
# 0x21-0x2F and a final byte (ESC ( B selects a character set); and the two-character
# escapes terminals use (ESC c resets, ESC 7 / ESC 8 save and restore the
# cursor, ESC = / ESC > set the keypad, ESC D/E/H/M/N/O/Z, ESC \).
_TERMINAL_ESCAPE = re.compile(
    "\x1b(?:\\[[0-?]*[!-/]*[@-~]|[\\]PX^_][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\\\)|[!-/]+[0-~]|[78=>DEHMNOZc\\\\])"
)
_CHARS_AFTER_ANY = re.compile(
    "[\x0b\x0c\r\x80-\x9f\u00a0\u00ad\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_CHAR_EDIT = {
    "ctl": ("", "control"),
    "crlf": ("\n", "whitespace"),
    "inv": ("", "invisible"),
    "vsp": ("\n", "whitespace"),
    "usp": (" ", "whitespace"),
}

# Spaces and tabs that may need a change: two or more, a tab, or a space at the
# end of a line. Single spaces between words, the common case, are not matched.
_WS_LINES = regex.compile(
    r"(?P<blank>(?<=\n\n)\n+)"  # more than one blank line
    r"|(?P<lead>\A\n+)"  # blank lines at the start
    r"|(?P<end>\n+\Z)"  # line breaks at the end
)
_TOKEN = regex.compile(r"\s+|\S+")


def _prefix_len(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b`` (slice comparisons run
    in C: O(n log n) character work, few Python steps)."""
    lo, hi = 0, min(len(a), len(b))
    if a[:hi] == b[:hi]:
        return hi
    while hi - lo > 1:  # a[:lo] == b[:lo] and a[:hi] != b[:hi]
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _suffix_len(a: str, b: str, limit: int) -> int:
    """Length of the common suffix of ``a`` and ``b``, at most ``limit``."""
    return _prefix_len(a[len(a) - limit :][::-1], b[len(b) - limit :][::-1])


#: Most word pairs ``_diff`` aligns with ``difflib`` (whose matcher takes
#: time quadratic in the words of a line): past it, the changed middle of a
#: line is reported as one edit.
_DIFF_CELLS = 40_000


def _diff(a: str, b: str, step: str, base: int) -> list[_Edit]:
    """Small edits turning ``a`` into ``b`` (offsets shifted by ``base``):
    common prefix and suffix are kept, the rest is aligned word by word (one
    to one when both have the same words and spaces, as a repair that
    changes letters leaves them; else with ``difflib`` up to
    ``_DIFF_CELLS`` word pairs, else as one edit). Linear time in the length
    of the line but for that bounded alignment."""
    if a == b:
        return []
    p = _prefix_len(a, b)
    s = _suffix_len(a, b, min(len(a), len(b)) - p)
    am, bm = a[p : len(a) - s], b[p : len(b) - s]
    ta, tb = _TOKEN.findall(am), _TOKEN.findall(bm)
    if len(ta) <= 1 or len(tb) <= 1:
        return [_Edit(base + p, base + p + len(am), bm, step)]
    oa = [0]
    for t in ta:
        oa.append(oa[-1] + len(t))
    ob = [0]
    for t in tb:
        ob.append(ob[-1] + len(t))
    edits = []
    if len(ta) == len(tb) and all(x[0].isspace() == y[0].isspace() for x, y in zip(ta, tb)):
        # the same words and spaces, some words changed ("CafÃ©" to "Café"):
        # aligned one to one, in linear time
        ops = [("replace", i, i + 1, i, i + 1) for i, (x, y) in enumerate(zip(ta, tb)) if x != y]
    elif len(ta) * len(tb) > _DIFF_CELLS:
        # a long line whose words changed in number: a word alignment would
        # take time quadratic in its length, so the changed middle is one edit
        return [_Edit(base + p, base + p + len(am), bm, step)]
    else:
        ops = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            continue
        x, y = am[oa[i1] : oa[i2]], bm[ob[j1] : ob[j2]]
        q = _prefix_len(x, y)
        r = _suffix_len(x, y, min(len(x), len(y)) - q)
        start = base + p + oa[i1] + q
        edits.append(_Edit(start, start + len(x) - q - r, y[q : len(y) - r], step))
    return edits


def _find_hint(text: str, pos: int, leads: list[str] | None = None):
    """First ``_MOJIBAKE_HINT`` match at or after ``pos``, or ``None``: jumps
    from candidate character to candidate character (a fast scan), and hands
    over to the full pattern when candidates are many (accented text).

    ``leads``, when given, says that ``text`` holds no C1 control and no
    surrogate, and of the lead letters only these: the hint can then only
    start at one of them, and each lead letter's own pattern finds it with
    the engine's scan for a literal first character, far cheaper than a scan
    for a character class."""
    if leads is not None:
        first = None
        for c in leads:
            m = _LEAD_HINT[c].search(text, pos)
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        return first
    for _ in range(32):
        c = _HINT_CANDIDATE.search(text, pos)
        if c is None:
            return None
        m = _HINT_AT.match(text, c.start())
        if m is not None:
            return m
        pos = c.start() + 1
    return _MOJIBAKE_HINT.search(text, pos)


def _fix_mojibake(
    text: str, lines: set[int] | None = None, leads: list[str] | None = None
) -> list[_Edit]:
    """ftfy on each line where ``_MOJIBAKE_HINT`` fires (only the lines
    starting at the offsets in ``lines``, if given); its changes as edits.
    ``leads``: see ``_find_hint``."""
    edits: list[_Edit] = []
    pos = 0
    while True:
        m = _find_hint(text, pos, leads)
        if m is None:
            return edits
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if lines is None or start in lines:
            line = text[start:end]
            edits += _diff(line, ftfy.fix_text(line, _FTFY_CONFIG), "mojibake", start)
        pos = end


def _matches_from(pattern: regex.Pattern, text: str, first: str):
    """``pattern.finditer(text)`` for a pattern whose every match starts with
    the character ``first``: the pattern is tried only where ``str.find``
    finds that character, which skips the text between far faster than the
    pattern engine walks it (lookbehinds still see the text before)."""
    pos = text.find(first)
    while pos >= 0:
        m = pattern.match(text, pos)
        if m is None:
            pos = text.find(first, pos + 1)
        else:
            yield m
            pos = text.find(first, m.end())


def _unescape_entities(text: str) -> list[_Edit]:
    """HTML character references (named, decimal, hex) and double-escaped ones
    (``&amp;eacute;``, ``&amp;amp;``) become the characters they stand for
    (``html.unescape``, the HTML5 named character references)."""
    edits: list[_Edit] = []
    last_end = 0
    for m in _matches_from(_ENTITY, text, "&"):
        s, e = m.span()
        if s < last_end:
            continue
        end = e
        val = m.group()
        while val.lower() == "&amp;":  # &amp;amp;... : unwrap every level
            inner = _ENTITY.match("&" + text[end : end + 40])
            if inner is None:
                break
            end += inner.end() - 1
            val = inner.group()
        val = html.unescape(val)
        if val != text[s:end]:
            edits.append(_Edit(s, end, val, "html_entity"))
            last_end = end
    return edits


_ZERO_WIDTH = "\ufeff\u200b\u200c\u200d\u2060"


def _strip_tags(text: str) -> list[_Edit]:
    """Stray markup tags. A run of tags holding a block tag (``<p>``,
    ``<br/>``, ``</li>`` ...) between two non-space characters becomes a line
    break, so the words on either side stay apart; other runs are deleted.
    Tags on an indented line (two spaces or a tab: a code sample) stay."""
    edits = []
    n = len(text)
    found = list(_matches_from(_TAGS, text, "<"))
    ls = -1  # the start of the line of the last tag (found from the last one on: linear)
    last = 0
    for k, m in enumerate(found):
        s, e = m.span()
        br = text.rfind("\n", last, s)
        if br >= 0 or ls < 0:
            ls = br + 1
            while ls < s and text[ls] in _ZERO_WIDTH:  # a BOM is removed later
                ls += 1
        last = s
        if text.startswith(("  ", "\t"), ls):
            continue  # an indented line is code (a <pre> block): its tags are content
        if _lone_tag(text, found, k):
            continue  # text about markup: "The <p> tag starts a paragraph."
        glue = s > 0 and e < n and not text[s - 1].isspace() and not text[e].isspace()
        after = "\n" if glue and _BLOCK.search(m.group()) else ""
        edits.append(_Edit(s, e, after, "markup_tag"))
    return edits


_BARE_TAG = regex.compile(r"</?[a-z1-6]+/?>", regex.IGNORECASE)
#: How far from a lone tag (code points, either side) ``_lone_tag`` looks for
#: a word that speaks of markup.
_TALK_REACH = 120
#: Words of a line that speaks of markup, in a few languages.
_MARKUP_TALK = regex.compile(
    r"\b(?:tags?|elements?|html|xhtml|xml|markup|attributes?|css|balise|balises|etiqueta|etiquetas|elemento|elementi)\b",
    regex.IGNORECASE,
)


def _lone_tag(text: str, found: list, k: int) -> bool:
    """Tag ``found[k]`` is one bare tag (no attributes, "<p>", "</b>") that
    stands as a word inside a line of prose that speaks of markup: a space
    before it and words before it on its line, a space and words or a
    punctuation mark after it, no other tag on its line, and a word such as
    "tag", "element" or "HTML" on it (``_MARKUP_TALK``): "The <p> tag starts a
    paragraph." Markup a scraper left comes in runs, in pairs, glued to the
    words it wrapped or alone on a line, or as one "<br>" between two
    sentences of a line that says nothing of markup."""
    m = found[k]
    s, e = m.span()
    if _BARE_TAG.fullmatch(m.group()) is None:
        return False
    before = text[s - 1] if s else "\n"
    after = text[e] if e < len(text) else "\n"
    if before not in " \t" or not (after in " \t" or after in ".,;:!?)\"'’”"):
        return False
    # words on its line on both sides (or its sentence's end right after it),
    # and the line speaks of markup: a lone "<br>" between two sentences is
    # the commonest thing a scraper leaves, "The <p> tag" is not. Both are
    # looked for near the tag, within ``_TALK_REACH`` code points (a line of
    # a page run together may be megabytes long: linear time)
    lo = max(0, s - _TALK_REACH)
    br = text.rfind("\n", lo, s)
    lo = lo if br < 0 else br + 1
    if not text[lo:s].strip():
        return False
    hi = min(len(text), e + _TALK_REACH)
    br = text.find("\n", e, hi)
    hi = hi if br < 0 else br
    if after in " \t" and not text[e:hi].strip():
        return False
    if _MARKUP_TALK.search(text, lo, hi) is None:
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(found):
            o = found[j].start() if j > k else found[j].end()
            lo, hi = (e, o) if j > k else (o, s)
            if text.find("\n", lo, hi) < 0:
                return False  # another tag on the same line (each gap is read at most twice: linear)
    return True


#: The zero-width non-joiner and joiner, which words and emoji need: "می‌خواهم"
#: (Persian), "क्‌ष" (Devanagari), "👩‍💻" (one emoji of three code points).
_JOINERS = "\u200c\u200d"


#: Scripts whose words need the joiners, by code point range: Arabic
#: (Persian, Urdu), Syriac, Thaana, N'Ko, the Indic scripts from Devanagari to
#: Sinhala, Myanmar, and the Arabic presentation forms (up to U+FEFC: U+FEFF
#: in the same block is the byte order mark, an invisible character that
#: binds nothing).
_JOINING = ((0x0600, 0x08FF), (0x0900, 0x0DFF), (0x1000, 0x109F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC))


def _joined(c: str) -> bool:
    """``c`` is a character that a joiner may bind: a letter or mark of a
    joining script (``_JOINING``), an emoji or other symbol, or an emoji
    variation selector (U+FE0F) or skin-tone modifier."""
    o = ord(c)
    if o < 0x0600:
        return False
    if any(lo <= o <= hi for lo, hi in _JOINING) or o == 0xFE0F or 0x1F3FB <= o <= 0x1F3FF:
        return True
    return unicodedata.category(c) == "So"


def _joins(text: str, i: int) -> bool:
    """The joiner at ``i`` stands alone between two characters it can bind
    (``_joined``), an emoji sequence or a word of a joining script: "👩‍💻",
    Persian "می‌خواهم", Devanagari "क्‍ष". One between Latin letters or digits
    ("Sh‍are", "0800‍123") only breaks search and tokens, and one at a word's
    edge, in a run of invisible characters or beside a control character is
    debris."""
    if i == 0 or i + 1 >= len(text):
        return False
    a, b = text[i - 1], text[i + 1]
    return _joined(a) and _joined(b)


def _char_edits(text: str, any_re: re.Pattern, kinds: dict[str, str]) -> list[_Edit]:
    """Edits for the characters ``any_re`` (one character class, which the
    standard library's engine scans fast) finds; ``kinds`` names each one's fix
    in ``_CHAR_EDIT``. Runs of controls or of invisible characters become one
    edit; CR LF becomes one line break."""
    edits: list[_Edit] = []
    run_start = run_end = -1
    run_kind = ""

    def flush() -> None:
        if run_end > run_start >= 0:
            after, step = _CHAR_EDIT[run_kind]
            edits.append(_Edit(run_start, run_end, after, step))

    skip_to = 0  # end of the last terminal escape sequence: inside it, nothing more to do
    for m in any_re.finditer(text):
        i = m.start()
        if i < skip_to:
            continue
        kind = kinds[text[i]]
        if kind == "inv" and text[i] in _JOINERS and _joins(text, i):
            continue  # an emoji sequence, a Persian or Indic word: the joiner is part of it
        if kind == "ctl" and text[i] == "\x1b":
            esc = _TERMINAL_ESCAPE.match(text, i)
            if esc is not None:
                skip_to = esc.end()
                if not (run_kind == "ctl" and i == run_end):
                    flush()
                    run_start, run_kind = i, "ctl"
                run_end = skip_to
                continue
        if kind in _RUN_KINDS and kind == run_kind and i == run_end:
            run_end = i + 1
            continue
        flush()
        run_start = run_end = -1
        run_kind = ""
        if kind in _RUN_KINDS:
            run_start, run_end, run_kind = i, i + 1, kind
        elif kind == "crlf":
            end = i + 2 if text.startswith("\n", i + 1) else i + 1
            edits.append(_Edit(i, end, "\n", "whitespace"))
        else:
            after, step = _CHAR_EDIT[kind]
            edits.append(_Edit(i, i + 1, after, step))
    flush()
    return edits


def _kinds(**groups: str) -> dict[str, str]:
    return {c: kind for kind, chars in groups.items() for c in chars}


_RUN_KINDS = frozenset({"ctl", "inv"})
_RANGE = lambda a, b: "".join(map(chr, range(ord(a), ord(b) + 1)))  # noqa: E731
_BEFORE_KINDS = _kinds(
    ctl=_RANGE("\x00", "\x08") + _RANGE("\x0e", "\x1f") + "\x7f",
    inv="\u200b\u200c\u200d\u2060\ufeff",
)
_AFTER_KINDS = _kinds(
    ctl=_RANGE("\x80", "\x84") + _RANGE("\x86", "\x9f"),
    crlf="\r",
    inv="\u00ad",
    vsp="\x0b\x0c\x85\u2028\u2029",
    usp="\u00a0\u1680" + _RANGE("\u2000", "\u200a") + "\u202f\u205f\u3000",
)


_EITHER_KINDS = {**_BEFORE_KINDS, **_AFTER_KINDS}
#: Line breaks other than "\n" that are never part of mojibake (NEL, 0x85,
#: is: it is "…" in Windows-1252), made "\n" before any other step.
_BREAK_KINDS = _kinds(crlf="\r", vsp="\x0b\x0c\u2028\u2029")
_BREAKS = "\r\x0b\x0c\u2028\u2029"
_BREAKS_ANY = re.compile(f"[{_BREAKS}]")


def _fix_chars_before(text: str) -> list[_Edit]:
    """C0 controls, DEL, zero-width characters and BOM (``_BEFORE_KINDS``)."""
    return _char_edits(text, _CHARS_BEFORE_ANY, _BEFORE_KINDS)


def _fix_chars_after(text: str) -> list[_Edit]:
    """Leftover C1 controls, soft hyphens, odd line breaks and spaces."""
    return _char_edits(text, _CHARS_AFTER_ANY, _AFTER_KINDS)


_CHARS_EITHER_ANY = re.compile(f"{_CHARS_BEFORE_ANY.pattern}|{_CHARS_AFTER_ANY.pattern}")


def _fix_chars_either(text: str) -> list[_Edit]:
    """``_fix_chars_after`` and ``_fix_chars_before`` in one scan: after the
    mojibake step, whose repairs may write any character ("â€‹" is a broken
    zero-width space), so the controls and invisible characters it writes go
    in the same pass as those the text had."""
    return _char_edits(text, _CHARS_EITHER_ANY, _EITHER_KINDS)


def _only_common_controls(text: str) -> bool:
    """True when the only characters of ``text`` that ``str.isprintable``
    rejects are line breaks, tabs and no-break spaces. None of the characters
    the two character steps change is printable, nor is a C1 control or a
    surrogate, so for such a text ``_fix_chars_before`` finds nothing and
    ``_fix_chars_after`` only no-break spaces. Most text passes, and this check
    runs in C at a fraction of the cost of a character-class scan."""
    return text.replace("\n", " ").replace("\t", " ").replace("\xa0", " ").isprintable()


def _no_break_spaces(text: str) -> list[_Edit]:
    """``_fix_chars_after`` for a text where ``_only_common_controls`` holds:
    each no-break space becomes a space (found with ``str.find``)."""
    edits = []
    i = text.find("\xa0")
    while i >= 0:
        edits.append(_Edit(i, i + 1, " ", "whitespace"))
        i = text.find("\xa0", i + 1)
    return edits


def _hint_leads(text: str) -> list[str]:
    """The lead letters of ``_MOJIBAKE_HINT`` that occur in ``text`` (one
    ``in`` test per letter). For a text where ``_only_common_controls``
    holds (so it has no C1 control or surrogate), the hint can only start at
    one of them: none, and it cannot fire at all."""
    return [c for c in _HINT_LEADS if c in text]


def _lead_hint(c: str) -> re.Pattern:
    """``_HINT_ALTERNATIVES`` for the matches that start with lead letter ``c``,
    alternatives in the same order."""
    if c in "\u0420\u0421":
        return re.compile(f"{c}[{_CONT_1251}][\u0420\u0421][{_CONT_1251}]")
    cont = 1 if c <= "\u00df" else 2 if c <= "\u00ef" else 3
    return re.compile(f"{c}(?:[{_CONT}]{{{cont}}}|\ufffd)")


_LEAD_HINT = {c: _lead_hint(c) for c in _HINT_LEADS}


def _fix_spaces(text: str) -> list[_Edit]:
    """Trailing spaces and tabs go (whole blank lines too); a run of spaces or
    a tab inside a line becomes one space; indentation at a line start stays."""
    n = len(text)
    if "  " not in text and "\t" not in text and " \n" not in text and not text.endswith(" "):
        return []  # the common case, found with fast substring scans
    runs: dict[int, int] = {}  # start -> end of each run of spaces and tabs to look at
    for needle in ("  ", "\t", " \n"):
        i = text.find(needle)
        while i >= 0:
            s = i
            while s > 0 and text[s - 1] in " \t":
                s -= 1
            e = i + 1
            while e < n and text[e] in " \t":
                e += 1
            runs[s] = e
            i = text.find(needle, e)
    if text.endswith((" ", "\t")):
        e = s = n
        while s > 0 and text[s - 1] in " \t":
            s -= 1
        runs[s] = e
    edits = []
    for s in sorted(runs):
        e = runs[s]
        if e == n or text[e] == "\n":
            edits.append(_Edit(s, e, "", "whitespace"))
        elif s > 0 and text[s - 1] != "\n" and text[s:e] != " ":
            edits.append(_Edit(s, e, " ", "whitespace"))
    return edits


def _fix_lines(text: str) -> list[_Edit]:
    """Line breaks at the start and at the end go; a run of three or more
    becomes two (one blank line). The rule is ``_WS_LINES``; the runs are found
    with substring scans (``str.find`` of "\n\n\n"), which are far cheaper than
    running that pattern, with its lookbehind, over every character."""
    n = len(text)
    edits = []
    pos = 0  # text[:pos] is settled
    while pos < n and text[pos] == "\n":  # (?P<lead>\A\n+)
        pos += 1
    if pos:
        edits.append(_Edit(0, pos, "", "whitespace"))
    tail = n  # (?P<end>\n+\Z): the final run, unless the lead run took it
    while tail > pos and text[tail - 1] == "\n":
        tail -= 1
    i = text.find("\n\n\n", pos, tail)
    while i >= 0:  # (?P<blank>(?<=\n\n)\n+): i starts a run inside [pos, tail)
        e = i + 3
        while text[e] == "\n":  # the run stops before tail: text[tail - 1] != "\n"
            e += 1
        edits.append(_Edit(i + 2, e, "", "whitespace"))
        i = text.find("\n\n\n", e, tail)
    if tail < n:
        edits.append(_Edit(tail, n, "", "whitespace"))
    return edits


def _lines_to_recheck(text: str, edits: list[_Edit], leads: list[str] | None = None) -> set[int]:
    """Start offsets of the lines of ``text`` (the result of ``edits``) that
    an edit changed and where ``_MOJIBAKE_HINT`` still fires: a removed
    control or a no-break space turned into a space can make ftfy see
    mojibake it declined before, or join two halves of a sequence."""
    starts: set[int] = set()
    line_end = -1  # end of the last line looked at: each line is checked once
    shift = 0
    for e in sorted(edits, key=lambda e: e.start):
        a = e.start + shift
        shift += len(e.after) - (e.end - e.start)
        if a <= line_end:
            continue
        ls = text.rfind("\n", 0, a) + 1
        le = text.find("\n", a)
        line_end = len(text) if le < 0 else le
        if _find_hint(text[ls:line_end], 0, leads) is not None:
            starts.add(ls)
    return starts


#: At most this many rounds of the mojibake step and the character fixes after
#: it: a fix on a line where the pre-check still fires (a C1 control or soft
#: hyphen removed, a no-break space made a space) sends that line to ftfy once
#: more, so that repair is idempotent: repairing its output changes nothing.
_MOJIBAKE_ROUNDS = 3


def repair(text: str, *, fix_text: bool = True) -> tuple[str, list[list]]:
    """Repair ``text``; return ``(source, changes)``.

    ``changes`` are sorted, disjoint ``[input_start, input_end, source_start,
    source_end, step]`` lists in code points of ``text`` and of ``source``;
    ``step`` names the repair steps that made the change, joined by ``+`` when
    several touched the same place (e.g. ``"html_entity+whitespace"`` for an
    ``&nbsp;`` that became a space). Steps, in order: ``whitespace`` for
    line breaks (CR, CR LF, form feed, line and paragraph separators become
    ``\n``), ``html_entity``, ``markup_tag`` (so escaped markup,
    ``&lt;p&gt;``, goes too), ``control`` and ``invisible`` (C0 controls,
    zero-width characters), ``mojibake``, then ``control``, ``invisible`` and
    ``whitespace`` (C1 leftovers, soft hyphens, NEL, spaces; after a mojibake
    repair also what it wrote) with the whitespace layout rules, repeated on
    the lines they changed while the mojibake pre-check still fires there
    (docs/encoding.md).
    ``fix_text=False`` skips entities, markup tags and mojibake. Never raises
    on any ``str``.
    """
    tr = _Trace()
    cur = text
    # line breaks first: whether "<b>" is markup depends on where its line
    # starts ("\t\r<b>" is "\t" and a line "<b>"), so the markup step must
    # see the lines the output will have
    if any(map(cur.__contains__, _BREAKS)):  # five scans at memory speed; a class scan is slower
        cur = tr.apply(cur, _char_edits(cur, _BREAKS_ANY, _BREAK_KINDS))
    if fix_text:
        cur = tr.apply(cur, _unescape_entities(cur))
        tags = _strip_tags(cur)
        cur = tr.apply(cur, tags)
        if tags and "&" in cur:  # a reference split by a tag: "&am<b>p;"
            cur = tr.apply(cur, _unescape_entities(cur))
    # Most text needs no character-class scan (see _only_common_controls), and
    # then the mojibake pre-check only looks for the lead letters it holds
    # (``leads``, see _find_hint; none: it cannot fire). Both stay true while
    # the only changes are no-break spaces made spaces.
    common = _only_common_controls(cur)
    leads = _hint_leads(cur) if common and fix_text else None
    hint = fix_text and leads != []
    if not common:
        cur = tr.apply(cur, _fix_chars_before(cur))
    lines = None  # first round: every line
    for _ in range(_MOJIBAKE_ROUNDS if fix_text else 1):
        fixed = _fix_mojibake(cur, lines, leads) if hint else []
        if fixed:
            cur = tr.apply(cur, fixed)
            common, leads = False, None  # ftfy may have written anything
            after = _fix_chars_either(cur)
        else:
            after = _no_break_spaces(cur) if common else _fix_chars_after(cur)
        cur = tr.apply(cur, after)
        lines = _lines_to_recheck(cur, after, leads) if hint and after else None
        # a tab or a run of spaces made one space can also make a hint
        # ("Â\t" becomes "Â "), so the space rules belong to the round too;
        # they never touch a line break, so the lines found above keep
        # their numbers
        spaces = _fix_spaces(cur)
        if spaces:
            before = cur
            cur = tr.apply(cur, spaces)
            if hint:
                more = _space_lines_to_recheck(before, cur, spaces, leads)
                if lines:  # their offsets, moved by the space edits
                    more |= _same_lines(before, cur, lines)
                lines = more
        if not lines:
            break
    cur = tr.apply(cur, _fix_lines(cur))
    return cur, tr.items


_HINT_FIRST_RE = re.compile(_HINT_FIRST)


def _space_lines_to_recheck(old: str, new: str, edits: list[_Edit], leads: list[str] | None) -> set[int]:
    """Start offsets in ``new`` (``old`` after the space rules' ``edits``) of
    the lines where a space an edit wrote can complete a ``_MOJIBAKE_HINT``
    match, or end the line right after one (ftfy judges a sequence by what
    follows it: "â€™é  " is left alone, "â€™é" repaired): a match is at most
    four characters long, so only an edit with a possible first character of
    one in the three characters before it can, and then only if the hint
    fires on its line."""
    near = [e for e in edits if _HINT_FIRST_RE.search(old, max(0, e.start - 3), e.start)]
    if not near:
        return set()
    old_starts = list(accumulate(map((1).__add__, map(len, old.split("\n"))), initial=0))
    new_starts = list(accumulate(map((1).__add__, map(len, new.split("\n"))), initial=0))
    out = set()
    for e in near:
        k = bisect.bisect_right(old_starts, e.start) - 1
        ls, le = new_starts[k], new_starts[k + 1] - 1
        if _find_hint(new[ls:le], 0, leads) is not None:
            out.add(ls)
    return out


def _same_lines(old: str, new: str, starts: set[int]) -> set[int]:
    """The start offsets in ``new`` of the lines that start at ``starts`` in
    ``old``, where ``new`` has the same lines as ``old`` (only spaces and
    tabs changed)."""
    old_starts = list(accumulate(map((1).__add__, map(len, old.split("\n"))), initial=0))
    new_starts = list(accumulate(map((1).__add__, map(len, new.split("\n"))), initial=0))
    return {new_starts[bisect.bisect_left(old_starts, s)] for s in starts}
