"""Decoding bytes and repairing text, with every change recorded and mappable.

Stage 1, ``decode`` (``cleantext.charset``): bytes to ``str`` (policy and
reasons in ``docs/encoding.md``). Stage 2, ``repair`` (``cleantext.repair``):
stray markup tags, HTML entities, mojibake (ftfy, with the typography kept),
control characters, invisible characters and whitespace. The result is
``Report.source``; every change is a ``Repair`` with offsets both in ``source``
and in the caller's input. This module joins the two: ``prepare`` runs them and
``InputMap`` maps source offsets back to the input (code points or bytes).
"""

from __future__ import annotations

import bisect
import codecs
from operator import itemgetter
from typing import NamedTuple

from .charset import _STATEFUL, BinaryInputError, Decoded, Segment, decode
from .core import Repair, _repair
from .repair import repair

__all__ = [
    "Decoded",
    "BinaryInputError",
    "decode",
    "repair",
    "InputMap",
    "Prepared",
    "prepare",
    "build_repairs",
    "Segment",
]


# --------------------------------------------------------------- input mapping

_FIRST, _THIRD = itemgetter(0), itemgetter(2)
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
        self.anchors = tuple(map(tuple, anchors))
        self.decoded = decoded
        self.segments = tuple(segments)
        self.data = data
        self._src_starts = list(map(_THIRD, self.anchors))
        self._dec_starts = list(map(_FIRST, self.anchors))
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
    if imap.kind == "str":  # input offsets are the decoded text's own
        # _repair: Repair(step, source_start, source_end, input_start, input_end, before, after)
        reps = [
            _repair(step, ss, se, ds, de, decoded[ds:de], source[ss:se])
            for ds, de, ss, se, step in changes
        ]
        return tuple(reps)
    to_input = imap.decoded_to_input
    reps = [
        _repair(step, ss, se, to_input(ds), to_input(de), decoded[ds:de], source[ss:se])
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
