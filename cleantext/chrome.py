"""Page-chrome rule filters: cookie banners, newsletter prompts, related and
most-read lists, comment sections, bylines and timestamps, breadcrumbs, tag
lists, language selectors, login and search boxes, legal and copyright lines.

Each filter is ``filter(text: str) -> list[Span]`` (code-point offsets into
``text``, half-open); reason codes are documented in ``docs/filters.md``.
"""

from __future__ import annotations

from .core import Span

__all__ = ["cookies", "newsletter", "related", "comments", "bylines", "legal", "site_chrome"]


def cookies(text: str) -> list[Span]:
    """Cookie and consent banners (not yet implemented: finds nothing)."""
    return []


def newsletter(text: str) -> list[Span]:
    """Newsletter, app and follow prompts (not yet implemented: finds nothing)."""
    return []


def related(text: str) -> list[Span]:
    """Related, recommended and most-read link lists (not yet implemented: finds nothing)."""
    return []


def comments(text: str) -> list[Span]:
    """Comment sections and comment forms (not yet implemented: finds nothing)."""
    return []


def bylines(text: str) -> list[Span]:
    """Bylines, timestamps and reading times (not yet implemented: finds nothing)."""
    return []


def legal(text: str) -> list[Span]:
    """Legal, copyright and footer lines (not yet implemented: finds nothing)."""
    return []


def site_chrome(text: str) -> list[Span]:
    """Breadcrumbs, tag lists, language/edition selectors, login and search boxes
    (not yet implemented: finds nothing)."""
    return []
