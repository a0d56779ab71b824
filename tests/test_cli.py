"""The command line: plain mode (every flag kept), JSON Lines mode, workers,
bad records, progress and summary, broken pipes, exit statuses."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import subprocess
import sys

import pytest

from cleantext import FILTERS, Pipeline, clean
from cleantext.pipeline import PRESETS
from cleantext.cli import main

RULES_ARGS = ["--only", "share,ads,navigation"]
RULES = Pipeline(["share", "ads", "navigation"])

ARTICLE = (
    "Skip to main content\n"
    "Harbour council approves a new ferry timetable\n"
    "The council approved the timetable on Tuesday after a long consultation.\n"
    "Advertisement\n"
    "Facebook Twitter Email\n"
    "The engineer said the repairs would take two summers, and the ferry keeps running.\n"
)


class _Stdin:
    """Stands for sys.stdin: a binary buffer with peek(), no file descriptor."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data))

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


def _text(i: int) -> str:
    junk = ["Advertisement", "Facebook Twitter Email", "Next article"][i % 3]
    return f"Report {i}: the quiet council met and approved a modest budget.\n{junk}\nThe ferry runs on."


def _jsonl(n: int, broken=()) -> bytes:
    out = []
    for i in range(n):
        if i in broken:
            out.append(b'{"id": %d, "text": "cut off' % i)
        else:
            out.append(json.dumps({"id": i, "text": _text(i), "lang": "en"}).encode())
    return b"\n".join(out) + b"\n"


def _plain(text: str) -> str:
    """What plain mode prints for a document: the clean text and a line break,
    or nothing when nothing is left."""
    return text + "\n" if text else ""


def _cli(*args: str, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cleantext", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
    )


# ------------------------------------------------------------ plain mode


@pytest.mark.parametrize("extra", [[], ["--explain"]])
def test_plain_output_is_utf8_whatever_the_locale(tmp_path, extra):
    # a stdout the locale says is ASCII must still get the text, as UTF-8
    f = tmp_path / "cafe.txt"
    f.write_bytes("Le café du port rouvre ses portes après l’hiver.\n".encode("cp1252"))
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    res = subprocess.run(
        [sys.executable, "-m", "cleantext", "-q", *extra, str(f)], capture_output=True, timeout=300, env=env
    )
    assert res.returncode == 0, res.stderr
    assert b"Traceback" not in res.stderr
    assert "Le café du port rouvre ses portes après l’hiver.".encode("utf-8") in res.stdout


def test_plain_file_to_stdout(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode("utf-8"))
    assert main(["-q", str(f)]) == 0
    assert capsys.readouterr().out == _plain(clean(ARTICLE.encode("utf-8")).text)


def test_plain_report_one_and_several_files(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(ARTICLE.encode())
    b.write_bytes(b"Advertisement\nA second sentence stands here.\n")
    rep = tmp_path / "r.json"
    assert main(["-q", *RULES_ARGS, "--report", str(rep), str(a)]) == 0
    d = json.loads(rep.read_text("utf-8"))
    expected = RULES.clean(ARTICLE.encode()).report.to_dict()
    assert d == {**json.loads(json.dumps(expected)), "file": str(a)}
    assert main(["-q", *RULES_ARGS, "--report", str(rep), str(a), str(b)]) == 0
    d = json.loads(rep.read_text("utf-8"))
    assert [x["file"] for x in d] == [str(a), str(b)]
    capsys.readouterr()


def test_plain_summary_on_stderr_and_quiet(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode())
    assert main([*RULES_ARGS, str(f)]) == 0
    err = capsys.readouterr().err
    r = RULES.clean(ARTICLE.encode())
    assert "1 document " in err
    assert f"{len(r.report.source):,} -> {len(r.text):,} chars" in err
    assert "ads 1 span" in err
    assert main(["-q", str(f)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("flag", ["--only", "--skip"])
def test_unknown_filter_name_lists_valid_names(flag, capsys):
    with pytest.raises(SystemExit) as e:
        main([flag, "ads,bogus"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "bogus" in err
    for name in FILTERS:
        assert name in err


def test_only_and_skip_together_is_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--only", "ads", "--skip", "share"])
    assert e.value.code == 2


def test_only_and_skip_select_filters(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode())
    assert main(["-q", "--only", "ads", str(f)]) == 0
    assert capsys.readouterr().out == _plain(Pipeline(["ads"]).clean(ARTICLE.encode()).text)
    assert main(["-q", "--skip", "ads", str(f)]) == 0
    assert capsys.readouterr().out == _plain(Pipeline().without("ads").clean(ARTICLE.encode()).text)


def test_only_with_no_filter_of_the_preset_is_a_usage_error(tmp_path, capsys):
    # structure is not in the conservative preset: nothing would run
    assert "structure" not in PRESETS["conservative"]
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode())
    for mode in ([], ["--jsonl"]):
        with pytest.raises(SystemExit) as e:
            main([*mode, "--preset", "conservative", "--only", "structure", str(f)])
        assert e.value.code == 2
        cap = capsys.readouterr()
        assert cap.out == ""
        assert "--only structure: this filter is not in the 'conservative' preset" in cap.err
        assert "that preset runs " + ", ".join(PRESETS["conservative"]) in cap.err
        assert "or use --preset default" in cap.err


@pytest.mark.parametrize("preset", ["default", "conservative"])
def test_skip_of_every_filter_of_the_preset_is_a_usage_error(preset, tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode())
    for skipped in (PRESETS[preset], tuple(FILTERS)):
        with pytest.raises(SystemExit) as e:
            main(["--preset", preset, "--skip", ",".join(skipped), str(f)])
        assert e.value.code == 2
        cap = capsys.readouterr()
        assert cap.out == ""
        assert f"skips every filter of the {preset!r} preset ({', '.join(PRESETS[preset])})" in cap.err


def test_only_and_skip_combine_with_the_preset(tmp_path, capsys):
    # a name the preset does not run is ignored while another filter is left
    f = tmp_path / "a.txt"
    data = ARTICLE.encode()
    f.write_bytes(data)
    conservative = Pipeline.preset("conservative")
    for args, expected in (
        (["--only", "structure,ads"], Pipeline(["ads"])),
        (["--only", "ads"], Pipeline(["ads"])),
        (["--skip", "structure"], conservative),
        (["--skip", "ads,structure"], conservative.without("ads")),
    ):
        assert main(["-q", "--preset", "conservative", *args, str(f)]) == 0, args
        assert capsys.readouterr().out == _plain(expected.clean(data).text), args
    assert main(["-q", "--only", "structure", str(f)]) == 0
    assert capsys.readouterr().out == _plain(Pipeline(["structure"]).clean(data).text)


def test_a_name_the_preset_does_not_run_is_ignored_with_a_warning(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode())
    for args in (["--only", "structure,ads"], ["--skip", "structure"]):
        assert main(["--preset", "conservative", *args, str(f)]) == 0
        err = capsys.readouterr().err
        assert "warning: structure is not in the 'conservative' preset" in err, args
    # --quiet silences it; a name the preset runs draws no warning
    assert main(["-q", "--preset", "conservative", "--only", "structure,ads", str(f)]) == 0
    assert capsys.readouterr().err == ""
    assert main(["--preset", "conservative", "--only", "ads", str(f)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_list_filters(capsys):
    assert main(["--list-filters"]) == 0
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()] == list(FILTERS)
    # each description is a whole sentence, never cut at the docstring's line break
    assert all(line.rstrip().endswith(".") for line in out.splitlines())


def test_encoding_flag(tmp_path, capsys):
    f = tmp_path / "a.txt"
    data = "Café au lait is served at the harbour.\nAdvertisement\n".encode("cp1252")
    f.write_bytes(data)
    assert main(["-q", *RULES_ARGS, "--encoding", "windows-1252", str(f)]) == 0
    expected = RULES.clean(data, encoding="windows-1252").text
    assert "Café" in expected
    assert capsys.readouterr().out == expected + "\n"
    assert main(["--encoding", "no-such-codec", str(f)]) == 2
    assert "unknown encoding" in capsys.readouterr().err


def test_preset_and_no_repair(tmp_path, capsys):
    f = tmp_path / "a.txt"
    data = "Caf\u00c3\u00a9 &amp; bar opened.\nAdvertisement\n".encode("utf-8")
    f.write_bytes(data)
    assert main(["-q", "--preset", "conservative", "--no-repair", str(f)]) == 0
    expected = Pipeline.preset("conservative", fix_text=False).clean(data).text
    assert capsys.readouterr().out == _plain(expected)
    assert main(["-q", "--preset", "conservative", str(f)]) == 0
    assert capsys.readouterr().out == _plain(Pipeline.preset("conservative").clean(data).text)


def test_a_stop_at_a_bad_file_names_the_files_left_uncleaned(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("The pier reopens on Monday after repairs.\n", "utf-8")
    later = [str(tmp_path / f"later{i}.txt") for i in range(5)]
    assert main([str(good), str(tmp_path / "missing.txt"), *later]) == 1
    cap = capsys.readouterr()
    assert "The pier reopens" in cap.out
    assert f"stopped here: {later[0]}, {later[1]}, {later[2]} and 2 more not cleaned" in cap.err
    assert main([str(good), str(tmp_path / "missing.txt")]) == 1
    assert "stopped here" not in capsys.readouterr().err  # nothing left out


def test_unreadable_and_binary_files_exit_1(tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01\x02 binary")
    assert main([str(pdf)]) == 1
    assert "PDF" in capsys.readouterr().err


def test_plain_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", _Stdin(ARTICLE.encode()))
    assert main(["-q", *RULES_ARGS]) == 0
    assert capsys.readouterr().out == RULES.clean(ARTICLE.encode()).text + "\n"


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert "cleantext" in capsys.readouterr().out


# ------------------------------------------------------------ JSON Lines


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_stdin_cleans_text_field_keeps_the_rest(monkeypatch, capsys):
    data = _jsonl(12)
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    assert main(["--jsonl", "-q", "-j", "1", *RULES_ARGS]) == 0
    out = _records(capsys.readouterr().out)
    src = [json.loads(x) for x in data.splitlines()]
    assert len(out) == len(src)
    for a, b in zip(src, out):
        assert b == {**a, "text": RULES.clean(a["text"]).text}
        assert list(b) == list(a)


def test_jsonl_output_field_report_field_text_field(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"body": ARTICLE, "id": "x"}) + "\n", "utf-8")
    args = ["--jsonl", "-q", *RULES_ARGS, "--text-field", "body", "--output-field", "clean"]
    assert main([*args, "--report-field", "rep", str(f)]) == 0
    (rec,) = _records(capsys.readouterr().out)
    r = RULES.clean(ARTICLE)
    assert rec["body"] == ARTICLE and rec["clean"] == r.text and rec["id"] == "x"
    assert rec["rep"] == json.loads(json.dumps(r.report.to_dict(compact=True)))
    assert main([*args, "--report-field", "rep", "--report-format", "full", str(f)]) == 0
    (rec,) = _records(capsys.readouterr().out)
    assert rec["rep"]["source"] == r.report.source
    assert rec["rep"]["removals"][0]["text"] == r.report.removals[0].text


def test_jsonl_bad_records_pass_through_with_line_numbers(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    data = _jsonl(10, broken={3})
    data += b'{"id": 10}\n{"id": 11, "text": 12}\n[1]\n\n{"id": 13, "text": "' + b"a" * 300 + b'"}\n'
    f.write_bytes(data)
    code = main(["--jsonl", *RULES_ARGS, "--max-chars", "200", str(f)])
    assert code == 1
    cap = capsys.readouterr()
    out = _records(cap.out)
    assert len(out) == 14  # 15 lines, one blank
    errs = {i: r["cleantext_error"] for i, r in enumerate(out) if "cleantext_error" in r}
    assert {i: (e["line"], e["error"]) for i, e in errs.items()} == {
        3: (4, "invalid_json"),
        10: (11, "missing_field"),
        11: (12, "not_a_string"),
        12: (13, "not_an_object"),
        13: (15, "too_large"),
    }
    assert all(e["file"] == str(f) for e in errs.values())
    assert out[3]["raw"] == data.splitlines()[3].decode()
    assert out[10] == {"id": 10, "cleantext_error": errs[10]}
    assert f"{f}:4: invalid_json" in cap.err
    assert "errors: invalid_json 1; not_an_object 1; missing_field 1; not_a_string 1; too_large 1" in cap.err
    assert "14 records (9 cleaned, 5 errors)" in cap.err


def test_jsonl_never_writes_nan_or_infinity(monkeypatch, capsys):
    lines = [b'{"f": 1e400, "text": "x"}', b'{"f": NaN, "text": "x"}',
             b'{"id": 3, "text": "a", "text": "b"}', b'{"id": 4, "text": "Tea."}']
    monkeypatch.setattr(sys, "stdin", _Stdin(b"\n".join(lines) + b"\n"))
    assert main(["--jsonl", *RULES_ARGS]) == 1
    cap = capsys.readouterr()
    out = [json.loads(line, parse_constant=lambda c: pytest.fail(f"{c} written"))
           for line in cap.out.splitlines()]
    assert [r.get("cleantext_error", {}).get("error") for r in out] == [
        "invalid_json", "invalid_json", "invalid_json", None]
    assert [r.get("raw") for r in out[:3]] == [x.decode() for x in lines[:3]]
    assert "<stdin>:3: invalid_json: duplicate key 'text'" in cap.err
    assert out[3] == {"id": 4, "text": "Tea."}


def test_jsonl_on_error_skip_and_fail(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    f.write_bytes(_jsonl(8, broken={2, 5}))
    assert main(["--jsonl", "-q", *RULES_ARGS, "--on-error", "skip", str(f)]) == 1
    out = _records(capsys.readouterr().out)
    assert [r["id"] for r in out] == [0, 1, 3, 4, 6, 7]
    assert main(["--jsonl", "-q", *RULES_ARGS, "--on-error", "fail", str(f)]) == 1
    cap = capsys.readouterr()
    assert [r["id"] for r in _records(cap.out)] == [0, 1]
    assert f"{f}:3: invalid_json" in cap.err and "stopped" in cap.err


def test_jsonl_custom_error_field(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"id": 1}\n')
    assert main(["--jsonl", "-q", "--error-field", "problem", str(f)]) == 1
    (rec,) = _records(capsys.readouterr().out)
    assert rec["problem"]["error"] == "missing_field" and rec["id"] == 1


def test_jsonl_gzip_file_and_stdin(tmp_path, monkeypatch, capsys):
    data = _jsonl(6)
    gz = tmp_path / "in.jsonl.gz"
    gz.write_bytes(gzip.compress(data))
    assert main(["--jsonl", "-q", *RULES_ARGS, str(gz)]) == 0
    from_file = capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", _Stdin(gzip.compress(data)))
    assert main(["--jsonl", "-q", *RULES_ARGS]) == 0
    from_stdin = capsys.readouterr().out
    expected = [
        {**json.loads(x), "text": RULES.clean(json.loads(x)["text"]).text} for x in data.splitlines()
    ]
    assert _records(from_file) == _records(from_stdin) == expected


def test_jsonl_several_files_number_lines_per_file(tmp_path, capsys):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_bytes(_jsonl(3, broken={1}))
    b.write_bytes(_jsonl(3, broken={2}))
    assert main(["--jsonl", "-q", *RULES_ARGS, str(a), str(b)]) == 1
    out = _records(capsys.readouterr().out)
    assert len(out) == 6
    errs = [(r["cleantext_error"]["file"], r["cleantext_error"]["line"]) for r in out if "cleantext_error" in r]
    assert errs == [(str(a), 2), (str(b), 3)]


def test_jsonl_missing_and_truncated_inputs_exit_1(tmp_path, capsys):
    a = tmp_path / "a.jsonl"
    a.write_bytes(_jsonl(3))
    assert main(["--jsonl", "-q", str(a), str(tmp_path / "nope.jsonl")]) == 1
    cap = capsys.readouterr()
    assert len(_records(cap.out)) == 3  # what came before is written
    assert "cannot read" in cap.err and "nope.jsonl" in cap.err
    gz = tmp_path / "t.jsonl.gz"
    gz.write_bytes(gzip.compress(_jsonl(200))[:-40])
    assert main(["--jsonl", "-q", *RULES_ARGS, str(gz)]) == 1
    cap = capsys.readouterr()
    assert "truncated" in cap.err and str(gz) in cap.err
    assert all("id" in r for r in _records(cap.out))


@pytest.mark.parametrize(
    "args",
    [
        ["--jsonl", "--encoding", "utf-8"],
        ["--jsonl", "--report", "r.json"],
        ["--jsonl", "--explain"],
        ["--jsonl", "--explain-html", "x.html"],
        ["--jsonl", "-j", "-1"],
        ["--jsonl", "-j", "two"],
        ["--jsonl", "--chunk-size", "0"],
        ["--jsonl", "--max-chars", "0"],
        ["--jsonl", "--on-error", "ignore"],
        ["--jsonl", "--report-format", "tiny"],
        ["--jsonl", "--text-field", ""],
        ["--jsonl", "-", "-"],
        ["--jsonl", "--report-field", "text"],
        ["--jsonl", "--output-field", "clean", "--report-field", "clean"],
        ["--jsonl", "--error-field", "text"],
        ["--text-field", "body"],
        ["--report-field", "r"],
        ["--on-error", "skip"],
    ],
)
def test_jsonl_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as e:
        main(args)
    assert e.value.code == 2
    assert capsys.readouterr().err


def test_jsonl_parallel_matches_serial_and_keeps_order(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(_jsonl(300, broken={7, 150}))
    serial = _cli("--jsonl", "-q", "-j", "1", *RULES_ARGS, str(f))
    parallel = _cli("--jsonl", "-q", "-j", "2", "--chunk-size", "8", *RULES_ARGS, str(f))
    assert serial.returncode == parallel.returncode == 1
    assert parallel.stdout == serial.stdout
    assert [r.get("id") for r in _records(parallel.stdout.decode())][:10] == [0, 1, 2, 3, 4, 5, 6, None, 8, 9]
    assert parallel.stderr == b""


def test_one_percent_broken_records_in_equals_out(tmp_path):
    """Documents in == documents out, in order, broken ones marked, run not stopped."""
    rng = random.Random(7)
    n = 1000
    broken = set(rng.sample(range(n), n // 100))
    f = tmp_path / "in.jsonl"
    f.write_bytes(_jsonl(n, broken=broken))
    res = _cli("--jsonl", "-j", "2", "--chunk-size", "32", *RULES_ARGS, str(f))
    assert res.returncode == 1
    out = _records(res.stdout.decode())
    assert len(out) == n
    for i, rec in enumerate(out):
        if i in broken:
            assert rec["cleantext_error"]["line"] == i + 1
            assert rec["cleantext_error"]["error"] == "invalid_json"
        else:
            assert rec["id"] == i and "cleantext_error" not in rec
            assert rec["text"] == RULES.clean(_text(i)).text
    err = res.stderr.decode()
    assert f"{n:,} records ({n - len(broken):,} cleaned, {len(broken)} errors)" in err


def test_broken_pipe_ends_quietly(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(_jsonl(4000))
    p = subprocess.Popen(
        [sys.executable, "-m", "cleantext", "--jsonl", "-j", "2", "--chunk-size", "16", str(f)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = p.stdout.readline()
    p.stdout.close()  # downstream goes away, as `| head -n 1` does
    err = p.stderr.read()
    rc = p.wait(timeout=300)
    assert json.loads(first)["id"] == 0
    assert rc == 0
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_progress_bar_on_stderr_stdout_only_data(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(_jsonl(50, broken={4}))
    res = _cli("--jsonl", "--progress", *RULES_ARGS, str(f))
    assert res.returncode == 1
    assert len(_records(res.stdout.decode())) == 50  # every stdout line is a JSON record
    err = res.stderr.decode()
    assert "docs" in err and "B/s" in err  # tqdm's bar
    assert "50 records" in err
    quiet = _cli("--jsonl", "--progress", "-q", *RULES_ARGS, str(f))
    assert quiet.stderr == b"" and quiet.stdout == res.stdout


def test_jsonl_summary_counts_removals(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    f.write_bytes(_jsonl(9))
    assert main(["--jsonl", *RULES_ARGS, str(f)]) == 0
    err = capsys.readouterr().err
    texts = [_text(i) for i in range(9)]
    results = [RULES.clean(t) for t in texts]
    cin = sum(len(t) for t in texts)
    cout = sum(len(r.text) for r in results)
    assert f"9 records (9 cleaned, 0 errors); {cin:,} -> {cout:,} chars" in err
    n_ads = sum(1 for r in results for x in r.report.removals if x.filter == "ads")
    assert f"ads {n_ads} spans" in err


def test_docs_cli_md_documents_every_flag_and_error_kind():
    from pathlib import Path

    from cleantext.batch import ERROR_KINDS
    from cleantext.cli import build_parser

    doc = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text("utf-8")
    options = {o for a in build_parser()._actions for o in a.option_strings} - {"-h", "--help"}
    missing = sorted(o for o in options if f"`{o}" not in doc)
    assert not missing, f"docs/cli.md does not document {missing}"
    for kind in ERROR_KINDS:
        assert f"`{kind}`" in doc


def test_nul_bytes_in_a_line_are_reported_as_bad_json_not_as_another_charset():
    res = _cli("--jsonl", "-q", *RULES_ARGS, stdin=b'\x00\x00{"text": "a"}\n{"text": "b"}\n')
    recs = _records(res.stdout.decode())
    assert len(recs) == 2 and recs[1]["text"] == "b"
    msg = recs[0]["cleantext_error"]["message"]
    assert "not valid JSON" in msg and "code point" not in msg


def test_a_utf16_jsonl_file_is_named_as_such():
    data = '{"text": "Le café rouvre."}\n'.encode("utf-16")
    res = _cli("--jsonl", "-q", *RULES_ARGS, stdin=data)
    first = _records(res.stdout.decode())[0]["cleantext_error"]
    assert first["error"] == "invalid_json" and "UTF-16" in first["message"]


def test_an_overlong_line_message_gives_the_real_limit(tmp_path):
    f = tmp_path / "big.jsonl"
    f.write_bytes(b'{"text": "' + b"x" * 80_000 + b'"}\n{"text": "ok"}\n')
    res = _cli("--jsonl", "-q", "--max-chars", "1000", *RULES_ARGS, str(f))
    err = _records(res.stdout.decode())[0]["cleantext_error"]
    assert err["error"] == "too_large"
    assert f"longer than {6 * 1000 + 65536} bytes" in err["message"] and "1000 code points" in err["message"]
    assert "6 x --max-chars" not in err["message"]


def test_binary_input_message_reads_well(tmp_path):
    f = tmp_path / "prog"
    f.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    res = _cli(str(f))
    assert res.returncode == 1
    assert b"input is binary data (ELF executable), not text" in res.stderr


def test_jsonl_file_starting_with_a_utf8_bom(tmp_path, capsys):
    """A UTF-8 BOM before the first record (as Windows tools write it) is no
    invalid JSON; a BOM-like character elsewhere is left to the JSON parser."""
    src = tmp_path / "bom.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + _jsonl(3))
    assert main(["--jsonl", "-q", "-j", "1", *RULES_ARGS, str(src)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 3 and not any("cleantext_error" in r for r in out)
    src.write_bytes(_jsonl(1) + b"\xef\xbb\xbf" + _jsonl(1))
    assert main(["--jsonl", "-q", "-j", "1", *RULES_ARGS, str(src)]) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 2 and "cleantext_error" in out[1]


# ------------------------------------------------------------ a new user's reports


def _bad_name(tmp_path, monkeypatch):
    """A file in the current directory (``tmp_path``) whose name is not valid
    UTF-8 (the byte 0xff), where the file system allows it."""
    if sys.platform in ("darwin", "win32"):
        pytest.skip("file names must be valid Unicode on this platform")
    monkeypatch.chdir(tmp_path)
    try:
        with open(b"bad\xffname.txt", "wb") as f:
            f.write(ARTICLE.encode())
    except OSError:
        pytest.skip("the file system refuses a name that is not UTF-8")
    return os.fsdecode(b"bad\xffname.txt")


def test_report_names_a_file_whose_name_is_not_utf8(tmp_path, monkeypatch, capsys):
    name = _bad_name(tmp_path, monkeypatch)
    rep = tmp_path / "r.json"
    assert main(["-q", *RULES_ARGS, "--report", str(rep), name]) == 0
    data = rep.read_bytes()
    assert b'"file": "bad\\udcffname.txt"' in data  # the escape --jsonl writes too
    assert json.loads(data)["file"] == name  # reads back as the same name
    assert main(["-q", *RULES_ARGS, "--report", str(rep), name, name]) == 0
    assert [d["file"] for d in json.loads(rep.read_bytes())] == [name, name]
    capsys.readouterr()


def test_explain_html_names_a_file_whose_name_is_not_utf8(tmp_path, monkeypatch, capsys):
    name = _bad_name(tmp_path, monkeypatch)
    page = tmp_path / "e.html"
    assert main(["-q", *RULES_ARGS, "--explain-html", str(page), name]) == 0
    html = page.read_text("utf-8")
    assert "bad?name.txt" in html and "Advertisement" in html
    # as the --explain view shows it
    assert main(["-q", *RULES_ARGS, "--explain", name, name]) == 0
    assert "==> bad?name.txt <==" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["--list-filters"], ["--help"], ["--version"]])
def test_listing_into_a_closed_pipe_ends_quietly(args):
    # the reader is gone before anything is written (as `| head -1` may leave it)
    r, w = os.pipe()
    os.close(r)
    try:
        res = subprocess.run([sys.executable, "-m", "cleantext", *args], stdout=w,
                             stderr=subprocess.PIPE, timeout=300)
    finally:
        os.close(w)
    assert res.returncode == 0
    assert res.stderr == b""


@pytest.mark.parametrize("args", [["--only", ""], ["--skip", ",,"], ["--only", " , "]])
def test_an_empty_filter_list_is_a_usage_error(tmp_path, args, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode())
    with pytest.raises(SystemExit) as e:
        main([*args, str(f)])
    assert e.value.code == 2
    cap = capsys.readouterr()
    assert cap.out == ""
    assert f"argument {args[0]}: no filter name in {args[1]!r}" in cap.err
    assert "--list-filters" in cap.err


@pytest.mark.parametrize("flag", ["--report", "--explain-html"])
def test_a_report_path_in_a_missing_directory_stops_before_cleaning(flag, tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode())
    missing = tmp_path / "no-such-dir" / "out"
    with pytest.raises(SystemExit) as e:
        main([flag, str(missing), str(f)])
    assert e.value.code == 2
    cap = capsys.readouterr()
    assert cap.out == ""  # nothing was cleaned
    assert f"{flag} {missing}: directory {missing.parent} does not exist" in cap.err
    with pytest.raises(SystemExit) as e:
        main([flag, str(tmp_path), str(f)])
    assert e.value.code == 2
    assert "is a directory" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main([flag, "", str(f)])
    assert e.value.code == 2
    cap = capsys.readouterr()
    assert cap.out == ""
    assert f"{flag} needs a file name, not an empty string" in cap.err


@pytest.mark.parametrize("chars,rate", [(5_000_000, "5.00 M chars/s"), (4_200, "4.2 k chars/s"), (37, "37 chars/s")])
def test_summary_rate_has_a_unit_that_shows_its_digits(chars, rate):
    from cleantext.batch import Stats
    from cleantext.cli import _summary

    st = Stats(docs=1, cleaned=1, chars_in=chars, chars_out=chars)
    line = _summary(st, 1.0)
    assert line.endswith(f" in 1.0 s, {rate}")


def test_the_report_keys_are_documented_where_help_points():
    # --help sends an installed user to `python -m pydoc cleantext.Report`:
    # every key --report writes must be described there
    from cleantext import Report

    doc = " ".join(Report.to_dict.__doc__.split())
    rep = clean("Share\nAdvertisement\nCaf\u00c3\u00a9 &amp; bar opened.".encode("cp1252")).report
    assert rep.notes and rep.removals and rep.repairs
    full, compact = rep.to_dict(), rep.to_dict(compact=True)
    keys = set(full) | set(compact) | {"file"}
    keys |= set(full["input"])
    keys |= set(full["removals"][0]) | set(full["repairs"][0])
    missing = sorted(k for k in keys if f"``{k}``" not in doc)
    assert not missing, f"Report.to_dict docstring does not describe {missing}"


def test_help_points_to_something_an_installed_user_has(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())  # as wrapped at any width
    assert "docs/" not in out
    assert "python -m pydoc cleantext.Report" in out


def test_several_files_each_text_ends_with_a_line_break_as_documented(tmp_path, capsys):
    from pathlib import Path

    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_bytes(b"First file, one line.\n\n\n")
    b.write_bytes(b"Advertisement\n")  # nothing left
    c.write_bytes(b"Third file.")
    assert main(["-q", *RULES_ARGS, str(a), str(b), str(c)]) == 0
    assert capsys.readouterr().out == "First file, one line.\nThird file.\n"
    doc = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text("utf-8")
    assert "no separator" not in doc
    assert "followed by one line break" in doc and "writes\n  nothing, not even the line break" in doc


def test_summary_counts_bytes_replaced_by_a_forced_encoding(tmp_path, capsys):
    f = tmp_path / "old.txt"
    f.write_bytes("Café au lait “quoted” at the harbour.\n".encode("cp1252"))
    assert main([*RULES_ARGS, "--encoding", "utf-8", str(f)]) == 0
    err = capsys.readouterr().err
    assert f"warning: 3 bytes in {f} were not valid utf-8 and became U+FFFD" in err
    assert "--encoding" in err.splitlines()[-1]
    assert main([*RULES_ARGS, "--encoding", "windows-1252", str(f)]) == 0
    assert "warning" not in capsys.readouterr().err


@pytest.mark.parametrize("plain", [False, True])
def test_error_lines_start_on_their_own_line_under_a_progress_bar(tmp_path, plain):
    # stderr is a pipe here, as a log file: the bar is redrawn after "\r" only
    if plain:
        f = tmp_path / "a.txt"
        f.write_bytes(ARTICLE.encode())
        res = _cli("--progress", *RULES_ARGS, str(f), str(tmp_path / "missing.txt"), str(f))
        assert res.returncode == 1
        marker = "cannot read"
    else:
        f = tmp_path / "in.jsonl"
        f.write_bytes(_jsonl(50, broken={4, 30}))
        res = _cli("--jsonl", "--progress", *RULES_ARGS, str(f))
        assert res.returncode == 1
        marker = "invalid_json:"
    lines = res.stderr.decode().split("\n")
    errors = [line for line in lines if marker in line]
    assert len(errors) == (1 if plain else 2)
    assert all(line.startswith("cleantext: ") for line in errors), errors
    assert "%|" in res.stderr.decode()  # the bar was drawn
