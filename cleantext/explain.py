"""Audit views of a report: the source text with every removed span marked and
labelled with its filter and reason.

``explain_text`` gives a terminal view (ANSI colours, or plain markers
``[-filter/reason: removed text-]``); ``explain_html`` gives a self-contained
HTML page (inline CSS and script, no external resources) with one colour per
filter, a legend with per-filter counts and a switch per filter.

Kept text is shown verbatim; inside a removed span a line break is shown as
``↵`` before the break and, in a span of whitespace only, a space as ``·``.

Repairs made before filtering (``report.repairs``: mojibake, HTML entities,
markup tags, invisible and control characters) are marked too where they
stand in kept text, with what the input held: ``[~mojibake: Ã©→é~]``.
Whitespace repairs (a no-break space made a space, spaces at line ends) are
counted but not marked: there are thousands on a large page and nothing to
see in them. A repair inside a removed span is shown by that span's text.
"""

from __future__ import annotations

import html
from typing import Iterable, Sequence

from bisect import bisect_right

from .core import LAYOUT, Removal, Repair, Report
from .pipeline import FILTERS

__all__ = ["explain_text", "explain_html", "filter_order", "shown_repairs"]

# 256-colour foregrounds for the terminal view, one per filter (cycled).
_ANSI = (203, 214, 42, 39, 171, 220, 48, 117, 208, 141, 77, 205, 33, 178, 81, 166, 99, 150)
_RESET = "\x1b[0m"

# Background colours for the HTML page (light tints, dark text reads on all).
_CSS_COLOURS = (
    "#ffb3b3", "#ffd59e", "#c9f0a8", "#a8d8ff", "#e4b8ff", "#fff09e", "#9ef0d4",
    "#ffc2e6", "#d9d9a3", "#b8c4ff", "#ffcba4", "#a4f0f0", "#e0c8a8", "#c8e6c9",
    "#f4b8c8", "#d0b0e8", "#b0e0b0", "#f0d0a0",
)
_LAYOUT_CSS = "#dddddd"
#: Repair steps the views count but do not mark (``shown_repairs``).
_QUIET_STEPS = frozenset({"whitespace"})


def filter_order(names: Iterable[str]) -> list[str]:
    """``names`` deduplicated in pipeline order: registered filters as listed in
    ``FILTERS``, then other (custom) filters by name, then ``"layout"``."""
    reg = {n: i for i, n in enumerate(FILTERS)}
    uniq = set(names)
    return sorted(uniq, key=lambda n: (n == LAYOUT, reg.get(n, len(reg)), n))


def _visible(removed: str) -> str:
    """Removed text with its line breaks (and, if it is only whitespace, its
    spaces and tabs) made visible."""
    if not removed.strip():
        removed = removed.replace(" ", "·").replace("\t", "→")
    return removed.replace("\n", "↵\n")


def _visible_input(text: str) -> str:
    """The input's text of a repair made visible: line breaks as in removed
    text (``_visible``), and characters that show nothing (a BOM, a zero-width
    space, a control character, a carriage return) as ``U+FEFF`` and the like."""
    return _visible("".join(c if c.isprintable() or c == "\n" else f"U+{ord(c):04X}" for c in text))


def shown_repairs(report: Report) -> list[Repair]:
    """The repairs of ``report`` that the explain views mark: those whose
    step is not whitespace alone and whose place in ``report.source``
    (``source_start``..``source_end``, half-open; empty for a deletion such
    as a markup tag) lies in kept text, touching no removal. In source
    order."""
    removals = report.removals
    starts = [r.start for r in removals]
    out = []
    for fix in report.repairs:
        if set(fix.step.split("+")) <= _QUIET_STEPS:
            continue
        s, e = fix.source_start, fix.source_end
        # removals are sorted and disjoint: only the last one starting at or
        # before s and the one after it can overlap the repair (a deletion
        # at a removal's edge stays outside it)
        i = bisect_right(starts, s) - 1
        if i >= 0 and removals[i].end > s and (removals[i].start < s or e > s):
            continue
        if i + 1 < len(removals) and removals[i + 1].start < e:
            continue
        out.append(fix)
    out.sort(key=lambda f: (f.source_start, f.source_end))
    return out


def _events(report: Report) -> list[tuple[int, int, "Removal | None", "Repair | None"]]:
    """Removals and shown repairs as ``(start, end, removal, repair)`` in
    source order (they never overlap; a deletion repair at a removal's start
    comes first)."""
    ev: list[tuple[int, int, Removal | None, Repair | None]] = [(r.start, r.end, r, None) for r in report.removals]
    ev += [(f.source_start, f.source_end, None, f) for f in shown_repairs(report)]
    ev.sort(key=lambda x: (x[0], x[2] is not None))
    return ev


def explain_text(report: Report, *, color: bool = False) -> str:
    """``report.source`` with every removal marked, and the repairs made
    before filtering (``shown_repairs``).

    Plain (``color=False``): ``[-filter/reason: removed text-]`` around each
    removal and ``[~step: input text→repaired text~]`` in place of each
    repaired piece, kept text verbatim. ``color=True``: the removal struck
    through in its filter's colour after a dim ``[filter/reason]`` label, a
    repaired piece underlined after a dim ``[step: input text→]`` label (ANSI
    SGR codes; codes are closed at each line end so pagers such as
    ``less -R`` show them). Returns ``str``; never raises for a valid report.
    """
    src = report.source
    order = filter_order(r.filter for r in report.removals)
    colour = {n: _ANSI[i % len(_ANSI)] for i, n in enumerate(order)}
    out: list[str] = []
    pos = 0
    for start, end, r, fix in _events(report):
        out.append(src[pos:start])
        if fix is not None:
            before, after = _visible_input(fix.before), _visible(fix.after)
            if color:
                body = "\n".join(f"\x1b[4m{seg}{_RESET}" if seg else "" for seg in after.split("\n"))
                label = "\n".join(f"\x1b[2m{seg}{_RESET}" if seg else "" for seg in f"[{fix.step}: {before}→]".split("\n"))
                out.append(label + body)
            else:
                out.append(f"[~{fix.step}: {before}→{after}~]")
            pos = end
            continue
        assert r is not None
        shown = _visible(src[r.start : r.end])
        label = f"{r.filter}/{r.reason}"
        if color:
            on = f"\x1b[9;38;5;{colour[r.filter]}m"
            body = "\n".join(f"{on}{seg}{_RESET}" if seg else "" for seg in shown.split("\n"))
            out.append(f"\x1b[2;38;5;{colour[r.filter]}m[{label}]{_RESET}{body}")
        else:
            out.append(f"[-{label}: {shown}-]")
        pos = r.end
    out.append(src[pos:])
    return "".join(out)


_CSS = """
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
  color: #1d1d1f; background: #fafafa; }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #ddd;
  position: sticky; top: 0; z-index: 1; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0 0 4px; word-break: break-all; }
.summary { margin: 0; color: #555; }
#legend { display: flex; flex-wrap: wrap; gap: 6px 10px; margin: 10px 0 0; padding: 0;
  list-style: none; }
#legend li { display: flex; align-items: center; gap: 6px; padding: 2px 8px;
  border: 1px solid #ccc; border-radius: 4px; background: #fff; font-size: 13px; }
#legend label { display: flex; align-items: center; gap: 4px; }
#legend .swatch { display: inline-block; width: 16px; height: 16px; border-radius: 3px;
  border: 1px solid #0003; }
#legend .name { font-weight: 600; }
#legend .count, .reasons { color: #555; }
.controls { margin: 8px 0 0; font-size: 13px; color: #333; }
main { padding: 16px 24px; }
article.doc { background: #fff; border: 1px solid #ddd; border-radius: 6px;
  padding: 12px 16px; margin: 0 0 16px; }
.doc .counts { color: #555; font-size: 13px; margin: 0 0 8px; }
pre.text { white-space: pre-wrap; word-wrap: break-word; overflow-wrap: anywhere;
  font: 14px/1.55 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; margin: 0; }
del.rm { text-decoration: line-through; text-decoration-color: #0008; border-radius: 3px;
  padding: 0 1px; color: #333; }
del.rm .tag::before { content: attr(data-label); font: 600 10px/1 system-ui,
  sans-serif; text-decoration: none; display: inline-block; vertical-align: 2px; margin-right: 4px;
  padding: 1px 3px; border-radius: 2px; background: #fffc; color: #222; }
del.rm.ws { outline: 1px dashed #888; }
body.kept-only del.rm { display: none; }
ins.fix { text-decoration: underline dotted #0066cc; text-underline-offset: 3px;
  background: #eef5ff; }
ins.fix .ftag::before { content: attr(data-label); font: 600 10px/1 system-ui, sans-serif;
  display: inline-block; vertical-align: 2px; margin-right: 3px; padding: 1px 3px;
  border-radius: 2px; background: #dbe9ff; color: #123; }
body.no-repairs ins.fix { text-decoration: none; background: none; }
body.no-repairs ins.fix .ftag { display: none; }
#legend li.repairs { border-style: dashed; }
"""

# Runs after the page loads: one switch per filter hides or shows its spans;
# sets data-ready on <html> so automated checks can tell the script ran.
_SCRIPT = """
(function () {
  var root = document.documentElement;
  var boxes = document.querySelectorAll('#legend input[type=checkbox]');
  boxes.forEach(function (box) {
    box.addEventListener('change', function () {
      var sel = 'del.rm[data-filter="' + box.dataset.filter + '"]';
      document.querySelectorAll(sel).forEach(function (el) {
        el.style.display = box.checked ? '' : 'none';
      });
    });
  });
  var kept = document.getElementById('kept-only');
  if (kept) kept.addEventListener('change', function () {
    document.body.classList.toggle('kept-only', kept.checked);
  });
  var fixes = document.getElementById('show-repairs');
  if (fixes) fixes.addEventListener('change', function () {
    document.body.classList.toggle('no-repairs', !fixes.checked);
  });
  root.dataset.ready = String(document.querySelectorAll('del.rm').length);
})();
"""


def _css_colours(order: Sequence[str]) -> dict[str, str]:
    out, i = {}, 0
    for n in order:
        if n == LAYOUT:
            out[n] = _LAYOUT_CSS
        else:
            out[n] = _CSS_COLOURS[i % len(_CSS_COLOURS)]
            i += 1
    return out


def _fmt(n: int) -> str:
    return f"{n:,}"


def explain_html(docs: Iterable[tuple[str, Report]], *, title: str = "cleantext explain") -> str:
    """A self-contained HTML page showing each ``(name, report)`` document's
    ``report.source`` with every removal marked.

    Each removal is a ``<del class="rm" data-filter=… data-reason=…
    data-start=… data-end=…>`` element holding exactly the removed text
    (offsets are code points into ``report.source``); its label is drawn by CSS
    (``::before`` of an empty ``<span class="tag">``), so copying the page copies
    the source text. The header has
    a legend (one colour per filter, with removal and code-point counts and the
    reasons seen) and switches that hide a filter's spans or all removed text.
    Each repair ``shown_repairs`` marks is an ``<ins class="fix" data-step=…
    data-before=… data-start=… data-end=…>`` element holding the repaired
    text, its step and the input's text drawn by CSS; the legend counts them.
    All text is escaped with ``html.escape``; the page loads nothing from
    outside (inline CSS and script only). Returns the page as ``str``.
    """
    docs = list(docs)
    names = filter_order(r.filter for _, rep in docs for r in rep.removals)
    colours = _css_colours(names)
    cls = {n: f"f{i}" for i, n in enumerate(names)}
    spans: dict[str, int] = {n: 0 for n in names}
    chars: dict[str, int] = {n: 0 for n in names}
    reasons: dict[str, dict[str, int]] = {n: {} for n in names}
    total_src = total_rm = 0
    steps: dict[str, int] = {}  # marked repairs per step
    quiet = 0  # repairs counted, not marked
    parts: list[str] = []
    esc = html.escape
    for name, rep in docs:
        src = rep.source
        total_src += len(src)
        body: list[str] = []
        pos = 0
        removed = 0
        for start, end, r, fix in _events(rep):
            body.append(esc(src[pos:start], quote=False))
            if fix is not None:
                body.append(
                    f'<ins class="fix" data-step="{esc(fix.step)}" data-start="{start}" data-end="{end}" '
                    f'data-before="{esc(fix.before)}" title="{esc(fix.step)}: the input held {esc(_visible_input(fix.before))}">'
                    f'<span class="ftag" data-label="{esc(fix.step)}: {esc(_visible_input(fix.before))}→"></span>'
                    f"{esc(src[start:end], quote=False)}</ins>"
                )
                steps[fix.step] = steps.get(fix.step, 0) + 1
                pos = end
                continue
            assert r is not None
            piece = src[r.start : r.end]
            ws = " ws" if not piece.strip() else ""
            # the label goes after the line breaks a removal starts with, so it
            # sits on the line of the text it labels
            rest = piece.lstrip("\n")
            lead = piece[: len(piece) - len(rest)]
            label = esc(f"{r.filter}/{r.reason}")
            body.append(
                f'<del class="rm {cls[r.filter]}{ws}" data-filter="{esc(r.filter)}" '
                f'data-reason="{esc(r.reason)}" data-start="{r.start}" data-end="{r.end}" '
                f'title="{esc(r.filter)} / {esc(r.reason)} ({r.end - r.start} code points)">'
                f'{lead}<span class="tag" data-label="{label}"></span>'
                f"{esc(rest, quote=False)}</del>"
            )
            spans[r.filter] += 1
            chars[r.filter] += r.end - r.start
            reasons[r.filter][r.reason] = reasons[r.filter].get(r.reason, 0) + 1
            removed += r.end - r.start
            pos = r.end
        body.append(esc(src[pos:], quote=False))
        total_rm += removed
        pct = f"{100 * removed / len(src):.1f}%" if src else "0%"
        repairs = f", {len(rep.repairs)} repair(s) made before filtering" if rep.repairs else ""
        quiet += len(rep.repairs) - sum(1 for _ in shown_repairs(rep))
        parts.append(
            f'<article class="doc"><h2>{esc(name)}</h2>'
            f'<p class="counts">{_fmt(len(src))} code points, {len(rep.removals)} removal(s), '
            f"{_fmt(removed)} removed ({pct}){repairs}</p>"
            f'<pre class="text">{"".join(body)}</pre></article>'
        )
    legend = []
    for n in names:
        rs = ", ".join(f"{esc(k)} {v}" for k, v in sorted(reasons[n].items(), key=lambda kv: -kv[1]))
        legend.append(
            f'<li class="{cls[n]}" data-filter="{esc(n)}"><label><input type="checkbox" checked '
            f'data-filter="{esc(n)}"> <span class="swatch" style="background:{colours[n]}"></span>'
            f'</label><span class="name">{esc(n)}</span> <span class="count">'
            f'{spans[n]} removal(s), {_fmt(chars[n])} code points</span>'
            f'<span class="reasons">({rs})</span></li>'
        )
    if not legend:
        legend.append('<li class="none">nothing removed</li>')
    if steps or quiet:
        marked = ", ".join(f"{esc(k)} {v}" for k, v in sorted(steps.items(), key=lambda kv: -kv[1]))
        legend.append(
            f'<li class="repairs" data-repairs="{sum(steps.values())}"><label><input type="checkbox" checked '
            f'id="show-repairs"></label><span class="name">repairs</span> <span class="count">'
            f"{sum(steps.values())} marked{f' ({marked})' if marked else ''}, {quiet} in whitespace or "
            "inside removed text not marked</span></li>"
        )
    colour_css = "".join(f"del.rm.{cls[n]} {{ background: {colours[n]}; }}\n" for n in names)
    pct = f"{100 * total_rm / total_src:.1f}%" if total_src else "0%"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{_CSS}{colour_css}</style></head><body>"
        f"<header><h1>{esc(title)}</h1>"
        f'<p class="summary">{len(docs)} document(s), {_fmt(total_src)} code points, '
        f"{_fmt(total_rm)} removed ({pct}) in {sum(spans.values())} removal(s)</p>"
        f'<ul id="legend">{"".join(legend)}</ul>'
        '<p class="controls"><label><input type="checkbox" id="kept-only"> '
        "show kept text only</label></p></header>"
        f"<main>{''.join(parts)}</main><script>{_SCRIPT}</script></body></html>\n"
    )
