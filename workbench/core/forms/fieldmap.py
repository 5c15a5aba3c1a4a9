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
  not_applicable, user) and ``why``: the field is deliberately not filled;
* ``additional_info: true`` — a slot of the form's own Additional Information part, filled by the
  service with entries (``additional_info.py``), never from a source.

Whether a field applies is data too (``conditions.py``): ``when`` on a field ("If No, specify
location" only for a person outside the U.S.), ``parts`` at the top level (a part the form says to
"complete only if ..." stays empty otherwise), ``if_no_row`` for rows of a list the client does not
have. A list longer than the form's rows turns the form's last row into a pointer ("See
continuation sheet", ``groups.<g>.pointer``) and its rows into Additional Information entries.

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
from . import conditions
from .derived import DERIVATIONS

FORMS_DIR = Path(__file__).resolve().parents[3] / "forms"
FORMATS = {"text", "date", "month_year", "a_number", "ssn", "phone", "phone_area", "phone_number", "zip", "zip4", "upper",
           "name", "names", "yes_no", "year", "number", "list", "capitalize", "hundreds", "tens", "units"}
# one-character boxes holding one digit each of a whole number (the I-131 and I-485 weight in pounds):
# the digit at that place, "0" when the number is shorter (95 pounds: "0", "9", "5")
DIGIT_PLACES = {"hundreds": 2, "tens": 1, "units": 0}
LEFT_CATEGORIES = {"signature", "preparer", "interpreter", "office_use", "barcode", "attorney_only",
                   "not_applicable", "user"}
ROOTS = {"client", "matter", "addresses", "passport", "travel_document", "entries", "last_entry", "spouse",
         "children", "parents", "siblings", "education", "employment", "contacts", "interpreter",
         "certifying_agency", "attorney", "answers", "today", "member", "mother", "father", "answered",
         "family_answered", "totals", "family_totals", "filing"}
ANSWER_LISTS = {"answered", "family_answered", "totals", "family_totals"}  # keyed by a question id (profile.py)
_SEGMENT = re.compile(r"^([a-z_][a-z0-9_]*)(?:\[(\d+)\])?$")
ENTRY_KEYS = {"q", "source", "literal", "left_to_user", "why", "format", "checked_when", "if_blank", "required",
              "group", "part", "item", "join", "index", "when", "if_no_row", "additional_info", "only_if",
              "if_not_when", "cell"}
GROUP_KEYS = {"capacity", "part", "item", "label", "continuation", "note", "pointer", "columns"}
SLOT_ROLES = ("page", "part", "item", "text")
SEE_CONTINUATION = "See continuation sheet"


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
    when: dict | None = None
    if_no_row: str | None = None
    additional_info: bool = False
    only_if: dict | None = None
    if_not_when: str | None = None
    cell: str | None = None  # a table box outside any list: its row and column, named in an overflow entry

    @property
    def sources(self) -> list[str]:
        return [] if self.source is None else [self.source] if isinstance(self.source, str) else list(self.source)


@dataclass(frozen=True)
class GroupRows:
    """A repeating list on the form: ``path`` (e.g. ``children``), the form's rows (``rows[i]`` are
    the rules reading ``path[i]``) and the field that says "See continuation sheet" when the list is
    longer than the form (in the last row), if the map names one."""

    group_id: str
    path: str
    rows: tuple[tuple[FieldRule, ...], ...]
    pointer: str | None
    columns: dict[str, str]
    label: str
    part: str | None = None  # the item the list is (an overflowed row is filed under it)
    item: str | None = None

    @property
    def capacity(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Overflow:
    """Rows of a list beyond what the form shows: ``rows`` (the profile's row dicts) numbered from
    ``first`` (1-based), anchored at ``anchor`` (the pointer field, or the list's last field)."""

    group: GroupRows
    first: int
    rows: tuple[dict, ...]
    anchor: str


@dataclass(frozen=True)
class FieldMap:
    form: str
    edition: str
    questions: dict[str, dict]
    groups: dict[str, dict]
    rules: dict[str, FieldRule]
    path: Path
    parts: dict[str, dict] = field(default_factory=dict)
    additional_info: dict = field(default_factory=dict)  # {"part": ..., "slots": [{"page": F, ...}, ...]}
    lists: dict[str, "GroupRows"] = field(default_factory=dict)  # group id -> the form's rows of that list
    derived: tuple[str, ...] = ()  # profile sections computed before resolving (derived.py)
    answer_defaults: dict[str, str] = field(default_factory=dict)  # question id -> profile path proposing its answer
    version: int = 1  # 1: the map shipped with the app; higher: published by the organization (installed_maps)
    published_by: "Publisher | None" = None  # None: shipped with the app; else who published it and when


@dataclass(frozen=True)
class Publisher:
    """Who published an installed map, and when (mm/dd/yyyy). Kept as parts, not as a sentence:
    the stored copy of a fill records it in English (a record read by anyone, whatever language
    the volunteer's interface uses) while the screens say it in the interface language."""

    organization: str
    on: str

    TEXT = "published by {organization} on {date}"

    def english(self) -> str:
        return self.TEXT.format(organization=self.organization, date=self.on)


@dataclass
class Resolution:
    values: dict[str, str | bool] = field(default_factory=dict)
    auto_filled: list[tuple[str, str]] = field(default_factory=list)  # (field, what was written)
    missing_required: list[FieldRule] = field(default_factory=list)
    left_to_user: list[FieldRule] = field(default_factory=list)
    skipped_parts: dict[str, list[FieldRule]] = field(default_factory=dict)  # part -> its rules that had an answer
    overflows: list[Overflow] = field(default_factory=list)
    pointers: set[str] = field(default_factory=set)  # fields holding "See continuation sheet" for a list
    defaults: set[str] = field(default_factory=set)  # fields holding "N/A"/"None"/... rather than an answer
    unasked: list[FieldRule] = field(default_factory=list)  # answered, but the item does not apply (only_if)


def map_path(form: str, edition: str) -> Path:
    return FORMS_DIR / form / f"{edition.replace('/', '-')}.json"


def available_maps() -> list[tuple[str, str]]:
    """(form, edition) of every map: shipped with the app, and installed from the organization's
    published maps (``installed_maps``; only verified ones)."""
    from .installed_maps import installed_keys

    out = []
    for p in sorted(FORMS_DIR.glob("*/*.json")):
        out.append((p.parent.name, p.stem.replace("-", "/")))
    return sorted(set(out) | installed_keys())


def _check_path(path: str, questions: dict, derived: tuple[str, ...] = ()) -> str | None:
    parts = path.split(".")
    if parts[0].split("[")[0] not in ROOTS and parts[0] not in derived:
        return f"unknown root {parts[0]!r}"
    if parts[0] == "answers":
        if len(parts) < 2 or parts[1] not in questions:
            return f"answer {path!r} is not declared under 'questions'"
        return None
    if parts[0] in ANSWER_LISTS and (len(parts) < 2 or parts[1].split("[")[0] not in questions):
        return f"{path!r} names a question not declared under 'questions'"
    for seg in parts:
        if not _SEGMENT.match(seg):
            return f"bad path segment {seg!r}"
    return None


def load_map(form: str, edition: str, version: int | None = None) -> FieldMap:
    """The map to fill ``form`` ``edition`` with: the newest verified map the organization published
    for it (``installed_maps``, checked again on every load), else the one shipped with the app.
    ``version``: that version exactly (1 is the shipped map), for a form filled earlier."""
    from .installed_maps import installed_map

    found = installed_map(form, edition, version)
    if found is not None:
        return found
    if version not in (None, 1):
        raise FieldMapError(f"Version {version} of the field map for {form} edition {edition} is not installed.")
    return shipped_map(form, edition)


@lru_cache(maxsize=32)
def shipped_map(form: str, edition: str) -> FieldMap:
    """The map shipped with the app (``forms/<form>/<edition>.json``)."""
    path = map_path(form, edition)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FieldMapError(f"There is no field map for {form} edition {edition} ({path}).") from None
    except json.JSONDecodeError as exc:
        raise FieldMapError(f"The field map {path} is not valid JSON: {exc}") from None
    return parse_map(data, path)


load_map.cache_clear = shipped_map.cache_clear  # type: ignore[attr-defined]  # tests swap FORMS_DIR


def parse_map(data: dict, path: Path = Path("(memory)")) -> FieldMap:
    problems = []
    questions = data.get("questions", {})
    groups = data.get("groups", {})
    rules = {}
    derived = tuple(data.get("derived", ()))
    problems.extend(f"derived: unknown section {d!r} (known: {sorted(DERIVATIONS)})" for d in derived
                    if d not in DERIVATIONS)
    check_path = lambda p: _check_path(p, questions, derived)  # noqa: E731
    for name, entry in data.get("fields", {}).items():
        unknown = set(entry) - ENTRY_KEYS
        kinds = [k for k in ("source", "literal", "left_to_user", "additional_info") if k in entry]
        if unknown:
            problems.append(f"{name}: unknown keys {sorted(unknown)}")
        if len(kinds) != 1:
            problems.append(f"{name}: needs exactly one of source, literal, left_to_user, additional_info (has {kinds})")
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
                err = check_path(p) if isinstance(p, str) else "a source path must be a string"
                if err:
                    problems.append(f"{name}: {err}")
        if entry.get("group") and entry["group"] not in groups:
            problems.append(f"{name}: group {entry['group']!r} is not declared")
        for key in ("when", "only_if"):
            if key in entry:
                problems.extend(f"{name}: {key}: {p}" for p in conditions.problems(entry[key], check_path))
        if "if_not_when" in entry and "when" not in entry:
            problems.append(f"{name}: if_not_when without when")
        if "cell" in entry and not (isinstance(entry["cell"], str) and entry["cell"].strip()):
            problems.append(f"{name}: cell must name the box's row and column")
        if "additional_info" in entry and entry["additional_info"] is not True:
            problems.append(f"{name}: additional_info must be true")
        rules[name] = FieldRule(name=name, **{k: v for k, v in entry.items() if k != "index"})
    parts = data.get("parts", {})
    for part, spec in parts.items():
        if not isinstance(spec, dict) or "when" not in spec or not spec.get("why"):
            problems.append(f"part {part}: needs 'when' and 'why'")
        else:
            problems.extend(f"part {part}: {p}" for p in conditions.problems(spec["when"], check_path))
    for gid, spec in groups.items():
        if set(spec) - GROUP_KEYS:
            problems.append(f"group {gid}: unknown keys {sorted(set(spec) - GROUP_KEYS)}")
        if spec.get("pointer") and spec["pointer"] not in rules:
            problems.append(f"group {gid}: the pointer {spec['pointer']!r} is not a field of the map")
    problems.extend(_slot_problems(data.get("additional_info", {}), rules))
    answer_defaults = data.get("answer_defaults", {})
    for qid, source in answer_defaults.items():
        if qid not in questions:
            problems.append(f"answer_defaults: {qid!r} is not a question of the map")
        elif problem := check_path(source):
            problems.append(f"answer_defaults.{qid}: {problem}")
    for qid, q in questions.items():
        if "explain_when" in q and not q.get("explanation"):
            problems.append(f"question {qid}: explain_when without explanation")
        if "anchor" in q and q["anchor"] not in rules:
            problems.append(f"question {qid}: its anchor {q['anchor']!r} is not a field of the map")
    if problems:
        raise FieldMapError(f"The field map {path} has {len(problems)} problem(s): " + "; ".join(problems[:20]))
    return FieldMap(form=data["form"], edition=data["edition"], questions=questions, groups=groups, rules=rules,
                    path=path, parts=parts, additional_info=data.get("additional_info", {}), derived=derived,
                    lists=_lists(groups, rules), answer_defaults=dict(answer_defaults))


_ROW = re.compile(r"^(?P<list>[a-z_][a-z0-9_.]*)\[(?P<i>\d+)\](?:\.(?P<col>[a-z_0-9.]+))?$")


def _lists(groups: dict[str, dict], rules: dict[str, FieldRule]) -> dict[str, GroupRows]:
    """Each group's list path and the form's rows for it, from the rules that read ``list[i]``."""
    out = {}
    for gid, spec in groups.items():
        by_row: dict[int, list[FieldRule]] = {}
        path = None
        for rule in rules.values():
            m = _ROW.match(rule.sources[0]) if rule.group == gid and rule.sources else None
            if m:
                path = m.group("list")
                by_row.setdefault(int(m.group("i")), []).append(rule)
        if path is None:
            continue
        rows = tuple(tuple(by_row.get(i, ())) for i in range(max(by_row) + 1))
        pointer = rules.get(spec.get("pointer") or "")
        first = rows[0][0] if rows and rows[0] else None
        part = spec.get("part") or (pointer.part if pointer else None) or (first.part if first else None)
        item = spec.get("item") or (pointer.item if pointer else None) or (first.item if first else None)
        out[gid] = GroupRows(gid, path, rows, spec.get("pointer"), dict(spec.get("columns", {})),
                             spec.get("label", gid.replace("_", " ").title()), part, item)
    return out


def _slot_problems(spec: dict, rules: dict[str, FieldRule]) -> list[str]:
    """The ``additional_info`` block names slot fields, each marked ``additional_info: true``, and only those."""
    if not spec:
        marked = [n for n, r in rules.items() if r.additional_info]
        return [f"{marked[0]}: additional_info field but the map declares no additional_info slots"] if marked else []
    out = []
    named: set[str] = set()
    for i, slot in enumerate(spec.get("slots", [])):
        if "text" not in slot or set(slot) - set(SLOT_ROLES):
            out.append(f"additional_info slot {i}: needs 'text' and only {SLOT_ROLES}")
        for field_name in slot.values():
            named.add(field_name)
            if field_name not in rules or not rules[field_name].additional_info:
                out.append(f"additional_info slot {i}: {field_name!r} must be a field marked additional_info")
    out.extend(f"{n}: marked additional_info but in no slot" for n, r in rules.items()
               if r.additional_info and n not in named)
    return out


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


def north_american(value: Any) -> str | None:
    """The 10 digits of a North American (+1) number, or None for any other country's number.

    Why: US forms split a phone into 10 digits (or area code and number); keeping the last 10
    digits of "+502 5555 0123" writes a number that reaches nobody. A foreign number is written
    as given, so a box too small for it overflows to Additional Information instead."""
    text = str(value).strip()
    digits = _digits(text)
    if text.startswith("+") and not text.startswith("+1"):
        return None
    if len(digits) == 10:
        return digits
    if len(digits) == 11 and digits.startswith("1"):
        return digits[1:]
    return None


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
    if fmt in DIGIT_PLACES:
        digits = _digits(value)
        return digits.zfill(DIGIT_PLACES[fmt] + 1)[-DIGIT_PLACES[fmt] - 1] if digits else ""
    if fmt in ("phone", "phone_area", "phone_number"):
        national = north_american(value)
        if national is None:  # another country's number: as given, never a slice of it
            return "" if fmt == "phone_area" else str(value).strip()
        if fmt == "phone":
            return national
        if fmt == "phone_area":
            return national[:3]
        return f"{national[3:6]}-{national[6:]}"
    if fmt == "zip":
        return _digits(value)[:5]
    if fmt == "zip4":
        return _digits(value)[5:9]
    if fmt == "upper":
        return str(value).upper()
    if fmt == "capitalize":
        return str(value).replace("_", " ").capitalize()
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


def _row_missing(path: str, profile: dict) -> bool:
    """Whether ``path`` reads a row of a list (``children[2].sex``) that the profile does not have."""
    parts = path.split(".")
    for n, seg in enumerate(parts):
        if "[" in seg:
            return lookup(profile, ".".join(parts[:n + 1])) in (None, {})
    return False


def _list_overflows(fmap: FieldMap, profile: dict, out: Resolution) -> set[str]:
    """Lists longer than the form's rows: with a pointer, the form's last row says "See continuation
    sheet" and its fields are otherwise left empty; the rows from there on become entries. Returns
    the fields of rows given up to the pointer."""
    given_up: set[str] = set()
    for rows in fmap.lists.values():
        items = lookup(profile, rows.path)
        if not isinstance(items, list) or len(items) <= rows.capacity:
            continue
        first = rows.capacity - 1 if rows.pointer else rows.capacity
        if rows.pointer:
            given_up.update(r.name for r in rows.rows[first])
            out.pointers.add(rows.pointer)
            out.values[rows.pointer] = SEE_CONTINUATION
        anchor = rows.pointer or rows.rows[-1][-1].name
        out.overflows.append(Overflow(rows, first + 1, tuple(items[first:]), anchor))
    return given_up


def skipped_parts(fmap: FieldMap, profile: dict) -> set[str]:
    """The parts whose "complete only if ..." condition does not hold for ``profile``."""
    read = lambda path: lookup(profile, path)  # noqa: E731
    return {part for part, spec in fmap.parts.items() if not conditions.holds(spec["when"], read)}


def rule_applies(fmap: FieldMap, rule: FieldRule, profile: dict, skipped: set[str] | None = None) -> bool:
    """Whether the question of ``rule`` applies at all: its part is not skipped, its ``only_if``
    and its ``when`` hold (a rule that does not apply gets no value, or ``if_not_when``)."""
    read = lambda path: lookup(profile, path)  # noqa: E731
    if rule.part in (skipped_parts(fmap, profile) if skipped is None else skipped):
        return False
    return all(c is None or conditions.holds(c, read) for c in (rule.only_if, rule.when))


def resolve(fmap: FieldMap, profile: dict) -> Resolution:
    out = Resolution()
    read = lambda path: lookup(profile, path)  # noqa: E731
    skipped = skipped_parts(fmap, profile)
    # a skipped part's source that another part also shows (a phone, the preparer's name) is not lost
    shown_elsewhere = {p for r in fmap.rules.values() if r.part not in skipped for p in r.sources}
    given_up = _list_overflows(fmap, profile, out)
    for rule in fmap.rules.values():
        if rule.additional_info or rule.name in given_up:
            continue
        if rule.part in skipped:
            # "Complete only if ...": the part stays empty; answers given for it are reported
            # (of a box with several sources, only those that hold an answer: the I-131's refugee country
            # falls back to the nationality that Part 2 shows)
            answered = {p for p in rule.sources if not _blank(lookup(profile, p))}
            if (rule.sources and not _blank(_value_of(rule, profile)) and rule.literal is None
                    and not answered <= shown_elsewhere):
                out.skipped_parts.setdefault(rule.part, []).append(rule)
            continue
        if rule.left_to_user:
            out.left_to_user.append(rule)
            continue
        if rule.only_if is not None and not conditions.holds(rule.only_if, read):
            # an item the form says to complete only in another case: empty; an answer given for it is reported
            if rule.sources and rule.literal is None and not _blank(_value_of(rule, profile)):
                out.unasked.append(rule)
            continue
        if rule.when is not None and not conditions.holds(rule.when, read):
            # the sub-question does not apply: the form's not-applicable answer, nothing to report
            fill = rule.if_blank if rule.if_not_when is None else rule.if_not_when
            if fill and rule.checked_when is None:
                out.values[rule.name] = fill
                out.defaults.add(rule.name)
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
            fill = rule.if_blank
            if rule.if_no_row is not None and rule.sources and _row_missing(rule.sources[0], profile):
                fill = rule.if_no_row
            if fill:
                out.values[rule.name] = fill
                out.auto_filled.append((rule.name, fill))
                out.defaults.add(rule.name)
            elif rule.required:
                out.missing_required.append(rule)
            continue
        text = value if rule.join is not None and not isinstance(rule.source, str) else format_value(value, rule.format)
        if text:
            out.values[rule.name] = text
    return out
