"""The PDF Standard security handler, decryption only (ISO 32000-1 7.6.3, ISO 32000-2 7.6.4).

Why: every official USCIS blank is encrypted (AESV2, 128-bit, revision 4) with an empty user
password and an owner password nobody outside USCIS knows. Opening needs only the user password.
The engine writes the filled form unencrypted (it is stored in the vault, which is encrypted), so
decryption is all it needs. Revisions 2-4 (RC4 and AES-128) and 5-6 (AES-256) are supported, so a
blank re-saved by another tool still opens.
"""

from __future__ import annotations

import hashlib
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


class PdfPasswordError(ValueError):
    """The document needs a password other than the one given."""


class UnsupportedEncryption(ValueError):
    """The document uses a security handler or crypt filter this module does not implement."""


def _rc4(key: bytes, data: bytes) -> bytes:
    try:
        from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
    except ImportError:  # pragma: no cover - older cryptography
        ARC4 = algorithms.ARC4  # type: ignore[attr-defined]
    return Cipher(ARC4(key), mode=None).decryptor().update(data)


def _aes_cbc(key: bytes, iv: bytes, data: bytes) -> bytes:
    d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return d.update(data) + d.finalize()


def _aes_decrypt(key: bytes, data: bytes) -> bytes:
    """AES-CBC with the IV in the first 16 bytes and PKCS#5 padding.

    A string that is not a whole number of blocks, or whose padding is wrong, was not encrypted by
    this handler (Acrobat leaves the ``/Contents`` of the usage-rights signature in the clear):
    it is returned unchanged rather than failing the whole document.
    """
    if len(data) < 32 or len(data) % 16:
        return data if len(data) != 16 else b""
    out = _aes_cbc(key, data[:16], data[16:])
    pad = out[-1]
    if 1 <= pad <= 16 and out.endswith(bytes((pad,)) * pad):
        return out[:-pad]
    return data


class StandardDecryptor:
    """Decrypts strings and streams of one document, given its /Encrypt dictionary and first /ID."""

    def __init__(self, encrypt: dict, id0: bytes, password: str = "") -> None:
        if encrypt.get("Filter") != "Standard":
            raise UnsupportedEncryption(f"security handler /{encrypt.get('Filter')} is not supported")
        self.v = int(encrypt.get("V", 0))
        self.r = int(encrypt.get("R", 2))
        self.encrypt_metadata = bool(encrypt.get("EncryptMetadata", True))
        self.stm_method, self.str_method = self._methods(encrypt)
        self.eff_method = self.stm_method
        if self.v >= 4 and encrypt.get("EFF"):
            self.eff_method = self._cf_method(encrypt, encrypt.get("EFF"))
        pw = password.encode("utf-8")
        if self.r >= 5:
            self.key = self._key_r6(encrypt, pw)
        else:
            self.key = self._key_r4(encrypt, id0, pw)

    # -- setup
    @staticmethod
    def _cf_method(encrypt: dict, name: str | None) -> str:
        if name in (None, "Identity"):
            return "None"
        cf = (encrypt.get("CF") or {}).get(name)
        if not isinstance(cf, dict):
            raise UnsupportedEncryption(f"crypt filter /{name} is not defined")
        return str(cf.get("CFM", "None"))

    def _methods(self, encrypt: dict) -> tuple[str, str]:
        if self.v in (1, 2):
            return "V2", "V2"
        if self.v in (4, 5):
            return self._cf_method(encrypt, encrypt.get("StmF")), self._cf_method(encrypt, encrypt.get("StrF"))
        raise UnsupportedEncryption(f"encryption version V={self.v} is not supported")

    def _key_r4(self, encrypt: dict, id0: bytes, pw: bytes) -> bytes:
        length = 5 if self.r == 2 else int(encrypt.get("Length", 40)) // 8
        o = bytes(encrypt["O"])[:32]
        u = bytes(encrypt["U"])[:32]
        p = struct.pack("<I", int(encrypt["P"]) & 0xFFFFFFFF)  # some writers store it unsigned

        def file_key(user_pw: bytes) -> bytes:
            h = hashlib.md5((user_pw + _PAD)[:32] + o + p + id0)
            if self.r >= 4 and not self.encrypt_metadata:
                h.update(b"\xff\xff\xff\xff")
            key = h.digest()[:length]
            if self.r >= 3:
                for _ in range(50):
                    key = hashlib.md5(key).digest()[:length]
            return key

        def user_ok(key: bytes) -> bool:
            if self.r == 2:
                return _rc4(key, _PAD) == u
            x = _rc4(key, hashlib.md5(_PAD + id0).digest())
            for i in range(1, 20):
                x = _rc4(bytes(b ^ i for b in key), x)
            return x == u[:16]

        key = file_key(pw)
        if user_ok(key):
            return key
        # Maybe it is the owner password: it unlocks the user password (algorithm 7).
        ok = hashlib.md5((pw + _PAD)[:32]).digest()
        if self.r >= 3:
            for _ in range(50):
                ok = hashlib.md5(ok).digest()
        ok = ok[:length]
        user_pw = o
        if self.r == 2:
            user_pw = _rc4(ok, o)
        else:
            for i in range(19, -1, -1):
                user_pw = _rc4(bytes(b ^ i for b in ok), user_pw)
        key = file_key(user_pw)
        if user_ok(key):
            return key
        raise PdfPasswordError("the PDF needs a password to open")

    def _hash_r6(self, pw: bytes, salt: bytes, udata: bytes) -> bytes:
        k = hashlib.sha256(pw + salt + udata).digest()
        if self.r == 5:
            return k
        i = 0
        while True:
            k1 = (pw + k + udata) * 64
            e = Cipher(algorithms.AES(k[:16]), modes.CBC(k[16:32])).encryptor()
            e_out = e.update(k1) + e.finalize()
            k = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[sum(e_out[:16]) % 3](e_out).digest()
            i += 1
            if i >= 64 and e_out[-1] <= i - 32:
                return k[:32]

    def _key_r6(self, encrypt: dict, pw: bytes) -> bytes:
        pw = pw[:127]
        o, u = bytes(encrypt["O"]), bytes(encrypt["U"])
        if self._hash_r6(pw, u[32:40], b"") == u[:32]:
            ik = self._hash_r6(pw, u[40:48], b"")
            return _aes_cbc(ik, b"\x00" * 16, bytes(encrypt["UE"])[:32])
        if self._hash_r6(pw, o[32:40], u[:48]) == o[:32]:
            ik = self._hash_r6(pw, o[40:48], u[:48])
            return _aes_cbc(ik, b"\x00" * 16, bytes(encrypt["OE"])[:32])
        raise PdfPasswordError("the PDF needs a password to open")

    # -- use
    def _object_key(self, num: int, gen: int, aes: bool) -> bytes:
        if self.r >= 5:
            return self.key
        salt = b"sAlT" if aes else b""
        h = hashlib.md5(self.key + struct.pack("<i", num)[:3] + struct.pack("<i", gen)[:2] + salt)
        return h.digest()[: min(len(self.key) + 5, 16)]

    def _run(self, method: str, num: int, gen: int, data: bytes) -> bytes:
        if method == "None":
            return data
        if method == "V2":
            return _rc4(self._object_key(num, gen, False), data)
        if method in ("AESV2", "AESV3"):
            return _aes_decrypt(self._object_key(num, gen, True), data)
        raise UnsupportedEncryption(f"crypt filter method /{method} is not supported")

    def string(self, num: int, gen: int, data: bytes) -> bytes:
        return self._run(self.str_method, num, gen, data)

    def stream(self, num: int, gen: int, stream_dict: dict, data: bytes) -> bytes:
        if stream_dict.get("Type") == "XRef":
            return data
        if stream_dict.get("Type") == "Metadata" and not self.encrypt_metadata:
            return data
        filters = stream_dict.get("Filter")
        first = filters[0] if isinstance(filters, list) and filters else filters
        if first == "Crypt":
            return data  # the stream names its own crypt filter; only /Identity is used in practice
        method = self.eff_method if stream_dict.get("Type") == "EmbeddedFile" else self.stm_method
        return self._run(method, num, gen, data)
