"""Measurement references, not project code: ftfy's ``fix_text`` and the C4 line
rules, run the same way cleantext is run so their figures sit next to ours.

C4 line rules (Raffel et al. 2020, "Exploring the Limits of Transfer Learning
with a Unified Text-to-Text Transformer", section 2.2), as implemented here:
keep a line only if it ends in terminal punctuation (``.``, ``!``, ``?`` or a
closing quote after one) and has at least 3 words; drop lines that mention
"javascript" or "lorem ipsum", and lines with cookie/privacy-policy words.
(C4 also drops whole pages for some of these; a line filter is the fair
comparison for a span cleaner.)

As a script: ``python tests/benchmarks/reference.py ftfy|c4 IN.jsonl OUT.jsonl``
streams JSON Lines through one of them on one core (the ``text`` field).
"""

from __future__ import annotations

import json
import re
import sys

import ftfy

_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_BAD = re.compile(r"javascript|lorem ipsum|cookie policy|use cookies|use of cookies|privacy policy|terms of use",
                  re.IGNORECASE)


def c4_lines(text: str) -> str:
    """The text with only the lines the C4 rules keep, joined by ``\\n``."""
    keep = []
    for line in text.split("\n"):
        if len(line.split()) < 3 or not _TERMINAL.search(line) or _BAD.search(line):
            continue
        keep.append(line)
    return "\n".join(keep)


def fix_text(text: str) -> str:
    return ftfy.fix_text(text)


REFERENCES = {"ftfy": fix_text, "c4": c4_lines}


def stream(name: str, src: str, dst: str) -> tuple[int, int]:
    """Apply reference ``name`` to every record's ``text``; returns (records, chars)."""
    fn = REFERENCES[name]
    n = chars = 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        for raw in fin:
            try:
                rec = json.loads(raw)
                text = rec["text"]
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                fout.write(raw)
                continue
            rec["text"] = fn(text)
            n += 1
            chars += len(text)
            fout.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass"))
    return n, chars


if __name__ == "__main__":
    print(stream(sys.argv[1], sys.argv[2], sys.argv[3]))
