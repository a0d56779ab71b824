"""Command-line interface: ``cleantext [FILE ...]``.

A thin layer over the library: every flag maps to one library argument; library
exceptions become one-line messages here. stdout carries only the clean text.

Exit status: 0 success, 1 input error (unreadable file, binary data, unknown
encoding), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from . import __version__
from .encoding import BinaryInputError
from .pipeline import FILTERS, PRESETS, Pipeline

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 with one line
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _names(value: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    bad = [n for n in names if n not in FILTERS]
    if bad:
        raise argparse.ArgumentTypeError(
            f"unknown filter(s): {', '.join(bad)}; valid names: {', '.join(FILTERS)}"
        )
    return names


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="cleantext",
        description="Clean scraped article text: remove page leftovers and repair "
        "encodings. Reads files (or stdin) as bytes, writes the clean text to stdout.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads stdin")
    p.add_argument(
        "--preset",
        choices=tuple(PRESETS),
        default="default",
        help="filter set: 'conservative' removes only what a rule identifies with "
        "certainty; 'default' adds the structural classifier (default: %(default)s)",
    )
    p.add_argument("--only", type=_names, metavar="NAMES", help="run only these filters (comma-separated)")
    p.add_argument("--skip", type=_names, metavar="NAMES", help="do not run these filters (comma-separated)")
    p.add_argument("--list-filters", action="store_true", help="list the filter names and exit")
    p.add_argument(
        "--encoding",
        metavar="ENC",
        help="decode the input with this codec instead of detecting it (e.g. windows-1252)",
    )
    p.add_argument(
        "--no-repair",
        action="store_true",
        help="skip mojibake, HTML entity and markup repair (whitespace is still normalised)",
    )
    p.add_argument(
        "--report",
        metavar="PATH",
        help="write the JSON report (see docs/report.md) to PATH; with several "
        "files, a JSON list of reports",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def _pipeline(args: argparse.Namespace) -> Pipeline:
    p = Pipeline.preset(args.preset, fix_text=not args.no_repair)
    if args.only:
        p = p.only(*[n for n in args.only if n in p.names])
    if args.skip:
        p = p.without(*[n for n in args.skip if n in p.names])
    return p


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 input error, 2 usage error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_filters:
        for name, fn in FILTERS.items():
            doc = (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else ""
            print(f"{name:16} {doc}")
        return EXIT_OK
    if args.only and args.skip:
        parser.error("--only and --skip cannot be used together")
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
    pipeline = _pipeline(args)
    files = args.files or ["-"]
    reports = []
    out = sys.stdout
    for path in files:
        name = "<stdin>" if path == "-" else path
        try:
            data = _read(path)
        except OSError as e:
            print(
                f"cleantext: cannot read {name}: {e.strerror or e}; check the path and permissions",
                file=sys.stderr,
            )
            return EXIT_INPUT
        try:
            result = pipeline.clean(data, encoding=args.encoding)
        except BinaryInputError as e:
            print(
                f"cleantext: {name}: {e}; cleantext reads text files only (extract the text first)",
                file=sys.stderr,
            )
            return EXIT_INPUT
        except LookupError as e:
            print(f"cleantext: {name}: {e}", file=sys.stderr)
            return EXIT_INPUT
        try:
            if result.text:
                out.write(result.text)
                out.write("\n")
            out.flush()
        except BrokenPipeError:
            _quiet_broken_pipe()
            return EXIT_OK
        if args.report:
            d = result.report.to_dict()
            d["file"] = name
            reports.append(d)
    if args.report:
        try:
            with open(args.report, "w", encoding="utf-8") as f:
                json.dump(reports[0] if len(reports) == 1 else reports, f, ensure_ascii=False, indent=1)
                f.write("\n")
        except OSError as e:
            print(f"cleantext: cannot write report {args.report}: {e.strerror or e}", file=sys.stderr)
            return EXIT_INPUT
    return EXIT_OK


def _quiet_broken_pipe() -> None:
    """Downstream closed the pipe (``| head``): stop quietly, as Unix filters do."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
