"""Normalizers shared by the model and the interchange format."""

from __future__ import annotations

import re

_A_NUMBER = re.compile(r"^A?\s*-?\s*((?:\d[\s-]?){7,9})$", re.IGNORECASE)


def normalize_a_number(value: str | None) -> str | None:
    """An Alien Registration Number: 7 to 9 digits, stored as 9 (zero-padded on the left).

    Accepts ``A012345678``, ``A-012-345-678``, ``12345678``; raises ``ValueError`` otherwise.
    USCIS forms print it in 9 boxes, left-padded with zeros (form instructions, e.g. I-589 Part A.I item 1).
    """
    if value is None or str(value).strip() == "":
        return None
    m = _A_NUMBER.match(str(value).strip())
    if not m:
        raise ValueError(f"{value!r} is not an A-number (7 to 9 digits, optionally starting with A)")
    digits = re.sub(r"\D", "", m.group(1))
    if not 7 <= len(digits) <= 9:
        raise ValueError(f"{value!r} is not an A-number (7 to 9 digits)")
    if int(digits) == 0:
        raise ValueError("an A-number cannot be all zeros")
    return digits.zfill(9)
