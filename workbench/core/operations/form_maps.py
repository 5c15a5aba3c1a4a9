"""Field maps, as operations: which map fills each edition (shipped with the app or published by
the organization), installing a published map a staff member sent as a file, and making the open
vault's installed maps the ones that fill.

Installed maps live in the vault's folder and are verified with the organization's key from the
vault's (encrypted) hub record, so they count only while that vault is open: ``use_vault_maps``
makes them active, and every operation that reads or fills forms calls it first (the Forms tab's
and the CLI's). A vault not enrolled with a hub has no organization key: only shipped maps then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..forms import installed_maps
from ..forms.editions import known_editions
from ..forms.fieldmap import FieldMapError, load_map
from ..forms.published import PublishedMapError
from ..i18n import translate
from ..sync import state
from ..sync.form_map_sync import english_label, label, store_for
from ..vault import audit
from .changes import ChangeSet


def use_vault_maps(vault) -> None:
    """Make the maps ``vault`` installed the active ones (shipped maps only if it is not enrolled)."""
    with vault.session() as s:
        info, expected = state.hub_info(s), state.installed_form_maps(s)
    if info is None:
        installed_maps.activate(None)
        return
    installed_maps.activate(store_for(Path(vault.folder), info, expected))
    on_disk = installed_maps.newest_versions(installed_maps.installed().maps)
    if any(v > expected.get(k, 0) for k, v in on_disk.items()):  # installed before the record was kept
        with vault.session() as s:
            state.note_installed_form_maps(s, on_disk)
        installed_maps.activate(store_for(Path(vault.folder), info, {**expected, **on_disk}))


@dataclass(frozen=True)
class MapRow:
    """One edition the app knows, with the map that fills it."""

    form_id: str
    form_name: str
    edition: str
    fileable: bool
    version: int | None  # None: no map for this edition
    source: str  # "shipped with the app" or "published by <organization> on <date>" (interface language)


@dataclass(frozen=True)
class MapCatalog:
    rows: tuple[MapRow, ...]
    problems: tuple[str, ...]  # installed map files that were refused on load, and why


def map_catalog(vault=None) -> MapCatalog:
    """Every known edition and the map that fills it; with ``vault``, its installed maps count."""
    if vault is not None:
        use_vault_maps(vault)
    rows = []
    for e in known_editions():
        try:
            fmap = load_map(e.form_id, e.edition)
            version = fmap.version
            source = installed_maps.source_text(fmap)
        except FieldMapError:
            version, source = None, translate("forms", "no field map")
        rows.append(MapRow(e.form_id, e.form_name, e.edition, e.fileable, version, source))
    return MapCatalog(tuple(rows), installed_maps.installed().problems if vault is not None else ())


@dataclass(frozen=True)
class MapInstalled:
    changes: ChangeSet
    label: str  # "I-765 08/21/25 version 2"
    new: bool  # False: this exact map was already installed (nothing changed)


def install_map_file(vault, data: bytes) -> MapInstalled:
    """Install a published map a staff member sent (``.json``): verified with the organization's key
    like a map received at sync. Raises ``PublishedMapError`` (nothing installed) otherwise."""
    with vault.session() as s:
        info = state.hub_info(s)
    if info is None:
        raise PublishedMapError(translate("forms", "This vault is not enrolled with an organization, so it cannot "
                                                   "check who published a field map: enroll it first (Settings). "
                                                   "Nothing was installed."))
    with vault.session() as s:
        expected = state.installed_form_maps(s)
    store = store_for(Path(vault.folder), info, expected)
    installed_maps.activate(store)
    pm, new = store.install(data)
    if not new:
        return MapInstalled(ChangeSet(), label(pm), False)
    with vault.session() as s:
        state.note_installed_form_maps(s, {pm.key: pm.version})
        audit.record(s, "form_map_installed", "vault", detail=english_label(pm))
    installed_maps.activate(store_for(Path(vault.folder), info, {**expected, pm.key: max(pm.version, expected.get(
        pm.key, 0))}))
    return MapInstalled(ChangeSet(updated=frozenset({("form_maps", f"{pm.edition.form_id} {pm.edition.edition}")})),
                        label(pm), True)
