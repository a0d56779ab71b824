"""The filter registry, presets, ``Pipeline`` and ``clean``."""

from __future__ import annotations

from types import MappingProxyType
from typing import Iterable, Mapping, Union

from . import chrome as _c
from . import filters as _f
from . import structure as _s
from .core import Cleaned, Filter, FilterError, Report, cut
from .encoding import prepare

__all__ = ["FILTERS", "PRESETS", "Pipeline", "clean", "DEFAULT", "CONSERVATIVE"]

#: Every named filter, in the order the default pipeline runs them. Overlaps
#: between filters go to the one listed first.
FILTERS: Mapping[str, Filter] = MappingProxyType(
    {
        "icon_labels": _f.icon_labels,
        "placeholders": _f.placeholders,
        "paywall": _f.paywall,
        "photo_credits": _f.photo_credits,
        "share": _f.share,
        "ads": _f.ads,
        "navigation": _f.navigation,
        "cookies": _c.cookies,
        "newsletter": _c.newsletter,
        "related": _c.related,
        "comments": _c.comments,
        "bylines": _c.bylines,
        "legal": _c.legal,
        "site_chrome": _c.site_chrome,
        "structure": _s.structure,
    }
)

#: Named pipelines: ``"conservative"`` runs only the rule filters, which remove
#: what a rule identifies with certainty; ``"default"`` adds the structural
#: classifier (when registered).
PRESETS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "conservative": tuple(n for n in FILTERS if n != "structure"),
        "default": tuple(FILTERS),
    }
)

FilterSpec = Union[str, Filter, tuple[str, Filter]]


def _entry(spec: FilterSpec) -> tuple[str, Filter]:
    if isinstance(spec, str):
        if spec not in FILTERS:
            raise KeyError(
                f"unknown filter {spec!r}; valid names: {', '.join(FILTERS)}"
            )
        return spec, FILTERS[spec]
    if isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[0], str) and callable(spec[1]):
        return spec[0], spec[1]
    if callable(spec):
        name = getattr(spec, "__name__", None) or getattr(getattr(spec, "func", None), "__name__", None)
        if not name:
            raise TypeError(
                f"cannot name filter {spec!r}: pass it as a (name, callable) pair"
            )
        return name, spec
    raise TypeError(
        f"a filter is a registry name, a callable or a (name, callable) pair, not {spec!r}"
    )


class Pipeline:
    """An ordered, immutable list of named filters plus the repair switch.

    ``Pipeline()`` is the default preset. Build others with
    ``Pipeline.preset("conservative")``, ``Pipeline(["share", "ads"])``,
    ``p.only("share")``, ``p.without("ads")``, ``p.add(my_filter)``; a custom
    filter is any callable ``str -> Iterable[Span]`` (or ``(start, end,
    reason)`` tuples). ``fix_text=False`` turns off mojibake, entity and markup
    repair (whitespace normalisation always runs). Pipelines pickle when their
    filters do (module-level functions and ``functools.partial`` of them).

    Raises ``KeyError`` for an unknown filter name (the message lists the valid
    ones) and ``ValueError`` for a duplicate name.
    """

    __slots__ = ("_entries", "fix_text")

    def __init__(
        self, filters: Iterable[FilterSpec] | None = None, *, fix_text: bool = True
    ) -> None:
        specs = PRESETS["default"] if filters is None else filters
        entries = tuple(_entry(s) for s in specs)
        names = [n for n, _ in entries]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"duplicate filter name(s) in pipeline: {', '.join(sorted(dup))}")
        self._entries = entries
        self.fix_text = fix_text

    @classmethod
    def preset(cls, name: str, *, fix_text: bool = True) -> "Pipeline":
        """The named preset (``"default"`` or ``"conservative"``).
        Raises ``KeyError`` for another name."""
        if name not in PRESETS:
            raise KeyError(f"unknown preset {name!r}; valid presets: {', '.join(PRESETS)}")
        return cls(PRESETS[name], fix_text=fix_text)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n, _ in self._entries)

    def only(self, *names: str) -> "Pipeline":
        """Keep only the named filters, in this pipeline's order.

        Raises ``ValueError`` when no name is given (an empty selection is a
        mistake, as ``--only ''`` is on the command line) and ``KeyError`` for
        a name this pipeline does not have."""
        if not names:
            raise ValueError(
                f"only() needs at least one filter name; this pipeline has: {', '.join(self.names)}"
            )
        self._check(names)
        return Pipeline([e for e in self._entries if e[0] in names], fix_text=self.fix_text)

    def without(self, *names: str) -> "Pipeline":
        """Drop the named filters (``KeyError`` for a name this pipeline does
        not have). Dropping them all leaves a pipeline that only repairs
        encoding and whitespace, as ``Pipeline([])`` does."""
        self._check(names)
        return Pipeline([e for e in self._entries if e[0] not in names], fix_text=self.fix_text)

    def add(self, flt: FilterSpec, *, name: str | None = None, index: int | None = None) -> "Pipeline":
        """Insert a filter (at the end, or at ``index``)."""
        entry = _entry((name, flt) if name is not None else flt)  # type: ignore[arg-type]
        entries = list(self._entries)
        entries.insert(len(entries) if index is None else index, entry)
        return Pipeline(entries, fix_text=self.fix_text)

    def reorder(self, *names: str) -> "Pipeline":
        """The same filters in the given order (all names must be given)."""
        if sorted(names) != sorted(self.names):
            raise ValueError(f"reorder needs exactly these names: {', '.join(self.names)}")
        by = dict(self._entries)
        return Pipeline([(n, by[n]) for n in names], fix_text=self.fix_text)

    def _check(self, names: Iterable[str]) -> None:
        bad = [n for n in names if n not in self.names]
        if bad:
            raise KeyError(
                f"unknown filter(s) {', '.join(map(repr, bad))}; "
                f"this pipeline has: {', '.join(self.names)}"
            )

    def __iter__(self):
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Pipeline)
            and self._entries == other._entries
            and self.fix_text == other.fix_text
        )

    def __hash__(self) -> int:
        return hash((self._entries, self.fix_text))

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r}, fix_text={self.fix_text})"

    def __getstate__(self):
        return (self._entries, self.fix_text)

    def __setstate__(self, state) -> None:
        self._entries, self.fix_text = state

    # ---------------------------------------------------------------- running

    def find(self, source: str) -> list[tuple[int, int, int, str, str]]:
        """Run every filter on ``source``; validated ``(start, end, rank, name,
        reason)`` tuples. Raises ``FilterError`` naming a filter that returned a
        span out of bounds, empty, or without a string reason, or something
        that is not a list of spans, and naming a filter that raised an
        exception (while called or while its spans were iterated): the
        ``FilterError`` says which filter and what it raised, and the filter's
        own exception is its ``__cause__``. ``MemoryError`` is not wrapped."""
        n = len(source)
        found = []
        for rank, (name, fn) in enumerate(self._entries):
            try:
                got = fn(source)
            except MemoryError:
                raise
            except Exception as e:
                raise _raised(name, e) from e
            try:
                spans = iter(got)
            except TypeError:
                raise FilterError(
                    f"filter {name!r} returned {type(got).__name__}; expected a list of "
                    "Span(start, end, reason) (an empty list when it finds nothing)"
                ) from None
            try:  # a generator filter may fail part-way
                for sp in spans:
                    try:
                        start, end, reason = sp
                    except (TypeError, ValueError):
                        raise FilterError(
                            f"filter {name!r} returned {sp!r}; expected a Span(start, end, reason)"
                        ) from None
                    if not (
                        type(start) is int
                        and type(end) is int
                        and 0 <= start < end <= n
                        and isinstance(reason, str)
                        and reason
                    ):
                        raise FilterError(
                            f"filter {name!r} returned an invalid span {tuple(sp)!r} for a text of "
                            f"{n} code points; spans need 0 <= start < end <= len(text) and a "
                            "non-empty reason string"
                        )
                    found.append((start, end, rank, name, reason))
            except (FilterError, MemoryError):
                raise
            except Exception as e:
                raise _raised(name, e) from e
        return found

    def clean(self, data: str | bytes, *, encoding: str | None = None) -> Cleaned:
        """Clean ``data`` with this pipeline; see ``cleantext.clean`` for the
        arguments and exceptions. A filter that raises, or returns an invalid
        span, makes this raise ``FilterError`` naming the filter (see ``find``)."""
        prep = prepare(data, encoding=encoding, fix_text=self.fix_text)
        source = prep.source
        removals = cut(source, self.find(source))
        report = Report(
            source=source,
            removals=removals,
            repairs=prep.repairs,
            encoding=prep.encoding,
            input_kind=prep.input_kind,
            input_length=prep.input_length,
            replaced_bytes=prep.replaced_bytes,
            pipeline=self.names,
            notes=prep.notes,
            input_map=prep.input_map,
        )
        return Cleaned(report.replay(), report)


def _raised(name: str, e: Exception) -> FilterError:
    return FilterError(
        f"filter {name!r} raised {type(e).__name__}: {e}; fix the filter or leave it "
        "out of the pipeline"
    )



_DEFAULT = None


def _default() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def clean(
    data: str | bytes,
    *,
    pipeline: Pipeline | str | None = None,
    encoding: str | None = None,
) -> Cleaned:
    """Clean scraped article text: returns ``Cleaned(text, report)``.

    ``data``: ``str``, or ``bytes`` in any encoding (decoded by
    ``cleantext.decode``; ``encoding`` forces a codec). ``pipeline``: a
    ``Pipeline``, a preset name (``"default"``, ``"conservative"``) or ``None``
    for the default. ``report.removals`` lists every removed span as code-point
    offsets into ``report.source`` (the text after decoding and repair).

    Raises ``TypeError`` for other input types, ``BinaryInputError`` for bytes
    that are binary data (PDF, image, archive), ``LookupError`` for an unknown
    ``encoding``, ``KeyError`` for an unknown preset, ``FilterError`` when a
    filter returns an invalid span or raises an exception (the message names
    the filter and the exception, which is the ``FilterError``'s
    ``__cause__``). With the built-in filters, never raises on any ``str``
    content.
    """
    return resolve_pipeline(pipeline).clean(data, encoding=encoding)


def resolve_pipeline(pipeline: Pipeline | str | None) -> Pipeline:
    """``pipeline`` as a ``Pipeline``: ``None`` is the default preset (one shared
    instance), a string names a preset (``KeyError`` for an unknown one)."""
    if pipeline is None:
        return _default()
    if isinstance(pipeline, str):
        return Pipeline.preset(pipeline)
    return pipeline


DEFAULT = "default"
CONSERVATIVE = "conservative"
