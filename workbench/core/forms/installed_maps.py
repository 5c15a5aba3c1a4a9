"""The field maps a vault installed from its organization (``published``), and which map fills.

Where: ``<vault folder>/form-maps/<form>/<edition with dashes>.v<version>.json``, the signed document
exactly as verified (canonical JSON), written atomically and owner-only like every file of the vault
(a map holds no client data, but it decides what a sworn form says). Not in the app's ``forms/``
folder: that one is the release's, read-only on an installed app, and shared by every vault.

Every version is kept: a form filled with version 2 can be resolved with version 2 after version 3
arrives (``load_map(form, edition, version)``), and an older edition's map stays for the forms
already filled on it.

Verified twice: on install, and again on every load (signature with the organization's key from
the vault's encrypted hub record, edition record, the app's parser, and the file's name against its
content), so a map file edited, replaced or renamed on disk afterwards is refused with a sentence
(``problems``) and the next valid version, or the shipped map, fills instead. A verified file is
remembered by its sha256, so a load costs one hash of a small file.

Which store is active: the vault open in this process (``activate``, by the operations layer when
it reads or fills forms, and after enrollment or an install). With none active, only shipped maps
exist, as before this module. Resolution (``fieldmap.load_map``, ``editions.all_editions``): an
installed map is used for its edition when its version is higher than the shipped one (1); an
installed edition record joins the known editions (so its blank is recognised by sha256 and
footer), replaces a shipped record of the same edition, and marks the editions it supersedes
outdated.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..atomic import write_atomic
from ..i18n import translate
from .editions import OUTDATED, Edition
from .fieldmap import FieldMap, Publisher
from .published import SHIPPED_VERSION, PublishedMap, PublishedMapError, published_on, shipped_edition, verify

FOLDER = "form-maps"
_NAME = re.compile(r"^(?P<edition>\d{2}-\d{2}-\d{2})\.v(?P<version>\d{1,10})\.json$")
log = logging.getLogger(__name__)


def file_name(pm: PublishedMap) -> str:
    return versioned_name(pm.edition.edition, pm.version)


def versioned_name(edition: str, version: int) -> str:
    return f"{edition.replace('/', '-')}.v{version}.json"


def _form_name(form: str, edition: str) -> str:
    shipped = shipped_edition(form, edition)
    return shipped.form_name if shipped is not None else form.upper()


@dataclass(frozen=True)
class Installed:
    """An installed map that verified, and the sentence for each file that did not."""

    maps: tuple[PublishedMap, ...]
    problems: tuple[str, ...]
    problem_forms: tuple[str, ...] = ()  # the form id each problem is about

    def problems_for(self, form_id: str) -> tuple[str, ...]:
        return tuple(p for p, f in zip(self.problems, self.problem_forms) if f == form_id)


@dataclass
class InstalledStore:
    """The maps of one vault, verified with its organization's key (the vault's hub record)."""

    vault_folder: Path
    organization_id: str
    organization_name: str
    sign_public: bytes
    # (form, edition) -> the newest version this vault recorded installing (its encrypted database):
    # a file deleted from the folder afterwards is noticed, not silently replaced by an older map
    expected: dict[tuple[str, str], int] = field(default_factory=dict)
    _verified: dict[str, PublishedMap] = field(default_factory=dict, repr=False)  # sha256 of the bytes -> map
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def folder(self) -> Path:
        return self.vault_folder / FOLDER

    def _check(self, path: Path, data: bytes) -> PublishedMap:
        digest = hashlib.sha256(data).hexdigest()
        with self._lock:
            known = self._verified.get(digest)
        pm = known or verify(data, self.organization_id, self.sign_public)
        if (path.parent.name, path.name) != (pm.edition.form_id, file_name(pm)):
            raise PublishedMapError(translate("forms", "it holds {form} {edition} version {version}, not what its "
                                                       "name says").format(form=pm.edition.form_name,
                                                                           edition=pm.edition.edition,
                                                                           version=pm.version))
        with self._lock:
            self._verified[digest] = pm
        return pm

    def path_of(self, form: str, edition: str, version: int) -> Path:
        return self.folder / form / versioned_name(edition, version)

    def missing(self) -> set[tuple[str, str, int]]:
        """The recorded newest versions whose file is no longer in the folder."""
        return {(form, edition, version) for (form, edition), version in self.expected.items()
                if not self.path_of(form, edition, version).is_file()}

    def read(self) -> Installed:
        """Every installed map, verified now; a file that fails, or a recorded one that is gone, is
        listed in ``problems`` (with its form in ``problem_forms``)."""
        maps: list[PublishedMap] = []
        problems: list[tuple[str, str]] = []  # (form id, sentence)
        for path in sorted(self.folder.glob("*/*.json")) if self.folder.is_dir() else []:
            if not _NAME.match(path.name):
                continue
            try:
                maps.append(self._check(path, path.read_bytes()))
            except (PublishedMapError, OSError) as exc:
                problems.append((path.parent.name, translate(
                    "forms", "The installed field map {file} is not used: {reason} The map shipped with the app (or "
                             "another installed version) is used instead; install the map again from the organization "
                             "to restore it.").format(
                    file=f"{path.parent.name}/{path.name}", reason=str(exc) if isinstance(exc, PublishedMapError)
                    else translate("forms", "it cannot be read."))))
        for form, edition, version in sorted(self.missing()):
            problems.append((form, translate(
                "forms", "Version {version} of the field map for {form} {edition} was installed in this vault, but its "
                         "file is gone. The map shipped with the app (or an older installed version) fills this "
                         "edition until it is installed again: the next sync with the organization fetches it "
                         "again.").format(version=version, form=_form_name(form, edition), edition=edition)))
        for _, problem in problems:
            log.warning("%s", problem)  # a map holds no client data
        return Installed(tuple(maps), tuple(p for _, p in problems), tuple(f for f, _ in problems))

    def install(self, data: bytes) -> tuple[PublishedMap, bool]:
        """Verify ``data`` and keep it; returns the map and whether it was new (False: this exact
        document was already installed). Raises ``PublishedMapError``: nothing is written then."""
        pm = verify(data, self.organization_id, self.sign_public)
        same = [m for m in self.read().maps if m.key == pm.key]
        if any(m.version == pm.version and m.document == pm.document for m in same):
            return pm, False
        newest = max((m.version for m in same), default=0)
        if pm.version <= newest:
            raise PublishedMapError(translate(
                "forms", "Version {version} of the field map for {form} {edition} is not newer than version {newest}, "
                         "which is installed: an older map is never installed over a newer one. Nothing was "
                         "changed.").format(version=pm.version, form=pm.edition.form_name, edition=pm.edition.edition,
                                            newest=newest))
        path = self.folder / pm.edition.form_id / file_name(pm)
        write_atomic(path, pm.document)
        with self._lock:
            self._verified[hashlib.sha256(pm.document).hexdigest()] = pm
        return pm, True


_active: InstalledStore | None = None


def activate(store: InstalledStore | None) -> None:
    """Make ``store`` the maps of the vault open in this process (None: shipped maps only). A store
    for the same vault and key keeps its cache of verified files."""
    global _active
    if (store is not None and _active is not None and (store.vault_folder, store.sign_public, store.organization_id)
            == (_active.vault_folder, _active.sign_public, _active.organization_id)):
        _active.expected = store.expected
        return
    _active = store


def active() -> InstalledStore | None:
    return _active


def installed() -> Installed:
    store = _active
    return store.read() if store is not None else Installed((), ())


def _usable(maps) -> dict[tuple[str, str], list[PublishedMap]]:
    """Installed maps by (form, edition), newest version first, only those above the shipped version."""
    out: dict[tuple[str, str], list[PublishedMap]] = {}
    for m in maps:
        if shipped_edition(*m.key) is None or m.version > SHIPPED_VERSION:
            out.setdefault(m.key, []).append(m)
    for versions in out.values():
        versions.sort(key=lambda m: m.version, reverse=True)
    return out


def publisher(pm: PublishedMap) -> Publisher:
    when = published_on(pm.published_at)
    return Publisher(pm.organization_name, when.strftime("%m/%d/%Y") if when else pm.published_at)


def source_text(fmap: FieldMap) -> str:
    """Where ``fmap`` comes from, in the interface language, for the screens and ``forms list``."""
    if fmap.published_by is None:
        return translate("forms", "shipped with the app")
    return translate("forms", "published by {organization} on {date}").format(
        organization=fmap.published_by.organization, date=fmap.published_by.on)


def as_field_map(pm: PublishedMap) -> FieldMap:
    return replace(pm.fmap, version=pm.version, published_by=publisher(pm), path=Path(f"{FOLDER}/{pm.edition.form_id}")
                   / file_name(pm))


def newest_versions(maps) -> dict[tuple[str, str], int]:
    """(form, edition) -> the newest version among ``maps`` (what a vault records having installed)."""
    out: dict[tuple[str, str], int] = {}
    for m in maps:
        out[m.key] = max(out.get(m.key, 0), m.version)
    return out


def installed_map(form: str, edition: str, version: int | None = None) -> FieldMap | None:
    """The installed map to use for ``form`` ``edition`` (the newest, or ``version``), or None: the
    shipped map then fills."""
    if _active is None:
        return None
    versions = _usable(installed().maps).get((form, edition), [])
    chosen = versions[0] if version is None and versions else next((m for m in versions if m.version == version), None)
    return as_field_map(chosen) if chosen is not None else None


def installed_keys() -> set[tuple[str, str]]:
    return set(_usable(installed().maps)) if _active is not None else set()


def installed_editions() -> tuple[tuple[Edition, ...], frozenset[tuple[str, str]]]:
    """The edition records of the newest installed map of each edition, and the (form, edition)
    pairs they supersede (outdated from then on)."""
    if _active is None:
        return (), frozenset()
    newest = [versions[0] for versions in _usable(installed().maps).values()]
    superseded = frozenset((m.edition.form_id, old) for m in newest for old in m.supersedes)
    return tuple(m.edition for m in newest), superseded


def with_installed(shipped: tuple[Edition, ...]) -> tuple[Edition, ...]:
    """``shipped`` with the installed records: a record replaces the shipped one of its edition, a new
    edition is added, a superseded edition is outdated."""
    records, superseded = installed_editions()
    if not records:
        return shipped
    by_key = {(e.form_id, e.edition): e for e in shipped}
    by_key.update({(e.form_id, e.edition): e for e in records})
    return tuple(replace(e, status=OUTDATED) if key in superseded else e for key, e in by_key.items())
