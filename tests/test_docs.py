"""The documentation agrees with the code: filter names, reason codes, report
keys, the README's commands and its Python examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cleantext import FILTERS, clean
from cleantext.core import LAYOUT

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = (ROOT / "README.md").read_text("utf-8")
FILTERS_MD = (DOCS / "filters.md").read_text("utf-8")
REPORT_MD = (DOCS / "report.md").read_text("utf-8")
CODE = re.compile(r"``([a-z][a-z0-9]*(?:_[a-z0-9]+)+)``")


def declared_reasons(fn) -> set[str]:
    """Reason codes a filter's docstring declares: ``snake_case`` codes after
    the word "Reason"."""
    doc = fn.__doc__ or ""
    if "Reason" not in doc:
        return set()
    return set(CODE.findall(doc.split("Reason", 1)[1]))


def observed_reasons() -> set[tuple[str, str]]:
    """``(filter, reason)`` pairs the filters produce on every fixture text."""
    texts = [p.read_text("utf-8") for p in (ROOT / "fixtures" / "articles").glob("*.txt")]
    for p in (ROOT / "fixtures" / "cases").glob("*.json"):
        texts.append(json.loads(p.read_text("utf-8"))["input"])
    seen = set()
    for text in texts:
        for name, fn in FILTERS.items():
            seen.update((name, sp[2]) for sp in fn(text))
    return seen


def in_code(doc: str, word: str) -> bool:
    """``word`` appears as inline code in ``doc``."""
    return re.search(rf"`{re.escape(word)}`", doc) is not None


@pytest.mark.parametrize("name", list(FILTERS))
def test_every_filter_is_documented(name):
    assert name in FILTERS_MD, f"docs/filters.md does not mention the filter {name!r}"


@pytest.mark.parametrize("name", list(FILTERS))
def test_every_declared_reason_is_documented(name):
    missing = sorted(r for r in declared_reasons(FILTERS[name]) if not in_code(FILTERS_MD, r))
    assert not missing, f"docs/filters.md lacks reason code(s) of {name}: {missing}"


def test_rule_filters_declare_reasons():
    for name in ("icon_labels", "placeholders", "paywall", "photo_credits", "share", "ads", "navigation"):
        assert declared_reasons(FILTERS[name]), f"{name}'s docstring declares no reasons"


def test_every_reason_seen_on_the_fixtures_is_documented():
    missing = sorted({(n, r) for n, r in observed_reasons() if not in_code(FILTERS_MD, r)})
    assert not missing, f"reason codes produced but not in docs/filters.md: {missing}"


def test_seam_reason_is_documented():
    assert in_code(FILTERS_MD, LAYOUT) and in_code(FILTERS_MD, "seam_whitespace")


def test_filters_md_has_a_section_per_rule_filter():
    for name in ("icon_labels", "placeholders", "paywall", "photo_credits", "share", "ads", "navigation"):
        assert f"### `{name}`" in FILTERS_MD


def test_named_thresholds_in_filters_md_exist():
    from cleantext import filters

    rows = re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \| ([^|]+?) \|", FILTERS_MD, re.M)
    assert {"PLACEHOLDER_MAX_WORDS", "PAYWALL_MAX_WORDS", "CAPTION_MAX_WORDS"} <= {c for c, _ in rows}
    for const, value in rows:
        assert hasattr(filters, const), f"docs/filters.md names {const}, which cleantext.filters lacks"
        assert str(getattr(filters, const)) == value.strip(), f"docs/filters.md gives {const} = {value}"


# ------------------------------------------------------------------ report keys


def key_paths(obj, prefix="") -> set[str]:
    out = set()
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.add(prefix + k)
            if prefix + k != "counts":  # its keys are filter names
                out |= key_paths(v, prefix + k + ".")
    elif isinstance(obj, list):
        for v in obj:
            out |= key_paths(v, prefix.rstrip(".") + "[].")
    return out


def sample_reports():
    # bytes that need detection (so "notes" is present), an entity, removals
    data = "Caf\u00e9 &amp; bar\nAdvertisement\nThe end of a short story.".encode("cp1252")
    rep = clean(data).report
    assert rep.notes and rep.repairs and rep.removals
    return rep


def test_every_report_key_is_documented():
    rep = sample_reports()
    keys = key_paths(rep.to_dict()) | key_paths(rep.to_dict(compact=True)) | {"file"}
    missing = sorted(k for k in keys if not in_code(REPORT_MD, k))
    assert not missing, f"docs/report.md does not document: {missing}"


def test_report_md_documents_no_key_that_does_not_exist():
    rep = sample_reports()
    keys = key_paths(rep.to_dict()) | key_paths(rep.to_dict(compact=True)) | {"file"}
    table_keys = set(re.findall(r"^\| `([a-z_.\[\]]+)` \|", REPORT_MD, re.M))
    attrs = {"source", "removals", "repairs", "encoding", "input_kind", "input_length", "replaced_bytes", "pipeline", "notes"}
    extra = sorted(table_keys - keys - attrs)
    assert not extra, f"docs/report.md documents keys that to_dict() does not produce: {extra}"


def test_report_md_example_is_current():
    """The full-form example in docs/report.md is what the code produces."""
    call = re.search(r"```python\nclean\((.*?)\)\n```", REPORT_MD, re.S).group(1)
    text = eval("(" + call + ")", {})  # the argument: a str literal, possibly split over lines
    example = re.search(r"and `report.to_dict\(\)` is:\n\n```json\n(.*?)```", REPORT_MD, re.S).group(1)
    assert json.loads(example) == clean(text).report.to_dict()


# ------------------------------------------------------------------ README


def ci_test_command() -> str:
    lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    cmds = [ln.strip() for ln in lines if ln.strip().startswith("pip install -e")]
    assert len(cmds) == 1, ".ci/run should have one 'pip install -e' test command"
    return cmds[0]


def readme_commands() -> list[str]:
    """The shell commands of the README's first two code blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    return [b.strip() for b in blocks[:2]]


def test_readme_test_command_is_the_ci_command():
    install, test = readme_commands()
    assert test == ci_test_command()
    assert test == "pip install -e '.[test]' && python -m pytest"


def test_readme_install_command_runs_a_shipped_sample():
    install, _ = readme_commands()
    m = re.fullmatch(r"pip install \. && cleantext (fixtures/articles/[\w.-]+\.txt)", install)
    assert m, install
    sample = ROOT / m.group(1)
    assert sample.exists() and not sample.name.endswith(".clean.txt")
    # the sample has junk to remove and prose to keep
    text, report = clean(sample.read_bytes())
    assert report.removals and text


def test_readme_names_the_distribution_and_its_conflicts():
    assert "cleantext-spans" in README
    assert "`clean-text`" in README and "`cleantext`" in README
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert 'name = "cleantext-spans"' in pyproject


def test_readme_mentions_every_cli_flag_it_promises():
    for flag in ("--report", "--only", "--skip", "--list-filters", "--encoding", "--preset", "--no-repair"):
        assert flag in README
    from cleantext.cli import build_parser

    options = {o for a in build_parser()._actions for o in a.option_strings}
    for flag in re.findall(r"(--[a-z][a-z-]+)", README):
        assert flag in options, f"README mentions {flag}, which the CLI does not have"


def test_readme_python_examples_run():
    for block in re.findall(r"```python\n(.*?)```", README, re.S):
        exec(compile(block, "README.md", "exec"), {})


@pytest.mark.parametrize("page", ["index.md", "filters.md", "report.md", "design.md", "cli.md", "encoding.md"])
def test_docs_index_links_every_page(page):
    assert (DOCS / page).exists()
    assert f"({page})" in (DOCS / "index.md").read_text("utf-8") or page == "index.md"


def test_docs_links_resolve():
    for md in [ROOT / "README.md", *DOCS.glob("*.md"), ROOT / "fixtures" / "README.md"]:
        for target in re.findall(r"\]\(([^)#:]+)\)", md.read_text("utf-8")):
            assert (md.parent / target).exists(), f"{md.name} links to missing {target}"


def test_install_ships_every_data_file():
    """``pip install .`` (the README's first command) must install every data
    file the package reads: each non-Python file under cleantext/ must match a
    package-data glob in pyproject.toml."""
    import glob

    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    table = re.search(r"\[tool\.setuptools\.package-data\]\s*cleantext\s*=\s*\[(.*?)\]", pyproject, re.S)
    globs = re.findall(r'"([^"]+)"', table.group(1))
    pkg = ROOT / "cleantext"
    shipped = {p for g in globs for p in glob.glob(g, root_dir=pkg, recursive=True)}
    data = {
        str(p.relative_to(pkg))
        for p in pkg.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    }
    missing = sorted(data - shipped)
    assert not missing, f"not installed by `pip install .` (add to package-data): {missing[:5]}"
