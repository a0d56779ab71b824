"""Wall time and peak resident memory of a command and all its child processes.

Memory is sampled from ``/proc`` (Linux): every ``interval`` seconds the
``VmRSS`` of the process and of every descendant is read and summed. The sum
counts pages shared between a parent and its forked workers once per process,
so it is an upper bound of the memory the run really holds; the summed
proportional set size (``Pss`` in ``smaps_rollup``) is also reported.

As a script: ``python tests/benchmarks/measure.py [--stdin IN] [--stdout OUT] -- CMD ...``
prints one JSON object with ``wall_s``, ``peak_rss_mb`` (process tree),
``peak_rss_single_mb`` (largest single process) and ``peak_pss_mb`` (tree).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after ')'
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(d.name))
    return kids


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


_HZ = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds ``pid`` has used so far (0 if gone)."""
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(f[11]) + int(f[12])) / _HZ


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root: int, cpu: dict[int, float] | None = None) -> tuple[int, int, int]:
    """``(sum of VmRSS, max VmRSS, sum of Pss)`` in kB over ``root`` and its
    descendants. Pss shares each page among the processes that map it, so its
    sum is the memory the tree really holds; the RSS sum is an upper bound.
    ``cpu``, if given, gets each process's CPU seconds so far."""
    kids = _children()
    total = biggest = pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        rss = _rss_kb(pid)
        total += rss
        biggest = max(biggest, rss)
        pss += _pss_kb(pid)
        if cpu is not None:
            cpu[pid] = max(cpu.get(pid, 0.0), _cpu_s(pid))
        todo.extend(kids.get(pid, ()))
    return total, biggest, pss


def run_measured(cmd: list[str], *, stdin: str | None = None, stdout: str | None = None,
                 interval: float = 0.05, env: dict | None = None) -> dict:
    """Run ``cmd``; returns ``{"wall_s", "peak_rss_mb", "peak_rss_single_mb",
    "peak_pss_mb", "returncode", "stderr"}``. ``stdin``/``stdout``: file paths (default: none /
    discarded)."""
    fin = open(stdin, "rb") if stdin else subprocess.DEVNULL
    fout = open(stdout, "wb") if stdout else subprocess.DEVNULL
    peak = peak1 = peak_pss = 0
    cpu: dict[int, float] = {}
    t0 = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=subprocess.PIPE, env=env)
        import threading

        err: list[bytes] = []
        t = threading.Thread(target=lambda: err.append(p.stderr.read()), daemon=True)
        t.start()
        while p.poll() is None:
            s, m, ps = tree_rss_kb(p.pid, cpu)
            peak, peak1, peak_pss = max(peak, s), max(peak1, m), max(peak_pss, ps)
            time.sleep(interval)
        wall = time.perf_counter() - t0
        t.join()
    finally:
        if stdin:
            fin.close()
        if stdout:
            fout.close()
    return {
        "wall_s": wall,
        "peak_rss_mb": peak / 1024,
        "peak_rss_single_mb": peak1 / 1024,
        "peak_pss_mb": peak_pss / 1024,
        # CPU seconds per process (last sample before it ended; the root first):
        # on a machine shared with other jobs, max() of these bounds the wall
        # time the run needs alone
        "cpu_s": [round(cpu[k], 2) for k in sorted(cpu, key=lambda k: (k != p.pid, k))],
        "returncode": p.returncode,
        "stderr": b"".join(err).decode("utf-8", "replace"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stdin")
    ap.add_argument("--stdout")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    res = run_measured(cmd, stdin=a.stdin, stdout=a.stdout, env=dict(os.environ))
    sys.stderr.write(res.pop("stderr"))
    print(json.dumps(res))


if __name__ == "__main__":
    main()


def bench_seconds(benchmark) -> float | None:
    """Fastest round of a finished pytest-benchmark run (``None`` when
    benchmarks are disabled)."""
    stats = getattr(benchmark, "stats", None)
    if stats is None:
        return None
    return stats.stats.min


def print_table(request, title: str, header: tuple[str, ...], rows: list[tuple]) -> None:
    """Print a table of figures in pytest's terminal output (and to
    ``$CLEANTEXT_BENCH_REPORT`` as JSON Lines when set)."""
    tr = request.config.pluginmanager.get_plugin("terminalreporter")
    lines = [title, "  ".join(f"{h:>22}" for h in header)]
    for r in rows:
        lines.append("  ".join(f"{c:>22}" if isinstance(c, str) else f"{c:>22,.2f}" for c in r))
    text = "\n".join(lines)
    cm = request.config.pluginmanager.get_plugin("capturemanager")
    ctx = cm.global_and_fixture_disabled() if cm is not None else contextlib.nullcontext()
    with ctx:
        if tr is not None:
            tr.write_line("")
            for line in text.splitlines():
                tr.write_line(line)
        else:
            print(text)
    out = os.environ.get("CLEANTEXT_BENCH_REPORT")
    if out:
        with open(out, "a", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"table": title, **dict(zip(header, r))}) + "\n")
