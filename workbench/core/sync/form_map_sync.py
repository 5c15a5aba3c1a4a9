"""The round's field-map step: install the maps the organization published since the last sync.

Split like the rest of a round (``rounds.py``): the hub is asked on the network thread; verifying
and writing a map touches files of the vault's folder, not its database, so it runs there too
(``installed_maps.InstalledStore.install``); only the cursor and the audit entry are a vault step
(``record_form_maps``) on the vault's own thread.

A map that fails verification is reported (``SyncReport.form_maps_refused``) and skipped; it does
not fail the round, and nothing of it is written. The cursor moves past it: the hub serves each
published document unchanged, so asking again would only refuse it again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..forms.installed_maps import InstalledStore, newest_versions
from ..forms.published import PublishedMap, PublishedMapError
from ..i18n import translate
from ..vault import audit
from . import state
from .apply import Applied

log = logging.getLogger(__name__)


def store_for(vault_folder: Path, info: state.HubInfo,
              expected: dict[tuple[str, str], int] | None = None) -> InstalledStore:
    """The installed maps of the vault in ``vault_folder``, verified with its organization's key;
    ``expected``: the versions its database records (``state.installed_form_maps``)."""
    return InstalledStore(Path(vault_folder), info.organization_id, info.organization_name, info.sign_key,
                          dict(expected or {}))


def form_maps_start(vault) -> tuple[int, Path, dict[tuple[str, str], int]]:
    """(the cursor of published maps already fetched, the vault's folder, the versions it recorded)."""
    with vault.session() as s:
        return state.form_maps_cursor(s), Path(vault.folder), state.installed_form_maps(s)


def record_form_maps(vault, cursor: int, installed: list[PublishedMap], written: Applied) -> None:
    with vault.session() as s:
        state.set_form_maps_cursor(s, cursor)
        state.note_installed_form_maps(s, newest_versions(installed))
        for pm in installed:
            audit.record(s, "form_map_installed", "vault", detail=english_label(pm))
    written.touch(state.META, state.FORM_MAPS_KEY)
    written.touch(state.META, state.INSTALLED_MAPS_KEY)


LABEL = "{form} {edition} version {version}"  # the English of label()


def label(pm) -> str:
    """The map's name on screen, in the interface language ("I-765 08/21/25 version 2")."""
    return translate("forms", "{form} {edition} version {version}").format(form=pm.edition.form_name, edition=pm.edition.edition, version=pm.version)


def english_label(pm) -> str:
    """The map's name in the vault's audit log, a record kept in English whatever the interface says."""
    return LABEL.format(form=pm.edition.form_name, edition=pm.edition.edition, version=pm.version)


def install_documents(store: InstalledStore, since: int, documents) -> tuple[int, list[PublishedMap], list[str]]:
    """Install each (seq, document bytes) that verifies; returns the new cursor, what was installed
    and why the others were refused (nothing of a refused one is written)."""
    installed: list[PublishedMap] = []
    refused: list[str] = []
    cursor = since
    for seq, data in documents:
        try:
            pm, new = store.install(data)
            if new:
                installed.append(pm)
        except PublishedMapError as exc:
            refused.append(translate("forms", "published map {number}: {reason}").format(number=seq, reason=exc))
            log.warning("%s", refused[-1])  # a map holds no client data
        cursor = max(cursor, seq)
    return cursor, installed, refused


def fetch_form_maps(client, store: InstalledStore, since: int) -> tuple[int, list[PublishedMap], list[str]]:
    """Ask the hub for maps published after ``since`` and install them (``install_documents``);
    each document is fetched only when the previous one is done.

    A recorded version whose file is gone from the vault's folder (``store.missing``) is fetched
    again: the listing is then read from the start, and those documents join the new ones."""
    missing = store.missing()
    listing = client.form_maps(0 if missing else since).get("maps", [])
    entries = sorted((e for e in listing if int(e["seq"]) > since
                      or (e.get("form_id"), e.get("edition"), e.get("version")) in missing), key=lambda m: m["seq"])
    return install_documents(store, since, ((int(e["seq"]), client.form_map(int(e["seq"]))) for e in entries))


def install_from_ack(vault, info: state.HubInfo, payload: dict, report) -> None:
    """The maps an acknowledgement bundle carries (``form_maps``: the hub adds those published after
    the cursor the export bundle named), installed and reported like a sync round's."""
    items = payload.get("form_maps")
    if not isinstance(items, list):
        return
    since, folder, expected = form_maps_start(vault)
    documents = [(int(i["seq"]), str(i["document"]).encode("utf-8")) for i in items
                 if isinstance(i, dict) and isinstance(i.get("seq"), int) and "document" in i]
    cursor, installed, refused = install_documents(store_for(folder, info, expected), since, documents)
    report.form_maps_installed += [label(pm) for pm in installed]
    report.form_maps_refused += refused
    if cursor != since or installed:
        record_form_maps(vault, cursor=cursor, installed=installed, written=report.written)
