"""What the organization's administrator does (the ``workbench-hub`` commands call these).

Assigning a matter re-sequences its records (the matter, its client, and what hangs off
both): each gets a new ``seq``, so they reach the attorney's devices in the next ordinary pull
and an interrupted pull resumes like any other. Unassigning stops further access; the hub
cannot reach into a device to remove what it already holds (the organization asks the
attorney to delete it; docs/hub.md).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import delete, or_, select

from workbench.core.sync.bundle_format import fingerprint

from .db import Database
from .errors import HubError
from .ids import new_id
from .keys import HubKeys
from .models import Assignment, Attorney, Device, Organization, Record


def init_org(db: Database, keys_path: Path, name: str) -> dict:
    """Create the organization and its key pair; refuses to replace either."""
    with db.read() as s:
        if s.scalar(select(Organization.id)) is not None:
            raise HubError(409, "This hub database already has an organization.")
    if Path(keys_path).exists():
        raise HubError(409, f"The key file {keys_path} already exists; it is not overwritten.")
    keys = HubKeys.generate(new_id())
    keys.save(Path(keys_path))
    with db.session() as s:
        s.add(Organization(id=keys.organization_id, name=name, sign_key=keys.sign_public, kx_key=keys.kx_public,
                           last_seq=0))
    return {"organization_id": keys.organization_id, "name": name, "keys": str(keys_path),
            "sign_fingerprint": fingerprint(keys.sign_public), "kx_fingerprint": fingerprint(keys.kx_public)}


def load_org(db: Database, keys_path: Path) -> tuple[Organization, HubKeys]:
    """The organization and its keys, checked against each other (a wrong key file is refused)."""
    with db.read() as s:
        org = s.scalar(select(Organization))
    if org is None:
        raise HubError(500, "This hub has no organization yet: run 'workbench-hub init --name NAME'.")
    keys = HubKeys.load(Path(keys_path))
    if keys.organization_id != org.id or keys.sign_public != org.sign_key or keys.kx_public != org.kx_key:
        raise HubError(500, f"The key file {keys_path} belongs to another organization or hub database.")
    return org, keys


def add_attorney(db: Database, org_id: str, email: str, name: str | None = None) -> str:
    email = email.strip().lower()
    if "@" not in email:
        raise HubError(422, "{email!r} is not an e-mail address.", email=email)
    with db.session() as s:
        if s.scalar(select(Attorney.id).where(Attorney.email == email)):
            raise HubError(409, "An attorney with e-mail {email} already exists.", email=email)
        attorney = Attorney(id=new_id(), org_id=org_id, email=email, name=name)
        s.add(attorney)
    return attorney.id


def attorney_id(db: Database, email: str) -> str:
    with db.read() as s:
        found = s.scalar(select(Attorney.id).where(Attorney.email == email.strip().lower()))
    if found is None:
        raise HubError(404, "No attorney with e-mail {email}: add them with 'workbench-hub add-attorney'.", email=email)
    return found


def assign(db: Database, org_id: str, email: str, matter_id: str) -> int:
    """Assign a matter (it may not be on the hub yet); returns how many records were re-sequenced."""
    attorney = attorney_id(db, email)
    with db.write(org_id) as w:
        s = w.session
        if s.get(Assignment, (attorney, matter_id)) is None:
            s.add(Assignment(attorney_id=attorney, matter_id=matter_id))
        matter = s.get(Record, (org_id, matter_id))
        if matter is None:
            return 0
        if matter.entity != "matters":
            raise HubError(422, "{matter_id} is a {entity} record, not a matter.", matter_id=matter_id,
                           entity=matter.entity)
        related = or_(Record.matter_id == matter_id,
                      Record.client_id == matter.client_id if matter.client_id else False)
        rows = list(s.scalars(select(Record).where(Record.org_id == org_id, related).order_by(Record.seq)))
        rows = [r for r in rows if r.matter_id in (None, matter_id)]  # not the client's other matters
        for row in rows:
            row.seq = w.next()
        return len(rows)


def unassign(db: Database, email: str, matter_id: str) -> bool:
    attorney = attorney_id(db, email)
    with db.session() as s:
        return s.execute(delete(Assignment).where(Assignment.attorney_id == attorney,
                                                  Assignment.matter_id == matter_id)).rowcount > 0


def revoke_device(db: Database, device_id: str) -> None:
    with db.session() as s:
        device = s.get(Device, device_id)
        if device is None:
            raise HubError(404, "No device {device_id}.", device_id=device_id)
        if device.revoked_at is None:
            device.revoked_at = datetime.now(timezone.utc)


def list_devices(db: Database) -> list[dict]:
    with db.read() as s:
        rows = s.execute(select(Device, Attorney.email).join(Attorney, Attorney.id == Device.attorney_id)
                         .order_by(Device.enrolled_at)).all()
    return [{"device_id": d.id, "attorney": email, "name": d.name, "fingerprint": fingerprint(d.sign_key),
             "revoked": d.revoked_at is not None} for d, email in rows]


def add_matter(db: Database, org_id: str, *, kind: str, family_name: str, given_name: str,
               matter_number: str | None = None) -> tuple[str, str]:
    """Create a client and a matter at the hub (to assign before any attorney has it)."""
    client_id, matter_id = new_id(), new_id()
    client = {"id": client_id, "family_name": family_name, "given_name": given_name}
    matter = {"id": matter_id, "client_id": client_id, "kind": kind, "stage": "intake",
              "matter_number": matter_number}
    with db.write(org_id) as w:
        w.session.add(Record(org_id=org_id, id=client_id, entity="clients", client_id=client_id,
                             data=json.dumps(client), seq=w.next(), deleted=False))
        w.session.add(Record(org_id=org_id, id=matter_id, entity="matters", matter_id=matter_id,
                             client_id=client_id, data=json.dumps(matter), seq=w.next(), deleted=False))
    return client_id, matter_id


# ----------------------------------------------------------------------------- impact report
GRANTED_OUTCOMES = frozenset({"granted", "approved"})
OTHER_RELIEF_OUTCOMES = frozenset({"withholding_granted", "cat_withholding", "cat_deferral"})
DENIED_OUTCOMES = frozenset({"denied"})


def outcomes_report(db: Database, org_id: str) -> list[dict]:
    """Outcomes of the organization's matters by matter kind and year, for impact reporting.

    Reads only the ``kind``, ``outcome``, ``outcome_on`` and ``closed_on`` fields of live matter
    records (never a client record, a name or an id), so the report carries no client identity.
    The year is that of ``outcome_on``, else ``closed_on``, else "unknown". Matters without an
    outcome are pending and not counted. ``decided`` = granted + other relief + denied (decisions
    on the merits); ``grant_rate`` = granted / decided (None when nothing was decided);
    ``relief_rate`` counts withholding and CAT protection as relief too. Other outcomes
    (terminated, dismissed, closed, withdrawn, referred, remanded, other) are counted in ``other``.
    """
    with db.read() as s:
        rows = s.scalars(select(Record.data).where(Record.org_id == org_id, Record.entity == "matters",
                                                   Record.deleted.is_(False))).all()
    cells: dict[tuple[str, str], dict] = {}
    for raw in rows:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        outcome = data.get("outcome")
        if not outcome:
            continue
        when = data.get("outcome_on") or data.get("closed_on") or ""
        year = str(when)[:4] if str(when)[:4].isdigit() else "unknown"
        cell = cells.setdefault((str(data.get("kind") or "unknown"), year),
                                {"granted": 0, "other_relief": 0, "denied": 0, "other": 0})
        if outcome in GRANTED_OUTCOMES:
            cell["granted"] += 1
        elif outcome in OTHER_RELIEF_OUTCOMES:
            cell["other_relief"] += 1
        elif outcome in DENIED_OUTCOMES:
            cell["denied"] += 1
        else:
            cell["other"] += 1
    out = []
    for (kind, year), c in sorted(cells.items()):
        decided = c["granted"] + c["other_relief"] + c["denied"]
        out.append({"kind": kind, "year": year, "outcomes": decided + c["other"], **c, "decided": decided,
                    "grant_rate": round(c["granted"] / decided, 4) if decided else None,
                    "relief_rate": round((c["granted"] + c["other_relief"]) / decided, 4) if decided else None})
    return out


def outcomes_csv(rows: list[dict]) -> bytes:
    import csv
    import io

    columns = ["kind", "year", "outcomes", "granted", "other_relief", "denied", "other", "decided", "grant_rate",
               "relief_rate"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if r[c] is None else r[c] for c in columns])
    return buf.getvalue().encode("utf-8")
