"""``workbench-hub``: the organization's admin commands and the server.

Every command opens the database (migrating it to the current schema first), does one thing,
prints plain text (or JSON with ``--json``) and exits 0; a refusal prints one sentence on
stderr and exits 1 (2 for usage errors, from argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from workbench.core.atomic import write_atomic

from . import admin, config
from .bundles import import_bundle
from .conflicts import open_conflicts
from .db import Database
from .enroll import issue_code
from .errors import HubError
from .ids import is_id


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="workbench-hub", description="The organization's sync hub for Pro Bono Workbench.")
    p.add_argument("--db", help="database URL (postgresql://user@host/db) or SQLite path; "
                                "default $WORKBENCH_HUB_DB or a SQLite file in the data directory")
    p.add_argument("--keys", help="the hub's key file; default $WORKBENCH_HUB_KEYS or hub-keys.json in the data directory")
    p.add_argument("--json", action="store_true", help="print results as JSON")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("init", help="create the organization and its key pair")
    c.add_argument("--name", required=True)
    c = sub.add_parser("add-attorney", help="add a volunteer attorney")
    c.add_argument("email")
    c.add_argument("--name")
    c = sub.add_parser("add-staff", help="create a staff account for the web console (/admin/)")
    c.add_argument("email")
    c.add_argument("--role", required=True, choices=("admin", "coordinator", "reporter"))
    c = sub.add_parser("add-matter", help="create a client and a matter at the hub")
    c.add_argument("--kind", required=True)
    c.add_argument("--family-name", required=True)
    c.add_argument("--given-name", required=True)
    c.add_argument("--number")
    c.add_argument("--assign", metavar="EMAIL")
    for name, text in (("assign", "assign a matter to an attorney"), ("unassign", "take a matter from an attorney")):
        c = sub.add_parser(name, help=text)
        c.add_argument("matter_id")
        c.add_argument("--attorney", required=True, metavar="EMAIL")
    c = sub.add_parser("enroll-code", help="issue a one-time device enrollment code (valid 7 days)")
    c.add_argument("--attorney", required=True, metavar="EMAIL")
    c = sub.add_parser("revoke-device", help="revoke a device: its requests and bundles are refused")
    c.add_argument("device_id")
    sub.add_parser("devices", help="list enrolled devices")
    sub.add_parser("conflicts", help="list open conflicts")
    c = sub.add_parser("resolve", help="resolve an open conflict (as the staff console does)")
    c.add_argument("conflict_id")
    side = c.add_mutually_exclusive_group(required=True)
    side.add_argument("--hub", action="store_true", help="keep the hub's value")
    side.add_argument("--device", action="store_true", help="take the device's value")
    side.add_argument("--value", metavar="JSON", help="another value, as JSON (a text in double quotes)")
    c = sub.add_parser("import-bundle", help="import an export bundle and write the acknowledgement")
    c.add_argument("file", type=Path)
    c.add_argument("--ack-out", required=True, type=Path)
    c = sub.add_parser("forms", help="field maps for new form editions (docs/forms-updates.md)")
    fs = c.add_subparsers(dest="forms_command", required=True)
    f = fs.add_parser("publish", help="check a field map with the app's parser, sign it with the organization's "
                                      "key and publish it to the enrolled devices")
    f.add_argument("map", type=Path, metavar="MAP.json", help="a map in the shape of forms/<form>/<edition>.json")
    f.add_argument("--edition-sha256", required=True, metavar="HEX",
                   help="sha256 of the official blank of that edition, as downloaded from uscis.gov")
    f.add_argument("--supersedes", action="append", default=[], metavar="MM/DD/YY",
                   help="an older edition of the same form this one replaces (shown as outdated); repeatable")
    f.add_argument("--version", type=int, help="the map's version (default: the next one)")
    f.add_argument("--source", help="who publishes it and from what (default: the file's name and your user name)")
    f.add_argument("--form-name", help="as USCIS prints it, e.g. 'I-765' (default: the app's name for the form)")
    f.add_argument("--title", help="the form's title (default: the app's)")
    f.add_argument("--pages", type=int, help="pages of the blank")
    f.add_argument("--status", choices=("current", "outdated"), default="current")
    fs.add_parser("list", help="the field maps published so far")
    f = fs.add_parser("export", help="write a published map (signed) to a file, for a device that installs it "
                                     "offline with 'workbench forms install'")
    f.add_argument("seq", type=int, help="its number (forms list)")
    f.add_argument("--out", required=True, type=Path, metavar="FILE.json")
    c = sub.add_parser("report", help="reports for the organization (no client identities)")
    rs = c.add_subparsers(dest="report_command", required=True)
    r = rs.add_parser("outcomes", help="outcomes by matter kind and year, with grant rate")
    r.add_argument("--out", type=Path, metavar="FILE.csv", help="write CSV here (default: print a table)")
    c = sub.add_parser("serve", help="run the hub (HTTP; put a TLS reverse proxy in front: docs/hub.md)")
    c.add_argument("--host", default="127.0.0.1")
    c.add_argument("--port", type=int, default=config.DEFAULT_PORT)
    c.add_argument("--workers", type=int, default=1, help="worker processes, run under a supervisor that "
                                                          "restarts one that dies (default 1)")
    c.add_argument("--worker-timeout", type=int, default=30, metavar="SECONDS",
                   help="restart a worker that has not answered the supervisor for this long (default 30)")
    c.add_argument("--no-supervisor", action="store_true",
                   help="run one process in the foreground, not restarted if it dies (debugging)")
    c.add_argument("--name", default="Pro Bono Workbench hub", help="organization name if serve has to create it")
    return p


def _print(args, value, text: str) -> None:
    print(json.dumps(value, indent=1, default=str) if args.json else text)


def _staff_password() -> str:
    """From WORKBENCH_HUB_STAFF_PASSWORD (scripts), else asked twice without echo."""
    import getpass
    import os

    password = os.environ.get("WORKBENCH_HUB_STAFF_PASSWORD")
    if password:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise HubError(1, "No password: set WORKBENCH_HUB_STAFF_PASSWORD or run this in a terminal.")
    password = getpass.getpass("Password for the new staff account: ")
    if getpass.getpass("Again: ") != password:
        raise HubError(1, "The two passwords differ; nothing was created.")
    return password


def _resolve(args, db: Database) -> tuple[dict, str]:
    """``resolve``: the same ``conflicts.resolve_for_organization`` the console's conflict page calls."""
    from .conflicts import resolve_for_organization
    from .models import Conflict

    with db.read() as s:
        row = s.get(Conflict, args.conflict_id) if is_id(args.conflict_id) else None
        sides = (json.loads(row.hub_value), json.loads(row.device_value)) if row is not None else (None, None)
    if args.value is not None:
        try:
            value = json.loads(args.value)
        except ValueError:
            raise HubError(1, "--value must be JSON: a text goes in double quotes, e.g. '\"Hon. B\"'.") from None
    else:
        value = sides[0] if args.hub else sides[1]
    org_id = _org_id(db)
    with db.write(org_id) as w:
        done = resolve_for_organization(w, org_id, args.conflict_id, value, "workbench-hub")
    return done, f"Resolved {args.conflict_id}: {done['entity']}.{done['field']} = {json.dumps(value)}."


def _forms(args, db: Database, keys: Path) -> tuple[object, str]:
    from . import forms_publish

    if args.forms_command == "publish":
        done = forms_publish.publish(db, keys, args.map, sha256=args.edition_sha256, supersedes=args.supersedes,
                                     version=args.version, source=args.source, form_name=args.form_name,
                                     title=args.title, pages=args.pages, status=args.status)
        return done, (f"Published {done['form_id']} {done['edition']} version {done['version']} (number {done['seq']}, "
                      f"signed with the organization's key): devices install it at their next sync.")
    if args.forms_command == "export":
        with db.read() as s:
            document = forms_publish.document(s, _org_id(db), args.seq)
        write_atomic(args.out, document)
        return {"seq": args.seq, "file": str(args.out)}, f"Wrote published map {args.seq} to {args.out}."
    with db.read() as s:
        items = forms_publish.listing(s, _org_id(db), 0)["maps"]
    return items, "\n".join(f"{m['seq']:>4}  {m['form_id']:10} {m['edition']}  version {m['version']}  "
                            f"{m['published_at']}" for m in items) or "No field maps published yet."


def _org_id(db: Database) -> str:
    from sqlalchemy import select

    from .models import Organization

    with db.read() as s:
        org_id = s.scalar(select(Organization.id))
    if org_id is None:
        raise HubError(1, "This hub has no organization yet: run 'workbench-hub init --name NAME'.")
    return org_id


def _run(args, db: Database, keys: Path) -> None:
    cmd = args.command
    if cmd == "init":
        info = admin.init_org(db, keys, args.name)
        _print(args, info, f"Organization {info['name']} ({info['organization_id']}).\nKey file: {info['keys']} "
                           f"(back it up; it is not in the database).\nPublish these fingerprints to your attorneys:\n"
                           f"  signing key   {info['sign_fingerprint']}\n  exchange key  {info['kx_fingerprint']}")
    elif cmd == "add-attorney":
        attorney = admin.add_attorney(db, _org_id(db), args.email, args.name)
        _print(args, {"attorney_id": attorney}, f"Added {args.email} ({attorney}).")
    elif cmd == "add-staff":
        from .console.staff import add_staff

        from .console import audit

        account = add_staff(db, args.email, args.role, _staff_password())
        audit.record(db, "staff.add", target=account.id, detail=f"{account.email} as {account.role} (command line)")
        _print(args, {"staff_id": account.id, "email": account.email, "role": account.role},
               f"Added {account.role} {account.email}; they set up their second factor at their first login.")
    elif cmd == "add-matter":
        client_id, matter_id = admin.add_matter(db, _org_id(db), kind=args.kind, family_name=args.family_name,
                                                given_name=args.given_name, matter_number=args.number)
        if args.assign:
            admin.assign(db, _org_id(db), args.assign, matter_id)
        _print(args, {"client_id": client_id, "matter_id": matter_id}, f"Matter {matter_id} (client {client_id}).")
    elif cmd == "assign":
        n = admin.assign(db, _org_id(db), args.attorney, args.matter_id)
        _print(args, {"records": n}, f"Assigned {args.matter_id} to {args.attorney} ({n} records to send).")
    elif cmd == "unassign":
        done = admin.unassign(db, args.attorney, args.matter_id)
        _print(args, {"unassigned": done}, "Unassigned." if done else "That matter was not assigned to that attorney.")
    elif cmd == "enroll-code":
        code, expires = issue_code(db, admin.attorney_id(db, args.attorney))
        _print(args, {"code": code, "expires_at": expires.isoformat()},
               f"{code}\n(one use, valid until {expires:%Y-%m-%d %H:%M} UTC; give it to {args.attorney} privately)")
    elif cmd == "revoke-device":
        admin.revoke_device(db, args.device_id)
        _print(args, {"revoked": args.device_id}, f"Revoked {args.device_id}.")
    elif cmd == "devices":
        devices = admin.list_devices(db)
        _print(args, devices, "\n".join(f"{d['device_id']}  {d['attorney']}  {d['name']}  {d['fingerprint']}"
                                        f"{'  REVOKED' if d['revoked'] else ''}" for d in devices) or "No devices.")
    elif cmd == "conflicts":
        with db.read() as s:
            items = open_conflicts(s, _org_id(db))
        _print(args, items, "\n".join(f"{c['conflict_id']}  {c['entity']}/{c['entity_id']}.{c['field']}: hub "
                                      f"{json.dumps(c['hub_value'])} vs device {json.dumps(c['device_value'])}"
                                      for c in items) or "No open conflicts.")
    elif cmd == "resolve":
        _print(args, *_resolve(args, db))
    elif cmd == "forms":
        _print(args, *_forms(args, db, keys))
    elif cmd == "import-bundle":
        _, hub_keys = admin.load_org(db, keys)
        try:
            data = args.file.read_bytes()
        except OSError as exc:
            raise HubError(1, f"Cannot read {args.file}: {exc.strerror}.") from None
        result = import_bundle(db, hub_keys, data)
        write_atomic(args.ack_out, result.ack)
        summary = {"export_id": result.export_id, "device_id": result.device_id, "duplicate": result.duplicate,
                   "applied": result.applied, "conflicts": result.conflicts, "rejected": result.rejected,
                   "ack": str(args.ack_out)}
        _print(args, summary, (f"Bundle {result.export_id} was already imported; the stored acknowledgement "
                               if result.duplicate else
                               f"Imported bundle {result.export_id}: {result.applied} applied, {result.conflicts} "
                               f"with conflicts, {result.rejected} rejected; acknowledgement ")
               + f"written to {args.ack_out}.")
    elif cmd == "report":
        rows = admin.outcomes_report(db, _org_id(db))
        if args.out:
            write_atomic(args.out, admin.outcomes_csv(rows))
        pct = lambda v: "-" if v is None else f"{v:.0%}"  # noqa: E731
        table = "\n".join([f"{'KIND':26} {'YEAR':7} {'OUTCOMES':>8} {'GRANTED':>7} {'RELIEF':>6} {'DENIED':>6} "
                            f"{'OTHER':>5} {'GRANT RATE':>10}"] +
                           [f"{r['kind'][:26]:26} {r['year']:7} {r['outcomes']:>8} {r['granted']:>7} "
                            f"{r['other_relief']:>6} {r['denied']:>6} {r['other']:>5} {pct(r['grant_rate']):>10}"
                            for r in rows]) if rows else "No outcomes recorded yet."
        _print(args, rows, table + (f"\nWrote {args.out}." if args.out else ""))
    elif cmd == "serve":
        from .server import serve

        serve(db, keys, host=args.host, port=args.port, workers=args.workers, org_name=args.name,
              supervise=not args.no_supervisor, worker_timeout=args.worker_timeout)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db = None
    try:
        db = Database(config.db_url(args.db))
        db.migrate()
        _run(args, db, config.keys_path(args.keys))
        return 0
    except HubError as exc:
        print(f"workbench-hub: {exc.message}", file=sys.stderr)
    except SQLAlchemyError as exc:
        print(f"workbench-hub: the database refused: {type(exc).__name__}: {str(exc).splitlines()[0]}", file=sys.stderr)
    finally:
        if db is not None:
            db.dispose()
    return 1


if __name__ == "__main__":
    sys.exit(main())
