"""The vault's key file: the random data key, wrapped twice, in a small versioned JSON file.

Slots (each AES-256-GCM, the authenticated header as associated data, so changing any stored
parameter is detected):

* ``passphrase``: key-encryption key = HKDF-SHA256(Argon2id(passphrase) || device secret,
  salt = Argon2 salt, info names the slot and the vault). The device secret (32 bytes) comes from
  the OS keyring when the vault was created where one exists; otherwise it is absent and the
  header says ``"device_secret": "none"`` so the UI can say plainly that only the passphrase
  protects the vault.
* ``recovery``: key-encryption key = HKDF-SHA256(256-bit recovery secret). The recovery key is
  shown once to the user to print or write down; it opens the vault when the passphrase is
  forgotten or the keyring lost its secret (a known cause of lost databases on Linux).

A ``checksum`` (SHA-256 of the rest) tells a damaged file apart from a wrong passphrase: a
flipped byte gives "the key file is damaged", a wrong passphrase gives "wrong passphrase".
Changing the passphrase rewraps the data key; the database is never re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from . import kdf
from ..atomic import write_atomic
from .device_secret import SecretStore, new_secret
from ..errors import DeviceSecretMissing, VaultDamaged, WrongPassphrase, WrongRecoveryKey
from ..i18n import translate

FORMAT = "probono-workbench-keyfile"
VERSION = 1
DATA_KEY_BYTES = 32
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, name: str = "(file)") -> bytes:
    if not isinstance(text, str) or len(text) > 1024:
        raise _Bad(name)
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise _Bad(name) from None


def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalized UTF-8, so the same passphrase typed on macOS and Windows derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# ----------------------------------------------------------------------------- recovery keys
def format_recovery_key(secret: bytes) -> str:
    """32 bytes + 2 checksum bytes as base32 in dash-separated groups of four (14 groups)."""
    check = hashlib.sha256(b"workbench-recovery" + secret).digest()[:3]
    bits = int.from_bytes(secret + check, "big")
    nbits = (len(secret) + len(check)) * 8  # 280 bits = 56 base32 characters
    chars = [_B32[(bits >> (nbits - 5 * (i + 1))) & 31] for i in range(nbits // 5)]
    text = "".join(chars)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Inverse of ``format_recovery_key``; tolerant of case, spaces, dashes and 0/O, 1/I, 8/B."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    if len(cleaned) != 56 or any(ch not in _B32 for ch in cleaned):
        raise WrongRecoveryKey()
    bits = 0
    for ch in cleaned:
        bits = bits << 5 | _B32.index(ch)
    raw = bits.to_bytes(35, "big")
    secret, check = raw[:32], raw[32:]
    if hashlib.sha256(b"workbench-recovery" + secret).digest()[:3] != check:
        raise WrongRecoveryKey()
    return secret


# ----------------------------------------------------------------------------- the file
@dataclass
class KeyFile:
    vault_id: str
    created_at: str
    params: kdf.Argon2Params
    device_secret: str  # "keyring" or "none"
    slots: dict[str, dict[str, str]] = field(default_factory=dict)
    recovery_salt: bytes = b""
    source: str = field(default="key file", compare=False, repr=False)  # the path it was read from, for messages

    # -- header and slot crypto ------------------------------------------------------------
    def header(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf": {**self.params.as_dict(), "salt": _b64(self.params.salt)},
            "recovery_salt": _b64(self.recovery_salt),
            "device_secret": self.device_secret,
        }

    def _aad(self, slot: str) -> bytes:
        """What each slot binds: the file identity plus the parameters that derive its key."""
        bound = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id, "slot": slot}
        if slot == "passphrase":
            bound.update(kdf=self.header()["kdf"], device_secret=self.device_secret)
        else:
            bound.update(recovery_salt=_b64(self.recovery_salt))
        return _canonical(bound)

    def _seal(self, slot: str, kek: bytes, data_key: bytes) -> None:
        nonce = os.urandom(12)
        ct = AESGCM(kek).encrypt(nonce, data_key, self._aad(slot))
        self.slots[slot] = {"nonce": _b64(nonce), "ciphertext": _b64(ct)}

    def _open(self, slot: str, kek: bytes) -> bytes:
        entry = self.slots[slot]
        return AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["ciphertext"]), self._aad(slot))

    def _passphrase_kek(self, passphrase: str, device_secret: bytes | None) -> bytes:
        stretched = kdf.argon2id(normalize_passphrase(passphrase), self.params)
        ikm = stretched + (device_secret or b"")
        return kdf.hkdf(ikm, salt=self.params.salt,
                        info=f"workbench/keyfile/v1/passphrase/{self.vault_id}".encode())

    def _recovery_kek(self, recovery_secret: bytes) -> bytes:
        return kdf.hkdf(recovery_secret, salt=self.recovery_salt,
                        info=f"workbench/keyfile/v1/recovery/{self.vault_id}".encode())

    # -- public operations -----------------------------------------------------------------
    @classmethod
    def create(cls, vault_id: str, passphrase: str, store: SecretStore | None,
               *, calibrate: bool = True) -> tuple["KeyFile", bytes, str]:
        """New key file for a new random data key; returns (key file, data key, recovery key text)."""
        params, _ = kdf.new_params(calibrate)
        kf = cls(vault_id=vault_id, created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 params=params, device_secret="keyring" if store else "none",
                 recovery_salt=os.urandom(16))
        data_key = os.urandom(DATA_KEY_BYTES)
        device = None
        if store is not None:
            device = new_secret()
            store.put(vault_id, device)
        kf._seal("passphrase", kf._passphrase_kek(passphrase, device), data_key)
        recovery_secret = os.urandom(32)
        kf._seal("recovery", kf._recovery_kek(recovery_secret), data_key)
        return kf, data_key, format_recovery_key(recovery_secret)

    def unlock(self, passphrase: str, store: SecretStore | None) -> bytes:
        device = None
        if self.device_secret == "keyring":
            device = store.get(self.vault_id) if store is not None else None
            if device is None:
                raise DeviceSecretMissing(translate(
                    "vault", "This vault is protected by a passphrase and a secret kept in this computer's keyring, "
                    "and the keyring does not have that secret (the keyring was reset, or the vault was "
                    "copied from another computer). Unlock it with your recovery key instead."))
        try:
            return self._open("passphrase", self._passphrase_kek(passphrase, device))
        except InvalidTag:
            raise WrongPassphrase() from None

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        secret = parse_recovery_key(recovery_key)
        try:
            return self._open("recovery", self._recovery_kek(secret))
        except InvalidTag:
            raise WrongRecoveryKey() from None

    def rewrap(self, data_key: bytes, new_passphrase: str, store: SecretStore | None,
               *, calibrate: bool = True) -> "KeyFile":
        """A new key file with the same data key and recovery slot under a new passphrase."""
        params, _ = kdf.new_params(calibrate)
        new = KeyFile(vault_id=self.vault_id, created_at=self.created_at, params=params,
                      device_secret="keyring" if store else "none", recovery_salt=self.recovery_salt)
        device = None
        if store is not None:
            device = store.get(self.vault_id) or new_secret()
            store.put(self.vault_id, device)
        new._seal("passphrase", new._passphrase_kek(new_passphrase, device), data_key)
        new.slots["recovery"] = dict(self.slots["recovery"])  # its associated data is unchanged
        return new

    # -- serialization -----------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        body = {**self.header(), "slots": self.slots}
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=2, sort_keys=True).encode("ascii") + b"\n"

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_BYTES + 1)  # a key file is under 1 KiB: a huge file is not read whole
        except FileNotFoundError:
            raise VaultDamaged(path, translate("vault", "the key file is missing, so the vault cannot be "
                                                        "unlocked")) from None
        return cls.from_bytes(raw, path)

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path | str = "key file") -> "KeyFile":
        """Parse and check a key file; anything malformed raises ``VaultDamaged`` naming ``path``.

        The checksum only catches accidents: someone can edit the file and recompute it. So the
        structure is checked too, field by field (types, lengths of nonces, salts and wrapped keys,
        the KDF's floor and ceiling), and a file that fails any of it is "damaged" before any
        passphrase is asked for or any Argon2 memory is allocated. Messages name the field, never
        its value.
        """
        try:
            if len(raw) > MAX_BYTES:
                raise _Bad("(file)")
            body = json.loads(raw.decode("ascii"), parse_constant=_refuse_constant, parse_int=_bounded_int)
            if not isinstance(body, dict):
                raise _Bad("(file)")
            checksum = body.pop("checksum")
            if hashlib.sha256(_canonical(body)).hexdigest() != checksum:
                raise ValueError(translate("vault", "checksum mismatch"))
            if body["format"] != FORMAT:
                raise ValueError(translate("vault", "not a key file (format {format})")
                                 .format(format=_short(body["format"])))
            if body["version"] != VERSION:
                raise ValueError(translate("vault", "key file version {version} is not supported by this version of "
                                                    "the app").format(version=_short(body["version"])))
            if set(body) != _HEADER_KEYS | {"slots"}:
                raise _Bad("(file)")
            k = body["kdf"]
            if not isinstance(k, dict) or set(k) != {"name", "salt", "memory_kib", "iterations", "lanes"}:
                raise _Bad("kdf")
            if k["name"] != "argon2id":
                raise ValueError(translate("vault", "unknown KDF {name}").format(name=_short(k["name"])))
            params = kdf.Argon2Params(salt=_unb64(k["salt"], "kdf.salt"), memory_kib=k["memory_kib"],
                                      iterations=k["iterations"], lanes=k["lanes"])
            params.check_bounds()
            slots = body["slots"]
            if body["device_secret"] not in ("keyring", "none") or not isinstance(slots, dict) \
                    or set(slots) != {"passphrase", "recovery"}:
                raise ValueError(translate("vault", "unexpected slots or device-secret mode"))
            for name, entry in slots.items():
                if not isinstance(entry, dict) or set(entry) != {"nonce", "ciphertext"}:
                    raise _Bad(f"slots.{name}")
                if len(_unb64(entry["nonce"], f"slots.{name}.nonce")) != NONCE_BYTES:
                    raise _Bad(f"slots.{name}.nonce")
                if len(_unb64(entry["ciphertext"], f"slots.{name}.ciphertext")) != WRAPPED_BYTES:
                    raise _Bad(f"slots.{name}.ciphertext")
            recovery_salt = _unb64(body["recovery_salt"], "recovery_salt")
            if not kdf.SALT_BYTES[0] <= len(recovery_salt) <= kdf.SALT_BYTES[1]:
                raise _Bad("recovery_salt")
            if not _is_uuid(body["vault_id"]):
                raise _Bad("vault_id")
            if not isinstance(body["created_at"], str) or len(body["created_at"]) > 64:
                raise _Bad("created_at")
            return cls(vault_id=body["vault_id"], created_at=body["created_at"], params=params,
                       device_secret=body["device_secret"], slots=slots, recovery_salt=recovery_salt,
                       source=str(path))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError, RecursionError) as exc:
            raise VaultDamaged(path, translate("vault", "the key file cannot be read ({problem}); restore it from a "
                                                        "backup copy (backups/keyfile.json) and unlock "
                                                        "again").format(problem=_problem(exc))) from None


MAX_BYTES = 64 * 1024  # a key file is under 1 KiB
NONCE_BYTES = 12
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # the wrapped data key and its AES-GCM tag
_HEADER_KEYS = frozenset({"format", "version", "vault_id", "created_at", "kdf", "recovery_salt", "device_secret"})
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _Bad(ValueError):
    """A field of the key file that is not what this app writes; the message names the field only."""

    def __init__(self, name: str) -> None:
        super().__init__(translate("vault", "the field {field} is not valid").format(field=name))


def _is_uuid(value) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def _refuse_constant(name: str):
    raise _Bad("(file)")  # NaN / Infinity are not JSON


def _bounded_int(text: str) -> int:
    if len(text) > 20:  # a 20,000-digit number is not a parameter (and int() would refuse it anyway)
        raise ValueError(translate("vault", "Argon2id parameters out of range"))
    return int(text)


def _short(value, limit: int = 40) -> str:
    """``repr`` of a value read from the file, cut short: a message never carries a whole field."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _problem(exc: BaseException) -> str:
    """The reason to show: ours as written; a missing field by name; anything else by the field's kind."""
    if isinstance(exc, KeyError):
        return _Bad(_short(exc.args[0] if exc.args else "", 60)).args[0]
    if isinstance(exc, (_Bad, json.JSONDecodeError)) or type(exc) is ValueError:
        return str(exc)[:200]
    return _Bad("(file)").args[0]
