"""The forms engine's low layer: recognise an official USCIS blank and fill it, in memory.

Qt-free and database-free: bytes in, bytes out. Field maps from the domain model sit above this
(``forms/`` at the repository root holds them as data). See docs/forms-engine.md.

- :mod:`.editions`: known form editions; ``identify(pdf) -> Edition``.
- :mod:`.pdf_fill`: ``list_fields(pdf)``, ``fill_pdf(pdf, values, ...) -> FilledPdf``.
"""

from .editions import EDITIONS, Edition, Recognition, UnknownEditionError, identify, known_editions, recognize
from .pdf_fill import (
    FieldInfo, FilledPdf, FillRefused, FillReport, FormPdfError, Note, PdfOpenError, Refusal, fill_pdf,
    flatten_pdf, list_fields,
)

__all__ = [
    "EDITIONS", "Edition", "Recognition", "UnknownEditionError", "identify", "known_editions", "recognize",
    "FieldInfo", "FilledPdf", "FillRefused", "FillReport", "FormPdfError", "Note", "PdfOpenError", "Refusal",
    "fill_pdf", "flatten_pdf", "list_fields",
]
