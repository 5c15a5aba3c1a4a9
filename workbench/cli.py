"""The ``workbench`` command: with no subcommand it starts the desktop app.

Passphrases never come from argv (it shows in process lists and shell history): they come
from a prompt, or for scripts from ``WORKBENCH_PASSPHRASE`` / ``WORKBENCH_NEW_PASSPHRASE`` /
``WORKBENCH_RECOVERY_KEY``, or from standard input one per line when it is not a terminal.
Exit codes: 0 success, 1 a check found problems, 2 an error: one message on stderr saying what
happened and what to do, never a traceback (``WORKBENCH_DEBUG=1`` shows one for a bug report).
After wrong passphrases the next attempt waits a growing delay (``vault.UnlockFailures``: kept
across runs, the same count the desktop app uses).
"""

from __future__ import annotations

import argparse
import getpass
import json
import math
import os
import sys
import time
from pathlib import Path

from . import __version__
from .core.errors import WorkbenchError


class Secrets:
    """Reads passphrases from the environment, a prompt, or stdin lines, never from argv."""

    def __init__(self) -> None:
        self._stdin_lines: list[str] | None = None

    def _from_stdin(self) -> str:
        if self._stdin_lines is None:
            self._stdin_lines = sys.stdin.read().splitlines()
        if not self._stdin_lines:
            raise WorkbenchError("No passphrase given: set WORKBENCH_PASSPHRASE, or pipe it on standard input.")
        return self._stdin_lines.pop(0)

    def ask(self, prompt: str, env: str, confirm: bool = False) -> str:
        if os.environ.get(env):
            return os.environ[env]
        if not sys.stdin.isatty():
            return self._from_stdin()
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != value:
            raise WorkbenchError("The two passphrases differ; nothing was changed.")
        return value


def _vault_path(args) -> Path:
    """``--vault``, else the folder chosen at the app's first run, else the default location."""
    from .core.preferences import remembered_vault_path
    from .core.vault.store import default_vault_path

    return Path(args.vault).expanduser() if args.vault else remembered_vault_path() or default_vault_path()


def app_vault_folder(args) -> Path | None:
    """The folder the desktop app opens; ``None`` lets it choose. ``--demo`` without ``--vault``
    must never open (or create the demo in) the user's own vault folder."""
    return _vault_path(args) if args.vault or not args.demo else None


def _unwrap(args, secrets: Secrets, path: Path, kf):
    """The data key (and the keyring store used), after the growing delay that follows wrong
    passphrases; each failure and success is recorded for the next run (and the desktop app)."""
    from .core.vault.device_secret import os_keyring_store
    from .core.errors import WrongPassphrase, WrongRecoveryKey
    from .core.vault.store import UnlockFailures, Vault

    failures = UnlockFailures.for_vault(path)
    wait = failures.wait_seconds()
    if wait > 0:
        print(f"{failures.failures} failed attempts in a row: waiting {math.ceil(wait)} s before trying again.",
              file=sys.stderr, flush=True)
        time.sleep(wait)
    store = None
    try:
        if getattr(args, "recovery", False):
            secret = secrets.ask("Recovery key: ", "WORKBENCH_RECOVERY_KEY")
            key = Vault.unwrap(path, kf, lambda k: k.unlock_with_recovery(secret))
        else:
            store = os_keyring_store() if kf.device_secret == "keyring" else None
            secret = secrets.ask("Passphrase: ", "WORKBENCH_PASSPHRASE")
            key = Vault.unwrap(path, kf, lambda k: k.unlock(secret, store))
    except (WrongPassphrase, WrongRecoveryKey):
        failures.failed()
        raise
    failures.succeeded()
    return key, store


def _open(args, secrets: Secrets):
    from .core.vault.store import Vault

    path = _vault_path(args)
    kf = Vault._load_keyfile(path)  # fail on a missing or damaged vault before asking for a passphrase
    key, store = _unwrap(args, secrets, path, kf)
    return Vault._opened(path, kf, key, store, True)


# ----------------------------------------------------------------------------- vault commands
def cmd_vault_init(args, secrets: Secrets) -> int:
    from .core.vault.device_secret import keyring_status
    from .core.vault.store import Vault

    path = _vault_path(args)
    passphrase = secrets.ask("New passphrase: ", "WORKBENCH_PASSPHRASE", confirm=True)
    vault, recovery = Vault.create(path, passphrase, store=None if args.no_keyring else "auto")
    mode = vault.keyfile.device_secret
    vault.close()
    print(f"Created the vault in {path}.")
    print("Protection: passphrase + this computer's keyring secret." if mode == "keyring"
          else "Protection: passphrase only. " + keyring_status())
    print("\nRECOVERY KEY (shown once: print it or write it down, and keep it apart from this computer):\n")
    print(f"    {recovery}\n")
    print("It opens the vault if the passphrase is forgotten or this computer's keyring is lost.")
    return 0


def cmd_vault_status(args, _secrets) -> int:
    from .core.vault.store import Vault

    st = Vault.status(_vault_path(args))
    print(f"vault:        {st.folder}")
    print(f"id:           {st.vault_id}")
    print(f"created:      {st.created_at}")
    print("protection:   " + ("passphrase + OS keyring device secret" if st.device_secret == "keyring"
                              else "passphrase only (no OS keyring)"))
    print(f"key stretch:  Argon2id m={st.kdf['memory_kib'] // 1024} MiB t={st.kdf['iterations']} p={st.kdf['lanes']}")
    print(f"database:     {st.database_bytes:,} bytes (encrypted)")
    print(f"attachments:  {st.attachments}")
    print(f"backups:      {len(st.backups)}" + (f" (newest {st.backups[-1]})" if st.backups else ""))
    return 0


def cmd_vault_passwd(args, secrets: Secrets) -> int:
    vault = _open(args, secrets)
    try:
        new = secrets.ask("New passphrase: ", "WORKBENCH_NEW_PASSPHRASE", confirm=True)
        vault.change_passphrase(new)
    finally:
        vault.close()
    print("The passphrase was changed (the data key was rewrapped; the database was not rewritten).")
    return 0


def cmd_vault_backup(args, secrets: Secrets) -> int:
    with _open(args, secrets) as vault:
        info = vault.backup("manual")
    print(f"Backup written: {info.path} ({info.size:,} bytes, encrypted)")
    return 0


def cmd_vault_restore(args, secrets: Secrets) -> int:
    from .core.vault import backups
    from .core.vault.store import BACKUPS

    folder = _vault_path(args) / BACKUPS
    if args.list:
        for b in backups.list_backups(folder):
            print(f"{b.name}\t{b.created.isoformat(timespec='seconds')}\t{b.reason}\t{b.size:,} bytes")
        return 0
    from .core.vault.store import DB_NAME, Vault

    path = _vault_path(args)
    kf = Vault._load_keyfile(path)
    key, _store = _unwrap(args, secrets, path, kf)
    chosen = backups.find_backup(folder, args.name)
    backups.check_backup(chosen, key)  # a damaged backup is refused before anything is written
    # the current database may be too damaged to open: then it is kept as it is, then swapped
    saved = backups.save_before_restore(path / DB_NAME, key, folder)
    if saved is not None:
        print(f"Saved the current database as {saved.name}"
              + (" (it is damaged: kept as it was)." if saved.name.endswith(f"-{backups.DAMAGED}.wbdb") else "."))
    backups.restore_database(path / DB_NAME, chosen, key)
    print(f"Restored {chosen.name}.")
    return 0


def cmd_vault_check(args, secrets: Secrets) -> int:
    from .core.errors import VaultDamaged

    try:
        vault = _open(args, secrets)
    except VaultDamaged as exc:
        print(f"DAMAGED {exc.path}: {exc.detail}")
        return 1
    with vault:
        report = vault.check()
    for path, problem in report.problems:
        print(f"DAMAGED {path}: {problem}")
    summary = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in report.checked.items())
    print(("OK: " if report.ok else "PROBLEMS FOUND: ") + summary)
    return 0 if report.ok else 1


# ----------------------------------------------------------------------------- data commands
def cmd_import(args, secrets: Secrets) -> int:
    from .core.interchange import import_matter_json

    text = _read_input(args.file)
    with _open(args, secrets) as vault, vault.session() as s:
        result = import_matter_json(s, text)
    print(f"Imported matter {result.matter_id} (client {result.client_id}"
          + (", already in the vault" if result.client_reused else "") + ").")
    return 0


def cmd_export(args, secrets: Secrets) -> int:
    from .core.atomic import write_atomic
    from .core.interchange import export_matter_json

    with _open(args, secrets) as vault, vault.session() as s:
        text = export_matter_json(s, args.matter_id)
    if args.out:
        write_atomic(Path(args.out), text.encode("utf-8"))
        print(f"Exported matter {args.matter_id} to {args.out} (plaintext: store it safely).", file=sys.stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the terminal's encoding
        sys.stdout.buffer.flush()
    return 0


def cmd_matters_list(args, secrets: Secrets) -> int:
    from .core.queries.matter_list import count_matters, list_matters

    with _open(args, secrets) as vault, vault.session() as s:
        total = count_matters(s, args.filter)
        rows = list_matters(s, args.filter, sort=args.sort, descending=args.desc, limit=args.limit)
    if args.json:
        print(json.dumps([{**r.__dict__, "next_event_on": str(r.next_event_on or ""),
                           "next_deadline_on": str(r.next_deadline_on or "")} for r in rows], indent=2))
        return 0
    print(f"{'ID':36}  {'CLIENT':28}  {'KIND':24}  {'STAGE':12}  {'NEXT EVENT':10}  NEXT DEADLINE")
    for r in rows:
        print(f"{r.id:36}  {r.client_name[:28]:28}  {r.kind[:24]:24}  {r.stage[:12]:12}  "
              f"{str(r.next_event_on or '-'):10}  {r.next_deadline_on or '-'}")
    print(f"{len(rows)} of {total} matter(s)")
    return 0


def cmd_deadlines(args, secrets: Secrets) -> int:
    from sqlalchemy import select

    from .core.deadlines import store as deadline_store
    from .core.queries.calendar_export import matter_label
    from .core.errors import NotFound
    from .core.model import Matter

    with _open(args, secrets) as vault, vault.session() as s:
        q = select(Matter).where(Matter.deleted_at.is_(None))
        if args.matter:
            q = q.where(Matter.id == args.matter)
        matters = list(s.scalars(q))
        if args.matter and not matters:
            raise NotFound(f"There is no matter with id {args.matter}.")
        for matter in matters:
            deadline_store.recompute(s, matter.id)  # stored rows follow the current facts and rules
            results = deadline_store.compute_for(matter)
            manual = [d for d in matter.deadlines if d.rule_key is None and d.deleted_at is None]
            if not results and not manual:
                continue
            print(f"== {matter_label(matter)}  {matter.client.display_name}  ({matter.kind})  {matter.id}")
            for r in results:
                when = str(r.due_date) if r.due_date else "no date yet"
                flag = f"  (overridden; computed {r.computed_date}: {r.override.reason})" if r.is_overridden else ""
                print(f"  {when:12} {r.title}{flag}")
                if args.explain:
                    print("    " + r.explanation.as_text().replace("\n", "\n    "))
            for d in manual:
                print(f"  {str(d.due_on):12} {d.title}  (entered by hand)")
    return 0


def cmd_calendar_export(args, secrets: Secrets) -> int:
    from .core.atomic import write_atomic
    from .core.queries.calendar_export import export_ics

    with _open(args, secrets) as vault, vault.session() as s:
        data = export_ics(s, args.matter or None, include_client_names=args.with_client_names)
    write_atomic(Path(args.out), data)
    print(f"Wrote {args.out}" + (" (with client names)" if args.with_client_names else
                                 " (client names left out; matter numbers or initials instead)"))
    return 0


def cmd_forms_list(args, _secrets) -> int:
    from .core.forms.blanks import stored_blanks
    from .core.forms.editions import known_editions
    from .core.forms.fieldmap import available_maps

    added: dict[tuple[str, str], str] = {}
    for b in stored_blanks():
        key = (b.edition.form_id, b.edition.edition)
        if added.get(key) != "yes":
            added[key] = "yes" if b.edition.official else "not official"
    maps = set(available_maps())
    print(f"{'FORM':22} {'EDITION':9} {'STATUS':22} {'BLANK ADDED':12} FIELD MAP")
    for e in known_editions():
        status = "current" if e.fileable else "outdated, not fileable"
        print(f"{e.form_name:22} {e.edition:9} {status:22} {added.get((e.form_id, e.edition), 'no'):12} "
              f"{'yes' if (e.form_id, e.edition) in maps else 'no'}")
    return 0


def cmd_forms_add_blank(args, _secrets) -> int:
    from .core.forms.blanks import add_blank

    data = _read_input(args.pdf)
    stored = add_blank(data, not_official=args.not_official)
    print(f"Added {stored.edition.label}" + (f" — {stored.edition.warning}" if stored.edition.warning else "."))
    return 0


def _form_result(args, secrets: Secrets):
    """Fill (in memory) for --matter (from the vault) or --json (from an interchange file)."""
    from .core.forms.service import fill_matter_form, store_output

    if bool(args.matter) == bool(args.json):
        raise WorkbenchError("Name the matter with --matter ID or give an interchange file with --json FILE.")
    if args.json:
        from .core.interchange.scratch import matter_from_json

        with matter_from_json(_read_input(args.json)) as (session, matter_id):
            return fill_matter_form(session, args.form, matter_id, flatten=getattr(args, "flatten", False)), None
    vault = _open(args, secrets)
    with vault:
        with vault.session() as s:
            result = fill_matter_form(s, args.form, args.matter, member_id=args.member,
                                      flatten=getattr(args, "flatten", False))
        doc_id = store_output(vault, args.matter, result) if getattr(args, "out", None) else None
    return result, doc_id


def _print_checks(result) -> None:
    for w in result.warnings:
        print(f"WARNING: {w}")
    for c in result.checks:
        print(f"{c.severity.upper():8} {c.where:28} {c.message}")
    print(f"{len(result.errors)} error(s), {len(result.checks) - len(result.errors)} other note(s); "
          f"{len(result.report.filled)} field(s) filled; Additional Information: "
          f"{len(result.entries) - len(result.continuation)} in the form's own part, "
          f"{len(result.continuation)} on continuation pages.")


def cmd_forms_check(args, secrets: Secrets) -> int:
    result, _ = _form_result(args, secrets)
    _print_checks(result)
    return 1 if result.errors else 0


def cmd_forms_fill(args, secrets: Secrets) -> int:
    from .core.atomic import write_atomic

    result, doc_id = _form_result(args, secrets)
    _print_checks(result)
    write_atomic(Path(args.out), result.pdf)
    print(f"Wrote {args.out} (plaintext: store it safely)" + (f"; kept in the vault as document {doc_id}"
                                                             if doc_id else ""))
    return 0


def cmd_sync(args, secrets: Secrets) -> int:
    from .core.sync.client import enroll, sync
    from .core.sync import state

    with _open(args, secrets) as vault:
        if args.sync_command == "enroll":
            code = secrets.ask("Enrollment code: ", "WORKBENCH_ENROLL_CODE")
            info = enroll(vault, args.hub, code, args.device_name)
            from .core.sync.bundle_format import fingerprint
            print(f"Enrolled with {info.organization_name} as {info.attorney_email} (device {info.device_id}).")
            print(f"Hub key fingerprint: {fingerprint(info.sign_key)} — compare it with the one the "
                  "organization published.")
            return 0
        if args.sync_command == "status":
            with vault.session() as s:
                info, last = state.hub_info(s), state.last_sync(s)
                from .core.sync import outbox
                pending, conflicts = len(outbox.pending(s)), state.conflicts(s)
            print(f"hub:        {info.url if info else 'not enrolled'}")
            print(f"last sync:  {last['at'] if last else 'never'}")
            print(f"pending:    {pending} change(s) in the outbox")
            print(f"conflicts:  {len(conflicts)} to resolve")
            return 0
        report = sync(vault)
    print(f"Sent {report.pushed} change(s), received {report.pulled}; {report.conflicts} conflict(s) to resolve.")
    for line in report.rejected:
        print(f"REJECTED {line}")
    return 0


def cmd_bundle(args, secrets: Secrets) -> int:
    from .core.sync.bundles import export_bundle, import_ack

    with _open(args, secrets) as vault:
        if args.bundle_command == "export":
            summary = export_bundle(vault, Path(args.out))
            print(f"Wrote {args.out}: {summary['mutations']} change(s), {summary['blobs']} file(s), encrypted to "
                  f"the organization's key and signed by this device (export {summary['export_id']}).")
            return 0
        report = import_ack(vault, Path(args.file))
    print(f"Imported the acknowledgement: {report.pulled} record(s) received, {report.conflicts} conflict(s).")
    return 0


# ----------------------------------------------------------------------------- packets, visit kit, reports
def cmd_packet_build(args, secrets: Secrets) -> int:
    from .core.atomic import write_atomic
    from .core.packets import build_packet

    with _open(args, secrets) as vault:
        result = build_packet(vault, args.matter, args.filing, fee_line=args.fee_line,
                              progress=lambda step, done, total: print(f"[{done}/{total}] {step}", file=sys.stderr))
    for w in result.warnings:
        print(f"WARNING: {w}")
    write_atomic(Path(args.out), result.pdf)
    print(f"Wrote {args.out}: {result.page_count} pages, {len(result.exhibits)} exhibit(s) (plaintext: store it safely).")
    print(f"Checklist for {result.filing.label}:")
    for item in result.checklist:
        print(f"  [ ] {item.text}\n      ({item.citation})")
    return 0


def cmd_packet_order(args, secrets: Secrets) -> int:
    from .core.packets import exhibit_order, reorder_exhibits

    with _open(args, secrets) as vault:
        if args.set:
            reorder_exhibits(vault, args.matter, args.set)
        docs = exhibit_order(vault, args.matter)
    from .core.packets import tab_label

    for n, d in enumerate(docs):
        print(f"{tab_label(n):3} {d.document_id}  {d.title}")
    return 0


def cmd_visit_kit(args, secrets: Secrets) -> int:
    from .core.atomic import write_atomic
    from .core.visit_kit import build_visit_kit

    include = {x.strip() for x in (args.include or "").split(",") if x.strip()}
    with _open(args, secrets) as vault:
        pdf = build_visit_kit(vault, args.matter, args.lang, include=include)
    write_atomic(Path(args.out), pdf)
    print(f"Wrote {args.out} ({args.lang}); identifiers printed: matter number"
          + (", " + ", ".join(sorted(include)) if include else " only") + ".")
    return 0


def cmd_report(args, secrets: Secrets) -> int:
    from .core.queries import reports
    from .core.atomic import write_atomic

    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "pdf"):
        raise WorkbenchError(f"Write the report to a .csv or .pdf file, not {out.name}.")
    with _open(args, secrets) as vault, vault.session() as s:
        if args.report_command == "hours":
            rows = reports.hours_by_matter_month(s, start=args.start, end=args.end,
                                                 with_client_names=args.with_client_names)
            data = reports.hours_csv(rows) if fmt == "csv" else reports.hours_pdf(rows)
        else:
            rows = reports.matters_report(s, with_client_names=args.with_client_names)
            data = reports.matters_csv(rows) if fmt == "csv" else reports.matters_pdf(rows)
    write_atomic(out, data)
    print(f"Wrote {out} ({len(rows)} row(s))" + (" with client names" if args.with_client_names else
                                                 " (client names left out; matter numbers instead)") + ".")
    return 0


MAX_INPUT_BYTES = 256 * 1024 * 1024


def _read_input(name: str) -> bytes:
    """A file the user names (a matter file, a blank PDF), with a clear message when it cannot be read."""
    path = Path(name)
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise WorkbenchError(f"{path.name} is larger than {MAX_INPUT_BYTES // 2**20} MiB; nothing was read.")
        return path.read_bytes()
    except OSError as exc:
        raise WorkbenchError(f"Cannot read {name}: {exc.strerror or type(exc).__name__}.") from None


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


# ----------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="workbench", description="Pro Bono Workbench: run with no command to "
                                "start the desktop app.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--vault", metavar="PATH", help="the vault folder (default: the user data folder)")
    p.add_argument("--demo", action="store_true", help="start the app on a demo vault of fictional clients")
    p.add_argument("--self-test", action="store_true", help="check that the installed app is complete, then exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    v = sub.add_parser("vault", help="create, inspect, back up, restore and check the vault")
    vs = v.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    init = vs.add_parser("init", help="create a new vault (prints the recovery key once)")
    init.add_argument("--no-keyring", action="store_true", help="do not use the OS keyring (passphrase only)")
    init.set_defaults(func=cmd_vault_init)
    vs.add_parser("status", help="what can be told without the passphrase").set_defaults(func=cmd_vault_status)
    pw = vs.add_parser("passwd", help="change the passphrase (rewraps the key)")
    pw.add_argument("--recovery", action="store_true", help="unlock with the recovery key instead")
    pw.set_defaults(func=cmd_vault_passwd)
    vs.add_parser("backup", help="write an encrypted backup now").set_defaults(func=cmd_vault_backup)
    rs = vs.add_parser("restore", help="restore a backup (the newest by default)")
    rs.add_argument("name", nargs="?", help="backup file name (see --list)")
    rs.add_argument("--list", action="store_true", help="list the backups")
    rs.add_argument("--recovery", action="store_true", help="unlock with the recovery key")
    rs.set_defaults(func=cmd_vault_restore)
    ck = vs.add_parser("check", help="verify every database page, attachment and the audit chain")
    ck.add_argument("--recovery", action="store_true", help="unlock with the recovery key")
    ck.set_defaults(func=cmd_vault_check)

    im = sub.add_parser("import", help="import a matter from a JSON interchange file")
    im.add_argument("file", metavar="FILE.json")
    im.set_defaults(func=cmd_import)
    ex = sub.add_parser("export", help="export a matter as JSON (plaintext: only where you say)")
    ex.add_argument("matter_id", metavar="MATTER_ID")
    ex.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    ex.set_defaults(func=cmd_export)

    dl = sub.add_parser("deadlines", help="computed deadlines, with --explain for why each date")
    dl.add_argument("--matter", metavar="ID", help="one matter only")
    dl.add_argument("--explain", action="store_true", help="rule, inputs, authority and computation")
    dl.set_defaults(func=cmd_deadlines)
    cal = sub.add_parser("calendar", help="calendar export (.ics)")
    cals = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    ce = cals.add_parser("export", help="write an .ics of events and deadlines")
    ce.add_argument("--out", required=True, metavar="FILE.ics")
    ce.add_argument("--matter", action="append", metavar="ID", help="only these matters (repeatable)")
    ce.add_argument("--with-client-names", action="store_true", help="include client names (off by default)")
    ce.set_defaults(func=cmd_calendar_export)

    fm = sub.add_parser("forms", help="USCIS forms: blanks, checks, filling")
    fms = fm.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    fms.add_parser("list", help="known editions, added blanks and field maps").set_defaults(func=cmd_forms_list)
    ab = fms.add_parser("add-blank", help="add an official blank PDF downloaded from uscis.gov")
    ab.add_argument("pdf", metavar="PDF")
    ab.add_argument("--not-official", action="store_true",
                    help="accept a changed or re-saved copy of a known edition (every form filled from it warns)")
    ab.set_defaults(func=cmd_forms_add_blank)
    for name, func, helptext in (("check", cmd_forms_check, "check a form's answers before filling"),
                                 ("fill", cmd_forms_fill, "fill a form (kept in the vault; --out exports it)")):
        fp = fms.add_parser(name, help=helptext)
        fp.add_argument("form", metavar="FORM", help="i-589, i-918, i-918supa, i-918supb, i-360, g-28")
        fp.add_argument("--matter", metavar="ID")
        fp.add_argument("--json", metavar="FILE", help="an interchange file instead of a vault matter")
        fp.add_argument("--member", metavar="PERSON_ID", help="the family member (I-918 Supplement A)")
        if name == "fill":
            fp.add_argument("--out", required=True, metavar="OUT.pdf")
            fp.add_argument("--flatten", action="store_true", help="make the fields part of the page")
        fp.set_defaults(func=func)

    sy = sub.add_parser("sync", help="sync with the organization's hub (no action: sync now)")
    sys_ = sy.add_subparsers(dest="sync_command", metavar="ACTION")
    en = sys_.add_parser("enroll", help="enroll this vault with a one-time code (WORKBENCH_ENROLL_CODE or prompt)")
    en.add_argument("--hub", required=True, metavar="URL")
    en.add_argument("--device-name", default="laptop", metavar="NAME")
    sys_.add_parser("status", help="hub, last sync, pending changes, conflicts")
    sy.set_defaults(func=cmd_sync)
    bu = sub.add_parser("bundle", help="offline sync by file")
    bus = bu.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    be = bus.add_parser("export", help="write the pending changes as an encrypted, signed bundle")
    be.add_argument("--out", required=True, metavar="FILE")
    bi = bus.add_parser("import", help="import the hub's acknowledgement bundle")
    bi.add_argument("file", metavar="FILE")
    bu.set_defaults(func=cmd_bundle)

    m = sub.add_parser("matters", help="list matters")
    ms = m.add_subparsers(dest="matters_command", metavar="ACTION", required=True)
    ls = ms.add_parser("list", help="list matters")
    ls.add_argument("--filter", help="words matched against client name, A-number, matter number, court")
    from .core.queries.matter_list import SORT_KEYS

    ls.add_argument("--sort", choices=SORT_KEYS, default="client")
    ls.add_argument("--desc", action="store_true")
    ls.add_argument("--limit", type=int, default=100)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_matters_list)

    pk = sub.add_parser("packet", help="filing packets (cover letter, forms, exhibits, page numbers)")
    pks = pk.add_subparsers(dest="packet_command", metavar="ACTION", required=True)
    pb = pks.add_parser("build", help="assemble one PDF for a filing")
    pb.add_argument("--matter", required=True, metavar="ID")
    from .core.packets import filing_kinds

    pb.add_argument("--filing", required=True, choices=filing_kinds(), metavar="KIND",
                    help="one of: " + ", ".join(filing_kinds()))
    pb.add_argument("--out", required=True, metavar="FILE.pdf")
    pb.add_argument("--fee-line", metavar="TEXT", help="the cover letter's fee sentence (default: the filing's)")
    pb.set_defaults(func=cmd_packet_build)
    po = pks.add_parser("order", help="show (or --set) the exhibit order")
    po.add_argument("--matter", required=True, metavar="ID")
    po.add_argument("--set", nargs="+", metavar="DOCUMENT_ID", help="the exhibits, in order (others left out)")
    po.set_defaults(func=cmd_packet_order)

    vk = sub.add_parser("visit-kit", help="printable detention-visit kit (summary, checklist, worksheet)")
    vk.add_argument("--matter", required=True, metavar="ID")
    vk.add_argument("--lang", choices=("en", "es"), default="en")
    vk.add_argument("--out", required=True, metavar="FILE.pdf")
    vk.add_argument("--include", metavar="LIST", help="more identifiers to print, comma-separated: "
                    "name,a_number,date_of_birth,facility (default: the matter number only)")
    vk.set_defaults(func=cmd_visit_kit)

    rp = sub.add_parser("report", help="hours and matters reports (CSV or PDF)")
    rps = rp.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    for name, helptext in (("hours", "pro bono hours by matter and month"),
                           ("matters", "matters' status and outcomes")):
        r = rps.add_parser(name, help=helptext)
        r.add_argument("--out", required=True, metavar="FILE.csv|FILE.pdf")
        r.add_argument("--with-client-names", action="store_true", help="include client names (off by default)")
        if name == "hours":
            r.add_argument("--start", type=_iso_date, metavar="YYYY-MM-DD")
            r.add_argument("--end", type=_iso_date, metavar="YYYY-MM-DD")
        r.set_defaults(func=cmd_report)
    return p


MAX_MESSAGE = 8000  # characters: an error message never carries a whole (hostile) input


def _say_error(text: str) -> None:
    text = text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + " …"
    print(f"error: {text}", file=sys.stderr, flush=True)


def _safe_streams() -> None:
    """Text the terminal cannot show (a lone surrogate, an emoji on a Latin-1 console) is escaped,
    never a UnicodeEncodeError in place of the message."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    args = build_parser().parse_args(argv)
    try:
        if args.self_test:
            from .selftest import run

            return run()
        if args.command is None:
            from .gui.app import main as gui_main

            return gui_main(sys.argv[:1], app_vault_folder(args), demo=args.demo)
        return args.func(args, Secrets())
    except WorkbenchError as exc:
        _say_error(str(exc))
        return 2
    except KeyboardInterrupt:
        print("interrupted; nothing more was changed", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user (the type only: messages may hold client data)
        if os.environ.get("WORKBENCH_DEBUG"):
            import traceback

            traceback.print_exc()
        _say_error(f"something went wrong that Pro Bono Workbench did not expect ({type(exc).__name__}); nothing "
                   "more was changed. Run it again with WORKBENCH_DEBUG=1 set to see the details for a bug report.")
        return 2
