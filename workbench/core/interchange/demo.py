"""The demo vault (``workbench --demo``): fictional clients, so a new user can explore every
screen (dashboard, deadlines with their explanations, notes, hours) without real client data.

Dates are relative to ``today`` so the dashboard always has something in the next two weeks.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..model import Deadline, Entry, Event, Matter, Note, Task, TimeEntry
from ..model.enums import EventKind, HearingType, MatterKind
from ..operations import ChangeSet, add_client_with_matter
from ..vault.store import Vault

DEMO_PASSPHRASE = "demo vault passphrase"
DEMO_MATTERS = (
    ("Alvarez Reyes", "María José", MatterKind.AFFIRMATIVE_ASYLUM, "DEMO-0141", None),
    ("Haile", "Selam", MatterKind.DEFENSIVE_ASYLUM, "DEMO-0187", "Chicago Immigration Court"),
    ("Nguyen", "Thi Lan", MatterKind.U_VISA, "DEMO-0932", None),
    ("Okafor", "Chidi", MatterKind.SIJS, "DEMO-0203", "Cook County Circuit Court"),
    ("Petrenko", "Olena", MatterKind.VAWA_SELF_PETITION, "DEMO-0250", None),
    ("Rahimi", "Farid", MatterKind.BOND, "DEMO-0311", "Broadview Service Processing Center"),
)


def add_demo_matters(vault: Vault, today: date | None = None) -> ChangeSet:
    """Fill a (new) demo vault with fictional matters, hearings, facts, notes, tasks and hours."""
    today = today or date.today()
    created: set[tuple[str, str]] = set()
    ids = []
    for family, given, kind, number, court in DEMO_MATTERS:
        changes = add_client_with_matter(vault, family, given, kind, number, court_location=court)
        created |= changes.created
        ids.append(changes.created_id("matters"))
    with vault.session() as s:
        asylum = s.get(Matter, ids[0])
        asylum.client.entries.append(Entry(entry_date=today - timedelta(days=300), place="Miami, FL", status="B-2"))
        s.get(Matter, ids[3]).client.date_of_birth = date(today.year - 20, today.month, 1)
        s.get(Matter, ids[2]).supp_b_signed_on = today - timedelta(days=150)
        records = [
            Event(matter_id=ids[1], kind=EventKind.HEARING, hearing_type=HearingType.INDIVIDUAL,
                  title="Individual hearing", on_date=today + timedelta(40), location="Chicago Immigration Court"),
            Event(matter_id=ids[1], kind=EventKind.HEARING, hearing_type=HearingType.MASTER,
                  title="Master calendar hearing", on_date=today + timedelta(9)),
            Deadline(matter_id=ids[1], title="Client declaration draft to co-counsel", due_on=today - timedelta(2)),
            Event(matter_id=ids[0], kind=EventKind.INTERVIEW, title="Asylum interview", on_date=today + timedelta(30)),
            Event(matter_id=ids[5], kind=EventKind.DETENTION_VISIT, title="Client visit", on_date=today + timedelta(3)),
            Task(matter_id=ids[4], title="Collect declarations from witnesses", due_on=today + timedelta(6)),
            Note(matter_id=ids[0], title="Intake", body="Fled after threats from a local gang; sister in Houston "
                 "may be a witness. Needs a Spanish interpreter."),
            Note(matter_id=ids[3], title="State court", body="Guardianship petition filed in Cook County; "
                 "SIJ findings hearing not yet set."),
            TimeEntry(matter_id=ids[0], work_date=today - timedelta(7), minutes=90, activity="Client meeting"),
            TimeEntry(matter_id=ids[0], work_date=today - timedelta(3), minutes=45, activity="Research"),
        ]
        s.add_all(records)
        s.flush()
        created |= {(r.__tablename__, r.id) for r in records}
    return ChangeSet(created=frozenset(created))


__all__ = ["DEMO_MATTERS", "DEMO_PASSPHRASE", "add_demo_matters"]
