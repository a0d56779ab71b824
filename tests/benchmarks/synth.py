"""Synthetic scraped documents for benchmarks and load runs.

Documents mix invented article prose (random sentences from a small invented
vocabulary) with page leftovers of the kinds cleantext removes, plus the
project's fixture articles (``fixtures/articles/*.txt``) when they exist. Nothing
here comes from a real page.

A real corpus can be used instead: set ``CLEANTEXT_BENCH_CORPUS`` to a JSON Lines
file whose records have a ``text`` (or ``noisy_text``) field. Corpus text is read
at run time and never copied into the repository.

As a script: ``python tests/benchmarks/synth.py OUT.jsonl --mb 200 [--broken 0.01]``
writes a JSON Lines file of about that many MiB (``.gz`` compresses it);
``--broken`` is the share of lines made bad (invalid JSON, missing or
non-string text field), for load runs of the error handling.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[2]

_NOUNS = (
    "council harbour engineer orchard library ferry festival committee river valley "
    "bridge mayor teacher report budget survey station museum garden village market "
    "storm tunnel archive farmer nurse clinic school railway lighthouse quarry"
).split()
_VERBS = (
    "approved inspected described repaired opened delayed measured visited "
    "questioned funded rebuilt studied praised recorded expanded closed"
).split()
_ADJ = (
    "northern quiet annual busy narrow historic local coastal modest careful "
    "temporary small eastern crowded"
).split()
_LINK = ("after", "before", "while", "because", "although", "until", "since")

_JUNK = (
    "Advertisement",
    "Facebook Twitter Email Copy link",
    "Share this article",
    "Story continues below advertisement",
    "Photo: Ada Lin/Northwind Agency",
    "Image 2 of 7",
    "Skip to main content",
    "Next article",
    "Back to top",
    "IconIcon FacebookIcon LinkedinIcon Mail",
    "Created with Sketch.",
    "{{ author_name }}",
    "You have 2 free articles left this month",
    "Subscribe now for unlimited access",
    "We use cookies to improve your experience. Accept all",
    "Sign up for our newsletter",
)


def sentence(rng: random.Random) -> str:
    n = rng.choice(_NOUNS)
    s = (
        f"The {rng.choice(_ADJ)} {n} {rng.choice(_VERBS)} the {rng.choice(_NOUNS)} "
        f"{rng.choice(_LINK)} the {rng.choice(_ADJ)} {rng.choice(_NOUNS)} "
        f"{rng.choice(_VERBS)} {rng.randint(2, 90)} {rng.choice(_NOUNS)}s."
    )
    return s


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))


def fixture_articles() -> list[str]:
    d = ROOT / "fixtures" / "articles"
    if not d.is_dir():
        return []
    return [
        p.read_text("utf-8")
        for p in sorted(d.glob("*.txt"))
        if not p.name.endswith(".clean.txt")
    ]


def synthetic_document(rng: random.Random, fixtures: list[str]) -> str:
    """One document of roughly 1-8 KB: paragraphs with junk lines between them."""
    if fixtures and rng.random() < 0.2:
        return rng.choice(fixtures)
    parts: list[str] = []
    if rng.random() < 0.5:
        parts.append(rng.choice(_JUNK))
    for _ in range(rng.randint(2, 12)):
        parts.append(paragraph(rng))
        if rng.random() < 0.3:
            parts.append(rng.choice(_JUNK))
    return "\n".join(parts)


def corpus_texts() -> list[str] | None:
    """Texts of the corpus named by ``CLEANTEXT_BENCH_CORPUS``, or ``None``."""
    path = os.environ.get("CLEANTEXT_BENCH_CORPUS")
    if not path:
        return None
    opener = gzip.open if path.endswith(".gz") else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = rec.get("text") or rec.get("noisy_text")
            if isinstance(text, str) and text:
                out.append(text)
    return out


def documents(n: int, seed: int = 1) -> list[str]:
    """``n`` documents: from the corpus if ``CLEANTEXT_BENCH_CORPUS`` is set
    (cycled), else synthetic."""
    texts = corpus_texts()
    if texts:
        return [texts[i % len(texts)] for i in range(n)]
    rng = random.Random(seed)
    fx = fixture_articles()
    return [synthetic_document(rng, fx) for _ in range(n)]


def records(seed: int = 1, broken: float = 0.0) -> Iterator[bytes]:
    """An endless stream of JSON Lines records (bytes with ``\\n``); a share
    ``broken`` of them are bad in one of three ways."""
    rng = random.Random(seed)
    texts = corpus_texts()
    fx = fixture_articles()
    i = 0
    while True:
        i += 1
        text = texts[i % len(texts)] if texts else synthetic_document(rng, fx)
        rec = {"id": i, "url": f"https://news.example/{i}", "text": text, "lang": "en"}
        if broken and rng.random() < broken:
            kind = i % 3
            if kind == 0:
                yield (json.dumps(rec)[:-7] + "\n").encode()  # cut off: invalid JSON
                continue
            if kind == 1:
                del rec["text"]
            else:
                rec["text"] = None
        yield (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")


def write_jsonl(path: str, *, mb: float | None = None, count: int | None = None,
                broken: float = 0.0, seed: int = 1) -> tuple[int, int]:
    """Write records to ``path`` until ``mb`` MiB or ``count`` records;
    returns ``(records, bytes)`` (uncompressed)."""
    limit = int(mb * (1 << 20)) if mb else None
    opener = gzip.open if path.endswith(".gz") else open
    n = size = 0
    with opener(path, "wb") as f:
        for line in records(seed, broken):
            if (limit is not None and size >= limit) or (count is not None and n >= count):
                break
            f.write(line)
            n += 1
            size += len(line)
    return n, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float)
    ap.add_argument("--count", type=int)
    ap.add_argument("--broken", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if not a.mb and not a.count:
        ap.error("give --mb or --count")
    n, size = write_jsonl(a.out, mb=a.mb, count=a.count, broken=a.broken, seed=a.seed)
    print(f"{n} records, {size} bytes -> {a.out}")


if __name__ == "__main__":
    main()
