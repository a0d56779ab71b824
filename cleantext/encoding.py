"""Decoding bytes and repairing text, with every change recorded and mappable.

Stage 1, ``decode``: bytes to ``str`` (policy in ``docs/encoding.md``).
Stage 2, ``repair``: mojibake and HTML entities (ftfy, typography kept), stray
markup tags, invisible characters and whitespace. The result is
``Report.source``; every change is a ``Repair`` with offsets both in ``source``
and in the caller's input.
"""

from __future__ import annotations

import bisect
import codecs
import difflib
import html
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

import chardet
import ftfy
import regex

from .core import Repair

__all__ = [
    "Decoded",
    "BinaryInputError",
    "decode",
    "repair",
    "InputMap",
]


class BinaryInputError(ValueError):
    """The input bytes are not text (e.g. a PDF, PNG or archive).

    Raised by ``decode`` (and so by ``clean`` on bytes) when the bytes carry a
    known binary file signature or are dominated by NUL and control bytes.
    ``kind`` names what was recognised.
    """

    def __init__(self, message: str, kind: str = "binary") -> None:
        super().__init__(message)
        self.kind = kind


class Segment(NamedTuple):
    """A run of decoded text: code points from ``char_start`` came from bytes
    starting at ``byte_start`` in ``codec``; ``codec is None`` marks one U+FFFD
    that replaced ``nbytes`` undecodable bytes."""

    char_start: int
    byte_start: int
    codec: str | None
    nbytes: int = 0


@dataclass(frozen=True)
class Decoded:
    """Result of ``decode``: ``text`` and how it was obtained.

    ``encoding``: the codec name used (the first one if the document was decoded
    part by part); ``segments``: how code points of ``text`` map to byte offsets;
    ``replaced_bytes``: bytes replaced by U+FFFD; ``notes``: human-readable notes
    on the decision (e.g. ``"chardet: windows-1252 (0.73)"``).
    """

    text: str
    encoding: str
    segments: tuple[Segment, ...]
    replaced_bytes: int = 0
    notes: tuple[str, ...] = ()


# ---------------------------------------------------------------------- decode

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of common binary formats piped in by mistake.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"RIFF", "RIFF media (WAV/AVI/WebP)"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 media"),
    (b"\x00\x00\x00\x20ftyp", "MP4 media"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (DOC/XLS)"),
)

# WHATWG: labels for ISO-8859-1 and ASCII mean windows-1252.
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
}


def _codec_name(name: str) -> str:
    n = name.strip().lower().replace("_", "-")
    n = _WHATWG_ALIASES.get(n, n)
    try:
        return codecs.lookup(n).name
    except LookupError:
        raise LookupError(
            f"unknown encoding {name!r}: use a name Python's codecs know, e.g. 'utf-8', "
            "'windows-1252', 'gb18030', 'shift_jis'"
        ) from None


def _check_binary(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # "MZ"/"ID3"/"BZh"/"RIFF" are short: require a control byte nearby
            # too, so a text that happens to start with "MZ" is not refused.
            if len(magic) < 4 and not regex.search(rb"[\x00-\x08\x0e-\x1a]", data[:64]):
                continue
            raise BinaryInputError(f"input is a {kind}, not text", kind)
    head = data[:4096]
    if head and not any(head.startswith(b) for b, _ in _BOMS):
        nul = head.count(0)
        if nul and not _looks_utf16(head):
            ctrl = sum(head.count(c) for c in b"\x00\x01\x02\x03\x04\x05\x06\x07\x0e\x0f\x10")
            if ctrl / len(head) > 0.1:
                raise BinaryInputError("input looks like binary data, not text", "binary")


def _looks_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit regularly on one parity (text in a
    Latin script encoded as UTF-16 without a BOM), else ``None``."""
    n = len(data) // 2 * 2
    if n < 4:
        return None
    even = data[0:n:2].count(0)
    odd = data[1:n:2].count(0)
    half = n // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _decode_with(data: bytes, codec: str, start: int = 0) -> tuple[str, list[Segment], int]:
    """Decode ``data[start:]`` with ``codec``; undecodable byte runs become one
    U+FFFD each and their own ``Segment``. Returns text, segments, bytes replaced."""
    text_parts: list[str] = []
    segs: list[Segment] = []
    replaced = 0
    pos = start
    chars = 0
    dec = codecs.getincrementaldecoder(codec)("strict")
    while pos <= len(data):
        try:
            t = codecs.decode(data[pos:], codec, "strict")
            if pos < len(data) or not segs:
                segs.append(Segment(chars, pos, codec))
            text_parts.append(t)
            break
        except UnicodeDecodeError as e:
            good = data[pos : pos + e.start]
            if good:
                t = codecs.decode(good, codec, "strict")
                segs.append(Segment(chars, pos, codec))
                text_parts.append(t)
                chars += len(t)
            bad = max(1, e.end - e.start)
            segs.append(Segment(chars, pos + e.start, None, bad))
            text_parts.append("\ufffd")
            chars += 1
            replaced += bad
            pos = pos + e.start + bad
            if pos == len(data):
                break
    del dec
    return "".join(text_parts), segs, replaced


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode bytes to text.

    Policy (reasons in ``docs/encoding.md``): a caller-given ``encoding`` always
    wins; else a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); else strict
    UTF-8; else chardet's guess, with ISO-8859-1 and ASCII read as windows-1252
    as browsers do (WHATWG Encoding Standard); short or low-confidence input
    falls back to windows-1252, which decodes every byte. UTF-8 with U+FFFD
    replacement is the last resort and is counted in ``replaced_bytes``.

    Raises ``BinaryInputError`` for binary data (PDF, images, archives, ...)
    and ``LookupError`` for an unknown ``encoding`` name. Never raises
    ``UnicodeDecodeError``: undecodable bytes are replaced and counted.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    notes: list[str] = []
    if encoding is not None:
        codec = _codec_name(encoding)
        text, segs, rep = _decode_with(data, codec)
        return Decoded(text, codec, tuple(segs), rep, (f"caller: {codec}",))
    if not data:
        return Decoded("", "utf-8", (Segment(0, 0, "utf-8"),))
    for bom, codec in _BOMS:
        if data.startswith(bom):
            # keep the BOM as U+FEFF: repair removes it and records that
            text, segs, rep = _decode_with(data, codec)
            return Decoded(text, codec, tuple(segs), rep, (f"byte-order mark: {codec}",))
    _check_binary(data)
    try:
        text = data.decode("utf-8")
        return Decoded(text, "utf-8", (Segment(0, 0, "utf-8"),), 0, ("strict utf-8",))
    except UnicodeDecodeError:
        pass
    u16 = _looks_utf16(data[:4096])
    if u16:
        text, segs, rep = _decode_with(data, u16)
        return Decoded(text, u16, tuple(segs), rep, (f"nul-byte pattern: {u16}",))
    guess = chardet.detect(data)
    name = (guess.get("encoding") or "").lower()
    conf = guess.get("confidence") or 0.0
    codec = None
    if name:
        try:
            codec = _codec_name(name)
        except LookupError:
            codec = None
    if codec and codec != "utf-8" and conf >= 0.2 and len(data) >= 32:
        notes.append(f"chardet: {codec} ({conf:.2f})")
    else:
        notes.append(
            f"chardet unsure ({name or 'none'}, {conf:.2f}, {len(data)} bytes): windows-1252"
        )
        codec = "cp1252"
    text, segs, rep = _decode_with(data, codec)
    if rep and codec != "utf-8":
        # the guess could not decode everything: last resort, recorded
        text, segs, rep = _decode_with(data, "utf-8")
        codec = "utf-8"
        notes.append("last resort: utf-8 with replacement characters")
    return Decoded(text, codec, tuple(segs), rep, tuple(notes))


# ---------------------------------------------------------------------- repair


class _Edit(NamedTuple):
    start: int  # code points in the step's input
    end: int
    after: str
    step: str


def _steps_of(name: str) -> list[str]:
    return name.split("+")


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
        edits.sort(key=lambda e: (e.start, e.end))
        parts: list[str] = []
        pos = 0
        for ed in edits:
            parts.append(text[pos : ed.start])
            parts.append(ed.after)
            pos = ed.end
        parts.append(text[pos:])
        ivs = [(it[2], it[3], 0, it) for it in self.items]
        ivs += [(e.start, e.end, 1, e) for e in edits]
        ivs.sort(key=lambda x: (x[0], x[1]))
        clusters: list[list] = []  # [cur_start, cur_end, olds, news]
        for s, e, kind, obj in ivs:
            if clusters and s <= clusters[-1][1]:
                c = clusters[-1]
                c[1] = max(c[1], e)
            else:
                c = [s, e, [], []]
                clusters.append(c)
            c[2 + kind].append(obj)
        new_items: list[list] = []
        delta = 0  # (cur - dec) length change of old items before the cursor
        shift = 0  # (new - cur) length change of new edits before the cursor
        for cs, ce, olds, news in clusters:
            ds = cs - delta
            for it in olds:
                delta += (it[3] - it[2]) - (it[1] - it[0])
            de = ce - delta
            growth = sum(len(e.after) - (e.end - e.start) for e in news)
            steps: list[str] = []
            for name in [it[4] for it in olds] + [e.step for e in news]:
                for st in _steps_of(name):
                    if st not in steps:
                        steps.append(st)
            new_items.append([ds, de, cs + shift, ce + shift + growth, "+".join(steps)])
            shift += growth
        self.items = new_items
        return "".join(parts)


# Cheap pre-checks: ftfy runs only on lines these find.
_MOJIBAKE_HINT = regex.compile(
    r"[ÃÂâÅÐÑØÙÚÛÜÝÞßàáãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
    r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    r"\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    r"|[\u0080-\u009f]|[\ud800-\udfff]"
)
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = regex.compile(
    r"</?(?:p|br|div|span|b|i|em|strong|u|a|li|ul|ol|h[1-6]|blockquote|figure|figcaption|"
    r"section|article|header|footer|small|sup|sub|hr|img|font|center|tr|td|th|table|tbody|thead)"
    r"(?:\s[^<>\n]{0,200})?/?>",
    regex.IGNORECASE,
)
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # entities are handled below with html.unescape
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)

# Whitespace normalisation (the rules in docs/encoding.md).
_WS_FIX = regex.compile(
    r"(?P<crlf>\r\n?)"
    r"|(?P<inv>[\u200b\u200c\u200d\u2060\ufeff\u00ad]+)"
    r"|(?P<vsp>[\u000b\u000c\u0085\u2028\u2029])"
    r"|(?P<usp>[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])"
)
_WS_LAYOUT = regex.compile(
    r"(?P<trail>[ \t]+(?=\n|\Z))"  # trailing spaces and tabs (whole blank lines too)
    r"|(?P<run>(?<=\S)(?:[ \t]{2,}|\t))"  # a run inside a line; indentation stays
)
_WS_LINES = regex.compile(
    r"(?P<blank>(?<=\n\n)\n+)"  # more than one blank line
    r"|(?P<lead>\A\n+)"  # blank lines at the start
    r"|(?P<end>\n+\Z)"  # line breaks at the end
)


def _line_edits(text: str, step: str, fixer) -> list[_Edit]:
    """Run ``fixer`` on the whole text and turn its changes into minimal edits."""
    fixed = fixer(text)
    if fixed == text:
        return []
    edits = []
    sm = difflib.SequenceMatcher(None, text, fixed, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op != "equal":
            edits.append(_Edit(a0, a1, fixed[b0:b1], step))
    return edits


def _fix_mojibake(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in regex.finditer(r"[^\n]+", text):
        line = m.group()
        if not _MOJIBAKE_HINT.search(line):
            continue
        for e in _line_edits(line, "mojibake", lambda s: ftfy.fix_text(s, _FTFY_CONFIG)):
            edits.append(_Edit(e.start + m.start(), e.end + m.start(), e.after, e.step))
    return edits


def _unescape_entities(text: str) -> list[_Edit]:
    """HTML character references (named, decimal, hex) and double-escaped ones
    (``&amp;eacute;``) become the characters they stand for (``html.unescape``)."""
    edits: list[_Edit] = []
    last_end = 0
    for m in _ENTITY.finditer(text):
        s, e = m.span()
        if s < last_end:
            continue
        ref = m.group()
        if ref.lower() == "&amp;":
            inner = _ENTITY.match("&" + text[e : e + 40])
            if inner is not None:
                val = html.unescape(inner.group())
                if val != inner.group():
                    end = e + inner.end() - 1
                    edits.append(_Edit(s, end, val, "html_entity"))
                    last_end = end
                    continue
        val = html.unescape(ref)
        if val != ref:
            edits.append(_Edit(s, e, val, "html_entity"))
            last_end = e
    return edits


def _strip_tags(text: str) -> list[_Edit]:
    return [_Edit(m.start(), m.end(), "", "markup_tag") for m in _TAG.finditer(text)]


def _fix_whitespace_chars(text: str) -> list[_Edit]:
    edits = []
    for m in _WS_FIX.finditer(text):
        k = m.lastgroup
        if k == "inv":
            edits.append(_Edit(m.start(), m.end(), "", "invisible"))
        else:
            edits.append(_Edit(m.start(), m.end(), " " if k == "usp" else "\n", "whitespace"))
    return edits


def _fix_spaces(text: str) -> list[_Edit]:
    return [
        _Edit(m.start(), m.end(), "" if m.lastgroup == "trail" else " ", "whitespace")
        for m in _WS_LAYOUT.finditer(text)
    ]


def _fix_lines(text: str) -> list[_Edit]:
    return [_Edit(m.start(), m.end(), "", "whitespace") for m in _WS_LINES.finditer(text)]


def repair(text: str, *, fix_text: bool = True) -> tuple[str, list[list]]:
    """Repair ``text``; return ``(source, changes)``.

    ``changes`` are sorted, disjoint ``[input_start, input_end, source_start,
    source_end, step]`` lists in code points of ``text`` and of ``source``;
    ``step`` names the repair steps that made the change, joined by ``+``.
    ``fix_text=False`` skips markup tags, entities and mojibake and applies only
    the whitespace rules. Never raises on any ``str``.
    """
    tr = _Trace()
    cur = text
    steps = (_strip_tags, _unescape_entities, _fix_mojibake) if fix_text else ()
    for step in steps + (_fix_whitespace_chars, _fix_spaces, _fix_lines):
        cur = tr.apply(cur, step(cur))
    return cur, tr.items


# --------------------------------------------------------------- input mapping


class InputMap:
    """Maps code-point offsets of ``Report.source`` back to the caller's input.

    ``anchors``: sorted, disjoint ``(dec_start, dec_end, src_start, src_end)``
    changes between the decoded text and ``source``; ``kind``: ``"str"`` (input
    offsets are code points) or ``"bytes"`` (input offsets are bytes, computed
    from ``decoded`` and its ``segments``).
    """

    __slots__ = ("kind", "anchors", "decoded", "segments", "_src_starts", "_seg_starts")

    def __init__(self, kind: str, anchors, decoded: str | None = None, segments=()) -> None:
        self.kind = kind
        self.anchors = tuple(tuple(a) for a in anchors)
        self.decoded = decoded
        self.segments = tuple(segments)
        self._src_starts = [a[2] for a in self.anchors]
        self._seg_starts = [s.char_start for s in self.segments]

    def source_to_decoded(self, off: int, *, end: bool = False) -> int:
        """Decoded-text offset of source offset ``off``. An offset inside a
        changed region maps to the region's start (``end=False``) or end
        (``end=True``), so a mapped span always covers whole changes."""
        i = bisect.bisect_right(self._src_starts, off) - 1
        if i < 0:
            return off
        ds, de, ss, se = self.anchors[i]
        if off > se:
            return de + off - se
        if ss == se:  # a deletion: starts go after it, ends before it
            return ds if end else de
        if off == ss:
            return ds
        if off == se:
            return de
        return de if end else ds

    def decoded_to_input(self, off: int) -> int:
        """Input offset (code point or byte) of decoded-text offset ``off``."""
        if self.kind == "str":
            return off
        i = bisect.bisect_right(self._seg_starts, off) - 1
        if i < 0:
            return 0
        seg = self.segments[i]
        if seg.codec is None:
            return seg.byte_start + (seg.nbytes if off > seg.char_start else 0)
        assert self.decoded is not None
        return seg.byte_start + len(
            self.decoded[seg.char_start : off].encode(seg.codec, "surrogatepass")
        )

    def to_input(self, off: int, *, end: bool = False) -> int:
        return self.decoded_to_input(self.source_to_decoded(off, end=end))


def build_repairs(source: str, decoded: str, changes: list, imap: InputMap) -> tuple[Repair, ...]:
    """Turn composed changes into ``Repair`` records with input offsets."""
    return tuple(
        Repair(
            step=step,
            source_start=ss,
            source_end=se,
            input_start=imap.decoded_to_input(ds),
            input_end=imap.decoded_to_input(de),
            before=decoded[ds:de],
            after=source[ss:se],
        )
        for ds, de, ss, se, step in changes
    )
