"""Rule filters: each finds one family of junk and returns spans, never edits.

Every filter is a pure function ``filter(text: str) -> list[Span]`` that never
raises on any ``str``; spans are half-open code-point offsets into ``text``.
Reason codes are documented per filter in ``docs/filters.md``. Vocabularies live
in ``cleantext/patterns/`` and are compiled on first use.
"""

from __future__ import annotations

import functools
from importlib import resources
import regex

from .core import Span

__all__ = [
    "icon_labels",
    "placeholders",
    "paywall",
    "photo_credits",
    "share",
    "ads",
    "navigation",
    "lines",
]

# ------------------------------------------------------------------ helpers

#: Longest line (in code points) a rule filter looks at as a candidate label or
#: prompt; longer lines are prose or data and are skipped without a regex run.
MAX_LABEL_LINE = 400


@functools.lru_cache(maxsize=4)
def lines(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of every line of ``text`` (without its ``\\n``), cached
    for the few most recent texts so filters of one pipeline share the work."""
    out = []
    pos = 0
    for ln in text.split("\n"):
        end = pos + len(ln)
        out.append((pos, end))
        pos = end + 1
    return tuple(out)


def _vocab(name: str) -> dict[str, list[str]]:
    """Sections of a pattern file: ``{section: [entries]}``."""
    raw = resources.files(__package__).joinpath("patterns", name).read_text("utf-8")
    sections: dict[str, list[str]] = {"": []}
    cur = ""
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            sections.setdefault(cur, [])
            continue
        sections[cur].append(line)
    return sections


def _all(sections: dict[str, list[str]]) -> list[str]:
    return [e for v in sections.values() for e in v]


# Edge characters ignored when comparing a line with a label.
_EDGE = " \t:|·•»«›‹>–—-*#/"


def _label_key(s: str) -> str:
    return s.strip(_EDGE).casefold()


@functools.cache
def _labels(name: str) -> frozenset[str]:
    return frozenset(_label_key(e) for e in _all(_vocab(name)))


def _words(s: str) -> int:
    return len(s.split())


# ------------------------------------------------------------------ icon_labels

# A glued token: "IconIcon", "FacebookIcon", "ChevronTitle" split at case changes.
_CAMEL = regex.compile(r"\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\d+")
_SKETCH = regex.compile(r"Created with Sketch\.?", regex.IGNORECASE)
# SVG layer names exported by design tools, alone on a line ("Group", "Group 3",
# "Rectangle Copy 2", "Combined Shape").
_SVG_LAYER = regex.compile(
    r"(?:Group|Artboard|Combined Shape|Rectangle|Oval|Path|Shape|Layer|Fill|Stroke|Mask)"
    r"(?: Copy)?(?: \d{1,3})?",
)


def icon_labels(text: str) -> list[Span]:
    """Glued runs of UI icon names and SVG titles.

    Reasons: ``icon_run`` (a line made only of icon names, glued or spaced, with
    an "Icon"/"Sketch" token or glue evidence: "IconIcon FacebookIcon LinkedinIcon
    Mail"), ``svg_debris`` (a lone "Created with Sketch.", "Group", "Combined
    Shape", ... line). Prose that mentions icons keeps its line: every token of
    the line must be icon vocabulary.
    """
    vocab = _labels("icons.labels")
    out: list[Span] = []
    for s, e in lines(text):
        if e - s > MAX_LABEL_LINE or s == e:
            continue
        line = text[s:e]
        body = line.strip()
        if not body:
            continue
        if _SVG_LAYER.fullmatch(body) or _SKETCH.fullmatch(body):
            out.append(Span(s, e, "svg_debris"))
            continue
        rest = _SKETCH.sub(" ", body)
        sketch = rest != body
        toks = _CAMEL.findall(rest)
        if len(toks) < 2 or any(t.casefold() not in vocab for t in toks):
            continue
        # There must be evidence this is icon debris, not a list of words:
        # an "Icon"/"Sketch" token or words glued without a space.
        glued = regex.search(r"\p{Ll}\p{Lu}", rest) is not None
        has_icon = any(t.casefold() in ("icon", "icons", "artboard", "chevron") for t in toks)
        if sketch or glued or has_icon:
            out.append(Span(s, e, "icon_run"))
    return out


# ------------------------------------------------------------------ placeholders

_PLACEHOLDER = regex.compile(
    r"""
      \{\{[^{}\n]{1,100}\}\}              # {{name}}, {{name-plural}}, {{f()}}  (Handlebars, Mustache, Angular)
    | \{%[^%\n]{1,100}%\}                 # {% tag %}                           (Jinja, Liquid)
    | <<\s*[\p{L}_][\w.\-]{0,60}\s*>>    # <<name>>
    | \$\{\s*[\p{L}_][\w.\-]{0,60}\s*\}   # ${name}                             (JS template literal, shell)
    | %\(\s*[\p{L}_]\w{0,60}\s*\)[sdif]   # %(name)s                            (Python printf)
    | <%[=\-]?\s*[^%\n]{1,100}%>          # <%= name %>                         (ERB, EJS)
    | \[\[\s*[\p{L}_][\w.\-:]{0,60}\s*\]\] # [[name]]                           (wiki, Vue-like)
    """,
    regex.VERBOSE,
)
# Signs that a line is code, where placeholders are content.
_CODE_LINE = regex.compile(
    r"""^[ \t]{2,}\S | [;{}]\s*$ | `  | \b(?:return|function|const|let|var|def|print|echo|import|class)\b
      | [=(]\s*["'`]?\s*[$%{<\[] | ^\s*(?:\$|>>>|\#\s) """,
    regex.VERBOSE,
)
# Quote marks around a placeholder mean it is quoted as content.
_QUOTES = "\"'“”‘’«»„‚`「」"

#: A line stays if, without its placeholders, it has more words than this and
#: does not match a paywall prompt: it is prose with an unrendered variable.
PLACEHOLDER_MAX_WORDS = 6


def placeholders(text: str) -> list[Span]:
    """Unrendered template variables where they are page chrome.

    Reasons: ``template_line`` (a line that is only placeholders, or a short UI
    line built around one: "By {{author}}", "{{footer}}"). A placeholder quoted
    in a sentence (``"Dear {{first_name}}"``), inside a code line, or in a line of
    prose longer than ``PLACEHOLDER_MAX_WORDS`` words stays. Syntaxes:
    Handlebars/Mustache ``{{x}}``, Jinja ``{% x %}``, ``<<x>>``, ``${x}``,
    ``%(x)s``, ERB ``<%= x %>``, ``[[x]]``.
    """
    if not any(c in text for c in "{<$%["):
        return []
    out: list[Span] = []
    for s, e in lines(text):
        if e - s > MAX_LABEL_LINE * 2:
            continue
        line = text[s:e]
        ms = list(_PLACEHOLDER.finditer(line))
        if not ms:
            continue
        if _CODE_LINE.search(_PLACEHOLDER.sub("x", line)):
            continue
        quoted = False
        for m in ms:
            a, b = m.span()
            before = line[a - 1] if a > 0 else ""
            after = line[b] if b < len(line) else ""
            if (before and before in _QUOTES) or (after and after in _QUOTES):
                quoted = True
                break
        if quoted:
            continue
        rest = _PLACEHOLDER.sub(" ", line)
        if _words(rest) <= PLACEHOLDER_MAX_WORDS:
            out.append(Span(s, e, "template_line"))
    return out


# ------------------------------------------------------------------ paywall

#: A paywall prompt line has at most this many words; longer lines are prose
#: (an article *about* paywalls quoting a prompt keeps its sentence).
PAYWALL_MAX_WORDS = 30
#: Lines between two prompts are part of the paywall block when each has at
#: most this many words and there are at most ``PAYWALL_MAX_GAP`` of them.
PAYWALL_GAP_WORDS = 20
PAYWALL_MAX_GAP = 12
#: After the last prompt, trailing lines up to the end of the text belong to
#: the block when each has at most this many words and none ends a sentence.
PAYWALL_TAIL_WORDS = 12


@functools.cache
def _paywall_re() -> regex.Pattern:
    alts = "|".join(f"(?:{p})" for p in _all(_vocab("paywall.re")))
    return regex.compile(rf"\s*(?:[•·*-]\s*)?(?:{alts})\s*", regex.IGNORECASE)


_BULLET = regex.compile(r"^\s*(?:[•·▪●◦*–-]|\d{1,2}[.)])\s+\S")
_SENTENCE_END = regex.compile(r"[.!?。！？…]['\"”’)]*\s*$")


def paywall(text: str) -> list[Span]:
    """Metering, subscription and sign-in prompts, and the block they form.

    Reasons: ``paywall_prompt`` (a short line matching a prompt in
    ``patterns/paywall.re``: "You have 3 free articles left this month", "Try 1
    month for $0.99", "Your trial period has expired", "Sign in to continue
    reading"...); ``paywall_block`` (short lines between two prompts: offer copy,
    benefit bullets); ``paywall_tail`` (after the last prompt, short lines to the
    end of the text that do not end a sentence: "See all offers", image alt text).
    """
    rx = _paywall_re()
    ls = lines(text)
    hits: list[int] = []
    for i, (s, e) in enumerate(ls):
        if s == e or e - s > MAX_LABEL_LINE:
            continue
        line = text[s:e]
        if _words(line) <= PAYWALL_MAX_WORDS and rx.fullmatch(line):
            hits.append(i)
    if not hits:
        return []
    out: list[Span] = [Span(ls[i][0], ls[i][1], "paywall_prompt") for i in hits]
    # short lines between two prompts
    for a, b in zip(hits, hits[1:]):
        gap = [i for i in range(a + 1, b) if ls[i][0] != ls[i][1]]
        if len(gap) <= PAYWALL_MAX_GAP and all(
            _words(text[ls[i][0] : ls[i][1]]) <= PAYWALL_GAP_WORDS for i in gap
        ):
            out.extend(Span(ls[i][0], ls[i][1], "paywall_block") for i in gap)
    # bullets and short lines to the end of the text after the last prompt
    last = hits[-1]
    tail = [i for i in range(last + 1, len(ls)) if ls[i][0] != ls[i][1]]
    if tail and len(tail) <= PAYWALL_MAX_GAP:
        ok = True
        for i in tail:
            line = text[ls[i][0] : ls[i][1]]
            if _words(line) > PAYWALL_TAIL_WORDS or (
                _SENTENCE_END.search(line) and not _BULLET.match(line)
            ):
                ok = False
                break
        if ok:
            out.extend(Span(ls[i][0], ls[i][1], "paywall_tail") for i in tail)
    # benefit bullets right after a prompt, even when the block goes on
    covered = {sp.start for sp in out}
    for h in hits:
        i = h + 1
        while i < len(ls) and ls[i][0] not in covered:
            line = text[ls[i][0] : ls[i][1]]
            if not _BULLET.match(line) or _words(line) > PAYWALL_GAP_WORDS:
                break
            out.append(Span(ls[i][0], ls[i][1], "paywall_block"))
            i += 1
    return out


# ------------------------------------------------------------------ photo_credits


@functools.cache
def _credit_res() -> tuple[regex.Pattern, regex.Pattern]:
    v = _vocab("credits.re")
    line = "|".join(f"(?:{p})" for p in v.get("line", []))
    tail = "|".join(f"(?:{p})" for p in v.get("tail", []))
    return (
        regex.compile(rf"\s*(?:{line})\s*[.)]?\s*", regex.IGNORECASE),
        # a credit at the end of a caption, after a sentence end, a bracket or
        # a gap: "... on Thursday. (Photo: Lena Hart/AP)", "... Millbeck. Getty Images"
        regex.compile(rf"(?:(?<=[.!?)\]”\"])\s+|\s+(?=[(©]))(?:{tail})\s*\.?\s*$", regex.IGNORECASE),
    )


#: A caption line ending in a credit is removed whole if it has at most this many words.
CAPTION_MAX_WORDS = 60


def photo_credits(text: str) -> list[Span]:
    """Photo credits, gallery counters and caption lines that end in a credit.

    Reasons: ``credit_line`` (a line that is only a credit: "© Reuters",
    "Photograph: T. Reyes/Reuters", "Getty Images", "Ảnh: Minh Anh"),
    ``gallery_counter`` ("Image 1 of 6"), ``captioned_credit`` (a caption line of
    at most ``CAPTION_MAX_WORDS`` words that ends in a credit after a sentence end
    or bracket: "... in Millbeck. Getty Images"). Prose that names an agency
    ("licensed to Getty Images.") keeps its line: the credit must stand apart.
    """
    line_re, tail_re = _credit_res()
    out: list[Span] = []
    for s, e in lines(text):
        if s == e or e - s > MAX_LABEL_LINE * 2:
            continue
        line = text[s:e]
        if e - s <= 160 and line_re.fullmatch(line):
            reason = "gallery_counter" if regex.search(r"\d\s*(?:of|/|von|de|sur|di|из)\s*\d", line) and _words(line) <= 4 else "credit_line"
            out.append(Span(s, e, reason))
            continue
        if _words(line) <= CAPTION_MAX_WORDS and tail_re.search(line):
            out.append(Span(s, e, "captioned_credit"))
    return out


# ------------------------------------------------------------------ share

_SPLIT_LABELS = regex.compile(r"\s*[|·•/,]\s*|\s{2,}")


def _label_run(line: str, vocab: frozenset[str]) -> int:
    """Number of labels if ``line`` is made only of labels from ``vocab``
    (spaced, separated by ``|``/``•``/``,`` or glued CamelCase), else 0."""
    key = _label_key(line)
    if key in vocab:
        return 1
    parts = [p for p in _SPLIT_LABELS.split(line.strip()) if p]
    if len(parts) > 1 and all(_label_key(p) in vocab for p in parts):
        return len(parts)
    words = line.split()
    if len(words) > 1:
        # greedy longest match over words: "Facebook Twitter Email Copy link"
        i, n = 0, 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                if _label_key(" ".join(words[i:j])) in vocab:
                    i, n = j, n + 1
                    break
            else:
                return 0
        return n
    toks = _CAMEL.findall(line)
    if len(toks) > 1 and "".join(toks) == line.strip() and all(t.casefold() in vocab for t in toks):
        return len(toks)  # "FacebookTwitterPinterestEmail"
    return 0


_SHARE_VERB = regex.compile(
    r"^(?:share|teilen|compartir|partager|condividi|compartilhar|partilhar|поделиться|シェア|この記事をシェア|分享)",
    regex.IGNORECASE,
)


def share(text: str) -> list[Span]:
    """Social share and follow button labels.

    Reasons: ``share_labels`` (a line of two or more labels: "Facebook Twitter
    Email Copy link", "FacebookTwitterPinterest"; or a share-verb label: "Share
    this article", "Compartir en X", "Поделиться"), ``share_run`` (single labels
    on consecutive lines next to another share line: "Share / Facebook / Twitter").
    A lone "Twitter" or "Print" line with no share line beside it stays.
    """
    vocab = _labels("share.labels")
    ls = lines(text)
    strong: list[bool] = []
    single: list[bool] = []
    for s, e in ls:
        if s == e or e - s > 120:
            strong.append(False)
            single.append(False)
            continue
        line = text[s:e]
        n = _label_run(line, vocab)
        strong.append(n > 1 or (n == 1 and bool(_SHARE_VERB.match(line.strip()))))
        single.append(n == 1)
    out: list[Span] = []
    n = len(ls)
    i = 0
    while i < n:
        if not (strong[i] or single[i]):
            i += 1
            continue
        j = i
        while j < n and (strong[j] or single[j]):
            j += 1
        run = range(i, j)
        if j - i >= 2 or any(strong[k] for k in run):
            for k in run:
                out.append(Span(ls[k][0], ls[k][1], "share_labels" if strong[k] else "share_run"))
        i = j
    return out


# ------------------------------------------------------------------ ads


@functools.cache
def _ads_blurb_re() -> regex.Pattern:
    alts = "|".join(f"(?:{p})" for p in _all(_vocab("ads.re")))
    return regex.compile(rf"\s*(?:{alts})\s*", regex.IGNORECASE)


def ads(text: str) -> list[Span]:
    """Advertisement slot labels and sponsored-content markers.

    Reasons: ``ad_label`` (a line that is only a label: "Advertisement",
    "Story continues below advertisement", "PUBLICIDAD", "Anzeige", "広告"),
    ``sponsored_blurb`` (the line that explains a sponsored label: "About
    Sponsored Content This content was commissioned by ..."), only when it is
    at most 60 words long.
    """
    vocab = _labels("ads.labels")
    blurb = _ads_blurb_re()
    out: list[Span] = []
    for s, e in lines(text):
        if s == e or e - s > MAX_LABEL_LINE:
            continue
        line = text[s:e]
        if _label_key(line) in vocab:
            out.append(Span(s, e, "ad_label"))
        elif _words(line) <= 60 and blurb.fullmatch(line):
            out.append(Span(s, e, "sponsored_blurb"))
    return out


# ------------------------------------------------------------------ navigation


def navigation(text: str) -> list[Span]:
    """Navigation and pagination labels alone on a line.

    Reasons: ``nav_label`` ("Previous chapter", "Next article", "Back to top",
    "Skip to main content", "Load more", "前の記事", ...; the list is
    ``patterns/navigation.labels``). Only a whole line equal to a label matches,
    so prose that uses the words ("the next chapter of her life") stays.
    """
    vocab = _labels("navigation.labels")
    out: list[Span] = []
    for s, e in lines(text):
        if s == e or e - s > 60:
            continue
        if _label_key(text[s:e]) in vocab:
            out.append(Span(s, e, "nav_label"))
    return out
