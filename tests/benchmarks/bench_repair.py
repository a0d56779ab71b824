"""What text repair costs: the full default pipeline with repair on
(``Pipeline()``) against the same pipeline with repair off
(``Pipeline(fix_text=False)``), on clean English text and on text with
mojibake in every paragraph; and the cost of mapping every repair of a large
bytes document back to byte offsets (linear, not quadratic).

Documents are synthetic: invented English sentences with the typography of
edited prose (curly quotes, apostrophes, en dashes) and a rare loanword
(café, naïve), ``N_DOCS`` of them (default
200, about 0.5 M code points; ``$CLEANTEXT_BENCH_DOCS`` overrides). The
mojibake variant reads one sentence of every paragraph as UTF-8 decoded as
windows-1252 (``’`` shown as ``â€™``, ``é`` as ``Ã©``; ftfy's
sloppy-windows-1252 keeps the bytes windows-1252 leaves undefined, as browsers do).

Checks: on clean text, repair on is within 10% of repair off (fastest of 10
alternating rounds each); mapping a 4x larger document takes less than 6x as
long.
Run: ``python -m pytest tests/benchmarks/bench_repair.py``.
"""

from __future__ import annotations

import os
import random
import time

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest

from cleantext import Pipeline

from measure import bench_seconds, print_table

N_DOCS = int(os.environ.get("CLEANTEXT_BENCH_DOCS", "200"))
MAX_OVERHEAD = 1.10  # repair on / repair off, clean text
ROUNDS = 5

_WORDS = (
    "the council harbour engineer approved a new footbridge over the river after "
    "months of debate and residents said they were pleased with the plan which "
    "includes wider paths lighting benches and a small kiosk near the old station"
).split()
_RARE = ("café", "naïve", "façade")  # loanwords, about one word in 400
_ENDS = (".", ".", ".", "?", "’s view was clear.", " – she said.", ", “it works”.")


def _documents(seed: int = 7) -> list[str]:
    rnd = random.Random(seed)

    def sentence() -> str:
        w = [rnd.choice(_RARE if rnd.random() < 0.0025 else _WORDS) for _ in range(rnd.randint(8, 20))]
        return " ".join(w).capitalize() + rnd.choice(_ENDS)

    def paragraph() -> str:
        return " ".join(sentence() for _ in range(rnd.randint(3, 6)))

    return ["\n".join(paragraph() for _ in range(rnd.randint(4, 10))) for _ in range(N_DOCS)]


def _with_mojibake(doc: str) -> str:
    """Every paragraph gets one sentence mis-decoded (UTF-8 read as windows-1252)."""
    out = []
    for para in doc.split("\n"):
        sents = para.split(". ")
        i = next((k for k, s in enumerate(sents) if any(c in s for c in "’“”–é")), 0)
        sents[i] = (sents[i] + " Café owner’s").encode("utf-8").decode("sloppy-windows-1252")
        out.append(". ".join(sents))
    return "\n".join(out)


CLEAN = _documents()
MOJIBAKE = [_with_mojibake(d) for d in CLEAN]
CHARS = sum(map(len, CLEAN))
TEXTS = {"clean English": CLEAN, "mojibake in every paragraph": MOJIBAKE}
PIPELINES = {"repair on": Pipeline(), "repair off": Pipeline(fix_text=False)}
_SECONDS: dict[tuple[str, str], float] = {}


@pytest.fixture(scope="module", autouse=True)
def table(request):
    yield
    if not _SECONDS:
        return
    rows = []
    for text in TEXTS:
        on, off = _SECONDS.get((text, "repair on")), _SECONDS.get((text, "repair off"))
        if on and off:
            n = sum(map(len, TEXTS[text]))
            rows.append((text, n / on / 1e6, n / off / 1e6, on / off))
    print_table(
        request,
        f"full default pipeline, repair on vs off ({N_DOCS} docs, {CHARS:,} chars)",
        ("text", "on M chars/s", "off M chars/s", "on/off time"),
        rows,
    )


@pytest.mark.parametrize("mode", list(PIPELINES))
@pytest.mark.parametrize("text", list(TEXTS))
def test_pipeline_repair_on_off(benchmark, text, mode):
    pipe, docs = PIPELINES[mode], TEXTS[text]

    def run():
        for d in docs:
            pipe.clean(d)

    benchmark.pedantic(run, rounds=ROUNDS, iterations=1, warmup_rounds=1)
    s = bench_seconds(benchmark)
    if s:
        _SECONDS[(text, mode)] = s
        benchmark.extra_info["chars_per_s"] = sum(map(len, docs)) / s


def test_repair_overhead_on_clean_text(benchmark, request):
    """Repair on against repair off on clean English, measured in alternating
    rounds (so a busy machine slows both alike); the fastest round of each."""
    times: dict[str, list[float]] = {"repair on": [], "repair off": []}

    def one_round():
        order = list(PIPELINES) if len(times["repair on"]) % 2 else list(PIPELINES)[::-1]
        for mode in order:
            t = time.perf_counter()
            for d in CLEAN:
                PIPELINES[mode].clean(d)
            times[mode].append(time.perf_counter() - t)

    benchmark.pedantic(one_round, rounds=2 * ROUNDS, iterations=1, warmup_rounds=1)
    on, off = min(times["repair on"]), min(times["repair off"])
    benchmark.extra_info["on_off_ratio"] = on / off
    print_table(
        request,
        "clean English, alternating rounds, fastest of each",
        ("repair on s", "repair off s", "on/off time"),
        [(on, off, on / off)],
    )
    assert on / off <= MAX_OVERHEAD, f"repair on costs {on / off - 1:.1%} on clean text"


def test_mojibake_is_repaired():
    out = Pipeline().clean(MOJIBAKE[0]).report.source
    assert "â€" not in out and "Ã©" not in out and "Café owner’s" in out


# ---------------------------------------------------------------- input map

_PARA = "Жители посёлка  добились того,  чтобы у них появилась  остановка.  \n"


def _map_seconds(copies: int) -> tuple[float, int]:
    """Best of 3: clean a bytes document with a repair every ~25 characters
    (every repair's offsets mapped back to bytes); seconds and repair count."""
    data = (_PARA * copies).encode("utf-8")
    pipe = Pipeline([])
    best, n = float("inf"), 0
    for _ in range(3):
        t = time.perf_counter()
        _, report = pipe.clean(data)
        best = min(best, time.perf_counter() - t)
        n = len(report.repairs)
    return best, n


def test_input_map_is_linear(benchmark, request):
    small, n_small = _map_seconds(2000)
    large, n_large = benchmark.pedantic(lambda: _map_seconds(8000), rounds=1, iterations=1)
    print_table(
        request,
        "bytes input, every repair mapped back to byte offsets",
        ("document", "repairs", "seconds", "µs per repair"),
        [("1x", n_small, small, small / n_small * 1e6), ("4x", n_large, large, large / n_large * 1e6)],
    )
    assert large / small < 6, f"4x the document took {large / small:.1f}x as long"
