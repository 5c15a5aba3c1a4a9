"""Import a matter document: validate everything first, report every problem with its JSON
path, then insert all of it in one transaction (or nothing).

The file is hostile until checked. Before anything is parsed its size and nesting depth are
bounded (a 100,000-deep array would exhaust the parser's stack); numbers with more than 30
digits, NaN and Infinity are refused while parsing (``json`` would otherwise raise on a
20,000-digit integer, or accept NaN and make every later export invalid JSON); then every
string and key is checked (``text.value_problems``: lone surrogates, NUL and control characters,
bidi overrides) before the schema. Messages name the field and what is wrong with it, never its
value (client data must not reach a terminal or a log). ``original_filename`` is reduced to a
base name. Anything the database would still refuse (an id already in the vault, a reference to
a record that is not there) is reported too, and nothing is written.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field

from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import ValidationError, clip
from ..model import Client, Document, Matter
from ..model.validators import normalize_a_number
from .layout import CLIENT_SECTIONS, MATTER_SECTIONS, columns
from .schema import _DATETIME, _TIME, _UUID, load_schema
from .text import json_path, safe_file_name, value_problems
from .values import from_json, kind_of

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64  # the format nests 5 deep; a form answer's value may nest a little more
MAX_NUMBER_CHARS = 30
A_NUMBER_PROBLEM = "is not an A-number (7 to 9 digits, optionally starting with A)"


@dataclass
class ImportResult:
    matter_id: str
    client_id: str
    client_reused: bool
    counts: dict[str, int] = field(default_factory=dict)


class _Refused(ValueError):
    pass


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(f"a number has more than {MAX_NUMBER_CHARS} digits")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text[:400]) if len(text) <= 400 else math.inf
    if not math.isfinite(value):
        raise _Refused("a number is too large (it would be Infinity)")
    return value


def _parse_constant(name: str):
    raise _Refused(f"{name} is not a number in JSON")


_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def _too_deep(text: str) -> bool:
    """Whether arrays/objects nest deeper than ``MAX_DEPTH`` (strings skipped), without recursion."""
    depth = 0
    for m in _TOKENS.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _file_problem(where: str, message: str):
    return ValidationError([(where, message)], "The file")


def parse(text: str | bytes) -> dict:
    if len(text) > MAX_BYTES:
        raise _file_problem("(file)", f"larger than {MAX_BYTES // 2**20} MiB")
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode(json.detect_encoding(text))
        except UnicodeDecodeError as exc:
            raise _file_problem("(file)", f"not UTF-8 text (byte {exc.start})") from None
        except LookupError:
            raise _file_problem("(file)", "not UTF-8 text") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if _too_deep(text):
        raise _file_problem("(file)", f"arrays or objects nest deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        raise _file_problem(f"line {exc.lineno} column {exc.colno}", f"not valid JSON: {exc.msg}") from None
    except _Refused as exc:
        raise _file_problem("(file)", f"not valid JSON: {exc}") from None
    except (RecursionError, MemoryError):
        raise _file_problem("(file)", "too large or too deeply nested to read") from None


def _json_type(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "an array" if isinstance(value, list) else "an object"


def _message(err) -> str:
    """jsonschema's error as a sentence about the field, without the value it found."""
    kind, want, value = err.validator, err.validator_value, err.instance
    field_name = err.absolute_path[-1] if err.absolute_path else ""
    if kind == "type":
        wanted = want if isinstance(want, list) else [want]
        return f"should be {' or '.join(wanted)}, not {_json_type(value)}"
    if kind == "pattern":
        if field_name == "a_number":
            return A_NUMBER_PROBLEM
        if want == _UUID:
            return "is not an id (a lower-case UUID such as 01900000-0000-7000-8000-000000000001)"
        if want == _DATETIME:
            return "is not a date and time (YYYY-MM-DDTHH:MM:SS with Z or an offset)"
        if want == _TIME:
            return "is not a time (HH:MM or HH:MM:SS)"
        return "does not have the expected form"
    if kind == "format":
        return "is not a date (YYYY-MM-DD)" if want == "date" else f"is not a valid {want}"
    if kind == "maxLength":
        return f"is longer than {want} characters"
    if kind == "enum":
        return clip("is not one of: " + ", ".join(map(str, want)), 400)
    if kind == "anyOf":
        choices = [c for sub in want for c in sub.get("enum", [])]
        return clip("is not one of: " + ", ".join(map(str, choices)) + " (or null)", 400) if choices \
            else "does not have the expected form"
    if kind == "const":
        return f"should be {json.dumps(want)}"
    if kind == "required":
        return err.message  # "'id' is a required property": the name comes from the schema
    if kind == "additionalProperties" and isinstance(value, dict):
        known = set(err.schema.get("properties", {}))
        extra = [clip(repr(k), 40) for k in value if k not in known]
        more = f" and {len(extra) - 5} more" if len(extra) > 5 else ""
        return "unexpected field(s): " + ", ".join(extra[:5]) + more
    return f"does not fit the format ({kind})"


def _path(err) -> str:
    path = "$"
    for key in err.absolute_path:
        path = json_path(path, key)
    return path


def validate(doc) -> list[tuple[str, str]]:
    problems = value_problems(doc)
    if problems:
        return problems
    validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())
    problems = [(_path(err), _message(err)) for err in
                sorted(validator.iter_errors(doc), key=lambda e: (list(map(str, e.absolute_path)), e.validator))]
    if problems:
        return problems
    # checks JSON Schema cannot express
    for path, obj in [("$.client", doc["client"])] + [
            (f"$.client.people[{i}]", p) for i, p in enumerate(doc["client"].get("people", []))]:
        try:
            normalize_a_number(obj.get("a_number"))
        except ValueError:
            problems.append((f"{path}.a_number", A_NUMBER_PROBLEM))
    problems += _conversion_problems(doc)
    seen: dict[str, str] = {}
    for path, rid in _all_ids(doc):
        if rid in seen:
            problems.append((path, f"id {rid} is used twice (also at {seen[rid]})"))
        seen.setdefault(rid, path)
    return problems


def _all_ids(doc):
    yield "$.matter.id", doc["matter"]["id"]
    yield "$.client.id", doc["client"]["id"]
    for s in CLIENT_SECTIONS:
        for i, r in enumerate(doc["client"].get(s.key, [])):
            yield f"$.client.{s.key}[{i}].id", r["id"]
    for s in MATTER_SECTIONS:
        for i, r in enumerate(doc.get(s.key, [])):
            yield f"$.{s.key}[{i}].id", r["id"]


def _records(doc):
    """(JSON path, model, record) for every record of the document."""
    yield "$.matter", Matter, doc["matter"]
    yield "$.client", Client, doc["client"]
    for s in CLIENT_SECTIONS:
        for i, r in enumerate(doc["client"].get(s.key, [])):
            yield f"$.client.{s.key}[{i}]", s.model, r
    for s in MATTER_SECTIONS:
        for i, r in enumerate(doc.get(s.key, [])):
            yield f"$.{s.key}[{i}]", s.model, r


def _conversion_problems(doc) -> list[tuple[str, str]]:
    """Values the schema's patterns let through that are still not dates or times (month 13, 25:00)."""
    problems = []
    for path, model, record in _records(doc):
        for a in columns(model):
            kind = kind_of(a.columns[0])
            if kind in ("date", "datetime", "time") and record.get(a.key) is not None:
                try:
                    from_json(kind, record[a.key])
                except ValueError:
                    what = {"date": "a date", "datetime": "a date and time", "time": "a time"}[kind]
                    problems.append((f"{path}.{a.key}", f"is not {what} that exists"))
    return problems


def _ids_in_vault(session: Session, doc, client_reused: bool) -> list[tuple[str, str]]:
    """Records of the file whose ids the vault already uses (an insert would fail on them)."""
    problems = []
    by_model: dict[type, list[tuple[str, str]]] = {}
    for path, model, record in _records(doc):
        if model is Client or (client_reused and path.startswith("$.client.")):
            continue  # a known client is reused, with what the vault has
        by_model.setdefault(model, []).append((path, record["id"]))
    for model, pairs in by_model.items():
        ids = [rid for _, rid in pairs]
        taken = set()
        for i in range(0, len(ids), 500):
            taken |= set(session.scalars(select(model.id).where(model.id.in_(ids[i:i + 500]))))
        problems += [(f"{path}.id", "a record with this id is already in the vault (imported before?)")
                     for path, rid in pairs if rid in taken]
    return problems


def _build(model, data: dict, **fks):
    values = {a.key: from_json(kind_of(a.columns[0]), data.get(a.key)) for a in columns(model) if a.key in data}
    if model is Document and "original_filename" in values:  # a name another computer chose: never a path
        values["original_filename"] = safe_file_name(values["original_filename"])
    return model(**values, **fks)


def import_matter(session: Session, doc: dict) -> ImportResult:
    problems = validate(doc)
    if not problems:
        if session.get(Matter, doc["matter"]["id"]) is not None:
            problems.append(("$.matter.id", "a matter with this id is already in the vault (imported before?)"))
        else:
            problems += _ids_in_vault(session, doc, session.get(Client, doc["client"]["id"]) is not None)
    if problems:
        raise ValidationError(problems, "The matter file")
    try:
        return _insert(session, doc)
    except (SQLAlchemyError, ValueError):  # said without the statement: its parameters are client data
        raise ValidationError([("$", "the vault's database refused a record: it refers to another that is neither "
                                     "in the file nor in the vault (for example a form answer's person_id), or "
                                     "breaks one of its rules")], "The matter file") from None


def _insert(session: Session, doc: dict) -> ImportResult:
    client = session.get(Client, doc["client"]["id"])
    reused = client is not None
    counts: dict[str, int] = {}
    if client is None:
        client = _build(Client, doc["client"])
        session.add(client)
        for s in CLIENT_SECTIONS:
            rows = doc["client"].get(s.key, [])
            session.add_all(_build(s.model, r, client_id=client.id) for r in rows)
            counts[s.key] = len(rows)
        session.flush()
    matter = _build(Matter, doc["matter"], client_id=client.id)
    session.add(matter)
    session.flush()
    for s in MATTER_SECTIONS:
        rows = doc.get(s.key, [])
        session.add_all(_build(s.model, r, matter_id=matter.id) for r in rows)
        counts[s.key] = len(rows)
    session.flush()
    return ImportResult(matter.id, client.id, reused, counts)


def import_matter_json(session: Session, text: str | bytes) -> ImportResult:
    return import_matter(session, parse(text))
