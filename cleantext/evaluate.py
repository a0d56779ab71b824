"""Score cleantext against gold clean text: ``python -m cleantext.evaluate GOLD.jsonl``.

Each input file is JSON Lines (optionally gzip-compressed, ``.gz``): one object
a line with the scraped text and the gold clean text, by default in the fields
``text`` and ``gold`` (``--text-field``/``--gold-field`` name others). Records
whose gold is ``null`` are skipped and counted. Every text is cleaned with the
chosen preset and compared with its gold:

- token precision, recall and F1 per document, then the mean over documents
  (macro). Tokens are lower-cased runs of letters and digits (``\\p{L}\\p{N}``),
  except that every Han, Hiragana and Katakana character is a token by itself,
  so unspaced Chinese and Japanese are counted like spaced languages. The
  comparison is a bag of tokens (multiset intersection), order-free;
- ``keep``: the share of gold lines of at least ``KEEP_MIN_CHARS`` characters
  (whitespace collapsed) found whole in the output: 1.0 means no gold
  paragraph was cut or dropped;
- throughput: input characters per second of cleaning time;
- the worst documents by F1, with the gold lines they lost and the output
  lines that are not in the gold (what was wrongly kept).

Exit status: 0 success, 1 input error (missing file, bad JSON, a record
without the text field), 2 usage error. See ``docs/evaluation.md``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any, Iterable, Iterator, Sequence

import regex

from .cli import _quiet_broken_pipe
from .pipeline import PRESETS, Pipeline

__all__ = [
    "KEEP_MIN_CHARS",
    "tokens",
    "prf",
    "keep_rate",
    "lost_lines",
    "kept_lines",
    "DocScore",
    "Summary",
    "score_records",
    "read_records",
    "main",
]

#: Gold lines at least this long (after collapsing whitespace) count for ``keep``.
KEEP_MIN_CHARS = 40
#: Output lines at least this long that are not in the gold are listed as kept junk.
KEPT_MIN_CHARS = 20

_TOKEN = regex.compile(r"\p{Han}|\p{Hiragana}|\p{Katakana}|[\p{L}\p{N}]+")
_SPACE = regex.compile(r"\s+")


class InputError(Exception):
    """A file or record cannot be read; the message says which and where."""


def tokens(text: str) -> Counter:
    """Bag of tokens of ``text``: lower-cased ``[\\p{L}\\p{N}]+`` runs, each Han,
    Hiragana or Katakana character on its own."""
    return Counter(_TOKEN.findall(text.lower()))


def prf(output: str, gold: str) -> tuple[float, float, float]:
    """Token ``(precision, recall, F1)`` of ``output`` against ``gold``.

    An empty output has precision 1.0 when the gold is empty too, else 0.0; an
    empty gold gives recall 1.0.
    """
    p, g = tokens(output), tokens(gold)
    hit = sum((p & g).values())
    np_, ng = sum(p.values()), sum(g.values())
    precision = hit / np_ if np_ else (1.0 if ng == 0 else 0.0)
    recall = hit / ng if ng else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def _long_gold_lines(gold: str) -> list[str]:
    return [n for n in map(_norm, gold.splitlines()) if len(n) >= KEEP_MIN_CHARS]


def keep_rate(output: str, gold: str) -> float | None:
    """Share of gold lines of at least ``KEEP_MIN_CHARS`` characters that occur
    whole in ``output`` (whitespace collapsed on both sides); ``None`` when the
    gold has no such line."""
    lines = _long_gold_lines(gold)
    if not lines:
        return None
    out = _norm(output)
    return sum(1 for line in lines if line in out) / len(lines)


def lost_lines(output: str, gold: str) -> list[str]:
    """Gold lines of at least ``KEEP_MIN_CHARS`` characters missing from ``output``."""
    out = _norm(output)
    return [line for line in _long_gold_lines(gold) if line not in out]


def kept_lines(output: str, gold: str) -> list[str]:
    """Output lines of at least ``KEPT_MIN_CHARS`` characters that do not occur
    in ``gold`` (whitespace collapsed): text the cleaner kept but should not have."""
    g = _norm(gold)
    out = []
    for line in output.splitlines():
        n = _norm(line)
        if len(n) >= KEPT_MIN_CHARS and n not in g:
            out.append(n)
    return out


@dataclass
class DocScore:
    """Scores of one document: ``index`` is its 1-based line in ``source``."""

    source: str
    index: int
    id: Any
    precision: float
    recall: float
    f1: float
    keep: float | None
    chars: int
    lost: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


@dataclass
class Summary:
    """Macro means over the scored documents of one source (or all); the means
    are ``None`` when no document was scored."""

    name: str
    docs: int
    skipped: int
    precision: float | None
    recall: float | None
    f1: float | None
    keep: float | None
    chars: int
    seconds: float

    @property
    def chars_per_second(self) -> float | None:
        """Input code points cleaned per second; ``None`` when nothing was
        cleaned (no record with a gold), so that JSON output stays valid."""
        return self.chars / self.seconds if self.seconds > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "docs": self.docs,
            "skipped": self.skipped,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "keep": self.keep,
            "chars": self.chars,
            "seconds": self.seconds,
            "mchars_per_second": None if self.chars_per_second is None else self.chars_per_second / 1e6,
        }


def _open(path: str) -> IO[str]:
    try:
        if path.endswith(".gz"):
            return gzip.open(path, "rt", encoding="utf-8")
        return open(path, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot open ({e.strerror or e}); give a JSON Lines file") from None


def read_records(
    path: str, text_field: str = "text", gold_field: str = "gold", fields_seen: set[str] | None = None
) -> Iterator[tuple[int, Any, str, str | None]]:
    """``(line number, id, text, gold)`` for every non-blank line of the JSON
    Lines file ``path``; ``gold`` is ``None`` when the record's gold is null or
    absent. The id is the record's ``id`` field, else the line number. The
    field names of every record read are added to ``fields_seen`` when given.

    Raises ``InputError`` (naming the file and line) for unreadable files,
    invalid JSON, a record that is not an object, a missing or non-string text
    field, or a gold field that is neither a string nor null.
    """
    with _open(path) as f:
        try:
            for no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(f"{path}:{no}: invalid JSON ({e.msg}, column {e.colno})") from None
                if not isinstance(rec, dict):
                    raise InputError(f"{path}:{no}: expected a JSON object, got {type(rec).__name__}")
                if fields_seen is not None:
                    fields_seen.update(rec)
                text = rec.get(text_field)
                if not isinstance(text, str):
                    what = "missing" if text_field not in rec else f"a {type(text).__name__}, not a string"
                    raise InputError(
                        f"{path}:{no}: field {text_field!r} is {what}; "
                        f"name the text field with --text-field (fields here: {', '.join(map(str, rec))})"
                    )
                gold = rec.get(gold_field)
                if gold is not None and not isinstance(gold, str):
                    raise InputError(
                        f"{path}:{no}: field {gold_field!r} is a {type(gold).__name__}; expected a string or null"
                    )
                yield no, rec.get("id", no), text, gold
        except UnicodeDecodeError as e:
            raise InputError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
        except (OSError, EOFError) as e:
            raise InputError(f"{path}: cannot read ({e})") from None


def score_records(
    records: Iterable[tuple[int, Any, str, str | None]],
    pipeline: Pipeline,
    source: str = "",
) -> tuple[list[DocScore], int, float]:
    """Clean and score every record with a gold; ``(scores, skipped, seconds)``
    where ``seconds`` is the time spent cleaning."""
    scores: list[DocScore] = []
    skipped = 0
    spent = 0.0
    for no, rid, text, gold in records:
        if gold is None:
            skipped += 1
            continue
        t0 = time.perf_counter()
        out = pipeline.clean(text).text
        spent += time.perf_counter() - t0
        p, r, f = prf(out, gold)
        scores.append(
            DocScore(
                source, no, rid, p, r, f, keep_rate(out, gold), len(text),
                lost_lines(out, gold), kept_lines(out, gold),
            )
        )
    return scores, skipped, spent


def summarize(name: str, scores: Sequence[DocScore], skipped: int, seconds: float) -> Summary:
    """Macro means of ``scores`` (``keep`` over the documents that have long gold
    lines); a mean over no document is ``None``."""
    n = len(scores)
    keeps = [s.keep for s in scores if s.keep is not None]

    def mean(xs: Sequence[float]) -> float | None:
        return sum(xs) / len(xs) if xs else None

    return Summary(
        name,
        n,
        skipped,
        mean([s.precision for s in scores]),
        mean([s.recall for s in scores]),
        mean([s.f1 for s in scores]),
        mean(keeps),
        sum(s.chars for s in scores),
        seconds,
    )


def _display(path: str) -> str:
    """A short name for a file in the table: its folder and file name."""
    parts = path.replace("\\", "/").rstrip("/").split("/")
    return "/".join(parts[-2:])


def _fmt(v: float | None) -> str:
    return "     -" if v is None else f"{v:6.3f}"


def _table(rows: list[Summary], out: IO[str]) -> None:
    out.write(f"{'source':32} {'docs':>5} {'P':>6} {'R':>6} {'F1':>6} {'keep':>6} {'Mch/s':>7}\n")
    for s in rows:
        cps = s.chars_per_second
        speed = f"{cps / 1e6:7.2f}" if cps is not None else f"{'-':>7}"
        name = s.name if len(s.name) <= 32 else "…" + s.name[-31:]
        out.write(
            f"{name:32} {s.docs:5d} {_fmt(s.precision)} {_fmt(s.recall)} {_fmt(s.f1)} "
            f"{_fmt(s.keep)} {speed}\n"
        )


def _clip(s: str, width: int = 110) -> str:
    return s if len(s) <= width else s[: width - 1] + "…"


def _worst(scores: list[DocScore], n: int, lines: int, out: IO[str]) -> None:
    if n <= 0 or not scores:
        return
    out.write(f"\nworst {min(n, len(scores))} documents by F1\n")
    for s in sorted(scores, key=lambda d: (d.f1, d.source, d.index))[:n]:
        out.write(
            f"\n{s.source}:{s.index} id={s.id} F1={s.f1:.3f} P={s.precision:.3f} "
            f"R={s.recall:.3f} keep={_fmt(s.keep).strip()}\n"
        )
        for label, items in (("lost", s.lost), ("kept", s.kept)):
            for line in items[:lines]:
                out.write(f"  {label}: {_clip(line)}\n")
            if len(items) > lines:
                out.write(f"  {label}: … {len(items) - lines} more\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    ap = argparse.ArgumentParser(
        prog="python -m cleantext.evaluate",
        description="Score cleantext on JSON Lines files of scraped text with gold clean text.",
    )
    ap.add_argument("files", nargs="+", metavar="GOLD.jsonl", help="JSON Lines file(s), optionally .gz")
    ap.add_argument("--text-field", default="text", help="field holding the scraped text (default: text)")
    ap.add_argument("--gold-field", default="gold", help="field holding the gold clean text (default: gold)")
    ap.add_argument("--preset", default="default", choices=sorted(PRESETS), help="pipeline preset (default: default)")
    ap.add_argument("--worst", type=int, default=5, metavar="N", help="list the N worst documents (default: 5)")
    ap.add_argument("--lines", type=int, default=5, metavar="K", help="lost/kept lines shown per document (default: 5)")
    ap.add_argument("--limit", type=int, default=0, metavar="N", help="score only the first N records of each file")
    ap.add_argument("--json", action="store_true", help="print the summaries as one JSON object instead of a table")
    a = ap.parse_args(argv)
    if a.worst < 0 or a.lines < 0 or a.limit < 0:
        ap.error("--worst, --lines and --limit take non-negative numbers")
    pipeline = Pipeline.preset(a.preset)
    rows: list[Summary] = []
    every: list[DocScore] = []
    skipped_all = 0
    seconds_all = 0.0
    try:
        for path in a.files:
            fields: set[str] = set()
            recs: Iterable = read_records(path, a.text_field, a.gold_field, fields)
            if a.limit:
                recs = (r for i, r in enumerate(recs) if i < a.limit)
            scores, skipped, seconds = score_records(recs, pipeline, _display(path))
            if skipped and a.gold_field not in fields:  # a misspelt field, most likely
                raise InputError(
                    f"{path}: no record has the field {a.gold_field!r}; name the gold field with "
                    f"--gold-field (fields here: {', '.join(sorted(fields))})"
                )
            rows.append(summarize(_display(path), scores, skipped, seconds))
            every.extend(scores)
            skipped_all += skipped
            seconds_all += seconds
    except InputError as e:
        print(f"python -m cleantext.evaluate: error: {e}", file=sys.stderr)
        return 1
    total = summarize("all", every, skipped_all, seconds_all)
    try:
        if a.json:
            json.dump(
                {"preset": a.preset, "sources": [r.to_dict() for r in rows], "all": total.to_dict()},
                sys.stdout,
                indent=1,
            )
            sys.stdout.write("\n")
        else:
            _table(rows + ([total] if len(rows) > 1 else []), sys.stdout)
            if not every:
                print("no record with a gold text was scored", file=sys.stderr)
            _worst(every, a.worst, a.lines, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # "| head": stop quietly, as Unix filters do
        _quiet_broken_pipe()
    return 0


if __name__ == "__main__":
    sys.exit(main())
