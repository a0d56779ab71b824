"""Stage 1 of the pipeline: bytes in any charset to ``str``.

``decode`` reads a BOM, the NUL-byte pattern of UTF-16/32, ISO-2022 escape
sequences, strict UTF-8, UTF-8 mixed with windows-1252, and otherwise asks
chardet, keeping only WHATWG superset substitutions; the policy and its
reasons are in ``docs/encoding.md``. Every decoded code point keeps its byte
offset (``Segment``), so removals map back to the input bytes.
"""

from __future__ import annotations

import codecs
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

import chardet
import regex

__all__ = ["BinaryInputError", "Segment", "Decoded", "decode", "plausibility_penalty"]


class BinaryInputError(ValueError):
    """The input bytes are not text (e.g. a PDF, PNG or archive).

    Raised by ``decode`` (and so by ``clean`` on bytes) when the bytes start
    with a known binary file signature (PDF, PNG, JPEG, GIF, ZIP, gzip, bzip2,
    xz, zstd, 7-Zip, ELF, Windows executable, RIFF, Ogg, MP3, MP4, SQLite, OLE)
    or when more than 10% of the first 4096 bytes are NUL and other control
    bytes that no text encoding explains. ``kind`` names what was recognised
    (e.g. ``"PDF document"``, or ``"binary"``). It subclasses ``ValueError``.
    The command line maps it to exit status 1 with one message naming the file.
    """

    def __init__(self, message: str, kind: str = "binary") -> None:
        super().__init__(message)
        self.kind = kind


class Segment(NamedTuple):
    """A run of decoded text: code points from ``char_start`` came from bytes
    starting at ``byte_start``, decoded with ``codec``; ``codec is None`` marks
    one U+FFFD that replaced ``nbytes`` undecodable bytes. A segment ends where
    the next one starts (or at the end of the text and of the bytes)."""

    char_start: int
    byte_start: int
    codec: str | None
    nbytes: int = 0


@dataclass(frozen=True)
class Decoded:
    """Result of ``decode``: ``text`` and how it was obtained.

    ``encoding``: the Python codec name used (for a document decoded part by
    part, the main one, ``"utf-8"``); ``segments``: how code points of ``text``
    map to byte offsets of the input (see ``Segment``); ``replaced_bytes``:
    number of input bytes replaced by U+FFFD; ``notes``: how the charset was
    chosen, human-readable (e.g. ``"chardet: cp1251 (0.76)"``).
    """

    text: str
    encoding: str
    segments: tuple[Segment, ...]
    replaced_bytes: int = 0
    notes: tuple[str, ...] = ()


# ---------------------------------------------------------------------- decode

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
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

#: Labels decoded with a superset codec, as browsers do (WHATWG Encoding
#: Standard, "Encodings" table): the superset decodes everything the subset
#: does, identically, and also the bytes the subset leaves undefined.
_SUPERSET = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}

#: Codecs a detector may pick: the legacy encodings of the WHATWG Encoding
#: Standard (what web pages are actually written in). DOS, EBCDIC and other
#: exotic code pages that detectors sometimes return for short inputs are not
#: among them.
_WEB_CODECS = frozenset(
    codecs.lookup(n).name
    for n in (
        "utf-8 utf-16-le utf-16-be utf-32-le utf-32-be cp866 iso8859-2 iso8859-3 "
        "iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8 iso8859-10 iso8859-13 "
        "iso8859-14 iso8859-15 iso8859-16 koi8-r koi8-u mac-roman mac-cyrillic cp874 "
        "cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 gb18030 "
        "big5hkscs euc_jp iso2022_jp cp932 cp949"
    ).split()
)

#: Codecs compared by plausibility for short or uncertain input: the web
#: encodings except the Mac ones, which pages hardly use any more but whose
#: symbol-heavy upper halves make short Latin text look plausible.
_GUESSABLE = _WEB_CODECS - {"mac-roman", "mac-cyrillic"}

#: Caller-given codecs that read a BOM, and the explicit codecs that keep it.
_BOM_FAMILIES = {
    "utf-16": ("utf-16-le", "utf-16-be"),
    "utf-32": ("utf-32-le", "utf-32-be"),
    "utf-8-sig": ("utf-8",),
}

#: Codecs whose output for a piece of text depends on what came before (shift
#: states, byte-order marks): offsets in them are found by re-running the decoder.
_STATEFUL = ("iso2022", "utf-7", "hz", "utf-8-sig")

#: Input shorter than this (bytes) is "short": a detector's statistics are
#: unreliable and the candidates are compared by plausibility instead.
SHORT_INPUT = 32
#: Detector confidence below which the candidates are compared by plausibility.
MIN_CONFIDENCE = 0.2
#: Non-ASCII bytes from which chardet's ranking breaks ties between equally
#: plausible readings (below it, windows-1252 does).
RANKING_MIN_HIGH_BYTES = 8
#: Bytes of the input the detector and the plausibility score look at.
SAMPLE_BYTES = 65536

_ASCII = bytes(range(128))
_ERRORS = "cleantext-record"
_CONTROLS_IN_TEXT = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_local = threading.local()


def _record(exc: UnicodeError):
    """Codec error handler: remember the undecodable byte range and replace it
    with one U+FFFD (the maximal-subpart rule of Unicode, chapter 3)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _local.errors.append((exc.start, exc.end))
    return "\ufffd", exc.end


def _lenient(data: bytes, codec: str) -> tuple[str, list[tuple[int, int]]]:
    """``data`` decoded with ``codec``, undecodable ranges replaced by U+FFFD;
    returns the text and the ``(start, end)`` byte ranges that were replaced."""
    try:
        codecs.lookup_error(_ERRORS)
    except LookupError:
        codecs.register_error(_ERRORS, _record)
    _local.errors = errs = []
    try:
        text = codecs.decode(data, codec, _ERRORS)
    finally:
        _local.errors = None
    return text, errs


def _codec_name(name: str) -> str:
    """Python codec name for an encoding label, with the WHATWG superset rule."""
    try:
        n = codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        raise LookupError(
            f"unknown encoding {name!r}: use a name Python's codecs know, e.g. 'utf-8', "
            "'windows-1252', 'gb18030', 'shift_jis'"
        ) from None
    return _SUPERSET.get(n, n)


#: Bytes that only binary data holds in number (``_check_binary``).
_BINARY_CONTROLS = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
#: A head of the input with a NUL and more than this share of those bytes is
#: binary, unless it decodes as UTF-16 with fewer than this many errors.
BINARY_CONTROL_SHARE = 0.05
BINARY_UTF16_ERRORS = 3
#: ... and at least this many different control byte values occur (random
#: data has all 27 in 4 KiB and about 17 in 256 bytes).
BINARY_CONTROL_KINDS = 12


def _check_binary(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # "MZ"/"ID3"/"BZh"/"RIFF" are short: require a control byte nearby
            # too, so a text that happens to start with "MZ" is not refused.
            if len(magic) < 4 and not regex.search(rb"[\x00-\x08\x0e-\x1a]", data[:64]):
                continue
            raise BinaryInputError(f"input is binary data ({kind}), not text", kind)
    head = data[:4096]
    if head and 0 in head and not _looks_utf32(head) and not _looks_utf16(head):
        # NULs and the lowest control bytes in number: no text of any width
        low = sum(head.count(c) for c in b"\x00\x01\x02\x03\x04\x05\x06\x07\x0e\x0f\x10")
        if low / len(head) > 0.1:
            raise BinaryInputError("input looks like binary data, not text", "binary")
        # control bytes no 8-bit text holds in number (not the whitespace ones,
        # not ESC, which ISO-2022 and terminal colours use): random or
        # compressed data has about 27 in 256 of them. UTF-16 text in Chinese,
        # Japanese or Korean has as many, but decodes as UTF-16 in one byte
        # order, where random data breaks surrogate pairs (about one unit in 32)
        ctrl = len(head) - len(head.translate(None, _BINARY_CONTROLS))
        if (
            ctrl / len(head) > BINARY_CONTROL_SHARE
            # spread over many control values, as in random data; a log's
            # separators (\x01), backspaces and bells are a few values
            and sum(1 for c in _BINARY_CONTROLS if c in head) >= BINARY_CONTROL_KINDS
            and not _utf8_head(head)
        ):
            even = head[: len(head) // 2 * 2 - 2]
            if all(len(_lenient(even, c)[1]) >= BINARY_UTF16_ERRORS for c in ("utf-16-le", "utf-16-be")):
                raise BinaryInputError("input looks like binary data, not text", "binary")


def _utf8_head(head: bytes) -> bool:
    """``head`` (the first bytes of the input) is valid UTF-8, but for a
    character cut at its end: text, however many control bytes it holds."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start >= len(head) - 3 and e.reason == "unexpected end of data"
    return True


def _looks_utf32(data: bytes) -> str | None:
    """``utf-32-le``/``-be`` when every fourth byte is NUL where UTF-32 puts its
    always-zero high byte (no code point is above U+10FFFF)."""
    n = len(data) // 4 * 4
    if n < 8:
        return None
    for codec, pos in (("utf-32-le", 3), ("utf-32-be", 0)):
        if not data[pos:n:4].strip(b"\x00") and data[pos ^ 3 : n : 4].strip(b"\x00"):
            text, errs = _lenient(data[:n], codec)
            if not errs and _few_controls(text):
                return codec
    return None


def _few_controls(text: str) -> bool:
    """At most 2% of the characters are control characters other than
    whitespace: text, not numbers stored as 16- or 32-bit units."""
    return len(_CONTROLS_IN_TEXT.findall(text)) <= 0.02 * len(text)


def _looks_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes sit on one parity only (the high
    byte of ASCII characters in UTF-16: line breaks, digits, Latin letters)
    and the bytes decode as UTF-16 with that byte order; else ``None``. When
    fewer than ``UTF16_STRAY_SHARE`` of the code units are NUL, the bytes on
    that parity must also be those of one script (``_one_script_highs``) or
    the bytes those of CJK text (an eighth of them high, the decoded text
    plausible as in ``_looks_utf16_cjk``). Text in an 8-bit encoding has no
    NUL bytes at all, except a few strays ("met on\0 Tuesday"), which those
    tests turn away."""
    n = len(data) // 2 * 2
    if n < 4:
        return None
    even = data[0:n:2].count(0)
    odd = data[1:n:2].count(0)
    half = n // 2
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # the other parity may hold a few NULs: CJK characters such as U+4E00
        if zeros >= max(2, 0.02 * half) and other <= 0.25 * zeros:
            highs = data[1:n:2] if codec == "utf-16-le" else data[0:n:2]
            # few NULs, on code units whose high bytes are of no one script:
            # they may be strays in an 8-bit text ("met on\0 Tuesday")
            stray = zeros < UTF16_STRAY_SHARE * half and not _one_script_highs(highs)
            if stray and len(data.translate(None, _ASCII)) < n / 8:
                continue  # an 8-bit text's byte pairs would read as CJK
            text, errs = _lenient(data[:n], codec)
            if len(errs) <= 1 and _few_controls(text):  # 1: a pair cut by the sample
                # with few NULs, CJK text must read as such (rule 9's test),
                # not as the private-use and unassigned code points of an
                # 8-bit text's byte pairs ("\x00 \x00\xe5" in cp1251)
                if not stray or plausibility_penalty(text) <= 0.02 * len(text):
                    return codec
    return None


#: Below this share of NUL code units, NULs on one parity may be strays in an
#: 8-bit text, and the other tests of ``_looks_utf16`` decide; at or above it
#: (every space and ASCII letter of a UTF-16 text leaves one), they show UTF-16.
UTF16_STRAY_SHARE = 0.1
#: The share of UTF-16 code units whose high byte is NUL or the script's own
#: byte (``_one_script_highs``) in a text in one alphabetic script.
UTF16_SCRIPT_SHARE = 0.8


def _one_script_highs(highs: bytes) -> bool:
    """Whether ``highs``, the high bytes of a text's UTF-16 code units, are
    those of a text in one alphabetic script: at least ``UTF16_SCRIPT_SHARE``
    of them NUL (ASCII and Latin-1) or the most common other byte (0x04 for
    Cyrillic, 0x03 for Greek, 0x05 for Hebrew, 0x01 for Latin Extended-A). The
    high bytes of an 8-bit text read as UTF-16 are its letters, no one of
    which comes near that share."""
    counts = Counter(highs)
    zeros = counts.pop(0, 0)
    most = max(counts.values(), default=0)
    return zeros + most >= UTF16_SCRIPT_SHARE * len(highs)


def _looks_utf16_cjk(data: bytes) -> str | None:
    """UTF-16 without a BOM for text in a non-Latin script (CJK, say), where
    only the few ASCII characters leave NUL bytes: asked only when the detector
    took the bytes for binary. ``utf-16-le``/``-be`` when the bytes hold NULs,
    at least an eighth of them are high bytes (not an 8-bit text with stray
    NULs, whose byte pairs would read as CJK too), and one byte order decodes
    with no control characters and a plausible result (``plausibility_penalty``
    at most 0.02 per character, the lower of the two orders)."""
    n = len(data) // 2 * 2
    if n < 4 or 0 not in data or len(data.translate(None, _ASCII)) < n / 8:
        return None
    best = None
    for codec in ("utf-16-le", "utf-16-be"):
        text, errs = _lenient(data[:n], codec)
        if len(errs) > 1 or not _few_controls(text):
            continue
        p = plausibility_penalty(text) + 10 * len(errs)
        if p <= 0.02 * len(text) and (best is None or p < best[0]):
            best = (p, codec)
    return best[1] if best else None


#: ISO-2022 codecs tried, in order, for 7-bit input with escape sequences that
#: designate a multi-byte character set (ESC $ ...).
_ISO2022 = ("iso2022_jp", "iso2022_jp_2", "iso2022_kr")


def _looks_iso2022(data: bytes) -> str | None:
    if b"\x1b$" not in data or not data.isascii():
        return None
    for codec in _ISO2022:
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    return None


def _pieces(data: bytes, codec: str, base: int = 0) -> tuple[list[str], list[Segment], int]:
    """Decode ``data`` (which starts at byte ``base`` of the input) with
    ``codec``: text pieces, their segments (char offsets relative to the
    pieces) and the number of bytes replaced by U+FFFD."""
    text, errs = _lenient(data, codec)
    if not errs:
        return [text], [Segment(0, base, codec)], 0
    parts: list[str] = []
    segs: list[Segment] = []
    chars = pos = replaced = 0
    for s, e in errs:
        if s > pos:
            good = data[pos:s]
            try:
                t = good.decode(codec)
            except UnicodeDecodeError:  # a stateful codec split at the error
                sub_parts, sub_segs, sub_rep = _pieces(good, codec, base + pos)
                segs += [sg._replace(char_start=sg.char_start + chars) for sg in sub_segs]
                t = "".join(sub_parts)
                replaced += sub_rep
            else:
                segs.append(Segment(chars, base + pos, codec))
            parts.append(t)
            chars += len(t)
        segs.append(Segment(chars, base + s, None, e - s))
        parts.append("\ufffd")
        chars += 1
        replaced += e - s
        pos = e
    if pos < len(data):
        t = data[pos:].decode(codec, "replace")
        segs.append(Segment(chars, base + pos, codec))
        parts.append(t)
    return parts, segs, replaced


def _decode_with(data: bytes, codec: str) -> tuple[str, tuple[Segment, ...], int]:
    parts, segs, rep = _pieces(data, codec)
    return "".join(parts), tuple(segs), rep


_NOT_WESTERN = regex.compile(r"[^\x00-\x7f\u00a0-\u017f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\ufffd]")


def _mixed_utf8(data: bytes) -> tuple[str, tuple[Segment, ...], int, int] | None:
    """Decode a UTF-8 document with embedded windows-1252 bytes part by part.

    Returns ``None`` unless the bytes look like that: every invalid run is at
    most 4 bytes long (single accented letters and punctuation, not whole
    words of another charset), and the UTF-8 reading has at least one valid
    non-ASCII character and either as many of them as invalid runs, or at
    least two that are all Western (Latin-1, Latin Extended-A, general
    punctuation, currency signs): a chance pair of windows-1252 or
    windows-1250 bytes that happens to be valid UTF-8 decodes to Cyrillic,
    IPA or NKo letters instead.
    The idea follows Beautiful Soup's ``UnicodeDammit.detwingle``.
    Else returns text, segments, replaced bytes and the number of runs.
    """
    text, errs = _lenient(data, "utf-8")
    if not errs:
        return None
    runs: list[list[int]] = []
    for s, e in errs:
        if runs and runs[-1][1] == s:
            runs[-1][1] = e
        else:
            runs.append([s, e])
    if max(e - s for s, e in runs) > 4:
        return None
    high = len(data.translate(None, _ASCII))
    valid_non_ascii = (len(text) - len(errs)) - (len(data) - high)
    if valid_non_ascii < 1:
        return None  # plain windows-1252 (or another charset): no UTF-8 at all
    if valid_non_ascii < len(runs) and (
        valid_non_ascii < 2 or _NOT_WESTERN.search(text) is not None
    ):
        return None  # the "UTF-8" may be a chance pair of windows-1252 bytes
    parts: list[str] = []
    segs: list[Segment] = []
    chars = pos = replaced = 0
    for s, e in runs:
        for chunk, codec, base in ((data[pos:s], "utf-8", pos), (data[s:e], "cp1252", s)):
            if not chunk:
                continue
            ps, ss, rep = _pieces(chunk, codec, base)
            segs += [sg._replace(char_start=sg.char_start + chars) for sg in ss]
            t = "".join(ps)
            parts.append(t)
            chars += len(t)
            replaced += rep
        pos = e
    if pos < len(data):
        t = data[pos:].decode("utf-8")
        segs.append(Segment(chars, pos, "utf-8"))
        parts.append(t)
    return "".join(parts), tuple(segs), replaced, len(runs)


# Plausibility of a decoded text: lower is better. Each pattern finds a sign of
# a wrong charset; only non-ASCII characters can differ between candidates.
_ALPHABETS = ("Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "Armenian", "Georgian")
_P_MIXED = regex.compile(
    "|".join(
        "\\p{%s}(?=[%s])" % (s, "".join("\\p{%s}" % o for o in _ALPHABETS if o != s))
        for s in _ALPHABETS
    )
    + r"|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
    r"(?=[\u00c0-\u024f\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Thai}])"
    r"|[\u00c0-\u024f\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Thai}]"
    r"(?=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])"
)
_P_BAD = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\p{Cn}\p{Co}]")
_ALPHA_CLASS = "[%s]" % "".join("\\p{%s}" % a for a in _ALPHABETS)
_P_SYMBOL_IN_WORD = regex.compile(
    r"(?<=%s)(?![\x00-\x7f\u00b7\u2019])[\p{S}\p{No}\p{Po}\p{Ps}\p{Pe}\p{Pi}](?=%s)"
    % (_ALPHA_CLASS, _ALPHA_CLASS)
)
_P_CASE = regex.compile(r"\p{Ll}(?=(?![A-Z])\p{Lu})|(?![a-z])\p{Ll}(?=\p{Lu})")
_P_CJK_LATIN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}](?=[A-Za-z])"
    r"|[A-Za-z](?=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])"
)
# Symbols that text rarely uses but that single-byte readings of other
# charsets produce often (windows-1252 upper half, spacing accents).
_P_RARE = regex.compile(
    r"[\u00a1\u00a2\u00a4-\u00a8\u00aa\u00ac\u00af\u00b1\u00b3-\u00b6\u00b8\u00b9\u00bc"
    r"\u00be\u00bf\u00d7\u00f7\u0192\u02c6\u02c7\u02d8-\u02dd\u2020\u2021\u2030\u2039\u203a"
    r"\u201a\u201e]"
)
_P_LATIN = regex.compile(r"\p{Latin}")
_P_LATIN_ACCENTED = regex.compile(r"(?![A-Za-z])\p{Latin}")


#: Accented lower-case letters of Latin-script alphabets (orthography facts).
#: A correct single-byte reading of a text uses the letters of one language;
#: a wrong one mixes letters of several ("Begońa", "Stavbaøi").
_LATIN_ALPHABETS = tuple(
    frozenset(a)
    for a in (
        "áéíóúüñ",  # Spanish
        "áâãàçéêíóôõúü",  # Portuguese
        "àâæçéèêëîïôœùûüÿ",  # French
        "àèéìíîòóùú",  # Italian
        "äöüß",  # German
        "áéíóúàèëïöü",  # Dutch
        "æøåéó",  # Danish, Norwegian
        "åäöé",  # Swedish
        "äöåšž",  # Finnish
        "áðéíóúýþæö",  # Icelandic
        "àçèéíïòóúü",  # Catalan
        "ăâîșşțţ",  # Romanian
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Croatian, Slovene, Bosnian
        "çğıöşüâîû",  # Turkish
        "äõöüšž",  # Estonian
        "āčēģīķļņšūž",  # Latvian
        "ąčęėįšųūž",  # Lithuanian
        "çë",  # Albanian
        "ċġħżàèìòù",  # Maltese
    )
)


def _alphabet_penalty(text: str) -> int:
    """Distinct accented Latin letters of ``text`` that no single alphabet in
    ``_LATIN_ALPHABETS`` holds together with the others (0 when one does)."""
    letters = {c for c in text.lower() if c > "\x7f" and c.isalpha() and c.isascii() is False}
    letters = {c for c in letters if "LATIN" in unicodedata.name(c, "")}
    if not letters:
        return 0
    return min(len(letters - a) for a in _LATIN_ALPHABETS)


def plausibility_penalty(text: str) -> float:
    """How implausible ``text`` is as a decoding (0 = nothing suspicious).

    Counts signs of a wrong charset: control, unassigned and private-use
    characters and U+FFFD (10 each); letters of two alphabets side by side,
    e.g. Latin next to Cyrillic (5 each); a non-ASCII symbol between two
    letters of an alphabet, or a non-ASCII capital right after a small letter
    (3 each); an ASCII letter glued to a CJK character, or a symbol that text
    rarely uses but wrong single-byte readings produce often, such as ``¤``,
    ``¦`` or ``‡`` (1 each); and Latin text in which more than 40% of the
    letters carry accents, as single-byte readings of Cyrillic or CJK bytes do
    (2 per excess letter); accented Latin letters that no one language's
    alphabet holds together (3 per letter, ``_alphabet_penalty``). Used to choose among candidate codecs for short or
    uncertain input; only the non-ASCII characters differ between candidates.
    """
    p = 10 * len(_P_BAD.findall(text))
    p += 5 * len(_P_MIXED.findall(text))
    p += 3 * (len(_P_SYMBOL_IN_WORD.findall(text)) + len(_P_CASE.findall(text)))
    p += len(_P_CJK_LATIN.findall(text)) + len(_P_RARE.findall(text))
    p += 3 * _alphabet_penalty(text)
    accented = len(_P_LATIN_ACCENTED.findall(text))
    if accented:
        p += 2 * max(0.0, accented - 0.4 * len(_P_LATIN.findall(text)))
    return p


def _detector_candidates(sample: bytes) -> list[tuple[str, float]]:
    """chardet's candidates as ``(python codec, confidence)``, best first,
    mapped to WHATWG supersets, without duplicates."""
    try:
        found = chardet.detect_all(sample)
    except Exception:  # a detector bug must not stop decoding
        found = []
    out: list[tuple[str, float]] = []
    for g in found:
        name = g.get("encoding")
        if not name:
            continue
        try:
            codec = _codec_name(name)
        except LookupError:
            continue
        if codec not in (c for c, _ in out):
            out.append((codec, float(g.get("confidence") or 0.0)))
    return out


def _sample_decode(sample: bytes, data: bytes, codec: str) -> tuple[str, int]:
    """``sample`` (a prefix of ``data``) decoded leniently: text and the number
    of undecodable sequences, not counting a character cut by the sample's end."""
    text, errs = _lenient(sample, codec)
    if errs and len(sample) < len(data) and errs[-1][1] == len(sample):
        errs = errs[:-1]
    return text, len(errs)


def _choose(data: bytes) -> tuple[str, str]:
    """Pick a codec for bytes that are not UTF-8: ``(codec, note)``."""
    sample = data[:SAMPLE_BYTES]
    cands = _detector_candidates(sample)
    if not cands:  # the detector took it for binary
        wide = _looks_utf16_cjk(sample)
        if wide:
            return wide, f"NUL bytes and plausible text: {wide}"
    if cands:
        codec, conf = cands[0]
        if (
            conf >= MIN_CONFIDENCE
            and len(data) >= SHORT_INPUT
            and codec in _WEB_CODECS
            and _sample_decode(sample, data, codec)[1] == 0
        ):
            return codec, f"chardet: {codec} ({conf:.2f})"
    # Short or uncertain: compare the plausible readings of the candidates.
    # Ties go to chardet's ranking when the input has enough non-ASCII bytes
    # for its statistics to mean something, else to windows-1252 (the most
    # common legacy charset of the web).
    ranked = [c for c, _ in cands[:8] if c in _GUESSABLE and c != "cp1252"]
    if len(sample.translate(None, _ASCII)) >= RANKING_MIN_HIGH_BYTES:
        top_is_1252 = bool(cands) and cands[0][0] == "cp1252"
        order = ["cp1252"] + ranked if top_is_1252 else ranked + ["cp1252"]
    else:
        order = ["cp1252"] + ranked
    best, best_p = "cp1252", float("inf")
    for codec in order:
        text, errors = _sample_decode(sample, data, codec)
        p = plausibility_penalty(text) + 10 * errors
        if p < best_p:
            best, best_p = codec, p
    top = f"{cands[0][0]} {cands[0][1]:.2f}" if cands else "none"
    return best, (
        f"short or uncertain (chardet: {top}; {len(data)} bytes): "
        f"{best}, the most plausible of {', '.join(order)}"
    )


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode bytes to text.

    Policy (reasons in ``docs/encoding.md``), first match wins:

    1. a caller-given ``encoding`` (WHATWG supersets applied: ISO-8859-1 and
       ASCII are read as windows-1252, GB2312/GBK as GB18030, EUC-KR as CP949,
       Shift_JIS as CP932, Big5 as Big5-HKSCS);
    2. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); the BOM is kept
       as U+FEFF, which ``repair`` removes and records;
    3. (``BinaryInputError`` for binary data;)
    4. UTF-32 or UTF-16 without a BOM when the NUL bytes show it;
    5. ISO-2022-JP/-KR for 7-bit input with ``ESC $`` escape sequences;
    6. strict UTF-8;
    7. UTF-8 with a few windows-1252 bytes mixed in: decoded part by part;
    8. chardet, when it is confident (>= ``MIN_CONFIDENCE``) on input of at
       least ``SHORT_INPUT`` bytes, names a web encoding and decodes it all;
    9. UTF-16 CJK text without a BOM, when chardet takes it for binary;
    10. else the most plausible of windows-1252 and chardet's web candidates
        (``plausibility_penalty``); ties go to chardet's ranking when there
        are at least ``RANKING_MIN_HIGH_BYTES`` non-ASCII bytes, else to
        windows-1252.

    Undecodable bytes become one U+FFFD per invalid sequence and are counted in
    ``replaced_bytes``; ``segments`` say where. Raises ``TypeError`` for a
    non-bytes argument, ``BinaryInputError`` for binary data (PDF, images,
    archives, ...) and ``LookupError`` for an unknown ``encoding`` name. Never
    raises ``UnicodeDecodeError``.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding is not None:
        codec = _codec_name(encoding)
        family = _BOM_FAMILIES.get(codec, ())
        for bom, explicit in _BOMS:  # keep the BOM as U+FEFF: repair records it
            if explicit in family and data.startswith(bom):
                codec = explicit
                break
        if not codec.startswith(("utf-16", "utf-32")):
            _check_binary(data)
        text, segs, rep = _decode_with(data, codec)
        return Decoded(text, codec, segs, rep, (f"caller: {codec}",))
    if not data:
        return Decoded("", "utf-8", (Segment(0, 0, "utf-8"),), 0, ("empty input",))
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, segs, rep = _decode_with(data, codec)
            return Decoded(text, codec, segs, rep, (f"byte-order mark: {codec}",))
    _check_binary(data)
    if 0 in data[:4096]:
        wide = _looks_utf32(data[:4096]) or _looks_utf16(data[:4096])
        if wide:
            text, segs, rep = _decode_with(data, wide)
            return Decoded(text, wide, segs, rep, (f"NUL-byte pattern: {wide}",))
    iso = _looks_iso2022(data)
    if iso:
        text, segs, rep = _decode_with(data, iso)
        return Decoded(text, iso, segs, rep, (f"escape sequences: {iso}",))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(text, "utf-8", (Segment(0, 0, "utf-8"),), 0, ("strict utf-8",))
    mixed = _mixed_utf8(data)
    if mixed is not None:
        text, segs, rep, runs = mixed
        note = f"utf-8 with {runs} windows-1252 run(s) decoded part by part"
        return Decoded(text, "utf-8", segs, rep, (note,))
    codec, note = _choose(data)
    text, segs, rep = _decode_with(data, codec)
    return Decoded(text, codec, segs, rep, (note,))
