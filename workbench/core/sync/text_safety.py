"""Values a record may not carry, shared by the hub (push, bundles, conflict resolution) and
anything on the device that wants the same rule.

Refused, wherever they occur in a value (dict keys included):

* NUL (U+0000): PostgreSQL text cannot hold it, C-string consumers truncate at it, and no
  legal fact needs it;
* unpaired surrogates (U+D800-U+DFFF): not Unicode scalar values; they cannot be encoded as
  UTF-8, so an export or a log line fails on them later, far from the cause;
* the bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069):
  they reorder how a span is *displayed* ("Trojan Source"), so a name or an A-number can read
  differently from what is stored. The bidi *marks* (U+200E, U+200F, U+061C) stay allowed:
  they only nudge the direction of neutral characters and are how people type mixed
  Arabic/Hebrew and Latin text;
* floats that are not numbers (NaN, +/-Infinity): JSON has no way to write them.

Refusing beats neutralizing here: silently editing a legal fact is worse than asking the person
who typed it. Messages name the field and the code point, never the value (client data).
"""

from __future__ import annotations

import math
import re

_UNSAFE = re.compile("[\x00\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _describe(ch: str) -> str:
    code = ord(ch)
    if code == 0:
        kind = "a NUL character"
    elif 0xD800 <= code <= 0xDFFF:
        kind = "an unpaired surrogate (not valid Unicode)"
    else:
        kind = "a bidirectional control character"
    return f"{kind} (U+{code:04X})"


def unsafe_text(text: str) -> str | None:
    """What is wrong with ``text`` (a short description without the text), or None."""
    match = _UNSAFE.search(text)
    return _describe(match.group()) if match else None


def find_unsafe(value, _depth: int = 0) -> str | None:
    """The first refused thing inside a JSON-like value, described without the value, or None.

    Callers bound the nesting beforehand (the hub refuses deep JSON before parsing it); the
    walk stops at depth 64 regardless and reports that as a problem too.
    """
    if _depth > 64:
        return "values nested too deeply"
    if isinstance(value, str):
        return unsafe_text(value)
    if isinstance(value, float):
        return None if math.isfinite(value) else "a number that is NaN or Infinity"
    if isinstance(value, dict):
        for key, item in value.items():
            problem = (unsafe_text(key) if isinstance(key, str) else None) or find_unsafe(item, _depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, (list, tuple)):
        for item in value:
            problem = find_unsafe(item, _depth + 1)
            if problem:
                return problem
    return None
