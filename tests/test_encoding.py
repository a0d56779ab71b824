"""Decoding policy, repair steps, bad and binary input (docs/encoding.md).

Fixtures: fixtures/encoding/paragraphs.json (invented paragraphs and the
encodings they are tested in), negative.json (correct text repair must not
touch), repairs.json (inputs and the source text repair must make of them).
Provenance properties are in tests/test_provenance.py.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import cleantext
from cleantext import BinaryInputError, Pipeline, clean, decode
from cleantext.cli import main as cli_main
from cleantext import charset as charset_module
from cleantext import repair as repair_module
from cleantext.charset import plausibility_penalty
from cleantext.encoding import InputMap, repair
from cleantext.repair import _MOJIBAKE_HINT

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "encoding"
PARAGRAPHS = json.loads((FIX / "paragraphs.json").read_text("utf-8"))
TEXT = {p["id"]: p["text"] for p in PARAGRAPHS["paragraphs"]}
NEGATIVE = json.loads((FIX / "negative.json").read_text("utf-8"))["lines"]
REPAIRS = json.loads((FIX / "repairs.json").read_text("utf-8"))["cases"]
WITH_BOM = {"utf-16", "utf-32", "utf-8-sig"}  # Python's encoders write a BOM


def _table_params():
    for enc, ids in PARAGRAPHS["table"].items():
        for pid in ids:
            yield pytest.param(enc, pid, id=f"{enc}-{pid}")


TABLE = list(_table_params())


# ------------------------------------------------------------- decoding table


def test_table_is_big_enough():
    langs = {p["lang"] for p in PARAGRAPHS["paragraphs"]}
    three = [e for e, ids in PARAGRAPHS["table"].items() if len(ids) >= 3]
    assert len(three) >= 12 and len(langs) >= 12
    for p in PARAGRAPHS["paragraphs"]:
        assert len(p["text"].encode("utf-8")) >= 300, p["id"]


@pytest.mark.parametrize("enc,pid", TABLE)
def test_paragraph_decodes_exactly(enc, pid):
    text = TEXT[pid]
    dec = decode(text.encode(enc))
    bom = "\ufeff" if enc in WITH_BOM else ""
    assert dec.text == bom + text, (enc, pid, dec.encoding, dec.notes)
    assert dec.replaced_bytes == 0


@pytest.mark.parametrize("enc", sorted(PARAGRAPHS["table"]))
def test_two_paragraphs_decode_exactly(enc):
    ids = PARAGRAPHS["table"][enc]
    text = TEXT[ids[0]] + "\n" + TEXT[ids[-1]] + "\n"
    dec = decode(text.encode(enc))
    assert dec.text.lstrip("\ufeff") == text, (enc, dec.encoding, dec.notes)


@pytest.mark.parametrize("enc,pid", TABLE)
def test_clean_bytes_equals_clean_text(enc, pid):
    text = TEXT[pid]
    by_bytes = clean(text.encode(enc), pipeline=Pipeline([]))
    by_text = clean(text, pipeline=Pipeline([]))
    assert by_bytes.report.source == by_text.report.source
    assert by_bytes.report.encoding is not None


# ------------------------------------------------------------ decoding policy


def test_caller_encoding_wins_over_valid_utf8():
    data = "Café".encode("utf-8")  # valid UTF-8, read as windows-1252 on request
    dec = decode(data, "windows-1252")
    assert dec.text == "CafÃ©" and dec.encoding == "cp1252"
    assert dec.notes == ("caller: cp1252",)


def test_caller_encoding_wins_over_bom():
    data = codecs.BOM_UTF8 + "é".encode("utf-8")
    assert decode(data, "latin-1").text == "ï»¿Ã©"


def test_caller_utf16_keeps_bom_for_the_record():
    data = "Zoë".encode("utf-16")
    dec = decode(data, "utf-16")
    assert dec.text == "\ufeffZoë" and dec.encoding in ("utf-16-le", "utf-16-be")
    text, report = clean(data, encoding="utf-16")
    assert text == "Zoë"
    assert [r.step for r in report.repairs] == ["invisible"]
    assert (report.repairs[0].input_start, report.repairs[0].input_end) == (0, 2)


@pytest.mark.parametrize(
    "label,expected",
    [
        ("iso-8859-1", "cp1252"),
        ("latin-1", "cp1252"),
        ("ascii", "cp1252"),
        ("iso-8859-9", "cp1254"),
        ("gb2312", "gb18030"),
        ("gbk", "gb18030"),
        ("big5", "big5hkscs"),
        ("shift_jis", "cp932"),
        ("euc-kr", "cp949"),
        ("iso-8859-2", "iso8859-2"),  # no superset: windows-1250 differs
        ("iso-8859-5", "iso8859-5"),
    ],
)
def test_whatwg_superset_labels(label, expected):
    assert decode(b"abc", label).encoding == expected


def test_superset_decodes_what_the_subset_cannot():
    assert decode("“quoted”".encode("cp1252"), "iso-8859-1").text == "“quoted”"
    assert decode("똠".encode("cp949"), "euc-kr").text == "똠"  # not in KS X 1001
    assert decode("①".encode("cp932"), "shift_jis").text == "①"  # NEC row 13
    assert decode("𠀀".encode("gb18030"), "gb2312").text == "𠀀"  # four-byte GB18030


def test_unknown_encoding_is_a_lookup_error():
    with pytest.raises(LookupError, match="unknown encoding 'klingon-8'"):
        decode(b"abc", "klingon-8")


@pytest.mark.parametrize(
    "bom,enc",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks(bom, enc):
    text = "Grüße, Привет, 你好"
    dec = decode(bom + text.encode(enc))
    assert dec.encoding == enc and dec.text == "\ufeff" + text
    out, report = clean(bom + text.encode(enc))
    assert out == text
    assert report.repairs[0].step == "invisible"
    assert (report.repairs[0].input_start, report.repairs[0].input_end) == (0, len(bom))


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_bom_from_nul_pattern(enc):
    text = TEXT["de1"] + "\n" + TEXT["en1"]
    dec = decode(text.encode(enc))
    assert dec.encoding == enc and dec.text == text


@pytest.mark.parametrize("pid", ["zh1", "ja1", "ko1", "zht1"])
@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_cjk_without_bom(pid, enc):
    other = pid[:-1] + "2"
    text = TEXT[pid] + "\n" + TEXT[other] + "\n"
    dec = decode(text.encode(enc))
    assert dec.encoding == enc and dec.text == text


def test_utf16_pattern_does_not_take_utf8_with_stray_nul():
    data = "Gemüse\x00 aus dem Garten".encode("utf-8")
    assert decode(data).text == "Gemüse\x00 aus dem Garten"


# Stray NUL bytes in a text in an 8-bit charset or UTF-8, two or three of them
# on one byte parity: the NUL pattern of UTF-16 (rule 4) must not read the
# byte pairs as CJK characters. Invented sentences.
_STRAY = [
    ("The council met on\x00 Tuesday to discuss the new budget for the \x00harbour.", "ascii"),
    ("Le conseil s'est réuni mardi\x00 pour voter le budget du \x00port de pêche.", "cp1252"),
    ("Die Fähre fährt\x00 wieder ab Montag, teilte die\x00 Gemeinde mit.", "utf-8"),
]


@pytest.mark.parametrize("text,enc", _STRAY)
def test_stray_nuls_on_one_parity_are_not_utf16(text, enc):
    data = text.encode(enc)
    assert [i % 2 for i, b in enumerate(data) if b == 0] in ([0, 0], [1, 1])  # one parity
    dec = decode(data)
    assert not dec.encoding.startswith("utf-16")
    assert dec.text == text
    assert clean(data).text == text.replace("\x00", "")


@given(
    pid=st.sampled_from(["en1", "fr1", "de1", "es1", "pl1", "ru1", "el1", "tr1"]),
    enc=st.sampled_from(["utf-8", "cp1252", "cp1251", "cp1253", "iso8859-2", "cp1254"]),
    parity=st.integers(0, 1),
    picks=st.lists(st.integers(0, 10**6), min_size=2, max_size=6),
)
@example(pid="en1", enc="utf-8", parity=0, picks=[0, 10, 20, 30])
def test_a_few_stray_nuls_never_make_utf16(pid, enc, parity, picks):
    try:
        data = bytearray(TEXT[pid].encode(enc))
    except UnicodeEncodeError:
        return  # a paragraph the charset cannot write
    spots = sorted({(p % (len(data) // 2)) * 2 + parity for p in picks})
    for i in spots:
        data[i] = 0  # overwrite: the other bytes keep their parity
    assert not decode(bytes(data)).encoding.startswith("utf-16")


@pytest.mark.parametrize("pid", ["en1", "de1", "ru1", "uk1", "el1", "he1", "ar1", "vi1", "hu1", "tr1"])
@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_of_one_alphabetic_script_without_bom(pid, enc):
    text = TEXT[pid]
    dec = decode(text.encode(enc))
    assert dec.encoding == enc and dec.text == text


# UTF-16 without a BOM whose NULs are many (every ASCII letter, space and line
# break leaves one) but whose high bytes are of no one script: CJK with Latin
# words run in, two alphabets mixed. Rule 4 takes them as before; only a text
# with few NULs must show one script or read as CJK. Invented sentences.
_MIXED_UTF16 = [
    "我们在Berlin和Paris都开了新店，周末还有Jazz演出。\n",
    "新款Mate手机和Redmi系列都在10月发布。",
    "오늘 Netflix에서 Drama를 봤어요.\n",
    "дом — տուն, книга — գիրք, вода — ջուր\n",
    "Спасибо по-тайски: ขอบคุณ. Привет: สวัสดี.\n",
]


@pytest.mark.parametrize("text", _MIXED_UTF16)
@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_of_mixed_scripts_without_bom(text, enc):
    dec = decode(text.encode(enc))
    assert dec.encoding == enc and dec.text == text


def test_strict_utf8_wins_for_short_input():
    # few non-ASCII letters: a detector would guess a single-byte charset
    data = "Gemüse aus dem Schulgarten\nDie Kinder ernten Möhren.".encode("utf-8")
    dec = decode(data)
    assert dec.encoding == "utf-8" and "Gemüse" in dec.text and "Möhren" in dec.text


def test_iso2022jp_is_not_taken_for_ascii():
    text = TEXT["ja2"]
    dec = decode(text.encode("iso-2022-jp"))
    assert dec.encoding == "iso2022_jp" and dec.text == text


def test_ascii_with_terminal_escapes_stays_utf8():
    assert decode(b"\x1b[31mred\x1b[0m text").encoding == "utf-8"


# Short non-UTF-8 input: windows-1252 unless another reading is clearly more
# plausible (Cyrillic, Greek, CJK), see docs/encoding.md.
SHORT = [
    ("Café", "cp1252"),
    ("Müller", "cp1252"),
    ("naïve résumé", "cp1252"),
    ("“Quoted”", "cp1252"),
    ("Straße", "cp1252"),
    ("SÃO JOÃO", "cp1252"),
    ("ÉTÉ", "cp1252"),
    ("Ñandú", "cp1252"),
    ("Þórður", "cp1252"),
    ("½ kg", "cp1252"),
    ("€", "cp1252"),
    ("x\u00a0y", "cp1252"),
    ("Привет, мир", "cp1251"),
    ("Привет", "koi8-r"),
    ("Ёлка", "cp1251"),
    ("Ελληνικά", "cp1253"),
    ("שלום", "cp1255"),
    ("مرحبا", "cp1256"),
    ("Łódź", "cp1250"),
    ("中文测试", "gb18030"),
    ("北京市", "gb18030"),
    ("日本語", "shift_jis"),
    ("東京都", "cp932"),
    ("日本語のテキスト", "euc-jp"),
    ("한국어", "euc-kr"),
    ("서울", "cp949"),
]


@pytest.mark.parametrize("text,enc", SHORT, ids=[f"{e}-{t}" for t, e in SHORT])
def test_short_input(text, enc):
    dec = decode(text.encode(enc))
    assert dec.text == text, dec.notes
    assert dec.notes[0].startswith("short or uncertain")


def test_plausibility_penalty_ranks_readings():
    data = "Привет".encode("cp1251")
    assert plausibility_penalty(data.decode("cp1251")) == 0
    assert plausibility_penalty(data.decode("cp1252")) > 0  # 'Ïðèâåò'
    # Latin next to Cyrillic in one word: a wrong single-byte reading
    assert plausibility_penalty("Mьller") > plausibility_penalty("Müller")
    assert plausibility_penalty("ab\ufffdc") >= 10


def test_mixed_utf8_and_cp1252_decoded_part_by_part():
    data = (
        "Crème brûlée stall opens at the harbour\n".encode("utf-8")
        + "Chef Zoë said it was “the best summer yet” – and €3 a pot.".encode("cp1252")
    )
    dec = decode(data)
    assert dec.text == (
        "Crème brûlée stall opens at the harbour\n"
        "Chef Zoë said it was “the best summer yet” – and €3 a pot."
    )
    assert dec.encoding == "utf-8" and "part by part" in dec.notes[0]
    _, report = clean(data, pipeline=Pipeline([]))
    runs = [r for r in report.repairs if r.step == "decode"]
    assert [r.after for r in runs] == ["ë", "“", "”", "–", "€"]
    for r in runs:
        assert r.before == "".join(f"\\x{b:02x}" for b in data[r.input_start : r.input_end])
        assert data[r.input_start : r.input_end].decode("cp1252") == r.after


def test_cp1252_document_is_not_split_on_a_chance_utf8_pair():
    # "Ã©" in a windows-1252 document is valid UTF-8 (é) by accident; the rest
    # is windows-1252, so the document is read as windows-1252 as a whole.
    text = TEXT["fr1"].replace("Prés", "PrÃ©s")
    dec = decode(text.encode("cp1252"))
    assert dec.encoding == "cp1252" and dec.text == text


def test_russian_utf8_with_one_cp1252_quote():
    data = TEXT["ru1"].encode("utf-8") + b" \x93" + "Берёзовка".encode("utf-8") + b"\x94"
    dec = decode(data)
    assert dec.text == TEXT["ru1"] + " “Берёзовка”"


# ------------------------------------------------------------------ bad bytes


def test_undecodable_bytes_are_replaced_counted_and_located():
    data = "Café ".encode("utf-8") + b"\xff\xfe" + " ok".encode("utf-8")
    text, report = clean(data, encoding="utf-8")
    assert text == "Café \ufffd\ufffd ok"
    assert report.replaced_bytes == 2
    dec = [r for r in report.repairs if r.step == "decode"]
    assert [(r.input_start, r.input_end, r.before, r.after) for r in dec] == [
        (6, 7, "\\xff", "\ufffd"),
        (7, 8, "\\xfe", "\ufffd"),
    ]
    for r in dec:
        assert report.source[r.source_start : r.source_end] == r.after


def test_undefined_windows_1252_bytes_are_replaced():
    data = TEXT["en1"].encode("cp1252") + b" \x81\x8d"
    text, report = clean(data, encoding="windows-1252")
    assert report.replaced_bytes == 2
    assert text == TEXT["en1"] + " \ufffd\ufffd"
    records = [r for r in report.repairs if r.step == "decode"]
    assert [(r.input_start, r.input_end) for r in records] == [(len(data) - 2, len(data) - 1), (len(data) - 1, len(data))]


def test_undefined_windows_1252_bytes_when_detecting():
    data = TEXT["de1"].encode("cp1252") + b" \x81\x8d"
    text, report = clean(data)
    assert TEXT["de1"] in text  # whichever Latin codec wins, the prose is intact


@pytest.mark.parametrize(
    "data",
    [
        b"\xc3",
        b"\xe2\x80",
        b"\xff" * 3,
        b"abc\xed\xa0\x80def",  # an encoded surrogate is not UTF-8
        b"\xf4\x90\x80\x80",  # above U+10FFFF
        bytes(range(0x80, 0x100)),
        "日本".encode("shift_jis")[:-1],
    ],
)
def test_odd_bytes_never_raise(data):
    dec = decode(data)
    assert dec.replaced_bytes == sum(s.nbytes for s in dec.segments if s.codec is None)
    text, report = clean(data)
    assert isinstance(text, str) and report.replaced_bytes == dec.replaced_bytes
    records = [r for r in report.repairs if r.step == "decode"]
    assert len(records) == sum(1 for s in dec.segments if s.codec != dec.encoding)


def test_empty_input():
    assert clean(b"").text == "" and clean("").text == ""
    assert decode(b"").text == ""


# ------------------------------------------------------------------- binary


BINARY = [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed data"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (bytes([0, 1, 2, 3, 0, 0, 7, 0, 5, 0, 0, 0]) * 40, "binary"),
]


@pytest.mark.parametrize("data,kind", BINARY, ids=[k for _, k in BINARY])
def test_binary_input_raises(data, kind):
    with pytest.raises(BinaryInputError) as info:
        clean(data)
    assert info.value.kind == kind
    assert isinstance(info.value, ValueError)
    with pytest.raises(BinaryInputError):
        decode(data, "latin-1")  # a caller's encoding does not make a PDF text


def test_text_starting_like_a_signature_is_text():
    assert clean(b"MZ-7 rocket test postponed to Friday").text.startswith("MZ-7")
    assert clean(b"ID3 tags explained for beginners").text.startswith("ID3")


def test_cli_binary_file_exits_1_with_one_message(tmp_path, capsys):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(BINARY[0][0])
    assert cli_main([str(pdf)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(pdf) in lines[0] and "PDF document" in lines[0]


def test_cli_binary_stdin_as_subprocess(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(Path(cleantext.__file__).resolve().parent.parent))
    r = subprocess.run(
        [sys.executable, "-m", "cleantext"],
        input=BINARY[1][0],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert r.returncode == 1
    assert r.stdout == b""
    assert len(r.stderr.decode().strip().splitlines()) == 1
    assert b"<stdin>" in r.stderr and b"PNG image" in r.stderr


# -------------------------------------------------------------------- repair


@pytest.mark.parametrize("case", REPAIRS, ids=[c["input"][:30] for c in REPAIRS])
def test_repair_fixture(case):
    source, changes = repair(case["input"])
    assert source == case["expected"]
    steps = {c[4] for c in changes}
    assert steps == ({case["step"]} if case["step"] else set())


@pytest.mark.parametrize("line", NEGATIVE, ids=[f'{n["lang"]}-{i}' for i, n in enumerate(NEGATIVE)])
def test_correct_text_is_left_alone(line):
    source, changes = repair(line["text"])
    assert source == line["text"] and changes == []


def test_negative_set_is_big_and_varied():
    assert len(NEGATIVE) >= 30
    assert len({n["lang"] for n in NEGATIVE}) >= 15


def test_hint_spares_correct_text():
    # ftfy is slow: the pre-check must not even fire on most correct text.
    fired = [n["text"] for n in NEGATIVE if _MOJIBAKE_HINT.search(n["text"])]
    assert fired == []


def test_hint_finds_every_mojibake_fixture():
    for case in REPAIRS:
        if case["step"].startswith("mojibake"):
            assert _MOJIBAKE_HINT.search(case["input"]), case["input"]


def test_c1_controls_become_windows_1252():
    assert repair("x\u0093quoted\u0094 \u0085")[0] == "x“quoted” …"


def test_lone_c1_and_c0_controls_removed():
    source, changes = repair("a\u0081b\u0007c", fix_text=False)
    assert source == "abc" and {c[4] for c in changes} == {"control"}


csi = st.builds(
    lambda params, inter, final: f"\x1b[{params}{inter}{final}",
    st.text(alphabet="0123456789;:<=>?", max_size=8),
    st.text(alphabet="!\"#$%&'()*+,-./", max_size=2),  # intermediates; a space ends the sequence
    st.characters(min_codepoint=0x40, max_codepoint=0x7E),
)


@given(st.lists(st.one_of(csi, st.text(alphabet="Ferry timetable ,.", min_size=1, max_size=12)), max_size=8))
@example(["Status ", "\x1b[31m", "[late]", "\x1b[0m"])
@example(["\x1b[m", "\x1b[2K", "Ferry"])
def test_terminal_escape_sequences_go_whole(parts):
    """A colour code or cursor move (ECMA-48 CSI) goes whole, with its ESC;
    the text around it stays as written."""
    text = "".join(parts)
    plain = "".join(p for p in parts if not p.startswith("\x1b"))
    source, changes = repair(text, fix_text=False)
    assert "\x1b" not in source
    assert source == repair(plain, fix_text=False)[0]
    assert all("control" in c[4].split("+") for c in changes if "\x1b" in text[c[0] : c[1]])


def test_lone_escape_leaves_the_text_after_it():
    # ESC before a space starts no sequence: only the control goes
    assert repair("tide \x1b [31m chart", fix_text=False)[0] == "tide [31m chart"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pier \x1b[1;31 open again", "Pier [1;31 open again"),  # cut off: the next word stays whole
        ("Pier\x1bc open", "Pier open"),  # ESC c, a terminal reset
        ("Pier \x1bP1$r0m\x1b\\open", "Pier open"),  # a device control string
        ("Pier \x1b_hidden note\x1b\\open", "Pier open"),  # an application program command
        ("Pier \x1b7open\x1b8", "Pier open"),  # save and restore the cursor
        ("Pier \x1b[ @open", "Pier [ @open"),  # a space is no intermediate byte here
    ],
)
def test_other_terminal_escapes_go_whole(text, expected):
    assert repair(text, fix_text=False)[0] == expected


def test_surrogates():
    assert repair("\ud83d\ude00 smile")[0] == "😀 smile"
    assert repair("a\ud800b")[0] == "a\ufffdb"


def test_typography_is_kept():
    text = "“Curly” ‘quotes’ – dashes — and … ellipses, ﬁ ligature, ＡＢＣ wide"
    assert repair(text)[0] == text


def test_mojibake_next_to_correct_typography():
    source, _ = repair("The councilâ€™s decision – “final”")
    assert source == "The council’s decision – “final”"


def test_fix_text_off_skips_text_repairs():
    text = "CafÃ© &amp; <b>bar</b>\u00a0 "
    assert repair(text, fix_text=False)[0] == "CafÃ© &amp; <b>bar</b>"
    assert repair(text)[0] == "Café & bar"


def test_entity_like_text_without_semicolon_stays():
    text = "R&D budget, AT&T and a&b; &unknownentity; stay"
    assert repair(text)[0] == text


def test_placeholder_named_like_a_tag_is_not_markup():
    # "<<footer>>" is an unrendered template placeholder, not a <footer> tag:
    # it stays whole for the placeholders filter (found by hypothesis).
    text = "<<header>>\nSchool choir wins\n<<section>>"
    assert repair(text)[0] == text
    assert repair("<<name>> and <p>x</p>")[0] == "<<name>> and x"


def test_tags_between_words_keep_them_apart():
    assert repair("end.</p><p>Start")[0] == "end.\nStart"
    assert repair("a<br>b")[0] == "a\nb"
    assert repair("un<b>bold</b>ed")[0] == "unbolded"  # inline tags join


# ------------------------------------------------------------------ whitespace


@pytest.mark.parametrize(
    "text,expected",
    [
        ("a\u00a0b\u2003c\u3000d\u202fe", "a b c d e"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\u2028b\u2029c\u000bd\u000ce\u0085f", "a\nb\nc\nd\ne\nf"),
        ("zero\u200bwidth\u200c\u200d\u2060 soft\u00adhyphen \ufeffbom", "zerowidth softhyphen bom"),
        ("a  b\t\tc \t d", "a b c d"),
        ("trailing \t\nspaces  ", "trailing\nspaces"),
        ("a\n\n\n\nb\n \n \nc", "a\n\nb\n\nc"),
        ("\n\n  \nstart", "start"),
        ("  indent\n\tkept", "  indent\n\tkept"),
        ("one\ntwo\nthree", "one\ntwo\nthree"),
    ],
)
def test_whitespace_rules(text, expected):
    assert repair(text, fix_text=False)[0] == expected


def test_lines_are_never_merged():
    text = "first\nsecond \n third\u00a0\n\u200b\nfourth"
    out = repair(text)[0]
    assert [ln.strip() for ln in out.split("\n") if ln.strip()] == ["first", "second", "third", "fourth"]


# ------------------------------------------------------------------- mapping


def test_input_map_matches_prefix_decoding_for_many_codecs():
    text = "\n".join(TEXT[k] for k in ("ja1", "ja2", "ja3"))
    for enc in ("utf-8", "shift_jis", "euc-jp", "iso-2022-jp", "utf-16-le", "gb18030"):
        data = text.encode(enc)
        dec = decode(data, enc)
        m = InputMap("bytes", [], decoded=dec.text, segments=dec.segments, data=data)
        for off in range(0, len(dec.text) + 1, 7):
            b = m.decoded_to_input(off)
            assert data[:b].decode(dec.encoding) == dec.text[:off], (enc, off)


# ---------------------------------------------------------------------- docs


def test_docs_name_every_step_and_threshold():
    doc = (Path(__file__).resolve().parent.parent / "docs" / "encoding.md").read_text("utf-8")
    steps = {"decode", "markup_tag", "html_entity", "mojibake"}
    steps |= {step for _, step in repair_module._CHAR_EDIT.values()}
    for step in steps:
        assert f"| `{step}` |" in doc, step
    assert f"confidence ≥ {charset_module.MIN_CONFIDENCE} (`MIN_CONFIDENCE`)" in doc
    assert f"at least {charset_module.SHORT_INPUT} bytes (`SHORT_INPUT`)" in doc
    assert f"at least {charset_module.RANKING_MIN_HIGH_BYTES} non-ASCII bytes" in doc
    produced = {st for case in REPAIRS for st in case["step"].split("+") if st}
    assert produced <= steps


def test_markup_in_an_indented_code_sample_stays():
    """Tags on an indented line are code shown in the article, not stray markup;
    an unindented stray tag in the same text still goes."""
    text = (
        "Render the menu with a loop:\n\n"
        "  <nav>\n    <a href=\"/{{ slug }}\">{{ title }}</a><br/>\n  </nav>\n\n"
        "<p>The page then lists every section.</p>"
    )
    result = clean(text, pipeline="conservative")
    assert "  <nav>\n    <a href=\"/{{ slug }}\">{{ title }}</a><br/>\n  </nav>" in result.text
    assert "<p>" not in result.text and "The page then lists every section." in result.text


# ------------------------------------------------- fast paths vs plain forms
# Repair finds its work with cheap scans (substring searches, pre-checks that
# skip a step); each is checked here against the plain rule it stands for, on
# text made of exactly the characters the rules handle.

_SHORTCUT_PIECES = sorted(
    set(repair_module._BEFORE_KINDS)
    | set(repair_module._AFTER_KINDS)
    | {"\r\n", "\t", " ", "  ", "   ", "\n", "\n\n", "\n\n\n", "\n\n\n\n", " \n", "\t\n"}
    | {"\x1b[1;31m", "\x1b]0;title\x07", "\x1b(B", "\x1b="}
    | {"Caf\u00c3\u00a9", "\u00c3\u00a0", "\u00e2\u0080\u0099", "\u00d0\u00a0\u00d0\u00b0", "\ud800", "\udfff"}
    | {"&amp;", "&nbsp;", "&#160;", "<p>", "<br/>", "</b>"}
    | {"a", "b", "word", "é", "\u2019", "\u00c3", "\u00a0\u00a0", "\ufeff"}
    | {"\u0420\u0457\u0420\u0455", "\u0420", "\u0421\u0403", "\u00c3\ufffd"}
    | {"\u00c2", "\u00c2\u00a0", "\u00e2\u20ac\u2030", "\u00e2\u20ac\u2039"}
)
_SHORTCUT_TEXT = st.lists(st.sampled_from(_SHORTCUT_PIECES), max_size=40).map("".join)
# Text that mostly takes the shortcuts: printable pieces, line breaks, tabs and
# no-break spaces, with at most two pieces of any kind put in.
_COMMON_PIECES = [p for p in _SHORTCUT_PIECES if p.replace("\n", "").replace("\t", "").replace("\xa0", "").isprintable()]
_MOSTLY_COMMON_TEXT = st.builds(
    lambda common, odd, at: "".join(common[:at] + odd + common[at:]),
    st.lists(st.sampled_from(_COMMON_PIECES), max_size=30),
    st.lists(st.sampled_from(_SHORTCUT_PIECES), max_size=2),
    st.integers(0, 30),
)


_HINT_PLAIN = regex.compile(repair_module._HINT_ALTERNATIVES)


def _fix_lines_plain(text):
    return [
        repair_module._Edit(m.start(), m.end(), "", "whitespace")
        for m in repair_module._WS_LINES.finditer(text)
    ]


@given(_SHORTCUT_TEXT)
@example("\n\n\n")
@example("a\n\n\n\nb\n\n\n")
@example("\nа\n\n\n")
def test_fix_lines_scan_equals_its_pattern(text):
    assert repair_module._fix_lines(text) == _fix_lines_plain(text)


def test_every_character_the_character_steps_change_is_not_printable():
    # _only_common_controls relies on this: a text whose only unprintable
    # characters are line breaks, tabs and no-break spaces needs no scan.
    changed = set(repair_module._BEFORE_KINDS) | set(repair_module._AFTER_KINDS)
    changed |= {chr(c) for c in range(0x80, 0xA0)} | {"\ud800", "\udbff", "\udc00", "\udfff"}
    assert changed - {"\xa0"}
    for c in sorted(changed):
        assert not c.isprintable(), repr(c)
    for c in "\n\t\xa0":
        assert not repair_module._only_common_controls("a" + c + "\x00")
        assert repair_module._only_common_controls("a" + c + "b")


@given(st.one_of(_SHORTCUT_TEXT, _MOSTLY_COMMON_TEXT))
@example("Caf\u00c3\u00a9\xa0\n")
@example("\x1b[1m\xa0")
@example("a\r\nb\xa0")
@example("\xa0\u0420\u0457\u0420\u0455")
def test_character_step_shortcuts_equal_the_scans(text):
    if repair_module._only_common_controls(text):
        assert repair_module._fix_chars_before(text) == []
        assert repair_module._fix_chars_after(text) == repair_module._no_break_spaces(text)
        leads = repair_module._hint_leads(text)
        for pos in range(len(text) + 1):
            fast = repair_module._find_hint(text, pos, leads)
            plain = _HINT_PLAIN.search(text, pos)
            assert (fast and fast.span()) == (plain and plain.span()), pos


@given(st.one_of(_SHORTCUT_TEXT, _MOSTLY_COMMON_TEXT), st.integers(0, 8))
@example("\xa0\u00c3\u00a9", 0)
@example("\u00c2\u00a0", 0)
@example("\xa0\u0420\u0457\u0420\u0455", 1)
def test_find_hint_equals_a_plain_search(text, pos):
    fast, plain = repair_module._find_hint(text, pos), _HINT_PLAIN.search(text, pos)
    assert (fast and fast.span()) == (plain and plain.span())


@given(st.one_of(_SHORTCUT_TEXT, _MOSTLY_COMMON_TEXT), st.booleans())
@example("Caf\u00c3\u00a9\xa0 \n", True)
@example("Caf\u00c3\u00a9\xa0\xa0 \n\u00c3\u00a9", True)
@example("na\u00efve \u00e2\u20ac\u2030caf\u00c3\u00a9 ", True)
@example("\xa0\u00c3\u00a9", True)
def test_repair_with_shortcuts_equals_repair_without(text, fix_text):
    with mock.patch.object(repair_module, "_only_common_controls", lambda t: False):
        plain = repair(text, fix_text=fix_text)
    assert repair(text, fix_text=fix_text) == plain


_MARKUP_PIECES = ["<", ">", "<<", ">>", "<p>", "</P>", "<br/>", "<b>", "<footer>", "<<footer>>", "<a href=x>",
                  "&", "&amp;", "&amp;amp;", "&#160;", "&#x41;", "&nbsp", ";", "x", " ", "\n", "é"]


@given(st.lists(st.sampled_from(_MARKUP_PIECES), max_size=25).map("".join))
@example("<<p><b>>")
@example("&&amp;;&#1;")
def test_matches_from_a_first_character_equal_finditer(text):
    for pattern, first in ((repair_module._TAGS, "<"), (repair_module._ENTITY, "&")):
        fast = [m.span() for m in repair_module._matches_from(pattern, text, first)]
        assert fast == [m.span() for m in pattern.finditer(text)]


def _every_space_line(old, new, edits, leads):
    """The plain form of ``_space_lines_to_recheck``: every line a space edit
    touched where the mojibake hint fires."""
    old_starts = [0] + [i + 1 for i, c in enumerate(old) if c == "\n"]
    new_starts = [0] + [i + 1 for i, c in enumerate(new) if c == "\n"] + [len(new) + 1]
    out = set()
    for e in edits:
        k = max(i for i, s in enumerate(old_starts) if s <= e.start)
        line = new[new_starts[k] : new_starts[k + 1] - 1]
        if _HINT_PLAIN.search(line):
            out.add(new_starts[k])
    return out


# a space or tab run that becomes one space right after mojibake (the space
# rules run in each mojibake round); also fixtures/cases/tab-after-mojibake.json
@given(st.one_of(_SHORTCUT_TEXT, _MOSTLY_COMMON_TEXT, st.lists(st.sampled_from(["\u00c2", "\t", "  ", " ", "\x80", "\x91", "0", "\n", "\u00c3", "\u00a9"]), max_size=20).map("".join)), st.booleans())
@example("\x80\u00c2\x91\u00c2\t0", True)
@example("a \n\u00c3\t\u00a9\n\u00c2  x", True)
@example("\x00\u200c\x00", False)  # a joiner between two controls: debris (fixtures/cases/joiner-between-controls.json)
@example("\ufeff\u200c\ufeff", False)  # ... or two byte order marks (fixtures/cases/joiner-between-byte-order-marks.json)
def test_space_recheck_shortcut_equals_rechecking_every_space_line(text, fix_text):
    with mock.patch.object(repair_module, "_space_lines_to_recheck", _every_space_line):
        plain = repair(text, fix_text=fix_text)
    assert repair(text, fix_text=fix_text) == plain
    assert repair(plain[0], fix_text=fix_text)[0] == plain[0]


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_are_binary(seed):
    """Random or compressed data with no known signature: a NUL, many control
    bytes, and surrogate errors in both UTF-16 byte orders."""
    import random

    data = random.Random(seed).randbytes(4096)
    with pytest.raises(BinaryInputError):
        clean(data)


def _field_log(sep: bytes, fields: list[str], codec: str, rows: int = 60) -> bytes:
    """A log of records whose fields are joined by a control byte, with one
    NUL at the end: text, though over 5 % of its bytes are controls."""
    return b"\n".join(sep.join(f.encode(codec) for f in fields) for _ in range(rows)) + b"\x00"


@pytest.mark.parametrize(
    "data",
    [
        _field_log(b"\x01", ["8=FIX.4.2", "35=D", "49=MÜLLER", "56=BÖRSE", "58=Größe"], "cp1252"),
        _field_log(b"\x01", ["خبر", "عاجل", "المدينة", "الميناء"], "utf-8"),
        _field_log(b"\x08\x07", ["Übertragung läuft", "Größe 42", "fertig"], "cp1252"),
    ],
    ids=["fix-log-cp1252", "arabic-utf8-separators", "terminal-backspace-bell"],
)
def test_text_with_control_separators_and_a_nul_is_not_binary(data):
    """Control bytes of a few kinds (a log's separators, backspaces, bells)
    and valid UTF-8 are text; random data has controls of every kind and is
    no UTF-8."""
    assert data.count(0) == 1
    decode(data)  # raises BinaryInputError if taken for binary


# ------------------------------------------------------------------ joiners, markup in prose, long lines


@pytest.mark.parametrize(
    "text",
    [
        "\U0001F469\u200d\U0001F4BB at the desk",  # woman technologist: one emoji of three code points
        "\U0001F3F3\ufe0f\u200d\U0001F308 over the harbour",  # rainbow flag
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian "I want": the non-joiner is spelling
        "\u0915\u094d\u200d\u0937",  # Devanagari half form
        "\u0dc1\u0dca\u200d\u0dbb\u0dd3",  # Sinhala "Sri"
        "\U0001F468\u200d\u2764\ufe0f\u200d\U0001F468",  # couple with heart
    ],
)
def test_joiners_inside_words_and_emoji_stay(text):
    out = clean(text).text
    assert out == text and repair(out)[0] == out


@pytest.mark.parametrize(
    "text,expected",
    [
        ("word\u200d end", "word end"),  # at a word's edge
        ("a\u200b\u200db", "ab"),  # in a run of invisible characters
        ("Sh\u200care this and win a ph\u200done", "Share this and win a phone"),  # between Latin letters
        ("Call 0800\u200d123 or visit exa\u200dmple.com", "Call 0800123 or visit example.com"),
        ("The h\u200ca\u200cr\u200cb\u200co\u200cu\u200cr reopened.", "The harbour reopened."),
        ("Preview\u200c\u00a0\u200c\u00a0\u200c text", "Preview text"),  # an e-mail preheader's padding
    ],
)
def test_stray_joiners_go(text, expected):
    assert clean(text).text == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The <p> tag starts a paragraph.", "The <p> tag starts a paragraph."),
        ("In HTML, use &lt;b&gt; for bold text.", "In HTML, use <b> for bold text."),
        ("Close the list element with </ul>.", "Close the list element with </ul>."),
        # markup a scraper left: alone on a line, glued, in pairs, two on a
        # line, or one between words of a line that says nothing of markup
        ("Click here <br> to continue reading.", "Click here to continue reading."),
        ("The council met on Monday. <br> The vote is next week.", "The council met on Monday. The vote is next week."),
        ("Boats leave.\n<br>\nThe last boat", "Boats leave.\n\nThe last boat"),
        ("<p>The council met.</p>", "The council met."),
        ("un<b>bold</b>ed", "unbolded"),
        ("Text <br> more text <br> again", "Text more text again"),
        ('See <a href="/x">the map</a> here', "See the map here"),
    ],
)
def test_a_lone_tag_in_prose_is_text_about_markup(text, expected):
    assert clean(text).text == expected


def test_a_long_line_of_mojibake_is_repaired_word_by_word():
    # every word broken on one line: aligned one to one, one edit per word
    n = 3000
    source, changes = repair("CafÃ© " * n)
    assert source == ("Café " * n).rstrip()
    assert sum(1 for c in changes if "mojibake" in c[4]) == n


def test_a_long_line_whose_words_change_in_number_is_one_edit():
    # ftfy turns "Â " (a no-break space read as windows-1252) into one space,
    # so the words and spaces no longer pair up; past the alignment bound the
    # changed middle of the line is one edit, which still replays exactly
    line = "CafÃ©Â menu " * 400
    with mock.patch.object(repair_module, "_DIFF_CELLS", 100):
        r = clean(line)
    assert r.report.replay() == r.text and "Ã" not in r.text and "Café" in r.text
