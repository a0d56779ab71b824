"""Core data model and the cutting engine: spans in, clean text and report out.

Nothing here knows what junk looks like: filters find spans, this module resolves
overlaps between them, tidies the whitespace a cut leaves behind and cuts once.

All offsets are code points into ``Report.source``, half-open ``[start, end)``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Callable, Iterable, NamedTuple


__all__ = [
    "Span",
    "Removal",
    "Repair",
    "Report",
    "Cleaned",
    "Filter",
    "FilterError",
    "LAYOUT",
    "cut",
]

#: Filter name under which whitespace left dangling by a cut is reported when it
#: does not border a removal it can be attributed to.
LAYOUT = "layout"


class Span(NamedTuple):
    """What a filter yields: ``text[start:end]`` is junk, for ``reason``.

    ``start`` and ``end`` are code-point offsets into the string the filter was
    given, half-open; ``reason`` is a stable snake_case code documented in
    ``docs/filters.md``.
    """

    start: int
    end: int
    reason: str


#: A filter: a pure callable ``str -> Iterable[Span]`` that never edits text and
#: never raises on any ``str``.
Filter = Callable[[str], Iterable[Span]]


class FilterError(ValueError):
    """A filter of the pipeline failed; raised by ``Pipeline.find``, and so by
    ``clean`` and ``Pipeline.clean``.

    Either the filter returned something that is not a valid span (out of
    bounds, empty, without a non-empty string reason, or a result that is not
    an iterable of spans), or the filter raised an exception, when called or
    while its spans were iterated; then the filter's own exception is this
    error's ``__cause__`` (``MemoryError`` is not wrapped). The message names
    the filter and the span it returned or the exception it raised.
    """


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed span of ``Report.source``.

    ``start``/``end``: half-open code-point offsets into ``Report.source``;
    ``filter``: registry name of the filter that claimed it (or ``"layout"``);
    ``reason``: the filter's reason code; ``text == source[start:end]``.
    """

    start: int
    end: int
    filter: str
    reason: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "filter": self.filter,
            "reason": self.reason,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Repair:
    """One change made while decoding or repairing the input.

    ``step``: which stage made it (``"decode"``, ``"mojibake"``, ``"html_entity"``,
    ``"markup_tag"``, ``"whitespace"``, ...). ``before``/``after``: the text as it was
    in the caller's input (after decoding, for bytes) and as it is in ``source``.
    ``source_start``/``source_end``: half-open code points into ``Report.source``
    where ``after`` now stands. ``input_start``/``input_end``: half-open offsets
    into the caller's input where ``before`` stood: code points for ``str``
    input, bytes for ``bytes`` input.
    """

    step: str
    source_start: int
    source_end: int
    input_start: int
    input_end: int
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "input_start": self.input_start,
            "input_end": self.input_end,
            "before": self.before,
            "after": self.after,
        }


# The generated ``__init__`` of a frozen dataclass sets each field through
# ``object.__setattr__``, looked up afresh per field; cut and repair build one
# record per removed piece and per change (tens of thousands per corpus), so
# they set the slots directly: the same object, built in about half the time.
# Arguments in field order.
_new = object.__new__
_SET_REMOVAL = tuple(Removal.__dict__[f].__set__ for f in Removal.__dataclass_fields__)
_SET_REPAIR = tuple(Repair.__dict__[f].__set__ for f in Repair.__dataclass_fields__)


def _removal(start, end, filter, reason, text, _set=_SET_REMOVAL) -> Removal:
    """``Removal(start, end, filter, reason, text)``, built faster (see above)."""
    r = _new(Removal)
    _set[0](r, start)
    _set[1](r, end)
    _set[2](r, filter)
    _set[3](r, reason)
    _set[4](r, text)
    return r


def _repair(step, source_start, source_end, input_start, input_end, before, after, _set=_SET_REPAIR) -> Repair:
    """``Repair(...)`` with the same arguments, built faster (see above)."""
    r = _new(Repair)
    _set[0](r, step)
    _set[1](r, source_start)
    _set[2](r, source_end)
    _set[3](r, input_start)
    _set[4](r, input_end)
    _set[5](r, before)
    _set[6](r, after)
    return r


@dataclass(frozen=True)
class Report:
    """Everything ``clean`` did, replayable.

    ``source``: the text every offset refers to (after decoding and repair).
    ``removals``: sorted, non-overlapping ``Removal`` records; deleting them from
    ``source`` gives the clean text exactly (see ``replay``).
    ``repairs``: sorted ``Repair`` records, one per change decoding and repair made.
    ``encoding``: the codec used when the input was ``bytes`` (``None`` for ``str``);
    ``input_kind``: ``"str"`` or ``"bytes"``; ``input_length``: code points (str) or
    bytes (bytes) of the caller's input; ``replaced_bytes``: number of undecodable
    bytes replaced by U+FFFD (0 unless the last-resort decode was used);
    ``pipeline``: the filter names that ran, in order; ``notes``: how the
    charset was chosen. ``input_map`` (internal) maps offsets back to the input.
    ``to_dict()`` gives the JSON form; its keys are listed in its docstring.
    """

    source: str
    removals: tuple[Removal, ...] = ()
    repairs: tuple[Repair, ...] = ()
    encoding: str | None = None
    input_kind: str = "str"
    input_length: int = 0
    replaced_bytes: int = 0
    pipeline: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    input_map: Any = field(default=None, repr=False, compare=False)

    def replay(self) -> str:
        """Apply the removals to ``source``: returns the clean text."""
        out, pos = [], 0
        for r in self.removals:
            out.append(self.source[pos : r.start])
            pos = r.end
        out.append(self.source[pos:])
        return "".join(out)

    def removed_chars(self) -> int:
        """Number of code points removed from ``source``."""
        return sum(r.end - r.start for r in self.removals)

    def counts(self) -> dict[str, int]:
        """Removed code points per filter name."""
        c: dict[str, int] = {}
        for r in self.removals:
            c[r.filter] = c.get(r.filter, 0) + r.end - r.start
        return c

    def to_input_offset(self, offset: int, *, end: bool = False) -> int:
        """Map a code-point offset in ``source`` to an offset in the caller's input.

        Returns a code-point offset for ``str`` input and a byte offset for
        ``bytes`` input. An offset inside a repaired region maps to the start of
        the region's input text, or to its end with ``end=True``, so a mapped span
        always covers whole repairs. At a deleted region (a zero-width space, a
        tag) a start maps after the deletion and an end (``end=True``) before it.
        Raises ``ValueError`` if ``offset`` is outside ``[0, len(source)]``, or
        for a bytes report that has lost its input map. See docs/encoding.md.
        """
        if not 0 <= offset <= len(self.source):
            raise ValueError(
                f"offset {offset} is outside report.source (length {len(self.source)}); "
                "offsets are code points into report.source"
            )
        return self._map().to_input(offset, end=end)

    def to_input_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open ``source`` span to the smallest input span that holds
        everything it came from (code points for ``str``, bytes for ``bytes``):
        the input slice, with the repairs inside it applied, is the source span
        widened to whole repairs. Raises ``ValueError`` if ``start > end`` or
        either is outside ``[0, len(source)]``."""
        if start > end:
            raise ValueError(f"span start {start} is after its end {end}")
        if start == end:
            p = self.to_input_offset(start)
            return p, p
        return self.to_input_offset(start), self.to_input_offset(end, end=True)

    def _map(self):
        m = self.input_map
        if m is None:
            from .encoding import InputMap  # encoding imports core

            if self.input_kind != "str":
                raise ValueError(
                    "this report has no input map for its bytes input (a report rebuilt "
                    "from JSON keeps no input bytes): map offsets with the report clean() returned"
                )
            m = InputMap(
                "str",
                [
                    (r.input_start, r.input_end, r.source_start, r.source_end)
                    for r in self.repairs
                    if r.step != "decode"
                ],
            )
            object.__setattr__(self, "input_map", m)
        return m

    def to_dict(self, *, compact: bool = False) -> dict[str, Any]:
        """JSON-ready form: dicts, lists, strings and integers (the CLI's
        ``--report`` writes it, adding ``file``, the input's name).

        Keys:

        - ``version``: the schema version, ``1``; bumped on any incompatible change.
        - ``input``: ``kind``, ``length``, ``encoding`` and ``replaced_bytes``:
          the ``input_kind``, ``input_length``, ``encoding`` (``null`` for
          ``str`` input) and ``replaced_bytes`` attributes.
        - ``pipeline``: the filter names that ran, in order.
        - ``removed_chars``: code points removed from ``source``.
        - ``counts``: filter name -> code points it removed (see ``counts()``).
        - ``source``: the ``source`` text (full form only).
        - ``removals``: one object per removal with the ``Removal`` fields
          ``start``, ``end``, ``filter``, ``reason`` and ``text``.
        - ``repairs``: one object per repair with the ``Repair`` fields
          ``step``, ``source_start``, ``source_end``, ``input_start``,
          ``input_end``, ``before`` and ``after``.
        - ``notes``: how the charset was chosen; present only when there are notes.

        With ``compact=True`` the text is left out and only offsets, names and
        counts remain: no ``source``, each removal is ``[start, end, filter,
        reason]`` and each repair ``[step, source_start, source_end,
        input_start, input_end]``.

        This is the reference an installed copy carries (``python -m pydoc
        cleantext.Report``); docs/report.md in the source repository describes
        the same schema with worked examples.
        """
        d: dict[str, Any] = {
            "version": 1,
            "input": {
                "kind": self.input_kind,
                "length": self.input_length,
                "encoding": self.encoding,
                "replaced_bytes": self.replaced_bytes,
            },
            "pipeline": list(self.pipeline),
            "removed_chars": self.removed_chars(),
            "counts": self.counts(),
        }
        if compact:
            d["removals"] = [[r.start, r.end, r.filter, r.reason] for r in self.removals]
            d["repairs"] = [
                [r.step, r.source_start, r.source_end, r.input_start, r.input_end]
                for r in self.repairs
            ]
        else:
            d["source"] = self.source
            d["removals"] = [r.to_dict() for r in self.removals]
            d["repairs"] = [r.to_dict() for r in self.repairs]
        if self.notes:
            d["notes"] = list(self.notes)
        return d


class Cleaned(NamedTuple):
    """Result of ``clean``: unpackable as ``text, report = clean(x)``."""

    text: str
    report: Report


# --------------------------------------------------------------------------- cut

# Whitespace that a cut may leave dangling in the kept text is looked for only
# at the cuts, and checked against the source context before anything is
# removed, so whitespace the author wrote (code indentation, the blank line
# between two paragraphs) stays unless a cut created the problem. Spaces are
# settled first, line breaks second (a line emptied by several cuts is only
# seen to be empty once its spaces are gone).


_START, _END, _FILTER = itemgetter(0), itemgetter(1), itemgetter(2)
_START_RANK = itemgetter(0, 2)


def _resolve(
    spans: list[tuple[int, int, int, str, str]],
) -> list[tuple[int, int, str, str]]:
    """Turn possibly overlapping ``(start, end, rank, filter, reason)`` spans into
    sorted disjoint ``(start, end, filter, reason)``; overlaps go to the lowest
    rank (the filter listed first in the pipeline)."""
    if not spans:
        return []
    # by (start, rank, -end): two stable sorts on C-level keys, cheaper than
    # one sort calling a Python key function per span
    spans.sort(key=_END, reverse=True)
    spans.sort(key=_START_RANK)
    # Cut the text at every span edge; each elementary segment goes to the
    # first span (in this order) among those of the lowest rank covering it.
    edges = set(map(_START, spans))
    edges.update(map(_END, spans))
    bounds = sorted(edges)
    index = dict(zip(bounds, range(len(bounds))))
    owner: list[tuple[int, int, int, str, str] | None] = [None] * (len(bounds) - 1)
    for sp in spans:
        rank = sp[2]
        for i in range(index[sp[0]], index[sp[1]]):
            cur = owner[i]
            if cur is None or rank < cur[2]:
                owner[i] = sp
    # Runs of segments with the same filter and reason become one piece.
    merged: list[list] = []
    last: list | None = None
    for i, o in enumerate(owner):
        if o is None:
            last = None
        elif last is not None and last[2] == o[3] and last[3] == o[4]:
            last[1] = bounds[i + 1]
        else:
            last = [bounds[i], bounds[i + 1], o[3], o[4]]
            merged.append(last)
    return [(s, e, f, r) for s, e, f, r in merged]


class _KeptMap:
    """Maps offsets of the kept text (source minus removed pieces) back to source."""

    __slots__ = ("src", "out", "length")

    def __init__(self, src: list[int], out: list[int], length: int) -> None:
        self.src = src  # source offset where each kept stretch starts
        self.out = out  # its offset in the kept text
        self.length = length  # of the kept text

    def to_src(self, o: int) -> int:
        """Source offset of kept character ``o`` (``0 <= o < length``)."""
        i = bisect.bisect_right(self.out, o) - 1
        return self.src[i] + o - self.out[i]

    def ranges(self, a: int, b: int) -> list[tuple[int, int]]:
        """Source ranges holding kept text ``[a, b)`` (one per kept piece crossed)."""
        res = []
        i = bisect.bisect_right(self.out, a) - 1
        while a < b:
            po, ps = self.out[i], self.src[i]
            pend = self.out[i + 1] if i + 1 < len(self.out) else self.length
            hi = min(b, pend)
            res.append((ps + a - po, ps + hi - po))
            a = hi
            i += 1
        return res


def cut(source: str, spans: list[tuple[int, int, int, str, str]]) -> tuple[Removal, ...]:
    """Resolve filter spans into the final removals, including seam whitespace.

    ``spans`` holds ``(start, end, rank, filter, reason)`` tuples on ``source``
    (already validated). Returns sorted, disjoint ``Removal`` records. Whitespace
    that a cut leaves dangling (an emptied line, a doubled space, a new blank
    line, leading or trailing blank lines) is removed too and attributed to the
    removal it borders, or to ``"layout"``/``"seam_whitespace"`` if none.
    """
    pieces = _resolve(spans)
    if not pieces:
        return ()
    kept = _Kept(source, pieces)
    seam = _space_seams(source, kept)
    if seam:
        pieces = _attach_seams(pieces, seam)
        kept = _Kept(source, pieces)
    seam = _break_seams(source, kept)
    if seam:
        pieces = _attach_seams(pieces, seam)
    return tuple([_removal(s, e, f, r, source[s:e]) for s, e, f, r in pieces])


class _Kept:
    """The text left after removing ``pieces`` from ``source``, with the map back
    to source and the positions (in the kept text) where something was cut."""

    __slots__ = ("out", "km", "cuts")

    def __init__(self, source: str, pieces: list[tuple[int, int, str, str]]) -> None:
        parts: list[str] = []
        src: list[int] = []
        outs: list[int] = []
        cuts: list[int] = []
        pos = opos = 0  # in source and in the kept text
        for s, e, _, _ in pieces:
            if s > pos:  # a kept stretch before this piece
                parts.append(source[pos:s])
                src.append(pos)
                outs.append(opos)
                opos += s - pos
            cuts.append(opos)
            pos = e
        n = len(source)
        if pos < n:
            parts.append(source[pos:])
            src.append(pos)
            outs.append(opos)
            opos += n - pos
        self.out = "".join(parts)
        self.km = _KeptMap(src, outs, opos)
        self.cuts = sorted(set(cuts))

    def first_cut_inside(self, a: int, b: int) -> int | None:
        """The first cut position in ``(a, b)``, or ``None``."""
        i = bisect.bisect_right(self.cuts, a)
        return self.cuts[i] if i < len(self.cuts) and self.cuts[i] < b else None


def _run_around(text: str, pos: int, chars: str) -> tuple[int, int]:
    """The half-open run of ``chars`` in ``text`` that touches position ``pos``."""
    a = b = pos
    n = len(text)
    while a > 0 and text[a - 1] in chars:
        a -= 1
    while b < n and text[b] in chars:
        b += 1
    return a, b


def _space_seams(source: str, k: _Kept) -> list[tuple[int, int]]:
    """Spaces and tabs a cut left dangling: at the start or end of a line, or
    doubled inside one. Only the whitespace run at each cut is examined, so the
    cost grows with the number of cuts, not with the length of the text."""
    out, km, n = k.out, k.km, len(source)
    olen = len(out)
    seam: list[tuple[int, int]] = []
    done = -1
    for c in k.cuts:
        if c < done:
            continue
        a, b = _run_around(out, c, " \t")
        done = b
        if a == b:
            continue
        at_start = a == 0 or out[a - 1] == "\n"
        at_end = b == olen or out[b] == "\n"
        if at_start and at_end:  # a line left with only spaces
            seam.extend(km.ranges(a, b))
        elif at_start:
            s0 = km.to_src(a)
            if not (s0 == 0 or source[s0 - 1] == "\n"):
                seam.extend(km.ranges(a, b))  # spaces that followed a cut
            else:  # the author's indentation: keep it, drop what followed a cut
                inner = k.first_cut_inside(a, b)
                if inner is not None:
                    seam.extend(km.ranges(inner, b))
        elif at_end:
            s1 = km.to_src(b - 1) + 1
            if not (s1 == n or source[s1] == "\n"):
                seam.extend(km.ranges(a, b))
        elif b - a >= 2 and k.first_cut_inside(a, b) is not None:
            seam.extend(km.ranges(a + 1, b))  # a doubled space: keep one
    return seam


def _break_seams(source: str, k: _Kept) -> list[tuple[int, int]]:
    """Line breaks a cut left dangling: at the edges of the text, or more of
    them in a row than the source had around the cut (at most one blank line)."""
    out, km = k.out, k.km
    olen = len(out)
    seam: list[tuple[int, int]] = []
    done = -1
    for c in k.cuts:
        if c < done:
            continue
        a, b = _run_around(out, c, " \t\n")
        done = b
        # the run of line breaks: from the first to the last "\n" around the cut
        first = out.find("\n", a, b)
        if first < 0:
            continue
        a, b = first, out.rfind("\n", a, b) + 1
        if not a <= c <= b:
            continue
        if a == 0 or b == olen:  # line breaks at the edge of the text
            seam.extend(km.ranges(a, b))
            continue
        if b - a == 1:
            continue
        keep = min(2, max([source.count("\n", s, e) for s, e in km.ranges(a, b)]))
        if keep == 2 and out.count("\n", a, b) >= 2:
            if b - a > 2:
                seam.extend(km.ranges(a + 1, b - 1))
        else:
            seam.extend(km.ranges(a + 1, b))
    return seam


def _attach_seams(
    pieces: list[tuple[int, int, str, str]], seam: list[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """Merge seam whitespace ranges into a removal they touch (the one before
    them, else the one after); the rest become ``layout`` removals.

    ``pieces`` are sorted and disjoint, and seams lie in the kept text, so only
    the piece after each seam can change: the pieces in between are copied in
    one slice (``_attach_seams_general`` walks them one by one; it also serves
    pieces that are themselves ``layout`` removals, which can absorb the next)."""
    if LAYOUT in map(_FILTER, pieces):
        return _attach_seams_general(pieces, seam)
    starts = list(map(_START, pieces))
    out: list[tuple[int, int, str, str]] = []
    i = 0  # pieces[:i] are placed
    for s, e in sorted(seam):
        j = bisect.bisect_right(starts, s, i)
        if i < j:
            _place_piece(out, pieces[i])
            out += pieces[i + 1 : j]
            i = j
        if out and out[-1][1] >= s:
            ps, pe, f, r = out[-1]
            out[-1] = (ps, max(pe, e), f, r)
        else:
            out.append((s, e, LAYOUT, "seam_whitespace"))
    if i < len(pieces):
        _place_piece(out, pieces[i])
        out += pieces[i + 1 :]
    return out


def _place_piece(out: list[tuple[int, int, str, str]], piece: tuple[int, int, str, str]) -> None:
    """Add a piece after a seam: a ``layout`` removal just before it becomes
    part of it; a piece overlapped by what precedes it keeps only the rest."""
    s, e, f, r = piece
    if out and out[-1][1] >= s:
        ps, pe, pf, _ = out[-1]
        if pf == LAYOUT and pe == s:
            out[-1] = (ps, e, f, r)
            return
        s = max(s, pe)
        if s >= e:
            return
    out.append((s, e, f, r))


def _attach_seams_general(
    pieces: list[tuple[int, int, str, str]], seam: list[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """``_attach_seams``, one piece and seam at a time in order of position."""
    items = sorted(
        [(s, e, 0, f, r) for s, e, f, r in pieces]
        + [(s, e, 1, LAYOUT, "seam_whitespace") for s, e in seam]
    )
    out: list[list[Any]] = []
    for s, e, is_seam, f, r in items:
        if out and out[-1][1] >= s:
            prev = out[-1]
            if is_seam:
                prev[1] = max(prev[1], e)
                continue
            if prev[2] == LAYOUT and prev[1] == s:
                prev[1], prev[2], prev[3] = e, f, r
                continue
            s = max(s, prev[1])
            if s >= e:
                continue
        out.append([s, e, f, r])
    return [(s, e, f, r) for s, e, f, r in out]
