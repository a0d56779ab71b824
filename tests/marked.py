"""Reading marked fixture files (fixtures/chrome/README.md, fixtures/structure/README.md).

A fixture is plain UTF-8 text, one line per scraped block. Lines at the top that
start with ``#`` describe it and are dropped; a line that starts with
``[-reason] `` must be removed with that reason code (the marker is dropped).
"""

from __future__ import annotations

import re
from pathlib import Path

MARK = re.compile(r"\[-([a-z_]+)\] ")


def load(path: Path) -> tuple[str, dict[int, str]]:
    """The fixture's text and ``{line number: expected reason}``."""
    lines = path.read_text("utf-8").split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    if lines and lines[-1] == "":
        lines.pop()
    out, want = [], {}
    for i, line in enumerate(lines):
        m = MARK.match(line)
        if m:
            want[i] = m.group(1)
            line = line[m.end() :]
        out.append(line)
    return "\n".join(out), want
