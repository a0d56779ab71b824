"""Linear time on adversarial input: for every registered filter and for
``clean``, 10x the input costs at most 15x the time.

Shapes: one line of 1 MB vs 10 MB, 100 k vs 1 M short lines, and runs of the
characters that trouble backtracking patterns (``{``, ``{{``, ``<``, ``$``,
``©``, "Icon", spaces) of 1 M vs 10 M code points. The small size is timed as
the best of three, the large one once. Timings under 50 ms at the large size
are too small to judge and pass. Run:
``python -m pytest tests/benchmarks/bench_linear.py`` (a few minutes).
"""

from __future__ import annotations

import time

import pytest

from cleantext import FILTERS, clean

from measure import bench_seconds

SMALL = 1_000_000
RATIO = 10
MAX_GROWTH = 15
FLOOR_S = 0.05

_LINE = "Share Facebook Icon {{x}} © Advertisement the council met on Tuesday. "
# ten-character lines of the kinds filters look at
_SHORT = "Share pls\n{{x}} abc\n© AP 2024\nIcon Icon\nNext page\nIt ended.\n"

SHAPES = {
    "one_line": lambda n: (_LINE * (n // len(_LINE) + 1))[:n],
    # n / 10 lines: 100 k at the small size, 1 M at the large one
    "short_lines": lambda n: _SHORT * (n // len(_SHORT)),
    "open_braces": lambda n: "{" * n,
    "double_braces": lambda n: "{{" * (n // 2),
    "lt": lambda n: "<" * n,
    "dollars": lambda n: "$" * n,
    "copyright": lambda n: "©" * n,
    "icon": lambda n: "Icon" * (n // 4),
    "spaces": lambda n: " " * n,
}

FUNCS = {**FILTERS, "clean": clean}


def _best(fn, text, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("name", list(FUNCS))
def test_linear_time(benchmark, name, shape):
    fn = FUNCS[name]
    small = SHAPES[shape](SMALL)
    large = SHAPES[shape](SMALL * RATIO)
    t_small = _best(fn, small)
    benchmark.pedantic(fn, args=(large,), rounds=1, iterations=1)
    t_large = bench_seconds(benchmark)
    if t_large is None:
        t = time.perf_counter()
        fn(large)
        t_large = time.perf_counter() - t
    benchmark.extra_info.update(small_s=t_small, large_s=t_large, growth=t_large / max(t_small, 1e-9))
    if t_large < FLOOR_S:
        return
    assert t_large <= MAX_GROWTH * t_small, (
        f"{name} on {shape}: {len(small):,} chars took {t_small:.3f}s, "
        f"{len(large):,} chars took {t_large:.3f}s ({t_large / t_small:.1f}x for {RATIO}x the input)"
    )
