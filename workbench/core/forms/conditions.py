"""Conditions in field maps: when a field, a part or an explanation applies.

Why data and not code: whether "If No, specify location" applies depends on the person's answer,
whether I-360 Part 8 applies depends on the matter's kind. Writing those as conditions in the map
keeps the decision beside the field it governs, reviewable next to the form's own words, and the
same for the GUI's questionnaire, the checks and the fill.

Grammar (forms/README.md): ``{"path": P, "is": V}``, ``{"path": P, "in": [V, ...]}``,
``{"path": P, "answered": true|false}``, ``{"path": P, "at_least": N}`` (a number, e.g. an age, at
least N; a missing value never is), ``{"all": [C, ...]}``, ``{"any": [C, ...]}``, ``{"not": C}``.
Strings compare case-insensitively; booleans compare as booleans (a missing yes/no answer is
neither true nor false, so ``{"is": false}`` does not hold for it).
"""

from __future__ import annotations

from typing import Any, Callable

_KEYS = ({"path", "is"}, {"path", "in"}, {"path", "answered"}, {"path", "at_least"}, {"all"}, {"any"}, {"not"})


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _same(value: Any, wanted: Any) -> bool:
    if isinstance(wanted, bool) or isinstance(value, bool):
        return value is wanted if isinstance(value, bool) and isinstance(wanted, bool) else False
    if value is None:
        return wanted is None
    return str(value).strip().lower() == str(wanted).strip().lower()


def problems(cond: Any, check_path: Callable[[str], str | None]) -> list[str]:
    """What is wrong with ``cond`` (empty when it is well formed); ``check_path`` vets each path."""
    if not isinstance(cond, dict) or set(cond) not in _KEYS:
        return [f"a condition must be one of {[sorted(k) for k in _KEYS]}, not {cond!r}"]
    if "path" in cond:
        err = check_path(cond["path"]) if isinstance(cond["path"], str) else "a condition's path must be a string"
        if "in" in cond and not isinstance(cond["in"], list):
            return ["'in' takes a list"]
        if "answered" in cond and not isinstance(cond["answered"], bool):
            return ["'answered' takes true or false"]
        if "at_least" in cond and (isinstance(cond["at_least"], bool) or not isinstance(cond["at_least"], (int, float))):
            return ["'at_least' takes a number"]
        return [err] if err else []
    if "not" in cond:
        return problems(cond["not"], check_path)
    parts = cond.get("all", cond.get("any"))
    if not isinstance(parts, list) or not parts:
        return ["'all' and 'any' take a non-empty list of conditions"]
    return [p for c in parts for p in problems(c, check_path)]


def holds(cond: dict, lookup: Callable[[str], Any]) -> bool:
    """Whether ``cond`` holds, reading values through ``lookup(path)``."""
    if "path" in cond:
        value = lookup(cond["path"])
        if "is" in cond:
            return _same(value, cond["is"])
        if "in" in cond:
            return any(_same(value, w) for w in cond["in"])
        if "at_least" in cond:
            return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= cond["at_least"]
        return (not _blank(value)) == cond["answered"]
    if "not" in cond:
        return not holds(cond["not"], lookup)
    if "all" in cond:
        return all(holds(c, lookup) for c in cond["all"])
    return any(holds(c, lookup) for c in cond["any"])
