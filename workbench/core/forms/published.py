"""A field map the organization publishes for a form edition, signed with its Ed25519 key.

Why: USCIS replaces editions between app releases (the I-765 twice in 2025). The hub publishes the
map of a new edition (or a corrected map of a known one); devices install it at sync or from a file,
and fill with it, with no new release. A map decides what is written on a sworn federal form, so a
device takes one only from its own organization, unchanged, for an edition it can recognise.

The document (one JSON object, ``.json``)::

    {"format": "workbench-form-map", "format_version": 1,
     "payload": {"organization_id": ..., "organization_name": ...,
                 "edition": {"form_id": "i-765", "form_name": "I-765", "title": ..., "edition": "08/21/25",
                             "sha256": <the official blank's sha256>, "pages": 7, "status": "current",
                             "supersedes": ["01/20/25"]},
                 "version": 2, "source": "who published it and from what", "published_at": "2026-...Z",
                 "map": <exactly the content of forms/<form>/<edition>.json>},
     "signature": <base64 Ed25519 signature>}

The signature covers ``DOMAIN + canonical(payload)``: ``canonical`` is sorted-keys, compact
(``","`` and ``":"``), UTF-8 JSON without NaN or infinities (``json.dumps(sort_keys=True,
separators=(",", ":"), ensure_ascii=False, allow_nan=False)``), so the bytes signed do not depend on
how a file was pretty-printed or re-saved. ``DOMAIN`` is a prefix no other signature of the system
starts with: the organization key otherwise signs only bundle transcripts, which are a bare 32-byte
SHA-256 digest (``bundle_format``), and devices sign request lines with their own keys. So a map
signature can never be presented as a bundle's or a request's, nor the reverse.

Versions: per form edition, an integer. The map shipped with the app is version 1; a published
map of a shipped edition must be 2 or more. A device never installs a version lower than (or equal
to, with other content) the one it holds: a replayed old document cannot roll a correction back.

This module is pure (no vault, no network): the hub signs with it and checks what it publishes
with the app's own parser (``fieldmap.parse_map``); the device verifies with it
(``installed_maps``).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import WorkbenchError
from ..i18n import translate
from .editions import CURRENT, EDITIONS, OUTDATED, Edition
from .fieldmap import FieldMap, FieldMapError, parse_map

FORMAT = "workbench-form-map"
FORMAT_VERSION = 1
DOMAIN = b"probono-workbench/form-map-signature/v1\x00"
SHIPPED_VERSION = 1
MAX_BYTES = 4 * 1024 * 1024  # the largest shipped map is ~0.2 MB
MAX_VERSION = 2 ** 31 - 1
STATUSES = {"current": CURRENT, "outdated": OUTDATED}
_EDITION = re.compile(r"^\d{2}/\d{2}/\d{2}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


class PublishedMapError(WorkbenchError):
    """The document is not a map this device may install; the message says why (never client data:
    a map holds none)."""


def canonical(obj) -> bytes:
    """The bytes a signature covers: sorted keys, compact separators, UTF-8, no NaN."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def signed_bytes(payload: dict) -> bytes:
    return DOMAIN + canonical(payload)


@dataclass(frozen=True)
class PublishedMap:
    """A verified document: the edition it is for, its version and origin, and the parsed map."""

    organization_id: str
    organization_name: str
    edition: Edition
    supersedes: tuple[str, ...]
    version: int
    source: str
    published_at: str
    fmap: FieldMap
    document: bytes  # the document as stored (canonical JSON of the whole object)

    @property
    def key(self) -> tuple[str, str]:
        return self.edition.form_id, self.edition.edition


def shipped_form_ids() -> frozenset[str]:
    return frozenset(e.form_id for e in EDITIONS)


def shipped_edition(form_id: str, edition: str) -> Edition | None:
    return next((e for e in EDITIONS if (e.form_id, e.edition) == (form_id, edition)), None)


def _valid_edition(text) -> bool:
    if not isinstance(text, str) or not _EDITION.match(text):
        return False
    try:
        datetime.strptime(text, "%m/%d/%y")
    except ValueError:
        return False
    return True


def _text(value, limit: int) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) and len(value) <= limit


def record_problems(payload: dict) -> list[str]:
    """What is wrong with the payload's edition record, version and origin (empty: nothing).
    English, for the hub's staff command and for the device's refusal message alike."""
    problems = []
    rec = payload.get("edition")
    if not isinstance(rec, dict):
        return ["the edition record is missing"]
    form_id, edition, sha = rec.get("form_id"), rec.get("edition"), rec.get("sha256")
    if form_id not in shipped_form_ids():
        problems.append(f"the form {form_id!r} is not one this app fills (known: {', '.join(sorted(shipped_form_ids()))})")
    if not _valid_edition(edition):
        problems.append(f"the edition {edition!r} is not a date written mm/dd/yy")
    if not isinstance(sha, str) or not _SHA.match(sha):
        problems.append("the blank's sha256 is not 64 lowercase hexadecimal digits")
    for key, limit in (("form_name", 60), ("title", 300)):
        if not _text(rec.get(key), limit):
            problems.append(f"the edition record's {key} is missing or too long")
    if rec.get("status") not in STATUSES:
        problems.append(f"the status {rec.get('status')!r} is not 'current' or 'outdated'")
    pages = rec.get("pages")
    if pages is not None and (type(pages) is not int or not 0 < pages <= 500):
        problems.append("the page count is not a number of pages")
    supersedes = rec.get("supersedes", [])
    if not isinstance(supersedes, list) or not all(_valid_edition(s) and s != edition for s in supersedes):
        problems.append("'supersedes' must list other editions of the form, written mm/dd/yy")
    version = payload.get("version")
    if type(version) is not int or not 0 < version <= MAX_VERSION:
        problems.append("the version is not a positive whole number")
    if not _text(payload.get("source"), 500):
        problems.append("the source (who published the map and from what) is missing")
    for key in ("organization_id", "organization_name", "published_at"):
        if not _text(payload.get(key), 200):
            problems.append(f"{key} is missing")
    if problems:
        return problems
    shipped = shipped_edition(form_id, edition)
    if shipped is not None and shipped.sha256 != sha:
        problems.append(f"the app knows {rec['form_name']} {edition} with another official sha256 ({shipped.sha256}): "
                        "a published map cannot change an edition's official file")
    if shipped is not None and version <= SHIPPED_VERSION:
        problems.append(f"the app ships version {SHIPPED_VERSION} of this map: publish version "
                        f"{SHIPPED_VERSION + 1} or higher")
    other = next((e for e in EDITIONS if e.sha256 == sha and (e.form_id, e.edition) != (form_id, edition)), None)
    if other is not None:
        problems.append(f"that sha256 is the official file of {other.form_name} {other.edition}")
    return problems


def check_map(payload: dict) -> FieldMap:
    """The payload's map, parsed by the app's own parser, for the record's form and edition."""
    data, rec = payload.get("map"), payload["edition"]
    if not isinstance(data, dict):
        raise PublishedMapError(translate("forms", "The published map holds no field map."))
    if (data.get("form"), data.get("edition")) != (rec["form_id"], rec["edition"]):
        raise PublishedMapError(translate("forms", "The published map is for {form} {edition}, but its field map "
                                                   "says {other}.").format(form=rec["form_id"], edition=rec["edition"],
                                                                           other=f"{data.get('form')} {data.get('edition')}"))
    try:
        return parse_map(data)
    except (FieldMapError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise PublishedMapError(translate("forms", "The published map does not parse: {problem}").format(
            problem=str(exc)[:600])) from None


def edition_of(payload: dict) -> Edition:
    rec = payload["edition"]
    return Edition(rec["form_id"], rec["form_name"], rec["title"], rec["edition"], rec["sha256"],
                   STATUSES[rec["status"]], rec.get("pages"))


def new_payload(fmap_data: dict, *, organization_id: str, organization_name: str, form_name: str, title: str,
                sha256: str, pages: int | None, status: str, version: int, source: str,
                supersedes: list[str] | None = None, published_at: str | None = None) -> dict:
    return {"organization_id": organization_id, "organization_name": organization_name,
            "edition": {"form_id": fmap_data.get("form"), "form_name": form_name, "title": title,
                        "edition": fmap_data.get("edition"), "sha256": sha256, "pages": pages, "status": status,
                        "supersedes": list(supersedes or [])},
            "version": version, "source": source,
            "published_at": published_at or datetime.now().astimezone().isoformat(timespec="seconds"),
            "map": fmap_data}


def sign(payload: dict, key: Ed25519PrivateKey) -> bytes:
    """The document to publish: ``payload`` checked (record, then the map with the app's parser) and
    signed; raises ``PublishedMapError`` listing what is wrong."""
    problems = record_problems(payload)
    if problems:
        raise PublishedMapError("The map cannot be published: " + "; ".join(problems) + ".")
    check_map(payload)
    signature = key.sign(signed_bytes(payload))
    return canonical({"format": FORMAT, "format_version": FORMAT_VERSION, "payload": payload,
                      "signature": base64.b64encode(signature).decode("ascii")})


def _document(data: bytes) -> tuple[dict, bytes]:
    if len(data) > MAX_BYTES:
        raise PublishedMapError(translate("forms", "This file is too large to be a published field map."))
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PublishedMapError(translate("forms", "This file is not a published field map (it is not JSON).")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PublishedMapError(translate("forms", "This file is not a published field map (a map from the app's "
                                                   "forms folder is not signed: the organization publishes maps with "
                                                   "'workbench-hub forms publish')."))
    if doc.get("format_version") != FORMAT_VERSION:
        raise PublishedMapError(translate("forms", "This published field map has a format this version of the app "
                                                   "does not read: update the app."))
    payload, signature = doc.get("payload"), doc.get("signature")
    if not isinstance(payload, dict):
        raise PublishedMapError(translate("forms", "This published field map is damaged (it has no content)."))
    if not signature:
        raise PublishedMapError(translate("forms", "This field map is not signed: only maps signed by your "
                                                   "organization are installed."))
    try:
        raw = base64.b64decode(signature, validate=True) if isinstance(signature, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 64:
        raise PublishedMapError(translate("forms", "This field map's signature is malformed: nothing was installed."))
    return payload, raw


def verify(data: bytes, organization_id: str, sign_public: bytes) -> PublishedMap:
    """The verified map in ``data``, for a device of ``organization_id`` whose hub signs with
    ``sign_public``; raises ``PublishedMapError`` with the reason otherwise. Checks, in order: the
    document's shape and signature presence, the organization, the signature, the edition record,
    the map with the app's parser."""
    payload, signature = _document(data)
    if payload.get("organization_id") != organization_id:
        raise PublishedMapError(translate("forms", "This field map was published by another organization "
                                                   "({name}), not the one this vault is enrolled with: nothing was "
                                                   "installed.").format(name=str(payload.get("organization_name"))[:80]))
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, signed_bytes(payload))
    except (InvalidSignature, ValueError, TypeError):
        raise PublishedMapError(translate("forms", "This field map's signature does not match your organization's "
                                                   "key: it was changed after it was published, or signed by "
                                                   "someone else. Nothing was installed.")) from None
    problems = record_problems(payload)
    if problems:
        raise PublishedMapError(translate("forms", "This field map's edition record is not acceptable: {problems}. "
                                                   "Nothing was installed.").format(problems="; ".join(problems)))
    fmap = check_map(payload)
    rec = payload["edition"]
    return PublishedMap(payload["organization_id"], payload["organization_name"], edition_of(payload),
                        tuple(rec.get("supersedes", [])), payload["version"], payload["source"],
                        payload["published_at"], fmap, canonical(json.loads(data.decode("utf-8"))))


def published_on(published_at: str) -> date | None:
    try:
        return datetime.fromisoformat(published_at).date()
    except ValueError:
        return None
