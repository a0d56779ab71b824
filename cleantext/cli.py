"""Command-line interface: ``cleantext [FILE ...]`` (see docs/cli.md).

A thin layer over the library: every flag maps to one library argument; library
exceptions become one-line messages here. stdout carries only data (the clean
text, the JSON Lines records or the explain view); progress, per-record errors
and the closing summary go to stderr.

Modes: plain (each FILE is one document, read as bytes), ``--jsonl`` (one JSON
object a line, cleaned on ``--jobs`` worker processes, order kept) and
``--explain``/``--explain-html`` (audit views of the removals).

Exit status: 0 success, 1 input error (unreadable file, binary data, unknown
encoding, any bad JSONL record), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import re
import sys
import time
import zlib
from typing import IO, Any, Iterator, Sequence

from . import __version__
from .batch import (
    DEFAULT_MAX_CHARS,
    ERROR_KINDS,
    JsonlOptions,
    RecordError,
    Stats,
    TooLong,
    default_jobs,
    jsonl_chunk,
    ordered_map,
    warm_up,
)
from .encoding import BinaryInputError
from .pipeline import FILTERS, PRESETS, Pipeline

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2

#: Per-record errors printed on stderr one by one; the rest are only counted.
SHOWN_ERRORS = 10
#: A work unit holds at most this many bytes of JSON Lines (and --chunk-size records).
CHUNK_BYTES = 1 << 20


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 with one line
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _names(value: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise argparse.ArgumentTypeError(
            f"no filter name in {value!r}; give one or more comma-separated names "
            "(cleantext --list-filters shows them)"
        )
    bad = [n for n in names if n not in FILTERS]
    if bad:
        raise argparse.ArgumentTypeError(
            f"unknown filter(s): {', '.join(bad)}; valid names: {', '.join(FILTERS)}"
        )
    return names


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, not {n}")
    return n


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (all cores) or more, not {n}")
    return n or default_jobs()


def _field(value: str) -> str:
    if not value:
        raise argparse.ArgumentTypeError("a field name cannot be empty")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="cleantext",
        description="Clean scraped article text: remove page leftovers and repair "
        "encodings. Reads files (or stdin) as bytes, writes the clean text to stdout; "
        "with --jsonl, cleans one field of every JSON Lines record.",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="input files; none or '-' reads stdin (with --jsonl, .gz input is decompressed)",
    )
    g = p.add_argument_group("pipeline")
    g.add_argument(
        "--preset",
        choices=tuple(PRESETS),
        default="default",
        help="filter set: 'conservative' removes only what a rule identifies with "
        "certainty; 'default' adds the structural classifier (default: %(default)s)",
    )
    g.add_argument(
        "--only", type=_names, metavar="NAMES",
        help="run only these filters of the preset (comma-separated; a name the preset does not run is ignored, with a warning)",
    )
    g.add_argument(
        "--skip", type=_names, metavar="NAMES",
        help="do not run these filters of the preset (comma-separated; leaving no filter to run is a usage error)",
    )
    g.add_argument("--list-filters", action="store_true", help="list the filter names and exit")
    g.add_argument(
        "--encoding",
        metavar="ENC",
        help="decode the input with this codec instead of detecting it (e.g. windows-1252); "
        "plain mode only (JSON Lines are UTF-8)",
    )
    g.add_argument(
        "--no-repair",
        action="store_true",
        help="skip mojibake, HTML entity and markup repair (whitespace is still normalised)",
    )
    g.add_argument(
        "--report",
        metavar="PATH",
        help="write the JSON report (Report.to_dict(); the fields are described by "
        "'python -m pydoc cleantext.Report') to PATH; with several files, a JSON list "
        "of reports (plain mode; with --jsonl use --report-field)",
    )
    j = p.add_argument_group("JSON Lines (corpus) mode")
    j.add_argument(
        "--jsonl",
        action="store_true",
        help="input is JSON Lines: one JSON object a line in, one out, in the same order",
    )
    j.add_argument(
        "--text-field", type=_field, default="text", metavar="NAME",
        help="the field to clean (default: %(default)s)",
    )
    j.add_argument(
        "--output-field", type=_field, metavar="NAME",
        help="write the clean text to this field and keep the text field as it was "
        "(default: replace the text field)",
    )
    j.add_argument(
        "--report-field", type=_field, metavar="NAME",
        help="also put each record's report into this field",
    )
    j.add_argument(
        "--report-format", choices=("compact", "full"), default="compact",
        help="report in --report-field: 'compact' (offsets, names, counts) or 'full' "
        "(with source and removed text) (default: %(default)s)",
    )
    j.add_argument(
        "--error-field", type=_field, default="cleantext_error", metavar="NAME",
        help="field that marks a bad record in --on-error pass mode (default: %(default)s)",
    )
    j.add_argument(
        "--on-error", choices=("pass", "skip", "fail"), default="pass",
        help="a bad record (invalid JSON, missing or non-string text field, too large) is "
        "passed through with an error field, skipped, or stops the run (default: %(default)s); "
        "any bad record makes the exit status 1",
    )
    j.add_argument(
        "--max-chars", type=_positive, default=DEFAULT_MAX_CHARS, metavar="N",
        help="largest text field cleaned, in code points; larger records are bad records "
        "(default: %(default)s)",
    )
    j.add_argument(
        "-j", "--jobs", type=_jobs, default=None, metavar="N",
        help="worker processes (default and 0: all cores); output order is kept",
    )
    j.add_argument(
        "--chunk-size", type=_positive, default=256, metavar="N",
        help="records per work unit sent to a worker (at most 1 MiB each) (default: %(default)s)",
    )
    o = p.add_argument_group("progress and audit")
    o.add_argument(
        "--progress", action="store_true",
        help="show a progress bar on stderr even when stderr is not a terminal",
    )
    o.add_argument(
        "-q", "--quiet", action="store_true",
        help="no progress bar, no per-record error lines and no summary on stderr",
    )
    o.add_argument(
        "--explain", action="store_true",
        help="print the source text with every removed span marked and labelled "
        "with its filter and reason, and the repairs made before filtering "
        "([~step: input→repaired~]), instead of the clean text",
    )
    o.add_argument(
        "--explain-html", metavar="PATH",
        help="write a self-contained HTML page showing the removed spans (one colour "
        "per filter, legend, counts) and the repairs to PATH",
    )
    o.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="ANSI colours in the --explain view: 'auto' when stdout is a terminal "
        "and NO_COLOR is unset (default: %(default)s)",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def _pipeline(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Pipeline:
    """The preset, narrowed by --only or --skip (names the preset does not run
    are ignored, with a warning on stderr unless --quiet); a selection that
    leaves no filter to run is a usage error."""
    p = Pipeline.preset(args.preset, fix_text=not args.no_repair)
    named = args.only or args.skip or ()
    ignored = [n for n in dict.fromkeys(named) if n not in p.names]
    if args.only:
        kept = [n for n in args.only if n in p.names]
        p = p.only(*kept) if kept else Pipeline([], fix_text=p.fix_text)  # refused below
    if args.skip:
        p = p.without(*[n for n in args.skip if n in p.names])
    if ignored and p.names and not args.quiet:
        # a name the preset does not run is ignored, but not silently
        which = "is" if len(ignored) == 1 else "are"
        _err(
            f"warning: {', '.join(ignored)} {which} not in the {args.preset!r} preset and "
            f"{'does' if len(ignored) == 1 else 'do'} not run (use --preset default to run every filter)"
        )
    if not p.names:
        runs = ", ".join(PRESETS[args.preset])
        if args.only:
            fits = [name for name, fs in PRESETS.items() if set(args.only) <= set(fs)]
            hint = f", or use --preset {fits[0]}" if fits else ""
            which = "this filter is not" if len(set(args.only)) == 1 else "none of these filters is"
            parser.error(
                f"--only {','.join(args.only)}: {which} in the {args.preset!r} preset, so no "
                f"filter would run; that preset runs {runs}: choose from these{hint}"
            )
        parser.error(
            f"--skip {','.join(args.skip)}: skips every filter of the {args.preset!r} preset "
            f"({runs}), so nothing would run; leave at least one of them"
        )
    return p


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def _err(msg: str) -> None:
    """``cleantext: msg`` on stderr, on a line of its own even while a
    progress bar is drawn there."""
    line = f"cleantext: {msg}"
    try:
        if _LIVE_BAR is not None and _BAR_STREAM is None:
            # a terminal: tqdm clears the bar, prints the line and redraws it
            _LIVE_BAR.write(line, file=sys.stderr)
            return
        if _BAR_STREAM is not None and _BAR_STREAM.open_line:
            sys.stderr.write("\n")  # a log file: end the bar's line first
        print(line, file=sys.stderr, flush=True)
        if _BAR_STREAM is not None:
            _BAR_STREAM.open_line = False
    except (OSError, ValueError):
        pass


def _unwritable(path: str) -> str:
    """Why a file cannot be written at ``path`` (checked before any cleaning,
    so that a bad path is not found after the work is done), or ``""``."""
    if os.path.isdir(path):
        return "is a directory; give a file name"
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        return f"directory {folder} does not exist; create it or choose another path"
    if os.path.exists(path):
        if not os.access(path, os.W_OK):
            return "the file is not writable; choose another path"
    elif not os.access(folder, os.W_OK | os.X_OK):
        return f"directory {folder} is not writable; choose another path"
    return ""


#: The lone surrogates a JSON document may hold: a file name that is not valid
#: UTF-8 comes from the OS with one for each undecodable byte.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_document(obj: Any) -> str:
    """``obj`` as indented JSON, non-ASCII text as itself; a lone surrogate,
    which UTF-8 cannot hold, as a ``\\udcff`` escape (as ``--jsonl`` writes it):
    a file name that is not valid UTF-8 reads back as the same Python string."""
    text = json.dumps(obj, ensure_ascii=False, indent=1)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 input error or bad
    records, 2 usage error)."""
    global _LIVE_BAR, _BAR_STREAM
    _LIVE_BAR = _BAR_STREAM = None
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit:  # --help, --version (or a usage error): flush what they printed
        _flush_stdout()
        raise
    except BrokenPipeError:
        _quiet_broken_pipe()
        return EXIT_OK
    if args.list_filters:
        try:
            for name, fn in FILTERS.items():
                sys.stdout.write(f"{name:16} {_summary_line(fn.__doc__ or '')}\n")
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_broken_pipe()
        return EXIT_OK
    if args.only and args.skip:
        parser.error("--only and --skip cannot be used together")
    if args.jsonl:
        if args.encoding:
            parser.error("--encoding applies to plain text input; JSON Lines are UTF-8")
        if args.report:
            parser.error("--report writes one report for plain input; with --jsonl use "
                         "--report-field NAME to put each record's report into the record")
        if args.explain or args.explain_html:
            parser.error("--explain/--explain-html take plain documents; to audit one "
                         "record, pipe its text in: jq -r .text | cleantext --explain")
        if args.output_field and args.output_field == args.text_field:
            args.output_field = None
        out_field = args.output_field or args.text_field
        if args.report_field in (args.text_field, out_field):
            parser.error("--report-field must differ from the text and output fields")
        if args.error_field in (args.text_field, out_field, args.report_field):
            parser.error("--error-field must differ from the text, output and report fields")
    else:
        jsonl_only = [
            flag
            for flag, used in (
                ("--text-field", args.text_field != "text"),
                ("--output-field", args.output_field is not None),
                ("--report-field", args.report_field is not None),
                ("--report-format", args.report_format != "compact"),
                ("--error-field", args.error_field != "cleantext_error"),
                ("--on-error", args.on_error != "pass"),
                ("--max-chars", args.max_chars != DEFAULT_MAX_CHARS),
                ("--chunk-size", args.chunk_size != 256),
            )
            if used
        ]
        if jsonl_only:
            verb = "applies" if len(jsonl_only) == 1 else "apply"
            parser.error(f"{', '.join(jsonl_only)} {verb} to JSON Lines input: add --jsonl")
    if args.encoding:
        import codecs

        try:
            codecs.lookup(args.encoding)
        except LookupError:
            print(
                f"cleantext: unknown encoding {args.encoding!r}: use a codec name such as "
                "utf-8, windows-1252, gb18030 or shift_jis",
                file=sys.stderr,
            )
            return EXIT_USAGE
    pipeline = _pipeline(args, parser)
    files = args.files or ["-"]
    if args.files.count("-") > 1:
        parser.error("stdin ('-') can be read only once")
    for flag, path in (("--report", args.report), ("--explain-html", args.explain_html)):
        if path == "":
            parser.error(f"{flag} needs a file name, not an empty string")
        if path is not None:
            problem = _unwritable(path)
            if problem:
                parser.error(f"{flag} {path}: {problem}")
    from concurrent.futures.process import BrokenProcessPool

    try:
        if args.jsonl:
            return _run_jsonl(args, pipeline, files)
        return _run_plain(args, pipeline, files)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenProcessPool:
        _err("a worker process died (killed, or out of memory?); the output is incomplete; "
             "try fewer --jobs or a smaller --max-chars")
        return EXIT_INPUT


# ------------------------------------------------------------ progress


def _want_progress(args: argparse.Namespace) -> bool:
    if args.quiet:
        return False
    if args.progress:
        return True
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _LineTracker:
    """stderr as a progress bar draws on it when it is not a terminal (a log
    file): remembers whether the last write left a line open (the bar is
    redrawn after a carriage return, never a line break), so that a message
    can start on a line of its own."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.open_line = False

    def write(self, s: str) -> None:
        if s:
            self.stream.write(s)
            self.open_line = not s.endswith("\n")

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


#: The progress bar being shown, and its _LineTracker when stderr is not a
#: terminal (_err writes around them).
_LIVE_BAR: Any = None
_BAR_STREAM: _LineTracker | None = None


def _bar(args: argparse.Namespace, **kw: Any):
    """A tqdm bar on stderr, or ``None`` when progress is off."""
    global _LIVE_BAR, _BAR_STREAM
    if not _want_progress(args):
        return None
    from tqdm import tqdm

    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    stream = None if tty else _LineTracker(sys.stderr)
    bar = tqdm(file=stream or sys.stderr, dynamic_ncols=True, mininterval=0.5, **kw)
    _LIVE_BAR, _BAR_STREAM = bar, stream
    return bar


def _close_bar(bar: Any) -> None:
    global _LIVE_BAR, _BAR_STREAM
    if bar is not None:
        bar.close()
        if bar is _LIVE_BAR:
            _LIVE_BAR = _BAR_STREAM = None


# ------------------------------------------------------------ summary


def _summary(stats: Stats, seconds: float, *, unit: str = "document") -> str:
    n = stats.docs
    lines = []
    pct = (
        f" ({100 * (stats.chars_out - stats.chars_in) / stats.chars_in:+.1f}%)"
        if stats.chars_in
        else ""
    )
    rate = f", {_rate(stats.chars_in / seconds)}" if seconds > 0 and stats.chars_in else ""
    lines.append(
        f"{n:,} {unit}{'s' if n != 1 else ''} ({stats.cleaned:,} cleaned, "
        f"{stats.error_count:,} error{'s' if stats.error_count != 1 else ''}); "
        f"{stats.chars_in:,} -> {stats.chars_out:,} chars{pct} in {seconds:.1f} s{rate}"
    )
    if stats.removals:
        from .explain import filter_order

        parts = [
            f"{k} {stats.removals[k][0]:,} span{'s' if stats.removals[k][0] != 1 else ''}"
            f"/{stats.removals[k][1]:,} chars"
            for k in filter_order(stats.removals)
        ]
        lines.append("  removed: " + "; ".join(parts))
    if stats.errors:
        kinds = sorted(stats.errors, key=lambda k: ERROR_KINDS.index(k) if k in ERROR_KINDS else 99)
        lines.append("  errors: " + "; ".join(f"{k} {stats.errors[k]:,}" for k in kinds))
    return "\n".join(lines)


def _rate(per_second: float) -> str:
    """A speed in code points a second, in a unit that shows its digits."""
    if per_second >= 1e6:
        return f"{per_second / 1e6:.2f} M chars/s"
    if per_second >= 1e3:
        return f"{per_second / 1e3:.1f} k chars/s"
    return f"{per_second:.0f} chars/s"


def _replaced_warning(replaced: list[tuple[str, int]], encoding: str | None) -> str:
    """The summary line for documents whose undecodable bytes became U+FFFD."""
    n = sum(k for _, k in replaced)
    names = [name for name, _ in replaced]
    where = names[0] if len(names) == 1 else (
        f"{len(names)} documents ({', '.join(names[:3])}"
        + (f" and {len(names) - 3} more" if len(names) > 3 else "") + ")"
    )
    what = f"{n:,} byte{'s' if n != 1 else ''} in {where}"
    if encoding:
        return (f"  warning: {what} {'were' if n != 1 else 'was'} not valid {encoding} and "
                "became U+FFFD (the report's replaced_bytes); check the input's charset, "
                "or leave out --encoding to detect it")
    return (f"  warning: {what} could not be decoded and became U+FFFD (the report's "
            "replaced_bytes); name the input's charset with --encoding")


# ------------------------------------------------------------ plain mode


def _color(args: argparse.Namespace) -> bool:
    if args.color == "always":
        return True
    if args.color == "never" or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _not_done(files: list[str], i: int) -> str:
    """What a stop at ``files[i]`` leaves out, for the error message: the
    files after it, which were not read (the output so far holds the ones
    before it)."""
    rest = files[i + 1 :]
    if not rest:
        return ""
    shown = ", ".join("<stdin>" if f == "-" else f for f in rest[:3])
    more = f" and {len(rest) - 3} more" if len(rest) > 3 else ""
    return f" (stopped here: {shown}{more} not cleaned)"


def _run_plain(args: argparse.Namespace, pipeline: Pipeline, files: list[str]) -> int:
    reports = []
    explained = []
    replaced: list[tuple[str, int]] = []
    stats = Stats()
    t0 = time.perf_counter()
    out = _Utf8Out(sys.stdout)
    color = _color(args) if args.explain else False
    bar = _bar(args, total=len(files), unit="file") if len(files) > 1 else None
    try:
        for i, path in enumerate(files):
            name = "<stdin>" if path == "-" else path
            try:
                data = _read(path)
            except OSError as e:
                _err(f"cannot read {name}: {e.strerror or e}; check the path and permissions{_not_done(files, i)}")
                return EXIT_INPUT
            try:
                result = pipeline.clean(data, encoding=args.encoding)
            except BinaryInputError as e:
                hint = "decompress it first: zcat FILE | cleantext" if e.kind == "gzip-compressed data" else "extract the text first"
                _err(f"{name}: {e}; cleantext reads text files only ({hint}){_not_done(files, i)}")
                return EXIT_INPUT
            except LookupError as e:
                _err(f"{name}: {e}{_not_done(files, i)}")
                return EXIT_INPUT
            rep = result.report
            if rep.replaced_bytes:
                replaced.append((name, rep.replaced_bytes))
            stats.docs += 1
            stats.cleaned += 1
            stats.chars_in += len(rep.source)
            stats.chars_out += len(result.text)
            for r in rep.removals:
                cur = stats.removals.setdefault(r.filter, [0, 0])
                cur[0] += 1
                cur[1] += r.end - r.start
            try:
                if args.explain:
                    from .explain import explain_text

                    if len(files) > 1:
                        out.write(f"==> {name} <==\n")
                    view = explain_text(rep, color=color)
                    if view:
                        out.write(view)
                        out.write("\n")
                elif result.text:
                    out.write(result.text)
                    out.write("\n")
                out.flush()
            except BrokenPipeError:
                _quiet_broken_pipe()
                return EXIT_OK
            if args.report:
                d = rep.to_dict()
                d["file"] = name
                reports.append(d)
            if args.explain_html:
                explained.append((name, rep))
            if bar is not None:
                bar.update(1)
    finally:
        _close_bar(bar)
    if args.report:
        try:
            with open(args.report, "w", encoding="utf-8") as f:
                f.write(_json_document(reports[0] if len(reports) == 1 else reports))
                f.write("\n")
        except OSError as e:
            _err(f"cannot write report {args.report}: {e.strerror or e}")
            return EXIT_INPUT
    if args.explain_html:
        from .explain import explain_html

        title = "cleantext explain: " + (explained[0][0] if len(explained) == 1 else f"{len(explained)} documents")
        try:
            # a file name that is not valid UTF-8 shows a "?" for each bad
            # byte, as in the --explain view
            with open(args.explain_html, "w", encoding="utf-8", errors="replace") as f:
                f.write(explain_html(explained, title=title))
        except OSError as e:
            _err(f"cannot write {args.explain_html}: {e.strerror or e}")
            return EXIT_INPUT
    if not args.quiet:
        summary = _summary(stats, time.perf_counter() - t0)
        if replaced:
            summary += "\n" + _replaced_warning(replaced, args.encoding)
        _err(summary)
    return EXIT_OK


# ------------------------------------------------------------ JSON Lines mode


class _Source:
    """One JSON Lines input: its label, a binary line reader (gzip-decoded when
    the data starts with the gzip signature) and the position for progress."""

    def __init__(self, path: str) -> None:
        self.label = None if path == "-" else path
        self.name = "<stdin>" if path == "-" else path
        self._own = path != "-"
        raw: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")
        self.raw = raw
        self.size: int | None = None
        self._seek = False
        try:
            st = os.fstat(raw.fileno())
            import stat

            if stat.S_ISREG(st.st_mode):
                self.size = st.st_size
                self._seek = True
                self.base = raw.tell()
        except (OSError, AttributeError, ValueError):
            pass
        head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        self.reader: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if head == b"\x1f\x8b" else raw
        self.read_bytes = 0

    def position(self) -> int:
        if self._seek:
            try:
                return self.raw.tell() - self.base
            except (OSError, ValueError):
                self._seek = False
        return self.read_bytes

    def close(self) -> None:
        if self._own:
            self.raw.close()


class _ReadFailure:
    """Holds the first input failure (unreadable file, corrupt gzip) met while
    reading, to report after the records read before it are written."""

    message: str | None = None


def _chunks(
    files: list[str], opts: JsonlOptions, chunk_size: int, failure: _ReadFailure
) -> Iterator[tuple[str | None, int, list, int]]:
    """``(file, first_line, lines, progress_position)`` work units, read lazily;
    ``progress_position`` counts input bytes (compressed bytes for gzip files)."""
    limit = 6 * opts.max_chars + 65536
    done = 0
    for path in files:
        name = "<stdin>" if path == "-" else path
        try:
            src = _Source(path)
        except OSError as e:
            failure.message = f"cannot read {name}: {e.strerror or e}; check the path and permissions"
            return
        try:
            lineno = 1
            first = 1
            buf: list = []
            nbytes = 0
            while True:
                try:
                    raw = src.reader.readline(limit)
                except (OSError, EOFError, zlib.error) as e:
                    failure.message = (
                        f"{name}: cannot read " + (f"after line {lineno - 1}" if lineno > 1 else "its first line") + f": {e}; "
                        "the file is truncated or not valid gzip"
                    )
                    if buf:
                        yield (src.label, first, buf, done + src.position())
                    return
                if not raw:
                    break
                if len(raw) >= limit and not raw.endswith(b"\n"):
                    skipped = len(raw)
                    while True:  # drop the rest of the line without holding it
                        more = src.reader.readline(limit)
                        skipped += len(more)
                        if not more or more.endswith(b"\n"):
                            break
                    src.read_bytes += skipped
                    buf.append(TooLong(limit))
                    nbytes += 64
                else:
                    src.read_bytes += len(raw)
                    buf.append(raw)
                    nbytes += len(raw)
                lineno += 1
                if len(buf) >= chunk_size or nbytes >= CHUNK_BYTES:
                    yield (src.label, first, buf, done + src.position())
                    first, buf, nbytes = lineno, [], 0
            if buf:
                yield (src.label, first, buf, done + src.position())
            done += src.position()
        finally:
            src.close()


def _input_total(files: list[str]) -> int | None:
    total = 0
    for path in files:
        try:
            if path == "-":
                st = os.fstat(sys.stdin.fileno())
            else:
                st = os.stat(path)
        except (OSError, AttributeError, ValueError):
            return None
        import stat

        if not stat.S_ISREG(st.st_mode):
            return None
        total += st.st_size
    return total


def _run_jsonl(args: argparse.Namespace, pipeline: Pipeline, files: list[str]) -> int:
    opts = JsonlOptions(
        pipeline=pipeline,
        text_field=args.text_field,
        output_field=args.output_field,
        report_field=args.report_field,
        report_format=args.report_format,
        error_field=args.error_field,
        on_error=args.on_error,
        max_chars=args.max_chars,
    )
    jobs = args.jobs or default_jobs()
    if jobs > 1:
        warm_up(pipeline)
    failure = _ReadFailure()
    stats = Stats()
    shown = 0
    t0 = time.perf_counter()
    buffer = getattr(sys.stdout, "buffer", None)

    def write(data: bytes) -> None:
        if buffer is not None:
            buffer.write(data)
        else:
            sys.stdout.write(data.decode("utf-8"))

    total = _input_total(files)
    bar = None
    results = ordered_map(
        jsonl_chunk, opts, _chunks(files, opts, args.chunk_size, failure), jobs=jobs
    )
    stopped: RecordError | None = None
    with contextlib.closing(results):
        for res in results:
            if bar is None and _want_progress(args):
                # created after the first result, when worker processes exist
                bar = _bar(args, total=total, unit="B", unit_scale=True, unit_divisor=1024)
            try:
                write(b"".join(res.lines))
            except BrokenPipeError:
                _close_bar(bar)
                _quiet_broken_pipe()
                return EXIT_OK
            stats.merge(res.stats)
            for e in res.errors:
                if res.stopped and e is res.errors[-1]:
                    stopped = e
                elif not args.quiet and shown < SHOWN_ERRORS:
                    _err(str(e))
                    shown += 1
                    if shown == SHOWN_ERRORS:
                        _err("further bad records are only counted (see the summary)")
            if bar is not None:
                bar.set_postfix_str(f"{stats.docs:,} docs", refresh=False)
                bar.update(max(0, res.tag - bar.n))
            if res.stopped:
                break
    try:
        if buffer is not None:
            buffer.flush()
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
        return EXIT_OK
    _close_bar(bar)
    if stopped is not None:
        _err(f"{stopped} (stopped: --on-error fail)")
    if failure.message:
        _err(failure.message)
    if not args.quiet:
        _err(_summary(stats, time.perf_counter() - t0, unit="record"))
    if failure.message or stats.error_count:
        return EXIT_INPUT
    return EXIT_OK


def _summary_line(doc: str) -> str:
    """The first sentence of a docstring (its first paragraph, joined), for
    ``--list-filters``."""
    para = " ".join(doc.strip().split("\n\n")[0].split())
    end = para.find(". ")
    return para if end < 0 else para[: end + 1]


class _Utf8Out:
    """Text written to ``stream`` as UTF-8 bytes whatever the locale says (the
    clean text of any input must come out: an ASCII-only stdout would fail on
    the first "é"); a lone surrogate, which UTF-8 cannot hold, becomes "?"."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.buffer = getattr(stream, "buffer", None)
        if self.buffer is not None:
            stream.flush()  # anything already written as text goes first

    def write(self, s: str) -> None:
        if self.buffer is not None:
            self.buffer.write(s.encode("utf-8", "replace"))
        else:
            self.stream.write(s)

    def flush(self) -> None:
        (self.buffer if self.buffer is not None else self.stream).flush()


def _flush_stdout() -> None:
    """Flush stdout now (what --help or --version printed), quietly when the
    reader is gone."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except (OSError, ValueError, AttributeError):
        pass


def _quiet_broken_pipe() -> None:
    """Downstream closed the pipe (``| head``): stop quietly, as Unix filters do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
