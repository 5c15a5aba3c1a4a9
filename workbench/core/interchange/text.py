"""What text from outside (an import file, a hub record) may hold, and safe file names.

Refused, with the JSON path of the field and the code point, never the value:

* a lone surrogate (``"\\ud800"`` is valid JSON, but not text: SQLite, UTF-8 files and every
  export would fail on it later, far from the cause);
* NUL (PostgreSQL text cannot hold it; C libraries and PDF writers cut names short at it). The
  other control characters stay: text typed or pasted into the app may hold them (a vertical
  tab from a word processor), and an export must import again;
* the invisible bidirectional *embedding, override and isolate* controls U+202A-U+202E and
  U+2066-U+2069 ("Trojan Source", CVE-2021-42574): they make a name or a note display in an
  order other than the one stored, on screen and on a filed form. The single-character marks
  (LRM U+200E, RLM U+200F, ALM U+061C) are ordinary parts of Arabic and Hebrew text and stay.

Refusing (rather than silently removing) keeps the rule "bad input gets a clear message and
loses nothing": the sender fixes the field and sends it again. The hub applies the same rule to
pushed records (``core/sync/text_safety.py``), plus NaN/Infinity, which the importer already
refuses while parsing.

``safe_file_name`` turns a stored ``original_filename`` (which another device or file chose)
into a plain base name before it is used as the default name of an exported copy: no folders
(``/etc/passwd`` -> ``passwd``, ``../../x`` -> ``x``, ``C:\\x`` -> ``x``), no control characters.
"""

from __future__ import annotations

import re
from typing import Iterator

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BAD = re.compile("[\x00\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NOT_IN_FILE_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def text_problem(value: str) -> str | None:
    """Why ``value`` is refused (naming the code point, not the text), or ``None``."""
    m = _BAD.search(value)
    if m is None:
        return None
    ch = m.group()
    code = f"U+{ord(ch):04X}"
    if "\ud800" <= ch <= "\udfff":
        return f"is not valid Unicode text (a lone surrogate, {code})"
    if ch in BIDI_CONTROLS:
        return (f"contains an invisible text-direction control ({code}) that makes text display in another order "
                "than it is stored; remove it")
    return f"contains a NUL character ({code}) that has no place in text"


def json_path(parent: str, key) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if isinstance(key, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", key):
        return f"{parent}.{key}"
    return f"{parent}[…]"  # a hostile key is not echoed


def walk(doc, root: str = "$") -> Iterator[tuple[str, object, bool]]:
    """Every (path, value, is_key) in ``doc``, iteratively (no recursion, whatever the depth)."""
    stack = [(root, doc)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for k, v in value.items():
                yield json_path(path, k), k, True
                stack.append((json_path(path, k), v))
        elif isinstance(value, list):
            stack.extend((json_path(path, i), v) for i, v in enumerate(value))
        else:
            yield path, value, False


INT64 = (-(2 ** 63), 2 ** 63 - 1)


def value_problems(doc, root: str = "$") -> list[tuple[str, str]]:
    """Text and number problems anywhere in ``doc`` (keys included), as (JSON path, message)."""
    problems = []
    for path, value, is_key in walk(doc, root):
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                problems.append((path, ("a field name " if is_key else "") + problem))
        elif isinstance(value, int) and not isinstance(value, bool) and not INT64[0] <= value <= INT64[1]:
            problems.append((path, "is a number too large to store"))
        elif isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            problems.append((path, "is not a finite number (NaN and Infinity are not JSON)"))
    problems.sort()
    return problems


def safe_file_name(name: str | None, limit: int = 255) -> str | None:
    """The base name of ``name`` without folders or control characters, or ``None`` if nothing is left."""
    if not name:
        return None
    base = re.split(r"[/\\]", str(name))[-1]
    base = re.sub(r"^[A-Za-z]:", "", base)  # a Windows drive prefix ("C:x")
    base = _NOT_IN_FILE_NAMES.sub("", base).strip().strip(".").strip()
    if not base:
        return None
    return base[:limit]
