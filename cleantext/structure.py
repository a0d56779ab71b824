"""Structural classifier: main content versus page chrome, from plain text.

``structure(text) -> list[Span]`` labels lines and blocks from evidence in the
text alone (not yet implemented: finds nothing).
"""

from __future__ import annotations

from .core import Span

__all__ = ["structure"]


def structure(text: str) -> list[Span]:
    """Structural boilerplate classifier (not yet implemented: finds nothing)."""
    return []
