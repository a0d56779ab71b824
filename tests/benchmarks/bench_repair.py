"""What text repair costs: the full default pipeline with repair on
(``Pipeline()``) against the same pipeline with repair off
(``Pipeline(fix_text=False)``), on clean English text and on text with
mojibake in every paragraph; and the cost of mapping every repair of a large
bytes document back to byte offsets (linear, not quadratic).

Documents are synthetic: invented English sentences with the typography of
edited prose (curly quotes, apostrophes, en dashes) and a rare loanword
(café, naïve); ``N_DOCS`` of them (default 200, about 0.6 M code points;
``$CLEANTEXT_BENCH_DOCS`` overrides). The mojibake variant reads one sentence
of every paragraph as UTF-8 decoded as windows-1252 (``’`` shown as ``â€™``,
``é`` as ``Ã©``; ftfy's sloppy-windows-1252 keeps the bytes windows-1252
leaves undefined, as browsers do).

Checks: on clean text, repair on is within 10% of repair off (median of the
ratios of 20 rounds that run both back to back, so a busy machine slows both
alike); mapping the repairs of a 4x larger document takes less than 8x as
long (linear is 4x; the earlier quadratic mapping took 15x).
Run: ``python -m pytest tests/benchmarks/bench_repair.py``.
"""

from __future__ import annotations

import os
import random
import statistics
import time

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest

from cleantext import Pipeline, decode
from cleantext.encoding import InputMap, build_repairs, repair

from measure import bench_seconds, print_table

N_DOCS = int(os.environ.get("CLEANTEXT_BENCH_DOCS", "200"))
MAX_OVERHEAD = 1.10  # repair on / repair off, clean text
MAX_MAP_GROWTH = 8  # mapping time, 4x the document (quadratic would be 16)
ROUNDS = 5
PAIRED_ROUNDS = 20  # rounds of the on/off overhead check

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
    """Repair on against repair off on clean English: each round runs both,
    one right after the other (in alternating order), so a busy machine slows
    both alike; the figure is the median of the per-round ratios."""
    times: dict[str, list[float]] = {"repair on": [], "repair off": []}

    def one_round():
        order = list(PIPELINES) if len(times["repair on"]) % 2 else list(PIPELINES)[::-1]
        for mode in order:
            t = time.perf_counter()
            for d in CLEAN:
                PIPELINES[mode].clean(d)
            times[mode].append(time.perf_counter() - t)

    benchmark.pedantic(one_round, rounds=PAIRED_ROUNDS, iterations=1)
    ratios = sorted(on / off for on, off in zip(times["repair on"], times["repair off"]))
    ratio = statistics.median(ratios)
    benchmark.extra_info["on_off_ratio"] = ratio
    print_table(
        request,
        "clean English, repair on/off in the same round",
        ("median on/off", "lowest", "highest", "fastest on/off"),
        [(ratio, ratios[0], ratios[-1], min(times["repair on"]) / min(times["repair off"]))],
    )
    assert ratio <= MAX_OVERHEAD, f"repair on costs {ratio - 1:.1%} on clean text"


def test_mojibake_is_repaired():
    out = Pipeline().clean(MOJIBAKE[0]).report.source
    assert "â€" not in out and "Ã©" not in out and "Café owner’s" in out


# ---------------------------------------------------------------- input map

_PARA = "Жители посёлка  добились того,  чтобы у них появилась  остановка.  \n"


def _map_seconds(copies: int) -> tuple[float, int]:
    """Best of 5: map every repair of a bytes document (a repair every ~25
    characters) back to byte offsets, from a fresh input map each time;
    seconds and repair count."""
    data = (_PARA * copies).encode("utf-8")
    dec = decode(data)
    source, changes = repair(dec.text)
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        imap = InputMap("bytes", [c[:4] for c in changes], decoded=dec.text, segments=dec.segments, data=data)
        reps = build_repairs(source, dec.text, changes, imap, dec.encoding)
        best = min(best, time.perf_counter() - t)
    return best, len(reps)


def test_input_map_is_linear(benchmark, request):
    small, n_small = _map_seconds(2000)
    large, n_large = benchmark.pedantic(lambda: _map_seconds(8000), rounds=1, iterations=1)
    print_table(
        request,
        "bytes input, every repair mapped back to byte offsets",
        ("document", "repairs", "seconds", "µs per repair"),
        [("1x", n_small, small, small / n_small * 1e6), ("4x", n_large, large, large / n_large * 1e6)],
    )
    # linear: about 4x; the earlier re-encoding from the segment start: 15x
    assert large / small < MAX_MAP_GROWTH, f"4x the document took {large / small:.1f}x as long"
