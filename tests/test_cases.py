"""End-to-end cases from ``fixtures/cases/*.json`` (schema in fixtures/README.md)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from cleantext import clean

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "cases"
KEYS = {"id", "kind", "problem", "input", "expected", "must_remove", "must_keep"}
OPTIONAL = {"input_bytes_b64", "known_bug", "source"}
KINDS = {"leftover-boilerplate", "content-lost", "placeholder", "encoding", "multilingual", "edge"}


def load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def params():
    out = []
    for path in sorted(CASES.glob("*.json")):
        case = load(path)
        marks = []
        if case.get("known_bug"):
            marks.append(pytest.mark.xfail(strict=True, reason=case["known_bug"]))
        out.append(pytest.param(case, marks=marks, id=path.stem))
    return out


def data_of(case: dict):
    if "input_bytes_b64" in case:
        return base64.b64decode(case["input_bytes_b64"])
    return case["input"]


def nonempty_lines(s: str) -> list[str]:
    return [ln for ln in s.split("\n") if ln.strip()]


def test_case_files_are_well_formed():
    paths = sorted(CASES.glob("*.json"))
    assert len(paths) >= 13
    kinds = set()
    for path in paths:
        case = load(path)
        assert KEYS <= set(case) <= KEYS | OPTIONAL, f"{path.name}: keys {sorted(case)}"
        assert case["id"] == path.stem
        assert case["kind"] in KINDS
        kinds.add(case["kind"])
        exp = case["expected"]
        assert exp == exp.strip() and "\n\n\n" not in exp, f"{path.name}: expected breaks the block convention"
        for s in case["must_keep"]:
            assert s in exp, f"{path.name}: must_keep {s!r} is not in expected"
        for s in case["must_remove"]:
            assert s not in exp, f"{path.name}: must_remove {s!r} is in expected"
    assert {"leftover-boilerplate", "content-lost", "placeholder", "edge"} <= kinds


@pytest.mark.parametrize("case", params())
def test_case(case):
    text, report = clean(data_of(case))
    kept = [s for s in case["must_keep"] if s not in text]
    left = [s for s in case["must_remove"] if s in text]
    assert not kept, f"lost: {kept}"
    assert not left, f"left in: {left}"
    if "\n\n" in case["input"]:
        assert text == case["expected"]
    else:  # cleantext keeps the input's single line breaks between blocks
        assert nonempty_lines(text) == nonempty_lines(case["expected"])
        assert text == text.strip()
    assert report.replay() == text
    assert clean(text).text == text, "cleaning the output again changed it"
