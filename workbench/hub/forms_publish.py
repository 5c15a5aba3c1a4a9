"""Publishing a field map for a form edition: checked with the app's parser, signed with the
organization's Ed25519 key, stored, and served to the organization's enrolled devices.

Why the hub signs: a device installs a map only if it verifies against the organization key it
received at enrollment (``core/forms/published.py`` holds the format and the checks, shared with
the device), so neither a hub database dump nor anything on the path to the device can give a
volunteer a map the organization did not publish. The private key never leaves the key file.

Versions: the next version of the edition's map is chosen unless the staff member names one; the
map shipped with the app is version 1, so the first publication of a shipped edition is 2. A
version is published once; a correction is a new version. ``supersedes`` names the editions of
the same form the new one replaces: devices then show those as outdated (forms already filled on
them keep their map).
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from sqlalchemy import func, select

from workbench.core.forms.published import SHIPPED_VERSION, PublishedMapError, new_payload, shipped_edition, sign

from .admin import load_org
from .db import Database
from .errors import HubError
from .models import PublishedFormMap

MAX_LISTED = 500


def _edition_defaults(form_id: str) -> tuple[str | None, str | None]:
    from workbench.core.forms.editions import EDITIONS

    known = next((e for e in EDITIONS if e.form_id == form_id), None)
    return (known.form_name, known.title) if known else (None, None)


def publish(db: Database, keys_path: Path, map_file: Path, *, sha256: str, supersedes: list[str] | None = None,
            version: int | None = None, source: str | None = None, form_name: str | None = None,
            title: str | None = None, pages: int | None = None, status: str = "current") -> dict:
    """Check, sign and store the map in ``map_file`` (the shape of ``forms/<form>/<edition>.json``)."""
    org, keys = load_org(db, keys_path)
    try:
        data = json.loads(Path(map_file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HubError(422, "The map file {file} cannot be read as JSON ({why}).", file=str(map_file),
                       why=type(exc).__name__) from None
    if not isinstance(data, dict):
        raise HubError(422, "The map file {file} is not a field map (a JSON object).", file=str(map_file))
    form_id, edition = data.get("form"), data.get("edition")
    default_name, default_title = _edition_defaults(str(form_id))
    shipped = shipped_edition(str(form_id), str(edition))
    with db.read() as s:
        newest = s.scalar(select(func.max(PublishedFormMap.version)).where(
            PublishedFormMap.org_id == org.id, PublishedFormMap.form_id == form_id, PublishedFormMap.edition == edition))
    floor = max(newest or 0, SHIPPED_VERSION if shipped else 0)
    if version is None:
        version = floor + 1
    elif version <= floor:
        raise HubError(409, "Version {version} of {form} {edition} is not newer than version {floor} (published or "
                            "shipped with the app): publish version {next} or higher.", version=version,
                       form=str(form_id), edition=str(edition), floor=floor, next=floor + 1)
    payload = new_payload(
        data, organization_id=org.id, organization_name=org.name,
        form_name=form_name or (shipped.form_name if shipped else default_name) or "",
        title=title or (shipped.title if shipped else default_title) or "", sha256=sha256.strip().lower(),
        pages=pages if pages is not None else (shipped.pages if shipped else None), status=status, version=version,
        source=source or f"{Path(map_file).name}, published by {getpass.getuser()}", supersedes=supersedes)
    try:
        document = sign(payload, keys.sign)
    except PublishedMapError as exc:
        raise HubError(422, "{why}", why=str(exc)) from None
    with db.session() as s:
        row = PublishedFormMap(org_id=org.id, form_id=form_id, edition=edition, version=version,
                               sha256=payload["edition"]["sha256"], source=payload["source"][:500], document=document)
        s.add(row)
        s.flush()
        seq = row.seq
    return {"seq": seq, "form_id": form_id, "edition": edition, "version": version,
            "sha256": payload["edition"]["sha256"], "source": payload["source"], "bytes": len(document)}


def listing(session, org_id: str, since: int) -> dict:
    """The publications after ``since`` (at most ``MAX_LISTED``; ``more`` when there are others)."""
    rows = session.execute(select(PublishedFormMap.seq, PublishedFormMap.form_id, PublishedFormMap.edition,
                                  PublishedFormMap.version, PublishedFormMap.sha256, PublishedFormMap.published_at)
                           .where(PublishedFormMap.org_id == org_id, PublishedFormMap.seq > since)
                           .order_by(PublishedFormMap.seq).limit(MAX_LISTED + 1)).all()
    maps = [{"seq": r.seq, "form_id": r.form_id, "edition": r.edition, "version": r.version, "sha256": r.sha256,
             "published_at": r.published_at.isoformat() if r.published_at else None} for r in rows[:MAX_LISTED]]
    return {"maps": maps, "latest": maps[-1]["seq"] if maps else since, "more": len(rows) > MAX_LISTED}


def published(db: Database, org_id: str) -> list[PublishedFormMap]:
    """Every map the organization published (for the console's list), by form and edition, newest
    version first; the signed documents themselves are not loaded."""
    from sqlalchemy.orm import defer

    with db.read() as s:
        return list(s.scalars(select(PublishedFormMap).options(defer(PublishedFormMap.document))
                              .where(PublishedFormMap.org_id == org_id)
                              .order_by(PublishedFormMap.form_id, PublishedFormMap.edition,
                                        PublishedFormMap.version.desc())))


def document(session, org_id: str, seq: int) -> bytes:
    doc = session.scalar(select(PublishedFormMap.document).where(PublishedFormMap.org_id == org_id,
                                                                  PublishedFormMap.seq == seq))
    if doc is None:
        raise HubError(404, "There is no published field map {seq}.", seq=seq)
    return bytes(doc)


def documents_since(session, org_id: str, since: int) -> list[dict]:
    """The signed documents published after ``since``, for an acknowledgement bundle (an offline
    device installs them like a sync round: ``core/sync/form_map_sync.install_from_ack``)."""
    rows = session.execute(select(PublishedFormMap.seq, PublishedFormMap.document)
                           .where(PublishedFormMap.org_id == org_id, PublishedFormMap.seq > since)
                           .order_by(PublishedFormMap.seq).limit(MAX_LISTED)).all()
    return [{"seq": r.seq, "document": bytes(r.document).decode("utf-8")} for r in rows]
