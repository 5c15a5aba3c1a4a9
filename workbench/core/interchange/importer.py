"""Import a matter document: validate everything first, report every problem with its JSON
path, then insert all of it in one transaction (or nothing)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..model import Client, Matter
from ..model.validators import normalize_a_number
from .layout import CLIENT_SECTIONS, MATTER_SECTIONS, columns
from .schema import load_schema
from .values import from_json, kind_of


@dataclass
class ImportResult:
    matter_id: str
    client_id: str
    client_reused: bool
    counts: dict[str, int] = field(default_factory=dict)


def parse(text: str | bytes) -> dict:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError([(f"line {exc.lineno} column {exc.colno}", f"not valid JSON: {exc.msg}")],
                              "The file") from None
    except UnicodeDecodeError as exc:
        raise ValidationError([("(file)", f"not UTF-8 text: {exc}")], "The file") from None


def validate(doc) -> list[tuple[str, str]]:
    validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())
    problems = [(err.json_path, err.message) for err in
                sorted(validator.iter_errors(doc), key=lambda e: (list(map(str, e.absolute_path)), e.message))]
    if problems:
        return problems
    # checks JSON Schema cannot express
    for path, obj in [("$.client", doc["client"])] + [
            (f"$.client.people[{i}]", p) for i, p in enumerate(doc["client"].get("people", []))]:
        try:
            normalize_a_number(obj.get("a_number"))
        except ValueError as exc:
            problems.append((f"{path}.a_number", str(exc)))
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


def _build(model, data: dict, **fks):
    values = {a.key: from_json(kind_of(a.columns[0]), data.get(a.key)) for a in columns(model) if a.key in data}
    return model(**values, **fks)


def import_matter(session: Session, doc: dict) -> ImportResult:
    problems = validate(doc)
    if not problems:
        if session.get(Matter, doc["matter"]["id"]) is not None:
            problems.append(("$.matter.id", "a matter with this id is already in the vault (imported before?)"))
    if problems:
        raise ValidationError(problems, "The matter file")

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
