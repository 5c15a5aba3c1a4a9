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
    from .core.operations.vaults import vault_folder

    return vault_folder(args.vault)


def app_vault_folder(args) -> Path | None:
    """The folder the desktop app opens; ``None`` lets it choose. ``--demo`` without ``--vault``
    must never open (or create the demo in) the user's own vault folder."""
    return _vault_path(args) if args.vault or not args.demo else None


def _asker(args, secrets: Secrets, recovery: bool | None = None):
    recovery = getattr(args, "recovery", False) if recovery is None else recovery

    def ask() -> str:
        return (secrets.ask("Recovery key: ", "WORKBENCH_RECOVERY_KEY") if recovery
                else secrets.ask("Passphrase: ", "WORKBENCH_PASSPHRASE"))
    return ask


def _warn(exported) -> None:
    """Say when a copy could not be made owner-only (a drive without permissions; an ACL Windows refused)."""
    if exported.warning:
        print(f"WARNING: {exported.warning}", file=sys.stderr)


def _say_wait(failures: int, seconds: float) -> None:
    print(f"{failures} failed attempts in a row: waiting {math.ceil(seconds)} s before trying again.",
          file=sys.stderr, flush=True)


def _open(args, secrets: Secrets):
    """The unlocked vault, after the growing delay that follows wrong passphrases (a missing or
    damaged vault is reported before any prompt)."""
    from .core.operations.vaults import open_counting_failures

    return open_counting_failures(_vault_path(args), _asker(args, secrets),
                                  recovery=getattr(args, "recovery", False), on_wait=_say_wait)


# ----------------------------------------------------------------------------- vault commands
def cmd_vault_init(args, secrets: Secrets) -> int:
    from .core.operations.vaults import create_vault, keyring_status

    path = _vault_path(args)
    passphrase = secrets.ask("New passphrase: ", "WORKBENCH_PASSPHRASE", confirm=True)
    vault, recovery = create_vault(path, passphrase, use_keyring=not args.no_keyring)
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
    from .core.operations.vaults import vault_status

    st = vault_status(_vault_path(args))
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
        from .core.operations.vaults import change_passphrase

        change_passphrase(vault, secrets.ask("New passphrase: ", "WORKBENCH_NEW_PASSPHRASE", confirm=True))
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
    """Restore a backup into the closed vault (its database may be too damaged to open): refused
    while another program has the vault open; a damaged backup is refused before anything is written;
    the current database is kept beside the backups first."""
    from .core.operations.backups import restore_closed
    from .core.operations.vaults import backups_in, unwrap_counting_failures

    path = _vault_path(args)
    if args.list:
        for b in backups_in(path):
            print(f"{b.name}\t{b.created.isoformat(timespec='seconds')}\t{b.reason}\t{b.size:,} bytes")
        return 0
    _kf, key, _store = unwrap_counting_failures(path, _asker(args, secrets), recovery=args.recovery,
                                                on_wait=_say_wait)
    restored, saved = restore_closed(path, key, args.name)
    if saved is not None:
        print(f"Saved the current database as {saved}"
              + (" (it is damaged: kept as it was)." if saved.endswith("-damaged.wbdb") else "."))
    print(f"Restored {restored.name}.")
    return 0


def cmd_vault_check(args, secrets: Secrets) -> int:
    from .core.errors import VaultDamaged

    try:
        vault = _open(args, secrets)
    except VaultDamaged as exc:
        print(f"DAMAGED {exc.path}: {exc.detail}")
        return 1
    from .core.operations.vaults import check_vault

    with vault:
        report = check_vault(vault)
    for path, problem in report.problems:
        print(f"DAMAGED {path}: {problem}")
    summary = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in report.checked.items())
    print(("OK: " if report.ok else "PROBLEMS FOUND: ") + summary)
    return 0 if report.ok else 1


# ----------------------------------------------------------------------------- data commands
def cmd_import(args, secrets: Secrets) -> int:
    from .core.operations.interchange import import_matter

    text = _read_input(args.file)
    with _open(args, secrets) as vault:
        result = import_matter(vault, text)
    print(f"Imported matter {result.matter_id} (client {result.client_id}"
          + (", already in the vault" if result.client_reused else "") + ").")
    return 0


def cmd_export(args, secrets: Secrets) -> int:
    from .core.operations.interchange import export_matter

    with _open(args, secrets) as vault:
        if args.out:
            _warn(export_matter(vault, args.matter_id, Path(args.out)))
            print(f"Exported matter {args.matter_id} to {args.out} (plaintext: store it safely).", file=sys.stderr)
        else:
            sys.stdout.flush()
            export_matter(vault, args.matter_id, None, stream=sys.stdout.buffer)  # UTF-8 whatever the terminal's
    return 0


def cmd_matters_list(args, secrets: Secrets) -> int:
    from .core.operations import MatterQuery, matters_page

    query = MatterQuery(args.filter or "", args.sort, args.desc)
    with _open(args, secrets) as vault:
        page = matters_page(vault, query, limit=args.limit, with_total=True)
    rows = page.rows
    if args.json:
        print(json.dumps([{**r.__dict__, "next_event_on": str(r.next_event_on or ""),
                           "next_deadline_on": str(r.next_deadline_on or "")} for r in rows], indent=2))
        return 0
    print(f"{'ID':36}  {'CLIENT':28}  {'KIND':24}  {'STAGE':12}  {'NEXT EVENT':10}  NEXT DEADLINE")
    for r in rows:
        print(f"{r.id:36}  {r.client_name[:28]:28}  {r.kind[:24]:24}  {r.stage[:12]:12}  "
              f"{str(r.next_event_on or '-'):10}  {r.next_deadline_on or '-'}")
    print(f"{len(rows)} of {page.total} matter(s)")
    return 0


def cmd_deadlines(args, secrets: Secrets) -> int:
    from .core.operations.deadline_list import list_deadlines

    with _open(args, secrets) as vault:
        listing = list_deadlines(vault, args.matter or None)
    for m in listing.matters:
        print(f"== {m.label}  {m.client_name}  ({m.kind})  {m.matter_id}")
        for line in m.lines:
            print(f"  {line.due:12} {line.title}" + (f"  {line.note}" if line.note else ""))
            if args.explain and line.explanation:
                print("    " + line.explanation.replace("\n", "\n    "))
    return 0


def cmd_calendar_export(args, secrets: Secrets) -> int:
    from .core.operations import export_calendar

    with _open(args, secrets) as vault:
        _warn(export_calendar(vault, args.matter or None, Path(args.out), include_client_names=args.with_client_names))
    print(f"Wrote {args.out}" + (" (with client names)" if args.with_client_names else
                                 " (client names left out; matter numbers or initials instead)"))
    return 0


def cmd_forms_list(args, secrets: Secrets) -> int:
    """Every known edition, its blank, and the map that fills it (version and source). The maps the
    organization published are in the vault, so the vault is opened when there is one (not with
    --shipped-only)."""
    from contextlib import nullcontext

    from .core.operations import forms_catalog
    from .core.operations.form_maps import map_catalog
    from .core.operations.vaults import KEY_NAME

    with (_open(args, secrets) if not args.shipped_only and (_vault_path(args) / KEY_NAME).exists()
          else nullcontext()) as vault:
        maps = map_catalog(vault)
        blanks = {(e.form_name, e.edition): e.blank for e in forms_catalog()}
    print(f"{'FORM':22} {'EDITION':9} {'STATUS':22} {'BLANK ADDED':12} {'MAP':4} SOURCE")
    for m in maps.rows:
        status = "current" if m.fileable else "outdated, not fileable"
        version = f"v{m.version}" if m.version else "none"
        print(f"{m.form_name:22} {m.edition:9} {status:22} {blanks.get((m.form_name, m.edition), 'no'):12} "
              f"{version:4} {m.source}")
    for problem in maps.problems:
        print(f"WARNING: {problem}", file=sys.stderr)
    if vault is None:
        print("(maps shipped with the app only: the maps your organization published are listed with your vault)")
    return 0


def cmd_forms_install(args, secrets: Secrets) -> int:
    """Install a field map the organization published, from a file a staff member sent."""
    from .core.operations.form_maps import install_map_file

    data = _read_input(args.file)
    with _open(args, secrets) as vault:
        done = install_map_file(vault, data)
    print(f"Installed the field map {done.label}." if done.new else
          f"The field map {done.label} was already installed; nothing changed.")
    return 0


def cmd_forms_add_blank(args, _secrets) -> int:
    from .core.operations import add_official_blank

    added = add_official_blank(_read_input(args.pdf), not_official=args.not_official)
    print(f"Added {added.label}" + (f" — {added.warning}" if added.warning else "."))
    return 0


def _one_source(args) -> None:
    if bool(args.matter) == bool(args.json):
        raise WorkbenchError("Name the matter with --matter ID or give an interchange file with --json FILE.")


def _print_checks(state) -> None:
    for w in state.warnings:
        print(f"WARNING: {w}")
    for c in state.checks:
        print(f"{c.severity.upper():8} {c.where:28} {c.message}")
    errors = state.count("error")
    print(f"{errors} error(s), {len(state.checks) - errors} other note(s); "
          f"{state.filled} field(s) filled; Additional Information: "
          f"{state.entries_in_form} in the form's own part, {state.entries_continued} on continuation pages.")


def cmd_forms_check(args, secrets: Secrets) -> int:
    """The form's checks, filled in memory: from the vault's matter, or from an interchange file."""
    from .core.operations import fill_from_interchange, form_state, slot_for

    _one_source(args)
    if args.json:
        state = fill_from_interchange(_read_input(args.json), args.form).state
    else:
        with _open(args, secrets) as vault:
            state = form_state(vault, slot_for(vault, args.matter, args.form, args.member))
    _print_checks(state)
    return 1 if state.count("error") else 0


def cmd_forms_fill(args, secrets: Secrets) -> int:
    """Fill once: the filled PDF is kept in the vault (a document of the matter), its checks are
    printed from the same fill, and the copy at --out is an audited export."""
    from .core.operations import fill_form, fill_from_interchange, slot_for, write_export

    _one_source(args)
    out, doc_id = Path(args.out), None
    if args.json:  # from an interchange file: no vault involved, so nothing to record the copy in
        scratch = fill_from_interchange(_read_input(args.json), args.form, flatten=args.flatten)
        _print_checks(scratch.state)
        _warn(write_export(None, out, scratch.pdf, what=f"{args.form} filled"))
    else:
        with _open(args, secrets) as vault:
            filled = fill_form(vault, slot_for(vault, args.matter, args.form, args.member), flatten=args.flatten)
            _print_checks(filled.state)
            _warn(write_export(vault, out, filled.pdf, what=f"{args.form} filled", entity_id=args.matter))
        doc_id = filled.document_id
    print(f"Wrote {out} (plaintext: store it safely)" + (f"; kept in the vault as document {doc_id}"
                                                         if doc_id else ""))
    return 0


def cmd_sync(args, secrets: Secrets) -> int:
    """``workbench sync [enroll|status|conflicts|resolve]``: the same operations as the app's Sync menu
    (``core.operations.sync``), the hub's requests on this thread and the vault's steps on its own."""
    from .core.operations import sync as sync_ops

    with _open(args, secrets) as vault:
        if args.sync_command == "enroll":
            code = secrets.ask("Enrollment code: ", "WORKBENCH_ENROLL_CODE")
            with sync_ops.vault_steps(vault) as db:
                enrolled = sync_ops.enroll(db, args.hub, code, args.device_name)
            print(f"Enrolled with {enrolled.organization_name} as {enrolled.attorney_email} "
                  f"(device {enrolled.device_id}).")
            print(f"Hub key fingerprint: {enrolled.fingerprint} — compare it with the one the "
                  "organization published.")
            return 0
        if args.sync_command == "status":
            status = sync_ops.sync_status(vault)
            print(f"hub:        {status.hub_url or 'not enrolled'}" + ("  (bundle-only)" if status.bundle_only else ""))
            print(f"last sync:  {status.last_sync_at or 'never'}")
            print(f"pending:    {status.pending} change(s) in the outbox")
            print(f"conflicts:  {status.conflicts} to resolve")
            return 0
        if args.sync_command == "conflicts":
            for item in sync_ops.conflict_items(vault):
                print(f"{item.conflict_id}  {item.record}: {item.field}\n"
                      f"    hub:    {sync_ops.value_text(item.hub_value)}\n"
                      f"    device: {sync_ops.value_text(item.device_value)}"
                      + ("  (this device)" if item.from_this_device else ""))
            return 0
        if args.sync_command == "resolve":
            return _resolve_conflict(sync_ops, vault, args)
        outcome = sync_ops.run_sync(vault)
    report = outcome.report
    print(f"Sent {report.pushed} change(s), received {report.pulled}; {report.conflicts} conflict(s) to resolve.")
    for line in report.rejected:
        print(f"REJECTED {line}")
    _print_form_maps(report)
    return 0


def _print_form_maps(report) -> None:
    """The field maps the organization published that this round or acknowledgement installed or refused."""
    for name in report.form_maps_installed:
        print(f"Installed the field map {name}.")
    for why in report.form_maps_refused:
        print(f"FIELD MAP REFUSED {why}")


def _resolve_conflict(sync_ops, vault, args) -> int:
    """``sync resolve ID --keep hub|device`` or ``--value TEXT`` (read like the app's edit box)."""
    item = next((c for c in sync_ops.conflict_items(vault) if c.conflict_id == args.conflict_id), None)
    if item is None:
        raise WorkbenchError("No open conflict has that id here: run 'workbench sync' and "
                             "'workbench sync conflicts' for the current list.")
    if args.value is not None:
        like = item.device_value if item.device_value is not None else item.hub_value
        value = sync_ops.parse_value(args.value, like)
    else:
        value = item.hub_value if args.keep == "hub" else item.device_value
    with sync_ops.vault_steps(vault) as db:
        sync_ops.resolve_conflict(db, item.conflict_id, value)
    print("Sent to the hub; the next 'workbench sync' brings the chosen value here and to your other devices.")
    return 0


def cmd_bundle(args, secrets: Secrets) -> int:
    from .core.operations import sync as sync_ops

    with _open(args, secrets) as vault:
        if args.bundle_command == "export":
            exported = sync_ops.export_bundle(vault, Path(args.out))
            print(f"Wrote {args.out}: {exported.mutations} change(s), {exported.blobs} file(s), encrypted to "
                  f"the organization's key and signed by this device (export {exported.export_id}).")
            return 0
        report = sync_ops.import_ack(vault, Path(args.file)).report
    print(f"Imported the acknowledgement: {report.pulled} record(s) received, {report.conflicts} conflict(s).")
    _print_form_maps(report)
    return 0


# ----------------------------------------------------------------------------- packets, visit kit, reports
def cmd_packet_build(args, secrets: Secrets) -> int:
    from .core.operations import packets

    enclose = {**{f.lower(): True for f in args.include or ()}, **{f.lower(): False for f in args.leave_out or ()}}
    with _open(args, secrets) as vault:
        plan = packets.packet_plan(vault, args.matter, args.filing, member_id=args.member, enclose=enclose)
        for form in plan:
            who = f" for {form.member_name}" if form.member_name else ""
            status = ("enclosed" if form.enclosed else "left out") + (" (optional)" if form.optional else "")
            choice = f" [{form.choice}]" if form.own_choice else ""  # what --include/--leave-out take for this copy
            print(f"  {form.form_id.upper()}{who}{choice}: {status}", file=sys.stderr)
        result = packets.build_packet(vault, args.matter, args.filing, fee_line=args.fee_line, member_id=args.member,
                                      enclose=enclose,
                                      progress=lambda step, done, total: print(f"[{done}/{total}] {step}",
                                                                               file=sys.stderr))
        _warn(packets.export_packet(vault, args.matter, result, Path(args.out)))
    for w in result.warnings:
        print(f"WARNING: {w}")
    print(f"Wrote {args.out}: {result.page_count} pages, {len(result.exhibits)} exhibit(s) (plaintext: store it safely).")
    print(f"Checklist for {result.filing.label}:")
    for item in result.checklist:
        print(f"  [ ] {item.text}\n      ({item.citation})")
    return 0


def cmd_packet_order(args, secrets: Secrets) -> int:
    from .core.operations import packets

    with _open(args, secrets) as vault:
        if args.set:
            packets.reorder_exhibits(vault, args.matter, args.set)
        docs = packets.exhibit_order(vault, args.matter)
    for n, d in enumerate(docs):
        print(f"{packets.tab_label(n):3} {d.document_id}  {d.title}")
    return 0


def cmd_visit_kit(args, secrets: Secrets) -> int:
    from .core.operations import visits

    include = {x.strip() for x in (args.include or "").split(",") if x.strip()}
    with _open(args, secrets) as vault:
        _warn(visits.export_visit_kit(vault, args.matter, Path(args.out), args.lang, include=include))
    print(f"Wrote {args.out} ({args.lang}); identifiers printed: matter number"
          + (", " + ", ".join(sorted(include)) if include else " only") + ".")
    return 0


def cmd_report(args, secrets: Secrets) -> int:
    from .core.operations import reports

    out = Path(args.out)
    fmt = reports.report_format(out)
    with _open(args, secrets) as vault:
        written = reports.export_report(vault, args.report_command, out, fmt, start=getattr(args, "start", None),
                                        end=getattr(args, "end", None), with_client_names=args.with_client_names)
    _warn(written.exported)
    print(f"Wrote {out} ({written.rows} row(s))" + (" with client names" if args.with_client_names else
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
    fl = fms.add_parser("list", help="known editions, added blanks and field maps (version and source)")
    fl.add_argument("--shipped-only", action="store_true", help="do not open the vault: only the maps shipped with the app")
    fl.set_defaults(func=cmd_forms_list)
    fi = fms.add_parser("install", help="install a field map your organization published (a .json file it sent)")
    fi.add_argument("file", metavar="FILE.json")
    fi.set_defaults(func=cmd_forms_install)
    ab = fms.add_parser("add-blank", help="add an official blank PDF downloaded from uscis.gov")
    ab.add_argument("pdf", metavar="PDF")
    ab.add_argument("--not-official", action="store_true",
                    help="accept a changed or re-saved copy of a known edition (every form filled from it warns)")
    ab.set_defaults(func=cmd_forms_add_blank)
    for name, func, helptext in (("check", cmd_forms_check, "check a form's answers before filling"),
                                 ("fill", cmd_forms_fill, "fill a form (kept in the vault; --out exports it)")):
        fp = fms.add_parser(name, help=helptext)
        fp.add_argument("form", metavar="FORM", help="i-589, i-918, i-918supa, i-918supb, i-360, g-28, i-730, ...")
        fp.add_argument("--matter", metavar="ID")
        fp.add_argument("--json", metavar="FILE", help="an interchange file instead of a vault matter")
        fp.add_argument("--member", metavar="PERSON_ID", help="the family member the form is about (I-918 Supplement A, "
                                                              "I-730) or for (a U visa family member's own I-765, or "
                                                              "the G-28 with that member as the client)")
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
    sys_.add_parser("conflicts", help="list the open conflicts (from the last sync)")
    rs = sys_.add_parser("resolve", help="answer a conflict: keep one value or give the right one")
    rs.add_argument("conflict_id", metavar="CONFLICT_ID")
    choice = rs.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=("hub", "device"), help="keep the hub's or the device's value")
    choice.add_argument("--value", metavar="TEXT", help="the right value, typed as the app shows it")
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
    from .core.operations.choices import SORT_KEYS

    ls.add_argument("--sort", choices=SORT_KEYS, default="client")
    ls.add_argument("--desc", action="store_true")
    ls.add_argument("--limit", type=int, default=100)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_matters_list)

    pk = sub.add_parser("packet", help="filing packets (cover letter, forms, exhibits, page numbers)")
    pks = pk.add_subparsers(dest="packet_command", metavar="ACTION", required=True)
    pb = pks.add_parser("build", help="assemble one PDF for a filing")
    pb.add_argument("--matter", required=True, metavar="ID")
    from .core.operations.choices import filing_kinds

    pb.add_argument("--filing", required=True, choices=filing_kinds(), metavar="KIND",
                    help="one of: " + ", ".join(filing_kinds()))
    pb.add_argument("--out", required=True, metavar="FILE.pdf")
    pb.add_argument("--fee-line", metavar="TEXT", help="the cover letter's fee sentence (default: the filing's)")
    pb.add_argument("--member", metavar="PERSON_ID", help="the relative an I-730 packet petitions for")
    pb.add_argument("--include", nargs="+", metavar="FORM", help="enclose these optional forms (e.g. i-912; a family "
                                                                 "member's own I-765: i-765:PERSON_ID)")
    pb.add_argument("--leave-out", nargs="+", metavar="FORM", help="leave out these optional forms (e.g. i-765, the "
                                                                   "client's; i-765:PERSON_ID, one family member's)")
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
    """Standard streams every command can use, on every system.

    - The windowed app (PyInstaller ``console=False`` on Windows) starts with ``sys.stdin``,
      ``stdout`` and ``stderr`` set to None: each missing one becomes ``os.devnull``, so a command
      given to it (a script with WORKBENCH_PASSPHRASE set) runs instead of crashing. People type
      commands into ``workbench-cli.exe``, the console build beside it (docs/security.md).
    - Output is UTF-8 whatever the console's code page (cp1252 when redirected on Windows), so a
      client's name never raises UnicodeEncodeError; what still cannot be encoded (a lone
      surrogate) is escaped. Piped input (passphrases, one per line) is read as UTF-8, a leading
      byte-order mark dropped, so a passphrase typed in the app matches the one in the file.
    """
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    for stream, options in ((sys.stdout, {"encoding": "utf-8", "errors": "backslashreplace"}),
                            (sys.stderr, {"encoding": "utf-8", "errors": "backslashreplace"}),
                            (sys.stdin, {"encoding": "utf-8-sig"})):
        try:
            if stream is sys.stdin and stream.isatty():
                continue  # a terminal: passphrases come from getpass, which reads the console itself
            stream.reconfigure(**options)
        except (AttributeError, ValueError, OSError):
            pass  # not a text stream (replaced by a test or an embedding program): leave it as it is


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
