"""clean_many, ordered_map, pickling and the JSON Lines record logic (batch.py)."""

from __future__ import annotations

import functools
import itertools
import json
import multiprocessing
import pickle

import pytest

import cleantext
from cleantext import FILTERS, BinaryInputError, Pipeline, Span, clean, clean_many
from cleantext.batch import (
    ERROR_KINDS,
    JsonlOptions,
    Stats,
    TooLong,
    jsonl_chunk,
    ordered_map,
)

# A small fixed pipeline, so these tests exercise batching, not filter tuning.
RULES = Pipeline(["share", "ads", "navigation"])

DOCS = [
    f"Article {i}: the quiet harbour council met on day {i} and approved a budget.\n"
    + ("Advertisement\n" if i % 2 else "")
    + ("Facebook Twitter Email\n" if i % 3 == 0 else "")
    + "The ferry timetable changes next week, officials said."
    for i in range(40)
]


def _same(a, b):
    assert a.text == b.text
    assert a.report.removals == b.report.removals
    assert a.report.source == b.report.source


# ------------------------------------------------------------ clean_many


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_many_matches_clean_in_order(jobs):
    got = list(clean_many(DOCS, jobs=jobs, pipeline=RULES, chunksize=3))
    assert len(got) == len(DOCS)
    for doc, res in zip(DOCS, got):
        _same(res, RULES.clean(doc))
    # the fixed pipeline does remove something, so the comparison is not vacuous
    assert sum(len(r.report.removals) for r in got) > 0


def test_clean_many_default_pipeline_and_bytes():
    items = [DOCS[1], DOCS[1].encode("utf-8"), DOCS[2].encode("cp1252")]
    got = list(clean_many(items, jobs=2, chunksize=1))
    for item, res in zip(items, got):
        _same(res, clean(item))
    assert got[1].report.input_kind == "bytes"


def test_clean_many_preset_name():
    got = list(clean_many(DOCS[:4], jobs=1, pipeline="conservative"))
    for doc, res in zip(DOCS, got):
        _same(res, clean(doc, pipeline="conservative"))


def test_clean_many_consumes_input_lazily():
    """An endless generator: only a bounded window of it is ever pulled."""
    pulled = []

    def endless():
        for i in itertools.count():
            pulled.append(i)
            yield DOCS[i % len(DOCS)]

    chunksize, window = 2, 4
    gen = clean_many(endless(), jobs=2, pipeline=RULES, chunksize=chunksize, window=window)
    first = list(itertools.islice(gen, 10))
    gen.close()
    assert [r.text for r in first] == [RULES.clean(DOCS[i]).text for i in range(10)]
    # 10 results need 5 chunks; at most `window` more chunks are read ahead
    assert len(pulled) <= (5 + window + 1) * chunksize


def test_clean_many_chunk_chars_bounds_chunks():
    from cleantext.batch import _chunked, _length

    big = "word " * 1000

    sizes = [len(c) for c in _chunked([big] * 10, 100, 12000, _length)]  # 5000 chars each
    assert sizes == [3, 3, 3, 1]
    assert sum(sizes) == 10


def test_clean_many_raises_in_order():
    items = [DOCS[0], DOCS[1], b"%PDF-1.7\n\x00\x01binary", DOCS[3]]
    seen = []
    with pytest.raises(BinaryInputError):
        for r in clean_many(items, jobs=2, pipeline=RULES, chunksize=1):
            seen.append(r.text)
    assert seen == [RULES.clean(DOCS[0]).text, RULES.clean(DOCS[1]).text]


def test_clean_many_on_error_return_yields_exception_in_place():
    items = [DOCS[0], 42, DOCS[2]]
    got = list(clean_many(items, jobs=1, pipeline=RULES, on_error="return"))
    assert len(got) == 3
    assert isinstance(got[1], TypeError)
    _same(got[2], RULES.clean(DOCS[2]))


@pytest.mark.parametrize(
    "kwargs",
    [{"jobs": -2}, {"jobs": 1.5}, {"jobs": True}, {"chunksize": 0}, {"on_error": "ignore"}],
)
def test_clean_many_rejects_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        clean_many(DOCS, **kwargs)


@pytest.mark.parametrize("one", ["Hi there", b"Hi there", bytearray(b"Hi there")])
def test_clean_many_refuses_a_single_document(one):
    # iterating a str would clean each character as a document
    with pytest.raises(TypeError, match=r"list of documents.*clean_many\(\[text\]\)"):
        clean_many(one)


@pytest.mark.parametrize("jobs", [0, None])
def test_clean_many_jobs_0_and_none_mean_every_core(jobs, monkeypatch):
    import cleantext.batch as batch

    seen = []
    real = batch.ordered_map

    def spy(fn, state, chunks, *, jobs=1, **kw):
        seen.append(jobs)
        return real(fn, state, chunks, jobs=1, **kw)

    monkeypatch.setattr(batch, "default_jobs", lambda: 3)
    monkeypatch.setattr(batch, "ordered_map", spy)
    got = list(clean_many(DOCS[:4], jobs=jobs, pipeline=RULES))
    assert seen == [3]  # as the CLI's -j 0
    for g, d in zip(got, DOCS[:4]):
        _same(g, RULES.clean(d))


def test_clean_many_unpicklable_pipeline_needs_jobs_1():
    p = RULES.add(lambda t: [Span(0, 1, "first")] if t else [], name="first_char")
    with pytest.raises(TypeError, match="jobs=1"):
        clean_many(DOCS, jobs=2, pipeline=p)
    got = list(clean_many(DOCS[:3], jobs=1, pipeline=p))
    assert all(r.report.removals[0].filter == "first_char" for r in got)


# ------------------------------------------------------------ pickling


def test_default_pipeline_pickles_and_cleans_the_same():
    p = Pipeline()
    q = pickle.loads(pickle.dumps(p))
    assert q == p
    for doc in DOCS[:6]:
        _same(q.clean(doc), p.clean(doc))


@pytest.mark.parametrize("name", list(FILTERS))
def test_every_registered_filter_pickles(name):
    f = FILTERS[name]
    g = pickle.loads(pickle.dumps(f))
    assert g is f  # module-level functions pickle by reference


def _every_other_line(text: str, *, reason: str) -> list[Span]:
    out, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        if i % 2 and line:
            out.append(Span(pos, pos + len(line), reason))
        pos += len(line) + 1
    return out


def test_partial_filter_pipeline_pickles_and_runs_in_workers():
    p = Pipeline(["ads"]).add(functools.partial(_every_other_line, reason="odd_line"), name="odd")
    q = pickle.loads(pickle.dumps(p))
    assert q.names == p.names
    got = list(clean_many(DOCS[:8], jobs=2, pipeline=p, chunksize=2))
    for doc, res in zip(DOCS, got):
        _same(res, p.clean(doc))
    assert any(r.filter == "odd" for res in got for r in res.report.removals)


def test_pipeline_runs_under_plain_multiprocessing_spawn():
    """No fork-inherited state needed: a fresh interpreter gets the pipeline by pickle."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        got = pool.map(RULES.clean, DOCS[:6])
    for doc, res in zip(DOCS, got):
        _same(res, RULES.clean(doc))


def test_cleaned_result_pickles():
    r = clean(DOCS[3].encode("utf-8"))
    r2 = pickle.loads(pickle.dumps(r))
    assert r2 == r
    assert r2.report.to_input_span(0, 5) == r.report.to_input_span(0, 5)


# ------------------------------------------------------------ ordered_map


def _square_all(state, chunk):
    return [state * x * x for x in chunk]


def _fail_on(state, chunk):
    if state in chunk:
        raise RuntimeError(f"chunk with {state}")
    return chunk


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_ordered_map_keeps_order(jobs):
    chunks = [list(range(i, i + 3)) for i in range(0, 60, 3)]
    got = list(ordered_map(_square_all, 2, chunks, jobs=jobs, window=2))
    assert got == [[2 * x * x for x in c] for c in chunks]


def test_ordered_map_single_chunk_and_empty():
    assert list(ordered_map(_square_all, 1, [[3]], jobs=4)) == [[9]]
    assert list(ordered_map(_square_all, 1, [], jobs=4)) == []


def test_ordered_map_reraises_at_its_turn():
    chunks = [[1], [2], [3], [4]]
    seen = []
    with pytest.raises(RuntimeError, match="chunk with 3"):
        for c in ordered_map(_fail_on, 3, chunks, jobs=2):
            seen.append(c)
    assert seen == [[1], [2]]


# ------------------------------------------------------------ jsonl_chunk


def _opts(**kw):
    return JsonlOptions(pipeline=RULES, **kw)


def _lines(*records):
    return [(json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8") for r in records]


def _run(opts, raws, first=1, file="in.jsonl"):
    res = jsonl_chunk(opts, (file, first, raws, None))
    return res, [json.loads(x) for x in res.lines]


def test_jsonl_record_cleaned_and_other_fields_untouched():
    rec = {"id": 7, "meta": {"a": [1, 2.5, None, True]}, "text": DOCS[1], "ünï": "ø"}
    res, out = _run(_opts(), _lines(rec))
    assert out == [{**rec, "text": RULES.clean(DOCS[1]).text}]
    assert list(out[0]) == list(rec)  # field order kept
    assert res.stats.docs == res.stats.cleaned == res.stats.written == 1
    assert res.stats.chars_in == len(DOCS[1])
    assert res.stats.chars_out == len(out[0]["text"])
    assert res.stats.removals["ads"][0] == 1


def test_jsonl_output_field_and_reports():
    rec = {"id": 1, "body": DOCS[3]}
    _, out = _run(_opts(text_field="body", output_field="clean", report_field="rep"), _lines(rec))
    expected = RULES.clean(DOCS[3])
    assert out[0]["body"] == DOCS[3]
    assert out[0]["clean"] == expected.text
    assert out[0]["rep"] == json.loads(json.dumps(expected.report.to_dict(compact=True)))
    _, out = _run(_opts(text_field="body", report_field="rep", report_format="full"), _lines(rec))
    assert out[0]["rep"]["source"] == expected.report.source
    assert out[0]["body"] == expected.text


BAD = [
    (b"{not json", "invalid_json"),
    (b'{"text": "\xff\xfe broken utf-8"}', "invalid_json"),
    (b"[1, 2, 3]", "not_an_object"),
    (b'{"id": 3}', "missing_field"),
    (b'{"id": 4, "text": null}', "not_a_string"),
    (b'{"id": 5, "text": ["a"]}', "not_a_string"),
    (b'{"id": 6, "text": "' + b"x" * 50 + b'"}', "too_large"),
]


@pytest.mark.parametrize("raw,kind", BAD)
def test_jsonl_bad_record_pass(raw, kind):
    assert kind in ERROR_KINDS
    good = (json.dumps({"id": 0, "text": "Short.\nAdvertisement"}) + "\n").encode()
    res, out = _run(_opts(max_chars=40), [good, raw + b"\n", good], first=10)
    assert len(out) == 3  # documents in == documents out
    assert "cleantext_error" not in out[0] and "cleantext_error" not in out[2]
    err = out[1]["cleantext_error"]
    assert err["line"] == 11 and err["error"] == kind and err["file"] == "in.jsonl"
    assert err["message"]
    if kind in ("invalid_json", "not_an_object"):
        assert out[1]["raw"] == raw.decode("utf-8", "replace")
    else:  # the record itself, unchanged, plus the error field
        rec = json.loads(raw)
        assert {k: v for k, v in out[1].items() if k != "cleantext_error"} == rec
    assert out[0]["text"] == RULES.clean("Short.\nAdvertisement").text
    assert res.stats.errors == {kind: 1}
    assert [e.line for e in res.errors] == [11]


@pytest.mark.parametrize("raw,message", [
    (b'{"id": 1, "score": NaN, "text": "Tea."}', "NaN is not a JSON value"),
    (b'{"id": 1, "scores": [1, -Infinity], "text": "Tea."}', "-Infinity is not a JSON value"),
    (b'{"id": 1, "f": 1e400, "text": "Tea."}', "the number 1e400 is too large"),
    (b'{"id": 1, "f": -' + b"9" * 400 + b'.5, "text": "Tea."}', "(403 characters) is too large"),
    (b'{"id": 1, "text": "Tea.", "text": "Coffee."}', "duplicate key 'text'"),
    (b'{"id": 1, "meta": {"a": 1, "a": 2}, "text": "Tea."}', "duplicate key 'a'"),
])
def test_jsonl_a_record_that_cannot_be_written_back_as_json_is_a_bad_record(raw, message):
    # Python's json reads NaN/Infinity, reads 1e400 as infinity and keeps the
    # last of two equal keys; written back, the record would not be standard
    # JSON or would lack a value. It comes out as a bad record with the raw line.
    good = (json.dumps({"id": 0, "text": "Short.\nAdvertisement"}) + "\n").encode()
    res, out = _run(_opts(), [good, raw + b"\n"], first=3)
    assert len(out) == 2 and res.stats.errors == {"invalid_json": 1}
    err = out[1]["cleantext_error"]
    assert err["line"] == 4 and err["error"] == "invalid_json" and message in err["message"]
    assert out[1]["raw"] == raw.decode()  # the line itself, nothing lost
    for line in res.lines:  # standard JSON only
        json.loads(line, parse_constant=lambda name: pytest.fail(f"{name} written"))
    res, out = _run(_opts(on_error="fail"), [raw + b"\n"])
    assert res.stopped and out == []


def test_jsonl_large_but_finite_numbers_still_pass():
    res, out = _run(_opts(), [b'{"f": 1.5e300, "g": -2e-400, "n": 1' + b"0" * 30 + b', "text": "Tea."}\n'])
    assert res.stats.error_count == 0
    assert out[0]["f"] == 1.5e300 and out[0]["g"] == 0.0 and out[0]["n"] == 10**30


@pytest.mark.parametrize("raw,message", [
    (b'{"id": 1, "text": "cut short', "not valid JSON: Unterminated string starting at character 18 of the line"),
    (b'{"id": 1, "text": }', "not valid JSON: Expecting value at character 18 of the line"),
])
def test_jsonl_invalid_json_message_names_the_fault_and_its_place(raw, message):
    # an unterminated string is reported as such (not as the line break it
    # runs into), and the place is named once ("... starting at character 18")
    _, out = _run(_opts(), [raw + b"\n"])
    assert out[0]["cleantext_error"]["message"] == message


@pytest.mark.parametrize("raw,hint", [
    ('{"text": "Harbour news"}'.encode("utf-16-le"), "UTF-16 or UTF-32"),
    ('{"text": "Harbour news"}'.encode("utf-32-le"), "UTF-16 or UTF-32"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\xff\x00\x03\x00\x3e\x00\x01\x00\x00\x00\xc0\x10", "binary data"),
])
def test_jsonl_a_line_that_is_not_utf8_gets_the_right_hint(raw, hint):
    # a wide encoding has its NUL bytes in one position of every two or four
    # bytes; an executable's are anywhere
    _, out = _run(_opts(), [raw + b"\n"])
    message = out[0]["cleantext_error"]["message"]
    assert hint in message and ("binary" in message) == (hint == "binary data")


def test_jsonl_bad_record_skip_and_fail():
    good = (json.dumps({"text": DOCS[0]}) + "\n").encode()
    raws = [good, b"nope\n", good, b'{"x": 1}\n', good]
    res, out = _run(_opts(on_error="skip"), raws)
    assert len(out) == 3 and res.stats.error_count == 2 and not res.stopped
    res, out = _run(_opts(on_error="fail"), raws)
    assert len(out) == 1 and res.stopped
    assert res.errors[-1].line == 2 and res.errors[-1].kind == "invalid_json"


def test_jsonl_too_long_marker_and_custom_error_field():
    res, out = _run(_opts(error_field="err"), [TooLong(1000)], first=5, file=None)
    assert out == [{"err": {"line": 5, "error": "too_large", "message": out[0]["err"]["message"]}}]
    assert "1000" in out[0]["err"]["message"]


def test_jsonl_a_record_with_the_error_field_loses_nothing():
    # a bad record that already holds the error field (an earlier run's mark)
    # keeps its value inside the new mark; a good one passes it through
    old = {"line": 9, "error": "missing_field", "message": "from an earlier run"}
    bad = {"id": 1, "content": "x", "cleantext_error": old}
    good = {"id": 2, "text": DOCS[0], "cleantext_error": "note"}
    res, out = _run(_opts(), _lines(bad, good))
    assert out[0]["id"] == 1 and out[0]["content"] == "x"
    assert out[0]["cleantext_error"]["error"] == "missing_field"
    assert out[0]["cleantext_error"]["line"] == 1
    assert out[0]["cleantext_error"]["previous"] == old
    assert out[1]["cleantext_error"] == "note" and out[1]["text"] == RULES.clean(DOCS[0]).text


def test_jsonl_blank_lines_are_not_records():
    good = (json.dumps({"text": DOCS[0]}) + "\n").encode()
    res, out = _run(_opts(), [b"\n", good, b"  \r\n", good])
    assert len(out) == 2 and res.stats.docs == 2


def test_jsonl_lone_surrogate_output_is_valid_json():
    raw = b'{"text": "Tea \\ud800 time at the harbour.\\nAdvertisement"}\n'
    res, out = _run(_opts(), [raw])
    assert res.stats.error_count == 0
    assert out[0]["text"] == RULES.clean(json.loads(raw)["text"]).text


def _explode(text):
    raise RuntimeError("filter bug")


def test_jsonl_filter_exception_is_a_record_error():
    p = Pipeline(["ads"]).add(_explode, name="explode")
    res, out = _run(JsonlOptions(pipeline=p), _lines({"id": 1, "text": "abc"}))
    assert out[0]["cleantext_error"]["error"] == "clean_failed"
    assert "filter bug" in out[0]["cleantext_error"]["message"]


def test_stats_merge_adds_up():
    a, b = Stats(), Stats()
    a.docs, a.removals, a.errors = 2, {"ads": [1, 10]}, {"invalid_json": 1}
    b.docs, b.removals, b.errors = 3, {"ads": [2, 5], "share": [1, 3]}, {"invalid_json": 2}
    a.merge(b)
    assert a.docs == 5 and a.removals == {"ads": [3, 15], "share": [1, 3]}
    assert a.errors == {"invalid_json": 3} and a.error_count == 3


def test_clean_many_is_exported():
    assert "clean_many" in cleantext.__all__
