"""Reading French diplomatic news: from article text to typed events.

The pipeline (normalise → segment → recognise mentions → assemble events →
resolve) lives in private modules; this package exposes its entry points.
"""

from diplorel.extract._pipeline import (
    ExtractionFailure,
    ExtractionWarning,
    extract,
    extract_many,
    publication_date,
    vetoed,
)

__all__ = [
    "ExtractionFailure",
    "ExtractionWarning",
    "extract",
    "extract_many",
    "publication_date",
    "vetoed",
]
