"""Decoding bytes and repairing text, with every change recorded and mappable.

Stage 1, ``decode``: bytes to ``str`` (policy and reasons in ``docs/encoding.md``).
Stage 2, ``repair``: stray markup tags, HTML entities, mojibake (ftfy, with the
typography kept), control characters, invisible characters and whitespace. The
result is ``Report.source``; every change is a ``Repair`` with offsets both in
``source`` and in the caller's input (``InputMap`` maps them back).
"""

from __future__ import annotations

import bisect
import codecs
import difflib
import html
import re
import threading
import unicodedata
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

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
    "Prepared",
    "prepare",
    "build_repairs",
]


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
        ctrl = sum(head.count(c) for c in b"\x00\x01\x02\x03\x04\x05\x06\x07\x0e\x0f\x10")
        if ctrl / len(head) > 0.1:
            raise BinaryInputError("input looks like binary data, not text", "binary")


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
    byte of ASCII characters in UTF-16: line breaks, digits, Latin letters) and
    the bytes decode as UTF-16 with that byte order; else ``None``. Text in an
    8-bit encoding has no NUL bytes at all."""
    n = len(data) // 2 * 2
    if n < 4:
        return None
    even = data[0:n:2].count(0)
    odd = data[1:n:2].count(0)
    half = n // 2
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # the other parity may hold a few NULs: CJK characters such as U+4E00
        if zeros >= max(2, 0.02 * half) and other <= 0.25 * zeros:
            text, errs = _lenient(data[:n], codec)
            if len(errs) <= 1 and _few_controls(text):  # 1: a pair cut by the sample
                return codec
    return None


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
        ivs = [(it[2], it[3], 0, it) for it in self.items]
        ivs += [(e.start, e.end, 1, e) for e in edits]
        if self.items:
            ivs.sort(key=_START_END)
        clusters: list[list] = []  # [cur_start, cur_end, olds, news]
        for s, e, kind, obj in ivs:
            if clusters and s <= clusters[-1][1]:
                c = clusters[-1]
                if e > c[1]:
                    c[1] = e
            else:
                c = [s, e, [], []]
                clusters.append(c)
            c[2 + kind].append(obj)
        new_items: list[list] = []
        delta = 0  # (cur - dec) length change of old items before the cursor
        shift = 0  # (new - cur) length change of new edits before the cursor
        for cs, ce, olds, news in clusters:
            # the common cases first: an earlier change left alone, or one new
            # edit in text no earlier change touched (old items never touch
            # each other, so a cluster without new edits holds one)
            if not news:
                it = olds[0]
                new_items.append([it[0], it[1], it[2] + shift, it[3] + shift, it[4]])
                delta += (it[3] - it[2]) - (it[1] - it[0])
                continue
            if not olds and len(news) == 1:
                ed = news[0]
                growth = len(ed.after) - (ce - cs)
                new_items.append([cs - delta, ce - delta, cs + shift, ce + shift + growth, ed.step])
                shift += growth
                continue
            ds = cs - delta
            for it in olds:
                delta += (it[3] - it[2]) - (it[1] - it[0])
            de = ce - delta
            growth = sum(len(e.after) - (e.end - e.start) for e in news)
            steps: list[str] = []
            for name in [it[4] for it in olds] + [e.step for e in news]:
                for st in name.split("+"):
                    if st not in steps:
                        steps.append(st)
            new_items.append([ds, de, cs + shift, ce + shift + growth, "+".join(steps)])
            shift += growth
        self.items = new_items
        return "".join(parts)


_START_END = itemgetter(0, 1)


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
_HINT_FIRST = "[\u0080-\u00f4\u0420\u0421\ud800-\udfff]"
_MOJIBAKE_HINT = regex.compile(rf"(?={_HINT_FIRST})(?:{_HINT_ALTERNATIVES})")
_HINT_AT = regex.compile(_HINT_ALTERNATIVES)
# The standard library's engine finds a leading character class with a fast
# scan (GB/s); used to skip to candidate characters before the full check.
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


def _diff(a: str, b: str, step: str, base: int) -> list[_Edit]:
    """Small edits turning ``a`` into ``b`` (offsets shifted by ``base``):
    common prefix and suffix are kept, the rest is aligned word by word."""
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
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        x, y = am[oa[i1] : oa[i2]], bm[ob[j1] : ob[j2]]
        q = _prefix_len(x, y)
        r = _suffix_len(x, y, min(len(x), len(y)) - q)
        start = base + p + oa[i1] + q
        edits.append(_Edit(start, start + len(x) - q - r, y[q : len(y) - r], step))
    return edits


def _find_hint(text: str, pos: int):
    """First ``_MOJIBAKE_HINT`` match at or after ``pos``, or ``None``: jumps
    from candidate character to candidate character (a fast scan), and hands
    over to the full pattern when candidates are many (accented text)."""
    for _ in range(32):
        c = _HINT_CANDIDATE.search(text, pos)
        if c is None:
            return None
        m = _HINT_AT.match(text, c.start())
        if m is not None:
            return m
        pos = c.start() + 1
    return _MOJIBAKE_HINT.search(text, pos)


def _fix_mojibake(text: str, lines: set[int] | None = None) -> list[_Edit]:
    """ftfy on each line where ``_MOJIBAKE_HINT`` fires (only the lines
    starting at the offsets in ``lines``, if given); its changes as edits."""
    edits: list[_Edit] = []
    pos = 0
    while True:
        m = _find_hint(text, pos)
        if m is None:
            return edits
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if lines is None or start in lines:
            line = text[start:end]
            edits += _diff(line, ftfy.fix_text(line, _FTFY_CONFIG), "mojibake", start)
        pos = end


def _unescape_entities(text: str) -> list[_Edit]:
    """HTML character references (named, decimal, hex) and double-escaped ones
    (``&amp;eacute;``, ``&amp;amp;``) become the characters they stand for
    (``html.unescape``, the HTML5 named character references)."""
    edits: list[_Edit] = []
    last_end = 0
    for m in _ENTITY.finditer(text):
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
    for m in _TAGS.finditer(text):
        s, e = m.span()
        ls = text.rfind("\n", 0, s) + 1
        while ls < s and text[ls] in _ZERO_WIDTH:  # a BOM is removed later
            ls += 1
        if text.startswith(("  ", "\t"), ls):
            continue  # an indented line is code (a <pre> block): its tags are content
        glue = s > 0 and e < n and not text[s - 1].isspace() and not text[e].isspace()
        after = "\n" if glue and _BLOCK.search(m.group()) else ""
        edits.append(_Edit(s, e, after, "markup_tag"))
    return edits


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

    for m in any_re.finditer(text):
        i = m.start()
        kind = kinds[text[i]]
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


def _fix_chars_before(text: str) -> list[_Edit]:
    """C0 controls, DEL, zero-width characters and BOM (``_BEFORE_KINDS``)."""
    return _char_edits(text, _CHARS_BEFORE_ANY, _BEFORE_KINDS)


def _fix_chars_after(text: str) -> list[_Edit]:
    """Leftover C1 controls, soft hyphens, odd line breaks and spaces."""
    return _char_edits(text, _CHARS_AFTER_ANY, _AFTER_KINDS)


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
    return [_Edit(m.start(), m.end(), "", "whitespace") for m in _WS_LINES.finditer(text)]


def _lines_to_recheck(text: str, edits: list[_Edit]) -> set[int]:
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
        if _find_hint(text[ls:line_end], 0) is not None:
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
    ``&nbsp;`` that became a space). Steps, in order: ``html_entity``,
    ``markup_tag`` (so escaped markup, ``&lt;p&gt;``, goes too), ``control``
    and ``invisible`` (C0 controls, zero-width characters), ``mojibake``, then
    ``control``, ``invisible`` and ``whitespace`` (C1 leftovers, soft hyphens,
    line breaks, spaces) and the whitespace layout rules (docs/encoding.md).
    ``fix_text=False`` skips entities, markup tags and mojibake. Never raises
    on any ``str``.
    """
    tr = _Trace()
    cur = text
    if fix_text:
        cur = tr.apply(cur, _unescape_entities(cur))
        tags = _strip_tags(cur)
        cur = tr.apply(cur, tags)
        if tags and "&" in cur:  # a reference split by a tag: "&am<b>p;"
            cur = tr.apply(cur, _unescape_entities(cur))
    cur = tr.apply(cur, _fix_chars_before(cur))
    lines = None  # first round: every line
    for _ in range(_MOJIBAKE_ROUNDS if fix_text else 1):
        fixed = _fix_mojibake(cur, lines) if fix_text else []
        cur = tr.apply(cur, fixed)
        after = _fix_chars_after(cur)
        cur = tr.apply(cur, after)
        lines = _lines_to_recheck(cur, after) if fix_text and after else None
        if not lines:
            break
    cur = tr.apply(cur, _fix_spaces(cur))
    cur = tr.apply(cur, _fix_lines(cur))
    return cur, tr.items


# --------------------------------------------------------------- input mapping

_STRIDE = 256  # code points between two checkpoints of a segment's offset table
_BLOCK_BYTES = 64  # bytes fed between two checkpoints when re-running a decoder


class _Offsets:
    """Byte offsets of one codec segment, built once in linear time.

    ``chars``/``bytes_``: checkpoints (absolute code point and byte offsets).
    For stateless codecs a checkpoint sits every ``_STRIDE`` code points and
    the bytes in between are found by encoding at most ``_STRIDE`` code points
    (each chunk was checked to encode back to exactly the input bytes). For
    stateful codecs, or bytes that do not round-trip, ``states`` holds the
    decoder state at each checkpoint and the decoder is re-run from there.
    """

    __slots__ = ("codec", "chars", "bytes_", "states")

    def __init__(self, decoded: str, data: bytes, codec: str, c0: int, c1: int, b0: int, b1: int):
        self.codec = codec
        self.states: list | None = None
        if not codec.startswith(_STATEFUL) and codec not in ("utf-16", "utf-32"):
            chars, offs, b = [c0], [b0], b0
            for c in range(c0, c1, _STRIDE):
                ce = min(c + _STRIDE, c1)
                try:
                    enc = decoded[c:ce].encode(codec)
                except UnicodeEncodeError:
                    break
                if not data.startswith(enc, b):
                    break
                b += len(enc)
                chars.append(ce)
                offs.append(b)
            else:
                self.chars, self.bytes_ = chars, offs
                return
        dec = codecs.getincrementaldecoder(codec)("replace")
        chars, offs, states = [c0], [b0], [dec.getstate()]
        n = c0
        for b in range(b0, b1, _BLOCK_BYTES):
            be = min(b + _BLOCK_BYTES, b1)
            n += len(dec.decode(data[b:be], final=be == b1))
            chars.append(n)
            offs.append(be)
            states.append(dec.getstate())
        self.chars, self.bytes_, self.states = chars, offs, states

    def lookup(self, off: int, decoded: str, data: bytes) -> int:
        j = bisect.bisect_right(self.chars, off) - 1
        c, b = self.chars[j], self.bytes_[j]
        if c == off:
            if self.states is not None:
                return b - len(self.states[j][0])  # bytes still buffered
            return b
        if self.states is None:
            return b + len(decoded[c:off].encode(self.codec))
        dec = codecs.getincrementaldecoder(self.codec)("replace")
        dec.setstate(self.states[j])
        end = self.bytes_[j + 1] if j + 1 < len(self.bytes_) else len(data)
        while b < end:
            c += len(dec.decode(data[b : b + 1]))
            b += 1
            if c >= off:
                return b
        return end


class InputMap:
    """Maps code-point offsets of ``Report.source`` back to the caller's input.

    ``anchors``: sorted, disjoint ``(dec_start, dec_end, src_start, src_end)``
    changes between the decoded text and ``source``; ``kind``: ``"str"`` (input
    offsets are code points) or ``"bytes"`` (input offsets are bytes, computed
    from ``decoded``, its ``segments`` and the input ``data``). Each mapping
    costs O(log n) plus at most a few hundred code points of work, after a
    linear-time table per segment built on first use.
    """

    __slots__ = (
        "kind",
        "anchors",
        "decoded",
        "segments",
        "data",
        "_src_starts",
        "_dec_starts",
        "_seg_starts",
        "_tables",
    )

    def __init__(
        self,
        kind: str,
        anchors,
        decoded: str | None = None,
        segments=(),
        data: bytes | None = None,
    ) -> None:
        self.kind = kind
        self.anchors = tuple(tuple(a) for a in anchors)
        self.decoded = decoded
        self.segments = tuple(segments)
        self.data = data
        self._src_starts = [a[2] for a in self.anchors]
        self._dec_starts = [a[0] for a in self.anchors]
        self._seg_starts = [s.char_start for s in self.segments]
        self._tables: dict[int, _Offsets] = {}

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

    def decoded_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span holding decoded span ``[start, end)``: widened to whole
        changes where it overlaps one."""
        i = bisect.bisect_right(self._dec_starts, start) - 1
        if i >= 0 and self.anchors[i][1] > start:
            s = self.anchors[i][2]
        elif i >= 0:
            ds, de, ss, se = self.anchors[i]
            s = se + start - de
        else:
            s = start
        j = bisect.bisect_left(self._dec_starts, end) - 1
        if j >= 0 and self.anchors[j][1] >= end and self.anchors[j][0] < end:
            e = self.anchors[j][3]
        elif j >= 0:
            ds, de, ss, se = self.anchors[j]
            e = se + end - de
        else:
            e = end
        return s, max(s, e)

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
        if off == seg.char_start:
            return seg.byte_start
        tab = self._tables.get(i)
        if tab is None:
            last = i + 1 == len(self.segments)
            c1 = len(self.decoded) if last else self.segments[i + 1].char_start
            if self.data is None:  # no bytes kept: re-encode from the start
                return seg.byte_start + len(
                    self.decoded[seg.char_start : off].encode(seg.codec, "surrogatepass")
                )
            b1 = len(self.data) if last else self.segments[i + 1].byte_start
            tab = _Offsets(self.decoded, self.data, seg.codec, seg.char_start, c1, seg.byte_start, b1)
            self._tables[i] = tab
        return tab.lookup(off, self.decoded, self.data)  # type: ignore[arg-type]

    def to_input(self, off: int, *, end: bool = False) -> int:
        """Input offset of source offset ``off`` (see ``source_to_decoded``)."""
        return self.decoded_to_input(self.source_to_decoded(off, end=end))


def _escape_bytes(b: bytes) -> str:
    return "".join(f"\\x{x:02x}" for x in b)


def build_repairs(
    source: str,
    decoded: str,
    changes: list,
    imap: InputMap,
    main_codec: str | None = None,
) -> tuple[Repair, ...]:
    """Turn composed changes into ``Repair`` records with input offsets.

    For bytes input (``imap.kind == "bytes"``), each segment that is not in
    ``main_codec`` (bytes replaced by U+FFFD, or windows-1252 runs of a
    document decoded part by part) also becomes a ``"decode"`` record whose
    ``before`` is the input bytes written as ``\\xNN`` escapes.
    """
    reps = [
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
    ]
    if imap.kind == "bytes" and imap.data is not None:
        segs = imap.segments
        for k, seg in enumerate(segs):
            if seg.codec == main_codec:
                continue
            last = k + 1 == len(segs)
            c1 = len(decoded) if last else segs[k + 1].char_start
            b1 = seg.byte_start + seg.nbytes if seg.codec is None else (
                len(imap.data) if last else segs[k + 1].byte_start
            )
            ss, se = imap.decoded_to_source(seg.char_start, c1)
            reps.append(
                Repair(
                    step="decode",
                    source_start=ss,
                    source_end=se,
                    input_start=seg.byte_start,
                    input_end=b1,
                    before=_escape_bytes(imap.data[seg.byte_start : b1]),
                    after=source[ss:se],
                )
            )
        reps.sort(key=lambda r: (r.source_start, r.source_end, r.input_start))
    return tuple(reps)


class Prepared(NamedTuple):
    """What ``prepare`` hands the pipeline: the repaired ``source``, its
    ``repairs``, the ``input_map`` and facts about the input for the report."""

    source: str
    repairs: tuple[Repair, ...]
    input_map: InputMap
    encoding: str | None
    input_kind: str
    input_length: int
    replaced_bytes: int
    notes: tuple[str, ...]


def prepare(data: str | bytes, *, encoding: str | None = None, fix_text: bool = True) -> Prepared:
    """Decode (bytes only) and repair ``data``: everything ``clean`` does
    before the filters run. Raises ``TypeError`` for input that is neither
    ``str`` nor bytes, or for ``encoding`` given with ``str`` input; see
    ``decode`` for the errors on bytes."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        dec = decode(raw, encoding)
        source, changes = repair(dec.text, fix_text=fix_text)
        imap = InputMap(
            "bytes", [c[:4] for c in changes], decoded=dec.text, segments=dec.segments, data=raw
        )
        reps = build_repairs(source, dec.text, changes, imap, dec.encoding)
        return Prepared(
            source, reps, imap, dec.encoding, "bytes", len(raw), dec.replaced_bytes, dec.notes
        )
    if isinstance(data, str):
        if encoding is not None:
            raise TypeError("encoding= applies to bytes input only; this input is str")
        source, changes = repair(data, fix_text=fix_text)
        imap = InputMap("str", [c[:4] for c in changes])
        reps = build_repairs(source, data, changes, imap)
        return Prepared(source, reps, imap, None, "str", len(data), 0, ())
    raise TypeError(f"clean() takes str or bytes, not {type(data).__name__}")
