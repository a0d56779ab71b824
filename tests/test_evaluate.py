"""The evaluation command: token metrics, keep rate, record reading, CLI.

Every record here is invented for these tests.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import pytest

from cleantext import evaluate as ev

PAGE = (
    "Home\nNews\nSport\nWeather\nContact\nAbout us\n"
    "Harbour ferry returns after winter repairs\n"
    "The small ferry that links the two halves of Westmere harbour went back into service on Monday "
    "after three months in dry dock, and the first crossing was full before seven in the morning.\n"
    "Its owners said the hull had been repainted and the engine rebuilt, and that the timetable would "
    "stay the same as last year, with the first boat leaving at half past six.\n"
    "Privacy\nTerms\nCookies\n"
)
GOLD = (
    "Harbour ferry returns after winter repairs\n"
    "The small ferry that links the two halves of Westmere harbour went back into service on Monday "
    "after three months in dry dock, and the first crossing was full before seven in the morning.\n"
    "Its owners said the hull had been repainted and the engine rebuilt, and that the timetable would "
    "stay the same as last year, with the first boat leaving at half past six."
)


def write_jsonl(path, records, *, gz=False):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


# ------------------------------------------------------------------ tokens and metrics


def test_tokens_are_lowercased_letter_digit_runs():
    assert ev.tokens("Route 66, route-66!") == {"route": 2, "66": 2}


def test_each_cjk_character_is_a_token_and_hangul_words_stay_whole():
    t = ev.tokens("渡し船が再開。ferry 배가 다시")
    assert t["渡"] == 1 and t["し"] == 1 and t["船"] == 1 and t["再"] == 1
    assert t["ferry"] == 1 and t["배가"] == 1 and t["다시"] == 1
    assert "。" not in t


def test_prf_counts_a_bag_of_tokens():
    p, r, f = ev.prf("the ferry the ferry boat", "the ferry sails")
    assert p == pytest.approx(2 / 5)
    assert r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 * p * r / (p + r))


@pytest.mark.parametrize(
    "output,gold,expected",
    [
        ("", "", (1.0, 1.0, 1.0)),
        ("", "a gold text", (0.0, 0.0, 0.0)),
        ("some output", "", (0.0, 1.0, 0.0)),
        ("same words here", "here same words", (1.0, 1.0, 1.0)),
    ],
)
def test_prf_edge_cases(output, gold, expected):
    assert ev.prf(output, gold) == pytest.approx(expected)


def test_keep_rate_counts_long_gold_lines_found_whole():
    gold = "A short line\n" + "x" * 10 + " first long line of the gold text, forty chars\n" + "second long line of the gold text that the output cut"
    out = "x" * 10 + "  first long line   of the gold text, forty chars\nsecond long line of the gold"
    assert ev.keep_rate(out, gold) == pytest.approx(0.5)
    assert ev.lost_lines(out, gold) == ["second long line of the gold text that the output cut"]


def test_keep_rate_is_none_without_long_gold_lines():
    assert ev.keep_rate("anything", "short\nlines only") is None


def test_kept_lines_lists_output_not_in_gold():
    assert ev.kept_lines("Subscribe to our weekly letter\n" + GOLD, GOLD) == ["Subscribe to our weekly letter"]


# ------------------------------------------------------------------ records


def test_read_records_with_custom_fields_and_null_gold(tmp_path):
    path = write_jsonl(
        tmp_path / "g.jsonl",
        [{"id": "a", "noisy": "x", "clean": "y"}, {"noisy": "z", "clean": None}],
    )
    recs = list(ev.read_records(path, "noisy", "clean"))
    assert recs == [(1, "a", "x", "y"), (2, 2, "z", None)]


def test_read_records_skips_blank_lines_and_reads_gzip(tmp_path):
    path = write_jsonl(tmp_path / "g.jsonl.gz", [{"text": "a", "gold": "b"}], gz=True)
    assert list(ev.read_records(path)) == [(1, 1, "a", "b")]


@pytest.mark.parametrize(
    "line,fragment",
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"gold": "g"}', "field 'text' is missing"),
        ('{"text": 5, "gold": "g"}', "not a string"),
        ('{"text": "t", "gold": 3}', "expected a string or null"),
    ],
)
def test_bad_records_name_file_and_line(tmp_path, line, fragment):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "gold": "ok"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ev.InputError) as e:
        list(ev.read_records(str(path)))
    assert f"{path}:2" in str(e.value) and fragment in str(e.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(ev.InputError, match="cannot open"):
        list(ev.read_records(str(tmp_path / "nope.jsonl")))


# ------------------------------------------------------------------ scoring and CLI


def test_score_records_cleans_then_scores():
    from cleantext import Pipeline

    recs = [(1, "p", PAGE, GOLD), (2, "q", "skipped", None)]
    scores, skipped, seconds = ev.score_records(recs, Pipeline.preset("default"), "t")
    assert skipped == 1 and seconds >= 0
    (s,) = scores
    # the default preset drops the menu and footer of the invented page
    assert s.recall == pytest.approx(1.0)
    assert s.precision > ev.prf(PAGE, GOLD)[0]
    assert s.keep == pytest.approx(1.0)
    assert s.chars == len(PAGE)


def test_cli_prints_table_and_worst_documents(tmp_path, capsys):
    path = write_jsonl(
        tmp_path / "g.jsonl",
        [
            {"id": "ferry", "text": PAGE, "gold": GOLD},
            {"id": "wrong", "text": "Completely different words entirely here.", "gold": GOLD},
        ],
    )
    assert ev.main([path, "--worst", "1", "--lines", "1"]) == 0
    out = capsys.readouterr().out
    assert "tmp" not in out.splitlines()[0]
    assert "g.jsonl" in out and "worst 1 documents" in out
    assert "id=wrong" in out and "id=ferry" not in out.split("worst")[1]
    worst = out.split("worst")[1]
    assert "lost: Harbour ferry returns after winter repairs" in worst
    assert "lost: The small ferry" not in worst  # --lines 1: one line per list
    assert "lost: … 2 more" in worst
    assert "kept: Completely different words entirely here." in worst


def test_cli_json_summary_and_field_names(tmp_path, capsys):
    path = write_jsonl(tmp_path / "g.jsonl", [{"noisy_text": PAGE, "gold_text": GOLD}])
    assert ev.main([path, "--text-field", "noisy_text", "--gold-field", "gold_text", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["preset"] == "default"
    assert data["all"]["docs"] == 1 and data["all"]["recall"] == pytest.approx(1.0)
    assert data["sources"][0]["keep"] == pytest.approx(1.0)


def _no_constants(name):
    raise ValueError(f"JSON constant {name} is not valid JSON")


def test_a_file_without_gold_records_gives_valid_json_and_no_speed(tmp_path, capsys):
    # nothing cleaned: no speed to report, and strict JSON has no Infinity
    empty = write_jsonl(tmp_path / "nogold.jsonl", [{"text": PAGE, "gold": None}])
    full = write_jsonl(tmp_path / "g.jsonl", [{"text": PAGE, "gold": GOLD}])
    assert ev.main([empty, full, "--json"]) == 0
    data = json.loads(capsys.readouterr().out, parse_constant=_no_constants)
    by_name = {s["name"].rsplit("/", 1)[-1]: s for s in data["sources"]}
    assert by_name["nogold.jsonl"]["docs"] == 0
    assert by_name["nogold.jsonl"]["f1"] is None
    assert by_name["nogold.jsonl"]["mchars_per_second"] is None
    assert by_name["g.jsonl"]["mchars_per_second"] > 0
    assert ev.main([empty, "--worst", "0"]) == 0
    row = [ln for ln in capsys.readouterr().out.splitlines() if "nogold.jsonl" in ln]
    assert row and row[0].split()[-1] == "-"


def test_cli_conservative_preset_keeps_more_of_the_page(tmp_path, capsys):
    path = write_jsonl(tmp_path / "g.jsonl", [{"text": PAGE, "gold": GOLD}])
    ev.main([path, "--json", "--preset", "conservative"])
    cons = json.loads(capsys.readouterr().out)["all"]["precision"]
    ev.main([path, "--json"])
    default = json.loads(capsys.readouterr().out)["all"]["precision"]
    assert default > cons


def test_cli_input_error_exit_1(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"body": "x"}\n', encoding="utf-8")
    assert ev.main([str(path)]) == 1
    err = capsys.readouterr().err
    assert "field 'text' is missing" in err and "--text-field" in err


def test_cli_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        ev.main(["--worst", "-1", "x.jsonl"])
    assert e.value.code == 2


@pytest.mark.parametrize("mode", [["--json"], ["--worst", "3"]])
def test_closed_stdout_ends_quietly(tmp_path, mode):
    # downstream gone before anything is written (`| head` that exited)
    path = write_jsonl(tmp_path / "g.jsonl", [{"text": PAGE, "gold": GOLD}] * 3)
    r, w = os.pipe()
    os.close(r)
    try:
        p = subprocess.run(
            [sys.executable, "-m", "cleantext.evaluate", *mode, path], stdout=w, stderr=subprocess.PIPE, timeout=300
        )
    finally:
        os.close(w)
    assert p.returncode == 0
    assert b"Traceback" not in p.stderr and b"BrokenPipe" not in p.stderr


def test_a_misspelt_gold_field_is_an_input_error(tmp_path, capsys):
    path = write_jsonl(tmp_path / "g.jsonl", [{"text": PAGE, "gold": GOLD}])
    assert ev.main([path, "--gold-field", "gold_text"]) == 1
    err = capsys.readouterr().err
    assert "no record has the field 'gold_text'" in err and "--gold-field" in err and "gold, text" in err
