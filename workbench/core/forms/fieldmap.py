"""Field maps: declarative data (``forms/<form>/<edition>.json``) from AcroForm fields to the
profile, and the resolver that turns a profile into field values.

A map entry is one of:

* ``source`` — a dotted path into the profile (see ``profile.py``), optionally with ``format``
  (how to write it), ``checked_when`` (for a check box: checked when the value equals this, or
  one of a list), ``if_blank`` (what to write when there is no answer and the form's
  instructions allow it, e.g. "N/A" or "None"; reported), ``required`` (a check fails without
  an answer), ``group`` (a repeating list the continuation sheet extends);
* ``literal`` — a constant the form wants (e.g. a check box that is always ticked for this form);
* ``left_to_user`` — a category (signature, preparer, interpreter, office_use, barcode, attorney_only,
  not_applicable, user) and ``why``: the field is deliberately not filled.

Every entry carries ``q``, the question as the form words it (its /TU tooltip), for reviewers,
and ``part``/``item`` for continuation sheets. The format of the file is in forms/README.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import WorkbenchError

FORMS_DIR = Path(__file__).resolve().parents[3] / "forms"
FORMATS = {"text", "date", "month_year", "a_number", "ssn", "phone", "phone_area", "phone_number", "zip", "zip4", "upper",
           "name", "names", "yes_no", "year", "number", "list"}
LEFT_CATEGORIES = {"signature", "preparer", "interpreter", "office_use", "barcode", "attorney_only",
                   "not_applicable", "user"}
ROOTS = {"client", "matter", "addresses", "passport", "travel_document", "entries", "last_entry", "spouse",
         "children", "parents", "siblings", "education", "employment", "contacts", "interpreter",
         "certifying_agency", "attorney", "answers", "today", "member", "mother", "father"}
_SEGMENT = re.compile(r"^([a-z_][a-z0-9_]*)(?:\[(\d+)\])?$")
ENTRY_KEYS = {"q", "source", "literal", "left_to_user", "why", "format", "checked_when", "if_blank", "required",
              "group", "part", "item", "join", "index"}


class FieldMapError(WorkbenchError):
    pass


@dataclass(frozen=True)
class FieldRule:
    name: str
    q: str
    source: str | list[str] | None = None  # a list: joined with ``join``, or the first answered one
    literal: Any = None
    left_to_user: str | None = None
    why: str | None = None
    format: str = "text"
    checked_when: Any = None
    if_blank: str | None = None
    required: bool = False
    group: str | None = None
    part: str | None = None
    item: str | None = None
    join: str | None = None

    @property
    def sources(self) -> list[str]:
        return [] if self.source is None else [self.source] if isinstance(self.source, str) else list(self.source)


@dataclass(frozen=True)
class FieldMap:
    form: str
    edition: str
    questions: dict[str, dict]
    groups: dict[str, dict]
    rules: dict[str, FieldRule]
    path: Path


@dataclass
class Resolution:
    values: dict[str, str | bool] = field(default_factory=dict)
    auto_filled: list[tuple[str, str]] = field(default_factory=list)  # (field, what was written)
    missing_required: list[FieldRule] = field(default_factory=list)
    left_to_user: list[FieldRule] = field(default_factory=list)


def map_path(form: str, edition: str) -> Path:
    return FORMS_DIR / form / f"{edition.replace('/', '-')}.json"


def available_maps() -> list[tuple[str, str]]:
    out = []
    for p in sorted(FORMS_DIR.glob("*/*.json")):
        out.append((p.parent.name, p.stem.replace("-", "/")))
    return out


def _check_path(path: str, questions: dict) -> str | None:
    parts = path.split(".")
    if parts[0].split("[")[0] not in ROOTS:
        return f"unknown root {parts[0]!r}"
    if parts[0] == "answers":
        if len(parts) < 2 or parts[1] not in questions:
            return f"answer {path!r} is not declared under 'questions'"
        return None
    for seg in parts:
        if not _SEGMENT.match(seg):
            return f"bad path segment {seg!r}"
    return None


@lru_cache(maxsize=32)
def load_map(form: str, edition: str) -> FieldMap:
    path = map_path(form, edition)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FieldMapError(f"There is no field map for {form} edition {edition} ({path}).") from None
    except json.JSONDecodeError as exc:
        raise FieldMapError(f"The field map {path} is not valid JSON: {exc}") from None
    return parse_map(data, path)


def parse_map(data: dict, path: Path = Path("(memory)")) -> FieldMap:
    problems = []
    questions = data.get("questions", {})
    groups = data.get("groups", {})
    rules = {}
    for name, entry in data.get("fields", {}).items():
        unknown = set(entry) - ENTRY_KEYS
        kinds = [k for k in ("source", "literal", "left_to_user") if k in entry]
        if unknown:
            problems.append(f"{name}: unknown keys {sorted(unknown)}")
        if len(kinds) != 1:
            problems.append(f"{name}: needs exactly one of source, literal, left_to_user (has {kinds})")
            continue
        if "q" not in entry:
            problems.append(f"{name}: the question text 'q' is missing")
        fmt = entry.get("format", "text")
        if fmt not in FORMATS:
            problems.append(f"{name}: unknown format {fmt!r}")
        if "left_to_user" in entry and entry["left_to_user"] not in LEFT_CATEGORIES:
            problems.append(f"{name}: unknown left_to_user category {entry['left_to_user']!r}")
        if "left_to_user" in entry and not entry.get("why"):
            problems.append(f"{name}: left_to_user needs a 'why'")
        if "source" in entry:
            paths = entry["source"] if isinstance(entry["source"], list) else [entry["source"]]
            for p in paths:
                err = _check_path(p, questions) if isinstance(p, str) else "a source path must be a string"
                if err:
                    problems.append(f"{name}: {err}")
        if entry.get("group") and entry["group"] not in groups:
            problems.append(f"{name}: group {entry['group']!r} is not declared")
        rules[name] = FieldRule(name=name, **{k: v for k, v in entry.items() if k != "index"})
    if problems:
        raise FieldMapError(f"The field map {path} has {len(problems)} problem(s): " + "; ".join(problems[:20]))
    return FieldMap(form=data["form"], edition=data["edition"], questions=questions, groups=groups, rules=rules,
                    path=path)


# ----------------------------------------------------------------------------- resolving
def lookup(profile: dict, path: str) -> Any:
    """The value at ``path`` or None; list indexes beyond the end give None."""
    node: Any = profile
    parts = path.split(".")
    if parts[0] == "answers":
        return profile.get("answers", {}).get(".".join(parts[1:]))
    for seg in parts:
        m = _SEGMENT.match(seg)
        if node is None or m is None:
            return None
        key, index = m.group(1), m.group(2)
        node = node.get(key) if isinstance(node, dict) else None
        if index is not None:
            node = node[int(index)] if isinstance(node, list) and int(index) < len(node) else None
    return node


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _digits(value: Any) -> str:
    return "".join(ch for ch in str(value) if ch.isdigit())


def _as_date(value: Any) -> Any:
    """Dates kept as ISO text (questionnaire answers are JSON) become dates."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def format_value(value: Any, fmt: str) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if fmt in ("date", "month_year", "year"):
        value = _as_date(value)
    if fmt == "date":
        return value.strftime("%m/%d/%Y") if isinstance(value, date) else str(value)
    if fmt == "month_year":
        return value.strftime("%m/%Y") if isinstance(value, date) else str(value)
    if fmt == "year":
        return str(value.year) if isinstance(value, date) else str(value)
    if fmt in ("a_number", "ssn", "number"):
        return _digits(value)
    if fmt == "phone":
        return _digits(value)[-10:]
    if fmt == "phone_area":
        return _digits(value)[-10:-7]
    if fmt == "phone_number":
        d = _digits(value)[-7:]
        return f"{d[:3]}-{d[3:]}" if len(d) == 7 else d
    if fmt == "zip":
        return _digits(value)[:5]
    if fmt == "zip4":
        return _digits(value)[5:9]
    if fmt == "upper":
        return str(value).upper()
    if fmt == "yes_no":
        return "Yes" if value else "No"
    if fmt == "name":
        return _name(value)
    if fmt == "names":
        return "; ".join(_name(v) for v in value) if isinstance(value, list) else _name(value)
    if fmt == "list":
        return ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, date):
        return value.strftime("%m/%d/%Y")
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _name(value: Any) -> str:
    if isinstance(value, dict):
        first = " ".join(p for p in (value.get("given_name"), value.get("middle_name")) if p)
        return ", ".join(p for p in (value.get("family_name"), first) if p)
    return str(value)


def _checked(value: Any, when: Any) -> bool:
    wanted = when if isinstance(when, list) else [when]
    norm = (lambda v: str(v).lower()) if not isinstance(value, bool) else (lambda v: v)
    return any(norm(value) == (w if isinstance(value, bool) else str(w).lower()) for w in wanted)


def _value_of(rule: FieldRule, profile: dict) -> Any:
    """One source: its value. Several: joined with ``join`` when given, else the first answered."""
    if isinstance(rule.source, str):
        return lookup(profile, rule.source)
    values = [lookup(profile, p) for p in rule.sources]
    if rule.join is not None:
        parts = [format_value(v, rule.format) for v in values if not _blank(v)]
        return rule.join.join(parts) or None
    return next((v for v in values if not _blank(v)), None)


def resolve(fmap: FieldMap, profile: dict) -> Resolution:
    out = Resolution()
    for rule in fmap.rules.values():
        if rule.left_to_user:
            out.left_to_user.append(rule)
            continue
        if rule.literal is not None:
            out.values[rule.name] = rule.literal
            continue
        value = _value_of(rule, profile)
        if rule.checked_when is not None:
            if not _blank(value):
                out.values[rule.name] = _checked(value, rule.checked_when)
            elif rule.required:
                out.missing_required.append(rule)
            continue
        if _blank(value):
            if rule.if_blank:
                out.values[rule.name] = rule.if_blank
                out.auto_filled.append((rule.name, rule.if_blank))
            elif rule.required:
                out.missing_required.append(rule)
            continue
        text = value if rule.join is not None and not isinstance(rule.source, str) else format_value(value, rule.format)
        if text:
            out.values[rule.name] = text
    return out
