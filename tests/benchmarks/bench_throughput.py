"""Single-document throughput (code points per second, one core) of the default
and conservative pipelines, next to ftfy's ``fix_text`` and the C4 line rules
on the same documents in the same run.

Documents: ``$CLEANTEXT_BENCH_CORPUS`` (JSON Lines with ``text``/``noisy_text``)
if set, else synthetic ones (see synth.py); ``$CLEANTEXT_BENCH_DOCS`` of them
(default 400). Run: ``python -m pytest tests/benchmarks/bench_throughput.py``.
"""

from __future__ import annotations

import os

import pytest

from cleantext import Pipeline

from measure import bench_seconds, print_table
from reference import c4_lines, fix_text
import synth

DOCS = synth.documents(int(os.environ.get("CLEANTEXT_BENCH_DOCS", "400")))
CHARS = sum(map(len, DOCS))

CASES = {
    "cleantext default": Pipeline.preset("default").clean,
    "cleantext conservative": Pipeline.preset("conservative").clean,
    "ftfy.fix_text": fix_text,
    "C4 line rules": c4_lines,
}

_FIGURES: dict[str, float] = {}


@pytest.fixture(scope="module", autouse=True)
def table(request):
    yield
    if _FIGURES:
        print_table(
            request,
            f"single-document throughput, one core ({len(DOCS)} docs, {CHARS:,} chars)",
            ("case", "M chars/s"),
            [(k, v / 1e6) for k, v in _FIGURES.items()],
        )


@pytest.mark.parametrize("case", list(CASES))
def test_single_document_throughput(benchmark, case):
    fn = CASES[case]

    def run():
        for d in DOCS:
            fn(d)

    benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)
    s = bench_seconds(benchmark)
    if s:
        benchmark.extra_info["chars_per_s"] = CHARS / s
        _FIGURES[case] = CHARS / s


# The filters remember their decisions for line starts and short lines (bounded
# memos), so the rounds above, which clean the same documents again, replay
# lines seen before. A corpus of millions of pages repeats its boilerplate
# lines but not its article lines: this case measures the documents at first
# sight, one pass in a fresh process whose patterns were warmed on other
# (synthetic) text.
_FIRST_SIGHT = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[2])
os.environ.pop("CLEANTEXT_BENCH_CORPUS", None)
import synth
from cleantext import Pipeline
clean = Pipeline.preset(sys.argv[3]).clean
for d in synth.documents(60):
    clean(d)
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
t = time.process_time()
for d in docs:
    clean(d)
print(time.process_time() - t)
"""


@pytest.mark.parametrize("preset", ["default", "conservative"])
def test_first_sight_throughput(tmp_path, preset):
    import json
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_SIGHT, str(path), str(Path(__file__).parent), preset],
        capture_output=True, text=True, check=True,
    )
    seconds = float(out.stdout.split()[-1])
    assert seconds > 0
    _FIGURES[f"cleantext {preset}, first sight"] = CHARS / seconds
