"""cleantext: clean scraped article text and report exactly what was removed.

Public surface: ``clean``, ``Pipeline``, ``FILTERS``, ``PRESETS``, ``decode``,
``Report``, ``Removal``, ``Repair``, ``Span``, ``Cleaned``, ``clean_many`` (many
documents on several processes, in order) and the exceptions
``BinaryInputError`` and ``FilterError``.
"""

from .core import Cleaned, FilterError, Removal, Repair, Report, Span
from .encoding import BinaryInputError, Decoded, decode
from .pipeline import FILTERS, PRESETS, Pipeline, clean
from .batch import clean_many

__version__ = "0.1.0"

__all__ = [
    "clean",
    "clean_many",
    "Pipeline",
    "FILTERS",
    "PRESETS",
    "decode",
    "Decoded",
    "Report",
    "Removal",
    "Repair",
    "Span",
    "Cleaned",
    "BinaryInputError",
    "FilterError",
    "__version__",
]
