"""Passphrase stretching with Argon2id (from ``cryptography``) and its calibration.

Decided parameters (DESIGN.md): a floor of m = 64 MiB, t = 3, p = 4, raised at vault creation
until one derivation takes 0.3-1 s on this machine, and stored in the key file so any later
machine derives the same key. The floor is never lowered, not even for tests.

A key file is input like any other, so its parameters are also bounded from above: a file
asking for 2^33 KiB of memory or 2^24 lanes must be refused as damaged, not handed to Argon2
(which would fail with an overflow, or try to allocate it). The ceiling is generous next to what
this app ever writes (the calibration only raises the iterations, to at most ``MAX_ITERATIONS``
at 64 MiB): m <= 1 GiB, t <= 64, p <= 64, salts of 16-64 bytes, and at most 64 passes over
64 MiB of work in all (m * t), so the slowest key file this app accepts costs what the slowest
key file it writes costs.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..i18n import translate

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
FLOOR_LANES = 4
TARGET_SECONDS = (0.3, 1.0)
MAX_ITERATIONS = 64
CEILING_MEMORY_KIB = 1024 * 1024  # 1 GiB
CEILING_ITERATIONS = MAX_ITERATIONS
CEILING_LANES = 64
CEILING_WORK = FLOOR_MEMORY_KIB * MAX_ITERATIONS  # memory_kib * iterations
SALT_BYTES = (16, 64)


@dataclass(frozen=True)
class Argon2Params:
    salt: bytes
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = FLOOR_LANES

    def check_floor(self) -> None:
        if (self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS
                or self.lanes < FLOOR_LANES or len(self.salt) < 16):
            raise ValueError(translate("vault", "Argon2id parameters below the floor (m=64 MiB, t=3, p=4, "
                                                "16-byte salt)"))

    def check_bounds(self) -> None:
        """The floor, and the ceiling that keeps a key file from exhausting memory or time."""
        for value in (self.memory_kib, self.iterations, self.lanes):
            if type(value) is not int:  # noqa: E721 - bool is an int subclass and is refused too
                raise ValueError(translate("vault", "Argon2id parameters out of range"))
        self.check_floor()
        if (self.memory_kib > CEILING_MEMORY_KIB or self.iterations > CEILING_ITERATIONS
                or self.lanes > CEILING_LANES or self.memory_kib * self.iterations > CEILING_WORK
                or len(self.salt) > SALT_BYTES[1]):
            raise ValueError(translate("vault", "Argon2id parameters out of range"))

    def as_dict(self) -> dict:
        return {"name": "argon2id", "memory_kib": self.memory_kib, "iterations": self.iterations,
                "lanes": self.lanes}


def argon2id(secret: bytes, params: Argon2Params, length: int = 32) -> bytes:
    params.check_bounds()
    kdf = Argon2id(salt=params.salt, length=length, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(secret)


def hkdf(ikm: bytes, *, salt: bytes | None, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def new_params(calibrate: bool = True) -> tuple[Argon2Params, float]:
    """Fresh salt and parameters; with ``calibrate`` the iterations grow until one run takes 0.3 s.

    Returns the parameters and the duration of the last trial derivation (seconds).
    """
    params = Argon2Params(salt=os.urandom(16))
    elapsed = _time_once(params)
    if not calibrate:
        return params, elapsed
    low, high = TARGET_SECONDS
    while elapsed < low and params.iterations < MAX_ITERATIONS:
        # time scales linearly with t; aim for the middle of the lower half of the window
        wanted = max(params.iterations + 1, int(params.iterations * (low * 1.3) / max(elapsed, 1e-3)))
        params = replace(params, iterations=min(wanted, MAX_ITERATIONS))
        elapsed = _time_once(params)
        if elapsed > high and params.iterations > FLOOR_ITERATIONS:
            params = replace(params, iterations=max(FLOOR_ITERATIONS, params.iterations - 1))
            elapsed = _time_once(params)
            break
    return params, elapsed


def _time_once(params: Argon2Params) -> float:
    start = time.perf_counter()
    argon2id(b"calibration", params)
    return time.perf_counter() - start
