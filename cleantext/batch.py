"""Corpus-scale cleaning: many documents, in order, on several processes, in
bounded memory.

``clean_many`` is the library entry point; ``JsonlOptions`` and ``jsonl_chunk``
hold the JSON Lines record logic the CLI's ``--jsonl`` mode runs (one record
in, one record out). Work is cut into chunks (a bounded number of documents and
characters each); at most ``window`` chunks are in flight at once, so memory does
not grow with the size of the input, and results come back in input order.

Workers are ``concurrent.futures.ProcessPoolExecutor`` processes. Everything
sent to them pickles: ``Pipeline`` objects and the registered filters are
module-level and pickle by reference, so the same pipeline also runs under
``multiprocessing``, Dask or Spark unchanged.
"""

from __future__ import annotations

import json
import os
import pickle
import signal
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence, Union

from .core import Cleaned
from .pipeline import Pipeline, resolve_pipeline

__all__ = [
    "clean_many",
    "default_jobs",
    "ordered_map",
    "warm_up",
    "JsonlOptions",
    "Stats",
    "RecordError",
    "TooLong",
    "jsonl_chunk",
    "ERROR_KINDS",
    "DEFAULT_MAX_CHARS",
]

#: Largest text field (code points) the JSONL mode cleans; larger records are
#: errors of kind ``too_large``. 50 M code points is far above any article.
DEFAULT_MAX_CHARS = 50_000_000

#: Error kinds a JSONL record can carry, in the order the summary lists them.
ERROR_KINDS = (
    "invalid_json",  # not JSON, not UTF-8, or not writable back as standard JSON
    "not_an_object",  # JSON, but not an object ({...})
    "missing_field",  # no text field
    "not_a_string",  # the text field is null, a number, a list...
    "too_large",  # text field or line over the --max-chars limit
    "clean_failed",  # the pipeline raised (a custom filter's bug)
)


def default_jobs() -> int:
    """Number of CPU cores this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# ------------------------------------------------------------ ordered map

_WORKER: tuple[Callable[[Any, Any], Any], Any] | None = None


def _init_worker(fn: Callable[[Any, Any], Any], state: Any) -> None:
    global _WORKER
    # Ctrl-C is for the parent, which stops the pool; workers would only print
    # tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = (fn, state)



def _wide_hint(raw: bytes) -> str:
    """A hint when a line that is not UTF-8 looks like UTF-16 or UTF-32 (a
    BOM, or NUL bytes in one position of every two or four bytes between
    printable ASCII bytes, as ASCII text has them in those encodings), or
    like binary data (NUL bytes otherwise)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _WIDE
    if raw.count(0) * 4 >= len(raw):
        rest = bytes(raw).replace(b"\x00", b"")
        printable = sum(1 for b in rest if 32 <= b < 127 or b in (9, 10, 13))
        if printable * 5 >= len(rest) * 4:  # the other bytes are text
            for m in (2, 4):
                for k in range(m):
                    col = raw[k::m]
                    if len(col) >= 2 and col.count(0) * 10 >= len(col) * 9:
                        return _WIDE
        return " (the line holds many NUL bytes: binary data, not text)"
    return ""


_WIDE = " (the file looks like UTF-16 or UTF-32: convert it, e.g. iconv -f UTF-16 -t UTF-8)"

def _run(chunk: Any) -> Any:
    assert _WORKER is not None
    fn, state = _WORKER
    return fn(state, chunk)


def ordered_map(
    fn: Callable[[Any, Any], Any],
    state: Any,
    chunks: Iterable[Any],
    *,
    jobs: int = 1,
    window: int | None = None,
    mp_context: Any = None,
) -> Iterator[Any]:
    """Yield ``fn(state, chunk)`` for every chunk, in order.

    With ``jobs > 1`` the calls run in that many worker processes; ``fn`` and
    ``state`` are sent once to each worker (they must pickle), chunks one by
    one. At most ``window`` chunks (default ``2 * jobs``) are submitted and not
    yet yielded, so ``chunks`` is consumed lazily and memory stays bounded.
    When there is only one chunk, it runs in this process (no pool start-up).
    Closing the generator early cancels the chunks not yet started. An
    exception raised by ``fn`` is re-raised here, at its chunk's turn.
    """
    it = iter(chunks)
    if jobs <= 1:
        for c in it:
            yield fn(state, c)
        return
    first = next(it, _END)
    if first is _END:
        return
    second = next(it, _END)
    if second is _END:
        yield fn(state, first)
        return
    from concurrent.futures import ProcessPoolExecutor

    window = max(2, window or 2 * jobs)
    ex = ProcessPoolExecutor(
        max_workers=jobs, mp_context=mp_context, initializer=_init_worker, initargs=(fn, state)
    )
    pending: deque = deque()
    try:
        pending.append(ex.submit(_run, first))
        pending.append(ex.submit(_run, second))
        for c in it:
            pending.append(ex.submit(_run, c))
            while len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for f in pending:
            f.cancel()
        ex.shutdown(wait=True, cancel_futures=True)


_END = object()


def _check_pickles(obj: Any, what: str) -> None:
    try:
        pickle.dumps(obj)
    except Exception as e:  # PicklingError, AttributeError, TypeError
        raise TypeError(
            f"{what} cannot be sent to worker processes ({e}); use filters that are "
            "module-level functions or functools.partial of them (not lambdas or local "
            "functions), or jobs=1"
        ) from None


# A short text with a line of each kind the filters look at, so that their
# patterns (compiled on first use) are compiled before workers are forked.
_WARM_TEXT = (
    "Share this article\nFacebook Twitter Email\nAdvertisement\nPhoto: A. Lee/Agency\n"
    "IconIcon FacebookIcon\n{{ author }}\nYou have 2 free articles left\nNext article\n"
    "We use cookies. Accept all\nSign up for our newsletter\nRelated stories\n"
    "12 comments\nBy A. Lee\n© 2024 All rights reserved\nMenu\n"
    "The council met on Tuesday and approved the budget for the harbour.\n"
)


def warm_up(pipeline: Pipeline) -> None:
    """Run ``pipeline`` once on a short text so that patterns compiled on
    first use are ready before worker processes are forked (each would
    otherwise compile them again). Never raises."""
    try:
        pipeline.clean(_WARM_TEXT)
        pipeline.clean(_WARM_TEXT.encode("cp1252", "replace"))
    except Exception:
        pass


# ------------------------------------------------------------ clean_many

Item = Union[str, bytes]


def _clean_items(state: tuple[Pipeline, str | None, bool], items: list[Item]) -> list[Any]:
    pipeline, encoding, catch = state
    out: list[Any] = []
    for x in items:
        if not catch:
            out.append(pipeline.clean(x, encoding=encoding))
            continue
        try:
            out.append(pipeline.clean(x, encoding=encoding))
        except Exception as e:  # returned in place, raised or yielded by clean_many
            out.append(e)
    return out


def _chunked(items: Iterable[Any], size: int, max_chars: int, length: Callable[[Any], int]):
    chunk: list[Any] = []
    chars = 0
    for x in items:
        chunk.append(x)
        chars += length(x)
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _length(x: Any) -> int:
    try:
        return len(x)
    except TypeError:
        return 0


def clean_many(
    items: Iterable[Item],
    *,
    jobs: int | None = None,
    pipeline: Pipeline | str | None = None,
    encoding: str | None = None,
    chunksize: int = 64,
    chunk_chars: int = 1 << 20,
    window: int | None = None,
    on_error: str = "raise",
    mp_context: Any = None,
) -> Iterator[Cleaned | Exception]:
    """Clean many documents; yields one ``Cleaned`` per item, in input order.

    ``items``: any iterable of ``str`` or ``bytes`` documents, such as a list
    (consumed lazily: a generator over a huge corpus is fine); a single ``str``
    or ``bytes`` is not one (it would be cleaned one character at a time) and
    raises ``TypeError``: pass ``[text]``. ``jobs``: worker processes; ``None``
    (the default) or ``0`` means every core this process may use, ``1`` runs
    here, without a pool.
    ``pipeline``/``encoding``: as for ``clean``. Items travel to workers in
    chunks of at most ``chunksize`` documents or ``chunk_chars`` code points
    (bytes for ``bytes`` items), whichever comes first; at most ``window``
    chunks (default ``2 * jobs``) are in flight, so memory is bounded by about
    ``window * chunk_chars`` plus the largest document, whatever the input size.
    ``mp_context``: a ``multiprocessing`` context (default: the platform's).

    ``on_error="raise"`` (default) raises a document's exception
    (``TypeError``, ``BinaryInputError``, ``LookupError``, ``FilterError``, see
    ``clean``) when its turn comes, after every earlier result was yielded;
    ``on_error="return"`` yields the exception object in that document's place
    and goes on. Raises ``ValueError`` for a bad ``jobs`` (negative, not an
    int), ``chunksize`` or ``on_error``, and ``TypeError`` when ``items`` is a
    single ``str`` or ``bytes``, or if ``jobs > 1`` and the pipeline does not
    pickle (a lambda filter, say).
    """
    if isinstance(items, (str, bytes, bytearray)):
        raise TypeError(
            f"clean_many takes an iterable of documents, not one {type(items).__name__} "
            "(it would clean each character as a document); pass a list of documents, "
            "e.g. clean_many([text]), or use clean(text) for one"
        )
    if on_error not in ("raise", "return"):
        raise ValueError(f"on_error must be 'raise' or 'return', not {on_error!r}")
    if jobs is not None and (not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0):
        raise ValueError(f"jobs must be 0 or None (every core) or a positive int, not {jobs!r}")
    if not jobs:
        jobs = default_jobs()
    if chunksize < 1 or chunk_chars < 1:
        raise ValueError("chunksize and chunk_chars must be positive")
    p = resolve_pipeline(pipeline)
    if jobs > 1:
        _check_pickles(p, f"pipeline {p!r}")
        warm_up(p)
    state = (p, encoding, True)
    chunks = _chunked(items, chunksize, chunk_chars, _length)
    return _flatten(ordered_map(_clean_items, state, chunks, jobs=jobs, window=window,
                                mp_context=mp_context), on_error)


def _flatten(results: Iterator[list[Any]], on_error: str) -> Iterator[Any]:
    """Chunk results, one item at a time; closing this closes ``results``
    (which stops the worker pool)."""
    try:
        for chunk in results:
            for r in chunk:
                if isinstance(r, Exception) and on_error == "raise":
                    raise r
                yield r
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()


# ------------------------------------------------------------ JSON Lines


@dataclass(frozen=True)
class TooLong:
    """Stands for an input line longer than the read limit, which was skipped
    unread (``nbytes``: at least this many bytes)."""

    nbytes: int


@dataclass(frozen=True)
class RecordError:
    """One bad record: ``line`` (1-based, in its file), ``kind`` (one of
    ``ERROR_KINDS``) and a human ``message`` saying what to do."""

    file: str | None
    line: int
    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {} if self.file is None else {"file": self.file}
        d.update(line=self.line, error=self.kind, message=self.message)
        return d

    def __str__(self) -> str:
        where = f"{self.file or '<stdin>'}:{self.line}"
        return f"{where}: {self.kind}: {self.message}"


@dataclass
class Stats:
    """Counters for a run, summed over chunks (``merge``).

    ``docs``: records read (blank lines are not records); ``cleaned``: records
    cleaned; ``chars_in``/``chars_out``: code points of the text fields before
    and after cleaning (cleaned records only); ``removals``: per filter name,
    ``[spans, code points]`` removed; ``errors``: per error kind, count;
    ``written``: records written.
    """

    docs: int = 0
    cleaned: int = 0
    chars_in: int = 0
    chars_out: int = 0
    written: int = 0
    removals: dict[str, list[int]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)

    def merge(self, other: "Stats") -> None:
        self.docs += other.docs
        self.cleaned += other.cleaned
        self.chars_in += other.chars_in
        self.chars_out += other.chars_out
        self.written += other.written
        for k, (n, c) in other.removals.items():
            cur = self.removals.setdefault(k, [0, 0])
            cur[0] += n
            cur[1] += c
        for k, n in other.errors.items():
            self.errors[k] = self.errors.get(k, 0) + n

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


@dataclass(frozen=True)
class JsonlOptions:
    """How ``jsonl_chunk`` treats each record (the CLI's ``--jsonl`` flags).

    ``text_field``: the field to clean; ``output_field``: where the clean text
    goes (``None``: replace ``text_field``); ``report_field``: if set, the
    report goes there, as ``Report.to_dict(compact=report_format == "compact")``;
    ``error_field``: where a bad record's error goes; ``on_error``: ``"pass"``
    (write the record unchanged with the error), ``"skip"`` (write nothing) or
    ``"fail"`` (stop); ``max_chars``: largest text field cleaned, in code points.
    """

    pipeline: Pipeline
    text_field: str = "text"
    output_field: str | None = None
    report_field: str | None = None
    report_format: str = "compact"
    error_field: str = "cleantext_error"
    on_error: str = "pass"
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass
class ChunkResult:
    """What ``jsonl_chunk`` returns: output lines (UTF-8, newline-terminated),
    the chunk's ``Stats``, its errors, and ``stopped`` if ``on_error="fail"``
    stopped it at its first error (``lines`` then holds the records before it)."""

    lines: list[bytes]
    stats: Stats
    errors: list[RecordError]
    stopped: bool = False
    tag: Any = None


def _dumps(obj: Any) -> bytes:
    # allow_nan=False: records are parsed with _loads, which lets no NaN or
    # infinity in, and nothing else here makes one; JSON has no spelling for them
    s = json.dumps(obj, ensure_ascii=False, separators=(", ", ": "), allow_nan=False)
    try:
        return s.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates (valid as JSON \u escapes)
        return json.dumps(obj, ensure_ascii=True, separators=(", ", ": "),
                          allow_nan=False).encode("ascii") + b"\n"


class _NotWritable(ValueError):
    """A line that Python's json module reads but that cannot be written back
    as standard JSON (RFC 8259) with the same content; the message says why."""


def _no_constant(name: str) -> Any:
    raise _NotWritable(
        f"not valid JSON: {name} is not a JSON value (JSON has no NaN or Infinity); "
        "write null or a string instead"
    )


def _finite_float(s: str) -> float:
    f = float(s)
    if f in (_INF, -_INF):
        shown = s if len(s) <= 24 else f"{s[:10]}...{s[-10:]} ({len(s)} characters)"
        raise _NotWritable(
            f"the number {shown} is too large for a 64-bit float: it would be written "
            "back as Infinity, which JSON has no spelling for; write it as a string"
        )
    return f


_INF = float("inf")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = dict(pairs)
    if len(d) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise _NotWritable(
                    f"duplicate key {k!r}: an object can keep only one of its values, "
                    "so writing the record back would lose data; remove or rename "
                    "the repeated key"
                )
            seen.add(k)
    return d


def _loads(text: str) -> Any:
    """``json.loads`` that refuses what cannot be written back as standard
    JSON with the same content: the NaN/Infinity literals Python accepts, a
    number beyond the float range (read as infinity) and a key repeated in an
    object (only its last value would survive). Raises ``_NotWritable``."""
    return json.loads(
        text, parse_constant=_no_constant, parse_float=_finite_float,
        object_pairs_hook=_unique_keys,
    )


def _raw_text(raw: bytes) -> str:
    return raw.rstrip(b"\r\n").decode("utf-8", errors="replace")


def jsonl_chunk(opts: JsonlOptions, chunk: tuple[str | None, int, Sequence[bytes | TooLong], Any]) -> ChunkResult:
    """Process one chunk of JSON Lines: ``(file, first_line_number, lines, tag)``.

    Each line is a UTF-8 JSON object; its ``opts.text_field`` is cleaned and
    every other field passes through (re-serialised: equal as JSON, spacing and
    number spelling may differ). Blank lines are dropped (they are not records).
    A bad record never stops the chunk unless ``opts.on_error == "fail"``.
    """
    file, lineno, raws, tag = chunk
    st = Stats()
    out: list[bytes] = []
    errors: list[RecordError] = []
    pipeline = opts.pipeline
    tf = opts.text_field
    of = opts.output_field or tf
    compact = opts.report_format == "compact"
    for i, raw in enumerate(raws):
        line = lineno + i
        if isinstance(raw, TooLong):
            st.docs += 1
            err = RecordError(
                file, line, "too_large",
                f"line is longer than {raw.nbytes} bytes (6 bytes for each of the --max-chars "
                f"{opts.max_chars} code points, plus 64 KiB for the rest of the record); it was "
                "not read; raise --max-chars to clean it",
            )
            rec: Any = None
        else:
            if not raw.strip():
                continue
            st.docs += 1
            err = None
            try:
                # decoded here, not by json.loads: given bytes, it would guess
                # UTF-16 or UTF-32 from NUL bytes
                # (without its line break: inside an unterminated string it
                # would be reported as a control character)
                text = (raw.decode("utf-8") if isinstance(raw, (bytes, bytearray)) else raw).rstrip("\r\n")
                if line == 1 and text.startswith("\ufeff"):
                    text = text[1:]  # a UTF-8 BOM that Windows tools put before the first record
                rec = _loads(text)
            except UnicodeDecodeError as e:
                rec = None
                err = RecordError(file, line, "invalid_json",
                                  f"line is not UTF-8 ({e.reason} at byte {e.start}){_wide_hint(raw)}; "
                                  "JSON Lines are UTF-8")
            except json.JSONDecodeError as e:
                rec = None
                # json's messages that name a place end with "at" ("Unterminated
                # string starting at"): the position completes them
                what = e.msg[:-3] if e.msg.endswith(" at") else e.msg
                # NUL bytes are valid UTF-8: a wide encoding's or a binary
                # file's line may decode and fail only here
                hint = _wide_hint(raw) if isinstance(raw, (bytes, bytearray)) and 0 in raw else ""
                err = RecordError(file, line, "invalid_json",
                                  f"not valid JSON: {what} at character {e.pos} of the line{hint}")
            except _NotWritable as e:
                rec = None
                err = RecordError(file, line, "invalid_json", str(e))
            except ValueError as e:
                rec = None
                err = RecordError(file, line, "invalid_json", f"not valid JSON: {e}")
            except RecursionError:
                rec = None
                err = RecordError(file, line, "invalid_json", "not valid JSON: nested too deeply")
            if err is None:
                if not isinstance(rec, dict):
                    err = RecordError(file, line, "not_an_object",
                                      f"a record must be a JSON object, not a JSON {type(rec).__name__}")
                elif tf not in rec:
                    err = RecordError(file, line, "missing_field",
                                      f"record has no {tf!r} field; choose the field with --text-field")
                elif not isinstance(rec[tf], str):
                    v = rec[tf]
                    kind = "null" if v is None else type(v).__name__
                    err = RecordError(file, line, "not_a_string",
                                      f"field {tf!r} is {kind}, not a string")
                elif len(rec[tf]) > opts.max_chars:
                    err = RecordError(file, line, "too_large",
                                      f"field {tf!r} has {len(rec[tf])} code points, over the limit "
                                      f"of {opts.max_chars} (--max-chars)")
            if err is None:
                text = rec[tf]
                try:
                    res = pipeline.clean(text)
                except Exception as e:  # a custom filter's bug must not stop a corpus run
                    err = RecordError(file, line, "clean_failed", f"{type(e).__name__}: {e}")
                else:
                    rep = res.report
                    st.cleaned += 1
                    st.chars_in += len(text)
                    st.chars_out += len(res.text)
                    for r in rep.removals:
                        cur = st.removals.get(r.filter)
                        if cur is None:
                            st.removals[r.filter] = [1, r.end - r.start]
                        else:
                            cur[0] += 1
                            cur[1] += r.end - r.start
                    rec[of] = res.text
                    if opts.report_field:
                        rec[opts.report_field] = rep.to_dict(compact=compact)
                    out.append(_dumps(rec))
                    st.written += 1
                    continue
        # a bad record
        errors.append(err)
        st.errors[err.kind] = st.errors.get(err.kind, 0) + 1
        if opts.on_error == "fail":
            return ChunkResult(out, st, errors, stopped=True, tag=tag)
        if opts.on_error == "skip":
            continue
        if isinstance(rec, dict):
            mark = err.to_dict()
            if opts.error_field in rec:
                # the record had the field already (an earlier run's mark, or
                # its own data): kept inside the new mark, so nothing is lost
                mark["previous"] = rec[opts.error_field]
            rec[opts.error_field] = mark
            out.append(_dumps(rec))
        elif isinstance(raw, TooLong):
            out.append(_dumps({opts.error_field: err.to_dict()}))
        else:
            out.append(_dumps({opts.error_field: err.to_dict(), "raw": _raw_text(raw)}))
        st.written += 1
    return ChunkResult(out, st, errors, tag=tag)
