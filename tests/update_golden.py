"""Regenerate the golden files of ``fixtures/articles/``.

Run explicitly, from the repository root, after a change that is meant to alter
what cleantext removes::

    python tests/update_golden.py            # rewrite every golden pair
    python tests/update_golden.py --check    # only list the articles that differ

For every ``fixtures/articles/<slug>.txt`` it writes ``<slug>.clean.txt`` (the
clean text plus one final newline, exactly what ``cleantext <slug>.txt``
prints) and ``<slug>.report.json`` (``Report.to_dict()`` of the default
pipeline, with ``file`` set to the article's name). Review the diff like code
before committing it: ``tests/test_golden.py`` compares the current output with
these files and never writes them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"

# Clean with the cleantext of this repository, not with another installed copy.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def articles() -> list[Path]:
    """The input articles: ``*.txt`` files that are not ``*.clean.txt``."""
    return sorted(p for p in ARTICLES.glob("*.txt") if not p.name.endswith(".clean.txt"))


def golden_paths(article: Path) -> tuple[Path, Path]:
    slug = article.name[: -len(".txt")]
    return article.with_name(slug + ".clean.txt"), article.with_name(slug + ".report.json")


def render(article: Path) -> tuple[str, str]:
    """``(clean_text_file, report_json_file)`` contents for ``article``."""
    from cleantext import clean

    text, report = clean(article.read_bytes())
    d = report.to_dict()
    d["file"] = article.name
    return text + "\n", json.dumps(d, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="list differing articles, write nothing")
    args = ap.parse_args(argv)
    changed = []
    for article in articles():
        clean_path, report_path = golden_paths(article)
        text, report = render(article)
        for path, content in ((clean_path, text), (report_path, report)):
            old = path.read_text("utf-8") if path.exists() else None
            if old != content:
                changed.append(path.relative_to(ROOT))
                if not args.check:
                    path.write_text(content, "utf-8")
    verb = "differ" if args.check else "rewritten"
    for p in changed:
        print(f"{verb}: {p}")
    print(f"{len(changed)} golden file(s) {verb}, {len(articles())} articles")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
