"""Helpers to make real vaults quickly in tests (floor KDF parameters, no calibration)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from workbench.core.model import Client, Event, Matter, Note, enums

PASSPHRASE = "correct horse battery staple"


def file_hashes(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder``, by relative path."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def add_sample_matter(vault, family="Doe", given="Jane", a_number="A012345678", **matter_fields) -> str:
    with vault.session() as s:
        client = Client(family_name=family, given_name=given, a_number=a_number, date_of_birth=date(1990, 5, 17),
                        country_of_birth="Honduras", nationality="Honduras")
        matter = Matter(client=client, kind=matter_fields.pop("kind", enums.MatterKind.AFFIRMATIVE_ASYLUM),
                        **matter_fields)
        s.add(matter)
        s.flush()
        s.add(Event(matter_id=matter.id, kind=enums.EventKind.HEARING, title="Master calendar hearing",
                    on_date=date(2031, 3, 4)))
        s.add(Note(matter_id=matter.id, body=f"Intake interview with {given} {family}."))
        return matter.id
