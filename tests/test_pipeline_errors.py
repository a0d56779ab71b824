"""A custom filter that raises: Pipeline.find/clean and clean() wrap its
exception in a FilterError that names the filter."""

from __future__ import annotations

import pytest

from cleantext import FilterError, Pipeline, Span, clean, clean_many


def _divide(text: str) -> list[Span]:
    return [Span(0, 1, "ratio")] if 1 / (len(text) - len(text)) else []


def _halfway(text: str):
    yield Span(0, 1, "first")
    raise KeyError("no second span")


PIPE = Pipeline(["ads"]).add(_divide, name="ratio_filter")


def test_a_raising_filter_becomes_a_filter_error_naming_it():
    with pytest.raises(FilterError) as info:
        PIPE.clean("Some text.\nAdvertisement")
    message = str(info.value)
    assert "'ratio_filter'" in message and "ZeroDivisionError" in message
    assert isinstance(info.value.__cause__, ZeroDivisionError)


def test_clean_and_find_wrap_it_too():
    with pytest.raises(FilterError, match="ratio_filter") as info:
        clean("Some text.", pipeline=PIPE)
    assert isinstance(info.value.__cause__, ZeroDivisionError)
    with pytest.raises(FilterError, match="ratio_filter"):
        PIPE.find("Some text.")


def test_a_generator_filter_failing_part_way_is_wrapped():
    p = Pipeline(["ads"]).add(_halfway, name="halfway")
    with pytest.raises(FilterError, match="'halfway' raised KeyError") as info:
        p.clean("Some text.")
    assert isinstance(info.value.__cause__, KeyError)


def test_invalid_spans_are_still_reported_as_before():
    p = Pipeline(["ads"]).add(lambda t: [Span(0, len(t) + 5, "too_far")], name="too_far")
    with pytest.raises(FilterError, match="invalid span") as info:
        p.clean("Some text.")
    assert info.value.__cause__ is None


def test_clean_many_returns_the_filter_error_in_place():
    got = list(clean_many(["One.", "Two."], jobs=2, pipeline=PIPE, on_error="return", chunksize=1))
    assert [type(g) for g in got] == [FilterError, FilterError]
    assert all("ratio_filter" in str(g) and "ZeroDivisionError" in str(g) for g in got)
