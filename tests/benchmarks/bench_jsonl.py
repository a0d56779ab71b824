"""JSON Lines throughput and peak memory of ``cleantext --jsonl`` with ``-j 1``
and ``-j N`` (N = every core), next to ftfy's ``fix_text`` and the C4 line
rules streaming the same file on one core, in the same run.

The input is built in a temporary folder: ``$CLEANTEXT_BENCH_MB`` MiB (default
32) of synthetic records, or of ``$CLEANTEXT_BENCH_CORPUS`` texts when set.
Peak memory is the summed resident memory of the process tree, sampled from
/proc (measure.py). Checks: ``-j N`` is at least 0.85 x N times as fast as
``-j 1`` (1.7x on two cores; run it on an otherwise idle machine, other jobs
take cores away from ``-j N`` only) and no run holds 300 MB or more.
Run: ``CLEANTEXT_BENCH_MB=200 python -m pytest tests/benchmarks/bench_jsonl.py``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from cleantext.batch import default_jobs

from measure import bench_seconds, print_table, run_measured
import synth

HERE = Path(__file__).resolve().parent
MB = float(os.environ.get("CLEANTEXT_BENCH_MB", "32"))
CORES = default_jobs()
MAX_RSS_MB = 300

_RESULTS: dict[str, dict] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("jsonl") / "bench.jsonl"
    n, size = synth.write_jsonl(str(path), mb=MB)
    chars = 0
    with open(path, "rb") as f:
        for line in f:
            chars += len(json.loads(line)["text"])
    return path, n, size, chars


@pytest.fixture(scope="module", autouse=True)
def table(request):
    yield
    if _RESULTS:
        rows = [
            (k, r["mb_per_s"], r["chars_per_s"] / 1e6, r["peak_rss_mb"], r["peak_pss_mb"], r["wall_s"])
            for k, r in _RESULTS.items()
        ]
        print_table(request, f"JSON Lines throughput ({MB:g} MiB input, {CORES} cores)",
                    ("case", "MiB/s", "M chars/s", "peak RSS MB (tree)", "peak PSS MB (tree)",
                     "wall s"), rows)


def _cases() -> dict[str, list[str]]:
    py = sys.executable
    out = {
        "cleantext -j 1": [py, "-m", "cleantext", "--jsonl", "-q", "-j", "1"],
        f"cleantext -j {CORES}": [py, "-m", "cleantext", "--jsonl", "-q", "-j", str(CORES)],
        "ftfy.fix_text (1 core)": [py, str(HERE / "reference.py"), "ftfy"],
        "C4 line rules (1 core)": [py, str(HERE / "reference.py"), "c4"],
    }
    return out


CASES = _cases()


@pytest.mark.parametrize("case", list(CASES))
def test_jsonl_throughput(benchmark, corpus, case, tmp_path):
    path, n, size, chars = corpus
    out = tmp_path / "out.jsonl"
    cmd = CASES[case]
    if case.startswith("cleantext"):
        cmd = [*cmd, str(path)]
        kw = {"stdout": str(out)}
    else:
        cmd = [*cmd, str(path), str(out)]
        kw = {}
    res: dict = {}

    def run():
        res.update(run_measured(cmd, **kw))

    benchmark.pedantic(run, rounds=1, iterations=1)
    assert res["returncode"] == 0, res["stderr"][-2000:]
    with open(out, "rb") as f:
        assert sum(1 for _ in f) == n
    s = bench_seconds(benchmark) or res["wall_s"]
    res.update(mb_per_s=size / (1 << 20) / s, chars_per_s=chars / s)
    benchmark.extra_info.update({k: v for k, v in res.items() if k != "stderr"})
    _RESULTS[case] = res
    if case.startswith("cleantext"):
        assert res["peak_rss_mb"] < MAX_RSS_MB


def test_parallel_scaling():
    one = _RESULTS.get("cleantext -j 1")
    many = _RESULTS.get(f"cleantext -j {CORES}")
    if CORES < 2 or not one or not many:
        pytest.skip("needs two cores and both runs above")
    speedup = many["chars_per_s"] / one["chars_per_s"]
    # On a machine shared with other jobs the wall-time ratio is meaningless;
    # the CPU seconds of the busiest process bound the wall time of a run alone.
    projected = max(one["cpu_s"]) / max(many["cpu_s"])
    print(f"-j {CORES} / -j 1 = {speedup:.2f}x wall, {projected:.2f}x by CPU seconds of the "
          f"busiest process ({one['cpu_s']} vs {many['cpu_s']})")
    assert speedup >= 0.85 * CORES
