"""One-time cost of a fresh process: CPU seconds of ``import cleantext``, of
the first ``clean()`` call on a document, and of the same call repeated (the
patterns it needed are compiled by then, its memos hold its lines); the
first call minus the repeat is what the process paid once, mostly compiling
vocabularies on first use. A tool that cleans one small document per process
(a shell filter, a scorer run per data set) pays all of it.

Documents: the first ``$CLEANTEXT_BENCH_FIRST_DOCS`` (default 5) of those of
``synth.py`` (or ``$CLEANTEXT_BENCH_CORPUS``), each in its own fresh process,
``$CLEANTEXT_BENCH_FIRST_ROUNDS`` rounds (default 3), fastest round kept.
Run: ``python -m pytest tests/benchmarks/bench_first_call.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from measure import print_table
import synth

N_DOCS = int(os.environ.get("CLEANTEXT_BENCH_FIRST_DOCS", "5"))
ROUNDS = int(os.environ.get("CLEANTEXT_BENCH_FIRST_ROUNDS", "3"))

_ONE = r"""
import json, sys, time
pt = time.process_time
t = pt()
import cleantext
imp = pt() - t
doc = json.loads(open(sys.argv[1], encoding="utf-8").read())
t = pt()
cleantext.clean(doc)
first = pt() - t
t = pt()
cleantext.clean(doc)
again = pt() - t
print(json.dumps([imp, first, again]))
"""


def _fresh(path: Path) -> tuple[float, float, float]:
    out = subprocess.run([sys.executable, "-c", _ONE, str(path)], capture_output=True, text=True, check=True)
    imp, first, again = json.loads(out.stdout.splitlines()[-1])
    return imp, first, again


def test_first_call_cost(tmp_path, request):
    docs = synth.documents(N_DOCS)
    rows = []
    for i, doc in enumerate(docs):
        path = tmp_path / f"doc{i}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        runs = [_fresh(path) for _ in range(ROUNDS)]
        imp = min(r[0] for r in runs)
        first = min(r[1] for r in runs)
        again = min(r[2] for r in runs)
        assert first > 0 and again > 0
        rows.append((f"doc {i} ({len(doc):,} chars)", imp * 1e3, first * 1e3, again * 1e3, (first - again) * 1e3))
    print_table(
        request,
        f"fresh process, CPU ms (fastest of {ROUNDS} rounds)",
        ("document", "import", "first clean()", "repeated clean()", "one-time"),
        rows,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q", "-s"]))
