"""The JSON Schema (draft 2020-12) of the matter interchange format.

Built from the same layout the codec uses; the committed copy, ``matter-v1.schema.json``, is
what import validates against and what other tools may read. A test fails when the committed
file and ``build_schema()`` differ, so a model change cannot silently change the format.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..model import Client, Matter
from .codec import FORMAT, VERSION
from .layout import CLIENT_SECTIONS, MATTER_SECTIONS, columns
from .values import kind_of

SCHEMA_FILE = "matter-v1.schema.json"
_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_DATETIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
_TIME = r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"
_NAME = {"type": "object", "additionalProperties": False, "required": ["family_name", "given_name"],
         "properties": {k: {"type": ["string", "null"]} for k in ("family_name", "given_name", "middle_name")}}
_JSON_COLUMNS = {"other_names": {"type": "array", "items": _NAME},
                 "languages": {"type": "array", "items": {"type": "string"}},
                 "attorneys": {"type": "array", "items": {"type": "string"}},
                 "value": {}}  # a form answer: any JSON value


def _column_schema(attr) -> tuple[dict, bool]:
    col = attr.columns[0]
    kind = kind_of(col)
    if attr.key == "id":
        return {"type": "string", "pattern": _UUID}, True
    if kind == "json":
        return dict(_JSON_COLUMNS[attr.key]), False
    if kind == "enum":
        s = {"enum": list(col.type.enums)}
    elif kind == "date":
        s = {"type": "string", "format": "date"}
    elif kind == "datetime":
        s = {"type": "string", "pattern": _DATETIME}
    elif kind == "time":
        s = {"type": "string", "pattern": _TIME}
    elif kind in ("boolean", "integer"):
        s = {"type": kind}
    else:
        s = {"type": "string"}
        if attr.key == "a_number":  # written forms like "A-012-345-678" are accepted and normalized
            s["pattern"] = r"^[Aa]?[\s-]?[0-9][0-9\s-]{5,12}$"
        elif getattr(col.type, "length", None):
            s["maxLength"] = col.type.length
    required = not col.nullable and col.default is None
    if col.nullable:
        s = {"anyOf": [s, {"type": "null"}]} if "enum" in s else {**s, "type": [s["type"], "null"]}
    return s, required


def _object(model, extra: dict | None = None) -> dict:
    props, required = {}, []
    for attr in columns(model):
        props[attr.key], req = _column_schema(attr)
        if req:
            required.append(attr.key)
    props.update(extra or {})
    return {"type": "object", "additionalProperties": False, "required": required, "properties": props}


def build_schema() -> dict:
    client_extra = {s.key: {"type": "array", "items": _object(s.model)} for s in CLIENT_SECTIONS}
    top = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "exported_at": {"type": "string", "pattern": _DATETIME},
        "matter": _object(Matter),
        "client": _object(Client, client_extra),
    }
    top.update({s.key: {"type": "array", "items": _object(s.model)} for s in MATTER_SECTIONS})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://probono-workbench.example/schemas/matter-v1.schema.json",
        "title": "Pro Bono Workbench matter (interchange format v1)",
        "description": "One matter with its client, family members, events, deadlines, tasks, notes, "
                       "time entries, contacts and document metadata. Attachment bytes are not included.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "matter", "client"],
        "properties": top,
    }


@lru_cache(maxsize=1)
def load_schema() -> dict:
    return json.loads(resources.files(__package__).joinpath(SCHEMA_FILE).read_text("utf-8"))


def write_schema_file() -> str:
    """Regenerate the committed schema file (run: python -m workbench.core.interchange.schema)."""
    path = resources.files(__package__).joinpath(SCHEMA_FILE)
    text = json.dumps(build_schema(), indent=2) + "\n"
    with open(str(path), "w", encoding="utf-8") as fh:
        fh.write(text)
    return str(path)


if __name__ == "__main__":
    print(write_schema_file())
