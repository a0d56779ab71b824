"""Rule filters: each finds one family of junk and returns spans, never edits.

Every filter is a pure function ``filter(text: str) -> list[Span]`` that never
raises on any ``str``; spans are half-open code-point offsets into ``text``.
Reason codes are documented per filter in ``docs/filters.md``. Vocabularies live
in ``cleantext/patterns/`` and are compiled on first use.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from itertools import accumulate, compress, count, repeat
from operator import and_, itemgetter
from typing import Callable, Iterable, Iterator

import regex

try:
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python < 3.11
    import sre_parse as _sre_parse  # type: ignore[no-redef]

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
    """Sections of the pattern file ``patterns/<name>``: ``{section: [entries]}``."""
    return sections(resources.files(__package__).joinpath("patterns", name).read_text("utf-8"))


def sections(raw: str) -> dict[str, list[str]]:
    """Parse a vocabulary file's text (format in ``patterns/README.md``):
    ``{section: [entries]}``; entries before any ``[section]`` line go to ``""``;
    blank lines and ``#`` comments are skipped."""
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


def _speech_verbs(keep=lambda section, verb: True) -> str:
    """An alternation of the verbs of ``patterns/speech.labels`` that ``keep``
    takes (``keep(section, verb)``), longest first."""
    words = (w for k, v in _vocab("speech.labels").items() for w in v if keep(k, w))
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


@functools.cache
def _speech_tag() -> "regex.Pattern":
    verbs = _speech_verbs()
    past = _speech_verbs(lambda k, w: k.endswith(":past"))
    # German, Spanish and French put a past verb before its subject:
    # ", forderte der Verleger.", ", decía el cartel."
    inverted = _speech_verbs(lambda k, w: k.endswith(":past") and k != "en:past")
    word = r"[\w'’-]+"
    # the prompt's own voice, a relative clause, a conjunction, the site's own
    # documents ("our privacy policy", "nuestra política", "unsere
    # Datenschutzerklärung"): no subject of a speech tag
    own = (
        r"(?!(?:you|your|we|our|us|which|that|who|as|and|but|or|so|como|comme|wie|y|et|und"
        r"|nuestr[oa]s?|notre|nos|votre|vos|unser\w*|ihr\w*|euer|eure\w*)\b)"
    )
    # a sentence after the tag's sentence on the same line
    more = r"\s*[.!?][\"”’»]?\s+(?=[\p{Lu}\d\"“‘«¿¡])"
    line_end = r"\s*[.!?][\"”’»]?\s*$"
    return regex.compile(
        # the verb in lower case ("... in the United States." has none), not
        # an imperative (", please read our Privacy Policy,"); a tag that ends
        # the sentence has a subject before its verb (", the poet wrote at
        # the foot of every page."; ", write us." is an imperative, and
        # ", you acknowledge that you have read ..." the prompt's own voice,
        # ", which explains more." a relative clause, ", as our policy
        # explains." the site's own document); one with another sentence
        # after it, or its verb first, has a verb in the past
        rf",\s+(?!please\b)(?:"
        rf"(?:{word}\s+){{0,5}}(?-i:{verbs})\b(?:\s+{word}){{0,3}}\s*,"
        rf"|(?!(?:you|we|which|that|who|as)\b)(?:{word}\s+){{1,6}}(?-i:{verbs})\b(?:\s+{word}){{0,{SPEECH_TAIL_WORDS}}}{line_end}"
        rf"|{own}(?:{word}\s+){{1,6}}(?-i:{past})\b(?:\s+{word}){{0,{SPEECH_TAIL_WORDS}}}{more}"
        rf"|(?-i:{inverted})\b\s+{own}(?!(?:uns|mir|euch|nos|nous|me|te|ihnen)\b)"
        rf"{word}(?:\s+{word}){{0,{SPEECH_TAIL_WORDS - 1}}}(?:{line_end}|{more}))",
        regex.IGNORECASE,
    )


#: Most words after the verb of a speech tag that ends a sentence (", the poet
#: wrote at the foot of every page.").
SPEECH_TAIL_WORDS = 10
#: Most lines a lead-in ending with a speech verb and a colon ("The terms
#: stated:") quotes (``quoted_lines``).
QUOTE_LINES = 3


@functools.cache
def _lead_in() -> "regex.Pattern":
    # ("found" tells a finding, not words: "The stories most readers found
    # useful:" heads a list)
    past = _speech_verbs(lambda k, w: k.endswith(":past") and w != "found")
    # a subject that a determiner opens, a verb of saying in the past, in
    # lower case, a colon ending the line: "The terms stated:", "One sign in
    # the car park said:", "The report quoted the banners readers saw:"; not
    # a comment's header ("Pell Andrews says:"), not "Please note:", not a
    # box of the site in its own voice, in the present ("The following notice
    # explains how we use cookies:", "The newsletter our readers asked for:")
    # (matched whole against one line that ends with a colon)
    return regex.compile(
        r"[ \t]*(?:the|a|an|one|its|his|her|their|each|every|some|many|several|both"
        r"|der|die|das|ein|eine|el|la|los|las|un|una|le|les|une)[ \t]"
        r"(?![^\n]*\b(?:we|our|us|you|your|unser\w*|nuestr\w*|notre|nos)\b)"
        rf"[^\n:]*?[ \t](?-i:{past})\b[^\n:]*:[ \t\r]*",
        regex.IGNORECASE,
    )


#: A colon at the end of a line: the few lines a lead-in may be, found in C.
_LINE_COLON = re.compile(r":[ \t\r]*\n")


@functools.lru_cache(maxsize=4)
def quoted_lines(text: str) -> frozenset[int]:
    """The starts (code points into ``text``) of the lines a lead-in quotes:
    after a line that ends with a verb of saying in the past and a colon
    ("The terms stated:", "The banner said:"; the ``[xx:past]`` verbs of
    ``patterns/speech.labels``), up to ``QUOTE_LINES`` lines that end a
    sentence. A court or regulator's report quotes a site's prompts that
    way; the prompt filters leave such lines alone (``reported``)."""
    out = []
    if ":" not in text:
        return frozenset()
    lead = None
    for c in _LINE_COLON.finditer(text):
        ls = text.rfind("\n", 0, c.start()) + 1
        if lead is None:
            lead = _lead_in()
        if lead.fullmatch(text, ls, c.end() - 1) is None:
            continue
        pos = c.end() - 1
        for _ in range(QUOTE_LINES):
            start = text.find("\n", pos)
            if start < 0:
                break
            start += 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end].rstrip()
            if not line.endswith((".", "!", "?", "\"", "”", "’", "'", "»")):
                break
            out.append(start)
            pos = end
    return frozenset(out)


def reported(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` quotes a prompt rather than being one: it
    holds a speech tag (``reported_speech``) or a lead-in above it quotes it
    (``quoted_lines``). The prompt filters (paywall, newsletter, legal,
    cookies, comment forms) leave such a line alone."""
    return reported_speech(text[start:end]) or (text.rfind("\n", 0, start) + 1) in quoted_lines(text)


#: A prompt named as the subject of a sentence in the past tense ("Subscribe
#: to keep reading was the message readers saw.", "Get the app was painted
#: on the wall."): a copula in the past and a determiner or a past participle
#: in lower case after it (then no relative pronoun before it), two to twelve
#: words in, the first word no pronoun or article (a site's own status line:
#: "Your comment was ...", "The page you requested was not found",
#: "Comments were closed ...").
_PROMPT_SUBJECT = regex.compile(
    r"[\W]*(?!(?:you|your|we|our|this|these|those|that|it|its|the|a|an|my|there|here|comments?)\b)"
    r"[\w'’-]+(?:(?:\s+[\w'’-]+){1,11}\s+(?:was|were)\s+(?:the|a|an|one|what|how|our|their|his|her|its)\b"
    # a participle after the copula: the words before it hold no relative
    # pronoun ("Download our app that was voted best app" is the prompt)
    r"|(?:\s+(?!(?:that|which|who|whom)\b)[\w'’-]+){1,11}\s+(?:was|were)\s+"
    r"(?-i:\p{Ll}{2,}ed|written|drawn|shown|seen|spoken|sung|hung|given)\b)",
    regex.IGNORECASE,
)


def reported_speech(line: str) -> bool:
    """``line`` holds a speech tag (", the leaflet urged,", ", the deed
    states,", or one that ends the sentence: ", the poet wrote at the foot of
    every page."; verbs in ``patterns/speech.labels``), or names the prompt as
    the subject of a sentence in the past tense ("Sign up for our newsletter
    was the slogan on every flyer."; ``_PROMPT_SUBJECT``): a sentence that
    quotes a prompt ("Download our app, the leaflet urged, but few did.")
    rather than the prompt itself. The prompt filters (paywall, newsletter,
    legal, cookies, comment forms) leave such a line alone."""
    if "," in line and _speech_tag().search(line) is not None:
        return True
    return (" was " in line or " were " in line) and _PROMPT_SUBJECT.match(line) is not None


#: Lines up to this long (code points) get a comparison key; longer lines are
#: never a label, a prompt or a credit line (captions are found by their tail).
MAX_KEY_LINE = 250


@functools.lru_cache(maxsize=4)
def label_keys(text: str) -> dict[str, list[tuple[int, int]]]:
    """Every line of at most ``MAX_KEY_LINE`` code points, by its comparison key
    (case-folded, edge punctuation and whitespace stripped):
    ``{key: [(start, end), ...]}``, keys in order of first occurrence.

    The rule filters look only at the keys that start with one of their
    prefixes or labels (``_gated``); they take them from ``_key_table``,
    which keys only the lines that may have such a key.
    """
    table: dict[str, list[tuple[int, int]]] = {}
    add = table.setdefault
    edge = _EDGE
    top = MAX_KEY_LINE
    pos = 0
    for ln in text.split("\n"):
        n = len(ln)
        if 0 < n <= top:
            add(ln.strip(edge).strip().casefold(), []).append((pos, pos + n))
        pos += n + 1
    table.pop("", None)  # blank after stripping: no key
    return table


#: The prefix gates (indices into ``_gated(text)``), one for each filter that
#: looks only at the label keys starting with one of its prefixes; the last
#: two pass the keys that start with a label of ``ads.labels`` or
#: ``navigation.labels``, so every key those filters look up is gated too.
_G_ICONS, _G_PAYWALL, _G_CREDITS, _G_ADS, _G_SHARE, _G_AD_LABELS, _G_NAV_LABELS = range(7)


@functools.lru_cache(maxsize=4)
def line_heads(text: str) -> tuple[list[str], list[str], list[int]]:
    """``(lines, heads, before)``: the lines of ``text`` (split at ``\\n``, the
    breaks left out), the first ``_PROBE`` code points of each, and the code
    points of the lines before each one, so that line ``i`` starts at
    ``before[i] + i`` (``i`` line breaks). Cached for the few most recent
    texts: the rule filters and the chrome scan (``chrome._Scan``) share one
    split, all of it done in C."""
    ls = text.split("\n")
    heads = list(map(itemgetter(slice(0, _PROBE)), ls))
    return ls, heads, list(accumulate(map(len, ls), initial=0))


#: Line starts: the first code points of a line, as written. There are far
#: fewer distinct ones than line heads, so their memos keep them all and a
#: line whose start no gate can open needs no look-up of its head.
_START = 3


@functools.lru_cache(maxsize=4)
def line_starts(text: str) -> list[str]:
    """The first ``_START`` code points of each line of ``text`` (all of it if
    shorter), in the order of ``line_heads``; cached likewise, made in C."""
    return list(map(itemgetter(slice(0, _START)), line_heads(text)[1]))


class _Memo(dict):
    """``key -> decide(key)``, filled on first sight; starts over when it holds
    ``_GATE_MEMO_SIZE`` keys."""

    def __init__(self, decide: "Callable[[str], bool]") -> None:
        super().__init__()
        self.decide = decide

    def __missing__(self, key: str) -> bool:
        got = self.decide(key)
        if len(self) >= _GATE_MEMO_SIZE:
            self.clear()
        self[key] = got
        return got


def _start_may(start: str) -> bool:
    """Whether a line that starts with ``start`` (its first ``_START`` code
    points, or all of it) may pass ``_head_may``: never false when that is
    true. The case fold of ``start`` (cut at ``_PROBE``) starts the line's
    probe, so a gate prefix can start the probe only if it starts with that
    fold or the fold starts with it."""
    if not start:
        return False
    if start[0] in _EDGE or start[0].isspace():
        return True
    fold = start.casefold()[:_PROBE]
    short, heads, digits = _gate_starts()
    return fold in heads or not short.isdisjoint(map(fold.__getitem__, _PROBE_HEADS)) or (digits and fold[0].isdigit())


@functools.cache
def _gate_starts() -> tuple[frozenset[str], frozenset[str], bool]:
    """``(short, heads, digits)``: the gate prefixes of at most ``_PROBE``
    characters; the first one to ``_PROBE`` characters of every gate prefix;
    whether a gate takes digits."""
    short, longer, digits = _gate_index()
    every = set(short) | {p for more in longer.values() for _, ps in more for p in ps}
    heads = frozenset(p[:i] for p in every for i in range(1, min(len(p), _PROBE) + 1))
    return frozenset(short), heads, bool(digits)


def _head_may(head: str) -> bool:
    """Whether a line that starts with ``head`` (its first ``_PROBE`` code
    points, or all of it) may have a key (``label_keys``) that passes a gate.

    A line whose first character is an edge mark or a space is always looked
    at (its key starts further in). Otherwise its key is the line with its
    end stripped, case-folded (one code point at a time), so the key starts
    with the case fold of ``head[:m]`` for some ``m``: all of ``head``, or
    less when the stripped line is shorter. A key shorter than ``_PROBE``
    passes only by a prefix it starts with, which ``head``'s case fold then
    starts with too; so ``head``'s own gate entry decides."""
    if not head:
        return False  # a blank line has no key
    if head[0] in _EDGE or head[0].isspace():
        return True
    return _probe_may(head.casefold()[:_PROBE])


def _probe_may(probe: str) -> bool:
    """``bool(_gate_entry(probe))``, without building the entry: the probe
    starts with a prefix of at most ``_PROBE`` characters of some gate, is
    the first ``_PROBE`` characters of a longer one, or starts with a digit
    and some gate takes digits."""
    short, longer, digits = _gate_index()
    return (
        not short.keys().isdisjoint(map(probe.__getitem__, _PROBE_HEADS))
        or probe in longer
        or (digits and probe[0].isdigit())
    )


#: Screens of line starts, ``start -> bool``: each is never false for a start
#: whose line its user must look at. Screen 0 is the label gates'
#: (``_start_may``); chrome's shared scan adds its own (``add_start_screen``).
#: A line start's code has bit ``k`` set when screen ``k`` lets it through, so
#: one memo look-up per line serves every screen: the look-ups of a large
#: memo, scattered in memory, cost more than the rest of the screening.
_START_SCREENS: list[Callable[[str], bool]] = [_start_may]
#: The bit of ``_start_may`` in a line start's code
_GATES_BIT = 1


def _start_code(start: str) -> int:
    """The code of a line start: bit ``k`` set when ``_START_SCREENS[k]`` passes it."""
    code = 0
    for k, screen in enumerate(_START_SCREENS):
        if screen(start):
            code |= 1 << k
    return code


#: the codes of the line starts (``_start_code``) and ``_head_may`` of the
#: heads seen so far
_start_memo = _Memo(_start_code)
_head_memo = _Memo(_head_may)
#: The start codes of the few most recent texts keyed (``_key_table``), for
#: the other screens' users to take (``start_codes``) instead of looking them
#: up again; at most ``_CODES_KEPT`` texts.
_codes_seen: dict[str, list[int]] = {}
_CODES_KEPT = 4


def add_start_screen(screen: Callable[[str], bool]) -> int:
    """Add ``screen`` to ``_START_SCREENS``; returns its bit in a line start's
    code. The codes remembered so far are dropped (they lack the new bit)."""
    _START_SCREENS.append(screen)
    _start_memo.clear()
    _codes_seen.clear()
    return 1 << (len(_START_SCREENS) - 1)


def _line_codes(text: str) -> list[int]:
    """The code (``_start_code``) of each line's start, looked up in the memo
    (in C, ``map``), and kept for ``start_codes``."""
    codes = list(map(_start_memo.__getitem__, line_starts(text)))
    if len(_codes_seen) >= _CODES_KEPT:
        _codes_seen.clear()  # (not one by one: safe when threads share it)
    _codes_seen[text] = codes
    return codes


def start_codes(text: str) -> list[int]:
    """The code of each line start of ``text`` (``_start_code``; a line passes
    screen ``k`` when ``code & (1 << k)``), in the order of ``line_heads``:
    the ones ``_key_table`` looked up for the same text when it was among the
    last few, else looked up now."""
    codes = _codes_seen.get(text)
    return _line_codes(text) if codes is None else codes


@functools.lru_cache(maxsize=4)
def _key_table(text: str) -> dict[str, list[tuple[int, int]]]:
    """``label_keys(text)`` for the lines whose key may pass a gate
    (``_head_may``): every key that passes one has all its lines here, in
    the same order; a key that passes none may be missing or have fewer.
    Which lines to key is decided by a dictionary look-up of each line's
    start (``_start_may``) and, where that may pass, of its head, in C
    (``map``), so only candidate lines are stripped and case-folded in
    Python."""
    lines, heads, before = line_heads(text)
    table: dict[str, list[tuple[int, int]]] = {}
    add_key = table.setdefault
    edge = _EDGE
    top = MAX_KEY_LINE
    # the lines whose start may open a gate, then of those the ones whose head may
    may = list(map(and_, _line_codes(text), repeat(_GATES_BIT)))
    for i in compress(compress(count(), may), map(_head_memo.__getitem__, compress(heads, may))):
        ln = lines[i]
        n = len(ln)
        if n <= top:
            key = ln.strip(edge).strip().casefold()
            if key:
                s = before[i] + i
                add_key(key, []).append((s, s + n))
    return table


@functools.cache
def _gate_prefixes() -> tuple[tuple[frozenset[str], bool], ...]:
    """``(prefixes, digits)`` of each gate: a key passes if it starts with one
    of ``prefixes``, or with a digit (``str.isdigit``) when ``digits``."""
    return (
        (frozenset(_SVG_WORDS), False),
        (frozenset(_prefixes("paywall.re")), False),
        (frozenset(_prefixes("credits.re")), True),
        (frozenset(_prefixes("ads.re")), False),
        # every share label line starts with the first word of a label
        (_share_tables()[1], False),
        (_labels("ads.labels") - {""}, False),
        (_labels("navigation.labels") - {""}, False),
    )


#: Keys are sorted to gates by their first ``_PROBE`` characters (the probe).
_PROBE = 5
# A probe -> ``(gate, prefixes)`` pairs: a key with that probe passes ``gate`` if
# it starts with one of ``prefixes`` (only prefixes longer than the probe are
# left to test), or whatever it goes on with if ``prefixes`` is ``None``.
_Entry = tuple[tuple[int, "tuple[str, ...] | None"], ...]
#: ``probe[s]`` for each ``s`` here: the probe's heads, shortest first.
_PROBE_HEADS = tuple(slice(0, i) for i in range(1, _PROBE + 1))
#: Most probes kept between texts; the table starts over when it is full.
_GATE_MEMO_SIZE = 1 << 16


@functools.cache
def _gate_sets() -> tuple[tuple[frozenset[str], dict[str, tuple[str, ...]], bool], ...]:
    """For each gate: its prefixes of at most ``_PROBE`` characters, its longer
    ones by their first ``_PROBE`` characters, and whether digits pass."""
    out = []
    for prefixes, digits in _gate_prefixes():
        if "" in prefixes:
            raise ValueError("a [prefix] entry is empty")
        longer: dict[str, list[str]] = {}
        for p in prefixes:
            if len(p) > _PROBE:
                longer.setdefault(p[:_PROBE], []).append(p)
        out.append(
            (
                frozenset(p for p in prefixes if len(p) <= _PROBE),
                {k: tuple(sorted(v)) for k, v in longer.items()},
                digits,
            )
        )
    return tuple(out)


@functools.cache
def _gate_index() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[tuple[int, tuple[str, ...]], ...]], tuple[int, ...]]:
    """``_gate_sets`` across the gates: each prefix of at most ``_PROBE``
    characters -> the gates it opens; the first ``_PROBE`` characters of each
    longer one -> ``(gate, its longer prefixes)`` pairs; the gates that take
    digits. Gates in ascending order."""
    short: dict[str, list[int]] = {}
    longer: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for g, (few, more, _) in enumerate(_gate_sets()):
        for p in few:
            short.setdefault(p, []).append(g)
        for probe, ps in more.items():
            longer.setdefault(probe, []).append((g, ps))
    digits = tuple(g for g, (_, _, d) in enumerate(_gate_sets()) if d)
    return {k: tuple(v) for k, v in short.items()}, {k: tuple(v) for k, v in longer.items()}, digits


@functools.cache
def _gate_firsts() -> frozenset[str]:
    """Every character a prefix starts with."""
    return frozenset(p[0] for prefixes, _ in _gate_prefixes() for p in prefixes if p)


@functools.cache
def _digit_entry() -> _Entry:
    """The ``_gated`` entry of a probe that starts with a digit no prefix
    starts with: every gate that takes digits, whatever follows."""
    return tuple((g, None) for g in sorted(_gate_index()[2]))


_gate_memo: dict[str, _Entry] = {}


def _gate_entry(probe: str) -> _Entry:
    """The ``_gated`` entry for keys whose first ``_PROBE`` characters (all of
    them, if fewer) are ``probe``."""
    c = probe[0]
    if c not in _gate_firsts():
        # no prefix starts with c: only the gates that take digits can pass
        # (most probes that get here are the starts of numbered lines)
        entry: _Entry = _digit_entry() if c.isdigit() else ()
    else:
        # one look-up per head of the probe in a table of all gates' short
        # prefixes, rather than one set test per gate
        short, longer, digits = _gate_index()
        whole = set(digits) if c.isdigit() else set()
        for i in range(1, len(probe) + 1):
            whole.update(short.get(probe[:i], ()))
        hits = [(g, None) for g in whole]
        hits += [(g, ps) for g, ps in longer.get(probe, ()) if g not in whole]
        entry = tuple(sorted(hits, key=itemgetter(0)))
    if len(_gate_memo) >= _GATE_MEMO_SIZE:
        _gate_memo.clear()
    _gate_memo[probe] = entry
    return entry


@functools.lru_cache(maxsize=4)
def _gated(text: str) -> tuple[list[str], ...]:
    """For each gate (``_G_ICONS``...), the keys of ``label_keys(text)`` that start
    with one of its prefixes (or a digit, where the gate takes digits), in key
    order. One pass over the keys with a dictionary look-up of each key's first
    characters serves every gate, so a filter pays per candidate key rather
    than per line."""
    out: tuple[list[str], ...] = tuple([] for _ in _gate_prefixes())
    get = _gate_memo.get
    n = _PROBE
    for key in _key_table(text):
        probe = key[:n]
        entry = get(probe)
        if entry is None:
            entry = _gate_entry(probe)
        for g, ps in entry:
            if ps is None or key.startswith(ps):
                out[g].append(key)
    return out


def _lines_holding(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """Sorted ``(start, end)`` of the lines holding any of the ``needles``
    (exact strings without ``\\n``), once each, found with ``str.find``."""
    found: set[tuple[int, int]] = set()
    n = len(text)
    for k in needles:
        # a one-character test first: it runs at memory speed, a longer find
        # is ten times slower per code point
        if k[0] not in text:
            continue
        i = text.find(k)
        while i >= 0:
            s = text.rfind("\n", 0, i) + 1
            e = text.find("\n", i)
            if e < 0:
                e = n
            found.add((s, e))
            i = text.find(k, e)
    return sorted(found)


@functools.lru_cache(maxsize=64)
def _hint_re(entry: str) -> "re.Pattern[str]":
    return re.compile(entry[3:])


@functools.lru_cache(maxsize=4)
def _lower(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (almost always), else ``None``."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _lines_with(text: str, keywords: tuple[str, ...], max_len: int = 1 << 30) -> list[tuple[int, int]]:
    """Sorted ``(start, end)`` of the lines (at most ``max_len`` code points) that
    contain any of the lower-case ``keywords``.

    Uses ``str.find`` on the lower-cased text, which runs in C at memory speed,
    so a filter pays per candidate line rather than per line of the document.
    """
    low = _lower(text)
    found: set[tuple[int, int]] = set()
    if low is None:  # a character whose lower case is longer: go line by line
        for s, e in lines(text):
            if e - s <= max_len:
                ln = text[s:e].lower()
                if any(
                    _hint_re(k).search(ln) if k.startswith("re:") else k in ln for k in keywords
                ):
                    found.add((s, e))
        return sorted(found)
    n = len(low)
    for k in keywords:
        if k.startswith("re:"):
            for m in _hint_re(k).finditer(low):
                s = low.rfind("\n", 0, m.start()) + 1
                e = low.find("\n", m.start())
                if e < 0:
                    e = n
                if e - s <= max_len:
                    found.add((s, e))
    for anchor, words in _anchors(keywords):
        # an anchor that is its only word needs no check at each hit
        alone = words == ((anchor, 0),)
        i = low.find(anchor)
        while i >= 0:
            if not alone and not any(low.startswith(w, i - o) for w, o in words if i >= o):
                i = low.find(anchor, i + 1)
                continue
            s = low.rfind("\n", 0, i) + 1
            e = low.find("\n", i)
            if e < 0:
                e = n
            if e - s <= max_len:
                found.add((s, e))
            i = low.find(anchor, e)
    return sorted(found)


@functools.lru_cache(maxsize=64)
def _anchors(keywords: tuple[str, ...]) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """How ``_lines_with`` finds the plain ``keywords``: ``(anchor, ((word,
    offset), ...))``, a string to look for and the words it stands for, each
    holding it at ``offset``. A one-character search runs many times faster
    than a longer one, and one search for a shared part ("oto" for "photo" and
    "foto") beats two: a word with a character outside ASCII is found by that
    character, words sharing three or more characters by what they share, the
    rest by themselves. Each hit is checked against its words."""
    words = sorted({k for k in keywords if k and not k.startswith("re:")})
    plan: list[tuple[str, list[str]]] = []
    rest: list[str] = []
    for w in words:
        c = next((ch for ch in w if not ch.isascii()), None)
        if c is not None and len(w) > 1:
            plan.append((c, [w]))
        else:
            rest.append(w)
    while rest:
        w = rest.pop(0)
        best = ""
        for v in rest:
            common = _longest_common(w, v)
            if len(common) > len(best):
                best = common
        if len(best) >= 3:
            group = [w] + [v for v in rest if best in v]
            rest = [v for v in rest if best not in v]
            plan.append((best, group))
        else:
            plan.append((w, [w]))
    return tuple(
        (anchor, tuple((w, o) for w in group for o in _offsets(w, anchor))) for anchor, group in plan
    )


def _offsets(word: str, part: str) -> list[int]:
    return [i for i in range(len(word) - len(part) + 1) if word.startswith(part, i)]


def _longest_common(a: str, b: str) -> str:
    """The longest string that both ``a`` and ``b`` hold (the first, if several)."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


# ------------------------------------------------------------------ icon_labels

# A glued token: "IconIcon", "FacebookIcon", "ChevronTitle" split at case changes.
_CAMEL = regex.compile(r"\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\d+")
_SKETCH = regex.compile(r"Created with Sketch\.?", regex.IGNORECASE)
# SVG layer names exported by design tools, alone on a line ("Group", "Group 3",
# "Rectangle Copy 2", "Combined Shape").
_SVG_LAYER = regex.compile(
    r"(?P<plain>Rectangle|Oval|Path|Shape|Layer|Fill|Stroke|Mask)"
    r"|(?:Artboard|Combined Shape|Group|Rectangle|Oval|Path|Shape|Layer|Fill|Stroke|Mask)"
    r"(?: Copy)?(?: \d{1,3})?",
)
_SVG_LINE = regex.compile(
    r"[ \t]*(?:" + _SVG_LAYER.pattern + r"|(?i:Created with Sketch\.?))[ \t]*"
)
_SVG_WORDS = (
    "group", "artboard", "combined shape", "shape", "rectangle", "oval", "path", "layer",
    "fill", "stroke", "mask", "created with sketch",
)
# Lines worth a closer look for icon runs hold one of these words.
_ICON_WORDS = ("icon", "sketch", "chevron", "artboard")
_GLUE = regex.compile(r"\p{Ll}\p{Lu}")

_ICON_TOKENS = frozenset({"icon", "icons", "artboard", "chevron"})


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
    keys = _key_table(text)
    weak: list[tuple[int, int]] = []
    for key in _gated(text)[_G_ICONS]:
        if len(key) > 40:
            continue
        spans = keys[key]
        m = _SVG_LINE.fullmatch(text, *spans[0])
        if m is None:
            continue
        if m.group("plain") is None:
            out.extend(Span(s, e, "svg_debris") for s, e in spans)
        else:  # "Stroke", "Mask": maybe a subheading, so only beside other debris
            weak.extend(spans)
    for s, e in _lines_with(text, _ICON_WORDS, max_len=MAX_LABEL_LINE):
        body = text[s:e].strip()
        if not body or _SVG_LINE.fullmatch(body) is not None:
            continue
        rest = _SKETCH.sub(" ", body)
        sketch = rest != body
        toks = _CAMEL.findall(rest)
        if len(toks) < 2 or any(t.casefold() not in vocab for t in toks):
            continue
        # There must be evidence this is icon debris, not a list of words:
        # an "Icon"/"Sketch" token or words glued without a space.
        glued = _GLUE.search(rest) is not None
        has_icon = any(t.casefold() in _ICON_TOKENS for t in toks)
        if sketch or glued or has_icon:
            out.append(Span(s, e, "icon_run"))
    if weak:
        # a lone layer name counts only beside other icon or SVG debris
        out.sort()
        for s, e in weak:
            if any(_adjacent(text, sp.end, s) or _adjacent(text, e, sp.start) for sp in out):
                out.append(Span(s, e, "svg_debris"))
        if len(weak) > 1:  # "Group" right above "Path": a run of layer names
            for (s1, e1), (s2, e2) in zip(weak, weak[1:]):
                if _adjacent(text, e1, s2):
                    out.extend((Span(s1, e1, "svg_debris"), Span(s2, e2, "svg_debris")))
        out = sorted(set(out))
    out.sort()
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
# What every placeholder starts with, as plain strings: ``str.find`` skips text
# far faster than a regex scan that has to try every position.
_PLACEHOLDER_OPENERS = ("{{", "{%", "<<", "${", "%(", "<%", "[[")
# Signs that a line is code, where placeholders are content.
_CODE_LINE = regex.compile(
    r"""^[ \t]{2,}\S                      # indented: a code block
      | `                                 # backticks: inline code, template literals
      | \b(?:return|function|const|let|var|def|print|printf|echo|import|class|done|fi|esac)\b
      | ;\s*(?:do|then)\s*$               # shell loops and conditionals
      | [\w\])]\s*=\s*["'`]?\s*(?:\{\{|\{%|<<|\$\{|%\(|<%|\[\[)  # an assignment of a placeholder
      | ^\s*(?:\$\s|>>>|\#\s|//)          # a prompt or a comment
    """,
    regex.VERBOSE,
)
# A line ending in ; { or } (outside placeholders) is code.
_CODE_END = regex.compile(r"[;{}]\s*$")
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
    out: list[Span] = []
    for s, e in _lines_holding(text, _PLACEHOLDER_OPENERS):
        if e - s > MAX_LABEL_LINE * 2:
            continue
        line = text[s:e]
        ms = list(_PLACEHOLDER.finditer(line))
        if not ms:
            continue
        if _CODE_LINE.search(line) or _CODE_END.search(_PLACEHOLDER.sub("x", line)):
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
def _hints(name: str) -> tuple[str, ...]:
    """The ``[hint]`` section of a pattern file: lower-case keywords that every
    match contains, used to pick candidate lines cheaply."""
    return tuple(_vocab(name).get("hint", ()))


_META_SECTIONS = frozenset({"hint", "prefix", "agency"})


def _patterns(name: str) -> list[str]:
    return [p for sec, ps in _vocab(name).items() if sec not in _META_SECTIONS for p in ps]


@functools.cache
def _hint_any(name: str) -> "re.Pattern[str]":
    """One pattern for "holds any ``[hint]`` keyword of ``name``", for short keys:
    the plain keywords as a trie (``_trie``), then the ``re:`` ones."""
    hints = _hints(name)
    alts = [k[3:] for k in hints if k.startswith("re:")]
    words = [k for k in hints if not k.startswith("re:")]
    if words:
        alts.insert(0, _trie(words))
    return re.compile("|".join(alts))


def _word_trie(words: Iterable[str]) -> dict:
    """``words`` as nested dicts, one level per character; the key ``""``
    marks where a word ends."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _trie(words: list[str]) -> str:
    """``re`` source matching where any of ``words`` starts (a search for it
    finds the same texts as one for their plain alternation), factored as a
    trie so each position costs a test or two rather than one per word."""
    root = _word_trie(words)

    def build(node: dict) -> str:
        if "" in node:  # a word ends here: what follows does not matter
            return ""
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


@functools.cache
def _prefixes(name: str) -> tuple[str, ...]:
    """The ``[prefix]`` section of a pattern file: how a matching line starts."""
    return tuple(_vocab(name).get("prefix", ()))


@functools.cache
def _paywall_split() -> _Split:
    """A whole line (spaces and one leading bullet aside) matching a prompt of
    ``paywall.re``, case-insensitively."""
    return _Split(_patterns("paywall.re"), bullets="•·*-")


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
    hint = _hint_any("paywall.re")
    keys = _key_table(text)
    # keys that start with a [prefix] (the gate) and hold a [hint]
    short = [
        (s, e)
        for key in _gated(text)[_G_PAYWALL]
        if hint.search(key)
        for s, e in keys[key]
        if _words(text[s:e]) <= PAYWALL_MAX_WORDS
    ]
    if not short:
        return []
    rx = _paywall_split()
    cands = sorted(
        se for se in short if rx.fullmatch(text, *se) and not reported(text, *se)
    )
    if not cands:
        return []
    # The lines around the prompts are walked from the prompts (``_lines_after``)
    # rather than listed for the whole text: a block or tail has few lines.
    out: list[Span] = [Span(s, e, "paywall_prompt") for s, e in cands]
    # short lines between two prompts
    for (_, a_end), (b_start, _) in zip(cands, cands[1:]):
        gap = []
        for s, e in _lines_after(text, a_end):
            if s >= b_start or len(gap) > PAYWALL_MAX_GAP:
                break
            if s != e:
                gap.append((s, e))
        if len(gap) <= PAYWALL_MAX_GAP and all(_words(text[s:e]) <= PAYWALL_GAP_WORDS for s, e in gap):
            out.extend(Span(s, e, "paywall_block") for s, e in gap)
    # bullets and short lines to the end of the text after the last prompt
    tail = []
    for s, e in _lines_after(text, cands[-1][1]):
        if s != e:
            tail.append((s, e))
            if len(tail) > PAYWALL_MAX_GAP:
                break
    if tail and len(tail) <= PAYWALL_MAX_GAP:
        ok = True
        for s, e in tail:
            line = text[s:e]
            if _words(line) > PAYWALL_TAIL_WORDS or (
                _SENTENCE_END.search(line) and not _BULLET.match(line)
            ):
                ok = False
                break
        if ok:
            out.extend(Span(s, e, "paywall_tail") for s, e in tail)
    # benefit bullets right after a prompt, even when the block goes on
    covered = {sp.start for sp in out}
    for _, h_end in cands:
        blank = 0
        for s, e in _lines_after(text, h_end):
            if s in covered:
                break
            line = text[s:e]
            if not line.strip():
                blank += 1
                if blank > 1:
                    break
                continue
            if not _BULLET.match(line) or _words(line) > PAYWALL_GAP_WORDS:
                break
            out.append(Span(s, e, "paywall_block"))
            blank = 0
    return out


def _lines_after(text: str, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line after the one that ends at ``end`` (at its
    ``\\n``, or at the end of the text: then there is none), as ``lines`` has them."""
    n = len(text)
    while end < n:
        s = end + 1
        e = text.find("\n", s)
        if e < 0:
            e = n
        yield s, e
        end = e


# ------------------------------------------------------------------ photo_credits


@functools.cache
def _credit_res() -> tuple[regex.Pattern, regex.Pattern]:
    """``(line, tail)``: a whole credit line, and a credit ending a caption."""
    return _credit_line_re(), _credit_tail_re()


@functools.cache
def _credit_line_re() -> regex.Pattern:
    line = "|".join(f"(?:{p})" for p in _vocab("credits.re").get("line", []))
    return regex.compile(rf"\s*(?:{line})\s*[.)]?\s*", regex.IGNORECASE)


@functools.cache
def _credit_tail_re() -> regex.Pattern:
    tail = "|".join(f"(?:{p})" for p in _vocab("credits.re").get("tail", []))
    # a credit at the end of a caption, after a sentence end (spaced, or
    # glued to a capital: "... isn't easy.Lena Hart/Getty"), a bracket or
    # a gap: "... on Thursday. (Photo: Lena Hart/AP)", "... Millbeck. Getty Images";
    # or glued to the caption's last word when the page set them in two
    # elements: "... near the harbourCredit: Lena Hart" (a capitalised label
    # right after a word's lower-case letters, never so in prose, and a name
    # after it; "iPhoto: Apple ..." has one letter before the label)
    return regex.compile(
        rf"(?:(?<=[.!?)\]”\"])(?:\s+|(?=(?-i:\p{{Lu}})))|\s+(?=[(©])|(?<=\p{{Ll}}\p{{Ll}})(?=(?-i:Credit|Photo|Image|Picture|Foto|Bild)s?[ \t]*[:：][ \t]*(?-i:[\p{{Lu}}\d©(@])))(?:{tail})\s*\.?\s*$",
        regex.IGNORECASE,
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
    keys = _key_table(text)
    out: list[Span] = []
    whole: set[int] = set()
    # keys that start with a [prefix] or a digit, and keys holding "/" that
    # end in an [agency] ("Lena Hart/AP")
    heads = set(_gated(text)[_G_CREDITS])
    slash = _slash_agency_keys(text) if "/" in text else {}
    heads.update(slash)
    alts = _credit_line_alts()
    probes = _credit_probes
    n = _CREDIT_PROBE
    for key in heads:
        if key[:1].isdigit() and _GLUED_COUNTER.match(key):
            # a gallery slide: its counter glued to its caption ("2of5Crews
            # clear the road"); the caption goes with the counter
            for s, e in keys[key]:
                m = _GLUED_COUNTER.match(text, s, e)
                if m is not None and text[m.end() : m.end() + 1].isupper():
                    out.append(Span(s, e, "gallery_counter"))
                    whole.add(s)
            continue
        if len(key) > 160:
            continue
        # a slash key has all its lines in ``slash``; a gated one in ``keys``
        for s, e in slash.get(key) or keys[key]:
            if alts is None:
                if _credit_line_re().fullmatch(text, s, e) is None:
                    continue
            else:  # only the [line] patterns this line can match (_credit_which)
                start = s - 1 if s else 0
                which = probes.get(text[start : min(e, s + n)])
                if which is None:
                    which = _credit_which(text, s, e)
                if not which or not _credit_try(alts, which, text, s, e):
                    continue
            line = text[s:e]
            if _sentence_after_label(line) or _copyright_sentence(line):
                continue
            if line.lstrip()[:1] == "©" and _states_rights(line):
                continue  # a site's copyright line: the legal filter's
            counter = _words(line) <= 4 and _COUNTER.search(line) is not None
            out.append(Span(s, e, "gallery_counter" if counter else "credit_line"))
            whole.add(s)
    tail_re = None
    for s, e in _lines_with(text, _hints("credits.re")):
        if s in whole:
            continue
        if tail_re is None:
            tail_re = _credit_tail_re()
        if tail_re.search(text, max(s, e - 140), e) and _words(text[s:e]) <= CAPTION_MAX_WORDS:
            out.append(Span(s, e, "captioned_credit"))
    out.sort()
    return out


@functools.cache
def _rights_phrases() -> tuple[str, ...]:
    """The rights phrases of ``patterns/legal.re`` ("all rights reserved",
    "alle rechte vorbehalten", ...), lower case."""
    return tuple(p.lower() for sec, ps in _vocab("legal.re").items() if sec.startswith("rights") for p in ps)


def _states_rights(line: str) -> bool:
    """``line`` states the rights ("© 2024 Harbour Gazette. All rights
    reserved."): a site's copyright notice, which the ``legal`` filter
    reports, not a photo credit."""
    low = line.lower()
    return any(p in low for p in _rights_phrases())


#: Lower-case words a credit may start with after "Photo:" ("Photo: courtesy of ...").
_CREDIT_LOWER_START = ("courtesy", "by ", "via ", "credit", "from ")
#: Of those, the ones that lead to a name rather than being the credit's own word.
_CREDIT_VIA = ("by ", "via ", "from ")


#: A photo's screen-reader label with no separator after it ("Image copyright
#: Fenwick Photo Agency"); what follows is checked by ``_sentence_after_label``.
_BARE_LABEL = regex.compile(
    r"\s*\(?(?:image|photo|picture)\s+(?:copyright|source|caption)(?:\s*[:：,]\s*|\s+)[\"'‘’“”«(\[]*",
    regex.IGNORECASE,
)


def _lower_sentence(rest: str, who: str) -> bool:
    """``rest``, what follows a credit's label or lead, is a sentence: three
    words or more ending with a sentence end, and ``who`` (``rest``, or its
    part after "by"/"via"/"from") starts in lower case with no credit's own
    word ("courtesy", "by") and no lower-case agency (``[prefix]`` of
    ``credits.re``: "dpa", "istock")."""
    low = who.lower()
    return (
        who[:1].islower()
        and len(rest.split()) >= 3
        and _SENTENCE_END.search(rest) is not None
        and not who.startswith(_CREDIT_LOWER_START)
        and not any(low.startswith(p) and low[len(p) : len(p) + 1] in ("", " ", "/") for p in _prefixes("credits.re"))
    )


def _sentence_after_label(line: str) -> bool:
    """After a "Photo:"-style label, a sentence rather than a credit: it starts
    in lower case (a credit names someone), ends with a full stop and has at
    least ``CREDIT_SENTENCE_WORDS`` words ("Photo: the warehouses in 1962, from
    the city archive, was shown at the meeting."). After a screen-reader label
    ("Image copyright", "Image caption,"), a sentence of three words or more
    that starts in lower case, past any quote or bracket, and ends with a full
    stop, "!", "?" or a CJK sentence end ("Image copyright law changed last year."): credits and
    captions start in upper case or have no sentence end ("Image source:
    wikimedia commons"), and an agency written in lower case (``[prefix]`` of
    ``credits.re``: "dpa", "istock") is a credit in any case."""
    bare = _BARE_LABEL.match(line)
    if bare is not None:
        rest = line[bare.end() :]
        # "by", "via", "from" lead to whoever took the picture: what follows
        # decides ("Image copyright by Lena Hart." is a credit, "Image
        # copyright by the council was never claimed." a sentence)
        head = rest.startswith(_CREDIT_VIA) and len(rest.split()) >= 3
        return _lower_sentence(rest, rest.split(None, 1)[1] if head else rest)
    for colon in (":", "："):
        _, sep, rest = line.partition(colon)
        if sep:
            rest = rest.strip()
            return (
                rest[:1].islower()
                and not rest.startswith(_CREDIT_LOWER_START)
                and rest.endswith(".")
                and len(rest.split()) >= CREDIT_SENTENCE_WORDS
            )
    return False


#: Words from which the text after a "Photo:" label that starts in lower case
#: and ends with a full stop is a sentence, not a credit.
CREDIT_SENTENCE_WORDS = 8

#: A copyright mark, "(c)" or "Copyright" and a year, as a credit line opens.
_COPYRIGHT_LEAD = regex.compile(r"\s*(?:©|\(c\)|copyright)\s*(?:©\s*|\(c\)\s*)?(?:(?:19|20)\d\d\b)?[\s,:]*", regex.IGNORECASE)


def _copyright_sentence(line: str) -> bool:
    """A sentence that starts with the word "Copyright" or a year after a
    mark ("Copyright 2021 changes to the law angered many musicians, she
    said."): after the lead (``_COPYRIGHT_LEAD``), three words or more that
    start in lower case and end with a sentence end. A credit names whoever
    holds the right ("© 2024 Lena Hart", "Copyright 2021 Getty Images"), in
    upper case or as a lower-case agency (``[prefix]`` of ``credits.re``),
    and seldom ends a sentence."""
    m = _COPYRIGHT_LEAD.match(line)
    if m is None or not m.group().strip():
        return False
    rest = line[m.end() :]
    return _lower_sentence(rest, rest)


#: A line is tried against the ``[line]`` patterns its first characters allow
#: (``_credit_which``): this many of them, the ``\\n`` before aside.
_CREDIT_PROBE = 5


@functools.cache
def _credit_line_alts() -> tuple[tuple[regex.Pattern, tuple[str, ...]], ...] | None:
    """Each ``[line]`` pattern of ``credits.re`` alone, wrapped as in
    ``_credit_res`` (the whole-line pattern matches a line if and only if one of
    these does), with the characters it requires (``_required``). ``None`` when
    a pattern refers to a group or sets a flag inline, which splitting could
    change."""
    pats = _vocab("credits.re").get("line", [])
    if not pats or any(_REFERS.search(p) for p in pats):
        return None
    return tuple(
        (regex.compile(rf"\s*(?:{p})\s*[.)]?\s*", regex.IGNORECASE), _required(p)) for p in pats
    )


def _required(pattern: str) -> tuple[str, ...]:
    """Sets of characters (as strings) such that every match of ``pattern``
    holds one of each: the caseless literal characters and classes of them that
    the pattern cannot skip (outside alternatives, optional parts and
    lookarounds). Read with the standard library's parser; ``\\p{..}`` and
    other ``regex`` syntax it lacks count as unknown classes; a pattern it
    cannot read requires nothing."""
    src = regex.sub(r"\\[pP]\{[^}]*\}|\\[pP][A-Z]|\\L<\w+>", r"\\w", pattern)
    if _SRE_DIFFERS.search(src):
        return ()
    try:
        items = list(_sre_parse.parse(src, re.IGNORECASE))
    except Exception:  # syntax the standard library parser does not know
        return ()
    c = _sre_parse
    out: list[str] = []

    def caseless(ch: str) -> bool:
        return not ch.isalpha() and ch.lower() == ch == ch.upper()

    def walk(items: list) -> None:
        for op, av in items:
            if op is c.LITERAL and caseless(chr(av)):
                out.append(chr(av))
            elif op is c.IN and av and all(o is c.LITERAL and caseless(chr(a)) for o, a in av):
                out.append("".join(chr(a) for _, a in av))
            elif op is c.SUBPATTERN:
                walk(list(av[-1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                walk(list(av[2]))

    walk(items)
    return tuple(out)


class _Split:
    """``fullmatch`` of ``\\s*(?:[bullets]\\s*)?(?:a1|a2|...)\\s*`` (IGNORECASE) on a
    line, compiling and trying only the alternatives ``ai`` whose first
    character (``_first_chars``) can be the line's first one after its spaces
    (or after a bullet and spaces): the same answer as the whole alternation,
    which costs tens of milliseconds to compile and more per line to try."""

    def __init__(self, patterns: list[str], bullets: str = "") -> None:
        self.bullets = bullets
        self.head = rf"\s*(?:[{re.escape(bullets)}]\s*)?" if bullets else r"\s*"
        self.patterns = patterns
        self.compiled: list[regex.Pattern | None] = [None] * len(patterns)
        self.whole: regex.Pattern | None = None
        self.split = bool(patterns) and not any(_REFERS.search(p) for p in patterns)
        firsts = [_first_chars(p) if self.split else None for p in patterns]
        always = {i for i, f in enumerate(firsts) if f is None}
        by_char: dict[str, set[int]] = {}
        for i, f in enumerate(firsts):
            for ch in f or ():
                by_char.setdefault(ch, set()).add(i)
        self.always = tuple(sorted(always))
        self.by_char = {ch: tuple(sorted(ix | always)) for ch, ix in by_char.items()}
        self.all = tuple(range(len(patterns)))

    def _which(self, text: str, s: int, e: int) -> tuple[int, ...]:
        """The alternatives a line ``text[s:e]`` may match, by its first
        character (every one if it is not ASCII: case folding may pair it with
        an ASCII letter)."""
        spaces = _regex_spaces()
        i = s
        while i < e and text[i] in spaces:
            i += 1
        if i == e or not text[i].isascii():
            return self.all
        c = text[i]
        which = self.by_char.get(c.lower(), self.always)
        if c in self.bullets:
            i += 1
            while i < e and text[i] in spaces:
                i += 1
            if i == e or not text[i].isascii():
                return self.all
            which = tuple(sorted({*which, *self.by_char.get(text[i].lower(), ())}))
        return which

    def fullmatch(self, text: str, s: int, e: int) -> bool:
        """Whether the whole alternation matches all of ``text[s:e]``."""
        if not self.split:
            if self.whole is None:
                alts = "|".join(f"(?:{p})" for p in self.patterns)
                self.whole = regex.compile(rf"{self.head}(?:{alts})\s*", regex.IGNORECASE)
            return self.whole.fullmatch(text, s, e) is not None
        compiled = self.compiled
        for i in self._which(text, s, e):
            rx = compiled[i]
            if rx is None:
                rx = compiled[i] = regex.compile(rf"{self.head}(?:{self.patterns[i]})\s*", regex.IGNORECASE)
            if rx.fullmatch(text, s, e) is not None:
                return True
        return False


#: A pattern that refers to a group or sets a flag inline: splitting an
#: alternation of such patterns could change what they match.
_REFERS = regex.compile(r"\\\d|\\g<|\(\?(?:P[=>]|[+-]?\d|&|[a-zA-Z]+[):])")
#: ``regex`` syntax that the standard library's parser reads differently
#: without an error (POSIX classes, fuzzy matching, names in braces): patterns
#: with it are not analysed (``_required``, ``_first_chars``).
_SRE_DIFFERS = regex.compile(r"\[\[:|\{[^}]*[a-zA-Z][^}]*\}")


@functools.cache
def _regex_spaces() -> frozenset[str]:
    """The characters ``regex`` takes for ``\\s`` (all of them are
    ``str.isspace``, which takes a few more)."""
    return frozenset(c for c in _ISSPACE if regex.match(r"\s", c))


#: Every character for which ``str.isspace`` holds (Unicode White_Space, and
#: the information separators U+001C..U+001F).
_ISSPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"


def _first_chars(pattern: str) -> frozenset[str] | None:
    """Lower-case ASCII characters one of which starts every match of
    ``pattern`` (IGNORECASE), read with the standard library's parser; ``None``
    when that is not known: any other first character, a first character that
    may be a space, a possibly empty match, or syntax the parser lacks."""
    if _SRE_DIFFERS.search(pattern):
        return None
    try:
        items = list(_sre_parse.parse(pattern, re.IGNORECASE))
    except Exception:
        return None
    c = _sre_parse
    digits = frozenset("0123456789")

    def item(op, av) -> tuple[frozenset[str] | None, bool]:
        if op is c.LITERAL:
            ch = chr(av)
            return (frozenset({ch.lower()}), False) if ch.isascii() else (None, False)
        if op is c.IN:
            out: set[str] = set()
            for o, a in av:
                if o is c.LITERAL and chr(a).isascii():
                    out.add(chr(a).lower())
                elif o is c.RANGE and a[1] < 128 and a[1] - a[0] < 64:
                    out.update(chr(x).lower() for x in range(a[0], a[1] + 1))
                elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                    out |= digits
                else:
                    return None, False
            return frozenset(out), False
        if op is c.BRANCH:
            out = set()
            empty = False
            for alt in av[1]:
                f, n = seq(list(alt))
                if f is None:
                    return None, False
                out |= f
                empty = empty or n
            return frozenset(out), empty
        if op is c.SUBPATTERN:
            return seq(list(av[-1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            f, n = seq(list(av[2]))
            return f, n or av[0] == 0
        if op is getattr(c, "ATOMIC_GROUP", None):
            return seq(list(av))
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return frozenset(), True
        return None, False

    def seq(items: list) -> tuple[frozenset[str] | None, bool]:
        out: set[str] = set()
        for op, av in items:
            f, n = item(op, av)
            if f is None:
                return None, False
            out |= f
            if not n:
                return frozenset(out), False
        return frozenset(out), True

    f, empty = seq(items)
    if f is None or empty or any(ch.isspace() for ch in f):
        return None
    return f


_credit_probes: dict[str, tuple[int, ...]] = {}
#: ``_credit_which`` by a line's first ``_CREDIT_SHORT`` characters (with the
#: ``\n`` before): far fewer distinct ones than probes, so a new probe is tried
#: only against the alternatives its short probe left (most lines that reach
#: ``_credit_which`` start with a digit, and only the counter pattern can).
_credit_shorts: dict[str, tuple[int, ...]] = {}
_CREDIT_SHORT = 2


def _credit_partial(alts, which, probe: str, at: int) -> tuple[int, ...]:
    """The indices in ``which`` of the ``alts`` that ``probe[at:]`` can start
    a match of (``regex`` partial matching; ``probe[:at]`` is context)."""
    return tuple(i for i in which if alts[i][0].fullmatch(probe, at, partial=True) is not None)


def _credit_which(text: str, s: int, e: int) -> tuple[int, ...]:
    """Indices of the ``_credit_line_alts`` that the line ``text[s:e]`` may
    match: those of whose matches its first ``_CREDIT_PROBE`` characters can be
    the start (``regex`` partial matching, remembered per start in
    ``_credit_probes``). A probe whose first ``_CREDIT_SHORT`` characters can
    start no match of an alternative cannot either, so only the alternatives
    the short probe allows (remembered in ``_credit_shorts``) are tried."""
    start = s - 1 if s else 0  # with the "\\n" before, for a lookbehind
    probe = text[start : min(e, s + _CREDIT_PROBE)]
    which = _credit_probes.get(probe)
    if which is None:
        alts = _credit_line_alts() or ()
        at = s - start
        short = probe[: at + _CREDIT_SHORT]
        few = _credit_shorts.get(short)
        if few is None:
            few = _credit_partial(alts, range(len(alts)), short, at)
            if len(_credit_shorts) >= _GATE_MEMO_SIZE:
                _credit_shorts.clear()
            _credit_shorts[short] = few
        which = few if len(short) == len(probe) or not few else _credit_partial(alts, few, probe, at)
        if len(_credit_probes) >= _GATE_MEMO_SIZE:
            _credit_probes.clear()
        _credit_probes[probe] = which
    return which


def _credit_try(
    alts: tuple[tuple[regex.Pattern, tuple[str, ...]], ...], which: tuple[int, ...], text: str, s: int, e: int
) -> bool:
    """Whether one of the ``alts`` numbered ``which`` matches all of
    ``text[s:e]`` (tried only if the line holds its required characters)."""
    for i in which:
        rx, required = alts[i]
        # most alternatives require nothing: no generator to build for them
        if not required or all(any(text.find(ch, s, e) >= 0 for ch in chars) for chars in required):
            if rx.fullmatch(text, s, e) is not None:
                return True
    return False


@functools.cache
def _credit_agencies() -> tuple[str, ...]:
    return tuple(_vocab("credits.re").get("agency", ()))


def _slash_agency_keys(text: str) -> dict[str, list[tuple[int, int]]]:
    """``{key: [(start, end), ...]}`` (as ``label_keys`` has them) for the keys
    that hold a ``/`` and end in an ``[agency]`` of ``credits.re``. Every line
    with such a key holds a ``/``, so visiting the lines that hold one finds
    all of them, whatever gate their key passes."""
    agencies = _credit_agencies()
    edge = _EDGE
    top = MAX_KEY_LINE
    out: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    i = text.find("/")
    while i >= 0:
        s = text.rfind("\n", 0, i) + 1
        e = text.find("\n", i)
        if e < 0:
            e = n
        if e - s <= top:
            key = text[s:e].strip(edge).strip().casefold()
            if "/" in key and key.endswith(agencies):
                out.setdefault(key, []).append((s, e))
        i = text.find("/", e)
    return out


_COUNTER = regex.compile(r"\d{1,3}\s*(?:of|/|von|de|sur|di|из)\s*\d{1,3}")
#: A gallery counter glued to the caption after it ("3of8Volunteers …"): the
#: scraper joined two elements with no space, so the counter's last digit
#: touches a letter (an upper-case one, checked on the original text). Only
#: "of": "1/2Tsp", "24/7Wall St." and "50/50Raffle" are fractions and names.
_GLUED_COUNTER = regex.compile(r"[ \t]*\d{1,3}of\d{1,3}(?=\p{L})")


# ------------------------------------------------------------------ share

_SPLIT_LABELS = regex.compile(r"\s*[|·•/,]\s*|\s{2,}")


def _label_run(line: str, vocab: frozenset[str]) -> int:
    """Number of labels if ``line`` is made only of labels from ``vocab``
    (spaced, separated by ``|``/``•``/``,`` or glued CamelCase), else 0."""
    key = _label_key(line)
    if key in vocab:
        return 1
    parts = [p for p in _SPLIT_LABELS.split(line.strip()) if p]
    if len(parts) > 1 and all(_share_label(_label_key(p), vocab) for p in parts):
        return len(parts)
    words = line.split()
    if len(words) > 1:
        # greedy longest match over words: "Facebook Twitter Email Copy link",
        # "Email this story Print this story"
        i, n = 0, 0
        firsts = _share_tables()[1]
        while i < len(words):
            # every label and phrase starts with a word of the share gate
            head = _label_key(words[i])
            if head and head not in firsts:
                return 0
            for j in range(min(len(words), i + 6), i, -1):
                if _share_label(_label_key(" ".join(words[i:j])), vocab):
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


@functools.cache
def _share_tables() -> tuple[frozenset[str], frozenset[str], "re.Pattern[str]"]:
    """``(vocab, first, glued)``: the keys of ``share.labels``; the first
    words of those labels and of the phrases of ``share.re`` (its
    ``[prefix]``), which is the share gate; two or more one-word labels glued."""
    vocab = _labels("share.labels")
    first = frozenset(k.split()[0] for k in vocab) | frozenset(_prefixes("share.re"))
    words = sorted((k for k in vocab if k.isalpha()), key=len, reverse=True)
    glued = re.compile("(?:" + "|".join(map(re.escape, words)) + "){2,}")
    return vocab, first, glued


@functools.cache
def _share_notes() -> frozenset[str]:
    """The keys of the ``[note]`` sections of ``share.labels``: a share
    panel's notes, which join a run of share lines but make none."""
    return frozenset(_label_key(e) for sec, es in _vocab("share.labels").items() if sec.startswith("note") for e in es)


@functools.cache
def _share_phrase() -> "regex.Pattern":
    """A share, mail or print button written as a phrase (``share.re``), to be
    matched against a whole comparison key (``_label_key``)."""
    alts = "|".join(f"(?:{p})" for p in _patterns("share.re"))
    return regex.compile(rf"(?:{alts})", regex.IGNORECASE)


@functools.cache
def _phrase_firsts() -> frozenset[str]:
    """The words a phrase of ``share.re`` may start with (its ``[prefix]``)."""
    return frozenset(_prefixes("share.re"))


def _share_phrase_key(key: str) -> bool:
    """``key`` (a comparison key of two words or more) is a phrase of
    ``share.re``; the regex runs only if its first word may start one."""
    first, sp, _ = key.partition(" ")
    return bool(sp) and first in _phrase_firsts() and _share_phrase().fullmatch(key) is not None


def _share_label(key: str, vocab: frozenset[str]) -> bool:
    """``key`` (a comparison key) is a share label of ``vocab`` or a phrase of
    ``share.re`` of two words or more."""
    return key in vocab or _share_phrase_key(key)


#: Where labels glued without a space meet: a lower-case letter (or the "+"
#: of "Google+") right before an upper-case one ("Email to a friendPrint").
_GLUE_POINT = regex.compile(r"(?<=[\p{Ll}+])(?=\p{Lu})")


def _glued_labels(line: str, vocab: frozenset[str]) -> bool:
    """``line`` is two or more share labels or phrases glued at case changes
    ("FacebookTwitterGoogle+LinkedIn", "Email to a friendPrinter friendly"),
    each piece a label, a phrase or a run of them."""
    parts = _GLUE_POINT.split(line.strip())
    if len(parts) < 2:
        return False
    # greedy longest join of pieces, as names carry case changes of their
    # own ("LinkedIn", "WhatsApp")
    i, n, k = 0, 0, len(parts)
    while i < k:
        for j in range(min(k, i + 4), i, -1):
            piece = "".join(parts[i:j])
            if _share_label(_label_key(piece), vocab) or _label_run(piece, vocab) > 1:
                i, n = j, n + 1
                break
        else:
            return False
    return n > 1


_LABEL_SEPS = frozenset("|·•/,")



def _adjacent(text: str, prev_end: int, start: int) -> bool:
    """True when line ``start`` follows the line ending at ``prev_end`` directly
    or after one blank line."""
    return start == prev_end + 1 or (start == prev_end + 2 and text[prev_end + 1] == "\n")


#: A line that is one web address: the link a share panel offers to copy.
_BARE_LINK = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


def _link_between(text: str, prev_end: int, start: int) -> bool:
    """True when the only line between the line ending at ``prev_end`` and
    line ``start`` is a bare web address ("http://example.org/news/123"): a
    share panel's "Copy this link" stands over the link it copies."""
    if text[prev_end : prev_end + 1] != "\n" or text[start - 1 : start] != "\n" or start - prev_end < 3:
        return False
    return "\n" not in text[prev_end + 1 : start - 1] and _BARE_LINK.fullmatch(text, prev_end + 1, start - 1) is not None


def share_button(line: str) -> bool:
    """``line`` is one share, mail or print button (a label of
    ``share.labels`` or a phrase of ``share.re``): "Share", "Email", "Share
    on Facebook"."""
    return _share_label(_label_key(line), _share_tables()[0])


def share(text: str) -> list[Span]:
    """Social share and follow button labels.

    Reasons: ``share_labels`` (a line of two or more labels: "Facebook Twitter
    Email Copy link", "FacebookTwitterPinterest", "FacebookGoogle+LinkedIn",
    "Email to a friendPrint page"; or a share-verb label: "Share this
    article", "Compartir en X", "Поделиться"; or a button phrase of
    ``patterns/share.re``: "Share this on WhatsApp", "Email this story to a
    friend", "Click to print (Opens in new window)"), ``share_run`` (single labels
    on consecutive lines next to another share line: "Share / Facebook / Twitter";
    a share panel's notes, ``[note]`` of ``share.labels``, "Close share panel",
    go only in a run with a button or a network's name).
    A lone "Twitter" or "Print" line with no share line beside it stays.
    """
    vocab, first, glued = _share_tables()
    notes = _share_notes()
    keys = _key_table(text)
    # (start, end, strong): True for a share verb or phrase, False for a
    # button or a network's name, None for a panel's note
    found: list[tuple[int, int, bool | None]] = []
    # every line below starts with the first word of a label: a label itself,
    # glued labels, or a first label and more
    for key in _gated(text)[_G_SHARE]:
        spans = keys[key]
        if key in vocab:
            strong = None if key in notes else _SHARE_VERB.match(key) is not None
            found.extend((a, b, strong) for a, b in spans)
        elif _share_phrase_key(key):
            # "Share this on WhatsApp", "Email this story to a friend"
            found.extend((a, b, True) for a, b in spans)
        elif key.isalpha():
            if len(key) >= 6 and glued.fullmatch(key):
                for a, b in spans:
                    line = text[a:b].strip()
                    # glued labels are CamelCase in the text: "FacebookTwitter"
                    if sum(1 for c in line if c.isupper()) >= 2:
                        found.append((a, b, True))
        elif (" " in key or not _LABEL_SEPS.isdisjoint(key)) and (
            key.split(None, 1)[0].rstrip("|·•/,") in first
        ):
            for a, b in spans:
                if _label_run(text[a:b], vocab) > 1 or _glued_labels(text[a:b], vocab):
                    found.append((a, b, True))
        else:
            # labels glued at case changes, with a "+" or inner spaces:
            # "FacebookTwitterGoogle+LinkedIn"
            for a, b in spans:
                if _glued_labels(text[a:b], vocab):
                    found.append((a, b, True))
    if not found:
        return []
    found.sort()
    out: list[Span] = []
    i, n = 0, len(found)
    while i < n:
        j = i + 1
        while j < n and (
            _adjacent(text, found[j - 1][1], found[j][0]) or _link_between(text, found[j - 1][1], found[j][0])
        ):
            j += 1
        run = found[i:j]
        if (
            len(run) >= 2 and not _announced(text, run[0][0]) and any(st is not None for _, _, st in run)
        ) or any(st for _, _, st in run):
            out.extend(Span(a, b, "share_labels" if st else "share_run") for a, b, st in run)
        i = j
    return out


def _announced(text: str, start: int) -> bool:
    """The line before the one at ``start`` (blank lines aside) ends with a
    colon: it announces a list ("The services named most often were:"), so
    single labels under it are the article's list items."""
    p = start - 1
    while p > 0 and text[p - 1] == "\n":
        p -= 1
    prev = text[text.rfind("\n", 0, p) + 1 : p].rstrip()
    return prev.endswith((":", "："))


# ------------------------------------------------------------------ ads


#: Longest sponsored blurb or affiliate disclosure line (words).
ADS_MAX_WORDS = 60


#: Sections of ``patterns/affiliate.re`` that are no clauses.
_AFFILIATE_META = frozenset({"hint", "lead", "object", "deixis", "reported"})


@functools.cache
def _affiliate_tests() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """``(clause, object, deixis, reported)`` of ``patterns/affiliate.re``:
    any clause at a sentence start (the line's start, past a ``[lead]`` label
    and colon, a bullet or an asterisk, or after a sentence end); a word that
    starts with an ``[object]`` entry (links, buying: what a disclosure is
    about); a ``[deixis]`` word or a lead with its colon (the reader or the
    page pointed at); a ``[reported]`` word (reported speech). All
    case-insensitive."""
    v = _vocab("affiliate.re")

    def alt(name: str) -> str:
        return "|".join(f"(?:{p})" for p in v.get(name, ()))

    clauses = "|".join(f"(?:{p})" for sec, ps in v.items() if sec not in _AFFILIATE_META for p in ps)
    lead = rf"(?:(?:{alt('lead')})\s*[:：]\s*|[*•·]\s*)?"
    flags = regex.IGNORECASE
    return (
        regex.compile(rf"(?:(?<=\A|\n)\s*|(?<=[.!?])\s+){lead}(?:{clauses})", flags),
        regex.compile(rf"\b(?:{alt('object')})", flags),
        regex.compile(rf"\b(?:{alt('deixis')})\b|\b(?:{alt('lead')})\s*[:：]", flags),
        regex.compile(rf"\b(?:{alt('reported')})\b", flags),
    )


@functools.cache
def _ads_blurb_split() -> _Split:
    """A whole line (spaces aside) matching a blurb of ``ads.re``,
    case-insensitively."""
    return _Split(_patterns("ads.re"))


def ad_labels(text: str, slots: bool = False) -> list[tuple[int, int]]:
    """The lines of ``text`` that are only an ad label (the ``ads.labels``
    vocabulary), as ``(start, end)`` code points of the line, half-open, in
    text order; with ``slots``, only an ad slot's label ("Advertisement",
    "Story continues below advertisement", "Anzeige": its ``[slot:xx]``
    sections), not a sponsored-content marker ("Sponsored links"). The
    structural classifier reads past the slots' labels (``structure``): such
    a label stands inside an article as often as around it."""
    keys = _key_table(text)
    vocab = _slot_labels() if slots else _labels("ads.labels")
    return sorted(span for k in keys.keys() & vocab for span in keys[k])


@functools.cache
def _slot_labels() -> frozenset[str]:
    return frozenset(_label_key(e) for k, v in _vocab("ads.labels").items() if k.startswith("slot:") for e in v)


def ads(text: str) -> list[Span]:
    """Advertisement slot labels and sponsored-content markers.

    Reasons: ``ad_label`` (a line that is only a label: "Advertisement",
    "Story continues below advertisement", "PUBLICIDAD", "Anzeige", "広告"),
    ``sponsored_blurb`` (the line that explains a sponsored label: "About
    Sponsored Content This content was commissioned by ..."),
    ``affiliate_disclosure`` (a line saying the page or its writer may be paid
    for purchases made through its links: "When you buy through links on our
    site, we may earn an affiliate commission."; the disclosure the US FTC's
    endorsement guides ask for; clauses in ``patterns/affiliate.re``); both
    only when the line is at most ``ADS_MAX_WORDS`` words long.
    """
    vocab = _labels("ads.labels")
    keys = _key_table(text)
    out = [Span(a, b, "ad_label") for a, b in ad_labels(text)]
    labelled = {sp.start for sp in out}
    lines = _lines_with(text, _hints("affiliate.re"))
    if lines:
        clause, about, deixis, reported = _affiliate_tests()
    for s, e in lines:
        if (
            s not in labelled
            and _words(text[s:e]) <= ADS_MAX_WORDS
            and clause.search(text, s, e)
            and about.search(text, s, e)
            and deixis.search(text, s, e)
            and not reported.search(text, s, e)
        ):
            out.append(Span(s, e, "affiliate_disclosure"))
            labelled.add(s)
    for key in _gated(text)[_G_ADS]:
        if key not in vocab:
            for s, e in keys[key]:
                if (
                    s not in labelled
                    and _words(text[s:e]) <= ADS_MAX_WORDS
                    and _ads_blurb_split().fullmatch(text, s, e)
                ):
                    out.append(Span(s, e, "sponsored_blurb"))
    out.sort()
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
    keys = _key_table(text)
    out = [Span(a, b, "nav_label") for k in keys.keys() & vocab for a, b in keys[k]]
    out.sort()
    return out
