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
